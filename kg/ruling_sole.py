"""What a body's one ruling is about, when the article tells the body's action and names its ruling apart.

"The Tagansky District Court on Thursday fined Google 3 million rubles ... The ruling can be appealed": the rules find
that the court fined Google and that the court issued the ruling, but no clause ties the ruling to Google. When a court
or a state body issued exactly one ruling in the article, what that body sanctioned (convicted, fined, blocked,
banned, designated ...), when it is one party, is what the ruling is about.

Rule (its id travels into provenance):
  relation.sole_ruling.v1  <body> issued <ruling> (its only one in the article), <body> sanctioned <party> ->
                           <ruling> targets <party>; the evidence is the sanction's
A body that issued two rulings or more, or sanctioned two parties or more, gives nothing: which ruling is about whom
the text would have to say.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from kg.model import LocalEntity, Relation
from kg.vocab import base_of

ISSUERS = {"Court", "GovernmentBody"}
PARTIES = {"Person", "Organization"}
CONFIDENCE = 0.5


def sole_rulings(entities: tuple[LocalEntity, ...], relations: list[Relation]) -> list[Relation]:
    """The targets each body's only ruling gets from the body's sanctions, that the relations do not hold yet."""
    by_key = {e.key: e for e in entities}
    issued = defaultdict(set)
    for r in relations:
        if base_of(r.predicate) == "issued" and by_key.get(r.object) and by_key[r.object].type == "Ruling" \
                and by_key.get(r.subject) and by_key[r.subject].type in ISSUERS:
            issued[r.subject].add(r.object)
    sanctioned = defaultdict(set)
    for r in relations:
        if base_of(r.predicate) == "sanctioned" and by_key.get(r.object) and by_key[r.object].type in PARTIES:
            sanctioned[r.subject].add(r.object)
    known = {(r.subject, r.object) for r in relations if base_of(r.predicate) == "concerns"}
    added = []
    for r in relations:
        rulings = issued.get(r.subject, ())
        if len(rulings) != 1 or base_of(r.predicate) != "sanctioned" or len(sanctioned.get(r.subject, ())) != 1 \
                or r.object not in sanctioned[r.subject]:
            continue
        ruling = next(iter(rulings))
        if (ruling, r.object) in known:
            continue
        known.add((ruling, r.object))
        added.append(Relation(ruling, "targets", r.object,
                              replace(r.evidence, rule="relation.sole_ruling.v1", confidence=CONFIDENCE)))
    return added
