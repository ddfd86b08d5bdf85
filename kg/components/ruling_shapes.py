"""Shapes of ruling mentions read from the words around the noun (used by rulings.py).

* what the ruling is on makes a fuller name of it: "the decision on his pre-trial detention";
* a year before the noun dates it to one decision: "the 2015 decree", "a 2017 ruling";
* "the sentence" right after someone "was sentenced" is that sentence;
* a court that "left the sentence unchanged/intact/standing" acted on that ruling;
* a number after the noun ("resolution No. 10-P") or "in their case" makes a fuller name of it;
* a modal or negated issuing verb ("will announce the verdict", "was never issued") issues no ruling yet;
  "the decision to <verb>" is a choice unless the verb is something a body decides to do ("to designate").

Two readers of the Doc serve rulings.py and bills.py: the nouns of some lemmas, found without
making a Token of every word, and the Doc's sentences, listed once per Doc.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

from kg.components.candidates import text_of
from kg.doc_tables import words


NOMINAL = {"pobj", "pcomp", "dobj", "nsubj", "nsubjpass"}  # where a word tagged as a verb stands as a noun


def nouns_with_lemma(doc: Doc, lemmas: set[str]) -> list[Token]:
    """The tokens of `doc` tagged NOUN whose lowercased lemma is one of `lemmas`, in order (and a capitalised one
    tagged PROPN when a number follows it: "Decree No. 1102"). Read from the Doc's shared token table
    (kg.doc_tables): only the tokens with such a lemma, or the form "ruling", are looked at."""
    table = words(doc)
    found = []
    for token in table.pick(lemmas=lemmas, forms=("ruling",) if "ruling" in lemmas else ()):
        i, pos = token.i, table.pos[token.i]
        if pos == "PROPN":  # "Presidential Decree No. 1102": a capitalised ruling noun with its number
            if table.lemma[i] in lemmas and number_end(token) is not None:
                found.append(token)
        elif pos != "NOUN":  # "ruling" the tagger took for a verb where it is a noun ("in an April ruling")
            if "ruling" in lemmas and table.lower[i] == "ruling" and verbal_ruling_noun(token):
                found.append(token)
        elif table.lemma[i] in lemmas:
            found.append(token)
    return found


def verbal_ruling_noun(token: Token) -> bool:
    """'ruling' tagged as a verb where it is a noun: after a determiner or possessive ("in an April ruling"), with a
    number ("ruling No. 32-P"), or as the predicate the parser took for a modifier (`modifier_misread`)."""
    return (token.dep_ in NOMINAL and any(c.dep_ in ("det", "poss") for c in token.lefts)
            or number_end(token) is not None or modifier_misread(token.doc, token.i))


def modifier_misread(doc: Doc, i: int) -> bool:
    """'Believers called the ruling unjust': "ruling" read as a verb modifying the word after it, which is no noun
    it could rule ("the ruling party", "the ruling elite", "the ruling United Russia") but the predicate."""
    word = doc[i]
    if word.dep_ != "amod" or not i or doc[i - 1].lower_ not in ("the", "this", "that", "its", "their", "his", "her"):
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN", "ADJ", "NUM") or \
        after.pos_ in ("ADJ", "NOUN") and after.dep_ in ("oprd", "acomp") and word.head.i == after.i


class Sentences:
    """The sentences of a Doc, listed on first use."""

    def __init__(self, doc: Doc):
        self.doc, self.spans, self.starts = doc, None, None

    def around(self, token: Token, before: int) -> tuple[Span, Span]:
        """(the sentence `before` sentences before the token's, the token's sentence)."""
        if self.spans is None:
            self.spans = list(self.doc.sents)
            self.starts = [s.start for s in self.spans]
        index = bisect_right(self.starts, token.i) - 1
        return self.spans[max(index - before, 0)], self.spans[index]

# "the ruling on appeal", "on Tuesday": not what the ruling is about
NOT_SUBJECT = {"appeal", "appeals", "behalf", "basis", "grounds", "average", "record", "paper", "time", "day"}


def subject_end(token: Token) -> int | None:
    """Character end of "on <subject>" right after the ruling noun ("decision on his pre-trial detention", "the
    resolution on the practice of extremism cases"): the noun phrase after "on", with one "of" phrase; None
    when there is none or it is not a subject ("on appeal", "on Tuesday", "on Twitter")."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].lower_ not in ("on", "about"):
        return None
    last, i, joined = None, token.i + 2, False
    while i < len(doc):
        t = doc[i]
        if t.ent_type_ in ("DATE", "TIME") or t.pos_ == "PROPN" or t.lemma_.lower() in NOT_SUBJECT and last is None:
            return None if last is None else doc[last].idx + len(doc[last])
        if t.pos_ in ("DET", "ADJ", "NUM") or t.tag_ == "PRP$" or t.text in ("-", "‐") or \
                (t.pos_ == "NOUN" or t.tag_ == "VBG" and last is None):
            last = i if t.pos_ == "NOUN" or t.tag_ == "VBG" else last
        elif t.lower_ == "of" and last == i - 1 and not joined:
            joined = True
        else:
            break
        i += 1
    return None if last is None else doc[last].idx + len(doc[last])


MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"}


def year_dated(token: Token) -> bool:
    """'the 2015 decree', 'a 2017 ruling', 'a July 2015 resolution': a year (or a month and year) right
    before the noun."""
    return any(c.dep_ in ("nummod", "compound", "amod", "nmod") and c.i < token.i and
               (is_year(c) or c.lower_ in MONTHS and any(is_year(y) for y in c.children)) for c in token.lefts)


def dated_start(token: Token) -> int | None:
    """Index of the first word of the date before the noun ("July" in "a July 2015 resolution"), or None."""
    dates = [c for c in token.lefts if c.dep_ in ("nummod", "compound", "amod", "nmod") and
             (is_year(c) or c.lower_ in MONTHS and any(is_year(y) for y in c.children))]
    return min(t.i for c in dates for t in c.subtree) if dates else None


def is_year(token: Token) -> bool:
    return len(token.text) == 4 and token.text.isdigit() and 1950 <= int(token.text) <= 2100


FRAMING_PREPS = {"in", "with", "by"}


def framing_verb(token: Token) -> Token | None:
    """"In a landmark ruling, the Constitutional Court declared ...", "With a decision on Monday the
    ministry ...": an indefinite ruling noun in a phrase before the clause's subject; the clause's verb."""
    prep = token.head
    if token.dep_ not in ("pobj", "pcomp") or prep.lower_ not in FRAMING_PREPS or prep.dep_ != "prep" or \
            not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children):
        return None
    verb = prep.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.pos_ not in ("VERB", "AUX") or not subjects or not prep.i < subjects[0].i < verb.i:
        return None
    return verb


