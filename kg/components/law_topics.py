"""Laws called by what they are about or against, read for kg.components.law_shapes.

* "the anti-LGBT law", "Russia's anti-piracy law": the hyphenated "anti-" words before the noun belong to its name
  (`anti_start`);
* "the constitutional amendments", "the 2020 constitutional amendments": the amending law of the constitution
  (`constitutional_start`);
* "the law against Apple", 'a law against "fakes"', "a law against foreign agents": a determined law noun named by
  the one thing its 'against' phrase names (`against_end`; never a pronoun, nor an unknown capitalised name);
* "a law that made ... a crime": the relative clause runs to its end, except a clause of taking effect (`clause_end`);
* "the Criminal Code amendments", "Russia's Administrative Code amendments": amendments named after the code they
  amend, determined (`code_compound_start`).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.components.candidates import Candidate


def constitutional_start(token: Token) -> int | None:
    """'the constitutional amendments', 'the 2020 constitutional amendments', "Russia's constitutional amendment":
    the amending law of the constitution, determined; the index of 'constitutional'."""
    adjective = next((c for c in token.lefts if c.dep_ == "amod" and c.lower_ == "constitutional"), None)
    if adjective is None or not any(c.dep_ == "det" and c.lower_ in ("the", "this") or c.dep_ == "poss"
                                    for c in token.lefts):
        return None
    return adjective.i


AGAINST_TYPES = {"Organization", "Person"}


def against_end(token: Token, mentions: list[Candidate]) -> int | None:
    """'the law against Apple', 'a law against "fakes"', 'a law against foreign agents': a determined law noun whose
    'against' phrase names what it is aimed at (an organisation or person, or a common noun); the end (token index)
    of that phrase, else None."""
    if token.tag_ != "NN" or not any(c.dep_ in ("det", "poss") or c.dep_ == "nummod" and c.like_num
                                     for c in token.lefts):
        return None
    phrase = next((c for c in token.rights if c.dep_ == "prep" and c.lower_ == "against" and c.i == token.i + 1),
                  None)
    objects = [o for o in phrase.children if o.dep_ == "pobj"] if phrase is not None else []
    if len(objects) != 1 or objects[0].pos_ == "PRON":
        return None
    words = [t for t in objects[0].subtree if t.i > token.i]
    cut = next((t.i for t in words if t.dep_ in ("relcl", "acl", "prep") and t.head == objects[0] or
                t.lower_ in ("that", "which", "who", ",")), None)
    end = cut if cut is not None else max(t.i for t in words) + 1
    while end > phrase.i + 1 and token.doc[end - 1].is_punct and token.doc[end - 1].text not in QUOTE_CLOSERS:
        end -= 1
    inner = token.doc[phrase.i + 1:end]
    if not len(inner) or len(inner) > 6:
        return None
    named = any(m.type in AGAINST_TYPES and inner.start_char <= m.start and m.end <= inner.end_char for m in mentions)
    if any(t.is_title for t in inner if t.pos_ == "PROPN") and not named:
        return None  # "the law against Navalny's allies" is fine; an unknown capitalised name is not known to be one
    return end


QUOTE_CLOSERS = {'"', "”", "»", "'", "’"}


def clause_end(clause: Token) -> int:
    """End (token index) of a relative clause about what a law did; only up to the noun for 'took effect'."""
    if clause.lemma_.lower() in ("take", "come", "enter", "go"):
        return clause.head.i + 1
    return max(t.i for t in clause.subtree if not t.is_punct) + 1


def anti_start(token: Token) -> int | None:
    """Index of 'anti' in '<det> anti-<topic> law' (hyphenated words right before the noun), else None."""
    doc = token.doc
    i = token.i - 1
    while i >= 2 and doc[i].dep_ in ("amod", "compound") and doc[i].head == token and doc[i].is_alpha:
        if doc[i - 1].text == "-" and doc[i - 2].lower_ == "anti":
            return i - 2
        i -= 1
    if token.i >= 1 and doc[token.i - 1].lower_.startswith("anti-") and doc[token.i - 1].head == token:
        return token.i - 1
    return None


def code_compound_start(token: Token, mentions: list[Candidate], codes: set[str]) -> int | None:
    """Index of the first word of the code in '<det> <code> amendments' ("the Criminal Code amendments"), else None."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "these") or c.dep_ == "poss" or c.like_num
               for c in token.lefts):
        return None
    doc = token.doc
    for c in token.lefts:
        if c.dep_ != "compound" or c.i != token.i - 1:
            continue
        code = next((m for m in mentions if m.type == "Law" and m.key in codes and m.start <= c.idx < m.end and
                     m.end <= token.idx), None)
        span = doc.char_span(code.start, code.end, alignment_mode="expand") if code is not None else None
        if span is not None:
            return span.start
    return None
