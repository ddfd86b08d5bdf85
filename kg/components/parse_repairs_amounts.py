"""Repairs of the parse of a fine with its amount, "fined <recipient> 30,000 roubles under <provision>" (see
kg.components.parse_repairs, which calls them).

The parser reads the simple shape well (the recipient a 'dative' of the verb, the amount its 'dobj', "under ..." on
the verb) but not the shapes around it:

- the amount read as an apposition of the recipient, after a description or a relative clause ("fined Alexei
  Kozlov, a Yabloko activist, and Irina Bayanova, a teacher from Moscow, 30,000 roubles each under Article 20.3.3",
  "fined the Wikimedia Foundation, which owns Wikipedia, 2 million roubles under Part 2 of Article 13.41"), taking
  the verb's "under" and "for" phrases with it: the amount becomes an object of the verb (the recipient keeps its
  label) and the phrases go back to the verb;
- the recipient of a second amount read as a modifier of its number ("fined OVD-Info 500,000 roubles and Memorial
  300,000 roubles", "Memorial" an 'amod' of "roubles"; "and Apple 2 billion roubles", "Apple" a 'compound' of
  "billion"): it gets the relation the parser gave the recipient of the first amount ('nmod' of the amount);
- a second amount read as a conjunct of the verb ("fined Meta 4 million rubles and Google 3 million rubles", the
  second "rubles" a 'conj' of "fined"): it becomes a conjunct of the first amount.
"""

from __future__ import annotations

from spacy.tokens import Token

AMOUNTS = {"roubles", "rubles", "euros", "dollars"}
# verbs whose objects are a recipient and an amount, by form (the lemmatizer gives "fined" the lemma "fin"); not
# "pay", whose object is the sum ("refused to pay the previous penalty, 30,000 roubles")
FINING = {"fine", "fines", "fined", "fining", "award", "awards", "awarded"}
PHRASES = {"under", "for", "over"}  # the verb's own phrases, which the amount took with it


def is_amount(token: Token) -> bool:
    return token.lower_ in AMOUNTS and any(c.dep_ in ("nummod", "compound") and c.i < token.i for c in token.children)


def amount_as_apposition(amount: Token) -> None:
    """'fined <A>, a teacher from Moscow, 30,000 roubles under ...': the amount is the verb's object."""
    verb = fining_verb(amount)
    if verb is None:
        return
    recipient = next((c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i < amount.i), None)
    if recipient is None or not named(recipient) or amount.doc[amount.left_edge.i - 1].text != ",":
        return  # not right after the recipient: "fined former Channel One editor Marina Ovsyannikova 50,000 rubles"
    amount.head = verb
    amount.dep_ = "dobj"  # the recipient keeps its label ('dobj' or 'dative'): the parser itself makes two objects of
    # "fined the activist Olga Misik 45,000 roubles", and kg's rules take a name inside a 'dative' ("former Channel One
    # editor Marina Ovsyannikova") for the recipient
    for c in [c for c in amount.children if c.dep_ == "prep" and c.lower_ in PHRASES]:
        c.head = verb


def named(recipient: Token) -> bool:
    """'Ivanov', 'the Wikimedia Foundation', 'the singer Monetochka': a recipient with a name, not "the fine"."""
    return recipient.pos_ == "PROPN" or any(c.pos_ == "PROPN" and c.dep_ in ("appos", "compound", "nmod")
                                            for c in recipient.children)


def fining_verb(amount: Token) -> Token | None:
    """The verb "fined" above the noun the amount hangs on, through nouns and relative clauses only."""
    node = amount.head
    for _ in range(8):
        if node.pos_ == "VERB" or node.pos_ == "AUX":
            if node.lower_ in FINING and node.i < amount.i:
                return node
            if node.dep_ not in ("relcl", "acl"):
                return None
        elif node.dep_ not in ("dobj", "conj", "appos", "pobj", "relcl", "acl", "prep"):
            return None
        if node.head.i == node.i:
            return None
        node = node.head
    return None


def amount_conj_of_verb(amount: Token) -> None:
    """'fined Meta 4 million rubles and Google 3 million rubles' with the second amount a conjunct of the verb: it is
    a conjunct of the first amount, whose recipient ('nmod') it has the way the first one has."""
    verb = amount.head
    first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < amount.i and is_amount(c)), None)
    if verb.lower_ not in FINING or first is None or not any(
            c.dep_ == "nmod" and c.i < first.i for c in first.children):
        return
    if not any(c.dep_ == "nmod" and c.i < amount.i and named(c) for c in amount.children):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in amount.children):
        return  # a clause of its own
    for c in verb.children:
        if c.dep_ in ("cc", "punct") and first.i < c.i < amount.i:
            c.head = first
    amount.head = first
    for c in [c for c in amount.children if c.dep_ == "prep" and c.lower_ in PHRASES]:
        c.head = verb  # "... and Google 3 million rubles for failing to delete ...": the verb's reason


def recipient_of_amount(name: Token) -> None:
    """'... 500,000 roubles and Memorial 300,000 roubles' with "Memorial" a modifier of the second amount."""
    amount = name.head if name.head.lower_ in AMOUNTS else name.head.head
    if amount.lower_ not in AMOUNTS or amount.dep_ != "conj" or amount.left_edge.i != name.i:
        return
    first = amount.head
    if first.lower_ not in AMOUNTS or not any(c.dep_ == "nmod" and c.i < first.i for c in first.children):
        return
    name.head = amount
    name.dep_ = "nmod"
    if name.pos_ == "ADJ":  # "and Memorial 300,000 roubles": a name the tagger took for an adjective
        name.tag_, name.pos_ = "NNP", "PROPN"
