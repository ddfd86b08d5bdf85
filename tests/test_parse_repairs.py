"""kg.components.parse_repairs (and parse_repairs_amounts): each repair of a systematic error of the small model's
parse, on sentences of our own read through the real model: the facts it brings and the repaired tree, with near
misses where the tree must stay as the parser made it."""

from __future__ import annotations

import pytest

from tests.sentences import holds, kinds

SENTENCED = ("The Kirov Regional Court sentenced Sergei Udaltsov, a local activist, and his friend Pavel Orlov to three "
             "years each for organising mass riots under Part 1 of Article 212 of the Criminal Code.")


def test_the_second_defendant_after_an_apposition_is_convicted_too(nlp, lexicon):
    found = kinds(nlp, lexicon, SENTENCED)
    for person in ("Sergei Udaltsov", "Pavel Orlov"):
        assert holds(found, "Kirov Regional Court", "sanctioned", person)
        assert holds(found, person, "chargedUnder", "Part 1 of Article 212")


def test_the_noun_becomes_a_conjunct_of_the_object_and_the_phrases_go_back_to_the_verb(nlp, lexicon):
    doc = nlp(SENTENCED)
    verb = next(t for t in doc if t.lower_ == "sentenced")
    friend = next(t for t in doc if t.lower_ == "friend")
    assert friend.dep_ == "conj" and friend.head.text == "Udaltsov"
    assert {c.lower_ for c in verb.children if c.dep_ == "prep"} >= {"to", "for"}


def test_a_noun_after_the_verb_s_own_phrases_stays_with_them(nlp, lexicon):
    doc = nlp("Investigators opened a case against him under Part 1 of Article 282 of the Criminal Code, for inciting "
              "hatred, and Part 1 of Article 148, which punishes insulting believers.")
    part = [t for t in doc if t.text == "Part"][-1]
    case = next(t for t in doc if t.lower_ == "case")
    assert part.head.i != case.i


def test_a_real_second_clause_is_left_alone(nlp, lexicon):
    doc = nlp("The court sentenced Petrov to three years, and prosecutors appealed the verdict.")
    appealed = next(t for t in doc if t.lower_ == "appealed")
    assert appealed.head.lower_ == "sentenced" and appealed.dep_ == "conj"


# A list of three names read as an apposition: the second name is a conjunct of the first.

LISTED = ("The Moscow City Court designated the Anti-Corruption Foundation, the Citizens' Rights Protection Foundation "
          "and Alexei Navalny's regional headquarters as extremist organisations in June 2021.")


@pytest.mark.parametrize("text, subject, target", [
    (LISTED, "Moscow City Court", "Citizens' Rights Protection Foundation"),
    ("Roskomnadzor restricted access to the websites of Dozhd, Echo of Moscow and The New Times in March 2022.",
     "Roskomnadzor", "Echo of Moscow"),
    ("The Ministry of Justice designated Lev Ponomarev, the human rights defender, Lyudmila Savitskaya, a journalist "
     "from Pskov, and Sergei Markelov, an editor in Karelia, as foreign agents.", "Ministry of Justice", "Savitskaya"),
], ids=["organisations", "outlets", "described-people"])
def test_the_second_of_three_listed_names_is_sanctioned_too(nlp, lexicon, text, subject, target):
    assert holds(kinds(nlp, lexicon, text), subject, "sanctioned", target)


def test_the_second_listed_name_becomes_a_conjunct_of_the_first(nlp, lexicon):
    doc = nlp(LISTED)
    second = next(t for t in doc if t.text == "Foundation" and t.i > 10)
    assert second.dep_ == "conj" and second.head.text == "Foundation" and second.head.i < second.i


@pytest.mark.parametrize("text, word", [
    ("The ministry added Meduza, the Riga-based outlet Meduza Project, and its editor to the register.", "Project"),
    ('"They are outsourcing censorship," said Tanya Lokshina, associate Europe and Central Asia director at Human '
     'Rights Watch.', "Europe"),
], ids=["apposition-closed-by-a-comma", "title-without-article"])
def test_an_apposition_that_is_no_list_keeps_its_reading(nlp, lexicon, text, word):
    token = next(t for t in nlp(text) if t.text == word)
    assert token.dep_ == "appos" and token.head.text in ("Meduza", "Lokshina")


# A name coordinated with the description before it: a conjunct of the first name, with the descriptions after it.

DESCRIBED = ("On 15 April 2022 the Leninsky District Court of Penza convicted Yegor Zhukov, a blogger, and Nikita "
             "Uvarov, a teenager from Kansk, of making threats under Part 1 of Article 119 and Article 205.3 "
             "respectively.")


