"""Job titles: which roleIn subproperty a title names, and which body a title noun belongs to.

Shared by kg.roles and the role_* modules; data in kg.relation_lexicon (ROLE_OF_TITLE, ORGANIZATION_TITLES) and the
lexicon's titles.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import ACTORS, Context
from kg.coref import DESCRIPTIONS
from kg.doc_tables import children, span_text, words
from kg.model import Mention
from kg.relation_lexicon import ORGANIZATION_TITLES

BODIES = ACTORS - {"Person"}
# a lexicon title's role -> the roleIn subproperty it names
ROLE_NAME = {"spokesperson": "spokespersonOf", "head": "headOf", "deputy_head": "deputyHeadOf", "judge": "judgeOf",
             "prosecutor": "prosecutorOf", "lawyer": "lawyerOf", "member": "memberOf", "founder": "founderOf",
             "employee": "employeeOf", "official": "roleIn"}
# a channel, page or account on a platform belongs to its possessor: "the foundation's YouTube channel"
HOSTED_NOUNS = {"channel", "page", "account", "blog", "chat", "feed", "profile", "group"}
# titles of someone sent to a body by another: the body they are sent to is not theirs
ENVOYS = {"representative", "envoy", "delegate", "agent", "ambassador", "observer"}
BRANCH_NOUNS = {"office", "branch", "bureau", "chapter", "department", "service", "board", "headquarters"}  # "<Org>'s Moscow office"
# titles kg.relation_lexicon lacks: a body's head by another name, and its students
EXTRA_TITLES = {"secretary general": "headOf", "secretary-general": "headOf", "general secretary": "headOf",
                "managing director": "headOf", "student": "memberOf", "fellow": "employeeOf",
                "staff member": "employeeOf", "co-owner": "roleIn", "owner": "roleIn",
                "deputy speaker": "deputyHeadOf", "deputy chair": "deputyHeadOf", "deputy chairwoman": "deputyHeadOf",
                "deputy director general": "deputyHeadOf", "deputy editor": "employeeOf", "veteran": "memberOf",
                "staffer": "employeeOf", "board chairman": "headOf", "chairperson": "headOf", "executive": "employeeOf",
                "secretary": "roleIn", "top manager": "employeeOf", "manager": "employeeOf", "moderator": "roleIn",
                "administrator": "roleIn", "admin": "roleIn", "programmer": "employeeOf", "developer": "employeeOf",
                "engineer": "employeeOf", "teacher": "employeeOf", "scientist": "employeeOf",
                # "an economist at the Academy of Sciences", "a sociologist with the Levada Center", "an adviser to"
                **dict.fromkeys(["economist", "sociologist", "historian", "political scientist", "political analyst",
                                 "photographer", "photojournalist", "cameraman", "intern", "host", "archivist",
                                 "librarian", "curator"], "employeeOf"),
                **dict.fromkeys(["vice-president", "vice-chairman", "vice chairman", "vice-chair", "vice-chairwoman",
                                 "first deputy head", "first deputy chairman", "vice-rector"], "deputyHeadOf"),
                **dict.fromkeys(["trustee", "founding member", "councillor", "councilor", "mp"], "memberOf"),
                "adviser": "roleIn", "advisor": "roleIn", "ombudsman": "roleIn"}


def title_prop(titles: dict[str, str], words: str) -> str | None:
    """The roleIn subproperty a job title (singular or plural) names, if it is one."""
    words = words.lower().strip()
    for form in (words, singular(words)):
        if form and form in titles:
            return titles[form]
    return None


def longest_title(titles: dict[str, str], words: str) -> str | None:
    """The property of the title the words end with ('former co-founder' -> founderOf); None if they name none."""
    tokens = words.split()
    return next((p for i in range(len(tokens)) if (p := title_prop(titles, " ".join(tokens[i:])))), None)


def singular(words: str) -> str | None:
    """'deputies' -> 'deputy', 'spokesmen' -> 'spokesman', 'lawyers' -> 'lawyer' (the last word); None if not plural."""
    if re.search(r"[^aeiou]ies$", words):
        return words[:-3] + "y"
    if words.endswith("men"):
        return words[:-3] + "man"
    return words[:-1] if words.endswith("s") else None


def plurals(titles) -> dict[str, str]:
    """The plurals of titles that do not just add an 's' ('deputies', 'chairmen'), to the title."""
    found = {}
    for title in titles:
        if re.search(r"[^aeiou]y$", title):
            found[title[:-1] + "ies"] = title
        elif title.endswith("man"):
            found[title[:-3] + "men"] = title
    return found


def titles_in(titles: dict[str, str], words: str) -> list[str]:
    """The properties of the titles in 'founder and chief executive' (each part, or its last words)."""
    found = []
    for part in re.split(r",|\band\b|&", words):
        tokens = part.split()
        prop = next((p for i in range(len(tokens)) if (p := title_prop(titles, " ".join(tokens[i:])))), None)
        if prop:
            found.append(prop)
    return found


def title_words(t: Token) -> str:
    """The job title a noun heads, with its compound and adjective modifiers ('chief executive', 'editor-in-chief')."""
    left = [c for c in t.lefts if c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "ADJ", "PROPN")]
    start = left[0].i if left else t.i
    end = t.i + 1
    if t.i + 1 < len(t.doc) and words(t.doc).tokens[t.i + 1].text == "-":  # "editor-in-chief" is split by the tokenizer
        end = next((c.i + 1 for c in t.subtree if c.i > t.i and c.dep_ == "pobj"), end)
    return span_text(t.doc, start, end)


def title_of(titles: dict[str, str], t: Token) -> str | None:
    words = title_words(t).split()
    for i in range(len(words)):
        prop = title_prop(titles, " ".join(words[i:]))
        if prop:
            return prop
    return None


def owner_of_title(ctx: Context, t: Token) -> Mention | None:
    """The body a job-title noun belongs to: 'head of <Org>', '<Org>'s lawyer', 'its director', 'a Meduza editor'.
    A newsroom or company title ('editor', 'chief executive') belongs to an organisation, never a state body."""
    words = title_words(t).lower()
    bodies = {"Organization"} if any(words.endswith(w) for w in ORGANIZATION_TITLES) else BODIES
    for c in children(t):  # "the government's representative at <Court>": the possessor, not the place
        if c.dep_ == "poss" and (m := ctx.head_mention(c, bodies)):
            return m
    # "the government's representative at <Court>": an unresolved possessor owns the title, not the place after 'at'
    places = ("of", "for", "with", "to", "from") if any(c.dep_ == "poss" for c in children(t)) else (
        "of", "for", "at", "with", "to", "from")
    if t.lemma_.lower() in ENVOYS:  # "Representative of the Russian Federation at/to the European Court": not its own
        places = ("of", "for", "from")
    for c in children(t):
        if c.dep_ == "prep" and c.lower_ in places:  # "a deputy from <party>"
            for p in children(c):
                if p.dep_ == "pobj" and hosted(ctx, p):  # "director of the foundation's YouTube channel"
                    owner = next((m for o in children(p) if o.dep_ == "poss" and (m := ctx.head_mention(o, bodies))),
                                 None)
                    if owner is not None:
                        return owner
                    continue  # the foundation, never YouTube
                if p.dep_ == "pobj" and (m := ctx.head_mention(p, bodies)):
                    return m
                if p.dep_ == "pobj" and p.lemma_.lower() in BRANCH_NOUNS:  # "director of Amnesty's Moscow office"
                    owner = next((ctx.head_mention(o, bodies) for o in children(p) if o.dep_ == "poss"), None)
                    # "head of the security department at Yukos": the body the unit is of
                    owner = owner or next((m for q in children(p) if q.dep_ == "prep" and q.lower_ in ("of", "at")
                                           for o in children(q) if o.dep_ == "pobj"
                                           for m in [ctx.head_mention(o, bodies)] if m), None)
                    if owner is not None:
                        return owner
        if c.dep_ == "poss" and (m := ctx.head_mention(c, bodies)):
            return m
        if c.dep_ in ("compound", "nmod") and (m := ctx.at(c)) and m.type in bodies:
            return m
    for c in children(t):  # "a court spokeswoman, <Person>", "ministry spokeswoman <Person>": the body described
        if c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < t.i and c.lower_ in DESCRIPTIONS and (
                m := ctx.antecedents.resolve(c, bodies) or ctx.antecedents.named(c.lower_, bodies, c.idx)):
            return m
    for c in children(t):  # "a Team 29 board member": the name hangs on 'board'
        if c.dep_ == "compound" and c.pos_ == "NOUN":
            for n in children(c):
                if n.dep_ in ("compound", "nmod") and n.i < c.i and (m := ctx.at(n)) and m.type in bodies:
                    return m
    return None


def hosted(ctx: Context, noun: Token) -> bool:
    """'the foundation's YouTube channel', 'her Telegram channel': a channel or account named after the platform
    that hosts it (the platform is not its owner, nor the employer of those who run it)."""
    return noun.lemma_.lower() in HOSTED_NOUNS and any(
        c.dep_ in ("compound", "nmod") and (m := ctx.at(c)) is not None and is_platform(ctx, m) for c in children(noun))


def is_platform(ctx: Context, m: Mention) -> bool:
    entries = getattr(ctx.lexicon, "entries", {})
    entry = entries.get(m.entity[4:]) if m.entity.startswith("lex:") else None
    return getattr(entry, "kind", None) in ("platform", "messenger")
