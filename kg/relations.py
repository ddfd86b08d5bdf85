"""Direct relations between the entities of one article, from the dependency parse.

The rules live by kind, each module listing its rule ids (they travel into the provenance of the
facts they make):
  kg.roles      roleIn and its finer properties ("Judge A of <Court>", "<Org>, which is run by A")
  kg.ownership  owns ("<Org>, the owner of <Org>", "<Org>, a subsidiary of <Org>", "Google's YouTube")
  kg.holdings   owns by stakes, takeovers, sales and holdings ("<Org> bought a stake in <Org>", "<Org>, part of <Org>")
  kg.concerns   concerns and its finer properties, and a ruling's issuer ("The ruling also covers <Org>",
                "It amends <law>", "the ruling of <court>")
  kg.ruling_clauses  what "In its ruling, <court> held that ..." says the ruling is about, and who issued it
  kg.case_law   named cases and findings ("<Applicant> v. <State>", "<court> ruled that <State> had violated ...")
  kg.findings   a court's finding of a violation ("<court> found that <company> had violated the law")
Issuing, charges, sanctions and petitions are events: kg.events reads them and derives their
direct relations. Only asserted statements count here: a negated verb, a modal or future
auxiliary, or a verb governed by a verb of wanting, planning or asking yields nothing.
"""

from __future__ import annotations

from kg.arguments import Context
from kg.case_law import case_law_relations
from kg.concerns import concern_relations
from kg.findings import finding_relations
from kg.holdings import holding_relations
from kg.model import Relation
from kg.ownership import ownership_relations
from kg.roles import role_relations
from kg.ruling_clauses import ruling_clause_relations


def extract_relations(ctx: Context) -> list[Relation]:
    """Relations that are not events: roles, ownership, what a ruling or law is about and who issued it."""
    return [*role_relations(ctx), *ownership_relations(ctx), *holding_relations(ctx), *concern_relations(ctx),
            *ruling_clause_relations(ctx), *case_law_relations(ctx), *finding_relations(ctx)]
