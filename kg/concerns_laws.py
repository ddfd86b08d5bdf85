"""Laws that change laws, told by a noun or a participle: "the amendments to the Code of Administrative Offenses",
"Article 20.1, introduced by <law>, ...".

Rules (ids travel into provenance):
  relation.concerns_amendment.v1 "the amendments to the Code of Administrative Offenses", "changes to Article 13.15",
                                 "parliament passed amendments to that law", "the Criminal Code amendments": a law named
                                 as an amendment amends the law or provision it is 'to' (or the code it is named after)
  relation.concerns_amended_by.v1 "Article 20.1, introduced by <law>, ...", "<provision>, a clause added by <law>",
  "<provision>, which was added to the
                                 Criminal Code by <law>", "Article 20.1, as amended by <law>": the law amends the
                                 provision (and the code it was added to)
  relation.concerns_carried.v1   "The law brought sweeping changes to the Law on Information", "It contains amendments
                                 to the Criminal Code": a law whose object is a change 'to' a law or provision amends it
  relation.concerns_penalties.v1 "a law raising fines under Article 20.2", "The law toughened penalties under Article
                                 212.1": a law changing the penalties a provision sets amends the provision
  relation.concerns_reshaped.v1  "The 2012 amendments widened it (Article 275)", "The law broadened the definition in
                                 Article 275 of the Criminal Code", "It extended Article 13.15 to ...": a law as the
                                 subject of a verb of reshaping amends the law or provision it reshapes
Only asserted verbs and participles count (kg.concerns_more reads them): "which was not amended by <law>" yields
nothing.
A law described by an apposition ("the 'law against Apple', an amendment to <law>") is kg.act_amendments'.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import Context, anchored, evidence, objects, sentence_index, span_of, subjects
from kg.doc_tables import char_span, children
from kg.model import Mention, Relation
from kg.relation_lexicon import AMEND_VERBS

LEGAL = {"Law", "LegalProvision"}
APPOSITION = re.compile(r"[,(—–]\s*(?:an?|the|its)?\s*$")  # "<law>, an amendment to ..."
# verbs that bring an amendment into being: "parliament passed amendments to that law"
PROVISION_NOUNS = {"clause", "provision", "article", "part", "section", "paragraph", "norm", "amendment"}
PASSING_VERBS = {"pass", "adopt", "approve", "sign", "introduce", "propose", "submit", "draft", "make", "enact"}
# verbs by which a law reshapes a law or provision, beyond AMEND_VERBS: "widened Article 275"
RESHAPE_VERBS = {"widen", "broaden", "narrow", "redefine", "reword", "overhaul", "update", "strengthen", "weaken",
                 "loosen", "harden", "extend", "decriminalise", "decriminalize", "soften", "toughen", "tighten",
                 "relax", "liberalise", "liberalize"}
# verbs by which a law changes the penalties of a provision: "a law raising fines under Article 20.2"
PENALTY_VERBS = {"raise", "increase", "toughen", "tighten", "reduce", "lower", "soften", "double", "triple",
                 "stiffen"}
# verbs by which a law carries changes it makes: "brought changes to <law>", "contains amendments to <code>"
CARRYING_VERBS = {"bring", "contain", "include", "carry", "make", "introduce", "feature", "have", "incorporate"}
# the verbs `reshaped` reads (it finds nothing for another)
RESHAPING_VERBS = frozenset(CARRYING_VERBS | PENALTY_VERBS | RESHAPE_VERBS)
AMENDMENT_NOUNS = {"amendment", "change", "addition", "modification", "revision", "correction", "alteration"}


def amends(ctx: Context, law: Mention, m: Mention, rule: str, conf: float, anchor) -> Relation:
    return Relation(law.entity, "amends", m.entity, evidence(ctx, rule, conf, *anchored(ctx, anchor, span_of(law),
                                                                                       span_of(m))))


def amendment_to(ctx: Context, law: Mention) -> list[Relation]:
    """'the amendments to the Code of Administrative Offenses': the law or provision the amendment is 'to' (named
    after the mention, nested inside its own name, or a description such as 'that law'); 'passed amendments to
    <law>' too, where the parser hangs the 'to' on the verb."""
    span = char_span(ctx.doc, law.start, law.end)
    if span is None or span.root.lemma_.lower() not in AMENDMENT_NOUNS or described(ctx, law):
        return []
    noun = span.root
    found = [amends(ctx, law, m, "relation.concerns_amendment.v1", 0.65, span_of(noun)) for m in ctx.mentions
             if m.type == "Law" and law.start <= m.start and m.end <= noun.idx and m.entity != law.entity and
             is_code(ctx, m)]  # "the Criminal Code amendments"
    preps = [c for c in children(noun) if c.dep_ == "prep" and c.lower_ in ("to", "of")]
    if not preps and noun.dep_ == "dobj" and noun.head.lemma_.lower() in PASSING_VERBS:
        preps = [c for c in children(noun.head) if c.dep_ == "prep" and c.lower_ == "to"]
    for p in preps:
        if p.lower_ == "of" and not any(o.lemma_.lower() in ("law", "code") or ctx.at(o) for o in children(p)):
            continue  # "an amendment of 2019"
        start, end = p.idx, max(t.idx + len(t.text) for t in p.subtree)
        named = [m for m in ctx.mentions if m.type in LEGAL and start <= m.start and m.end <= end
                 and m.entity != law.entity]
        named = [m for m in named if not any(o is not m and o.type == "LegalProvision" and o.start <= m.start
                                             and m.end <= o.end for o in named)]  # the code inside "Article N of ..."
        if not named:  # "amendments to that law": the law named last before the amendments
            named = [m for o in children(p) if o.dep_ == "pobj" for m in [referred_law(ctx, o, law)] if m]
        found += [amends(ctx, law, m, "relation.concerns_amendment.v1", 0.7, span_of(p)) for m in named]
    return found


