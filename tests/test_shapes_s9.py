"""Shapes from nine articles written blind this round, each read through the real model in sentences of our own,
with near misses that must stay silent: a past clause of time under a wish or forecast, a designation label the
parser hung on a relative clause, 'named a foreign agent', 'was tried under', a second 'under' joined to the verb,
'after being sentenced', deals for a company, a person's company in apposition, owners and shareholders, 'the
service', 'the appeals court' and 'the defence'."""

from __future__ import annotations

import pytest

from tests.sentences import holds, kinds


def cases(rows, names="text, subject, kind, obj"):
    return pytest.mark.parametrize(names, rows)


# --- facts that must be read ----------------------------------------------------------------------------------

@cases([
    # a past clause of time or cause tells a fact, whatever the clause above it wishes or foresees
    ("Amnesty International said it would keep working in Russia after the Prosecutor General's Office declared "
     "the group an undesirable organisation.", "Prosecutor General", "sanctioned", "Amnesty International"),
    ("Navalny's lawyers said they would appeal after the Lyublinsky District Court had convicted him under Article "
     "282.", "Lyublinsky", "sanctioned", "Navalny"),
    # the label closes the object after a relative clause
    ("Russia's Supreme Court on Wednesday declared \"Columbine\", a loose online community that glorifies school "
     "shootings, a terrorist organisation and banned its activities.", "Supreme Court", "sanctioned", "Columbine"),
    ("The Supreme Court declared Columbine, a movement that glorifies school shootings, a terrorist organisation.",
     "Supreme Court", "sanctioned", "Columbine"),
    # "name" designates with the label as its complement
    ("Garry Kasparov had been named a \"foreign agent\" by the Justice Ministry in 2022.", "Justice", "sanctioned",
     "Kasparov"),
    ("The Justice Ministry named Lev Ponomaryov a foreign agent on Friday.", "Justice", "sanctioned", "Ponomar"),
    # a trial under a provision charges the one tried
    ("Viktor Krasnov had been tried at the Industrial District Court of Stavropol under Part 1 of Article 148 of the "
     "Criminal Code.", "Krasnov", "chargedUnder", "Article 148"),
    ("The Leninsky court tried Ivan Petrov under Article 207.3 of the Criminal Code.", "Petrov", "chargedUnder",
     "Article 207.3"),
    # a second 'under' the parser joins to the verb
    ("The Second Western District Military Court convicted Nikita Tushkanov. That court found the teacher guilty "
     "under Part 2 of Article 205.2 of the Criminal Code, which covers the justification of terrorism, and under "
     "Article 280.3 of the same code, which punishes discrediting the army.", "Tushkanov", "chargedUnder",
     "Article 280.3"),
    # 'after being sentenced': the one the main clause is about
    ("Ioann Kurmoyarov, an Orthodox priest, remains in custody after being sentenced in June to three years under "
     "Article 207.3 of the Criminal Code.", "Kurmoyarov", "chargedUnder", "Article 207.3"),
    ("Ivan Petrov left Russia after being fined under Article 20.3.3 of the Code of Administrative Offenses.",
     "Petrov", "chargedUnder", "Article 20.3.3"),
    # both sides of a deal for a company own or owned it
    ("Alisher Usmanov bought Kommersant in 2006 from the Georgian tycoon Badri Patarkatsishvili.", "Usmanov",
     "roleIn", "Kommersant"),
    ("Alisher Usmanov bought Kommersant in 2006 from the Georgian tycoon Badri Patarkatsishvili.",
     "Patarkatsishvili", "roleIn", "Kommersant"),
    ("Pavel Durov sold his stake in VKontakte to Ivan Tavrin.", "Tavrin", "roleIn", "VKontakte"),
    ("Pavel Durov sold his stake in VKontakte to Ivan Tavrin.", "Durov", "roleIn", "VKontakte"),
    # a person's company named in apposition
    ("Onexim Group, Prokhorov's investment vehicle, sold the channel.", "Prokhorov", "roleIn", "Onexim"),
    ("Onexim Group, the investment vehicle of Mikhail Prokhorov, sold the channel.", "Prokhorov", "roleIn", "Onexim"),
    # owners and shareholders hold a role
    ("Alisher Usmanov, the main shareholder of Kommersant, declined to comment.", "Usmanov", "roleIn", "Kommersant"),
    ("Kommersant's owner, Alisher Usmanov, declined to comment.", "Usmanov", "roleIn", "Kommersant"),
    # "who founded": a person, whatever the apposition's noun
    ("Derk Sauer, the Dutch publisher who founded The Moscow Times, was brought in to steer the newsroom.", "Sauer",
     "roleIn", "Moscow Times"),
    ("Sergei Ivanov, the head of the presidential administration, did not comment.", "Sergei Ivanov", "roleIn",
     "Presidential Administration"),
    # "the service" for a state body the article names a service
    ("The Federal Financial Monitoring Service keeps a list. The service, headed by Yury Chikhanchin, publishes it "
     "online.", "Chikhanchin", "roleIn", "Financial Monitoring"),
    # "the appeals court" is the one court named before as a court of appeal; "the defence" asks for whom it frees
    ("The Military Court of Appeal upheld the sentence of Nikita Tushkanov. At the hearing, his lawyers asked the "
     "appeals court to overturn the ruling.", "Tushkanov", "petitioned", "Military Court"),
    ("The Military Court of Appeal upheld the sentence of Nikita Tushkanov. At the hearing, the defence asked the "
     "court to overturn the ruling and acquit Tushkanov.", "Tushkanov", "petitioned", "Military Court"),
    # a phrase of the charge the parser joins to an earlier phrase
    ("Nikita Tushkanov was sentenced. The Second Western District Military Court found him guilty of justifying "
     "terrorism under Part 2 of Article 205.2 of the Criminal Code, over a post about the bridge, and of repeatedly "
     "discrediting the army under Article 280.3 of the code.", "Tushkanov", "chargedUnder", "Article 280.3"),
    # "the article on 'fakes', Article 207.3": the provision named in apposition, not the one cited before
    ("Ivan Petrov was fined under Article 20.3.3 of the Code of Administrative Offenses. Oleg Sidorov was sentenced "
     "to three years under the article on \"fakes\", Article 207.3 of the Criminal Code.", "Sidorov",
     "chargedUnder", "Article 207.3"),
])
def test_the_shape_gives_its_fact(nlp, lexicon, text, subject, kind, obj):
    assert holds(kinds(nlp, lexicon, text), subject, kind, obj)


