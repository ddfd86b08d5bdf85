"""Laws the text identifies by what they do, not by name.

    "signed legislation barring members of extremist organizations from elections"
    "a second bill amending the Code of Administrative Offenses"
    "A law requiring foreign internet companies to open offices in Russia takes effect"

A law noun followed by a participle clause saying what it does names one specific
law, and the mention runs to the end of that clause; an indefinite one with a relative
clause in the present tense ("a package of amendments that bans ...") does too, and the
noun phrase before the clause is its name; a bill says so with 'would' ("a bill that would move ...").
The participle may be one the parser hung elsewhere ("signed a law expanding ..." read as an adverbial of
"signed", "a law criminalising 'discreditation' ..." as a modifier of the object): a verb of what laws do right
after a determined law noun (not one inside "amendments to that law letting ..."); and it may sit on the laws a
package is of ("a package of laws tightening control over the internet").
A bill that is only asked for, planned or proposed in passing ("asked the Duma to introduce a bill pardoning
users", "some deputies proposed a law banning ...") is not yet a law and is skipped, as is a negated one ("no such
bill"); a definite law that "will take effect" or "will silence ..." is one already passed.

A law noun followed by "on"/"about" and a subject ("the law on public associations", "a
law on countering extremist activity", "the 2017 law on foreign agent media", "the bill on foreign
agents", "the new legislation on undesirable organisations") names the law of that subject when the
noun is determined (an article, a possessor, a year); the mention runs to the end of the subject's
noun phrase (names only after "of": "the law on the protection of the Bashkir language"). "Martial law on", "the law on Thursday" and
"laws on" are not such names.

"The bill" (or "the law", "the legislation") as what a legislature or head of state acts on ("submitted
the bill to the State Duma", "the bill passed quickly", "the legislation was signed by Putin") is a specific
law as well, when the article has named no other law (codes aside) that it could refer back to.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.components.candidates import Candidate
from kg.components.ruling_shapes import dated_start, nouns_with_lemma

LAW_NOUNS = {"law", "bill", "legislation", "amendment", "package", "act", "draft"}
ACTED_ON = {"bill", "law", "legislation", "amendments", "measure"}  # "the bill/law/legislation" that a legislature
# or head of state acts on; "the measure" only when it was passed, adopted, enacted or signed ("The measure was passed
# by the State Duma"), not when approved, drafted or backed, which a court or a party does to other measures too
MEASURE_VERBS = {"pass", "adopt", "enact", "sign"}
LEGISLATIVE_VERBS = {"submit", "introduce", "pass", "adopt", "approve", "sign", "draft", "veto", "table", "reject",
                     "endorse", "back", "enact"}
UNASSERTED = {"ask", "petition", "call", "urge", "demand", "want", "plan", "seek", "suggest", "hope", "promise",
              "intend", "threaten"}
FROM_VERBS = {"bar", "ban", "prohibit", "prevent", "exempt", "protect", "exclude", "block", "stop", "remove"}
SINCE = {"since", "after", "when", "because", "as", "until", "before", "once"}
MODALS = {"will", "would", "could", "should", "may", "might", "must", "shall", "ca", "can"}
PROPOSING = {"propose", "float", "mull", "need"}  # "some deputies proposed a law banning ...", "Russia needs a law"
IN_FORCE = {"take": "effect", "come": "force", "enter": "force"}  # "the law will take effect": adopted already


def find_described_laws(doc: Doc, mentions: list[Candidate], codes: set[str] = frozenset()) -> list[Candidate]:
    """Described laws and acted-on bills; `codes` are the lexicon ids of codes (never what 'the bill' means)."""
    found = []
    for token in nouns_with_lemma(doc, LAW_NOUNS | {"measure"}):
        if not asserted(token, token.lower_ == "amendments" and (described_plural(token) or enacted_plural(token))) or \
                any(m.type == "Law" and m.start <= token.idx < m.end for m in mentions):
            continue
        clause = next((c for c in token.rights if c.dep_ == "acl" and c.tag_ == "VBG"), None) or \
            misread_clause(token) or package_clause(token, ("VBG",))
        if token.lower_ in SUBJECT_NOUNS and (subject := subject_end(doc, token)) is not None:
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
            end = max(t.i for t in clause.subtree if not t.is_punct and t.i > clause.i or t == clause) + 1
            if end == clause.i + 1 and clause.head.i == clause.i + 1 or clause.head.i == clause.i + 2 and \
                    doc[clause.i + 1].is_punct:  # "criminalising 'discreditation' of ...": the parser hung the
                end = max(t.i for t in clause.head.subtree if not t.is_punct) + 1  # participle on its object
            end = before_aside(doc, clause.i, before_next_law(doc, clause.i, own_complement(doc, clause, end)))
            if amends_named_law(clause, mentions):  # "a federal law amending the Law on X": the noun phrase names it
                found.append(law(doc, start, token.i + 1, "entity.law_amending.v1", 0.7))
                found[-1].info["alias"] = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1]))
            else:
                found.append(law(doc, start, end, "entity.law_described.v1", 0.7))
                found[-1].info["forms"] = [(doc[start].idx, token.idx + len(token))]  # the noun phrase is its name too
        elif token.lower_ in ACTED_ON and is_definite(token) and (token.lower_ != "measure" or
                                                                  token.head.lemma_.lower() in MEASURE_VERBS) and (
                token.dep_ in ("dobj", "nsubjpass") or (
                token.dep_ == "nsubj" and token.head.lemma_.lower() == "pass")) \
                and token.head.lemma_.lower() in LEGISLATIVE_VERBS \
                and not any(m.type == "Law" and m.end <= token.idx and m.key not in codes for m in [*mentions, *found]):
            first = min([token.i, dated_start(token) or token.i])  # "signed the December 2012 law"
            found.append(law(doc, first, token.i + 1, "entity.bill_acted_on.v1", 0.65))
    return found


def before_aside(doc: Doc, first: int, end: int) -> int:
    """The description ends before a relative clause set off by a comma: 'a law adding Article 280.1 to the Criminal
    Code, which makes calls for separatism a crime' describes the law up to 'Code' (the clause tells of the code)."""
    return next((i for i in range(first + 1, end - 1) if doc[i].text == "," and doc[i + 1].lower_ in RELATIVES), end)


