"""Actions told by a noun in any sentence: "the blocking of <X> by <body>", "the conviction of <X> under <provision>".

Reports often name an earlier action with a noun instead of a verb: "The blocking of the website of Radio
Svoboda by Roskomnadzor cut it off", "His conviction under Article 207.3 was upheld", "the designation of
OVD-Info as a foreign agent by the Justice Ministry". The noun gives the action, "of <X>" (or a possessor that
is not a state body: "Petrov's arrest") who it fell on, "by <body>" (or a state possessor: "Roskomnadzor's
blocking of X") who did it, and "under <provision>" its legal basis.

  event.nominal.v1  "the <action noun> of <X> [by <body>] [under <provision>]": X was acted on, the body did it,
                    X was charged under the provision; "the verdict against X, handed down by <court>", "<court>'s
                    sentence against X": the court convicted X

Only actions that happened: not a requested, planned, feared or negated one ("demanded the blocking of X",
"the threat of a ban on X", "avoided the liquidation of X", "no ban on X"), nor one a request noun asks for
("a request for his arrest"). Nouns kg.event_nouns reads ("ordered the liquidation of X", "the blocking of X,
ordered by <body>") are left to it.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.arguments import LEGAL, STATE, Context, asserted, evidence, nearest_verb, prep_objects, span_of, subjects
from kg.doc_tables import children
from kg.event_actors import PEOPLE, OWN_THINGS, court_of, lemma_of
from kg.model import Event, Relation

# action noun -> (event class, fine property of the actor's fact)
NOUNS = {**L.NOMINAL, "designation": ("Designation", "designated"), "conviction": ("Conviction", "convicted"),
         "prosecution": ("Charge", "prosecuted"), "sentencing": ("Sentence", "convicted"),
         "jailing": ("Sentence", "convicted"), "search": ("Search", "searched"), "fining": ("Fine", "fined"),
         "throttling": ("Blocking", "blocked"), "slowdown": ("Blocking", "blocked"),
         "blacklisting": ("Designation", "designated"), "charge": ("Charge", "prosecuted"),
         "case": ("Charge", "prosecuted"), "trial": ("Charge", "prosecuted"), "verdict": ("Conviction", "convicted"),
         "sentence": ("Sentence", "convicted"), "raid": ("Search", "searched")}
# "the verdict against X, handed down by <court>": participles whose 'by' phrase names who passed the ruling
PASSED_BY = {"hand", "deliver", "pass", "pronounce", "issue", "impose"}
ANNOUNCING = {"announce", "report", "confirm"}  # "<body> announced the arrest of X", "which announced her arrest"
AGAINST = {"charge", "case", "trial", "verdict", "sentence"}  # "the case against X", "charges against X", "X's trial"
RESTRICTIONS = {"Blocking", "Ban", "Designation"}
PERSONAL = {"Conviction", "Charge", "Sentence", "Search", "Fine", "Detention"}  # kinds with a defendant
CHARGE_OF = {"convicted": "convictedUnder", "fined": "finedUnder", "prosecuted": "prosecutedUnder"}
# nouns and adjectives that make the action one that did not (yet) happen
UNREAL_HEADS = L.UNREAL_NOUNS | {"plan", "bid", "attempt", "lawsuit", "suit", "claim", "warning", "bill", "draft",
                                 "law"}
UNREAL_MODIFIERS = {"possible", "proposed", "planned", "potential", "threatened", "future", "imminent", "likely",
                    "eventual", "alleged"}
UNREAL_GOVERNORS = {*L.REQUESTED, *L.PLANNED, *L.PREDICTED, *L.NEGATING, *L.DENIED, *L.ALLEGED, "avoid", "prevent",
                    "escape", "face", "risk", "threaten", "seek", "oppose", "resist", "await", "discuss", "debate"}
DESIGNATIONS = [(re.compile(p, re.I), kind) for p, kind in L.DESIGNATIONS]


def nominal_events(ctx: Context):
    """(event, derived relations, governing verb) for every action noun that tells an action that happened."""
    for noun in ctx.words.with_lemma(NOUNS):
        lemma = noun.lemma_.lower()
        if noun.pos_ != "NOUN" or lemma not in NOUNS or not real(noun) or read_elsewhere(noun):
            continue
        kind, prop = NOUNS[lemma]
        targets, agents = acted_on(ctx, noun), actors(ctx, noun)
        targets = [t for t in targets if t.entity not in {a.entity for a in agents}]
        bases = bases_of(ctx, noun)
        if not targets or not (agents or bases or kind in RESTRICTIONS):
            continue  # (a restriction with no actor is kept: kg.event_fill may find the article's one restrictor)
        if kind == "Designation":
            words = " ".join(t.text for t in noun.subtree)
            kind = next((k for pattern, k in DESIGNATIONS if pattern.search(words)), kind)
        roles = [("agent", a) for a in agents] + [("court", a) for a in agents if a.type == "Court"]
        roles += [(r, t) for t in targets for r in (("defendant", "target") if kind in PERSONAL else ("target",))]
        roles += [("legalBasis", b) for b in bases]
        rule = "relation.nominal_action.v1"
        derived = [Relation(a.entity, prop, t.entity, evidence(ctx, rule, 0.7, span_of(noun), span_of(a), span_of(t)))
                   for a in agents for t in targets]
        derived += [Relation(t.entity, CHARGE_OF.get(prop, "chargedUnder"), b.entity,
                             evidence(ctx, rule, 0.7, span_of(noun), span_of(t), span_of(b)))
                    for t in targets for b in bases]
        spans = [span_of(noun), *(span_of(m) for _, m in roles)]
        keyed = tuple(dict.fromkeys((role, m.entity) for role, m in roles))
        event = Event(kind, keyed, span_of(noun), evidence(ctx, "event.nominal.v1", 0.7, *spans))
        yield event, derived, nearest_verb(noun)


def bases_of(ctx: Context, noun: Token) -> list:
    """'the conviction of X under <provision>', 'The new case, under <provision>, concerns ...' (the parser hangs
    the phrase between commas on the verb after the noun)."""
    preps = [p for p in children(noun) if p.dep_ == "prep" and p.lower_ == "under"]
    if noun.dep_.startswith("nsubj"):  # (or after a verb of bringing: "the charges against X were brought under ...")
        preps += [p for p in children(noun.head) if p.dep_ == "prep" and p.lower_ == "under" and noun.i < p.i
                  and (p.i < noun.head.i or noun.head.lemma_.lower() in ("fall", "come", "bring", "file"))]
        if noun.head.lemma_.lower() in SET_OUT:  # "The offence is covered by / set out in / punishable under <X>"
            preps += [p for h in (noun.head, *(c for c in children(noun.head) if c.dep_ in ("acomp", "prt")))
                      for p in children(h) if p.dep_ in ("prep", "agent") and p.lower_ in ("under", "by", "in", "on")
                      and p.i > noun.head.i and p not in preps]
    return [m for p in preps for m in ctx.within(p, LEGAL)]


# verbs by which a charge or offence noun names the provision it falls under
SET_OUT = {"cover", "set", "define", "punish", "base", "carry", "list", "describe", "be", "fall", "come", "bring",
           "file", "prosecute"}


def real(noun: Token) -> bool:
    """The noun tells an action that happened: no 'no', 'possible', 'threat of', 'demanded the ...'."""
    if any(c.dep_ in ("det", "amod") and c.lower_ in ("no", *UNREAL_MODIFIERS) for c in children(noun)):
        return False
    tok = noun
    while tok.dep_ in ("pobj", "compound", "conj", "appos") and tok.head.i != tok.i:
        head = tok.head.head if tok.head.dep_ == "prep" else tok.head
        if head.pos_ in ("VERB", "AUX"):
            break
        if head.lemma_.lower() in UNREAL_HEADS:  # "the threat of a ban on X", "a request for his arrest"
            return False
        if head.i == tok.i:
            break
        tok = head
    verb = nearest_verb(noun)
    if verb is None:
        return True
    contested = noun.dep_ == "pobj" and noun.head.lower_ == "against"  # "appealed against the conviction of X"
    return asserted(verb) and (contested or lemma_of(verb) not in UNREAL_GOVERNORS
                               and verb.lemma_.lower() not in UNREAL_GOVERNORS)


def read_elsewhere(noun: Token) -> bool:
    """Nouns kg.event_nouns reads: the object of a verb of ordering, or one with an 'ordered by' participle."""
    if noun.lemma_.lower() in L.NOMINAL and noun.dep_ in ("dobj", "nsubjpass") and lemma_of(noun.head) in L.ORDER:
        return True
    return any(c.dep_ == "acl" and lemma_of(c) in L.ORDERED_BY for c in children(noun))


def acted_on(ctx: Context, noun: Token) -> list:
    """'of <X>' ('the blocking of A and B', 'the search of X's flat', 'the blocking of the website of X'), 'on <X>'
    for a ban; else a possessor that is a person or organisation ('Petrov's arrest', 'his conviction')."""
    lemma = noun.lemma_.lower()
    preps = ("against", "of") if lemma == "trial" else ("against",) if lemma in AGAINST else \
        ("of", "on") if lemma in ("ban", "raid") else ("of",)
    found = prep_objects(ctx, noun, preps, PEOPLE)
    for thing in (o for p in children(noun) if p.dep_ == "prep" and p.lower_ in ("of", "on") for o in children(p)
                  if o.dep_ == "pobj" and o.lemma_.lower() in OWN_THINGS):  # "a raid on Memorial's offices"
        found += [m for p in children(thing) if p.dep_ == "poss" if (m := ctx.head_mention(p, PEOPLE))]
    if not found:
        found = [m for p in children(noun) if p.dep_ == "poss" if (m := ctx.head_mention(p, PEOPLE))]
    return list(dict.fromkeys(found))


def actors(ctx: Context, noun: Token) -> list:
    """'by <body>' on the noun, or a state body as its possessor ('Roskomnadzor's blocking of X')."""
    found = prep_objects(ctx, noun, ("by",), STATE)
    for thing in (o for p in children(noun) if p.dep_ == "prep" and p.lower_ in ("of", "on") for o in children(p)
                  if o.dep_ == "pobj"):  # "the raid on Memorial's offices by <body>": the parser hangs 'by' low
        found += [m for m in prep_objects(ctx, thing, ("by",), STATE) if m not in found]
    for label in (o for p in children(noun) if p.dep_ == "prep" and p.lower_ == "as" for o in children(p)):
        found += [m for m in prep_objects(ctx, label, ("by",), STATE) if m not in found]  # "as a foreign agent by X"
    if not found and any(p.dep_ == "prep" and p.lower_ in ("of", "on", "against") for p in children(noun)):
        found = [m for p in children(noun) if p.dep_ == "poss" if (m := ctx.head_mention(p, STATE))]
    for participle in (c for c in children(noun) if c.dep_ == "acl" and c.lemma_.lower() in PASSED_BY):
        found += [m for m in passed_by(ctx, participle) if m not in found]  # "the verdict against X, handed down by"
    if not found and noun.dep_ == "dobj" and noun.head.lemma_.lower() in ANNOUNCING:
        found = subjects(ctx, noun.head, STATE)  # "The FSB announced the arrest of X": a body tells its own action
    return found


def passed_by(ctx: Context, participle: Token) -> list:
    """The court or body in the participle's 'by' phrase (a judge stands for their court)."""
    found = []
    for p in (c for c in children(participle) if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by"):
        for o in (o for o in children(p) if o.dep_ == "pobj"):
            m = ctx.head_mention(o, STATE | {"Person"})
            m = court_of(ctx, m) if m is not None and m.type == "Person" else m
            if m is not None and m.type in STATE:
                found.append(m)
    return found
