"""Breadth of the built-in lexicon: messengers, VPNs and sites blocked or fined in Russia, and the academic
and research bodies named in treason and academic-freedom cases; and near-misses that must not match them.

Sentences are written for these tests, not taken from any article.
"""

from __future__ import annotations

import pytest

from kg.components.lexmatch import AliasMatcher
from tests.sentences import entities


@pytest.fixture(scope="module")
def matcher(lexicon) -> AliasMatcher:
    return AliasMatcher(lexicon)


def ids(matcher: AliasMatcher, text: str) -> list[str]:
    return [entry.id for _, _, entry in matcher.find(text)]


# the extractor finds and types each new name in a sentence of its own
@pytest.mark.parametrize("text, found", [
    ("Roskomnadzor said on Tuesday that it had blocked WeChat, the Chinese messenger owned by Tencent.",
     {("WeChat", "Organization"), ("Tencent", "Organization"), ("Roskomnadzor", "GovernmentBody")}),
    ("The regulator also restricted access to the LINE messenger, BlackBerry Messenger, Imo and Vchat.",
     {("LINE", "Organization"), ("BlackBerry Messenger", "Organization"), ("Imo", "Organization"),
      ("Vchat", "Organization")}),
    ("Truck drivers had coordinated their strike through Zello before the walkie-talkie app was blocked.",
     {("Zello", "Organization")}),
    ("Officials were told to stop using Threema, Wickr and Microsoft Teams for work.",
     {("Threema", "Organization"), ("Wickr", "Organization"), ("Microsoft Teams", "Organization")}),
    ("In December the watchdog blocked Betternet, Lantern, X-VPN, Cloudflare WARP, Tachyon VPN and PrivateTunnel.",
     {("Betternet", "Organization"), ("Lantern", "Organization"), ("X-VPN", "Organization"),
      ("Cloudflare WARP", "Organization"), ("Tachyon VPN", "Organization"), ("PrivateTunnel", "Organization")}),
    ("Apple removed Red Shield VPN, Le VPN and Amnezia VPN from its Russian App Store.",
     {("Red Shield VPN", "Organization"), ("Le VPN", "Organization"), ("Amnezia VPN", "Organization")}),
    ("Users switched to Surfshark, Windscribe and TunnelBear after Proton VPN slowed down.",
     {("Surfshark", "Organization"), ("Windscribe", "Organization"), ("TunnelBear", "Organization")}),
    ("The encrypted mail services Tutanota and StartMail were blocked after a wave of hoax bomb threats.",
     {("Tutanota", "Organization"), ("StartMail", "Organization")}),
    ("Bloggers moved their videos from Vimeo and Dailymotion to Yappy and Likee.",
     {("Vimeo", "Organization"), ("Dailymotion", "Organization"), ("Yappy", "Organization"),
      ("Likee", "Organization")}),
    ("The court ordered RuTracker and Flibusta blocked for good, and fined Pikabu.",
     {("RuTracker", "Organization"), ("Flibusta", "Organization"), ("Pikabu", "Organization")}),
    ("The regulator said it had restricted FaceTime and Roblox.",
     {("FaceTime", "Organization"), ("Roblox", "Organization")}),
], ids=["wechat", "line-bbm-imo", "zello", "state-messengers", "vpns-2021", "vpns-2024", "vpns-more", "email",
        "video", "piracy", "facetime-roblox"])
def test_platforms_found(nlp, lexicon, text, found):
    assert found <= entities(nlp, lexicon, text)


@pytest.mark.parametrize("text, found", [
    ("Anatoly Maslov, a researcher at the Khristianovich Institute of Theoretical and Applied Mechanics in "
     "Novosibirsk, was charged with treason.",
     {("Khristianovich Institute of Theoretical and Applied Mechanics", "Organization")}),
    ("The Siberian Branch of the Russian Academy of Sciences defended its scientists in an open letter.",
     {("Siberian Branch of the Russian Academy of Sciences", "Organization")}),
    ("Two scientists of the Central Aerohydrodynamic Institute (TsAGI) and one of TsNIIMash were convicted.",
     {("Central Aerohydrodynamic Institute", "Organization"),
      ("Central Research Institute of Machine Building", "Organization")}),
    ("The physicist worked at the Lebedev Physical Institute and taught at Novosibirsk State University.",
     {("Lebedev Physical Institute", "Organization"), ("Novosibirsk State University", "Organization")}),
    ("Roscosmos and Rosatom denied that the engineer had access to secrets; Rostec declined to comment.",
     {("Roscosmos", "GovernmentBody"), ("Rosatom", "Organization"), ("Rostec", "Organization")}),
    ("Professors of Moscow State University and the Higher School of Economics signed the letter.",
     {("Moscow State University", "Organization"), ("Higher School of Economics", "Organization")}),
    ("The European University at St Petersburg lost its licence, and Shaninka's rector was put on trial.",
     {("European University at St Petersburg", "Organization"),
      ("Moscow School of Social and Economic Sciences", "Organization")}),
    ("Graduates of MIPT and St Petersburg State University left the country.",
     {("Moscow Institute of Physics and Technology", "Organization"),
      ("St Petersburg State University", "Organization")}),
    ("ADC Memorial and Perm Memorial were also named in the ruling.",
     {("Anti-Discrimination Centre Memorial", "Organization"), ("Perm Memorial", "Organization")}),
], ids=["itam", "sb-ras", "tsagi-tsniimash", "lebedev-nsu", "state-corporations", "msu-hse", "eusp-shaninka",
        "mipt-spbu", "memorial-groups"])