RELATIVES = {"which", "who", "whose", "whom", "where"}
# what a law does, told by a participle right after its noun: "a law expanding the definition of treason"
DOING = {"ban", "expand", "allow", "require", "oblige", "restrict", "criminalise", "criminalize", "prohibit", "toughen",
         "tighten", "let", "punish", "raise", "increase", "extend", "bar", "limit", "introduce", "amend", "outlaw",
         "permit", "enable", "grant", "give", "establish", "create", "make", "force", "widen", "broaden",
         # "a law adding Article 212.1 to the Criminal Code", "a law moving libel into the administrative code"
         "add", "insert", "repeal", "abolish", "decriminalise", "decriminalize", "lower", "reduce", "remove", "move",
         "bring", "rewrite", "replace", "change"}


def package_clause(token: Token, tags: tuple[str, ...]) -> Token | None:
    """'a package of laws tightening control over the internet', 'the package of anti-terror laws signed by Putin':
    the participle on the laws a package (or set) is 'of' says what the package does or who issued it."""
    if token.lower_ not in ("package", "set"):
        return None
    return next((c for p in token.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                 if o.dep_ == "pobj" and o.tag_ == "NNS" and o.lemma_.lower() in LAW_NOUNS | {"measure"}
                 for c in o.rights if c.dep_ == "acl" and c.tag_ in tags), None)


def described_plural(token: Token) -> bool:
    """'signed amendments restricting the work of foreign media': amendments an issuing verb takes, described by a
    participle right after them."""
    return token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in LEGISLATIVE_VERBS and \
        any(c.dep_ == "acl" and c.tag_ == "VBG" and c.i == token.i + 1 for c in token.children)


