"""What a short anaphor in an event's clause carries over from the sentences before it.

  "The Investigative Committee opened the first case under Article 207.3 on March 16. On March 22 it opened
  another against <X>": the elided case ('another', 'one') has the legal basis of the case noun it stands for.
  "<X> received seven years under the same article": 'the same article/provision/part' is the provision named
  last before it.
  "<X> was charged in the same case": the legal basis of the latest case told before it.
  "<X> faces the same charge": the provision named last before it (in the sentence or the three before).
  "Putin signed off on <law>", "The Duma gave final approval to <bill>", "rubber-stamped <bill>": the act adopted.
  "President Putin signed Federal Law No. 32-FZ ... The State Duma had adopted it earlier that day", "The Duma
  passed it on June 29, the Federation Council approved it on July 8": an 'it' the coreference left open, as
  the object of an act of legislation, is the act of the latest such event in the two sentences before (not its
  own sentence: there the coreference already had its chance, and one wrong guess would spread).
  "The Volga District Military Court found A and B guilty ... C, D and E were convicted of membership": a passive
  court action with no actor of its own, right after an asserted one with a court as actor in the same paragraph
  (this or the two sentences before, no other court named between; from another sentence only of the same family),
  is that court's.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.arguments import LEGAL, Context, clause_tokens, prep_objects, sentence_index
from kg.doc_tables import char_span, children
from kg.event_actors import name_words

ACT_TYPES = {"Law", "Ruling"}

SAME = {"same"}
LEGAL_NOUNS = {"article", "provision", "part", "paragraph", "clause"}
ACT_KINDS = {"Adoption", "Signing", "Decision"}
SENTENCES_BACK = 2
FAMILY = {"Conviction": "Conviction", "Sentence": "Conviction"}  # "found guilty" ... "was sentenced": one verdict


def elided_bases(ctx: Context, verb: Token) -> list:
    """The legal basis of the case noun an elided object ('another', 'one') of the verb stands for."""
    elided = [c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass") and c.lower_ in ("another", "one")]
    if not elided:
        return []
    sent = verb.sent
    start = verb.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    nouns = [t for t in verb.doc[start:elided[0].i] if t.lower_ in L.CASE_NOUNS]
    for noun in reversed(nouns):
        found = [m for p in children(noun) if p.dep_ == "prep" and p.lower_ == "under" for m in ctx.within(p, LEGAL)]
        if not found and noun.dep_ in ("dobj", "nsubjpass"):  # "opened the first case under X": hung on the verb
            found = [m for p in children(noun.head) if p.dep_ == "prep" and p.lower_ == "under" and p.i > noun.i
                     for m in ctx.within(p, LEGAL)]
        if found:
            return found
    return []


def same_provision(ctx: Context, verb: Token) -> list:
    """'under the same article' in the verb's clause: the provision named last before it; 'under the same two
    articles': the provisions named together last before it (kg.coref_plural)."""
    for tok in clause_tokens(verb):
        if tok.dep_ == "prep" and tok.lower_ == "under":
            for noun in (o for o in children(tok) if o.dep_ == "pobj" and o.lemma_.lower() in LEGAL_NOUNS):
                if any(c.lower_ in SAME for c in children(noun)) and ctx.at(noun) is None:
                    if noun.tag_ == "NNS":
                        return ctx.antecedents.plural(noun, {"LegalProvision"})
                    return provision_before(ctx, noun.idx)
    return []


def same_charge(ctx: Context, verb: Token) -> list:
    """'<X> faces the same charge', 'was charged with the same offence': the provision named last before it, in its
    sentence or the SENTENCES_BACK + 1 before."""
    for tok in clause_tokens(verb):
        if tok.lemma_.lower() in SAME_CHARGE_NOUNS and any(c.lower_ in SAME for c in children(tok)):
            index = sentence_index(ctx, tok.idx)
            if index is None:
                return []
            return provision_before(ctx, tok.idx, ctx.sentences[max(index - SENTENCES_BACK - 1, 0)][0])
    return []


def provision_before(ctx: Context, offset: int, start: int = 0) -> list:
    """The provision named last between `start` and `offset` (as a list of at most one mention)."""
    return [m for m in ctx.mentions if m.type == "LegalProvision" and start <= m.start and m.end <= offset][-1:]


SAME_CHARGE_NOUNS = {"charge", "accusation", "offence", "offense", "count"}


