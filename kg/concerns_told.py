"""Laws and rulings told across sentences or clauses, and the shapes that say what they change.

kg.concerns asks here for the law a pronoun or a definite description standing as the subject of a verb of amending
refers to when the coreference reader finds none ("It also amends the Code ...", "The same law added Article 20.3.3
to ..."): the law last told as the subject of a clause in this sentence or the three before, never a code or a
constitution (codes are what laws amend), and none when a court, body or organisation was told as a subject in
between. A bill says with 'would' what it does ("The bill would amend Article 282", "a bill that would ban <Org>"):
that is what the bill is about, not a prediction (`proposed`). Verbs of putting a provision into a code count as
amending ("It was written into the code by a law"), reading 'it' and 'the code' back (`told_legal`).

Rules (ids travel into provenance):
  relation.amends_verb.v1    (with kg.concerns) the subject told before, and a verb misread as a noun after it
  relation.amends_code.v1    "<law> added Article 354.1", "Article 15.3 of <law>, added by <law>": a law adding a
                             provision changes the law or code the provision is named in
  relation.new_articles.v1   "The law adds two new articles to <law>. Article 10.2 ... Article 10.1 of the same law
                             ...": the provisions the next two sentences open with are the new articles
  relation.concerns_summed.v1 "A court placed him in custody, a decision ...": a ruling summing up the clause before
                             it targets the clause's object and applies the provisions it names with 'under'
  relation.law_subject.v1    "The same law introduced the offence of discrediting the army, punished under Article
                             20.3.3", "The Yarovaya law went further: under Part 4.1 of Article 10.1 ...": a law (not
                             a code) the main clause is about concerns the provisions the sentence names outside
                             clauses of their own subjects (amends with a verb of making or changing, else applies);
                             with a verb of making or changing, also the laws it names ("The law rewrote parts of
                             three statutes: A, B and C"), and when what it made is an offence or a penalty, the
                             provisions the next sentence names, if that one tells of no other law ("The same law
                             introduced the offence of discrediting the army. A first instance is punished under ...")
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Token

from kg.arguments import Context, anchored, asserted, evidence, legal_bases, objects, sentence_index, span_of
from kg.components.bills import PROPOSALS
from kg.components.rulings import clause_summed
from kg.doc_tables import ancestors, char_span, children
from kg.model import Mention, Relation
from kg.relation_lexicon import UNASSERTED_GOVERNORS

LAW_WORDS = {"law", "measure", "legislation", "act", "bill", "amendment", "amendments", "package", "statute"}
SUBJECTS = {"nsubj", "nsubjpass"}
LEGAL = {"Law", "LegalProvision"}
CODE = re.compile(r"\b(?:Code|Constitution|Convention)\b")
SENTENCES_BACK = 3
# a verb of amending the tagger may read as a noun or adjective after a law's name ("90-FZ amends ...")
AMEND_FORM = re.compile(r"^(?:amend|add|introduc|insert|supplement|repeal|abolish|modif|chang)(?:s|es|ed|d|ied|ies)?$")
ADVERBS_ONLY = re.compile(r"^\s*(?:(?:also|further|now)\s+)?$")
CLAUSE_BREAKS = {";", ":", "which", "who", "while", "but", "because", "after", "before", "although", "whereas"}
# verbs that put a provision into a code: "It was written into the code by a law", "inserted into the Criminal
# Code", "enshrined in the Constitution by the 2020 amendments"
INTO_VERBS = {"write", "put", "insert", "incorporate", "build", "enshrine", "place", "bring"}
ADDING = {"add", "insert", "write", "incorporate"}  # not "introduced penalties under <provision>"


def misparsed_amendments(ctx: Context) -> list[Relation]:
    """'Federal Law No. 90-FZ amends the Law On Communications': a numbered name often makes the tagger read
    the verb as a noun or adjective. Read the surface: the legal names after the verb, up to a clause break; the
    subject may be a law told before ("The same law added Article 20.3.3 to ...")."""
    found = []
    told = [(m, t) for t in ctx.words.pick(lemmas=LAW_WORDS, forms=("it", "amendments"))
            if t.dep_ in ("nsubj", "nsubjpass", "ROOT") and amending_next(t) and anaphor(t)
            and (m := told_act(ctx, t)) is not None]  # "The same law added ...", "It also amends ..."
    for act, end, stop in [*((m, m.end, m.sentence[1]) for m in ctx.mentions if m.type in ("Law", "Ruling")),
                           *((m, t.idx + len(t), t.sent.end_char) for m, t in told)]:
        after = char_span(ctx.doc, end, stop)
        words = [t for t in after or () if t.lower_ not in ("also", "further", "now")][:1]
        if not words or words[0].pos_ in ("VERB", "AUX") and words[0].dep_ not in ("amod", "compound"):
            continue
        verb = words[0]
        if not ADVERBS_ONLY.match(ctx.text[end:verb.idx]) or not AMEND_FORM.match(verb.lower_):
            continue
        end = next((t.idx for t in after if t.i > verb.i and (t.lower_ in CLAUSE_BREAKS or t.tag_ == "WDT")), stop)
        objs = [m for m in ctx.mentions if m.type in LEGAL and verb.idx < m.start and m.end <= end]
        found += [Relation(act.entity, "amends", m.entity, evidence(ctx, "relation.amends_verb.v1", 0.65, *anchored(
            ctx, span_of(verb), span_of(act), span_of(m)))) for m in objs if m.entity != act.entity]
    return found


def amending_next(token: Token) -> bool:
    """The word after the token (past 'also', 'further', 'now') has the form of a verb of amending."""
    for t in token.doc[token.i + 1:token.i + 3]:
        if t.lower_ not in ("also", "further", "now"):
            return bool(AMEND_FORM.match(t.lower_))
    return False


def into_verb(verb: Token) -> bool:
    """'written into the code', 'enshrined in the Constitution': a verb of putting with where it is put."""
    lemma = verb.lemma_.lower()
    return lemma in INTO_VERBS and any(c.dep_ == "prep" and (c.lower_ == "into" or c.lower_ == "in" and lemma in (
        "enshrine", "incorporate")) for c in children(verb))


def anaphor(token: Token) -> bool:
    """'it', 'the law', 'the same law', 'this measure': a subject that names no law of its own."""
    if token.lower_ == "it":
        return True
    return token.pos_ == "NOUN" and token.lemma_.lower() in LAW_WORDS and token.tag_ != "NNS" or \
        token.lower_ == "amendments" and any(c.dep_ == "det" and c.lower_ in ("the", "these") for c in children(token))


def is_code(ctx: Context, m: Mention) -> bool:
    """A code or constitution, or a law named inside a provision's name: what laws amend, never the law told before."""
    if "codes" not in ctx.memo:  # the laws named inside provisions, once per article
        provisions = [p for p in ctx.mentions if p.type == "LegalProvision"]
        ctx.memo["codes"] = {o.entity for o in ctx.mentions if o.type == "Law" and any(
            p.start <= o.start and o.end <= p.end for p in provisions)}
    return m.entity in ctx.memo["codes"] or bool(CODE.search(
        ctx.entities[m.entity].label if m.entity in ctx.entities else m.text))


