"""Requests that the verb tables of kg.events read without an asker or an addressee, told in shapes of real news.

Rules (ids travel into provenance):
  event.sued.v1              "<X> sued <Y> in <court>", "<X> sued, and <court> ordered ...": X petitioned the court
                             (the one sued is not asked anything; an unnamed "a Moscow court" yields nothing)
  event.answered.v1          "<X> appealed, but <court> upheld the ruling", "<X> complained, and <court> dismissed it":
                             a request with no addressee of its own went to the court that answers it in the next clause
  event.reported_request.v1  "<X> said the closure showed that ... and called on <Y> to reverse it": a request verb
                             the parser coordinated into the reported clause, without a subject of its own, is the
                             speaker's (only when the reported clause's own subject names no one)
  event.defence_request.v1   "The defence appealed to <court>", "Her lawyers asked <court> to ...": counsel named
                             without a client ask for the article's one defendant (of an asserted conviction,
                             sentence, charge or detention told before)
  event.applicants.v1        "The applicants are <X>, <Y> and others", "<X> was among the applicants": X petitioned
                             the article's one court that takes applications (the ECHR, else a constitutional court)
  event.taken_to.v1          "<X> took its case to <court>", "brought the complaint before <court>": X petitioned it
  event.forum_of_object.v1   "<X> appealed against the verdict to <court>": the addressee's phrase hung on what is
                             contested (the parser's attachment), X asked that court
Only asserted verbs (not negated, modal, future, or wanted); never the asker as its own addressee.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.arguments import ACTORS, STATE, Context, asserted, evidence, span_of, subjects
from kg.doc_tables import ancestors, children
from kg.event_actors import COUNSEL, PEOPLE, lemma_of, represented
from kg.event_context import status_of
from kg.model import Event, Relation
from kg.act_sides import asked_nothing, judges_courts
from kg.petition_trial import ASKING as TRIAL_ASKING, trial_request

SUING = {"sue"}
FORUMS = {"Court", "GovernmentBody", "Organization"}  # where a case is taken
TAKING = {"take", "bring", "carry"}  # "took its case to <court>"
SEEKING = {"seek", "request", "demand", "claim"}  # "sought a ban on <X> from <court>": asked the court
CASE_WORDS = {"case", "complaint", "complaints", "fight", "dispute", "challenge", "appeal", "claim", "grievance",
              "battle", "lawsuit", "suit", "petition", "application", "communication"}  # (the last two: Strasbourg's
# and the UN Human Rights Committee's words for a complaint)
# verbs by which a court decides what a suit asked: "<X> sued, and <court> ordered ..."
DECIDING = {"order", "rule", "grant", "find", "side", "award", "uphold", "satisfy", "oblige", "ban", "block", "fine"}
# requests told without their addressee, answered by a court in the next clause: "<X> appealed, but <court> upheld
# the ruling" (verb -> its fine property)
ANSWERED = {"appeal": "appealedTo", "complain": "complainedTo", "challenge": "appealedTo", "contest": "appealedTo"}
# verbs by which a court answers a request: "... but <court> rejected it / upheld the ruling"
ANSWERING = DECIDING | {"reject", "dismiss", "overturn", "quash", "refuse", "deny", "annul", "cancel", "reverse"}
READ = SUING | TAKING | SEEKING | set(L.PETITION) | TRIAL_ASKING  # the verbs more_petitions reads
DEFENDANT_KINDS = {"Conviction", "Sentence", "Charge", "Detention", "CriminalCaseOpening", "Fine", "Acquittal"}
APPLICANT_NOUNS = {"applicant", "applicants", "complainant", "complainants"}
# courts that take applications: preferred in this order
APPLICATION_COURTS = ("european court of human rights", "constitutional court")


def more_petitions(ctx: Context, events: list[Event]) -> tuple[list[Event], list[Relation]]:
    """The article's events with the requests these shapes add (new ones, and told ones that gain the sides they
    lacked), and the petitioned relations they derive. (A request with a tense of its own after a modal one, "will
    challenge ... and has applied", is asserted by kg.event_context.status_of itself.)"""
    known = {e.trigger for e in events if e.kind in ("Petition", "Appeal") and (e.role("addressee") or e.role("court"))}
    found: list[tuple[Event, list[Relation]]] = []
    for verb in ctx.words.with_pos("VERB", "AUX"):
        lemma = lemma_of(verb)
        if lemma not in READ:  # (before the costlier tests, which have no side effect)
            continue
        if verb.pos_ not in ("VERB", "AUX") or not asserted(verb) or status_of(verb) != "Asserted":
            continue
        if (verb.idx, verb.idx + len(verb)) in known:
            continue
        if lemma in SUING:
            found += sued(ctx, verb)
        elif lemma in TAKING:
            found += taken_to(ctx, verb)
        if lemma in SEEKING:
            found += sought_from(ctx, verb)
        if lemma in L.PETITION:
            found += reported_request(ctx, verb, events) or defence_request(ctx, verb, events) \
                or forum_of_object(ctx, verb) or (answered(ctx, verb, lemma) if lemma in ANSWERED else [])
        if lemma in TRIAL_ASKING and (sides := trial_request(ctx, verb, events, defendants_of(ctx, events)))[0]:
            found += petition(ctx, verb, *sides, L.PETITION.get(lemma, ("petitioned",))[0], "trial_request", 0.6)
    found += applicants(ctx)
    by_id, relations = {e.id: e for e in events}, []
    for event, derived in found:
        told = by_id.get(event.id)
        if told is not None:  # a told request gains the sides it lacked
            if told.status != "Asserted" or set(told.roles) >= set(event.roles):
                continue
            event = replace(told, roles=tuple(dict.fromkeys([*told.roles, *event.roles])))
        by_id[event.id] = event
        relations += [replace(r, event=event.id) for r in derived]
    return list(by_id.values()), relations


def petition(ctx: Context, verb: Token, askers: list, addressees: list, prop: str, name: str, conf: float = 0.65):
    addressees = judges_courts(ctx, addressees)  # "asked Judge <Z> of <court>": the court
    pairs = [(a, b) for a in askers for b in addressees if a.entity != b.entity]
    if not pairs:
        return []
    kind = "Appeal" if prop == "appealedTo" and any(b.type == "Court" for b in addressees) else "Petition"
    roles = tuple(dict.fromkeys([("agent", a.entity) for a in askers] + [("addressee", b.entity) for b in addressees]
                                + [("court", b.entity) for b in addressees if kind == "Appeal" and b.type == "Court"]))
    spans = [span_of(verb), *(span_of(m) for m in askers + addressees)]
    unasked = {("addressee", b.entity) for b in addressees if asked_nothing(ctx, verb, b)}  # "the arrest of <X>"
    roles = tuple(r for r in roles if r not in unasked)
    event = Event(kind, roles, span_of(verb), evidence(ctx, f"event.{name}.v1", conf, *spans))
    derived = [Relation(a.entity, prop, b.entity, evidence(ctx, f"relation.{name}.v1", conf, span_of(a), span_of(verb),
                                                             span_of(b))) for a, b in pairs
               if ("addressee", b.entity) not in unasked]
    return [(event, derived)]


def named(ctx: Context, token: Token, types=ACTORS) -> list:
    return [m for t in (token, *token.conjuncts) if (m := ctx.head_mention(t, types))]


# --- suing ------------------------------------------------------------------------------------------------------

def sued(ctx: Context, verb: Token):
    """'<X> sued <Y> in the Moscow Arbitration Court', '<X> sued, and <court> ordered <Y> to ...'."""
    asking = askers(ctx, verb)
    courts = [m for h in (verb, *(c for c in children(verb) if c.dep_ == "dobj")) for p in children(h)  # (the phrase
              if p.dep_ == "prep" and p.lower_ in ("in", "at", "before", "with")  # hung on the one sued too)
              for o in children(p) if o.dep_ == "pobj" for m in named(ctx, o, {"Court"})]
    return petition(ctx, verb, asking, courts or answering_courts(ctx, verb, DECIDING), "petitioned", "sued")


def answering_courts(ctx: Context, verb: Token, verbs: set[str]) -> list:
    """The court that is the subject of a clause coordinated with the request ('..., and <court> ordered')."""
    return [m for c in children(verb) if c.dep_ == "conj" and lemma_of(c) in verbs and asserted(c)
            for s in children(c) if s.dep_ == "nsubj" for m in named(ctx, s, {"Court"})]


def answered(ctx: Context, verb: Token, lemma: str):
    """'<X> appealed, but <court> upheld the ruling': a request without a named addressee of its own, answered by a
    court in the coordinated clause, went to that court."""
    if any(p.dep_ == "prep" and p.lower_ in ("to", "with", "in", "at", "before") for p in children(verb)):
        return []  # its own addressee phrase: read by kg.events
    return petition(ctx, verb, askers(ctx, verb), answering_courts(ctx, verb, ANSWERING), ANSWERED[lemma],
                    "answered")


# --- a case taken to a court, a court hung on what is contested ----------------------------------------------------

def taken_to(ctx: Context, verb: Token):
    """'<X> took its case to the European Court of Human Rights', 'brought the complaint before <court>'."""
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in CASE_WORDS for c in children(verb)):
        return []
    forums = [m for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("to", "before") for o in children(p)
              if o.dep_ == "pobj" for m in named(ctx, o, FORUMS)]  # (a UN committee is an organisation)
    return petition(ctx, verb, askers(ctx, verb), forums, "petitioned", "taken_to")


