"""A request for an act the article tells as done: whoever asked for it asked the one who did it.

  event.asked_for_act.v1  "The Supreme Court banned the centre's activity. The Justice Ministry had asked for the
                          ban": the ministry petitioned the Supreme Court ('asked/called/applied for the ban',
                          'sought/requested the liquidation'), when the act of that kind told in this or the two
                          sentences before has exactly one actor (with none of that kind, a kindred act: a ban
                          told as an extremist designation or a liquidation)

Only a definite noun ('the ban', 'the liquidation'), an asserted asking clause, an actor other than the asker, and
an act on the one the noun names, if it names one ("called for the ban of Memorial" is not the ban of someone else).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.arguments import ACTORS, Context, asserted, evidence, prep_objects, span_of, subjects
from kg.doc_tables import children
from kg.event_actors import PEOPLE, agents_of
from kg.event_context import status_of
from kg.model import Event, Relation

ASKING_FOR = {"ask", "call", "apply", "petition", "press", "push", "lobby"}  # "... for the ban"
SEEKING = {"seek", "request", "demand"}  # "... the ban"
# acts that stand for an asked-for act when the article tells none of its own kind: "the court declared the centre
# extremist and ordered its liquidation ... The ministry had asked for the ban" (a ban told as a designation)
KIN = {"Ban": ("ExtremistDesignation", "UndesirableDesignation", "TerroristDesignation", "Liquidation"),
       "Liquidation": ("Ban", "ExtremistDesignation")}


def asked_for_acts(ctx: Context, events: dict[str, Event]) -> list[Relation]:
    """Add the petitions (in place) and return their relations."""
    found: list[Relation] = []
    for verb in ctx.words.with_lemma(ASKING_FOR | SEEKING):
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or lemma not in ASKING_FOR | SEEKING or not asserted(verb) \
                or status_of(verb) != "Asserted":
            continue
        for noun in asked_nouns(verb, lemma):
            askers = subjects(ctx, verb, ACTORS) or agents_of(ctx, verb, ACTORS)  # "Prosecutors from <body>"
            doers = doers_of(ctx, noun, events)
            pairs = [(a, d) for a in askers for d in doers if a.entity != d.entity]
            if not pairs:
                continue
            spans = [span_of(verb), span_of(noun)]
            roles = tuple([("agent", a.entity) for a in askers] + [("addressee", d.entity) for d in doers])
            event = Event("Petition", roles, span_of(noun), evidence(ctx, "event.asked_for_act.v1", 0.6, *spans))
            if event.id in events:
                continue
            events[event.id] = event
            found += [Relation(a.entity, "petitioned", d.entity, evidence(ctx, "relation.asked_for_act.v1", 0.6,
                                                                         span_of(a), *spans), event=event.id)
                      for a, d in pairs]
    return found


def asked_nouns(verb: Token, lemma: str) -> list[Token]:
    if lemma in SEEKING:
        nouns = [c for c in children(verb) if c.dep_ == "dobj"]
    else:
        nouns = [o for p in children(verb) if p.dep_ == "prep" and p.lower_ == "for" for o in children(p)
                 if o.dep_ == "pobj"]
    return [n for n in nouns if n.lemma_.lower() in L.NOMINAL
            and any(c.dep_ == "det" and c.lower_ == "the" for c in children(n))]


def doers_of(ctx: Context, noun: Token, events: dict[str, Event]) -> list:
    """The one actor of the act of the noun's kind told in this or the two sentences before."""
    kind = L.NOMINAL[noun.lemma_.lower()][0]
    sentences = [s for s in ctx.sentences if s[0] <= noun.idx][-3:]
    if not sentences:
        return []
    told = [e for e in events.values() if e.status == "Asserted" and e.role("agent")
            and sentences[0][0] <= e.trigger[0] < sentences[-1][1]]
    acts = [e for e in told if e.kind == kind] or [e for e in told if e.kind in KIN.get(kind, ())]
    named = {m.entity for m in prep_objects(ctx, noun, ("of", "on", "against"), PEOPLE)}
    named |= {m.entity for p in children(noun) if p.dep_ == "poss" for m in ctx.head_mentions(p, PEOPLE)}
    if named:  # "called for the ban of Memorial": an act on someone else is not the one told
        acts = [e for e in acts if named & set(e.role("target"))]
    agents = {a for e in acts for a in e.role("agent")}
    if len(agents) != 1:
        return []
    key = next(iter(agents))
    before = [m for m in ctx.mentions if m.entity == key and m.start < noun.idx]
    return before[-1:]
