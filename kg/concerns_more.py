"""More shapes of kg:concerns: a ruling as the ground of a sanction, a ruling quoted with 'according to', verbs of
dealing with something, and one ruling changing another. Those read off a ruling's noun are kg.concerns_nouns'
(the defendant in front of it, a penalty 'for' someone, what it decided, whoever contests it), and laws amending laws
kg.concerns_laws'; `more_concerns` runs them all.
`left_out` is the guard kg.concerns applies to every object it reads: "applies to A but not (to) B", "except B".

Rules (ids travel into provenance):
  relation.concerns_basis.v1     "LinkedIn was blocked under a court ruling", "<Org>, (which was) liquidated under the
                                 ruling", "Telegram was blocked pursuant to / in accordance with / on the basis of /
                                 following a ruling of <court>", "Roskomnadzor blocked Telegram in accordance with a
                                 court order": the ruling a sanction rests on targets whoever the sanction hits (the
                                 passive subject, else the object); 'after a ruling' is only a time and yields nothing
  relation.concerns_according.v1 "According to the verdict, <Person> spread ...": a clause a ruling is quoted for
                                 is what the ruling says, so it concerns the persons, organisations, laws and
                                 provisions the clause names (a pronoun through its antecedent; not those of a
                                 clause of saying inside it)
  relation.concerns_about_verb.v1 "The resolution deals with Article 20.3.3", "The ruling relates to <provision>",
                                 "The law regulates operators such as MTS and Beeline", "The ruling hit <Org>": a law
                                 or ruling as the subject of a verb of dealing with something concerns its objects
  relation.concerns_ruling.v1    "The new resolution amends the court's guidance of 2011", "The appeal ruling
                                 overturned the verdict": a ruling that changes, replaces or rules on another ruling
                                 concerns it (amends, when it changes its text)
  relation.concerns_served.v1    "<Person>, who is serving a sentence for <provision>", "<Person>, already serving a
                                 sentence under <provision>", "<Person> is serving a six-year sentence": a sentence
                                 served targets whoever serves it and applies the provision it is 'for' or 'under'
Only asserted verbs count for the verb-led shapes: "was not blocked under the ruling" yields nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, asserted, examples, objects, prep_objects, span_of, subjects, verbal
from kg.concerns_laws import RESHAPING_VERBS, amended_by, amendment_to, reshaped
from kg.concerns_nouns import APPEAL_WORDS, appealed, content_clause, defendant_in_front, negated, penalty_for, relation
from kg.doc_tables import char_span, children
from kg.model import Mention, Relation
from kg.relation_lexicon import AMEND_VERBS, CASE_NOUNS

LEGAL = {"Law", "LegalProvision"}
TARGETS = {"Organization", "Person"}
# verbs of a sanction a ruling can be the ground of: "was blocked under a court ruling"
SANCTION_VERBS = {"block", "ban", "outlaw", "prohibit", "designate", "declare", "recognize", "recognise", "label",
                  "list", "add", "include", "liquidate", "dissolve", "close", "shut", "fine", "sentence", "convict",
                  "jail", "imprison", "arrest", "detain", "remand", "release", "acquit", "expel", "deport",
                  "extradite", "warn", "restrict", "suspend", "revoke", "strip", "deprive", "disband", "seize",
                  "confiscate", "freeze", "deregister", "exclude", "bar", "penalize", "penalise", "punish"}
# how a sanction names its ground: (preposition, inner nouns and prepositions down to the ruling)
# "under X", "pursuant to X", "per X", "following X", "in accordance with X", "on the basis of X", "by virtue of X",
# "in line with X", "in compliance with X", "in execution of X"
BASIS_PATHS = {"under": (), "per": (), "following": (), "pursuant": ("to",), "in": ("accordance", "line",
               "compliance", "execution", "with", "of"), "on": ("basis", "grounds", "strength", "of"),
               "by": ("virtue", "of")}
# verbs by which a law or ruling deals with something, and the prepositions of their object ("" = a direct one):
# "The resolution deals with Article 20.3.3", "The law regulates operators such as MTS", "The ruling hit Meta"
ABOUT_VERBS = {"deal": ("with",), "relate": ("to",), "pertain": ("to",), "touch": ("on", "upon"),
               "regulate": ("",), "govern": ("",), "address": ("",), "hit": ("",), "involve": ("",)}
# words that take a name out of what a ruling or law covers: "but not (to) <Org>", "except <Org>"
EXCEPT_WORDS = {"except", "excluding", "besides", "apart", "save"}
# verbs by which a ruling acts on another ruling: what it does, and whether that changes its text
RULING_VERBS = {"amend": "amends", "revise": "amends", "modify": "amends", "supplement": "amends",
                "change": "amends", "replace": "amends", "supersede": "amends", "overturn": "concerns",
                "quash": "concerns", "annul": "concerns", "reverse": "concerns", "cancel": "concerns",
                "uphold": "concerns", "overrule": "concerns", "set": "concerns"}


# the lemmas of the verbs that sanction_basis, ruling_on_ruling, about_verb, amended_by and reshaped read (each finds
# nothing for another verb): more_concerns asks no other word whether it is a verb and asserted
VERB_RULE_LEMMAS = frozenset(SANCTION_VERBS | RULING_VERBS.keys() | ABOUT_VERBS.keys() | AMEND_VERBS | RESHAPING_VERBS)


def more_concerns(ctx: Context) -> list[Relation]:
    found = []
    for tok in ctx.words.pick(lemmas=APPEAL_WORDS, forms=("according",), pos=("VERB", "AUX", "NOUN")):
        if ctx.words.lemma[tok.i] in VERB_RULE_LEMMAS and verbal(tok) and asserted(tok):
            found += sanction_basis(ctx, tok) + ruling_on_ruling(ctx, tok) + about_verb(ctx, tok) + amended_by(ctx, tok)
            found += reshaped(ctx, tok)
        if tok.lower_ == "according" and tok.dep_ == "prep":
            found += according_to(ctx, tok)
        if tok.lemma_.lower() in APPEAL_WORDS and not negated(tok):
            found += appealed(ctx, tok)
    for m in ctx.mentions:
        if m.type == "Ruling":
            found += defendant_in_front(ctx, m) + penalty_for(ctx, m) + content_clause(ctx, m) + served(ctx, m)
        elif m.type == "Law":
            found += amendment_to(ctx, m)
    return found


# --- a ruling as the ground of a sanction ------------------------------------------------------

def sanction_basis(ctx: Context, verb: Token) -> list[Relation]:
    """'<Org> was blocked under a court ruling', 'Roskomnadzor blocked <Org> pursuant to a court order'."""
    if verb.lemma_.lower() not in SANCTION_VERBS:
        return []
    rulings = [r for p in children(verb) if p.dep_ in ("prep", "agent", "advmod", "oprd", "acomp")
               for r in basis_rulings(ctx, p)]
    if not rulings:
        return []
    passive = any(c.dep_ == "nsubjpass" for c in children(verb))
    hit = objects(ctx, verb, ("nsubjpass",) if passive else ("dobj",), TARGETS)
    if not hit and verb.dep_ == "acl" and verb.tag_ == "VBN":  # "Memorial, liquidated under the ruling, ..."
        hit = [m for m in [ctx.head_mention(verb.head, TARGETS)] if m]
    return [relation(ctx, r, "targets", m, "relation.concerns_basis.v1", 0.65, span_of(verb))
            for r in rulings for m in hit if m.entity != r.entity]


def basis_rulings(ctx: Context, prep: Token) -> list[Mention]:
    """The ruling a 'under / pursuant to / in accordance with ...' phrase names; 'following' only a ruling that
    names no one else ('following the verdict against <Person>' is a time)."""
    path = BASIS_PATHS.get(prep.lower_)
    tok = prep
    for _ in range(4 if path is not None else 0):
        tok = next((c for c in children(tok) if c.dep_ == "pobj" or (c.dep_ == "prep" and c.lower_ in path)), None)
        if tok is None:
            return []
        m = ctx.at(tok) if tok.dep_ == "pobj" else None
        if m is not None and m.type == "Ruling":
            if prep.lower_ == "following" and any(c.dep_ == "prep" and (c.lower_ in ("against", "on") or any(
                    o.lemma_.lower() in CASE_NOUNS for o in children(c))) for c in children(tok)):
                return []
            return [m]
        if tok.lower_ not in path:
            return []
    return []


# --- 'According to the verdict, ...' ------------------------------------------------------------

def according_to(ctx: Context, according: Token) -> list[Relation]:
    rulings = [m for p in children(according) if p.dep_ == "prep" and p.lower_ == "to" for o in children(p)
               if o.dep_ == "pobj" and (m := ctx.head_mention(o, {"Ruling"}))]
    verb = according.head
    if not rulings or not verbal(verb):
        return []
    inside = {t.i for t in according.subtree} | {t.i for c in children(verb) if c.dep_ == "parataxis"
                                                 for t in c.subtree}  # "..., <Person> said"
    named = []
    for t in verb.subtree:
        m = ctx.at(t) if t.i not in inside else None
        if m is None and t.i not in inside and t.pos_ == "PRON" and t.lower_ in ("he", "she", "it", "they"):
            m = ctx.head_mention(t, TARGETS)  # "According to the verdict, he ...": whom the pronoun stands for
        if m is not None and m.type in TARGETS | LEGAL and m not in named:
            named.append(m)
    return [relation(ctx, r, "targets" if m.type in TARGETS else "applies", m, "relation.concerns_according.v1", 0.6,
                     span_of(according)) for r in rulings for m in named if m.entity != r.entity]


# --- a ruling or law as the subject of a verb of dealing with something ---------------------------

def about_verb(ctx: Context, verb: Token) -> list[Relation]:
    """'The resolution deals with Article 20.3.3', 'The law regulates operators such as MTS', 'The ruling hit
    Facebook and Instagram': the named objects (directly, or after the verb's own preposition)."""
    preps = ABOUT_VERBS.get(verb.lemma_.lower())
    if preps is None:
        return []
    acts = subjects(ctx, verb, {"Law", "Ruling"})
    if not acts:
        return []
    named = objects(ctx, verb, ("dobj",), TARGETS | LEGAL) if "" in preps else []
    named += [m for m in prep_objects(ctx, verb, tuple(p for p in preps if p), TARGETS | LEGAL) if m not in named]
    if "" in preps:  # "regulates the activities of operators such as MTS": the named examples of the object
        heads = [t for c in children(verb) if c.dep_ == "dobj" for t in (c, *(o for p in children(c) if p.dep_ == "prep"
                                                                      and p.lower_ == "of" for o in children(p)
                                                                      if o.dep_ == "pobj"))]
        named += [m for t in heads for m in examples(ctx, t, TARGETS) if m not in named]
    return [relation(ctx, a, "targets" if m.type in TARGETS else "concerns", m, "relation.concerns_about_verb.v1",
                     0.65, span_of(verb)) for a in acts for m in named if m.entity != a.entity]


# --- a ruling acting on another ruling ---------------------------------------------------------

def ruling_on_ruling(ctx: Context, verb: Token) -> list[Relation]:
    """'The new resolution amends the court's guidance of 2011': both the subject and the object are rulings."""
    prop = RULING_VERBS.get(verb.lemma_.lower())
    if prop is None or (verb.lemma_.lower() == "set" and not any(c.lower_ == "aside" for c in children(verb))):
        return []
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    if subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    act = ctx.head_mention(subject, {"Ruling"})
    if act is None:
        return []
    objs = [m for c in children(verb) if c.dep_ == "dobj" for m in [ctx.head_mention(c, {"Ruling"})] if m]
    return [relation(ctx, act, prop, m, "relation.concerns_ruling.v1", 0.6, span_of(verb))
            for m in objs if m.entity != act.entity]


