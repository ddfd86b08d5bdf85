"""Wrong facts of six shapes, read through the real model: a ruling only asked for, feared or talked about (no issuer,
no target: 'demanded a ban from <court>', 'fears of a ban by <body>'), the speaker of a reporting clause taken for
what a verdict is about, a court carried over from earlier text to an act whose clause describes its own ('a court
in Tyumen'), 'the article' after two provisions, and a review bullet's verdict given the previous bullet's court.
Each shape in many wordings, with positives of the same verbs that keep their fact."""

from __future__ import annotations

import pytest

from tests.sentences import holds, kinds

FINED = "The Kirovsky District Court fined Maria Ivanova. "
SENTENCED = "- The Kirovsky District Court sentenced Ivan Petrov to two years.\n"


def cases(rows, names="text, subject, kind, obj"):
    return pytest.mark.parametrize(names, rows)


# --- 1. a ruling asked of a court: the court in 'from' is the one asked, not the issuer ------------------------

@cases([
    ("Roskomnadzor demanded a ban on Telegram from the Tagansky District Court.", "Tagansky", "issued", ""),
    ("Prosecutors sought a ruling from the Moscow City Court to liquidate Memorial.", "Moscow City Court", "issued",
     ""),
    ("The Justice Ministry asked for a ban on the movement from the Supreme Court.", "Supreme Court", "issued", ""),
    ("The regulator requested a blocking order from the Tagansky District Court.", "Tagansky", "issued", ""),
    ("Investigators petitioned for an arrest warrant from the Basmanny District Court.", "Basmanny", "issued", ""),
    ("The prosecutor's office applied for a liquidation order from the Moscow City Court.", "Moscow City Court",
     "issued", ""),
    ("Roskomnadzor called for a decision from the Tagansky District Court on blocking the messenger.", "Tagansky",
     "issued", ""),
    ("The FSB is seeking a ruling from the Meshchansky District Court that would ban the app.", "Meshchansky",
     "issued", ""),
    ("Lawyers for Memorial asked for a verdict from the Supreme Court by the end of the year.", "Supreme Court",
     "issued", ""),
    ("The ministry had demanded a decision from the Moscow City Court within a month.", "Moscow City Court", "issued",
     ""),
    ("Roskomnadzor will request a court order from the Tagansky District Court next week.", "Tagansky", "issued", ""),
])
def test_a_court_asked_for_a_ruling_did_not_issue_it(nlp, lexicon, text, subject, kind, obj):
    assert not holds(kinds(nlp, lexicon, text), subject, kind, obj)


@cases([
    ("Roskomnadzor demanded a ban on Telegram from the Tagansky District Court.", "Roskomnadzor", "petitioned",
     "Tagansky"),
    ("Roskomnadzor asked the Tagansky District Court to ban Telegram.", "Roskomnadzor", "petitioned", "Tagansky"),
    ("The Tagansky District Court banned Telegram at the request of Roskomnadzor.", "Tagansky", "sanctioned",
     "Telegram"),
    ("Roskomnadzor received a ban on Telegram from the Tagansky District Court.", "Tagansky", "issued", ""),
    ("Telegram received a warning from Roskomnadzor.", "Roskomnadzor", "issued", ""),
    ("The ruling of the Moscow City Court was upheld.", "Moscow City Court", "issued", ""),
])
def test_a_ruling_received_or_named_keeps_its_issuer_and_the_asker_petitioned(nlp, lexicon, text, subject, kind,
                                                                              obj):
    assert holds(kinds(nlp, lexicon, text), subject, kind, obj)


# --- 2. a ruling only asked for, feared or talked about ----------------------------------------------------------

@cases([
    ("Prosecutors asked for a ruling banning Meta.", "ruling", "concerns", "Meta"),
    ("Prosecutors requested a decision banning Memorial.", "decision", "concerns", "Memorial"),
    ("Lawyers feared a ruling banning Meta.", "ruling", "concerns", "Meta"),
    ("Talk of a ban on Telegram by Roskomnadzor grew louder.", "Roskomnadzor", "sanctioned", "Telegram"),
    ("Rumours of a ban on Telegram by Roskomnadzor spread in April.", "Roskomnadzor", "sanctioned", "Telegram"),
    ("Speculation about a ban on Telegram by Roskomnadzor grew in March.", "Roskomnadzor", "sanctioned", "Telegram"),
    ("The idea of a blocking of Telegram by Roskomnadzor was dismissed.", "Roskomnadzor", "sanctioned", "Telegram"),
    ("Fears of a ban on Telegram by Roskomnadzor grew.", "Roskomnadzor", "issued", ""),
    ("Fears of a ruling by the Tagansky District Court against Telegram grew.", "Tagansky", "issued", ""),
    ("The threat of a decision by the Supreme Court banning the movement loomed.", "Supreme Court", "issued", ""),
    ("The prospect of a verdict by the Moscow City Court worried his family.", "Moscow City Court", "issued", ""),
    ("Talk of a ruling by the Supreme Court on the movement grew louder.", "Supreme Court", "issued", ""),
    ("The possibility of a ban by Roskomnadzor on Telegram was discussed.", "Roskomnadzor", "issued", ""),
    ("The risk of a ruling by the Tverskoy District Court against Meduza was real.", "Tverskoy", "issued", ""),
    ("A proposal for a ban on Telegram by Roskomnadzor was drafted.", "Roskomnadzor", "issued", ""),
])
def test_a_ruling_asked_for_feared_or_talked_about_has_no_issuer_nor_target(nlp, lexicon, text, subject, kind, obj):
    assert not holds(kinds(nlp, lexicon, text), subject, kind, obj)


