"""Ruling mentions: a specific decision the text refers to with a noun.

Three general shapes make a ruling noun specific:
  * it is what an issuing verb acts on ("passed a new resolution", "signed a
    decree", "the verdict was upheld");
  * it is tied to an issuer ("the ruling of the Supreme Court's plenary
    session", "the court's decision", "a Moscow court ruling");
  * it is a definite reference back to a ruling already named ("the
    resolution" after "a new resolution").
Generic uses ("court rulings are rare", "in order to") match none of them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.components.candidates import Candidate

RULING_NOUNS = {"resolution", "decree", "verdict", "ruling", "judgment", "judgement", "decision", "sentence",
                "order", "warning", "injunction", "edict", "directive", "designation"}
ISSUE_VERBS = {"pass", "sign", "issue", "adopt", "hand", "deliver", "announce", "approve", "publish", "uphold",
               "overturn", "annul", "cancel", "quash", "appeal", "challenge", "reject", "confirm", "enforce",
               "pronounce", "endorse", "revoke", "reverse", "amend", "rescind", "overrule", "dismiss", "read"}
ISSUER_TYPES = {"Court", "GovernmentBody", "Person"}
ISSUER_WORDS = {"court", "presidential", "government", "ministry", "kremlin", "judge", "prosecutor"}


def find_rulings(doc: Doc, mentions: list[Candidate]) -> list[Candidate]:
    found: list[Candidate] = []
    for token in doc:
        if token.pos_ != "NOUN" or token.lemma_.lower() not in RULING_NOUNS:
            continue
        kind = token.lemma_.lower().replace("judgement", "judgment")
        how = specific(token, mentions)
        anaphor = how is None and is_definite(token) and any(f.info["kind"] == kind for f in found)
        if how is None and not anaphor:
            continue
        start = min([token.i, *(c.i for c in token.lefts if c.dep_ in ("amod", "compound") and c.i < token.i)])
        span = doc[start:token.i + 1]
        found.append(Candidate(span.start_char, span.end_char, "Ruling", "ruling",
                               f"entity.ruling_{how or 'anaphor'}.v1", 0.8 if how else 0.7, None,
                               {"kind": kind, "anaphor": anaphor, "nested": True, "issuer": issuer(token, mentions)}))
    return found


def specific(token: Token, mentions: list[Candidate]) -> str | None:
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass", "pobj") and head.lemma_.lower() in ISSUE_VERBS:
        return "issued"
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
            if any(actor_in(obj, mentions) for obj in child.children if obj.dep_ == "pobj"):
                return "of_issuer"
        if child.dep_ in ("poss", "compound") and (actor_in(child, mentions) or
                                                   (child.lemma_.lower() in ISSUER_WORDS and token.tag_ != "NNS")):
            return "of_issuer"
    return None


def issuer(token: Token, mentions: list[Candidate]) -> tuple[int, int] | None:
    """The span of the actor that issued the ruling: the issuing verb's subject, or 'of/by <actor>', or a possessive."""
    places = [c for c in token.children if c.dep_ == "poss"]
    places += [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for o in c.children
               if o.dep_ == "pobj"]
    if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in ISSUE_VERBS:
        verb = token.head
        places += [c for c in verb.children if c.dep_ == "nsubj"]
        places += [o for c in verb.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
    for place in places:
        sub = list(place.subtree)
        start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        inside = [m for m in mentions if m.type in ISSUER_TYPES and start <= m.start and m.end <= end]
        if inside:
            best = min(inside, key=lambda m: ("Court", "GovernmentBody", "Person").index(m.type))
            return best.start, best.end
    return None


def actor_in(token: Token, mentions: list[Candidate]) -> bool:
    sub = list(token.subtree)
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    return any(m.type in ISSUER_TYPES and start <= m.start and m.end <= end for m in mentions) or \
        token.lemma_.lower() in ("court", "session")


def is_definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)
