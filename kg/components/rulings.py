"""Ruling mentions: a specific decision the text refers to with a noun.

These shapes make a singular ruling noun specific:
  * it is what an issuing verb acts on ("passed a new resolution", "signed a
    decree", "the verdict was upheld", "received a warning from Roskomnadzor");
  * it says what it does ("a decree banning ...", "an order blocking the site"), or is a designation or
    ban of a named target ("the designation of Memorial", "the ban on Telegram"), or what an appeal is
    against ("appealed against the ban");
  * it is tied to an issuer ("the ruling of the Supreme Court's plenary
    session", "the court's decision", "a Moscow court ruling", "her ruling"), also through an issuing
    participle ("the order, signed by Deputy Minister X") or as the frame of the issuer's clause ("In a
    landmark ruling, the Constitutional Court declared ...", also set after a court or state body subject: "The
    Supreme Court, in a ruling issued on Thursday, declared ...", "ordered ... in a ruling on Friday"), or in a
    relative clause with the issuer as subject ("a decree Putin signed", "the decree, which Putin signed"); "read"
    issues only a definite one;
  * it is the sentence someone is serving, told with its offence ("already serving a sentence for fakes");
  * it is a definite reference back to a ruling already named ("the
    resolution" after "a new resolution"; "the decision" and "the ruling" after
    "the verdict" are the same court decision, unless marked as another one:
    "the new ruling", "the appeal ruling");
  * it is the first definite court-decision noun ("the ruling", "the verdict",
    "today's verdict") of a passage that names a court, a state body or a judge
    ("Judge X") in the same or the two previous sentences.
  * it is "the verdict", "the ruling" or "the judgment" in an article that has named a court before it
    (these name only a court's decision);
  * it is dated by a year or a month and year ("the 2015 decree", "a July 2015 resolution"), or is
    "the sentence"/"the verdict" right after someone was sentenced or convicted (this or the previous
    sentence), or was left standing ("left the sentence unchanged");
  * it sums up the clause before it, after a comma ("the court outlawed the group, a ruling that ...",
    "placed him in custody, a decision his lawyers will appeal", "a court in Krasnodar placed him in custody,
    a decision ..."): the clause's subject issued it;
  * it carries a number ("resolution No. 10-P", "order No. 1"), kept as a fuller name, or is a definite noun
    with an issuing participle ("the decree, published on the legal portal").
Generic uses match none of them: plurals ("court rulings are rare", "the
rulings were read"), negated or quantified nouns ("no court ruling has been
issued", "any decision", "such a ruling"), predicates ("it was the second such
ruling"), "in order to", "without a court decision", a choice ("his decision to leave"), a ruling yet
to come ("will announce the verdict"). A ban is a ruling only when issued
or when it refers back to one.
More shapes (a described issuer, "of <date>", "against <X>", "made a ruling", an issued ruling that acts, a ruling
misread as a modifier of "finding") and more generic uses (asked or hoped for, only possible, a company's decision)
are read in kg.components.ruling_more.
A possessor that is not a name ("the court's", "Thursday's") is part of the
mention ("court's written decision"). What the ruling is on makes a fuller name of it ("the ruling on
the liquidation", "a decree on the register"), kept as another form of the mention's entity.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.components.candidates import Candidate, text_of
from kg.components.ruling_after import sanctioned_before, sanctioned_next
from kg.components.ruling_shapes import (CONVICTING, GUILTY_VERBS, Sentences, case_end, chosen_course, dated_start,
                                         found_guilty, contact_clause, framing_verb, inset_frame, issued_participle,
                                         left_standing, misread, not_yet, nouns_with_lemma, number_end,
                                         sentenced_before, signing_agent, subject_end, year_dated, yet_to_come)
from kg.components.ruling_more import (date_of_end, frames_verb_of, hypothetical, more_specific, named_in,
                                        private_decision)
from kg.doc_tables import words
from kg.ruling_asked import asked_for

RULING_NOUNS = {"resolution", "decree", "verdict", "ruling", "judgment", "judgement", "decision", "sentence",
                "order", "warning", "injunction", "edict", "directive", "designation", "ban", "acquittal"}
ISSUE_VERBS = {"pass", "sign", "issue", "adopt", "hand", "deliver", "announce", "approve", "publish", "uphold",
               "overturn", "annul", "cancel", "quash", "appeal", "challenge", "reject", "confirm", "enforce",
               "pronounce", "endorse", "revoke", "reverse", "amend", "rescind", "overrule", "dismiss", "read",
               "impose", "take", "receive", "send", "make", "win", "obtain", "secure"}
ISSUER_TYPES = {"Court", "GovernmentBody", "Person"}
ISSUER_ADJECTIVES = {"presidential", "governmental", "ministerial", "judicial"}
# what a ruling noun does, in a participle right after it: "a decree banning ...", "an order blocking ..."
DESCRIBING_VERBS = {"ban", "block", "designate", "declare", "order", "prohibit", "outlaw", "liquidate", "add",
                    "require", "oblige", "recognize", "recognise", "restrict", "suspend", "revoke", "impose", "fine",
                    "sentence", "convict", "acquit", "uphold", "overturn", "grant", "reject", "dismiss", "allow"}
# a designation or ban is of its target: "the designation of Memorial", "the ban on Telegram"
TARGET_OF = {"designation", "ban"}
PLURAL_BACK = {"designation", "ban"}  # plural nouns that refer back to one act with several targets
ISSUER_WORDS = {"court", "presidential", "government", "ministry", "kremlin", "judge", "prosecutor", "strasbourg",
                "plenum", "tribunal"}
# court decisions: one real decision is called by all of these in one report
COURT_DECISIONS = {"ruling", "decision", "judgment", "verdict", "sentence", "acquittal"}
# the names one decision goes by: a verdict is also "the sentence", "the ruling", "the judgment"; a decision
# is also "the ruling", "the judgment", "the ban" -- but "the sentence" after "the decision" is another one
FAMILIES = ({"verdict", "sentence", "ruling", "judgment"}, {"decision", "ruling", "judgment", "ban", "order"},
            {"resolution", "decision", "ruling"})  # a court's order is its decision; a plenum's resolution too
TRIAL = {"verdict", "sentence"}  # a trial's decision (see other_trial)
IN_CONTEXT = COURT_DECISIONS | {"warning", "resolution"}
# nouns that in this field name only a court's decision: "the verdict", "the ruling", "the judgment"
COURT_ONLY = {"verdict", "ruling", "judgment"}
GENERIC_DETERMINERS = {"no", "any", "every", "each", "such", "neither", "either", "all", "some",
                       "possible", "potential", "proposed", "planned", "hypothetical", "future"}
OTHER_RULING = {"new", "second", "third", "separate", "another", "other", "latest", "previous", "earlier", "first",
                "appeal", "appellate", "different", "next", "further", "additional"}
PRONOUNS = {"his", "her", "its", "their"}
# the kind a ruling noun records: an acquittal is a verdict
KIND_OF = {"judgement": "judgment", "acquittal": "verdict"}
# "its judgment in (the case of) <A> v. Russia": the noun a case name follows
NOUN_BEFORE_CASE = re.compile(r"\b(judgment|judgement|ruling|decision)\s+in\s+(?:the\s+)?(?:case\s+of\s+)?$", re.I)
# "the acquittal of X": its 'of' phrase names who was acquitted, not who decided
DEFENDANT_OF = {"acquittal"}
SPEECH_VERBS = {"say", "tell", "write", "add", "note", "claim", "argue", "report", "announce", "state", "think"}
DAY_WORDS = {"today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def named_kind(text: str, start: int) -> str:
    """The kind of a named ruling ("X v. Russia") a definite noun may refer back to: that of the noun it follows
    ("its judgment in Lukin v. Russia" is a judgment), else a ruling."""
    before = NOUN_BEFORE_CASE.search(text[max(0, start - 40):start])
    return KIND_OF.get(before.group(1).lower(), before.group(1).lower()) if before else "ruling"


def find_rulings(doc: Doc, mentions: list[Candidate]) -> list[Candidate]:
    found: list[Candidate] = []
    # what a definite noun can refer back to: rulings found here, and named rulings ("X v. Russia")
    text = text_of(doc)
    earlier: list[tuple[int, str]] = [(m.start, named_kind(text, m.start)) for m in mentions if m.type == "Ruling"]
    sentences = Sentences(doc)
    convicted = [t.i for t in words(doc).pick(lemmas=CONVICTING | GUILTY_VERBS, forms=("guilty",))
                 if t.pos_ == "VERB" and t.lemma_.lower() in CONVICTING or found_guilty(t)]
    for token in nouns_with_lemma(doc, RULING_NOUNS):
        if plural_back(token, mentions, sentences):  # "listed A and B as foreign agents ... the designations"
            found.append(Candidate(token.idx, token.idx + len(token),
                                   "Ruling", "ruling", "entity.ruling_after_sanction.v1", 0.7, None,
                                   {"kind": token.lemma_.lower(), "anaphor": False, "nested": True,
                                    "issuer": issuer(token, mentions)}))
            continue
        if not singular_specific(token) or chosen_course(token) or yet_to_come(token) or asked_for(token) or \
                private_decision(token) or hypothetical(token):
            continue
        lemma = "ruling" if token.lower_ == "ruling" else token.lemma_.lower()  # also a "ruling" tagged as a verb
        kind = KIND_OF.get(lemma, lemma)
        how = specific(token, mentions) or more_specific(token, mentions)  # (kg.components.ruling_more)
        back = definite(token, mentions) and not own_issuer(token, mentions) and not of_a_chamber(token)
        antecedent = earlier_same(token, kind, [k for s, k in earlier if s < token.idx and not other_trial(
            token, kind, k, s, convicted) and not frames_verb_of(doc, s, token)]) if back else None
        if antecedent is not None:
            how, kind = None, antecedent
        elif how is None and kind in IN_CONTEXT and definite(token, mentions) and not purpose(token) \
                and actor_nearby(token, mentions, sentences):
            how = "in_context"
        elif how is None and kind in COURT_ONLY and definite(token, mentions) and not purpose(token) and \
                any(m.type == "Court" and m.end <= token.idx for m in mentions):
            how = "verdict_of_court"  # a verdict is a court's: "the verdict" after a court was named
        elif how is None and (kind in COURT_DECISIONS and dated(token) or year_dated(token) and not purpose(token)):
            how = "dated"  # "Friday's ruling", "the 2015 decree"
        elif how is None and kind in ("sentence", "verdict") and definite(token, mentions) and \
                sentenced_before(token, sentences):
            how = "after_sentencing"  # "She was sentenced to six years; her lawyers called the sentence absurd"
        elif how is None and definite(token, mentions) and not purpose(token) and \
                sanctioned_before(token, kind, sentences, mentions):
            how = "after_sanction"  # "Roskomnadzor banned Telegram in 2018. The ban was lifted" (ruling_after)
        elif how is None and definite(token, mentions) and not purpose(token) and \
                sanctioned_next(token, kind, sentences):
            how = "before_sanction"  # "The verdict came after a trial. <Court> sentenced X ..." (ruling_after)
        elif how is None and clause_summed(token) is not None and (issuer(token, mentions) is not None or
                                                                    described_subject(clause_summed(token))):
            how = "summing_clause"  # only with a named issuer: else the noun could be tied to another's action
        elif how is None and (number_end(token) is not None or issued_participle(token)):
            how = "numbered" if number_end(token) is not None else "issued"  # "resolution No. 10-P"
        elif how is None:
            continue
        start = span_start(token, mentions)
        info = {"kind": kind, "anaphor": how is None, "nested": True, "issuer": issuer(token, mentions)}
        end = subject_end(token) or number_end(token) or case_end(token) or date_of_end(token)
        if end is not None:  # "the ruling on the liquidation" is a name of the ruling the noun refers to
            info["alias"] = (doc[start].idx, end)
        elif (first := dated_start(token)) is not None and first < start:  # "a July 2015 resolution"
            info["alias"] = (doc[first].idx, token.idx + len(token))
        found.append(Candidate(doc[start].idx, token.idx + len(token), "Ruling", "ruling",
                               f"entity.ruling_{how or 'anaphor'}.v1", 0.8 if how else 0.7, None, info))
        earlier.append((token.idx, kind))
    return found


def other_trial(token: Token, kind: str, earlier: str, start: int, convicted: list[int]) -> bool:
    """'X was sentenced ... In a ruling published on Friday, the judges held ... the Supreme Court quashed the
    verdict', 'In its judgment the ECHR held ... X was convicted in 2011 ... upheld the verdict': 'the verdict' is the
    conviction's, told in another sentence than the earlier ruling of another kind ('issued its ruling and sentenced
    X ... will appeal the verdict' is that ruling)."""
    if kind not in TRIAL or earlier in TRIAL:
        return False
    told = token.doc.char_span(start, start + 1, alignment_mode="expand")
    own = told.sent if told is not None else None
    return any(i < token.i and (own is None or not own.start <= i < own.end) for i in convicted)


