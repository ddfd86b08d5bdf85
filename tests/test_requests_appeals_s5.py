"""Requests and appeals told in wordings the verb's own subject and object miss: a passive request ('was asked by'),
a judge asked for his court, what the prosecution or the defence asks at trial ('asked for nine years'), a request
named in a phrase set before a subject the parser misplaces, the court of a suit hung on the one sued, an appeal
court that leaves a sentence unchanged, cuts it or upholds the verdict 'in the case of' someone. Each shape is read
from several sentences of our own through the real model, with near misses that must make no fact: questions,
requests not made or only planned, acts asked for with no addressee, overturned sentences."""

from __future__ import annotations

import pytest

from tests.sentences import holds, kinds


# --- "<Y> was asked by <X> to ..." ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, asker, asked", [
    ("Wikipedia was asked by Roskomnadzor to delete the article.", "Roskomnadzor", "Wikipedia"),
    ("Yandex was asked by the Federal Antimonopoly Service to change its search results.", "Antimonopoly", "Yandex"),
    ("The Moscow City Court was asked by the Prosecutor General's Office to ban the movement.", "Prosecutor General",
     "Moscow City Court"),
], ids=["wikipedia", "yandex", "court"])
def test_a_passive_request_asks_its_subject(nlp, lexicon, text, asker, asked):
    found = kinds(nlp, lexicon, text)
    assert holds(found, asker, "petitioned", asked)
    assert not holds(found, asked, "petitioned", asker)


# --- a judge asked: the request goes to the judge's court ----------------------------------------------------

@pytest.mark.parametrize("text, asker, court, judge", [
    ("Memorial's lawyers asked Judge Mikhail Kazakov of the Moscow City Court to throw out the claim.", "Memorial",
     "Moscow City Court", "Kazakov"),
    ("Lawyers for Memorial asked Judge Alla Nazarova of the Supreme Court to dismiss the lawsuit.", "Memorial",
     "Supreme Court", "Nazarova"),
    ("Lawyers for Alexei Gorinov asked Judge Olesya Mendeleeva of the Meshchansky District Court to return the case "
     "to prosecutors.", "Gorinov", "Meshchansky", "Mendeleeva"),
    ("The Justice Ministry asked Judge Oleg Nefedov of the Supreme Court to liquidate the organisation.", "Justice",
     "Supreme Court", "Nefedov"),
], ids=["kazakov", "nazarova", "mendeleeva", "nefedov"])
def test_a_judge_asked_stands_for_the_court(nlp, lexicon, text, asker, court, judge):
    found = kinds(nlp, lexicon, text)
    assert holds(found, asker, "petitioned", court)
    assert not holds(found, asker, "petitioned", judge)


# --- what the parties ask at trial goes to the court of the case ---------------------------------------------

@pytest.mark.parametrize("text, asker, court", [
    ("Ilya Yashin went on trial at the Meshchansky District Court. The Moscow prosecutor's office asked for nine "
     "years.", "Prosecutor", "Meshchansky"),
    ("The Sverdlovsk Regional Court is hearing the case of Evan Gershkovich. The Prosecutor General's Office asked "
     "for 18 years in a maximum-security colony.", "Prosecutor General", "Sverdlovsk"),
    ("At the Dzerzhinsky District Court of Perm, the lawyers of Alexander Shabarchin asked for an acquittal.",
     "Shabarchin", "Dzerzhinsky"),
    ("Alexandra Skochilenko's lawyers asked for an acquittal at the Vasileostrovsky District Court.", "Skochilenko",
     "Vasileostrovsky"),
    ("Mikhail Afanasyev stood trial at the Abakan City Court. The Prosecutor's Office of Khakassia asked for nine "
     "years in a penal colony.", "Khakassia", "Abakan"),
    ("The Pskov City Court sentenced Artyom Shpakovsky. Prosecutors from the Pskov Region Prosecutor's Office had "
     "demanded ten years for him.", "Pskov Region", "Pskov City Court"),
    ("The case was brought by the Moscow Prosecutor's Office. At the Tverskoy District Court, prosecutors asked for "
     "seven years for Alexei Gorinov.", "Prosecutor", "Tverskoy"),
], ids=["years", "colony", "acquittal", "acquittal-at", "office-of-region", "prosecutors-from", "prosecutors-office"])
def test_a_request_at_trial_goes_to_the_court_of_the_case(nlp, lexicon, text, asker, court):
    assert holds(kinds(nlp, lexicon, text), asker, "petitioned", court)


