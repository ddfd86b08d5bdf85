"""Table tests for kg.provisions: find, resolve_codes, default_code, iri_path, label."""
import pytest
from hypothesis import given, settings, strategies as st

from kg.provisions import (CODE_LABELS, Provision, default_code, find, iri_path, label,
                           resolve_codes)

CC, COAO, CONST, ECHR = "ru-cc", "ru-coao", "ru-constitution", "echr"


def _shape(p: Provision) -> tuple:
    """What a row checks: (span text, article, part, paragraph, code key or None)."""
    return (p.text, p.article, p.part, p.paragraph, p.code.key if p.code else None)


def _check_offsets(text: str, found: list[Provision]) -> None:
    for p in found:
        assert text[p.start:p.end] == p.text
        assert p.start <= p.anchor[0] < p.anchor[1] <= p.end
        anchor = text[p.anchor[0]:p.anchor[1]]
        assert anchor.endswith(p.article) or "same_article" in p.rule
        if p.code:
            assert text[p.code.start:p.code.end] == p.code.text


# (id, text, expected shapes)
FIND_ROWS = [
    ("cc-of", "under Article 282 of the Criminal Code.",
     [("Article 282 of the Criminal Code", "282", None, None, CC)]),
    ("cc-russian", "Article 282 of the Russian Criminal Code",
     [("Article 282 of the Russian Criminal Code", "282", None, None, CC)]),
    ("cc-russias", "Article 282 of Russia's Criminal Code",
     [("Article 282 of Russia's Criminal Code", "282", None, None, CC)]),
    ("cc-russias-curly", "Article 282 of Russia’s Criminal Code",
     [("Article 282 of Russia’s Criminal Code", "282", None, None, CC)]),
    ("cc-of-russian-federation", "Article 282 of the Criminal Code of the Russian Federation.",
     [("Article 282 of the Criminal Code of the Russian Federation", "282", None, None, CC)]),
    ("cc-code-first", "charged under Criminal Code Article 282 last year",
     [("Criminal Code Article 282", "282", None, None, CC)]),
    ("cc-code-possessive", "the Criminal Code's Article 282 punishes",
     [("Criminal Code's Article 282", "282", None, None, CC)]),
    ("cc-code-first-russia", "Russia’s Criminal Code Article 207.3",
     [("Russia’s Criminal Code Article 207.3", "207.3", None, None, CC)]),
    ("art-abbrev", "fined under Art. 282 in 2019",
     [("Art. 282", "282", None, None, None)]),
    ("art-abbrev-code", "Art. 20.3.1 of the KoAP",
     [("Art. 20.3.1 of the KoAP", "20.3.1", None, None, COAO)]),
    ("paren-part", "Article 282.2(1) of the Criminal Code",
     [("Article 282.2(1) of the Criminal Code", "282.2", "1", None, CC)]),
    ("paren-part-para", "Article 105(2)(a)",
     [("Article 105(2)(a)", "105", "2", "a", None)]),
    ("trailing-part", "Article 282.2, Part 1, was applied",
     [("Article 282.2, Part 1", "282.2", "1", None, None)]),
    # a ", Part N" followed by "of Article" opens the next reference instead of closing this one
    ("list-then-part-of-article", "under Article 275, Part 2 of Article 207.3 and Article 284.1",
     [("Article 275", "275", None, None, None), ("Part 2 of Article 207.3", "207.3", "2", None, None),
      ("Article 284.1", "284.1", None, None, None)]),
    ("plural-list-then-part-of-article", "Articles 280 and 282, Part 1 of Article 205.2",
     [("Articles 280", "280", None, None, None), ("282", "282", None, None, None),
      ("Part 1 of Article 205.2", "205.2", "1", None, None)]),
    ("trailing-part-then-code", "Article 282.2, Part 1 of the Criminal Code",
     [("Article 282.2, Part 1 of the Criminal Code", "282.2", "1", None, CC)]),
    ("trailing-part-code", "Article 207.3 part 2 of the Criminal Code",
     [("Article 207.3 part 2 of the Criminal Code", "207.3", "2", None, CC)]),
    ("part-of-article", "Part 1 of Article 282.2",
     [("Part 1 of Article 282.2", "282.2", "1", None, None)]),
    ("part-of-article-of-code", "guilty under Part 2 of Article 207.3 of the Criminal Code, which",
     [("Part 2 of Article 207.3 of the Criminal Code", "207.3", "2", None, CC)]),
    ("part-decimal", "Part 1.1 of Article 282.2",
     [("Part 1.1 of Article 282.2", "282.2", "1.1", None, None)]),
    ("part-word", "Part Two of Article 213",
     [("Part Two of Article 213", "213", "2", None, None)]),
    ("lowercase-coao", "under part 1 of article 20.3.1 of the Code of Administrative Offenses",
     [("part 1 of article 20.3.1 of the Code of Administrative Offenses", "20.3.1", "1", None, COAO)]),
    ("coao-british", "Article 20.3.3 of the Code of Administrative Offences",
     [("Article 20.3.3 of the Code of Administrative Offences", "20.3.3", None, None, COAO)]),
    ("coao-administrative-code", "Article 13.15 of the Administrative Code",
     [("Article 13.15 of the Administrative Code", "13.15", None, None, COAO)]),
    ("coao-lowercase-name", "Article 13.15 of the administrative code",
     [("Article 13.15 of the administrative code", "13.15", None, None, COAO)]),
    ("coao-koap", "Article 13.15 of the KoAP",
     [("Article 13.15 of the KoAP", "13.15", None, None, COAO)]),
    ("coao-bare-coao", "Article 13.15 CoAO",
     [("Article 13.15 CoAO", "13.15", None, None, COAO)]),
    ("coao-offenses-code", "Article 20.2 of the Russian Administrative Offenses Code",
     [("Article 20.2 of the Russian Administrative Offenses Code", "20.2", None, None, COAO)]),
    ("paragraph-part-article", "paragraph 'a' of Part 2 of Article 105",
     [("paragraph 'a' of Part 2 of Article 105", "105", "2", "a", None)]),
    ("paragraph-curly", "paragraph “b” of Part 2 of Article 105 of the Criminal Code",
     [("paragraph “b” of Part 2 of Article 105 of the Criminal Code", "105", "2", "b", CC)]),
    ("clause-no-of", "Clause 'b' Part 2 Article 207.3",
     [("Clause 'b' Part 2 Article 207.3", "207.3", "2", "b", None)]),
    ("clause-number", "Clause 3 of Article 15.3",
     [("Clause 3 of Article 15.3", "15.3", None, "3", None)]),
    ("list-two-code", "Articles 280 and 282 of the Criminal Code",
     [("Articles 280", "280", None, None, CC),
      ("282 of the Criminal Code", "282", None, None, CC)]),
    ("list-three", "Articles 205.2, 280 and 282.1",
     [("Articles 205.2", "205.2", None, None, None),
      ("280", "280", None, None, None),
      ("282.1", "282.1", None, None, None)]),
    ("list-coao", "mostly under Articles 20.2 and 19.3 of the Code of Administrative Offences, which",
     [("Articles 20.2", "20.2", None, None, COAO),
      ("19.3 of the Code of Administrative Offences", "19.3", None, None, COAO)]),
    ("list-subdivisions", "Articles 280(1) and 282(2)(a) of the Criminal Code",
     [("Articles 280(1)", "280", "1", None, CC),
      ("282(2)(a) of the Criminal Code", "282", "2", "a", CC)]),
    ("list-trailing-part-last", "Articles 280, 282, part 1",
     [("Articles 280", "280", None, None, None), ("282, part 1", "282", "1", None, None)]),
    ("parts-list", "Parts 1 and 2 of Article 280",
     [("Parts 1 and 2 of Article 280", "280", "1", None, None),
      ("Parts 1 and 2 of Article 280", "280", "2", None, None)]),
    ("echr-full", "Article 5 of the European Convention on Human Rights",
     [("Article 5 of the European Convention on Human Rights", "5", None, None, ECHR)]),
    ("echr-bare-abbrev", "a breach of Article 10 ECHR.",
     [("Article 10 ECHR", "10", None, None, ECHR)]),
    ("convention-generic", "a violation of Article 10 of the Convention (freedom of expression)",
     [("Article 10 of the Convention", "10", None, None, None)]),
    ("echr-paragraph-sign", "Article 5 § 1 of the Convention",
     [("Article 5 § 1 of the Convention", "5", "1", None, None)]),
    ("constitution", "Article 29 of the Constitution guarantees",
     [("Article 29 of the Constitution", "29", None, None, CONST)]),
    ("constitution-russian-part", "Part 3 of Article 29 of the Russian Constitution",
     [("Part 3 of Article 29 of the Russian Constitution", "29", "3", None, CONST)]),
    ("extremism-parenthesis", 'under extremism articles (Article 282 of the Russian Criminal Code - "stirring up")',
     [("Article 282 of the Russian Criminal Code", "282", None, None, CC)]),
    ("no-code", "charged under Article 207.3 for posts",
     [("Article 207.3", "207.3", None, None, None)]),
    ("lowercase-article", "the article 280.3 of the criminal code",
     [("article 280.3 of the criminal code", "280.3", None, None, CC)]),
    ("nbsp", "Part\u00a02 of Article\u00a0207.3 of the Criminal\u00a0Code",
     [("Part\u00a02 of Article\u00a0207.3 of the Criminal\u00a0Code", "207.3", "2", None, CC)]),
    ("line-break", "under Part 2 of\nArticle 213 of the\nCriminal Code.",
     [("Part 2 of\nArticle 213 of the\nCriminal Code", "213", "2", None, CC)]),
    ("cpc-not-cc", "Article 144 of the Criminal Procedure Code",
     [("Article 144 of the Criminal Procedure Code", "144", None, None, "ru-cpc")]),
    ("civil-code", "Article 152 of the Civil Code",
     [("Article 152 of the Civil Code", "152", None, None, "ru-civil")]),
    ("iccpr", "Article 19 of the International Covenant on Civil and Political Rights",
     [("Article 19 of the International Covenant on Civil and Political Rights", "19", None, None, "iccpr")]),
    ("udhr", "Article 19 of the Universal Declaration of Human Rights",
     [("Article 19 of the Universal Declaration of Human Rights", "19", None, None, "udhr")]),
    ("article-19-provision", "protected by Article 19 of the Universal Declaration",
     [("Article 19", "19", None, None, None)]),
    ("two-separate", "Article 282 and Article 280 of the Criminal Code",
     [("Article 282", "282", None, None, None),
      ("Article 280 of the Criminal Code", "280", None, None, CC)]),
    ("singular-no-list", "under Article 282, 15 people were charged",
     [("Article 282", "282", None, None, None)]),
    ("sentence-end", "He was charged under Article 282.2. Then he left.",
     [("Article 282.2", "282.2", None, None, None)]),
    ("constitutional-court-not-code", "Article 125 of the Constitutional Court law",
     [("Article 125", "125", None, None, None)]),
    ("constitution-foreign", "Article 6 of the Constitution of Ukraine",
     [("Article 6 of the Constitution of Ukraine", "6", None, None, None)]),
    ("constitution-foreign-adjective", "Article 2 of the US Constitution",
     [("Article 2 of the US Constitution", "2", None, None, None)]),
    ("code-first-not-lowercase-generic", "the dress code Article 5",
     [("Article 5", "5", None, None, None)]),
    ("no-overreach-into-previous", "Article 280 of the Criminal Code Article 282",
     [("Article 280 of the Criminal Code", "280", None, None, CC), ("Article 282", "282", None, None, None)]),
    ("tax-code-unkeyed", "Article 122 of the Tax Code",
     [("Article 122 of the Tax Code", "122", None, None, None)]),
    ("same-article", "under Part 1 of Article 282.2 of the Criminal Code and Part 2 of the same article",
     [("Part 1 of Article 282.2 of the Criminal Code", "282.2", "1", None, CC),
      ("Part 2 of the same article", "282.2", "2", None, CC)]),
    ("same-article-ordinal-part", "under Part 1 of Article 282.1 of the Criminal Code. The others were convicted "
                                  "under the second part of the same article.",
     [("Part 1 of Article 282.1 of the Criminal Code", "282.1", "1", None, CC),
      ("second part of the same article", "282.1", "2", None, CC)]),
    ("same-article-paragraph", "Article 105 of the Criminal Code, paragraph 'k' of that article",
     [("Article 105 of the Criminal Code", "105", None, None, CC),
      ("paragraph 'k' of that article", "105", None, "k", CC)]),
    ("same-article-not-before-number", "Part 1 of Article 280 and Part 2 of that Article 282",
     [("Part 1 of Article 280", "280", "1", None, None),
      ("Part 2 of that Article 282", "282", "2", None, None)]),
    # non-matches
    ("this-article-alone", "Article 282 was cited. In this article we explain why.",
     [("Article 282", "282", None, None, None)]),
    ("ngo-appositive", "Article 19, a London-based rights group, said the law was vague.", []),
    ("ngo-organization", "Article 19, an international organization, said", []),
    ("ngo-preceded", "the rights group Article 19 said", []),
    ("news-article", "In the article, the author argues", []),
    ("articles-published", "articles published by Meduza", []),
    ("part-alone", "Part 1 of the series", []),
    ("federal-law-number", "Federal Law No. 90-FZ on amendments", []),
    ("art-lowercase-word", "modern art. 2019 saw", []),
]


