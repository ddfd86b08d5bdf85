"""Participants the parser hangs where the event rules do not look: co-defendants, named examples of a count,
the person a role noun stands beside.

  event.companions.v1  "<X> was convicted together with <Y> and <Z>", "detained <X> along with <Y>": Y and Z are
                       defendants of the same action (only people and organisations: "the FSB, together with the
                       police, detained X" adds no defendant)
  event.counted_names.v1 "opened a case against two of the believers, <A> and <B>": the names in apposition to
                       the count are the defendants
  (examples)           "Council members, among them <X>, asked ...", "Protesters, among them <X>, were detained": the
                       names a subject's 'among them' lists act or are acted on
  (agents)             "A deputy of the Legislative Assembly, <X>, complained to ...": the person in apposition
                       to the role noun acts, not the body the role belongs to; "<body> asked the Supreme Court
                       to close X, and the court ordered ...": 'the court' is the one court named before it in
                       its sentence
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, nearest_verb
from kg.doc_tables import children, sentence_of

PEOPLE = {"Person", "Organization"}
COMPANY_WORDS = {"together", "along"}  # "together with", "along with"
SLOTS = ("against",)


def companions(ctx: Context, verb: Token, found: list, types=PEOPLE) -> list:
    """Those the verb's action fell on 'together/along with' the ones already found."""
    if not found:
        return []
    # on the verb ("<X> was convicted together with <Y>") or, after it, on a noun of its clause ("entered <X> in its
    # register of foreign agent media, together with <Y>": the nearest verb above the phrase is this one)
    near = {p.i for c in children(verb) for p in (c, *children(c))}
    preps = [p for p in verb.subtree if p.dep_ == "prep" and p.lower_ == "with" and p.i > 0
             and p.doc[p.i - 1].lower_ in COMPANY_WORDS
             and (p.i in near or p.i > verb.i and getattr(nearest_verb(p), "i", None) == verb.i)]
    out = []
    for prep in preps:
        for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
            out += [m for m in listed(ctx, pobj, types) if m not in found and m not in out]
    return out


def listed(ctx: Context, token: Token, types) -> list:
    """The names of a noun phrase and its coordinated siblings, skipping what hangs in relative clauses."""
    out = []
    stack = [token]
    while stack:
        t = stack.pop(0)
        m = ctx.head_mention(t, types)
        if m is not None and m.type in types and m not in out:
            out.append(m)
        stack += [c for c in children(t) if c.dep_ == "conj"]  # "A, a producer, and B": B hangs on the apposition
        stack += [c for a in children(t) if a.dep_ == "appos" for c in children(a) if c.dep_ == "conj"]
    return out


def counted_names(ctx: Context, verb: Token, types=PEOPLE) -> list:
    """'against two of the believers, A and B': a count whose apposition names them."""
    out = []
    for prep in (c for c in children(verb) if c.dep_ == "prep" and c.lower_ in SLOTS):
        for pobj in (c for c in children(prep) if c.dep_ == "pobj"):
            if pobj.pos_ != "NUM":
                continue
            if not any(c.dep_ == "prep" and c.lower_ == "of" for c in children(pobj)):
                continue  # "two of the believers, A and B" (the names hang on the count as apposition or conjunct)
            for named in (c for c in children(pobj) if c.dep_ in ("appos", "conj")):
                out += [m for m in ctx.within(named, types) if m not in out]
    return out


def apposed_person(ctx: Context, head: Token):
    """'A deputy of the Legislative Assembly, X, ...': the person named beside a subject noun that is no name."""
    if head.pos_ != "NOUN" or ctx.at(head) is not None:
        return None
    chain, t = [head], head  # the parser may hang the name on the body: "a deputy of [the Duma, X]"
    while (inner := next((o for p in children(t) if p.dep_ == "prep" and p.lower_ == "of"
                          for o in children(p) if o.dep_ == "pobj"), None)) is not None and len(chain) < 4:
        chain.append(inner)
        t = inner
    for appos in (c for t in chain for c in children(t) if c.dep_ == "appos"):
        m = ctx.at(appos)
        if m is not None and m.type == "Person":
            return m
    return None


def court_earlier_in_sentence(ctx: Context, head: Token):
    """'<body> asked the Supreme Court to close X, and the court ordered its liquidation': 'the court' is the one
    court named before it in its own sentence, when there is exactly one."""
    sent = sentence_of(head)
    courts = {m.entity: m for m in ctx.mentions if m.type == "Court" and sent.start_char <= m.start < head.idx}
    return next(iter(courts.values())) if len(courts) == 1 else None


def subject_examples(ctx: Context, verb: Token, types=PEOPLE) -> list:
    """'Council members, among them <X>, have asked ...', 'Protesters, among them <X> and <Y>, were detained': the
    names a subject's 'among them' lists before the verb (read from the surface, up to the next comma or verb)."""
    sent = sentence_of(verb)
    found = []
    for among in (t for t in ctx.doc[sent.start:verb.i] if t.lower_ in ("among", "including")):
        start = among.i + 1 + (ctx.doc[among.i + 1].lower_ in ("them", "whom") if among.i + 1 < verb.i else 0)
        for tok in ctx.doc[start:verb.i]:
            if tok.pos_ in ("VERB", "AUX") or tok.text in (";", ":") or (tok.text == "," and found):
                break
            m = ctx.at(tok)
            if m is not None and m.type in types and m not in found:
                found.append(m)
    return found
