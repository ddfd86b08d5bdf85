"""More laws named by what was done to them or by what they are about (bills.py reads the others).

* a law noun with an issuing participle right after it: "the law, passed in 2017, ...", "a bill introduced
  by senator X", "the legislation, adopted by the Duma in December", "the measure, signed into law by Putin"
  (a "measure" only when it was signed or passed into law) (entity.law_participle.v1);
* a law noun whose relative clause tells who issued it: "amendments that Putin signed on December 2",
  "the law, which the Duma passed in July", "the bill, which was submitted by the government"
  (entity.law_issued_relative.v1);
* "the law that made ... a crime", "a new law that took effect on Monday", "the amendments that created the
  offence": a law noun picked out by a
  restrictive relative clause about what it did; a definite one only in an article that names no other law
  (codes aside) it could be another name of (entity.law_that.v1); the noun with its clause is a second form;
* amendments to a named law, code or provision: "the accompanying amendments to the Code of Administrative Offenses",
  "the amendments to Article 148 of the Criminal Code",
  "passed amendments to the law on information" (entity.law_amendments_to.v1); the mention is the noun alone
  (with a date: "the April 2023 amendments"), so that it makes a node of this article, apart from the law;
* a law called by its subject in a compound: "Russia's treason law", "the 2019 protest law", "the media
  law" -- determined by "the", a possessor or a year, never a field of law ("case law", "tax law", "the
  rule of law") (entity.law_topic.v1); also "the gender transition law", "the anti-LGBT law" (kg.components.law_topics);
* "the law against Apple", 'a law against "fakes"' (entity.law_against.v1, kg.components.law_topics);
* "the federal ban on ..." is a law (entity.law_federal_ban.v1);
* "the 2012 law", "Russia's 2019 legislation", "the 2012 amendments", "the April 2023 amendments", "A 2016 law
  added ..." (a subject only: not "under a 2012 law"): a law determined by its year (entity.law_year.v1), and a
  year right before a named law belongs to its name ("the 2015 law on undesirable organisations");
* "the constitutional amendments", "the 2020 constitutional amendments" (entity.law_constitutional.v1);
* "the Criminal Code amendments": amendments named after a code (entity.law_code_amendments.v1), which they amend;
* "the package of anti-terror laws signed by Putin": a package (or set) of laws with an issuing participle on the
  laws runs to them (entity.law_participle.v1).

A definite bare noun ("the law, passed in 2017") is one only where the text has named no other law (codes
aside) before it, which it would refer back to; an apposition to a named law is another name of that law.
None of them fires on a law that is only asked for, planned or negated ("will introduce a bill that ...",
"no law signed by ..."), nor inside a mention already found.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kg.components.bills import UNASSERTED, is_definite, package_clause
from kg.components.candidates import Candidate, text_of
from kg.components.law_deeds import deed_of, modified_form
from kg.components.law_topics import against_end, anti_start, clause_end, code_compound_start, constitutional_start
from kg.components.ruling_shapes import dated_start
from kg.components.scans import lower_indexes

NOUNS = {"law", "bill", "legislation", "act", "package", "amendment", "amendments", "measure"}
READ = frozenset(NOUNS | {"ban"})  # the words find_issued_laws reads
ISSUING = {"pass", "adopt", "approve", "sign", "draft", "introduce", "submit", "table", "propose", "enact",
           "endorse", "back", "publish", "author", "write"}
GENERIC = {"no", "any", "every", "each", "such", "all", "some", "possible", "potential", "proposed", "planned",
           "future", "hypothetical", "similar", "other", "these", "those"}
MODALS = {"will", "would", "could", "should", "may", "might", "must", "shall", "ca", "can"}
ACTOR_WORDS = {"president", "duma", "parliament", "deputies", "deputy", "lawmakers", "lawmaker", "senators",
               "senator", "government", "kremlin", "council", "ministry", "legislators", "legislature", "mps"}
# compounds before "law" that name a field of law or something else, not one law
NOT_TOPICS = {"case", "tax", "rule", "common", "martial", "criminal", "civil", "family", "labour", "labor",
              "property", "contract", "business", "school", "inheritance", "election", "constitutional",
              "human", "rights", "humanitarian", "state", "court", "enforcement", "firm", "student", "degree",
              "commerce", "trade", "immigration", "environmental", "competition", "sharia"}
APPOSED = re.compile(r"[\"”»’']?\s*,\s*(?:an?|the|its)\s+(?:[\w-]+\s+)?")  # between a law and its apposition
ACTOR_TYPES = {"Person", "GovernmentBody", "Court", "Organization"}


def find_issued_laws(doc: Doc, mentions: list[Candidate], codes: set[str] = frozenset()) -> list[Candidate]:
    """Laws of the shapes in the module docstring, not inside the given mentions."""
    found: list[Candidate] = []
    lowered = text_of(doc).lower()  # a cheap look before walking the tokens
    if not any(w in lowered for w in ("law", "bill", "legislation", "act", "amendment", "package", "measure", "ban")):
        return found
    for token in map(doc.__getitem__, lower_indexes(doc, READ)):
        lower = token.lower_
        if lower not in NOUNS and lower != "ban" or token.pos_ not in ("NOUN", "PROPN") or \
                inside_mention(token, mentions) or not plain(token):
            continue
        if lower in NOUNS:
            shape = law_shape(token, mentions, codes)
            if shape is not None:
                rule, start, end, alias = shape
                found.append(law(doc, start, end, rule, alias))
                if rule == "entity.law_amendments_to.v1":  # the whole phrase is a form too: "2012 amendments to <law>"
                    found[-1].info["forms"] = ((doc[start].idx, amended_phrase_end(token, mentions)),)
                if (modified := modified_form(token, start)) is not None:  # "a second law that ...": "second law"
                    found[-1].info["forms"] = (*found[-1].info.get("forms", ()), modified)
        elif lower == "ban" and any(c.dep_ == "amod" and c.lower_ == "federal" for c in token.children) and \
                not any(c.dep_ == "det" and c.lower_ in GENERIC for c in token.children):
            found.append(law(doc, token.i - 1 if doc[token.i - 1].lower_ == "federal" else token.i, token.i + 1,
                             "entity.law_federal_ban.v1", None))
    return found


def law_shape(token: Token, mentions: list[Candidate], codes: set[str]) -> tuple[str, int, int, tuple | None] | None:
    doc = token.doc
    lower = token.lower_
    start = min([token.i, *(c.i for c in token.lefts if c.dep_ in ("compound", "nummod") and c.i < token.i)])
    start = min(start, dated_start(token) or start)  # "the April 2023 amendments"
    start = min([start, *(t.i for c in token.lefts if c.dep_ == "compound"  # "gender transition law"
                          for t in c.lefts if t.dep_ == "compound" and t.i == c.i - 1 and (
                              t.is_lower and c.is_lower or t.tag_ == c.tag_ == "NNP"))])  # "the St Petersburg law"
    if lower == "law" and (anti := anti_start(token)) is not None:
        start = min(start, anti)
    start = min([start, *(c.i for c in token.lefts if c.dep_ == "amod" and c.lower_ == "constitutional" and
                          lower in ("amendment", "amendments"))])
    if another_name(token, mentions):
        return None
    if lower in ("amendment", "amendments") and amended_law_end(token, mentions) is not None:
        return "entity.law_amendments_to.v1", start, token.i + 1, None  # its own node, not the amended law's
    if lower in ("amendment", "amendments") and (first := code_compound_start(token, mentions, codes)) is not None:
        return "entity.law_code_amendments.v1", min(first, start), token.i + 1, None  # "the Criminal Code amendments"
    if start == token.i and is_definite(token) and earlier_law(token, mentions, codes):
        return None  # "That law, adopted by the Duma": the law named before
    if lower != "measure" and token.tag_ in ("NNS", "NNPS") and lower != "amendments":
        return None
    if (issuing := participle(token)) is not None:  # "the package of anti-terror laws signed by ...": to "laws"
        return "entity.law_participle.v1", start, max(token.i, issuing.head.i) + 1, participle_forms(token, start,
                                                                                                      issuing)
    if lower == "measure":
        return None
    if issuing_relative(token, mentions) is not None:
        return "entity.law_issued_relative.v1", start, token.i + 1, None
    if lower in ("law", "legislation", "bill", "amendments") and (clause := that_clause(token)) is not None and (
            indefinite(token) or (is_definite(token) and not other_law(token, mentions, codes))):
        end = clause_end(clause)  # "a law that made ... a crime": the clause is another form of its name
        alias = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1])) if end > token.i + 1 else None
        return "entity.law_that.v1", start, token.i + 1, alias
    if lower == "law" and (first := topic_start(token)) is not None:
        return "entity.law_topic.v1", first, token.i + 1, None
    if lower == "law" and (end := against_end(token, mentions)) is not None:
        return "entity.law_against.v1", start, end, None
    if deed_of(token, mentions):  # "The legislation, which took effect in 2012, rewrote Article 275"
        return "entity.law_deed.v1", start, token.i + 1, None
    if lower in ("law", "legislation", "amendments") and (first := year_start(token)) is not None:
        if named_after(doc, min(first, start), mentions):
            return None  # "the 2006 law known as the law on information": that law, not another
        return "entity.law_year.v1", min(first, start), token.i + 1, None
    if lower in ("amendments", "amendment") and (first := constitutional_start(token)) is not None:
        return "entity.law_constitutional.v1", min(first, start), token.i + 1, None
    return None


def year_start(token: Token) -> int | None:
    """'the 2012 law', "Russia's 2019 legislation", "the 2012 amendments", "the April 2023 amendments": a law
    determined by the year it was passed; the index of the date's first word."""
    years = [c.i for c in token.lefts if c.dep_ in ("nummod", "compound", "amod") and c.like_num and
             len(c.text) == 4 and c.text.isdigit() and 1900 < int(c.text) < 2100]
    if (dated := dated_start(token)) is not None:  # "the April 2023 amendments", "the July 2012 law"
        years.append(dated)
    if not years or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.dep_ == "poss" or
                            c.dep_ == "det" and c.lower_ == "a" and token.lower_ != "amendments" and
                            token.dep_ in ("nsubj", "nsubjpass")  # "A 2016 law added ...", not "under a 2012 law"
                            for c in token.lefts):
        return None
    return min(years)


