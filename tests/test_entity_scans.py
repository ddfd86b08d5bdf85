"""kg_entities' fast scans find exactly what the plain regex scans find.

The provision parser and the entity rules skip ahead to where a match can start (a word every
match holds, a list of first words, a capital); these tests run each shortcut and its plain
definition on random text made of the words the patterns look for, with the letters that
case-insensitive matching folds in unusual ways (İ ı ſ K).
"""

from __future__ import annotations

import re
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from kg import provision_codes, provision_resolve, provisions
from kg.components import cited_laws, entities, institutions, name_bodies, names
from kg.components.scans import matches

WORDS = ["Article", "article", "Articles", "Art.", "ARTICLE", "arts", "282", "20.3.1", "19", "Part", "parts", "2",
         "of", "the", "same", "this", "that", "Criminal", "Procedure", "Code", "code", "Russian", "Federation's",
         "RF", "ECHR", "KoAP", "UK", "paragraph", "'a'", "(1)", "§", "and", ",", ".", "?", "\n", "Mr.", "St.", "No.",
         "\"", "“", "(", "Convention", "Constitution", "Ukrainian", "U.S.", "Tax", "Federal", "federal", "Law", "law",
         "149-FZ", "Protocol", "Universal", "Declaration", "International", "Covenant", "İ", "ı", "ſ", "K", "thıs",
         "artıcle", "Section", "section", "15.1", "(2)", "\"On", "Communications\"", "«On", "Media»", "Centre", "for",
         "Defence", "Committee", "on", "Council", "Pskov", "regional", "prosecutor's", "office", "police",
         "department", "city", "hall", "government", "channel", "site", "website", "TV-2", "Ura.ru", "newspaper",
         "Alexandra", "(Sasha)", "Skochilenko", "Timofei", "Zhelnin", "Mary-Ann", ", 54,", "lawyer", "lawyers", "-",
         "A", "Ab", "Krasnoselsky", "municipal", "district", "Assembly", "duma", "Soviet", "Bar", "bar", "Association",
         "Chamber", "Lawyers", "commission", "committee", "Duma", "Piskarev's", "interference", "Embassy", "embassy",
         "Penza", "directorate", "FSB", "branch", "local", "Religious", "Organisation", "Witnesses", "in", "Taganrog"]
PHRASES = ["Article 282 of the Criminal Code", "Russian Federation's Criminal Code", "criminal - procedure code",
           "Code of Administrative Offenses of the Russian Federation", "European Convention on Human Rights",
           "Federal Law No. 149-FZ", "Universal Declaration of Human Rights", "Part 2 of the same article",
           "paragraph 'b' of that article", "Pskov regional prosecutor's office", "prosecutors' office", "city hall",
           "police department", "Centre for the Defence of Glasnost", "Council on Human Rights", "news site Ura.ru",
           "channel TV-2", 'Federal Law "On Communications"', "law «On Mass Media»", "Section 15.1 of the Law",
           "Alexandra (Sasha) Skochilenko", "Timofei Zhelnin,", "Mary-Ann Ivanova,", "Tax Code Article 5",
           "the Krasnoselsky municipal council", "the Perm regional bar association", "Chamber of Lawyers of Udmurtia",
           "Piskarev's commission on foreign interference,", "State Duma committee on security.",
           "the municipal council of Moscow's Krasnoselsky district"]
SEPARATORS = [" ", " ", "", "\n", "  ", "-", ", "]
texts = st.lists(st.tuples(st.sampled_from(WORDS + PHRASES * 4), st.sampled_from(SEPARATORS)),
                 max_size=30).map(lambda pairs: "".join(w + s for w, s in pairs))

# the plain forms of the patterns rewritten to start with what the engine can skip to
SENTENCE_END = re.compile(r"(?<!\bArt)(?<!\bNo)(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bMrs)"
                          r"[.!?][\"'”’)]*\s+(?=[\"“(]?[A-Z])|\n\s*\n")
NICKNAMED = re.compile(r"\b([A-Z][a-z]+)\s+\(([A-Z][a-z]+)\)\s+([A-Z][\w'’\-]*[a-z])\b")
APPOSED_NAME = re.compile(rf"(?<![\w\-])({names._NAME})\s+((?:{names._NAME}\s+)?{names._NAME})(?=,)")
HINTED = [(institutions.KIND_AT, institutions.KIND_HINT), (institutions.BODY_AT, institutions.BODY_HINT),
          (institutions.OUTLET_AFTER_KIND, institutions.OUTLET_HINT), (cited_laws.SECTION, cited_laws.SECTION_HINT),
          (entities.QUOTED_LAW, entities.LAW_HINT)]


def spans(found) -> list:
    return [(m.span(), m.groups()) for m in found]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_provision_scans_match_the_plain_ones(text):
    assert spans(provisions._core_matches(text)) == spans(provisions._CORE_RE.finditer(text))
    assert spans(provision_codes.code_names(text)) == spans(provision_codes.CODE_RE.finditer(text))
    assert spans(provision_resolve.SENTENCE_END_RE.finditer(text)) == spans(SENTENCE_END.finditer(text))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_provisions_found_with_and_without_skipping(text):
    found = provisions.resolve_codes(provisions.find(text), text)
    with mock.patch.object(provision_codes, "lowered", lambda text: None):  # every scan over the whole text
        assert provisions.resolve_codes(provisions.find(text), text) == found


@settings(max_examples=400, deadline=None)
@given(texts)
def test_entity_scans_match_the_plain_ones(text):
    for pattern, hint in HINTED:
        assert spans(matches(pattern, hint, text)) == spans(pattern.finditer(text))
    assert spans(names.NICKNAMED.finditer(text)) == spans(NICKNAMED.finditer(text))
    assert spans(names.APPOSED_NAME.finditer(text)) == spans(APPOSED_NAME.finditer(text))


@settings(max_examples=400, deadline=None)
@given(texts)
def test_named_bodies_with_and_without_the_word_checks(text):
    found = [(c.start, c.end, c.type, c.rule) for c in name_bodies.named_bodies(text)]
    with mock.patch.object(name_bodies, "holds", lambda text, words: True):  # every pattern scans the whole text
        assert [(c.start, c.end, c.type, c.rule) for c in name_bodies.named_bodies(text)] == found
