"""Rulings called by nouns that are not the usual ruling nouns (kg.components.rulings reads those).

Three shapes, each specific only with an issuer or an act of issuing, never the bare noun:

* a court's or body's guidance, dated ("the plenum's guidance of 9 November 2016", "the Supreme Court's
  clarifications of 2016"): the Supreme Court's plenum explains the law in resolutions that reports call
  guidance or clarifications (entity.ruling_guidance.v1). "Welcomed the clarification", "guidance for
  judges" or an undated "the court's guidance" is not one;
* a court's interim or provisional measures, imposed, ordered, granted, lifted or said to be the court's
  ("interim measures that the court had imposed on the site in May", "the court granted provisional
  measures", "the court's interim measures"): a procedural ruling, even in the plural, which is how the
  term is written (entity.ruling_measures.v1). "Calls for interim measures" or "will impose interim measures"
  are not rulings yet;
* "the ban", "the designation", "the order" right after a court or body did it ("<court> banned the group as extremist.
  Its website stays open despite the ban", "<court> ordered Google to restore the channel ... the order is
  ignored"): the act the verb told, in this or the previous sentence, with a
  named court or state body as its subject (entity.ruling_told_by_verb.v1). "The ban" after "prosecutors asked
  the court to ban" or "the court may ban" refers to nothing decided.

The mention is the noun with its modifiers (and a possessor that is not a name, "the court's"); a date
phrase after the noun makes a fuller name of it ("guidance of 9 November 2016"), kept as another form.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.components.bills import UNASSERTED
from kg.components.candidates import Candidate, text_of
from kg.components.scans import lower_indexes

GUIDANCE_NOUNS = {"guidance", "clarification", "clarifications", "explanation", "explanations", "guidelines"}
MEASURE_ADJECTIVES = {"interim", "provisional", "preliminary"}
MEASURE_VERBS = {"impose", "order", "grant", "lift", "extend", "apply", "cancel", "indicate", "issue", "adopt"}
# a ruling noun -> the verb that tells the act it names
TOLD_BY = {"ban": "ban", "designation": "designate", "order": "order"}
ISSUER_WORDS = {"court", "plenum", "ministry", "government", "judge", "tribunal"}
ACTOR_TYPES = {"Court", "GovernmentBody"}
STARTS = frozenset({*GUIDANCE_NOUNS, "measures", "measure", *TOLD_BY})
UNREAL = {"will", "would", "could", "may", "might", "should", "must", "ca", "can", "not", "n't", "never"}


def find_measures(doc: Doc, mentions: list[Candidate]) -> list[Candidate]:
    """Guidance, interim-measure and verb-told rulings (see the module docstring)."""
    text = text_of(doc).lower()  # a cheap look before walking the tokens
    if not any(w in text for w in ("guidance", "clarification", "explanation", "guidelines", "measure", "ban",
                                   "designation", "order")):
        return []
    found = []
    for token in (doc[i] for i in lower_indexes(doc, STARTS)):  # the only words the shapes start from
        lower = token.lower_
        if lower in GUIDANCE_NOUNS and token.pos_ == "NOUN" and owned(token, mentions) \
                and (end := date_after(token)) is not None:
            found.append(ruling(doc, token, mentions, "guidance", "entity.ruling_guidance.v1"))
            found[-1].info["alias"] = (token.idx, end)
        elif lower in ("measures", "measure") and any(c.dep_ == "amod" and c.lower_ in MEASURE_ADJECTIVES
                                                      for c in token.children) and \
                (owned(token, mentions) or imposed(token)):
            found.append(ruling(doc, token, mentions, "measures", "entity.ruling_measures.v1"))
        elif lower in TOLD_BY and token.tag_ == "NN" and any(c.dep_ == "det" and c.lower_ == "the" for c in
                                                            token.children) and (verb := telling_verb(token, mentions)):
            found.append(ruling(doc, token, mentions, lower, "entity.ruling_told_by_verb.v1"))
            subject = subject_of(verb)
            found[-1].info["issuer"] = next(((m.start, m.end) for m in inside(subject, mentions)), None)
    return found


def telling_verb(token: Token, mentions: list[Candidate]) -> Token | None:
    """The verb in this or the previous sentence, before the noun, that did what it names, with a named court or
    state body as its subject and told as done."""
    sent = token.sent
    first = token.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    verbs = [v for v in token.doc[first:token.i] if v.pos_ == "VERB" and v.lemma_.lower() == TOLD_BY[token.lower_]
             and v.dep_ in ("ROOT", "conj") and real(v) and (s := subject_of(v)) is not None and inside(s, mentions)]
    return verbs[-1] if verbs else None


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, or the one it shares with the verb it is coordinated with ('granted ... and banned')."""
    own = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if own is None and verb.dep_ == "conj":
        return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return own


