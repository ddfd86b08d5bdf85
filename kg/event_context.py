"""What surrounds an event in its sentence: status, source, date and place.

status_of   how the article presents the action: asserted, negated ("no cases were opened", "did not
            block"), requested ("asked the court to ban"), planned, predicted ("will appeal"), alleged
            ("prosecutors claim that ..."), denied ("denied that ...").
source_of   who the article attributes it to: "X said (that) ...", "..., X said", "according to X".
when_of     the temporal expression of the verb's own clause, else the only one of its sentence.
place_of    a place named with "in" in the clause (a spaCy GPE).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.model import When
from kg.arguments import Context, clause_tokens, subjects
from kg.components.candidates import text_of
from kg.doc_tables import children, memo, sentence_of, words


FINITE = {"VBD", "VBZ", "VBP"}  # a coordinated verb with its own tense is its own predication


def yes_no_question(verb: Token) -> bool:
    """The verb's sentence asks a yes/no question: it ends with '?' and opens with an auxiliary ('Has ...', 'Will
    ...', 'Could ...'), not a question word ('Who was designated?' takes the action as done)."""
    start = words(verb.doc).sentence(verb.i)
    known = memo(verb.doc, "question")  # one reading per sentence, not one per verb
    if start not in known:
        known[start] = question_opening(sentence_of(verb))
    opening = known[start]
    return opening is not None and opening <= verb.i


def question_opening(sent) -> int | None:
    """The index of the auxiliary a yes/no question `sent` opens with; None when it is not one."""
    if not any(t.text == "?" for t in sent[-2:]):  # most sentences: no token list needed
        return None
    found = [t for t in sent if not t.is_punct and t.text not in ("*", "**")]
    if not found:
        return None
    first = found[0]
    return first.i if first.pos_ in ("AUX", "VERB") and first.tag_ in ("MD", "VBZ", "VBD", "VBP") else None


def status_of(verb: Token) -> str:
    """How the article presents the action of `verb` (an ontology Status local name)."""
    known = memo(verb.doc, "status")  # many rules ask about the same verbs
    if verb.i not in known:
        known[verb.i] = read_status(verb)
    return known[verb.i]


def read_status(verb: Token) -> str:
    kids = children(verb)
    if any(c.lower_ in ("allegedly", "reportedly", "purportedly") for c in kids):
        return "Alleged"
    if yes_no_question(verb):  # "Has Roskomnadzor blocked Telegram?", "Will YouTube be blocked?": open
        return "Predicted"
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(d.dep_ == "det" and d.lower_ == "no" for d in children(c))
           for c in kids):  # "no court has ruled", "found no violation"
        return "Negated"
    t, finite_conj = verb, False
    while True:
        kids = children(t)
        if any(c.dep_ == "neg" for c in kids) and not finite_conj:
            return "Denied" if t.i != verb.i and t.lemma_.lower() in L.DENIED else "Negated"
        aux = {c.lower_ for c in kids if c.dep_ == "aux"} if not finite_conj else set()  # ("will X and has Y")
        if aux & L.OBLIGATION_AUX and not ruled(t):  # "the court ruled that Meta must pay": an order, not a wish
            return "Requested"
        if aux & L.FUTURE_AUX:
            return "Predicted"
        if t is not verb and not finite_conj:  # "refused to return the case and kept him in custody": kept
            lemma = t.lemma_.lower()
            for lemmas, status in ((L.DENIED, "Denied"), (L.NEGATING, "Negated"), (L.REQUESTED, "Requested"),
                                  (L.PLANNED, "Planned"), (L.PREDICTED, "Predicted"), (L.ALLEGED, "Alleged"),
                                  (ENABLING, "Predicted"), (FORESEEN, "Predicted")):
                if lemma in lemmas:  # ... "lets (allows) X block", "is set (due, poised) to charge": may, is yet to
                    return status
            if lemma == "be" and verb_to_be(t, verb):  # "The court is to rule on Monday": yet to come
                return "Predicted"
        if any(c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in kids):
            return "Predicted"  # "did not say whether the Kremlin supported blocking it", "if it blocks X": open
        told = noun_status(t)
        if told is not None:  # "has the power to declare Proekt undesirable", "its plan to block Telegram"
            return told
        up = carried_up(t)
        if up is not None:  # "want the journalist charged", "would let Roskomnadzor block": the governor's status
            t, finite_conj = up, False
            continue
        if t.dep_ == "ccomp":  # "X said (that) ...": the report's own status does not pass down
            head = t.head.lemma_.lower()
            return ("Denied" if head in L.DENIED_CLAUSE else "Alleged" if head in L.ALLEGED
                    else "Predicted" if head in L.PREDICTED else "Requested" if head in L.REQUESTED - L.REPORTING
                    else "Asserted")  # "demanded that Meduza be blocked": asked for, not done
        if t.dep_ == "acl" and t.head.lemma_.lower() in L.REQUEST_NOUNS:  # "filed a lawsuit to liquidate X": asked
            if t is verb and t.tag_ == "VBN":  # "a complaint filed by X": the filing itself was done
                t, finite_conj = t.head, False
                continue
            if t.head.head.lemma_.lower() not in L.GRANTING:  # for, unless granted ("granted the suit to ...")
                return "Requested"
            t, finite_conj = t.head.head, False
            continue
        if t.dep_ not in ("xcomp", "conj", "advcl", "acl", "relcl", "pcomp") and not said_of(t) or t.head.i == t.i:
            return "Asserted"
        if own_main_clause(t):  # "X asked the court to close Y, and the court ordered its liquidation"
            return "Asserted"
        if past_time_clause(t):  # "X said it would keep working after the office declared it undesirable"
            return "Asserted"
        finite_conj = t.dep_ == "conj" and own_tense(t)
        if finite_conj and t.head.dep_ == "xcomp" and any(c.tag_ == "TO" for c in children(t.head)):
            t = t.head  # "refused to return the case and kept him": 'kept' goes with 'refused', not 'return'
        t = t.head


