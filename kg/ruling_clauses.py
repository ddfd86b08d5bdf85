"""What a ruling says, when the text names the ruling in a phrase of the clause that reports it.

Rules (ids travel into provenance):
  relation.concerns_in_ruling.v1  "In its judgment, the court found that <State> had violated <provision>",
                                  "In a ruling published on 10 February, the judges held that <provision> was
                                  compatible with <law>", "By its decision, the ministry banned <Org>": the ruling
                                  concerns what the reported clause names, and the clause's subject (a court or
                                  a state body) issued it; "Under the decision, <Org> became an undesirable
                                  organization": the status it gives (what others did "under a ruling" or "under
                                  a law" is their own action's basis, not what the act is about); "a resolution
                                  in which the court held that <law> ...", "the decision by which the ministry
                                  banned <Org>": the same, opened by a relative 'in/by which' on the ruling;
                                  "The ECHR ruled in the case of <Applicant> v. Russia that ...": the same, the
                                  ruling named as the case the court rules in
  relation.concerns_court_finding.v1  "The Constitutional Court issued a ruling ... The court declared <provision>
                                  unconstitutional": what a court finds about a law or provision is what its one
                                  ruling told in that sentence or the one before is about ("<court> issued a
                                  ruling", "<court>'s ruling", "the ruling of <court>"); with no such ruling near,
                                  what a European court finds is about the '<Applicant> v. <State>' case named last;
                                  not a finding set earlier ("It had found three years earlier that ...")
A violation found with no case named: kg.ruling_violations (relation.violation_judgment.v1); a case's applicant
named in full elsewhere: kg.ruling_applicants (relation.case_applicant.v1).
The ruling as the verb's own subject ("The ruling said that ...") is kg.concerns' relation.concerns_subject.v1.
"""

from __future__ import annotations

from kg.arguments import STATE, Context, asserted, evidence, sentence_index, span_of, subjects, verbal
from kg.appeal_rulings import appeal_relations
from kg.case_law import last_case
from kg.concerns import ABOUT, LEGAL, about, mentions_in, prop_for, scope
from kg.doc_tables import char_span, children
from kg.model import Mention, Relation
from kg.ruling_applicants import case_applicants
from kg.ruling_violations import violation_judgments
from kg.relation_lexicon import CASE_NOUNS, CITE_VERBS, EFFECT_VERBS, FINDING_VERBS, INTERPRET_VERBS

FRAME_PREPS = {"in", "by", "with", "through", "under"}  # "In its ruling, ...", "By its decision, ...", "Under it"
SAYING = FINDING_VERBS | EFFECT_VERBS | INTERPRET_VERBS | CITE_VERBS
STATUS_VERBS = {"become", "lose", "remain"}  # "Under the decision, <Org> became an undesirable organization"
RULE = "relation.concerns_in_ruling.v1"
EARLIER = {"earlier", "previously", "before", "formerly"}  # a finding dated before the ruling in view


def ruling_clause_relations(ctx: Context) -> list[Relation]:
    return in_ruling(ctx) + court_findings(ctx) + appeal_relations(ctx) + violation_judgments(ctx) + \
        case_applicants(ctx)


def court_findings(ctx: Context) -> list[Relation]:
    """'The court declared Article 19.34 partly unconstitutional' after 'The Constitutional Court issued a ruling'."""
    found = []
    for verb in ctx.words.with_lemma(SAYING):
        lemma = verb.lemma_.lower()
        if lemma not in SAYING or not verbal(verb) or not asserted(verb) or shifted(verb):
            continue
        courts = subjects(ctx, verb, {"Court"})
        named = mentions_in(ctx, scope(verb, ("ccomp",)), LEGAL) if courts else []
        if not named:
            continue
        here = sentence_index(ctx, verb.idx, 0)
        start = ctx.sentences[max(here - 1, 0)][0]
        rulings = {m.entity: m for m in ctx.mentions if m.type == "Ruling" and start <= m.start <= verb.idx
                   and issued_by(ctx, m, courts[0].entity)}
        if not rulings and (case := case_of(ctx, courts[0], verb)) is not None:
            found += [about(ctx, case, m, prop_for(lemma, m.type), "relation.concerns_court_finding.v1", 0.55,
                            span_of(verb)) for m in named if not violation_finding(ctx, m, verb)]
        if len(rulings) == 1:
            ruling = next(iter(rulings.values()))
            found += [about(ctx, ruling, m, prop_for(lemma, m.type), "relation.concerns_court_finding.v1", 0.6,
                            span_of(verb)) for m in named]
    return found


def shifted(verb) -> bool:
    """'It had found three years earlier that ...', 'the court previously held that ...': a finding set before the
    ruling just told is another ruling's, not the one named near it."""
    return any(c.dep_ in ("advmod", "npadvmod") and c.lower_ in EARLIER for c in children(verb))


