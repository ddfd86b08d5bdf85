"""Direct relations from the dependency parse: roles, ownership, what rulings and laws are about.

Each row is a sentence written for the construction it tests (not taken from the seeds or the dev
set), with a fact that must be found, or one that must not (negation, modality, a place or a
foreign title, a description that names its own referent).
"""

from __future__ import annotations

import pytest

from kg.arguments import Context, objects
from kg.extract import extract
from kg.model import Article


def run(nlp, lexicon, text):
    article = Article(id="t", text=text, published="2021-06-10")
    doc = nlp(text)
    return doc, article, extract(doc, article, lexicon)


def facts(nlp, lexicon, text) -> set[tuple[frozenset, str, frozenset]]:
    """(names of the subject, property, names of the object) for every relation of the text."""
    _, _, ex = run(nlp, lexicon, text)
    names = {e.key: frozenset({e.label.lower(), *(f.lower() for f in e.forms)}) for e in ex.entities}
    return {(names[r.subject], r.predicate, names[r.object]) for r in ex.relations}


def named(names: frozenset, part: str) -> bool:
    return any(part.lower() in name for name in names)


def has(found, subject: str, prop: str, obj: str) -> bool:
    return any(named(s, subject) and p == prop and named(o, obj) for s, p, o in found)


ROLES = [
    ("Judge Irina Volkova of the Basmanny District Court rejected the appeal.",
     ("Irina Volkova", "judgeOf", "Basmanny District Court")),
    ("Senators Oleg Morozov and Elena Mizulina of the Federation Council drafted the bill.",
     ("Oleg Morozov", "memberOf", "Federation Council")),
    ("Senators Oleg Morozov and Elena Mizulina of the Federation Council drafted the bill.",
     ("Elena Mizulina", "memberOf", "Federation Council")),
    ("Grigory Melkonyants of the Golos movement said the vote was rigged.",
     ("Grigory Melkonyants", "roleIn", "Golos movement")),
    ("Memorial was founded in 1989. Its chairman, Oleg Orlov, and executive director Sergei Ivanov were detained.",
     ("Oleg Orlov", "headOf", "Memorial")),
    ("Memorial was founded in 1989. Its chairman, Oleg Orlov, and executive director Sergei Ivanov were detained.",
     ("Sergei Ivanov", "headOf", "Memorial")),
    ("Meduza is a news site. Maxim Olenichev, a lawyer who represented the publisher, appealed.",
     ("Maxim Olenichev", "lawyerOf", "Meduza")),
    ("Novaya Gazeta Europe, which is edited by Kirill Martynov, is based in Riga.",
     ("Kirill Martynov", "headOf", "Novaya Gazeta Europe")),
    ("Roskomnadzor, the agency headed by Andrei Lipov, blocked it.", ("Andrei Lipov", "headOf", "Roskomnadzor")),
    ("Telegram refused to hand over the keys. The company, founded by Pavel Durov in 2013, appealed.",
     ("Pavel Durov", "founderOf", "Telegram")),
    ("Anna Petrova, who heads the Sakharov Center, was questioned.", ("Anna Petrova", "headOf", "Sakharov Center")),
    ("Pavel Chikov, head of the Agora group, who represents Telegram, spoke.", ("Pavel Chikov", "roleIn", "Telegram")),
    ("Dmitry Smirnov, a member of the Moscow City Duma, was detained.",
     ("Dmitry Smirnov", "memberOf", "Moscow City Duma")),
    ("The Presidential Council for Civil Society and Human Rights met on Monday. Council member Andrei Babushkin "
     "objected.", ("Andrei Babushkin", "memberOf", "Presidential Council")),
    ("The Moscow City Court heard the case on Monday. Judge Pavel Melekhin granted the claim.",
     ("Pavel Melekhin", "judgeOf", "Moscow City Court")),
    ("The Federation Council approved the bill. Senator Andrei Klishas praised it.",
     ("Andrei Klishas", "memberOf", "Federation Council")),
    ("Alexei Navalny's Anti-Corruption Foundation was banned.", ("Alexei Navalny", "roleIn", "Anti-Corruption")),
    ("Telegram's Pavel Durov left Russia in 2014.", ("Pavel Durov", "roleIn", "Telegram")),
    ("Telegram was fined. Ivan Petrov, head of the Agora group, who represents the company, spoke.",
     ("Ivan Petrov", "roleIn", "Telegram")),
]
ROLE_IDS = ["judge-of", "senators-first", "senators-second", "person-of", "its-title", "its-title-coordinated",
            "lawyer-who", "edited-by", "acl-headed-by", "description-founded-by", "who-heads", "who-misattached",
            "appos-member", "name-word-member", "judge-no-court", "senator", "person-possessive", "body-possessive",
            "company-is-not-own-phrase"]


