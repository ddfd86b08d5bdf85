"""Actions read from the surface when the parse has lost the verb.

Long sentences that list several names confuse the small parser: in "The Justice Ministry added journalist
Maria Ivanova, musician Pavel Smirnov and the Sakharov Center to the register of foreign agents" it reads
"added" as an adjective of "journalist" and makes "Ivanova" the root, so no verb rule sees the action. When a
trigger word is not parsed as a verb, the words around it still say it plainly: a state body right before it,
then a list of names.

  event.surface.v1  "<body or court> [on <date>] [also] <trigger> [descriptor] <name>, [descriptor] <name> and <name>
                    [to the register of ... | under <provision> | ...]": the body did what the trigger says to each

Only for a trigger the parser did not take as a verb, only in a sentence without negation, and only when the
names follow the trigger with nothing but commas, "and", articles and lower-case descriptors between them.
`apposed_participle` reads "X, labelled a foreign agent in 2021, moved ..." (the participle taken for the main
verb). `shifted_names` reads the same kind of list after a designation verb's list phrase ("added to its register of
foreign agents the journalist A, the lawyer B and the musician C"), for kg.events when the parse gave no object.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.arguments import LEGAL, STATE, Context, evidence, span_of
from kg.doc_tables import children
from kg.event_actors import PEOPLE, lemma_of, with_trigger
from kg.model import Event, Relation

FILLER = {"on", "in", "also", "has", "have", "had", "last", "this", "earlier", "later", "then", "again", ","}
MISREAD = {"amod", "compound", "nmod", "npadvmod", "appos"}  # a verb parsed as a modifier of the noun after it
NEGATION = {"not", "n't", "no", "never", "neither", "nor"}
JOINERS = {",", "and"}
DESIGNATIONS = [(re.compile(p, re.I), kind) for p, kind in L.DESIGNATIONS]
CHARGE_OF = {"convicted": "convictedUnder", "fined": "finedUnder", "prosecuted": "prosecutedUnder"}


def surface_events(ctx: Context):
    """(event, derived relations, None) for every trigger word the parser did not read as a verb."""
    for word in with_trigger(ctx, L.RESTRICTION.keys() | L.PROCEEDING.keys()):
        lemma = lemma_of(word)
        table = L.RESTRICTION if lemma in L.RESTRICTION else L.PROCEEDING if lemma in L.PROCEEDING else None
        parsed = word.pos_ in ("VERB", "AUX") and word.dep_ not in MISREAD
        if table is None or parsed or not word.lower_.endswith("ed") or negated(word):
            continue
        agent = actor_before(ctx, word)
        targets = names_after(ctx, word)
        if agent is None or not targets:
            continue
        kind, prop = table[lemma]
        rest = " ".join(t.text for t in word.doc[word.i:word.sent.end])
        if kind == "Designation":
            kind = next((k for pattern, k in DESIGNATIONS if pattern.search(rest)), None)
            if kind is None and (lemma in L.NEEDS_LABEL and not re.search(L.LIST_WORDS, rest, re.I)):
                continue
            kind = kind or "Designation"
        if lemma in L.CUSTODY_VERBS or lemma in ("open", "launch", "initiate", "institute"):
            continue  # these need their objects read from the parse
        bases = [m for t in word.doc[word.i:word.sent.end] if t.lower_ == "under"
                 for m in ctx.mentions if m.type in LEGAL and m.start == t.idx + len(t.text_with_ws)]
        roles = [("agent", agent)] + [("court", agent)] * (agent.type == "Court") + [("target", t) for t in targets]
        roles += [("legalBasis", b) for b in bases]
        rule = "relation.surface.v1"
        derived = [Relation(agent.entity, prop, t.entity, evidence(ctx, rule, 0.6, span_of(agent), span_of(word),
                                                                   span_of(t))) for t in targets if prop]
        derived += [Relation(t.entity, CHARGE_OF.get(prop, "chargedUnder"), b.entity,
                             evidence(ctx, rule, 0.6, span_of(t), span_of(word), span_of(b)))
                    for t in targets for b in bases if table is L.PROCEEDING]
        spans = [span_of(word), *(span_of(m) for _, m in roles)]
        keyed = tuple(dict.fromkeys((role, m.entity) for role, m in roles))
        yield Event(kind, keyed, span_of(word), evidence(ctx, "event.surface.v1", 0.6, *spans)), derived, None


def negated(word: Token) -> bool:
    return any(t.lower_ in NEGATION for t in word.sent)


def actor_before(ctx: Context, word: Token):
    """The state body or court whose name ends right before the trigger (dates and 'also' aside)."""
    i = word.i - 1
    while i >= word.sent.start and (word.doc[i].lower_ in FILLER or word.doc[i].ent_type_ in ("DATE", "TIME")):
        i -= 1
    if i < word.sent.start:
        return None
    m = ctx.at(word.doc[i])
    return m if m is not None and m.type in STATE and m.end == word.doc[i].idx + len(word.doc[i].text) else None


def shifted_names(ctx: Context, verb: Token) -> list:
    """'added to its register of foreign agents the journalist A, the lawyer B and the musician C': the names a
    designation verb puts after its list phrase (the parser hangs them on the list)."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in children(verb)):
        return []
    first = next((t for t in verb.doc[verb.i + 1:verb.sent.end] if (m := ctx.at(t)) and m.type in PEOPLE), None)
    if first is None:
        return []
    between = verb.doc[verb.i + 1:first.i]
    words = " ".join(t.text for t in between)
    if any(t.pos_ in ("VERB", "AUX") for t in between) or not (
            re.search(L.LIST_WORDS, words, re.I) or any(p.search(words) for p, _ in DESIGNATIONS)):
        return []
    start = first.i - 1
    while start > verb.i and (verb.doc[start].pos_ == "DET" or verb.doc[start].pos_ == "NOUN"
                              and verb.doc[start].is_lower):  # back over 'the journalist' before the first name
        start -= 1
    return names_after(ctx, verb.doc[start])


def names_after(ctx: Context, word: Token) -> list:
    """The names listed right after the trigger: 'journalist A, musician B and the C Center'."""
    found = []
    for tok in word.doc[word.i + 1:word.sent.end]:
        m = ctx.at(tok)
        if m is not None and m.type in PEOPLE:
            found += [m] if m not in found else []
        elif m is not None:
            return []  # another kind of name in the list: not a plain list of the ones acted on
        elif tok.lower_ in JOINERS or tok.pos_ == "DET" or (tok.pos_ == "NOUN" and tok.is_lower):
            continue
        else:
            break
    return found


LABEL_NOUNS = {"agent", "agents", "organization", "organisation", "organizations", "organisations", "group",
               "extremist", "extremists", "terrorist", "terrorists", "movement"}


def apposed_participle(ctx: Context, verb: Token) -> list:
    """'Meduza, labelled a foreign agent in 2021, moved to Riga': a designation participle set off by commas, which
    the parser reads as the main verb with the name as its subject. The one labelled is that name."""
    if verb.tag_ not in ("VBD", "VBN") or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return []
    if not any(c.dep_ == "dobj" and c.lower_ in LABEL_NOUNS for c in children(verb)):
        return []
    return [m for c in children(verb) if c.dep_ == "nsubj" and c.i < verb.i - 1
            for m in ctx.head_mentions(c, PEOPLE)]
