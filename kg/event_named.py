"""Targets named after the action: a restriction told of a counted group, then the names.

Wire reports first say what a body did to a number of things, then list them in the next sentence:
"The regulator said it had blocked six more VPN services. Roskomnadzor named A, B and C." The second
sentence alone states no action; with the first, each name is a target of the restriction.

  event.named_targets.v1  "<verb of restriction> <number> (more) <plural noun>" + "<body> named/listed/identified
                          A, B and C" in the same or the next sentence: the body blocked/banned each

The restriction must be asserted, its object a counted plural with no name of its own, and the list
sentence must follow it directly; anything else yields nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.arguments import STATE, Context, asserted, evidence, span_of
from kg.event_actors import PEOPLE, lemma_of
from kg.model import Event, Relation

NAMING = {"named", "listed", "identified"}
COUNTED = {"more", "several", "dozens", "hundreds", "thousands", "other"}
LIST_KINDS = {"Blocking", "Ban"}


def named_targets(ctx: Context):
    """(event, derived relations, verb) for every list of names that spells out an earlier counted restriction."""
    for verb in ctx.words.with_lower(NAMING):
        if verb.lower_ not in NAMING:
            continue
        agent = naming_agent(ctx, verb)
        names = listed(ctx, verb)
        action = counted_restriction(ctx, verb) if agent is not None and names else None
        if action is None:
            continue
        kind, prop = L.RESTRICTION[lemma_of(action)]
        roles = [("agent", agent)] + [("target", m) for m in names]
        derived = [Relation(agent.entity, prop, m.entity, evidence(ctx, "relation.named_targets.v1", 0.7,
                                                                    span_of(agent), span_of(verb), span_of(m)))
                   for m in names]
        spans = [span_of(action), span_of(verb), *(span_of(m) for m in names)]
        keyed = tuple(dict.fromkeys((role, m.entity) for role, m in roles))
        yield Event(kind, keyed, span_of(action), evidence(ctx, "event.named_targets.v1", 0.7, *spans)), derived, verb


def naming_agent(ctx: Context, verb: Token):
    """The subject of 'named' (or the name the parser hung it on: 'Roskomnadzor named ...' read as a phrase)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.i < verb.i:
        subject = verb.head
    m = ctx.head_mention(subject, STATE) if subject is not None else None
    return m if m is not None and asserted(verb) else None


def listed(ctx: Context, verb: Token) -> list:
    """The names right after the verb, read from the surface ('A, B, C and D', which the parser often splits):
    nothing but names, commas and 'and' up to the end of the sentence or a phrase after the list."""
    found = []
    for tok in ctx.doc[verb.i + 1:verb.sent.end]:
        m = ctx.at(tok)
        if m is not None and m.type in PEOPLE:
            found += [m] if m not in found else []
        elif tok.lower_ not in (",", "and", "or") and not tok.is_punct:
            return found if found and tok.pos_ in ("ADP", "ADV") else []  # "... and C on Thursday"
    return found


def counted_restriction(ctx: Context, verb: Token) -> Token | None:
    """The restriction verb of the sentence before (or of this one, before the list) that acted on a counted
    plural with no name: 'had restricted access to six more services'."""
    sent = verb.sent
    start = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for action in reversed(ctx.doc[start:verb.i]):
        if lemma_of(action) in L.RESTRICTION and L.RESTRICTION[lemma_of(action)][0] in LIST_KINDS \
                and action.pos_ in ("VERB", "AUX") and asserted(action) and counted_object(ctx, action):
            return action
    return None


def counted_object(ctx: Context, action: Token) -> bool:
    objects = [c for c in action.children if c.dep_ in ("dobj", "nsubjpass")]
    nouns = [t for o in objects for t in o.subtree if t.tag_ in ("NNS", "NNPS")]
    counted = any(c.like_num or c.lower_ in COUNTED for n in nouns for c in n.subtree)
    named = any(ctx.at(t) is not None for o in objects for t in o.subtree)
    return bool(nouns) and counted and not named
