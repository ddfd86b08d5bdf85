"""Who issued a ruling and whom it is aimed at, told in words kg.concerns does not read from the noun's own children.

Rules (ids travel into provenance):
  relation.issued_numbered.v1  a numbered ruling's issuer, which the parser hangs on the number: "Decree No. 1 of the
                               Ministry of Justice", "Order No. 221 of the Ministry of Digital Development",
                               "Roskomnadzor's Order No. 78", "Decree No. 79, issued by President Vladimir Putin"
  relation.concerns_subject.v1 a numbered ruling as the subject: "Resolution No. 32 ... explains how courts should
                               apply Article 282", "Order No. 221 ... bans Zoom" (the parser's subject is 'No')
  relation.issued_of.v1        "a designation made by the Justice Ministry", "the decision ... made by <body>": an
                               issuing participle after the noun with its agent (the verbs of kg.events read
                               "signed by" and "passed by" themselves; "made" and "taken" are read here)
  relation.issued_of.v1        also "The blocking order came from Roskomnadzor"
  relation.issued_framing.v1   "In a separate ruling, the Tagansky District Court fined ...": the subject of the clause
                               an indefinite ruling frames (told before any event picks its ruling, so the ruling is
                               not given to an earlier court's action)
  relation.concerns_prep.v1    "a warning to <Org>": a warning is aimed at the one it is sent to; "a verdict in
                               absentia against <Person>" (the parser hangs 'against' on 'absentia')
  relation.concerns_acl.v1     "a decree opening a criminal case against <Person>", "the decision to open a case
                               against <Person>": the ruling is aimed at the one the case it opens is against
  relation.concerns_subject.v1 "A warning ... told Greenpeace to stop", "The ruling allowed prosecutors to keep <Person>
                               in custody": whom a ruling, as the subject, tells or lets act (or the one acted on)
  relation.issued_verb.v1,     "The ECHR delivered a judgment finding that Russia had breached Article 10": the noun
  relation.concerns_acl.v1     misread as a modifier of 'finding' (kg.components.ruling_more.misread_gerund)
  relation.ruling_told_by_verb.v1  "The Justice Ministry decided to add Meduza to the register. The decision ...", "The
                               Supreme Court ruled that ... The ruling ...": the body that decided or ruled just before
A ruling only asked for or promised has neither (kg.concerns skips those before calling these).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import STATE, Context, anchored, evidence, span_of
from kg.components.ruling_more import hedged, misread_gerund
from kg.components.ruling_shapes import NUMBERED, framing_verb, inset_frame
from kg.doc_tables import children
from kg.model import Mention, Relation

ISSUERS = STATE | {"Person"}
TARGETS = {"Person", "Organization"}
LEGAL = {"Law", "LegalProvision"}
MADE_BY = {"make", "take", "issue", "adopt", "hand", "deliver", "render", "pass", "announce", "sign", "approve"}
OPENING = {"open", "initiate", "launch", "institute", "bring", "start"}
# verbs by which a ruling tells or lets someone do something: "told Greenpeace to stop", "allowed prosecutors to keep X"
TELLING = {"tell", "instruct", "direct", "force", "compel", "allow", "permit", "authorise", "authorize", "warn"}
LETTING = {"allow", "permit", "authorise", "authorize"}
CASES = {"case", "proceedings", "proceeding", "investigation", "probe"}
# after a ruling's number: "of 5 December 2016" (a date), then "of the <body>" or ", issued by <actor>"
DATE_AFTER = re.compile(r"\s+of\s+(?:\d{1,2}\s+)?[A-Z][a-z]+\s+\d{4}|\s+of\s+\d{4}")
ISSUER_AFTER = re.compile(r"(?:\s+of\s+(?:the\s+)?|,?\s+(?:issued|signed|adopted|approved|passed)\s+by\s+(?:the\s+)?"
                          r"(?:(?:President|Prime\s+Minister|Minister)\s+)?)")
POSSESSIVE = re.compile(r"['’]s\s+$")


def ruling_facts(ctx: Context, ruling: Mention, head: Token) -> list[Relation]:
    """The facts above for one ruling mention whose head word is `head`."""
    return numbered_issuer(ctx, ruling) + numbered_subject(ctx, ruling, head) + made_by(ctx, ruling, head) + \
        came_from(ctx, ruling, head) + \
        framed_issuer(ctx, ruling, head) + aimed_at(ctx, ruling, head) + told_to(ctx, ruling, head) + \
        gerund_facts(ctx, ruling, head) + decided_before(ctx, ruling, head)


def gerund_facts(ctx: Context, ruling: Mention, head: Token) -> list[Relation]:
    """'The ECHR delivered a judgment finding that Russia had breached Article 10', 'The Tverskoy court issued a ruling
    finding that Meta had broken the law': the noun misread as a modifier of the gerund; the issuing verb's subject
    issued it, and what the gerund's clause names (a law or provision, a person or organisation) is what it is on."""
    gerund = misread_gerund(head)
    if gerund is None:
        return []
    verb = gerund.head
    found = [Relation(m.entity, "issued", ruling.entity, evidence(ctx, "relation.issued_verb.v1", 0.75, span_of(m),
                                                                  span_of(verb), span_of(ruling)))
             for m in [ctx.head_mention(c, STATE) for c in children(verb) if c.dep_ == "nsubj"][:1] if m]
    end = max(t.idx + len(t.text) for t in gerund.subtree)
    named = [m for m in ctx.within(gerund, LEGAL | TARGETS) if m.entity != ruling.entity and
             not any(o is not m and o.type == "LegalProvision" and o.start <= m.start and m.end <= o.end
                     for o in ctx.within(gerund, LEGAL))]  # "Article 10 of the Convention": not the Convention too
    return found + [Relation(ruling.entity, "applies" if m.type in LEGAL else "targets", m.entity,
                             evidence(ctx, "relation.concerns_acl.v1", 0.7, (gerund.idx, end)))
                    for m in named]


