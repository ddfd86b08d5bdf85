"""Roles whose organisation is not named next to the title (kg:roleIn from the words around it).

Rules (ids travel into provenance):
  relation.role_whose.v1    "<Org>, whose founder and chief executive <Person> launched it", "<Org>, whose director
                            <Person> left", "<Org>, whose regional branch <Person> once headed": the title between
                            'whose' and the name (else the role the name's verb gives), the body before 'whose'
  (kg.roles' relation.role_verb.v1 uses unit_owner: "<Person>, who had led the station's newsroom": heading or
                            working in a unit of a body, its newsroom, office or board, is a role in the body)
  relation.role_predicate.v1 "<Person> is the director of <Org>", "<Person>, who was then a member of the <Org> board",
                            "<Person> became head of <Body>", "<Person> was appointed head of <Body>", "<Person> has
                            worked as a lawyer for <Org>", "<Person> stepped down as chief executive of <Org>": a title said
                            of a person by a verb of being, becoming or leaving
  relation.role_co_verb.v1  "<Person>, who co-chairs the group", "<Person> co-founded <Org>": the tokenizer splits
                            'co-' verbs, so these are read from the words (the person before 'who' or the verb)
  relation.role_context.v1  "Editor-in-chief <Person>", "The presenter, <Person>": a newsroom or company title with
                            no organisation of its own belongs to the one organisation the text before it (its own
                            sentence, else one of the two before) talks about; two candidates there: none
kg.roles calls these and keeps one property per person and body.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import Context, asserted, evidence, objects, prep_objects, sentence_index, span_of, subjects
from kg.coref import DESCRIPTIONS
from kg.doc_tables import char_span, children
from kg.model import Mention, Relation
from kg.relation_lexicon import CONTEXT_TITLES, ROLE_VERBS
from kg.role_titles import owner_of_title, title_of, titles_in

UNIT_NOUNS = {"newsroom", "office", "branch", "bureau", "department", "board", "team", "staff", "desk", "section",
              "division", "chapter", "service", "editorial", "unit", "programme", "program", "project"}
WHOSE_GAP = 60  # characters from 'whose' to the name: "whose founder and chief executive <Person>"
CONTEXT_SENTENCES = 2  # sentences before the name's own in which its organisation is looked for
ORG = {"Organization"}
CO_VERB = re.compile(r"\bco-(chair|found|head|lead|direct|run)(?:s|ed|ing)?\s+", re.I)
CO_PROPS = {"found": "founderOf"}  # the others head the body
# verbs by which a title is said of their subject: "is the director of", "became head of", "was appointed head of"
PREDICATE_VERBS = {"be", "become", "remain", "serve", "work", "appoint", "name", "elect", "stay", "act",
                   "resign", "step", "quit", "retire", "reappoint", "hire", "take", "return"}  # "stepped down as": past
# verbs whose object the title is said of: "<Body> appointed <Person> as its head", "elected <Person> as chairman"
APPOINTING = {"appoint", "name", "elect", "hire", "reappoint", "make"}
# verbs of one person taking a post from another: both hold (held) it ("<A> replaced <B> as head of <Body>")
SUCCEEDING = {"replace", "succeed"}
BODY_TYPES = {"Organization", "GovernmentBody", "Court"}


WHOSE_OWNER = re.compile(r"\s*,\s*(?:(?:the|a|an)\s+[\w'’ -]{1,60}\s+)?")


def whose_roles(ctx: Context, titles: dict[str, str], bodies: set[str]) -> list[Relation]:
    """'<Org>, whose founder and chief executive <Person> ...', '<Org>, whose lawyer <Person> said'."""
    found = []
    for tok in ctx.words.with_lower("whose"):
        if tok.lower_ != "whose":
            continue
        # "<Org>, whose ...", "<Org>, the Moscow newspaper whose ...": the body, or its description right after it
        org = next((m for m in ctx.mentions if m.type in bodies and m.end <= tok.idx
                    and WHOSE_OWNER.fullmatch(ctx.text[m.end:tok.idx])
                    and not any(m.end <= o.start < tok.idx for o in ctx.mentions)), None)
        person = next((m for m in ctx.mentions if m.type == "Person" and tok.idx < m.start <= tok.idx + WHOSE_GAP
                       and m.sentence[0] <= tok.idx), None)
        if org is None or person is None:
            continue
        words = re.sub(r"\s+(?:is|was|has\s+been|had\s+been|remains|became)$", "",  # "whose editor is <Person>"
                       ctx.text[tok.idx + len(tok.text):person.start].strip(" ,"))
        props = titles_in(titles, words) or verb_role(ctx, person)
        if props:
            found.append(Relation(person.entity, props[0], org.entity, evidence(
                ctx, "relation.role_whose.v1", 0.75, span_of(org), span_of(person))))
    return found


def verb_role(ctx: Context, person: Mention) -> list[str]:
    """'whose regional branch <Person> once headed': the role the verb of the person's clause gives."""
    span = char_span(ctx.doc, person.start, person.end)
    verb = span.root.head if span is not None and span.root.dep_ == "nsubj" else None
    entry = ROLE_VERBS.get(verb.lemma_.lower()) if verb is not None else None
    return [entry[0]] if entry and not entry[1] else []