def left_out(ctx: Context, m: Mention) -> bool:
    """'applies to A and B but not (to) C', 'covers A, except C': C is named as what the act leaves out."""
    span = char_span(ctx.doc, m.start, m.end)
    tok = span.root if span is not None else None
    path = ("conj", "pobj", "prep", "appos", "compound")
    while tok is not None:
        if any(c.dep_ == "neg" for c in children(tok)) or tok.lower_ in EXCEPT_WORDS:
            return True
        if tok.dep_ not in path or tok.head.i == tok.i or tok.head.dep_ not in path and \
                tok.head.lower_ not in EXCEPT_WORDS:
            return False  # the verb or noun the phrase hangs on is not part of it
        tok = tok.head
    return False


def served(ctx: Context, ruling: Mention) -> list[Relation]:
    """'<Person>, who is serving a sentence for <provision>' (relation.concerns_served.v1; see the module doc)."""
    span = char_span(ctx.doc, ruling.start, ruling.end)
    noun = span.root if span is not None else None
    if noun is None or noun.dep_ != "dobj" or noun.head.lemma_.lower() != "serve" or not asserted(noun.head):
        return []
    verb = noun.head
    people = subjects(ctx, verb, {"Person"})
    if not people and verb.dep_ in ("acl", "advcl") and not any(c.dep_.startswith("nsubj") for c in children(verb)):
        # "<Person>, already serving ...": the noun it follows (an object misread as the verb's), else the subject
        owners = [verb.head] if verb.dep_ == "acl" else sorted(
            (c for c in children(verb.head) if c.dep_ in ("nsubj", "dobj", "dative") and c.i < verb.i),
            key=lambda c: -c.i)
        people = [m for o in owners for m in [ctx.head_mention(o, {"Person"})] if m][:1]
    bases = [m for h in (noun, verb) for c in children(h) if c.dep_ == "prep" and c.lower_ in ("for", "under")
             for m in ctx.within(c, {"Law", "LegalProvision"})]
    bases = [m for m in bases if not any(o is not m and o.type == "LegalProvision" and o.start <= m.start and
                                         m.end <= o.end for o in bases)]  # the code inside "Article N of ..."
    anchor = span_of(ruling)
    return [relation(ctx, ruling, "targets", m, "relation.concerns_served.v1", 0.6, anchor) for m in people] + \
        [relation(ctx, ruling, "applies", m, "relation.concerns_served.v1", 0.6, anchor) for m in bases]
