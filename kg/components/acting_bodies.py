"""A parliament called only by its common noun while it acts: "passed by parliament".

The lexicon knows "Russia's parliament", but articles often say just "parliament" once the country
is clear. A bare noun like that is generic ("parliaments in Europe"; "the parliament of Latvia" is a
name) except when the text has it do what only a state body does (entity.acting_body.v1):

* it is the subject of an act of law-making or of issuing ("the government adopted a resolution",
  "Parliament passed the bill in one day", "in 2022 parliament added Article 275.1"), not negated;
* it is the agent of such an act in the passive ("a law passed by parliament");
* it owns what such an act produces ("the government's decree").

Only the bare noun counts: a modifier or an "of" phrase ("the Latvian parliament", "the
parliament of Moscow") makes it a name some other rule reads, or a body we do not know. It is
Russia's Federal Assembly (the field's default) unless the article names another country's
parliament. ("The government" as a subject is kg.components.references' default_government.)

Other bodies named by a common noun (police, "the republic's Supreme Court", ...) are
kg.components.body_nouns', added here too.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.components.body_nouns import common_noun_bodies
from kg.components.candidates import Candidate
from kg.components.scans import lower_indexes
from kg.lexicon import Lexicon

RULE = "entity.acting_body.v1"
BODY_WORDS = frozenset({"parliament"})  # lowercased surface words
DEFAULT_PARLIAMENT = "ru-federal-assembly"
ISSUING = {"adopt", "pass", "approve", "sign", "issue", "enact", "decree", "order", "publish", "rule"}
# what a legislature does to a law or code ("parliament added Article 275.1", "until parliament amends the code")
LAW_MAKING = {"add", "amend", "fix", "revise", "introduce", "tighten", "extend", "expand", "raise", "lower", "repeal",
              "abolish", "ratify", "criminalise", "criminalize", "outlaw", "vote"}
PRODUCTS = {"resolution", "decree", "order", "decision", "regulation", "directive", "ruling", "bill"}
MODIFIERS = {"amod", "compound", "nmod", "poss", "nummod"}


def acting_bodies(doc: Doc, candidates: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """Bare 'parliament' tokens that act as a state body, and the bodies of kg.components.body_nouns."""
    return parliaments(doc, candidates, lexicon) + common_noun_bodies(doc, candidates, lexicon)


def parliaments(doc: Doc, candidates: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """Bare 'parliament' tokens that act as a state body: Russia's, when the article names no other."""
    entry = lexicon.entries.get(DEFAULT_PARLIAMENT)
    if entry is None or any(c.key and (e := lexicon.entries.get(c.key)) and e.kind == "parliament" and e.country
                            not in (None, "RU") for c in candidates):
        return []
    return [Candidate(t.idx, t.idx + len(t.text), entry.type, "lexicon", RULE, 0.6, entry.id)
            for t in map(doc.__getitem__, lower_indexes(doc, BODY_WORDS))
            if t.pos_ in ("NOUN", "PROPN") and acts(t) and not qualified(t)]


def qualified(token: Token) -> bool:
    """'the Latvian government', 'the government of Moscow', 'a government': not the bare body itself."""
    if any(c.dep_ in MODIFIERS for c in token.children):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return True
    return any(c.dep_ == "det" and c.lower_ not in ("the",) for c in token.children)


def acts(token: Token) -> bool:
    head = token.head
    if token.dep_ == "nsubj" and head.lemma_.lower() in ISSUING | LAW_MAKING:
        return not any(c.dep_ == "neg" for c in head.children)
    if token.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in ISSUING:
        return True
    return token.dep_ == "poss" and head.lemma_.lower() in PRODUCTS
