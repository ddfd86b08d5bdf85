"""The words of a designating verb's clause in which its label is looked for (kg.events' restriction reads the
label there: "declared X a foreign agent", "added X to the register of extremist organisations").

The clause's arguments' relative clauses are left out ("Roskomnadzor, which keeps a register of ...") except a
label the parser hung on one of them ('declared "Columbine", a community that glorifies school shootings, a
terrorist organisation'); for a verb that designates only by its complement ("named X a foreign agent"), only that
complement counts, without its prepositional phrases.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.doc_tables import ancestors, children


def designation_words(verb: Token, lemma: str) -> str:
    """The words of the verb's clause a designation label is looked for in: without its arguments' relative clauses
    ('X, which keeps a list,') but with a label hung on one; for a verb that designates only by its complement ("named
    X a foreign agent by the ministry"), that complement without its prepositional phrases."""
    if lemma in L.LABEL_COMPLEMENT:
        words = []
        for c in (c for c in children(verb) if c.dep_ in ("oprd", "attr", "xcomp", "ccomp")):
            phrases = {t.i for p in c.subtree if p.dep_ == "prep" for t in p.subtree}
            words += [t.text for t in c.subtree if t.i not in phrases]
        return " ".join(words)
    labels: dict[int, bool] = {}
    return " ".join(t.text for t in verb.subtree if not in_relative(t, verb) or label_after_relative(t, verb, labels))


def label_after_relative(token: Token, verb: Token, labels: dict[int, bool]) -> bool:
    """'declared "Columbine", a community that glorifies school shootings, a terrorist organisation': the label closes
    the object and the parser hung it, after a comma, on the relative clause's last word (`labels` keeps the answer
    for each label read)."""
    label = next((a for a in (token, *ancestors(token)) if a.dep_ == "appos" and in_relative(a, verb)), None)
    if label is None:
        return False
    if label.i not in labels:
        labels[label.i] = closing_label(label, verb)
    return labels[label.i]


def closing_label(label: Token, verb: Token) -> bool:
    if label.doc[label.left_edge.i - 1].text != ",":
        return False
    obj = next((c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass")), None)
    rel = next((a for a in ancestors(label) if a.dep_ == "relcl"), None)
    if obj is None or rel is None or label.head.i < obj.i:
        return False
    # nothing of the relative clause after the label but a verb joined to it ("... and banned its activities")
    joined = {t.i for c in children(rel) if c.dep_ in ("conj", "cc") and c.i > label.i for t in c.subtree}
    return all(t.i in joined or t.is_punct for t in rel.subtree if t.i > label.right_edge.i)


def in_relative(token: Token, verb: Token) -> bool:
    """Inside a relative clause of one of the verb's arguments ('Roskomnadzor, which keeps a register of ...')."""
    for a in (token, *ancestors(token)):
        if a.i == verb.i:
            return False
        if a.dep_ == "relcl":
            return True
    return False
