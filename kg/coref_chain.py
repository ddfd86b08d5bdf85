"""Two checks kg.coref makes before it picks an antecedent.

- `pronoun_before`: "The bill was drafted by ... It cleared its third reading ... The Federation Council approved
  it, and Putin signed it": when the sentences before hold no named subject, an 'it' that is the subject (or the
  object of an earlier coordinated verb) stands for what that earlier 'it' stands for.
- `whose_clause_head`: "TV Rain, whose founder launched it in 2010": an object 'it' in a 'whose' clause is the noun
  the clause describes.
- `american`: "the centre" finds "the Administrative Center", "the organisation" "... Organization".
- `detached_determiner`: "fined the blogger 40,000 rubles", "designated the foundation extremist": the parser gives
  the description's 'the' to the sum or the label after it; the description is still definite.
- `names_itself`: "the movement For Human Rights", "the newspaper Pskovskaya Guberniya": a description followed by
  a capitalised name inside its own phrase introduces that name, so it never refers back to another entity.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.doc_tables import ancestors, children

CHAIN_DEPTH = 3  # earlier pronouns followed back
DATE_WORDS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
              "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}


def pronoun_before(resolve, token: Token, start: int, depth: int):
    """What the latest earlier 'it' (a subject, or an object of a verb before) in [start, token) stands for.
    `resolve(pronoun, depth)` resolves an earlier pronoun; None when there is none or depth runs out."""
    if depth >= CHAIN_DEPTH or token.lower_ != "it":  # "its director" is the nearest body's, not a chain's
        return None
    for t in reversed(token.doc[:token.i]):
        if t.idx < start:
            break
        main = t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"  # "It cleared ...", not "after it hosted"
        if t.lower_ == "it" and (main or (t.dep_ == "dobj" and t.sent == token.sent)):
            found = resolve(t, depth + 1)
            if found is not None:
                return found
    return None


LABELS = {"extremist", "terrorist", "undesirable", "agent", "agents"}


def detached_determiner(token: Token) -> bool:
    """'the blogger 40,000 rubles', 'the former mayor 260,000 rubles', 'the publication undesirable': a noun the
    parser hangs on a following sum or designation label as a modifier, whose 'the' it may give to that word (the
    tagger may call it an adjective: 'the blogger 30,000 rubles'; callers check the word)."""
    head = token.head
    if token.dep_ not in ("compound", "nmod", "amod") or token.pos_ not in ("NOUN", "ADJ") or head.i <= token.i:
        return False
    if not (head.lower_ in LABELS or any(c.dep_ in ("nummod", "quantmod") and c.i > token.i for c in children(head))):
        return False
    first = min([token.i, *(c.i for c in token.lefts if c.dep_ in ("amod", "compound", "nmod"))])
    before = token.doc[first - 1] if first > 0 else None
    return before is not None and before.lower_ in ("the", "this") and before.head.i in (head.i, token.i)


def names_itself(token: Token) -> bool:
    """'the movement For Human Rights': a capitalised name right after the description, within its phrase."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    nxt = doc[token.i + 1]
    if not nxt.text[:1].isupper() or nxt.lower_ in DATE_WORDS or nxt.is_sent_start:
        return False
    return nxt in token.subtree or nxt.head == token or nxt.dep_ == "appos" and nxt.head == token


SPELLINGS = {"centre": "center", "organisation": "organization", "defence": "defense", "programme": "program",
             "licence": "license"}


def american(word: str) -> str:
    """One spelling for the British and American forms of a name word."""
    return SPELLINGS.get(word, word)


def whose_clause_head(token: Token) -> Token | None:
    """The noun a 'whose' clause hangs on, when `token` is 'it' as an object inside that clause."""
    if token.lower_ != "it" or token.dep_ not in ("dobj", "pobj"):
        return None
    verb = next((a for a in ancestors(token) if a.dep_ == "relcl"), None)
    if verb is None or not any(t.lower_ == "whose" for t in verb.subtree if t.i < verb.i):
        return None
    return verb.head
