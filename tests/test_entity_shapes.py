"""Entity shapes that were missed or cut short: provisions of non-code laws, laws named by their subject,
long institution names, outlets' local editions, people in apposition, rulings named by what they are on.

Each rule is read on several sentences of our own (invented names where a name is needed), in different
wordings, through the real model; the negative rows are the look-alikes the rule must leave alone.
"""

from __future__ import annotations

import pytest

from sentences import extraction


def mentions(nlp, lexicon, text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extraction(nlp, lexicon, text).mentions}


def provision(nlp, lexicon, text: str, surface: str):
    """The provision entity whose mention reads `surface`, with its key and the label of what it is part of."""
    ex = extraction(nlp, lexicon, text)
    keys = {m.entity for m in ex.mentions if m.text == surface and m.type == "LegalProvision"}
    assert len(keys) == 1, sorted((m.text, m.type) for m in ex.mentions)
    key = keys.pop()
    labels = {e.key: e.label for e in ex.entities}
    parents = {labels.get(r.object) for r in ex.relations if r.subject == key and r.predicate == "subdivisionOf"}
    return key, parents


# --- cited_laws.py: provisions of laws that are not codes ------------------------------------------

@pytest.mark.parametrize("text, surface, parent", [
    ("The 2017 law added Article 15.8 to the Law on Information, Information Technologies and Protection of "
     "Information.", "Article 15.8", "Law on Information"),
    ("The sovereign internet law inserted a new Article 65.1 into the Law on Communications.", "Article 65.1",
     "Communications"),
    ("The duties come on top of those in the Law on Information, whose Article 10.1 requires services to register.",
     "Article 10.1", "Law on Information"),
    ("In 2015 the Duma amended the Dima Yakovlev law, adding Article 3.1, which lets prosecutors ban foreign groups.",
     "Article 3.1", "Dima Yakovlev"),
    ("The law adds two new articles to the Law on Information. Article 10.2 sets out the duties of bloggers.",
     "Article 10.2", "Law on Information"),
    ("Organisers register under Article 10.1 of the Law on Information. The Yarovaya law went further: under Part "
     "4.1 of Article 10.1, they must hand over keys.", "Part 4.1 of Article 10.1", "Information"),
], ids=["added-to", "inserted-into", "whose", "amended-adding", "new-articles-then-one", "same-article-cited-before"])
def test_a_provision_added_to_a_law_is_that_law_s(nlp, lexicon, text, surface, parent):
    _, parents = provision(nlp, lexicon, text, surface)
    assert any(parent in p for p in parents if p)


@pytest.mark.parametrize("text, surface", [
    ("The court cited Article 15.8 to the press.", "Article 15.8"),
    ("The law adds two new articles to the Law on Information. Separately, Ivan Petrov was fined under Article 20.3.3 "
     "of the Code of Administrative Offenses.", "Article 20.3.3 of the Code of Administrative Offenses"),
], ids=["cited-to", "own-code-after-new-articles"])
def test_a_provision_cited_to_someone_or_of_its_own_code_keeps_its_code(nlp, lexicon, text, surface):
    _, parents = provision(nlp, lexicon, text, surface)
    assert not any("Information" in p for p in parents if p)


@pytest.mark.parametrize("text, surface, key, parent", [
    ("The ministry relied on Article 44 of the Law on Public Associations in its claim.",
     "Article 44 of the Law on Public Associations", "ru-82-fz/44", "Public Associations"),
    ("Prosecutors invoked Part 1 of Article 15.3 of the Law on Information to block the site.",
     "Part 1 of Article 15.3 of the Law on Information", "ru-149-fz/15.3/part-1", "Law on Information"),
    ("The regulator cited Article 15.3 of Federal Law No. 149-FZ when it restricted access.",
     "Article 15.3 of Federal Law No. 149-FZ", "ru-149-fz/15.3", "Law on Information"),
    ("Clause 2 of Article 65.1 of the Law on Communications lets the centre reroute traffic.",
     "Clause 2 of Article 65.1 of the Law on Communications", "ru-126-fz/65.1/para-2", "Communications"),
    ("The judges examined Article 6 of the law on foreign agents.",
     "Article 6 of the law on foreign agents", "ru-foreign-agents-law/6", "foreign agents"),
    ("The regulator cited Article 6 of the Federal Law \"On Mass Media\" in its warning.",
     "Article 6 of the Federal Law \"On Mass Media\"", "ru-2124-1/6", "Mass Media"),
    ("Article 10.4 of the federal law on information obliges bloggers to register.",
     "Article 10.4 of the federal law on information", "ru-149-fz/10.4", "Information"),
], ids=["article-of-law-on", "part-of-article-of-law", "federal-law-number", "clause-of-article", "law-family",
        "quoted-title", "qualified-lowercase"])