def told_act(ctx: Context, token: Token) -> Mention | None:
    """The law a subject pronoun or description refers to: its own reading if that is a law, else the law last told
    as a subject in this sentence or the three before."""
    if not anaphor(token) or ctx.at(token) is not None:
        return None
    own = ctx.head_mention(token, {"Law"})
    if own is not None and not is_code(ctx, own):
        return own
    if token.lower_ != "it" and not definite(token):
        return None
    here = sentence_index(ctx, token.idx, 0)
    start = ctx.sentences[max(here - SENTENCES_BACK, 0)][0]
    for t in reversed(token.doc[:token.i]):
        if t.idx < start:
            break
        if t.dep_ not in SUBJECTS or t.pos_ == "PRON" and t.lower_ != "it":
            continue
        m = ctx.at(t) or (ctx.head_mention(t, {"Law"}) if anaphor(t) else None)
        if m is not None and m.type == "Law" and not is_code(ctx, m):
            return m
        if m is not None and t.dep_ in SUBJECTS and m.type in ("Ruling", "Organization", "GovernmentBody", "Court"):
            return None  # another actor told in between: "it" may be that one's
    return None


def definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in children(token))


def told_subjects(ctx: Context, verb: Token) -> list[Mention]:
    """The law the verb's pronoun or description subject refers to, when coreference found none."""
    return [m for c in children(verb) if c.dep_ in SUBJECTS for m in [told_act(ctx, c)] if m]


