"""Targets named after the action: a restriction told of a counted group, then the names.

Wire reports first say what a body did to a number of things, then list them in the next sentence:
"The regulator said it had blocked six more VPN services. Roskomnadzor named A, B and C." The second
sentence alone states no action; with the first, each name is a target of the restriction.

  event.named_targets.v1  "<verb of restriction> <number> (more) <plural noun>" + "<body> named/listed/identified
                          A, B and C" in the same or the next sentence: the body blocked/banned each

The restriction must be asserted, its object a counted plural with no name of its own, and the list
sentence must follow it directly; anything else yields nothing.

  event.answered_targets.v1  "<body> added five people to its register of foreign agents. ... Who was designated?
                          A, a rights defender; B and C, two journalists": an explainer's question with a verb of the
                          same action, answered by names, names the counted ones (the action in the three sentences
                          before the question, in the same or the paragraph before)
  event.included_targets.v1  "<body> struck 15 organisations, among them A and B, off its register ... the list
                          includes C and five foundations: D, E and F": a list that includes names, after an action on
                          a counted plural in the three sentences before, names more of the ones acted on
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.arguments import STATE, Context, asserted, evidence, span_of
import re

from kg.doc_tables import ancestors, char_span, children
from kg.event_actors import PEOPLE, agents_of, lemma_of
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
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
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
    objects = [c for c in children(action) if c.dep_ in ("dobj", "nsubjpass")]
    nouns = [t for o in objects for t in o.subtree if t.tag_ in ("NNS", "NNPS")]
    counted = any(c.like_num or c.lower_ in COUNTED for n in nouns for c in n.subtree)
    named = any(ctx.at(t) is not None for o in objects for t in o.subtree)
    return bool(nouns) and counted and not named


DESIGNATIONS = [(re.compile(p, re.I), kind) for p, kind in L.DESIGNATIONS]
ASKED_WHO = {"who", "whom", "which"}


def answered_targets(ctx: Context):
    """(event, derived relations, verb) for each 'Who was <verb>ed?' answered by names in the next sentence."""
    for mark in ctx.words.with_lower("?"):  # (the question marks: "?" is its own lower case, and no other word's)
        question = mark.sent
        verb = question.root
        lemma = lemma_of(verb)
        if lemma not in L.RESTRICTION and lemma not in L.PROCEEDING or not any(
                t.lower_ in ASKED_WHO for t in question if t.dep_.startswith("nsubj") or t.dep_ == "det"):
            continue
        if question.end >= len(ctx.doc):
            continue
        names = answer_names(ctx, ctx.doc[question.end].sent)
        action = counted_action(ctx, question, lemma)
        if action is None or not names:
            continue
        agents = [a for a in agents_of(ctx, action) if a.entity not in {m.entity for m in names}]
        kind, prop = action_kind(action)
        roles = [("agent", a) for a in agents] + [("target", m) for m in names]
        derived = [Relation(a.entity, prop, m.entity, evidence(ctx, "relation.answered_targets.v1", 0.65,
                                                                span_of(a), span_of(action), span_of(m)))
                   for a in agents for m in names]
        spans = [span_of(action), *(span_of(m) for _, m in roles)]
        keyed = tuple(dict.fromkeys((role, m.entity) for role, m in roles))
        yield Event(kind, keyed, span_of(action), evidence(ctx, "event.answered_targets.v1", 0.65, *spans)), \
            derived, action


def action_kind(action: Token) -> tuple[str, str]:
    lemma = lemma_of(action)
    kind, prop = L.RESTRICTION[lemma] if lemma in L.RESTRICTION else L.PROCEEDING[lemma]
    if kind == "Designation":
        words = " ".join(t.text for t in action.subtree)
        kind = next((k for pattern, k in DESIGNATIONS if pattern.search(words)), kind)
    return kind, prop


def counted_action(ctx: Context, question, lemma: str) -> Token | None:
    """The asserted action of the question's family (both restrictions, or both court or police actions) on a
    counted plural with no name, in the three sentences before the question."""
    family = L.RESTRICTION if lemma in L.RESTRICTION else L.PROCEEDING
    start = question.start
    for _ in range(3):
        start = ctx.doc[start - 1].sent.start if start > 0 else start
    for action in reversed(ctx.doc[start:question.start]):
        if lemma_of(action) in family and action.pos_ == "VERB" and asserted(action) \
                and counted_object(ctx, action) and family[lemma_of(action)][1]:
            return action
    return None


def answer_names(ctx: Context, answer) -> list:
    """The names an answer lists: people and organisations named outside the descriptions that follow them (not
    'the editor of the newspaper X', not 'a journalist from Pskov')."""
    found = []
    for m in ctx.mentions:
        if not (answer.start_char <= m.start < answer.end_char) or m.type not in PEOPLE or m in found:
            continue
        root = ctx.antecedents.roots.get(m)
        if root is None or any(a.dep_ in ("prep", "poss") or a.dep_ == "appos" and a.pos_ == "NOUN"
                               for a in (root, *ancestors(root)) if a.i != answer.root.i):
            continue
        found.append(m)
    return found


LIST_SUBJECTS = {"list", "others", "those", "they", "group", "groups", "names"}
# the fine property of an event class (what kind of sanction its actor made)
KIND_PROP = {"Blocking": "blocked", "Ban": "banned", "Liquidation": "liquidated", "Restriction": "sanctioned",
             "ForeignAgentDesignation": "designated", "UndesirableDesignation": "designated",
             "ExtremistDesignation": "designated", "TerroristDesignation": "designated", "Designation": "designated",
             "Detention": "detained", "Search": "searched", "Fine": "fined", "Charge": "prosecuted",
             "CriminalCaseOpening": "prosecuted"}


def included_targets(ctx: Context, earlier):
    """(event, derived relations, verb) for each 'the list includes A, B and C' that spells out more of a counted
    action told just before."""
    for verb in ctx.words.with_lemma({"include"}):
        if verb.pos_ != "VERB" or verb.lemma_.lower() != "include" or not asserted(verb) or not any(
                c.dep_ == "nsubj" and c.lemma_.lower() in LIST_SUBJECTS and ctx.at(c) is None for c in children(verb)):
            continue
        action = counted_event(ctx, verb, earlier)
        names = [m for m in after_verb_names(ctx, verb) if action is not None and m.entity not in action.role("agent")]
        if not names:
            continue
        prop = KIND_PROP[action.kind]
        agents = action.role("agent")
        spans = [action.trigger, span_of(verb), *(span_of(m) for m in names)]
        derived = [Relation(a, prop, m.entity, evidence(ctx, "relation.included_targets.v1", 0.6, span_of(verb),
                                                         span_of(m))) for a in agents for m in names]
        roles = tuple(dict.fromkeys([("agent", a) for a in agents] + [("target", m.entity) for m in names]))
        yield Event(action.kind, roles, span_of(verb), evidence(ctx, "event.included_targets.v1", 0.6, *spans)), \
            derived, verb


def counted_event(ctx: Context, verb: Token, earlier):
    """The latest asserted action with an actor, in the three sentences before, whose object is a counted plural."""
    start = verb.sent.start
    for _ in range(3):
        start = ctx.doc[start - 1].sent.start if start > 0 else start
    begin = ctx.doc[start].idx
    for event in sorted(earlier, key=lambda e: -e.trigger[0]):
        if event.status != "Asserted" or not event.role("agent") or event.kind not in KIND_PROP \
                or not begin <= event.trigger[0] < verb.sent.start_char:
            continue
        span = char_span(ctx.doc, *event.trigger)
        if span is not None and any(c.dep_ in ("dobj", "nsubjpass") and c.tag_ in ("NNS", "NNPS") and any(
                n.like_num for n in children(c)) for c in children(span.root)):
            return event
    return None


def after_verb_names(ctx: Context, verb: Token) -> list:
    """People and organisations named after the verb in its sentence, outside 'of'/'from' phrases."""
    found = []
    for m in ctx.mentions:
        if not (verb.idx < m.start < verb.sent.end_char) or m.type not in PEOPLE or m in found:
            continue
        root = ctx.antecedents.roots.get(m)
        if root is None or any(a.dep_ in ("prep", "poss") for a in (root, *ancestors(root)) if a.i > verb.i):
            continue
        found.append(m)
    return found