# --- a request in a phrase before a subject the parser hangs on it --------------------------------------------

@pytest.mark.parametrize("text, asker, asked", [
    ("Acting on a request from the Federal Security Service, the Lefortovo District Court extended the detention of "
     "Evan Gershkovich.", "Federal Security Service", "Lefortovo"),
    ("In response to a complaint from the Federal Antimonopoly Service, the Moscow Arbitration Court fined Apple "
     "12 million rubles.", "Antimonopoly", "Arbitration"),
    ("Google deleted dozens of YouTube videos following a request from Roskomnadzor.", "Roskomnadzor", "Google"),
    ("Following a complaint from the Investigative Committee, Roskomnadzor restricted access to the Protestant site.",
     "Investigative Committee", "Roskomnadzor"),
], ids=["acting-on", "in-response", "following-verb", "following-fronted"])
def test_the_body_acting_on_a_request_was_asked(nlp, lexicon, text, asker, asked):
    assert holds(kinds(nlp, lexicon, text), asker, "petitioned", asked)


# --- a request a court is to hear has been made to it -------------------------------------------------------

@pytest.mark.parametrize("text, asker, court", [
    ("Alexei Gorinov was sentenced to seven years by the Meshchansky District Court in July. His appeal will be "
     "heard by the Moscow City Court.", "Gorinov", "Moscow City Court"),
    ("The Supreme Court of Bashkortostan will consider the appeal of Lilia Chanysheva next month.", "Chanysheva",
     "Bashkortostan"),
    ("The Moscow City Court heard the appeal of Ilya Yashin on Tuesday.", "Yashin", "Moscow City Court"),
], ids=["will-be-heard", "will-consider", "heard"])
def test_an_appeal_before_a_court_asks_it(nlp, lexicon, text, asker, court):
    assert holds(kinds(nlp, lexicon, text), asker, "petitioned", court)


# --- a suit decided with no court named: the article's one court ----------------------------------------------

@pytest.mark.parametrize("text, asker, court", [
    ("The Supreme Court heard the case on Tuesday. The Justice Ministry's lawsuit was upheld in full.", "Justice",
     "Supreme Court"),
    ("The Justice Ministry went to the Moscow City Court in November. The ministry's claim was granted in January.",
     "Justice", "Moscow City Court"),
    ("The Tagansky District Court heard the case in April. Roskomnadzor's claim was granted the same day.",
     "Roskomnadzor", "Tagansky"),
], ids=["lawsuit-upheld", "claim-granted", "claim-same-day"])
def test_a_suit_decided_went_to_the_one_court(nlp, lexicon, text, asker, court):
    assert holds(kinds(nlp, lexicon, text), asker, "petitioned", court)


@pytest.mark.parametrize("text, asker, court", [
    ("The Moscow City Court will hear the case. The Justice Ministry's claim may be granted next week.", "Justice",
     "Moscow City Court"),
    ("The Tverskoy District Court and the Moscow City Court handled the case. The Justice Ministry's claim was "
     "granted.", "Justice", "Court"),
    ("The Meshchansky District Court sentenced Ilya Yashin in December. His appeal was rejected in April.", "Yashin",
     "Meshchansky"),
    ("The Tverskoy District Court fined Meduza in May. Meduza's request to leave the register was rejected by the "
     "Justice Ministry.", "Meduza", "Tverskoy"),
], ids=["planned", "two-courts", "appeal-not-to-the-convicting-court", "request-to-a-body"])
def test_no_court_is_guessed_for_a_request(nlp, lexicon, text, asker, court):
    assert not holds(kinds(nlp, lexicon, text), asker, "petitioned", court)