def test_the_second_described_defendant_is_convicted_too(nlp, lexicon):
    found = kinds(nlp, lexicon, DESCRIBED)
    assert holds(found, "Leninsky District Court", "sanctioned", "Nikita Uvarov")
    assert holds(found, "Nikita Uvarov", "chargedUnder", "Article 205.3")
    found = kinds(nlp, lexicon, "The Kirovsky District Court of Yekaterinburg sentenced Roman Bilyukov, a local "
                                "student, and Pavel Kushnir, a pianist from Birobidzhan, to two and three years "
                                "respectively.")
    assert holds(found, "Kirovsky District Court", "sanctioned", "Pavel Kushnir")


def test_the_name_joins_the_first_name_and_takes_its_own_description(nlp, lexicon):
    doc = nlp(DESCRIBED)
    uvarov = next(t for t in doc if t.text == "Uvarov")
    teenager = next(t for t in doc if t.text == "teenager")
    assert uvarov.dep_ == "conj" and uvarov.head.text == "Zhukov"
    assert teenager.dep_ == "appos" and teenager.head.text == "Uvarov"


def test_a_name_after_a_description_inside_a_modifier_is_left_alone(nlp, lexicon):
    doc = nlp("VK Video, run by VK, the group that owns the VKontakte social network, and Rutube, which belongs to "
              "Gazprom-Media, have both reported record audiences.")
    rutube = next(t for t in doc if t.text == "Rutube")
    assert rutube.head.text != "VK"
    assert not holds(kinds(nlp, lexicon, doc.text), "Rutube", "owns", "VK Video")


# A participle in a list of three read as an adverbial clause (or a modifier of a date): a conjunct of the first verb.

PASSED = ("The bill was passed by the State Duma on 22 March, approved by the Federation Council on 27 March and "
          "signed by Putin on 30 March.")


@pytest.mark.parametrize("text", [
    PASSED,
    "The law was adopted by the State Duma on 13 July 2012, approved by the Federation Council on 18 July and signed "
    "by President Putin on 20 July.",
], ids=["advcl", "acl-of-date"])
def test_every_body_in_a_list_of_participles_issued_the_law(nlp, lexicon, text):
    found = kinds(nlp, lexicon, text)
    for body in ("State Duma", "Federation Council", "Putin"):
        assert holds(found, body, "issued", "bill") or holds(found, body, "issued", "law")


def test_the_participles_become_conjuncts_of_the_first_verb(nlp, lexicon):
    doc = nlp(PASSED)
    passed = next(t for t in doc if t.text == "passed")
    for word in ("approved", "signed"):
        token = next(t for t in doc if t.text == word)
        assert token.dep_ == "conj" and token.head.i == passed.i


@pytest.mark.parametrize("text, word", [
    ("The ruling of 13 July, upheld by the Moscow City Court and confirmed by the Supreme Court, took effect.",
     "upheld"),
    ("The law, passed by the Duma on 22 March, came into force in April.", "passed"),
], ids=["participle-of-a-noun", "no-list"])
def test_a_participle_that_modifies_a_noun_stays_a_modifier(nlp, lexicon, text, word):
    token = next(t for t in nlp(text) if t.text == word)
    assert token.dep_ != "conj"


def test_a_kind_of_organisation_named_before_it_is_listed_too(nlp, lexicon):
    text = ("The Ministry of Justice added OVD-Info, the Dozhd television channel and the investigative outlet "
            "iStories to its register of foreign agents.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Ministry of Justice", "sanctioned", "iStories")
    channel = next(t for t in nlp(text) if t.text == "channel")
    assert channel.dep_ == "conj" and channel.head.text == "Info"


def test_a_description_of_a_name_with_coordinated_parts_stays_an_apposition(nlp, lexicon):
    doc = nlp("The court fined Meta, the Facebook parent company and Instagram owner, for extremism.")
    company = next(t for t in doc if t.text == "company")
    assert company.dep_ != "conj" or company.head.text != "Meta"


# A verb read as an adjective of its object after the subject's participial clause.

PRESIDED = "The Efremov Interdistrict Court, presided over by Judge Olga Dobrovolskaya, sentenced Moskalev in absentia."


