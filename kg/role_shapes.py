"""More ways news text gives a person's role in a body (kg:roleIn and its finer properties).

Rules (ids travel into provenance):
  relation.role_speaking_for.v1  "Speaking for the Kremlin, <Person> said", "<Person>, speaking on behalf of <Body>":
                                 the person speaks for the body (spokespersonOf)
  relation.role_possessive.v1    "<Person>, <Org>'s co-founder", "<Org>'s secretary-general, <Person>": a title owned
                                 by a body's possessive right next to the name, read from the words (the parser often
                                 breaks hyphenated titles apart)
  relation.role_one_of.v1        "<Person>, one of the founders of <Org>", "one of the lawyers for <Org>"
  relation.role_craft.v1         "<Person>, who writes for <Org>", "who covered the trial for the outlet <Org>",
                                 "<Person> reported for <Org>": journalistic work for an organisation (employeeOf)
  relation.role_owner.v1         "<Org>, controlled by <Person>", "the channel owned by <Person>", "<Person> owns
                                 <Org>": a person who owns or controls an organisation has a role in it (roleIn);
                                 organisations owning organisations are kg.ownership's
  relation.role_of_which.v1      "<Org>, a channel of which <Person> is the editor": a title said in a relative
                                 clause whose 'of which' is the organisation
  relation.role_founded_with.v1  "<Person> founded <Org> with his brother <Person>": the partner is a founder too
  relation.role_place_title.v1   "<Person>, the Paris prosecutor": the body the article names after the place and
                                 the title ("Paris prosecutor's office")
  relation.role_team.v1          "<Org>'s defence, which included the lawyer <Person>", "<Org>'s legal team, which
                                 includes A and B": members of a body's defence are its lawyers
  relation.role_described.v1     "<Person> commented ... The Kremlin spokesman said": kg.role_described
Near misses that yield nothing: "lawyers for <Person>" (a person is not a body), "a critic of <Org>", "who had
criticised <Org>", "who campaigned for <Org>", "<Org> may be sold to <Person>".
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import Context, asserted, conjuncts, listed_words, span_of, subjects, verbal
from kg.doc_tables import children
from kg.model import Mention, Relation
from kg.role_deals import DEAL_VERBS, ROLE_OWN_RULE, deal_roles, owner_apposed
from kg.role_described import described_roles
from kg.role_names import relation
from kg.role_titles import BODIES, longest_title, owner_of_title, title_of

ORGS = {"Organization"}
PERSON = {"Person"}
SPEAKING_FOR = re.compile(r"\b(?:(?:speaking|talking)\s+for|(?:(?:speaking|talking)\s+)?on\s+behalf\s+of)\s+(?:the\s+)?$", re.I)
# verbs of a journalist's work whose "for <Org>" names the outlet worked for
CRAFT_VERBS = {"write", "report", "cover", "film", "broadcast", "contribute", "freelance", "blog", "photograph"}
OWNER_VERBS = {"own", "control"}
FOUNDING_VERBS = {"found", "co-found", "establish", "launch", "create", "set"}
POSSESSIVE = re.compile(r"^\s*(?:['’]s|['’])\s+((?:[\w-]+\s+){0,3}?[\w-]+)\s*(?:,|$|\s+(?:and|who|said|says)\b)")


def more_roles(ctx: Context, titles: dict[str, str]) -> list[Relation]:
    return (speaking_for(ctx) + possessive_titles(ctx, titles) + one_of(ctx, titles) + craft_roles(ctx)
            + owner_roles(ctx) + of_which_roles(ctx, titles) + founded_with(ctx) + team_roles(ctx)
            + place_titles(ctx) + described_roles(ctx, titles) + owner_apposed(ctx))


def same_sentence(ctx: Context, kind: set[str], start: int, end: int) -> list[Mention]:
    return [m for m in ctx.mentions if m.type in kind and start <= m.start and m.end <= end]


def speaking_for(ctx: Context) -> list[Relation]:
    """'Speaking for <Body>, <Person> said', '<Person>, speaking on behalf of <Body>, said'."""
    found = []
    for body in (m for m in ctx.mentions if m.type in BODIES):
        before = ctx.text[max(body.sentence[0], body.start - 40):body.start]
        if not (match := SPEAKING_FOR.search(before)):
            continue
        start = body.start - len(before) + match.start()
        after = [m for m in same_sentence(ctx, PERSON, body.end, body.sentence[1])
                 if re.fullmatch(r"\s*,\s*", ctx.text[body.end:m.start])]
        prior = [m for m in same_sentence(ctx, PERSON, body.sentence[0], start)
                 if re.fullmatch(r"\s*,\s*", ctx.text[m.end:start])]
        for person in (after or prior)[:1]:
            found.append(relation(ctx, person, "spokespersonOf", body, "relation.role_speaking_for.v1", 0.75,
                                  (start, body.end)))
    return found


def possessive_titles(ctx: Context, titles: dict[str, str]) -> list[Relation]:
    """'<Person>, <Org>'s co-founder,' and '<Org>'s secretary-general, <Person>' read from the words."""
    found = []
    people = [m for m in ctx.mentions if m.type == "Person"]
    for body in (m for m in ctx.mentions if m.type in BODIES):
        match = POSSESSIVE.match(ctx.text[body.end:body.sentence[1]])
        prop = match and longest_title(titles, match.group(1))
        if not prop:
            continue
        end = body.end + match.end(1)
        before = [p for p in people if p.sentence == body.sentence and p.end <= body.start
                  and re.fullmatch(r"\s*,\s*(?:the\s+)?", ctx.text[p.end:body.start], re.I)]
        after = [p for p in people if p.sentence == body.sentence and p.start >= end
                 and re.fullmatch(r"\s*,\s*", ctx.text[end:p.start])]
        for person in (before[-1:] or after[:1]):
            found.append(relation(ctx, person, prop, body, "relation.role_possessive.v1", 0.7, (body.start, end)))
    return found


def one_of(ctx: Context, titles: dict[str, str]) -> list[Relation]:
    """'<Person>, one of the founders of <Org>': the plural title under 'one of' in apposition to the name."""
    found = []
    for one in ctx.words.with_lower("one"):
        if one.lower_ != "one" or one.dep_ != "appos" or (person := ctx.at(one.head)) is None or person.type != "Person":
            continue
        for title in (o for p in children(one) if p.dep_ == "prep" and p.lower_ == "of"
                      for o in children(p) if o.dep_ == "pobj" and o.pos_ == "NOUN"):
            prop, body = title_of(titles, title), owner_of_title(ctx, title)
            if prop and body is not None:
                found.append(relation(ctx, person, prop, body, "relation.role_one_of.v1", 0.75, span_of(title)))
    return found


def craft_roles(ctx: Context) -> list[Relation]:
    """'<Person>, who writes for <Org>', 'covered court hearings for the outlet <Org>' (employeeOf)."""
    found = []
    for verb in ctx.words.with_lemma(CRAFT_VERBS):
        if verb.lemma_.lower() not in CRAFT_VERBS or not verbal(verb) or not asserted(verb):
            continue
        outlets = [m for p in for_phrases(verb) for o in children(p) if o.dep_ == "pobj"
                   for m in [ctx.head_mention(o, ORGS)] if m]
        people = workers(ctx, verb)
        found += [relation(ctx, p, "employeeOf", o, "relation.role_craft.v1", 0.7, span_of(verb))
                  for p in people for o in outlets[:1]]
    return found


def for_phrases(verb: Token) -> list[Token]:
    """'for' phrases on the verb, its object or the object of its preposition ('reported on the trial for X')."""
    found = []
    stack = [verb]
    while stack:
        t = stack.pop()
        for c in children(t):
            if c.dep_ == "prep" and c.lower_ == "for":
                found.append(c)
            elif (c.dep_ in ("dobj", "pobj") and t is not verb) or (c.dep_ in ("dobj", "prep") and t is verb):
                stack.append(c)
    return found


def workers(ctx: Context, verb: Token) -> list[Mention]:
    """The verb's subject; 'who' in a relative clause stands for the name the clause hangs on."""
    people = subjects(ctx, verb, PERSON)
    if verb.dep_ == "relcl" and (m := ctx.at(verb.head)) is not None and m.type == "Person":
        people = people or [m]
        t = verb.head
        while t.dep_ == "conj" and (other := person_at(ctx, t.head)) is not None:
            people.append(other)  # "A and B, who covered ...": both
            t = t.head
        people += [o for c in children(verb.head) if c.dep_ == "conj" and c.i < verb.i
                   for o in [person_at(ctx, c)] if o is not None and o not in people]
    return people


