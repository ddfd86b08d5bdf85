"""A person's account on a platform is not a role in the platform; broad lexicon entries (VPN services,
opposition news sites, place names, the "Information Act", 'contributor' as a job title).

Sentences are written for these tests, not taken from any article.
"""

from __future__ import annotations

import pytest

from kg.extract import extract
from kg.model import Article


def run(nlp, lexicon, text):
    article = Article(id="t", text=text, published="2021-06-10")
    ex = extract(nlp(text), article, lexicon)
    labels = {e.key: e.label for e in ex.entities}
    return ex, {(labels[r.subject], r.predicate, labels[r.object]) for r in ex.relations}


@pytest.mark.parametrize("text, person, org", [
    ("Last week the blogger Igor Sokolov described the raid on his Telegram channel.", "Igor Sokolov", "Telegram"),
    ("The activist Vera Orlova uploaded the clip to her YouTube channel on Monday.", "Vera Orlova", "YouTube"),
], ids=["telegram-channel", "youtube-channel"])
def test_own_channel_is_not_a_role(nlp, lexicon, text, person, org):
    _, facts = run(nlp, lexicon, text)
    assert not any(p == "roleIn" and s.endswith(person.split()[-1]) and o == org for s, p, o in facts)


def test_possessive_organisation_still_gives_a_role(nlp, lexicon):
    _, facts = run(nlp, lexicon, "A court in Moscow fined Pavel Durov's Telegram for ignoring takedown orders.")
    assert ("Pavel Durov", "roleIn", "Telegram") in facts


def test_contributor_to_outlet_is_a_role(nlp, lexicon):
    _, facts = run(nlp, lexicon, "Anna Belova, a freelance contributor to Radio Liberty, was questioned by police.")
    assert any(s == "Anna Belova" and o.endswith("Radio Liberty") for s, _, o in facts)


@pytest.mark.parametrize("text, label, type_", [
    ("The regulator said VyprVPN and IPVanish had been added to the list.", "VyprVPN", "Organization"),
    ("Users switched to Hola!VPN and Speedify after the outage.", "Hola VPN", "Organization"),
    ("Prosecutors demanded that Grani.ru and Kasparov.ru be blocked.", "Kasparov.ru", "Organization"),
    ("The site was blocked under the law on VPNs and anonymisers.", "Federal Law No. 276-FZ (VPN law)", "Law"),
    ("The judges examined Section 10 of the Information Act.", "Federal Law on Information, Information Technologies and Protection of Information", "Law"),
], ids=["vypr", "hola", "kasparov-ru", "vpn-law-british", "information-act"])
def test_lexicon_entries(nlp, lexicon, text, label, type_):
    ex, _ = run(nlp, lexicon, text)
    assert (label, type_) in {(e.label, e.type) for e in ex.entities}


def test_ukrainian_city_is_not_an_organization(nlp, lexicon):
    ex, _ = run(nlp, lexicon, "The journalist was charged over posts about the shelling of Mariupol by Russian troops.")
    assert "Mariupol" not in {e.label for e in ex.entities}