DATED_LAW = re.compile(r"(?:^|\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|Russia['’]s)\s+)((?:19|20)\d\d)\s+$")


def dated_laws(text: str, chosen: list[Candidate]) -> None:
    """'the 2015 law on undesirable organisations': the year before a named law is part of how the text names it."""
    for c in chosen:
        if c.type == "Law" and not c.info.get("nested") and (m := DATED_LAW.search(text[max(0, c.start - 20):c.start])):
            c.info.setdefault("alias", (c.start, c.end))  # the name without its year is a form of it too
            c.start = max(0, c.start - 20) + m.start(1)


def another_name(token: Token, mentions: list[Candidate]) -> bool:
    """'the law against Apple, an amendment to the Law on ...', 'the Yarovaya law is a set of amendments to ...':
    an apposition to a named law or a predicate says what another law is (through 'a set/package of')."""
    phrase = token
    while phrase.dep_ == "pobj" and phrase.head.lower_ == "of" and phrase.head.head.pos_ == "NOUN":
        phrase = phrase.head.head
    if phrase.dep_ == "attr" or phrase.dep_ == "appos" and any(
            m.type == "Law" and m.start <= phrase.head.idx < m.end for m in mentions):
        return True
    text = text_of(token.doc)  # the parser may miss the apposition: '"law against Apple", an amendment to ...'
    return any(m.type == "Law" and APPOSED.fullmatch(text, m.end, phrase.idx) for m in mentions if m.end <= phrase.idx)


