"""An article's mentions over its parse, as within-article coreference (kg.coref) reads them: each mention's head
token, where it stands (a subject, the main clause's, a relative clause's, coordinated with others, inside another
mention), the sentences before a token, and the phrases around a token that it cannot refer to.
Shared by kg.coref's Antecedents (a MentionIndex) and the rules that read its `roots`, `nested`, `coordinated`."""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Token

from kg.coref_words import ISSUING_VERBS, NEUTER_TYPES, STAFF_NOUNS
from kg.doc_tables import ancestors, char_span, children, offsets, sentence_at, sentence_of, words
from kg.model import Mention


class MentionIndex:
    def __init__(self, doc: Doc, mentions: list[Mention], codes=frozenset()):
        self.doc = doc
        self.codes = codes  # entity keys of codes and other standing laws, which a description of a bill never means
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.roots: dict[Mention, Token | None] = {}  # each mention's head token, found once
        self.resolved: dict[tuple, Mention | None] = {}  # kg.coref's answers: (token, types, depth) -> antecedent
        self.mentions_at: dict[int, Mention | None] = {}  # token offset -> mention_at's answer
        self.nested_spans: dict[tuple[int, int], bool] = {}  # (start, end) -> nested's answer
        for m in self.mentions:
            span = char_span(doc, m.start, m.end)
            self.roots[m] = span.root if span is not None else None

    def mention_at(self, token: Token) -> Mention | None:
        """The first mention of a body, law or act (NEUTER_TYPES) that covers the token's first character."""
        idx = token.idx
        if idx not in self.mentions_at:
            self.mentions_at[idx] = next((m for m in self.mentions if m.start <= idx < m.end
                                          and m.type in NEUTER_TYPES), None)
        return self.mentions_at[idx]

    def root_index(self, mention: Mention) -> int:
        root = self.roots.get(mention)
        return root.i if root is not None else -1

    def nested(self, mention: Mention) -> bool:
        """Inside another mention ('the Criminal Code' in 'a bill amending the Criminal Code')."""
        span = (mention.start, mention.end)  # all the answer depends on: asked once per span
        if span not in self.nested_spans:
            self.nested_spans[span] = any(o.start <= mention.start and mention.end <= o.end
                                          and (o.start, o.end) != span for o in self.mentions)
        return self.nested_spans[span]

    def coordinated(self, mentions: list[Mention]) -> list[Mention]:
        """The mentions among these whose heads are conjuncts of one another ('Facebook and Instagram')."""
        heads = {self.root_index(m): m for m in mentions}
        for m in mentions:
            root = self.roots.get(m)
            if root is None:
                continue
            group = [m] + [heads[c.i] for c in root.conjuncts if c.i in heads]
            if len(group) >= 2:  # "A, B and C" misread as A with the apposition "B and C": all three
                listed = [heads[t.i] for g in group for t in (self.roots[g].head, *children(self.roots[g]))
                          if t.i in heads and (t.dep_ == "appos" or self.roots[g].dep_ == "appos" and
                                               t.i == self.roots[g].head.i) and heads[t.i] not in group]
                return sorted(dict.fromkeys(group + listed), key=lambda x: x.start)
        return []

    def sentences_back(self, token: Token, count: int) -> list[tuple[int, int]]:
        """Character ranges of the token's sentence (up to the token) and of the `count` sentences before it."""
        found, sent = [], sentence_of(token)
        while sent is not None and len(found) <= count:
            found.append((sent.start_char, min(sent.end_char, token.idx)))
            sent = sentence_at(self.doc, sent.start - 1) if sent.start > 0 else None
        return found

    def is_subject(self, mention: Mention) -> bool:
        """Salience: a mention that is the subject (or main clause head) of its sentence."""
        root = self.roots.get(mention)
        return root is not None and root.dep_ in ("nsubj", "nsubjpass", "ROOT")

    def is_object(self, mention: Mention) -> bool:
        """Salience after the subject: the object of a verb ('Police detained <X> ... in support of <Y>') or the one
        a passive names as its actor, not a name inside another noun's phrase."""
        root = self.roots.get(mention)
        return root is not None and (root.dep_ in ("dobj", "dative") and root.head.pos_ in ("VERB", "AUX")
                                     or root.dep_ == "pobj" and root.head.dep_ == "agent")

    def main_subject(self, mention: Mention) -> bool:
        """'The Constitutional Court ruled that ... the ECHR awarded': the subject of the sentence's own verb."""
        root = self.roots.get(mention)
        if root is None or not root.dep_.startswith("nsubj"):
            return root is not None and root.dep_ == "ROOT"
        head = root.head
        return head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")

    def in_relative(self, mention: Mention) -> bool:
        """The subject of a relative clause ('<B>, in which <A> holds a stake', '<law>, which <A> had passed and <B>
        had approved'): less salient than the main one."""
        root = self.roots.get(mention)
        if root is not None and root.dep_ == "nsubj" and relative_clause_of(root.head) is not None:
            return True
        if root is None or not root.dep_.startswith("nsubj") or root.head.dep_ != "relcl":
            return False  # a relative word of its own, not 'that' (often a misread "demands that <A> restrict ...")
        return any(t.lower_ in ("which", "who", "whom", "whose") for t in root.head.subtree if t.i < root.i)

    def salient(self, mention: Mention) -> bool:
        """A law the text talks about, not one it mentions in passing: a subject ('It is Federal Law No. 90-FZ',
        '<law> amends ...') or what was signed or passed ('Putin signed <law>')."""
        root = self.roots.get(mention)
        return root is not None and (root.dep_ in ("nsubj", "nsubjpass", "attr", "ROOT") or (
            root.dep_ == "dobj" and root.head.lemma_.lower() in ISSUING_VERBS))

    def nouns_of(self, mention: Mention) -> set[str]:
        """The common nouns a name was introduced with: 'Radio Svoboda, the company's Russian service' -> service,
        'the messaging service Telegram' -> service."""
        root = self.roots.get(mention)
        if root is None:
            return set()
        nouns = {c.lemma_.lower() for c in children(root) if c.dep_ == "appos" and c.pos_ == "NOUN"}
        if root.dep_ in ("appos", "compound") and root.head.pos_ == "NOUN":
            nouns.add(root.head.lemma_.lower())
        return nouns

    def named(self, word: str, types: set[str], offset: int) -> Mention | None:
        """The latest mention before `offset` whose name holds `word` ('council member X' -> '... Council')."""
        found = [m for m in self.mentions if m.end <= offset and m.type in types and word in m.text.lower().split()]
        return found[-1] if found else None

    def owners_of_subjects(self, start: int, token: Token) -> list[Mention]:
        """'The board of directors of Ekho Moskvy voted ...', 'Lawyers at Roskomsvoboda said ...': the named body a
        main subject's 'of' phrase (or, for its staff, 'at', 'from' or 'for' phrase) gives."""
        found = []
        first = min(token.i, bisect_left(offsets(self.doc), start))  # the window's first token
        for tok in words(self.doc).tokens[first:token.i]:  # (the Doc's Token objects, not a slice's new ones)
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT" or self.mention_at(tok):
                continue
            t = tok
            preps = ("of", "at", "from", "for") if tok.lemma_.lower() in STAFF_NOUNS else ("of",)
            for _ in range(3):
                pobj = next((o for p in children(t) if p.dep_ == "prep" and p.lower_ in preps
                             for o in children(p) if o.dep_ == "pobj"), None)
                if pobj is None:
                    break
                if (m := self.mention_at(pobj)) is not None:
                    if not any(self.mention_at(c) for c in pobj.conjuncts):  # "Lawyers at A and B": either
                        found.append(m)
                    break
                t = pobj
        return found


