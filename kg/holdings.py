"""Ownership stated by stakes, takeovers, sales and membership of a holding (kg:owns), from the dependency parse.

Rules (ids travel into provenance):
  relation.owns_stake.v1  "<A> holds two thirds of <B>'s shares", "<A> and <C> bought a controlling stake in <B>",
                          "<B>, in which <A> holds a stake", "<A> took control of <B>", "<A> took over <B>"
  relation.owns_sale.v1   "<A> sold <B> to <C>", "<A> sold its stake in <B> to <C>", "<B> was sold to <C>": the
                          buyer owns it
  relation.owns_part.v1   "<B>, part of <A>'s holding", "<B> is part of the <A> group", "the <A>-owned <B> group",
                          "<B>, the <A>-owned streaming service"
  relation.owns_possessive.v1  "its regional projects <B> and <C>" read from the words when the parse breaks up the
                          names (kg.ownership reads the well-parsed "<A>'s <B> service")
Only organisations own organisations here, and only asserted statements count (not "plans to buy a stake").
kg.ownership has the verbs and nouns of owning themselves ("<A> owns <B>", "<B>, a subsidiary of <A>").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, anchored, asserted, conjuncts, evidence, objects, span_of, subjects, verbal
from kg.doc_tables import char_span, children
from kg.model import Mention, Relation
from kg.relation_lexicon import PRODUCT_NOUNS, STAKE_NOUNS, STAKE_VERBS

ORGS = {"Organization"}
ELSEWHERE = {"from", "to", "with", "for", "by"}  # a stake's seller, buyer, partner or price is not what it is in
OWNED_FORMS = {"owned", "controlled"}  # "the Sberbank-owned Rambler group"


STAKE_OR_SELL = STAKE_VERBS | {"sell"}


def holding_relations(ctx: Context) -> list[Relation]:
    found = []
    for tok in ctx.words.pick(lemmas=STAKE_OR_SELL | {"part"}, forms=OWNED_FORMS | {"its"}):
        lemma = tok.lemma_.lower()
        if lemma in STAKE_OR_SELL and verbal(tok) and tok.dep_ != "amod" and asserted(tok):
            found += sale(ctx, tok) if lemma == "sell" else stake(ctx, tok)
        elif tok.lemma_.lower() == "part" and tok.pos_ == "NOUN":
            found += part_of_holding(ctx, tok)
        elif tok.lower_ in OWNED_FORMS and tok.dep_ == "amod":
            found += owned_by_compound(ctx, tok)
        elif tok.lower_ == "its":
            found += its_products(ctx, tok)
    return found


def owns(ctx: Context, owner: Mention, owned: Mention, rule: str, conf: float, *spans) -> Relation:
    anchor = spans[-1] if spans else span_of(owned)  # the verb or noun that says it, else the owned name
    return Relation(owner.entity, "owns", owned.entity,
                    evidence(ctx, rule, conf, *anchored(ctx, anchor, span_of(owner), span_of(owned), *spans)))


def pairs(ctx: Context, owners, owned, rule: str, conf: float, verb: Token) -> list[Relation]:
    return [owns(ctx, a, b, rule, conf, span_of(verb)) for a in owners for b in owned if a.entity != b.entity]


def all_subjects(ctx: Context, verb: Token, types=ORGS) -> list[Mention]:
    """The verb's subjects with the names coordinated to them ('Sogaz, an insurer, and Gazfond bought ...')."""
    found = subjects(ctx, verb, types)
    for child in children(verb):
        if child.dep_ == "nsubj" and child.lower_ not in ("which", "that", "who"):
            found += [m for c in conjuncts(child) if (m := ctx.at(c)) and m.type in types and m not in found]
    return found


def is_stake(t: Token) -> bool:
    """'a controlling stake', 'two thirds', '51 percent', 'control', 'a majority of the shares'."""
    return t.lemma_.lower() in STAKE_NOUNS or t.lower_ in STAKE_NOUNS


def stake_in(ctx: Context, noun: Token) -> list[Mention]:
    """The organisations a stake is in: inside the stake's phrase, but not its seller, buyer or partner."""
    skip = {t.i for p in noun.subtree if p.dep_ == "prep" and p.lower_ in ELSEWHERE for t in p.subtree}
    found = [m for m in ctx.within(noun, ORGS) if ctx.antecedents.root_index(m) not in skip]
    # "a controlling stake in the group", "full control of the network": a description of a named organisation
    return found or [m for p in children(noun) if p.dep_ == "prep" and p.lower_ in ("in", "of")
                     for o in children(p) if o.dep_ == "pobj" and o.pos_ == "NOUN"
                     for m in [ctx.head_mention(o, ORGS)] if m]


