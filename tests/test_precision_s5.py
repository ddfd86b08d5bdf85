"""Near misses of issued, sanctioned and charged_under facts, read through the real model: an act only allowed,
wanted or tried ('would let Roskomnadzor block', 'has the power to declare', 'failed to have X convicted'), a court
that only hears or reviews another court's verdict, and a later description ('the blogger') guessed to be the one
person named only as a commentator. Each shape in several wordings, with positives that keep their fact."""

from __future__ import annotations

import pytest

from tests.sentences import holds, kinds


# --- an act a law or power only allows, or one someone failed or wanted to bring about ---------------------

@pytest.mark.parametrize("text, subject, kind, obj", [
    ("The proposed law would let Roskomnadzor block Telegram.", "Roskomnadzor", "sanctioned", "Telegram"),
    ("The new law allows Roskomnadzor to block Wikipedia without a court ruling.", "Roskomnadzor", "sanctioned",
     "Wikipedia"),
    ("The amendments permit the Prosecutor General's Office to declare Meduza undesirable.", "Prosecutor General",
     "sanctioned", "Meduza"),
    ("The Prosecutor General's Office has the power to declare Proekt undesirable.", "Prosecutor General",
     "sanctioned", "Proekt"),
    ("The Justice Ministry now has the right to designate Golos a foreign agent.", "Justice", "sanctioned", "Golos"),
    ("Prosecutors failed to have Oleg Orlov convicted under Article 280.3 at the first trial.", "Orlov",
     "chargedUnder", "280.3"),
    ("Prosecutors want the former journalist Ivan Safronov charged under Article 275 of the Criminal Code.",
     "Safronov", "chargedUnder", "275"),
    ("The Investigative Committee wants Mikhail Afanasyev prosecuted under Article 207.3 of the Criminal Code.",
     "Afanasyev", "chargedUnder", "207.3"),
], ids=["would-let", "allows-to", "permit-to", "power-to", "right-to", "failed-to-have", "want-charged",
        "wants-prosecuted"])
def test_an_act_only_allowed_wanted_or_failed_is_no_fact(nlp, lexicon, text, subject, kind, obj):
    assert not holds(kinds(nlp, lexicon, text), subject, kind, obj)


@pytest.mark.parametrize("text, subject, kind, obj", [
    ("Roskomnadzor blocked Viber in Russia.", "Roskomnadzor", "sanctioned", "Viber"),
    ("The Prosecutor General's Office declared Proekt an undesirable organisation.", "Prosecutor General",
     "sanctioned", "Proekt"),
    ("Investigators charged Oleg Orlov under Article 280.3 of the Criminal Code.", "Orlov", "chargedUnder", "280.3"),
    ("Prosecutors want Ivan Safronov jailed for 24 years. The Moscow City Court sentenced him to 22 years.",
     "Moscow City Court", "sanctioned", "Safronov"),
    ("The Sovetsky District Court of Krasnodar fined Gleb Pivovarov under Article 20.3.3.", "Pivovarov",
     "chargedUnder", "20.3.3"),
], ids=["blocked", "declared", "charged", "wanted-then-sentenced", "fined-under"])
def test_acts_told_as_done_keep_their_fact(nlp, lexicon, text, subject, kind, obj):
    assert holds(kinds(nlp, lexicon, text), subject, kind, obj)


@pytest.mark.parametrize("text, subject, kind, obj", [
    ("The FSB is set to charge Evan Gershkovich under Article 276 of the Criminal Code.", "Gershkovich",
     "chargedUnder", "276"),
    ("Investigators are poised to charge Oleg Orlov under Article 280.3 of the Criminal Code.", "Orlov",
     "chargedUnder", "280.3"),
    ("Prosecutors are due to charge Ilya Yashin under Article 207.3 of the Criminal Code next week.", "Yashin",
     "chargedUnder", "207.3"),
    ("The Tverskoy District Court is set to fine Yevgeny Roizman on Friday.", "Tverskoy", "sanctioned", "Roizman"),
    ("Roskomnadzor is unlikely to block Telegram, officials said.", "Roskomnadzor", "sanctioned", "Telegram"),
], ids=["set-to", "poised-to", "due-to", "court-set-to", "unlikely-to"])
def test_an_act_still_to_come_is_no_fact(nlp, lexicon, text, subject, kind, obj):
    assert not holds(kinds(nlp, lexicon, text), subject, kind, obj)


# --- a court that only hears or reviews another court's verdict did not issue it ----------------------------

@pytest.mark.parametrize("text, court", [
    ("The Supreme Court upheld the decision. It had been handed down by the Moscow City Court in December 2021.",
     "Supreme Court"),
    ("Judge Alla Nazarova of the Supreme Court upheld the ruling that liquidated Memorial.", "Supreme Court"),
    ("The appeal was heard by the Moscow City Court, which left the verdict in force.", "Moscow City Court"),
    ("The Altai Regional Court will hear the appeal against the verdict on March 3.", "Altai Regional Court"),
    ("The Constitutional Court declined to examine the complaint against the verdict.", "Constitutional Court"),
    ("The prosecutor's office appealed the ruling, and the Leningrad Regional Court overturned it.",
     "Leningrad Regional Court"),
], ids=["upheld-the-decision", "judge-upheld", "left-in-force", "will-hear-appeal", "declined-to-examine",
        "overturned-it"])
