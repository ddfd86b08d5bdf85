"""Ownership between organisations (kg:owns), from the dependency parse.

Rules (ids travel into provenance):
  relation.owns_verb.v1     "<Org>, which owns <Org> and <Org>", "<Org> is owned by <Org>", "the service <Org>
                            also owns", "<Org>, the company that publishes <Org>", "<Org>, which belongs to <Org>",
                            "<Org>, the service <Org> had owned", "A and B, all owned by <Org>", "... runs with <Org>"
  relation.owns_noun.v1     "<Org>, the owner of <Org> and <Org>", "<Org> is the parent company of <Org>",
                            "<Org>, <Org>'s majority shareholder" (not a minority one),
                            "<Org>, a subsidiary of <Org>" (the other way round), "<Org>'s purchase of <Org>"
  kg.owns_clauses           "<B>, which is majority owned by <A>", "<B>, which <A> controls", "<A>, <B>'s holding
                            company" (read from the words)
  relation.owns_possessive.v1  "<Org>'s <Org> service/network/app", "the company's <Org> and <Org> networks",
                            "its messaging service <Org>", "<Org>, the company's Russian service" (not "its partner <Org>")
  relation.part_of_name.v1  a body whose name holds the body it belongs to: "the State Duma's security committee",
                            "the Duma Committee on Information Policy" (the lexicon's parent named inside), "the
                            Interior Ministry's Center E" (the parent as possessive right before), "the Moscow
                            prosecutor's office's investigative department" (a unit noun after a possessive body)
  relation.part_of_lexicon.v1  a body the lexicon knows as part of another the article names, when its name
                            is made from the other's ("a referral to the Grand Chamber" with the European Court named)
Only asserted statements count: a negated, modal or wanted verb yields nothing, nor one under a denial ("<A> denied
that it owns <B>", kg.role_pronouns).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import (MODALS, Context, anchored, asserted, conjuncts, evidence, is_passive, objects, prep_objects,
                          span_of, subjects, verbal)
from kg.doc_tables import char_span, children, heads_with, sentence_of, words
from kg.holdings import all_subjects
from kg.model import Mention, Relation
from kg.owns_clauses import clause_ownership
from kg.owns_shapes import more_ownership
from kg.relation_lexicon import (ACQUISITION_NOUNS, OWN_VERBS, OWNED_NOUNS, OWNER_NOUNS, PRODUCT_NOUNS,
                                 PUBLISH_VERBS, UNREAL_MODIFIERS)
from kg.role_pronouns import unasserted

ORGS = {"Organization"}
UNIT_RULE = "entity.body_unit.v1"  # kg.components.body_units: a unit named around its body's name
UNIT_RULES = {UNIT_RULE, "gov.investigative_department.v1"}  # "the Perm branch of Memorial" too
BODIES = {"GovernmentBody", "Court"}
UNIT_NOUNS = {"committee", "commission", "department", "directorate", "division", "board", "chamber", "unit", "branch",
              "collegium", "presidium", "panel", "service", "administration", "office", "directorate-general"}
# ", the messaging service ", ", a Russian-language channel that " (a clause the parser misreads)
ZERO_HEAD = re.compile(r"^,\s+(?:the|a|an|its)\s+(?:[\w-]+\s+){0,3}[a-z-]+\s+(?:that\s+|which\s+)?$")
# "<A>, a service of <B>": a product noun with 'of' names its maker, who owns it (like "a subsidiary of")
MADE_BY_NOUNS = {"service", "product", "brand"}
OWNED = OWNED_NOUNS | MADE_BY_NOUNS
COMPLETING = {"complete", "finalize", "finalise", "close", "conclude"}  # "<A> completed the purchase of <B>"
OWNED_GAP = re.compile(r"\s*,?\s*(?:(?:majority|wholly|partly|partially|jointly|fully|largely|ultimately|indirectly"
                       r"|also|now)[\s-]+)?")
ZERO_VERB = re.compile(r"^\s+(?:(?:also|now|still|long|once|had|has|have)\s+)*$")  # "<B> VK had owned since 2019"


OWN_OR_PUBLISH = OWN_VERBS | PUBLISH_VERBS
SHARE_WORDS = {"percent", "%", "per", "cent", "stake", "share", "third", "thirds", "half", "quarter"}
# nouns by which one organisation names another that it does not own ("its partner VK", "its rival Yandex")
NOT_OWNED = {"partner", "rival", "competitor", "client", "customer", "ally", "counterpart", "peer", "supplier",
             "contractor", "investor", "shareholder", "owner", "parent", "creditor", "lender", "buyer", "seller",
             "critic", "opponent", "sponsor", "donor", "advertiser", "user", "host"}
# "Gazprom-Media, Echo of Moscow's majority shareholder": nouns of owning besides kg.relation_lexicon's
OWNER_WORDS = OWNER_NOUNS | {"shareholder", "stakeholder", "co-owner"}
HOLDER_WORDS = {"shareholder", "stakeholder", "co-owner"}  # who holds shares "in" a company, as "of" it
RELATIONAL_WORDS = frozenset(OWNER_WORDS | OWNED | ACQUISITION_NOUNS)


def ownership_relations(ctx: Context) -> list[Relation]:
    found = []
    for tok in ctx.words.pick(lemmas=OWN_OR_PUBLISH | {"belong"}, pos=("NOUN",)):
        lemma = tok.lemma_.lower()
        if lemma == "belong" and verbal(tok) and asserted(tok):  # "<Org>, which belongs to <Org>"
            owners = prep_objects(ctx, tok, ("to",), ORGS)
            owned = subjects(ctx, tok, ORGS)
            found += [owns(ctx, o, m, "relation.owns_verb.v1", 0.8, span_of(tok)) for o in owners for m in owned]
        elif lemma in OWN_OR_PUBLISH and verbal(tok):
            found += owns_verb(ctx, tok) if asserted(tok) else []
            found += zero_relative(ctx, tok)
        elif tok.pos_ == "NOUN" and relational(tok):
            found += owns_noun(ctx, tok, relational(tok))
    found += owns_possessive(ctx) + more_ownership(ctx) + clause_ownership(ctx)
    return unasserted(ctx, found) + sub_bodies(ctx)  # "<A> denied that it owns <B>" (kg.role_pronouns)


def sub_bodies(ctx: Context) -> list[Relation]:
    """subOrganizationOf from a body to the body its own name names as its parent."""
    entries = getattr(ctx.lexicon, "entries", {})
    found = []
    for outer in (m for m in ctx.mentions if m.type in BODIES or m.rule in UNIT_RULES):
        entry = entries.get(outer.entity[4:]) if outer.entity.startswith("lex:") else None
        for inner in (m for m in ctx.mentions if m.type == outer.type and m.entity != outer.entity
                      and outer.start <= m.start and m.end <= outer.end):
            by_lexicon = entry is not None and inner.entity == f"lex:{entry.parent}"
            rest = ctx.text[inner.end:outer.end].lower().split()
            by_possessive = entry is None and len(rest) >= 2 and rest[0] in ("'s", "’s") and rest[-1] in UNIT_NOUNS
            if by_lexicon or by_possessive or outer.rule == UNIT_RULE or unit_of(ctx, outer, inner):  # the unit's body
                found.append(Relation(outer.entity, "subOrganizationOf", inner.entity,
                                      evidence(ctx, "relation.part_of_name.v1", 0.85, span_of(outer))))
        found += [Relation(outer.entity, "subOrganizationOf", p.entity,
                           evidence(ctx, "relation.part_of_name.v1", 0.8, span_of(outer)))
                  for p in named_parents(ctx, outer)]
        parent = next((m for m in ctx.mentions if entry is not None and m.entity == f"lex:{entry.parent}"
                       and re.fullmatch(r"['’]s\s+", ctx.text[m.end:outer.start])), None)
        if parent is not None:  # "the Interior Ministry's Center E": the parent's possessive right before the name
            found.append(Relation(outer.entity, "subOrganizationOf", parent.entity,
                                  evidence(ctx, "relation.part_of_name.v1", 0.85, span_of(parent), span_of(outer))))
    return found + known_parents(ctx, found)


def known_parents(ctx: Context, found: list[Relation]) -> list[Relation]:
    """'a referral to the Grand Chamber' in an article about the European Court: a body the lexicon knows as a part
    of another body the article names is a part of it, told at the body's first mention."""
    entries = getattr(ctx.lexicon, "entries", {})
    told = {(r.subject, r.object) for r in found}
    out = []
    for key, entity in ctx.entities.items():
        entry = entries.get(key[4:]) if key.startswith("lex:") else None
        parent = f"lex:{entry.parent}" if entry is not None and entry.parent else None
        if parent not in ctx.entities or (key, parent) in told or entity.type not in BODIES:
            continue
        if not part_named(entry.label, entries[entry.parent]):
            continue  # the State Duma is a chamber of the Federal Assembly, but articles seldom say so
        mention = next((m for m in ctx.mentions if m.entity == key), None)
        if mention is not None:
            out.append(Relation(key, "subOrganizationOf", parent,
                                evidence(ctx, "relation.part_of_lexicon.v1", 0.7, span_of(mention))))
    return out