def stake(ctx: Context, verb: Token) -> list[Relation]:
    """'<A> holds two thirds of <B>'s shares', 'bought a stake in <B>', '<B>, in which <A> holds a stake',
    '<A> took over <B>'."""
    takeover = verb.lemma_.lower() == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in children(verb))
    stakes = [c for c in children(verb) if c.dep_ == "dobj" and is_stake(c)]
    if not stakes and not takeover:
        return []
    owned = [m for s in stakes for m in stake_in(ctx, s)]
    if takeover:
        owned += objects(ctx, verb, ("dobj",), ORGS)
    if verb.dep_ == "relcl" and any(p.dep_ == "prep" and any(o.lower_ == "which" for o in children(p))
                                    for p in children(verb)):  # "<B>, in which <A> holds a stake"
        owned += [m for m in [ctx.head_mention(verb.head, ORGS)] if m]
    owners = all_subjects(ctx, verb)
    owned = [m for m in owned if all(m.entity != o.entity for o in owners)]  # "the group" read as a buyer: none
    return pairs(ctx, owners, owned, "relation.owns_stake.v1", 0.75, verb)


def sale(ctx: Context, verb: Token) -> list[Relation]:
    """'<A> sold <B> to <C>', 'sold its stake in <B> to <C>', '<B> was sold to <C>': C owns B."""
    buyers = [m for p in children(verb) if p.dep_ in ("prep", "dative") and p.lower_ == "to"
              for o in children(p) if o.dep_ == "pobj" for t in (o, *conjuncts(o))
              for m in ctx.head_mentions(t, ORGS)]
    if not buyers:
        return []
    owned = []
    for child in children(verb):
        if child.dep_ in ("dobj", "nsubjpass"):
            owned += stake_in(ctx, child) if is_stake(child) else objects(ctx, verb, (child.dep_,), ORGS)
    sellers = {m.entity for m in subjects(ctx, verb, ORGS)}  # "Yandex sold the news aggregator to VK": a description
    owned = [m for m in owned if m.entity not in sellers]  # read as the seller itself is not what was sold
    return pairs(ctx, buyers, owned, "relation.owns_sale.v1", 0.75, verb)


def part_of_holding(ctx: Context, part: Token) -> list[Relation]:
    """'<B>, part of <A>'s holding', '<B> is part of the <A> group', '<B>, which is part of <A>'."""
    holders = [m for p in children(part) if p.dep_ == "prep" and p.lower_ == "of"
               for o in children(p) if o.dep_ == "pobj" for m in [ctx.head_mention(o, ORGS)] if m]
    members = []
    if part.dep_ == "appos":
        members = [m for m in [ctx.at(part.head)] if m and m.type in ORGS]
    elif part.dep_ == "attr" and asserted(part.head):
        members = subjects(ctx, part.head, ORGS)
    return pairs(ctx, holders, members, "relation.owns_part.v1", 0.7, part)


def owned_by_compound(ctx: Context, form: Token) -> list[Relation]:
    """'the Sberbank-owned Rambler group': the name before the hyphen owns the phrase the word describes."""
    before = ctx.doc[form.i - 2] if form.i >= 2 and ctx.doc[form.i - 1].text == "-" else None
    owner = ctx.at(before) if before is not None else None
    owned = ctx.head_mention(form.head, ORGS)
    apposed = form.head.dep_ == "appos" and owned is not None and ctx.at(form.head.head) == owned
    if owner is None or owner.type not in ORGS or owned is None or owner.entity == owned.entity or (
            owned.start < owner.end and not apposed):  # "Twitch, the Amazon-owned streaming service"
        return []
    return [owns(ctx, owner, owned, "relation.owns_part.v1", 0.75, span_of(form))]


def its_products(ctx: Context, its: Token) -> list[Relation]:
    """'its regional projects Sibir.Realii and Idel.Realii': the names right after 'its' and a product noun."""
    doc, i = ctx.doc, its.i + 1
    while i < len(doc) and doc[i].pos_ == "ADJ" and i - its.i <= 3:
        i += 1
    if i >= len(doc) or doc[i].lemma_.lower() not in PRODUCT_NOUNS:
        return []
    named, i = [], i + 1
    while i < len(doc) and (m := ctx.at(doc[i])) is not None and m.type in ORGS:
        named.append(m)
        span = char_span(ctx.doc, m.start, m.end)
        i = span.end if span is not None and span.end > i else i + 1
        if i < len(doc) and doc[i].text in (",", "and") and i + 1 < len(doc) and ctx.at(doc[i + 1]) is not None:
            i += 1
    owner = ctx.head_mention(its, ORGS) if named else None
    if owner is None or ctx.antecedents.nouns_of(owner) & PRODUCT_NOUNS:
        return []  # "<A>, the company's Russian service, and its regional projects": not the service's own
    return [owns(ctx, owner, m, "relation.owns_possessive.v1", 0.65, span_of(its)) for m in named
            if m.entity != owner.entity]
