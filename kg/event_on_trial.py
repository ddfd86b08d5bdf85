"""Charges told by the trial itself: the one on trial is charged under the provision the trial is held under.

  event.on_trial.v1  "<X> went on trial under <provision>", "<X> is on trial under <provision>", "<X> was put on
                     trial under <provision>", "prosecutors put <X> on trial under <provision>", "the trial of <X>
                     under <provision> began", "<X> was tried at <court> under <provision>", "<X> is the
                     defendant (became a suspect) in a case under <provision>": X is charged (prosecutedUnder)
                     under it; no actor is read

Only a trial with a provision or law named in its clause makes a fact ("<X> went on trial in May" is nothing), and
the status words of the clause apply as for any event ("<X> will go on trial under ..." is planned).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import LEGAL, Context, evidence, is_passive, legal_bases, span_of, with_partners
from kg.doc_tables import children
from kg.event_actors import PEOPLE
from kg.event_build import make
from kg.model import Relation

ON_TRIAL = {"go", "be", "put", "place", "bring", "remain", "stay", "become"}  # "went / is / was put / remains on trial"
COPULAS = {"be", "become", "remain"}
PARTY_NOUNS = {"defendant", "suspect", "accused"}  # "<X> is the defendant in a case under <provision>"
PUTTING = {"put", "place", "bring", "try"}  # active: the object is the one tried ("prosecutors put X on trial")
RULE = "event.on_trial.v1"


def on_trial(ctx: Context):
    """(event, derived relations, verb) for every 'on trial under <provision>' of a named person or organisation."""
    for verb in ctx.words.with_lemma(ON_TRIAL | {"try"}):
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in ON_TRIAL | {"try"}:
            continue
        trial = [o for p in children(verb) if p.dep_ == "prep" and p.lower_ == "on"
                 for o in children(p) if o.dep_ == "pobj" and o.lemma_.lower() == "trial"]
        party = [a for a in children(verb) if a.dep_ == "attr" and a.lemma_.lower() in PARTY_NOUNS] \
            if verb.lemma_.lower() in COPULAS else []
        if not trial and not party and not tried_verb(verb):
            continue
        bases = legal_bases(ctx, verb)
        bases += [m for a in party for m in ctx.within(a, LEGAL) if m not in bases]  # "a suspect in a case under"
        bases += [m for t in trial for p in children(t) if p.dep_ == "prep" and p.lower_ in ("under", "for")
                  for m in ctx.within(p, LEGAL) if m not in bases]  # "on trial under Article 280.3" hung on 'trial'
        tried = tried_ones(ctx, verb)
        if not (bases and tried):
            continue
        roles = [(r, t) for t in tried for r in ("defendant", "target")] + [("legalBasis", b) for b in bases]
        derived = [Relation(t.entity, "prosecutedUnder", b.entity, evidence(ctx, "relation.on_trial.v1", 0.7,
                                                                           span_of(t), span_of(verb), span_of(b)))
                   for t in tried for b in bases if t.entity != b.entity]
        yield make(ctx, "Charge", verb, roles, RULE, 0.7), derived, verb


def tried_verb(verb: Token) -> bool:
    """'<X> was tried under <provision>', 'the court tried <X> under ...': the verb of a trial (not 'tried to block
    it', an attempt)."""
    if verb.lemma_.lower() != "try" or any(c.dep_ in ("xcomp", "ccomp") for c in children(verb)):
        return False
    return is_passive(verb) or any(c.dep_ == "dobj" for c in children(verb))


def tried_ones(ctx: Context, verb: Token) -> list:
    """Who is on trial: the object of an active 'put/brought <X> on trial', else the subject."""
    passive = is_passive(verb)
    deps = ("dobj",) if verb.lemma_.lower() in PUTTING and not passive else ("nsubj", "nsubjpass")
    return with_partners(ctx, [m for c in children(verb) if c.dep_ in deps for m in ctx.head_mentions(c, PEOPLE)],
                         PEOPLE)