@cases([
    ("The Tagansky District Court issued a ruling banning Telegram.", "ruling", "concerns", "Telegram"),
    ("The ban on Telegram by Roskomnadzor was lifted in 2020.", "Roskomnadzor", "sanctioned", "Telegram"),
    ("The ruling by the Tagansky District Court against Telegram took effect.", "Tagansky", "issued", ""),
    ("The blocking of Telegram by Roskomnadzor began in April.", "Roskomnadzor", "sanctioned", "Telegram"),
    ("The decision by the Supreme Court banning the movement took effect.", "Supreme Court", "issued", ""),
])
def test_a_ruling_told_as_made_keeps_its_facts(nlp, lexicon, text, subject, kind, obj):
    assert holds(kinds(nlp, lexicon, text), subject, kind, obj)


# --- 3. the speaker of a reporting clause is not what a ruling concerns ------------------------------------------

SENTENCED_ON_MONDAY = "Ivan Petrov was sentenced on Monday. "


@cases([
    (SENTENCED_ON_MONDAY + "The verdict, said his lawyer Katerina Tertukhina, was unjust.", "Tertukhina"),
    ("The Tverskoy District Court sentenced Ivan Petrov to two years. The verdict, said his lawyer Katerina "
     "Tertukhina, was unjust.", "Tertukhina"),
    ("The court sentenced Tertukhina's client to two years. The verdict, said his lawyer Katerina Tertukhina, was "
     "unjust.", "Katerina"),
    (SENTENCED_ON_MONDAY + "The verdict, Katerina Tertukhina said on Telegram, was unjust.", "Tertukhina"),
    (SENTENCED_ON_MONDAY + "The decision, Sergei Badamshin said, violated the constitution.", "Badamshin"),
    (SENTENCED_ON_MONDAY + "The ruling, according to Pavel Chikov, was illegal.", "Chikov"),
    ("Anna Ivanova was fined on Friday. The ruling, noted her lawyer Maria Eismont, ignored the evidence.",
     "Eismont"),
    (SENTENCED_ON_MONDAY + "The sentence, said human rights lawyer Pavel Chikov, was the harshest yet.", "Chikov"),
    (SENTENCED_ON_MONDAY + "The verdict, his lawyer Ivan Pavlov told reporters, was politically motivated.",
     "Pavlov"),
    (SENTENCED_ON_MONDAY + "The verdict was unjust, Memorial said in a statement.", "Memorial"),
    (SENTENCED_ON_MONDAY + "The verdict was, in the words of Oleg Orlov, a disgrace.", "Orlov"),
    ("The verdict against Yashin, said his lawyer Vadim Prokhorov, was expected.", "Prokhorov"),
], "text, obj")
def test_a_speaker_is_not_what_the_ruling_concerns(nlp, lexicon, text, obj):
    found = kinds(nlp, lexicon, text)
    assert not any(k == "concerns" and obj in o for _, k, o in found)


@cases([
    (SENTENCED_ON_MONDAY + "The verdict, said his lawyer Katerina Tertukhina, was unjust.", "verdict", "concerns",
     "Petrov"),
    ("The Supreme Court banned Memorial. The ruling, said Pavel Chikov, covers Memorial.", "uling", "concerns",
     "Memorial"),
    ("The ruling banning Memorial was unlawful, Memorial said.", "ruling", "concerns", "Memorial"),
    ("The Tverskoy District Court sentenced Ilya Yashin. The verdict against him, said Yashin, was political.",
     "verdict", "concerns", "Yashin"),
    ("The Supreme Court ruling ordered Memorial to close, Memorial said.", "uling", "concerns", "Memorial"),
    ("The Tverskoy District Court's verdict against Ilya Yashin was unjust.", "verdict", "concerns", "Yashin"),
])
def test_whom_a_ruling_is_about_stays_beside_a_speaker(nlp, lexicon, text, subject, kind, obj):
    assert holds(kinds(nlp, lexicon, text), subject, kind, obj)


