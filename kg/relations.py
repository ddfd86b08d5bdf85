"""Direct relations between the entities of one article, from the dependency parse.

Rules (each id travels into the provenance of the facts it makes):
  relation.role_title.v1       "Spokesman for <Org> <Person>", "<Org> spokesman <Person>", "Prosecutor General <Person>"
  relation.role_apposition.v1  "<Person>, the head of <Org>", "<Person>, <Org>'s lawyer"
  relation.owns_verb.v1        "<Org>, which owns <Org> and <Org>", "<Org> is owned by <Org>"
  relation.issued_of.v1        "the ruling of <court>", "<court>'s decision"
  relation.concerns_prep.v1    "<ruling> on/under/interpreting <provision>"
  relation.concerns_topic.v1   "<ruling> explaining ... extremist ..." + a provision named for the same offence
Issuing, charges, sanctions and petitions are events: kg.events reads them and derives their
direct relations. Only asserted statements count here: a negated verb, a modal or future
auxiliary, or a verb governed by a verb of wanting, planning or asking yields nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.coref import Antecedents
from kg.model import Article, Evidence, LocalEntity, Mention, Relation
from kg.relation_lexicon import OWN_VERBS, ROLE_OF_TITLE, TOPICS, UNASSERTED_GOVERNORS

ACTORS = {"Person", "Organization", "GovernmentBody", "Court"}
STATE = {"GovernmentBody", "Court"}
TITLE_RE = "|".join(sorted(map(re.escape, ROLE_OF_TITLE), key=len, reverse=True))
TITLE_FOR = re.compile(rf"(?:^|\W)({TITLE_RE})\s+(?:for|of|at|to)\s+(?:the\s+)?$", re.I)
TITLE_ONLY = re.compile(rf"^\s*({TITLE_RE})\s*$", re.I)
APPOS = re.compile(rf"^\s*,\s+(?:(?:the|a|an|its)\s+)?(?:[\w-]+\s+){{0,2}}?({TITLE_RE})\s+(?:of|for|at|with|to)\s+"
                   rf"(?:the\s+)?$", re.I)


class Context:
    """Token -> mention lookups for one article."""

    def __init__(self, doc: Doc, article: Article, mentions, entities, sentences, lexicon=None):
        self.doc, self.article, self.mentions, self.sentences = doc, article, mentions, sentences
        self.entities = {e.key: e for e in entities}
        self.by_token: dict[int, Mention] = {}
        for m in sorted(mentions, key=lambda m: m.end - m.start):  # longest last, so outer mentions win
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            for token in span or ():
                self.by_token[token.i] = m
        self.antecedents = Antecedents(doc, mentions)
        self.lexicon = lexicon

    def type_of(self, key: str) -> str:
        return self.entities[key].type

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def within(self, token: Token, types=ACTORS) -> list[Mention]:
        """Mentions inside the subtree of `token`, outermost first, in text order."""
        seen, found = set(), []
        for t in token.subtree:
            m = self.by_token.get(t.i)
            if m and m.type in types and (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                found.append(m)
        return found

    def head_mention(self, token: Token, types=ACTORS) -> Mention | None:
        """The mention a noun phrase denotes: the head itself, a mention it governs by 'of', or an antecedent."""
        m = self.at(token)
        if m and m.type in types:
            return m
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ == "of":
                inner = [c for c in child.children if c.dep_ == "pobj"]
                if inner and (found := self.head_mention(inner[0], types)):
                    return found
        return self.antecedents.resolve(token, types)


def extract_relations(ctx: Context) -> list[Relation]:
    """Relations that are not events: roles, ownership, a ruling's issuer and subject."""
    return [*role_relations(ctx), *verb_relations(ctx), *ruling_relations(ctx)]


def unique(relations) -> list[Relation]:
    """One relation per (subject, property, object), the first evidence kept; none to itself."""
    found: dict[tuple, Relation] = {}
    for r in relations:
        if r.subject != r.object:
            found.setdefault((r.subject, r.predicate, r.object), r)
    return list(found.values())


def evidence(ctx: Context, rule: str, conf: float, *spans: tuple[int, int]) -> Evidence:
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    sentence = next((s for s in ctx.sentences if s[0] <= start < s[1]), (start, end))
    return Evidence(ctx.article.id, start, end, sentence, rule, conf)


def span_of(x) -> tuple[int, int]:
    if isinstance(x, Token):
        return x.idx, x.idx + len(x.text)
    return x.start, x.end


# --- roles -------------------------------------------------------------------------------

def role_relations(ctx: Context) -> list[Relation]:
    found = []
    ordered = sorted(ctx.mentions, key=lambda m: m.start)
    for i, person in enumerate(ordered):
        if person.type != "Person":
            continue
        before = [m for m in ordered[:i] if m.sentence == person.sentence and m.end <= person.start]
        after = [m for m in ordered[i + 1:] if m.sentence == person.sentence and m.start >= person.end]
        found += role_before(ctx, person, before) + role_after(ctx, person, after)
    return found


