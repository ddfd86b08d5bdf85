"""A custody measure prolonged: 'The Lefortovsky District Court extended Gershkovich's detention until August 30'.

  event.custody_extended.v1  "<court> extended/prolonged <X>'s detention / the arrest of <X> / X's house arrest":
                             the court keeps X in custody, so it detained X (a Detention of X by the court)
  event.custody_imposed.v1   "<X> spent two months under house arrest, imposed by <court>", "<X>'s detention,
                             ordered by <court>": the court named in the participle's 'by' phrase detained X

A request to extend ("prosecutors asked the court to extend his arrest") keeps its status and makes no fact; so
does a refusal ("refused to extend").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, evidence, patients, prep_objects, span_of, subjects
from kg.doc_tables import children
from kg.event_actors import PEOPLE, agents_of, courts_of
from kg.event_build import make
from kg.model import Relation

EXTENDING = {"extend", "prolong", "lengthen"}
CUSTODY = {"detention", "arrest", "custody"}


def extended_custody(ctx: Context, verb: Token):
    """(event, derived) for a custody measure on a named person that the verb's actor prolongs."""
    if verb.lemma_.lower() not in EXTENDING:
        return
    nouns = [c for c in patients(verb) if c.lemma_.lower() in CUSTODY]
    for noun in nouns:
        targets = holders(ctx, noun)
        agents = [a for a in agents_of(ctx, verb) if a.entity not in {t.entity for t in targets}]
        if targets and agents:
            yield detention(ctx, verb, agents, targets, "custody_extended")


IMPOSING = {"impose", "order", "set"}


def imposed_custody(ctx: Context, verb: Token):
    """(event, derived) for a custody measure whose participle names the court that imposed it; the one held is
    the measure's possessor or 'of' phrase, else the subject of the clause the measure's phrase hangs on ('<X>
    remained under house arrest, imposed by <court>')."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in IMPOSING:
        return
    noun = verb.head if verb.dep_ == "acl" else measure_before(verb) if verb.dep_ == "advcl" else None
    if noun is None or noun.lemma_.lower() not in CUSTODY:
        return
    agents = [a for a in agents_of(ctx, verb) if a.type in ("Court", "GovernmentBody")]
    targets = holders(ctx, noun)
    if not targets and noun.dep_ == "pobj" and noun.head.lower_ in ("under", "in", "into") \
            and noun.head.head.pos_ in ("VERB", "AUX"):
        targets = subjects(ctx, noun.head.head, PEOPLE)
    targets = [t for t in targets if t.entity not in {a.entity for a in agents}]
    if targets and agents:
        yield detention(ctx, verb, agents, targets, "custody_imposed")


def holders(ctx: Context, noun: Token) -> list:
    """Who is held: the custody noun's possessor or 'of' phrase ("Gershkovich's detention", "the arrest of X")."""
    found = [m for p in children(noun) if p.dep_ == "poss" for m in ctx.head_mentions(p, PEOPLE)]
    return found + [m for m in prep_objects(ctx, noun, ("of",), PEOPLE) if m not in found]


def detention(ctx: Context, verb: Token, agents: list, targets: list, rule: str):
    """The Detention of `targets` by `agents` told by `verb`, and its 'detained' relations (rule ids
    event.<rule>.v1 and relation.<rule>.v1)."""
    roles = [("agent", a) for a in agents] + [("court", c) for c in courts_of(ctx, verb, agents)]
    roles += [(r, t) for t in targets for r in ("defendant", "target")]
    derived = [Relation(a.entity, "detained", t.entity, evidence(ctx, f"relation.{rule}.v1", 0.75, span_of(a),
                                                                  span_of(verb), span_of(t)))
               for a in agents for t in targets]
    return make(ctx, "Detention", verb, roles, f"event.{rule}.v1", 0.75), derived


def measure_before(verb: Token) -> Token | None:
    """'<X> spent two months under house arrest, imposed by ...': the parser hangs the participle on the clause's
    verb; the measure is the object of that verb's preposition right before the participle's comma."""
    before = verb.doc[verb.i - 2] if verb.i >= 2 and verb.doc[verb.i - 1].lower_ == "," else None
    if before is not None and before.dep_ == "pobj" and before.head.head.i == verb.head.i:
        return before
    return None
