"""The one acted on, told by a description or left implicit, for kg.event_actors' targets_of.

- `detached_objects`: "fined the tech giant 21 billion rubles", "designated the foundation extremist": the parser
  hangs the description on the sum or the label after it, and may give it that word's 'the'
  (kg.coref_chain.detached_determiner); the description is resolved as usual (kg.coref).
- `fronted_subject`: "Charged under Article 280, Sidorova faces ...", "Found guilty under Article 207.3, the
  journalist was sentenced ...": a past participle opening the sentence, with no subject of its own, is said of the
  main clause's subject (a name, or a description resolved as usual).
- `sole_party_before`: the one person named before a description (kg.event_reach.sole_person_before), unless that
  person was introduced as a judge, prosecutor, investigator, lawyer ... ("Prosecutor Sergei Petrov read out the
  charges. The court sentenced the teacher"), which the description does not name.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context
from kg.coref_chain import detached_determiner
from kg.coref_people import SIDE_ROLES, description_noun, introduced_as
from kg.doc_tables import children
from kg.event_reach import sole_person_before


def detached_objects(ctx: Context, verb: Token, types) -> list:
    return [m for c in children(verb) if c.dep_ in ("dobj", "oprd", "ccomp", "xcomp") for n in c.lefts
            if detached_determiner(n) for m in ctx.head_mentions(n, types)]


def fronted_subject(ctx: Context, verb: Token, types) -> list:
    if not fronted_participle(verb):
        return []
    return [m for c in children(verb.head) if c.dep_ in ("nsubj", "nsubjpass") for m in ctx.head_mentions(c, types)]


def fronted_participle(verb: Token) -> bool:
    """A past participle opening its sentence as an adverbial clause, before the main verb, with no subject, marker
    or auxiliary of its own ('Detained in May, X ...'; not 'When charged, ...', 'Having been charged, ...')."""
    opening = verb.tag_ == "VBD" and verb.i == verb.sent.start  # ("Found guilty under ...," tagged as a past tense)
    return (verb.tag_ == "VBN" or opening) and verb.dep_ == "advcl" and verb.i < verb.head.i and not any(
        c.dep_ in ("nsubj", "nsubjpass", "mark", "auxpass", "aux") for c in children(verb)) and all(
        t.dep_ not in ("nsubj", "nsubjpass") for t in verb.doc[verb.sent.start:verb.i])


def sole_party_before(ctx: Context, token: Token):
    found = sole_person_before(ctx, token)
    if found is None or token.pos_ == "PRON":
        return found
    side = {n for m in ctx.mentions if m.entity == found.entity for n in introduced_as(ctx.antecedents.roots.get(m))}
    return None if side & SIDE_ROLES and not side & {description_noun(token)} else found