def unit_owner(ctx: Context, noun: Token, bodies: set[str]) -> Mention | None:
    """'the station's newsroom', 'Amnesty's Moscow office': the body a unit noun belongs to."""
    if noun.lemma_.lower() not in UNIT_NOUNS:
        return None
    # "Memorial's political prisoners support project": the possessive may hang on a word before the noun
    return next((m for c in noun.subtree if c.dep_ == "poss" and c.i < noun.i and (m := ctx.head_mention(c, bodies))),
                None)


def organization_title(title: str) -> bool:
    return any(title.lower().rstrip("s").endswith(t) for t in CONTEXT_TITLES)


def context_organization(ctx: Context, person: Mention) -> Mention | None:
    """The one organisation the text just before a person talks about: named, or described ('the paper')."""
    here = sentence_index(ctx, person.start)
    if here is None:
        return None
    for i in range(here, max(here - CONTEXT_SENTENCES, 0) - 1, -1):
        start, end = ctx.sentences[i]
        end = min(end, person.start)
        named = {m.entity: m for m in ctx.mentions if m.type in ORG and start <= m.start and m.end <= end}
        span = ctx.doc.char_span(start, end, alignment_mode="contract") or ()
        for t in span:
            if t.pos_ == "NOUN" and DESCRIPTIONS.get(t.lower_) == ORG and ctx.at(t) is None:
                m = ctx.antecedents.resolve(t, ORG)
                if m is not None:
                    named.setdefault(m.entity, m)
        if named:
            return next(iter(named.values())) if len(named) == 1 else None
    return None


def role_in_context(ctx: Context, person: Mention, prop: str, title: str) -> list[Relation]:
    """'Editor-in-chief <Person>' with no organisation named: the one the text before is about."""
    if not organization_title(title):
        return []
    org = context_organization(ctx, person)
    if org is None:
        return []
    return [Relation(person.entity, prop, org.entity, evidence(ctx, "relation.role_context.v1", 0.55, span_of(person)))]