def test_the_verb_after_the_subject_s_participial_clause_is_the_root(nlp, lexicon):
    doc = nlp(PRESIDED)
    sentenced = next(t for t in doc if t.text == "sentenced")
    assert sentenced.dep_ == "ROOT" and sentenced.head.i == sentenced.i
    assert {(c.text, c.dep_) for c in sentenced.children} >= {("Court", "nsubj"), ("Moskalev", "dobj")}
    found = kinds(nlp, lexicon, "The Second Western District Military Court, led by Judge Roman Pomazkov, convicted "
                                "Kriger of justifying terrorism.")
    assert holds(found, "Second Western District Military Court", "sanctioned", "Kriger")


def test_a_participle_before_its_noun_stays_an_adjective(nlp, lexicon):
    doc = nlp("The court, presided over by Judge Olga Dobrovolskaya, fined the detained activist 10,000 roubles.")
    detained = next(t for t in doc if t.text == "detained")
    assert detained.dep_ == "amod" and detained.head.text == "activist"


def test_a_past_verb_tagged_as_an_adjective_after_a_relative_clause_is_the_root(nlp, lexicon):
    doc = nlp("The legislation, which took effect in 2012, rewrote Article 275 of the Criminal Code.")
    rewrote = next(t for t in doc if t.text == "rewrote")
    assert rewrote.dep_ == "ROOT" and (rewrote.tag_, rewrote.pos_, rewrote.lemma_) == ("VBD", "VERB", "rewrite")
    assert {(c.text, c.dep_) for c in rewrote.children} >= {("legislation", "nsubj"), ("Article", "dobj")}


def test_an_adjective_the_lemmatizer_knows_only_as_itself_stays_an_adjective(nlp, lexicon):
    doc = nlp("The agency, which was founded in 2012, new rules on Monday.")
    assert next(t for t in doc if t.text == "new").pos_ != "VERB"


def test_a_numbered_provision_read_as_an_adverbial_is_the_object(nlp, lexicon):
    doc = nlp("The legislation widened Article 276 of the Criminal Code.")
    assert next(t for t in doc if t.text == "Article").dep_ == "dobj"
    assert next(t for t in nlp("The court last week sentenced him.") if t.text == "week").dep_ == "npadvmod"


# The amount of a fine read as an apposition; the recipient of a second amount read as a modifier of its number.

FINED = ("The Tverskoy District Court fined Alexei Kozlov, a Yabloko activist, and Irina Bayanova, a teacher from "
         "Moscow, 30,000 roubles each under Article 20.3.3.")


@pytest.mark.parametrize("text, person, provision", [
    (FINED, "Irina Bayanova", "Article 20.3.3"),
    ("The Meshchansky District Court fined the Wikimedia Foundation, which owns Wikipedia, 2 million roubles under "
     "Part 2 of Article 13.41.", "Wikimedia Foundation", "Part 2 of Article 13.41"),
], ids=["after-descriptions", "after-a-relative-clause"])
def test_the_recipient_of_a_fine_is_charged_under_the_provision(nlp, lexicon, text, person, provision):
    assert holds(kinds(nlp, lexicon, text), person, "chargedUnder", provision)


def test_the_amount_and_the_verb_s_phrase_go_back_to_the_verb(nlp, lexicon):
    doc = nlp(FINED)
    fined = next(t for t in doc if t.text == "fined")
    assert {(c.text, c.dep_) for c in fined.children} >= {("roubles", "dobj"), ("Kozlov", "dobj"), ("under", "prep")}


def test_the_recipient_of_a_second_amount_is_fined_too(nlp, lexicon):
    text = ("The Basmanny District Court fined OVD-Info 500,000 roubles and Memorial 300,000 roubles under "
            "Article 19.34.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Basmanny District Court", "sanctioned", "Memorial")
    assert holds(found, "Memorial", "chargedUnder", "Article 19.34")
    memorial = next(t for t in nlp(text) if t.text == "Memorial")
    assert memorial.dep_ == "nmod" and memorial.head.text == "roubles"


@pytest.mark.parametrize("text, first, second", [
    ("The Tagansky District Court fined Meta 4 million rubles and Google 3 million rubles for failing to delete "
     "banned content.", "Meta", "Google"),
    ("The Tagansky District Court fined OVD-Info 500,000 rubles and Memorial 300,000 rubles.", "OVD-Info", "Memorial"),
], ids=["second-amount-on-the-verb", "second-recipient-tagged-adjective"])
def test_both_recipients_of_two_amounts_are_fined(nlp, lexicon, text, first, second):
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Tagansky District Court", "sanctioned", first)
    assert holds(found, "Tagansky District Court", "sanctioned", second)


