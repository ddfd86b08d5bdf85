"""Roles the parse attaches to a name: a title before it with an 'of' phrase, an apposition, a possessive.

Rules (ids travel into provenance):
  relation.role_of.v1           "Judge <Person> of <Court>", "Senators A and B of <Body>", "<Person> of the Agora group"
  relation.role_apposition.v1   "<Person>, the head of the council", "<Person>, a member of <Body>", "A and B, lawyers
                                for <Org>", "a State Duma deputy from <party>" (also a member of the party)
  relation.role_possessive.v1   "Its chief executive, <Person>, and editor B", "Its chief executive <Person>",
                                "council member <Person>" (a name-word of an earlier body), "Memorial's <Person>",
                                "<Person>'s <Org>" (a founder's or leader's organisation)
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, conjuncts, prep_objects, span_of
from kg.coref import DESCRIPTIONS
from kg.doc_tables import children
from kg.model import Mention, Relation
from kg.role_names import coordinated_after, coordinated_before, role, root_of, title_before
from kg.role_shapes import OWNED_BODIES
from kg.role_titles import BODIES, owner_of_title, title_of


def role_of(ctx: Context, titles, person: Mention, root: Token) -> list[Relation]:
    """'Judge A of <Court>', 'A of the Agora group', 'Senators A and B of <Body>' (the parser hangs 'of' on B)."""
    orgs = [m for c in children(root) if c.dep_ == "prep" and c.lower_ in ("of", "from", "at", "with")
            for p in children(c) if p.dep_ == "pobj" for m in [ctx.head_mention(p, BODIES)] if m
            and (c.lower_ in ("of", "from") or m.type == "Organization")]  # "<Person> at/with <NGO>", not a court
    if not orgs:
        return []
    people = [person, *coordinated_before(ctx, root)]
    shared = title_before(ctx, titles, people[-1])
    of = min(c.i for c in children(root) if c.dep_ == "prep" and c.lower_ in ("of", "from", "at", "with"))
    people += [m for c in root.conjuncts if root.i < c.i < of and (m := ctx.at(c)) is not None
               and m.type == "Person" and m not in people]  # "A and B of the Agora group" with 'of' on A
    if shared and shared[1] == "" and ctx.text[shared[2]:people[-1].start].strip().lower().endswith("s"):
        people += coordinated_after(ctx, person, "s")  # "Judges A and B of <Court>" with 'of' on A
    found = []
    for p in people:
        title = title_before(ctx, titles, p) or shared
        prop = title[0] if title else "roleIn"
        found.append(role(ctx, p, orgs[0], prop, "relation.role_of.v1", 0.8 if title else 0.7))
    return found


def role_appos(ctx: Context, titles, person: Mention, root: Token) -> list[Relation]:
    """'<Person>, the head of the council', '<Person>, a member of <Body>', '<Person>, <Org>'s lawyer'."""
    found = []
    appositions = [x for c in children(root) if c.dep_ == "appos" for x in (c, *conjuncts(c))]
    for a in appositions:  # "<Person>, a journalist and former member of <Body>": each coordinated title
        # "the United Nations High Commissioner for Human Rights": a capitalised title the tagger calls a name
        if (a.pos_ == "NOUN" or a.pos_ == "PROPN" and ctx.at(a) is None) and (prop := title_of(titles, a)):
            org = owner_of_title(ctx, a)  # "A and B, lawyers for <Org>": a plural title is each one's
            people = [person, *coordinated_after(ctx, person, "s" if a.tag_ == "NNS" else "")]
            if a.tag_ == "NNS" and all(m.end <= a.idx for m in people):  # "A, B, C and D, editors of <Org>" with
                people += coordinated_before(ctx, root)  # the title hung on B: the whole list before it
            for p in people if org else ():
                found.append(role(ctx, p, org, prop, "relation.role_apposition.v1", 0.8, span_of(a)))
                found += [role(ctx, p, other, prop, "relation.role_apposition.v1", 0.75, span_of(a))
                          for other in coordinated_names(ctx, a, org)]  # "a former Kommersant and Vedomosti journalist"
            # "a State Duma deputy from <party>": a member of the body and of the party
            found += [role(ctx, person, party, "memberOf", "relation.role_apposition.v1", 0.7, span_of(a))
                      for party in prep_objects(ctx, a, ("from",), {"Organization"}) if org and party != org]
    return found