def own_issuer(token: Token, mentions: list[Candidate]) -> bool:
    """The noun names its own issuer: "the Supreme Court's decision", "the ruling of the court", "her ruling"."""
    for child in token.children:
        if child.dep_ == "poss" and (child.lower_ in PRONOUNS or actor_mention(child, mentions)):
            return True
        if child.dep_ == "prep" and child.lower_ in issuer_preps(token) and \
                any(actor_mention(o, mentions) for o in child.children if o.dep_ == "pobj"):
            return True
    return False


def issuer_preps(token: Token) -> tuple[str, ...]:
    return ("by", "from") if token.lemma_.lower() in DEFENDANT_OF else ("of", "by", "from")


def clause_summed(token: Token) -> Token | None:
    """The verb of the clause an indefinite court-decision noun sums up after a comma ("<court> outlawed
    the group, a ruling that ..."; "placed him in custody, a decision ..."; a second object after a comma is one
    too), or None."""
    first = min(t.i for t in token.lefts) if token.n_lefts else token.i
    second_object = token.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < token.i for c in token.head.children)
    if token.dep_ not in ("appos", "npadvmod") and not second_object or first == 0 or \
            token.doc[first - 1].text != "," or \
            token.lemma_.lower() not in COURT_DECISIONS or \
            not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return None
    head = token.head
    for _ in range(3):
        if head.pos_ == "VERB":
            break
        head = head.head
    if head.pos_ != "VERB" or head.lemma_.lower() in SPEECH_VERBS or head.dep_ not in ("ROOT", "conj") or \
            not any(c.dep_ == "nsubj" for c in head.children):
        return None
    return head


