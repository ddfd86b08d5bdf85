"""Participants an event's own sentence leaves out, read from the sentences around it.

Reports split one action over sentences, or leave its actor to the reader:

  event.suspect_named.v1   "Investigators opened a case under Article 207.3. The suspect is <X>." (or "The
                           case concerns <X>"): X is the defendant of the case opened just before
  event.case_noun.v1       "<X> was detained in June. Investigators added a second charge. The new case, under
                           Article 280, concerns his posts": a case or charge named with its provision in a
                           sentence that names nobody belongs to the latest defendant of the two sentences before;
                           so does "The offence is covered by Article 276", "The verdict was based on Article 207.3"
  event.the_case.v1        "<body> opened the case in June": the definite case is the one of the only defendant
                           the article has named before it
  event.adjacent_court.v1  "<X> was sentenced to nine years. The Lefortovsky District Court held the hearings in a
                           colony": a court's action without an actor is the court that is the subject of the
                           sentence right before or after it (or hands down its verdict: "The verdict was handed down
                           by <court>"), when exactly one such court is there (never a court
                           that reviews: "The Moscow City Court upheld ...")
  event.trial_court.v1     "<X> was found guilty and sentenced to eight years": by the article's one trial court
                           (kg.event_trial)
  event.carried_out_by.v1  "<X> was detained. The arrest was made by officers of <body>" (kg.event_carried)
  event.reporting_body.v1  "Access to Viber has been blocked, Roskomnadzor said" (kg.event_carried)
  event.previous_actor.v1  "The FSB detained A. B was detained the following week" (kg.event_carried)
  event.shared_actor.v1    "Roskomnadzor blocked A in March. B was blocked in June": a blocking, ban or designation
                           without an actor is by the one body that does every such action the article names
  event.designating_body.v1 "<X> was declared an undesirable organization" / "was designated a foreign agent": the
                           Prosecutor General's Office / the Justice Ministry, when the article names it
  event.sole_prosecutor.v1 "<X> was charged under Article 280": a charge or case opening without an actor is by the
                           article's one investigative body
  event.offence_provision.v1 "<X> was charged with treason. Article 275 ... carries up to life": the provision the
                           article names for an offence a case event names only in words (kg.event_offences)

Only asserted events; each rule adds nothing when its condition is not met exactly.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg import arguments
from kg import event_lexicon as L
from kg.arguments import Context, asserted, evidence, nameless_agent, span_of
from kg.doc_tables import char_span, children
from kg.event_actors import PEOPLE
from kg.event_carry import definite_case
from kg.event_nominal import bases_of, real
from kg.event_carried import carried_out_by, previous_actor, reporting_body
from kg.event_offences import offence_named
from kg.event_parses import background_act
from kg.event_trial import trial_court
from kg.model import Event, Relation

KIND_PROP = {"Conviction": "convicted", "Sentence": "convicted", "Fine": "fined", "Detention": "detained",
             "Charge": "prosecuted", "CriminalCaseOpening": "prosecuted", "Search": "searched", "Blocking": "blocked",
             "Ban": "banned", "Liquidation": "liquidated", "Warning": "warned", "Designation": "designated",
             "ForeignAgentDesignation": "designated", "UndesirableDesignation": "designated",
             "ExtremistDesignation": "designated", "TerroristDesignation": "designated"}
CHARGE_OF = {"convicted": "convictedUnder", "fined": "finedUnder", "prosecuted": "prosecutedUnder"}
CASE_KINDS = {"CriminalCaseOpening", "Charge"}
PERSONAL = {"Conviction", "Sentence", "Fine", "Charge", "CriminalCaseOpening", "Detention", "Search", "Acquittal"}
COURT_KINDS = {"Conviction", "Sentence", "Fine"}
SHARED_KINDS = {"Blocking", "Ban", "ForeignAgentDesignation", "UndesirableDesignation", "ExtremistDesignation",
                "TerroristDesignation"}
SUSPECT_NOUNS = {"suspect", "defendant", "accused", "target"}
CASE_WORDS = {"case", "charge", "count", "investigation", "proceedings", "prosecution"}
# "He was charged with espionage. The offence is covered by Article 276": the offence of the charge told before
OFFENCE_WORDS = {"offence", "offense", "crime", "verdict", "conviction", "sentence"}
CONCERNING = {"concern", "involve", "target"}  # "The case concerns <X>"
REVIEWING = {"uphold", "overturn", "reject", "dismiss", "quash", "annul", "reduce", "commute", "cancel", "reverse",
             "return", "send", "refuse", "deny", "replace", "uphold", "confirm", "change", "shorten", "extend"}
VERDICTS = {"verdict", "sentence", "judgment", "judgement"}
# who brings charges in Russia: investigators (a prosecutor's office approves them, and the Prosecutor General's Office
# is named mostly for its other powers: designations, blocking requests)
INVESTIGATING = re.compile(r"investigat", re.I)
APPELLATE = re.compile(r"\b(?:appeal|appeals|appellate|cassation)\b", re.I)
# the body the law makes designate (kind -> its name)
AUTHORITIES = {"UndesirableDesignation": re.compile(r"prosecutor[- ]general", re.I),
               "ForeignAgentDesignation": re.compile(r"justice ministry|ministry of justice", re.I)}


def fill_events(ctx: Context, events: dict[str, Event]) -> list[Relation]:
    """Fill the events (in place, by id) and return the relations the filled participants make."""
    relations: list[Relation] = []
    for fill in (suspect_named, the_case, adjacent_court, trial_court, carried, shared_actor, designating_body,
                 sole_prosecutor, reported, previous, offence_named):
        for event in [e for e in events.values() if e.status == "Asserted"]:
            found = fill(ctx, event, list(events.values()))
            if found is None:
                continue
            role, mentions, rule = found
            events[event.id], made = add_role(ctx, event, role, mentions, rule)
            relations += made
    relations += case_nouns(ctx, events)
    return relations


def add_role(ctx: Context, event: Event, role: str, mentions: list, rule: str) -> tuple[Event, list[Relation]]:
    roles = list(event.roles)
    for m in mentions:
        roles += [(role, m.entity)] + ([("target", m.entity)] if role == "defendant" else [])
        roles += [("court", m.entity)] if role == "agent" and m.type == "Court" else []
    event = replace(event, roles=tuple(dict.fromkeys(roles)))
    prop = KIND_PROP.get(event.kind)
    made = []
    if prop is not None:
        spans = [event.trigger]
        made = [Relation(a, prop, t, ev(ctx, rule, spans, a, t))
                for a in event.role("agent") for t in dict.fromkeys(event.role("defendant") + event.role("target"))
                if a != t]
        if role == "legalBasis":  # the sanction itself is told already
            made = []
        made += [Relation(t, CHARGE_OF.get(prop, "chargedUnder"), b, ev(ctx, rule, spans, t, b))
                 for t in dict.fromkeys(event.role("defendant")) for b in event.role("legalBasis")
                 if role in ("defendant", "legalBasis")]
    return event, [replace(r, event=event.id) for r in made]


def ev(ctx: Context, rule: str, spans: list, *keys: str):
    spans = spans + [span_of(nearest(ctx, k, spans[0][0])) for k in keys]
    return evidence(ctx, rule, 0.6, *spans)


def nearest(ctx: Context, key: str, offset: int):
    return min((m for m in ctx.mentions if m.entity == key), key=lambda m: abs(m.start - offset))


def sentence_index(ctx: Context, offset: int) -> int:
    return arguments.sentence_index(ctx, offset, -1)


def sentence_tokens(ctx: Context, index: int):
    if not 0 <= index < len(ctx.sentences):
        return None
    span = char_span(ctx.doc, *ctx.sentences[index])
    return span


# --- the fills -------------------------------------------------------------------------------

def carried(ctx: Context, event: Event, events):
    """'<X> was detained. The arrest was made by officers of <body>' (kg.event_carried)."""
    return carried_out_by(ctx, event, events, sentence_index, sentence_tokens)


def previous(ctx: Context, event: Event, events):
    """'The FSB detained A in July. B was detained the following week' (kg.event_carried)."""
    return previous_actor(ctx, event, events, passive_trigger, sentence_index)


def reported(ctx: Context, event: Event, events):
    """'Access to Viber has been blocked, Roskomnadzor said' (kg.event_carried)."""
    return reporting_body(ctx, event, events, passive_trigger)


def suspect_named(ctx: Context, event: Event, events):
    """A case opened under a provision with nobody named; the next sentence names its suspect."""
    if event.kind not in CASE_KINDS or event.role("defendant") or not event.role("legalBasis"):
        return None
    span = sentence_tokens(ctx, sentence_index(ctx, event.trigger[0]) + 1)
    if span is None:
        return None
    root = span.root
    subject = next((c for c in children(root) if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(c.dep_ == "neg" for c in children(root)):
        return None
    found = []
    if root.lemma_ == "be":  # "The suspect is X", "X is the defendant"
        attr = next((c for c in children(root) if c.dep_ == "attr"), None)
        if attr is not None and subject.lemma_.lower() in SUSPECT_NOUNS:
            found = ctx.head_mentions(attr, PEOPLE)
        elif attr is not None and attr.lemma_.lower() in SUSPECT_NOUNS:
            found = ctx.head_mentions(subject, PEOPLE)
    elif root.lemma_.lower() in CONCERNING and subject.lemma_.lower() in CASE_WORDS:  # "The case concerns X"
        found = [m for c in children(root) if c.dep_ == "dobj" for m in ctx.head_mentions(c, PEOPLE)]
    return ("defendant", found, "event.suspect_named.v1") if found else None


def the_case(ctx: Context, event: Event, events):
    """'The Investigative Committee opened the case in June': 'the case' is the case of the article's one
    defendant (the only one any court or police action told before it falls on)."""
    if event.kind != "CriminalCaseOpening" or event.role("defendant") or not event.role("agent"):
        return None
    span = char_span(ctx.doc, *event.trigger)
    if span is None or not definite_case(span.root):
        return None
    defendants = {d for e in events if e.status == "Asserted" and e.kind in PERSONAL and e.trigger[0] < event.trigger[0]
                  for d in e.role("defendant")}
    if len(defendants) != 1:
        return None
    return "defendant", [nearest(ctx, next(iter(defendants)), event.trigger[0])], "event.the_case.v1"


def adjacent_court(ctx: Context, event: Event, events):
    """A court's action with no actor: the court that is the subject of the sentence just before or after."""
    if event.kind not in COURT_KINDS or event.role("agent") or not passive_trigger(ctx, event) \
            or background_act(trigger_token(ctx, event), event.kind):
        return None  # (not "Petrov, who had previously been fined, ...": maybe another court's)
    here = sentence_index(ctx, event.trigger[0])
    found, handed = [], []
    for index in (here - 1, here + 1):
        span = sentence_tokens(ctx, index)
        if span is None or "\n" in ctx.text[min(span.start_char, event.trigger[0]):max(span.start_char,
                                                                                        event.trigger[0])]:
            continue  # another paragraph or list item
        root = span.root
        if root.lemma_.lower() in REVIEWING or not asserted(root) or APPELLATE.search(span.text) \
                or acts_on_others(ctx, event, events, index) or root.lemma_.lower() == "be":
            continue  # a court that reviews, will act, hears an appeal or only is something did not pass it
        found += [m for c in children(root) if c.dep_ == "nsubj"
                  if (m := ctx.head_mention(c, {"Court"})) and m.type == "Court"]
        handed += handed_down_by(ctx, root)  # "The verdict was handed down by <court>": that court, first
    found = handed if len({m.entity for m in handed}) == 1 else found + handed
    if len({m.entity for m in found}) != 1:
        return None
    return "agent", found[:1], "event.adjacent_court.v1"