def coordinated_names(ctx: Context, title: Token, org: Mention) -> list[Mention]:
    """The bodies coordinated with the one named before a title: 'a Kommersant and Vedomosti journalist'."""
    return [m for c in children(title) if c.dep_ in ("compound", "nmod") and c.i < title.i and ctx.at(c) == org
            for o in c.conjuncts if o.i < title.i and (m := ctx.at(o)) is not None and m.type in BODIES and m != org]


def role_titled(ctx: Context, titles, person: Mention, root: Token) -> list[Relation]:
    """A title before or around the name whose owner is a possessive or a body's name-word."""
    found = []
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and (prop := title_of(titles, root.head)):
        org = owner_of_title(ctx, root.head)  # "Its chief executive, <Person>, and editor-in-chief <Person>"
        if org:
            found.append(role(ctx, person, org, prop, "relation.role_possessive.v1", 0.75))
            for c in children(root):
                other = ctx.at(c) if c.dep_ == "conj" else None
                title = title_before(ctx, titles, other) if other and other.type == "Person" else None
                if title:
                    found.append(role(ctx, other, org, title[0], "relation.role_possessive.v1", 0.7))
                elif other and other.type == "Person" and root.head.tag_ == "NNS":  # "Its lawyers, A and B"
                    found.append(role(ctx, other, org, prop, "relation.role_possessive.v1", 0.7))
        return found
    title = title_before(ctx, titles, person)
    owner = next((ctx.head_mention(c, BODIES) for c in children(root) if c.dep_ == "poss"), None)
    if owner is None and title is not None:  # "Its chief executive Mark Zuckerberg": the title's own possessor
        owner = next((ctx.head_mention(p, BODIES) for c in children(root) if c.dep_ == "compound"
                      for p in children(c) if p.dep_ == "poss"), None)
    if title is None:  # "Memorial's Oleg Orlov": a body's own person
        named = owner is not None and ctx.at(next(c for c in children(root) if c.dep_ == "poss")) == owner
        return [role(ctx, person, owner, "roleIn", "relation.role_possessive.v1", 0.65)] if named else found
    prop, words, offset = title
    if owner is None and words and words.split()[-1].lower() in DESCRIPTIONS:  # "council member <Person>"
        noun = words.split()[-1].lower()
        owner = ctx.antecedents.named(noun, BODIES, offset)
    if owner is not None:
        found.append(role(ctx, person, owner, prop, "relation.role_possessive.v1", 0.7))
    return found


def role_owner(ctx: Context) -> list[Relation]:
    """'<Person>'s <Org>': a founder's or leader's organisation ('Navalny's Anti-Corruption Foundation')."""
    found = []
    for m in ctx.mentions:  # also "Sergei Lavrov's Foreign Ministry", "Piskarev's commission"
        if m.type not in ("Organization", "GovernmentBody") or (root := root_of(ctx, m)) is None:
            continue
        if root.dep_ == "compound" and root.head.is_lower and root.head.lemma_.lower() in OWNED_BODIES:
            root = root.head  # "Alisher Usmanov's USM holding", "Navalny's FBK foundation"
        elif root.is_lower and root.lemma_.lower() not in OWNED_BODIES:
            continue  # 'his Telegram channel', 'her Facebook page': a person's account, not a role
        for c in children(root):
            if c.dep_ == "poss" and (p := ctx.head_mention(c, {"Person"})) and p.end <= m.start:
                found.append(role(ctx, p, m, "roleIn", "relation.role_possessive.v1", 0.7))
            # "the Anti-Corruption Foundation of (the opposition politician) Alexei Navalny": a name's 'of' a person
            if c.dep_ == "prep" and c.lower_ == "of" and not root.is_lower and m.type == "Organization":
                for o in (o for o in children(c) if o.dep_ == "pobj"):
                    if (p := ctx.head_mention(o, {"Person"})) and p.start >= m.end:
                        found.append(role(ctx, p, m, "roleIn", "relation.role_possessive.v1", 0.65))
    return found