# --- a suit: the court named after the one sued -----------------------------------------------------------------

@pytest.mark.parametrize("text, asker, court, sued", [
    ("The Justice Ministry sued the Russian Jewish Congress in the Moscow City Court.", "Justice", "Moscow City Court",
     "Jewish"),
    ("Roskomnadzor sued Wikimedia Foundation in the Tagansky District Court over the articles.", "Roskomnadzor",
     "Tagansky", "Wikimedia"),
    ("Roskomnadzor sued Telegram in the Tagansky District Court.", "Roskomnadzor", "Tagansky", "Telegram"),
], ids=["ministry", "wikimedia", "telegram"])
def test_a_suit_asks_the_court_not_the_one_sued(nlp, lexicon, text, asker, court, sued):
    found = kinds(nlp, lexicon, text)
    assert holds(found, asker, "petitioned", court)
    assert not holds(found, asker, "petitioned", sued)


# --- an appeal court that confirms or changes a sentence sanctions its bearer ---------------------------------

@pytest.mark.parametrize("text, court, person", [
    ("The Moscow City Court left the sentence of Alexei Gorinov unchanged.", "Moscow City Court", "Gorinov"),
    ("The Perm Regional Court left Alexander Shabarchin's sentence in force.", "Perm", "Shabarchin"),
    ("The Supreme Court of Mordovia left the verdict against pensioner Igor Suslov unchanged.", "Mordovia", "Suslov"),
    ("The Kaluga Regional Court left in force the sentence of Ivan Lyubshin.", "Kaluga", "Lyubshin"),
    ("The Supreme Court of Karelia upheld the verdict in the case of Yuri Dmitriev.", "Karelia", "Dmitriev"),
    ("The Moscow City Court upheld the ruling against Ivan Safronov.", "Moscow City Court", "Safronov"),
    ("The Supreme Court of Chechnya cut Oyub Titiev's sentence to three years.", "Chechnya", "Titiev"),
    ("The Novosibirsk Regional Court cut the sentence of journalist Mikhail Afanasyev by a year.", "Novosibirsk",
     "Afanasyev"),
    ("The Moscow City Court changed the punishment of Yevgenia Berkovich, cutting her term by two months.",
     "Moscow City Court", "Berkovich"),
], ids=["left-unchanged", "left-in-force", "left-verdict", "left-in-force-first", "in-the-case-of",
        "ruling-against", "cut-possessive", "cut-of", "changed"])
def test_an_appeal_court_confirming_a_sentence_sanctions(nlp, lexicon, text, court, person):
    assert holds(kinds(nlp, lexicon, text), court, "sanctioned", person)


# --- the sides an act may not have (moved from a late filter into the verb readers) --------------------------

@pytest.mark.parametrize("text, subject, kind, obj", [
    ("Meduza published the ruling of the Moscow City Court on its website on Tuesday.", "Meduza", "issued", ""),
    ("Novaya Gazeta published the text of the Federal Law on Foreign Agents in full.", "Novaya Gazeta", "issued", ""),
    ("The bill was submitted to the State Duma by deputy Andrei Lugovoi in March.", "Lugovoi", "petitioned", "Duma"),
    ("The Investigative Committee requested the arrest of Alexei Gorinov.", "Investigative", "petitioned", "Gorinov"),
], ids=["published-ruling", "published-law", "bill-submitted", "arrest-of"])
def test_no_issuer_or_addressee_where_the_act_has_none(nlp, lexicon, text, subject, kind, obj):
    assert not holds(kinds(nlp, lexicon, text), subject, kind, obj)


