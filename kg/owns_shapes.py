"""More shapes of ownership (kg:owns) and of a body belonging to a body (kg:subOrganizationOf, a partOf).

Rules (ids travel into provenance):
  relation.owns_unit_named.v1  "the Russian unit of <A>, <B>": the name in apposition to the owner of a unit noun
  relation.owns_behind.v1      "<A>, the company behind <B>", "<A> is the group behind the <B> brand"
  relation.owns_apposed.v1     "<B>, the <A>-owned streaming service", "<A>, the company behind the <B> brand",
                               "<B>, the station majority-owned by <A>" read
                               from the words when the parse of a list breaks the apposition
  relation.part_of_chapter.v1  "<B>, the Russian chapter of <A>", "<B>, the watchdog's national chapter": a chapter or
                               branch of an organisation, and "<B>, a unit of <A>", "<B>, a department of <A>" between
                               state bodies: the one is part of the other
  relation.part_of_subordinate.v1  "<B>, which is subordinate to <A>", "<B>, subordinate to <A>" (state bodies)
  relation.part_of_overseen.v1 "<A>, which oversees <B>", "<B>, overseen by <A>", "<B>, which reports to <A>" (state
                               bodies, present tense for 'reports'): B is part of A
  relation.part_of_its.v1      "<A>'s deputy speaker and the head of its information policy committee": a state
                               body's unit named with 'its', the pronoun's body being the whole
A subsidiary or unit of a company is owned by it (kg.ownership); a chapter or branch of an NGO and a unit of a state
body are parts of it. Near misses that yield nothing: "a critic of <A>", "a partner of <A>", "<B>, a rival of <A>".
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import Context, anchored, asserted, evidence, objects, prep_objects, span_of, subjects
from kg.doc_tables import ancestors, char_span, children
from kg.model import Mention, Relation

ORGS = {"Organization"}
STATE = {"GovernmentBody", "Court"}
UNIT_OWNED = {"unit", "subsidiary", "division", "arm", "affiliate"}
BEHIND_NOUNS = {"company", "firm", "group", "holding", "operator", "owner", "publisher", "corporation", "conglomerate"}
ORG_PARTS = {"chapter", "branch", "section", "office", "bureau", "wing"}
STATE_PARTS = {"unit", "department", "division", "branch", "office", "directorate", "subdivision", "arm", "service",
               "section", "bureau", "committee", "commission", "chamber", "board", "agency", "body", "centre", "center"}


# between two names: "<B>, the <A>" + "-owned ...", and "<A>, the company behind the <B>"
OWNED_BEFORE = re.compile(r"\s*,\s+(?:the|an?)\s+$")
OWNED_AFTER = re.compile(r"^-(?:owned|controlled)\b")
OWNED_BY = re.compile(r"\s*,\s+(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?:(?:majority|wholly|partly|jointly|fully)[\s-]+)?"
                      r"(?:owned|controlled)\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$")
# "<A>, <B>'s main shareholder" (A owns B) and "<B> and its parent company <A>", "<B>'s parent company, <A>"
# up to two words before the noun ("main", "Chinese", "new Dutch"), but not a past, minority or would-be owner
OWNER_ADJ = (r"(?:(?!(?:former|previous|ex|minority|would-be|prospective|potential|possible|planned|one-time)\b)"
             r"[\w-]+\s+){0,2}")
OWNER_OF = re.compile(rf"^['’]s?\s+{OWNER_ADJ}(?:owner|shareholder|parent(?:\s+company)?|publisher)\b", re.I)
PARENT_WORDS = rf"{OWNER_ADJ}(?:parent(?:\s+company)?|owner|holding\s+company)\s*,?\s+"
# "<B> and its parent company <A>", "<B>, whose owner <A>", "the messenger's owner, the Chinese company <A>"
PARENT_BEFORE = re.compile(rf"\b(?:(?P<pronoun>its|whose)|the\s+(?P<noun>[a-z]+)['’]s)\s+{PARENT_WORDS}"
                           r"(?:the\s+(?:[\w-]+\s+){0,2}?(?:company|firm|group|holding|conglomerate|corporation)\s+)?$",
                           re.I)
PARENT_AFTER = re.compile(rf"(?:['’]s?)?\s+{PARENT_WORDS}", re.I)  # "<B>'s parent company, <A>", "<B> owner <A>"
BEHIND = re.compile(r"\s*,\s+(?:the|an?)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|group|operator)\s+behind\s+(?:the\s+)?$")


def more_ownership(ctx: Context) -> list[Relation]:
    found = apposed(ctx) + its_units(ctx)
    for tok in ctx.words.pick(lemmas=UNIT_OWNED | BEHIND_NOUNS | ORG_PARTS | STATE_PARTS, forms=("subordinate",)):
        lemma = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and lemma in UNIT_OWNED:
            found += unit_named(ctx, tok)
        if tok.pos_ == "NOUN" and lemma in BEHIND_NOUNS:
            found += behind(ctx, tok)
        if tok.pos_ == "NOUN" and lemma in ORG_PARTS | STATE_PARTS:
            found += chapter(ctx, tok, lemma)
        if tok.lower_ == "subordinate" and tok.pos_ == "ADJ":
            found += subordinate(ctx, tok)
    for tok in ctx.words.pick(lemmas=("oversee", "report")):
        found += overseen(ctx, tok)
    return found


def overseen(ctx: Context, verb: Token) -> list[Relation]:
    """'<A>, which oversees <B>', '<B>, overseen by <A>', '<A> oversees <B>' (state bodies): B is part of A."""
    if verb.pos_ not in ("VERB", "AUX") or not asserted(verb):
        return []
    if verb.lemma_.lower() == "report":  # "<B>, which reports to <A>": present tense only (not an act of reporting)
        if verb.tag_ not in ("VBZ", "VBP"):
            return []
        return [link(ctx, p, "subOrganizationOf", w, "relation.part_of_overseen.v1", 0.7, verb)
                for p in subjects(ctx, verb, STATE) for w in prep_objects(ctx, verb, ("to",), STATE)
                if p.entity != w.entity]
    wholes = subjects(ctx, verb, STATE)
    parts = objects(ctx, verb, ("dobj", "nsubjpass"), STATE)
    if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "<B>, overseen by <A>"
        parts = [m for m in [ctx.head_mention(verb.head, STATE)] if m]
    return [link(ctx, p, "subOrganizationOf", w, "relation.part_of_overseen.v1", 0.7, verb)
            for p in parts for w in wholes if p.entity != w.entity]


def link(ctx: Context, a: Mention, prop: str, b: Mention, rule: str, conf: float, anchor: Token) -> Relation:
    return Relation(a.entity, prop, b.entity,
                    evidence(ctx, rule, conf, *anchored(ctx, span_of(anchor), span_of(a), span_of(b))))


def of_owner(ctx: Context, noun: Token, types: set[str]) -> list[tuple[Token, Mention]]:
    """(the 'of' object token, its mention) of a relational noun, or its possessor ('the watchdog's chapter')."""
    found = [(o, m) for p in children(noun) if p.dep_ == "prep" and p.lower_ == "of"
             for o in children(p) if o.dep_ == "pobj" for m in [ctx.head_mention(o, types)] if m]
    found += [(c, m) for c in children(noun) if c.dep_ == "poss" for m in [ctx.head_mention(c, types)] if m]
    return found


def described(ctx: Context, noun: Token, types: set[str]) -> list[Mention]:
    """The name a noun describes: the name it is in apposition to, or the subject of 'is a ...' (asserted)."""
    found = []
    if noun.dep_ == "appos" and (m := ctx.at(noun.head)) is not None and m.type in types:
        found.append(m)
    if noun.dep_ == "attr" and asserted(noun.head):
        found += [m for c in children(noun.head) if c.dep_ == "nsubj" for m in [ctx.head_mention(c, types)] if m]
    return found


def unit_named(ctx: Context, noun: Token) -> list[Relation]:
    """'The Russian unit of Google, OOO Google, ...': the unit's name stands in apposition to its owner's."""
    found = []
    for obj, owner in of_owner(ctx, noun, ORGS):
        for a in (c for c in children(obj) if c.dep_ == "appos"):
            named = ctx.at(a)
            if named is not None and named.type in ORGS and named.entity != owner.entity:
                found.append(link(ctx, owner, "owns", named, "relation.owns_unit_named.v1", 0.75, noun))
    return found


def behind(ctx: Context, noun: Token) -> list[Relation]:
    """'<A>, the company behind <B>': the company behind a brand or service owns it."""
    owned = [m for p in children(noun) if p.dep_ == "prep" and p.lower_ == "behind"
             for o in children(p) if o.dep_ == "pobj" for m in [ctx.head_mention(o, ORGS)] if m]
    return [link(ctx, a, "owns", b, "relation.owns_behind.v1", 0.7, noun)
            for a in described(ctx, noun, ORGS) for b in owned if a.entity != b.entity]


def chapter(ctx: Context, noun: Token, lemma: str) -> list[Relation]:
    """'<B>, the Russian chapter of <A>' (organisations), '<B>, a unit of <A>' (state bodies): B is part of A."""
    found = []
    for types, nouns in ((ORGS, ORG_PARTS), (STATE, STATE_PARTS)):
        if lemma not in nouns:
            continue
        parts = described(ctx, noun, types)
        wholes = [w for _, w in of_owner(ctx, noun, types)]
        if types == ORGS and (not wholes or all(w.entity in {p.entity for p in parts} for w in wholes)):
            wholes = named_within(ctx, parts)  # "<A> Russia, the watchdog's national chapter": <A>
        for whole in wholes:
            found += [link(ctx, part, "subOrganizationOf", whole, "relation.part_of_chapter.v1", 0.75, noun)
                      for part in parts if part.entity != whole.entity]
    return found


def subordinate(ctx: Context, adj: Token) -> list[Relation]:
    """'<B>, which is subordinate to <A>', '<B>, subordinate to <A>', '<B> is subordinate to <A>'."""
    wholes = [m for p in children(adj) if p.dep_ == "prep" and p.lower_ == "to"
              for o in children(p) if o.dep_ == "pobj" for m in [ctx.head_mention(o, STATE)] if m]
    head = adj.head
    parts = []
    if adj.dep_ == "acomp" and asserted(head):
        subj = [c for c in children(head) if c.dep_ == "nsubj"]
        if subj and subj[0].lower_ in ("which", "that") and head.dep_ == "relcl":
            parts = [m for m in [ctx.head_mention(head.head, STATE)] if m]
        elif subj:
            parts = [m for m in [ctx.head_mention(subj[0], STATE)] if m]
    elif adj.dep_ in ("amod", "appos"):
        parts = [m for m in [ctx.head_mention(head, STATE)] if m]
    return [link(ctx, p, "subOrganizationOf", w, "relation.part_of_subordinate.v1", 0.75, adj)
            for p in parts for w in wholes if p.entity != w.entity]


def apposed(ctx: Context) -> list[Relation]:
    """Two organisation names in one apposition, read from the words between and after them."""
    found = []
    names = sorted((m for m in ctx.mentions if m.type in ORGS), key=lambda m: m.start)
    for a, b in neighbours(names):
        between = ctx.text[a.end:b.start]
        if OWNED_BEFORE.fullmatch(between) and OWNED_AFTER.match(ctx.text[b.end:b.end + 12]):
            found.append(Relation(b.entity, "owns", a.entity, evidence(ctx, "relation.owns_apposed.v1", 0.7,
                                                                      (a.start, b.end + 6))))
        elif OWNED_BY.fullmatch(between):  # "<B>, the station majority-owned by <A>"
            found.append(Relation(b.entity, "owns", a.entity, evidence(ctx, "relation.owns_apposed.v1", 0.7,
                                                                      (a.start, b.end))))
        elif BEHIND.fullmatch(between):
            found.append(Relation(a.entity, "owns", b.entity, evidence(ctx, "relation.owns_apposed.v1", 0.7,
                                                                      (a.start, b.end))))
        elif re.fullmatch(r"\s*,\s*", between) and (match := OWNER_OF.match(ctx.text[b.end:b.sentence[1]])):
            found.append(Relation(a.entity, "owns", b.entity, evidence(ctx, "relation.owns_apposed.v1", 0.7,
                                                                      (a.start, b.end + match.end()))))
    return found + parents_named(ctx, names)


def neighbours(names: list[Mention]):
    """Consecutive mentions (sorted by start) in one sentence that name two different entities."""
    for a, b in zip(names, names[1:]):
        if a.sentence == b.sentence and a.entity != b.entity:
            yield a, b


def parents_named(ctx: Context, names: list[Mention]) -> list[Relation]:
    """'<B> and its parent company <A>', "<B>'s parent company, <A>": A owns B (B is the possessive or what 'its'
    stands for)."""
    found = []
    for a in names:
        before = ctx.text[max(a.sentence[0], a.start - 60):a.start]
        owned = next((m for m in names if m.sentence == a.sentence and m.end < a.start
                      and PARENT_AFTER.fullmatch(ctx.text, m.end, a.start)), None)
        if owned is None and (match := PARENT_BEFORE.search(before)):
            word = "pronoun" if match.group("pronoun") else "noun"  # "its", "whose", or the possessor's noun
            at = a.start - len(before) + match.start(word)
            token = char_span(ctx.doc, at, at + len(match.group(word)))
            root = token.root if token is not None else None
            if root is not None and root.lower_ == "whose":  # the noun the relative clause hangs on
                root = next((t.head for t in ancestors(root) if t.dep_ == "relcl"), None)
            owned = ctx.head_mention(root, ORGS) if root is not None else None
        if owned is not None and owned.entity != a.entity and owned.start < a.start:
            found.append(Relation(a.entity, "owns", owned.entity, evidence(ctx, "relation.owns_apposed.v1", 0.7,
                                                                          (owned.start, a.end))))
    return found


def named_within(ctx: Context, parts: list[Mention]) -> list[Mention]:
    """The organisation whose whole name opens a chapter's name ('Transparency International' in 'Transparency
    International Russia'), when the article names it."""
    found = []
    for part in parts:
        found += [m for m in ctx.mentions if m.type in ORGS and m.entity != part.entity
                  and part.text.startswith(m.text + " ") and len(m.text.split()) >= 2][:1]
    return found


def its_units(ctx: Context) -> list[Relation]:
    """'the head of its information policy committee': 'its' standing for the body the unit belongs to."""
    found = []
    for m in (m for m in ctx.mentions if m.type in STATE):
        span = char_span(ctx.doc, m.start, m.end)
        if span is None or not any(w.lower_ in STATE_PARTS for w in span):
            continue
        its = next((c for c in children(span.root) if c.dep_ == "poss" and c.lower_ == "its"), None)
        whole = ctx.head_mention(its, STATE) if its is not None else None
        if whole is not None and whole.entity != m.entity:
            found.append(link(ctx, m, "subOrganizationOf", whole, "relation.part_of_its.v1", 0.7, its))
    return found
