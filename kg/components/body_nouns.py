"""State bodies named by a common noun or by a description, when the article makes the referent clear.

Called from acting_bodies.acting_bodies with the candidates chosen so far (entity.common_noun_body.v1 and
neighbours); each shape is read conservatively:

* police that act ("Police officers searched their homes", "detained by police", "the police detained
  him"): Russia's police, in an article about Russia (it names Russian bodies or Russia, no other country's
  bodies) where no other country or people qualifies the act or the actor; a qualified police ("Berlin police", "police in
  Berlin", "riot police") is some other body or none ("police in Yekaterinburg", in a Russian place the
  lexicon knows, are Russia's), and a police that only stands by ("a police station", "violence against
  police") is not annotated;
* "the republic's Supreme Court", "the region's supreme court": the supreme or regional court of the one
  region the article names whose court the lexicon knows, never Russia's Supreme Court;
* a justice of the peace (or magistrate) of a numbered judicial district ("a justice of the peace of
  judicial district No. 422 of Moscow's Tagansky district"): a court of its own, named in full;
* "Putin's human rights council", "the president's human rights council": the Presidential Council for
  Civil Society and Human Rights (the owner stays a mention of its own);
* "its Moscow Center", "its Russian Service" after a known organisation or body: that one's branch, when the
  lexicon knows exactly one part or property of it named so ("The Carnegie Endowment ... closing its Moscow
  Center" -> Carnegie Moscow Center); a branch the lexicon does not know is left alone.
"""

from __future__ import annotations

import re

from numpy import flatnonzero
from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.components.candidates import Candidate, text_of
from kg.lexicon import Lexicon, fold

POLICE_RULE = "entity.acting_police.v1"
POLICE = "ru-police"
POLICE_WORD = get_string_id("police")
# what police do to people in these reports (lemmas)
POLICE_ACTS = {"detain", "arrest", "search", "raid", "seize", "question", "interrogate", "confiscate", "summon",
               "beat", "stop", "disperse", "handcuff", "take", "hold", "fine", "charge", "break", "drag", "grab",
               "escort", "bring", "storm", "visit", "come", "pick", "round"}
POLICE_STAFF = {"officer", "officers", "officials", "agents", "investigators"}  # "police officers searched ..."
RUSSIAN_WORDS = {"russian", "russians", "soviet", "moscow"}