def test_provision_of_a_named_law(nlp, lexicon, text, surface, key, parent):
    found, parents = provision(nlp, lexicon, text, surface)
    assert found == f"prov:{key}"
    assert any(parent in (p or "") for p in parents)


def test_provision_of_an_unknown_law_is_keyed_by_the_law(nlp, lexicon):
    text = "The court applied Article 12 of the law on municipal libraries to the case."
    found, _ = provision(nlp, lexicon, text, "Article 12 of the law on municipal libraries")
    assert found == "prov:law-on-municipal-libraries/12"
    assert ("law on municipal libraries", "Law") in mentions(nlp, lexicon, text)


def test_list_items_belong_to_the_law_after_the_list(nlp, lexicon):
    ex = extraction(nlp, lexicon, "He challenged Articles 6 and 8 of the Law on Mass Media and Article 282 of the "
                                  "Criminal Code.")
    keys = {m.text: m.entity for m in ex.mentions if m.type == "LegalProvision"}
    assert keys["Articles 6"] == "prov:ru-2124-1/6"
    assert keys["8 of the Law on Mass Media"] == "prov:ru-2124-1/8"
    assert keys["Article 282 of the Criminal Code"] == "prov:ru-cc/282"


def test_a_code_named_in_the_provision_is_not_taken_over_by_a_later_law(nlp, lexicon):
    ex = extraction(nlp, lexicon, "He cited Article 15.3 of Federal Law No. 149-FZ and Articles 6 and 8 of the "
                                  "Law on Mass Media.")
    keys = {m.text: m.entity for m in ex.mentions if m.type == "LegalProvision"}
    assert keys["Article 15.3 of Federal Law No. 149-FZ"] == "prov:ru-149-fz/15.3"


@pytest.mark.parametrize("text, surface, key", [
    ("The blocking was carried out under Section 15.1 of the Information Act, the court found.",
     "Section 15.1 of the Information Act", "prov:ru-149-fz/15.1"),
    ("Lawyers pointed to section 4 of the Law on Public Associations.",
     "section 4 of the Law on Public Associations", "prov:ru-82-fz/4"),
], ids=["section-of-act", "lowercase-section"])
def test_section_of_a_law(nlp, lexicon, text, surface, key):
    assert provision(nlp, lexicon, text, surface)[0] == key


@pytest.mark.parametrize("text", [
    "A section of the website was taken down and Section 3 of the report was redacted.",
    "The article was published in the opinion section of the newspaper on Monday.",
], ids=["section-of-report", "newspaper-section"])
def test_a_section_without_a_law_is_not_a_provision(nlp, lexicon, text):
    assert not {t for _, t in mentions(nlp, lexicon, text)} & {"LegalProvision"}


# --- bills.py: a law named by its subject -------------------------------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("The group had broken the law on public associations by holding events outside the capital.",
     "law on public associations"),
    ("They were put on the register after the 2017 law on foreign agent media took effect.",
     "2017 law on foreign agent media"),
    ("Deputies amended a law on municipal libraries last spring.", "law on municipal libraries"),
    ("Russia's law on freedom of conscience and religious associations restricts missionary work.",
     "law on freedom of conscience and religious associations"),
], ids=["definite", "dated", "indefinite", "possessor-with-of"])
def test_law_named_by_its_subject(nlp, lexicon, text, surface):
    assert (surface, "Law") in mentions(nlp, lexicon, text)


@pytest.mark.parametrize("text", [
    "The minister commented on the law on Thursday.",
    "The army imposed martial law on the region.",
    "Several laws on protests were passed.",
], ids=["date", "martial-law", "plural"])
def test_law_on_that_names_no_law(nlp, lexicon, text):
    assert not any(t == "Law" for _, t in mentions(nlp, lexicon, text))