CAUSATIVE = {"let", "make", "have", "get", "help", "see"}
ENABLING = {"allow", "let", "enable", "permit", "empower", "authorize", "authorise"}


def carried_up(t: Token) -> Token | None:
    """The verb whose status a clause with no tense of its own shares: the bare infinitive of a causative ('would let
    Roskomnadzor block Telegram', 'had the site blocked') and a participle on the object of a verb of wanting,
    planning, failing or causing ('Prosecutors want the former journalist charged under ...', 'failed to have Orlov
    convicted'). None when the clause keeps its own status ('upheld the verdict handed down by ...')."""
    head = t.head
    if head.i == t.i:
        return None
    if t.dep_ == "ccomp" and t.tag_ == "VB" and head.lemma_.lower() in CAUSATIVE | ENABLING:
        return head  # ("allows Roskomnadzor to block Wikipedia" parsed with 'block' as a clause of 'allows')
    if t.dep_ != "acl" or t.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in children(t)):
        return None
    gov = head.head
    if head.dep_ != "dobj" or gov.pos_ not in ("VERB", "AUX"):
        return None
    lemma = gov.lemma_.lower()
    if lemma in CAUSATIVE | ENABLING | L.REQUESTED | L.PLANNED | L.PREDICTED | L.NEGATING | L.DENIED:
        return gov
    return None


# words of being bound or scheduled to act: the act is still to come ('is set to charge', 'is due to sentence')
FORESEEN = {"set", "due", "poised", "poise", "slated", "slate", "bound", "unlikely", "about", "going"}


def verb_to_be(be: Token, verb: Token) -> bool:
    """'<X> is to rule': 'be' governs the verb's chain as a 'to' infinitive of its own (not 'The aim is ...')."""
    return any(c.dep_ == "xcomp" and c.i <= verb.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in children(c))
               and (c.i == verb.i or c.is_ancestor(verb)) for c in children(be))


# nouns whose infinitive tells an act that may, is meant to or is tried to happen, not one that did
NOUN_STATUS = {**dict.fromkeys(("power", "right", "authority", "ability", "mandate", "option", "chance", "licence",
                                "license", "possibility", "opportunity"), "Predicted"),
               **dict.fromkeys(("plan", "intention", "threat", "readiness", "promise", "pledge", "vow"), "Planned"),
               **dict.fromkeys(("bid", "attempt", "effort", "proposal", "call", "demand", "initiative"), "Requested")}


def noun_status(t: Token) -> str | None:
    """The status an infinitive takes from the noun it completes: 'has the power to declare X undesirable', 'its plan
    to block Telegram', 'a bid to liquidate the group'."""
    if t.dep_ != "acl" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in children(t)):
        return None
    return NOUN_STATUS.get(t.head.lemma_.lower())


def own_tense(verb: Token) -> bool:
    """A finite verb, or one with a tense auxiliary that is not a modal ('has applied', 'was fined')."""
    return verb.tag_ in FINITE or any(c.dep_ in ("aux", "auxpass") and c.lower_ in TENSE_AUX for c in children(verb))


TENSE_AUX = {"has", "have", "had", "is", "are", "was", "were", "did", "does", "do", "'s", "'ve", "'d"}
RULING = {"rule", "decide", "order", "find", "hold"}
COPULAS = {"be", "become", "remain"}