def part_named(label: str, parent) -> bool:
    """A part whose own name is made from its parent's: 'Grand Chamber of the European Court of Human Rights'."""
    return any(re.search(rf"\b{re.escape(name)}\b", label) for name in (parent.label, *parent.aliases) if name != label)


def unit_of(ctx: Context, outer: Mention, inner: Mention) -> bool:
    """'the Judicial Department of the Supreme Court': a unit noun, then 'of/at/under', then the whole body's name."""
    head = ctx.text[outer.start:inner.start].lower().split()
    links = [i for i, w in enumerate(head) if w in ("of", "at", "under")]
    return inner.end == outer.end and bool(links) and any(w in UNIT_NOUNS for w in head[:links[-1]])


UNIT_OF = re.compile(r"\b([a-z-]+)\s+(?:of|at|under)\s+(?:the\s+)?(.+)$", re.I)


def named_parents(ctx: Context, outer: Mention) -> list[Mention]:
    """'The Judicial Department of the Supreme Court' as one name: the body its tail names, when the article
    mentions that body elsewhere under those words."""
    match = UNIT_OF.search(outer.text)
    if not match or match.group(1).lower() not in UNIT_NOUNS:
        return []
    tail = match.group(2).lower()
    return list({m.entity: m for m in ctx.mentions if m.type in BODIES and m.entity != outer.entity
                 and m.text.lower().removeprefix("the ") == tail}.values())[:1]


