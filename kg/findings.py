"""A court's finding that someone broke the law: "<court> found that <X> had violated the law".

  relation.violation_finding.v1  "The Tagansky District Court found that LinkedIn had violated the law on
                                 personal data", "the court ruled that the company had breached ...": the
                                 court sanctioned the one whose violation it found (a person or an
                                 organisation; a state answering an international court is not, see
                                 kg.case_law)

Only a court, only an asserted finding of an asserted violation: "the court
did not find that X had violated ..." and "X denied it had violated ..." yield nothing.
"""

from __future__ import annotations

from kg.arguments import Context, asserted, evidence, span_of, subjects
from kg.doc_tables import children
from kg.model import Relation

FINDING_VERBS = {"find", "rule", "hold", "conclude", "establish", "decide", "determine"}
VIOLATION_VERBS = {"violate", "breach", "infringe", "break", "flout"}
TARGETS = {"Person", "Organization"}


def finding_relations(ctx: Context) -> list[Relation]:
    found = []
    for verb in ctx.words.with_lemma(VIOLATION_VERBS):
        if verb.lemma_.lower() not in VIOLATION_VERBS or verb.dep_ != "ccomp" or not asserted(verb) or any(
                c.dep_ == "dobj" and (c.lower_ == "nothing" or any(d.lower_ == "no" for d in children(c)))
                for c in children(verb)):
            continue  # "had violated no law", "violated nothing"
        finding = verb.head
        if finding.lemma_.lower() not in FINDING_VERBS or not asserted(finding):
            continue
        courts = subjects(ctx, finding, {"Court"})
        offenders = subjects(ctx, verb, TARGETS)
        found += [Relation(c.entity, "sanctioned", o.entity, evidence(
            ctx, "relation.violation_finding.v1", 0.7, span_of(c), span_of(finding), span_of(o)))
            for c in courts for o in offenders if c.entity != o.entity]
    return found
