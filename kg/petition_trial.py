"""Requests made at a trial, told without their addressee: they go to the court hearing the case.

  event.trial_request.v1  "<prosecutor's office> asked for nine years", "<X>'s lawyers asked for an acquittal",
                          "<prosecutors> sought a seven-year sentence for <X>", "The defence asked the court to acquit
                          him" (the court left unnamed): the asker petitioned the court of the case -- the article's
                          one court, or, when it names several, the one court it has convict or sentence someone
Only asserted verbs, only what a trial decides (a term, a sentence, a fine, an acquittal; "asked for comment" is a
question); never when the verb names an addressee of its own (read by kg.events).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, subjects
from kg.doc_tables import children
from kg.event_actors import COUNSEL, represented
from kg.event_lexicon import VERDICT_KINDS
from kg.model import Event

ASKING = {"ask", "request", "seek", "demand"}  # (public calls, "called for", "urged", are not read)
# what a trial decides: the nouns of the asked-for outcome
OUTCOMES = {"year", "month", "sentence", "term", "fine", "acquittal", "conviction", "punishment", "imprisonment",
            "prison", "jail", "probation"}
# "asked the court to acquit him": verbs of the asked-for outcome
OUTCOME_VERBS = {"acquit", "sentence", "convict", "jail", "imprison", "fine"}
UNNAMED_COURT = {"court", "judge", "bench", "panel"}  # "asked the court to acquit him": the court of the case
PROSECUTION = {"prosecutor", "prosecution"}  # the prosecution, told without its office's name


def trial_request(ctx: Context, verb: Token, events: list[Event], defendants: set) -> tuple[list, list]:
    """(askers, [the court of the case]) for a request at trial without a named addressee, else ([], [])."""
    if verb.lemma_.lower() not in ASKING or not outcome(verb) or named_addressee(ctx, verb):
        return [], []
    askers = subjects(ctx, verb) or represented(ctx, verb) or client(ctx, verb, defendants) or prosecution(ctx, verb)
    court = court_of_case(ctx, events)
    askers = [a for a in askers if court and a.entity != court.entity  # parties: the prosecution, the accused
              and (a.type in ("GovernmentBody", "Person") or a.entity in defendants)]
    return (askers, [court]) if askers else ([], [])


def outcome(verb: Token) -> bool:
    """'asked for nine years', 'sought a seven-year sentence', 'asked (the court) to acquit him'."""
    nouns = [o for p in children(verb) if p.dep_ == "prep" and p.lower_ == "for"
             for o in children(p) if o.dep_ == "pobj"]
    nouns += [c for c in children(verb) if c.dep_ in ("dobj", "npadvmod")]  # "demanded ten years" (misparsed too)
    if any(n.lemma_.lower() in OUTCOMES for n in nouns):
        return True
    return any(c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in OUTCOME_VERBS for c in children(verb))


def named_addressee(ctx: Context, verb: Token) -> bool:
    """Whether the verb names whom it asks (a name, or a description the article resolves), or asks someone else
    than a court left unnamed ('asked the authorities to ...')."""
    if any(c.dep_ in ("dobj", "dative") and ctx.head_mention(c) is None and c.lemma_.lower() not in UNNAMED_COURT
           and c.lemma_.lower() not in OUTCOMES for c in children(verb)):
        return True
    return any(c.dep_ in ("dobj", "dative") and ctx.head_mention(c) is not None for c in children(verb)) or any(
        p.dep_ == "prep" and p.lower_ in ("to", "from", "on") and any(ctx.head_mention(o) is not None
                                                                       for o in children(p)) for p in children(verb))


def client(ctx: Context, verb: Token, defendants: set) -> list:
    """'The defence asked for an acquittal': counsel without a named client ask for the article's one defendant."""
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in COUNSEL or len(defendants) != 1:
        return []
    key = next(iter(defendants))
    return [m for m in ctx.mentions if m.entity == key and m.start < verb.idx][-1:]


def prosecution(ctx: Context, verb: Token) -> list:
    """'Prosecutors from the Pskov Region Prosecutor's Office had demanded ten years': the office named in the
    subject's phrase; 'Prosecutors asked for seven years': the article's one prosecutor's office."""
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in PROSECUTION:
        return []
    named = [m for p in children(subject) if p.dep_ == "prep" and p.lower_ in ("from", "of", "at", "in")
             for o in children(p) if o.dep_ == "pobj" if (m := ctx.head_mention(o)) and m.type == "GovernmentBody"]
    if named:
        return named
    offices = {m.entity: m for m in ctx.mentions if m.type == "GovernmentBody" and "prosecutor" in m.text.lower()}
    return list(offices.values())[:1] if len(offices) == 1 else []


def court_of_case(ctx: Context, events: list[Event]):
    """The article's one court, or the one court it has hand down a verdict; its mention nearest the start."""
    courts = list(dict.fromkeys(m.entity for m in ctx.mentions if m.type == "Court"))
    if len(courts) > 1:
        deciding = {k for e in events if e.status == "Asserted" and e.kind in VERDICT_KINDS for k in e.role("agent")}
        courts = [c for c in courts if c in deciding]
    if len(courts) != 1:
        return None
    return next(m for m in ctx.mentions if m.entity == courts[0])
