"""What a law obliges someone to do: the law concerns whom it binds.

Rule (its id travels into provenance):
  relation.concerns_obliged.v1  "<Org> must store user data under <law>", "<Org> has to / is required to / is obliged
                                to register under <law>", "its news service must follow / comply with <law>", "<Org>
                                falls under / is subject to <law>", "<Org> is covered by <law>": the law targets the
                                organisation or person (a claim to comply, "it said it complied with EU law", is not)
A duty is not a prediction: 'must' and 'has to' count, but a negated verb ("need not comply with", "is not subject
to"), a future or hedged one ("will have to", "could fall under") and a verb governed by one of wanting or asking
yield nothing. A possessed part of a company ("its news service", "Yandex's taxi unit") stands for the company; its
people ("Meta's users") do not.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, anchored, evidence, span_of, subjects
from kg.doc_tables import ancestors, children
from kg.model import Mention, Relation
from kg.relation_lexicon import UNASSERTED_GOVERNORS

TARGETS = {"Organization", "Person"}
OBLIGING = {"must", "has", "have", "had", "need", "needs"}  # "must store", "has to store", "need to register"
REQUIRED = {"require", "oblige", "obligate", "force", "compel", "bind"}  # "is required to register"
COMPLY = {"follow", "obey", "comply", "observe", "abide", "respect", "honour", "honor", "implement"}
UNDER = {"fall", "come"}  # "falls under the law", "came under the law"
SUBJECT_TO = {"subject", "liable", "bound"}  # "is subject to the law"
HEDGES = {"will", "would", "could", "might", "may", "should", "shall", "'ll", "can", "ca"}
PARTS = {"service", "platform", "site", "website", "app", "messenger", "network", "subsidiary", "unit", "division",
         "office", "branch", "channel", "arm", "search", "engine", "browser", "portal"}


def duty_relations(ctx: Context) -> list[Relation]:
    found = []
    for verb in candidates(ctx):
        laws = bound_by(ctx, verb)
        if not laws or not real(verb):
            continue
        for who in bound(ctx, verb):
            found += [Relation(law.entity, "targets", who.entity, evidence(
                ctx, "relation.concerns_obliged.v1", 0.6, *anchored(ctx, span_of(verb), span_of(who), span_of(law))))
                for law in laws]
    return found


def candidates(ctx: Context) -> list[Token]:
    """The verbs (and 'subject') that may tell a duty: the verbs of complying or falling under, and the verb each
    'under' belongs to."""
    found = {t.i: t for t in ctx.words.pick(lemmas=COMPLY | UNDER | SUBJECT_TO | {"cover"})}
    for prep in ctx.words.with_lower("under"):
        verb = next((a for a in ancestors(prep) if a.pos_ in ("VERB", "AUX")), None)
        if verb is not None:
            found[verb.i] = verb
    return [found[i] for i in sorted(found)]


def bound_by(ctx: Context, verb: Token) -> list[Mention]:
    """The laws a verb says bind its subject: 'must <verb> under <law>', 'comply with <law>', 'fall under <law>'."""
    lemma = verb.lemma_.lower()
    if lemma in COMPLY and obliged(verb):  # a claim of compliance ("it complied with EU law") is a defence
        return [m for c in children(verb) if c.dep_ == "dobj" or c.dep_ == "prep" and c.lower_ in ("with", "by")
                for m in ctx.within(c, {"Law"})[:1]]
    if lemma in UNDER or lemma in SUBJECT_TO:
        preps = ("under", "within") if lemma in UNDER else ("to",)
        return [m for c in children(verb) if c.dep_ == "prep" and c.lower_ in preps for m in ctx.within(c, {"Law"})[:1]]
    if lemma == "cover" and any(c.dep_ == "auxpass" for c in children(verb)):
        return [m for c in children(verb) if c.dep_ == "agent" for m in ctx.within(c, {"Law"})[:1]]
    if obliged(verb):  # "must keep messages for six months under <law>": an 'under' anywhere in the clause
        return [m for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "under" and own_clause(p, verb)
                for m in ctx.within(p, {"Law"})[:1]]
    return []


def own_clause(token: Token, verb: Token) -> bool:
    """No other verb stands between the token and the verb."""
    for t in ancestors(token):
        if t.i == verb.i:
            return True
        if t.pos_ in ("VERB", "AUX"):
            return False
    return False


def obliged(verb: Token) -> bool:
    """'must store', 'has to store', 'is required to store', 'is obliged to store'."""
    if any(c.dep_ == "aux" and c.lower_ == "must" for c in children(verb)):
        return True
    head = verb.head if verb.dep_ == "xcomp" else None
    return head is not None and (head.lemma_.lower() in ("have", "need") and head.tag_ in ("VBZ", "VBP", "VBD")
                                 or head.lemma_.lower() in REQUIRED and any(c.dep_ == "auxpass"
                                                                            for c in children(head)))


def real(verb: Token) -> bool:
    """Not negated, hedged or future, nor only wanted or asked for (a duty's 'must' is no hedge)."""
    for t in (verb, *ancestors(verb)):
        if any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in HEDGES for c in children(t)):
            return False
        if t.i != verb.i and t.lemma_.lower() in UNASSERTED_GOVERNORS:
            return False
        if t.dep_ not in ("xcomp", "conj", "acomp"):
            break
    return True


def bound(ctx: Context, verb: Token) -> list[Mention]:
    """Whom the duty binds: the subject of the verb (or of the verb it hangs on), or the company owning it."""
    for v in (verb, *([verb.head] if verb.dep_ in ("xcomp", "acomp", "conj") else [])):
        if v.lemma_.lower() in SUBJECT_TO and v.dep_ == "acomp":
            v = v.head  # "is subject to <law>": the copula holds the subject
        who = subjects(ctx, v, TARGETS) or [m for c in children(v) if c.dep_ == "nsubjpass"
                                            for m in [ctx.head_mention(c, TARGETS)] if m]  # "is required to"
        if who:
            return who
        subject = next((c for c in children(v) if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.lemma_.lower() in PARTS:
            return [m for c in children(subject) if c.dep_ == "poss" for m in [ctx.head_mention(c, TARGETS)] if m]
        if subject is not None:
            return []
    return []
