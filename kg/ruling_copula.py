"""What a ruling is said to be: "The sentence was the first prison term handed down under <law>".

Rule (its id travels into provenance):
  relation.concerns_copula.v1  "<ruling> was the first verdict under <provision>", "It is the first conviction handed
                               down under <law>", "The verdict is the harshest handed down under <provision>", "It was
                               one of the longest sentences imposed under <law>": a ruling (named, a description, or
                               'it' for the latest ruling of its sentence or the one before, as the predicate makes it
                               one) as the subject of 'be', whose predicate is a ruling word or a superlative or
                               ordinal standing for one, with 'under <law>' (directly or on a participle: 'handed down
                               under', 'imposed under'), applies that law
  relation.concerns_listed.v1  "Judge X is himself on the Magnitsky list", "<Org> was put on / added to / included in
                               <list>": a list or register the text names as a ruling targets who is on it
Only asserted statements count: "was not the first verdict under ..." yields nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, anchored, asserted, evidence, span_of
from kg.doc_tables import children
from kg.model import Mention, Relation

LEGAL = {"Law", "LegalProvision"}
# predicate nouns that name a ruling or its penalty
RULING_WORDS = {"verdict", "sentence", "conviction", "term", "ruling", "decision", "judgment", "fine", "penalty",
                "punishment", "case", "ban", "designation", "acquittal", "order"}
BASIS_PREPS = {"under", "pursuant"}
ORDINALS = {"first", "second", "third", "last", "latest", "only"}


PUT_ON = {"put", "add", "include", "place", "enter", "list"}  # "was added to the list", "was put on the list"


def copula_relations(ctx: Context) -> list[Relation]:
    return on_list(ctx) + ruling_copulas(ctx)


def on_list(ctx: Context) -> list[Relation]:
    """'<Person> is on <list>', '<Org> was added to / put on / included in <list>': the list targets them."""
    found = []
    for verb in ctx.words.with_pos("AUX", "VERB"):
        lemma = verb.lemma_.lower()
        if not (lemma == "be" or lemma in PUT_ON and any(c.dep_ == "auxpass" for c in children(verb))) or \
                not asserted(verb):
            continue
        lists = [m for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("on", "to", "in", "into")
                 for o in children(p) if o.dep_ == "pobj" for m in [ctx.at(o)] if m and m.type == "Ruling"]
        subject = next((c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")), None)
        who = ctx.head_mention(subject, {"Person", "Organization"}) if subject is not None and lists else None
        found += [Relation(m.entity, "targets", who.entity, evidence(
            ctx, "relation.concerns_listed.v1", 0.6, *anchored(ctx, span_of(verb), span_of(who), span_of(m))))
            for m in lists if who is not None]
    return found


def ruling_copulas(ctx: Context) -> list[Relation]:
    found = []
    for verb in ctx.words.with_lemma("be"):
        if verb.lemma_ != "be" or not asserted(verb):
            continue
        subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
        attr = next((c for c in children(verb) if c.dep_ == "attr" and predicate(c)), None)
        if subject is None or attr is None:
            continue
        ruling = ctx.head_mention(subject, {"Ruling"})
        if ruling is None and subject.lower_ == "it":  # "It was the first verdict under ...": the latest ruling
            ruling = nearest_ruling(ctx, subject)
        if ruling is None:
            continue
        for m in bases(ctx, attr):
            if m.entity != ruling.entity:
                found.append(Relation(ruling.entity, "applies", m.entity, evidence(
                    ctx, "relation.concerns_copula.v1", 0.65,
                    *anchored(ctx, span_of(attr), span_of(ruling), span_of(m)))))
    return found


def predicate(attr: Token) -> bool:
    """A ruling word ('the first verdict'), or a superlative or ordinal standing for one ('the harshest handed down
    under <law>', 'the first imposed under <law>', 'one of the longest handed down under <law>')."""
    if attr.lemma_.lower() in RULING_WORDS:
        return True
    if attr.lower_ == "one":  # "one of the harshest (sentences) handed down under ..."
        return any(p.dep_ == "prep" and p.lower_ == "of" and any(predicate(o) for o in children(p))
                   for p in children(attr))
    if attr.tag_ == "VBN":  # "the first handed down under ...", read with the participle as the predicate
        return any(c.tag_ == "JJS" or c.lower_ in ORDINALS for c in children(attr) if c.dep_ in ("advmod", "amod"))
    return attr.tag_ in ("JJS", "JJ") and (attr.tag_ == "JJS" or attr.lower_ in ORDINALS) and any(
        c.dep_ == "acl" and c.pos_ == "VERB" for c in children(attr))


def bases(ctx: Context, noun: Token) -> list[Mention]:
    """The laws named by 'under' on the noun or on a participle it carries ('handed down under <law>')."""
    nouns = [noun, *(o for p in children(noun) if p.dep_ == "prep" and p.lower_ == "of" for o in children(p))]
    holders = [h for n in nouns for h in (n, *(c for c in children(n) if c.dep_ == "acl" and c.pos_ == "VERB"))]
    return [m for h in holders for p in children(h) if p.dep_ == "prep" and p.lower_ in BASIS_PREPS
            for m in ctx.within(p, LEGAL)]


def nearest_ruling(ctx: Context, it: Token) -> Mention | None:
    """'<court> handed down its verdict. It was the first verdict under ...': the predicate says 'it' is a ruling,
    so it is the latest ruling named in its sentence or the one before."""
    sent = it.sent
    start = ctx.doc[sent.start - 1].sent.start_char if sent.start > 0 else sent.start_char
    before = [m for m in ctx.mentions if m.type == "Ruling" and start <= m.start and m.end <= it.idx]
    return max(before, key=lambda m: m.start) if before else None
