"""Whom a verdict convicted, and under what: facts a court report tells once through the verdict.

"The Zavolzhsky District Court found Ivan Petrov guilty of inciting hatred. The verdict was delivered under Part 1 of
Article 282 of the Criminal Code." The rules find that the verdict targets Petrov and applies the provision, but no
clause says that Petrov was convicted under it. A verdict, sentence or fine of a Russian court that applies a
provision of the Criminal Code or the Code of Administrative Offenses and targets a person or an organisation
convicted (or fined) that party under that provision.

Rule (its id travels into provenance):
  relation.verdict_closure.v1  <verdict> applies <provision> and targets <party> -> <party> convictedUnder (finedUnder
                               for a fine) <provision>; the evidence is the span that tells the provision
Judgments of international courts (their provisions are of the Convention, not of a Russian code) and rulings of other
kinds (bans, designations, orders) convict no one. A party that already has a charge under a provision of the same
article keeps only its own; and a verdict against several parties, some of whom the text gives such a charge itself,
gives none to the others (theirs may differ: "A was convicted under Part 1 ... the others under Part 2").
"""

from __future__ import annotations

from collections import defaultdict

from kg.model import Evidence, LocalEntity, Relation
from kg.vocab import base_of

CODES = {"ru-criminal-code", "ru-coao"}
VERDICTS = {"verdict": "convictedUnder", "sentence": "convictedUnder", "conviction": "convictedUnder",
            "fine": "finedUnder"}
PARTIES = {"Person", "Organization"}
CONFIDENCE = 0.6


def verdict_charges(entities: tuple[LocalEntity, ...], relations: list[Relation]) -> list[Relation]:
    """The relations, with a charge for every party a verdict targets under every code provision it applies."""
    by_key = {e.key: e for e in entities}
    applied: dict[str, list[Relation]] = defaultdict(list)
    targets: dict[str, list[str]] = defaultdict(list)
    for r in relations:
        ruling, other = by_key.get(r.subject), by_key.get(r.object)
        if ruling is None or other is None or ruling.type != "Ruling" or base_of(r.predicate) != "concerns":
            continue
        if other.type == "LegalProvision" and other.attr("code") in CODES:
            applied[r.subject].append(r)
        elif other.type in PARTIES and r.object not in targets[r.subject]:
            targets[r.subject].append(r.object)
    charged = {(r.subject, by_key[r.object].attr("articleNumber")) for r in relations
               if base_of(r.predicate) == "chargedUnder" and r.object in by_key}
    added = []
    for ruling, told in applied.items():
        prop = VERDICTS.get(by_key[ruling].attr("rulingKind") or "")
        if prop is None:
            continue
        articles = {by_key[r.object].attr("articleNumber") for r in told}
        if len(targets[ruling]) > 1 and any((party, a) in charged for party in targets[ruling] for a in articles):
            continue  # the text tells some defendants' charges itself: the others' may differ ("The others were
            # convicted under Part 2"), so the verdict's provisions are not everyone's
        for party in targets[ruling]:
            for r in told:
                if (party, by_key[r.object].attr("articleNumber")) not in charged:
                    charged.add((party, by_key[r.object].attr("articleNumber")))
                    ev = r.evidence
                    added.append(Relation(party, prop, r.object, Evidence(ev.article, ev.start, ev.end, ev.sentence,
                                                                          "relation.verdict_closure.v1", CONFIDENCE),
                                          r.date))
    return relations + added
