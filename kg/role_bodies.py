"""Roles whose body the text leaves to the reader: a parliament's deputies, a predecessor's successor, a judge's
court.

Rules (ids travel into provenance):
  relation.role_parliament.v1  "<Person>, a deputy from the ruling United Russia party", "United Russia lawmaker
                               <Person>", "Deputy <Person>": a deputy or lawmaker with no state body of its own (at
                               most a party) sits in the State Duma the article names (memberOf); not a municipal,
                               regional or city deputy, not "his deputy", not "a deputy of <Body>"
  relation.role_departed.v1    "<Person> was forced out of <Org>", "resigned from <Body>", "was fired from <Org>",
                               "<Person> quit <Org>", "was expelled from <party>": leaving a body says one had a role
                               in it (a person who merely "left" a court or a place says nothing)
  relation.role_bracketed.v1   "<Person> (Agora) said": an organisation in brackets right after a name is the
                               person's (not a country, a place or a state body)
  relation.role_employer.v1    "His employer, <Org>, called ...", "<Org>, <Person>'s employer", "<Org>, which employs
                               <Person>": a person's employer (employeeOf)
  relation.role_included.v1    "<Org>'s founders included <Person>", "Among the founders of <Org> were A and B": a
                               plural title of a body said to include the names
  relation.role_one_member.v1  "<Person>, a Jehovah's Witness", "Jehovah's Witness <Person>": the singular of a group
                               named in the plural, said of a person, makes the person a member
  relation.role_successor.v1   "<A> was replaced by <B>", "<B> replaced <A> as editor", "<B> succeeded <A>": the
                               successor takes the role its predecessor holds in the article (same property)
  relation.role_implied.v1     "Judge <Person>" naming no court: the court last named before (or in) the sentence,
                               else the only court the article names; "Prosecutor <Person>": the prosecutor's office
                               named around; "Senator <Person>": the article's Federation Council
kg.roles calls these (role_implied for each name with a title before it) and keeps one property per person and body.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import Context, asserted, conjuncts, evidence, objects, sentence_index, span_of, subjects, verbal
from kg.doc_tables import char_span, children
from kg.model import Mention, Relation
from kg.relation_lexicon import IMPLIED_BODY
from kg.role_names import role
from kg.role_titles import owner_of_title, title_of

PERSON = {"Person"}
BODY = {"Organization", "GovernmentBody"}
# titles of a member of parliament; "deputy" alone is also a deputy head's ("deputy head" is parsed as one title)
PARLIAMENT_TITLES = {"deputy", "lawmaker", "mp", "parliamentarian", "legislator"}
# modifiers that put a deputy in a local or regional assembly, or make the word mean something else
LOCAL = {"municipal", "regional", "city", "district", "local", "village", "town", "provincial", "oblast", "council",
         "assembly", "legislative", "legislature", "mayor", "governor", "prime", "chief", "head", "minister",
         "director", "his", "her", "their", "its", "european", "ukrainian", "german", "french", "british", "us",
         "american"}
# the word right before a bare "Deputy <Person>" that keeps it a parliamentary title
OPENERS = {"", "a", "the", "former", "opposition", "duma", "parliamentary", "ruling", "party", "pro-kremlin"}
BOSSES = {"governor", "mayor", "minister", "president", "chairman", "director", "speaker", "duma", "parliament"}
SUCCESSION = {"replace", "succeed"}
# verbs of leaving a body with the preposition that names it ("" = the direct object); passive ones take 'from'/'out of'
DEPARTURES = {"resign": ("from",), "quit": ("",), "force": ("out of",), "oust": ("from",), "fire": ("from",),
              "dismiss": ("from",), "expel": ("from",), "sack": ("from",), "step": ("from",), "retire": ("from",)}
# posts one person holds at a time: a successor takes these, not a predecessor's memberships or jobs
POSTS = {"headOf", "deputyHeadOf", "spokespersonOf", "judgeOf", "prosecutorOf"}
# "US Senator <Person>": a foreign body's title says nothing of the Russian ones the article names
FOREIGN = {"us", "u.s.", "american", "british", "uk", "german", "french", "ukrainian", "european"}


def body_roles(ctx: Context, roles: list[Relation], titles: dict[str, str]) -> list[Relation]:
    return (parliament_roles(ctx) + successor_roles(ctx, roles, titles) + departures(ctx) + bracketed(ctx)
            + employers(ctx) + included(ctx, titles) + one_member(ctx))


def state_duma(ctx: Context) -> Mention | None:
    return next((m for m in ctx.mentions if m.type == "GovernmentBody" and (
        m.entity == "lex:ru-state-duma" or "state duma" in m.text.lower())), None)


def parliament_roles(ctx: Context) -> list[Relation]:
    """'<Person>, a deputy from United Russia', 'United Russia lawmaker <Person>': a member of the State Duma."""
    duma = state_duma(ctx)
    if duma is None:
        return []
    found = []
    for person in (m for m in ctx.mentions if m.type == "Person"):
        span = char_span(ctx.doc, person.start, person.end)
        if span is None:
            continue
        root = span.root
        titles = [x for c in children(root) if c.dep_ == "appos" for x in (c, *conjuncts(c))]
        titles += [t for t in ctx.doc[max(span.start - 3, 0):span.start] if t.head.i == root.i or t.head in span]
        for t in titles:
            if t.lemma_.lower() in PARLIAMENT_TITLES and t.lower_ not in ("deputies",) and parliamentary(ctx, t, span):
                found.append(Relation(person.entity, "memberOf", duma.entity, evidence(
                    ctx, "relation.role_parliament.v1", 0.6, span_of(person), span_of(t))))
                break
    return found


def parliamentary(ctx: Context, title: Token, name) -> bool:
    """A deputy's title with no local modifier and no body but a party ('a deputy from <party>')."""
    words = {c.lower_ for c in title.subtree if c.i < title.i} | {c.lower_ for c in children(title)}
    if words & LOCAL or any(c.dep_ == "poss" for c in children(title)):
        return False
    if any(elsewhere(ctx, o) for c in children(title) if c.dep_ == "prep" and c.lower_ in ("to", "in", "at", "of")
           for o in children(c) if o.dep_ == "pobj"):
        return False  # "a deputy to the governor", "a deputy in the Moscow City Duma" (not "... to 20 percent")
    if any(not (o.pos_ == "NOUN" and (m := ctx.head_mention(o, {"Organization"})) is not None) and (
            (m := ctx.at(o)) is None or m.type != "Organization") for c in children(title)
           if c.dep_ == "prep" and c.lower_ == "from" for o in children(c) if o.dep_ == "pobj"):
        return False  # "a deputy from Pskov": a region's deputy (but "a deputy from the ruling United Russia party")
    owner = owner_of_title(ctx, title)
    if owner is not None and owner.type != "Organization":
        return owner.entity == "lex:ru-state-duma" or "state duma" in owner.text.lower()
    if title.i < name.start:  # "Deputy <Person>": only a bare title or one after a party's name
        before = ctx.doc[title.i - 1] if title.i > 0 else None
        word = before.lower_ if before is not None and before.sent == title.sent else ""
        party = before is not None and (m := ctx.at(before)) is not None and m.type == "Organization"
        return word in OPENERS or party
    return True


