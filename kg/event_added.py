"""Charges told by a charge noun: '<body> added / brought / filed a charge under <provision>'.

  event.added_charge.v1  "<X> was charged under Article 207.3 and investigators later added a charge of inciting
                         hatred under Part 1 of Article 282", "Prosecutors brought new charges against <X> under
                         Article 205.2": the one the charge is against ('against <X>'), else the defendant of the
                         clause it is coordinated with, else the latest defendant of this or the sentence before,
                         is charged under the provision; a named prosecuting body prosecuted them

  event.falling_charge.v1 "The charges against <X> fall under Part 1 of Article 280": X charged under it

Only asserted clauses (not "may bring charges", "did not add a charge", "asked to add a charge", "the charges
against X would not fall under ...").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, asserted, evidence, prep_objects, span_of
from kg.doc_tables import ancestors, char_span, children
from kg.event_actors import PEOPLE, agents_of, targets_of
from kg.event_context import status_of
from kg.model import Event, Relation

ADDING = {"add", "bring", "file", "press", "level", "lodge"}
CHARGE_NOUNS = {"charge", "count", "accusation"}
LEGAL = {"LegalProvision", "Law"}
RULE = "event.added_charge.v1"


def added_charges(ctx: Context, events: dict[str, Event]) -> list[Relation]:
    """Add the charge events (in place) and return their relations."""
    found: list[Relation] = []
    for verb in ctx.words.with_lemma(ADDING):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in ADDING or not asserted(verb) \
                or status_of(verb) != "Asserted":
            continue
        for noun in (c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass")
                     and c.lemma_.lower() in CHARGE_NOUNS):
            bases = bases_of(ctx, verb, noun)
            defendants = charged(ctx, verb, noun, events)
            if not (bases and defendants):
                continue
            agents = [a for a in agents_of(ctx, verb) if a.type == "GovernmentBody"]
            roles = [("agent", a.entity) for a in agents] + [(r, d.entity) for d in defendants
                                                            for r in ("defendant", "target")]
            roles += [("legalBasis", b.entity) for b in bases]
            spans = [span_of(verb), span_of(noun)]
            event = Event("Charge", tuple(dict.fromkeys(roles)), span_of(noun),
                          evidence(ctx, RULE, 0.65, *spans, *(span_of(b) for b in bases)))
            if event.id in events:
                continue
            events[event.id] = event
            made = [Relation(d.entity, "chargedUnder", b.entity, evidence(ctx, "relation.added_charge.v1", 0.65,
                                                                         *spans, span_of(b)))
                    for d in defendants for b in bases]
            made += [Relation(a.entity, "prosecuted", d.entity, evidence(ctx, "relation.added_charge.v1", 0.65,
                                                                        span_of(a), *spans))
                     for a in agents for d in defendants if a.entity != d.entity]
            found += [Relation(r.subject, r.predicate, r.object, r.evidence, event=event.id) for r in made]
    return found


def bases_of(ctx: Context, verb: Token, noun: Token) -> list:
    """Provisions named in the charge phrase or under the verb ('added a charge ... under Part 1 of Article 282')."""
    tokens = [t for t in noun.subtree] + [t for p in children(verb) if p.dep_ == "prep" and p.lower_ == "under"
                                          for t in p.subtree]
    out = []
    for t in tokens:
        m = ctx.at(t)
        if m is not None and m.type in LEGAL and m not in out:
            out.append(m)
    provisions = [m for m in out if m.type == "LegalProvision"]
    return provisions or out


def charged(ctx: Context, verb: Token, noun: Token, events: dict[str, Event]) -> list:
    """Who the charge is against: named, the coordinated clause's defendant, or the latest one just before."""
    named = prep_objects(ctx, noun, ("against",), PEOPLE) + prep_objects(ctx, verb, ("against",), PEOPLE)
    if named:
        return named
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":
        earlier = targets_of(ctx, verb.head)
        if earlier:
            return earlier
    sentences = [s for s in ctx.sentences if s[0] <= verb.idx][-2:]
    if not sentences:
        return []
    before = [e for e in events.values() if e.status == "Asserted" and e.role("defendant")
              and sentences[0][0] <= e.trigger[0] < verb.idx]
    if not before:
        return []
    latest = max(before, key=lambda e: e.trigger[0])
    keys = list(dict.fromkeys(latest.role("defendant")))
    return [m for k in keys if (m := min((m for m in ctx.mentions if m.entity == k),
                                         key=lambda m: abs(m.start - verb.idx), default=None)) is not None]


def under_negated_verb(ctx: Context, verb: Token, mention) -> bool:
    """'charged her under Article 280 but did not add a charge under Article 280.3': a provision that hangs on
    another, negated verb of the sentence is not a basis of this one."""
    span = char_span(ctx.doc, mention.start, mention.end)
    if span is None:
        return False
    token = span.root
    owner = next((a for a in ancestors(token) if a.pos_ in ("VERB", "AUX")), None)
    return owner is not None and owner.i != verb.i and any(c.dep_ == "neg" for c in children(owner))


FALLING = {"fall", "falls", "fell", "fallen"}
NOT_DONE = {"not", "n't", "never", "may", "might", "could", "would", "will", "should", "if", "whether"}


def falling_charges(ctx: Context, events: dict[str, Event]) -> list[Relation]:
    """'The charges against <X> fall under Part 1 of Article 280': X is charged under the provisions after 'under'
    (the parser often reads 'fall' as a noun, so the words are read in order within the sentence)."""
    found: list[Relation] = []
    for fall in (t for t in ctx.words.with_lower(FALLING) if t.lower_ in FALLING and t.i + 1 < len(ctx.doc)
                 and ctx.doc[t.i + 1].lower_ == "under"):
        sent = fall.sent
        noun = next((t for t in reversed(ctx.doc[sent.start:fall.i]) if t.lemma_.lower() in CHARGE_NOUNS | {"case"}),
                    None)
        if noun is None or any(t.lower_ in NOT_DONE for t in ctx.doc[noun.i:fall.i]):
            continue
        defendants = prep_objects(ctx, noun, ("against",), PEOPLE)
        against = next((t for t in ctx.doc[noun.i:fall.i] if t.lower_ == "against"), None)
        if not defendants and against is not None:  # the parser split the phrase: the names between, in order
            defendants = [m for m in ctx.mentions if m.type in PEOPLE and against.idx < m.start < fall.idx]
        bases = [m for m in ctx.mentions if m.type in LEGAL and fall.idx < m.start < sent.end_char]
        bases = [m for m in bases if m.type == "LegalProvision"] or bases
        if not (defendants and bases):
            continue
        spans = [span_of(noun), span_of(fall)]
        roles = tuple([(r, d.entity) for d in defendants for r in ("defendant", "target")]
                      + [("legalBasis", b.entity) for b in bases])
        event = Event("Charge", roles, span_of(noun), evidence(ctx, "event.falling_charge.v1", 0.65, *spans))
        if event.id in events:
            continue
        events[event.id] = event
        found += [Relation(d.entity, "chargedUnder", b.entity, evidence(ctx, "relation.falling_charge.v1", 0.65,
                                                                       span_of(d), *spans, span_of(b)),
                           event=event.id) for d in defendants for b in bases]
    return found
