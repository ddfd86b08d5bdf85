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
  event.case_closure.v1 "<body> closed the case against <person>", "the charges against <person> were dropped"
  event.restriction.v1  "<body> blocked/banned/designated/liquidated <target>"
  event.legislation.v1  "<actor> passed/signed/issued <law or ruling>", "a law passed by/in <body>", "Both passed
                        the Duma and were approved by the Federation Council" (relation.passed_body.v1: the act
                        passed the chamber; plural anaphors through kg.coref)
  event.penalty_imposed.v1  "The fine was imposed by <court> under <provision>" on the one the article's latest
                        fine fell on; "<court> imposed a fine on <X>" (relation.penalty_imposed.v1)
  event.in_force.v1     "<law> entered into force / took effect"
  event.ordered.v1      "<court> ordered the liquidation of <org>", "the blocking of A and B, ordered by <body>"
  event.petition.v1     "<actor> asked/petitioned/called on/appealed to <actor>, <actor> and <actor>"
  event.named_targets.v1 "<body> said it had blocked six more services. Roskomnadzor named A, B and C" (kg.event_named)
  event.case_brought.v1 "<X> brought the case", "the suit was brought by <X>": X petitioned the court (kg.event_cases)
  event.appeal.v1       "<actor> appealed <ruling> / against <ruling> [to <court>]"
  event.speech.v1       "<actor> said/claimed/denied ..."
  event.used_against.v1 "<law> was used against <X>": X charged under it
  event.previous_court.v1 "<court> found A guilty ... B was convicted of ...": a passive court action with no actor
                        is the court's of the action just before (kg.event_carry.previous_court)

