"""'The former' and 'the latter': one of the two entities named together just before.

    "Meduza and TV Rain were labelled foreign agents. The latter was fined 300,000 rubles."  -> TV Rain
    "Roskomnadzor and the FSB opened checks. A court later fined the former."               -> Roskomnadzor
The pair is the nearest coordinated group ("A and B") in the word's sentence before it or the two
sentences before; a group of three, or none, gives nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.components.candidates import text_of
from kg.doc_tables import children
from kg.model import Mention

ORDER = {"former": 0, "latter": 1}
NOMINAL = ("nsubj", "nsubjpass", "dobj", "pobj", "dative", "conj")
SENTENCES_BACK = 2


def ordinal_word(token: Token) -> bool:
    """'the latter' standing alone as a noun phrase (not 'the former deputy')."""
    return token.lower_ in ORDER and token.dep_ in NOMINAL and any(
        c.dep_ == "det" and c.lower_ == "the" for c in children(token))


def ordinal_antecedent(antecedents, token: Token, types: set[str]) -> Mention | None:
    """The first or second of the pair named before (see the module docstring); None when it has another type."""
    before = [m for m in antecedents.mentions if m.end <= token.idx and not antecedents.nested(m)]
    for start, end in antecedents.sentences_back(token, SENTENCES_BACK):
        here = list({m.entity: m for m in before if start <= m.start < end}.values())
        group = antecedents.coordinated(here) or joined(text_of(antecedents.doc), here)
        if group:
            if len({m.entity for m in group}) != 2:
                return None
            found = group[ORDER[token.lower_]]
            return found if found.type in types else None
    return None


def joined(text: str, mentions: list[Mention]) -> list[Mention]:
    """'Meduza and TV Rain' when the parse missed the coordination: two names with only 'and' between them (and
    all the names of a list 'A, B and C' when it is one)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for a, b in zip(ordered, ordered[1:]):
        if text[a.end:b.start].strip(" ,") == "and":
            group = [a, b]
            while (i := ordered.index(group[0])) > 0 and text[ordered[i - 1].end:group[0].start].strip() == ",":
                group.insert(0, ordered[i - 1])
            return group
    return []
