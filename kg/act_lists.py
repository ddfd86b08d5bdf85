"""Whom a listing act names: "The resolution sets out the list of programs: among them are Yandex and VKontakte".

Rule (its id travels into provenance):
  relation.concerns_listed.v1  a law or ruling as the subject of a listing verb ("lists", "names", "sets out",
                               "specifies", "includes") whose items follow a colon ("...: among them are A and B",
                               "...: A, B and C") or open the next sentence ("Among them are A and B", "They include
                               A and B"): the act targets the organisations and persons named as items (not the
                               owners the items are 'of': "the VKontakte network of the Mail.ru Group")
Only asserted verbs count: "does not list", "would name" yield nothing. The direct object of such a verb is
kg.concerns' relation.concerns_subject.v1.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import Context, anchored, asserted, evidence, span_of, subjects, verbal
from kg.doc_tables import children
from kg.model import Relation

ACTS = {"Law", "Ruling"}
TARGETS = {"Organization", "Person"}
LIST_VERBS = {"list", "name", "set", "specify", "enumerate", "include", "identify"}
# how the items open after the colon or in the next sentence
ITEMS_OPEN = re.compile(r"^\s*(?:(?:among\s+them|these|they)\s+(?:are|were|is|was|include[sd]?)\b|including\b|"
                        r"such\s+as\b|[A-Z\"“])", re.I)
NEXT_OPEN = re.compile(r"^\s*(?:among\s+them\s+(?:are|were)|they\s+include[d]?|these\s+(?:are|include))\b", re.I)
RULE = "relation.concerns_listed.v1"


def listed_relations(ctx: Context) -> list[Relation]:
    found = []
    for verb in ctx.words.with_lemma(LIST_VERBS):
        if not lists(verb):
            continue
        acts = subjects(ctx, verb, ACTS)
        items = listed_items(ctx, verb) if acts else []
        found += [Relation(a.entity, "targets", m.entity, evidence(
            ctx, RULE, 0.6, *anchored(ctx, span_of(verb), span_of(a), span_of(m))))
            for a in acts for m in items if m.entity != a.entity]
    return found


def lists(verb: Token) -> bool:
    lemma = verb.lemma_.lower()
    if lemma not in LIST_VERBS or not verbal(verb) or not asserted(verb):
        return False
    return lemma != "set" or any(c.dep_ == "prt" and c.lower_ == "out" for c in children(verb))


def listed_items(ctx: Context, verb: Token) -> list:
    """The organisations and persons after the colon of the verb's sentence, or opening the next sentence."""
    sent = verb.sent
    colon = next((t for t in sent if t.i > verb.i and t.text == ":"), None)
    if colon is not None and ITEMS_OPEN.match(ctx.text[colon.idx + 1:sent.end_char]):
        return items_in(ctx, [t for t in sent if t.i > colon.i])
    if sent.end < len(ctx.doc) and colon is None:
        after = ctx.doc[sent.end].sent
        if NEXT_OPEN.match(after.text):
            return items_in(ctx, list(after))
    return []


def items_in(ctx: Context, tokens: list[Token]) -> list:
    """Mentions among the tokens, leaving out those inside an 'of' phrase (whose the items are)."""
    owned = {t.i for p in tokens if p.dep_ == "prep" and p.lower_ == "of" for t in p.subtree}
    found = []
    for t in tokens:
        m = ctx.at(t) if t.i not in owned else None
        if m is not None and m.type in TARGETS and m not in found:
            found.append(m)
    return found