def forum_of_object(ctx: Context, verb: Token):
    """'<X> appealed against the verdict to <court>', 'complained about the ban to <body>', 'filed for bankruptcy with
    <court>': the addressee's phrase hung on what is contested or asked for (the verb's own phrase is read by
    kg.events); counsel ask for their client ('Navalny's lawyers appealed the verdict to <court>')."""
    prop, preps = L.PETITION[lemma_of(verb)]
    if not preps or any(p.dep_ == "prep" and p.lower_ in preps for p in children(verb)):
        return []
    contested = [o for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("against", "about", "over", "for")
                 for o in children(p) if o.dep_ == "pobj"] + [c for c in children(verb) if c.dep_ == "dobj"]
    forums = [m for o in contested for p in children(o) if p.dep_ == "prep" and p.lower_ in preps
              for x in children(p) if x.dep_ == "pobj" for m in named(ctx, x, STATE)]
    return petition(ctx, verb, askers(ctx, verb), forums, prop, "forum_of_object") if forums else []


def sought_from(ctx: Context, verb: Token):
    """'The ministry sought a ban on the group from the Supreme Court', 'Prosecutors requested his arrest from the
    Basmanny court', 'demanded compensation from Google': the one a thing is sought from was asked for it."""
    phrases = [p for h in (verb, *(c for c in children(verb) if c.dep_ == "dobj")) for p in children(h)
               if p.dep_ == "prep" and p.lower_ == "from"]
    forums = [m for p in phrases for o in children(p) if o.dep_ == "pobj" for m in named(ctx, o, ACTORS)]
    return petition(ctx, verb, askers(ctx, verb), forums, "petitioned", "sought_from") if forums else []