def inset_frame(token: Token) -> Token | None:
    """"The Supreme Court, in a ruling issued on Thursday, declared ...", "The court in a decision dated 5 May
    ordered ...", "The court ordered the liquidation of <Org> in a ruling on Friday": an indefinite ruling noun in a
    phrase after the active clause's subject (hung on it or on the verb); the clause's verb. The caller checks the
    subject is a court or state body."""
    prep = token.head
    if token.dep_ != "pobj" or prep.lower_ not in FRAMING_PREPS or prep.dep_ != "prep" or \
            not any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in token.children):
        return None
    verb = prep.head.head if prep.head.dep_ == "nsubj" else prep.head
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if verb.pos_ not in ("VERB", "AUX") or not subjects or not subjects[0].i < prep.i or \
            any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        return None
    return verb


RELATIVE_WORDS = {"that", "which", "who", "whom", "whose"}
CONTACT_VERBS = {"sign", "issue", "adopt", "pass", "hand", "deliver", "approve", "pronounce", "publish"}


def contact_clause(token: Token) -> Token | None:
    """"a decree Putin signed on Friday", "the order the ministry issued", "the decree, which Putin signed": a
    relative clause on the noun whose issuing verb has a subject and no object but the relative word; its verb (the
    parser also makes such a clause an 'acl' with a subject: "a ruling the Constitutional Court delivered in July")."""
    for verb in token.rights:
        if verb.dep_ not in ("relcl", "acl") or verb.lemma_.lower() not in CONTACT_VERBS:
            continue
        objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass", "auxpass")]
        if any(c.dep_ == "nsubj" and c.lower_ not in RELATIVE_WORDS for c in verb.children) and not not_yet(verb) \
                and all(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in objects):
            return verb  # also "the decree, which Putin signed on Monday": the relative word is its object
    return None


