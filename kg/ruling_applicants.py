"""The applicant of a '<Surname> v. <State>' case named in full only elsewhere in the article.

  relation.case_applicant.v1  "The applicant, Yevgeniy Kablov, ... the case of Kablov v. Russia": when kg.case_law
                              finds no person or organisation named as the case's applicant, the one person whose
                              full name ends with that single surname is the applicant: the judgment targets them and
                              they petitioned the article's one court of human rights.

Only a one-word applicant and exactly one person of that surname; "<Surname> and Others" counts the same."""

from __future__ import annotations

from kg.arguments import Context, evidence, span_of
from kg.case_law import CASE_NAME, applicant_of, european_court, first_mention
from kg.lexicon import fold
from kg.model import Relation

RULE = "relation.case_applicant.v1"


def case_applicants(ctx: Context) -> list[Relation]:
    found = []
    court = european_court(ctx)
    for key, ruling in ctx.entities.items():
        if ruling.type != "Ruling" or court is None:
            continue
        names = [m.group("applicant") for form in (ruling.label, *ruling.forms) if (m := CASE_NAME.match(form))]
        mention = first_mention(ctx, key)
        if not names or mention is None or any(applicant_of(ctx, n) for n in names):
            continue
        surnames = {fold(n) for n in names if len(n.split()) == 1}
        people = [k for k, e in ctx.entities.items() if e.type == "Person" and len(e.label.split()) > 1
                  and fold(e.label.split()[-1]) in surnames]
        if len(surnames) != 1 or len(people) != 1:
            continue
        ev = evidence(ctx, RULE, 0.6, span_of(mention))
        found += [Relation(key, "targets", people[0], ev), Relation(people[0], "petitioned", court, ev)]
    return found
