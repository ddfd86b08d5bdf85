"""Acts of issuing that the main verb tables miss.

relation.issued_verb.v1 reads "<court> imposed/granted <ruling>" ("interim measures that the court had imposed",
"the court granted an injunction"): a ruling, never a penalty or a law, that a verb of handing down acts on is
issued by the verb's subject (kg.event_imposed reads penalties, kg.components.ruling_recipients who is told).

Which act a relative clause of signing or passing is about, when the parser hangs it on the wrong noun.

"an amendment to the Law on Consumer Rights Protection that Putin signed": the parser hangs "that Putin signed"
on the nearest noun, the amended law, but what was signed is the amendment (relation.issued_verb.v1 keeps its
id: the rule is the same, its act is read right). The amendment's own entity is the one it is in apposition to
("the 'law against Apple', an amendment to ...") or the one it stands for ("the amendment"); with none, nothing:
the amended law never issued by the signer.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import RELATIVE
from kg.components.rulings import given_to_someone
from kg.doc_tables import children

ACTS = {"Law", "Ruling"}

AMENDING_NOUNS = {"amendment", "amendments", "change", "changes", "addition", "additions", "revision"}


def amended_by_relative(verb: Token) -> Token | None:
    """The amendment noun when `verb` is a relative clause ('that/which X signed') hung on the law it amends."""
    if verb.dep_ != "relcl" or not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in RELATIVE
                                       for c in children(verb)):
        return None
    law = verb.head
    while law.dep_ in ("pobj", "compound", "appos") and law.head.lower_ in ("on", "of") and law.head.dep_ == "prep":
        law = law.head.head  # "the Law on Consumer Rights Protection": the relative hung on "Protection"
    if law.dep_ != "pobj" or law.head.lower_ != "to":
        return None
    noun = law.head.head
    return noun if noun.lower_ in AMENDING_NOUNS else None


def relative_amendment(ctx, verb: Token) -> list | None:
    """The act a misattached relative clause signs: the amendment's entity (maybe none); None when not that shape."""
    noun = amended_by_relative(verb)
    if noun is None:
        return None
    if noun.dep_ == "appos" and (m := ctx.at(noun.head)) and m.type in ACTS:
        return [m]
    before = noun.left_edge.i - 1  # '"law against Apple", an amendment to ...' however it is parsed
    if before > 0 and ctx.doc[before].text == ",":
        named = next((t for t in reversed(ctx.doc[max(0, before - 3):before]) if not t.is_punct), None)
        if named is not None and (m := ctx.at(named)) and m.type in ACTS:
            return [m]
    m = ctx.head_mention(noun, ACTS)
    return [m] if m else []


HANDING = {"impose", "grant", "give"}  # "give" only a sentence given to someone ("gave a suspended sentence to X")


def given_penalty(verb: Token) -> bool:
    """'gave a four-year sentence to X', 'gave X a suspended sentence': a sentence as the object, given to someone."""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ("sentence", "verdict") for c in children(verb)) and \
        given_to_someone(verb)


def handed_rulings(ctx, verb: Token, earlier, legislation):
    """'<court> imposed interim measures', '... that the court had imposed': the legislation reading of the verb,
    kept only for the rulings it acts on."""
    if verb.lemma_.lower() not in HANDING or verb.lemma_.lower() == "give" and not given_penalty(verb):
        return
    for event, derived in legislation(ctx, verb, "Decision", "issued", earlier):
        if all(getattr(ctx.entities.get(key), "type", "") == "Ruling" for key in event.role("legalAct")):
            yield event, derived