def pronoun_act(ctx: Context, verb: Token, earlier) -> list:
    """The act an unresolved 'it' object of a legislation verb stands for: that of the latest act event in the two
    sentences before. 'them' ('they' in the passive) stands for that event's acts when they are more than one or
    named in the plural ('The Duma adopted the amendments. The Federation Council approved them')."""
    pronouns = {c.lower_ for c in children(verb) if c.dep_ in ("dobj", "nsubjpass") and ctx.at(c) is None}
    if not pronouns & {"it", "them", "they"}:
        return []
    index = next((i for i, (a, b) in enumerate(ctx.sentences) if a <= verb.idx < b), None)
    if index is None:
        return []
    start, end = ctx.sentences[max(index - SENTENCES_BACK, 0)][0], ctx.sentences[index][0]
    before = [e for e in earlier if e.kind in ACT_KINDS and start <= e.trigger[0] < end and e.role("legalAct")]
    if not before:
        return []
    keys = before[-1].role("legalAct")
    found = [m for k in keys for m in [next((m for m in ctx.mentions if m.entity == k), None)] if m]
    if "it" in pronouns:
        return found
    return found if len(found) > 1 or any(plural(ctx, m) for m in found) else []


def plural(ctx: Context, m) -> bool:
    """The mention is named in the plural ('the amendments', 'two bills')."""
    span = char_span(ctx.doc, m.start, m.end)
    return span is not None and span.root.tag_ in ("NNS", "NNPS")


def definite_case(verb: Token) -> bool:
    """'opened the case', 'the case was opened': the object is the definite case noun the article is about."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lower_ == "case" and any(
        d.dep_ == "det" and d.lower_ in ("the", "this") for d in children(c)) for c in children(verb))


CASE_EVENTS = {"Charge", "Conviction", "Sentence", "CriminalCaseOpening", "Detention"}


def same_case(ctx: Context, verb: Token, earlier) -> list:
    """'<X> was charged in the same case': the legal basis of the latest case told before it."""
    if not any(t.dep_ == "pobj" and t.lower_ == "case" and any(c.lower_ == "same" for c in children(t))
               for t in clause_tokens(verb)):
        return []
    before = [e for e in earlier if e.kind in CASE_EVENTS and e.status == "Asserted" and e.role("legalBasis")
              and e.trigger[0] < verb.idx]
    if not before:
        return []
    keys = before[-1].role("legalBasis")
    return [m for k in keys for m in [next((m for m in ctx.mentions if m.entity == k), None)] if m]


APPROVAL_NOUNS = {"approval", "assent", "consent", "go-ahead", "backing"}


def approval_of(ctx: Context, verb: Token) -> list:
    """The act a legislation verb takes through a particle or a noun: 'signed off on <law>', 'gave (final) approval
    to <bill>'."""
    if verb.lemma_.lower() == "sign" and any(c.dep_ == "prt" and c.lower_ == "off" for c in children(verb)):
        return prep_objects(ctx, verb, ("on",), ACT_TYPES)
    if verb.lemma_.lower() == "give" and any(c.dep_ == "dobj" and c.lemma_.lower() in APPROVAL_NOUNS
                                             for c in children(verb)):
        return [m for h in (verb, *children(verb)) for p in children(h) if p.dep_ in ("prep", "dative")
                and p.lower_ == "to" for o in children(p) if o.dep_ == "pobj" for m in ctx.head_mentions(o, ACT_TYPES)]
    return []


def reading_in(ctx: Context, verb: Token) -> list:
    """'It cleared its third reading in the Duma': the chamber the act passed a reading in. 'The amended bill passed
    its final reading on December 23': a third or final reading, with no chamber said, is in the one legislature with
    readings the article has named before (none when it named two)."""
    readings = [c for c in children(verb) if c.dep_ == "dobj" and c.lemma_.lower() == "reading"]
    found = [m for h in (verb, *readings) for m in prep_objects(ctx, h, ("in",), {"GovernmentBody"})]
    if found or not any(c.dep_ == "amod" and c.lower_ in FINAL_READINGS for r in readings for c in children(r)):
        return found
    chambers = [m for m in ctx.mentions if m.end <= verb.idx and m.type == "GovernmentBody"
                and READING_CHAMBER.search(m.text) and not UPPER_CHAMBER.search(m.text)]
    return chambers[-1:] if len({m.entity for m in chambers}) == 1 else []


FINAL_READINGS = {"third", "final", "last"}
# the chambers that hold readings: the Duma, a regional legislative assembly or duma, a parliament (not the Federation
# Council, which approves or rejects a law whole)
READING_CHAMBER = re.compile(r"\b(?:duma|legislative assembly|parliament|legislature)\b", re.I)
UPPER_CHAMBER = re.compile(r"\bfederation council\b", re.I)


def rubber_stamp(verb: Token) -> bool:
    """'rubber-stamped the bill' (a 'stamp' on its own is no adoption)."""
    return verb.i >= 2 and verb.doc[verb.i - 2].lower_ == "rubber" and verb.doc[verb.i - 1].text == "-"