# --- institutions.py: long institution names ---------------------------------------------------------

@pytest.mark.parametrize("text, name, kind", [
    ("Traffic is rerouted by the Centre for Monitoring and Management of the Public Communications Network.",
     "Centre for Monitoring and Management of the Public Communications Network", "GovernmentBody"),
    ("The Foundation for the Defence of Glasnost counted 120 attacks on reporters.",
     "Foundation for the Defence of Glasnost", "Organization"),
    ("The Committee for the Protection of Journalists' Rights published a report.",
     "Committee for the Protection of Journalists' Rights", "Organization"),
    ("Lawyers from the Institute for Law and Public Policy filed the complaint.",
     "Institute for Law and Public Policy", "Organization"),
    ("The Centre for Support of Independent Regional Media in Pskov said it would appeal.",
     "Centre for Support of Independent Regional Media", "Organization"),
    ("The Federal Agency for Press and Mass Communications renewed the licence.",
     "Federal Agency for Press and Mass Communications", "GovernmentBody"),
], ids=["state-centre", "foundation", "committee-of-rights-ngo", "institute", "stops-before-in-place",
        "federal-agency"])
def test_long_institution_names(nlp, lexicon, text, name, kind):
    assert (name, kind) in mentions(nlp, lexicon, text)


def test_a_known_name_is_not_lengthened_and_a_named_body_inside_stays(nlp, lexicon):
    found = mentions(nlp, lexicon, "Members of the Union of Committees of Soldiers' Mothers of Russia were "
                                   "questioned, and the Committee of Ministers of the Council of Europe objected.")
    assert ("Union of Committees of Soldiers' Mothers of Russia", "Organization") not in found
    assert ("Council of Europe", "GovernmentBody") in found


# --- institutions.py: local editions of outlets ------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("She read the column on air at Ekho Moskvy v Pskove in November.", "Ekho Moskvy v Pskove"),
    ("The regional stations, among them Ekho Moskvy v Peterburge, went off the air.", "Ekho Moskvy v Peterburge"),
    ("Its reporters worked for Radio Svoboda v Krymu until the office closed.", "Radio Svoboda v Krymu"),
], ids=["pskov", "peterburg", "krym"])
def test_local_edition_is_its_own_organization(nlp, lexicon, text, name):
    ex = extraction(nlp, lexicon, text)
    edition = [m for m in ex.mentions if m.text == name]
    assert edition and edition[0].type == "Organization" and not edition[0].entity.startswith("lex:")


def test_outlet_without_a_local_place_stays_the_outlet(nlp, lexicon):
    ex = extraction(nlp, lexicon, "Ekho Moskvy in March lost its licence, and a Pskov journalist spoke on Ekho "
                                  "Moskvy v eto vremya.")
    assert all(m.entity == "lex:echo-of-moscow" for m in ex.mentions if m.text.startswith("Ekho"))


# --- names.py and entities.py: people in apposition, surnames of other people, places -------------

@pytest.mark.parametrize("text, name", [
    ("A lawyer for the group, Timofei Zhelnin, said the case was political.", "Timofei Zhelnin"),
    ("A Pskov journalist, Marina Derevyankina, was fined 500,000 rubles.", "Marina Derevyankina"),
    ("Arkady Velichko, a 26-year-old activist who ran a Telegram channel, was detained.", "Arkady Velichko"),
    ("Police detained Oleg Burlakov, 54, after a single picket.", "Oleg Burlakov"),
    ("The editor of the newspaper, Lyubov Grishaeva, said she would appeal.", "Lyubov Grishaeva"),
], ids=["noun-with-of-phrase", "place-and-noun", "age-and-noun-after", "age", "editor-of"])
def test_people_in_apposition(nlp, lexicon, text, name):
    assert (name, "Person") in mentions(nlp, lexicon, text)


def test_a_known_surname_after_another_given_name_is_another_person(nlp, lexicon):
    ex = extraction(nlp, lexicon, "The blogger Stanislav Kobzev was put on the wanted list. Kobzev left Russia "
                                  "in 2022.")
    keys = {m.entity for m in ex.mentions if "Kobzev" in m.text}
    assert keys == {"Person:stanislav kobzev"}


