"""Who may stand on each side of an act the verb tables read: the issuer of a ruling or a law, the addressee of a
request. The verb readers of kg.events and kg.petition_shapes ask these before they derive a fact.

  issuer: "Meduza published the ruling on its website", "Novaya Gazeta published the text of the law": an
          organisation (a newspaper, a rights group) that publishes a ruling or a law reports it, and no
          organisation hands down a ruling (courts, state bodies and officials do); an organisation may still pass a
          law ("the United Russia majority passed it").
  sanctioner: "<X> complained to the ECHR. In 2020 the court sentenced him": a court of states (the ECHR, the ICJ)
          convicts, fines, bans or blocks no one.
  addressee: "a bill submitted to the State Duma by <X>": bringing in a bill asks the chamber nothing; "requested
          the arrest of <X>", "demanded a ban on <X>": the one the asked-for act is about is not asked.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.arguments import Context
from kg.doc_tables import children
from kg.model import Mention


def may_issue(agent: Mention, acts: list[Mention], verb: Token) -> bool:
    """Whether `agent`, the subject of an issuing verb, issued the `acts` it takes."""
    if agent.type not in L.NON_ISSUERS:
        return True
    return verb.lemma_.lower() not in L.REPORTING_ONLY and not any(a.type == "Ruling" for a in acts)


# courts that judge states, never people: a sentence, fine, arrest, ban or block is no act of theirs
STATE_JUDGES = {"echr-court", "echr-grand-chamber", "icj"}


def may_sanction(agent: Mention) -> bool:
    """Whether `agent` may be the one who convicts, fines, detains, bans or blocks: not the European Court of Human
    Rights or the ICJ, which "the court" of a later sentence may seem to mean ("<X> complained to the ECHR. In 2020
    the court sentenced him ...": the domestic court did)."""
    return agent.entity.split(":", 1)[-1] not in STATE_JUDGES


def asked_nothing(ctx: Context, verb: Token, addressee: Mention) -> bool:
    """Whether the actor a request verb seems to address is asked nothing: the verb brings a bill into a chamber,
    or the actor is what the asked-for act is about ('the arrest of <X>', 'a ban on <X>')."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    things = [c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass")] + (
        [verb.head] if verb.dep_ == "acl" else [])
    if verb.lemma_.lower() in L.BRINGING_IN and any((m := ctx.at(t)) is not None and m.type == "Law" for t in things):
        return True  # "submitted the bill", "a bill submitted to <chamber>"
    inner = [(c, t) for c in things if c.dep_ == "dobj" for p in children(c) if p.dep_ == "prep" and p.lower_ in L.ABOUT
             for o in children(p) if o.dep_ == "pobj" for t in (o, *o.conjuncts)]  # not in the object's own name
    return any((m := ctx.at(t)) is not None and m.entity == addressee.entity and m is not ctx.at(c) for c, t in inner)


def passive_request(ctx: Context, verb: Token) -> tuple[list, list]:
    """'Wikipedia was asked by Roskomnadzor to delete the article': (who asked, from the 'by' phrase; who was asked,
    the passive subject). Empty lists unless the verb is a finite passive ('Asked by Interfax about ...' is a
    question put to the speaker, not read here)."""
    if not any(c.dep_ == "auxpass" for c in children(verb)) or any(
            c.dep_ == "prep" and c.lower_ == "about" for c in children(verb)):
        return [], []
    askers = [m for c in children(verb) if c.dep_ == "agent" for o in children(c) if o.dep_ == "pobj"
              for m in ctx.head_mentions(o)]
    asked = [m for c in children(verb) if c.dep_ == "nsubjpass" for m in ctx.head_mentions(c)]
    return (askers, asked) if askers and asked else ([], [])


def judges_courts(ctx: Context, addressees: list) -> list:
    """'Memorial's lawyers asked Judge Mikhail Kazakov of the Moscow City Court to throw out the claim': a judge asked
    in a case stands for the court (a judge is a person, the request goes to the court); others are kept."""
    found = []
    for m in addressees:
        court = ctx.judges.get(m.entity) if m.type == "Person" else None
        named = [c for c in ctx.mentions if c.entity == court] if court else []
        found.append(min(named, key=lambda c: abs(c.start - m.start)) if named else m)
    return list(dict.fromkeys(found))


def not_a_request(verb: Token) -> bool:
    """'Meduza asked Roskomnadzor for comment', 'asked Peskov about the verdict': a question put to someone, not a
    request; 'Neither Meduza nor its lawyers appealed': a request no one made."""
    if verb.lemma_.lower() == "ask" and not any(c.dep_ in ("xcomp", "ccomp") for c in children(verb)):
        phrases = {(p.lower_, o.lemma_.lower()) for p in children(verb) if p.dep_ == "prep" for o in children(p)
                   if o.dep_ == "pobj"}
        if any(prep == "about" or prep == "for" and noun in L.QUESTION_NOUNS for prep, noun in phrases):
            return True
    return any(t.lower_ == "neither" for s in children(verb) if s.dep_ == "nsubj" for t in s.subtree)


def case_closed(verb: Token) -> bool:
    """'overturned the sentence and closed the case', 'the case was shut': closing a case ends a prosecution; it
    liquidates no one (whatever the verb's coordinated partner takes as its object)."""
    return any(c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in L.CASE_NOUNS for c in children(verb))
