"""Cases known by their name: '<Applicant> v. <State>' judgments, what they apply and what they examine.

An international court's judgments are named after the parties ("Ecodefence and Others v. Russia"). The
name alone says who applied and who answers, and an article about the court's judgments names the
court once:

  relation.case_name.v1        "<Applicant> v. <State>": the judgment targets the applicant, who
                               petitioned the court; the court is the article's one European court
                               of human rights, which issued the judgment
  relation.violation_found.v1  "a violation of Article 10 ..., and of Article 13": the judgment of the
                               case named last applies each provision
  relation.case_examined.v1    "In <case>, the court examined the blocking of A and B": the judgment targets them
  relation.breach_found.v1     "It found that Russia had breached the freedom of association of A, B and C", "held
                               that Russia had violated Article 11, read in the light of Article 9", "in breach of
                               Article 5 § 1": the judgment of the case named last applies the provisions and targets
                               the people and organisations whose rights were breached

A Russian case is never named this way, so a name of that shape with no European court in the
article yields only the applicant's relation. That the court sanctioned the respondent state is not
stated: ontology/shapes.ttl lets kg:sanctioned point only at a person or an organisation.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.arguments import Context, asserted, evidence, span_of
from kg.doc_tables import ancestors, children
from kg.lexicon import fold
from kg.model import Mention, Relation

CASE_NAME = re.compile(r"^(?P<applicant>.+?)(?:,)?(?:\s+and\s+others)?\s+v(?:s)?\.?\s+(?P<state>[A-Z][\w .]+)$",
                       re.I)
LEGAL_FORMS = re.compile(r"^(?:OOO|AO|ZAO|OAO|PAO|ANO|NKO)\s+", re.I)  # "OOO Flavus": the company is "Flavus"
HUMAN_RIGHTS_COURT = re.compile(r"\beuropean court of human rights\b|\bechr\b|\bstrasbourg court\b", re.I)
EXAMINE = {"examine", "consider", "review", "deal", "address", "concern"}
APPLICANTS = {"Person", "Organization"}


def case_law_relations(ctx: Context) -> list[Relation]:
    return named_cases(ctx) + violation_findings(ctx) + examined(ctx) + breach_findings(ctx)


BREACHING = {"breach", "violate", "infringe", "contravene"}
BREACHED = {"Person", "Organization"}


FINDING = {"find", "hold", "conclude", "rule", "decide", "establish", "determine", "say"}
FINDERS = {"court", "committee", "judges", "chamber", "strasbourg"}


def court_finding(ctx: Context, tok) -> bool:
    """The breach is what a court or committee found: a verb of finding above it whose subject is one ("the Court
    held that Russia had violated ..."), not what a party argued ("Lawyers argued that Russia had violated ...")."""
    above = ancestors(tok)
    told = [c for a in above for c in children(a) if c.dep_ in ("parataxis", "ccomp") and c.i < tok.i]
    # ("..., the Court found, had been ...", and a finding the parser hung under the clause it introduces)
    for verb in (a for a in (*above, *told) if a.pos_ == "VERB"):
        if verb.lemma_.lower() in FINDING and asserted(verb):
            subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
            named = ctx.at(subject) if subject is not None else None
            return subject is not None and (named is not None and named.type == "Court" or
                                            subject.lemma_.lower() in FINDERS)
    return False


def breach_findings(ctx: Context) -> list[Relation]:
    """What a finding of a breach says (see the module docstring)."""
    found = []
    for tok in ctx.words.with_lemma(BREACHING | {"breach"}):
        if tok.pos_ == "VERB" and tok.lemma_.lower() in BREACHING and asserted(tok):
            scope = [c for c in children(tok) if c.dep_ == "dobj"]
        elif tok.pos_ == "NOUN" and tok.lower_ == "breach" and tok.dep_ == "pobj" and tok.head.lower_ == "in":
            scope = [c for c in children(tok) if c.dep_ == "prep" and c.lower_ == "of"]  # "in breach of Article 5"
        else:
            continue
        case = last_case(ctx, tok.idx)
        if case is None or not scope or not court_finding(ctx, tok):
            continue
        named = [m for c in scope for m in ctx.within(c, BREACHED | {"LegalProvision"})]
        named += [m for t in ctx.doc[tok.i + 1:tok.sent.end] if (m := ctx.at(t)) is not None and m.type == "LegalProvision" and t.idx == m.start
                  and t.i > 1 and ctx.doc[t.i - 1].lower_ in ("with", "of") and m not in named]  # "read with Article 26"
        ev = lambda m: evidence(ctx, "relation.breach_found.v1", 0.65, span_of(tok), span_of(m))
        found += [Relation(case, "applies" if m.type == "LegalProvision" else "targets", m.entity, ev(m))
                  for m in dict.fromkeys(named) if m.entity != case]
    return found


def examined(ctx: Context) -> list[Relation]:
    """'In <case>, the court examined the blocking of A, B and C': the case's judgment is about what the court
    examined (the organisations and people named in the object)."""
    found = []
    for prep in (t for t in ctx.words.with_lower("in") if t.dep_ == "prep" and t.head.lemma_.lower() in EXAMINE):
        case = next((m for o in children(prep) if o.dep_ == "pobj" and (m := ctx.at(o)) and m.type == "Ruling"), None)
        if case is None or not asserted(prep.head):
            continue
        objects = [c for c in children(prep.head) if c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "with")]
        found += [Relation(case.entity, "targets", m.entity, evidence(ctx, "relation.case_examined.v1", 0.65,
                                                                       span_of(case), span_of(m)))
                  for o in objects for m in ctx.within(o, APPLICANTS)]
    return found