def handed_down_by(ctx: Context, root) -> list:
    """'The verdict was handed down / delivered / passed by <court>': the court of that sentence's verdict."""
    if root.lemma_.lower() not in L.HANDING_DOWN or not any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in VERDICTS for c in children(root)):
        return []
    return [m for p in children(root) if p.dep_ == "agent" for o in children(p) if o.dep_ == "pobj"
            if (m := ctx.head_mention(o, {"Court"})) and m.type == "Court"]


def trigger_token(ctx: Context, event: Event):
    """The head token of the event's trigger (None when its offsets fall off the tokens)."""
    span = char_span(ctx.doc, *event.trigger)
    return None if span is None else span.root


def passive_trigger(ctx: Context, event: Event) -> bool:
    """'<X> was sentenced': the trigger is a passive verb (an active one names its actor as subject)."""
    verb = trigger_token(ctx, event)
    return verb is not None and any(c.dep_ in ("auxpass", "nsubjpass") for c in children(verb)) \
        and not nameless_agent(ctx, verb)  # (not "X was fined by the traffic police")


def acts_on_others(ctx: Context, event: Event, events, index: int) -> bool:
    """The sentence tells another action on someone else ('The court fined A. B was sentenced ...')."""
    start, end = ctx.sentences[index]
    mine = set(event.role("target"))
    return any(start <= e.trigger[0] < end and e.role("target") and not mine & set(e.role("target"))
               for e in events)