# --- 4. an act whose clause describes its own court takes no earlier court ---------------------------------------

@cases([
    FINED + "Activist Pavel Petrov was fined by a court in Tyumen instead.",
    FINED + "A magistrate in Omsk fined Pavel Petrov a week later.",
    FINED + "Pavel Petrov was sentenced by a court in Tyumen to two years.",
    "The Leninsky District Court jailed Maria Ivanova. Later, a court in Kazan fined Pavel Petrov.",
    FINED + "In Tyumen, a court fined Pavel Petrov under the same article.",
    FINED + "Pavel Petrov was fined by a magistrate in Omsk.",
    "The Kirovsky District Court convicted Maria Ivanova. A military court in Rostov convicted Pavel Petrov.",
    FINED + "Blogger Pavel Petrov was jailed by a district court in Tyumen.",
    FINED + "Pavel Petrov was also fined, by a court in Perm.",
    FINED + "A judge in Perm sentenced Pavel Petrov to a year.",
    FINED + "In Tyumen, a district court sentenced Pavel Petrov to two years.",
    "The Meshchansky District Court fined Maria Ivanova. In Perm, a city court later fined Pavel Petrov.",
], "text")
def test_a_described_court_of_its_own_is_not_the_earlier_one(nlp, lexicon, text):
    found = kinds(nlp, lexicon, text)  # (a magistrate in a named town is a court of its own: it may act)
    assert not any(k == "sanctioned" and "Petrov" in o and "District Court" in s for s, k, o in found)


@cases([
    (FINED + "It also fined Pavel Petrov.", "Kirovsky", "sanctioned", "Petrov"),
    ("The Kirovsky District Court heard the case. Pavel Petrov was fined 30,000 roubles.", "Kirovsky", "sanctioned",
     "Petrov"),
    (FINED + "The court also fined Pavel Petrov.", "Kirovsky", "sanctioned", "Petrov"),
    (FINED + "Pavel Petrov was fined by the same court.", "Kirovsky", "sanctioned", "Petrov"),
    ("The Kirovsky District Court in Tyumen fined Maria Ivanova. The same court fined Pavel Petrov a week later.",
     "Kirovsky", "sanctioned", "Petrov"),
    ("The Kirovsky District Court tried Pavel Petrov. He was sentenced to two years.", "Kirovsky", "sanctioned",
     "Petrov"),
    # the place of the clause is the named court's own city: the same court told again
    ("The Leninsky District Court of Tyumen fined Maria Ivanova. In Tyumen, a district court then sentenced Pavel "
     "Petrov to a year.", "Leninsky", "sanctioned", "Petrov"),
    ("The Meshchansky District Court fined Maria Ivanova. In Moscow, a district court then sentenced Pavel Petrov "
     "to a year.", "Meshchansky", "sanctioned", "Petrov"),
])
def test_a_court_pointed_back_to_is_carried(nlp, lexicon, text, subject, kind, obj):
    assert holds(kinds(nlp, lexicon, text), subject, kind, obj)


# --- 5. 'the article' after two provisions stays open ------------------------------------------------------------

ADOPTED = "Article 280.3 and Article 207.3 were adopted in 2022. "


@cases([
    (ADOPTED + "Ivan Petrov was convicted under the article.", "Petrov", "207.3"),
    (ADOPTED + "Ivan Petrov was convicted under the article.", "Petrov", "280.3"),
    ("Lawmakers added Article 280.3 and Article 207.3 to the Criminal Code. Yashin was charged under the article.",
     "Yashin", "207.3"),
    ("Article 207.3 and Article 280.3 took effect in March. Gorinov was sentenced under the article.", "Gorinov",
     "280.3"),
    ("Both Article 275 and Article 276 carry long terms. Safronov was convicted under the article.", "Safronov",
     "27"),
    ("Article 20.3.3 and Article 20.3.1 were used often. Ivanova was fined under the article.", "Ivanova", "20.3"),
    ("Parliament passed Article 280.3, and Article 207.3 followed. Orlov was prosecuted under the article.", "Orlov",
     "207.3"),
    ("Article 280.3 and Article 207.3 of the Criminal Code were adopted in 2022. Petrov was charged under that "
     "article.", "Petrov", "207.3"),
    ("Article 282.1 and Article 282.2 punish extremism. Ivanov was convicted under the article.", "Ivanov", "282"),
    ("The law added Article 207.3 and Article 280.3. Police charged Petrov under the article in May.", "Petrov",
     "280.3"),
], "text, subject, obj")
def test_the_article_after_two_provisions_stays_open(nlp, lexicon, text, subject, obj):
    assert not holds(kinds(nlp, lexicon, text), subject, "chargedUnder", obj)


