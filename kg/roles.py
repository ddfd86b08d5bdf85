"""Roles of persons in organisations, state bodies and courts: kg:roleIn and its finer properties.

Rules (ids travel into provenance):
  relation.role_title.v1          "Spokesman for <Org> <Person>", "<Org> spokesman <Person>"
  relation.role_lexicon_title.v1  "Prosecutor General <Person>": a title naming one body
  relation.role_apposition.v1     "<Person>, the head of <Org>", "<Person>, a member of the council" (coref)
  relation.role_of.v1             "<Title> <Person> of <Org>", "Senators A and B of <Org>", "<Person> of <Org>"
  relation.role_possessive.v1     "<Org>'s spokesman, <Person>", "Its chief executive, <Person>, and editor B",
                                  "council member <Person>" (a name-word of an earlier body), "<Person>'s <Org>"
  relation.role_verb.v1           "<Org>, which is run/headed/founded/set up by <Person>", "the agency run by <Person>",
                                  "<Org> was founded by dissidents, among them <Person>",
                                  "<Person>, who heads/represents <Org>", "<Person>, a lawyer who represented <Org>"
  relation.role_implied.v1        "Judge <Person>" naming no court: the court last named before (or in) the sentence,
                                  else the only court the article names;
                                  "Senator <Person>": the article's Federation Council
  kg.role_context: "<Org>, whose director <Person>", "<Person>, who led the station's newsroom", "Editor-in-chief
                                  <Person>" with the organisation only in the sentences before, "<Person> became head
                                  of <Body>"
  kg.role_joined: "<Person> was elected to <Body>", "<Person> left <Org>", "quit his job at <Org>";
  kg.role_lists: "Three members of <Org>, A, B and C"; kg.role_pronouns: "Its co-chair, <Person>", "<Person>, the
                                  group's co-chairman" read from the words; it also drops roles said under a denial
                                  and a relative's name ("the wife of <Org>'s chairman, <Person>")
  kg.named_lists: "Council members, among them <Person>"; kg.role_deputies: "<head of Org> and his deputy <Person>"
  kg.role_bodies: "<Person>, a deputy from <party>" (the State Duma), "<A> was replaced by <B>" (A's role), leaving a
                                  body, "<Person> (Agora)", employers, "<Org>'s founders included <Person>", "a Jehovah's
                                  Witness"; kg.role_subjects: the subject of a gerund, of "used to", of a misparsed
                                  "<Person> heads <Org>"
A person has at most one property per body: the most specific one found.
The rules live in kg.role_surface (relation.role_title, role_lexicon_title, role_apposition after a name),
kg.role_attached (role_of, role_apposition, role_possessive), kg.role_verbs (role_verb), kg.role_bodies
(role_implied) and the modules named above; this module runs them over an article.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context
from kg.model import Mention, Relation
from kg.named_lists import listed_roles
from kg.relation_lexicon import ROLE_OF_TITLE
from kg.role_attached import role_appos, role_of, role_owner, role_titled
from kg.role_bodies import body_roles, role_implied
from kg.role_context import co_verb_roles, predicative_roles, role_in_context, whose_roles
from kg.role_deputies import deputy_roles
from kg.role_names import root_of, title_before
from kg.role_joined import joined_roles
from kg.role_lists import other_members, title_lists
from kg.role_pronouns import pronoun_titles, unasserted
from kg.role_shapes import more_roles
from kg.role_surface import role_after, role_before
from kg.role_titles import BODIES, EXTRA_TITLES, ROLE_NAME, title_of, title_words
from kg.role_verbs import role_verbs


def role_relations(ctx: Context) -> list[Relation]:
    titles = title_index(ctx)
    found = whose_roles(ctx, titles, BODIES)
    by_sentence: dict[tuple[int, int], list[Mention]] = {}
    for m in sorted(ctx.mentions, key=lambda m: m.start):
        by_sentence.setdefault(m.sentence, []).append(m)
    for person in (m for m in ctx.mentions if m.type == "Person"):
        here = by_sentence[person.sentence]
        before = [m for m in here if m.end <= person.start]
        after = [m for m in here if m.start >= person.end]
        own = role_before(ctx, person, before) + role_after(ctx, person, after)
        root = root_of(ctx, person)
        if root is not None:
            own += role_of(ctx, titles, person, root) + role_appos(ctx, titles, person, root)
            own += role_titled(ctx, titles, person, root)
        title = title_before(ctx, titles, person)
        if title and not any(ctx.type_of(r.object) in ("Court", "GovernmentBody") for r in own):
            own += role_implied(ctx, person, title)
        if not own and not any(r.subject == person.entity for r in found) and (
                named := title_named(ctx, titles, person, title, root)):
            own += role_in_context(ctx, person, *named)  # "Editor-in-chief <Person>" with no body named
        found += own
    found += role_owner(ctx) + role_verbs(ctx) + predicative_roles(ctx, titles) + co_verb_roles(ctx, BODIES)
    found += listed_roles(ctx, titles) + more_roles(ctx, titles) + other_members(ctx, titles)
    found += pronoun_titles(ctx, titles) + title_lists(ctx, titles) + joined_roles(ctx)
    found += deputy_roles(ctx, found)
    return most_specific(unasserted(ctx, found + body_roles(ctx, found, titles)))


def title_named(ctx: Context, titles, person: Mention, title, root: Token | None) -> tuple[str, str] | None:
    """(property, title words) of the title right before a name or in apposition to it ('The presenter, A')."""
    if title:
        return title[0], ctx.text[title[2]:person.start].strip(" ,")
    if root is not None and root.dep_ == "appos" and root.head.pos_ == "NOUN" and (prop := title_of(titles, root.head)):
        return prop, title_words(root.head)
    return None


def most_specific(relations: list[Relation]) -> list[Relation]:
    """One relation per (person, body): the first with a finer property than roleIn, else the first."""
    best: dict[tuple[str, str], Relation] = {}
    for r in relations:
        key = (r.subject, r.object)
        if r.subject != r.object and (key not in best or best[key].predicate == "roleIn" != r.predicate):
            best[key] = r
    return list(best.values())


_last_index: tuple = (None, {})  # (lexicon, its title index): made once per lexicon, which is complete once loaded


def title_index(ctx: Context) -> dict[str, str]:
    """Job title (lower case, singular) -> the roleIn subproperty; lexicon titles then the built-in list.
    (Shared by every article of one lexicon: read it, never change it.)"""
    global _last_index
    lexicon, index = _last_index
    if lexicon is None or lexicon is not ctx.lexicon:
        index = make_title_index(ctx)
        _last_index = (ctx.lexicon, index)
    return index


def make_title_index(ctx: Context) -> dict[str, str]:
    index = {}
    for title in getattr(ctx.lexicon, "titles", ()):
        for name in (title.title, *title.variants):
            index[name.lower()] = ROLE_NAME.get(title.role, "roleIn")
    return EXTRA_TITLES | index | ROLE_OF_TITLE
