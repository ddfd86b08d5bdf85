"""Laws the text identifies by what they do, not by name.

    "signed legislation barring members of extremist organizations from elections"
    "a second bill amending the Code of Administrative Offenses"
    "A law requiring foreign internet companies to open offices in Russia takes effect"

A law noun followed by a participle clause saying what it does names one specific
law, and the mention runs to the end of that clause; an indefinite one with a relative
clause in the present tense ("a package of amendments that bans ...") does too, and the
noun phrase before the clause is its name; a bill says so with 'would' ("a bill that would move ...").
A bill that is only asked for or planned ("asked the Duma to introduce a bill pardoning users") is not yet a law
and is skipped, as is a negated one ("no such bill").

A law noun followed by "on"/"about" and a subject ("the law on public associations", "a
law on countering extremist activity", "the 2017 law on foreign agent media") names the law
of that subject when the noun is determined (an article, a possessor, a year); the mention
runs to the end of the subject's noun phrase. "Martial law on", "the law on Thursday" and
"laws on" are not such names.

"The bill" (or "the law", "the legislation") as what a legislature or head of state acts on ("submitted
the bill to the State Duma", "the bill passed quickly", "the legislation was signed by Putin") is a specific
law as well, when the article has named no other law (codes aside) that it could refer back to.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.components.candidates import Candidate
from kg.components.ruling_shapes import nouns_with_lemma

LAW_NOUNS = {"law", "bill", "legislation", "amendment", "package", "act", "draft"}
ACTED_ON = {"bill", "law", "legislation"}  # "the bill/law/legislation" that a legislature or head of state acts on
LEGISLATIVE_VERBS = {"submit", "introduce", "pass", "adopt", "approve", "sign", "draft", "veto", "table", "reject",
                     "endorse", "back"}
UNASSERTED = {"ask", "petition", "call", "urge", "demand", "want", "plan", "seek", "suggest", "hope", "promise",
              "intend", "threaten"}
FROM_VERBS = {"bar", "ban", "prohibit", "prevent", "exempt", "protect", "exclude", "block", "stop", "remove"}
SINCE = {"since", "after", "when", "because", "as", "until", "before", "once"}
MODALS = {"will", "would", "could", "should", "may", "might", "must", "shall", "ca", "can"}


def find_described_laws(doc: Doc, mentions: list[Candidate], codes: set[str] = frozenset()) -> list[Candidate]:
    """Described laws and acted-on bills; `codes` are the lexicon ids of codes (never what 'the bill' means)."""
    found = []
    for token in nouns_with_lemma(doc, LAW_NOUNS):
        if not asserted(token) or any(m.type == "Law" and m.start <= token.idx < m.end for m in mentions):
            continue
        clause = next((c for c in token.rights if c.dep_ == "acl" and c.tag_ == "VBG"), None)
        if token.lower_ == "law" and (subject := subject_end(doc, token)) is not None:
            start = min([token.i, *(c.i for c in token.lefts if c.dep_ in ("nummod", "compound") or
                                    (c.dep_ == "amod" and c.lower_ == "federal"))])
            found.append(law(doc, start, subject, "entity.law_on_subject.v1", 0.7))
        elif clause is None and (relative := relative_clause_law(token)):  # "a package of amendments that bans ..."
            start = min([token.i, *(c.i for c in token.lefts if c.dep_ in ("amod", "compound", "nummod", "nmod"))])
            head, clause = relative
            end = max(t.i for t in clause.subtree if not t.is_punct) + 1
            found.append(law(doc, start, end, "entity.law_relative.v1", 0.65))
            found[-1].info["alias"] = (doc[start].idx, head.idx + len(head))  # the noun phrase alone
        elif clause is not None:
            start = min([token.i, *(c.i for c in token.lefts if c.dep_ in ("amod", "compound"))])
            end = max(t.i for t in clause.subtree if not t.is_punct) + 1
            end = before_next_law(doc, clause.i, own_complement(doc, clause, end))
            if amends_named_law(clause, mentions):  # "a federal law amending the Law on X": the noun phrase names it
                found.append(law(doc, start, token.i + 1, "entity.law_amending.v1", 0.7))
                found[-1].info["alias"] = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
            else:
                found.append(law(doc, start, end, "entity.law_described.v1", 0.7))
        elif token.lower_ in ACTED_ON and is_definite(token) and (token.dep_ in ("dobj", "nsubjpass") or (
                token.dep_ == "nsubj" and token.head.lemma_.lower() == "pass")) \
                and token.head.lemma_.lower() in LEGISLATIVE_VERBS \
                and not any(m.type == "Law" and m.end <= token.idx and m.key not in codes for m in [*mentions, *found]):
            found.append(law(doc, token.i, token.i + 1, "entity.bill_acted_on.v1", 0.65))
    return found


SUBJECT_STOP = {"in", "at", "by", "for", "from", "with", "to", "as", "into", "since", "until", "after", "before"}


def subject_end(doc: Doc, token: Token) -> int | None:
    """End (token index) of the subject of "<det> law on/about <subject>", or None when it is not one."""
    i = token.i + 1
    if i >= len(doc) or doc[i].lower_ not in ("on", "about") or token.tag_ != "NN":
        return None
    if not any(c.dep_ in ("det", "poss", "nummod") or (c.dep_ == "amod" and c.lower_ == "federal")
               for c in token.lefts) or any(c.lower_ in ("martial", "international") for c in token.lefts):
        return None
    end, i = None, i + 1 + (i + 2 < len(doc) and doc[i + 1].lower_ == "the")  # "the law on the protection of ..."
    while i < len(doc):
        t = doc[i]
        if t.ent_type_ in ("DATE", "TIME") or t.lower_ in SUBJECT_STOP:
            break
        if t.pos_ in ("NOUN", "PROPN", "ADJ") or (t.tag_ == "VBG" and end is None) or \
                (t.lower_ in ("of", "and") and end is not None and i + 1 < len(doc) and
                 doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ")):
            end = i + 1 if t.pos_ in ("NOUN", "PROPN") else end
            i += 1
            continue
        break
    return end if end is not None and all(t.is_lower or t.is_digit for t in doc[token.i:end]) else None


def relative_clause_law(token: Token) -> tuple[Token, Token] | None:
    """'a law that bans ...', 'a package of amendments which requires ...', 'the 2012 law that obliges ...': an
    indefinite or dated law noun whose relative clause says in the present tense what it does names one law.
    (last noun before the clause, clause) or None."""
    dated = any(c.ent_type_ == "DATE" and c.dep_ in ("nummod", "compound", "amod", "nmod") for c in token.lefts)
    if not dated and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return None  # "the law that ..." refers back; "the 2012 law that obliges ..." names one
    heads = [token, *(o for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj" and o.lemma_.lower() in LAW_NOUNS)]
    for head in heads:
        for clause in (c for c in head.rights if c.dep_ == "relcl" and (c.tag_ in ("VBZ", "VBP") or proposes(head, c))):
            if any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in clause.children):
                return head, clause
    return None


PROPOSALS = {"bill", "draft", "amendment", "amendments"}  # what 'would' describes: "a bill that would ban ..."


def proposes(head: Token, clause: Token) -> bool:
    """'a bill that would move first offences ...': a bill says with 'would' or 'will' what it does."""
    return head.lemma_.lower() in PROPOSALS and clause.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ in ("would", "will") for c in clause.children) and not any(
        c.dep_ == "neg" for c in clause.children)


AMENDING_VERBS = {"amend", "change", "supplement", "modify"}


def amends_named_law(clause: Token, mentions: list[Candidate]) -> bool:
    """'amending the Law on the Constitutional Court', 'amending the Criminal Code': the participle's object is a
    law with a name of its own."""
    if clause.lemma_.lower() not in AMENDING_VERBS:
        return False
    objects = [c for c in clause.children if c.dep_ == "dobj"]
    return any(m.type == "Law" and o.idx <= m.start < o.idx + len(o) + 1 or
               (m.type == "Law" and m.start <= o.idx < m.end) for o in objects for m in mentions) or \
        any(o.is_title and o.lower_ in ("law", "code") for o in objects)


def before_next_law(doc: Doc, first: int, end: int) -> int:
    """'a bill expanding the register and a law raising penalties': a described law ends before a second law
    noun joined to it."""
    for i in range(first + 1, end - 1):
        j = i + 1 + (doc[i + 1].pos_ == "DET")
        if doc[i].lower_ in ("and", "or", ",") and j < end and doc[j].lemma_.lower() in LAW_NOUNS and \
                doc[j].pos_ == "NOUN":
            return i
    return end


def own_complement(doc: Doc, clause: Token, end: int) -> int:
    """'barring members ... from standing in elections': the parser may hang the 'from' phrase on
    the main verb, but it completes the participle."""
    if end < len(doc) and clause.lemma_.lower() in FROM_VERBS and doc[end].lower_ == "from":
        return max(t.i for t in doc[end].subtree if not t.is_punct) + 1
    return end


QUOTES = {'"': '"', "“": "”", "«": "»", "'": "'", "‘": "’"}


def law(doc: Doc, start: int, end: int, rule: str, confidence: float) -> Candidate:
    opened = [t.text for t in doc[start:end] if t.text in QUOTES]
    if end < len(doc) and len(opened) % 2 and doc[end].text == QUOTES[opened[-1]]:
        end += 1  # 'a law banning "LGBT propaganda"': the closing quote of a quote the mention opens
    span = doc[start:end]
    return Candidate(span.start_char, span.end_char, "Law", "pattern", rule, confidence, None, {"nested": True})


def is_definite(token: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children)


def asserted(token: Token) -> bool:
    """Not negated or quantified away, not only asked for, planned or in the future."""
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in token.children) or token.tag_ == "NNS":
        return False
    own_clause = True  # modality counts only up to the clause the law is in: "trying to block X since a law ... took
    for verb in token.ancestors:  # effect" asserts the law; asking for a bill never does
        if verb.lemma_.lower() in UNASSERTED:
            return False
        if own_clause and any(c.dep_ in ("aux", "neg") and (c.lower_ in MODALS or c.dep_ == "neg" or
                                                            (c.lower_ == "to" and verb.dep_ == "xcomp"))
                              for c in verb.children):
            return False
        own_clause = own_clause and not (verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SINCE
                                                                      for c in verb.children)) \
            and not (verb.dep_ == "ccomp" and verb.tag_ == "VBD")  # "Putin signed a law ...; only a person ... can"
    return True