def shared_actor(ctx: Context, event: Event, events):
    """A restriction with no actor, when every such restriction the article gives an actor has the same one."""
    if event.kind not in SHARED_KINDS or event.role("agent") or not event.role("target"):
        return None
    actors = {a for e in events if e.kind == event.kind and e.status == "Asserted" for a in e.role("agent")}
    if len(actors) != 1:
        return None
    actor = next(iter(actors))
    first = min((m for m in ctx.mentions if m.entity == actor), key=lambda m: m.start)
    if first.start > event.trigger[0] or actor in event.role("target"):
        return None
    return "agent", [first], "event.shared_actor.v1"


def designating_body(ctx: Context, event: Event, events):
    """'<X> was declared an undesirable organization': the body the law makes designate, when the article names it
    (the Prosecutor General's Office declares organisations undesirable, the Justice Ministry lists foreign agents)."""
    pattern = AUTHORITIES.get(event.kind)
    if pattern is None or event.role("agent") or not event.role("target"):
        return None
    bodies = [k for k, e in ctx.entities.items() if e.type == "GovernmentBody"
              and any(pattern.search(name) for name in (e.label, *e.forms))]
    if len(bodies) != 1 or bodies[0] in event.role("target"):
        return None
    return "agent", [nearest(ctx, bodies[0], event.trigger[0])], "event.designating_body.v1"