def test_a_reviewing_court_issues_no_lower_verdict(nlp, lexicon, text, court):
    assert not holds(kinds(nlp, lexicon, text), court, "issued", "")


@pytest.mark.parametrize("text, court", [
    ("The Tagansky District Court ordered Telegram blocked on Friday. Telegram's lawyers called the decision "
     "absurd.", "Tagansky"),
    ("The Supreme Court ruled that the movement was extremist. The decision takes effect immediately.",
     "Supreme Court"),
    ("The Moscow City Court ordered the liquidation of Memorial Human Rights Centre in December 2021. The ruling "
     "was upheld by the appeals chamber.", "Moscow City Court"),
], ids=["ordered-then-decision", "ruled-then-decision", "ordered-then-upheld"])
def test_the_court_that_decided_keeps_its_ruling(nlp, lexicon, text, court):
    assert holds(kinds(nlp, lexicon, text), court, "issued", "")


def test_the_lower_court_keeps_its_sanction_when_an_appeal_court_upholds(nlp, lexicon):
    text = ("The Sovetsky District Court fined Gleb Pivovarov. The Krasnodar Regional Court later upheld the ruling, "
            "and the Supreme Court reviewed the decision in 2024.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Sovetsky", "sanctioned", "Pivovarov")
    assert not holds(found, "Supreme Court", "issued", "")


# --- a commentator is not the one a later description is guessed to mean -----------------------------------

@pytest.mark.parametrize("text, speaker, kind, obj", [
    ("Sergei Lavrov said the ECHR was politicised. The court later convicted the activist under Article 212.1.",
     "Lavrov", "chargedUnder", "212.1"),
    ("Alexander Verkhovsky of the SOVA Center said such prosecutions were common. The court convicted the blogger "
     "under Article 282.", "Verkhovsky", "chargedUnder", "282"),
    ("Pavel Chikov of Agora said many cases were opened. The blogger was charged under Article 280.3.", "Chikov",
     "chargedUnder", "280.3"),
    ("Alexander Cherkasov argued that the trial was unfair. The court fined the pensioner under Article 20.3.3.",
     "Cherkasov", "chargedUnder", "20.3.3"),
], ids=["said", "of-group-said", "said-passive", "argued"])
def test_a_commentator_is_not_the_described_defendant(nlp, lexicon, text, speaker, kind, obj):
    assert not holds(kinds(nlp, lexicon, text), speaker, kind, obj)


@pytest.mark.parametrize("text, subject, kind, obj", [
    ("Alexei Gorinov said in court that he opposed the war. The Meshchansky District Court sentenced the "
     "politician to seven years.", "Meshchansky", "sanctioned", "Gorinov"),
    ("Blogger Ilya Varlamov said he would not return. The Tverskoy District Court fined the blogger 100,000 "
     "rubles.", "Tverskoy", "sanctioned", "Varlamov"),
    ("Activist Mikhail Kriger said he had only written a post. The court convicted the activist under Article "
     "205.2.", "Kriger", "chargedUnder", "205.2"),
    ("Journalist Maria Ponomarenko told the court she was innocent. The Leninsky District Court sentenced the "
     "journalist to six years.", "Leninsky", "sanctioned", "Ponomarenko"),
], ids=["said-in-court", "introduced-as-blogger", "introduced-as-activist", "told-the-court"])
def test_a_speaker_who_is_a_party_or_was_introduced_keeps_the_description(nlp, lexicon, text, subject, kind, obj):
    assert holds(kinds(nlp, lexicon, text), subject, kind, obj)


# --- a court of states (the ECHR) convicts, fines or sentences no one ----------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Yury Dmitriev's lawyers have complained to the European Court of Human Rights. In 2020 the court sentenced "
     "him to 13 years.", "Dmitriev"),
    ("Memorial has taken its case to the European Court of Human Rights. The court fined the group 500,000 rubles "
     "in 2019.", "Memorial"),
    ("Sergei Lavrov said the ECHR was politicised. Weeks later the court sentenced Ivan Petrov to five years.",
     "Petrov"),
    ("The ECHR has ruled against Russia many times. The court convicted the blogger Ilya Sidorov under Article 282.",
     "Sidorov"),
], ids=["complained-then-sentenced", "taken-case-then-fined", "said-then-sentenced", "ruled-then-convicted"])
def test_the_echr_is_not_the_court_that_sanctions(nlp, lexicon, text, person):
    assert not holds(kinds(nlp, lexicon, text), "European Court", "sanctioned", person)


def test_the_domestic_court_keeps_its_sentence_beside_the_echr(nlp, lexicon):
    text = ("The Petrozavodsk City Court sentenced Yury Dmitriev to 13 years. His lawyers complained to the European "
            "Court of Human Rights.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Petrozavodsk", "sanctioned", "Dmitriev")
    assert holds(found, "Dmitriev", "petitioned", "European Court")
