"""Repairs of parses the small English model gets wrong in a way that hides facts, made before kg reads the Doc.

One so far: an object coordinated after an apposition, "sentenced Sergei Udaltsov, the leader of the Left Front,
and his associate Leonid Razvozzhayev to four and a half years ... under Part 1 of Article 212", which the parser
hangs on the verb as a second verb ('conj' of 'sentenced'), taking with it the verb's own phrases ("to four and a
half years", "for organising ... under Part 1 of Article 212"). The noun becomes a conjunct of the object, and the
phrases that follow its name go back to the verb; "of" and "from" phrases stay with the noun ("his associate from
the Left Front"). Only a noun with no subject, auxiliary or object of its own is moved (a real second clause, "sentenced X, and
prosecutors appealed", has them), and only when nothing of the verb's own comes between the object and the noun
("opened a case under <A>, for inciting hatred, and <B>": <B> goes with <A>).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

NOUNS = {"NOUN", "PROPN"}
VERBAL = {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "csubj", "expl"}
VERB_PHRASES = {"to", "for", "under", "on", "over", "in", "with", "at", "after", "because", "despite"}


def repair(doc: Doc) -> Doc:
    for token in doc:
        if token.dep_ == "conj" and token.pos_ in NOUNS and token.head.pos_ == "VERB":
            object_of_verb(token)
    return doc


def object_of_verb(noun: Token) -> None:
    verb = noun.head
    first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i), None)
    if first is None or any(c.dep_ in VERBAL for c in noun.children):
        return
    joins = [c for c in verb.children if c.dep_ == "cc" and first.i < c.i < noun.i]
    if not joins or any(c.dep_ in ("prep", "advmod", "npadvmod", "advcl") and first.i < c.i < noun.i
                        for c in verb.children):  # "opened a case under <A>, for inciting hatred, and <B>"
        return
    name_end = max([noun.i, *(c.right_edge.i for c in noun.children if c.dep_ in ("appos", "compound") and c.i > noun.i)])
    back = [c for c in noun.children if c.i > name_end and (c.dep_ == "prep" and c.lower_ in VERB_PHRASES or
                                                            c.lower_ == "each")]
    for c in joins:
        c.head = first
    noun.head = first
    for c in back:
        c.head = verb
