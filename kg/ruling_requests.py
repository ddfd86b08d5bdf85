"""Who asked for a ruling: the one who petitioned its issuer.

  relation.ruling_requested.v1  "The decision was requested by the Federal Security Service", "The ruling, requested by
                                the Justice Ministry, takes effect immediately", "The ruling was made at the request of
                                prosecutors": the one who requested the ruling petitioned the court or body that
                                issued it (its one issuer among the article's facts, however that was told).

Only an asserted request by a named actor other than the issuer; "would request", "may seek" make nothing."""

from __future__ import annotations

from kg.arguments import asserted, evidence, span_of
from kg.doc_tables import char_span, children
from kg.model import Relation
from kg.vocab import base_of

RULE = "relation.ruling_requested.v1"
REQUEST_VERBS = {"request", "seek", "demand", "initiate"}
REQUEST_NOUNS = {"request", "application", "motion", "petition", "demand", "claim", "lawsuit", "suit"}
REQUESTERS = {"GovernmentBody", "Organization", "Person", "Court"}


def requested_rulings(ctx, relations: list[Relation]) -> list[Relation]:
    """The petitions the article's requested rulings tell, given its relations (for who issued each ruling)."""
    issuers: dict[str, set[str]] = {}
    for r in relations:
        if base_of(r.predicate) == "issued" and r.object in ctx.entities and ctx.entities[r.object].type == "Ruling":
            issuers.setdefault(r.object, set()).add(r.subject)
    issuer = {key: next(iter(found)) for key, found in issuers.items() if len(found) == 1}  # two: unclear
    found = []
    for m in (m for m in ctx.mentions if m.type == "Ruling" and m.entity in issuer):
        span = char_span(ctx.doc, m.start, m.end)
        if span is None:
            continue
        for who in requesters(ctx, span.root):
            if who.entity != issuer[m.entity] and who.type in REQUESTERS:
                found.append(Relation(who.entity, "petitioned", issuer[m.entity],
                                      evidence(ctx, RULE, 0.55, span_of(m), span_of(who))))
    return found


def requesters(ctx, root) -> list:
    """'<ruling> was requested by X', '<ruling>, requested by X,', '<ruling> was made at the request of X'."""
    verbs = [root.head] if root.dep_ == "nsubjpass" else []
    verbs += [c for c in children(root) if c.dep_ == "acl" and c.tag_ == "VBN"]
    found = []
    for verb in verbs:
        if not asserted(verb):
            continue
        if verb.lemma_.lower() in REQUEST_VERBS:
            found += [ctx.head_mention(o, REQUESTERS) for a in children(verb) if a.dep_ == "agent"
                      for o in children(a) if o.dep_ == "pobj"]
        for prep in (p for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("at", "on", "following", "upon")):
            for noun in (o for o in children(prep) if o.dep_ == "pobj" and o.lemma_.lower() in REQUEST_NOUNS):
                found += [ctx.head_mention(o, REQUESTERS) for p in children(noun) if p.dep_ == "prep"
                          and p.lower_ in ("of", "from", "by") for o in children(p) if o.dep_ == "pobj"]
                found += [ctx.head_mention(p, REQUESTERS) for p in children(noun) if p.dep_ == "poss"]
    return [f for f in found if f is not None]