def added_codes(ctx: Context, found: list[Relation]) -> list[Relation]:
    """'<law> added Article 354.1 to the Criminal Code', 'Article 15.3 of the Law on Information, added by <law>': a
    law adding a provision amends the code the provision is named in (once per law and code)."""
    extra, seen = [], {(r.subject, r.object) for r in found if r.predicate == "amends"}
    for r in found:
        if r.predicate != "amends" or ctx.entities[r.object].type != "LegalProvision" or not adding(ctx, r):
            continue
        for code in codes_of(ctx, r.object):
            if code != r.subject and (r.subject, code) not in seen:
                seen.add((r.subject, code))
                extra.append(Relation(r.subject, "amends", code, evidence(
                    ctx, "relation.amends_code.v1", 0.6, *anchored(ctx, (r.evidence.start, r.evidence.end)))))
    return extra


def adding(ctx: Context, r: Relation) -> bool:
    span = char_span(ctx.doc, r.evidence.start, r.evidence.end)
    return span is not None and any(t.lemma_.lower() in ADDING and t.pos_ in ("VERB", "AUX") or t.lower_ == "added"
                                    for t in span)


def codes_of(ctx: Context, provision: str) -> list[str]:
    """The laws named inside the provision's own mentions ('Article 15.3 of the Law on Information')."""
    spans = [m for m in ctx.mentions if m.entity == provision]
    return list(dict.fromkeys(o.entity for m in spans for o in ctx.mentions if o.type == "Law" and
                              m.start <= o.start and o.end <= m.end))


def proposed(ctx: Context, verb: Token) -> bool:
    """'The bill would amend Article 282', 'a bill that would ban <Org>': a verb whose only hedge is the 'would' or
    'will' by which a bill (its subject, named or told before) says what it does; not negated, and not inside what
    someone wants, plans or asks for."""
    if not any(c.dep_ == "aux" and c.lower_ in ("would", "will") for c in children(verb)) or any(
            c.dep_ == "neg" for c in children(verb)) or any(
            t.lemma_.lower() in UNASSERTED_GOVERNORS for t in ancestors(verb)):
        return False
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    law = ctx.head_mention(subject, {"Law"}) or told_act(ctx, subject) if subject is not None else None
    noun = char_span(ctx.doc, law.start, law.end) if law else None
    return noun is not None and (subject.lemma_.lower() in PROPOSALS or noun.root.lemma_.lower() in PROPOSALS)


NEW_ARTICLES = re.compile(r"\bnew\s+(?:articles|provisions|sections|chapters)\b", re.I)  # "adds two new articles"