TOLD_BY = {"decision": "decide", "ruling": "rule"}  # the noun that names what the verb did


def decided_before(ctx: Context, ruling: Mention, head: Token) -> list[Relation]:
    """'The Justice Ministry decided on Friday to add Meduza to the register. The decision was criticised', 'The
    Supreme Court ruled that ... The ruling ...': the first mention of a ruling, 'the decision' or 'the ruling', right
    after a named court or state body decided or ruled (in this or the previous sentence, no other ruling named in
    between): that body issued it, and whom or what its clause names is what it is about."""
    verb_lemma = TOLD_BY.get(head.lower_)
    before = ctx.doc[head.i - 1] if head.i else head
    definite = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children(head)) or \
        head.dep_ == "amod" and before.lower_ in ("the", "this", "that")  # "called the ruling unjust" (misread)
    if verb_lemma is None or not definite or any(c.dep_ == "poss" for c in children(head)) or \
            any(m.entity == ruling.entity and m.start < ruling.start for m in ctx.mentions):
        return []
    sent = head.sent
    first = ctx.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    verbs = [v for v in ctx.doc[first:head.i] if v.lemma_.lower() == verb_lemma and v.pos_ == "VERB" and
             v.dep_ in ("ROOT", "conj") and not hedged(v)]
    if not verbs:
        return []
    verb = verbs[-1]
    if any(m.type == "Ruling" and verb.idx < m.start < ruling.start for m in ctx.mentions):
        return []
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    issuer = ctx.head_mention(subject, STATE) if subject is not None else None
    if issuer is None:
        return []
    found = [Relation(issuer.entity, "issued", ruling.entity, evidence(ctx, "relation.ruling_told_by_verb.v1", 0.7,
                                                                       span_of(ruling), span_of(issuer)))]
    clause = [c for c in children(verb)
              if c.dep_ in ("xcomp", "ccomp") and not any(d.dep_ == "neg" for d in children(c))]
    named = [m for c in clause for m in ctx.within(c, LEGAL | TARGETS) if m.entity != ruling.entity]
    return found + [Relation(ruling.entity, "applies" if m.type in LEGAL else "targets", m.entity,
                             evidence(ctx, "relation.ruling_told_by_verb.v1", 0.6, span_of(verb), span_of(m)))
                    for m in named if not any(o is not m and o.type == "LegalProvision" and o.start <= m.start and
                                              m.end <= o.end for o in named)]


