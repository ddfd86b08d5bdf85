"""The arguments of relation and event rules: which mention a word of the parse stands for.

`Context` maps tokens to the article's mentions; `subjects`, `objects` and `prep_objects` read a
verb's agent and objects through relative pronouns, appositions, coordination, named examples
("blocked dozens of services, including A and B") and coreference
(kg.coref); `asserted` tells whether a verb states a fact. kg.relations, kg.roles and kg.events
share them.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc, Token

from kg.components.candidates import text_of
from kg.coref import Antecedents
from kg.doc_tables import ancestors, char_span, children, dateline, memo, sentence_of, words
from kg.model import Article, Evidence, Mention, Relation
from kg.relation_lexicon import UNASSERTED_GOVERNORS
from kg.statistic_words import NUMBER_WORDS

ACTORS = {"Person", "Organization", "GovernmentBody", "Court"}
STATE = {"GovernmentBody", "Court"}
RELATIVE = {"which", "that", "who", "whom"}
LEGAL = {"LegalProvision", "Law"}
# people named by a group they belong to or use: "Meta employees" are not Meta
PEOPLE_NOUNS = {"employee", "staff", "member", "user", "worker", "executive", "official", "journalist", "reporter",
                "supporter", "volunteer", "activist", "lawyer", "manager", "subscriber", "customer", "founder",
                "editor", "leader", "head", "representative", "spokesman", "spokeswoman", "spokesperson",
                "administrator", "admin", "author", "moderator", "creator"}
CHARGE_NOUNS = {"count", "charge", "accusation", "suspicion"}
EXAMPLE_PREPS = {"including", "like"}  # "including A and B", "like A": named examples of a plural noun
AMONG_PRONOUNS = {"them", "those", "whom"}  # "ten providers, among them A and B"
# laws a description of a bill never means ("the law" after "the Criminal Code" is the new law): codes, the
# constitution, treaties; a federal law with articles of its own ("the sovereign internet law") may be "the bill"
STANDING_KINDS = {"code", "constitution", "treaty", "declaration"}
MODALS = {"will", "would", "may", "might", "could", "should", "'ll", "must", "shall", "can"}
TENSE_AUX = {"has", "have", "had", "is", "are", "was", "were", "did", "does", "do", "'s", "'ve", "'d"}


class Context:
    """Token -> mention lookups for one article."""

    def __init__(self, doc: Doc, article: Article, mentions, entities, sentences, lexicon=None):
        self.doc, self.article, self.mentions, self.sentences = doc, article, mentions, sentences
        self.text = text_of(doc)  # Doc.text is rebuilt on every access: read it once
        self.words = words(doc)  # the tokens, their lemmas and forms, for every rule (kg.doc_tables)
        self.entities = {e.key: e for e in entities}
        self.by_token: dict[int, Mention] = {}
        for m in sorted(mentions, key=lambda m: m.end - m.start):  # longest last, so outer mentions win
            span = char_span(doc, m.start, m.end)
            if span is not None:
                self.by_token.update(dict.fromkeys(range(span.start, span.end), m))
        entries = getattr(lexicon, "entries", {})
        codes = {e.key for e in entities if e.key.startswith("lex:") and getattr(entries.get(e.key[4:]), "code", False)
                 and getattr(entries.get(e.key[4:]), "kind", None) in STANDING_KINDS}
        self.antecedents = Antecedents(doc, mentions, frozenset(codes))
        self.lexicon = lexicon
        self.judges: dict[str, str] = {}  # judge's entity key -> court's (kg.events fills it from roles)
        self.memo: dict[str, object] = {}  # what a rule reads of this article once, for all its calls

    def type_of(self, key: str) -> str:
        return self.entities[key].type

    def at(self, token: Token) -> Mention | None:
        return self.by_token.get(token.i)

    def within(self, token: Token, types=ACTORS) -> list[Mention]:
        """Mentions inside the subtree of `token`, outermost first, in text order."""
        seen, found = set(), []
        for t in token.subtree:
            m = self.by_token.get(t.i)
            if m and m.type in types and (m.start, m.end) not in seen:
                seen.add((m.start, m.end))
                found.append(m)
        return found

    def head_mention(self, token: Token, types=ACTORS) -> Mention | None:
        """The mention a noun phrase denotes: the head itself, a mention it governs by 'of', the name it
        stands in apposition to ('Roskomnadzor, the agency ...'), or an antecedent ('the company')."""
        m = self.at(token)
        if m and m.type in types:
            return m
        if dateline(token) and (name := dateline_name(token)) is not None:
            return self.head_mention(name, types)  # "MOSCOW, March 3 - The court ...": the dateline read as subject
        kids = children(token)
        for child in kids:
            if child.dep_ == "prep" and child.lower_ == "of":
                inner = [c for c in children(child) if c.dep_ == "pobj"]
                if inner and m is not None and m.start <= inner[0].idx < m.end:
                    continue  # "Article 14 of the law on X": a word inside a name is not a description ("the law")
                if inner and (found := self.head_mention(inner[0], types)):
                    return found
        if token.lemma_.lower() in SITTINGS:  # "the Supreme Court's plenary session": the court sitting as a whole
            for child in kids:
                if child.dep_ == "poss" and (found := self.head_mention(child, types)) is not None:
                    return found
        for child in kids:  # "the subculture known as AUE", "a group called X": the name it goes by
            if child.dep_ == "acl" and child.lemma_.lower() in ("know", "call", "name", "dub"):
                named = [self.at(o) for p in children(child) if p.dep_ == "prep" and p.lower_ == "as"
                         for o in children(p) if o.dep_ == "pobj"] + [self.at(o) for o in children(child)
                                                                     if o.dep_ in ("oprd", "attr", "dobj")]
                if named and named[0] is not None and named[0].type in types:
                    return named[0]
        if token.dep_ == "appos" and token.pos_ in ("NOUN", "PRON"):
            m = self.at(token.head)
            if m and m.type in types:
                return self.nearer_name(token, m) or m
        if m is None:  # "MOSCOW, June 9 - The court ...": a dateline parsed as the subject, the name its apposition
            named = [a for c in kids if c.dep_ == "appos" and (a := self.at(c)) and a.type in types]
            # "the paper's then editor-in-chief, Nadira Isayeva, was charged": the name set off by commas, read as
            # an adverbial of the title
            named = named or [a for c in kids if c.dep_ == "npadvmod" and c.i > token.i and c.pos_ == "PROPN"
                              and c.doc[c.left_edge.i - 1].text == "," and token.pos_ == "NOUN"
                              and (a := self.at(c)) and a.type == "Person" and "Person" in types]
            if named:
                return named[0]
        names = [c for c in kids if c.i < token.i and c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN"]
        if names and token.lemma_.lower() in PEOPLE_NOUNS:  # "Meta employees", "Telegram users": not Meta
            return None
        if names:  # "the Agora human rights group" names its own referent: never an anaphor
            m = self.at(names[-1])
            return m if m and m.type in types else None
        return self.antecedents.resolve(token, types)

    def nearer_name(self, appos: Token, named: Mention) -> Mention | None:
        """'A, which is owned by B, the US media group that ...': the parser hangs the description on A across the
        clause, but it describes B, the name right before its comma (of A's type, inside a clause on A)."""
        doc, left = appos.doc, appos.left_edge.i
        if left < 2 or doc[left - 1].text != ",":
            return None
        near = self.at(doc[left - 2])
        if near is None or near.type != named.type or near.entity == named.entity:
            return None
        path = ancestors(doc[left - 2])
        if appos.head not in path or not any(t.dep_ in ("relcl", "acl") and t.i > appos.head.i for t in path):
            return None
        return near

    def head_mentions(self, token: Token, types=ACTORS) -> list[Mention]:
        """The mention a noun phrase denotes, or the entities a plural anaphor stands for ('both', 'them')."""
        m = self.head_mention(token, types)
        return [m] if m else self.antecedents.plural(token, set(types))


# a body sitting as a whole, which acts as the body: "the Supreme Court's plenary session" (as "the plenum of <X>")
SITTINGS = {"plenum", "session", "presidium", "collegium"}


def unique(relations) -> list[Relation]:
    """One relation per (subject, property, object), the first evidence kept; none to itself."""
    found: dict[tuple, Relation] = {}
    for r in relations:
        if r.subject != r.object:
            found.setdefault((r.subject, r.predicate, r.object), r)
    return list(found.values())


def evidence(ctx: Context, rule: str, conf: float, *spans: tuple[int, int]) -> Evidence:
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    sentence = next((s for s in ctx.sentences if s[0] <= start < s[1]), (start, end))
    return Evidence(ctx.article.id, start, end, sentence, rule, conf)


def anchored(ctx: Context, anchor: tuple[int, int], *spans: tuple[int, int]) -> tuple[tuple[int, int], ...]:
    """The anchor and those spans in its sentence: an argument found far back through coreference ('the station',
    'its') is not quoted with it."""
    sentence = next((s for s in ctx.sentences if s[0] <= anchor[0] < s[1]), anchor)
    return (anchor, *(s for s in spans if sentence[0] <= s[0] and s[1] <= sentence[1]))


def span_of(x) -> tuple[int, int]:
    if isinstance(x, Token):
        return x.idx, x.idx + len(x.text)
    return x.start, x.end


def verbal(tok: Token) -> bool:
    """A verb, or a word the tagger took for a noun but the parser gave a subject and an object
    ('The decision targets Meduza' with 'targets' tagged as a plural noun)."""
    pos = tok.pos_
    if pos in ("VERB", "AUX"):
        return True
    if pos != "NOUN":
        return False
    known = memo(tok.doc, "verbal noun")  # rules ask about every noun of the article
    if tok.i not in known:
        deps = {c.dep_ for c in children(tok)}
        known[tok.i] = "nsubj" in deps and "dobj" in deps
    return known[tok.i]


def asserted(verb: Token) -> bool:
    """False for negated, modal/future, or wanted/planned/requested actions."""
    known = memo(verb.doc, "asserted")  # many rules ask about the same verbs
    if verb.i not in known:
        known[verb.i] = is_asserted(verb)
    return known[verb.i]


def is_asserted(verb: Token) -> bool:
    own = False  # coming up from a coordinated verb with a tense of its own ("will X and has Y"): not X's modal
    for t in (verb, *ancestors(verb)):
        kids = children(t)
        if not own and any(c.dep_ == "neg" or (c.dep_ == "advmod" and any(d.dep_ == "neg" for d in children(c)))
                           for c in kids):  # "did not", "no longer"
            return False
        if not own and any(c.dep_ == "aux" and c.lower_ in MODALS for c in kids):
            return False
        if t is not verb and not own and t.lemma_.lower() in UNASSERTED_GOVERNORS:
            return False
        if t.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "acl", "relcl") or t.dep_ == "ccomp":
            break
        own = t.dep_ == "conj" and (t.tag_ in ("VBD", "VBZ", "VBP") or any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in TENSE_AUX for c in kids))
    return True