def sole_prosecutor(ctx: Context, event: Event, events):
    """A charge or case with no actor: the article's one investigative body."""
    if event.kind not in CASE_KINDS or event.role("agent") or not event.role("defendant") or not named_one(ctx, event):
        return None
    bodies = [k for k, e in ctx.entities.items() if e.type == "GovernmentBody" and INVESTIGATING.search(e.label)]
    if len(bodies) != 1:
        return None
    first = min((m for m in ctx.mentions if m.entity == bodies[0]), key=lambda m: m.start)
    return "agent", [first], "event.sole_prosecutor.v1"


def named_one(ctx: Context, event: Event) -> bool:
    """The one charged is the verb's own subject or object, named or a pronoun ('<X> was charged', 'charged him'),
    not a count of people with examples ('60 people had been charged, among them A and B')."""
    span = char_span(ctx.doc, *event.trigger)
    if span is None:
        return False
    return any(c.dep_ in ("nsubjpass", "dobj") and not (c.pos_ == "NOUN" and c.tag_ == "NNS")
               and ctx.head_mention(c, PEOPLE) is not None for c in children(span.root))


def definite(noun) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "his", "her", "their", "its")
               for c in children(noun))


def case_nouns(ctx: Context, events: dict[str, Event]) -> list[Relation]:
    """'The new case, under Article 280, ...' in a sentence naming nobody: the latest defendant before it."""
    found = []
    for noun in ctx.words.with_lemma(CASE_WORDS | OFFENCE_WORDS):
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CASE_WORDS | OFFENCE_WORDS or not real(noun):
            continue
        if noun.lemma_.lower() in OFFENCE_WORDS and not definite(noun):  # "The offence", "the crime": that one
            continue
        bases = bases_of(ctx, noun)
        index = sentence_index(ctx, noun.idx)
        if not bases or index < 0:
            continue
        start, end = ctx.sentences[index]
        if any(m.type in PEOPLE and start <= m.start < end for m in ctx.mentions):
            continue
        if any(start <= e.trigger[0] < end and e.role("legalBasis") for e in events.values()):
            continue
        earlier = [e for e in events.values() if e.status == "Asserted" and e.role("defendant")
                   and ctx.sentences[max(index - 2, 0)][0] <= e.trigger[0] < start]
        if not earlier:
            continue
        latest = max(earlier, key=lambda e: e.trigger[0])
        defendants = list(dict.fromkeys(latest.role("defendant")))
        roles = tuple([("defendant", d) for d in defendants] + [("target", d) for d in defendants]
                      + [("legalBasis", b.entity) for b in bases])
        event = Event("Charge", roles, span_of(noun), evidence(ctx, "event.case_noun.v1", 0.6, span_of(noun),
                                                                *(span_of(b) for b in bases)))
        if event.id in events:
            continue
        events[event.id] = event
        found += [Relation(d, "chargedUnder", b.entity, ev(ctx, "relation.case_noun.v1", [span_of(noun)], b.entity),
                           event=event.id) for d in defendants for b in bases]
    return found