def test_the_second_amount_becomes_a_conjunct_of_the_first(nlp, lexicon):
    doc = nlp("The Tagansky District Court fined Meta 4 million rubles and Google 3 million rubles.")
    amounts = [t for t in doc if t.text == "rubles"]
    assert amounts[1].dep_ == "conj" and amounts[1].head.i == amounts[0].i


def test_a_second_amount_without_a_recipient_stays_on_the_verb(nlp, lexicon):
    doc = nlp("The court fined Ivanov 30,000 rubles and confiscated 5,000 rubles.")
    assert all(t.head.text != "rubles" for t in doc if t.text == "rubles")


@pytest.mark.parametrize("text, word, dep", [
    ("The court fined Ivanov after he refused to pay the previous penalty, 30,000 roubles, under Article 20.3.3.",
     "roubles", "appos"),
    ("The court fined Ivanov 30,000 roubles and 500 US dollars.", "US", "compound"),
], ids=["the-sum-paid", "a-name-inside-the-amount"])
def test_an_amount_that_is_no_fine_s_object_stays_as_parsed(nlp, lexicon, text, word, dep):
    assert next(t for t in nlp(text) if t.text == word).dep_ == dep


def test_a_second_amount_is_no_object_for_the_first_repair(nlp, lexicon):
    doc = nlp("The justice of the peace fined the Yabloko party's regional branch 300,000 roubles under Article "
              "20.3.3, and its chairman 30,000 roubles under the same article.")
    chairman = next(t for t in doc if t.text == "chairman")
    assert chairman.head.text != "roubles"


def test_the_recipient_keeps_its_label_so_no_name_inside_it_is_fined(nlp, lexicon):
    found = kinds(nlp, lexicon, "The Meshchansky District Court fined former Channel One editor Marina Ovsyannikova, "
                                "a journalist, 50,000 rubles for a post.")
    assert holds(found, "Meshchansky District Court", "sanctioned", "Marina Ovsyannikova")
    assert not holds(found, "Meshchansky District Court", "sanctioned", "Channel One")


# `repair` visits only the tokens with a label a repair starts from (kg.components.parse_repairs.labelled): the same
# tree as `repair_token` on every token in order, on sentences each repair changes and on near misses.

@pytest.mark.parametrize("text", [
    SENTENCED, PRESIDED, FINED,
    "Investigators opened a case against him under Part 1 of Article 282 of the Criminal Code, for inciting "
    "hatred, and Part 1 of Article 148, which punishes insulting believers.",
    "The Justice Ministry designated the Anti-Corruption Foundation, the Citizens' Rights Protection Foundation and "
    "Navalny's headquarters as extremist.",
    "The court convicted Yegor Zhukov, a blogger, and Nikita Uvarov, a teenager from Kansk, of calls to terrorism.",
    "The bill was passed by the State Duma on 22 March, approved by the Federation Council on 27 March and signed "
    "by Putin on 30 March.",
    "The legislation, which took effect in 2012, rewrote Article 275 of the Criminal Code.",
    "The legislation widened Article 276 of the Criminal Code.",
    "The Tagansky District Court fined Meta 4 million rubles and Google 3 million rubles for failing to delete "
    "banned content.",
    "The Tagansky District Court fined OVD-Info 500,000 rubles and Memorial 300,000 rubles.",
    "The court, presided over by Judge Olga Dobrovolskaya, fined the detained activist 10,000 roubles.",
    "The court sentenced Petrov to three years, and prosecutors appealed the verdict.",
], ids=["object-after-apposition", "verb-read-as-modifier", "amount-as-apposition", "phrases-before-the-noun",
        "three-names", "name-after-description", "participles", "past-verb-as-adjective", "provision-as-adverb",
        "second-amount-on-the-verb", "second-recipient", "participle-before-its-noun", "second-clause"])
def test_repairing_the_labelled_tokens_makes_the_tree_every_token_makes(nlp, text):
    from spacy.attrs import DEP, HEAD, LEMMA, MORPH, POS, TAG

    from kg.components.parse_repairs import STARTS, labelled, repair, repair_token

    with nlp.select_pipes(disable=["kg_entities"]):
        fast, slow = nlp(text), nlp(text)
    assert labelled(fast, STARTS) == [t.i for t in fast if t.dep_ in STARTS]
    past_verb = nlp.get_pipe("kg_entities").past_verb
    repair(fast, past_verb)
    for token in slow:
        repair_token(token, past_verb)
    attrs = [HEAD, DEP, TAG, POS, LEMMA, MORPH]
    assert fast.to_array(attrs).tolist() == slow.to_array(attrs).tolist()
    assert labelled(nlp.make_doc(""), STARTS) == []
