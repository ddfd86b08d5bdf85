"""A restriction told of a number of people, then the people listed in the next sentence.

  event.counted_list.v1  "The Justice Ministry added five people to its register of foreign agents. Who was
                         designated? A, a human rights defender; B and C, two journalists; D; and E": the body
                         did it to each of the N people the next sentence (or the one after) names

The object must be a number with a plural noun of people or organisations and no name of its own; the list
sentence must name exactly that many entities of the noun's type (or, leaving out the names told inside what is said
of another, "A, known by its short name B", exactly that many), and nothing else is taken.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.arguments import Context, asserted, evidence, span_of
from kg.doc_tables import ancestors, children
from kg.event_actors import agents_of, lemma_of, with_trigger
from kg.event_groups import COUNTS
from kg.model import Event, Relation

PEOPLE_WORDS = {"people", "persons", "individuals", "journalists", "activists", "lawyers", "bloggers", "men", "women",
                "artists", "politicians", "defenders", "researchers", "scholars", "musicians", "writers"}
GROUP_WORDS = {"organizations", "organisations", "groups", "outlets", "ngos", "media", "sites", "websites", "services",
               "companies", "projects", "foundations", "movements", "channels"}
SENTENCES_AFTER = 2
DESIGNATIONS = [(re.compile(p, re.I), kind) for p, kind in L.DESIGNATIONS]


def counted_lists(ctx: Context):
    """(event, derived relations, verb) for every counted restriction whose names follow in the next sentences."""
    for verb in with_trigger(ctx, L.RESTRICTION):
        lemma = lemma_of(verb)
        if verb.pos_ != "VERB" or lemma not in L.RESTRICTION or not asserted(verb):
            continue
        counted = next(((n, count, kind) for c in objects_of(verb)
                        for n, count, kind in [counted_noun(ctx, c)] if count), None)
        if counted is None:
            continue
        noun, count, types = counted
        names = listed_after(ctx, verb, count, types)
        agents = agents_of(ctx, verb)
        if not names or not agents:
            continue
        kind, prop = L.RESTRICTION[lemma]
        if kind == "Designation":
            words = " ".join(t.text for t in verb.subtree)
            kind = next((k for pattern, k in DESIGNATIONS if pattern.search(words)), None)
            if kind is None and not re.search(L.LIST_WORDS, words, re.I):
                continue
            kind = kind or "Designation"
        roles = [("agent", a) for a in agents] + [("target", m) for m in names]
        derived = [Relation(a.entity, prop, m.entity, evidence(ctx, "relation.counted_list.v1", 0.65, span_of(a),
                                                                span_of(verb), span_of(m)))
                   for a in agents for m in names if a.entity != m.entity]
        spans = [span_of(verb), span_of(noun), *(span_of(m) for _, m in roles)]
        keyed = tuple(dict.fromkeys((role, m.entity) for role, m in roles))
        yield Event(kind, keyed, span_of(verb), evidence(ctx, "event.counted_list.v1", 0.65, *spans)), derived, verb


def objects_of(verb: Token) -> list[Token]:
    """The verb's object, or the subject of the small clause it takes ('declared three groups "undesirable"')."""
    found = [c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass")]
    return found + [s for c in children(verb) if c.dep_ in ("ccomp", "xcomp", "oprd") for s in children(c)
                    if s.dep_ == "nsubj" and s.i < c.i]


def counted_noun(ctx: Context, noun: Token):
    """(noun, N, types) for 'five people', '12 organizations' with no name inside; else (noun, None, None)."""
    word = noun.lower_
    types = {"Person"} if word in PEOPLE_WORDS else {"Organization"} if word in GROUP_WORDS else None
    numbers = [c for c in children(noun) if c.dep_ == "nummod"]
    if types is None or len(numbers) != 1 or any(ctx.at(t) is not None for t in noun.subtree):
        return noun, None, None
    number = numbers[0]
    count = COUNTS.get(number.lower_) or (int(number.text) if number.text.isdigit() else None)
    return noun, count, types


def listed_after(ctx: Context, verb: Token, count: int, types) -> list:
    """The entities of these types named in the first of the next sentences that names any; exactly `count`."""
    index = next((i for i, (a, b) in enumerate(ctx.sentences) if a <= verb.idx < b), None)
    if index is None:
        return []
    for start, end in ctx.sentences[index + 1:index + 1 + SENTENCES_AFTER]:
        here = list({m.entity: m for m in ctx.mentions if start <= m.start < end and m.type in types}.values())
        listed = [m for m in here if not told_inside(ctx, m)]
        if here:
            return here if len(here) == count else listed if len(listed) == count else []
    return []


def told_inside(ctx: Context, m) -> bool:
    """A name told inside what is said of another ('A, a think tank known by its short name B', 'A, whose founder
    C ...'): an apposition, or in a clause or apposition of its own."""
    root = ctx.antecedents.roots.get(m)
    return root is not None and (root.dep_ == "appos" or any(a.dep_ in ("acl", "relcl", "appos")
                                                             for a in ancestors(root)))