def described_subject(verb: Token) -> bool:
    """'the (same) court outlawed ...': a definite description of a court or body as the clause's subject."""
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in ("court", "ministry", "regulator", "agency", "watchdog")
               and any(d.dep_ == "det" and d.lower_ in ("the", "this", "that") or d.dep_ == "prep" and
                       d.lower_ in ("in", "of") for d in c.children)  # "a court in Krasnodar placed him in custody"
               for c in verb.children)


def dated(token: Token) -> bool:
    """"today's verdict", "Friday's ruling": a day named as its possessor pins the noun to one decision."""
    return any(c.dep_ == "poss" and c.lower_ in DAY_WORDS for c in token.children)


def purpose(token: Token) -> bool:
    """"the decision to leave": a choice, not a ruling."""
    return any(c.dep_ in ("acl", "xcomp") and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
               for c in token.children)


def plural_back(token: Token, mentions: list[Candidate], sentences: Sentences) -> bool:
    """'The ministry listed A and B as foreign agents. It gave no reasons for the designations': a definite plural
    designation or ban told right after the act it records, as one ruling (one act named several targets)."""
    return token.tag_ == "NNS" and token.lemma_.lower() in PLURAL_BACK and \
        any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in token.children) and \
        not any(c.dep_ in ("amod", "compound", "nummod") for c in token.children) and \
        sanctioned_before(token, token.lemma_.lower(), sentences, mentions)