@pytest.mark.parametrize("text, fact", ROLES, ids=ROLE_IDS)
def test_roles(nlp, lexicon, text, fact):
    assert has(facts(nlp, lexicon, text), *fact)


NO_ROLES = [
    ("Ivan Petrov of Moscow was fined.", "Ivan Petrov"),
    ("Vladimir Putin did not found United Russia.", "Vladimir Putin"),
    ("US Senator Ben Cardin criticised the Federation Council.", "Ben Cardin"),
    ("The lawyer of Ivan Petrov, Anna Sidorova, said the Tverskoy District Court erred.", "Anna Sidorova"),
    ("Judge Pavel Melekhin granted the claim.", "Pavel Melekhin"),
    ("Mail.ru Group asked for an amnesty. Pavel Chikov, the head of the Agora\ninternational human rights group, "
     "said it was overdue.", "Mail.ru Group"),
    ("The Prosecutor General's Office declared an outlet undesirable. Its editor, Roman Dobrokhotov, left.",
     "Prosecutor General"),
]


@pytest.mark.parametrize("text, name", NO_ROLES,
                         ids=["place", "negated", "foreign-title", "lawyer-of-person", "no-court", "named-group",
                              "newsroom-title-of-state-body"])
def test_no_role(nlp, lexicon, text, name):
    """No role for the name (as person), or none to it (as body) when the text gives none."""
    roles = {"roleIn", "headOf", "memberOf", "judgeOf", "lawyerOf", "founderOf", "employeeOf", "spokespersonOf",
             "deputyHeadOf", "prosecutorOf"}
    found = facts(nlp, lexicon, text)
    assert not [f for f in found if f[1] in roles and (named(f[0], name) or named(f[2], name))], found


OWNS = [
    ("Yandex, the owner of Kinopoisk and Yandex Taxi, was fined.", ("Yandex", "Kinopoisk")),
    ("Kinopoisk, a subsidiary of Yandex, was fined.", ("Yandex", "Kinopoisk")),
    ("LinkedIn is owned by Microsoft.", ("Microsoft", "LinkedIn")),
    ("Regulators fined Microsoft, which finalized its acquisition of LinkedIn years ago.", ("Microsoft", "LinkedIn")),
    ("Google was fined. The company's YouTube and Gmail services were slowed.", ("Google", "YouTube")),
    ("Yandex's Kinopoisk streaming service was fined.", ("Yandex", "Kinopoisk")),
    ("Rambler is the parent company of Lenta.ru.", ("Rambler", "Lenta.ru")),
    ("Alphabet, Google's parent company, was fined.", ("Alphabet", "Google")),
    ("Rambler, the company that publishes Lenta.ru, was sold.", ("Rambler", "Lenta.ru")),
    ("The fine does not apply to Kinopoisk, the streaming service Yandex also owns.", ("Yandex", "Kinopoisk")),
    ("Roskomnadzor restricted Facebook, which belongs to Meta.", ("Meta", "Facebook")),
    ("The decision targets Meduza and its Latvian publisher, Medusa Project.", ("Medusa Project", "Meduza")),
    ("A court fined the Wikimedia Foundation, which runs Wikipedia.", ("Wikimedia Foundation", "Wikipedia")),
]


@pytest.mark.parametrize("text, pair", OWNS, ids=["owner-of", "subsidiary-of", "passive", "its-acquisition",
                                                  "description-possessive", "possessive-product", "parent-company",
                                                  "possessive-parent", "publishes", "relative-without-that",
                                                  "belongs-to", "its-publisher-coordinated", "runs"])
def test_owns(nlp, lexicon, text, pair):
    assert has(facts(nlp, lexicon, text), pair[0], "owns", pair[1])


NO_OWNS = [
    "Yandex is not the owner of Kinopoisk.",
    "Sberbank's planned acquisition of Rambler collapsed.",
    "Microsoft may complete its purchase of LinkedIn.",
    "Kinopoisk, the service Yandex no longer owns, was fined.",
    "Meduza published an interview with Yandex.",
    "Memorial's Oleg Orlov and Yandex's Arkady Volozh spoke.",
    "Instagram does not belong to Yandex.",
]


@pytest.mark.parametrize("text", NO_OWNS, ids=["negated", "planned", "modal", "no-longer", "publish-non-org",
                                               "coordinated-possessors", "belong-negated"])
def test_no_owns(nlp, lexicon, text):
    assert not [f for f in facts(nlp, lexicon, text) if f[1] == "owns"]