def askers(ctx: Context, verb: Token) -> list:
    """Who asks: the subject, or the client of counsel as the subject ('Navalny's lawyers appealed ...')."""
    return subjects(ctx, verb, ACTORS) or represented(ctx, verb)


# --- a request coordinated into a reported clause -------------------------------------------------------------

def addressees_of(ctx: Context, verb: Token) -> list:
    prop, preps = L.PETITION[lemma_of(verb)]
    if preps:
        return [m for p in children(verb) if p.dep_ == "prep" and p.lower_ in preps for o in children(p)
                if o.dep_ == "pobj" for m in named(ctx, o)]
    return [m for c in children(verb) if c.dep_ == "dobj" for m in named(ctx, c)]


def reported_request(ctx: Context, verb: Token, events: list[Event]):
    """'<X> said the closure showed that the authorities had a lot to hide and called on <Y> to reverse it'."""
    if verb.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in children(verb)):
        return []
    first = verb.head
    if any(named(ctx, c) for c in children(first) if c.dep_.startswith("nsubj")):
        return []  # the clause's own subject asks
    speech = next((a for a in ancestors(first) if lemma_of(a) in L.SPEECH and a.pos_ == "VERB"), None)
    if speech is None:
        return []
    askers = [m for c in children(speech) if c.dep_ == "nsubj" for m in named(ctx, c)]
    prop = L.PETITION[lemma_of(verb)][0]
    return petition(ctx, verb, askers, addressees_of(ctx, verb), prop, "reported_request")