def enacted_plural(token: Token) -> bool:
    """'Putin signed the amendments the same day', 'the amendments were passed by the Duma': the definite amendments
    that are passed, adopted, enacted or signed are one act (the acted-on rule below still wants no other law named
    before them that they could be amendments to)."""
    return token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in MEASURE_VERBS and is_definite(token) \
        and not any(c.dep_ in ("compound", "nmod") for c in token.children)  # ("the Criminal Code amendments": named)


def misread_clause(token: Token) -> Token | None:
    """The participle right after a law noun that the parser hung elsewhere ('signed a law expanding ...' read as an
    adverbial clause of 'signed'): a verb of what laws do, whose words all come after the noun."""
    doc = token.doc
    if token.i + 1 >= len(doc) or token.tag_ != "NN" or not (any(c.dep_ == "det" for c in token.children) or
                                                             token.i and doc[token.i - 1].lower_ in ("a", "an", "the")):
        return None
    after = token.i + 1
    while after + 1 < len(doc) and doc[after].tag_ == "RB" and doc[after].head.i > after:
        after += 1  # "a law partially decriminalising the article": an adverb of the participle before it
    verb = doc[after]
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in DOING or verb.dep_ == "acl" and verb.head == token or \
            token.dep_ == "pobj":  # "amendments to that law letting the ministry ...": the amendments let
        return None
    if token.head == verb:  # "the law banning X ... was challenged": the noun read as the participle's subject
        return verb
    return verb if min(t.i for t in verb.subtree) > token.i else None


SUBJECT_STOP = {"in", "at", "by", "for", "from", "with", "to", "as", "into", "since", "until", "after", "before"}
SUBJECT_NOUNS = {"law", "bill", "legislation"}  # "the bill on foreign agents", "the new legislation on undesirable ..."


OPENING_QUOTES = {'"', "“", "«", "'", "‘"}
CLOSING_QUOTES = {'"', "”", "»", "'", "’"}


def quoted_end(doc: Doc, i: int) -> int | None:
    """The index after the quote that closes the one at `i`, when one to four lower-case words stand between."""
    for j in range(i + 2, min(i + 6, len(doc))):
        if doc[j].text in CLOSING_QUOTES:
            return j + 1 if all(t.is_lower or t.text == "-" for t in doc[i + 1:j]) else None
    return None


