"""Who speaks about a ruling is not what the ruling is about.

"The verdict, said his lawyer Katerina Tertukhina, was unjust", "The ruling, according to Pavel Chikov, was illegal",
"The decision, Sergei Badamshin said, violated the constitution": the parser often reads the parenthetical reporting
clause as the main one ("The verdict ... said his lawyer") and a rule then takes the speaker for what the verdict
concerns. A concerns fact whose object is, everywhere in the fact's sentence, only the speaker of a reporting verb
('X said', 'said X', 'according to X', 'in the words of X') is dropped; a ruling that tells someone something ('The
ruling told Memorial to close') still concerns them.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.doc_tables import char_span, children
from kg.vocab import base_of

# reporting verbs; a name right after one of SAY_INVERTED that opens a side clause is an inverted speaker ("..., said
# his lawyer Katerina Tertukhina, ...")
SAY_INVERTED = {"say", "add", "note", "write", "comment", "explain", "claim", "argue", "insist", "state", "stress",
                "remark", "complain", "recall", "observe", "continue", "conclude"}
SPEAK = SAY_INVERTED | {"tell"}
SPOKEN_ABOUT = {"Person", "Organization"}
OPENING = {",", "\"", "”", "’", "'", "—", "–"}  # what a side clause of reporting opens after
POINTING = {"it", "him", "her", "them", "he", "she", "they", "itself", "himself", "herself"}


def drop_speakers(ctx, relations: list) -> list:
    """Concerns facts whose person or organisation is only a speaker in the sentence the fact was read from."""
    return [r for r in relations if not (base_of(r.predicate) == "concerns" and only_speaker(ctx, r))]


def only_speaker(ctx, relation) -> bool:
    sentence = getattr(relation.evidence, "sentence", None)
    if not sentence:
        return False
    named = [m for m in ctx.mentions if m.entity == relation.object and m.type in SPOKEN_ABOUT
             and sentence[0] <= m.start < sentence[1]]
    return bool(named) and all(speaker(ctx, m) for m in named) and not pointed_at(ctx, sentence)


def pointed_at(ctx, sentence) -> bool:
    """A pronoun that may stand for the speaker ('The ruling banning it was unlawful, Memorial said'): keep."""
    span = char_span(ctx.doc, sentence[0], sentence[1])
    return span is None or any(t.lower_ in POINTING and t.dep_ != "poss" for t in span)


def speaker(ctx, mention) -> bool:
    span = char_span(ctx.doc, mention.start, mention.end)
    return span is not None and speaking(span.root)


def speaking(tok: Token) -> bool:
    """'X said', 'said his lawyer X', 'X told reporters', 'according to X', 'in the words of X'."""
    while tok.dep_ in ("appos", "compound", "conj") and tok.head.i != tok.i:
        tok = tok.head  # "his lawyer Katerina Tertukhina": the lawyer is the speaker
    head = tok.head
    if inverted(tok):
        return True
    if tok.dep_ == "nsubj":
        return head.lemma_.lower() in SPEAK and aside(tok, head) and (head.lemma_.lower() == "tell" or not any(
            c.dep_ == "dobj" for c in children(head)))  # ("In 2016, Memorial added X to ...": no side clause)
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        return head.lower_ == "to" and head.head.lower_ == "according" or \
            head.lower_ == "of" and head.head.lower_ == "words"
    return False


def aside(subject: Token, verb: Token) -> bool:
    """'The decision, Sergei Badamshin said, violated ...', '..., Memorial said.': a reporting clause set off by a
    comma (or read as a side clause), not 'Chikov said the ruling covers Memorial'."""
    start = min(subject.left_edge.i, verb.i)
    return verb.dep_ == "parataxis" or start > 0 and subject.doc[start - 1].text == "," or \
        sum(c.dep_.startswith("nsubj") for c in children(verb)) > 1


def inverted(tok: Token) -> bool:
    """'..., said human rights lawyer Pavel Chikov, was ...': a name right after a reporting verb that opens a side
    clause (after a comma or a closing quote) and closing it is its speaker, however the parser hangs it (not
    'Roskomnadzor added Telegram.')."""
    doc, left = tok.doc, tok.left_edge.i
    right = max(t.i for t in tok.subtree if not t.is_punct)  # (the parser may hang the closing comma on the name)
    return tok.dep_ != "poss" and left > 1 and doc[left - 1].pos_ in ("VERB", "AUX") and \
        doc[left - 1].lemma_.lower() in SAY_INVERTED and doc[left - 2].text in OPENING and \
        (right + 1 >= len(doc) or doc[right + 1].is_punct)