def new_articles(ctx: Context, found: list[Relation]) -> list[Relation]:
    """'The law adds two new articles to the Law on Information. Article 10.2 sets out ... Article 10.1 of the same
    law obliges ...': the provisions the next two sentences open with are the law's new articles (a provision of
    another code named there is not: it must be bare or of the law the articles were added to)."""
    extra = []
    for r in found:
        if r.predicate != "amends" or ctx.entities[r.object].type != "Law" or \
                not NEW_ARTICLES.search(ctx.text[r.evidence.sentence[0]:r.evidence.sentence[1]]):
            continue
        here = next((i for i, s in enumerate(ctx.sentences) if s == r.evidence.sentence), None)
        for sentence in ctx.sentences[here + 1:here + 3] if here is not None else []:
            opening = [m for m in ctx.mentions if m.type == "LegalProvision" and m.start == sentence[0] + len(
                ctx.text[sentence[0]:m.start]) - len(ctx.text[sentence[0]:m.start].lstrip())]
            for m in opening:
                inner = [o for o in ctx.mentions if o.type == "Law" and m.start <= o.start and o.end <= m.end]
                if all(o.entity == r.object for o in inner) and m.entity != r.subject:
                    extra.append(Relation(r.subject, "amends", m.entity, evidence(
                        ctx, "relation.new_articles.v1", 0.55, *anchored(ctx, (m.start, m.end)))))
    return extra


def summed_clause(ctx: Context) -> list[Relation]:
    """'A court in Krasnodar placed him in custody, a decision his supporters ...', '<court> outlawed the group, a
    ruling that ...': a ruling summing up the clause before it targets whom that clause acts on (its object, through
    a pronoun) and applies the laws and provisions it names with 'under'."""
    found = []
    for m in (m for m in ctx.mentions if m.type == "Ruling" and m.rule == "entity.ruling_summing_clause.v1"):
        span = char_span(ctx.doc, m.start, m.end)
        verb = clause_summed(span.root) if span is not None else None
        if verb is None or not asserted(verb):
            continue
        targets = objects(ctx, verb, ("dobj",), {"Person", "Organization"})
        bases = [b for b in legal_bases(ctx, verb) if b.start < m.start]
        found += [Relation(m.entity, "targets" if t.type in ("Person", "Organization") else "applies", t.entity,
                           evidence(ctx, "relation.concerns_summed.v1", 0.6, *anchored(ctx, span_of(verb), span_of(t),
                                                                                       span_of(m))))
                  for t in [*targets, *bases] if t.entity != m.entity]
    return found


# what an act does and a body does not
COVER_VERBS = {"cover", "apply", "affect", "concern", "extend", "require", "oblige", "target"}


def covering_it(ctx: Context, verb: Token) -> list[Mention]:
    """'The Supreme Court issued a ruling liquidating Memorial. It also covers <Org>': 'it' as the subject of a verb
    only an act does (covers, applies to, requires) is the ruling or law named last in this sentence or the one
    before, when coreference found nothing."""
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if verb.lemma_.lower() not in COVER_VERBS or subject is None or subject.lower_ != "it":
        return []
    here = bisect.bisect_right([s for s, _ in ctx.sentences], subject.idx) - 1
    start = ctx.sentences[max(here - 1, 0)][0]
    acts = [m for m in ctx.mentions if m.type in ("Law", "Ruling") and start <= m.start and m.end <= subject.idx
            and not (m.type == "Law" and is_code(ctx, m))]
    return [max(acts, key=lambda m: m.start)] if acts else []


def told_legal(ctx: Context, token: Token) -> Mention | None:
    """What 'it', 'that article' or 'the code' stands for where a verb of amending says what was changed ('It was
    written into the code by a law'), when coreference found nothing: the code named last (for 'the code'), else
    the provision or law named last outside another name, in this sentence or the two before."""
    noun = token.lemma_.lower()
    if ctx.at(token) is not None or not (token.lower_ == "it" or noun in ("code", "article", "provision") and
                                         definite(token)) or ctx.head_mention(token, LEGAL) is not None:
        return None
    here = sentence_index(ctx, token.idx, 0)
    start = ctx.sentences[max(here - 2, 0)][0]
    named = [m for m in ctx.mentions if m.type in LEGAL and start <= m.start and m.end <= token.idx]
    if noun == "code":
        named = [m for m in named if m.type == "Law" and is_code(ctx, m)]
    else:
        named = [m for m in named if not any(o is not m and o.start <= m.start and m.end <= o.end for o in named)]
        named = [m for m in named if m.type == "LegalProvision"] if noun != "it" else named
    return max(named, key=lambda m: m.start) if named else None