def issued_by(ctx: Context, ruling: Mention, court: str) -> bool:
    """'<court> issued a ruling', '<court>'s ruling', 'the ruling of <court>': the ruling is the court's."""
    span = char_span(ctx.doc, ruling.start, ruling.end)
    if span is None:
        return False
    root = span.root
    if root.dep_ == "dobj" and any(m.entity == court for m in subjects(ctx, root.head, {"Court"})):
        return True
    owners = [c for c in children(root) if c.dep_ == "poss"] + [o for p in children(root) if p.dep_ == "prep"
                                                                and p.lower_ in ("of", "by") for o in children(p)]
    return any((m := ctx.head_mention(o, {"Court"})) and m.entity == court for o in owners)


def in_ruling(ctx: Context) -> list[Relation]:
    found = []
    for ruling in (m for m in ctx.mentions if m.type == "Ruling"):
        frame = frame_of(ctx, ruling)
        if frame is None:
            continue
        verb, under = frame[0], frame[1].lower_ == "under"
        lemma = verb.lemma_.lower()
        wanted = SAYING | STATUS_VERBS if under else SAYING
        if not verbal(verb) or not asserted(verb) or lemma not in wanted:
            continue
        issuers = [] if under else [m for m in subjects(ctx, verb, STATE) if m.entity != ruling.entity
                                    and not owned_by_other(ctx, ruling, m.entity)]
        named = mentions_in(ctx, scope(verb, ("ccomp",)), ABOUT)
        if under:  # "Under the decision, <Org> became ...": its subject too
            named += [m for m in subjects(ctx, verb, ABOUT - {"LegalProvision", "Law"}) if m not in named]
        named = [m for m in named if m.entity != ruling.entity and m.entity not in {i.entity for i in issuers}]
        found += [about(ctx, ruling, m, prop_for(lemma, m.type), RULE, 0.7, span_of(verb)) for m in named]
        found += [Relation(i.entity, "issued", ruling.entity, evidence(ctx, RULE, 0.7, span_of(ruling), span_of(i)))
                  for i in issuers[:1]]
    return found


def owned_by_other(ctx: Context, ruling: Mention, actor: str) -> bool:
    """'In the Krasnodar Regional Court's ruling, the ECHR found ...': the ruling names a court or body of its own
    (inside its name, as its possessor, or in an 'of' or 'by' phrase), and it is not `actor`."""
    inside = {m.entity for m in ctx.mentions if m.type in STATE and ruling.start <= m.start and m.end <= ruling.end
              and m.entity != ruling.entity}
    span = char_span(ctx.doc, ruling.start, ruling.end)
    if span is not None:
        owners = [c for c in children(span.root) if c.dep_ == "poss"] + [
            o for p in children(span.root) if p.dep_ == "prep" and p.lower_ in ("of", "by") for o in children(p)]
        inside |= {m.entity for o in owners if (m := ctx.head_mention(o, STATE)) is not None}
    return bool(inside - {actor})


def frame_of(ctx: Context, ruling: Mention):
    """The verb a ruling frames and the preposition that does it: 'In its ruling, the court held ...' (the ruling
    as the preposition's object), or 'a resolution in which the court held ...', 'the decision by which the ministry
    banned ...' (a relative clause on the ruling opened by 'in/by which')."""
    span = char_span(ctx.doc, ruling.start, ruling.end)
    if span is None:
        return None
    root = span.root
    while root.dep_ == "compound" and root.head.i != root.i:  # "In its Resolution No. 1-P", misread as a compound
        root = root.head
    if root.dep_ == "pobj" and root.head.lower_ in FRAME_PREPS and root.head.dep_ == "prep":
        return root.head.head, root.head
    case = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else None
    if case is not None and case.lemma_.lower() in CASE_NOUNS and case.dep_ == "pobj" and case.head.lower_ == "in" \
            and case.head.dep_ == "prep":  # "The ECHR ruled in the case of <Applicant> v. Russia that ..."
        return case.head.head, case.head
    for clause in (c for c in children(root) if c.dep_ == "relcl"):
        for prep in (p for p in children(clause) if p.dep_ == "prep" and p.lower_ in FRAME_PREPS - {"under"}):
            if any(o.dep_ == "pobj" and o.lower_ == "which" for o in children(prep)):
                return clause, prep
    return None


def case_of(ctx: Context, court: Mention, verb) -> Mention | None:
    """'The lead case, Kharitonov v. Russia, ... The Strasbourg court found that ...': the case judgment named last
    before the finding, when the finding court is a European court (the only one that names judgments so)."""
    if "european" not in ctx.entities[court.entity].label.lower():
        return None
    key = last_case(ctx, verb.idx)
    return next((m for m in ctx.mentions if m.entity == key), None) if key else None


def violation_finding(ctx: Context, m: Mention, verb) -> bool:
    """'held that there had been (no) violation of Article 9': kg.case_law's violation rule reads these (and their
    negation); 'no <noun> of <provision>' is a finding against the provision's use."""
    span = char_span(ctx.doc, m.start, m.end)
    tok = span.root if span is not None else verb
    while tok.i != verb.i and tok.head.i != tok.i:
        tok = tok.head
        if tok.lemma_.lower() in ("violation", "breach") or any(c.dep_ == "det" and c.lower_ == "no"
                                                                for c in children(tok)):
            return True
    return False