More shapes live in their own modules: kg.event_imposed (a penalty told by its noun), kg.event_companions
(co-defendants, counted names, the person beside a role noun), kg.event_upheld (a higher court on a sentence),
kg.event_added (charges told by a noun), kg.event_ignored (requests and warnings told by who got them),
kg.event_licence (a licence lost), kg.event_pronouns ('its' after a request), kg.event_asked_for (asked for an act
told as done), kg.event_charges (who is charged or sanctioned when the parse hides them: small clauses, "the first
person to be prosecuted under", "if convicted", a court's ruling behind a blocking, a register named before).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.doc_tables import children
from kg.model import Event, Relation
from kg.coref_mentions import relative_clause_of
from kg.coref_words import ISSUING_VERBS
from kg.event_acts import handed_rulings, relative_amendment
from kg.act_sides import (asked_nothing, case_closed, judges_courts, may_issue, may_sanction, not_a_request,
                          passive_request)
from kg.event_added import added_charges, falling_charges, under_negated_verb
from kg.event_cases import LODGED_EVENT, cases_brought
from kg.event_charges import describing, register_label, ruling_courts
from kg.event_companions import apposed_person, companions, counted_names, subject_examples
from kg.event_counted import counted_lists
from kg.event_custody import extended_custody, imposed_custody
from kg.event_listed import on_registers
from kg.event_asked import asked_relations
from kg.event_asked_for import asked_for_acts
from kg.event_carry import (approval_of, carried_court, definite_case, described_courts, elided_bases, own_court,
                            previous_court, pronoun_act, reading_in, rubber_stamp, same_case, same_charge,
                            same_provision)
from kg.event_build import CHARGE_OF, make
from kg.event_fill import fill_events
from kg.event_imposed import imposed
from kg.event_on_trial import on_trial
from kg.event_ignored import issued_warnings, received_requests, received_warnings
from kg.event_licence import lost_licences
from kg.event_parses import PROSECUTING, background_act, imprisoning, lifted_by
from kg.event_named import answered_targets, included_targets, named_targets
from kg.event_orphans import deciding_court_rulings
from kg.event_nominal import nominal_events
from kg.event_received import changed_penalties, received_penalties
from kg.event_surface import apposed_participle, shifted_names, surface_events
from kg.event_pronouns import requested_owner
from kg.event_upheld import rejected_appeals, upheld_sentences
from kg.event_nouns import action_objects, granted_action, ordered_actions
from kg.event_requests import decided_by, other_owner, petitioners, verb_read_as_noun
from kg.event_links import link_rulings
from kg.event_context import clause_text, place_of, source_of, status_of, when_of
from kg.penalties import penalty_in
from kg.event_reach import appealed_to, list_keeper, reviewing_only
from kg.event_removals import delisted, seized
from kg.event_labels import designation_words
from kg.event_trial import other_item
from kg.event_actors import (PEOPLE, agents_of, chamber_of_members, courts_of, lemma_of, only, represented,
                             swallowed_agents, targets_of, that_clause_subjects)
from kg.arguments import (ACTORS, Context, evidence, is_passive, legal_bases, nameless_agent, objects, prep_objects,
                          span_of, subjects)
from kg.vocab import base_of

COURT_KINDS = L.VERDICT_KINDS
CARRIED_COURT = "event.previous_court.v1"  # a passive court action whose court is the one of the action before
ACTS = {"Law", "Ruling"}
LEGAL_ACTS = {"Law", "LegalProvision"}
SPEECH_KINDS = set(L.SPEECH.values())
DESIGNATIONS = L.DESIGNATION_LABELS


def extract_events(ctx: Context, timexes=(), known=()) -> tuple[list[Event], list[Relation]]:
    """Every event of the article, and the relations derived from the asserted ones.

    `known` are the article's other relations: a judge's role tells which court acts.
    """
    relations_known = list(known)
    ctx.judges = {r.subject: r.object for r in relations_known
                  if base_of(r.predicate) == "roleIn" and getattr(ctx.entities.get(r.object), "type", "") == "Court"}
    ctx.issuers = {r.object: r.subject for r in relations_known if base_of(r.predicate) == "issued"}
    events: dict[str, Event] = {}
    relations: list[Relation] = []
    for verb in ctx.words.with_pos("VERB", "AUX"):
        for event, derived in read_verb(ctx, verb, list(events.values())):
            event = finish(ctx, verb, event, timexes)
            if event.id in events:
                continue
            events[event.id] = event
            if event.status == "Asserted":
                relations += [replace(r, event=event.id) for r in derived]
                ctx.issuers.update({r.object: r.subject for r in derived if base_of(r.predicate) == "issued"})
    earlier = list(events.values())
    for event, derived, verb in [*requests(ctx), *cases_brought(ctx), *ordered_actions(ctx), *named_targets(ctx),
                                 *answered_targets(ctx), *nominal_events(ctx), *received_penalties(ctx),
                                 *changed_penalties(ctx), *surface_events(ctx), *counted_lists(ctx),
                                 *upheld_sentences(ctx, earlier), *rejected_appeals(ctx),
                                 *included_targets(ctx, earlier), *received_requests(ctx), *received_warnings(ctx),
                                 *issued_warnings(ctx), *lost_licences(ctx), *on_trial(ctx), *on_registers(ctx)]:
        event = finish(ctx, verb, event, timexes) if verb is not None else event
        if event.evidence.rule == LODGED_EVENT and told_by_noun(event, events.values()):
            continue
        if event.id not in events:
            events[event.id] = event
            if event.status == "Asserted":
                relations += [replace(r, event=event.id) for r in derived]
    relations += fill_events(ctx, events) + asked_relations(ctx, events) + added_charges(ctx, events)
    relations += falling_charges(ctx, events) + asked_for_acts(ctx, events)
    linked_events, linked = link_rulings(ctx, list(events.values()), relations, known=relations_known)
    return linked_events, linked + deciding_court_rulings(ctx, linked, relations_known, linked_events)


def told_by_noun(event, events) -> bool:
    """The same petition (its asker and addressee) already told by its request noun ("a lawsuit filed by <X>")."""
    return any(e.evidence.rule == "event.request_noun.v1" and set(e.roles) == set(event.roles) for e in events)


def guilty_words(verb: Token) -> list[Token]:
    """'guilty' in 'found X guilty', also where the parser hangs it on the object or on the object's apposition
    ('found Telegram Messenger LLP, the company named in the case, guilty under ...')."""
    found = []
    for child in children(verb):
        for word in (child, *children(child)):
            if word.lower_ == "guilty":
                found.append(word)
            elif word.dep_ == "appos" and child.dep_ == "dobj":
                found += [t for t in children(word) if t.lower_ == "guilty"]
    return found


def read_verb(ctx: Context, verb: Token, earlier: list[Event] = ()):
    lemma = lemma_of(verb)
    if verb.lemma_.lower() in L.IMPOSE or verb.dep_ == "acl":  # (also "the sentence handed to X by <court>")
        yield from imposed(ctx, verb, earlier)
    if lemma == "find" and guilty_words(verb):
        yield from proceeding(ctx, verb, "Conviction", "convicted", earlier)
    if lemma in L.ORDER:
        yield from ordered(ctx, verb)
    if lemma in L.PROCEEDING:
        yield from proceeding(ctx, verb, *L.PROCEEDING[lemma], earlier)
    if lemma in L.RESTRICTION:
        yield from restriction(ctx, verb, lemma, *L.RESTRICTION[lemma])
    if lemma in L.LEGISLATION:
        yield from legislation(ctx, verb, *L.LEGISLATION[lemma], earlier)
    yield from handed_rulings(ctx, verb, earlier, legislation)
    if lemma in L.IN_FORCE:
        yield from in_force(ctx, verb, L.IN_FORCE[lemma])
    if lemma in L.PETITION:
        yield from petition(ctx, verb, *L.PETITION[lemma])
    if lemma in L.DIRECTING and directive(verb):  # "told <X> to remove ...": asked, not only told
        yield from petition(ctx, verb, "petitioned", ())
    elif lemma in L.SPEECH:
        yield from speech(ctx, verb, L.SPEECH[lemma])
    if lemma in L.USE_AGAINST:
        yield from used_against(ctx, verb)
    yield from extended_custody(ctx, verb)  # "extended Gershkovich's detention" (kg.event_custody)
    yield from imposed_custody(ctx, verb)  # "under house arrest, imposed by <court>" (kg.event_custody)
    yield from delisted(ctx, verb)  # "struck X off its register" (kg.event_removals)
    yield from seized(ctx, verb)  # "the account of X was frozen by the bailiffs"


def used_against(ctx: Context, verb: Token):
    """'The law was used against the activist <X>', '<body> applied Article 282 against <X>': X was charged under
    it (and the body, when named, prosecuted X)."""
    acts = objects(ctx, verb, ("nsubjpass", "dobj"), LEGAL_ACTS)
    targets = prep_objects(ctx, verb, ("against",), PEOPLE)
    if not (acts and targets):
        return
    agents = agents_of(ctx, verb)
    roles = [("agent", a) for a in agents] + [(r, t) for t in targets for r in ("defendant", "target")]
    roles += [("legalBasis", a) for a in acts]
    derived = [Relation(t.entity, "chargedUnder", a.entity, evidence(ctx, "relation.used_against.v1", 0.7,
                                                                      span_of(a), span_of(verb), span_of(t)))
               for t in targets for a in acts]
    derived += [Relation(a.entity, "prosecuted", t.entity, evidence(ctx, "relation.used_against.v1", 0.7,
                                                                     span_of(a), span_of(verb), span_of(t)))
                for t in targets for a in agents]
    yield make(ctx, "Charge", verb, roles, "event.used_against.v1", 0.7), derived


# --- court and police actions ----------------------------------------------------------

def picked_up(ctx: Context, verb: Token, targets: list) -> bool:
    """'The FSB picked up <X>', '<X> was picked up': "pick up" with people as its object, by a state body or by no
    one named (not "<Y> picked up his daughter <X>", nor "picked up the prize")."""
    if not any(c.dep_ == "prt" and c.lower_ == "up" for c in children(verb)) or not targets or \
            any(t.type != "Person" for t in targets):
        return False
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    by = next((o for p in children(verb) if p.dep_ == "agent" for o in children(p) if o.dep_ == "pobj"), None)
    actor = subject if subject is not None else by
    return actor is None or getattr(ctx.head_mention(actor, ACTORS), "type", None) == "GovernmentBody"


def proceeding(ctx: Context, verb: Token, kind: str, prop: str | None, earlier=()):
    rule, conf = "event.proceeding.v1", 0.8
    if verb.lemma_.lower() in ("open", "launch", "initiate", "institute"):
        if not any(c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in L.CASE_NOUNS or elided_case(c))
                   for c in children(verb)):
            return
        rule, conf = "event.case_opening.v1", 0.75
    if verb.lemma_.lower() in L.CLOSING:
        if not closes_case(verb):
            return
        rule, conf = "event.case_closure.v1", 0.75
    if verb.lemma_.lower() in L.CUSTODY_VERBS and imprisoning(verb):  # "sent X to a penal colony for seven years"
        kind, prop = "Sentence", "convicted"
    elif verb.lemma_.lower() in L.CUSTODY_VERBS and not custody(verb):
        return
    targets, agents = targets_of(ctx, verb), described_courts(ctx, verb, agents_of(ctx, verb))  # not "a court in X"
    if verb.lemma_.lower() in L.PICK_UP and not picked_up(ctx, verb, targets):
        return
    targets += [m for m in counted_names(ctx, verb) if m not in targets]
    if not targets and any(c.dep_ == "nsubjpass" for c in children(verb)):  # "Protesters, among them X, were"
        targets = subject_examples(ctx, verb)
    targets += companions(ctx, verb, targets)
    bases = legal_bases(ctx, verb)
    for guilty in guilty_words(verb):
        bases += [b for t in children(guilty) if t.dep_ == "prep" for b in legal_bases(ctx, t) if b not in bases]
    bases = [b for b in bases if not under_negated_verb(ctx, verb, b)]
    bases = bases or elided_bases(ctx, verb) or same_provision(ctx, verb) or same_case(ctx, verb, earlier) or \
        same_charge(ctx, verb)
    if not (targets or bases or agents and rule in ("event.case_opening.v1", "event.case_closure.v1")
            and definite_case(verb)):
        return  # (an actor opening "the case" is kept: kg.event_fill finds whose case it is)
    if verb.lemma_.lower() == "accuse" and not (bases or any(PROSECUTING.search(ctx.entities[a.entity].label)
                                                             for a in agents if a.type == "GovernmentBody")):
        # "X has been accused of ...", "The ministry accused the group of violating its charter": a claim
        kind, prop, rule, conf = "Allegation", None, "event.accusation.v1", 0.6
    court_kind = kind in COURT_KINDS or verb.lemma_.lower() in L.COURT_CUSTODY
    if not agents and court_kind and only(ctx, "Court") and not unnamed_actor(ctx, verb) and not describing(verb) \
            and not (own_court(ctx, verb) and carried_court(ctx, verb, only(ctx, "Court").entity)) \
            and not background_act(verb, kind) \
            and not appealed_to(ctx, only(ctx, "Court").entity) and not reviewing_only(ctx, only(ctx, "Court").entity) \
            and not other_item(ctx, verb.idx, only(ctx, "Court").entity):
        # (not "... can be appealed to <court>", nor "<court> later upheld the sentence")
        agents, conf = [only(ctx, "Court")], conf - 0.15  # the one court the article names
    if not agents and court_kind and is_passive(verb) and not background_act(verb, kind):
        agents = previous_court(ctx, verb, earlier, COURT_KINDS, kind)  # "A was found guilty ... B was convicted"
        rule, conf = (CARRIED_COURT, conf - 0.15) if agents else (rule, conf)
    agents = [a for a in agents if may_sanction(a)]  # not the ECHR "the court" seemed to mean (kg.act_sides)
    roles = [("agent", a) for a in agents] + [("court", c) for c in courts_of(ctx, verb, agents)]
    roles += [(r, t) for t in targets for r in ("defendant", "target")] + [("legalBasis", b) for b in bases]
    event = make(ctx, kind, verb, roles, rule, conf if agents else conf - 0.05)
    derived = []
    for i, target in enumerate(targets):
        if prop:
            derived += [Relation(a.entity, prop, target.entity,
                                 evidence(ctx, "relation.sanction_verb.v1", 0.8, span_of(a), span_of(verb),
                                          span_of(target))) for a in agents]
        derived += [Relation(target.entity, CHARGE_OF.get(prop, "chargedUnder"), b.entity,
                             evidence(ctx, "relation.charged_under_verb.v1", 0.8, span_of(target), span_of(verb),
                                      span_of(b))) for b in respective(verb, targets, bases, i)]
    yield event, derived


