"""`kg_sentences`: sentence-boundary hints, set before the parser runs.

Facts are found one sentence at a time, so a wrong split loses them ("charged under Art." |
"280.3 of the Criminal Code") and a missed one merges a heading into the sentence after it.
spaCy's parser keeps boundaries that an earlier component has preset (`is_sent_start` True
or False) and predicts the rest, so this component sets only the cases it is sure of:

* a new paragraph (a blank line; or a new line that opens a list item or markdown bold)
  starts a sentence; so does the word after markdown bold that closes on a sentence end
  ("**What is it?** Federal Law ..."), which the parser tends to split before the "**";
* a token glued to the one before it ("," "." "'s" a closing quote or bracket) does not
  start a sentence, nor does a lowercase word after sentence-final punctuation ("shouted
  "Shame!" when the rulings were read", "first reported by Meduza. the outlet said");
* no sentence starts after an abbreviation that never ends one when the next word fits it:
  "No." "Art." "Pt." before a number, "Mr." "Gov." before a capitalised word, initials
  ("A. Ivanov", "A.V. Ivanova", "Yandex N. V.") before a capitalised word that is not a
  common sentence opener ("The", "He", "In", ...); nor after a dash ("MOSCOW, Jan. 5 (AP) —
  A court ...");
* a short paragraph without sentence-final punctuation (a heading) is one sentence.

Titles that spaCy's tokenizer splits from their period ("Pres" ".") are made one token, as
its own "Mr." and "Gov." are (`add_title_tokens`, called by kg.nlp): held in one sentence
but split, "Pres" "." "Vladimir Putin signed ..." parses with two subjects.

Abbreviations that often do end a sentence ("Inc.", "Ltd.", "N.V.", "U.S.", "a.m.") get
no hint but the lowercase one: whether "He works for Yandex N.V. The company said ..." or
"Yandex N.V. Chief Executive ..." goes on is the parser's call. Neither is a single newline
inside a paragraph (hard-wrapped text) a boundary. The work is a few array operations per
Doc and a Python step only at the rare candidate tokens (abbreviations, line breaks).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import IS_LOWER, IS_SPACE, ORTH, SENT_START, SHAPE, SPACY
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

# abbreviation (without its period) -> what must follow it for it to be mid-sentence;
# each may be written as one token ("Gov.") or as the word and a glued "." ("Art" ".")
ABBREVIATIONS = {
    # references and dates: "No. 90-FZ", "Art. 280.3", "Pt. 2", "p. 14", "Jan. 5"
    "number": ("No", "Nos", "no", "nos", "Art", "Arts", "art", "arts", "Pt", "Pts", "pt", "Para", "Paras",
               "para", "paras", "Sec", "Secs", "Ch", "Cl", "Vol", "p", "pp", "Nr", "Jan", "Feb", "Mar", "Apr",
               "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec"),
    # titles before a name: "Mr. Navalny", "Gov. Ivanov", "Pres. Putin"
    "name": ("Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Pres", "Gov", "Sen", "Rep", "Gen", "Col", "Lt",
             "Sgt", "Capt", "Maj", "Adm", "Cmdr", "Rev", "Fr", "Hon", "Amb", "Atty", "Insp", "Supt", "Gens"),
    # before a capitalised word that is no sentence opener: "St. Petersburg" (not "on Tverskaya St. The ...")
    "proper": ("St", "ST", "Mt", "Ft"),
    # never the end of a sentence unless a sentence opener follows: "approx. 200", "cf. Article 5"
    "inner": ("approx", "cf", "vs", "v", "viz", "incl", "esp", "e.g", "i.e", "ca", "ul", "obl", "resp"),
}
# titles spaCy's English tokenizer splits ("Pres" "."), which leaves the parser a period to end a
# sentence on and, held together, a broken parse: made single tokens, like its own "Mr." and "Gov."
TITLE_TOKENS = ("Pres.", "Col.", "Lt.", "Capt.", "Sgt.", "Maj.", "Cmdr.", "Amb.", "Atty.", "Insp.", "Supt.",
                "Hon.", "Sr.")
# the shapes of initials ("A.", "A.V.", "A.V.I."); the same shapes that often end a sentence are left out
INITIAL_SHAPES = ("X.", "X.X.", "X.X.X.")
NOT_INITIALS = ("U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "N.V.", "B.V.", "S.A.", "A.G.", "P.M.", "A.M.", "I.")
ENDERS = (".", "!", "?", "...", "…")
CLOSERS = ('"', "”", "’", "'", "»", ")", "]", "*", "_")
EMPHASIS = ("*", "_")  # markdown bold/italic, tokenized one character at a time
HEADING_TOKENS = 40  # longer paragraphs without a sentence end are left to the parser
DASHES = ("—", "–", "-", "--")  # no sentence starts after one: "MOSCOW, Jan. 5 (AP) — A court ..."
LIST_MARKERS = ("-", "•", "·", "*", "#", "##", "###")


# what a token's text can be to these rules, one bit each (a token may be several)
ENDER, BREAKER, ABBREVIATION, EMPHASIS_MARK, LIST_MARK, DASH = 1, 2, 4, 8, 16, 32


class SentenceHints:
    """Presets sentence starts for the parser; see the module docstring."""

    def __init__(self, vocab: Vocab, name: str = "kg_sentences"):
        self.name = name
        self.vocab_strings = vocab.strings
        ids = vocab.strings.add
        self.dotted = {ids(word + "."): kind for kind, words in ABBREVIATIONS.items() for word in words}
        self.bare = {ids(word): kind for kind, words in ABBREVIATIONS.items() for word in words}
        self.initial_shapes = np.array([ids(s) for s in INITIAL_SHAPES], dtype=np.uint64)
        self.not_initials = frozenset(ids(s) for s in NOT_INITIALS)
        self.dot = ids(".")
        self.names: set[tuple[int, int]] = set()
        abbreviations = [word + "." for words in ABBREVIATIONS.values() for word in words] + ["."]
        bits: dict[int, int] = {}
        for texts, bit in ((ENDERS, ENDER | BREAKER), (CLOSERS, BREAKER), (EMPHASIS, EMPHASIS_MARK),
                           (LIST_MARKERS, LIST_MARK), (DASHES, DASH), (abbreviations, ABBREVIATION)):
            for text in texts:
                bits[ids(text)] = bits.get(ids(text), 0) | bit
        self.keys = np.array(sorted(bits), dtype=np.uint64)
        self.bits = np.array([bits[k] for k in sorted(bits)], dtype=np.int64)

    def keep_names(self, names) -> SentenceHints:
        """No sentence ends inside these names ("Novaya Gazeta. Europe"): the words either side of
        each ". " in them, when the tokenizer splits the period off."""
        ids = self.vocab_strings.add
        for name in names:
            words = name.split()
            for before, after in zip(words, words[1:]):
                if before.endswith(".") and len(before) > 1:
                    self.names.add((ids(before[:-1]), ids(after)))
        return self

    def classify(self, orth: np.ndarray) -> np.ndarray:
        """The bits of each token's text (0 for most), by one sorted lookup."""
        at = np.minimum(np.searchsorted(self.keys, orth), len(self.keys) - 1)
        return np.where(self.keys[at] == orth, self.bits[at], 0)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) < 2:
            return doc
        table = doc.to_array([ORTH, SHAPE, SPACY, IS_SPACE, IS_LOWER])
        orth, shape, spaced, space, lower = (table[:, k] for k in range(5))
        bits = self.classify(orth)
        starts = doc.to_array([SENT_START]).astype(np.int64)
        after_break = ((bits[:-1] & BREAKER) > 0) & (space[:-1] == 0)
        after_dash = ((bits[:-1] & DASH) > 0) & (space[1:] == 0)
        glued = (spaced[:-1] == 0) & (space[:-1] == 0)
        no_start = np.zeros(len(doc), dtype=bool)
        no_start[1:] = glued | (after_break & (lower[1:] == 1)) | after_dash
        initials = np.isin(shape, self.initial_shapes)
        for i in np.flatnonzero((((bits & ABBREVIATION) > 0) | initials)[:-1]):
            if self.continues(doc, int(i), orth, spaced):
                no_start[i + 1] = True
        paragraphs = sorted(set(self.new_paragraphs(doc, bits, space, lower, glued)))
        keep_headings_whole(paragraphs, np.flatnonzero(bits & ENDER), no_start)
        for i in paragraphs:  # "- *April 2016:* ...": the item goes on after its marker
            if i + 1 < len(doc) and bits[i] & LIST_MARK and not space[i + 1]:
                no_start[i + 1] = True
        starts[no_start] = -1
        starts[paragraphs] = 1
        starts[0] = 1
        doc.from_array([SENT_START], starts.astype(np.uint64))
        return doc

    def continues(self, doc: Doc, i: int, orth, spaced) -> bool:
        """Whether the sentence goes on after doc[i], an abbreviation or initial (or a "." after one)."""
        if orth[i] == self.dot:
            if i == 0 or spaced[i - 1]:
                return False
            if (int(orth[i - 1]), int(orth[i + 1])) in self.names:
                return True
            kind = self.bare.get(int(orth[i - 1]))
        elif int(orth[i]) in self.not_initials:
            return False
        else:
            kind = self.dotted.get(int(orth[i]), "initial")
        after = doc[i + 1]
        if kind is None or after.is_space:
            return False
        if kind == "number":
            return after.text[:1].isdigit()
        if kind == "name":
            return after.text[:1].isupper()
        opener = after.is_stop and after.is_title
        if kind == "inner":
            return not opener
        initial = after.shape_ in INITIAL_SHAPES
        return initial or (after.text[:1].isupper() and after.is_alpha and not opener)

    def new_paragraphs(self, doc: Doc, bits, space, lower, glued):
        """Tokens that start a sentence: the first after a blank line, a list item or bold on a new line,
        and the word after markdown emphasis closing on a sentence end."""
        n = len(doc)
        for i in np.flatnonzero(space[:-1]):
            j = int(i) + 1
            if not space[j]:
                breaks = doc[j - 1].text.count("\n")
                if breaks >= 2 or (breaks == 1 and bits[j] & LIST_MARK):
                    yield j
        closing = np.flatnonzero(((bits[1:] & EMPHASIS_MARK) > 0) & ((bits[:-1] & ENDER) > 0) & glued) + 1
        for k in closing:
            while k + 1 < n and bits[k + 1] & EMPHASIS_MARK and glued[k]:
                k += 1
            if k + 1 < n and not glued[k] and not space[k + 1] and not lower[k + 1]:
                yield int(k) + 1


def keep_headings_whole(paragraphs: list[int], enders: np.ndarray, no_start: np.ndarray) -> None:
    """A short paragraph with no sentence-final punctuation (a heading, a list item) is one
    sentence: the parser would otherwise split "Moscow court fines | Google"."""
    bounds = np.array([0, *paragraphs, len(no_start)])
    inside = np.searchsorted(enders, bounds[1:]) - np.searchsorted(enders, bounds[:-1])
    for begin, end in zip(bounds[:-1][inside == 0], bounds[1:][inside == 0]):
        if end - begin <= HEADING_TOKENS:
            no_start[begin + 1:end] = True


def add_title_tokens(tokenizer) -> None:
    """Tokenizer special cases for TITLE_TOKENS (a title and its period, one token)."""
    for title in TITLE_TOKENS:
        tokenizer.add_special_case(title, [{ORTH: title}])


@Language.factory("kg_sentences")
def make_sentence_hints(nlp: Language, name: str):
    return SentenceHints(nlp.vocab, name)