def role_before(ctx: Context, person: Mention, before: list[Mention]) -> list[Relation]:
    text = ctx.doc.text
    if before and before[-1].type in ACTORS - {"Person"} and not text[before[-1].end:person.start].strip(" ,"):
        org = before[-1]  # "... for <Org> <Person>"
        match = TITLE_FOR.search(text[max(person.sentence[0], org.start - 60):org.start])
        if match:
            return [role(ctx, person, org, match.group(1), "relation.role_title.v1")]
    if before and before[-1].type in ACTORS - {"Person"}:
        org = before[-1]  # "<Org> spokesman <Person>"
        match = TITLE_ONLY.match(text[org.end:person.start].replace("’s", "").replace("'s", ""))
        if match:
            return [role(ctx, person, org, match.group(1), "relation.role_title.v1")]
    return role_from_lexicon_title(ctx, person)


def role_from_lexicon_title(ctx: Context, person: Mention) -> list[Relation]:
    """'Prosecutor General Yuri Chaika': a title naming one body, when that body is in the article."""
    if ctx.lexicon is None:
        return []
    window = ctx.doc.text[max(person.sentence[0], person.start - 60):person.start]
    for pattern, title, name in ctx.lexicon.title_suffix:
        if f"lex:{title.body}" in ctx.entities and pattern.search(window):
            org = next(m for m in ctx.mentions if m.entity == f"lex:{title.body}")
            rel = role(ctx, person, org, name, "relation.role_lexicon_title.v1", ROLE_NAME.get(title.role))
            return [Relation(rel.subject, rel.predicate, rel.object,
                             evidence(ctx, rel.evidence.rule, 0.85, (person.start - len(name) - 1, person.end)))]
    return []


def role_after(ctx: Context, person: Mention, after: list[Mention]) -> list[Relation]:
    if not after or after[0].type not in ACTORS - {"Person"}:
        return []
    org = after[0]
    match = APPOS.match(ctx.doc.text[person.end:org.start])
    if match:
        return [role(ctx, person, org, match.group(1), "relation.role_apposition.v1")]
    return []


ROLE_NAME = {"spokesperson": "spokespersonOf", "head": "headOf", "deputy_head": "deputyHeadOf", "judge": "judgeOf",
             "prosecutor": "prosecutorOf", "lawyer": "lawyerOf", "member": "memberOf", "founder": "founderOf",
             "employee": "employeeOf", "official": "roleIn"}


def role(ctx, person: Mention, org: Mention, title: str, rule: str, prop: str | None = None) -> Relation:
    prop = prop or ROLE_OF_TITLE.get(title.lower(), "roleIn")
    return Relation(person.entity, prop, org.entity, evidence(ctx, rule, 0.85, span_of(person), span_of(org)))


# --- verbs -------------------------------------------------------------------------------

def asserted(verb: Token) -> bool:
    """False for negated, modal/future, or wanted/planned/requested actions."""
    for t in (verb, *verb.ancestors):
        if any(c.dep_ == "neg" for c in t.children):
            return False
        if any(c.dep_ == "aux" and c.lower_ in ("will", "would", "may", "might", "could", "should", "'ll", "must",
                                                 "shall", "can") for c in t.children):
            return False
        if t is not verb and t.lemma_.lower() in UNASSERTED_GOVERNORS:
            return False
        if t.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acl", "relcl") or t.dep_ == "ccomp":
            break
    return True


def subjects(ctx: Context, verb: Token, types=ACTORS) -> list[Mention]:
    """The verb's agent: nsubj (through 'which' to its noun), or the passive 'by' agent; follows conj verbs."""
    for v in (verb, *([verb.head] if verb.dep_ == "conj" else [])):
        for child in v.children:
            if child.dep_ == "nsubj":
                if child.lower_ in ("which", "that", "who") and v.dep_ == "relcl":
                    child = v.head
                m = ctx.head_mention(child, types)
                return [m] if m else []
            if child.dep_ == "agent":
                objs = [c for c in child.children if c.dep_ == "pobj"]
                m = ctx.head_mention(objs[0], types) if objs else None
                return [m] if m else []
    return []


def objects(ctx: Context, verb: Token, deps=("dobj",), types=ACTORS) -> list[Mention]:
    """Direct objects and their coordinated siblings ('asked A, B and the chief of C')."""
    found = []
    for child in verb.children:
        if child.dep_ in deps:
            for t in (child, *conjuncts(child)):
                m = ctx.head_mention(t, types)
                if m and m not in found:
                    found.append(m)
    return found


def conjuncts(token: Token) -> list[Token]:
    out, stack = [], [token]
    while stack:
        for c in stack.pop().children:
            if c.dep_ == "conj":
                out.append(c)
                stack.append(c)
    return out


