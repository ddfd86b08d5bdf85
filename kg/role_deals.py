"""People on either side of a deal for an organisation, and a person whose company an apposition names: both own
or owned it, a role in it (kg:roleIn; organisations owning organisations are kg.ownership's).

Rules (ids travel into provenance):
  relation.role_owner.v1  "<A> bought <Org> from <B>", "<A> sold his stake in <Org> to <B>", "<A> bought shares in
                          <Org>" (each person, when the deal is told as done), "<Org>, <Person>'s investment vehicle,",
                          "<Org>, the holding company of <Person>," (not "<Person>'s favourite outlet")
Called by kg.role_shapes.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import Context, is_passive, span_of, subjects
from kg.doc_tables import children
from kg.model import Mention, Relation
from kg.role_names import relation

ORGS = {"Organization"}
PERSON = {"Person"}
ROLE_OWN_RULE = "relation.role_owner.v1"
# a person who buys or sells an organisation (or a stake in it) owns or owned it, and so does the one on the
# other side of the deal: "<A> bought <Org> from <B>", "<A> sold his stake in <Org> to <B>"
DEAL_VERBS = {"buy": "from", "acquire": "from", "purchase": "from", "sell": "to"}
STAKE_NOUNS = {"stake", "share", "shares", "stakes", "holding", "interest"}


def deal_roles(ctx: Context, verb: Token, other_side: str) -> list[Relation]:
    """'<A> bought <Org> from <B>', '<A> sold his stake in <Org> to <B>': both people own or owned the organisation
    (not a company on either side: kg.ownership reads that as ownership)."""
    if is_passive(verb):
        return []
    owned = []
    for obj in (c for c in children(verb) if c.dep_ == "dobj"):
        if obj.lemma_.lower() in STAKE_NOUNS:  # "his 12 per cent stake in the social network", "shares in <Org>"
            owned += [m for t in (obj, verb) for m in phrase_objects(ctx, t, "in", ORGS) if m not in owned]
        else:
            owned += [m for m in [ctx.head_mention(obj, ORGS)] if m and m not in owned]
    sides = [verb, *(t for c in children(verb) if c.dep_ == "dobj" for t in c.subtree if t.pos_ in ("NOUN", "PROPN"))]
    people = subjects(ctx, verb, PERSON)  # (the parser may hang "to <B>" on the stake or the company)
    people += [m for t in sides for m in phrase_objects(ctx, t, other_side, PERSON) if m not in people]
    return [relation(ctx, p, "roleIn", o, ROLE_OWN_RULE, 0.65, span_of(verb)) for p in people for o in owned]


def phrase_objects(ctx: Context, head: Token, word: str, types: set[str]) -> list[Mention]:
    """The named objects of `head`'s '<word> ...' phrase (a 'prep', or the 'dative' the parser makes of 'to')."""
    return [m for c in children(head) if c.lower_ == word and c.dep_ in ("prep", "dative")
            for o in children(c) if o.dep_ == "pobj" for m in [ctx.head_mention(o, types)] if m]


# "<Org>, <Person>'s investment vehicle,", "<Org>, the holding company of <Person>,": the person's company
OWNED_KINDS = r"(?:vehicle|company|holding|group|fund|firm|conglomerate|empire|business|media\s+group|outlet|newspaper)"
PERSON_OWNS_APPOSED = re.compile(rf"^\s*['’]s?\s+(?!favou?rite|rival|preferred)(?:[a-z-]+\s+){{0,2}}{OWNED_KINDS}"
                                 rf"\s*(?:,|\.|$)")
OF_PERSON = re.compile(rf",\s+(?:the|a|an)\s+(?:[a-z-]+\s+){{0,2}}{OWNED_KINDS}\s+(?:owned\s+by|of)\s+$")


def owner_apposed(ctx: Context) -> list[Relation]:
    """'Onexim Group, Prokhorov's investment vehicle,' and 'Onexim Group, the investment vehicle of Mikhail
    Prokhorov,': the person has a role in (owns) the organisation the apposition describes."""
    found = []
    orgs = [m for m in ctx.mentions if m.type in ORGS]
    for person in (m for m in ctx.mentions if m.type == "Person"):
        lead = ctx.text[max(person.sentence[0], person.start - 80):person.start]
        after = PERSON_OWNS_APPOSED.match(ctx.text[person.end:person.sentence[1]])
        of = OF_PERSON.search(lead)
        start = person.start - len(lead) + (of.start() if of else 0)
        if after:  # the comma before the person's possessive
            start = person.start
            gap = re.search(r",\s+(?:the\s+)?$", lead)
            if gap is None:
                continue
            start -= len(lead) - gap.start()
        elif not of:
            continue
        org = next((o for o in orgs if o.end == start and o.sentence == person.sentence), None)
        if org is not None:
            end = person.end + (after.end() if after else 0)
            found.append(relation(ctx, person, "roleIn", org, ROLE_OWN_RULE, 0.65, (org.end, end)))
    return found