def ruling(doc: Doc, token: Token, mentions: list[Candidate], kind: str, rule: str) -> Candidate:
    start = min([token.i, *(c.i for c in token.lefts if c.dep_ in ("amod", "compound"))])
    for c in token.lefts:  # "the court's guidance": a possessor that is not a name is part of the mention
        if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her") and not named(c, mentions):
            start = min(start, min(t.i for t in c.subtree if t.dep_ != "det"))
    issuer = next(((m.start, m.end) for c in token.children if c.dep_ == "poss" for m in inside(c, mentions)), None)
    return Candidate(doc[start].idx, token.idx + len(token), "Ruling", "ruling", rule, 0.7, None,
                     {"kind": kind, "anaphor": False, "nested": True, "issuer": issuer})


def owned(token: Token, mentions: list[Candidate]) -> bool:
    """'the court's', 'the Supreme Court's', 'its' (a body's) or 'of the plenum': whose it is."""
    for c in token.children:
        if c.dep_ == "poss" and (c.lemma_.lower() in ISSUER_WORDS or named(c, mentions)):
            return True
        if c.dep_ == "prep" and c.lower_ in ("of", "by", "from") and any(
                o.lemma_.lower() in ISSUER_WORDS or named(o, mentions) for o in c.children if o.dep_ == "pobj"):
            return True
    return False


def imposed(token: Token) -> bool:
    """What an issuing verb acts on, asserted: 'imposed interim measures', 'interim measures that X imposed'."""
    verbs = [token.head] if token.dep_ in ("dobj", "nsubjpass") else []
    verbs += [c for c in token.rights if c.dep_ == "relcl" and any(  # "interim measures that the court had imposed"
        d.dep_ in ("dobj", "nsubjpass") and d.lower_ in ("that", "which") for d in c.children)]
    return any(v.lemma_.lower() in MEASURE_VERBS and real(v) for v in verbs)


def real(verb: Token) -> bool:
    """Done, not only asked for, planned or denied ('asked the court to impose', 'will impose', 'did not grant')."""
    if any(c.lower_ in UNREAL for c in verb.children if c.dep_ in ("aux", "neg")):
        return False
    return not any(a.lemma_.lower() in UNASSERTED for a in verb.ancestors)


def date_after(token: Token) -> int | None:
    """End offset of an 'of <date>' phrase right after the noun ('guidance of 9 November 2016'), else None."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ != "of" or doc[token.i + 2].ent_type_ != "DATE":
        return None
    end = token.i + 2
    while end + 1 < len(doc) and doc[end + 1].ent_type_ == "DATE":
        end += 1
    return doc[end].idx + len(doc[end])


def inside(token: Token, mentions: list[Candidate]) -> list[Candidate]:
    sub = list(token.subtree)
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    return [m for m in mentions if m.type in ACTOR_TYPES and start <= m.start and m.end <= end]


def named(token: Token, mentions: list[Candidate]) -> bool:
    return bool(inside(token, mentions))