def owns(ctx: Context, owner: Mention, owned: Mention, rule: str, conf: float, *spans) -> Relation:
    anchor = spans[-1] if spans else span_of(owned)  # the verb or noun that says it, else the owned name
    return Relation(owner.entity, "owns", owned.entity,
                    evidence(ctx, rule, conf, *anchored(ctx, anchor, span_of(owner), span_of(owned), *spans)))


def owns_verb(ctx: Context, verb: Token) -> list[Relation]:
    passive = is_passive(verb)
    owners = all_subjects(ctx, verb)  # "Sogaz and Gazfond bought <Org>"
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.lower_ in ("that", "which") for c in children(verb)):
        owners = [o for o in owners if o.start < verb.idx]  # "VK, the group that owns <B>, and Rutube": not Rutube
    if passive:
        owned = objects(ctx, verb, ("nsubjpass",), ORGS)
    else:
        owned = objects(ctx, verb, ("dobj",), ORGS)
        if verb.lemma_.lower() in ("own", "control"):  # "owns the Vkontakte and Odnoklassniki websites"
            owned += [m for c in children(verb) if c.dep_ == "dobj" for m in ctx.within(c, ORGS) if m not in owned]
    if not passive and verb.tag_ == "VBN" and not owned and any(c.dep_ == "agent" for c in children(verb)):
        owned = named_before(ctx, verb)  # "Echo of Moscow, majority-owned by <Org>" (often misparsed)
    whose = any(t.lower_ == "whose" for t in verb.subtree if t.i < verb.i)  # "<A>, whose units B and C published"
    if verb.dep_ in ("acl", "relcl") and not whose and (  # not "<A>, which has owned <B> since 2013"
            verb.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in children(verb))
            or not any(c.dep_ == "dobj" for c in children(verb))):
        # "<Org>, owned by", "the app <Org> owns", "A, B and C, all owned by <Org>"
        head = verb.head.head if verb.head.dep_ == "appos" and verb.head.pos_ in ("PRON", "DET") else verb.head
        owned = [m for t in clause_owned(verb, head) for m in [ctx.head_mention(t, ORGS)] if m]
        if not owned and head.dep_ == "attr" and head.lemma_.lower() in SHARE_WORDS and asserted(head.head):
            owned = subjects(ctx, head.head, ORGS)  # "<B> is 66 percent owned by <A>"
    owners += co_owners(ctx, verb)
    return [owns(ctx, o, m, "relation.owns_verb.v1", 0.85, span_of(verb)) for o in owners for m in owned]


