"""Plural anaphors: "both", "they", "them", "the two bills", "the pair", "both women", "under the
same two articles" (Antecedents.plural).

They stand for the entities coordinated in the nearest sentence that has two of the wanted types ("A and B") or,
for laws, rulings and provisions, which articles name one after another, the only two named in reach; "the bills"
may be the one package the article names; "them" after one act named by a plural noun ("the amendments") is that
act. Anything less clear-cut yields nothing. `ants` is the article's kg.coref.Antecedents.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.coref_mentions import own_noun_phrase
from kg.coref_words import (ACT_TYPES, ISSUING_VERBS, NUMBERS, PAIR_NOUNS, PERSON_PLURALS, PLURAL_NOUNS,
                            PLURAL_PRONOUNS, SENTENCES_BACK)
from kg.doc_tables import children
from kg.model import Mention


EVERY_ONE = {"each", "all"}  # "each of them": the group "them" stands for
PROVISION_PLURALS = {"articles", "provisions"}  # of a code: only as the same ones, or what someone is tried under


def plural_antecedents(ants, token: Token, types: set[str]) -> list[Mention]:
    """'Both passed the Duma', 'Putin signed them', 'the two bills': the entities coordinated in the nearest
    sentence that has two or more of the wanted types ('A and B'); for laws and rulings, which articles name
    one after another, also the only two named in the window. Anything less clear-cut yields nothing."""
    allowed, count = plural_types(token, set(types))
    if not allowed:
        return []
    own, offset = own_noun_phrase(token), token.idx  # (read once, not once per mention)
    before = [m for m in ants.mentions if m.end <= offset and m.type in allowed and not ants.nested(m)
              and m.entity not in ants.codes and ants.root_index(m) not in own]
    seen: dict[str, Mention] = {}
    for start, end in ants.sentences_back(token, SENTENCES_BACK):
        here = list({m.entity: m for m in before if start <= m.start < end}.values())
        group = ants.coordinated(here)
        if len(group) >= 2 and count in (None, len(group)):
            return group
        for m in reversed(here):
            seen.setdefault(m.entity, m)
        if len(seen) >= 2:
            break
    if allowed <= ACT_TYPES | {"LegalProvision"} and len(seen) == (count or 2):
        return sorted(seen.values(), key=lambda m: m.start)
    if allowed <= ACT_TYPES and token.lower_ in ("them", "they") and token.head.lemma_.lower() in ISSUING_VERBS:
        # "adopted the amendments ... Putin signed them" (what is signed or passed, never "They include <X>")
        plural = [m for m in seen.values() if getattr(ants.roots.get(m), "tag_", "") in ("NNS", "NNPS")]
        return [max(plural, key=lambda m: m.start)] if plural else []
    if allowed == {"Law"} and token.lower_ not in PLURAL_PRONOUNS and count is None:
        acts = list({m.entity: m for m in before}.values())  # "the bills" of the one package the article names
        return acts[-1:] if len(acts) == 1 else []
    return []


def plural_types(token: Token, types: set[str]) -> tuple[set[str], int | None]:
    word = token.lower_
    if word in PLURAL_PRONOUNS and token.pos_ in ("PRON", "DET"):
        return types, NUMBERS.get(word)
    if word in EVERY_ONE and any(p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and o.lower_ == "them" for o in children(p)) for p in children(token)):
        return types, None  # "fined each of them", "all of them were detained": as "them" ("none of them": nobody)
    if token.tag_ == "NNS" and word in PERSON_PLURALS:  # "both women", "the two journalists" (never "the")
        marks = [c.lower_ for c in children(token) if c.dep_ in ("det", "nummod", "predet", "quantmod")]
        if any(w in ("both", *NUMBERS) for w in marks):
            return {"Person"} & types, next((NUMBERS[w] for w in marks if w in NUMBERS), None)
    if token.tag_ == "NN" and word in PAIR_NOUNS and any(c.dep_ == "det" and c.lower_ == "the"
                                                         for c in children(token)):
        return {"Person"} & types, 2  # "the pair were sentenced", "the couple"
    if token.tag_ == "NNS" and word in PROVISION_PLURALS and (
            any(c.dep_ == "amod" and c.lower_ == "same" for c in children(token))
            or (token.dep_ == "pobj" and token.head.lower_ == "under")):
        # "convicted under the same two articles", "charged under both articles" (never "published two articles")
        marks = [c.lower_ for c in children(token) if c.dep_ in ("det", "nummod", "predet", "quantmod")]
        if any(w in ("the", "these", "those", "both", *NUMBERS) for w in marks):
            return {"LegalProvision"} & types, next((NUMBERS[w] for w in marks if w in NUMBERS), None)
    if token.tag_ == "NNS" and word in PLURAL_NOUNS:
        marks = [c.lower_ for c in children(token) if c.dep_ in ("det", "nummod", "predet", "quantmod")]
        if any(w in ("the", "these", "those", "both", *NUMBERS) for w in marks):
            return PLURAL_NOUNS[word] & types, next((NUMBERS[w] for w in marks if w in NUMBERS), None)
    return set(), None
