"""A ruling that is only asked for, feared or talked about has no issuer and no target yet.

"Roskomnadzor demanded a ban on Telegram from the Tagansky District Court": the court in the 'from' phrase is the one
asked (the petition is read elsewhere), not the issuer of a ban that does not exist. "Prosecutors asked for a ruling
banning Meta", "Fears of a ban on Telegram by Roskomnadzor", "Talk of a ruling by the Supreme Court": the ruling is
wanted, feared or rumoured, so neither its 'by' or 'from' body issued it nor is it (yet) about anyone.

Only an indefinite ruling counts ("a ban", "a ruling", "rulings"): "asked for the ruling of the lower court to be
quashed" and "criticism of the verdict" are about a ruling that exists. Hoped for, expected or predicted is the same
("hoped for a ruling in their favour", "Experts predict a ban on WhatsApp").

kg.components.rulings makes no ruling of such a noun (asked_for); drop_unmade remains a guard for rulings other
components name (a named or measure ruling asked for).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.doc_tables import char_span
from kg.event_lexicon import UNREAL_NOUNS
from kg.vocab import base_of

# verbs that ask for a ruling: "demanded a ban", "sought a ruling", "asked for / called for / applied for a decision"
REQUEST_VERBS = {"ask", "call", "demand", "request", "petition", "seek", "want", "apply", "push", "press", "lobby",
                 "urge", "move", "file", "fear", "dread", "propose", "suggest", "hope", "predict", "expect",
                 "anticipate", "forecast", "await", "wait"}
# nouns whose 'of/for/about' object is a ruling that does not exist: "talk of a ban", "fears of a ruling"
INDEFINITE = {"a", "an", "another", "any", "some", "new"}


def asked_for(head: Token) -> bool:
    """The ruling noun is asked for, feared or talked about ('demanded a ban', 'asked for a ruling', 'fears of a
    ban'), reading through coordination ('demanded a fine and a ban')."""
    if not indefinite(head):
        return False
    tok = head
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "dobj":
        return tok.head.lemma_.lower() in REQUEST_VERBS
    if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
        prep, governor = tok.head, tok.head.head
        lemma = "hope" if governor.lemma_.lower() == "hop" else governor.lemma_.lower()  # (a lemmatiser slip)
        if prep.lower_ == "for" and governor.pos_ in ("VERB", "AUX"):
            return lemma in REQUEST_VERBS
        return prep.lower_ in ("of", "for", "about", "over") and governor.pos_ == "NOUN" and lemma in UNREAL_NOUNS
    return False


def indefinite(head: Token) -> bool:
    """'a ban', 'another ruling', 'rulings' (no article): not 'the verdict', 'its decision', 'the court's ruling'."""
    # (spaCy's own walk, not kg.doc_tables.children: kg_entities asks this of a noun or two per article, too few
    # to pay for the Doc's children table, which that pass would build only to drop)
    dets = [c for c in head.children if c.dep_ in ("det", "poss")]
    return all(c.dep_ == "det" and c.lower_ in INDEFINITE for c in dets)


def drop_unmade(ctx, relations: list) -> list:
    """Issued and concerns facts of rulings every mention of which is asked for, feared or talked about: whatever
    rule gave them (the 'from' court, the article's one court, an event read from the same noun), that ruling was
    never made."""
    unmade = {m.entity for m in ctx.mentions if m.type == "Ruling"} - {
        m.entity for m in ctx.mentions if m.type == "Ruling" and not mention_asked_for(ctx, m)}
    if not unmade:
        return relations
    return [r for r in relations if not (base_of(r.predicate) == "issued" and r.object in unmade
                                         or base_of(r.predicate) == "concerns" and r.subject in unmade)]


def mention_asked_for(ctx, mention) -> bool:
    span = char_span(ctx.doc, mention.start, mention.end)
    return span is not None and asked_for(span.root)