def named_cases(ctx: Context) -> list[Relation]:
    found = []
    court = european_court(ctx)
    for key, ruling in ctx.entities.items():
        match = case_name(ctx, key) if ruling.type == "Ruling" else None
        mention = first_mention(ctx, key)
        if match is None or mention is None:
            continue
        ev = evidence(ctx, "relation.case_name.v1", 0.75, span_of(mention))
        applicant = applicant_of(ctx, match.group("applicant"))
        if applicant is not None:
            found.append(Relation(key, "targets", applicant, ev))
        if court is not None:
            found.append(Relation(court, "issued", key, ev))
            if applicant is not None:
                found.append(Relation(applicant, "petitioned", court, ev))
    return found


def european_court(ctx: Context) -> str | None:
    """The key of the article's one court of human rights, or None."""
    keys = [k for k, e in ctx.entities.items() if e.type == "Court"
            and any(HUMAN_RIGHTS_COURT.search(name) for name in (e.label, *e.forms))]
    if len(keys) > 1:  # "the Grand Chamber of the European Court of Human Rights" is a part of the court
        keys = [k for k in keys if HUMAN_RIGHTS_COURT.match(ctx.entities[k].label.removeprefix("the "))]
    return keys[0] if len(keys) == 1 else None


def applicant_of(ctx: Context, name: str) -> str | None:
    wanted = {fold(name), fold(LEGAL_FORMS.sub("", name))}
    keys = [k for k, e in ctx.entities.items() if e.type in APPLICANTS
            and wanted & {fold(f) for f in (e.label, *e.forms)}]
    return keys[0] if len(keys) == 1 else None


def first_mention(ctx: Context, key: str) -> Mention | None:
    return next((m for m in ctx.mentions if m.entity == key), None)


def violation_findings(ctx: Context) -> list[Relation]:
    """'It held that there had been a violation of Article 10 ..., and of Article 13', 'Violation of Article 11 of
    the Convention': the judgment of the case named last before it applies each provision after 'of'. 'No
    violation', or a negated finding, yields nothing."""
    found = []
    for noun in ctx.words.with_lemma("violation"):
        if noun.lemma_.lower() != "violation" or noun.pos_ != "NOUN" or not asserted(noun.head) or any(
                c.dep_ == "det" and c.lower_ == "no" for c in children(noun)):
            continue
        case = last_case(ctx, noun.idx)
        provisions = violated(ctx, noun)
        if case is None or not provisions:
            continue
        found += [Relation(case, "applies", p.entity, evidence(ctx, "relation.violation_found.v1", 0.7,
                                                               span_of(noun), span_of(p))) for p in provisions]
    return found


def case_name(ctx: Context, key: str, mention: Mention | None = None) -> re.Match | None:
    """The '<Applicant> v. <State>' a ruling goes by: its label, else the words of `mention` or (with none given) of
    any of its mentions (a judgment named by its date and, elsewhere, by its case)."""
    found = CASE_NAME.match(ctx.entities[key].label)
    mentions = [mention] if mention is not None else [n for n in ctx.mentions if n.entity == key]
    return found or next((m for m in (CASE_NAME.match(n.text) for n in mentions) if m), None)


def last_case(ctx: Context, offset: int) -> str | None:
    """The key of the case ruling named last before `offset`."""
    for m in sorted((m for m in ctx.mentions if m.type == "Ruling" and m.end <= offset), key=lambda m: -m.start):
        if case_name(ctx, m.entity, m) is not None:
            return m.entity
    return None


def violated(ctx: Context, noun: Token) -> list[Mention]:
    """The provisions named right after an 'of' in the rest of the sentence ('of Article 10 ..., and of
    Article 13'), read from the surface because the parser hangs the second 'of' anywhere."""
    found = []
    for tok in ctx.doc[noun.i + 1:noun.sent.end]:
        m = ctx.at(tok)
        if m is not None and m.type == "LegalProvision" and tok.idx == m.start and tok.i > 0 \
                and ctx.doc[tok.i - 1].lower_ == "of" and m.entity not in {f.entity for f in found}:
            found.append(m)
    return found