def test_the_lexicon_person_keeps_its_surname(nlp, lexicon):
    ex = extraction(nlp, lexicon, "Navalny's lawyer Vadim Kobzev was arrested. Kobzev denied the charges.")
    assert {m.entity for m in ex.mentions if "Kobzev" in m.text} == {"lex:vadim-kobzev"}


@pytest.mark.parametrize("text, place", [
    ("The projects cover Siberia and the Volga region.", "Volga"),
    ("Floods hit villages along the Amur river last week.", "Amur"),
], ids=["region", "river"])
def test_a_name_before_a_place_noun_is_no_entity(nlp, lexicon, text, place):
    assert not any(place in m for m, _ in mentions(nlp, lexicon, text))


# --- rulings.py: what a ruling is on, and "the verdict" ---------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("The decision on his pre-trial detention was taken by the Basmanny District Court.",
     "decision on his pre-trial detention"),
    ("The Supreme Court issued a resolution on the practice of extremism cases, which clarified the law.",
     "resolution on the practice of extremism cases"),
    ("The Moscow City Court ordered the closure of the group. Its co-chair called the ruling on the liquidation "
     "unjust.", "ruling on the liquidation"),
], ids=["decision-on", "resolution-on", "ruling-on"])
def test_ruling_named_by_what_it_is_on(nlp, lexicon, text, name):
    ex = extraction(nlp, lexicon, text)
    rulings = [e for e in ex.entities if e.type == "Ruling"]
    assert any(name in e.forms for e in rulings)
    assert any(name.split()[0] in e.forms for e in rulings)  # the noun alone stays a form of it


@pytest.mark.parametrize("text", [
    "The Moscow City Court upheld the ruling on appeal.",
    "The chairman announced the decision on Twitter.",
    "The court delivered the ruling on Tuesday.",
], ids=["on-appeal", "on-platform", "on-day"])
def test_on_phrases_that_are_not_the_subject(nlp, lexicon, text):
    ex = extraction(nlp, lexicon, text)
    assert all(" on " not in form for e in ex.entities if e.type == "Ruling" for form in e.forms)


def test_the_verdict_after_a_court_was_named(nlp, lexicon):
    text = ("The Tagansky District Court sentenced the blogger Pavel Osinin to five years. He had streamed a video "
            "about the war. Prosecutors had asked for six years. His mother said the verdict was cruel.")
    assert ("verdict", "Ruling") in mentions(nlp, lexicon, text)


def test_a_verdict_with_no_court_in_the_article_is_not_a_ruling(nlp, lexicon):
    assert ("verdict", "Ruling") not in mentions(nlp, lexicon, "Critics said the verdict of history would be harsh.")


@pytest.mark.parametrize("text, name", [
    ("The local station Ekho Moskvy in Chelyabinsk stopped broadcasting.", "Ekho Moskvy in Chelyabinsk"),
    ("Reporters of Radio Svoboda in Kazakhstan said the regional edition would close.",
     "Radio Svoboda in Kazakhstan"),
], ids=["station", "regional-edition"])
def test_local_edition_in_a_place_where_editions_are_spoken_of(nlp, lexicon, text, name):
    assert (name, "Organization") in mentions(nlp, lexicon, text)


def test_outlet_in_a_place_elsewhere_is_the_outlet(nlp, lexicon):
    ex = extraction(nlp, lexicon, "Meduza in Riga reported the story first.")
    assert {m.text for m in ex.mentions if m.type == "Organization"} == {"Meduza"}


def test_a_unit_of_an_owner_is_no_name_of_its_own(nlp, lexicon):
    found = mentions(nlp, lexicon, "Kurmasheva, an editor at Radio Free Europe/Radio Liberty's Tatar-Bashkir service "
                                   "who holds two passports, was detained.")
    assert not any("Tatar" in m for m, _ in found)


# --- rulings.py: more shapes that make a ruling noun specific ---------------------------------------

@pytest.mark.parametrize("text, surface", [
    ("A presidential decree banning the export of grain took effect.", "presidential decree"),
    ("Lawyers appealed against the designation of the group as undesirable.", "designation"),
    ("The ban on Telegram was lifted in 2020.", "ban"),
    ("The regulator sent an order blocking the site to the providers.", "order"),
], ids=["presidential-described", "appealed-against", "ban-on-target", "order-described"])
def test_specific_ruling_shapes(nlp, lexicon, text, surface):
    assert (surface, "Ruling") in mentions(nlp, lexicon, text)


