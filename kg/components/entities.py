"""The `kg_entities` component: typed legal-entity mentions for a Doc.

Candidates come from five sources, strongest first: the provision parser,
the domain lexicon (with laws cited by quoted title or number and date, and
the parent body named inside a body's name), the general patterns, the
statistical NER (its boundaries and one-word names checked in names.py) and
countries acting as states (states.py). Where they overlap the stronger (then
the longer) wins; a code named inside a provision reference ("Article 282 of
the Russian Criminal Code") is kept as a Law mention nested in the provision.
Types are then corrected from context (typing.py), short references are tied
to the names given before them (references.py), and specific decisions and
laws named by what they do are added (rulings.py, bills.py). The result is
``doc._.kg_mentions``: a list of Candidate.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from kg import provisions as provision_parser
from kg.components.bills import find_described_laws
from kg.components.candidates import Candidate, text_of
from kg.components.cited_laws import complete_provisions
from kg.components.institutions import (described_by_place, institution_names, local_bodies, local_editions,
                                        outlets_after_kind, regional_laws)
from kg.components.foreign_bodies import foreign_bodies, foreign_names
from kg.components.law_names import federal_titles
from kg.components.law_shapes import dated_laws, find_issued_laws
from kg.components.lexmatch import AliasMatcher
from kg.components.name_forms import NameForms, joined_name
from kg.components.name_shapes import case_applicants, people_not_bodies
from kg.components.names import (adjective_name, appositive_people, appositive_person, char_bounds, extend_left,
                                 implausible_word, nicknamed_names, place_noun_after, plausible_name, retype_by_head,
                                 trim_tokens)
from kg.components.org_kinds import organisation_variants, organisations_by_kind
from kg.components.parse_repairs import repair
from kg.components.tag_repairs import repair_tags
from kg.components.patterns import PatternFinder, load_patterns
from kg.components.references import resolve_references
from kg.components.scans import matches
from kg.components.selection import absorb, select
from kg.components.company_names import company_readings
from kg.components.products import drop_products
from kg.components.rulings import find_rulings
from kg.components.acting_bodies import acting_bodies
from kg.components.ruling_measures import find_measures
from kg.components.states import state_actors
from kg.components.typing import ORGANIZATION_WORDS, correct_types
from kg.lexicon import Lexicon, fold

if not Doc.has_extension("kg_mentions"):
    Doc.set_extension("kg_mentions", default=None)

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
DATE = rf"(?:\d{{1,2}}\s+{MONTH}\s+\d{{4}}|{MONTH}\s+\d{{1,2}},?\s+\d{{4}})"
# "Federal Law No. 90-FZ", "law No. 149-FZ", "Federal Law 374-FZ", "Federal Law No. 121-FZ of 20 July 2012",
# "Federal Law of 20 July 2012 No. 121-FZ" (the date is part of a Russian law's official name)
FZ_LAW = re.compile(rf"\b(?:[Ff]ederal\s+)?[Ll]aw\s+(?:of\s+{DATE}\s+)?(?:[Nn]o\.?\s*|[Nn]umber\s+)?"
                    rf"(\d{{1,4}})-(?:FZ|ФЗ)\b(?:\s+of\s+{DATE})?")
# a law cited by its official title in quotes: Federal Law "On Communications", the law «On Mass Media»
QUOTED_LAW = re.compile(r"\b(?:[Ff]ederal\s+)?[Ll]aw\s+(?:of\s+the\s+Russian\s+Federation\s+)?"
                        r"(?:[\"“«]\s*([Oo]n\s+[^\"”»\n]{3,160}?)\s*[\"”»]"
                        r"|['‘](On\s+[^'’\n]{3,160}?)['’](?!\w))")  # or in single quotes: 'On Information'
# the quoted official title of a law, whose words name no organisation or person ('"On the Activities of Foreign
# Persons on the Internet"')
QUOTED_TITLE = re.compile(r"[\"“«]\s*(On\s+[^\"”»\n]{3,200}?)\s*[\"”»]")
LAW_HINT = re.compile("Federal|federal|Law|law")  # where QUOTED_LAW can match (kg/components/scans.py)
URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+\.(?:ru|com|org|net|io|me)/\S*")
NER_TYPES = {"PERSON": "Person", "ORG": "Organization", "LAW": "Law"}
PROTOCOL = re.compile(r"(?:the\s+)?[Pp]rotocol\s+[Nn]o\.?\s*(\d+)")  # to the Convention, whose articles it keys


class EntityRecognizer:
    """Finds typed entity mentions; see the module docstring."""

    def __init__(self, nlp: Language, lexicon: Lexicon, patterns: list[dict]):
        self.lexicon = lexicon
        self.place_memo: dict[str, bool] = {}
        self.parents_in: dict[tuple[str, str], list[tuple[int, int]]] = {}  # (name, parent id) -> spans in it
        self.aliases = AliasMatcher(lexicon)
        self.patterns = PatternFinder(nlp.vocab, patterns)
        self.places = lexicon.place_names()
        lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        self.verb_lemmatizer = getattr(lemmatizer, "stock", lemmatizer)  # kg_lemmatizer wraps the model's own
        self.codes = {e.provision_prefix: e for e in lexicon.entries.values() if e.provision_prefix}
        self.code_ids = {e.id for e in lexicon.entries.values() if e.kind in ("code", "constitution")}
        self.fz_laws = {e.number.upper(): e for e in lexicon.entries.values() if e.number}
        self.law_titles = {fold(name): e for e in lexicon.entries.values() if e.type == "Law"
                           for name in (e.label, *e.aliases)}
        self.name_forms = NameForms(lexicon)
        self.foreign = foreign_names(lexicon)

    def __call__(self, doc: Doc) -> Doc:
        repair(doc, self.past_verb)  # before anything reads the tree (kg.components.parse_repairs)
        repair_tags(doc)  # and the tags the tree contradicts (kg.components.tag_repairs)
        found = [*self.provisions(text_of(doc)), *self.lexicon_matches(text_of(doc)), *self.numbered_laws(text_of(doc)),
                 *self.titled_laws(text_of(doc)), *self.patterns(doc), *self.ner(doc),
                 *state_actors(doc, self.lexicon.country_names), *local_bodies(text_of(doc), self.lexicon),
                 *regional_laws(text_of(doc), self.lexicon),
                 *outlets_after_kind(text_of(doc))]
        found = foreign_bodies(text_of(doc), found, self.lexicon, self.foreign)  # "Ukraine's Foreign Ministry"
        found = described_by_place(text_of(doc), found, self.lexicon)
        found = people_not_bodies(text_of(doc), found, self.lexicon.given_names)  # "Richard Wagner" (name_shapes.py)
        found += nicknamed_names(text_of(doc), self.lexicon.given_names, found)
        found += appositive_people(text_of(doc), self.lexicon.given_names, found)
        found += case_applicants(text_of(doc), found, self.lexicon.given_names)  # "Irina Fedotova v. Russia"
        self.unglossed(text_of(doc), found)
        found += self.name_forms.pronoun_owned(text_of(doc))
        self.name_forms.ministers_of(text_of(doc), found)
        urls = [m.span() for m in URL.finditer(text_of(doc))] if "/" in text_of(doc) or "www." in text_of(doc) else []
        found = [c for c in found if not any(s < c.end and c.start < e for s, e in urls)]
        titles = [m.span(1) for m in QUOTED_TITLE.finditer(text_of(doc))] if '"' in text_of(doc) or "“" in text_of(
            doc) or "«" in text_of(doc) else []  # 'Federal Law No. 236-FZ "On the Activities of Foreign Persons ..."'
        found = [c for c in found if c.source not in ("ner", "pattern") or c.type not in ("Organization", "Person")
                 or not any(s <= c.start and c.end <= e for s, e in titles)]
        provisions = [c for c in found if c.source == "provision" and c.type == "LegalProvision"]
        found = [c for c in found if c.source not in ("pattern", "ner") or not any(  # "Law on Mass Media and Article"
            c.start < p.start < c.end < p.end or p.start < c.start < p.end < c.end for p in provisions)]
        chosen = select(absorb(found) + institution_names(text_of(doc), found, self.lexicon))
        chosen = correct_types(doc, chosen, self.lexicon.given_names, self.places)
        organisations_by_kind(text_of(doc), chosen, self.lexicon.given_names)  # "Max, a messenger" (org_kinds.py)
        chosen = drop_products(doc, company_readings(doc, chosen, self.lexicon))
        chosen = select(resolve_references(doc, chosen, self.lexicon))
        organisation_variants(text_of(doc), chosen)  # "Stockholm Free World Forum" ... "the Free World Forum"
        chosen = select([*chosen, *acting_bodies(doc, chosen, self.lexicon)])
        chosen = select([*chosen, *find_rulings(doc, chosen), *find_measures(doc, chosen),
                         *find_described_laws(doc, chosen, self.code_ids)])
        chosen = select([*chosen, *find_issued_laws(doc, chosen, self.code_ids)])
        chosen = local_editions(text_of(doc), chosen, self.lexicon)
        chosen = complete_provisions(text_of(doc), chosen, self.lexicon)
        federal_titles(text_of(doc), chosen)  # "the federal law on information" (law_names.py)
        dated_laws(text_of(doc), chosen)
        doc._.kg_mentions = sorted(chosen, key=lambda c: (c.start, -c.end))
        return doc

    def past_verb(self, token) -> str | None:
        """The lemma of a word the tagger read as an adjective, as a finite past verb, when the model's rule
        lemmatizer knows it as one ("rewrote" -> "rewrite"); None otherwise ("new")."""
        lemmatizer = self.verb_lemmatizer
        if lemmatizer is None or not hasattr(lemmatizer, "rule_lemmatize") or getattr(lemmatizer, "mode", "") != "rule":
            return None
        tag, pos, morph = token.tag_, token.pos_, str(token.morph)
        token.tag_, token.pos_ = "VBD", "VERB"
        token.set_morph("Tense=Past|VerbForm=Fin")
        try:
            lemma = lemmatizer.rule_lemmatize(token)[0]
        finally:
            token.tag_, token.pos_ = tag, pos
            token.set_morph(morph)
        return lemma if lemma != token.lower_ else None

    def provisions(self, text: str) -> list[Candidate]:
        found = []
        parsed = provision_parser.resolve_codes(provision_parser.find(text), text)
        shared = {(p.start, p.end) for p in parsed if sum(q.start == p.start and q.end == p.end for q in parsed) > 1}
        for p in parsed:
            named = None if p.code is None or p.code.key else self.named_law(p.code.text)
            code = p.code.key if p.code and p.code.key else (named.provision_prefix or named.id) if named else None
            article = p.article
            if p.code and not p.code.key and (protocol := PROTOCOL.fullmatch(p.code.text)):
                code, article = "echr", f"P{protocol.group(1)}-{p.article}"  # "Article 1 of Protocol No. 1"
            how = "text" if code else "default"
            code = code or provision_parser.default_code(article)
            path = provision_parser.iri_path(code or "unknown", article, p.part, p.paragraph)
            info = {"article": article, "part": p.part, "paragraph": p.paragraph, "code": code, "code_from": how,
                    "own_code": bool(p.code and p.start <= p.code.start and p.code.end <= p.end)}
            start, end = p.anchor if (p.start, p.end) in shared else (p.start, p.end)
            found.append(Candidate(start, end, "LegalProvision", "provision", p.rule, 0.95, path, info))
            if p.code and p.code.key in self.codes and p.code.start >= p.start and p.code.end <= p.end:
                start, end = strip_the(text, p.code.start, p.code.end)
                found.append(Candidate(start, end, "Law", "provision", "entity.code_in_provision.v1", 0.95,
                                       self.codes[p.code.key].id, {"nested": True}))
            elif named is not None and p.start <= p.code.start:  # "Article 15.3 of Federal Law No. 149-FZ": a law
                # the parser does not key (named in this reference, not in an earlier one to the same article)
                start, end = strip_the(text, p.code.start, p.code.end)
                found.append(Candidate(start, end, "Law", "provision", "entity.law_in_provision.v1", 0.95, named.id,
                                       {"nested": True}))
        return found

    def is_place(self, name: str) -> bool:
        """The name is a place the lexicon knows (remembered per name: names recur)."""
        if name not in self.place_memo:
            if len(self.place_memo) > 50_000:
                self.place_memo.clear()
            self.place_memo[name] = fold(name) in self.places
        return self.place_memo[name]

    def named_law(self, name: str):
        """The lexicon law a provision's unkeyed code name ("Federal Law No. 149-FZ", "Tax Code") names, if any."""
        number = FZ_LAW.search(name)
        entry = self.fz_laws.get(f"{number.group(1)}-FZ") if number else None
        return entry or self.law_titles.get(fold(re.sub(r"^the\s+", "", name, flags=re.I)))

    def lexicon_matches(self, text: str) -> list[Candidate]:
        found, others = [], set()  # surnames of people the lexicon does not know
        for start, end, entry in self.aliases.find(text):
            if self.other_persons_surname(text, start, end, entry):
                others.add(text[start:end])
                continue
            if entry.type == "Person" and text[start:end] in others:
                continue  # "Kiriyenko" after "Vladimir Kiriyenko" is him, not the lexicon's Sergei
            joined = joined_name(text, start, end) if entry.type == "Organization" else None
            if joined is not None:  # "Yandex.Taxi", "Afisha-Rambler-SUP": a longer name, not the known one
                found.append(Candidate(*joined, "Organization", "pattern", "entity.joined_name.v1", 0.7))
                continue
            found.append(Candidate(start, end, entry.type, "lexicon", "entity.lexicon.v1", 0.9, entry.id))
            found += self.parents_inside(text, start, end, entry)
        return found

    def other_persons_surname(self, text: str, start: int, end: int, entry) -> bool:
        """'Stanislav Kobzev' is not the lexicon's Vadim Kobzev: a known surname after another given name."""
        if entry.type != "Person" or " " in text[start:end]:
            return False
        before = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, start - 30):start])
        return bool(before and before.group(1) in self.lexicon.given_names and
                    fold(f"{before.group(1)} {text[start:end]}") not in {fold(a) for a in (entry.label, *entry.aliases)})

    def parents_inside(self, text: str, start: int, end: int, entry) -> list[Candidate]:
        """The parent body named inside a body's name ("the Supreme Court's Appeals Board")."""
        if entry.parent is None:  # no entry has it as its id: nothing to look for
            return []
        key = (text[start:end], entry.parent)  # the same name holds its parent at the same places
        if key not in self.parents_in:
            if len(self.parents_in) > 10_000:
                self.parents_in.clear()
            self.parents_in[key] = self.parent_spans(*key)
        return [Candidate(start + s, start + e, self.lexicon.entries[entry.parent].type, "lexicon",
                          "entity.parent_in_name.v1", 0.85, entry.parent, {"nested": True})
                for s, e in self.parents_in[key]]

    def parent_spans(self, name: str, parent: str) -> list[tuple[int, int]]:
        spans = set()
        for offset, inside in ((0, name[:-1]), (1, name[1:])):
            spans |= {(offset + s, offset + e) for s, e, inner in self.aliases.find(inside) if inner.id == parent}
        return [(s, e) for s, e in sorted(spans) if not any(s2 <= s and e <= e2 and (s2, e2) != (s, e)
                                                            for s2, e2 in spans)]

    def numbered_laws(self, text: str) -> list[Candidate]:
        found = []
        if "-FZ" not in text and "-ФЗ" not in text:  # in every match
            return found
        for m in FZ_LAW.finditer(text):
            number = f"{m.group(1)}-FZ"
            entry = self.fz_laws.get(number)
            key = entry.id if entry else None
            found.append(Candidate(m.start(), m.end(), "Law", "lexicon" if entry else "pattern",
                                   "entity.federal_law_number.v1", 0.95, key, {"number": number}))
        return found

    def titled_laws(self, text: str) -> list[Candidate]:
        """A law cited by its quoted title is the lexicon law of that title when there is one."""
        found = []
        quoted = any(q in text for q in "\"“«'‘")  # every match holds a quote
        for m in matches(QUOTED_LAW, LAW_HINT, text) if quoted else ():
            title = " ".join((m.group(1) or m.group(2)).split())  # in double or single quotes
            entry = next((self.law_titles[k] for k in (fold(f"federal law {title}"), fold(f"law {title}"))
                          if k in self.law_titles), None)
            start, end = strip_the(text, m.start(), m.end())
            found.append(Candidate(start, end, "Law", "lexicon" if entry else "pattern", "entity.quoted_law_title.v1",
                                   0.9, entry.id if entry else None))
        return found

    def unglossed(self, text: str, found: list[Candidate]) -> None:
        """'Yarovaya [anti-terrorism] law' is the lexicon's 'Yarovaya law': a bracketed gloss hides no name."""
        for c in found:
            if c.type == "Law" and c.source == "pattern" and "[" in text[c.start:c.end]:
                entry = self.law_titles.get(fold(re.sub(r"\s*\[[^\]]*\]\s*", " ", text[c.start:c.end])))
                if entry is not None:
                    c.key, c.source, c.rule = entry.id, "lexicon", "entity.lexicon_with_gloss.v1"

    def ner(self, doc: Doc) -> list[Candidate]:
        found, text = [], text_of(doc)
        for ent in doc.ents:
            kind = NER_TYPES.get(ent.label_)
            if kind is None:
                continue
            first = extend_left(doc, ent.start, ent.end, ent.label_, self.lexicon.given_names)
            if first < ent.start:
                ent = Span(doc, first, ent.end, label=ent.label_)
            tokens = trim_tokens(doc, ent)
            start, end = char_bounds(doc, *tokens)
            name = text[start:end]
            if end <= start or not plausible_name(name) or implausible_word(doc, *tokens):
                continue
            if self.is_place(name) or place_noun_after(doc, ent.start, ent.end):
                continue
            kind = retype_by_head(name, kind)
            words = name.split()
            if kind and kind != "Person" and 2 <= len(words) <= 3 and appositive_person(text, start, end) \
                    and not {w.lower() for w in words} & ORGANIZATION_WORDS:
                kind = "Person"  # "a lawyer for the group, Timofei Zhelnin, said"
            elif kind == "Person" and adjective_name(words, self.lexicon.given_names):
                kind = "Organization"  # "the editor of Chelyabinsky Obzor"
            if kind:
                found.append(Candidate(start, end, kind, "ner", f"entity.ner_{ent.label_.lower()}.v1",
                                       0.7 if kind == "Person" else 0.6))
        return found


def strip_the(text: str, start: int, end: int) -> tuple[int, int]:
    if text[start:end].lower().startswith("the "):
        start += 4
    return start, end


@Language.factory("kg_entities", default_config={"lexicon_files": [], "patterns_file": None})
def make_entity_recognizer(nlp: Language, name: str, lexicon_files: list[str], patterns_file: str | None):
    from kg import lexicon as lexicon_module
    from pathlib import Path

    patterns = load_patterns(Path(patterns_file) if patterns_file else None)
    return EntityRecognizer(nlp, lexicon_module.load(lexicon_files), patterns)