def is_code(ctx: Context, m: Mention) -> bool:
    """A code or constitution of the lexicon (not a law the amendments could be another name of)."""
    entries = getattr(ctx.lexicon, "entries", {})
    entry = entries.get(m.entity.removeprefix("lex:")) if m.entity.startswith("lex:") else None
    return entry is not None and entry.kind in ("code", "constitution")


def reshaped(ctx: Context, verb: Token) -> list[Relation]:
    """'The 2012 amendments widened it (Article 275)', 'The law broadened the definition in Article 275': a law
    reshaping a law or provision amends it (the verbs kg.relation_lexicon's AMEND_VERBS leaves out)."""
    if verb.lemma_.lower() in CARRYING_VERBS:
        return carried_changes(ctx, verb)
    if verb.lemma_.lower() in PENALTY_VERBS:
        return penalties_changed(ctx, verb)
    if verb.lemma_.lower() not in RESHAPE_VERBS:
        return []
    laws = subjects(ctx, verb, {"Law"})
    if not laws:
        return []
    changed = objects(ctx, verb, ("dobj",), LEGAL)
    changed += [m for c in children(verb) if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ == "in"
                for m in ctx.within(c, LEGAL) if m not in changed]  # "the definition (of treason) in Article 275"
    changed = [whole_provision(ctx, m) for m in changed]
    return [amends(ctx, a, m, "relation.concerns_reshaped.v1", 0.65, span_of(verb))
            for a in laws for m in dict.fromkeys(changed) if m.entity != a.entity]


def penalties_changed(ctx: Context, verb: Token) -> list[Relation]:
    """'a law raising fines under Article 20.2 of the Code of Administrative Offenses', 'The law tightened penalties
    for repeat offences under Article 212.1': a law (its subject, or the law whose described name the participle is
    part of) changing the penalties a provision sets amends that provision (relation.concerns_penalties.v1)."""
    laws = subjects(ctx, verb, {"Law"})
    if not laws and verb.tag_ == "VBG":
        own = ctx.at(verb)  # "a law raising fines under ...": the participle inside the law's described name
        laws = [own] if own is not None and own.type == "Law" and own.start < verb.idx else []
    if not laws:
        return []
    penalties = [c for c in children(verb) if c.dep_ == "dobj" and c.lemma_.lower() in PENALTY_NOUNS]
    preps = [p for h in (verb, *penalties) for p in children(h)
             if p.dep_ == "prep" and p.lower_ in ("under", "for", "in")]
    if not penalties:
        return []
    spans = [(min(t.idx for t in p.subtree), max(t.idx + len(t) for t in p.subtree)) for p in preps]
    changed = [m for m in ctx.mentions if m.type == "LegalProvision" and any(  # nested in a described law's name too
        s <= m.start and m.end <= e for s, e in spans)]
    changed = [m for m in changed if not any(o is not m and o.start <= m.start and m.end <= o.end for o in changed)]
    return [amends(ctx, a, m, "relation.concerns_penalties.v1", 0.65, span_of(verb))
            for a in laws for m in dict.fromkeys(changed) if m.entity != a.entity]


PENALTY_NOUNS = {"fine", "penalty", "punishment", "sentence", "term", "liability"}


def carried_changes(ctx: Context, verb: Token) -> list[Relation]:
    """'The law brought sweeping changes to the Law on Information', 'It contains amendments to the Criminal Code',
    'The act included changes to Article 15.3': a law whose object is a change 'to' a law or provision amends it
    (relation.concerns_carried.v1)."""
    laws = subjects(ctx, verb, {"Law"})
    changes = [c for c in children(verb) if c.dep_ == "dobj" and c.lemma_.lower() in AMENDMENT_NOUNS]
    if not laws or not changes:
        return []
    preps = [p for c in changes for p in children(c) if p.dep_ == "prep" and p.lower_ == "to"]
    preps += [p for p in children(verb) if p.dep_ in ("prep", "dative") and p.lower_ == "to"]  # hung on the verb
    changed = [whole_provision(ctx, m) for p in preps for m in ctx.within(p, LEGAL)]
    changed = [m for m in changed if not any(o is not m and o.type == "LegalProvision" and o.start <= m.start and
                                             m.end <= o.end for o in changed)]
    return [amends(ctx, a, m, "relation.concerns_carried.v1", 0.7, span_of(verb))
            for a in laws for m in dict.fromkeys(changed) if m.entity != a.entity]