@pytest.mark.parametrize("text", [
    "Officials discussed a possible ban on Telegram.",
    "Any decision blocking the site must be reviewed by a court.",
    "The minister spoke about a proposed ban on VPN services.",
], ids=["possible", "any", "proposed"])
def test_hypothetical_rulings_are_not_rulings(nlp, lexicon, text):
    assert not any(t == "Ruling" for _, t in mentions(nlp, lexicon, text))


@pytest.mark.parametrize("text, name", [
    ("The stake was sold to Gazprombank last year.", "Gazprombank"),
    ("Engineers of Rostelecom installed the equipment.", "Rostelecom"),
], ids=["bank", "telecom"])
def test_one_word_company_is_no_person(nlp, lexicon, text, name):
    assert (name, "Person") not in mentions(nlp, lexicon, text)


# --- institutions.py: state bodies named by the place they serve -----------------------------------

@pytest.mark.parametrize("text, name", [
    ("The Pskov regional prosecutor's office filed the claim.", "Pskov regional prosecutor's office"),
    ("The prosecutor's office of the Pskov region filed the claim.", "prosecutor's office of the Pskov region"),
    ("The Sverdlovsk region prosecutor's office asked for a ban.", "Sverdlovsk region prosecutor's office"),
    ("The Tomsk regional administration refused to approve the picket.", "Tomsk regional administration"),
    ("The Main Directorate of the Justice Ministry for Moscow sent the warning.",
     "Main Directorate of the Justice Ministry for Moscow"),
], ids=["regional-prosecutor", "office-of-region", "region-prosecutor", "administration", "directorate-for-city"])
def test_local_state_bodies(nlp, lexicon, text, name):
    assert (name, "GovernmentBody") in mentions(nlp, lexicon, text)


@pytest.mark.parametrize("text", [
    "In Pskov police detained him after the picket.",
    "The activist said Government officials lied.",
], ids=["place-of-the-act", "no-place"])
def test_no_local_body_without_a_place_it_serves(nlp, lexicon, text):
    assert not any(m.startswith(("Pskov", "Government")) for m, _ in mentions(nlp, lexicon, text))


def test_a_local_body_naming_a_building_is_no_body(nlp, lexicon):
    found = mentions(nlp, lexicon, "He stood alone outside the Tatarstan government building with a poster.")
    assert not any(t == "GovernmentBody" for _, t in found)


@pytest.mark.parametrize("text, name", [
    ("The Commission for Human Rights under the Governor of Moscow Region said the fine was lawful.",
     "Commission for Human Rights under the Governor of Moscow Region"),
    ("The Commission for Migration Issues under the Governor of the Pskov Region met on Tuesday.",
     "Commission for Migration Issues under the Governor of the Pskov Region"),
], ids=["governor", "governor-of-the"])
def test_body_under_a_head_of_state_or_region(nlp, lexicon, text, name):
    assert (name, "GovernmentBody") in mentions(nlp, lexicon, text)


# --- bills.py: a described law inside a subordinate clause is asserted --------------------------------

def test_described_law_in_a_since_clause(nlp, lexicon):
    text = ("Users turned to VPN services, which the regulator has been trying to block since a law banning their "
            "promotion took effect.")
    assert ("law banning their promotion", "Law") in mentions(nlp, lexicon, text)


@pytest.mark.parametrize("text", [
    "Activists asked the Duma to introduce a bill pardoning users.",
    "The deputies want to pass a law banning the promotion of VPN services.",
], ids=["asked", "want-to-pass"])
def test_a_law_only_asked_for_is_no_law(nlp, lexicon, text):
    assert not any(t == "Law" for _, t in mentions(nlp, lexicon, text))


# --- outlets: names after the noun for their kind, Russian adjective names, places that only describe -----

@pytest.mark.parametrize("text, name", [
    ("The Tomsk channel TV-2 lost its licence in 2015.", "TV-2"),
    ("The Sverdlovsk news site Ura.ru reported the search.", "Ura.ru"),
    ("The editor of Chelyabinsky Obzor was fined under the fakes article.", "Chelyabinsky Obzor"),
    ("Journalists of the online outlet Gorizontalnaya Rossiya were questioned.", "Gorizontalnaya Rossiya"),
], ids=["caps-and-digit", "domain", "adjective-name", "adjective-name-after-kind"])
def test_outlet_names(nlp, lexicon, text, name):
    assert (name, "Organization") in mentions(nlp, lexicon, text)