def predicative_roles(ctx: Context, titles: dict[str, str]) -> list[Relation]:
    """'<Person> is the director of <Org>', '<Person> became head of <Body>', 'worked as a lawyer for <Org>'."""
    found = []
    for noun in ctx.words.with_pos("NOUN"):
        if noun.pos_ != "NOUN" or noun.dep_ not in ("attr", "oprd", "pobj"):
            continue
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "as" else noun.head
        if one_of(noun):  # "<Person> was one of the leading reporters at <Org>"
            verb = noun.head.head.head
        if verb.dep_ == "pobj" and verb.head.dep_ == "agent" and verb.head.head.lemma_.lower() in SUCCEEDING:
            verb = verb.head.head  # "<B> was replaced by <A> as head of <Body>": 'as' hangs on <A>
        if verb.dep_ in ("prt", "advmod") and verb.lower_ == "down":  # "stepped down as chief executive of"
            verb = verb.head
        if noun.dep_ == "pobj" and verb.i == noun.head.i:
            continue  # a title in some other prepositional phrase
        if verb.lemma_.lower() not in PREDICATE_VERBS | SUCCEEDING:
            continue
        if not (prop := title_of(titles, noun)) or not asserted(verb):  # (the title read once the verb can take one)
            continue
        if verb.lemma_.lower() == "take" and not any(c.dep_ == "prt" and c.lower_ == "over" for c in children(verb)):
            continue  # "took over as head of <Body>", not "took part as an observer"
        org = owner_of_title(ctx, noun)
        appointed = objects(ctx, verb, ("dobj",), {"Person"}) if verb.lemma_.lower() in APPOINTING else []
        if org is None and appointed and any(c.dep_ == "poss" and c.lower_ == "its" for c in children(noun)):
            org = next(iter(subjects(ctx, verb, BODY_TYPES)), None)  # "<Body> appointed <Person> as its head"
        people = appointed or subjects(ctx, verb, {"Person"}) or objects(ctx, verb, ("nsubjpass",), {"Person"}) or \
            objects(ctx, verb, ("nsubj",), {"Person"})  # "Yandex co-founder <Person> stepped down": 'co' a subject
        people += [m for m in predecessors(ctx, verb) if m not in people]
        found += [Relation(p.entity, prop, org.entity, evidence(ctx, "relation.role_predicate.v1", 0.75, span_of(p),
                                                                  span_of(noun))) for p in people if org is not None]
    return found


def one_of(noun: Token) -> bool:
    """'one of the founders': a plural title after 'one of', the complement of a verb."""
    of = noun.head
    return (noun.dep_ == "pobj" and noun.tag_ == "NNS" and of.lower_ == "of" and of.head.lower_ == "one"
            and of.head.dep_ in ("attr", "oprd"))


def predecessors(ctx: Context, verb: Token) -> list[Mention]:
    """Who held the post before: "<A> replaced <B> as ...", "<B> was succeeded by <A> as ...", "<A> took over as
    ... from <B>"."""
    lemma = verb.lemma_.lower()
    if lemma in SUCCEEDING:
        if any(c.dep_ == "auxpass" for c in children(verb)):
            return [m for c in children(verb) if c.dep_ == "agent" for p in children(c) if p.dep_ == "pobj"
                    for m in [ctx.head_mention(p, {"Person"})] if m]
        return objects(ctx, verb, ("dobj",), {"Person"})
    if lemma == "take" and any(c.dep_ == "prt" and c.lower_ == "over" for c in children(verb)):
        # "took over ... in the spring from <B>": the parser may hang 'from' on the time phrase
        timed = [o for c in children(verb) if c.dep_ == "prep" and c.lower_ != "as" for o in children(c)
                 if o.dep_ == "pobj"]
        return [m for t in (verb, *timed) for m in prep_objects(ctx, t, ("from",), {"Person"})]
    return []


# "<Person> went on to co-found <Org>", "<Person> later helped co-found <Org>"
GOING_ON = re.compile(r",?\s+(?:later\s+|then\s+)?(?:went\s+on\s+to|helped(?:\s+to)?|would\s+go\s+on\s+to)\s+")


def co_verb_roles(ctx: Context, bodies: set[str]) -> list[Relation]:
    """'<Person>, a former deputy who co-chairs the group', '<Person> co-founded <Org>' (read from the words)."""
    found = []
    for match in CO_VERB.finditer(ctx.text):
        start, end = match.span()
        tokens = ctx.doc.char_span(end, min(end + 60, len(ctx.text)), alignment_mode="expand") or ()
        obj = next((m for t in tokens if t.pos_ in ("NOUN", "PROPN")
                    for m in [ctx.at(t) if ctx.at(t) is not None else ctx.head_mention(t, bodies)] if m), None)
        before = ctx.text[:start].rstrip()
        who = before.lower().endswith(" who")
        people = [m for m in ctx.mentions if m.type == "Person" and m.end <= start and m.sentence[0] <= start and (
            start - m.end <= (120 if who else 2) or GOING_ON.fullmatch(ctx.text, m.end, start))]
        if obj is not None and obj.type in bodies and people:
            prop = CO_PROPS.get(match.group(1).lower(), "headOf")
            found.append(Relation(people[-1].entity, prop, obj.entity, evidence(
                ctx, "relation.role_co_verb.v1", 0.7, span_of(people[-1]), (start, end))))
    return found