def whole_provision(ctx: Context, m: Mention) -> Mention:
    """The provision a code is named inside ('it' for 'Article 275 of the Criminal Code' may resolve to the code)."""
    outer = [o for o in ctx.mentions if o.type == "LegalProvision" and o.start <= m.start and m.end <= o.end]
    return outer[0] if m.type == "Law" and outer else m


def referred_law(ctx: Context, noun: Token, amendment: Mention) -> Mention | None:
    """'that law', 'the law', 'this act' after 'amendments to': its antecedent, else the last law named (not nested in
    another name) in the three sentences before the amendment."""
    if noun.lemma_.lower() not in ("law", "act", "code", "statute") or not any(
            c.dep_ == "det" and c.lower_ in ("that", "the", "this") for c in children(noun)):
        return None
    m = ctx.head_mention(noun, {"Law"})
    if m is not None and m.entity != amendment.entity:
        return m
    here = sentence_index(ctx, amendment.start, 0)
    start = ctx.sentences[max(here - 3, 0)][0]
    laws = [m for m in ctx.mentions if m.type == "Law" and start <= m.start and m.end <= amendment.start
            and m.entity != amendment.entity and not any(o is not m and o.start <= m.start and m.end <= o.end
                                                         for o in ctx.mentions)]
    return max(laws, key=lambda m: m.start) if laws else None


def described(ctx: Context, law: Mention) -> bool:
    """'the "law against Apple", an amendment to <law>': the amendment describes a law named just before, whose
    relation kg.act_amendments reads."""
    before = ctx.text[max(law.sentence[0], law.start - 12):law.start]
    return bool(APPOSITION.search(before)) and any(m.type == "Law" and m.entity != law.entity and
                                                   0 <= law.start - m.end <= 12 for m in ctx.mentions)


def described_before(ctx: Context, noun: Token) -> list[Mention]:
    """The provision or law right before an apposition ("<provision>, a clause ..."), read from the surface, since the
    parser often hangs the apposition on another noun of the clause."""
    start = noun.left_edge.idx
    before = [m for m in ctx.mentions if m.type in LEGAL and re.fullmatch(r"\s*,\s*", ctx.text[m.end:start])]
    return [min(before, key=lambda m: m.start)] if before else []  # the provision, not the law named inside it


def amended_by(ctx: Context, verb: Token) -> list[Relation]:
    """'Article 20.1, introduced by <law>, ...', '<provision>, which was added to the code by <law>', 'Article 20.1,
    as amended by <law>': a participle or relative clause on a provision or law whose agent is a law."""
    if verb.lemma_.lower() not in AMEND_VERBS or verb.tag_ not in ("VBN", "VBD"):
        return []
    laws = [m for c in children(verb) if c.dep_ == "agent" for o in children(c) if o.dep_ == "pobj"
            for m in [ctx.head_mention(o, {"Law"})] if m]
    if not laws:
        return []
    passive = next((c for c in children(verb) if c.dep_ == "nsubjpass"), None)
    active = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    as_mark = verb.dep_ in ("advcl", "acl") and any(c.dep_ == "mark" and c.lower_ == "as" for c in children(verb))
    if as_mark and passive is None:  # "Article 20.1, as amended by <law>" (hung on any word of the clause)
        changed = [m for m in ctx.mentions if m.type in LEGAL and m.end <= verb.idx and re.fullmatch(
            r"\s*,?\s*as\s+", ctx.text[m.end:verb.idx])]
    elif passive is None and verb.dep_ == "acl" and verb.head.lemma_.lower() in PROVISION_NOUNS and \
            ctx.at(verb.head) is None:  # a description ("a clause"), not the provision's own name ("Article 15.3")
        changed = described_before(ctx, verb.head)  # "<provision>, a clause added by <law>" (hung anywhere)
    elif passive is not None and passive.lower_ in ("which", "that") or passive is None and verb.dep_ == "acl":
        changed = [m for m in [ctx.head_mention(verb.head, LEGAL)] if m]
    elif passive is None and active is not None and verb.tag_ == "VBD":  # "Article 207.3, added ... by <law>" misread
        changed = [m for m in [ctx.head_mention(active, LEGAL)] if m]  # as a past tense with the article its subject
    else:
        return []  # "<provision> was added by <law>" is kg.concerns' relation.amends_verb.v1
    changed = [m for m in changed if not any(o.type == "LegalProvision" and o is not m and o.start <= m.start
                                             and m.end <= o.end for o in changed)]  # not the code in its name
    changed += [m for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("to", "into")
                for m in ctx.within(p, LEGAL) if m not in changed]  # "added to the Criminal Code by <law>"
    return [amends(ctx, a, m, "relation.concerns_amended_by.v1", 0.65, span_of(verb))
            for a in laws for m in changed if m.entity != a.entity]
