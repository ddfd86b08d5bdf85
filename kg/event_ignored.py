"""Requests told from the side of the one who got them.

  event.received_request.v1  "<X> ignored repeated requests from <Y> to delete the videos", "<X> refused to comply
                             with a demand from <Y>", "<X> received a request from <Y>", "<X> ignored <Y>'s
                             notices": Y asked X (Y petitioned X)
  event.received_warning.v1  "<X> received a second warning from <Y>", "suspended publication after receiving a
                             warning from <Y>": Y (a state body or court) warned X
  event.issued_warning.v1    "<Y> issued a warning to <X>", "<Y> issued/gave <X> two warnings": the giver, a state body
                             or court, warned X

Who asks is the noun's 'from/of/by <Y>' or possessor, else the state body the clause is reported from ("<Y>, which
said both companies had ignored repeated requests"); who was asked is the subject of the verb (or of the verb it
depends on: "refused to comply with"). Refusing or not heeding a request still tells that it was made; not read
when receiving is denied, or anything is planned or asked for ("had not received any request from <Y>", "may
ignore").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import ACTORS, Context, evidence, prep_objects, span_of, subjects
from kg.doc_tables import children
from kg.event_context import source_of, status_of
from kg.event_requests import petitioners
from kg.model import Event, Relation

GETTING = {"ignore", "disregard", "receive", "get", "comply", "respond", "fulfil", "fulfill", "obey", "heed"}
WARNINGS = {"warning"}
RECEIVING = {"receive", "get"}  # only these, negated, deny that anyone asked
REQUEST_NOUNS = {"request", "demand", "requirement", "instruction", "notice", "notification", "letter", "appeal"}
RULE = "event.received_request.v1"


def received_requests(ctx: Context):
    """(event, derived relations, the receiving verb) for each request told from the receiver's side."""
    for verb in ctx.words.with_lemma(GETTING):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in GETTING or not made(verb):
            continue
        nouns = [c for c in children(verb) if c.dep_ == "dobj"]
        nouns += [o for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("with", "to")
                  for o in children(p) if o.dep_ == "pobj"]
        for noun in (n for n in nouns if n.lemma_.lower() in REQUEST_NOUNS):
            askers = [m for m in petitioners(ctx, noun) if m.type in ACTORS] or [
                m for m in prep_objects(ctx, verb, ("from",)) if m.type in ACTORS] or reporting_body(ctx, verb)
            asked = receivers(ctx, verb)
            pairs = [(a, b) for a in askers for b in asked if a.entity != b.entity]
            if not pairs:
                continue
            roles = [("agent", a.entity) for a in askers] + [("addressee", b.entity) for b in asked]
            spans = [span_of(verb), span_of(noun)]
            event = Event("Petition", tuple(dict.fromkeys(roles)), span_of(noun),
                          evidence(ctx, RULE, 0.65, *spans, *(span_of(m) for m in askers + asked)))
            derived = [Relation(a.entity, "petitioned", b.entity,
                                evidence(ctx, "relation.received_request.v1", 0.65, span_of(b), *spans, span_of(a)))
                       for a, b in pairs]
            refused = verb.dep_ == "xcomp" and status_of(verb) == "Negated" and status_of(verb.head) == "Asserted"
            yield event, derived, verb.head if refused else verb  # "refused to comply": told as done


def reporting_body(ctx: Context, verb: Token) -> list:
    """'<body>, which said both companies had ignored repeated requests': a state body that reports its unnamed
    requests ignored made them."""
    key = source_of(ctx, verb)
    body = ctx.entities.get(key) if key else None
    if body is None or body.type not in ("GovernmentBody", "Court"):
        return []
    before = [m for m in ctx.mentions if m.entity == key and m.start < verb.idx]
    return before[-1:]


def made(verb: Token) -> bool:
    """The request was made: the receiving is told as done, or refused ("refused to comply with", "did not heed":
    asked all the same), but not "had not received any request" or "may ignore"."""
    status = status_of(verb)
    return status == "Asserted" or status == "Negated" and verb.lemma_.lower() not in RECEIVING


def receivers(ctx: Context, verb: Token) -> list:
    found = subjects(ctx, verb)
    if not found and verb.dep_ in ("xcomp", "advcl"):  # "refused to comply with": the subject of 'refused'
        found = subjects(ctx, verb.head)
    if not found and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":  # "suspended X after receiving a warning"
        found = subjects(ctx, verb.head.head)
    return found


def received_warnings(ctx: Context):
    """'<X> received a (second) warning from <Y>', '... after receiving a warning from <Y>': Y warned X."""
    for verb in ctx.words.with_lemma(RECEIVING):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in RECEIVING or status_of(verb) != "Asserted":
            continue
        for noun in (c for c in children(verb) if c.dep_ == "dobj" and c.lemma_.lower() in WARNINGS):
            givers = [m for m in petitioners(ctx, noun) + prep_objects(ctx, verb, ("from",))
                      if m.type in ("GovernmentBody", "Court")]
            bearers = [m for m in receivers(ctx, verb) if m.type in ("Person", "Organization")]
            if givers and bearers:
                yield (*warning(ctx, verb, noun, givers, bearers, "received_warning", 0.65), verb)


ISSUING = {"issue", "give", "send", "hand"}


def issued_warnings(ctx: Context):
    """'<Y> issued a warning to <X>', '<Y> gave <X> two warnings': Y (a state body or court) warned X."""
    for verb in ctx.words.with_lemma(ISSUING):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ISSUING or status_of(verb) != "Asserted":
            continue
        for noun in (c for c in children(verb) if c.dep_ == "dobj" and c.lemma_.lower() in WARNINGS):
            givers = [m for m in subjects(ctx, verb) if m.type in ("GovernmentBody", "Court")]
            heads = [c for c in children(verb) if c.dep_ in ("dative", "dobj") and c.lower_ != "to" and c.i != noun.i]
            heads += [o for h in (verb, noun) for p in children(h) if p.dep_ in ("prep", "dative") and p.lower_ == "to"
                      for o in children(p) if o.dep_ == "pobj"]
            bearers = [m for h in heads for m in ctx.head_mentions(h) if m.type in ("Person", "Organization")]
            if givers and bearers:
                yield (*warning(ctx, verb, noun, givers, bearers, "issued_warning", 0.7), verb)


def warning(ctx: Context, verb: Token, noun: Token, givers: list, bearers: list, name: str, conf: float):
    """The Warning event the givers gave the bearers, and the derived 'warned' relations (rule ids from `name`)."""
    roles = [("agent", g.entity) for g in givers] + [(r, b.entity) for b in bearers for r in ("target", "defendant")]
    spans = [span_of(verb), span_of(noun)]
    event = Event("Warning", tuple(dict.fromkeys(roles)), span_of(noun),
                  evidence(ctx, f"event.{name}.v1", conf, *spans))
    derived = [Relation(g.entity, "warned", b.entity, evidence(ctx, f"relation.{name}.v1", conf, span_of(g), *spans,
                                                              span_of(b)))
               for g in givers for b in bearers if g.entity != b.entity]
    return event, derived