CONCERNS = [
    ("The law on foreign agents took effect in 2012. It amends two older statutes, the Law on Public Associations "
     "and the Law on Non-Commercial Organisations.", ("foreign agents", "amends", "Non-Commercial Organisations")),
    ("Federal Law No. 28-FZ, which amended the Law on Non-Commercial Organisations, was signed in 2012.",
     ("28-FZ", "amends", "Non-Commercial Organisations")),
    ("Putin signed Federal Law No. 28-FZ on Friday. It added Article 20.3.3 to the Code of Administrative Offenses.",
     ("28-FZ", "amends", "Article 20.3.3")),
    ("Putin signed Federal Law No. 28-FZ on Friday. It added Article 20.3.3 to the Code of Administrative Offenses.",
     ("28-FZ", "amends", "Code of Administrative Offenses")),
    ("In 2019 the Supreme Court banned Memorial. The ruling also covers the Sakharov Center.",
     ("ruling", "targets", "Sakharov Center")),
    ("The Tverskoy District Court issued its ruling on Friday. The decision applies not only to Meta but also to "
     "Instagram.", ("decision", "targets", "Instagram")),
    ("The court fined Google. The decision was taken under Article 13.41 of the Code of Administrative Offenses.",
     ("decision", "applies", "Article 13.41")),
    ("The Duma passed a bill softening Article 282 of the Criminal Code.", ("bill", "amends", "Article 282")),
    ("The court issued a decision banning Jehovah's Witnesses.", ("decision", "targets", "Jehovah")),
    ("The verdict against Ilya Yashin was upheld.", ("verdict", "targets", "Ilya Yashin")),
    ("The judge's decision ordered the dissolution of the Sakharov Center.", ("decision", "targets", "Sakharov")),
    ("The Supreme Court heard the case. The decision ordered that Memorial be liquidated.",
     ("decision", "targets", "Memorial")),
    ("Ivan Petrov was fined on Monday. The court's resolution found that his words discredited the army.",
     ("resolution", "targets", "Ivan Petrov")),
    ("Meduza suspended its newsletter in May, after receiving a warning from Roskomnadzor.",
     ("warning", "targets", "Meduza")),
    ("Federal Law No. 28-FZ added Article 20.3.3 to the Code of Administrative Offenses.",
     ("28-FZ", "amends", "Article 20.3.3")),
    ("The Justice Ministry's new decision targets Meduza and its Latvian publisher, Medusa Project.",
     ("decision", "targets", "Medusa Project")),
    ("Meduza received a warning from Roskomnadzor on Monday.", ("Roskomnadzor", "issued", "warning")),
]


@pytest.mark.parametrize("text, fact", CONCERNS, ids=["it-amends-appositive", "which-amended", "it-added-provision",
                                                      "it-added-to-code", "ruling-covers", "decision-applies-to",
                                                      "taken-under", "bill-softening", "decision-banning",
                                                      "verdict-against", "ordered-dissolution-of", "ordered-that",
                                                      "found-that-pronoun", "received-warning", "numbered-law-misparse",
                                                      "verb-tagged-noun", "received-from"])
def test_concerns(nlp, lexicon, text, fact):
    assert has(facts(nlp, lexicon, text), *fact)


NO_CONCERNS = [
    ("The Tverskoy District Court issued a ruling. The decision does not apply to WhatsApp.", "WhatsApp"),
    ("The Sakharov Center was banned. The ruling was criticised by Memorial.", "Memorial"),
    ("The Duma passed a law on Friday. It will amend the Law on Non-Commercial Organisations.", "Non-Commercial"),
    ("The State Duma approved the law. It also amended the Code of Administrative Offenses.", "Administrative"),
]


@pytest.mark.parametrize("text, name", NO_CONCERNS, ids=["negated", "agent-is-not-about", "modal", "it-is-the-duma"])
def test_no_concerns(nlp, lexicon, text, name):
    about = {"concerns", "amends", "targets", "applies", "interprets"}
    found = facts(nlp, lexicon, text)
    assert not [f for f in found if f[1] in about and named(f[2], name)], found


@pytest.mark.parametrize("text, verb, expected", [
    ("Federal Law No. 149-FZ, which President Vladimir Putin signed in July, restricts anonymizers.", "signed",
     "Federal Law No. 149-FZ"),
    ("The Open Russia movement, which was banned by the Prosecutor General's Office, closed.", "banned",
     "Open Russia movement"),
    ("Roskomnadzor said on Monday that it blocked it.", "blocked", None),
], ids=["which-dobj", "which-nsubjpass", "plain-pronoun"])
def test_relative_pronoun_objects(nlp, lexicon, text, verb, expected):
    """A relative pronoun object stands for the noun its clause hangs on."""
    doc, article, ex = run(nlp, lexicon, text)
    ctx = Context(doc, article, ex.mentions, ex.entities, ex.sentences, lexicon)
    token = next(t for t in doc if t.text == verb)
    found = objects(ctx, token, ("dobj", "nsubjpass"), {"Law", "Organization"})
    assert [m.text for m in found][:1] == ([expected] if expected else [])