def of_a_chamber(token: Token) -> bool:
    """'the chamber judgment', 'the Grand Chamber judgment': the European Court's own, never a back-reference to a
    Russian court's verdict or sentence told before."""
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lower_ == "chamber" for c in token.children)


def singular_specific(token: Token) -> bool:
    """Not a plural, not negated or quantified ("no court ruling", "any decision"), not a predicate
    ("it was the second such ruling")."""
    determiners = [t for c in token.lefts for t in c.subtree if t.dep_ in ("det", "amod", "predet")]
    return token.tag_ not in ("NNS", "NNPS") and token.dep_ != "attr" and \
        not any(t.lower_ in GENERIC_DETERMINERS for t in determiners) and \
        not (token.dep_ == "pobj" and token.head.lower_ == "without")


def specific(token: Token, mentions: list[Candidate]) -> str | None:
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass", "pobj") and head.lemma_.lower() in ISSUE_VERBS and not misread(token) \
            and not not_yet(head):
        if (token.lemma_.lower() != "decision" or head.lemma_.lower() not in ("take", "receive")) and \
                head.lemma_.lower() != "make" or token.dep_ == "nsubjpass":
            return "issued"  # "The designation was made under <law>", not "made a decision to leave"
    if (agent := signing_agent(token, ISSUE_VERBS)) is not None and actor_in(agent, mentions):
        return "signed_by"  # "the order, signed by Deputy Minister X", "a decree issued by the ministry"
    if (verb := framing_verb(token)) is not None and any(c.dep_ == "nsubj" and actor_in(c, mentions)
                                                         for c in verb.children):
        return "framing"  # "In a landmark ruling, the Constitutional Court declared ..."
    if (verb := contact_clause(token)) is not None and any(c.dep_ == "nsubj" and actor_mention(c, mentions)
                                                           for c in verb.children):
        return "issued"  # "a decree Putin signed on Friday", "the order the ministry issued"
    if (verb := inset_frame(token)) is not None and any(c.dep_ == "nsubj" and state_actor(c, mentions)
                                                        for c in verb.children):
        return "framing"  # "The Supreme Court, in a ruling issued on Thursday, declared ..."
    if token.dep_ == "dobj" and any(c.dep_ == "prep" and c.lower_ in ("from", "by") and
                                    any(actor_in(o, mentions) for o in c.children if o.dep_ == "pobj")
                                    for c in head.children):
        return "of_issuer"  # "received a warning from Roskomnadzor"
    if token.dep_ == "dobj" and head.lemma_.lower() == "serve" and token.lemma_.lower() == "sentence" and \
            not not_yet(head) and any(c.dep_ == "prep" and c.lower_ in ("for", "under") for h in (token, head)
                                      for c in h.children):
        return "served"  # "<Person>, who is serving a sentence for fakes": a sentence served, told by its offence
    if token.dep_ == "dobj" and head.lemma_.lower() == "give" and token.lemma_.lower() == "sentence" and not not_yet(
            head) and given_to_someone(head):
        return "issued"  # "gave a four-year sentence to <X>", "gave <X> a suspended sentence"
    if token.dep_ == "dobj" and left_standing(head):
        return "issued"  # "the appeals court left the sentence unchanged"
    if token.dep_ == "pobj" and head.lower_ in ("against", "over") and head.head.lemma_.lower() in ISSUE_VERBS:
        return "issued"  # "appealed against the designation", "challenged them over the ban"
    if any(c.dep_ == "acl" and c.tag_ == "VBG" and c.lemma_.lower() in DESCRIBING_VERBS for c in token.rights):
        return "described"  # "a decree banning the export of grain", "an order blocking the site"
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "on") and token.lemma_.lower() in TARGET_OF and any(
                target_mention(obj, mentions) for obj in child.children if obj.dep_ == "pobj"):
            return "of_target"  # "the designation of Memorial as a foreign agent", "the ban on Telegram"
        if child.dep_ == "prep" and child.lower_ == "of" and token.lemma_.lower() in DEFENDANT_OF:
            if any(actor_mention(obj, mentions) for obj in child.children if obj.dep_ == "pobj"):
                return "of_defendant"
        elif child.dep_ == "prep" and child.lower_ in ("of", "by", "from"):
            if any(actor_in(obj, mentions) and (child.lower_ != "of" or own_actor(obj, mentions))
                   for obj in child.children if obj.dep_ == "pobj"):
                return "of_issuer"
        if child.dep_ in ("poss", "compound") and (actor_in(child, mentions) or
                                                   (child.lemma_.lower() in ISSUER_WORDS and token.tag_ != "NNS")):
            return "of_issuer"
        if child.dep_ == "amod" and child.lower_ in ISSUER_ADJECTIVES:
            return "of_issuer"  # "a presidential decree", "a governmental order"
        if child.dep_ == "poss" and child.lower_ in PRONOUNS:
            return "of_issuer"
    return None