def respective(verb: Token, targets: list, bases: list, i: int) -> list:
    """The bases of the i-th target: 'convicted A of X and B of Y, under Articles 282 and 275 respectively' pairs
    them in order; else every basis is each target's."""
    if len(targets) == len(bases) > 1 and any(t.lower_ == "respectively" for t in verb.sent):
        rank = sorted(range(len(targets)), key=lambda j: targets[j].start).index(i)
        return [sorted(bases, key=lambda m: m.start)[rank]]
    return bases


def custody(verb: Token) -> bool:
    """'placed him in custody', 'sent X to pre-trial detention' (also when the parser takes 'to pre-trial' for an
    infinitive and the noun for an object: the phrase then starts with the preposition)."""
    kept = verb.lemma_.lower() in ("keep", "hold")  # "kept him behind bars until August": custody goes on
    return any(c.dep_ == "prep" and c.lower_ in L.CUSTODY_PREPS and any(
        o.lemma_.lower() in L.CUSTODY_NOUNS for o in children(c)) or c.dep_ == "dobj"
        and c.lemma_.lower() in L.CUSTODY_NOUNS and c.left_edge.lower_ in L.CUSTODY_PREPS
        or kept and c.dep_ == "prep" and c.lower_ == "behind" and any(o.lower_ == "bars" for o in children(c))
        for c in children(verb))