def prep_objects(ctx: Context, verb: Token, preps: tuple[str, ...], types=ACTORS) -> list[Mention]:
    found = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in (c for c in child.children if c.dep_ == "pobj"):
                for t in (pobj, *conjuncts(pobj)):
                    m = ctx.head_mention(t, types)
                    if m and m not in found:
                        found.append(m)
    return found


def verb_relations(ctx: Context) -> list[Relation]:
    found = []
    for verb in ctx.doc:
        if verb.pos_ not in ("VERB", "AUX") or not asserted(verb):
            continue
        if verb.lemma_.lower() in OWN_VERBS:
            found += owns(ctx, verb)
    return found


def owns(ctx: Context, verb: Token) -> list[Relation]:
    orgs = {"Organization"}
    owners, owned = subjects(ctx, verb, orgs), objects(ctx, verb, ("dobj",), orgs)
    owned += [m for c in verb.children if c.dep_ == "dobj" for m in ctx.within(c, orgs) if m not in owned]
    if verb.tag_ == "VBN" and verb.dep_ in ("acl", "relcl"):  # "<Org>, owned by <Org>"
        owned = [m for m in [ctx.head_mention(verb.head, orgs)] if m]
    rels = []
    for owner in owners:
        for obj in owned:
            ev = evidence(ctx, "relation.owns_verb.v1", 0.85, span_of(owner), span_of(obj), span_of(verb))
            rels.append(Relation(owner.entity, "owns", obj.entity, ev))
    return rels


def legal_bases(ctx: Context, verb: Token) -> list[Mention]:
    """Provisions or laws the verb's clause names with 'under', 'for violating', 'of' ('charged with ... of')."""
    found = []
    for tok in clause_tokens(verb):
        if tok.dep_ == "prep" and tok.lower_ in ("under", "for", "with", "of", "per"):
            found += [m for m in ctx.within(tok, {"LegalProvision", "Law"}) if m not in found]
    return found


def clause_tokens(verb: Token):
    """The verb's subtree without embedded clauses of their own."""
    stack = [verb]
    while stack:
        tok = stack.pop()
        yield tok
        stack += [c for c in tok.children if c.dep_ not in ("ccomp", "advcl", "relcl", "conj", "parataxis")]


# --- rulings -----------------------------------------------------------------------------

def ruling_relations(ctx: Context) -> list[Relation]:
    rels = []
    for m in ctx.mentions:
        if m.type != "Ruling":
            continue
        span = ctx.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None:
            continue
        head = span.root
        rels += ruling_issuer(ctx, m, head) + ruling_concerns(ctx, m, head)
    return rels


def ruling_issuer(ctx: Context, ruling: Mention, head: Token) -> list[Relation]:
    for child in head.children:
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("of", "by")):
            target = child if child.dep_ == "poss" else next((c for c in child.children if c.dep_ == "pobj"), None)
            issuer = ctx.head_mention(target, STATE | {"Person"}) if target is not None else None
            if issuer:
                ev = evidence(ctx, "relation.issued_of.v1", 0.75, span_of(ruling), span_of(issuer))
                return [Relation(issuer.entity, "issued", ruling.entity, ev)]
    return []


def ruling_concerns(ctx: Context, ruling: Mention, head: Token) -> list[Relation]:
    legal = {"LegalProvision", "Law"}
    found = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "under", "about", "regarding", "concerning", "of"):
            found += [(m, "relation.concerns_prep.v1") for m in ctx.within(child, legal)]
        if child.dep_ in ("acl", "relcl"):
            inside = ctx.within(child, legal)
            found += [(m, "relation.concerns_prep.v1") for m in inside]
            if not inside and ctx.entities[ruling.entity].attr("rulingKind") in INTERPRETIVE:
                rest = ctx.doc.text[ruling.end:ruling.sentence[1]]
                found += [(m, "relation.concerns_topic.v1") for m in topical(ctx, rest)]
    return [Relation(ruling.entity, "interprets" if "topic" not in rule else "concerns", m.entity,
                     evidence(ctx, rule, 0.75 if "prep" in rule else 0.55, span_of(ruling),
                              (ruling.start, ruling.sentence[1] if "topic" in rule else list(head.subtree)[-1].idx + len(list(head.subtree)[-1].text))))
            for m, rule in found]


INTERPRETIVE = {"resolution", "ruling", "judgment", "decision", "verdict"}


def topical(ctx: Context, clause: str) -> list[Mention]:
    """Provisions named in the article for the same offence the clause describing a ruling talks about."""
    words = clause.lower()
    topics = {topic for topic, stem in TOPICS.items() if re.search(stem, words)}
    found = []
    for m in ctx.mentions:
        if m.type == "LegalProvision":
            sentence = ctx.doc.text[m.sentence[0]:m.sentence[1]].lower()
            if any(re.search(TOPICS[t], sentence) for t in topics) and m.entity not in [f.entity for f in found]:
                found.append(m)
    return found