def plain(token: Token) -> bool:
    """Not quantified away and not only asked for or planned in the clause it is in."""
    if any(c.dep_ in ("det", "amod") and c.lower_ in GENERIC for c in token.children):
        return False
    head = token.head
    if token.dep_ in ("dobj", "nsubjpass") and any(c.dep_ in ("aux", "auxpass", "neg") and
                                                  (c.lower_ in MODALS or c.dep_ == "neg") for c in head.children):
        return False  # "will introduce a bill", "no law was passed", "a bill would be submitted"
    return not any(a.lemma_.lower() in UNASSERTED for a in token.ancestors)


def participle(token: Token) -> Token | None:
    """'the law, passed in 2017', 'a bill introduced by X', 'the measure, signed into law by Putin'."""
    for c in token.rights:
        if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in ISSUING:
            if token.lower_ == "measure" and not into_law(c):
                continue
            return c
    c = package_clause(token, ("VBN",))  # "the package of anti-terror laws signed by Putin"
    return c if c is not None and c.lemma_.lower() in ISSUING else None


def participle_forms(token: Token, start: int, verb: Token) -> list[tuple[int, int]] | None:
    """How the text names a law it identifies by its passing: 'a federal law signed by Putin in June 2013' is the
    'federal law signed by Putin in June 2013', the 'law signed by Putin in June 2013' and the 'federal law'.
    The first is its label. None when the participle does not follow the noun, or follows it after a comma."""
    if verb.head.i != token.i or verb.i <= token.i:
        return None
    if any(t.is_punct for t in token.doc[token.i + 1:verb.i]):
        return None  # "The law, drafted by ...": an aside about the law, not part of what it is called
    end = verb.i
    for t in verb.subtree:  # the participle's phrase, up to a comma, another verb, a relative clause or a conjunction
        if t.i <= verb.i:
            continue
        if t.is_punct or t.dep_ in ("relcl", "cc", "conj") or t.pos_ in ("VERB", "AUX") or \
                t.lower_ in ("that", "which", "who") or t.i > verb.i + 12:
            break
        end = t.i
    first = min([start, *(c.i for c in token.lefts if c.dep_ == "amod" and c.is_lower and c.i < start)])
    doc = token.doc
    stop = doc[end].idx + len(doc[end])
    forms = [(doc[first].idx, stop), (doc[start].idx, stop)]
    if first < token.i:
        forms.append((doc[first].idx, token.idx + len(token)))
    return list(dict.fromkeys(forms))