def subjects(ctx: Context, verb: Token, types=ACTORS) -> list[Mention]:
    """The verb's agent: nsubj (through 'which' to its noun), or the passive 'by' agent; follows conj verbs."""
    for v in (verb, *([verb.head] if verb.dep_ == "conj" else [])):
        for child in children(v):
            if child.dep_ == "nsubj" and dateline(child) and any(
                    c.dep_ == "nsubj" and c.i > child.i for c in children(v)):
                continue  # "MOSCOW, Aug. 17 - The court ruled": the dateline parsed as a second subject
            if child.dep_ == "nsubj":
                if child.lower_ in RELATIVE and v.dep_ == "relcl":
                    child = v.head
                return with_conjuncts(ctx, child, types)
            if child.dep_ == "agent":
                objs = [c for c in children(child) if c.dep_ == "pobj"]
                return with_conjuncts(ctx, objs[0], types) if objs else []
    return []


def with_conjuncts(ctx: Context, token: Token, types) -> list[Mention]:
    """What a subject denotes, with the actors coordinated with it ('The Justice Ministry and the Prosecutor
    General's Office declared ...', 'by Roskomnadzor and the prosecutors')."""
    found = ctx.head_mentions(token, types)
    if "respectively" in ctx.words.index("lower") and any(t.lower_ == "respectively" for t in token.head.subtree):
        # "A and B fined X and Y respectively": pairs
        return found
    for c in conjuncts(token):
        found += [m for m in [ctx.head_mention(c, types)] if m and m not in found]
    return found