# --- near misses ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, subject, kind, obj", [
    ("Meduza asked Roskomnadzor for comment, but the agency did not reply.", "Meduza", "petitioned", "Roskomnadzor"),
    ("RBC asked the Supreme Court for comment on the ruling.", "RBC", "petitioned", "Supreme Court"),
    ("Kommersant asked the Justice Ministry about the list but got no answer.", "Kommersant", "petitioned", "Justice"),
    ("Neither Meduza nor its lawyers appealed to the Moscow City Court.", "Meduza", "petitioned", "Moscow City Court"),
    ("Neither Google nor Apple complained to the Federal Antimonopoly Service.", "Google", "petitioned",
     "Antimonopoly"),
    ("Meduza plans to appeal to the Moscow City Court.", "Meduza", "petitioned", "Moscow City Court"),
    ("Yashin's lawyers said they would appeal to the Moscow City Court.", "Yashin", "petitioned", "Moscow City Court"),
    ("Golos may ask the Constitutional Court to review the law.", "Golos", "petitioned", "Constitutional Court"),
    ("Navalny refused to appeal to the Supreme Court.", "Navalny", "petitioned", "Supreme Court"),
    ("The Prosecutor General's Office will ask the Meshchansky District Court for nine years.", "Prosecutor General",
     "petitioned", "Meshchansky"),
    ("The Prosecutor General's Office asked for nine years for Ilya Yashin.", "Prosecutor General", "petitioned", ""),
    ("The Meshchansky District Court sentenced Ilya Yashin, and the Moscow City Court upheld the verdict. Human "
     "Rights Watch asked for his release.", "Human Rights Watch", "petitioned", ""),
    ("Roskomnadzor sought the blocking of Telegram.", "Roskomnadzor", "petitioned", "Telegram"),
    ("The Moscow City Court overturned the conviction of Alexei Moskalev.", "Moscow City Court", "sanctioned",
     "Moskalev"),
    ("The Supreme Court overturned the sentence of Yevgeny Kurakin and closed the case.", "Supreme Court",
     "sanctioned", "Kurakin"),
    ("The Supreme Court quashed the sentence of Ivan Safronov and sent the case back for a new trial.",
     "Supreme Court", "sanctioned", "Safronov"),
    ("The Kaluga Regional Court will decide next week whether to leave the sentence of Ivan Lyubshin unchanged.",
     "Kaluga", "sanctioned", "Lyubshin"),
    ("The Moscow City Court left the courtroom after Alexei Gorinov's speech.", "Moscow City Court", "sanctioned",
     "Gorinov"),
    ("The Moscow City Court refused to uphold the sentence of Ilya Yashin.", "Moscow City Court", "sanctioned",
     "Yashin"),
    ("The Moscow City Court upheld the acquittal of Yulia Tsvetkova.", "Moscow City Court", "sanctioned", "Tsvetkova"),
    ("The Kirovsky District Court sentenced Igor Ivanov. Prosecutors had asked for five years.", "", "petitioned",
     "Kirovsky"),
    ("The Moscow Prosecutor's Office and the Prosecutor General's Office were involved. At the Tverskoy District "
     "Court, prosecutors asked for seven years.", "", "petitioned", "Tverskoy"),
    ("Amnesty International called on the authorities to acquit Ilya Yashin, whom the Meshchansky District Court "
     "is trying.", "Amnesty", "petitioned", "Meshchansky"),
], ids=["comment", "comment-on", "about", "neither-appealed", "neither-complained", "plans", "would", "may",
        "refused", "will-ask", "no-court", "two-courts-release", "sought-blocking", "overturned", "closed-case",
        "quashed", "whether-to-leave", "left-courtroom", "refused-to-uphold", "upheld-acquittal", "prosecutors-no-office",
        "two-offices", "authorities-called"])
def test_near_misses_make_no_fact(nlp, lexicon, text, subject, kind, obj):
    assert not holds(kinds(nlp, lexicon, text), subject, kind, obj)
