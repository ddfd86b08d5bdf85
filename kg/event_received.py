"""Penalties told from the side of the one who bears them: "<X> received seven years under the same article".

  event.received.v1  "<X> received/got <term or fine> [from <court>] [under <provision>]", "<X> was given/handed
                     <term or fine> [by <court>]": a sentence (or a fine) of X; the court, when named, convicted
                     (fined) X; X was convicted under the provision

The object must name a penalty: a term of years or months ("seven years", "a five-year sentence"), days of
arrest or labour, or a penalty noun ("a suspended sentence", "a fine of 30,000 rubles"); "received a letter",
"got two days to comply" or "received 1.5 million rubles" is nothing.

  event.facing.v1    "<X> faces up to ten years in prison / charges under <provision>", "<X> pleaded guilty to charges
                     under <provision>", "<X> is standing trial on charges under <provision>": X is charged under
                     it (no actor is read)
  "<X> paid a fine of 30,000 rubles", "<court> ordered <X> to pay a fine of ... under <provision>": a fine, as received
  event.penalty_changed.v1  "<court> replaced the fine handed to <X> with a five-year prison term": the court
                     sentenced X
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import (STATE, Context, clause_tokens, evidence, is_passive, legal_bases, objects, span_of, subjects,
                          with_partners)
from kg import event_lexicon as L
from kg.doc_tables import children
from kg.event_actors import PEOPLE, agents_of, lemma_of
from kg.event_carry import same_charge, same_provision
from kg.event_charges import conditional_bases
from kg.event_parses import as_was
from kg.model import Event, Relation
from kg.penalties import TERM

RECEIVING = {"receive", "get"}
GIVING = {"give", "hand"}  # in the passive: "<X> was given five years"
SENTENCE_WORDS = {"sentence", "sentences"}  # "A and B received suspended sentences"
CUSTODY_WORDS = {"arrest", "jail", "prison", "detention", "colony", "labour", "labor", "work"}
PLEADING = {"plead"}  # "<X> pleaded guilty to charges under <provision>"
PAYING = {"pay"}  # "<X> paid a fine of ...", "<court> ordered <X> to pay a fine"
FACING = {"face", "stand"}  # "<X> faces up to ten years / charges under <provision>", "stands trial on charges under"
CHARGE_WORDS = {"charge", "charges", "prosecution", "trial", "count", "counts", "case"}
PROP = {"Sentence": ("convicted", "convictedUnder"), "Fine": ("fined", "finedUnder"),
        "Charge": ("prosecuted", "prosecutedUnder")}


TAKING = RECEIVING | FACING | PLEADING | PAYING


def received_penalties(ctx: Context):
    """(event, derived relations, verb) for every penalty a person or organisation is said to have received."""
    for verb in ctx.words.with_lemma(TAKING | GIVING):
        if verb.pos_ != "VERB":
            continue
        lemma = verb.lemma_.lower()
        if lemma not in TAKING and lemma not in GIVING:
            continue
        passive = is_passive(verb)
        dative = given_to(ctx, verb) if lemma in GIVING and not passive else []
        if not (lemma in TAKING and not passive or lemma in GIVING and (passive or dative)):
            continue
        ordering = ordering_verb(verb)
        kind = "Charge" if lemma in FACING | PLEADING else penalty_kind(verb, ("npadvmod",) if dative else ()) \
            or ordered_sum(ctx, verb, ordering)
        if kind is None or lemma in FACING and not facing_charges(verb) or lemma in PLEADING and not pleaded(verb):
            continue
        bearers = with_partners(ctx, [m for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")
                                      for m in ctx.head_mentions(c, PEOPLE)], PEOPLE)
        if dative:  # "<court> gave/handed <X> a suspended sentence": the one given it bears it, the giver acts
            bearers = [m for c in dative for m in ctx.head_mentions(c, PEOPLE)]
        if not bearers and lemma not in GIVING:
            bearers = subjects(ctx, verb, PEOPLE)
        if not bearers and ordering is not None:  # "<court> ordered <X> to pay a fine", "<X> was ordered to pay"
            bearers = objects(ctx, ordering, ("dobj", "nsubjpass"), PEOPLE)
        if lemma in PAYING:  # "<X> paid the fine imposed on <Y>": Y bears it
            bearers = imposed_on(ctx, verb) or bearers
        if not bearers:
            continue
        bearers += [m for m in as_was(ctx, verb, PEOPLE) if m not in bearers]  # "..., as did <X>"
        courts = [] if ordering is None else agents_of(ctx, ordering)
        courts += agents_of(ctx, verb) if dative else []
        courts += list(dict.fromkeys(m for t in clause_tokens(verb) if t.dep_ in ("prep", "agent")
                                    and t.lower_ in ("from", "by") for m in ctx.within(t, STATE)))
        courts = list(dict.fromkeys(courts))
        bases = legal_bases(ctx, verb) or same_provision(ctx, verb) or same_charge(ctx, verb)
        if lemma in FACING:  # "faces up to ten years if convicted of ... under Article 207.3"
            bases = bases or conditional_bases(ctx, verb)
        courts = [c for c in courts if c.entity not in {b.entity for b in bearers}]
        roles = [("agent", c) for c in courts] + [("court", c) for c in courts if c.type == "Court"]
        roles += [(r, b) for b in bearers for r in ("defendant", "target")] + [("legalBasis", b) for b in bases]
        sanction, charge = PROP[kind]
        rule = "relation.facing.v1" if kind == "Charge" else "relation.received_penalty.v1"
        derived = [Relation(c.entity, sanction, b.entity, evidence(ctx, rule, 0.7, span_of(c), span_of(verb),
                                                                   span_of(b))) for c in courts for b in bearers]
        derived += [Relation(b.entity, charge, x.entity, evidence(ctx, rule, 0.7, span_of(b), span_of(verb),
                                                                  span_of(x))) for b in bearers for x in bases]
        spans = [span_of(verb), *(span_of(m) for _, m in roles)]
        keyed = tuple(dict.fromkeys((role, m.entity) for role, m in roles))
        yield Event(kind, keyed, span_of(verb), evidence(ctx, rule.replace("relation.", "event.").replace(
            "received_penalty", "received"), 0.7, *spans)), derived, verb


def given_to(ctx: Context, verb: Token) -> list[Token]:
    """Who an active 'gave/handed' gives to: its indirect object ('handed X a fine'), or its object when the term
    hangs beside it ('handed X six years', parsed as an adverb of time)."""
    dative = [c for c in children(verb) if c.dep_ == "dative"]
    if dative:  # ("gave a suspended sentence to X": a 'to' the parser calls the dative stands for its object)
        return [o for c in dative for o in ([p for p in children(c) if p.dep_ == "pobj"] if c.lower_ == "to" else [c])]
    objs = [c for c in children(verb) if c.dep_ == "dobj"]
    named = [c for c in objs if ctx.at(c) is not None and ctx.at(c).type in PEOPLE]
    if named and any(a.dep_ == "npadvmod" for a in children(verb)):
        return named
    if any(penalty_apposed(c) for c in named):  # "gave Kotov, a programmer, four years": the term read as an apposition
        return named
    penalty = [c for c in children(verb) if c.dep_ in ("dobj", "npadvmod") and penalty_kind_of(c)]
    if not penalty:
        return []
    # "handed X a seven-year sentence", "handed the blogger X a fine" (two objects), "handed down a sentence to X"
    people = [c for c in objs if c not in penalty and ctx.head_mention(c, PEOPLE) is not None]
    return people or [o for p in children(verb) if p.dep_ == "prep" and p.lower_ == "to" for o in children(p)
                      if o.dep_ == "pobj" and ctx.head_mention(o, PEOPLE) is not None]


def penalty_apposed(name: Token) -> bool:
    """'Konstantin Kotov, a programmer, four years in a penal colony': a penalty the parser put in apposition to the
    person given it (or to the person's description)."""
    return any(t.dep_ == "appos" and t.i > name.i and penalty_kind_of(t) for t in name.subtree)


def penalty_kind_of(obj: Token) -> bool:
    """Whether an object phrase names a penalty: 'a seven-year sentence', 'a fine of 30,000 rubles', 'six years'."""
    words = {t.lower_ for t in obj.subtree}
    term = TERM.search(" ".join(t.text for t in obj.subtree))
    return bool(words & ({"fine", "fines", "penalty"} | SENTENCE_WORDS) or term and term["unit"].lower() in ("year",
                                                                                                         "month"))


def ordering_verb(verb: Token) -> Token | None:
    """The verb that orders the payment: '<court> ordered <X> to pay', '<court> ruled that <X> must pay'."""
    if verb.dep_ == "xcomp" and lemma_of(verb.head) in L.ORDER:
        return verb.head
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in ("rule", "order", "decide"):
        return verb.head
    return None


# a sum paid to someone for a loss, or a fee, is no fine: "ordered Russia to pay 20,000 euros in damages"
NOT_FINES = {"damage", "damages", "compensation", "cost", "costs", "fee", "fees", "tax", "taxes", "debt", "salary",
             "wage", "wages", "rent", "bail", "restitution", "expense", "expenses"}


def ordered_sum(ctx: Context, verb: Token, ordering: Token | None) -> str | None:
    """'<court> ordered Google to pay 4 million rubles': a sum a court orders paid, not to anyone, is a fine."""
    if verb.lemma_.lower() not in PAYING or ordering is None:
        return None
    if not any(m.type == "Court" for m in agents_of(ctx, ordering)):
        return None
    words = {t.lower_ for c in children(verb) if c.dep_ in ("dobj", "prep", "dative") for t in c.subtree}
    if words & NOT_FINES or any(c.dep_ == "dative" or c.dep_ == "prep" and c.lower_ == "to" for c in children(verb)):
        return None
    money = any(t.like_num or t.lower_ in ("million", "billion") for c in children(verb) if c.dep_ == "dobj"
                for t in c.subtree)
    return "Fine" if money else None


def imposed_on(ctx: Context, verb: Token) -> list:
    """'paid the fine imposed on his sister <Y>': the one the paid penalty was imposed on or handed to."""
    return [m for c in children(verb) if c.dep_ == "dobj" for p in children(c) if p.dep_ == "acl"
            for x in children(p) if x.dep_ in ("prep", "dative") and x.lower_ in ("on", "to")
            for o in children(x) if o.dep_ == "pobj" for m in ctx.head_mentions(o, PEOPLE)]


def pleaded(verb: Token) -> bool:
    """'pleaded guilty (to charges under ...)'."""
    return any(c.lower_ == "guilty" for c in children(verb))


def facing_charges(verb: Token) -> bool:
    """'faces up to ten years in prison', 'faces charges of ...': what one faces is a term or a charge."""
    for obj in (c for c in children(verb) if c.dep_ == "dobj"):
        if verb.lemma_.lower() == "stand" and obj.lemma_.lower() != "trial":  # only "stands trial"
            continue
        words = {t.lower_ for t in obj.subtree}
        if words & CHARGE_WORDS or (term := TERM.search(" ".join(t.text for t in obj.subtree))) and \
                term["unit"].lower() in ("year", "month"):
            return True
    return False


def penalty_kind(verb: Token, more=()) -> str | None:
    """'Sentence' or 'Fine' when the verb's object names a penalty, else None."""
    for obj in (c for c in children(verb) if c.dep_ in ("dobj", "dative", "attr", *more)):
        words = {t.lower_ for t in obj.subtree}
        text = " ".join(t.text for t in obj.subtree)
        if words & {"fine", "fines", "penalty"}:  # "a fine of 30,000 rubles" (never bare money: grants, pay)
            return "Fine"
        term = TERM.search(text)
        if term and (term["unit"].lower() in ("year", "month") or words & CUSTODY_WORDS) or words & SENTENCE_WORDS:
            return "Sentence"  # "seven years", "ten days of arrest", "a suspended sentence" (never "two days")
    return None


CHANGING = {"replace", "change", "commute", "convert", "toughen", "increase", "extend", "reduce"}
PENALTY_NOUNS = {"fine", "sentence", "term", "penalty", "punishment"}


def changed_penalties(ctx: Context):
    """'<court> replaced the fine handed to <X> with a five-year prison term', '<court> changed <X>'s suspended
    sentence to a real one': a court that gives a new penalty sentences the one who bore the old (event.
    penalty_changed.v1)."""
    for verb in ctx.words.with_lemma(CHANGING):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHANGING:
            continue
        old = next((c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in PENALTY_NOUNS
                    or any(a.dep_ == "amod" and a.lower_ in PENALTY_NOUNS for a in children(c)))), None)
        if old is None:  # (also "the fine handed to X" read as an adjective 'fine' on a noun 'handed')
            continue
        new = [o for h in (verb, old) for p in children(h) if p.dep_ == "prep" and p.lower_ in ("with", "to", "into")
               for o in children(p) if o.dep_ == "pobj"]
        if not any(penalty_phrase(o) for o in new):
            continue
        bearers = bearers_of(ctx, old)
        courts = agents_of(ctx, verb)
        if not (bearers and courts):
            continue
        roles = [("agent", c) for c in courts] + [("court", c) for c in courts if c.type == "Court"]
        roles += [(r, b) for b in bearers for r in ("defendant", "target")]
        derived = [Relation(c.entity, "convicted", b.entity, evidence(
            ctx, "relation.penalty_changed.v1", 0.65, span_of(c), span_of(verb), span_of(b)))
            for c in courts for b in bearers if c.entity != b.entity]
        spans = [span_of(verb), *(span_of(m) for _, m in roles)]
        keyed = tuple(dict.fromkeys((role, m.entity) for role, m in roles))
        yield Event("Sentence", keyed, span_of(verb), evidence(ctx, "event.penalty_changed.v1", 0.65, *spans)), \
            derived, verb


def penalty_phrase(noun: Token) -> bool:
    text = " ".join(t.text for t in noun.subtree)
    words = {t.lower_ for t in noun.subtree}
    term = TERM.search(text)
    return bool(term and term["unit"].lower() in ("year", "month") or words & {"sentence", "prison", "colony"})


def bearers_of(ctx: Context, penalty: Token) -> list:
    """'X's fine', 'the fine of X', 'the fine handed to / imposed on X'."""
    found = [m for p in children(penalty) if p.dep_ == "poss" if (m := ctx.head_mention(p, PEOPLE))]
    found += [m for p in children(penalty) if p.dep_ == "prep" and p.lower_ in ("of", "on", "against", "to")
              for o in children(p) if o.dep_ == "pobj" for m in ctx.head_mentions(o, PEOPLE)]
    for participle in (c for c in children(penalty) if c.dep_ == "acl"):
        found += [m for p in children(participle) if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "on")
                  for o in children(p) if o.dep_ == "pobj" for m in ctx.head_mentions(o, PEOPLE)]
    return list(dict.fromkeys(found))