def clause_owned(verb: Token, head: Token) -> list[Token]:
    """The names a clause of owning is about: the noun it hangs on and the noun's conjuncts ('A, B and C, all owned
    by X'), but only the last of them when the clause is singular ('A and B, which is owned by X') or hangs on a
    singular description in apposition ('A, B and C, the service run by X': C)."""
    if head.dep_ == "appos" and head.tag_ == "NN" and head.head.pos_ == "PROPN":
        return [head.head, *conjuncts(head.head)][-1:]
    listed = [head, *conjuncts(head)]
    singular = any(c.tag_ == "VBZ" or c.lower_ == "was" for c in (verb, *children(verb)) if c.dep_ in (
        "aux", "auxpass") or c.i == verb.i)
    return listed[-1:] if singular and verb.dep_ == "relcl" else listed


def relational(noun: Token) -> str | None:
    """The ownership word a noun is or has as compound ('owner', 'parent company' -> 'parent')."""
    lemma = words(noun.doc).lemma[noun.i]  # (most nouns are neither: no walk over their children)
    if lemma in RELATIONAL_WORDS or noun.i not in heads_with(noun.doc, "compound", RELATIONAL_WORDS):
        return lemma if lemma in RELATIONAL_WORDS else None
    for t in (c for c in children(noun) if c.dep_ == "compound"):
        if t.lemma_.lower() in RELATIONAL_WORDS:
            return t.lemma_.lower()
    return None


def zero_relative(ctx: Context, verb: Token) -> list[Relation]:
    """'<A>, the messaging service <B> also owns, ...': a relative clause without 'that', which the parser
    often misreads; read from the surface. The clause is its own statement: only its own negation counts."""
    text = ctx.text
    if any(c.dep_ in ("dobj", "neg", "auxpass") or (c.dep_ == "aux" and c.lower_ in MODALS) for c in children(verb)):
        return []
    orgs = [m for m in ctx.mentions if m.type in ORGS and m.end <= verb.idx and m.sentence[0] <= verb.idx]
    if len(orgs) < 2 or not ZERO_VERB.match(text[orgs[-1].end:verb.idx]):
        return []
    owner, owned = orgs[-1], orgs[-2]
    if not ZERO_HEAD.match(text[owned.end:owner.start]):
        return []
    return [owns(ctx, o, owned, "relation.owns_verb.v1", 0.75, span_of(verb)) for o in [owner, *co_owners(ctx, verb)]]


def named_before(ctx: Context, verb: Token) -> list[Mention]:
    """The organisation named right before a participle: '<Org>, majority-owned by', '<Org>, wholly owned by'."""
    start = sentence_of(verb).start_char
    before = [m for m in ctx.mentions if m.type in ORGS and m.end <= verb.idx and m.start >= start]
    if before and OWNED_GAP.fullmatch(ctx.text[before[-1].end:verb.idx]):
        return before[-1:]
    return []