def elsewhere(ctx: Context, noun: Token) -> bool:
    """A prepositional object that puts a deputy in another body or under another person."""
    m = ctx.at(noun)
    if m is not None:
        return m.type != "Organization" and m.entity != "lex:ru-state-duma" and "state duma" not in m.text.lower()
    return noun.lemma_.lower() in LOCAL | BOSSES


def successor_roles(ctx: Context, roles: list[Relation], titles: dict[str, str] = None) -> list[Relation]:
    """'<A> was replaced by <B>', '<B> replaced <A> as editor-in-chief', '<B> succeeded <A>': B takes A's role;
    '<Org>'s chief executive was replaced by <B>': B takes the post."""
    held: dict[str, list[Relation]] = {}
    for r in roles:
        if r.predicate in POSTS:
            held.setdefault(r.subject, []).append(r)
    found = []
    for verb in ctx.words.with_lemma(SUCCESSION):
        if verb.lemma_.lower() not in SUCCESSION or not verbal(verb) or not asserted(verb):
            continue
        if any(c.dep_ == "auxpass" or c.dep_ == "nsubjpass" for c in children(verb)):
            before = objects(ctx, verb, ("nsubjpass",), PERSON)
            after = [m for c in children(verb) if c.dep_ == "agent" for o in children(c) if o.dep_ == "pobj"
                     for m in [ctx.head_mention(o, PERSON)] if m]
            posts = [(prop, owner) for c in children(verb) if c.dep_ == "nsubjpass" and not before and titles
                     and not any(o.dep_ == "poss" and o.pos_ == "PRON" for o in children(c))  # ("its": too unsure)
                     and (prop := title_of(titles, c)) and (owner := owner_of_title(ctx, c)) is not None]
            found += [role(ctx, new, owner, prop, "relation.role_successor.v1", 0.6, span_of(verb))
                      for prop, owner in posts for new in after]
        else:
            after = subjects(ctx, verb, PERSON)
            before = objects(ctx, verb, ("dobj",), PERSON)
        for old in before:
            for r in held.get(old.entity, []):
                found += [Relation(new.entity, r.predicate, r.object, evidence(
                    ctx, "relation.role_successor.v1", 0.6, span_of(new), span_of(verb)))
                          for new in after if new.entity != old.entity]
    return found


