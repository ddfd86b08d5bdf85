"""Roles a verb gives: "<Org>, which is run by <Person>", "the agency headed by <Person>", "<Org> was founded by
dissidents, among them <Person>", "<Person>, who heads/represents <Org>", "<Person>, a lawyer who represented <Org>"
(lawyerOf), "<Person> works for <Org>" (rule relation.role_verb.v1; the verbs and their properties are
kg.relation_lexicon's ROLE_VERBS)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import Context, among_them, asserted, examples, listed_words, objects, span_of, subjects, verbal
from kg.doc_tables import children
from kg.model import Mention, Relation
from kg.relation_lexicon import LAWYER_WORDS, ROLE_VERBS
from kg.role_context import unit_owner
from kg.role_names import role, root_of
from kg.role_shapes import named_after
from kg.role_subjects import gerund_subject, name_before, raised_subject
from kg.role_titles import BODIES, hosted

# what a verb's lemma can be for "<lemma> <particle>..." to be a role verb: "run", "set", "set up"
ROLE_VERB_HEADS = {" ".join(words[:n]) for words in (verb.split(" ") for verb in ROLE_VERBS)
                   for n in range(1, len(words) + 1)}


def role_verbs(ctx: Context) -> list[Relation]:
    """'<Org>, which is run by <Person>', 'the agency headed by <Person>', '<Person>, who founded <Org>',
    '<Person>, a lawyer who represented <Org>' (lawyerOf), '<Person> works for <Org>'."""
    found = []
    for verb in ctx.words.with_lemma(ROLE_VERB_HEADS):
        lemma = " ".join([verb.lemma_.lower(), *(c.lower_ for c in children(verb) if c.dep_ == "prt")])  # "set up"
        if lemma not in ROLE_VERBS or not verbal(verb) or not asserted(verb):
            continue
        prop, preps = ROLE_VERBS[lemma]
        people, orgs = verb_arguments(ctx, verb, preps)
        if lemma == "sit":  # "sits in the Duma", "sits on the Constitutional Court"; not "sat in the court's courtroom"
            orgs = [o for o in orgs if o.type != "Court" or seated_on(verb, o)]
        for p in people:
            fine = "lawyerOf" if prop == "roleIn" and is_lawyer(ctx, p) else prop
            found += [role(ctx, p, o, fine, "relation.role_verb.v1", 0.75, span_of(verb)) for o in orgs]
    return found


def seated_on(verb: Token, court: Mention) -> bool:
    """'<judge> sits on the Constitutional Court': the court is the object of 'on'."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and c.idx < court.start <= c.right_edge.idx
               for c in children(verb))


def verb_arguments(ctx: Context, verb: Token, preps) -> tuple[list[Mention], list[Mention]]:
    passive = verb.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in children(verb)) or (
        verb.dep_ in ("acl", "relcl") and not any(c.dep_ == "nsubj" for c in children(verb))))  # not "who had led"
    if passive:
        people = [m for c in children(verb) if c.dep_ == "agent" for p in children(c) if p.dep_ == "pobj"
                  for t in listed_words(p) for m in [ctx.head_mention(t, {"Person"})] if m]  # "by A and B", "by
        # co-chief executives A and B"
        people = list(dict.fromkeys(people))
        if not people and any(c.dep_ == "agent" for c in children(verb)):  # "by dissidents, among them <Person>"
            people = among_them(ctx, verb, {"Person"}) or [m for c in children(verb) if c.dep_ == "agent"
                                                            for p in children(c) for m in examples(ctx, p, {"Person"})]
        orgs = objects(ctx, verb, ("nsubjpass",), BODIES) or [
            m for c in children(verb) if c.dep_ == "nsubjpass" and (m := unit_owner(ctx, c, BODIES))]  # "<Org>'s
        # board is chaired by <Person>"
        if not orgs and verb.dep_ in ("acl", "relcl"):
            orgs = [m for m in [ctx.head_mention(verb.head, BODIES)] if m]
        return people, orgs
    people = (subjects(ctx, verb, {"Person"}) or who(ctx, verb) or gerund_subject(ctx, verb)
              or raised_subject(ctx, verb) or name_before(ctx, verb))
    if preps:
        return people, [m for c in children(verb) if c.dep_ == "prep" and c.lower_ in preps
                         for p in children(c) if p.dep_ == "pobj" for m in [ctx.head_mention(p, BODIES)] if m]
    units = [m for c in children(verb) if c.dep_ == "dobj" and (m := unit_owner(ctx, c, BODIES))]  # "led its newsroom"
    if any(c.dep_ == "dobj" and hosted(ctx, c) for c in children(verb)):
        return people, units  # "runs a small Telegram channel": the channel is hers, not the platform that hosts it
    orgs = objects(ctx, verb, ("dobj",), BODIES) or units or named_after(ctx, verb) or next_verbs_object(ctx, verb)
    return people, orgs or name_right_after(ctx, verb)


def name_right_after(ctx: Context, verb: Token) -> list[Mention]:
    """'<Person> founded the For Human Rights movement': a name the parser split up (its "For" read as a preposition),
    right after a verb that was given no object."""
    if any(c.dep_ == "dobj" for c in children(verb)):
        return []
    end = verb.idx + len(verb.text)
    return [m for m in ctx.mentions if m.type in BODIES and m.start > end
            and re.fullmatch(r"\s+(?:the\s+)?", ctx.text[end:m.start])][:1]


def next_verbs_object(ctx: Context, verb: Token) -> list[Mention]:
    """'<Person> edited and distributed <Org>': a verb with no object of its own shares the object of the verb
    coordinated right after it, when that verb has no subject of its own either (kg.law_issued.shared_object is the
    other case: two actors, "The Duma passed and Putin signed <law>")."""
    if any(c.dep_ == "dobj" or c.dep_ == "prep" and c.i > verb.i for c in children(verb)):  # (a time before is fine)
        return []
    after = next((c for c in children(verb) if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if after is None or any(c.dep_.startswith("nsubj") for c in children(after)):
        return []
    return objects(ctx, after, ("dobj",), BODIES)


def who(ctx: Context, verb: Token) -> list[Mention]:
    """'<Person>, head of <Org>, who represents ...': the parser may hang the clause on a later noun."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in children(verb)):
        return []
    t = verb.head
    while t.dep_ in ("pobj", "prep", "appos") and t.head.i != t.i:
        t = t.head
        if (m := ctx.at(t)) and m.type == "Person":
            return [m]
    return []


def is_lawyer(ctx: Context, person: Mention) -> bool:
    """A person the sentence calls a lawyer: 'Ivan Pavlov, a lawyer who ...', 'lawyer Ivan Pavlov'."""
    root = root_of(ctx, person)
    words = {c.lower_ for c in children(root) if c.dep_ in ("appos", "compound")} if root is not None else set()
    before = ctx.text[max(person.sentence[0], person.start - 25):person.start].lower().split()
    return bool((words | set(before[-2:])) & LAWYER_WORDS)