def own_noun_phrase(token: Token) -> set[int]:
    """'<X>, head of <Y>, who represents the company': inside a relative clause, the phrase the clause
    describes (X and all it holds, outside the clause) is not what the clause's objects refer to."""
    clause = next((a for a in ancestors(token) if a.dep_ == "relcl"), None)
    if clause is None:
        return set()
    top = clause.head
    while top.dep_ in ("pobj", "prep", "appos") and top.head.i != top.i:
        top = top.head
    inside = {t.i for t in clause.subtree}
    return {t.i for t in top.subtree} - inside


def apposed_to(token: Token) -> set[int]:
    """'Radio Svoboda, the company's Russian service': a description inside an apposition never means the
    name the apposition describes."""
    t = token  # also "Yandex N.V., the parent company of the group": not Yandex N.V. itself
    while t.dep_ in ("poss", "compound", "amod", "nmod", "det", "pobj", "prep") and t.head.i != t.i:
        t = t.head
    return {t.head.i} if t.dep_ == "appos" else set()


def relative_clause_of(verb: Token) -> Token | None:
    """'<law>, which the Duma had passed and the Council had approved': for a verb with a subject and no object of
    its own, coordinated right after a relative clause whose object is 'which' or 'that' (the parser hangs it on the
    main verb), that relative clause; else None."""
    if verb.dep_ != "conj" or not any(c.dep_ == "nsubj" for c in children(verb)) or any(
            c.dep_ in ("dobj", "nsubjpass", "ccomp", "xcomp") for c in children(verb)):
        return None
    first = min(t.i for t in verb.subtree)
    joint = verb.doc[first - 1] if first > 0 else None  # the "and" right before the clause
    if joint is None or joint.dep_ != "cc":
        return None
    for rel in (t for t in verb.doc[sentence_of(verb).start:joint.i] if t.dep_ == "relcl"):
        if max(t.i for t in rel.subtree) == joint.i - 1 and any(c.dep_ == "dobj" and c.lower_ in ("which", "that")
                                                                  for c in children(rel)):
            return rel
    return None