def test_institutions_found(nlp, lexicon, text, found):
    assert found <= entities(nlp, lexicon, text)


# the spelling and transliteration variants resolve to one entry
@pytest.mark.parametrize("text, entry", [
    ("He used imo.im to call home.", "imo-messenger"),
    ("He used the imo app to call home.", "imo-messenger"),
    ("BBM was blocked too.", "blackberry-messenger"),
    ("Weixin was blocked too.", "wechat"),
    ("Line messenger was blocked too.", "line-messenger"),
    ("The Line app was blocked too.", "line-messenger"),
    ("He downloaded the Tor browser.", "tor-project"),
    ("Roskosmos said so.", "ru-roscosmos"),
    ("Russia's space agency said so.", "ru-roscosmos"),
    ("Rostekh said so.", "rostec"),
    ("He worked at ITAM SB RAS.", "itam-sb-ras"),
    ("He worked at TsAGI.", "tsagi"),
    ("He worked at the Zhukovsky Institute.", "tsagi"),
    ("He worked at TsNIImash.", "tsniimash"),
    ("He worked at the RAS.", "russian-academy-of-sciences"),
    ("He worked at FIAN.", "lebedev-physical-institute"),
    ("She studied at HSE University.", "higher-school-of-economics"),
    ("She studied at Lomonosov Moscow State University.", "moscow-state-university"),
    ("She studied at St. Petersburg State University.", "st-petersburg-state-university"),
    ("She studied at the European University in St. Petersburg.", "european-university-spb"),
    ("She studied at Phystech.", "mipt"),
    ("She posted it on Odnoklassniki.ru and RuTube.", "odnoklassniki"),
    ("She posted it on Odnoklassniki.ru and RuTube.", "rutube"),
    ("The Skype app and Psiphon VPN were slowed down.", "skype"),
    ("The Skype app and Psiphon VPN were slowed down.", "psiphon"),
])
def test_variants_resolve(matcher, text, entry):
    assert entry in ids(matcher, text)


# near-misses: ordinary words and other names that contain the new forms
@pytest.mark.parametrize("text, entry", [
    ("Soldiers along the front line were not allowed phones.", "line-messenger"),
    ("It was the latest in a line of cases against bloggers.", "line-messenger"),
    ("Line by line, the court read out the verdict.", "line-messenger"),
    ("Front Line Defenders condemned the sentence.", "line-messenger"),
    ("Police opened a hot line for informers.", "line-messenger"),
    ("Putin answered questions during his annual Direct Line phone-in.", "line-messenger"),
    ("The station on the Big Circle Line was closed.", "line-messenger"),
    ("imo the verdict was harsh.", "imo-messenger"),
    ("The IMO regulates shipping.", "imo-messenger"),
    ("He was detained on his way to the ras el-Tin palace.", "russian-academy-of-sciences"),
    ("He was detained in Ras al-Khaimah.", "russian-academy-of-sciences"),
    ("The mentor of the torch relay was a Toronto editor.", "tor-project"),
    ("The judge said OK and moved on.", "odnoklassniki"),
    ("He said 'OK' to the investigator.", "odnoklassniki"),
    ("Protesters carried a lantern to the court.", "lantern"),
    ("He ate a blackberry in court.", "blackberry"),
    ("The lawyer gave an outline of the charges.", "outline-vpn"),
    ("The security forces used Russian technologies to track him.", "rostec"),
    ("The Moscow State Pedagogical University expelled him.", "moscow-state-university"),
    ("A Russian space station module was launched.", "ru-roscosmos"),
    ("He laid flowers at the St Petersburg memorial to the victims.", "memorial-research-information-centre"),
    ("A yappy little dog barked outside the court.", "yappy"),
    ("The activists had a warp speed plan.", "cloudflare-warp"),
], ids=["front-line", "line-of-cases", "line-by-line", "front-line-defenders", "hot-line", "direct-line",
        "circle-line", "imo-lowercase", "imo-caps", "ras-el", "ras-al", "tor-inside-words", "ok-word", "ok-quoted",
        "lantern", "blackberry-fruit", "outline", "russian-technologies", "msu-pedagogical", "space-station",
        "spb-memorial-lowercase", "yappy", "warp"])
def test_near_misses_do_not_match(matcher, text, entry):
    assert entry not in ids(matcher, text)
