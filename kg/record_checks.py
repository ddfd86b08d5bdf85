"""Which ruling can record which act, and what a court's ruling is in an article with one court.

Checks kg.event_links asks before it links an act to a ruling: a ruling whose name holds another actor ("the FSB
order"), one named only as absent ("without a court ruling"), one in the clause an 'after' clause hangs on, and one
outside the clause of an act told in passing ("a blogger fined by <court> in 2016") records nothing of that act.

  relation.sole_court.v1     a verdict, judgment or ruling left without an issuer is the ruling of the article's one
                             court, unless it is only contested before that court or only reviewed by it ("<court>
                             upheld the ruling", "the ruling was overturned by <court>": a lower court's), or only
                             contested or reviewed while the court only hears or reviews ("<court> will hear the
                             appeal against the verdict", "appealed the ruling, and <court> overturned it")
  relation.reviewed_act.v1   "<court> upheld/struck down <law>" makes the one ruling of that court named in that
                             sentence or the two after about the law
"""

from __future__ import annotations

import re

from kg.arguments import asserted, objects, sentence_index
from kg.doc_tables import ancestors, char_span, children
from kg.event_actors import agents_of
from kg.event_reach import ASKING, appealed_to
from kg.model import Event, Evidence, Relation
from kg.ruling_identity import CHAMBER

COURT_RULINGS = {"verdict", "judgment", "ruling"}  # handed down by courts only ("decision", "order": bodies too)
TIME_MARKS = {"after", "before", "since", "until", "when"}
REVIEW = {"uphold", "strike", "annul", "overturn", "invalidate"}  # a court's verdict on a law or provision
LEGAL = {"Law", "LegalProvision"}
REVIEWING = {"uphold", "overturn", "quash", "annul", "reverse", "overrule", "confirm", "affirm", "review"}
CONTESTING = {"challenge", "appeal", "contest", "overturn", "quash", "annul", "cancel", "reverse", "overrule"}
NEAR = 2  # sentences after the event's own in which a ruling counts as near


def reviewed_acts(ctx, rulings: list, issuer: dict) -> list[Relation]:
    """'The Constitutional Court upheld the 2012 law ... Reading out the ruling, ...': the one ruling of that court
    named in the sentence or the two after is about the law or provision it upheld or struck down."""
    found = []
    for verb in (t for t in ctx.words.with_lemma(REVIEW) if t.pos_ == "VERB" and asserted(t)):
        courts = agents_of(ctx, verb, {"Court"})
        acts = objects(ctx, verb, ("dobj", "nsubjpass") if verb.tag_ != "VBN" else ("nsubjpass", "dobj"), LEGAL)
        if len(courts) != 1 or not acts:
            continue
        here = sentence_index(ctx, verb.idx)
        window = ctx.sentences[here:here + NEAR + 1] if here is not None else []
        own = [r for r in rulings if issuer.get(r.key) == courts[0].entity and named_within(ctx, r.key, window)]
        if len(own) != 1:
            continue
        found += [Relation(own[0].key, "applies", a.entity,
                           Evidence(ctx.article.id, verb.idx, verb.idx + len(verb.text),
                                    ctx.sentences[here], "relation.reviewed_act.v1", 0.6)) for a in acts]
    return found


INTERNATIONAL_COURT = re.compile(r"European Court|Human Rights|International", re.I)


def sole_court(ctx, rulings: list, issuer: dict) -> list[Relation]:
    """'Reading out the ruling, the court's chairman said ...': a court ruling no rule gave an issuer to is the
    ruling of the article's one court (kinds only a court hands down)."""
    courts = [k for k, e in ctx.entities.items() if e.type == "Court"]
    if len(courts) != 1:
        return []
    found = []
    for ruling in rulings:
        mention = next((m for m in ctx.mentions if m.entity == ruling.key), None)
        if ruling.key in issuer or mention is None or ruling.attr("rulingKind") not in COURT_RULINGS:
            continue
        if appealed_to(ctx, courts[0]) and all(contested(ctx, m) for m in ctx.mentions if m.entity == ruling.key):
            continue  # "filed an appeal against the ruling with the Supreme Court": not the court that issued it
        if hearing_only(ctx, courts[0]) and under_review(ctx, ruling.key):
            continue  # "appealed the ruling, and <court> overturned it", "<court> will hear the appeal against it"
        if all(reviewed(ctx, m) for m in ctx.mentions if m.entity == ruling.key):
            continue  # "<court> upheld the ruling", "the ruling was overturned by <court>": a lower court's
        if any(CHAMBER.search(m.text) for m in ctx.mentions if m.entity == ruling.key) and \
                not INTERNATIONAL_COURT.search(ctx.entities[courts[0]].label):
            continue  # "the chamber judgment in <A> v. Russia": the European Court's, whatever court is named
        ev = Evidence(ctx.article.id, mention.start, mention.end, mention.sentence, "relation.sole_court.v1", 0.55)
        found.append(Relation(courts[0], "issued", ruling.key, ev))
    return found