@pytest.mark.parametrize("text, expected", [r[1:] for r in FIND_ROWS], ids=[r[0] for r in FIND_ROWS])
def test_find(text, expected):
    found = find(text)
    _check_offsets(text, found)
    assert [_shape(p) for p in found] == expected


def test_row_count():
    assert len(FIND_ROWS) >= 45
    assert len({r[0] for r in FIND_ROWS}) == len(FIND_ROWS)


@pytest.mark.parametrize("text, anchors", [
    ("Articles 280 and 282 of the Criminal Code", ["Articles 280", "282"]),
    ("Part 1 of Article 282.2(1)", ["Article 282.2"]),
    ("Criminal Code Article 282", ["Article 282"]),
], ids=["list", "part-prefix", "code-first"])
def test_anchor_is_article_core(text, anchors):
    assert [text[slice(*p.anchor)] for p in find(text)] == anchors


@pytest.mark.parametrize("text, expected", [
    ("Part 2 of Article 207.3 of the Criminal Code", "provision.part_of_article_of_code.v1"),
    ("Article 282", "provision.article.v1"),
    ("Criminal Code Article 282", "provision.code_article.v1"),
    ("Articles 280 and 282 of the Criminal Code", "provision.article_list_of_code.v1"),
    ("paragraph 'a' of Part 2 of Article 105", "provision.paragraph_of_part_of_article.v1"),
    ("Article 282.2(1)", "provision.article_subdivision.v1"),
], ids=["part-article-code", "bare", "code-first", "list", "paragraph", "subdivision"])
def test_rule_ids(text, expected):
    assert {p.rule for p in find(text)} == {expected}


