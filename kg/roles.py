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
  kg.named_lists: "Council members, among them <Person>"; kg.role_deputies: "<head of Org> and his deputy <Person>"
  kg.role_bodies: "<Person>, a deputy from <party>" (the State Duma), "<A> was replaced by <B>" (A's role), leaving a
                                  body, "<Person> (Agora)", employers, "<Org>'s founders included <Person>", "a Jehovah's
                                  Witness"; kg.role_subjects: the subject of a gerund, of "used to", of a misparsed
                                  "<Person> heads <Org>"
A person has at most one property per body: the most specific one found.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import (Context, among_them, anchored, asserted, conjuncts, evidence, examples, objects,
                          prep_objects, span_of, subjects, verbal)
from kg.coref import DESCRIPTIONS
from kg.model import Mention, Relation
from kg.relation_lexicon import IMPLIED_BODY, LAWYER_WORDS, ROLE_OF_TITLE, ROLE_VERBS
from kg.role_context import co_verb_roles, predicative_roles, role_in_context, unit_owner, whose_roles
from kg.named_lists import listed_roles
from kg.role_bodies import body_roles
from kg.role_subjects import gerund_subject, name_before, raised_subject
from kg.role_deputies import deputy_roles
from kg.role_shapes import EXTRA_TITLES, OWNED_BODIES, more_roles, named_after
from kg.role_titles import BODIES, is_platform, owner_of_title, title_of, title_prop, title_words

SURFACE_TITLES = EXTRA_TITLES | ROLE_OF_TITLE  # "<Org> secretary-general <Person>" as well as "<Org> spokesman <Person>"
TITLE_RE = "|".join(sorted(map(re.escape, SURFACE_TITLES), key=len, reverse=True))
TITLE_FOR = re.compile(rf"(?:^|\W)({TITLE_RE})(s?)\s+(?:for|of|at|to)\s+(?:the\s+)?$", re.I)
TITLE_ONLY = re.compile(rf"^\s*({TITLE_RE})(s?)\s*,?\s*$", re.I)
# "<Person>, associate Europe and Central Asia director at <Org>": up to two modifiers, then a region's name
APPOS = re.compile(rf"^\s*,\s+(?:(?:the|a|an|its)\s+)?(?:[\w-]+\s+){{0,2}}?(?-i:(?:(?:[A-Z][\w-]*|and)\s+){{0,5}}?)"
                   rf"({TITLE_RE})\s+(?:of|for|at|with|to|from)\s+(?:the\s+)?$", re.I)
HOSTED_AFTER = re.compile(r"\s+(?:channel|group|page|account|blog|chat|community|feed)\s*,?\s*")
HOSTED_WORD = re.compile(r"\s(?:channel|group|page|account|blog|chat|community|feed)$", re.I)
WORDS_BEFORE = re.compile(r"((?:[\w’'-]+\s+){1,3})$")
FOREIGN = {"us", "u.s.", "american", "british", "uk", "german", "french", "ukrainian", "european"}
ROLE_NAME = {"spokesperson": "spokespersonOf", "head": "headOf", "deputy_head": "deputyHeadOf", "judge": "judgeOf",
             "prosecutor": "prosecutorOf", "lawyer": "lawyerOf", "member": "memberOf", "founder": "founderOf",
             "employee": "employeeOf", "official": "roleIn"}


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
    found += listed_roles(ctx, titles) + more_roles(ctx, titles)
    found += deputy_roles(ctx, found)
    return most_specific(found + body_roles(ctx, found, titles))


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


def root_of(ctx: Context, m: Mention) -> Token | None:
    span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None else None


def role(ctx: Context, person: Mention, org: Mention, prop: str, rule: str, conf: float = 0.8,
         *spans: tuple[int, int]) -> Relation:
    return Relation(person.entity, prop, org.entity,
                    evidence(ctx, rule, conf, *anchored(ctx, span_of(person), span_of(org), *spans)))


def title_before(ctx: Context, titles: dict[str, str], person: Mention) -> tuple[str, str, int] | None:
    """The job title written right before a name ('Judge', 'Senators', 'council member'):
    (property, the words before the title, the title's offset)."""
    window = ctx.text[max(person.sentence[0], person.start - 60):person.start]
    match = WORDS_BEFORE.search(window)
    if not match:
        return None
    words = match.group(1).split()
    for i in range(len(words)):
        prop = title_prop(titles, " ".join(words[i:]))
        if prop:
            offset = person.start - len(window) + match.start(1) + len(" ".join(words[:i])) + (1 if i else 0)
            return prop, " ".join(words[:i]), offset
    return None


# --- the old surface rules -----------------------------------------------------------------

def role_before(ctx: Context, person: Mention, before: list[Mention]) -> list[Relation]:
    text = ctx.text
    if before and before[-1].type in BODIES and not text[before[-1].end:person.start].strip(" ,"):
        org = before[-1]  # "... for <Org> <Person>"
        match = TITLE_FOR.search(text[max(person.sentence[0], org.start - 60):org.start])
        if match:  # "The lawyers of <Org>, A and B"
            return [role(ctx, p, org, SURFACE_TITLES[match.group(1).lower()], "relation.role_title.v1", 0.85)
                    for p in [person, *coordinated_after(ctx, person, match.group(2))]]
    if before and before[-1].type in BODIES:
        org = before[-1]  # "<Org> spokesman <Person>"
        match = TITLE_ONLY.match(text[org.end:person.start].replace("’s", "").replace("'s", ""))
        if match:  # "Agora lawyers A and B": a plural title goes to every name coordinated after it
            return [role(ctx, p, org, SURFACE_TITLES[match.group(1).lower()], "relation.role_title.v1", 0.85)
                    for p in [person, *coordinated_after(ctx, person, match.group(2))]]
    return role_from_lexicon_title(ctx, person)


def role_from_lexicon_title(ctx: Context, person: Mention) -> list[Relation]:
    """'Prosecutor General Yuri Chaika': a title naming one body, when that body is in the article."""
    if ctx.lexicon is None:
        return []
    window = ctx.text[max(person.sentence[0], person.start - 60):person.start]
    for pattern, title, name in present_titles(ctx):
        if pattern.search(window):
            org = next(m for m in ctx.mentions if m.entity == f"lex:{title.body}")
            prop = ROLE_NAME.get(title.role, "roleIn")
            return [Relation(person.entity, prop, org.entity,
                             evidence(ctx, "relation.role_lexicon_title.v1", 0.85,
                                      (person.start - len(name) - 1, person.end)))]
    return []


def present_titles(ctx: Context) -> list:
    """The lexicon's titles (see Lexicon.title_suffix) naming a body the article mentions, made once per article."""
    if "present titles" not in ctx.memo:
        ctx.memo["present titles"] = [(pattern, title, name) for pattern, title, name in ctx.lexicon.title_suffix
                                      if f"lex:{title.body}" in ctx.entities]
    return ctx.memo["present titles"]


def role_after(ctx: Context, person: Mention, after: list[Mention]) -> list[Relation]:
    if not after or after[0].type not in BODIES:
        return []
    org = after[0]
    hosted = HOSTED_AFTER.match(ctx.text, org.end) or (
        HOSTED_WORD.search(org.text) and re.compile(r"\s*,?\s*").match(ctx.text, org.end))
    if is_platform(ctx, org) and hosted:
        # "the owner of the Telegram channel Baza": the channel named after its platform, not the platform
        org = next((m for m in after[1:] if m.start == hosted.end() and m.type in BODIES), None)
        if org is None:
            return []
    match = APPOS.match(ctx.text[person.end:org.start])
    if match:
        prop = SURFACE_TITLES[match.group(1).lower()]
        if prop == "headOf" and re.search(r"\b(?:deputy|vice)[\s-]+$", match.string[:match.start(1)], re.I):
            prop = "deputyHeadOf"  # "a deputy speaker of <Body>", "the vice chairman of <Org>"
        return [role(ctx, person, org, prop, "relation.role_apposition.v1", 0.85)]
    return []


# --- the dependency rules ------------------------------------------------------------------

def role_of(ctx: Context, titles, person: Mention, root: Token) -> list[Relation]:
    """'Judge A of <Court>', 'A of the Agora group', 'Senators A and B of <Body>' (the parser hangs 'of' on B)."""
    orgs = [m for c in root.children if c.dep_ == "prep" and c.lower_ in ("of", "from", "at", "with")
            for p in c.children if p.dep_ == "pobj" for m in [ctx.head_mention(p, BODIES)] if m
            and (c.lower_ in ("of", "from") or m.type == "Organization")]  # "<Person> at/with <NGO>", not a court
    if not orgs:
        return []
    people = [person, *coordinated_before(ctx, root)]
    shared = title_before(ctx, titles, people[-1])
    if shared and shared[1] == "" and ctx.text[shared[2]:people[-1].start].strip().lower().endswith("s"):
        people += coordinated_after(ctx, person, "s")  # "Judges A and B of <Court>" with 'of' on A
    found = []
    for p in people:
        title = title_before(ctx, titles, p) or shared
        prop = title[0] if title else "roleIn"
        found.append(role(ctx, p, orgs[0], prop, "relation.role_of.v1", 0.8 if title else 0.7))
    return found


def coordinated_after(ctx: Context, person: Mention, plural: str) -> list[Mention]:
    """The persons coordinated with this name after it ('A and B'), when the title they share is plural."""
    root = root_of(ctx, person)
    if not plural or root is None:
        return []
    return [m for c in root.conjuncts if c.i > root.i and (m := ctx.at(c)) and m.type == "Person" and m != person]


def coordinated_before(ctx: Context, root: Token) -> list[Mention]:
    """The persons coordinated before this name ('A, B and C': for C, B and A), while all are persons."""
    found = []
    while root.dep_ == "conj":
        root = root.head
        m = ctx.at(root)
        if m is None or m.type != "Person":
            return []
        found.append(m)
    return found


def role_appos(ctx: Context, titles, person: Mention, root: Token) -> list[Relation]:
    """'<Person>, the head of the council', '<Person>, a member of <Body>', '<Person>, <Org>'s lawyer'."""
    found = []
    appositions = [x for c in root.children if c.dep_ == "appos" for x in (c, *conjuncts(c))]
    for a in appositions:  # "<Person>, a journalist and former member of <Body>": each coordinated title
        # "the United Nations High Commissioner for Human Rights": a capitalised title the tagger calls a name
        if (a.pos_ == "NOUN" or a.pos_ == "PROPN" and ctx.at(a) is None) and (prop := title_of(titles, a)):
            org = owner_of_title(ctx, a)  # "A and B, lawyers for <Org>": a plural title is each one's
            for p in [person, *coordinated_after(ctx, person, "s" if a.tag_ == "NNS" else "")] if org else ():
                found.append(role(ctx, p, org, prop, "relation.role_apposition.v1", 0.8, span_of(a)))
            # "a State Duma deputy from <party>": a member of the body and of the party
            found += [role(ctx, person, party, "memberOf", "relation.role_apposition.v1", 0.7, span_of(a))
                      for party in prep_objects(ctx, a, ("from",), {"Organization"}) if org and party != org]
    return found


def role_titled(ctx: Context, titles, person: Mention, root: Token) -> list[Relation]:
    """A title before or around the name whose owner is a possessive or a body's name-word."""
    found = []
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and (prop := title_of(titles, root.head)):
        org = owner_of_title(ctx, root.head)  # "Its chief executive, <Person>, and editor-in-chief <Person>"
        if org:
            found.append(role(ctx, person, org, prop, "relation.role_possessive.v1", 0.75))
            for c in root.children:
                other = ctx.at(c) if c.dep_ == "conj" else None
                title = title_before(ctx, titles, other) if other and other.type == "Person" else None
                if title:
                    found.append(role(ctx, other, org, title[0], "relation.role_possessive.v1", 0.7))
        return found
    title = title_before(ctx, titles, person)
    owner = next((ctx.head_mention(c, BODIES) for c in root.children if c.dep_ == "poss"), None)
    if owner is None and title is not None:  # "Its chief executive Mark Zuckerberg": the title's own possessor
        owner = next((ctx.head_mention(p, BODIES) for c in root.children if c.dep_ == "compound"
                      for p in c.children if p.dep_ == "poss"), None)
    if title is None:  # "Memorial's Oleg Orlov": a body's own person
        named = owner is not None and ctx.at(next(c for c in root.children if c.dep_ == "poss")) == owner
        return [role(ctx, person, owner, "roleIn", "relation.role_possessive.v1", 0.65)] if named else found
    prop, words, offset = title
    if owner is None and words and words.split()[-1].lower() in DESCRIPTIONS:  # "council member <Person>"
        noun = words.split()[-1].lower()
        owner = ctx.antecedents.named(noun, BODIES, offset)
    if owner is not None:
        found.append(role(ctx, person, owner, prop, "relation.role_possessive.v1", 0.7))
    return found


def role_implied(ctx: Context, person: Mention, title: tuple[str, str, int]) -> list[Relation]:
    """A title that names its kind of body: 'Senator <Person>' (the article's Federation Council), and
    'Judge <Person>' (the court named last before, within three sentences, else later in the sentence)."""
    prop, words, offset = title
    if words and words.split()[-1].lower().strip(".") in FOREIGN:
        return []
    name = ctx.text[offset:person.start].strip().lower()
    bodies = IMPLIED_BODY.get(name) or IMPLIED_BODY.get(name.rstrip("s"))
    if bodies:
        named = (m for m in ctx.mentions if m.type == "GovernmentBody" and any(b in m.text.lower() for b in bodies))
        body = next(named, None)
        return [role(ctx, person, body, prop, "relation.role_implied.v1", 0.6)] if body else []
    if prop not in ("judgeOf", "prosecutorOf"):
        return []
    # "Prosecutor <Person>", "investigator <Person>": the prosecutor's office or investigative body named around
    stems = ("investigat",) if "investigator" in name else ("prosecut",)
    fits = (lambda m: m.type == "Court") if prop == "judgeOf" else (
        lambda m: m.type == "GovernmentBody" and any(w in m.text.lower() for w in stems))
    here = next((i for i, s in enumerate(ctx.sentences) if s[0] <= person.start < s[1]), None)
    if here is None:
        return []
    begin = ctx.sentences[max(here - 3, 0)][0]
    courts = [m for m in ctx.mentions if fits(m) and begin <= m.start and m.end <= person.start]
    if not courts:
        courts = [m for m in ctx.mentions if fits(m) and m.sentence == person.sentence and m.start >= person.end][:1]
    if not courts:  # "Presiding judge <Person> read out the verdict": the one court named so far, or at all
        earlier = {m.entity: m for m in ctx.mentions if fits(m) and m.end <= person.start}
        named = earlier or {m.entity: m for m in ctx.mentions if fits(m)}
        courts = list(named.values()) if len(named) == 1 else []
    if not courts:
        return []
    court = max(courts, key=lambda m: m.start) if courts[0].end <= person.start else courts[0]
    return [role(ctx, person, court, prop, "relation.role_implied.v1", 0.6)]


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
        for c in root.children:
            if c.dep_ == "poss" and (p := ctx.head_mention(c, {"Person"})) and p.end <= m.start:
                found.append(role(ctx, p, m, "roleIn", "relation.role_possessive.v1", 0.7))
    return found


# what a verb's lemma can be for "<lemma> <particle>..." to be a role verb: "run", "set", "set up"
ROLE_VERB_HEADS = {" ".join(words[:n]) for words in (verb.split(" ") for verb in ROLE_VERBS)
                   for n in range(1, len(words) + 1)}


def role_verbs(ctx: Context) -> list[Relation]:
    """'<Org>, which is run by <Person>', 'the agency headed by <Person>', '<Person>, who founded <Org>',
    '<Person>, a lawyer who represented <Org>' (lawyerOf), '<Person> works for <Org>'."""
    found = []
    for verb in ctx.words.with_lemma(ROLE_VERB_HEADS):
        lemma = " ".join([verb.lemma_.lower(), *(c.lower_ for c in verb.children if c.dep_ == "prt")])  # "set up"
        if lemma not in ROLE_VERBS or not verbal(verb) or not asserted(verb):
            continue
        prop, preps = ROLE_VERBS[lemma]
        people, orgs = verb_arguments(ctx, verb, preps)
        for p in people:
            fine = "lawyerOf" if prop == "roleIn" and is_lawyer(ctx, p) else prop
            found += [role(ctx, p, o, fine, "relation.role_verb.v1", 0.75, span_of(verb)) for o in orgs]
    return found


def verb_arguments(ctx: Context, verb: Token, preps) -> tuple[list[Mention], list[Mention]]:
    passive = verb.tag_ == "VBN" and (any(c.dep_ == "auxpass" for c in verb.children) or (
        verb.dep_ in ("acl", "relcl") and not any(c.dep_ == "nsubj" for c in verb.children)))  # not "who had led"
    if passive:
        people = [m for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"
                  for t in (p, *conjuncts(p)) for m in [ctx.head_mention(t, {"Person"})] if m]  # "by A and B"
        if not people and any(c.dep_ == "agent" for c in verb.children):  # "by dissidents, among them <Person>"
            people = among_them(ctx, verb, {"Person"}) or [m for c in verb.children if c.dep_ == "agent"
                                                            for p in c.children for m in examples(ctx, p, {"Person"})]
        orgs = objects(ctx, verb, ("nsubjpass",), BODIES)
        if not orgs and verb.dep_ in ("acl", "relcl"):
            orgs = [m for m in [ctx.head_mention(verb.head, BODIES)] if m]
        return people, orgs
    people = (subjects(ctx, verb, {"Person"}) or who(ctx, verb) or gerund_subject(ctx, verb)
              or raised_subject(ctx, verb) or name_before(ctx, verb))
    if preps:
        return people, [m for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
                         for p in c.children if p.dep_ == "pobj" for m in [ctx.head_mention(p, BODIES)] if m]
    units = [m for c in verb.children if c.dep_ == "dobj" and (m := unit_owner(ctx, c, BODIES))]  # "led its newsroom"
    return people, objects(ctx, verb, ("dobj",), BODIES) or units or named_after(ctx, verb)



def who(ctx: Context, verb: Token) -> list[Mention]:
    """'<Person>, head of <Org>, who represents ...': the parser may hang the clause on a later noun."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in verb.children):
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
    words = {c.lower_ for c in root.children if c.dep_ in ("appos", "compound")} if root is not None else set()
    before = ctx.text[max(person.sentence[0], person.start - 25):person.start].lower().split()
    return bool((words | set(before[-2:])) & LAWYER_WORDS)
