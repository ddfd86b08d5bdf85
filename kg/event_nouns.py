"""Actions named by a noun: 'the blocking of A and B, ordered in March by <body>', 'the arrest in absentia of X'.

  event.ordered.v1  "the blocking/ban/liquidation/arrest of <X>, ordered/carried out/imposed by <body>": the body
                    did what the noun names to X (a participle of asking, "demanded by", is not the action)

`action_objects` reads who such a noun acts on; kg.events uses it for "<court> ordered the arrest of X" too.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.arguments import Context, evidence, prep_objects, span_of
from kg.doc_tables import children
from kg.event_actors import PEOPLE, agents_of, courts_of, lemma_of
from kg.model import Event, Relation


def granted_action(noun: Token) -> Token:
    """'granted the investigators' request for his arrest': what is granted is the action the request asks for."""
    if noun.lemma_.lower() in L.REQUEST_NOUNS and noun.head.lemma_.lower() in L.GRANTING:
        asked = [o for p in children(noun) if p.dep_ == "prep" and p.lower_ == "for" for o in children(p)
                 if o.dep_ == "pobj" and o.lemma_.lower() in L.NOMINAL]
        if asked:
            return asked[0]
    return noun


def action_objects(ctx: Context, noun: Token) -> list:
    """Who an action noun acts on: 'the blocking of A and B', 'a ban on A', 'the arrest in absentia of A';
    else a pronoun owning the action ('his arrest', 'ordered its liquidation')."""
    found = prep_objects(ctx, noun, ("of", "on", "against"), PEOPLE)
    if not found:  # "his arrest", "ordered its liquidation": the pronoun owning the action is who it acts on
        found = [m for p in children(noun) if p.dep_ == "poss" and p.lower_ in ("his", "her", "their", "its")
                 if (m := ctx.head_mention(p, PEOPLE)) and m not in found]
    for inner in (o for p in children(noun) if p.dep_ == "prep" and p.lower_ == "in" for o in children(p)
                  if o.dep_ == "pobj" and ctx.at(o) is None):
        found += [m for m in prep_objects(ctx, inner, ("of",), PEOPLE) if m not in found]
    return found


def ordered_actions(ctx: Context):
    """'the blocking of A, B and C, ordered in March by <body>': an action noun described by a participle of
    deciding with its agent. Yields (event, derived, the participle)."""
    for noun in ctx.words.with_lemma(L.NOMINAL):
        kind_prop = L.NOMINAL.get(noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
        if kind_prop is None:
            continue
        verbs = [c for c in children(noun) if c.dep_ == "acl" and c.tag_ == "VBN" and lemma_of(c) in L.ORDERED_BY]
        if not verbs:
            continue
        targets = action_objects(ctx, noun)
        agents = [a for a in agents_of(ctx, verbs[0]) if a.entity not in {t.entity for t in targets}]
        if not (targets and agents):
            continue
        roles = [("agent", a) for a in agents] + [("court", c) for c in courts_of(ctx, verbs[0], agents)]
        roles += [("target", t) for t in targets]
        derived = [Relation(a.entity, kind_prop[1], t.entity, evidence(ctx, "relation.sanction_verb.v1", 0.75,
                                                                        span_of(a), span_of(noun), span_of(t)))
                   for t in targets for a in agents]
        spans = [span_of(noun), *(span_of(m) for _, m in roles)]
        keyed = tuple(dict.fromkeys((role, m.entity) for role, m in roles))
        yield Event(kind_prop[0], keyed, span_of(noun), evidence(ctx, "event.ordered.v1", 0.75, *spans)), derived, \
            verbs[0]