def with_partners(ctx: Context, found: list[Mention], types=ACTORS) -> list[Mention]:
    """The mentions and the names coordinated with them: 'Two men, A and B, are standing trial' (the subject's
    apposition gives A; B is A's conjunct)."""
    out = list(found)
    for m in found:
        root = ctx.antecedents.roots.get(m)
        for c in root.conjuncts if root is not None else ():
            n = ctx.head_mention(c, types) if c.pos_ == "PROPN" else None
            if n is not None and n not in out:
                out.append(n)
    return out


COURT_WORDS = {"court", "judge", "magistrate", "justice", "tribunal"}


def nameless_agent(ctx: Context, verb: Token) -> bool:
    """'X had been fined by the police', 'detained by traffic officers': the passive's actor is a common noun that
    names no entity (so no court of the article acted); 'fined by a court' or 'by the judge' is not such."""
    return any(o.pos_ == "NOUN" and o.lemma_.lower() not in COURT_WORDS and ctx.head_mention(o) is None
               for a in children(verb) if a.dep_ == "agent" for o in children(a) if o.dep_ == "pobj")


MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}


def dateline_name(token: Token) -> Token | None:
    """The noun a dateline's parse hides as an apposition ('MOSCOW, March 3 - The Basmanny District Court ...':
    'Court' hangs on 'MOSCOW' or on 'March'): the first apposition within the next few words."""
    for t in token.doc[token.i + 1:token.i + 12]:
        if t.dep_ == "appos" and token.i <= t.head.i < t.i and not t.like_num \
                and t.lower_[:3] not in MONTHS:  # ("MOSCOW, Nov 16": the date is no apposition of note)
            return t
        if t.pos_ == "VERB" or t.dep_ == "ROOT":
            return None
    return None


