"""Who issued a ruling, read from the clause that names it, before any event is linked to it (kg.event_links).

  relation.read_out.v1           a ruling a judge or court reads out, announces or pronounces (below)
  relation.in_ruling.v1          "<court> in its ruling of 10 February upheld ...", "By a decree of 3 March, Putin ...":
                                 the subject of an asserted active verb acting in or by the ruling
  relation.decision_taken.v1     "<body> took/made the decision", "it had taken the decision because ..."
  relation.presidential_act.v1   "a presidential decree": the one person the article calls "President <Name>"

A ruling that a judge or court reads out, announces or pronounces is that court's. Reports of a verdict often
name the act only as what the judge read out: "Judge A of <court>, reading out the verdict, found B guilty", "Judge
A announced the decision after a hearing", "The verdict was read out by Judge A of <court>", "'The verdict is
lawful,' the presiding judge said, reading out the decision". The court issued the ruling: a judge stands for the
court the article makes them a judge of; a bare "the judge", "the court" or "the panel" for the one court named in
its sentence before it or in the two sentences before (never one named inside a relative clause).

Only courts and their judges read out rulings, so a ruling told as read out or pronounced, even without a reader
("before the decision was read"), is a court's: a ministry's or an agency's action never has it as its record
(`court_read`); nor a verdict, sentence, judgment or ruling, nor one owned by a court or by "them" ("a court
ruling", "pending the court's decision", "once prosecutors have made their decision"; `others_ruling`). A lawyer
or a newspaper that announces a verdict, a negated or future reading ("will read out the verdict on Friday") and a
reading of something that is not a ruling issue nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, asserted, evidence, is_passive, objects, sentence_index, span_of
from kg.components.rulings import DAY_WORDS
from kg.doc_tables import ancestors, char_span, children, memo
from kg.event_context import status_of
from kg.model import Relation

READING = {"read", "announce", "pronounce"}
BARE_COURT = {"judge", "court", "panel", "bench", "tribunal", "chairman", "chairwoman", "chair"}
RULE = "relation.read_out.v1"
INSTRUMENT = {"in", "by", "with", "through"}  # "in a ruling published on Friday", "by a decree of 3 March"
ISSUERS = {"Court", "GovernmentBody", "Person"}
DECREES = {"decree", "order", "resolution", "directive", "instruction"}  # what a person (a president) issues
TAKING = {"take", "make", "reach"}  # "took the decision", "made its ruling"
DECISION_WORDS = {"decision", "ruling", "resolution", "judgment", "verdict"}
COURT_NOUNS = {"verdict", "sentence", "judgment", "ruling", "acquittal"}  # what only courts hand down
COURT_WORDS = {"court", "judge", "tribunal", "bench", "panel"}  # "the court's decision": a court's own
BACK = 2  # sentences before the reading in which a bare "the judge" finds its court


def read_rulings(ctx: Context) -> list[tuple[Token, list, list]]:
    """(verb, the rulings read out, whoever read them as mentions) for each verb of reading out a ruling."""
    found = []
    for verb in ctx.words.with_lemma(READING):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in READING:
            continue
        passive = is_passive(verb)
        rulings = objects(ctx, verb, ("nsubjpass",) if passive else ("dobj",), {"Ruling"})
        if rulings:
            found.append((verb, rulings, readers(ctx, verb, passive)))
    return found


def court_read(ctx: Context) -> set[str]:
    """The rulings told as read out or pronounced by anyone (or no one named): court rulings."""
    known = memo(ctx.doc, "court_read")
    if "rulings" not in known:
        known["rulings"] = {r.entity for verb, rulings, _ in read_rulings(ctx) if verb.lemma_.lower() != "announce"
                            for r in rulings}
    return known["rulings"]


def others_ruling(ctx, ruling: str, actor: str) -> bool:
    """A ruling the text gives to a court when the actor is not one: a verdict, sentence, judgment or ruling (what
    only courts hand down), one read out ('before the decision was read'), or one owned by a court or by 'their'
    ('a court ruling', 'pending the court's decision', 'once prosecutors have made their decision')."""
    if getattr(ctx.entities.get(actor), "type", "") == "Court":
        return False
    kind = ctx.entities[ruling].attr("rulingKind") if ruling in ctx.entities else None
    return kind in COURT_NOUNS or ruling in court_read(ctx) or \
        any(owned_elsewhere(ctx, m) for m in ctx.mentions if m.entity == ruling)


def owned_elsewhere(ctx, mention) -> bool:
    span = char_span(ctx.doc, mention.start, mention.end)
    if span is None:
        return False
    owners = [c for c in children(span.root) if c.dep_ == "poss"]
    owners += [o for p in children(span.root) if p.dep_ == "prep" and p.lower_ == "of" for o in children(p)
               if o.dep_ == "pobj"] + [c for c in children(span.root) if c.dep_ in ("compound", "nmod")]
    return any(o.lower_ == "their" or (o.lemma_.lower() in COURT_WORDS and ctx.at(o) is None) for o in owners)


def reading_issuers(ctx: Context, judges: dict[str, str], issued: set[str] = frozenset()) -> list[Relation]:
    """'<court> issued <ruling>' for each asserted reading out of a ruling no rule has given an issuer yet."""
    found = []
    for verb, rulings, courts in read_rulings(ctx):
        if not asserted(verb) or status_of(verb) != "Asserted":
            continue
        courts = [c for m in courts if (c := court_for(ctx, m, judges)) is not None]
        if len({c.entity for c in courts}) != 1:
            continue
        court = courts[0]
        found += [Relation(court.entity, "issued", r.entity, evidence(ctx, RULE, 0.7, span_of(verb), span_of(r)))
                  for r in rulings if r.entity not in issued]
    return found


def instrument_issuers(ctx: Context, judges: dict[str, str], issued: set[str] = frozenset()) -> list[Relation]:
    """'<court> in a ruling published on Friday upheld the law', 'The Moscow City Court, in a decision dated 5 May,
    ordered ...', 'By a decree of 3 March, Putin dismissed ...': the subject of an asserted active verb that acts in
    or by a ruling issued it (relation.in_ruling.v1). Not 'under a law', not 'in line with a ruling', not a ruling
    the text gives to someone else ('in the court's ruling', 'in a ruling by the ECHR')."""
    found = []
    for m in ctx.mentions:
        if m.type != "Ruling" or m.entity in issued:
            continue
        span = char_span(ctx.doc, m.start, m.end)
        noun = span.root if span is not None else None
        if noun is None or noun.dep_ != "pobj" or noun.head.lower_ not in INSTRUMENT:
            continue
        verb, subject = noun.head.head, None
        if verb.dep_ == "nsubj":  # "<court> in a ruling published on Friday upheld ...": hung on the subject
            verb, subject = verb.head, verb
        if participle_of_ruling(verb):  # "In a ruling of March 1996, prompted by his complaint, the court found"
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or not asserted(verb) or status_of(verb) != "Asserted" or \
                is_passive(verb) or owned(ctx, noun):
            continue
        actors = [a for c in children(verb) if c.dep_ == "nsubj" and c in (subject or c,)
                  if (a := ctx.head_mention(c, ISSUERS))]
        actors = [a for a in actors if a.type != "Person" or a.entity in judges or noun.lemma_.lower() in DECREES]
        actors = [court_for(ctx, a, judges) or a for a in actors]
        if len({a.entity for a in actors}) == 1 and actors[0].entity != m.entity:
            found.append(Relation(actors[0].entity, "issued", m.entity,
                                  evidence(ctx, "relation.in_ruling.v1", 0.65, span_of(actors[0]), span_of(m))))
    return found


def taken_issuers(ctx: Context, judges: dict[str, str], issued: set[str] = frozenset()) -> list[Relation]:
    """'The Justice Ministry took the decision on Friday', 'it had taken the decision because ...', 'the court made
    its ruling': a court or state body that takes or makes a decision issued it (relation.decision_taken.v1)."""
    found = []
    for verb in ctx.words.with_lemma(TAKING):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in TAKING or not asserted(verb) or \
                status_of(verb) != "Asserted" or is_passive(verb):
            continue
        rulings = [m for m in objects(ctx, verb, ("dobj",), {"Ruling"}) if m.entity not in issued
                   and m.text.lower().split()[-1] in DECISION_WORDS]
        actors = [a for c in children(verb) if c.dep_ == "nsubj" if (a := ctx.head_mention(c, ISSUERS))]
        actors = [c for a in actors if (c := court_for(ctx, a, judges) if a.type == "Person" else a) is not None]
        if len({a.entity for a in actors}) == 1:
            found += [Relation(actors[0].entity, "issued", r.entity, evidence(
                ctx, "relation.decision_taken.v1", 0.65, span_of(verb), span_of(r))) for r in rulings]
    return found


def presidential_issuers(ctx: Context, issued: set[str] = frozenset()) -> list[Relation]:
    """'a presidential decree', 'the presidential order': the one person the article calls 'President <Name>' issued
    it (relation.presidential_act.v1); none when it names two presidents or none."""
    presidents = {m.entity: m for m in ctx.mentions if m.type == "Person"
                  and ctx.text[max(m.start - 10, 0):m.start].rstrip().lower().endswith("president")}
    if len(presidents) != 1:
        return []
    president = next(iter(presidents.values()))
    found, seen = [], set(issued)
    for m in ctx.mentions:
        span = char_span(ctx.doc, m.start, m.end) if m.type == "Ruling" else None
        if span is None or m.entity in seen or not any(c.lower_ == "presidential" for c in children(span.root)):
            continue
        seen.add(m.entity)
        found.append(Relation(president.entity, "issued", m.entity,
                              evidence(ctx, "relation.presidential_act.v1", 0.6, span_of(m))))
    return found


def participle_of_ruling(verb: Token) -> bool:
    """'In a ruling ..., prompted by his complaint, the court found': a passive participle with its 'by' phrase and no
    subject, which the parser made the head of the ruling's phrase; the phrase belongs to the verb after it."""
    kids = children(verb)
    return verb.tag_ in ("VBN", "VBD") and verb.dep_ in ("ccomp", "advcl") and verb.head.i > verb.i and \
        any(c.dep_ == "agent" for c in kids) and not any(c.dep_.startswith("nsubj") for c in kids)


def owned(ctx: Context, noun: Token) -> bool:
    """A ruling noun with an owner of its own: a possessor, an 'of' or 'by' phrase, or another name inside it. A day
    is no owner, nor is a word of the ruling's own name ("In today's Chamber judgment ..., the European Court of Human
    Rights held")."""
    return any(c.dep_ == "poss" and c.lower_ not in ("its", "his", "her") and c.lower_ not in DAY_WORDS or
               (c.dep_ == "prep" and c.lower_ in ("of", "by") and any(ctx.head_mention(o) for o in children(c)))
               or (c.dep_ in ("compound", "amod") and ctx.at(c) not in (None, ctx.at(noun))) for c in children(noun))


def readers(ctx: Context, verb: Token, passive: bool) -> list:
    """Who reads: the subject, the passive 'by' phrase, or for a participle without a subject of its own ('Judge A,
    reading out the verdict, found ...'; '..., the judge said, reading out the decision') the subject of the clause
    it hangs on; a bare 'the judge' or 'the court' is the court named just before."""
    if passive:
        heads = [o for p in children(verb) if p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by")
                 for o in children(p) if o.dep_ == "pobj"]
    else:
        heads = [c for c in children(verb) if c.dep_ == "nsubj"]
        if not heads and verb.dep_ in ("advcl", "acl", "conj") and verb.tag_ in ("VBG", "VBD", "VBN"):
            host = verb.head
            heads = [host] if verb.dep_ == "acl" else [c for c in children(host) if c.dep_ == "nsubj"]
    found = []
    for head in heads:
        if head.lemma_.lower() in BARE_COURT and head.pos_ == "NOUN" and ctx.at(head) is None:
            m = court_just_before(ctx, head) if any(c.lower_ == "the" for c in children(head)) else None
        else:
            m = ctx.head_mention(head, {"Court", "Person"})
        if m is not None:
            found.append(m)
    return found


def court_for(ctx: Context, m, judges: dict[str, str]):
    """The court of a reader: itself, or the court a judge sits on (None for anyone else)."""
    if m.type == "Court":
        return m
    key = judges.get(m.entity) if m.type == "Person" else None
    return next((c for c in ctx.mentions if c.entity == key), None) if key else None


def court_just_before(ctx: Context, head: Token):
    """The one court named before the noun in its sentence, else in the BACK sentences before it."""
    index = sentence_index(ctx, head.idx)
    if index is None:
        return None
    for start in (ctx.sentences[index][0], ctx.sentences[max(index - BACK, 0)][0]):
        here = {m.entity: m for m in ctx.mentions if m.type == "Court" and start <= m.start < head.idx
                and not in_relative(ctx, m)}
        if here:
            return next(iter(here.values())) if len(here) == 1 else None
    return None


def in_relative(ctx: Context, mention) -> bool:
    """A court named inside a relative clause ('<Org>, which the Moscow City Court outlawed'): background."""
    span = char_span(ctx.doc, mention.start, mention.end)
    return span is not None and any(a.dep_ in ("relcl", "acl") for a in ancestors(span.root))