# what a law made that the next sentence may give the provisions of ("introduced the offence of discrediting the army")
OFFENCE_NOUNS = {"offence", "offense", "crime", "penalty", "penalties", "fine", "fines", "punishment", "liability"}
# main verbs by which a law makes or changes what the provisions of its sentence say
MAKING = {"introduce", "create", "add", "establish", "set", "make", "raise", "toughen", "tighten", "extend", "widen",
          "expand", "increase", "impose", "change", "amend", "rewrite", "replace", "lower", "reduce", "soften"}


def law_subject_provisions(ctx: Context, found: list[Relation]) -> list[Relation]:
    """What a law the main clause is about concerns among the provisions of its sentence (see the docstring)."""
    known = {(r.subject, r.object) for r in found}
    extra = []
    for root in (t for t in ctx.words.with_pos("VERB", "AUX") if t.dep_ == "ROOT" and asserted(t)):
        subject = next((c for c in children(root) if c.dep_ == "nsubj"), None)  # (a passive's subject is changed)
        law = (ctx.at(subject) or ctx.head_mention(subject, {"Law"}) or told_act(ctx, subject)) \
            if subject is not None else None
        if law is None or law.type != "Law" or is_code(ctx, law):
            continue
        sent = root.sent
        making = root.lemma_.lower() in MAKING
        if making and any(c.dep_ in ("dobj", "oprd", "ccomp", "xcomp") and any(
                t.lemma_.lower() in OFFENCE_NOUNS for t in c.subtree) for c in children(root)) \
                and sent.end < len(ctx.doc) and not law_told(ctx, ctx.doc[sent.end].sent):
            sent = ctx.doc[sent.start:ctx.doc[sent.end].sent.end]  # "introduced the offence of X. It is punished
            # under Article 20.3.3": the provisions of the offence the next sentence tells
        wanted = ("LegalProvision", "Law") if making else ("LegalProvision",)  # "rewrote parts of three statutes: A, B"
        provisions = [m for m in ctx.mentions if m.type in wanted and sent.start_char <= m.start
                      and m.end <= sent.end_char and m.start > law.end and m.entity != law.entity
                      and (law.entity, m.entity) not in known
                      and not any(o is not m and o.start <= m.start and m.end <= o.end for o in ctx.mentions)]
        prop = "amends" if making else "applies"
        for m in provisions:
            span = char_span(ctx.doc, m.start, m.end)
            if span is None or own_clause(span.root, root if span.root.sent.start == root.sent.start else
                                          span.root.sent.root):
                continue
            known.add((law.entity, m.entity))
            extra.append(Relation(law.entity, prop, m.entity, evidence(
                ctx, "relation.law_subject.v1", 0.55, *anchored(ctx, span_of(subject), (m.start, m.end)))))
    return extra


def law_told(ctx: Context, sent) -> bool:
    """The sentence names a law (not a code) or is about one: then its provisions may be that law's."""
    return any(m.type == "Law" and sent.start_char <= m.start < sent.end_char and not is_code(ctx, m)
               for m in ctx.mentions) or any(t.dep_ in SUBJECTS and t.lemma_.lower() in LAW_WORDS for t in sent)


def own_clause(token: Token, root: Token) -> bool:
    """The token stands in a clause with a subject of its own, or a relative or adverbial clause, below the root."""
    for a in ancestors(token):
        if a.i == root.i:
            return False
        if a.pos_ in ("VERB", "AUX") and (any(c.dep_ in SUBJECTS for c in children(a)) or a.dep_ in ("relcl", "advcl",
                                                                                                      "ccomp")):
            return True
    return True
