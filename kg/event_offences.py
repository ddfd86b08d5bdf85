"""The provision of an offence a report names only in words.

  event.offence_provision.v1  "<X> was charged with treason ... Article 275 of the Criminal Code carries up to
                              life": a charge, case, conviction, sentence or fine that names its offence in words
                              and no provision has the provision the article names for that offence elsewhere:
                              the article that defines it (kg.relation_lexicon.OFFENCES), or one named in a
                              sentence speaking of the same offence, when exactly one article is so named

A conviction or sentence takes a provision of the Criminal Code only, a fine one of the Code of Administrative
Offenses; a charge either. Two provisions named for the offence (Article 205.2 and Article 205.5 for 'terrorism')
give nothing, unless one is a part of the other ('Part 2 of Article 205.2'), where the one named nearest counts.
"""

from __future__ import annotations

import re

from kg.arguments import Context
from kg.doc_tables import char_span, children
from kg.model import Event
from kg.relation_lexicon import OFFENCES

# event kinds -> the codes (lexicon ids) whose provisions can be their legal basis
CRIMINAL, ADMINISTRATIVE = "ru-criminal-code", "ru-coao"
CODE_OF = {"Conviction": {CRIMINAL}, "Sentence": {CRIMINAL}, "CriminalCaseOpening": {CRIMINAL},
           "Charge": {CRIMINAL, ADMINISTRATIVE}, "Fine": {ADMINISTRATIVE}}
# the clauses under the verb that tell of something else: "<X>, who had been fined for ..., was sentenced"
OTHER_CLAUSES = {"nsubj", "nsubjpass", "relcl", "advcl", "ccomp", "parataxis", "conj"}
RULE = "event.offence_provision.v1"


def offence_named(ctx: Context, event: Event, events):
    """(role, mentions, rule) for an asserted case event with a defendant and no legal basis whose clause names an
    offence the article ties to one provision elsewhere, else None."""
    if event.kind not in CODE_OF or not event.role("defendant") or event.role("legalBasis"):
        return None
    span = char_span(ctx.doc, *event.trigger)
    if span is None:
        return None
    words = " ".join(t.lower_ for t in sorted(own_clause(span.root), key=lambda t: t.i))  # in the text's order
    found = []
    for stem, articles in [o for o in OFFENCES.values() if re.search(o[0], words)]:
        picked = provision_for(ctx, stem, articles, CODE_OF[event.kind], event.trigger[0])
        if picked is None:
            return None  # one offence unplaced or unclear: the others may be too
        found.append(picked)
    return ("legalBasis", found, RULE) if found else None


def own_clause(verb):
    """The verb and its own objects and modifiers, not its subject nor the clauses of their own under it."""
    stack = [verb]
    while stack:
        tok = stack.pop()
        yield tok
        stack += [c for c in children(tok) if c.dep_ not in OTHER_CLAUSES]


def provision_for(ctx: Context, stem: str, articles: set, codes: set, offset: int):
    """The mention of the one provision (of one of `codes`) that defines the offence or whose sentence speaks of it
    (nearest the event), else None. A provision's article and code are its entity's own attributes."""
    named = []
    for m in ctx.mentions:
        if m.type != "LegalProvision" or (entity := ctx.entities[m.entity]).attr("code") not in codes:
            continue
        sentence = next(((a, b) for a, b in ctx.sentences if a <= m.start < b), None)
        if entity.attr("articleNumber") in articles or sentence and re.search(
                stem, ctx.text[sentence[0]:sentence[1]].lower()):
            named.append(m)
    if len({(ctx.entities[m.entity].attr("code"), ctx.entities[m.entity].attr("articleNumber"))
            for m in named}) != 1:
        return None
    return min(named, key=lambda m: abs(m.start - offset))