def person_at(ctx: Context, token: Token) -> Mention | None:
    """The person mention over a token, even when a same-sized mention of another type shadows it."""
    return next((m for m in ctx.mentions if m.type == "Person" and m.start <= token.idx < m.end), None)


def owner_roles(ctx: Context) -> list[Relation]:
    """'<Org>, controlled by <Person>', 'the channel owned by <Person>', '<Person> owns <Org>' (roleIn)."""
    found = []
    for verb in ctx.words.with_lemma(OWNER_VERBS | set(DEAL_VERBS)):
        lemma = verb.lemma_.lower()
        if lemma not in OWNER_VERBS | set(DEAL_VERBS) or verb.dep_ == "amod" and verb.i > 0 and verb.nbor(-1).text == "-":
            continue
        if not verbal(verb) or not asserted(verb):
            continue
        if lemma in DEAL_VERBS:
            found += deal_roles(ctx, verb, DEAL_VERBS[lemma])
            continue
        agents = [m for c in children(verb) if c.dep_ == "agent" for o in children(c) if o.dep_ == "pobj"
                  for t in listed_words(o) for m in [ctx.head_mention(t, PERSON)] if m]  # "by A and her husband B"
        agents = list(dict.fromkeys(agents))
        if agents:
            owned = [m for c in children(verb) if c.dep_ == "nsubjpass" for m in [ctx.head_mention(c, ORGS)] if m]
            if not owned and verb.dep_ in ("acl", "relcl", "amod"):
                owned = [m for m in [ctx.head_mention(verb.head, ORGS)] if m]
        else:
            agents = subjects(ctx, verb, PERSON) or relative_subject(ctx, verb)
            owned = [m for c in children(verb) if c.dep_ == "dobj" for m in [ctx.head_mention(c, ORGS)] if m]
            owned = owned or kind_then_name(ctx, verb)
        found += [relation(ctx, p, "roleIn", o, ROLE_OWN_RULE, 0.7, span_of(verb)) for p in agents for o in owned]
    return found