def into_law(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "into" and any(o.lower_ == "law" for o in c.children)
               for c in verb.children)


def issuing_relative(token: Token, mentions: list[Candidate]) -> Token | None:
    """'amendments that Putin signed', 'the law, which the Duma passed', 'the bill, which was submitted by X':
    a relative clause of an issuing verb whose subject (or agent) is an actor."""
    for clause in (c for c in token.rights if c.dep_ == "relcl" and c.lemma_.lower() in ISSUING):
        if any(c.dep_ in ("aux", "neg") and (c.lower_ in MODALS or c.dep_ == "neg") for c in clause.children):
            continue
        relative = [c for c in clause.children if c.lower_ in ("that", "which") and c.dep_ in ("dobj", "nsubjpass")]
        actors = [c for c in clause.children if c.dep_ == "nsubj"]
        actors += [o for a in clause.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
        if relative and any(is_actor(a, mentions) for a in actors):
            return clause
    return None


def that_clause(token: Token) -> Token | None:
    """'the law that made ... a crime', 'a new law that took effect': a restrictive relative clause with 'that' as
    its subject, in the past."""
    return next((c for c in token.rights if c.dep_ == "relcl" and c.tag_ == "VBD" and any(
        s.dep_ == "nsubj" and s.lower_ == "that" for s in c.children)), None)


def indefinite(token: Token) -> bool:
    """'a law', and a mass or plural noun with no determiner: 'signed amendments that toughened ...', 'legislation
    that bans ...'."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children) or (
        token.lower_ in ("amendments", "legislation") and not any(c.dep_ in ("det", "poss") for c in token.children))


def earlier_law(token: Token, mentions: list[Candidate], codes: set[str]) -> bool:
    return any(m.type == "Law" and m.end <= token.idx and m.key not in codes for m in mentions)


def other_law(token: Token, mentions: list[Candidate], codes: set[str]) -> bool:
    """A law other than a code named anywhere in the text, which the noun could be another name of ("the recently
    enacted legislation that ..." before "the Yarovaya law"), or modifiers that make it a description of one."""
    return any(c.dep_ == "amod" for c in token.children) or \
        any(m.type == "Law" and m.key not in codes and not m.start <= token.idx < m.end for m in mentions)


def topic_start(token: Token) -> int | None:
    """Index of the first word of '<topic> law' determined by 'the', a possessor or a year, else None."""
    compounds = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower]
    compounds += [t for c in compounds for t in c.lefts if t.dep_ == "compound" and t.pos_ == "NOUN" and t.is_lower
                  and t.i == c.i - 1]  # "the gender transition law"
    anti = anti_start(token)  # "the anti-piracy law", "Russia's anti-extremism law"
    if anti is not None and token.tag_ == "NN" and not any(c.dep_ == "det" and c.lower_ in GENERIC
                                                           for c in token.lefts) and \
            any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in token.lefts):
        return anti
    if not compounds or any(c.lower_ in NOT_TOPICS for c in compounds) or token.tag_ != "NN":
        return None
    if any(c.dep_ == "amod" and c.lower_ in NOT_TOPICS for c in token.lefts):
        return None
    determined = any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") or c.dep_ == "poss" and
                     c.pos_ == "PROPN" or c.dep_ in ("nummod", "compound") and c.like_num for c in token.lefts)
    if not determined:
        return None
    return min(c.i for c in [*token.lefts, *compounds] if c.dep_ in ("compound", "nummod"))