def co_owners(ctx: Context, verb: Token) -> list[Mention]:
    """'the channel that RFE/RL runs with Voice of America': a partner in owning or running owns it too."""
    if verb.lemma_.lower() not in PUBLISH_VERBS | {"own", "control"}:
        return []
    partners = prep_objects(ctx, verb, ("with",), ORGS)
    # "runs the Yandex.Taxi service jointly with Uber": 'jointly with' hung on the object
    return partners + [m for o in children(verb) if o.dep_ == "dobj" for p in children(o)
                       if p.dep_ == "prep" and p.lower_ == "with" and any(a.lower_ in ("jointly", "together")
                                                                          for a in children(o))
                       for m in prep_objects(ctx, o, ("with",), ORGS) if m not in partners]


def owns_noun(ctx: Context, noun: Token, lemma: str) -> list[Relation]:
    """A relational noun between two organisations: the one it describes, and the one(s) it governs."""
    if any(c.lower_ in UNREAL_MODIFIERS | {"minority"} for c in children(noun)) or not governing_verb_asserted(noun):
        return []  # "a minority shareholder" does not own the company
    described = described_by(ctx, noun)
    governed = governed_by(ctx, noun, compounds=lemma not in MADE_BY_NOUNS)
    if lemma in HOLDER_WORDS:  # "the largest shareholder in <Org>" as "of <Org>"
        governed += [m for m in prep_objects(ctx, noun, ("in",), ORGS) if m not in governed]
    if lemma in ACQUISITION_NOUNS:  # "its purchase of <Org>": the possessor bought it
        described = [m for c in children(noun) if c.dep_ == "poss" for m in [ctx.head_mention(c, ORGS)] if m]
        if not described and noun.dep_ == "dobj" and noun.head.lemma_.lower() in COMPLETING and asserted(noun.head):
            described = subjects(ctx, noun.head, ORGS)  # "VK completed the purchase of Dzen"
        governed = of_objects(ctx, noun)
    pairs = [(d, g) for d in described for g in governed]
    if lemma in OWNED:
        pairs = [(g, d) for d, g in pairs]
    return [owns(ctx, a, b, "relation.owns_noun.v1", 0.8, span_of(noun)) for a, b in pairs]


def described_by(ctx: Context, noun: Token) -> list[Mention]:
    """The organisation a noun describes: in apposition either way, or the subject of 'is a ...'."""
    found = []
    if noun.dep_ == "appos":  # "the American company, a subsidiary of <Org>": the description's antecedent
        found.append(ctx.at(noun.head) or ctx.head_mention(noun.head, ORGS))
    found += [ctx.at(c) for c in children(noun) if c.dep_ == "appos"]
    if noun.dep_ == "attr":
        found += [ctx.head_mention(c, ORGS) for c in children(noun.head) if c.dep_ == "nsubj"]
    return [m for m in dict.fromkeys(found) if m is not None and m.type in ORGS]


def governed_by(ctx: Context, noun: Token, compounds: bool = True) -> list[Mention]:
    """'the owner of A and B', 'Facebook's parent company', 'a Meta subsidiary' (but in 'the Yandex.Taxi service'
    the name before a product noun is the service's own, not its maker's: compounds=False)."""
    found = of_objects(ctx, noun)
    found += [m for c in children(noun) if c.dep_ == "poss" for m in [ctx.head_mention(c, ORGS)] if m]
    found += [m for c in children(noun) if compounds and c.dep_ in ("compound", "nmod") and (m := ctx.at(c))
              and m.type in ORGS and m not in found]
    return found


def of_objects(ctx: Context, noun: Token) -> list[Mention]:
    """'of A', and 'of A and of B' (a second 'of' coordinated with the first)."""
    found = prep_objects(ctx, noun, ("of",), ORGS)
    for p in (c for c in children(noun) if c.dep_ == "prep" and c.lower_ == "of"):
        found += [m for q in conjuncts(p) if q.lower_ == "of" for o in children(q) if o.dep_ == "pobj"
                  for m in ctx.head_mentions(o, ORGS) if m not in found]
    return found


def governing_verb_asserted(noun: Token) -> bool:
    """'is not the owner of', 'may complete its purchase of': the verb over the noun must state a fact."""
    return noun.dep_ not in ("attr", "dobj", "nsubj", "nsubjpass") or asserted(noun.head)