def previous_court(ctx: Context, verb: Token, earlier, kinds, kind: str) -> list:
    """The court that acted in the latest asserted court action (of `kinds`) of the two sentences before, in the same
    paragraph, when no other court is named between it and the verb; from another sentence only an action of the same
    family ('found A guilty ... B was convicted', not 'fined A ... B was sentenced': maybe another case)."""
    start = ctx.antecedents.sentences_back(verb, SENTENCES_BACK)[-1][0]
    before = [e for e in earlier if e.kind in kinds and e.status == "Asserted" and start <= e.trigger[0] < verb.idx
              and "\n" not in ctx.text[e.trigger[0]:verb.idx] and any(ctx.type_of(k) == "Court" for k in e.role("agent"))]
    if not before or not (before[-1].trigger[0] >= verb.sent.start_char or
                          FAMILY.get(before[-1].kind, before[-1].kind) == FAMILY.get(kind, kind)):
        return []
    court = next(k for k in before[-1].role("agent") if ctx.type_of(k) == "Court")
    if own_court(ctx, verb, court):
        return []  # "X was fined by a court in Tyumen instead": the clause has a court of its own
    between = {m.entity for m in ctx.mentions if m.type == "Court" and before[-1].trigger[0] <= m.start < verb.idx}
    if between - {court}:
        return []
    named = [m for m in ctx.mentions if m.entity == court and m.start < verb.idx]
    return named[-1:]


COURT_NOUNS = {"court", "magistrate", "judge", "tribunal", "justice"}
INDEFINITE = {"a", "an", "another", "one"}


def own_court(ctx: Context, verb: Token, court: str | None = None) -> bool:
    """The verb's clause names or describes a court of its own that no court mention stands for: 'by a court in
    Tyumen', 'a magistrate in Omsk fined ...', 'a district court' (not 'the court', 'the same court': those point
    back; nor 'a military appeals court' after 'the Military Court of Appeal', which restates it; nor a bare 'by a
    court', which the text leaves open)."""
    label = ctx.entities[court].label.lower() if court in ctx.entities else None
    for tok in clause_tokens(verb):
        if tok.lemma_.lower() not in COURT_NOUNS or tok.pos_ != "NOUN" or any(
                m.start <= tok.idx < m.end for m in ctx.mentions):
            continue
        dets = [c.lower_ for c in children(tok) if c.dep_ == "det"]
        if placed_in(tok):
            return True
        if dets and dets[0] in INDEFINITE and elsewhere_than(ctx, verb, court):
            return True  # "In Tyumen, a district court sentenced ...": not the Moscow court named before
        if dets and dets[0] not in INDEFINITE or label is not None and restates(tok, label):
            continue  # "the court", "a military appeals court" for the Military Court of Appeal
        words = [c for c in children(tok) if c.dep_ in ("amod", "compound", "nmod")]
        if words or placed_in(verb):  # "a district court", "In Tyumen, a court fined ..." (not a bare "by a court")
            return True
    return False


def placed_in(tok: Token) -> bool:
    """'a court in Tyumen', 'In Omsk, a court ...': an 'in/of' phrase naming a place."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "of") and any(
        o.dep_ == "pobj" and o.pos_ == "PROPN" for o in children(c)) for c in children(tok))


def elsewhere_than(ctx: Context, verb: Token, court: str | None) -> bool:
    """The verb's clause opens on a place ('In Tyumen, ...') that is neither in the court's names nor its city."""
    place = {w.lower_ for p in children(verb) if p.dep_ == "prep" and p.lower_ == "in" for o in children(p)
             if o.dep_ == "pobj" and o.pos_ == "PROPN" for w in o.subtree if w.is_alpha and w.is_title}
    return bool(place) and court in ctx.entities and not place <= name_words(ctx, ctx.entities[court])


def restates(noun: Token, label: str) -> bool:
    """'a military appeals court' for 'Military Court of Appeal': every word describing the court is in its name."""
    words = [c for c in children(noun) if c.dep_ in ("amod", "compound", "nmod")]
    return bool(words) and all(w.lower_[:4] in label for w in words)  # ("appeals" for "Appellate")


def described_courts(ctx: Context, verb: Token, agents: list) -> list:
    """Agents without a court read into 'a court in Tyumen' from an earlier name: a clause that describes a court
    of its own takes no court named only before it."""
    if not any(a.type == "Court" for a in agents) or not own_court(ctx, verb):
        return agents
    return [a for a in agents if a.type != "Court" or not carried_court(ctx, verb, a.entity)]


def carried_court(ctx: Context, verb: Token, court: str) -> bool:
    """The clause describes a court of its own, and the court is named before the clause and not inside it: one
    carried over from earlier text (not 'A military appeals court ... replaced the fine', a lead naming the court
    only later)."""
    if not own_court(ctx, verb, court):
        return False
    inside = [t.idx for t in clause_tokens(verb)]
    start = min(inside)
    named = [m for m in ctx.mentions if m.entity == court]
    return any(m.end <= start for m in named) and not any(m.start <= i < m.end for m in named for i in inside)