def objects(ctx: Context, verb: Token, deps=("dobj",), types=ACTORS) -> list[Mention]:
    """Direct objects and their coordinated siblings ('asked A, B and the chief of C'); a relative
    pronoun stands for the noun its clause hangs on ('<law>, which <person> signed')."""
    found = []
    for child in children(verb):
        if child.dep_ in deps:
            if child.lower_ in RELATIVE and verb.dep_ == "relcl":
                child = antecedent(ctx, child, verb)
            named = []
            for t in listed_words(child):
                named += [m for m in ctx.head_mentions(t, types) if m not in named]
            if not named and child.dep_ == "dobj":  # "blocked dozens of services, including A and B"
                named = [m for t in (verb, child, *prep_objects_of(child, ("of",))) for m in examples(ctx, t, types)]
            if not named and child.dep_ in ("dobj", "nsubjpass") and child.tag_ in ("NNS", "NNPS"):
                named = among_them(ctx, verb, types)  # "asked ten providers, among them A and B"
            if not named and child.dep_ == "dobj" and child.tag_ == "NNS":
                named = counted_list(ctx, child, types)  # "blocked three sites run by X, A, B and C"
            found += [m for m in named if m not in found]
    return found


def antecedent(ctx: Context, pronoun: Token, verb: Token) -> Token:
    """The noun a relative clause stands for: the one it hangs on, but 'which' never stands for a person ('the
    foundation of <Person>, which the court declared extremist': the foundation)."""
    head = verb.head
    if pronoun.lower_ == "which" and head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ in (
            "NOUN", "PROPN") and (m := ctx.at(head)) is not None and m.type == "Person":
        return head.head.head
    return head


# a list after a counted noun's modifier: ", A, B and C" up to the comma or stop that closes it
LIST_LINKS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def counted_list(ctx: Context, noun: Token, types=ACTORS) -> list[Mention]:
    """'three sites run by the opposition, A, B and C', 'two foundations set up by X, A and B': the parser hangs
    the list on the modifier's last noun, so it is read from the words after the modifier's first comma. The list
    must give as many names as the count says ('several' takes two or more)."""
    count = next((c for c in children(noun) if c.dep_ in ("nummod", "amod", "det")
                  and (c.lower_ in NUMBER_WORDS or c.lower_.isdigit() or c.lower_ in ("several", "some"))), None)
    modifier = next((c for c in children(noun) if c.dep_ in ("acl", "relcl")), None)
    if count is None or modifier is None:
        return []
    text, end = ctx.text, max(t.idx + len(t) for t in noun.subtree)
    comma = text.find(",", modifier.idx, end)
    if comma < 0:
        return []
    listed, at = [], comma + 1
    for m in sorted((m for m in ctx.mentions if comma < m.start < end and m.type in types), key=lambda m: m.start):
        gap = text[at:m.start]
        if listed and not LIST_LINKS.fullmatch(gap) or not listed and not re.fullmatch(r"\s*(?:the\s+)?", gap):
            break
        listed.append(m)
        at = m.end
    wanted = NUMBER_WORDS.get(count.lower_) or (int(count.lower_) if count.lower_.isdigit() else None)
    return listed if (len(listed) == wanted if wanted else len(listed) >= 2) else []


def examples(ctx: Context, token: Token, types=ACTORS) -> list[Mention]:
    """The named examples a word's 'including A and B', 'such as A', 'like A' phrase gives."""
    found = []
    for prep in children(token):
        if prep.dep_ == "prep" and (prep.lower_ in EXAMPLE_PREPS or
                                    (prep.lower_ == "as" and any(c.lower_ == "such" for c in children(prep)))):
            for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
                found += [m for t in (pobj, *conjuncts(pobj)) if (m := ctx.at(t)) and m.type in types]
    return found


