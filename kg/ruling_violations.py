"""A European court's finding of a violation told apart from the judgment it is in.

  relation.violation_judgment.v1  "In a judgment delivered on Tuesday, the European Court of Human Rights found ...
                                  The Court held that there had been a violation of Article 10 of the Convention":
                                  with no '<Applicant> v. <State>' case named before it (kg.case_law reads those),
                                  the finding is in the article's one judgment named before it, which applies each
                                  provision after 'of' ('of Article 10 ..., and of Article 13').

Only with one court of human rights in the article, and one ruling named before the finding; 'no violation', or a
negated finding, yields nothing."""

from __future__ import annotations

from kg.arguments import Context, asserted, evidence, span_of
from kg.case_law import european_court, last_case, violated
from kg.doc_tables import children
from kg.model import Relation

RULE = "relation.violation_judgment.v1"
JUDGMENTS = {"judgment", "ruling", "decision"}


def violation_judgments(ctx: Context) -> list[Relation]:
    found = []
    for noun in ctx.words.with_lemma("violation"):
        if noun.lemma_.lower() != "violation" or noun.pos_ != "NOUN" or not asserted(noun.head) or any(
                c.dep_ == "det" and c.lower_ == "no" for c in children(noun)):
            continue
        if last_case(ctx, noun.idx) is not None or european_court(ctx) is None:
            continue
        rulings = {m.entity for m in ctx.mentions if m.type == "Ruling" and m.end <= noun.idx}
        if len(rulings) != 1:
            continue
        ruling = next(iter(rulings))
        if (ctx.entities[ruling].attr("rulingKind") or "ruling") not in JUDGMENTS:
            continue
        found += [Relation(ruling, "applies", p.entity, evidence(ctx, RULE, 0.55, span_of(noun), span_of(p)))
                  for p in violated(ctx, noun)]
    return found
