"""Transliteration-tolerant keys for Russian personal names in English text.

"Kurennoi"/"Kurennoy", "Chaika"/"Chayka", "Dmitry"/"Dmitri"/"Dmitriy",
"Yevgeny"/"Evgeny", "Alexei"/"Aleksei" get the same key, so one person
written two ways in two articles becomes one node.
"""

from __future__ import annotations

import re
import unicodedata

# (pattern, replacement), applied in order to each lowercased word
RULES = [
    (re.compile(r"x"), "ks"),             # Alexei -> Aleksei
    (re.compile(r"kh"), "h"),             # Khodorkovsky -> Hodorkovsky
    (re.compile(r"^ye"), "e"),            # Yevgeny -> Evgeny
    (re.compile(r"^(?:ju|yu)"), "iu"),    # Julia, Yulia -> Iulia
    (re.compile(r"(?<=[aeiou])y"), "i"),  # Chayka -> Chaika
    (re.compile(r"(?:iy|yy|ii|yi|ij|y)$"), "i"),  # Dmitriy, Dmitry, Navalnyy -> Dmitri, Navalni
    (re.compile(r"ya"), "ia"),            # Mariya -> Mariia
    (re.compile(r"(.)\1"), r"\1"),        # doubled letters: Kurennoi -> Kurenoi
]


def person_key(name: str) -> str:
    """A folded key of a personal name (words kept in order)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    words = re.findall(r"[a-z]+", re.sub(r"['’ʼ`]", "", ascii_name))  # soft-sign apostrophes: Il'ya = Ilya
    return " ".join(fold_word(w) for w in words)


def fold_word(word: str) -> str:
    for pattern, repl in RULES:
        word = pattern.sub(repl, word)
    return word