def told_to(ctx: Context, ruling: Mention, head: Token) -> list[Relation]:
    """'A warning ... told Greenpeace to stop its activities', 'The order instructed Yandex to remove the links', 'The
    ruling allowed prosecutors to keep <Person> in custody': whom a ruling, as the subject, tells or lets do something
    (or, when it lets a state body act, whom that act is on)."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in TELLING or hedged(verb):
        return []
    told = [o for o in children(verb) if o.dep_ == "dobj"]
    if verb.lemma_.lower() in LETTING and (not told or ctx.head_mention(told[0], STATE)):  # "allowed prosecutors to
        told = [o for x in children(verb) if x.dep_ in ("xcomp", "ccomp") for o in children(x) if o.dep_ == "dobj"]
    found = [m for o in told if (m := ctx.head_mention(o, TARGETS))]
    return [Relation(ruling.entity, "targets", m.entity, evidence(ctx, "relation.concerns_subject.v1", 0.7,
                                                                  *anchored(ctx, span_of(verb), span_of(ruling),
                                                                            span_of(m))))
            for m in found if m.entity != ruling.entity]


def framed_issuer(ctx: Context, ruling: Mention, head: Token) -> list[Relation]:
    """'In a separate ruling, the Tagansky District Court fined ...', 'The court, in a ruling issued on Thursday,
    declared ...': the court or body whose clause the ruling frames issued it."""
    verb = framing_verb(head) or inset_frame(head)
    if verb is None or any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "by", "from") and
                           any(ctx.head_mention(o, ISSUERS) for o in children(c) if o.dep_ == "pobj")
                           for c in children(head)):
        return []  # "dismissed the complaint by a decree of the Government": that decree is the Government's
    found = [m for c in children(verb) if c.dep_ == "nsubj" and (m := ctx.head_mention(c, STATE))]
    return [Relation(m.entity, "issued", ruling.entity, evidence(ctx, "relation.issued_framing.v1", 0.7,
                                                                 span_of(ruling), span_of(m)))
            for m in found[:1] if m.entity != ruling.entity]