def among_them(ctx: Context, verb: Token, types=ACTORS) -> list[Mention]:
    """The names an 'among them A and B' phrase of the verb's clause lists. The parser hangs the names
    anywhere, so they are read from the surface: the mentions after 'among them', up to the end of the list."""
    if "among" not in words(verb.doc).index("lower"):  # most articles: no subtree to walk
        return []
    for among in (t for t in verb.subtree if t.lower_ == "among" and t.i > verb.i):
        pronoun = next((c for c in children(among) if c.lower_ in AMONG_PRONOUNS), None)
        if pronoun is None or getattr(nearest_verb(among), "i", None) != verb.i:
            continue
        found = []
        for tok in ctx.doc[pronoun.i + 1:among.sent.end]:
            if tok.text in (";", ".", ":") or tok.pos_ in ("VERB", "AUX", "PART") and ctx.at(tok) is None \
                    or tok.tag_ == "TO":  # (a name the tagger took for a verb, "ExpressVPN", goes on the list)
                break
            if tok.text == "," and not (tok.i + 1 < len(ctx.doc) and (ctx.at(ctx.doc[tok.i + 1]) or
                                                                    ctx.doc[tok.i + 1].lower_ in ("and", "or"))):
                break
            m = ctx.at(tok)
            if m and m.type in types and m not in found:
                found.append(m)
        return found
    return []


def nearest_verb(token: Token) -> Token | None:
    return next((a for a in ancestors(token) if a.pos_ in ("VERB", "AUX")), None)


def is_passive(verb: Token) -> bool:
    """'was convicted', 'were blocked': the verb has a passive subject or a passive auxiliary."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in children(verb))


def patients(verb: Token) -> list[Token]:
    """What undergoes the verb: its direct objects, or its subjects when it is passive."""
    dep = "nsubjpass" if is_passive(verb) else "dobj"
    return [c for c in children(verb) if c.dep_ == dep]


def prep_objects_of(token: Token, preps: tuple[str, ...]) -> list[Token]:
    return [o for p in children(token) if p.dep_ == "prep" and p.lower_ in preps
            for o in children(p) if o.dep_ == "pobj"]


def sentence_index(ctx, offset: int, default: int | None = None) -> int | None:
    """The index in ctx.sentences of the sentence that holds the character `offset`, else `default`."""
    i = bisect_right([start for start, _ in ctx.sentences], offset) - 1
    return i if i >= 0 and offset < ctx.sentences[i][1] else default


def listed_words(token: Token) -> tuple[Token, ...]:
    """A noun, its coordinated siblings and those of its apposition ("the outlet The Insider and the journalist X",
    "co-chief executives A and B": the pair hangs on the apposition)."""
    return (token, *conjuncts(token), *(x for a in children(token) if a.dep_ == "appos" for x in conjuncts(a)))


def conjuncts(token: Token) -> list[Token]:
    out, stack = [], [token]
    while stack:
        for c in children(stack.pop()):
            if c.dep_ == "conj":
                out.append(c)
                stack.append(c)
    return out


def prep_objects(ctx: Context, verb: Token, preps: tuple[str, ...], types=ACTORS) -> list[Mention]:
    found = []
    for child in children(verb):
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in (c for c in children(child) if c.dep_ == "pobj"):
                for t in (pobj, *conjuncts(pobj)):
                    found += [m for m in ctx.head_mentions(t, types) if m not in found]
    return found


def legal_bases(ctx: Context, verb: Token) -> list[Mention]:
    """Provisions or laws the verb's clause names with 'under', 'for violating', 'of' ('charged with ... of'),
    also in its 'guilty' small clause ('found X guilty of A, an offence under <B>') and in a list of counts."""
    found = clause_bases(ctx, verb)
    for small in (c for c in children(verb) if c.dep_ in ("ccomp", "xcomp", "oprd", "acomp") and c.lower_ == "guilty"):
        found += [m for m in clause_bases(ctx, small) if m not in found]
    return found + [m for m in counts_listed(ctx, verb) if m not in found]


def clause_bases(ctx: Context, verb: Token) -> list[Mention]:
    """legal_bases within the verb's own clause."""
    found = []
    for tok in clause_tokens(verb):
        if tok.dep_ == "prep" and (tok.lower_ in ("under", "for", "with", "of", "per") or charges(tok)):
            named = [m for m in ctx.within(tok, LEGAL) if not described_in(ctx, m, tok)]
            if not named and tok.lower_ == "under" and verb.dep_ == "relcl" and any(
                    o.dep_ == "pobj" and o.lower_ in ("which", "whose") for o in children(tok)):
                named = [m for m in [ctx.head_mention(verb.head, LEGAL)] if m]  # "Article 275, under which she was"
            if not named and tok.lower_ == "under":  # "charged under the provision": the one named before
                named = [m for o in children(tok) if o.dep_ == "pobj" and o.lower_ == "provision"
                         and (m := ctx.antecedents.resolve(o, LEGAL))]
            found += [m for m in named if m not in found]
        if tok.dep_ == "prep":  # "... over a post, and of repeatedly discrediting the army under <B>": a phrase joined
            for joined in (c for c in children(tok) if c.dep_ == "conj" and c.tag_ == "IN" and c.lower_ in JOINED):
                found += [m for m in clause_bases(ctx, joined) if m not in found]  # to another by the parser
    # "under Part 1 of Article 282 of the Code, for inciting hatred, and Part 1 of Article 148", "found guilty of A
    # under Article 207.3, and B under Article 280": the parser hangs the second provision or charge on the verb
    shared = [c for c in children(verb)
              if c.dep_ == "conj" and not any(d.dep_.startswith("nsubj") for d in children(c))]
    for c in shared:
        m = ctx.at(c)
        if m and m.type in LEGAL:
            found += [m] if m not in found else []
        for prep in (p for p in children(c) if p.dep_ == "prep" and p.lower_ == "under"):
            found += [m for m in ctx.within(prep, LEGAL) if m not in found]
        if c.lower_ == "under":  # "found X guilty under <A>, ..., and under <B>": the second 'under' a conjunct
            found += [m for m in ctx.within(c, LEGAL) if m not in found and not described_in(ctx, m, c)]
    return found