# --- near misses ----------------------------------------------------------------------------------------------

@cases([
    ("Meduza said it would appeal if the court fined it.", "sanctioned", "Meduza"),
    ("The company plans to leave Russia before the regulator blocks its service.", "sanctioned", "company"),
    ("The court declared Meduza, an outlet that publishes reports on terrorist attacks, a threat to security.",
     "sanctioned", "Meduza"),
    ("Putin named Ivan Petrov head of the Centre for Countering Extremism.", "sanctioned", "Petrov"),
    ("Ivan Petrov was named the new head of the Interior Ministry's anti-extremism department.", "sanctioned",
     "Petrov"),
    ("Roskomnadzor tried to block Telegram under Article 15.3 of the Law on Information.", "chargedUnder",
     "Telegram"),
    ("Ivan Petrov tried to leave Russia before he was charged.", "chargedUnder", "Petrov"),
    ("Ivan Petrov sold his car to Oleg Deripaska.", "roleIn", "Deripaska"),
    ("Alisher Usmanov bought a flat in London. Kommersant reported it.", "roleIn", "Usmanov"),
    ("Meduza, Ivan Kolpakov's favourite outlet, was blocked.", "roleIn", "Kolpakov"),
    ("The defence asked the court to question Ivan Petrov as a witness.", "petitioned", "Petrov"),
], "text, kind, who")
def test_the_near_miss_gives_no_fact(nlp, lexicon, text, kind, who):
    found = kinds(nlp, lexicon, text)
    assert not any(k == kind and (who in s or who in o) for s, k, o in found)


def test_the_article_on_fakes_with_its_number_after_is_not_the_provision_cited_before(nlp, lexicon):
    found = kinds(nlp, lexicon, "Ivan Petrov was fined under Article 20.3.3 of the Code of Administrative Offenses. "
                                "Oleg Sidorov was sentenced to three years under the article on \"fakes\", Article "
                                "207.3 of the Criminal Code.")
    assert not holds(found, "Sidorov", "chargedUnder", "20.3.3")


def test_a_review_item_about_another_case_takes_no_court_from_the_item_before(nlp, lexicon):
    """Each item of a monthly review is another case: a passive sentence in an item that names no court is not by
    the court of the item before it."""
    text = ("**Komi.** The Second Western District Military Court sentenced Nikita Tushkanov to five years.\n\n"
            "**St Petersburg.** Ioann Kurmoyarov remains in custody after being sentenced in June to three years "
            "under Article 207.3 of the Criminal Code.\n\n**Perm.** Anna Ivanova was sentenced to two years.")
    found = kinds(nlp, lexicon, text)
    assert holds(found, "Military Court", "sanctioned", "Tushkanov")
    assert not holds(found, "Military Court", "sanctioned", "Kurmoyarov")
    assert not holds(found, "Military Court", "sanctioned", "Ivanova")


def test_running_text_keeps_the_one_trial_court(nlp, lexicon):
    text = ("The Second Western District Military Court sentenced Nikita Tushkanov to five years.\n\n"
            "Anna Ivanova, his co-defendant, was sentenced to two years.")
    assert holds(kinds(nlp, lexicon, text), "Military Court", "sanctioned", "Ivanova")


def test_a_fronted_place_keeps_the_modal_clause_open(nlp, lexicon):
    """'will appeal once the court blocks it': a clause of time in the present is not yet a fact."""
    assert not any(k == "sanctioned" for _, k, _ in kinds(nlp, lexicon, "Telegram will appeal once the court "
                                                                          "blocks it."))


def test_the_appeals_court_stays_open_between_two_courts_of_appeal(nlp, lexicon):
    found = kinds(nlp, lexicon, "The Moscow City Court of Appeal and the First Appeals Court heard cases. Ivan "
                                "Petrov's lawyers asked the appeals court to free him.")
    assert not any(k == "petitioned" for _, k, _ in found)
