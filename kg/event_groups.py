"""Counted groups as the ones acted on: "All three were convicted", "ordered the three held in custody".

Reports that name several defendants in one sentence go on with a bare number: "The court found A, B
and C guilty. All three were convicted under Part 2 of Article 282.1." The number stands for the
people (or organisations) coordinated in the nearest sentence before it, and only when that sentence
coordinates exactly as many of them ("all three" after "A, B and C"), or when the sentences back to the
nearest one reached name exactly that many ("A and B were detained, and C the same day"; never "A and B").

  event.counted_group.v1  a numeral with "all"/"the", "both", or a counted plural ("both sites", "the three
                          journalists") as the subject or object of an event verb, when the coreference found
                          nothing: the N entities named in this or the two sentences before
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context
from kg.coref import PERSON_PLURALS, PLURAL_NOUNS
from kg.doc_tables import children

COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
MARKS = {"all", "the", "these", "those"}
SENTENCES_BACK = 2


def count_of(token: Token) -> int | None:
    """N when the token is 'all N', 'the N' standing alone as a noun phrase, or 'both' (2)."""
    if token.lower_ == "both" and token.pos_ in ("PRON", "DET", "NOUN"):
        return 2
    if token.lower_ not in COUNTS or token.pos_ not in ("NUM", "PRON", "NOUN"):
        return None
    if token.dep_ in ("nummod", "quantmod"):  # "three lawyers": a number of a noun, not a stand-in
        return None
    marks = {c.lower_ for c in children(token) if c.dep_ in ("det", "predet", "quantmod", "advmod")}
    if not marks & MARKS:
        return None
    return COUNTS[token.lower_]


def guilty_group(ctx: Context, small: Token, types) -> list:
    """'found both guilty', 'found the two guilty', 'found them both guilty': a stand-in for a group as the subject
    of 'guilty' (the parser also hangs 'both' on the adjective as a modifier) means the group named before."""
    for c in children(small):
        if c.dep_ in ("nsubj", "advmod", "preconj", "det", "npadvmod") and c.i < small.i:
            both = c.lower_ == "both" and c.dep_ != "nsubj"
            found = counted_group(ctx, c, types) if not both else group_of(ctx, c, 2, types)
            if found:
                return found
    return []


def group_of(ctx: Context, token: Token, count: int, types) -> list:
    """The `count` entities named coordinated in one sentence back from the token (its own first)."""
    before = [m for m in ctx.mentions if m.end <= token.idx and m.type in types
              and not ctx.antecedents.nested(m) and not modifier_name(ctx, m)]
    for start, end in ctx.antecedents.sentences_back(token, SENTENCES_BACK):
        group = ctx.antecedents.coordinated(list({m.entity: m for m in before if start <= m.start < end}.values()))
        if group:
            return group if len(group) == count else []
    return []


def their_group(ctx: Context, token: Token, types) -> list:
    """'searched their homes': the group coordinated before it in its own sentence ('detained A and B and searched
    their homes'), else the group that is the subject of the sentence before ('A and B were detained. The FSB
    searched their homes'), or two before when the sentence between names no group of that kind ('A and B were
    detained. Both are members of Memorial. Officers searched their homes': homes are people's); nothing further
    back."""
    if token.lower_ not in ("their", "them", "they"):
        return []
    before = [m for m in ctx.mentions if m.end <= token.idx and m.type in types and not ctx.antecedents.nested(m)]
    for n, (start, end) in enumerate(ctx.antecedents.sentences_back(token, 2)):
        if n and "\n" in ctx.text[end:token.idx]:
            return []  # not across a paragraph
        group = ctx.antecedents.coordinated(list({m.entity: m for m in before if start <= m.start < end}.values()))
        subject = group and (ctx.antecedents.roots.get(group[0]) is not None
                             and ctx.antecedents.roots[group[0]].dep_ in ("nsubj", "nsubjpass"))
        if group and (n == 0 or subject):
            return group
        if group:
            return []
    return []


def modifier_name(ctx: Context, m) -> bool:
    """'Twitch, the Amazon-owned streaming service': a name in a hyphened modifier ('Amazon-owned', 'Kremlin-backed',
    'Moscow-based') describes another entity; it is not one of the group."""
    rest = ctx.text[m.end:m.end + 2]
    return rest.startswith("-") and rest[1:].isalpha()


def counted_group(ctx: Context, token: Token, types) -> list:
    """The entities a counted stand-in means: going back from it sentence by sentence (its own, then up to two
    before), a group coordinated in one sentence of exactly that size, else the distinct entities of the wanted
    types gathered so far when they come to exactly that number ('A and B were detained, and C the same day.
    ... all three')."""
    count, types = count_of(token), set(types)
    if count is None and token.tag_ == "NNS" and token.lower_ in (*PLURAL_NOUNS, *PERSON_PLURALS):
        marks = [c.lower_ for c in children(token) if c.dep_ in ("det", "nummod", "predet", "quantmod")]
        count = 2 if "both" in marks else next((COUNTS[w] for w in marks if w in COUNTS), None)
        types &= PLURAL_NOUNS.get(token.lower_, {"Person"})  # "both sites": organisations only
    if count is None:
        return []
    before = [m for m in ctx.mentions if m.end <= token.idx and m.type in types
              and not ctx.antecedents.nested(m) and not modifier_name(ctx, m)]
    gathered: dict[str, object] = {}
    for start, end in ctx.antecedents.sentences_back(token, SENTENCES_BACK):
        here = list({m.entity: m for m in before if start <= m.start < end}.values())
        group = ctx.antecedents.coordinated(here)
        if len(group) == count and not gathered:
            return group
        for m in reversed(here):
            gathered.setdefault(m.entity, m)
        if len(gathered) >= count:
            return sorted(gathered.values(), key=lambda m: m.start) if len(gathered) == count else []
    return []