def definite(token: Token, mentions: list[Candidate]) -> bool:
    """'the/this/that ruling', or a possessor that is not a name ("the court's", "Thursday's")."""
    before = token.doc[token.i - 1] if token.i else token
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children) or \
        (before.lower_ in ("this", "that") and before.dep_ == "mark") or \
        (before.lower_ in ("the", "this", "that") and token.dep_ == "amod" and token.pos_ != "NOUN") or \
        any(c.dep_ == "poss" and c.lower_ not in PRONOUNS and not actor_mention(c, mentions) for c in token.children)


def earlier_same(token: Token, kind: str, kinds: list[str]) -> str | None:
    """The kind of the ruling this definite noun refers back to, if any (see the module docstring)."""
    others = {c.lower_ for c in token.children if c.dep_ in ("amod", "compound") and (
        c.lower_ in OTHER_RULING or c.tag_ == "JJS")}  # "the harshest sentence" is one of many, not the one told
    if others and not (others == {"new"} and kinds and kinds[-1] == kind):
        return None  # but "the new resolution" right after "adopted a resolution" is that one
    same = [k for k in kinds if k == kind] or [k for k in kinds if any(kind in f and k in f for f in FAMILIES)]
    return same[-1] if same else None


def actor_nearby(token: Token, mentions: list[Candidate], sentences: Sentences) -> bool:
    """A court or state body named in this sentence or one of the two before it."""
    first, own = sentences.around(token, 2)
    start, end = first.start_char, own.end_char
    text = text_of(token.doc)
    return any((m.type in ("Court", "GovernmentBody") or (m.type == "Person" and text[max(0, m.start - 6):m.start]
                                                          .lower() == "judge ")) and start <= m.start and m.end <= end
               for m in mentions)  # a court, a state body, or a judge ("Judge X granted the claim")


