"""Whom a ruling handed to someone is about, and who handed it when the verb has no subject of its own.

Rules (ids travel into provenance):
  relation.concerns_recipient.v1  "<body> issued a warning to <Org>", "issued <Org> a warning", "handed <Person> an
                                  order", "imposed a ban on <Org>", "<Person> was handed / given a sentence", "<Org>,
                                  which was issued a warning": the ruling targets its recipient
  relation.issued_handed.v1       "<body> sent <Org> a warning", "<court> imposed a ban on <Org>": the body that hands
                                  it over issued it; "The ministry asked for the ban after issuing <Org> a warning":
                                  a gerund without a subject takes the subject of the clause it hangs on ('issued'
                                  with a subject of its own is kg.events')
  relation.concerns_recipient.v1  also "the verdict handed down to <Person>", "the warning (that was) issued to <Org>",
                                  "the ban the court imposed on <Org>": a handing verb on the ruling noun itself
Only asserted statements count: a negated, modal or wanted verb yields nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import ACTORS, STATE, Context, asserted, evidence, objects, span_of, subjects
from kg.doc_tables import char_span, children
from kg.model import Mention, Relation

HANDING_VERBS = {"issue", "give", "hand", "send", "serve", "deliver", "impose", "slap"}
RECIPIENT_PREPS = {"to", "on", "against"}
TARGETS = {"Organization", "Person"}  # "a warning to <Org>", "a ban on <Org>", "an order against <Org>"
CLAUSE_LINKS = ("pcomp", "advcl", "xcomp", "prep", "conj", "acl")


def recipient_relations(ctx: Context) -> list[Relation]:
    found = handed_clauses(ctx)
    for verb in ctx.words.with_lemma(HANDING_VERBS):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in HANDING_VERBS or not asserted(verb):
            continue
        rulings = [m for c in children(verb) if c.dep_ == "dobj" for m in [ctx.at(c)] if m and m.type == "Ruling"]
        if not rulings:
            continue
        ruling = rulings[0]
        if verb.lemma_.lower() == "serve" and ruling.rule == "entity.ruling_served.v1":
            continue  # "<Person>, already serving a sentence": one who serves a sentence hands nothing over
        found += [targets(ctx, ruling, m, verb) for m in recipients(ctx, verb, ruling) if m.entity != ruling.entity]
        found += issuer_from_clause(ctx, verb, ruling)
    return found


def recipients(ctx: Context, verb: Token, ruling: Mention) -> list[Mention]:
    """The dative ('issued <Org> a warning', often parsed as a second object) or a 'to'/'on' object of the verb
    or of the ruling noun ('a warning to <Org>')."""
    found = []
    for c in children(verb):
        if c.dep_ in ("dative", "dobj") and (m := ctx.head_mention(c, ACTORS)) and m.type != "Ruling":
            found.append(m)
    if any(c.dep_ == "auxpass" for c in children(verb)):  # "<Person> was handed a five-year sentence"
        found += objects(ctx, verb, ("nsubjpass",), TARGETS)
    holders = [verb, *(t for t in char_span(ctx.doc, ruling.start, ruling.end) or ()
                       if t.head.i == t.i or not (ruling.start <= t.head.idx < ruling.end))]
    for h in holders:
        for p in children(h):
            if p.dep_ in ("prep", "dative") and p.lower_ in RECIPIENT_PREPS:
                found += [m for o in children(p) if o.dep_ == "pobj" for m in [ctx.head_mention(o, ACTORS)] if m]
    return list(dict.fromkeys(found))


def targets(ctx: Context, ruling: Mention, m: Mention, verb: Token) -> Relation:
    return Relation(ruling.entity, "targets", m.entity,
                    evidence(ctx, "relation.concerns_recipient.v1", 0.7, span_of(verb), span_of(ruling), span_of(m)))


def issuer_from_clause(ctx: Context, verb: Token, ruling: Mention) -> list[Relation]:
    """'<body> sent <Org> a warning'; 'after issuing <Org> a warning': the subject of the clause the subjectless
    gerund hangs on."""
    own = any(c.dep_.startswith("nsubj") or c.dep_ == "agent" for c in children(verb))
    if own and verb.lemma_.lower() == "issue" or not own and verb.tag_ != "VBG":
        return []
    head = verb
    while not any(c.dep_.startswith("nsubj") for c in children(head)) and head.dep_ in CLAUSE_LINKS:
        head = head.head
    issuers = subjects(ctx, head, STATE)
    return [Relation(i.entity, "issued", ruling.entity, evidence(
        ctx, "relation.issued_handed.v1", 0.7, span_of(i), span_of(verb), span_of(ruling))) for i in issuers[:1]]


def handed_clauses(ctx: Context) -> list[Relation]:
    """'the verdict handed down to <Person>', 'the fine that the court imposed on <Org>': a participle or relative
    clause of a handing verb on the ruling's noun, whose 'to/on/against' object receives it."""
    found = []
    for ruling in (m for m in ctx.mentions if m.type == "Ruling"):
        span = char_span(ctx.doc, ruling.start, ruling.end)
        if span is None:
            continue
        clauses = [c for c in children(span.root) if c.dep_ in ("acl", "relcl")]
        if span.root.dep_ == "nsubj":  # "the verdict handed down to <Person> was ...", misread as a main verb
            clauses.append(span.root.head)
        for verb in clauses:
            if verb.lemma_.lower() not in HANDING_VERBS or not asserted(verb) or not handed_itself(verb):
                continue
            for p in (c for c in children(verb) if c.dep_ in ("prep", "dative") and c.lower_ in RECIPIENT_PREPS):
                found += [targets(ctx, ruling, m, verb) for o in children(p) if o.dep_ == "pobj"
                          for m in [ctx.head_mention(o, TARGETS)] if m and m.entity != ruling.entity]
    return found


def handed_itself(verb: Token) -> bool:
    """The clause hands the ruling over: a bare participle ('handed down to'), or a relative whose pronoun is what
    is handed ('that the court imposed on', 'which was issued to', 'the court imposed on'), not a doer ('that went')."""
    if verb.dep_ == "acl":
        return verb.tag_ == "VBN"
    if verb.dep_ not in ("relcl",):  # a ruling as the subject of a handing verb: only a misread participle
        return not any(c.dep_ in ("dobj", "dative", "aux", "auxpass") for c in children(verb))
    pronoun = next((c for c in children(verb) if c.lower_ in ("that", "which")), None)
    return pronoun.dep_ in ("dobj", "nsubjpass") if pronoun is not None else any(
        c.dep_ == "nsubj" for c in children(verb)) and not any(c.dep_ == "dobj" for c in children(verb))
