"""Short references to entities the article has already named.

News text names an entity in full once and then refers to it briefly. These
rules give the brief forms the identity of the full one, so that one real
entity stays one node:

* a short name that repeats words of a name given earlier in the article is
  that entity ("the Court" after "the European Court of Human Rights", "the
  Center" after "the Administrative Center of Jehovah's Witnesses"); when the
  statistical NER took the short name for a person, it must be the head of the
  earlier name ("the Witnesses" after "Jehovah's Witnesses", but "Sakharov" is
  not the "Sakharov Center"); a bare head noun ("the Council said") that repeats
  no earlier name is not a name at all;
* "under the article", "the administrative article" and "the 'fakes' article"
  are the article of the provision cited just before ("Part 2 of Article 207.3"
  -> Article 207.3), unless a provision is named in apposition right after
  ("under the article on 'fakes', Article 207.3": that one);
* "the government" as the subject of a clause ("the government must adopt
  regulations"), or as whose act a ruling noun is ("a government resolution
  adopted in November"), with nothing naming another country's government in the
  article, is the Russian government (the field's default); so is "the
  government" told or given something by a state act ("instructs the
  government to monitor", "gives the government the means"), a request "from
  the government", and the government whose representative a person is. As a
  passive subject of overthrowing ("the government could be removed by force")
  it is the state in general, and left alone; so is any other object.
"""

from __future__ import annotations

import re

from numpy import flatnonzero
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc

from kg import provisions as provision_parser
from kg.components.bills import asserted
from kg.components.candidates import Candidate, text_of
from kg.components.scans import lower_indexes
from kg.lexicon import Lexicon

WORDS = re.compile(r"[\w\-]+")
# "under the article", "violated the same article", "the administrative article", "the "fakes" article"
ARTICLE_REFERENCE = re.compile(
    r"\b(?:under|violat\w*|breach\w*)\s+(?:the|this|that)\s+((?:same|new|administrative|criminal)\s+)?(article)\b"
    r"|\bthe\s+((?:administrative|criminal)\s+article)\b"
    r"|\bthe\s+([\"“'‘][^\"”'’\n]{2,30}[\"”'’]\s+article)\b")
CODE_OF_ADJECTIVE = {"administrative": "ru-coao", "criminal": "ru-cc"}
DEFAULT_GOVERNMENT = "ru-government"
GOVERNMENT_ACTS = {"resolution", "decree", "order", "decision", "regulation", "directive"}
GOVERNMENT = get_string_id("government")
# a bare head noun is a name only as a short form of one named before ("the Court" after the ECHR)
GENERIC_HEADS = {"court", "council", "ministry", "committee", "commission", "agency", "service", "office", "foundation",
                 "center", "centre", "department", "board", "chamber", "assembly", "government", "administration",
                 "group", "society", "party", "movement", "union", "fund", "institute", "bureau", "directorate"}
# courts below the high ones, which English never calls "the Court" with a capital
LOWER_COURT = re.compile(r"\b(?:District|City|Regional|Region|Garrison|Magistrate|Magistrates|Justice of the Peace|"
                         r"Krai|Territorial|Republic|Oblast)\b|\bof (?:Moscow|St\.? Petersburg)\b")
# names whose parts name something else: "Ecodefence" in "Ecodefence and Others v. Russia", a first name
UNSHORTENED = {"Person", "Ruling", "LegalProvision"}