def came_from(ctx: Context, ruling: Mention, head: Token) -> list[Relation]:
    """'The blocking order against Proton VPN came from Roskomnadzor': the body a ruling came from issued it."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in ("come", "originate") or hedged(verb):
        return []
    found = [m for p in children(verb) if p.dep_ == "prep" and p.lower_ == "from"
             for o in children(p) if o.dep_ == "pobj" and (m := ctx.head_mention(o, STATE))]
    return [Relation(m.entity, "issued", ruling.entity, evidence(ctx, "relation.issued_of.v1", 0.7, span_of(ruling),
                                                                 span_of(verb), span_of(m)))
            for m in found[:1] if m.entity != ruling.entity]


def numbered_issuer(ctx: Context, ruling: Mention) -> list[Relation]:
    """The issuer of a numbered ruling, named right after its number or as the possessor right before it."""
    text = ctx.text
    number = NUMBERED.match(text, ruling.end)
    if number is None:
        return []
    end = number.end()
    if (date := DATE_AFTER.match(text, end)) is not None:
        end = date.end()
    found = []
    if (after := ISSUER_AFTER.match(text, end)) is not None:
        found = [m for m in ctx.mentions if m.type in ISSUERS and m.start == after.end()]
    if not found and (before := POSSESSIVE.search(text, max(0, ruling.start - 4), ruling.start)) is not None:
        found = [m for m in ctx.mentions if m.type in ISSUERS and m.end == ruling.start - len(before.group())]
    return [Relation(m.entity, "issued", ruling.entity, evidence(ctx, "relation.issued_numbered.v1", 0.75,
                                                                 (ruling.start, end), span_of(m)))
            for m in found[:1] if m.entity != ruling.entity]


def numbered_subject(ctx: Context, ruling: Mention, head: Token) -> list[Relation]:
    """'Resolution No. 32 of the Plenum explains how courts should apply Article 282', 'Order No. 221 bans Zoom': a
    numbered ruling as the subject (the parser makes 'No' the subject and the noun its modifier): what the verb
    interprets, applies, amends or targets."""
    from kg.concerns import mentions_in, prop_for, scope  # (kg.concerns calls this module)
    from kg.relation_lexicon import AMEND_VERBS, CITE_VERBS, EFFECT_VERBS, INTERPRET_VERBS
    if NUMBERED.match(ctx.text, ruling.end) is None or head.dep_ != "compound" or head.head.dep_ != "nsubj":
        return []
    verb = head.head.head
    lemma = verb.lemma_.lower()
    if lemma not in INTERPRET_VERBS | EFFECT_VERBS | CITE_VERBS | AMEND_VERBS or hedged(verb):
        return []
    keep = ("ccomp",) if lemma in INTERPRET_VERBS | EFFECT_VERBS else ()
    types = LEGAL | (TARGETS if lemma in EFFECT_VERBS else set())
    return [Relation(ruling.entity, prop_for(lemma, m.type), m.entity,
                     evidence(ctx, "relation.concerns_subject.v1", 0.7, *anchored(ctx, span_of(verb), span_of(ruling),
                                                                                  span_of(m))))
            for m in mentions_in(ctx, scope(verb, keep), types) if m.entity != ruling.entity]


def made_by(ctx: Context, ruling: Mention, head: Token) -> list[Relation]:
    """'a designation made by the Justice Ministry': the agent of an issuing participle right after the noun."""
    for c in head.rights:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in MADE_BY and \
                not any(d.dep_ == "neg" for d in children(c)):
            agents = [ctx.head_mention(o, ISSUERS) for a in children(c) if a.dep_ == "agent"
                      for o in children(a) if o.dep_ == "pobj"]
            return [Relation(m.entity, "issued", ruling.entity, evidence(ctx, "relation.issued_of.v1", 0.7,
                                                                         span_of(ruling), span_of(c), span_of(m)))
                    for m in agents[:1] if m is not None and m.entity != ruling.entity]
    return []


def aimed_at(ctx: Context, ruling: Mention, head: Token) -> list[Relation]:
    """'a warning to <Org>'; 'a decree opening a case against <Person>', 'the decision to open a case against X'."""
    found: list[tuple[Mention, Token]] = []
    absentia = [p for c in children(head) if c.dep_ == "prep" and c.lower_ == "in" for o in children(c)
                if o.lower_ == "absentia" for p in children(o) if p.dep_ == "prep" and p.lower_ == "against"]
    found += [(m, p) for p in absentia for o in children(p) if o.dep_ == "pobj" and (m := ctx.head_mention(o, TARGETS))]
    for c in children(head):
        if c.dep_ == "prep" and c.lower_ == "to" and head.lemma_.lower() == "warning":
            found += [(m, c) for o in children(c) if o.dep_ == "pobj" and (m := ctx.head_mention(o, TARGETS))]
        if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in OPENING and not hedged(c):
            cases = [o for o in children(c) if o.dep_ in ("dobj", "nsubjpass") and o.lemma_.lower() in CASES]
            found += [(m, p) for o in cases for p in children(o) if p.dep_ == "prep" and p.lower_ == "against"
                      for t in children(p) if t.dep_ == "pobj" and (m := ctx.head_mention(t, TARGETS))]
    return [Relation(ruling.entity, "targets", m.entity,
                     evidence(ctx, "relation.concerns_prep.v1" if p.lower_ == "to" else "relation.concerns_acl.v1",
                              0.7, *anchored(ctx, span_of(p), span_of(ruling), span_of(m))))
            for m, p in found if m.entity != ruling.entity]