# (id, text, expected code key per provision, expected code_rule per provision)
RESOLVE_ROWS = [
    ("same-sentence-after", "He faces charges under Article 280 and Article 282 of the Criminal Code.",
     [CC, CC], ["code.same_sentence_after.v1", None]),
    ("most-recent-before", "He was charged under Article 282 of the Criminal Code. Article 280 was added.",
     [CC, CC], [None, "code.most_recent_before.v1"]),
    ("next-sentences", "Article 207.3 was added in March. It amended the Criminal Code.",
     [CC], ["code.next_sentences.v1"]),
    ("too-far", "Article 207.3 is new. One. Two. Three. The Criminal Code.",
     [None], [None]),
    ("convention-antecedent", "The European Convention on Human Rights applies. "
     "The Court found a violation of Article 5 of the Convention and of Article 11.",
     [ECHR, ECHR], ["code.generic_reference.v1", "code.most_recent_before.v1"]),
    ("convention-named-nowhere", "a violation of Article 10 of the Convention", [None], [None]),
    ("convention-named-later", "a violation of Article 5 of the Convention and of Article 11. "
     "It also breached Article 18 of the European Convention on Human Rights.",
     [ECHR, ECHR, ECHR], ["code.generic_reference.v1", "code.most_recent_before.v1", None]),
    ("skip-unfitting-code", "He was fined under Article 20.2 of the Code of Administrative Offences "
     "and later charged under Article 212.1. The Criminal Code was amended.",
     [COAO, CC], [None, "code.next_sentences.v1"]),
    ("same-article-cited-before", "He was fined under Article 20.2 of the Code of Administrative Offences. The "
     "Criminal Code was cited too. A second fine under Article 20.2 followed.",
     [COAO, COAO], [None, "code.same_article_cited_before.v1"]),
    ("nothing", "Article 282 is often criticised.", [None], [None]),
    ("code-antecedent-lowercase", "The Criminal Code was amended. Article 282 of the code is vague.",
     [CC], ["code.generic_reference.v1"]),
    ("lowercase-generic-not-candidate", "He wrote source code. Article 207.3 applies.", [None], [None]),
    ("sentence-abbreviation", "Under Art. 207.3 he was charged. Art. 280 of the Criminal Code too.",
     [CC, CC], ["code.next_sentences.v1", None]),
]


