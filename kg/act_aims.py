"""Whom a law or ruling is aimed at: "the law, which was aimed at groups such as Memorial and Golos".

Rule (its id travels into provenance):
  relation.concerns_aim.v1  "<act>, which was aimed at <Org>", "<act>, directed against <Org>", "<act> is aimed at
                            A and B": the organisations and persons the 'at'/'against' phrase names (its named
                            examples too: "groups such as A and B") are what the act targets
  relation.concerns_applied.v1 "<law> was first applied to <Org>", "prosecutors applied <law> to <Person>": the
                            law applies to whom it was applied
  relation.concerns_against.v1 "the law against Apple", "a law against <Person>": a law named by whom it is against
                            targets them
Only asserted statements count: "was not aimed at <Org>", "could be applied to <Org>" yield nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, anchored, asserted, evidence, examples, span_of
from kg.doc_tables import char_span, children
from kg.model import Mention, Relation

ACTS = {"Law", "Ruling"}
TARGETS = {"Organization", "Person"}
AIM_VERBS = {"aim", "direct", "target", "tailor"}
AIM_PREPS = {"at", "against"}


def aim_relations(ctx: Context) -> list[Relation]:
    found = []
    for verb in ctx.words.with_lemma(AIM_VERBS):
        if verb.lemma_.lower() not in AIM_VERBS or verb.tag_ != "VBN" or not asserted(verb):
            continue
        act = aimed_act(ctx, verb)
        if act is None:
            continue
        for m in aimed_at(ctx, verb):
            found.append(Relation(act.entity, "targets", m.entity, evidence(
                ctx, "relation.concerns_aim.v1", 0.7, *anchored(ctx, span_of(verb), span_of(act), span_of(m)))))
    return found + applied_relations(ctx) + against_relations(ctx)


APPLYING = {"apply": ("to", "against")}  # "used against <Person>" is left out: told of a law's use, not its scope


def applied_relations(ctx: Context) -> list[Relation]:
    """'<law> was first applied to <Org>', 'prosecutors applied <law> to <Person>' (relation.concerns_applied.v1)."""
    found = []
    for verb in ctx.words.with_lemma(set(APPLYING)):
        lemma = verb.lemma_.lower()
        if lemma not in APPLYING or verb.pos_ != "VERB" or not asserted(verb):
            continue
        heads = [c for c in children(verb) if c.dep_ in ("nsubjpass", "dobj")]
        if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "the law, first applied to Memorial, ..."
            heads.append(verb.head)
        laws = [m for h in heads if (m := ctx.head_mention(h, {"Law"}))]
        targets = [m for p in children(verb) if p.dep_ == "prep" and p.lower_ in APPLYING[lemma]
                   for o in children(p) if o.dep_ == "pobj" for t in (o, *o.conjuncts)
                   if (m := ctx.head_mention(t, TARGETS))]
        found += [Relation(law.entity, "applies", m.entity, evidence(
            ctx, "relation.concerns_applied.v1", 0.65, *anchored(ctx, span_of(verb), span_of(law), span_of(m))))
            for law in laws[:1] for m in dict.fromkeys(targets) if m.entity != law.entity]
    return found


def against_relations(ctx: Context) -> list[Relation]:
    """'the law against Apple': a law mention whose own words end in 'against <Org or Person>'
    (relation.concerns_against.v1)."""
    found = []
    for law in ctx.mentions:
        if law.type != "Law" or " against " not in ctx.text[law.start:law.end]:
            continue
        span = char_span(ctx.doc, law.start, law.end)
        if span is None or span.root.lemma_.lower() not in ("law", "bill", "legislation"):
            continue
        targets = [m for p in children(span.root) if p.dep_ == "prep" and p.lower_ == "against"
                   for o in children(p) if o.dep_ == "pobj" for t in (o, *o.conjuncts)
                   for m in ctx.mentions if m.type in TARGETS and m.start <= t.idx < m.end  # nested in the law's name
                   and law.start <= m.start and m.end <= law.end]
        found += [Relation(law.entity, "targets", m.entity, evidence(
            ctx, "relation.concerns_against.v1", 0.65, *anchored(ctx, span_of(law), span_of(m))))
            for m in dict.fromkeys(targets)]
    return found


def aimed_act(ctx: Context, verb: Token) -> Mention | None:
    """The act the participle is said of: its passive subject ('which' standing for the noun the clause hangs on),
    or the noun a reduced clause hangs on ('the law, aimed at ...')."""
    subject = next((c for c in children(verb) if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None and verb.dep_ == "acl":
        subject = verb.head
    return ctx.head_mention(subject, ACTS) if subject is not None else None


def aimed_at(ctx: Context, verb: Token) -> list[Mention]:
    found = []
    for p in (c for c in children(verb) if c.dep_ == "prep" and c.lower_ in AIM_PREPS):
        for o in (c for c in children(p) if c.dep_ == "pobj"):
            found += [m for t in (o, *o.conjuncts) if (m := ctx.head_mention(t, TARGETS)) and m not in found]
            found += [m for m in examples(ctx, o, TARGETS) if m not in found]
    return found