# "the 2012 statute best known as", "a law, commonly referred to as": a description, then the law's name
KNOWN_AS = re.compile(r"(?:the|a|an)\s+(?:\d{4}\s+)?(?:law|statute|act|legislation)\s*,?\s+(?:(?:best|better|widely|"
                      r"commonly|popularly|also|informally|now)\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?", re.I)


def named_after(doc: Doc, start: int, mentions: list[Candidate]) -> bool:
    """A description from token `start` on that goes on 'known as <a law's name>'."""
    known = KNOWN_AS.match(text_of(doc), doc[max(start - 1, 0)].idx if start and doc[start - 1].lower_ in
                           ("the", "a", "an") else doc[start].idx)
    return known is not None and any(m.type == "Law" and m.start == known.end() for m in mentions)


def amended_law_end(token: Token, mentions: list[Candidate]) -> int | None:
    """End offset of the law or provision in 'amendments to (the) <law or provision mention>', else None."""
    doc = token.doc
    i = token.i + 1
    if i + 1 >= len(doc) or doc[i].lower_ != "to":
        return None
    first = doc[i + 1] if doc[i + 1].lower_ not in ("the", "that", "this") else doc[i + 2] if i + 2 < len(doc) else None
    if first is None:
        return None
    if doc[i + 1].lower_ in ("that", "this", "the") and first.lower_ in ("law", "code", "act") and \
            not (first.i + 1 < len(doc) and doc[first.i + 1].lower_ == "enforcement"):
        return first.idx + len(first)  # "amendments to that law": the law spoken of
    law_mention = next((m for m in mentions if m.type in ("Law", "LegalProvision") and m.start <= first.idx < m.end),
                       None)  # "the amendments to Article 148 of the Criminal Code" too
    if law_mention is None and (known := KNOWN_AS.match(text_of(doc), doc[i + 1].idx)) is not None:
        # "amendments to the 2012 statute best known as the Dima Yakovlev law": the law of that name
        law_mention = next((m for m in mentions if m.type == "Law" and m.start == known.end()), None)
    return law_mention.end if law_mention else None


def amended_phrase_end(token: Token, mentions: list[Candidate]) -> int:
    """End offset of 'amendments to <the law named after it>': the named law's whole mention ("the law on
    non-commercial organisations"), where amended_law_end stops at "the law"."""
    end = amended_law_end(token, mentions)
    inside = [m.end for m in mentions if m.type in ("Law", "LegalProvision") and token.idx < m.start < end <= m.end]
    return max([end, *inside])


def is_actor(token: Token, mentions: list[Candidate]) -> bool:
    if token.lower_ in ACTOR_WORDS or token.lemma_.lower() in ACTOR_WORDS:
        return True
    sub = list(token.subtree)
    start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
    return any(m.type in ACTOR_TYPES and start <= m.start and m.end <= end for m in mentions)


def inside_mention(token: Token, mentions: list[Candidate]) -> bool:
    return any(m.start <= token.idx < m.end for m in mentions)


def law(doc: Doc, start: int, end: int, rule: str, alias: tuple | None) -> Candidate:
    span = doc[start:end]
    info = {"nested": True}
    if isinstance(alias, list):  # several forms: the first is the label, and names this law apart from others
        info["alias"], info["forms"] = alias[0], tuple(alias[1:])
        info["same_as"] = doc.text[alias[0][0]:alias[0][1]]
    elif alias is not None:
        info["alias"] = alias
    return Candidate(span.start_char, span.end_char, "Law", "pattern", rule, 0.65, None, info)