def under_review(ctx, ruling: str) -> bool:
    """Every mention of the ruling is one a court is asked to review or reviews ('asked the court to quash the
    judgment', 'upheld the verdict'): another court's ruling, never the reviewing court's own."""
    return all(contested(ctx, m) or reviewed(ctx, m) for m in ctx.mentions if m.entity == ruling)


def reviewed(ctx, mention) -> bool:
    """'upheld the ruling', 'the verdict was overturned', 'left the verdict in force': what a court reviews is another
    court's ruling."""
    span = char_span(ctx.doc, mention.start, mention.end)
    return span is not None and span.root.dep_ in ("dobj", "nsubjpass") and \
        span.root.head.lemma_.lower() in REVIEWING | {"leave"}


# what a court does that hears a case brought against another court's decision
HEARING = REVIEWING | {"hear", "examine", "consider", "leave", "reject", "dismiss", "refuse", "decline", "reduce",
                       "commute", "reverse"}


def hearing_only(ctx, court: str) -> bool:
    """Every mention of the court is the subject (or 'by' agent) of hearing or reviewing: '<court> will hear the
    appeal', '<court> declined to examine the complaint', 'the appeal was heard by <court>, which left ...'."""
    named = [m for m in ctx.mentions if m.entity == court]
    for m in named:
        span = char_span(ctx.doc, m.start, m.end)
        root = span.root if span is not None else None
        verb = None if root is None else root.head if root.dep_ == "nsubj" else root.head.head \
            if root.dep_ == "pobj" and root.head.dep_ == "agent" else None
        if verb is None:
            return False
        lemmas = {verb.lemma_.lower()} | {c.lemma_.lower() for c in children(verb) if c.dep_ in ("xcomp", "conj")}
        if not lemmas & HEARING:
            return False
    return bool(named)


def contested(ctx, mention) -> bool:
    """'appealed the ruling', 'an appeal against the verdict', 'challenge the ruling in court'."""
    span = char_span(ctx.doc, mention.start, mention.end)
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("dobj", "nsubjpass") and root.head.lemma_.lower() in CONTESTING:
        return True
    return root.dep_ == "pobj" and root.head.lower_ == "against" and root.head.head.lemma_.lower() in ASKING


def names_other_actor(ctx, ruling: str, actor: str) -> bool:
    spans = [(m.start, m.end) for m in ctx.mentions if m.entity == ruling]
    return any(m.entity not in (ruling, actor) and m.type not in ("Ruling", "Law", "LegalProvision")
               and any(s <= m.start and m.end <= e for s, e in spans) for m in ctx.mentions)


def named_within(ctx, ruling: str, window: list[tuple[int, int]]) -> list[int]:
    return [m.start for m in ctx.mentions if m.entity == ruling and any(s <= m.start < e for s, e in window)]


def absent(ctx, ruling: str) -> bool:
    """'without their consent or a court ruling': a ruling named only as one that is not there records nothing."""
    spans = [char_span(ctx.doc, m.start, m.end) for m in ctx.mentions if m.entity == ruling]
    return bool(spans) and all(span is not None and any(a.lower_ == "without" for a in ancestors(span.root))
                               for span in spans)


def earlier_clause(ctx, event: Event, ruling: str) -> bool:
    """'The decision came two months after the ministry had labelled X': a ruling in the clause an 'after'
    clause hangs on is another act than the one the 'after' clause tells of."""
    span = char_span(ctx.doc, *event.trigger)
    verb = span.root if span is not None else None
    if verb is not None and background(verb):  # "<X>, a blogger fined by <court> in 2016, ...": its own clause only
        inside = {t.i for t in verb.subtree}
        named = [char_span(ctx.doc, m.start, m.end) for m in ctx.mentions if m.entity == ruling]
        return not any(s is not None and s.root.i in inside for s in named)
    if verb is None or verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS
                                                      for c in children(verb)):
        return False
    inside = {t.i for t in verb.subtree}
    main = [m for m in ctx.mentions if m.entity == ruling and verb.sent.start_char <= m.start < verb.sent.end_char]
    spans = [char_span(ctx.doc, m.start, m.end) for m in main]
    return any(s is not None and s.root.i not in inside for s in spans)


def background(verb) -> bool:
    """A passive participle describing a person or group ('a blogger fined by <court> in 2016'): an earlier act
    told in passing, whose record is never a ruling named outside it."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in ("NOUN", "PROPN")