def common_noun_bodies(doc: Doc, chosen: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """Candidates for the shapes of the module docstring, none overlapping a chosen one."""
    text = text_of(doc)
    found = [*police(doc, chosen, lexicon), *numbered_magistrates(text), *rights_councils(text, lexicon),
             *owned_branches(text, chosen, lexicon)]
    for court in republic_courts(text, lexicon):  # the lexicon read "Supreme Court" as Russia's: it is the region's
        same = [c for c in chosen if (c.start, c.end) == (court.start, court.end)]
        for c in same:
            c.key, c.rule, c.confidence = court.key, court.rule, court.confidence
        if not same:
            found.append(court)
    # a name some rule read there stays (a lexicon or parsed one always; any one over police, a word of many names)
    return [c for c in found if not any(o.start < c.end and c.start < o.end and not o.info.get("nested") and
                                        (o.source in ("lexicon", "provision") or c.rule == POLICE_RULE)
                                        for o in chosen)]


def russian_article(text: str, chosen: list[Candidate], lexicon: Lexicon) -> bool:
    """The article names Russian bodies (or courts, laws) and no national body of another country."""
    countries = [e.country for c in chosen if c.key and c.source in ("lexicon", "provision") and (e := lexicon.entries.get(c.key))
                 and c.type in ("GovernmentBody", "Court", "Law")]
    return ("RU" in countries or bool(RUSSIA.search(text))) and \
        not any(k not in ("RU", "INT", "EU", None) for k in countries)


RUSSIA = re.compile(r"\b(?:Russia|Russian|Moscow|Kremlin)\b")


def foreign_near(token: Token, countries: dict[str, str]) -> bool:
    """A country other than Russia, or a people other than Russians, qualifies the act or actor: 'police in
    Berlin', 'French police officers', 'detained two protesters in Paris' (not 'the war in Ukraine' further off)."""
    near = {token.i, token.head.i, token.head.head.i}
    for ent in token.sent.ents:
        name = fold(re.sub(r"^the\s+", "", ent.text, flags=re.I))
        foreign = ent.label_ == "GPE" and name in countries and countries[name] != "russia" or \
            ent.label_ == "NORP" and name.lower() not in RUSSIAN_WORDS
        root = ent.root
        if foreign and (root.head.i in near or root.head.head.i in near or root.head.head.head.i in near):
            return True
    return False


def police(doc: Doc, chosen: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    entry = lexicon.entries.get(POLICE)
    if entry is None or "olice" not in text_of(doc) or not russian_article(text_of(doc), chosen, lexicon):
        return []
    countries = lexicon.country_names
    tokens = map(doc.__getitem__, flatnonzero(doc.to_array(LOWER) == POLICE_WORD).tolist())  # only the "police"
    regions = lexicon.russian_regions
    return [Candidate(t.idx, t.idx + len(t.text), entry.type, "lexicon", POLICE_RULE, 0.6, entry.id)
            for t in tokens if police_acts(t, regions) and not foreign_near(actor_of(t), countries)]


def bare(token: Token, regions=frozenset()) -> bool:
    """No modifier, place or owner: 'police', 'the police', not 'Berlin police', 'police in Paris', 'its police';
    'police in Yekaterinburg' (a Russian place the lexicon knows) is Russia's police there, and 'police inside
    the television centre' (a spot named by a common noun, where the parser hangs it on 'police') is police."""
    return not any(c.dep_ in ("amod", "compound", "nmod", "poss", "nummod", "prep", "appos") and not
                   (in_russian_place(c, regions) or at_a_spot(c)) or c.dep_ == "det" and c.lower_ != "the"
                   for c in token.children)


SPOT_PREPS = {"in", "inside", "outside", "at", "near"}


def at_a_spot(prep: Token) -> bool:
    """'inside the television centre', 'outside the court', 'at the airport': a place with no name in it, which
    says where police acted, not whose police they are ('in Paris', 'at the French embassy' name one)."""
    if prep.dep_ != "prep" or prep.lower_ not in SPOT_PREPS:
        return False
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    return len(objs) == 1 and objs[0].pos_ == "NOUN" and not any(
        t.pos_ == "PROPN" or t.ent_type_ in ("GPE", "NORP", "ORG", "LOC", "FAC") for t in objs[0].subtree)


def in_russian_place(prep: Token, regions) -> bool:
    """'in Yekaterinburg', 'in the Kursk region': a Russian region or city after 'in'."""
    if prep.dep_ != "prep" or prep.lower_ != "in":
        return False
    objs = [o for o in prep.children if o.dep_ == "pobj"]
    if len(objs) != 1:
        return False
    words = [t.text for t in objs[0].subtree if t.dep_ != "det"]
    return fold(" ".join(words)) in regions


def actor_of(token: Token) -> Token:
    """'police' or, in 'Police officers searched ...', the officers."""
    return token.head if token.dep_ == "compound" and token.head.lower_ in POLICE_STAFF else token


def police_acts(token: Token, regions=frozenset()) -> bool:
    actor = actor_of(token)
    if not bare(token, regions) or actor is not token and any(c.dep_ in ("prep", "amod", "poss")
                                                               for c in actor.children):
        return False
    head = actor.head
    if actor.dep_ == "nsubj" and head.pos_ == "VERB" and head.lemma_.lower() in POLICE_ACTS:
        return not any(c.dep_ == "neg" for c in head.children)
    return actor.dep_ == "pobj" and head.dep_ == "agent" and head.head.lemma_.lower() in POLICE_ACTS


# "the republic's Supreme Court", "the region's supreme court", "the republican Supreme Court"
REGION_COURT = re.compile(r"\bthe\s+(?:republic['’]s|region['’]s|republican)\s+([Ss]upreme\s+[Cc]ourt)\b")
REGION_KINDS = {"republic", "oblast", "krai", "autonomous_okrug", "region"}


def republic_courts(text: str, lexicon: Lexicon) -> list[Candidate]:
    """'the republic's Supreme Court': the supreme court of the one region the article names."""
    if "upreme" not in text:
        return []
    found = []
    for m in REGION_COURT.finditer(text):
        courts = regional_supreme_courts(text, lexicon)
        if len(courts) == 1:
            found.append(Candidate(m.start(1), m.end(1), "Court", "lexicon", "entity.region_supreme_court.v1", 0.75,
                                   courts[0]))
    return found


def regional_supreme_courts(text: str, lexicon: Lexicon) -> list[str]:
    """Ids of the lexicon's regional supreme courts whose region (or the court itself) the text names."""
    names = {fold(m.group()) for m in lexicon.place_regex.finditer(fold(text))}
    regions = {lexicon.place_names()[n] for n in names if n in lexicon.place_names()}
    regions = {r for r in regions if lexicon.places[r].kind in REGION_KINDS}
    return sorted(e.id for e in lexicon.entries.values() if e.type == "Court" and e.city in regions
                  and e.label.startswith("Supreme Court of"))


# "a justice of the peace of judicial district No. 422 of Moscow's Tagansky district", "the magistrate of court
# district No. 5 in Kazan"
PLACE_WORD = r"[A-Z][\w\-]+"
NUMBERED_MAGISTRATE = re.compile(
    rf"\b(?:[Jj]ustice\s+of\s+the\s+[Pp]eace|[Mm]agistrate(?:['’]s\s+[Cc]ourt)?)\s+(?:of|for|at|in)\s+(?:the\s+)?"
    rf"(?:[Jj]udicial|[Cc]ourt|[Mm]agistrate['’]?s?)\s+(?:district|precinct|section|area)\s+"
    rf"(?:[Nn]o\.?\s*|[Nn]umber\s+|№\s*)\d+"
    rf"(?:\s+(?:of|in)\s+(?:the\s+)?(?:{PLACE_WORD}['’]s\s+)?{PLACE_WORD}(?:\s+{PLACE_WORD})?"
    rf"(?:\s+(?:district|region))?)?")


def numbered_magistrates(text: str) -> list[Candidate]:
    if "eace" not in text and "agistrate" not in text:
        return []
    return [Candidate(m.start(), m.end(), "Court", "pattern", "entity.numbered_magistrate.v1", 0.75)
            for m in NUMBERED_MAGISTRATE.finditer(text)]


RIGHTS_COUNCIL = "ru-presidential-human-rights-council"
# "Putin's human rights council", "the president's human rights council", "the Kremlin's rights council"
OWNED_COUNCIL = re.compile(r"\b(?:Putin|[Pp]resident|Kremlin)['’]s?\s+((?:[Hh]uman\s+)?[Rr]ights\s+[Cc]ouncil)\b")


def rights_councils(text: str, lexicon: Lexicon) -> list[Candidate]:
    entry = lexicon.entries.get(RIGHTS_COUNCIL)
    if entry is None or "ights" not in text:
        return []
    return [Candidate(m.start(1), m.end(1), entry.type, "lexicon", "entity.owned_rights_council.v1", 0.75, entry.id)
            for m in OWNED_COUNCIL.finditer(text)]


# "its Moscow Center", "its Russian Service", "its Kyiv bureau"
BRANCH = re.compile(r"\bits\s+((?:[A-Z][\w\-]+\s+){1,2}(?:Center|Centre|[Oo]ffice|[Bb]ureau|[Bb]ranch|[Ss]ervice|"
                    r"[Ee]dition|[Cc]hapter))\b")
OWNER_REACH = 300  # characters back in which the owner of "its" is named


def owned_branches(text: str, chosen: list[Candidate], lexicon: Lexicon) -> list[Candidate]:
    """'its Moscow Center': the known branch of the organisation or body named just before."""
    found = []
    for m in BRANCH.finditer(text) if "its " in text else ():
        owners = [c for c in chosen if c.key and c.source == "lexicon" and c.end <= m.start()
                  and m.start() - c.end < OWNER_REACH and c.type in ("Organization", "GovernmentBody")]
        if not owners:
            continue
        owner = max(owners, key=lambda c: c.end).key
        name = fold(" ".join(m.group(1).split()))
        parts = [e for e in lexicon.entries.values() if owner in (e.parent, e.owner) and
                 any(fold(n) == name or fold(n).endswith(" " + name) for n in (e.label, *e.aliases))]
        if len(parts) == 1:
            found.append(Candidate(m.start(1), m.end(1), parts[0].type, "lexicon", "entity.owned_branch.v1", 0.7,
                                   parts[0].id))
    return found