COUNT_NOUNS = {"counts", "charges", "offences", "offenses", "crimes", "articles"}


def counts_listed(ctx: Context, verb: Token) -> list[Mention]:
    """'found X guilty on three counts: inciting hatred under <A>, insulting believers under <B>, and ... under
    <C>': the provisions named 'under' in the list a colon opens after the counts (the parser hangs its parts
    anywhere)."""
    if ":" not in ctx.words.index("lower"):  # (asked of every verb's bases: most articles have no colon)
        return []
    sent = sentence_of(verb)
    colon = next((t for t in ctx.doc[verb.i + 1:sent.end] if t.text == ":"), None)
    if colon is None or not any(t.lower_ in COUNT_NOUNS and any(c.dep_ == "nummod" for c in children(t))
                                for t in ctx.doc[max(verb.i + 1, colon.i - 3):colon.i]):
        return []
    return [m for t in ctx.doc[colon.i + 1:sent.end] if t.dep_ == "prep" and t.lower_ == "under"
            for m in ctx.within(t, LEGAL) if not described_in(ctx, m, t)]


JOINED = {"of", "under", "for"}  # phrases of a charge the parser joins to an earlier phrase as its conjunct


def described_in(ctx: Context, m: Mention, top: Token) -> bool:
    """'under the article, which was added to the Criminal Code in March': a name in a relative clause of the
    phrase says what the basis is; it is not a basis itself."""
    span = char_span(ctx.doc, m.start, m.end)
    if span is None:
        return False
    return any(a.dep_ == "relcl" for a in ancestors(span.root) if a.i != top.i and top in ancestors(a))


def charges(prep: Token) -> bool:
    """'found guilty on three counts: ... under A, ... under B', 'on charges of ...'."""
    return prep.lower_ == "on" and any(o.dep_ == "pobj" and o.lemma_.lower() in CHARGE_NOUNS for o in children(prep))


def clause_tokens(verb: Token):
    """The verb's subtree without embedded clauses of their own (the verb first)."""
    known = memo(verb.doc, "clause")  # several rules and event parts read the same verb's clause
    if verb.i not in known:
        known[verb.i] = tuple(clause_walk(verb))[1:]
    return iter((verb, *known[verb.i]))


def clause_walk(verb: Token):
    stack = [verb]
    while stack:
        tok = stack.pop()
        yield tok
        stack += [c for c in children(tok) if c.dep_ not in ("ccomp", "advcl", "relcl", "conj", "parataxis")]
