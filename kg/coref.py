"""Within-article coreference for relation arguments: pronouns and definite descriptions.

"The internet giant petitioned ..." -> the nearest preceding Organization;
"the court" -> the nearest Court; "he" -> the nearest Person. Only when the
description's head noun fixes the type; the antecedent is found in the nearest
sentence (its own, or one of the two before) that has a compatible mention: its
subject if it has one, else its latest; with none, nothing (never guessed).
A description whose noun is part of some antecedents' names ("the council" after
"the Presidential Council ...") prefers those. "It"/"its" take the latest subject
of their own or the previous sentence, and only when that one has a wanted type; with no such
subject, the latest mention of a wanted type there.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.model import Mention

# head noun of a definite description -> the entity types it can refer to
DESCRIPTIONS = {
    **dict.fromkeys(["giant", "company", "firm", "holding", "group", "network", "platform", "messenger", "website",
                     "site", "outlet", "newspaper", "broadcaster", "channel", "organization", "organisation", "ngo",
                     "foundation", "charity", "movement", "party", "service", "app", "corporation", "startup",
                     "publisher", "paper", "magazine", "publication", "association", "union"],
                    {"Organization"}),
    **dict.fromkeys(["ministry", "watchdog", "regulator", "agency", "office", "committee", "parliament", "duma",
                     "government", "kremlin", "prosecutor", "prosecutors", "council", "body", "prosecution"],
                    {"GovernmentBody"}),
    **dict.fromkeys(["court", "tribunal", "judge"], {"Court"}),
}
# a description noun -> the stem its antecedent's name shows when it names the body that way
NAME_STEMS = {"prosecution": "prosecut", "prosecutors": "prosecut", "prosecutor": "prosecut"}
WINDOW = 600  # characters back in which a subject is preferred over a more talked-about body of the same name
SENTENCES_BACK = 2  # sentences before its own in which a description or "he" finds its antecedent
PRONOUNS = {"he": {"Person"}, "she": {"Person"}, "him": {"Person"}, "her": {"Person"}, "his": {"Person"}}
NEUTER = {"it", "its"}
NEUTER_TYPES = {"Organization", "GovernmentBody", "Court", "Law", "Ruling"}


class Antecedents:
    def __init__(self, doc: Doc, mentions: list[Mention]):
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.roots: dict[Mention, Token | None] = {}  # each mention's head token, found once
        for m in self.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            self.roots[m] = span.root if span is not None else None

    def resolve(self, token: Token, types: set[str]) -> Mention | None:
        if token.lower_ in NEUTER:
            return self.neuter(token, set(types))
        allowed = self.allowed(token)
        if not allowed or not (allowed & set(types)):
            return None
        before = [m for m in self.mentions if m.end <= token.idx and m.type in allowed & set(types)]
        before = [m for m in before if self.root_index(m) not in own_noun_phrase(token)]
        stem = NAME_STEMS.get(token.lower_, token.lower_)
        named = [m for m in before if token.lower_ not in PRONOUNS
                 and any(w.startswith(stem) for w in m.text.lower().split())]
        if named:
            subjects = [m for m in named if token.idx - m.start < WINDOW and self.is_subject(m)]
            if subjects:
                return subjects[-1]
            # several bodies whose names hold the noun: the one the article has talked about most so far
            counts = {m.entity: sum(n.entity == m.entity and n.end <= token.idx for n in self.mentions) for m in named}
            return max(reversed(named), key=lambda m: counts[m.entity])
        for start, end in self.sentences_back(token, SENTENCES_BACK):  # the nearest sentence with a candidate
            here = [m for m in before if start <= m.start < end]
            if here:
                subjects = [m for m in here if self.is_subject(m)]
                return (subjects or here)[-1]
        return None

    def sentences_back(self, token: Token, count: int) -> list[tuple[int, int]]:
        """Character ranges of the token's sentence (up to the token) and of the `count` sentences before it."""
        found, sent = [], token.sent
        while sent is not None and len(found) <= count:
            found.append((sent.start_char, min(sent.end_char, token.idx)))
            sent = self.doc[sent.start - 1].sent if sent.start > 0 else None
        return found

    def neuter(self, token: Token, types: set[str]) -> Mention | None:
        """'It amends ...', 'its chief executive': the subject of its own clause when that is a name
        ('<Org>, which completed its purchase'), else the latest subject of this or the previous sentence."""
        own = self.clause_subject(token)
        if own is not None:
            return own if own.type in types else None
        sent = token.sent
        start = sent.start_char
        if sent.start > 0:
            start = self.doc[sent.start - 1].sent.start_char
        near = [m for m in self.mentions if start <= m.start and m.end <= token.idx and m.type in NEUTER_TYPES]
        if not token.dep_.startswith("nsubj"):  # "X told providers to block it": an object is not X itself
            governing = {c.i for a in token.ancestors for c in a.children if c.dep_.startswith("nsubj")}
            near = [m for m in near if self.root_index(m) not in governing]
        subjects = [m for m in near if self.is_subject(m)]
        if subjects:
            return subjects[-1] if subjects[-1].type in types else None
        fitting = [m for m in near if m.type in types]  # "Putin signed Federal Law No. 32-FZ. It added ..."
        return fitting[-1] if fitting else None

    def named(self, word: str, types: set[str], offset: int) -> Mention | None:
        """The latest mention before `offset` whose name holds `word` ('council member X' -> '... Council')."""
        found = [m for m in self.mentions if m.end <= offset and m.type in types and word in m.text.lower().split()]
        return found[-1] if found else None

    def clause_subject(self, token: Token) -> Mention | None:
        if token.dep_ != "poss":
            return None
        if token.head.dep_ == "conj" and (first := self.mention_at(token.head.head)):
            return first  # "the Insider and its publisher"
        verb = next((t for t in token.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb is not None else None
        if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
            subject = verb.head
        return self.mention_at(subject) if subject is not None else None

    def mention_at(self, token: Token) -> Mention | None:
        return next((m for m in self.mentions if m.start <= token.idx < m.end and m.type in NEUTER_TYPES), None)

    def is_subject(self, mention: Mention) -> bool:
        """Salience: a mention that is the subject (or main clause head) of its sentence."""
        root = self.roots.get(mention)
        return root is not None and root.dep_ in ("nsubj", "nsubjpass", "ROOT")

    def root_index(self, mention: Mention) -> int:
        root = self.roots.get(mention)
        return root.i if root is not None else -1

    def allowed(self, token: Token) -> set[str] | None:
        word = token.lower_
        if word in PRONOUNS:
            return PRONOUNS[word]
        if token.pos_ == "NOUN" and word in DESCRIPTIONS:
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
                return DESCRIPTIONS[word]
        return None


def own_noun_phrase(token: Token) -> set[int]:
    """'<X>, head of <Y>, who represents the company': inside a relative clause, the phrase the clause
    describes (X and all it holds, outside the clause) is not what the clause's objects refer to."""
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    if clause is None:
        return set()
    top = clause.head
    while top.dep_ in ("pobj", "prep", "appos") and top.head.i != top.i:
        top = top.head
    inside = {t.i for t in clause.subtree}
    return {t.i for t in top.subtree} - inside