@cases([
    ("Article 207.3 was adopted in 2022. Ivan Petrov was convicted under the article.", "Petrov", "207.3"),
    ("Article 280.3 of the Criminal Code was adopted in 2022. Yashin was charged under the article.", "Yashin",
     "280.3"),
    ("Gorinov was charged under Article 207.3. He was convicted under the article in July.", "Gorinov", "207.3"),
    ("Article 20.3.3 was used often. Ivanova was fined under the article.", "Ivanova", "20.3.3"),
    ("Lawmakers adopted Article 280.3. Oleg Orlov was convicted under the article.", "Orlov", "280.3"),
    (ADOPTED + "Gorinov was charged under Article 207.3. He was convicted under the article in July.", "Gorinov",
     "207.3"),
    ("Ivanova was charged under Part 2 of Article 207.3. She was convicted under the article.", "Ivanova", "207.3"),
], "text, subject, obj")
def test_the_article_after_one_provision_is_that_provision(nlp, lexicon, text, subject, obj):
    assert holds(kinds(nlp, lexicon, text), subject, "chargedUnder", obj)


# --- 6. a review bullet's verdict after an unnamed court's sentence ----------------------------------------------

@cases([
    (SENTENCED + "- A court in Abakan sentenced Anna Sidorova to three years. The verdict was appealed.", "Kirovsky",
     "issued", ""),
    (SENTENCED + "- A court in Abakan sentenced Anna Sidorova to three years. The verdict was appealed.", "verdict",
     "concerns", "Petrov"),
    (SENTENCED + "- A court in Abakan sentenced Anna Sidorova to three years. The verdict will be appealed, her "
     "lawyer said.", "Kirovsky", "issued", ""),
    ("- The Kirovsky District Court fined Ivan Petrov.\n- A court in Abakan sentenced Anna Sidorova to three years "
     "in a penal colony. Her lawyer called the verdict unjust.", "Kirovsky", "issued", ""),
    ("The Kirovsky District Court ordered the blocking of the website.\nA court in Abakan convicted Anna Sidorova. "
     "Sidorova's lawyer said the verdict was unjust.", "Kirovsky", "issued", ""),
    ("- The Leninsky District Court fined Ivan Petrov under Article 20.3.3.\n- A magistrate in Omsk fined Anna "
     "Sidorova. The ruling will be appealed.", "Leninsky", "issued", ""),
    ("- The Kirovsky District Court jailed Ivan Petrov for ten days.\n- Anna Sidorova was convicted by a court in "
     "Perm. She called the verdict political.", "Kirovsky", "issued", ""),
    ("- The Kirovsky District Court jailed Ivan Petrov for ten days.\n- Anna Sidorova was convicted by a court in "
     "Perm. She called the verdict political.", "Kirovsky", "sanctioned", "Sidorova"),
    (SENTENCED + "- A district court in Kazan sentenced Anna Sidorova to a year. The verdict has not yet taken "
     "effect.", "Kirovsky", "issued", ""),
    ("- The Kirovsky District Court convicted Ivan Petrov.\n- A military court in Rostov sentenced Anna Sidorova to "
     "six years. Her lawyers will appeal the verdict.", "Kirovsky", "issued", ""),
    ("- The Kirovsky District Court fined Ivan Petrov.\n- In Tomsk, a court fined Anna Sidorova. The decision was "
     "upheld on appeal.", "Kirovsky", "issued", ""),
    ("- The Kirovsky District Court convicted Ivan Petrov.\n- Anna Sidorova was fined by a magistrate in Perm. The "
     "ruling was upheld.", "Kirovsky", "issued", ""),
])
def test_a_verdict_of_an_unnamed_court_is_not_the_previous_bullets(nlp, lexicon, text, subject, kind, obj):
    assert not holds(kinds(nlp, lexicon, text), subject, kind, obj)


@cases([
    (SENTENCED + "The verdict was appealed.", "Kirovsky", "issued", ""),
    ("- The Kirovsky District Court sentenced Ivan Petrov to two years. His lawyer called the verdict unjust.",
     "Kirovsky", "issued", ""),
    ("A court in Abakan sentenced Anna Sidorova to three years. The Kirovsky District Court later fined Ivan Petrov. "
     "The ruling was upheld.", "Kirovsky", "issued", ""),
    ("A military appeals court replaced the fine of Ivan Petrov with a prison term. The Moscow Military Court of "
     "Appeal also ordered him detained.", "Military Court", "sanctioned", "Petrov"),
    (SENTENCED + "He appealed against the verdict.", "Kirovsky", "issued", ""),
])
def test_a_verdict_after_its_named_court_keeps_its_issuer(nlp, lexicon, text, subject, kind, obj):
    assert holds(kinds(nlp, lexicon, text), subject, kind, obj)