# --- a request with a tense of its own after a modal one -----------------------------------------------------------

# --- counsel without a named client ----------------------------------------------------------------------------

def defence_request(ctx: Context, verb: Token, events: list[Event]):
    """'The defence appealed to the republic's Supreme Court': the article's one defendant asked."""
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in COUNSEL or ctx.head_mention(subject) is not None:
        return []
    if any(c.dep_ in ("poss", "prep") for c in children(subject)):
        return []  # "Memorial's lawyers", "lawyers for X": kg.events reads whom they act for
    defendants = defendants_of(ctx, events, verb.idx)
    if len(defendants) != 1:
        return []
    key = next(iter(defendants))
    client = [m for m in ctx.mentions if m.entity == key and m.start < verb.idx][-1:]
    prop = L.PETITION[lemma_of(verb)][0]
    return petition(ctx, verb, client, addressees_of(ctx, verb), prop, "defence_request", 0.6)


def defendants_of(ctx: Context, events: list[Event], before: int | None = None) -> set:
    """The persons the article's asserted convictions, sentences, charges or detentions (told before `before`) are of."""
    return {k for e in events if e.status == "Asserted" and e.kind in DEFENDANT_KINDS
            and (before is None or e.trigger[0] < before)
            for k in e.role("defendant") if getattr(ctx.entities.get(k), "type", "") == "Person"}


# --- applicants ----------------------------------------------------------------------------------------------

def application_court(ctx: Context) -> list:
    courts = {m.entity: m for m in ctx.mentions if m.type == "Court"}
    for name in APPLICATION_COURTS:
        chosen = {k: m for k, m in courts.items() if name in ctx.entities[k].label.lower()}
        if len(chosen) == 1:
            return list(chosen.values())
        if chosen:
            return []
    return []


def listed(ctx: Context, phrase: Token) -> list:
    """The names a list phrase enumerates: its items, never a name inside an item ('the local organisation of
    <Org> in Taganrog' is not <Org>)."""
    items = [t for t in phrase.subtree if t is phrase or t.dep_ in ("conj", "appos")]
    found = [m for t in items if (m := ctx.at(t)) is not None and m.type in PEOPLE]
    return list({m.entity: m for m in found}.values())


def applicants(ctx: Context):
    """'The applicants are <X>, <Y> ...', '<X> was among the applicants', '<X>, one of the applicants'."""
    found = []
    for noun in ctx.words.with_lower(APPLICANT_NOUNS):
        verb = noun.head
        names = []
        if noun.dep_ == "nsubj" and lemma_of(verb) == "be" and asserted(verb):
            names = [m for c in children(verb) if c.dep_ in ("attr", "acomp") for m in listed(ctx, c)]
        elif noun.dep_ == "pobj" and verb.lower_ in ("among", "of") and verb.head.lemma_.lower() in ("be", "one"):
            copula = verb.head if verb.head.lemma_.lower() == "be" else verb.head.head
            if lemma_of(copula) == "be" and asserted(copula):
                names = [m for c in children(copula) if c.dep_ == "nsubj" for m in named(ctx, c, PEOPLE)]
        courts = application_court(ctx) if names else []
        found += petition(ctx, verb, names, courts, "petitioned", "applicants", 0.6)
    return found
