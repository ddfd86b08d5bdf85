"""Bringing a case to court: the party that brings it petitions the court that hears it.

News names the court once and then says who started the proceedings, without naming the court again:
"The fine was imposed by <court> ... <X>, which brought the case, said ...", "The suit had been
brought by <X>", "<X> filed a lawsuit", "<X> went to court. On August 4 <court> found ...".

  event.case_brought.v1  "<X> brought/filed/lodged/submitted a case/suit/lawsuit/claim/complaint [in/with/before
                         <court>]",
                         passive "the case was brought by <X>", "<X> went/turned to court", "<X> went to <court>"
  event.case_lodged.v1   the case told by a participle: "a case brought by <X>", "In his application, lodged with
                         the Court in 2012, <X> complained" (a pronoun possessor before the main clause is its
                         subject)

The court is the one the clause names (or the body: "lodged a complaint with the prosecutor's office"); else
the court named last before it in the article; else the first court named in the next two sentences.
Nothing when no court is in reach.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import ACTORS, Context, evidence, is_passive, objects, prep_objects, span_of, subjects
from kg.doc_tables import children
from kg.event_actors import agents_of
from kg.model import Event, Relation

BRING = {"bring", "file", "lodge", "submit"}
# "<noun>, lodged by <X>": kg.events drops it where the request noun already told the same petition
# ("granted a lawsuit filed by <X>", event.request_noun.v1)
LODGED = "case_lodged"
LODGED_EVENT = f"event.{LODGED}.v1"
CASE_WORDS = {"case", "suit", "lawsuit", "claim", "complaint", "application", "petition"}
GO = {"go", "turn"}  # "went to court", "turned to the courts"
COURT_PREPS = ("in", "with", "before", "to")
PARTIES = ACTORS - {"Court"}
SENTENCES_AFTER = 2


def cases_brought(ctx: Context):
    """(event, derived relations, verb) for every case brought by a named party before a court in reach."""
    for verb in ctx.words.with_lemma(BRING | GO):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        lemma, rule = verb.lemma_.lower(), "case_brought"
        if lemma in BRING and case_object(verb):
            parties = agents_of(ctx, verb, PARTIES) if is_passive(verb) else subjects(ctx, verb, PARTIES)
        elif lemma in BRING and (noun := lodged_case(verb)) is not None:  # "in his application, lodged in 2012"
            parties, rule = agents_of(ctx, verb, PARTIES) or lodgers(ctx, verb, noun), LODGED
        elif lemma in GO and (bare_court(verb) or named_court(ctx, verb)):
            parties = subjects(ctx, verb, PARTIES)  # "went to court", "went to the Supreme Court"
        else:
            continue
        court = hearing_court(ctx, verb)
        parties = [p for p in parties if court is not None and p.entity != court.entity]
        if not parties:
            continue
        roles = [("agent", p) for p in parties] + [("addressee", court)]
        derived = [Relation(p.entity, "petitioned", court.entity,
                            evidence(ctx, f"relation.{rule}.v1", 0.7, span_of(p), span_of(verb)))
                   for p in parties]
        spans = [span_of(verb), *(span_of(p) for p in parties)]
        keyed = tuple(dict.fromkeys((role, m.entity) for role, m in roles))
        yield Event("Petition", keyed, span_of(verb), evidence(ctx, f"event.{rule}.v1", 0.7, *spans)), derived, verb




def case_object(verb: Token) -> bool:
    """The verb's object (or passive subject, or the noun a 'which brought the case' clause hangs on) is a case."""
    nouns = [c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass")]
    nouns += [o for n in nouns for p in children(n) if p.dep_ == "prep" and p.lower_ == "of" for o in children(p)
              if o.dep_ == "pobj"]  # "lodged dozens of complaints"
    return any(n.lemma_.lower() in CASE_WORDS for n in nouns)


def lodged_case(verb: Token) -> Token | None:
    """'their application, lodged with the Court in 2012', 'a complaint filed by <X>': the case a participle tells
    the bringing of."""
    if verb.tag_ != "VBN":
        return None
    noun = verb.head
    if verb.dep_ == "acl" and noun.i < verb.i and noun.lemma_.lower() in CASE_WORDS:
        return noun
    before = verb.doc[verb.i - 2] if verb.i > 1 and verb.doc[verb.i - 1].text == "," else None
    if verb.dep_ == "advcl" and before is not None and before.lemma_.lower() in CASE_WORDS:
        return before  # "In his application, lodged with the Court in 2012, he complained": hung on the main verb
    return None


def lodgers(ctx: Context, verb: Token, noun: Token) -> list:
    """Whose application it was: its possessor; 'In his application, lodged ..., <X> complained': a pronoun before
    the main clause stands for that clause's subject."""
    owners = [c for c in children(noun) if c.dep_ == "poss"]
    if verb.dep_ == "advcl" and any(o.pos_ == "PRON" for o in owners):
        return subjects(ctx, verb.head, PARTIES)
    return [m for o in owners for m in ctx.head_mentions(o, PARTIES)]


def named_court(ctx: Context, verb: Token) -> bool:
    """'went to the Supreme Court': a court named in the verb's own 'to' phrase (not one a pronoun stands for)."""
    return any(ctx.at(t) is not None and ctx.at(t).type == "Court" for p in children(verb)
               if p.dep_ == "prep" and p.lower_ == "to" for t in p.subtree)


def bare_court(verb: Token) -> bool:
    """'went to court' (no article: the institution, not a named court)."""
    return any(p.dep_ == "prep" and p.lower_ == "to" and any(
        o.dep_ == "pobj" and o.lower_ in ("court", "courts") and not any(d.dep_ == "det" for d in children(o))
        for o in children(p)) for p in children(verb))


def hearing_court(ctx: Context, verb: Token):
    nouns = [verb, *(c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass"))]
    named = [m for n in nouns for m in prep_objects(ctx, n, COURT_PREPS, ACTORS)]
    named += objects(ctx, verb, ("dative",), {"Court"})
    if named:  # the court, or the body it went to ("lodged a complaint with the prosecutor's office")
        return next((m for m in named if m.type == "Court"), named[0])
    sent = verb.sent
    courts = [m for m in ctx.mentions if m.type == "Court"]
    here = [m for m in courts if sent.start_char <= m.start < sent.end_char]
    if here:
        return here[0]
    before = [m for m in courts if m.end <= sent.start_char]
    if before:
        return before[-1]
    limit = sent.end_char
    for _ in range(SENTENCES_AFTER):
        nxt = next((s for s in ctx.sentences if s[0] >= limit), None)
        if nxt is None:
            break
        limit = nxt[1]
    after = [m for m in courts if sent.end_char <= m.start < limit]
    return after[0] if after else None