KIND_THEN_NAME = re.compile(r"\s+(?:the|a|an|its|his|her)\s+(?:[a-z-]+\s+){1,3}$")


def kind_then_name(ctx: Context, verb: Token) -> list[Mention]:
    """'controls the media holding <Org>', 'owns the news site <Org>': the parser often takes the kind's first noun
    for the object and loses the name after it; the organisation named right after a few lower-case words."""
    after = [m for m in ctx.mentions if m.type in ORGS and verb.idx < m.start and m.sentence[0] <= verb.idx]
    first = min(after, key=lambda m: m.start, default=None)
    gap = ctx.text[verb.idx + len(verb.text):first.start] if first is not None else ""
    return [first] if first is not None and KIND_THEN_NAME.fullmatch(gap) else []


def relative_subject(ctx: Context, verb: Token) -> list[Mention]:
    """'<Person>, the businessman who controls <Org>': 'who' stands for the name the described noun is apposed to."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in children(verb)):
        return []
    noun = verb.head
    named = ctx.at(noun.head) if noun.dep_ == "appos" else ctx.at(noun)
    return [named] if named is not None and named.type == "Person" else []


def of_which_roles(ctx: Context, titles: dict[str, str]) -> list[Relation]:
    """'<Org>, a YouTube channel of which <Person> is the editor'."""
    found = []
    for verb in ctx.words.with_lemma("be"):
        if verb.lemma_ != "be" or verb.dep_ != "relcl" or not any(
                p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ == "which" for o in children(p))
                for p in children(verb)):
            continue
        body = ctx.head_mention(verb.head, BODIES)
        people = [m for c in children(verb) if c.dep_ == "nsubj" for m in [ctx.head_mention(c, PERSON)] if m]
        props = [p for c in children(verb) if c.dep_ == "attr" and (p := title_of(titles, c))]
        if body is not None and props:
            found += [relation(ctx, p, props[0], body, "relation.role_of_which.v1", 0.7, span_of(verb))
                      for p in people]
    return found


def founded_with(ctx: Context) -> list[Relation]:
    """'<Person> founded <Org> in 2013 with his brother <Person>', 'set up <Org> with <Person> and <Person>'."""
    found = []
    for verb in ctx.words.with_lemma(FOUNDING_VERBS):
        lemma = verb.lemma_.lower()
        if lemma not in FOUNDING_VERBS or not verbal(verb) or not asserted(verb) or lemma == "set" and not any(
                c.dep_ == "prt" and c.lower_ == "up" for c in children(verb)):
            continue
        partners = [m for p in children(verb) if p.dep_ == "prep" and p.lower_ == "with"
                    for o in children(p) if o.dep_ == "pobj" for t in (o, *conjuncts(o))
                    for m in [ctx.head_mention(t, PERSON)] if m]
        bodies = [m for c in children(verb) if c.dep_ == "dobj" for m in [ctx.head_mention(c, BODIES)] if m]
        found += [relation(ctx, p, "founderOf", b, "relation.role_founded_with.v1", 0.7, span_of(verb))
                  for p in partners for b in bodies[:1]]
    return found


TEAMS = {"defence": "lawyerOf", "defense": "lawyerOf", "lawyer": "lawyerOf", "team": "memberOf",
         "delegation": "memberOf", "staff": "employeeOf", "board": "memberOf", "leadership": "memberOf"}


def team_roles(ctx: Context) -> list[Relation]:
    """'<Org>'s defence, which included the lawyer <Person>': the people a body's team is said to include."""
    found = []
    for verb in ctx.words.with_lemma("include"):
        if verb.lemma_.lower() != "include" or verb.dep_ != "relcl" or not asserted(verb):
            continue
        team = verb.head
        prop = TEAMS.get(team.lemma_.lower())
        if team.lemma_.lower() == "team" and any(c.lower_ in ("legal", "defence", "defense") for c in team.lefts):
            prop = "lawyerOf"
        body = next((ctx.head_mention(c, BODIES) for c in children(team) if c.dep_ == "poss"), None)
        if prop is None or body is None:
            continue
        people = [m for c in children(verb) if c.dep_ == "dobj" for t in (c, *conjuncts(c))
                  for m in [ctx.head_mention(t, PERSON)] if m]
        found += [relation(ctx, p, prop, body, "relation.role_team.v1", 0.7, span_of(verb)) for p in people]
    return found


PLACE_TITLE = re.compile(r"^\s*,\s+(?:the\s+)?((?:[A-Z][\w-]*\s+){1,3})(prosecutor|ombudsman)\b")
PLACE_TITLE_PROPS = {"prosecutor": "prosecutorOf", "ombudsman": "headOf"}


def place_titles(ctx: Context) -> list[Relation]:
    """'<Person>, the Paris prosecutor': the article's 'Paris prosecutor's office' (a title named by its place)."""
    found = []
    for person in (m for m in ctx.mentions if m.type == "Person"):
        match = PLACE_TITLE.match(ctx.text[person.end:person.sentence[1]])
        if not match:
            continue
        name = f"{match.group(1).strip()} {match.group(2)}".lower()
        body = next((m for m in ctx.mentions if m.type in BODIES and m.text.lower().removeprefix("the ").startswith(
            name) and m.text.lower() != name + "s"), None)
        if body is not None:
            found.append(relation(ctx, person, PLACE_TITLE_PROPS[match.group(2)], body, "relation.role_place_title.v1",
                                  0.65, (person.end, person.end + match.end())))
    return found


def named_after(ctx: Context, verb: Token) -> list[Mention]:
    """'led the movement For Human Rights': a common noun object followed at once by the body's name."""
    for obj in (c for c in children(verb) if c.dep_ == "dobj" and c.lemma_.lower() in BODY_NOUNS and ctx.at(c) is None):
        nxt = obj.nbor(1) if obj.i + 1 < len(ctx.doc) else None
        m = ctx.at(nxt) if nxt is not None else None
        if m is not None and m.type in BODIES and m.start == nxt.idx:
            return [m]
    return []


# what a person's possessive may own or lead: "Piskarev's commission on ...", "Usmanov's USM holding" (not his channel)
OWNED_BODIES = {"holding", "foundation", "fund", "party", "movement", "commission", "committee", "company", "firm",
                "network", "office", "headquarters"}  # "his network of regional offices" (a body named so)
BODY_NOUNS = {"movement", "group", "organisation", "organization", "party", "foundation", "fund", "channel", "outlet",
              "newspaper", "station", "website", "centre", "center", "association", "union", "society", "project",
              "network", "company", "council", "committee", "agency", "magazine", "publication", "firm", "bank", "holding"}