def subject_end(doc: Doc, token: Token) -> int | None:
    """End (token index) of the subject of "<det> law on/about <subject>", or None when it is not one."""
    i = token.i + 1
    if i >= len(doc) or doc[i].lower_ not in ("on", "about") or token.tag_ != "NN":
        return None
    if not any(c.dep_ in ("det", "poss", "nummod") or (c.dep_ == "amod" and c.lower_ == "federal")
               for c in token.lefts) or any(c.lower_ in ("martial", "international") for c in token.lefts):
        return None
    end, i = None, i + 1 + (i + 2 < len(doc) and doc[i + 1].lower_ == "the")  # "the law on the protection of ..."
    first, named_from = i, None  # capitalised words only after "of the": "... of the Bashkir language"
    while i < len(doc):
        t = doc[i]
        if t.ent_type_ in ("DATE", "TIME") or t.lower_ in SUBJECT_STOP:
            break
        if t.text in OPENING_QUOTES and (close := quoted_end(doc, i)) is not None:  # 'the law on army "fakes"',
            end = i = close  # 'the law on "foreign agents"': the quoted words are the subject's
            continue
        if t.pos_ in ("NOUN", "PROPN", "ADJ") or (t.tag_ == "VBG" and end is None) or \
                (t.lower_ in ("of", "and") and end is not None and i + 1 < len(doc) and
                 doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ")):
            end = i + 1 if t.pos_ in ("NOUN", "PROPN") else end
            if t.lower_ == "of" and named_from is None:
                named_from = i + 1  # "the law on the rehabilitation of Nazism"
            i += 1
            continue
        if t.lower_ == "of" and end is not None and i + 2 < len(doc) and doc[i + 1].lower_ == "the" and \
                doc[i + 2].pos_ in ("NOUN", "ADJ", "PROPN") and doc[i + 2].ent_type_ not in ("DATE", "TIME"):
            named_from = i + 2 if named_from is None else named_from
            i += 2
            continue
        break
    if end is None or end <= first or not all(t.is_lower or t.is_digit or t.is_punct or
                                              (named_from is not None and t.i >= named_from and t.is_title) or
                                              (t.is_title and t.pos_ == "ADJ" and t.i + 1 < end) or  # "Russian internet"
                                              (t.i > first and t.dep_ == "compound" and t.i < t.head.i < end)  # "IT"
                                              for t in doc[token.i:end]):
        return None
    return end


def relative_clause_law(token: Token) -> tuple[Token, Token] | None:
    """'a law that bans ...', 'a package of amendments which requires ...', 'the 2012 law that obliges ...': an
    indefinite or dated law noun whose relative clause says in the present tense what it does names one law.
    (last noun before the clause, clause) or None."""
    dated = any(c.ent_type_ == "DATE" and c.dep_ in ("nummod", "compound", "amod", "nmod") for c in token.lefts)
    bare = token.lower_ == "legislation" and not any(c.dep_ in ("det", "poss") for c in token.children)
    if not dated and not bare and not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return None  # "the law that ..." refers back; "the 2012 law that obliges ..." names one ("signed legislation
        # that bans ..." is indefinite too)
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


def asserted(token: Token, plural_ok: bool = False) -> bool:
    """Not negated or quantified away, not only asked for, planned or in the future (nor a plural, unless
    `plural_ok`: "signed amendments restricting ...")."""
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in token.children) or \
            token.tag_ == "NNS" and not plural_ok:
        return False
    own_clause = True  # modality counts only up to the clause the law is in: "trying to block X since a law ... took
    for verb in token.ancestors:  # effect" asserts the law; asking for a bill never does
        if verb.lemma_.lower() in UNASSERTED or verb.lemma_.lower() in PROPOSING and token.dep_ == "dobj" and \
                token.head == verb:
            return False
        if own_clause and verb == token.head and token.dep_ == "nsubj" and in_force(verb):
            own_clause = False  # "a new law on X will take effect in January": the law is passed already
            continue
        if own_clause and verb == token.head and told_will(token, verb):
            own_clause = False  # "the new legislation on X will silence ...": what a passed law will do
            continue
        if own_clause and any(c.dep_ in ("aux", "neg") and (c.lower_ in MODALS or c.dep_ == "neg" or
                                                            (c.lower_ == "to" and verb.dep_ == "xcomp"))
                              for c in verb.children):
            return False
        own_clause = own_clause and not (verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in SINCE
                                                                      for c in verb.children)) \
            and not (verb.dep_ == "ccomp" and verb.tag_ == "VBD")  # "Putin signed a law ...; only a person ... can"
    return True


def in_force(verb: Token) -> bool:
    """'take effect', 'come into force', 'enter into force': what only an adopted law does."""
    word = IN_FORCE.get(verb.lemma_.lower())
    return word is not None and not any(c.dep_ == "neg" for c in verb.children) and any(t.lower_ == word for t in verb.subtree if t.i > verb.i and t.i <= verb.i + 3)


def told_will(token: Token, verb: Token) -> bool:
    """'the new legislation on X will silence journalists': a definite law as the subject of 'will' + a verb that is
    not one of making law (nor 'be': "the law will be adopted") says what an existing law will do."""
    return token.dep_ == "nsubj" and is_definite(token) and verb.pos_ == "VERB" and \
        verb.lemma_.lower() not in LEGISLATIVE_VERBS | {"be", "become"} and \
        [c.lower_ for c in verb.children if c.dep_ in ("aux", "neg")] == ["will"]
