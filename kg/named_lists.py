"""Relations to names listed right after a noun that says what they are to a body named before.

Rules (ids travel into provenance):
  relation.owns_whose.v1    "<Org>, whose services A and B ...", "<Org>, whose subsidiaries, A and B, ...": the names
                            after 'whose' and a product or subsidiary noun are the organisation's own; "<Org>, whose
                            parent company is <Org>": the other way round
  relation.role_listed.v1   "Council members, among them <Person>, ...", "members of <Body>, including A and B",
                            "lawyers for <Org>, among them <Person>": a plural title, the body it belongs to (its
                            possessor, 'of'/'for' object, or a name-word of a body named before, 'Council members'),
                            and the persons listed after 'among them', 'including' or 'such as'
The listed names are read from the surface: the parser hangs 'among them' on the verb, or takes the first
name for the clause's subject ("whose services Facebook and Instagram had received ...").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import Context, anchored, evidence, span_of
from kg.coref import DESCRIPTIONS
from kg.doc_tables import children
from kg.model import Mention, Relation
from kg.relation_lexicon import OWNED_NOUNS, PRODUCT_NOUNS
from kg.role_titles import BODIES, owner_of_title, title_of

ORGS = {"Organization"}
WHOSE_OWNED = PRODUCT_NOUNS | OWNED_NOUNS
# between 'whose' and the first name: up to two modifiers, a product noun, an optional comma
WHOSE_GAP = re.compile(r"^whose\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z-]+)\s*,?\s*$")
# "<Org>, whose parent company is <Org>", "whose owner has been <Org> since 2008": the name after is the owner
WHOSE_OWNER = re.compile(r"^whose\s+(?:[\w-]+\s+){0,2}?(?:parent|owner|owners|majority\s+owner|main\s+shareholder)"
                         r"(?:\s+company)?\s*,?\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:now\s+|still\s+)*$")
LIST_GAP = re.compile(r"^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)$")  # between listed names: ", ", " and ", ", and "
# between a plural title (with its 'of <Body>') and the first listed person
EXAMPLES = re.compile(r"^\s*,?\s*(?:among\s+(?:them|whom)|including|such\s+as|notably)\s+$", re.I)
EXAMPLE_WORDS = re.compile(r"among\s+(?:them|whom)|including|such\s+as|notably", re.I)  # in every EXAMPLES match
OWNER_PREPS = {"of", "for", "at", "with", "from"}  # "members of <Body>", "lawyers from <Org>": the title's own phrase
GROUP_SPAN = 80  # characters from a plural title to its first listed person


def listed_after(ctx: Context, first: Mention, types: set[str]) -> list[Mention]:
    """A name and those listed after it in its sentence: 'A, B and C'."""
    found = [first]
    for m in sorted(ctx.mentions, key=lambda m: m.start):
        if m.start >= found[-1].end and m.sentence == first.sentence and m.type in types:
            if not LIST_GAP.match(ctx.text[found[-1].end:m.start]):
                break
            found.append(m)
    return found


def next_mention(ctx: Context, offset: int, types: set[str], limit: int) -> Mention | None:
    after = [m for m in ctx.mentions if offset <= m.start <= offset + limit and m.type in types]
    return min(after, key=lambda m: m.start) if after else None


def whose_owned(ctx: Context) -> list[Relation]:
    """'<Org>, whose services A and B had received demands': A and B are the organisation's."""
    found = []
    for tok in ctx.words.with_lower("whose"):  # (possessor: None for any other word)
        owner = possessor(ctx, tok)
        first = next_mention(ctx, tok.idx, ORGS | BODIES | {"Person"}, 60) if owner is not None else None
        if first is None or first.type not in ORGS:
            continue
        gap = ctx.text[tok.idx:first.start]
        if tok.lower_ == "whose" and WHOSE_OWNER.match(gap):  # "whose parent company is <Org>"
            pairs = [(first, owner)]
        elif (noun := WHOSE_GAP.match(gap)) and singular(noun.group("noun")) in WHOSE_OWNED:
            pairs = [(owner, owned) for owned in listed_after(ctx, first, ORGS)]
        else:
            continue
        found += [Relation(a.entity, "owns", b.entity, evidence(ctx, "relation.owns_whose.v1", 0.75, *anchored(
            ctx, span_of(first), span_of(owner), span_of(b)))) for a, b in pairs if a.entity != b.entity]
    return found


def possessor(ctx: Context, tok: Token) -> Mention | None:
    """The organisation a 'whose' belongs to: the name right before its comma ('its' is kg.holdings')."""
    if tok.lower_ == "whose":
        return next((m for m in ctx.mentions if m.type in ORGS and m.end <= tok.idx
                     and re.fullmatch(r"\s*,\s*", ctx.text[m.end:tok.idx])), None)
    return None


def singular(word: str) -> str:
    """'subsidiaries' -> 'subsidiary', 'services' -> 'service', 'apps' -> 'app'."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def listed_roles(ctx: Context, titles: dict[str, str]) -> list[Relation]:
    """'Council members, among them <Person>', 'members of <Body>, including A and B' (kg.roles calls it)."""
    found = []
    if not EXAMPLE_WORDS.search(ctx.text):  # no list can follow a title (EXAMPLES needs one of these words)
        return found
    for tok in ctx.words.with_pos("NOUN"):
        if tok.tag_ != "NNS" or tok.pos_ != "NOUN":
            continue
        end = max([tok.idx + len(tok.text)] + [t.idx + len(t.text) for c in children(tok) if c.dep_ == "prep"
                                               and c.lower_ in OWNER_PREPS for t in c.subtree])
        first = next_mention(ctx, end, {"Person"}, GROUP_SPAN)  # (tested first: the cheaper tests)
        if first is None:
            continue
        if not EXAMPLES.match(ctx.text[end:first.start]):
            verb = tok.head  # "the paper's five deputy editors resigned, among them A and B": the title's own verb
            if not (tok.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.i == tok.i + 1 and not any(
                    c.dep_ in ("dobj", "attr", "ccomp", "xcomp") for c in children(verb)) and EXAMPLES.match(
                    ctx.text[verb.idx + len(verb.text):first.start])):
                continue
        prop = title_of(titles, tok)
        if prop is None:
            continue
        body = owner_of_title(ctx, tok) or named_by_compound(ctx, tok)
        if body is None:
            continue
        for person in listed_after(ctx, first, {"Person"}):
            found.append(Relation(person.entity, prop, body.entity, evidence(
                ctx, "relation.role_listed.v1", 0.7, span_of(tok), span_of(person))))
    return found


def named_by_compound(ctx: Context, tok: Token) -> Mention | None:
    """'Council members': a body noun before the title, naming a body the article named before."""
    for c in children(tok):
        if c.dep_ == "compound" and c.lemma_.lower() in DESCRIPTIONS and ctx.at(c) is None:
            return ctx.antecedents.named(c.lemma_.lower(), BODIES, tok.idx)
    return None
