"""Within-article coreference for relation arguments: pronouns and definite descriptions.

"The internet giant petitioned ..." -> the nearest preceding Organization;
"the court" -> the nearest Court; "he" -> the nearest Person. Only when the
description's head noun fixes the type; the antecedent is the latest
compatible mention in subject position within a short window, else the
nearest compatible mention; with none, nothing (unresolved, never guessed).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.model import Mention

# head noun of a definite description -> the entity types it can refer to
DESCRIPTIONS = {
    **dict.fromkeys(["giant", "company", "firm", "holding", "group", "network", "platform", "messenger", "website",
                     "site", "outlet", "newspaper", "broadcaster", "channel", "organization", "organisation", "ngo",
                     "foundation", "charity", "movement", "party", "service", "app", "corporation", "startup"],
                    {"Organization"}),
    **dict.fromkeys(["ministry", "watchdog", "regulator", "agency", "office", "committee", "parliament", "duma",
                     "government", "kremlin", "prosecutor", "prosecutors", "council", "body"], {"GovernmentBody"}),
    **dict.fromkeys(["court", "tribunal", "judge"], {"Court"}),
}
WINDOW = 600  # characters back in which a subject is preferred over a nearer non-subject
PRONOUNS = {"he": {"Person"}, "she": {"Person"}, "him": {"Person"}, "her": {"Person"}}


class Antecedents:
    def __init__(self, doc: Doc, mentions: list[Mention]):
        self.doc = doc
        self.mentions = sorted(mentions, key=lambda m: m.start)

    def resolve(self, token: Token, types: set[str]) -> Mention | None:
        allowed = self.allowed(token)
        if not allowed or not (allowed & set(types)):
            return None
        before = [m for m in self.mentions if m.end <= token.idx and m.type in allowed & set(types)]
        if not before:
            return None
        recent = [m for m in before if token.idx - m.start < WINDOW]
        subjects = [m for m in recent if self.is_subject(m)]
        return (subjects or before)[-1]

    def is_subject(self, mention: Mention) -> bool:
        """Salience: a mention that is the subject (or main clause head) of its sentence."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("nsubj", "nsubjpass", "ROOT")

    def allowed(self, token: Token) -> set[str] | None:
        word = token.lower_
        if word in PRONOUNS:
            return PRONOUNS[word]
        if token.pos_ == "NOUN" and word in DESCRIPTIONS:
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
                return DESCRIPTIONS[word]
        return None
