"""Whom a law or ruling is aimed at: "the law, which was aimed at groups such as Memorial and Golos".

Rule (its id travels into provenance):
  relation.concerns_aim.v1  "<act>, which was aimed at <Org>", "<act>, directed against <Org>", "<act> is aimed at
                            A and B": the organisations and persons the 'at'/'against' phrase names (its named
                            examples too: "groups such as A and B") are what the act targets
Only asserted statements count: "was not aimed at <Org>" yields nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, anchored, asserted, evidence, examples, span_of
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
    return found


def aimed_act(ctx: Context, verb: Token) -> Mention | None:
    """The act the participle is said of: its passive subject ('which' standing for the noun the clause hangs on),
    or the noun a reduced clause hangs on ('the law, aimed at ...')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    if subject is None and verb.dep_ == "acl":
        subject = verb.head
    return ctx.head_mention(subject, ACTS) if subject is not None else None


def aimed_at(ctx: Context, verb: Token) -> list[Mention]:
    found = []
    for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ in AIM_PREPS):
        for o in (c for c in p.children if c.dep_ == "pobj"):
            found += [m for t in (o, *o.conjuncts) if (m := ctx.head_mention(t, TARGETS)) and m not in found]
            found += [m for m in examples(ctx, o, TARGETS) if m not in found]
    return found