TIME_MARKS = {"after", "since", "because", "when", "as", "while", "before", "though", "although"}
PAST = {"VBD"}
PERFECT_AUX = {"has", "have", "had", "'s", "'ve", "'d"}


def past_time_clause(t: Token) -> bool:
    """A clause of time or cause in a past tense of its own ('after the office declared it undesirable', 'since the
    court had banned it'): what it tells has happened, whatever the clause above it wishes or foresees."""
    if t.dep_ != "advcl":
        return False
    # ("after the court had convicted him" with "after" read as a preposition whose object is the clause's subject)
    subject_after = any(c.dep_ == "prep" and c.lower_ in TIME_MARKS and c.right_edge.i == t.left_edge.i - 1
                        for c in children(t.head))
    if not subject_after and not any(c.dep_ == "mark" and c.lower_ in TIME_MARKS or c.dep_ == "advmod" and
                                     c.lower_ == "when" for c in children(t)):  # ("when" is parsed as an adverb)
        return False
    aux = [c.lower_ for c in children(t) if c.dep_ in ("aux", "auxpass")]
    if any(a in L.FUTURE_AUX or a in L.OBLIGATION_AUX for a in aux):
        return False
    return t.tag_ in PAST and not aux or t.tag_ == "VBN" and any(a in PERFECT_AUX | {"was", "were"} for a in aux)


def said_of(t: Token) -> bool:
    """'<X> could become the first person to be prosecuted': the noun a participle hangs on is said of someone by a
    copula, whose status it shares."""
    return t.dep_ in ("attr", "acomp") and t.head.lemma_.lower() in COPULAS


def ruled(t: Token) -> bool:
    """'The court ruled that X must pay': the clause a verb of ruling states (its own status is the ruling's)."""
    return t.dep_ == "ccomp" and t.head.lemma_.lower() in RULING


def own_main_clause(t: Token) -> bool:
    """A main clause coordinated with the sentence's root and with a subject of its own: its own statement."""
    return t.dep_ == "conj" and t.head.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "nsubjpass") for c in children(t))


def source_of(ctx: Context, verb: Token) -> str | None:
    """The actor the article attributes the action to: 'X said ...', '..., X said', 'according to X'."""
    t = verb
    while t.head.i != t.i:  # a reporting verb above: "Kurennoi said (that) the court fined ..."
        if t.dep_ in ("ccomp", "parataxis", "conj", "advcl") and t.head.lemma_.lower() in L.REPORTING:
            found = subjects(ctx, t.head)
            if found:
                return found[0].entity
        t = t.head
    for c in (*children(verb), *children(t)):  # a reporting clause beside it: "..., Kurennoi said"
        if c.dep_ in ("parataxis", "ccomp", "advcl", "conj") and c.lemma_.lower() in L.REPORTING and c.i > verb.i:
            found = subjects(ctx, c)
            if found:
                return found[0].entity
    sent = sentence_of(verb)
    for i in ctx.words.index("lower").get("according", ()):  # the sentence's 'according' (looked up, not walked to)
        if sent.start <= i < sent.end:
            found = [m for c in children(ctx.words.tokens[i]) if c.lower_ == "to" for m in ctx.within(c)]
            if found:
                return found[0].entity
    return None


def clause_span(verb: Token) -> tuple[int, int]:
    tokens = list(clause_tokens(verb))
    return min(t.idx for t in tokens), max(t.idx + len(t.text) for t in tokens)


def clause_text(verb: Token) -> str:
    """The text from the verb to the end of its clause, up to a semicolon."""
    last = max(t.idx + len(t.text) for t in clause_tokens(verb))
    return text_of(verb.doc)[verb.idx:max(last, verb.idx)].split(";")[0]


def when_of(verb: Token, timexes) -> When | None:
    """The dated expression of the verb's own clause; else the only one of its sentence."""
    own = {t.idx for t in clause_tokens(verb)}
    sent = sentence_of(verb)
    dated = [x for x in timexes if x.value and sent.start_char <= x.start < sent.end_char]
    mine = [x for x in dated if any(x.start <= i < x.end for i in own)]
    pick = mine[0] if mine else dated[0] if len(dated) == 1 and verb.dep_ not in ("relcl", "acl") else None
    if pick is None:
        return None
    return When(pick.value, pick.begin, pick.last, pick.granularity, pick.text)


def place_of(verb: Token) -> str | None:
    for tok in clause_tokens(verb):
        if tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.ent_type_ == "GPE":
            ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
            return ent.text if ent is not None else tok.text
    return None