def owns_possessive(ctx: Context) -> list[Relation]:
    """'Google's YouTube video service', "the American company's Facebook and Instagram networks"."""
    found = []
    for m in ctx.mentions:
        if m.type not in ORGS:
            continue
        span = char_span(ctx.doc, m.start, m.end)
        if span is None:
            continue
        root = span.root
        while root.dep_ == "conj" and (head := ctx.at(root.head)) is not None and head.type in ORGS:
            root = root.head  # "Facebook and Instagram networks": the first of the coordinated names
        if hosted_on(ctx, m, root) or root.dep_ in ("compound", "nmod") and hosted_on(ctx, m, root.head):
            continue  # "the foundation's YouTube channel", "Meduza's Telegram channel": on the platform
        holders = [root]
        if root.dep_ in ("compound", "nmod", "appos") and root.head.lemma_.lower() in PRODUCT_NOUNS:
            holders.append(root.head)
        # "Radio Svoboda, the company's Russian service": the product noun in apposition after the name
        holders += [c for c in children(root) if c.dep_ == "appos" and c.lemma_.lower() in PRODUCT_NOUNS]
        if any(c.dep_ in ("compound", "amod", "appos") and c.lemma_.lower() in NOT_OWNED for c in children(root)):
            continue  # "its partner VK", "its rival Yandex": a relation that is not ownership
        for h in holders:
            for c in children(h):
                owner = (ctx.head_mention(c, ORGS) if c.lower_ != "whose" else whose_owner(ctx, c, h)) \
                    if c.dep_ == "poss" else None
                apposed = h.i != root.i and h.dep_ == "appos"  # "Facebook, Meta's largest network": named after it
                if owner and (owner.end <= m.start or apposed and owner.start > m.end) and owner.entity != m.entity:
                    conf = 0.65 if h.i == root.i else 0.75
                    found.append(owns(ctx, owner, m, "relation.owns_possessive.v1", conf))
            # "WhatsApp, another Meta service": the maker named before a product noun in apposition (not "<B>, a
            # Telegram channel", a channel on a platform)
            if h.i != root.i and h.dep_ == "appos" and h.head.i == root.i and any(  # not "the <B> service"
                    c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in children(h)):
                for c in children(h):
                    maker = ctx.at(c) if c.dep_ in ("compound", "nmod") and c.i < h.i else None
                    if maker is not None and maker.type in ORGS and maker.entity != m.entity and not hosted_on(
                            ctx, maker, h):
                        found.append(owns(ctx, maker, m, "relation.owns_possessive.v1", 0.7))
            # "the VKontakte and Odnoklassniki social networks of the Mail.ru Group": the maker after 'of'
            for o in (o for p in children(h) if h.i != root.i and p.dep_ == "prep" and p.lower_ == "of"
                      for o in children(p) if o.dep_ == "pobj"):
                owner = ctx.head_mention(o, ORGS)
                if owner and owner.start >= m.end and owner.entity != m.entity:
                    found.append(owns(ctx, owner, m, "relation.owns_possessive.v1", 0.7))
    return found


def whose_owner(ctx: Context, whose: Token, noun: Token) -> Mention | None:
    """'Meta, whose Facebook and Instagram were blocked': the name the 'whose' clause hangs on."""
    clause = noun.head if noun.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    if clause is None or clause.dep_ != "relcl":
        return None
    return ctx.head_mention(clause.head, ORGS)


HOSTED_NOUNS = {"channel", "page", "account", "blog", "group", "chat", "feed", "profile"}


def hosted_on(ctx: Context, platform: Mention, noun: Token) -> bool:
    """'the foundation's YouTube channel', 'her Telegram channel': a channel on a platform, not the platform's."""
    entries = getattr(ctx.lexicon, "entries", {})
    entry = entries.get(platform.entity[4:]) if platform.entity.startswith("lex:") else None
    return noun.lemma_.lower() in HOSTED_NOUNS and getattr(entry, "kind", None) == "platform"