@pytest.mark.parametrize("text, keys, rules", [r[1:] for r in RESOLVE_ROWS], ids=[r[0] for r in RESOLVE_ROWS])
def test_resolve_codes(text, keys, rules):
    resolved = resolve_codes(find(text), text)
    _check_offsets(text, resolved)
    assert [p.code.key if p.code else None for p in resolved] == keys
    assert [p.code_rule for p in resolved] == rules


def test_resolve_codes_lexicon():
    text = "Roskomnadzor cited Article 15.3 of the Law on Information. Article 10.1 also applies."
    resolved = resolve_codes(find(text), text, code_keys={"Law on Information": "ru-149-fz"})
    assert [(p.article, p.code.key, p.code.text) for p in resolved] == [
        ("15.3", "ru-149-fz", "Law on Information"),
        ("10.1", "ru-149-fz", "Law on Information")]


def test_resolve_codes_lexicon_wins_over_builtin():
    text = "Article 282 of the Criminal Code"
    (p,) = resolve_codes(find(text), text, code_keys={"criminal code": "criminal-code"})
    assert (p.code.key, p.code_rule) == ("criminal-code", "code.lexicon.v1")


def test_resolve_keeps_named_code():
    text = "Article 282 of the Criminal Code"
    assert resolve_codes(find(text), text) == find(text)