def departures(ctx: Context) -> list[Relation]:
    """'<Person> was forced out of <Org>', 'resigned from <Body>', 'quit <Org>', 'was expelled from <party>'."""
    found = []
    for verb in ctx.words.with_lemma(set(DEPARTURES)):
        lemma = verb.lemma_.lower()
        if lemma not in DEPARTURES or not verbal(verb) or not asserted(verb):
            continue
        people = subjects(ctx, verb, PERSON) or objects(ctx, verb, ("nsubjpass",), PERSON)
        bodies = []
        for prep in DEPARTURES[lemma]:
            if prep == "":
                bodies += objects(ctx, verb, ("dobj",), BODY)
                continue
            first, *rest = prep.split()
            for p in (c for c in children(verb) if c.lower_ == first and c.dep_ in ("prep", "prt", "advmod")):
                holders = [p] if not rest else [c for c in (*children(p), *children(verb))
                                                 if c.dep_ == "prep" and c.lower_ == rest[0]]
                bodies += [m for h in holders for o in children(h) if o.dep_ == "pobj"
                           for m in [ctx.head_mention(o, BODY)] if m]
        prop = "memberOf" if lemma == "expel" else "roleIn"
        found += [Relation(p.entity, prop, b.entity, evidence(ctx, "relation.role_departed.v1", 0.6, span_of(p),
                                                              span_of(verb))) for p in people for b in bodies[:1]]
    return found


def bracketed(ctx: Context) -> list[Relation]:
    """'Pavel Chikov (Agora) said': the organisation named alone in brackets right after a person's name."""
    found = []
    orgs = {m.start: m for m in ctx.mentions if m.type == "Organization"}
    for person in (m for m in ctx.mentions if m.type == "Person"):
        gap = re.match(r"\s*\(\s*", ctx.text[person.end:person.end + 6])
        org = orgs.get(person.end + gap.end()) if gap else None
        if org is not None and re.match(r"\s*\)", ctx.text[org.end:org.end + 3]):
            found.append(Relation(person.entity, "roleIn", org.entity, evidence(
                ctx, "relation.role_bracketed.v1", 0.6, span_of(person), span_of(org))))
    return found


def employers(ctx: Context) -> list[Relation]:
    """'His employer, The Wall Street Journal', "<Org>, Kurmasheva's employer", '<Org>, which employs <Person>'."""
    found = []
    for tok in ctx.words.with_lemma({"employer", "employ"}):
        lemma = tok.lemma_.lower()
        if lemma == "employer" and tok.pos_ == "NOUN" and not any(c.lower_ in ("potential", "future", "new")
                                                                  for c in children(tok)):
            people = [m for c in children(tok) if c.dep_ == "poss" for m in [ctx.head_mention(c, PERSON)] if m]
            orgs = [m for c in children(tok) if c.dep_ == "appos" and (m := ctx.at(c)) is not None
                    and m.type == "Organization"]
            if tok.dep_ == "appos" and (m := ctx.at(tok.head)) is not None and m.type == "Organization":
                orgs.append(m)
        elif lemma == "employ" and verbal(tok) and asserted(tok):
            people = objects(ctx, tok, ("dobj",), PERSON)
            orgs = subjects(ctx, tok, {"Organization"})
        else:
            continue
        found += [Relation(p.entity, "employeeOf", o.entity, evidence(ctx, "relation.role_employer.v1", 0.65,
                                                                      span_of(p), span_of(tok)))
                  for p in people for o in orgs[:1]]
    return found


def included(ctx: Context, titles: dict[str, str]) -> list[Relation]:
    """"<Org>'s founders included <Person>", 'Among the founders of <Org> were A and B'."""
    found = []
    for verb in ctx.words.with_lemma({"include", "be"}):
        lemma = verb.lemma_.lower()
        if lemma not in ("include", "be") or not asserted(verb):
            continue
        if lemma == "include":
            nouns = [c for c in children(verb) if c.dep_ == "nsubj" and c.tag_ == "NNS"]
            named = [c for c in children(verb) if c.dep_ == "dobj"]
        else:
            nouns = [o for p in children(verb) if p.dep_ == "prep" and p.lower_ == "among"
                     for o in children(p) if o.dep_ == "pobj" and o.tag_ == "NNS"]
            named = [c for c in children(verb) if c.dep_ in ("attr", "nsubj")]
        for noun in nouns:
            prop, body = title_of(titles, noun), owner_of_title(ctx, noun)
            if prop is None or body is None:
                continue
            people = [m for t in named for x in (t, *conjuncts(t)) for m in [ctx.head_mention(x, PERSON)] if m]
            found += [Relation(p.entity, prop, body.entity, evidence(ctx, "relation.role_included.v1", 0.65,
                                                                     span_of(p), span_of(noun))) for p in people]
    return found


def one_member(ctx: Context) -> list[Relation]:
    """"<Person>, a Jehovah's Witness from Denmark", "Jehovah's Witness <Person>": one of a group named in the plural."""
    found = []
    for m in (m for m in ctx.mentions if m.type == "Organization"):
        last = m.text.split()[-1]
        whole = getattr(ctx.entities.get(m.entity), "label", "")
        if not whole or not last[:1].isupper() or whole.split()[-1] not in (last + "s", last + "es"):
            continue
        span = char_span(ctx.doc, m.start, m.end)
        if span is None:
            continue
        root = span.root
        person = ctx.at(root.head) if root.dep_ in ("appos", "compound", "nmod") else None
        if person is not None and person.type == "Person":
            found.append(Relation(person.entity, "memberOf", m.entity, evidence(
                ctx, "relation.role_one_member.v1", 0.65, span_of(person), span_of(m))))
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
    here = sentence_index(ctx, person.start)
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