def signing_agent(token: Token, verbs: set[str]) -> Token | None:
    """"The order, signed by Deputy Minister X, ...", "a decree issued by the ministry": the object of
    'by' after an issuing participle right after the noun."""
    for c in token.rights:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in verbs:
            for agent in c.children:
                if agent.dep_ == "agent":
                    return next((o for o in agent.children if o.dep_ == "pobj"), None)
    return None


CONVICTING = {"sentence", "convict"}
GUILTY_VERBS = {"jail", "imprison"}  # a conviction told without "convict" or "sentence"


def sentenced_before(token: Token, sentences: Sentences) -> bool:
    """Someone was sentenced or convicted earlier in this sentence or in the one before it; for "the sentence",
    anywhere before it ("A court sentenced X ... X said she did not recognise the sentence")."""
    start = 0 if token.lower_ == "sentence" else sentences.around(token, 1)[0].start
    return any(t.pos_ == "VERB" and t.lemma_.lower() in CONVICTING or found_guilty(t) for t in token.doc[start:token.i])


def found_guilty(token: Token) -> bool:
    """'found the former teacher guilty', 'was found guilty', 'jailed him for six years': a conviction told
    without the verbs 'convict' or 'sentence'."""
    return token.lower_ == "guilty" and token.head.lemma_.lower() in ("find", "pronounce", "declare") or \
        token.pos_ == "VERB" and token.lemma_.lower() in GUILTY_VERBS


def left_standing(verb: Token) -> bool:
    """'left the sentence unchanged', 'left the ruling intact', 'left the decision in force'."""
    return verb.lemma_.lower() == "leave" and any(
        c.lower_ in ("unchanged", "intact", "standing") or
        (c.lower_ == "in" and any(o.lower_ == "force" for o in c.children)) for c in verb.children)


def misread(token: Token) -> bool:
    """"She read a sentence from her diary": 'read' issues only a definite ruling ("read the verdict")."""
    return token.head.lemma_.lower() == "read" and not definite_word(token)


def definite_word(token: Token) -> bool:
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in token.children)


NUMBERED = re.compile(r"\s+(?:No\.?|no\.|Number|number|№)\s*\d{1,5}(?:[-/][A-Za-zА-Яа-я0-9]{1,4})?\b")


def number_end(token: Token) -> int | None:
    """End offset of the number right after a ruling noun ("resolution No. 10-P", "decree No. 1102"), or None."""
    text = text_of(token.doc)
    m = NUMBERED.match(text, token.idx + len(token.text))
    return m.end() if m else None


# "the Strasbourg judgment in their case", "the ruling in the case of Ildar Dadin"
IN_CASE = re.compile(r"\s+in\s+(?:the|their|his|her|its)\s+case(?:\s+of\s+(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+\b"
                     r"(?!\s+(?:and\s+[Oo]thers\s+)?vs?\.?\s))?")  # not a case name ("X v. Russia"), a ruling itself


def case_end(token: Token) -> int | None:
    """End offset of 'in <their/the> case (of <Name>)' right after a ruling noun, or None."""
    text = text_of(token.doc)
    m = IN_CASE.match(text, token.idx + len(token.text))
    return m.end() if m and not text.startswith(" of ", m.end()) else None  # "in the case of X v. Russia": none


UNREAL = {"will", "would", "could", "may", "might", "should", "must", "shall", "ca", "can"}
ACTED_ON = {"appeal", "challenge", "uphold", "overturn", "annul", "cancel", "quash", "reject", "enforce"}


def not_yet(verb: Token) -> bool:
    """'the judge will announce the verdict next week': a modal issuing verb makes no ruling yet (acting on
    one, 'would appeal the verdict', presumes it)."""
    return verb.lemma_.lower() not in ACTED_ON and any(c.dep_ == "aux" and c.lower_ in UNREAL or c.dep_ == "neg"
                                                       for c in verb.children)  # "the order was never issued"