@pytest.mark.parametrize("article, expected", [
    ("282", CC), ("105", CC), ("361", CC), ("282.2", CC), ("207.3", CC), ("284.1", CC),
    ("20.3.1", COAO), ("13.15", COAO), ("20.2", COAO), ("1.1", COAO), ("32.2", COAO),
    ("5", None), ("29", None), ("64", None), ("362", None), ("33.1", None), ("282.2.1", None),
], ids=lambda v: str(v))
def test_default_code(article, expected):
    assert default_code(article) == expected


@pytest.mark.parametrize("args, expected", [
    ((CC, "282", None, None), "ru-cc/282"),
    ((CC, "282.2", "1", None), "ru-cc/282.2/part-1"),
    ((CC, "105", "2", "a"), "ru-cc/105/part-2/para-a"),
    ((COAO, "20.3.1", "1", None), "ru-coao/20.3.1/part-1"),
    ((ECHR, "5", None, "B"), "echr/5/para-b"),
], ids=["article", "part", "paragraph", "coao", "para-no-part"])
def test_iri_path(args, expected):
    assert iri_path(*args) == expected


@pytest.mark.parametrize("args, expected", [
    ((CODE_LABELS[COAO], "20.3.1", "1", None),
     "Part 1 of Article 20.3.1 of the Code of Administrative Offenses of Russia"),
    ((CODE_LABELS[CC], "105", "2", "a"), "Paragraph a of Part 2 of Article 105 of the Criminal Code of Russia"),
    ((CODE_LABELS[ECHR], "10", None, None), "Article 10 of the European Convention on Human Rights"),
    ((None, "282", None, None), "Article 282"),
], ids=["coao", "paragraph", "echr", "no-code"])
def test_label(args, expected):
    assert label(*args) == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([
    "Article", "Articles", "Art.", "Part", "part", "of", "the", "Criminal", "Code", "282", "20.3.1",
    "2", "'a'", "and", ",", ".", "(1)", "paragraph", "Convention", "European", "\u00a0", "\n", "19",
    "group", "KoAP", "’s", "Russia", "§", "Clause",
]), max_size=25).map(" ".join) | st.text(max_size=200))
def test_any_text_keeps_offsets(text):
    _check_offsets(text, resolve_codes(find(text), text, code_keys={"the code": "x"}))