def unnamed_actor(ctx: Context, verb: Token) -> bool:
    """'A Kostroma justice of the peace fined the centre, and its director was fined': the coordinated clause
    names its actor without a name; that is not the article's one court."""
    for v in (verb, verb.head) if verb.dep_ == "conj" else (verb,):
        subject = next((c for c in children(v) if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ == "NOUN" and ctx.head_mention(subject) is None:
            return True
    return nameless_agent(ctx, verb)  # "X had been fined by the police": an actor without a name


def closes_case(verb: Token) -> bool:
    """'dropped the charges against X', 'the case against her was closed', 'terminated the criminal
    proceedings': the verb's object (or passive subject) is a case or its charges."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ in L.CLOSED_NOUNS for c in children(verb))


def elided_case(token: Token) -> bool:
    """'it opened another against X': 'another' stands for a case noun of this or the sentence before."""
    if token.lower_ not in ("another", "one"):
        return False
    sent = token.sent
    start = token.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    return any(t.lower_ in L.CASE_NOUNS for t in token.doc[start:token.i])


def restriction(ctx: Context, verb: Token, lemma: str, kind: str, prop: str):
    if kind == "Liquidation" and case_closed(verb):  # "closed the case"
        return
    if kind == "Designation":
        words = designation_words(verb, lemma)
        if re.search(L.DUTY_REGISTERS, words, re.I):
            return  # a register of those a law obliges (audiovisual services), not a designation
        if lemma in L.LABEL_COMPLEMENT and not any(pattern.search(words) for pattern, _ in DESIGNATIONS):
            return
        kind = next((k for pattern, k in DESIGNATIONS if pattern.search(words)), None)
        if kind is None and lemma in L.NEEDS_LABEL and not re.search(L.LIST_WORDS, words, re.I):
            kind = register_label(ctx, verb)  # "<X> was listed in January", on the register named before
            if kind is None:
                return
        kind = kind or "Designation"
    targets = targets_of(ctx, verb, PEOPLE | {"GovernmentBody"} if kind != "Liquidation" else PEOPLE)
    if not targets and "Designation" in kind:  # "added to its register of foreign agents A, B and C"
        targets = shifted_names(ctx, verb) or apposed_participle(ctx, verb)  # "X, labelled a foreign agent, ..."
    if not targets or lemma == "cut" and not any(c.dep_ == "prt" and c.lower_ == "off" for c in children(verb)):
        return
    targets += companions(ctx, verb, targets)  # "entered <X> in its register, together with <Y>"
    agents, bases = agents_of(ctx, verb) or list_keeper(ctx, verb) or lifted_by(ctx, verb), legal_bases(ctx, verb)
    agents = [a for a in agents if may_sanction(a)]  # not the ECHR "the court" seemed to mean (kg.act_sides)
    ordering = [c for c in ruling_courts(ctx, verb) if c not in agents]  # "on the basis of a ruling by <court>"
    roles = [("agent", a) for a in agents] + [("court", c) for c in courts_of(ctx, verb, agents) + ordering]
    roles += [("target", t) for t in targets] + [("legalBasis", b) for b in bases]
    derived = [Relation(a.entity, prop, t.entity, evidence(ctx, "relation.sanction_verb.v1", 0.8, span_of(a),
                                                           span_of(verb), span_of(t)))
               for t in targets for a in agents + ordering if a.entity != t.entity]
    yield make(ctx, kind, verb, roles, "event.restriction.v1", 0.8 if agents else 0.7), derived


def ordered(ctx: Context, verb: Token):
    """'<court> ordered the liquidation of <org>': the action named by the object noun."""
    for noun in (granted_action(c) for c in children(verb) if c.dep_ in ("dobj", "nsubjpass")):
        if noun.lemma_.lower() not in L.NOMINAL:
            continue
        kind, prop = L.NOMINAL[noun.lemma_.lower()]
        targets = requested_owner(ctx, verb, noun) or action_objects(ctx, noun)
        if not targets:
            continue
        agents = agents_of(ctx, verb)
        rulings = subjects(ctx, verb, {"Ruling"})
        roles = [("agent", a) for a in agents] + [("court", c) for c in courts_of(ctx, verb, agents)]
        roles += [("target", t) for t in targets] + [("ruling", r) for r in rulings]
        derived = [Relation(a.entity, prop, t.entity, evidence(ctx, "relation.sanction_verb.v1", 0.75, span_of(a),
                                                               span_of(noun), span_of(t)))
                   for t in targets for a in agents]
        derived += [Relation(r.entity, "targets", t.entity, evidence(ctx, "relation.ruling_orders.v1", 0.75,
                                                                      span_of(r), span_of(t)))
                    for r in rulings for t in targets]
        yield make(ctx, kind, noun, roles, "event.ordered.v1", 0.75), derived


def requests(ctx: Context):
    """Requests named by a noun: '<court> granted a lawsuit filed by <X>', '<X>'s appeal was rejected by
    <court>', '<body> blocked <Y> at the request of <X>'. Yields (event, derived, the deciding verb)."""
    for noun in ctx.words.with_lemma(L.REQUEST_NOUNS):
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in L.REQUEST_NOUNS:
            continue
        askers = petitioners(ctx, noun)
        addressees, verb = decided_by(ctx, noun)
        if not askers and (misread := verb_read_as_noun(ctx, noun)):  # "The Office demands that X restrict ..."
            askers, addressees, verb = *misread, None
        if askers and {x.entity for x in askers} <= {a.entity for a in addressees if a.type == "Court"}:
            askers = other_owner(ctx, noun) or askers  # "<court> rejected its appeal": not the court's own
        addressees = [a for a in addressees if a.entity not in {x.entity for x in askers}]
        if not (askers and addressees):
            continue
        prop = L.REQUEST_NOUNS[lemma]
        kind = "Appeal" if prop == "appealedTo" and any(a.type == "Court" for a in addressees) else "Petition"
        roles = [("agent", a) for a in askers] + [("addressee", a) for a in addressees]
        roles += [("court", a) for a in addressees if a.type == "Court" and kind == "Appeal"]
        derived = [Relation(a.entity, prop, b.entity, evidence(ctx, "relation.request_noun.v1", 0.7, span_of(a),
                                                               span_of(noun), span_of(b)))
                   for a in askers for b in addressees]
        yield make(ctx, kind, noun, roles, "event.request_noun.v1", 0.7), derived, verb


# --- legislation -------------------------------------------------------------------------

def relative_partner(ctx: Context, verb: Token) -> list:
    """'<law>, which the Duma had passed and the Council had approved': the noun the relative clause the verb is
    coordinated with describes (kg.coref_mentions.relative_clause_of)."""
    rel = relative_clause_of(verb)
    return [m for m in [ctx.head_mention(rel.head, ACTS)] if m] if rel is not None else []


def zero_relative(verb: Token) -> bool:
    """'a warning the prosecutors issued to X': a relative clause with no pronoun, its subject named and its object
    the noun it hangs on."""
    return verb.dep_ == "relcl" and any(c.dep_ == "nsubj" for c in children(verb)) and not any(
        c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") or c.tag_ in ("WDT", "WP") for c in children(verb))


def legislation(ctx: Context, verb: Token, kind: str, prop: str | None, earlier=()):
    if verb.lemma_.lower() == "stamp" and not rubber_stamp(verb):
        return
    if verb.lemma_.lower() in L.REPORTING_ONLY and any(c.dep_ == "dobj" and c.pos_ == "PRON" for c in children(verb)):
        return  # "the ministry enters the item on the list and publishes it": what "it" is, is too unsure to issue
    acts = approval_of(ctx, verb) if verb.lemma_.lower() == "give" and kind != "Decision" else \
        objects(ctx, verb, ("dobj", "nsubjpass"), ACTS) or approval_of(ctx, verb)
    # "Putin signed it as Federal Law No. 135-FZ": the name the act was given is what was signed
    acts = [m for m in prep_objects(ctx, verb, ("as",), {"Law"})] or acts
    if not acts:  # "passed in its third reading a bill that ...": the act misparsed into the 'reading' phrase
        acts = [m for p in children(verb)
                if p.dep_ in ("prep", "advcl") and any(t.lower_ in ("reading", "readings") for t in p.subtree)
                for m in ctx.within(p, ACTS)]
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN" or zero_relative(verb):  # "a law passed by the Duma",
        acts = [m for m in [ctx.head_mention(verb.head, ACTS)] if m]  # "a warning the prosecutors issued to X"
    elif participle_conj(verb):  # "That law, adopted by the Duma in July and signed by Putin on July 29"
        acts = [m for m in [ctx.head_mention(verb.head.head, ACTS)] if m]
    elif (amended := relative_amendment(ctx, verb)) is not None:  # "an amendment to <law> that Putin signed"
        acts = amended
    elif trailing_participle(verb):  # "Putin signed <law>, passed by parliament in a day": the object it follows
        acts = [m for c in children(verb.head) if c.dep_ == "dobj" and (m := ctx.at(c)) and m.type in ACTS]
    shared = shared_subject(verb)
    if not acts and shared is not None and verb.tag_ == "VBN":  # "<law> passed the Duma and was approved by ..."
        acts = ctx.head_mentions(shared, ACTS)
    acts = acts or pronoun_act(ctx, verb, earlier)  # "The Duma had adopted it": the act signed just before
    acts = acts or relative_partner(ctx, verb)  # "<law>, which the Duma had passed and the Council had approved"
    if not acts and verb.lemma_.lower() in L.PASSED_THROUGH:  # "The bill passed the Duma": the Duma adopted it
        acts = subjects(ctx, verb, ACTS) or (ctx.head_mentions(shared, ACTS) if shared is not None else [])
        agents = objects(ctx, verb, ("dobj",), {"GovernmentBody"}) or reading_in(ctx, verb)
        yield from adopted(ctx, verb, kind, prop, agents, acts)
        return
    if not acts:
        return
    agents = subjects(ctx, verb, ACTORS)
    if not agents:  # "On 26 June the plenum of <court>, the assembly ..., adopted"
        agents = swallowed_agents(ctx, verb, ACTORS)
    if not agents and kind == "Adoption":  # "the law passed in the State Duma", "Deputies passed it"
        agents = prep_objects(ctx, verb, ("in",), {"GovernmentBody"}) or chamber_of_members(ctx, verb)
    roles = [("agent", a) for a in agents] + [("legalAct", a) for a in acts]
    roles += [("court", a) for a in agents if a.type == "Court"]
    if kind == "Amendment":
        roles = [("agent", a) for a in agents] + [("target", a) for a in acts]
    issuers = [a for a in agents if may_issue(a, acts, verb)]  # "Meduza published the ruling": not its issuer
    derived = [Relation(a.entity, prop, act.entity, evidence(ctx, "relation.issued_verb.v1", 0.85, span_of(a),
                                                             span_of(verb), span_of(act)))
               for a in issuers for act in acts] if prop else []
    event = make(ctx, kind, verb, roles, "event.legislation.v1", 0.8 if agents else 0.65)
    unissuing = {("agent", a.entity) for a in agents if a not in issuers}
    yield replace(event, roles=tuple(r for r in event.roles if r not in unissuing)), derived


def participle_conj(verb: Token) -> bool:
    """A participle coordinated with one that describes a noun ('a law adopted by A and signed by B')."""
    head = verb.head
    return verb.dep_ == "conj" and verb.tag_ == "VBN" and head.dep_ in ("acl", "relcl") and head.tag_ == "VBN"


def trailing_participle(verb: Token) -> bool:
    """A passive participle with a 'by' agent and no subject, read as a clause of the verb whose object it follows
    ('signed <law>, passed by parliament'): it describes that object."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in children(verb)) \
        and not any(c.dep_.startswith("nsubj") or c.dep_ == "auxpass" for c in children(verb)) \
        and verb.head.lemma_.lower() in ISSUING_VERBS \
        and any(c.dep_ == "dobj" and c.i < verb.i for c in children(verb.head))


def shared_subject(verb: Token) -> Token | None:
    """The subject a coordinated verb without one of its own shares with the first ('Both passed ... and were
    approved by ...')."""
    if verb.dep_ != "conj" or any(c.dep_.startswith("nsubj") for c in children(verb)):
        return None
    return next((c for c in children(verb.head) if c.dep_ in ("nsubj", "nsubjpass")), None)


def adopted(ctx: Context, verb: Token, kind: str, prop: str | None, agents: list, acts: list):
    if not (agents and acts):
        return
    roles = [("agent", a) for a in agents] + [("legalAct", a) for a in acts]
    derived = [Relation(a.entity, prop, act.entity, evidence(ctx, "relation.passed_body.v1", 0.75, span_of(act),
                                                             span_of(verb), span_of(a)))
               for a in agents for act in acts] if prop else []
    yield make(ctx, kind, verb, roles, "event.legislation.v1", 0.75), derived


def in_force(ctx: Context, verb: Token, noun: str):
    if not any(t.lower_ == noun for t in verb.subtree if t.i > verb.i):
        return
    acts = subjects(ctx, verb, ACTS)
    if acts:
        yield make(ctx, "EntryIntoForce", verb, [("legalAct", a) for a in acts], "event.in_force.v1", 0.75), []


# --- requests and speech -----------------------------------------------------------------

def petition(ctx: Context, verb: Token, prop: str, preps: tuple[str, ...]):
    if not_a_request(verb):  # "asked <X> for comment", "Neither <X> nor ... appealed"
        return
    targets = objects(ctx, verb) if not preps else prep_objects(ctx, verb, preps)
    if verb.lemma_.lower() in L.NAMED_FORUM:  # "challenged it in the Moscow City Court" (never "in court")
        phrases = [p for h in (verb, *(c for c in children(verb) if c.dep_ == "dobj")) for p in children(h)
                   if p.dep_ == "prep" and p.lower_ in preps]  # on the verb or on what is challenged
        named = [m for p in phrases for t in p.subtree if (m := ctx.at(t)) is not None]
        targets = [m for m in dict.fromkeys(named) if m.type in ("Court", "GovernmentBody")]
    if not preps:
        targets += prep_objects(ctx, verb, ("to",)) + that_clause_subjects(ctx, verb)
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)  # "A deputy of <body>, <X>, asked"
    person = apposed_person(ctx, subject) if subject is not None else None
    agents = [person] if person else subjects(ctx, verb) or represented(ctx, verb) or subject_examples(ctx, verb) \
        or controller(ctx, verb)
    if not preps and not targets and (sides := passive_request(ctx, verb))[0]:  # "<Y> was asked by <X> to ..."
        agents, targets = sides
    asked = [t for t in targets if not asked_nothing(ctx, verb, t)]  # not "the arrest of <X>", nor a chamber sent a bill
    courts = judges_courts(ctx, asked)  # "asked Judge <Z> of <court>": the court
    targets, asked = [t for t in targets if t not in asked] + courts, courts
    kind = "Petition"
    roles = [("agent", a) for a in agents] + [("addressee", t) for t in targets]
    if verb.lemma_.lower() in ("appeal", *L.NAMED_FORUM):
        rulings = objects(ctx, verb, ("dobj",), {"Ruling"}) + prep_objects(ctx, verb, ("against",), {"Ruling"})
        rulings = rulings if verb.lemma_.lower() == "appeal" else []  # what is challenged stays open for kg.event_links
        if rulings or any(t.type == "Court" for t in targets):
            kind = "Appeal"
            roles = [("agent", a) for a in agents] + [("court", t) for t in targets if t.type == "Court"]
            roles += [("addressee", t) for t in targets] + [("ruling", r) for r in rulings]
    if not (agents and (targets or kind == "Appeal")) or len(roles) < 2:
        return
    derived = [Relation(a.entity, prop, t.entity,
                        evidence(ctx, "relation.petitioned_verb.v1", 0.8,
                                 span_of(a) if a.start < verb.idx else span_of(verb), span_of(verb), span_of(t)))
               for a in agents for t in asked]
    rule = "event.appeal.v1" if kind == "Appeal" else "event.petition.v1"
    event = make(ctx, kind, verb, roles, rule, 0.8)
    unasked = {("addressee", t.entity) for t in targets if t not in asked}
    yield replace(event, roles=tuple(r for r in event.roles if r not in unasked)), derived


def controller(ctx: Context, verb: Token) -> list:
    """'The Federation Council voted to ask <X> ...': an infinitive's subject is the subject of the verb it completes,
    when that verb has no object of its own (not 'urged the ministry to ask ...': the ministry would ask)."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.pos_ not in ("VERB", "AUX") or any(c.dep_ in ("dobj", "dative")
                                                                      for c in children(head)):
        return []
    return subjects(ctx, head)


def directive(verb: Token) -> bool:
    """'told Google to remove the videos': the verb has a direct object and an infinitive with 'to' of what that one
    is to do (not 'told reporters that ...', nor 'told him about the case')."""
    return any(c.dep_ == "dobj" for c in children(verb)) and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
        for c in children(verb))


def speech(ctx: Context, verb: Token, kind: str):
    speakers = subjects(ctx, verb)
    if not speakers or not any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in children(verb)):
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