def resolve_references(doc: Doc, candidates: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    short_names(doc, candidates, lexicon.given_names)
    candidates = [c for c in candidates if not c.info.get("drop")] + bare_heads(doc, candidates)
    return candidates + article_references(text_of(doc), candidates) + government_references(doc, candidates, lexicon)


def words_of(text: str) -> list[str]:
    return [w.lower() for w in WORDS.findall(re.sub(r"['’]s\b", "", text))]


def short_names(doc: Doc, candidates: list[Candidate], given_names: set[str]) -> None:
    """A name proposed by the NER or a pattern that repeats part of an earlier lexicon name is that entity."""
    named = sorted((c for c in candidates if c.source == "lexicon" and c.key and c.type not in UNSHORTENED),
                   key=lambda c: -c.start)
    named_words: dict[int, list[str]] = {}  # id of a named candidate -> its words, read once

    def words_of_named(c: Candidate) -> list[str]:
        if id(c) not in named_words:
            named_words[id(c)] = words_of(text_of(doc)[c.start:c.end])
        return named_words[id(c)]

    for cand in candidates:
        if cand.source not in ("ner", "pattern") or cand.info.get("inner_parent"):
            continue
        words = words_of(text_of(doc)[cand.start:cand.end])
        if not words or len(words) > 3 or text_of(doc)[cand.start:cand.end].split()[0] in given_names:
            continue
        at_end = cand.type == "Person"  # a person-like short form must be the head: "the Witnesses", not "Sakharov"
        before = [c for c in named if c.end <= cand.start and contains(words_of_named(c), words, at_end)]
        if words == ["court"] and before:
            # "the Court" with a capital is never a district, city or regional court when a higher one is named
            # ("the Golovinskiy court ... The Court also held" in a Strasbourg judgment's summary)
            lower = {c.key for c in before if LOWER_COURT.search(text_of(doc)[c.start:c.end])}
            before = [c for c in before if c.key not in lower] or before
        earlier = before[0] if before else None
        if earlier is not None:
            cand.key, cand.type, cand.source = earlier.key, earlier.type, "lexicon"
            cand.rule, cand.confidence = "entity.short_name.v1", 0.75
        elif len(words) == 1 and words[0] in GENERIC_HEADS:
            cand.info["drop"] = True  # "the Council said" with no council named before: not a name


def bare_heads(doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
    """'the Witnesses' world headquarters' after "Jehovah's Witnesses": a capitalised word after 'the', inside a
    sentence, that no rule took for a name and that is the last word of a longer organisation or body named before
    (not a generic head like 'the Court', which short_names weighs)."""
    text = text_of(doc)
    named = sorted((c for c in candidates if c.source == "lexicon" and c.key and c.type in BODY_TYPES),
                   key=lambda c: -c.start)
    if not named:
        return []
    taken = [(c.start, c.end) for c in candidates]
    found = []
    for t in (doc[i + 1] for i in lower_indexes(doc, THE) if i + 1 < len(doc)):  # (the words after a "the")
        if not (t.is_title and t.is_alpha and len(t) > 3 and t.i > 1 and doc[t.i - 1].lower_ == "the"
                and not t.is_sent_start and not doc[t.i - 1].is_sent_start and t.lower_ not in GENERIC_HEADS):
            continue
        if (t.i + 1 < len(doc) and doc[t.i + 1].is_title) or any(s < t.idx + len(t) and t.idx < e for s, e in taken):
            continue  # "the Witnesses Center" is another name; a word some rule already read
        earlier = next((c for c in named if c.end <= t.idx and len(w := words_of(text[c.start:c.end])) > 1
                        and w[-1] == t.lower_), None)
        if earlier is not None:
            found.append(Candidate(t.idx, t.idx + len(t), earlier.type, "lexicon", "entity.short_name.v1", 0.7,
                                   earlier.key))
    return found


BODY_TYPES = {"Organization", "GovernmentBody"}
THE = frozenset({"the"})


def contains(words: list[str], part: list[str], at_end: bool = False) -> bool:
    """`part` is a strictly shorter run of `words` (at their end when `at_end`)."""
    n = len(part)
    if at_end:
        return n < len(words) and words[-n:] == part
    return n < len(words) and any(words[i:i + n] == part for i in range(len(words) - n + 1))


def article_references(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """'the article' forms that point back to the article of the provision cited before them."""
    provisions = sorted((c for c in candidates if c.type == "LegalProvision" and c.info.get("article")),
                        key=lambda c: c.start)
    found = []
    for m in ARTICLE_REFERENCE.finditer(text) if "article" in text else ():  # in every match
        group = next(g for g in (2, 3, 4) if m.group(g))
        start = m.start(1) if group == 2 and m.group(1) else m.start(group)
        adjective = (m.group(1) or m.group(3) or "").split()
        code = CODE_OF_ADJECTIVE.get(adjective[0]) if adjective else None
        before = [c for c in provisions if c.end <= m.start() and (code is None or c.info.get("code") == code)]
        if not before or rivals(text, before) or named_after(text, m.end(), provisions):
            continue
        info = dict(before[-1].info, part=None, paragraph=None)
        path = provision_parser.iri_path(info["code"] or "unknown", info["article"])
        found.append(Candidate(start, m.end(), "LegalProvision", "provision", "entity.article_reference.v1", 0.75,
                               path, info))
    return found


def named_after(text: str, end: int, provisions: list[Candidate]) -> bool:
    """'under the article on "fakes", Article 207.3 of the Criminal Code': the provision named in apposition right
    after the reference is the one it means, not the one cited before."""
    gap = re.match(r"(?:\s+on\s+[\"“‘']?[^\"”’'\n,]{1,30}[\"”’']?)?[\"”’']?\s*,\s*", text[end:end + 40])
    return gap is not None and any(c.start == end + gap.end() for c in provisions)


SENTENCE_END = re.compile(r"[.!?][\"”’')]?\s+(?=[\"“‘(]?[A-Z])")


def rivals(text: str, before: list[Candidate]) -> bool:
    """'Article 280.3 and Article 207.3 were adopted ... convicted under the article': the provision cited last has
    a rival of another article in its own sentence, so 'the article' may be either and stays open."""
    last = before[-1]
    article = (last.info.get("code"), last.info.get("article"))
    return any((c.info.get("code"), c.info.get("article")) != article and not SENTENCE_END.search(
        text[c.end:last.start]) for c in before[:-1])


def government_references(doc: Doc, candidates: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """'the government' acting as a subject is Russia's, unless the article names another government."""
    entry = lexicon.entries.get(DEFAULT_GOVERNMENT)
    others = [c for c in candidates if c.key and c.key != DEFAULT_GOVERNMENT
              and lexicon.entries.get(c.key) and lexicon.entries[c.key].kind in ("national_government", "cabinet")]
    if entry is None or others or not len(doc):
        return []
    found = flatnonzero(doc.to_array(LOWER) == GOVERNMENT).tolist()  # the tokens "government", without the others
    return [Candidate(t.idx, t.idx + len(t), entry.type, "lexicon", "entity.default_government.v1", 0.6, entry.id)
            for t in map(doc.__getitem__, found) if t.i > 0 and (acting(t) or issuing(t) or addressed(t))]


# "the government could be removed by force", "to overthrow the government": the state in general, not a body
OVERTHROWN = {"remove", "overthrow", "topple", "bring", "oust", "replace", "change", "destroy", "undermine"}
# what a state act tells or gives a body: "instructs the government to", "gives the government the means" (a plea,
# "asked the government to ...", is often a lead's summary of pleas to named bodies: left alone)
ADDRESSING = {"instruct", "order", "tell", "give", "allow", "require", "oblige", "authorize", "authorise", "empower",
              "entitle", "direct", "task", "charge"}
REQUEST_NOUNS = {"request", "application", "demand", "order", "instruction", "proposal", "complaint", "submission",
                 "approval", "consent", "permission", "decision"}
# a person's place in the body: "the government's representative at the Constitutional Court"
ROLE_NOUNS = {"representative", "spokesman", "spokeswoman", "spokesperson", "envoy", "commissioner", "lawyer",
              "head", "chairman", "chief", "member", "minister", "official"}


def acting(token) -> bool:
    """'the government must adopt ...': the government as a clause's subject."""
    return token.doc[token.i - 1].lower_ == "the" and token.dep_ in ("nsubj", "nsubjpass") and \
        not any(c.dep_ == "prep" for c in token.children) and \
        not (token.dep_ == "nsubjpass" and token.head.lemma_.lower() in OVERTHROWN)


def addressed(token) -> bool:
    """'instructs the government to ...', 'gives the government the means', 'a request from the government', 'the
    government's representative': the bare 'the government' as the one a state act or a role is about."""
    if token.doc[token.i - 1].lower_ != "the" or any(c.dep_ in ("prep", "amod", "compound", "poss")
                                                     for c in token.children):
        return False
    head = token.head
    if token.dep_ in ("dobj", "dative") and head.lemma_.lower() in ADDRESSING:
        return not any(c.dep_ == "neg" for c in head.children)
    if token.dep_ == "pobj" and head.lower_ == "from" and head.head.lemma_.lower() in REQUEST_NOUNS:
        return True
    return token.dep_ == "poss" and head.lemma_.lower() in ROLE_NOUNS


def issuing(token) -> bool:
    """'a government resolution', 'the government decree of 2020': whose act it is (a noun's only modifier), when the
    act is told as real (not 'called for a government resolution')."""
    head = token.head
    return token.dep_ == "compound" and head.lemma_.lower() in GOVERNMENT_ACTS and head.tag_ == "NN" and \
        asserted(head) and not any(c.dep_ in ("compound", "amod") and c.i < token.i for c in head.children) and \
        not any(c.dep_ in ("compound", "amod", "poss") for c in token.children)
