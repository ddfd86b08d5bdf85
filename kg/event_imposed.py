"""Penalties told by their noun: 'The fine was imposed by <court> under <provision>', '<court> imposed a fine on
<X>', '<court> ordered <X> to restore the channel and imposed a penalty' (event.penalty_imposed.v1,
relation.penalty_imposed.v1)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.arguments import Context, evidence, legal_bases, objects, prep_objects, span_of
from kg.doc_tables import children
from kg.event_actors import PEOPLE, agents_of, courts_of
from kg.event_build import CHARGE_OF, make
from kg.model import Event, Relation


def imposed(ctx: Context, verb: Token, earlier: list[Event]):
    """'The fine was imposed by <court> under <provision>', '<court> imposed a fine on <X>': the penalty noun names
    the action. Who bears it is 'on <X>', else the one the article's latest such penalty before it (in this or the
    two sentences before) fell on."""
    noun = next((c for c in children(verb) if c.dep_ in ("nsubjpass", "dobj")
                 and c.lemma_.lower() in L.PENALTY_NOUNS), None)
    told = noun is None and participle_on_penalty(verb)  # "the fine imposed on X by <court>", "handed to X"
    noun = verb.head if told else noun
    if noun is None or verb.lemma_.lower() not in L.IMPOSE and not told:
        return
    kind, prop = L.PENALTY_NOUNS[noun.lemma_.lower()]
    preps = ("on", "against", "to") if told else ("on", "against")
    targets = prep_objects(ctx, verb, preps, PEOPLE) + [  # "a fine of 2 billion rubles on Meta"
        m for t in noun.subtree if t.dep_ == "prep" and t.lower_ in ("on", "against")
        for o in children(t) if o.dep_ == "pobj" for m in ctx.head_mentions(o, PEOPLE)]
    if not targets:  # "ordered Google to restore the channel and imposed a penalty", "..., setting a penalty"
        targets = ordered_party(ctx, verb) or earlier_targets(ctx, verb, earlier, kind)
    agents, bases = agents_of(ctx, verb), legal_bases(ctx, verb)
    if told and not agents:  # the participle's 'by' phrase: who imposed it
        agents = [m for c in children(verb) if c.dep_ == "agent" for o in children(c) if o.dep_ == "pobj"
                  for m in ctx.head_mentions(o, BODIES)]
    if not agents and (order := ordering_verb(verb)) is not None:  # "ordered X to ..., setting a penalty"
        agents = agents_of(ctx, order)
    if not (targets and (agents or bases)):
        return
    roles = [("agent", a) for a in agents] + [("court", c) for c in courts_of(ctx, verb, agents)]
    roles += [(r, t) for t in targets for r in ("defendant", "target")] + [("legalBasis", b) for b in bases]
    spans = (span_of(noun), span_of(verb))
    rule = "relation.penalty_imposed.v1"
    derived = [Relation(a.entity, prop, t.entity, evidence(ctx, rule, 0.75, span_of(a), *spans))
               for a in agents for t in targets]
    derived += [Relation(t.entity, CHARGE_OF.get(prop, "chargedUnder"), b.entity,
                         evidence(ctx, rule, 0.75, span_of(b), *spans))
                for t in targets for b in bases]
    yield make(ctx, kind, verb, roles, "event.penalty_imposed.v1", 0.75), derived


GIVEN = {"hand", "give"}  # "the sentence handed to X by <court>"
BODIES = {"Court", "GovernmentBody", "Organization"}  # who imposes a penalty (a judge stands for the court)


def participle_on_penalty(verb: Token) -> bool:
    """'the fine imposed on X by <court>', 'the sentence handed to X by <court>': the participle on a penalty noun
    (not 'the fine he was told to pay', nor a penalty noun that is only asked for)."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() in L.IMPOSE | GIVEN \
        and verb.head.lemma_.lower() in L.PENALTY_NOUNS


def earlier_targets(ctx: Context, verb: Token, earlier: list[Event], kind: str) -> list:
    sentences = [s for s in ctx.sentences if s[0] <= verb.idx]
    start = sentences[-3:][0][0] if sentences else 0
    before = [e for e in earlier if e.kind == kind and e.status == "Asserted" and start <= e.trigger[0] < verb.idx]
    if not before:
        return []
    keys = dict.fromkeys(before[-1].role("defendant") + before[-1].role("target"))
    return [m for k in keys for m in [next((m for m in ctx.mentions if m.entity == k), None)] if m]


def ordering_verb(verb: Token) -> Token | None:
    """The verb of ordering before the penalty verb that this one is coordinated with or hangs on ('ordered X to
    restore it and imposed', 'ordered X to ..., setting')."""
    head = verb
    for _ in range(3):
        if head.dep_ not in ("conj", "advcl", "xcomp") or head.head.i > head.i:
            return None
        head = head.head
        if head.lemma_.lower() in L.ORDER:
            return head
    return None


def ordered_party(ctx: Context, verb: Token) -> list:
    """The one a court ordered to do something, in the clause the penalty verb goes with: the penalty falls on the
    one who must comply."""
    order = ordering_verb(verb)
    return objects(ctx, order, ("dobj",), PEOPLE) if order is not None else []
