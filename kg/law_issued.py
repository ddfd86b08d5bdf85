"""Who issued a law, in coordinated clauses that share the law: "The Duma passed and Putin signed the law on foreign
agents in July 2012", "The State Duma adopted, and the Federation Council approved, the bill".

Rule (its id travels into provenance):
  event.shared_object.v1  a verb of passing or signing with a subject of its own and no object, coordinated with
                          another such verb (with its own subject) whose object is a law (the second verb's, or the
                          first's when the law comes after both): its subject issued that law too ("passed" ->
                          adopted, "signed" -> signed)
  event.temporal_clause.v1 "After the Duma passed the Yarovaya law in June, Snowden called it dangerous", "When Putin
                          signed the law in 2012, Memorial refused to register": a past clause of time tells an act
                          that happened, whatever the main clause's verb (asking, refusing) does to the main clause
  event.coordinated_law.v1 "Putin signed the law on fakes and the law on discrediting the army": a law coordinated
                          on the surface with the law a verb of passing or signing takes was passed or signed too
                          (the parser may hang it on a word inside the first law's name)
A negated or hedged first verb ("The Duma did not pass, and Putin did not sign, ...") and a first reading issue nothing;
the second verb's own subject is read by the verb tables of kg.events. A clause of time in the present ("after the
Council approves it") tells what has not happened yet.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import ACTORS, MODALS, Context, asserted, is_passive
from kg.doc_tables import children
from kg.event_actors import lemma_of

OBJECTS = ("dobj", "nsubjpass", "ccomp", "xcomp", "attr")
TIME_MARKS = {"after", "when", "once", "before", "since", "as"}


def timed_clause(verb: Token) -> bool:
    """A past clause of time ('after the Duma passed ...', 'when the law was signed by ...') with no negation or
    modal of its own."""
    if verb.dep_ != "advcl" or not any(c.dep_ in ("mark", "advmod") and c.lower_ in TIME_MARKS and c.i < verb.i
                                       for c in children(verb)):  # "When Putin signed ..." ('when' as advmod)
        return False
    aux = [c for c in children(verb) if c.dep_ in ("aux", "auxpass", "neg")]
    if any(c.dep_ == "neg" or c.lower_ in MODALS for c in aux):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(c.lower_ in ("was", "were", "had") for c in aux)


AND = re.compile(r"\s*(?:,\s*)?(?:and|as well as)\s+(?:the\s+|a\s+)?$|\s*,\s*(?:the\s+|a\s+)?$")


def coordinated_laws(ctx: Context, verb: Token, issuing: dict, issued, early_reading) -> list:
    """(event, relations) for the laws coordinated after the law an issuing verb takes as its object."""
    lemma = lemma_of(verb)
    if lemma not in issuing or early_reading(verb) or is_passive(verb):
        return []
    first = [m for c in children(verb) if c.dep_ == "dobj" for m in ctx.head_mentions(c, {"Law"})]
    agents = [m for c in children(verb) if c.dep_ == "nsubj" for m in ctx.head_mentions(c, ACTORS)]
    if len(first) != 1 or not agents:
        return []
    laws = sorted((m for m in ctx.mentions if m.type == "Law" and m.sentence == first[0].sentence and
                   m.start >= first[0].end), key=lambda m: m.start)
    acts, end = [], first[0].end
    for m in laws:
        if not AND.fullmatch(ctx.text[end:m.start]) or any(o.start < m.start < o.end for o in ctx.mentions):
            break
        acts.append(m)
        end = m.end
    acts = [m for m in acts if m.entity != first[0].entity]
    if not acts:
        return []
    kind, prop = issuing[lemma]
    return issued(ctx, kind, prop, verb, agents, acts, "coordinated_law")


def temporal_issuers(ctx: Context, verb: Token, issuing: dict, issued, early_reading) -> list:
    """(event, relations) for an issuing verb in a past clause of time that kg.arguments.asserted turned down for the
    main clause's verb ("After the Duma passed <law>, Snowden called it ...")."""
    lemma = lemma_of(verb)
    if lemma not in issuing or early_reading(verb) or asserted(verb) or not timed_clause(verb):
        return []
    if is_passive(verb):
        agents = [m for p in children(verb) if p.dep_ == "agent" for o in children(p) if o.dep_ == "pobj"
                  for m in ctx.head_mentions(o, ACTORS)]
        laws = [c for c in children(verb) if c.dep_ == "nsubjpass"]
    else:
        agents = [m for c in children(verb) if c.dep_ == "nsubj" for m in ctx.head_mentions(c, ACTORS)]
        laws = [c for c in children(verb) if c.dep_ == "dobj"]
    acts = [m for c in laws for m in ctx.head_mentions(c, {"Law"})]
    if not agents or not acts:
        return []
    kind, prop = issuing[lemma]
    return issued(ctx, kind, prop, verb, agents, acts, "temporal_clause")


def shared_object(ctx: Context, verb: Token, issuing: dict, issued, early_reading) -> list:
    """(event, relations) pairs for an issuing verb without an object that shares the law a later verb of its
    coordination takes: "The Duma passed and Putin signed the law", "The Duma passed, the Council approved and Putin
    signed the law"."""
    lemma = lemma_of(verb)
    if lemma not in issuing or early_reading(verb) or any(c.dep_ in OBJECTS and not joined(c) for c in children(verb)):
        return []
    group = [v for v in coordination(verb) if v is not verb and lemma_of(v) in issuing and not early_reading(v)]
    holders = [v for v in group if any(c.dep_ == "dobj" and c.i > verb.i for c in children(v))]
    if len(holders) != 1 or not asserted(holders[0]) or not any(c.dep_ == "nsubj" for c in children(holders[0])):
        return []
    laws = [c for c in children(holders[0]) if c.dep_ == "dobj" and c.i > verb.i]
    agents = [m for c in children(verb) if c.dep_ == "nsubj" for m in ctx.head_mentions(c, ACTORS)]
    acts = [m for c in laws for m in ctx.head_mentions(c, {"Law"})]
    if not agents or not acts:
        return []
    kind, prop = issuing[lemma]
    return issued(ctx, kind, prop, verb, agents, acts, "shared_object")


def coordination(verb: Token) -> list[Token]:
    """The verbs coordinated with VERB, itself included: conjuncts, and a first clause joined by a comma only, which
    the parser hangs on the next verb as its clausal complement ("The Duma passed, the Council approved ...")."""
    top = verb
    while joined(top):
        top = top.head
    found, todo = [], [top]
    while todo:
        v = todo.pop()
        found.append(v)
        todo += [c for c in children(v) if joined(c)]
    return found


def joined(verb: Token) -> bool:
    if verb.dep_ == "conj":
        return True
    after = verb.right_edge.i + 1
    return (verb.dep_ == "ccomp" and verb.i < verb.head.i and after < len(verb.doc) and verb.doc[after].text == ","
            and any(c.dep_ == "nsubj" and c.i > after for c in children(verb.head)))
