"""A law described as an amendment to another: "the 'law against Apple', an amendment to the Law on Consumer Rights".

Rule (its id travels into provenance):
  relation.amendment_to.v1  "<law>, an amendment to <law or provision>", "<law> (amendments to <code>)",
                            "<law> is an amendment to <law>", "<law> was a set of amendments to <code>", and a law
                            named "amendments to <code>" itself: the law amends what follows 'to'
  relation.new_provision.v1 "<law> amends the Code of Administrative Offenses ... it is punished under a new Article
                            20.3.1 of the Code of Administrative Offenses": a provision called new, of a code that
                            exactly one law of the article amends, is that law's addition
  relation.amends_known_as.v1 "The two bills, amending the Criminal Code and other laws, are known as the Yarovaya
                            law", "The measures, which amend <law>, were dubbed <law>": the law the description is
                            known as amends what the description's own clause amends
Read on the surface, as the parser often hangs the appositive on the main verb. A negated or hedged copula ("is not
an amendment to", "would be an amendment to") does not match.
"""

from __future__ import annotations

import re

from kg.arguments import Context, anchored, asserted, evidence, span_of
from kg.doc_tables import char_span, children
from kg.model import Mention, Relation
from kg.relation_lexicon import AMEND_VERBS

LEGAL = {"Law", "LegalProvision"}
_NOUN = r"(?:(?!not\b|never\b|no\b)[\w-]+\s+){0,2}?(?:amendments?|changes?|additions?)\s+to\s+(?:the\s+)?"
# between the law and the amended act: an appositive or a plain copula, then the amendment noun and 'to'
_DET = r"(?:(?:an?|the|its|one\s+of\s+the|a\s+set\s+of|a\s+package\s+of)\s+)?"
LINK = re.compile(rf"""^["”’]?\s*(?:,|\(|—|–|\s-)\s*{_DET}{_NOUN}$"""
                  rf"""|^["”’]?\s+(?:is|was|are|were)\s+{_DET}{_NOUN}$""", re.I)
OWN_NAME = re.compile(r"^(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:amendments?|changes?)\s+to\s+(?:the\s+)?$", re.I)
NAMING_VERBS = {"know", "call", "dub", "nickname", "label", "brand"}
NEW = re.compile(r"\bnew\s+$", re.I)  # "a new Article 205.6 of the Criminal Code"
NEW_AFTER = re.compile(r",\s+(?:a|the)\s+new\s+(?:article|provision)\b")  # "Article 330.1, a new article of the Code"
RULE = "relation.amendment_to.v1"


def amendment_relations(ctx: Context) -> list[Relation]:
    found = []
    legal = sorted((m for m in ctx.mentions if m.type in LEGAL), key=lambda m: m.start)
    for act in (m for m in ctx.mentions if m.type == "Law"):
        for m in legal:
            if m.entity == act.entity or m.sentence != act.sentence:
                continue
            if act.end <= m.start and LINK.match(ctx.text[act.end:m.start]) or (
                    act.start < m.start and m.end <= act.end and OWN_NAME.match(ctx.text[act.start:m.start])):
                found.append(amends(ctx, act, m))
    return found


def amends(ctx: Context, act: Mention, m: Mention) -> Relation:
    link = (min(act.end, m.start), m.start) if act.end <= m.start else (act.start, m.start)
    return Relation(act.entity, "amends", m.entity,
                    evidence(ctx, RULE, 0.7, *anchored(ctx, link, (act.start, act.end), (m.start, m.end))))


def new_provisions(ctx: Context, relations: list[Relation]) -> list[Relation]:
    """'a new Article 20.3.1 of the Code of Administrative Offenses', 'under Article 330.1, a new article of the
    Criminal Code': the new provision is the one law's known to amend that code, else the one law the text talks about
    (signed, passed or a subject: not a code) in its sentence or the two before."""
    amending: dict[str, set[str]] = {}
    for r in relations:
        if r.predicate == "amends" and ctx.entities[r.subject].type == "Law" and ctx.entities[r.object].type == "Law":
            amending.setdefault(r.object, set()).add(r.subject)
    found = []
    new = [m for m in ctx.mentions if m.type == "LegalProvision" and (
        NEW.search(ctx.text[max(m.start - 12, 0):m.start]) or NEW_AFTER.match(ctx.text, m.end))]
    for m in new:
        codes = {c.entity for c in ctx.mentions if c.type == "Law" and m.start < c.start and c.end <= m.end}
        laws = {law for c in codes for law in amending.get(c, ())} - {m.entity}
        if not laws and (span := char_span(ctx.doc, m.start, m.end)) is not None:
            laws = topic_laws(ctx, m, span.root)
        if len(laws) == 1:
            law = laws.pop()
            found.append(Relation(law, "amends", m.entity, evidence(
                ctx, "relation.new_provision.v1", 0.6, (max(m.start - 4, m.sentence[0]), m.end))))
    return found


def topic_laws(ctx: Context, provision: Mention, root) -> set[str]:
    """The laws (not codes) the text talks about in the provision's sentence or the two before it, named before it."""
    ants = ctx.antecedents
    start = ants.sentences_back(root, 2)[-1][0]
    return {m.entity for m in ctx.mentions if m.type == "Law" and start <= m.start and m.end <= provision.start
            and m.entity not in ants.codes and not ants.nested(m) and ants.salient(m)}


def known_as(ctx: Context) -> list[Relation]:
    """'<description>, amending <law>, is known as <law>'."""
    found = []
    for verb in ctx.words.with_lemma(NAMING_VERBS):
        if verb.lemma_.lower() not in NAMING_VERBS or verb.tag_ != "VBN" or not asserted(verb):
            continue
        names = [m for c in children(verb) if c.dep_ in ("prep", "oprd") and c.lower_ in ("as",) or c.dep_ == "oprd"
                 for m in ctx.within(c, {"Law"})[:1]]
        subject = next((c for c in children(verb) if c.dep_ == "nsubjpass"), None)
        if not names or subject is None or ctx.at(subject) is not None:
            continue
        for clause in (c for c in children(subject) if c.dep_ in ("acl", "relcl") and asserted(c)):
            if clause.lemma_.lower() not in AMEND_VERBS:
                continue
            objs = ctx.within(clause, {"Law", "LegalProvision"})
            objs = [m for m in objs if not any(o is not m and o.start <= m.start and m.end <= o.end for o in objs)]
            found += [Relation(names[0].entity, "amends", m.entity, evidence(
                ctx, "relation.amends_known_as.v1", 0.6,
                *anchored(ctx, span_of(clause), span_of(m), span_of(names[0]))))
                for m in objs if m.entity != names[0].entity]
    return found
