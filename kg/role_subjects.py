"""Who does what a role verb says when the parser gives the verb no subject of its own (used by kg.roles'
relation.role_verb.v1): "He left Russia after founding <Org>" (a gerund's clause), "<Person>, who used to head
<Org>" (a verb under 'used to', 'went on to', 'helped'), and "Ivan Pavlov heads <Org>" (the parser took 'heads' for
a noun and hung the name on it)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, asserted, subjects
from kg.doc_tables import children
from kg.model import Mention


def gerund_subject(ctx: Context, verb: Token) -> list[Mention]:
    """'He left Russia after founding <Org>', 'before setting up <Org>, she worked ...': the subject of the clause
    a gerund hangs on does what the gerund says."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "advcl"):
        return []
    head = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return subjects(ctx, head, {"Person"}) if head.pos_ in ("VERB", "AUX") else []


RAISING = {"use", "continue", "go", "begin", "start", "come", "remain", "help"}  # "who used to head", "went on to found"


def raised_subject(ctx: Context, verb: Token) -> list[Mention]:
    """'<Person>, who used to head <Org>', '<Person> went on to found <Org>': the subject of the verb above."""
    if verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in RAISING or not asserted(verb.head):
        return []
    return subjects(ctx, verb.head, {"Person"}) or relative_who(ctx, verb.head)


def name_before(ctx: Context, verb: Token) -> list[Mention]:
    """'Ivan Pavlov heads Team 29': the parser, taking 'heads' for a noun, hangs the name on it as a compound."""
    if verb.tag_ not in ("VBZ", "VBD") or any(c.dep_ in ("nsubj", "nsubjpass") for c in children(verb)):
        return []
    return [m for m in ctx.mentions if m.type == "Person" and m.end <= verb.idx and m.sentence[0] <= verb.idx
            and not ctx.text[m.end:verb.idx].strip() and (t := ctx.doc.char_span(m.start, m.end, alignment_mode=
                                                                                 "expand")) is not None
            and t.root.head.i == verb.i][:1]


def relative_who(ctx: Context, verb: Token) -> list[Mention]:
    """'<Person>, who used to ...': the person the relative clause hangs on."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in children(verb)):
        return []
    m = ctx.at(verb.head)
    return [m] if m is not None and m.type == "Person" else []

