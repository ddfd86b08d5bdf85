"""Organisations described, not named: the nouns journalists use for them beyond kg.coref_words' list, and the
checks kg.coref makes before a description or pronoun takes a name.

    "The Levada Center publishes polls. The Ministry of Justice added the pollster to the register."
    "Memorial was designated a foreign agent in 2016. The NGO appealed to the Constitutional Court."

`extra_description` gives the types such a noun may mean ("the pollster", "the nonprofit", "the NGO" even when
the tagger reads the acronym as a proper noun), only with a definite determiner and no name of its own.
`paired` leaves a description open when the sentence it reaches names two candidates side by side ("Meduza and
The Insider ... The outlet", "fined Google and Apple. The company's spokeswoman"): either could be meant.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.components.candidates import text_of
from kg.coref_chain import detached_determiner, names_itself
from kg.coref_words import DESCRIPTIONS
from kg.doc_tables import children
from kg.model import Mention

# head nouns of descriptions of a non-state organisation that kg.coref_words.DESCRIPTIONS does not list
ORGANIZATION_NOUNS = {
    "pollster", "nonprofit", "non-profit", "tabloid", "weekly", "journal", "collective", "band", "troupe", "ensemble",
    "studio", "telecom", "retailer", "marketplace", "manufacturer", "diocese", "parish", "sect", "denomination",
    "monastery", "mosque", "seminary", "lyceum", "ngo", "nko",
}
ACRONYMS = {"ngo", "nko"}  # tagged as proper nouns, yet descriptions ("The NGO appealed ...")
DETERMINERS = ("the", "this", "that")
NOMINAL = ("nsubj", "nsubjpass", "dobj", "pobj", "dative")


def extra_description(token: Token) -> set[str] | None:
    """The types an organisation's description outside kg.coref_words may mean, or None; also a listed noun the
    tagger took for an adjective ('Roskomnadzor warned the daily')."""
    word = token.lower_
    if token.pos_ == "ADJ" and token.dep_ in NOMINAL and DESCRIPTIONS.get(word) == {"Organization"} and any(
            c.dep_ == "det" and c.lower_ in DETERMINERS for c in children(token)) and not names_itself(token):
        return {"Organization"}
    if word not in ORGANIZATION_NOUNS or not (token.pos_ == "NOUN" or token.pos_ == "PROPN" and word in ACRONYMS):
        return None
    if token.pos_ == "PROPN" and not token.is_upper:
        return None  # "Weekly Review" is a name
    if not (any(c.dep_ == "det" and c.lower_ in DETERMINERS for c in children(token)) or detached_determiner(token)) \
            or names_itself(token):
        return None
    return {"Organization"}


def paired(ants, found: Mention, here: list[Mention]) -> bool:
    """Whether `found` is named in coordination with another candidate of its type ('Viber and WhatsApp')."""
    others = {m.entity for m in here if m.type == found.type and m.entity != found.entity}
    if not others:
        return False
    group = ants.coordinated([m for m in here if m.type == found.type])
    if found in group and any(m.entity in others for m in group):
        return True
    # "Golos and Memorial monitor ..." misparsed: the two names side by side in the text (text_of: Doc.text joins
    # every token again)
    text = text_of(ants.doc)
    return any(m.entity in others and text[min(m.end, found.end):max(m.start, found.start)].strip(" ,") in (
        "and", "or", "") and (m.end <= found.start or found.end <= m.start) for m in here)
