"""More shapes that make a singular ruling noun specific (kg.components.rulings reads them after its own):

* it is tied to a court or body told by a description rather than a name: "the regulator's order", "the watchdog's
  decision", "an order issued by the same regulator", "a ruling by the agency" (no issuer entity is read from it);
* it is dated by an 'of' phrase with a day, month or year: "the decision of 20 April 2017", "the ruling of 15 March
  2022", "the regulator's order of 11 March" (the date phrase makes a fuller name of it);
* it is aimed at a named person or organisation: "the sentence against Lilia Chanysheva", "a warning to the Sakharov
  Center", "the order against Current Time";
* a court or state body "made" it: "the court made a ruling on Thursday" (never "made a decision", which is as often
  a choice: "made the decision to leave");
* it has an issuing participle and acts itself: "A decree issued in 2015 banned foreign ownership ...";
* it is issued with what it found, the noun misread as a modifier of the gerund: "The ECHR delivered a judgment
  finding that Russia had breached Article 10" (misread_gerund; kg.ruling_facts reads its issuer and what it is on).
A definite noun acted on in a clause a ruling frames is not that ruling ("In a ruling in July, the Appeals Chamber
upheld the ban": frames_verb_of).

A ruling noun only asked for, hoped for or feared ("called for a presidential decree", "hoped for a ruling in their
favour") is none of them: kg.ruling_asked tells those, and kg.components.rulings skips them; nor is one a company
or group makes ("the decision of the editors to close the paper", "the board's decision": private_decision), nor
an indefinite one that is the subject or the 'by' phrase of a verb of what could be ("A ban on Facebook
would hurt business", "Telegram could be blocked by a court decision": hypothetical).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.components.bills import MODALS
from kg.components.candidates import Candidate
from kg.components.ruling_shapes import ACTED_ON, framing_verb, inset_frame

# a court or body told by what it is: "the regulator's order", "issued by the same regulator"
DESCRIBED_ISSUERS = {"regulator", "watchdog", "agency", "ministry", "commission", "duma", "parliament", "president",
                     "governor", "mayor", "senate", "legislature", "cabinet", "government", "court", "prosecutor",
                     "kremlin", "plenum", "tribunal", "judge", "investigator", "censor"}
# ruling nouns that are aimed at someone: "the sentence against X", "a warning to X"
AIMED = {"verdict", "sentence", "ruling", "decision", "judgment", "judgement", "order", "warning", "injunction",
         "decree", "resolution"}
AIMED_TO = {"warning"}  # "a warning to <Org>" (an order *to* someone is an instruction: "an order to block")
MADE = {"ruling", "judgment", "judgement", "verdict", "order", "resolution", "decree"}
TARGETS = {"Organization", "Person"}
ISSUING = {"issue", "sign", "adopt", "pass", "approve", "hand", "deliver", "make"}


def more_specific(token: Token, mentions: list[Candidate]) -> str | None:
    """The shape that makes the ruling noun `token` specific (see the module docstring), or None."""
    lemma = "ruling" if token.lower_ == "ruling" else token.lemma_.lower()
    for child in token.children:
        if child.dep_ == "poss" and child.lemma_.lower() in DESCRIBED_ISSUERS and \
                any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in child.children):
            return "of_issuer"  # "the regulator's order", "the watchdog's decision"
        if child.dep_ == "prep" and child.lower_ in ("by", "from") and any(
                described(o) for o in child.children if o.dep_ == "pobj"):
            return "of_issuer"  # "a ruling by the agency"
        if child.dep_ == "prep" and (child.lower_ == "against" and lemma in AIMED or
                                     child.lower_ == "to" and lemma in AIMED_TO) and \
                any(named_in(o, mentions, TARGETS) for o in child.children if o.dep_ == "pobj"):
            return "against"  # "the sentence against Lilia Chanysheva", "a warning to the Sakharov Center"
    if date_of_end(token) is not None:
        return "dated"
    if misread_gerund(token) is not None:
        return "issued"  # "delivered a judgment finding that ...", the noun read as a modifier of "finding"
    if subject_issued(token):
        return "issued"  # "A ruling issued under Part 2 of Article 13.15 fined the station"
    for c in token.rights:  # "an order issued by the same regulator"
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ISSUING:
            if any(described(o) for a in c.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"):
                return "signed_by"
    if token.dep_ == "dobj" and token.head.lemma_.lower() == "make" and lemma in MADE and not hedged(token.head) and \
            any(c.dep_ == "nsubj" and named_in(c, mentions, {"Court", "GovernmentBody"}) for c in token.head.children):
        return "issued"  # "The Oktyabrsky District Court made a ruling on Thursday"
    return None


# who decides for a company, an outlet or a group: "the decision of the editors to close the paper" is not a ruling
PRIVATE_DECIDERS = {"editor", "board", "owner", "shareholder", "founder", "member", "staff", "management", "family",
                    "organiser", "organizer", "author", "employee", "journalist", "director", "team", "parent"}


def private_decision(token: Token) -> bool:
    """'the decision of the editors', 'the board's decision', 'the owners' order': made inside a company or group."""
    if token.lemma_.lower() not in ("decision", "resolution", "order"):
        return False
    owners = [c for c in token.children if c.dep_ == "poss"]
    owners += [o for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for o in c.children
               if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in PRIVATE_DECIDERS and o.pos_ == "NOUN" for o in owners)


def frames_verb_of(doc, start: int, token: Token) -> bool:
    """'In a ruling in July, the Appeals Chamber upheld the ban': the ruling named at `start` frames the clause whose
    verb acts on `token`, so `token` is another ruling (the one upheld), not a reference back to it."""
    if token.dep_ not in ("dobj", "pobj", "nsubjpass") or start >= token.idx:
        return False
    verb = token.head.head if token.dep_ == "pobj" else token.head
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or span.root.sent.start != token.sent.start:
        return False
    earlier = span.root
    frames = [v.i for v in (framing_verb(earlier), inset_frame(earlier)) if v is not None]
    return verb.i in frames or earlier.dep_ == "nsubj" and earlier.head.i == verb.i  # "The ruling upheld the ban"


GERUNDS = {"finding", "holding", "saying", "stating", "declaring", "concluding", "ordering", "ruling", "recognising",
           "recognizing", "banning", "upholding"}
MAKING = {"issue", "deliver", "hand", "adopt", "pass", "publish", "announce", "pronounce", "render"}


def misread_gerund(token: Token) -> Token | None:
    """'The ECHR delivered a judgment finding that Russia had breached Article 10': the parser reads the ruling noun
    as a modifier of 'finding', the object of the issuing verb; the gerund, or None."""
    gerund = token.head
    if token.dep_ not in ("compound", "amod") or gerund.lower_ not in GERUNDS or gerund.i != token.i + 1 or \
            gerund.dep_ not in ("dobj", "nsubjpass") or gerund.head.lemma_.lower() not in MAKING or hedged(gerund.head):
        return None
    return gerund


def hedged(verb: Token) -> bool:
    """A verb negated or with a modal ('did not issue', 'could make', 'will deliver'): it tells no act that happened."""
    return any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in MODALS for c in verb.children)


def subject_issued(token: Token) -> bool:
    """'A decree issued in 2015 banned foreign ownership ...': an indefinite ruling noun with an issuing participle,
    the subject of an asserted verb of its own."""
    verb = token.head
    return token.dep_ == "nsubj" and verb.pos_ == "VERB" and verb.tag_ in ("VBD", "VBZ") and \
        not any(c.dep_ == "neg" or c.dep_ == "aux" for c in verb.children) and \
        any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ISSUING and
            not any(d.dep_ == "neg" or d.dep_ == "prep" and d.lower_ == "without" for d in c.children)
            for c in token.rights)


def hypothetical(token: Token) -> bool:
    """'A ban on Facebook would hurt small businesses': an indefinite ruling noun, the subject of a verb told as
    only possible, names no ruling."""
    verb = token.head.head if token.dep_ == "pobj" and token.head.dep_ in ("agent", "prep") else token.head
    return token.dep_ in ("nsubj", "nsubjpass", "pobj") and verb.lemma_.lower() not in ACTED_ON and \
        (token.dep_ != "pobj" or token.head.lower_ == "by") and \
        any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) and \
        any(c.dep_ == "aux" and c.lower_ in ("would", "could", "might", "may", "will", "should", "can")
            for c in verb.children)  # "Telegram could be blocked by a court decision"


def described(token: Token) -> bool:
    """'the regulator', 'the same ministry': a court or body told by a definite description."""
    return token.lemma_.lower() in DESCRIBED_ISSUERS and token.tag_ == "NN" and \
        any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in token.children)


def named_in(token: Token, mentions: list[Candidate], types: set[str]) -> bool:
    """A mention of one of `types` in the token's phrase, not inside a phrase of its own hung on it ('the order of
    speakers at the Duma session' names no issuer)."""
    skip = {t.i for c in token.children if c.dep_ in ("prep", "relcl", "acl") and c.lower_ != "of"
            for t in c.subtree}
    words = [t for t in token.subtree if t.i not in skip]
    start, end = words[0].idx, words[-1].idx + len(words[-1].text)
    return any(m.type in types and start <= m.start and m.end <= end for m in mentions)


def date_of_end(token: Token) -> int | None:
    """End offset of an 'of <date>' phrase right after the noun holding a day, month or year ('the decision of 20
    April 2017', 'the order of 11 March'), else None."""
    doc = token.doc
    i = token.i + 2
    if i >= len(doc) or doc[token.i + 1].lower_ != "of" or doc[i].ent_type_ != "DATE":
        return None
    end = i
    while end + 1 < len(doc) and doc[end + 1].ent_type_ == "DATE" and doc[end + 1].ent_iob_ == "I":
        end += 1
    words = doc[i:end + 1]
    if not any(t.like_num for t in words) or any(t.lower_ in ("year", "years", "month", "day", "week") for t in words):
        return None  # "the decision of that day", "the order of the last two years"
    return doc[end].idx + len(doc[end])
