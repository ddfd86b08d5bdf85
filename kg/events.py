"""Events: n-ary facts read from trigger verbs, and the direct relations derived from them.

A trigger verb (kg.event_lexicon) becomes an Event of an ontology class with its participants in
roles: agent, defendant/target, court, addressee, legal basis, legal act; with its date (the
temporal expression of its clause, normalized against the publication date), place, penalty,
status (asserted, negated, requested, predicted, planned, alleged, denied) and source (who the
article says it from). Direct relations are derived only from asserted events, and point back to
their event.

Rules (ids travel into provenance):
  event.proceeding.v1   "<court> convicted/fined/sentenced <person> [under <provision>] [to <penalty>]"
  event.case_opening.v1 "<body> opened a criminal case against <person> under <provision>"
  event.restriction.v1  "<body> blocked/banned/designated/liquidated <target>"
  event.legislation.v1  "<actor> passed/signed/issued <law or ruling>", "a law passed by/in <body>"
  event.in_force.v1     "<law> entered into force / took effect"
  event.petition.v1     "<actor> asked/petitioned/called on/appealed to <actor>, <actor> and <actor>"
  event.appeal.v1       "<actor> appealed <ruling> / against <ruling> [to <court>]"
  event.speech.v1       "<actor> said/claimed/denied ..."
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.model import Event, Relation, When
from kg.penalties import penalty_in
from kg.relations import (ACTORS, STATE, Context, clause_tokens, evidence, legal_bases, objects, prep_objects,
                          span_of, subjects)

PEOPLE = {"Person", "Organization"}
ACTS = {"Law", "Ruling"}
CHARGE_OF = {"convicted": "convictedUnder", "fined": "finedUnder", "prosecuted": "prosecutedUnder"}
SPEECH_KINDS = set(L.SPEECH.values())
DESIGNATIONS = [(re.compile(p, re.I), kind) for p, kind in L.DESIGNATIONS]


def extract_events(ctx: Context, timexes=()) -> tuple[list[Event], list[Relation]]:
    """Every event of the article, and the relations derived from the asserted ones."""
    events: dict[str, Event] = {}
    relations: list[Relation] = []
    for verb in ctx.doc:
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for event, derived in read_verb(ctx, verb):
            event = finish(ctx, verb, event, timexes)
            if event.id in events:
                continue
            events[event.id] = event
            if event.status == "Asserted":
                relations += [replace(r, event=event.id) for r in derived]
    return list(events.values()), relations


def read_verb(ctx: Context, verb: Token):
    lemma = verb.lemma_.lower()
    if lemma in L.PROCEEDING:
        yield from proceeding(ctx, verb, *L.PROCEEDING[lemma])
    if lemma in L.RESTRICTION:
        yield from restriction(ctx, verb, lemma, *L.RESTRICTION[lemma])
    if lemma in L.LEGISLATION:
        yield from legislation(ctx, verb, *L.LEGISLATION[lemma])
    if lemma in L.IN_FORCE:
        yield from in_force(ctx, verb, L.IN_FORCE[lemma])
    if lemma in L.PETITION:
        yield from petition(ctx, verb, *L.PETITION[lemma])
    if lemma in L.SPEECH:
        yield from speech(ctx, verb, L.SPEECH[lemma])


def make(ctx: Context, kind: str, verb: Token, roles: list[tuple[str, object]], rule: str, conf: float) -> Event:
    spans = [span_of(verb)] + [span_of(m) for _, m in roles]
    keyed = tuple(dict.fromkeys((role, m.entity) for role, m in roles))
    return Event(kind, keyed, span_of(verb), evidence(ctx, rule, conf, *spans))


# --- court and police actions ----------------------------------------------------------

def targets_of(ctx: Context, verb: Token, types=PEOPLE) -> list:
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    found = objects(ctx, verb, ("nsubjpass",) if passive else ("dobj",), types)
    if not found:  # "fined activist Ivan Petrov 30,000 rubles": the person hides in the object phrase
        found = [m for c in verb.children if c.dep_ in ("dobj", "dative") for m in ctx.within(c, types)]
    found += [m for m in prep_objects(ctx, verb, ("against",), types) if m not in found]
    if not found and verb.dep_ == "conj":  # "was detained and charged": the object of the first verb
        found = targets_of(ctx, verb.head, types)
    return found


def agents_of(ctx: Context, verb: Token, types=STATE) -> list:
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive and not any(c.dep_ == "agent" for c in verb.children):
        return []
    return subjects(ctx, verb, types)


def courts_of(ctx: Context, verb: Token, agents: list) -> list:
    found = [m for m in agents if m.type == "Court"]
    found += [m for m in prep_objects(ctx, verb, ("in", "at", "by"), {"Court"}) if m not in found]
    return found


def proceeding(ctx: Context, verb: Token, kind: str, prop: str | None):
    rule, conf = "event.proceeding.v1", 0.8
    if verb.lemma_.lower() in ("open", "launch", "initiate", "institute"):
        if not any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in L.CASE_NOUNS for c in verb.children):
            return
        rule, conf = "event.case_opening.v1", 0.75
    targets, agents = targets_of(ctx, verb), agents_of(ctx, verb)
    bases = legal_bases(ctx, verb)
    if not (targets or bases):
        return
    if verb.lemma_.lower() == "accuse" and not (agents or bases):  # "X has been accused of ...": a claim
        kind, prop, rule, conf = "Allegation", None, "event.accusation.v1", 0.6
    roles = [("agent", a) for a in agents] + [("court", c) for c in courts_of(ctx, verb, agents)]
    roles += [(r, t) for t in targets for r in ("defendant", "target")] + [("legalBasis", b) for b in bases]
    event = make(ctx, kind, verb, roles, rule, conf if agents else conf - 0.05)
    derived = []
    for target in targets:
        if prop:
            derived += [Relation(a.entity, prop, target.entity,
                                 evidence(ctx, "relation.sanction_verb.v1", 0.8, span_of(a), span_of(verb),
                                          span_of(target))) for a in agents]
        derived += [Relation(target.entity, CHARGE_OF.get(prop, "chargedUnder"), b.entity,
                             evidence(ctx, "relation.charged_under_verb.v1", 0.8, span_of(target), span_of(verb),
                                      span_of(b))) for b in bases]
    yield event, derived


def restriction(ctx: Context, verb: Token, lemma: str, kind: str, prop: str):
    if kind == "Designation":
        clause = " ".join(t.text for t in clause_tokens(verb))
        kind = next((k for pattern, k in DESIGNATIONS if pattern.search(clause)), None)
        if kind is None:
            if lemma in L.NEEDS_LABEL:
                return
            kind = "Designation"
    targets = targets_of(ctx, verb, PEOPLE | {"GovernmentBody"} if kind != "Liquidation" else PEOPLE)
    if lemma in ("shut", "close") and not targets:
        return
    if not targets:
        return
    agents, bases = agents_of(ctx, verb), legal_bases(ctx, verb)
    roles = [("agent", a) for a in agents] + [("court", c) for c in courts_of(ctx, verb, agents)]
    roles += [("target", t) for t in targets] + [("legalBasis", b) for b in bases]
    derived = [Relation(a.entity, prop, t.entity, evidence(ctx, "relation.sanction_verb.v1", 0.8, span_of(a),
                                                           span_of(verb), span_of(t)))
               for t in targets for a in agents if a.entity != t.entity]
    yield make(ctx, kind, verb, roles, "event.restriction.v1", 0.8 if agents else 0.7), derived


# --- legislation -------------------------------------------------------------------------

def legislation(ctx: Context, verb: Token, kind: str, prop: str | None):
    acts = objects(ctx, verb, ("dobj", "nsubjpass"), ACTS)
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":  # "a law passed by the Duma"
        acts = [m for m in [ctx.head_mention(verb.head, ACTS)] if m]
    if not acts:
        return
    agents = subjects(ctx, verb, ACTORS)
    if not agents and kind == "Adoption":  # "the law passed in the State Duma"
        agents = prep_objects(ctx, verb, ("in",), {"GovernmentBody"})
    roles = [("agent", a) for a in agents] + [("legalAct", a) for a in acts]
    roles += [("court", a) for a in agents if a.type == "Court"]
    if kind == "Amendment":
        roles = [("agent", a) for a in agents] + [("target", a) for a in acts]
    derived = [Relation(a.entity, prop, act.entity, evidence(ctx, "relation.issued_verb.v1", 0.85, span_of(a),
                                                             span_of(verb), span_of(act)))
               for a in agents for act in acts] if prop else []
    yield make(ctx, kind, verb, roles, "event.legislation.v1", 0.8 if agents else 0.65), derived


def in_force(ctx: Context, verb: Token, noun: str):
    if not any(t.lower_ == noun for t in verb.subtree if t.i > verb.i):
        return
    acts = subjects(ctx, verb, ACTS)
    if acts:
        yield make(ctx, "EntryIntoForce", verb, [("legalAct", a) for a in acts], "event.in_force.v1", 0.75), []


# --- requests and speech -----------------------------------------------------------------

def petition(ctx: Context, verb: Token, prop: str, preps: tuple[str, ...]):
    targets = objects(ctx, verb) if not preps else prep_objects(ctx, verb, preps)
    if not preps:
        targets += prep_objects(ctx, verb, ("to",))
    agents = subjects(ctx, verb)
    kind = "Petition"
    roles = [("agent", a) for a in agents] + [("addressee", t) for t in targets]
    if verb.lemma_.lower() == "appeal":
        rulings = objects(ctx, verb, ("dobj",), {"Ruling"}) + prep_objects(ctx, verb, ("against",), {"Ruling"})
        if rulings or any(t.type == "Court" for t in targets):
            kind = "Appeal"
            roles = [("agent", a) for a in agents] + [("court", t) for t in targets if t.type == "Court"]
            roles += [("addressee", t) for t in targets] + [("ruling", r) for r in rulings]
    if not (agents and (targets or kind == "Appeal")) or len(roles) < 2:
        return
    derived = [Relation(a.entity, prop, t.entity,
                        evidence(ctx, "relation.petitioned_verb.v1", 0.8,
                                 span_of(a) if a.start < verb.idx else span_of(verb), span_of(verb), span_of(t)))
               for a in agents for t in targets]
    rule = "event.appeal.v1" if kind == "Appeal" else "event.petition.v1"
    yield make(ctx, kind, verb, roles, rule, 0.8), derived


def speech(ctx: Context, verb: Token, kind: str):
    speakers = subjects(ctx, verb)
    if not speakers or not any(c.dep_ in ("ccomp", "dobj", "xcomp", "parataxis") for c in verb.children):
        return
    roles = [("agent", s) for s in speakers]
    roles += [("addressee", m) for m in objects(ctx, verb, ("dobj", "dative"))] if verb.lemma_ == "tell" else []
    yield make(ctx, kind, verb, roles, "event.speech.v1", 0.7), []


# --- status, source, date, place, penalty ------------------------------------------------

def finish(ctx: Context, verb: Token, event: Event, timexes) -> Event:
    status = status_of(verb)
    when, place = when_of(verb, timexes), place_of(verb)
    penalty = penalty_in(clause_text(verb), event.kind) if event.kind in ("Sentence", "Fine") else None
    source = None if event.kind in SPEECH_KINDS else source_of(ctx, verb)
    return replace(event, status=status, when=when, place=place, penalty=penalty, source=source)


def status_of(verb: Token) -> str:
    """How the article presents the action of `verb` (an ontology Status local name)."""
    if any(c.lower_ in ("allegedly", "reportedly", "purportedly") for c in verb.children):
        return "Alleged"
    for dep in ("nsubj", "nsubjpass", "dobj"):
        for c in verb.children:
            if c.dep_ == dep and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children):
                return "Negated"
    t = verb
    while True:
        if any(c.dep_ == "neg" for c in t.children):
            return "Denied" if t.i != verb.i and t.lemma_.lower() in L.DENIED else "Negated"
        aux = {c.lower_ for c in t.children if c.dep_ == "aux"}
        if aux & L.OBLIGATION_AUX:
            return "Requested"
        if aux & L.FUTURE_AUX:
            return "Predicted"
        if t is not verb:
            lemma = t.lemma_.lower()
            for words, status in ((L.DENIED, "Denied"), (L.NEGATING, "Negated"), (L.REQUESTED, "Requested"),
                                  (L.PLANNED, "Planned"), (L.PREDICTED, "Predicted"), (L.ALLEGED, "Alleged")):
                if lemma in words:
                    return status
        if t.dep_ == "ccomp":  # "X said (that) ...": the report's own status does not pass down
            head = t.head.lemma_.lower()
            return ("Denied" if head in L.DENIED else "Alleged" if head in L.ALLEGED
                    else "Predicted" if head in L.PREDICTED else "Asserted")
        if t.dep_ not in ("xcomp", "conj", "advcl", "acl", "relcl", "pcomp") or t.head.i == t.i:
            return "Asserted"
        t = t.head


def source_of(ctx: Context, verb: Token) -> str | None:
    """The actor the article attributes the action to: 'X said ...', '..., X said', 'according to X'."""
    t = verb
    while t.head.i != t.i:  # a reporting verb above: "Kurennoi said (that) the court fined ..."
        if t.dep_ in ("ccomp", "parataxis", "conj", "advcl") and t.head.lemma_.lower() in L.REPORTING:
            found = subjects(ctx, t.head)
            if found:
                return found[0].entity
        t = t.head
    for c in (*verb.children, *t.children):  # a reporting clause beside it: "..., Kurennoi said"
        if c.dep_ in ("parataxis", "ccomp", "advcl", "conj") and c.lemma_.lower() in L.REPORTING and c.i > verb.i:
            found = subjects(ctx, c)
            if found:
                return found[0].entity
    for tok in verb.sent:
        if tok.lower_ == "according":
            found = [m for c in tok.children if c.lower_ == "to" for m in ctx.within(c)]
            if found:
                return found[0].entity
    return None


def clause_span(verb: Token) -> tuple[int, int]:
    tokens = list(clause_tokens(verb))
    return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)


def clause_text(verb: Token) -> str:
    tokens = sorted(clause_tokens(verb), key=lambda t: t.i)
    return " ".join(t.text for t in tokens if t.i >= verb.i)


def when_of(verb: Token, timexes) -> When | None:
    """The dated expression of the verb's own clause; else the only one of its sentence."""
    own = {t.idx for t in clause_tokens(verb)}
    sent = verb.sent
    dated = [x for x in timexes if x.value and sent.start_char <= x.start < sent.end_char]
    mine = [x for x in dated if any(x.start <= i < x.end for i in own)]
    pick = mine[0] if mine else dated[0] if len(dated) == 1 and verb.dep_ not in ("relcl", "acl") else None
    if pick is None:
        return None
    return When(pick.value, pick.begin, pick.last, pick.granularity, pick.text)


def place_of(verb: Token) -> str | None:
    for tok in clause_tokens(verb):
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.ent_type_ == "GPE":
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            return ent.text if ent is not None else tok.text
    return None