def test_a_place_with_a_kind_noun_only_describes(nlp, lexicon):
    found = mentions(nlp, lexicon, "The Yakutsk newspaper Yakutsk Vecherny printed the letter, and a Tomsk channel "
                                   "repeated it. The council fined the channel 10,000 euros.")
    assert not any(m in ("Yakutsk newspaper", "Tomsk channel", "10") for m, _ in found)


def test_a_given_name_with_an_adjective_like_surname_is_a_person(nlp, lexicon):
    assert ("Yelena Zolotaya", "Person") in mentions(nlp, lexicon, "The lawyer Yelena Zolotaya spoke to reporters.")


# --- ruling_shapes.py: dated by a year, after sentencing, left standing, sent ------------------------

@pytest.mark.parametrize("text, surface", [
    ("Under the 2015 decree, the ministry keeps a list of undesirable groups.", "decree"),
    ("The appeals court left the sentence unchanged.", "sentence"),
    ("She was sentenced to six years; her lawyers called the sentence absurd.", "sentence"),
    ("Roskomnadzor sent the outlet a warning in June, its second this year.", "warning"),
], ids=["year", "left-unchanged", "after-sentencing", "sent"])
def test_more_specific_ruling_shapes(nlp, lexicon, text, surface):
    assert (surface, "Ruling") in mentions(nlp, lexicon, text)


@pytest.mark.parametrize("text", [
    "The 2015 decision to leave was hard for the family.",
    "He left the decision to the judge.",
], ids=["dated-choice", "left-to"])
def test_choices_are_not_rulings(nlp, lexicon, text):
    assert not any(t == "Ruling" for _, t in mentions(nlp, lexicon, text))


def test_a_sentence_being_served_is_no_new_ruling(nlp, lexicon):
    text = "Navalny himself is serving a two-and-a-half-year prison sentence in a penal colony east of Moscow."
    assert not any(t == "Ruling" for _, t in mentions(nlp, lexicon, text))


@pytest.mark.parametrize("text, name", [
    ("Police detained Rustam Ziyatdinov, 26, after the rally.", "Rustam Ziyatdinov"),
    ("Court papers show that Ayrat Dilmukhametov, a 40-year-old blogger, was charged.", "Ayrat Dilmukhametov"),
], ids=["age", "age-and-noun"])
def test_a_name_with_an_age_is_a_person(nlp, lexicon, text, name):
    assert (name, "Person") in mentions(nlp, lexicon, text)


def test_an_age_after_a_place_or_body_makes_no_person(nlp, lexicon):
    found = mentions(nlp, lexicon, "In Moscow Region, 15, people were detained. The Kazan Federal University, "
                                   "a 200-year-old school, expelled him.")
    assert not any(t == "Person" for _, t in found)


@pytest.mark.parametrize("text, provision", [
    ("Prosecutors cited Section 4 of the Law on Local Broadcasting Standards.",
     "Section 4 of the Law on Local Broadcasting Standards"),
    ("The station was warned under Article 9 of the Law on Regional Television Licensing, the regulator said.",
     "Article 9 of the Law on Regional Television Licensing"),
], ids=["section", "article"])
def test_a_provision_of_a_law_the_lexicon_lacks_is_part_of_that_law(nlp, lexicon, text, provision):
    found = extraction(nlp, lexicon, text)
    labels = {e.key: e.label for e in found.entities}
    part_of = {(labels[r.subject], labels[r.object]) for r in found.relations if r.predicate == "subdivisionOf"}
    law = provision.split(" of the ", 1)[1]
    assert (provision, law) in part_of


@pytest.mark.parametrize("text", [
    "The station was warned under the Law on Regional Television Licensing last year.",
    "The Law on Regional Television Licensing last month banned such adverts.",
], ids=["last-year", "last-month"])
def test_a_law_named_by_its_subject_stops_before_a_date(nlp, lexicon, text):
    assert ("Law on Regional Television Licensing", "Law") in mentions(nlp, lexicon, text)
