"""Direct relations between the entities of one article, from the dependency parse.

The rules live by kind, each module listing its rule ids (they travel into the provenance of the
facts they make):
  kg.roles      roleIn and its finer properties ("Judge A of <Court>", "<Org>, which is run by A")
  kg.ownership  owns ("<Org>, the owner of <Org>", "<Org>, a subsidiary of <Org>", "Google's YouTube")
  kg.named_lists  owns and roles of names listed after a noun ("<Org>, whose services A and B", "Council
                members, among them <Person>")
  kg.holdings   owns by stakes, takeovers, sales and holdings ("<Org> bought a stake in <Org>", "<Org>, part of <Org>")
  kg.concerns   concerns and its finer properties, and a ruling's issuer ("The ruling also covers <Org>",
                "It amends <law>", "the ruling of <court>")
  kg.ruling_clauses  what "In its ruling, <court> held that ..." says the ruling is about, and who issued it
  kg.ruling_recipients  whom a handed-over ruling targets ("issued a warning to <Org>", "issued <Org> a warning")
  kg.ruling_copula  what a ruling is said to be ("The sentence was the first term handed down under <law>")
  kg.act_aims   whom a law or ruling is aimed at ("the law, which was aimed at groups such as <Org>")
  kg.case_law   named cases and findings ("<Applicant> v. <State>", "<court> ruled that <State> had violated ...")
  kg.findings   a court's finding of a violation ("<court> found that <company> had violated the law")
Issuing, charges, sanctions and petitions are events: kg.events reads them and derives their
direct relations; kg.act_shapes (kg.issued_shapes, kg.petition_shapes) adds issuing and requests in shapes the
event tables miss ("sailed through the Duma", "Tsargrad sued, and <court> ordered", "the applicants are <X>"). Only asserted statements count here: a negated verb, a modal or future
auxiliary, or a verb governed by a verb of wanting, planning or asking yields nothing.
"""

from __future__ import annotations

from kg.act_aims import aim_relations
from kg.arguments import Context
from kg.case_law import case_law_relations
from kg.concerns import concern_relations
from kg.findings import finding_relations
from kg.holdings import holding_relations
from kg.model import Relation
from kg.named_lists import whose_owned
from kg.ownership import ownership_relations
from kg.roles import role_relations
from kg.ruling_clauses import ruling_clause_relations
from kg.ruling_copula import copula_relations
from kg.ruling_recipients import recipient_relations


def extract_relations(ctx: Context) -> list[Relation]:
    """Relations that are not events: roles, ownership, what a ruling or law is about and who issued it."""
    return [*role_relations(ctx), *ownership_relations(ctx), *holding_relations(ctx), *whose_owned(ctx),
            *concern_relations(ctx),
            *ruling_clause_relations(ctx), *recipient_relations(ctx), *copula_relations(ctx),
            *aim_relations(ctx), *case_law_relations(ctx), *finding_relations(ctx)]