PUBLISHING = {"sign", "issue", "publish", "adopt", "hand", "deliver", "pass", "approve", "announce", "pronounce"}
# verbs that bring a ruling into being, verbs of waiting for one, and words that put the making off or ask for it
MAKING = PUBLISHING | {"give", "make", "take", "reach", "render", "read", "release"}
WAITING = {"postpone", "delay", "defer", "await", "expect", "adjourn"}
MAKING_KNOWN = {"publish", "release", "read"}  # making a ruling known: negated, it still exists
PUT_OFF = {"expect", "due", "schedule", "set", "likely", "go", "plan", "ask", "urge", "call", "demand", "want", "seek",
           "petition", "request", "hope", "intend", "promise", "refuse", "fail"}


def yet_to_come(token: Token) -> bool:
    """'The court will announce its verdict next week', 'did not issue its decision', 'is expected to deliver its
    ruling', 'asked the court to issue a ruling', 'postponed its decision', 'The verdict is due on Friday': a ruling
    an unreal verb of making, or a verb of waiting, acts on does not exist yet."""
    if token.dep_ not in ("dobj", "nsubjpass", "nsubj"):
        return False
    verb, lemma = token.head, token.head.lemma_.lower()
    if lemma in WAITING:
        return True
    if token.dep_ == "nsubj":
        return lemma == "be" and any(c.lower_ in ("due", "expected", "pending") for c in verb.children)
    if lemma not in MAKING:
        return False
    if not_yet(verb) and not (lemma in MAKING_KNOWN and not any(c.dep_ == "aux" and c.lower_ in UNREAL
                                                                for c in verb.children)):
        return True  # but "The FSB order was never published" exists all the same
    while verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head.i != verb.i:
        if verb.dep_ != "conj" and verb.head.lemma_.lower() in PUT_OFF:
            return True
        verb = verb.head
    return False


def issued_participle(token: Token) -> bool:
    """'the decree, published on the government's legal portal', 'the verdict handed down on Tuesday', 'the decision,
    which was taken under <law>': a definite ruling noun with an issuing participle or relative clause after it."""
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in PUBLISHING or issued_relative(c)
               for c in token.rights) and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                              for c in token.children)


def issued_relative(clause: Token) -> bool:
    """'the decision, which was taken under the law on ...', 'the ruling, which was handed down on Friday': a
    relative clause saying the ruling was issued (not negated nor put off: 'which will be announced')."""
    return clause.dep_ == "relcl" and clause.lemma_.lower() in PUBLISHING | {"take", "make"} and \
        any(c.dep_ == "nsubjpass" and c.lower_ in ("which", "that") for c in clause.children) and \
        not any(c.dep_ == "neg" or c.dep_ == "aux" and c.lower_ in UNREAL for c in clause.children)


# what a body decides to do, in "the decision to <verb>"; other verbs make a choice ("his decision to leave")
DECIDED_ACTS = {"ban", "block", "designate", "declare", "order", "prohibit", "outlaw", "liquidate", "add", "require",
                "oblige", "recognize", "recognise", "restrict", "suspend", "revoke", "impose", "fine", "sentence",
                "convict", "acquit", "uphold", "overturn", "grant", "reject", "dismiss", "allow", "open", "close",
                "release", "arrest", "detain", "extend", "refuse", "deny", "return", "remove", "include", "list",
                "label", "register", "deregister", "strip", "terminate", "dissolve", "confiscate", "seize", "deport",
                "expel", "extradite", "transfer", "place", "keep", "initiate", "prosecute", "charge", "investigate",
                "search", "classify", "annul", "lift", "send", "cancel", "withdraw", "halt", "stop", "deprive", "bar",
                "disqualify", "exclude", "nationalise", "nationalize", "reinstate", "commute", "free", "award",
                "appoint"}


def chosen_course(token: Token) -> bool:
    """"his decision to leave Russia": a choice; "the ministry's decision to designate X" stays a ruling."""
    return token.lemma_.lower() == "decision" and any(
        c.dep_ in ("acl", "xcomp") and c.lemma_.lower() not in DECIDED_ACTS and
        any(a.lower_ == "to" for a in c.children if a.dep_ == "aux") for c in token.children)