def given_to_someone(verb: Token) -> bool:
    """'gave <X> a sentence', 'gave a sentence to <X>': the verb has a recipient (a dative, or a 'to' phrase)."""
    return any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


TERM_UNITS = {"year", "month", "week", "day"}


def span_start(token: Token, mentions: list[Candidate]) -> int:
    """First token of the mention: modifiers, and a possessor that is not a name ("court's", "today's")."""
    start = min([token.i, *(c.i for c in token.lefts if c.i < token.i and (c.dep_ in ("amod", "compound") or (
        c.dep_ == "nmod" and c.lower_ in TERM_UNITS)))])  # ("a four-year suspended sentence": 'year' as a modifier)
    while start >= 2 and token.doc[start - 1].text == "-" and token.doc[start - 2].head.i == token.doc[start].i:
        start -= 2  # "a four-year sentence", "the six-and-a-half-year term": the whole hyphenated modifier
    for c in token.lefts:
        if c.dep_ == "poss" and c.lower_ not in PRONOUNS and not actor_mention(c, mentions):
            first = min(t.i for t in c.subtree if t.dep_ != "det")
            start = min(start, first)
    begin = token.doc[start].idx  # never half a name: "a Justice Ministry order", not "Ministry order"
    cut = [m.start for m in mentions if m.start < begin < m.end]
    return token.doc.char_span(min(cut), min(cut) + 1, alignment_mode="expand").start if cut else start


def issuer(token: Token, mentions: list[Candidate]) -> tuple[int, int] | None:
    """The span of the actor that issued the ruling: the issuing verb's subject, or 'of/by <actor>', or a possessive."""
    places = [c for c in token.children if c.dep_ == "poss"]
    places += [o for c in token.children if c.dep_ == "prep" and c.lower_ in issuer_preps(token)
               for o in c.children if o.dep_ == "pobj"]
    verb = token.head if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in ISSUE_VERBS \
        else clause_summed(token) or framing_verb(token) or inset_frame(token) or contact_clause(token)
    if (agent := signing_agent(token, ISSUE_VERBS)) is not None:
        places.append(agent)
    if verb is not None:
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


def target_mention(token: Token, mentions: list[Candidate]) -> bool:
    """A named organization or person in the token's phrase: what a designation or ban is of."""
    sub = list(token.subtree)
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    return any(m.type in ("Organization", "Person") and start <= m.start and m.end <= end for m in mentions)


def actor_mention(token: Token, mentions: list[Candidate]) -> bool:
    """An actor named in the token's phrase, or one whose name holds the token ("European Court of Human Rights'")."""
    sub = list(token.subtree)
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    return any(m.type in ISSUER_TYPES and (start <= m.start and m.end <= end or m.start <= token.idx < m.end)
               for m in mentions)


def actor_in(token: Token, mentions: list[Candidate]) -> bool:
    """An actor named in the phrase, or a court told by a noun ("the court", "the judges" of a framing clause)."""
    return actor_mention(token, mentions) or token.lemma_.lower() in ("court", "session", "judge", "justice") and \
        (token.lemma_.lower() != "justice" or token.tag_ == "NNS")


def own_actor(token: Token, mentions: list[Candidate]) -> bool:
    """An actor the 'of' phrase itself names, not one in a phrase hung on it: "the order of speakers at the Duma
    session" is no ruling of the Duma."""
    return named_in(token, mentions, ISSUER_TYPES) or token.lemma_.lower() in ("court", "session", "judge", "justice") \
        or any(m.type in ISSUER_TYPES and m.start <= token.idx < m.end for m in mentions)


def state_actor(token: Token, mentions: list[Candidate]) -> bool:
    """A court or state body the token names ("The Supreme Court"), or a court told by a noun ("the court")."""
    return any(m.type in ("Court", "GovernmentBody") and m.start <= token.idx < m.end for m in mentions) or \
        token.lemma_.lower() == "court"
