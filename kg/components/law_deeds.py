"""Laws picked out by what they did to a provision, and the modified noun as a further form of a described law.

* "The legislation, which took effect in November 2012, rewrote Article 275", "Further amendments widened both
  articles", "The law introduced Article 207.3": a law noun that is the subject of a verb of changing, whose object
  is a provision or a law (named, or "the article(s)", "the provision(s)"), is a specific law
  (entity.law_deed.v1); not under a modal or a negation ("the bill would widen Article 275", "the law did not
  change Article 280"), and a definite one not where the article has named a law before it (kg.components.law_shapes
  reads those as that law);
* "a second law that extended ...", "the new law, signed by ...": the noun with the adjectives right before it
  ("second law", "new law") is a further form of the law its mention makes, the name a reader would give it.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.components.bills import MODALS
from kg.components.candidates import Candidate

CHANGING = {"rewrite", "amend", "widen", "extend", "add", "introduce", "expand", "broaden", "tighten", "insert",
            "change", "toughen", "supplement", "replace", "repeal", "create", "redefine", "narrow",
            "rewrote", "rewritten"}  # the model's lemmatizer keeps "rewrote" as it is
PROVISION_NOUNS = {"article", "provision", "code", "articles", "provisions"}
LAW_NOUNS = {"law", "legislation", "amendments", "amendment", "act"}
ORDINALS = {"second", "third", "fourth", "fifth", "new", "further", "latest", "first", "subsequent", "later",
            "follow-up", "separate", "other", "earlier", "original", "amended"}


def deed_of(token: Token, mentions: list[Candidate]) -> bool:
    """Whether the law noun is the subject of a verb of changing a provision ("The legislation rewrote Article 275")."""
    verb = token.head
    if token.lower_ not in LAW_NOUNS or token.dep_ != "nsubj" or (verb.lemma_.lower() not in CHANGING and verb.lower_ not in CHANGING) or \
            any(c.dep_ in ("aux", "neg") and (c.lower_ in MODALS or c.dep_ == "neg") for c in verb.children):
        return False
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "npadvmod")):  # the parser may read "Article 276" so
        if obj.lower_ in PROVISION_NOUNS:
            return True
        start, end = obj.left_edge.idx, obj.right_edge.idx + len(obj.right_edge)
        if any(m.type in ("LegalProvision", "Law") and start <= m.start and m.end <= end for m in mentions):
            return True
    return False


def modified_form(token: Token, start: int) -> tuple[int, int] | None:
    """The span of the noun with the adjectives right before it ("second law"), when the mention starts at the noun."""
    first = token.i
    while first > 0 and token.doc[first - 1].dep_ in ("amod", "compound") and token.doc[first - 1].head == token and \
            token.doc[first - 1].lower_ in ORDINALS:
        first -= 1
    if first == token.i or first < start and start != token.i:
        return None
    return token.doc[first].idx, token.idx + len(token)
