"""Ruling identity: which ruling mentions of one article are one ruling, and when two articles report
the same ruling.

Inside an article (`ruling_keys`, used while clustering mentions): a definite back-reference ("the
ruling", "the decision") joins the latest earlier ruling called by the same noun, else of its kind,
whose issuer does not contradict its own ("the FSB order" never joins a court's decision); "the ruling
of <issuer>" joins the latest ruling of that issuer, "<issuer>'s resolution" its latest resolution. The
subject of "upheld / quashed / appealed the verdict" is not the verdict's issuer. "Its judgment in the case of
<A> v. Russia": the case name right after a ruling noun is that ruling. A "(Grand) Chamber judgment" is the European
Court's: the judgment of the one case named before it by its parties, else a ruling of its own (never "the
sentence" of a Russian court told before).

Across articles (`date_rulings`, after relations are found): a ruling gets a global identity key
`Ruling:<issuer ref>|<kind>|<date>` only on evidence that pins it down:
  * exactly one issuer is stated for it (two issuers mean its mentions mix two rulings), and one that can
    issue it (a ministry hands down no verdict);
  * its date is a day, or a month when the article names no other ruling of that issuer and kind
    (two judgments of one court in one month stay apart);
  * no other ruling of the article would get the same key, unless both are dated to the day and
    concern no different people or organisations (then they are one ruling reported twice, and merge).
Any other ruling stays scoped to its article ("Ruling@<article>:<offset>").
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace

from kg import timex
from kg.timex import to_date
from kg.model import Article, Evidence, LocalEntity, Relation
from kg.vocab import base_of

ACTORS = ("Court", "GovernmentBody", "Person")
TARGET_TYPES = ("Person", "Organization")
COURT_KINDS = {"verdict", "sentence", "judgment", "acquittal"}  # only a court (or its judge) hands these down
# a definite ruling someone else acts on: "upheld the verdict", "appealed against the decision"
ACTED_ON = re.compile(r"\b(?:overturn|quash|annul|cancel|revok|revers|rescind|overrul|appeal|challeng|reject|uph[eo]ld|"
                      r"confirm|dismiss|set aside|left)\w*\s+(?:against\s+|over\s+)?(?:the|this|that)\s+$", re.I)
INTERNATIONAL = "echr"  # in the local key of the European Court of Human Rights, whose judgments no court upholds
CHAMBER = re.compile(r"\b(?:Grand\s+)?Chamber\s+judge?ment\b", re.I)  # the European Court's formations
CASE_PARTIES = re.compile(r"\sv(?:s)?\.?\s+[A-Z]")  # "<A> v. Russia"
CASE_OF = re.compile(r"\s+in\s+(?:the\s+)?(?:case\s+of\s+)?", re.I)  # "judgment in (the case of) <A> v. <B>"
NOUN_KINDS = {n: n for n in ("resolution", "decree", "verdict", "ruling", "judgment", "decision", "sentence", "order",
                             "warning", "designation", "ban")} | {"judgement": "judgment", "acquittal": "verdict"}


# ---- inside one article: mentions -> rulings -----------------------------------------------------

def ruling_keys(text: str, cands, keys: dict[int, str]) -> dict[int, str]:
    """id(candidate) -> local key, for every ruling mention (`keys` holds the other mentions' keys)."""
    rulings: list[list] = []  # [kind, issuer key, local key, noun] of the rulings so far, in text order
    found = {}
    for c in sorted((c for c in cands if c.type == "Ruling"), key=lambda c: c.start):
        words = text[c.start:c.end].split()
        noun = words[-1].lower() if words else ""
        named = next((found[id(n)] for n in cands if id(n) in found and n.type == "Ruling" and n.end < c.start
                      and CASE_OF.fullmatch(text[n.end:c.start]) and " v" in text[c.start:c.end]), None)
        if named is not None:  # "its judgment in the case of <A> v. Russia": the case is that judgment
            found[id(c)] = named
            continue
        if CHAMBER.search(text[c.start:c.end]):  # "Chamber judgment of 14 June 2022": the Strasbourg court's
            found[id(c)] = chamber_key(text, c, cands, found, rulings, noun)
            continue
        if ACTED_ON.search(text[max(0, c.start - 40):c.start]):  # "the court upheld the verdict": not its issuer
            found[id(c)] = acted_on_key(c, rulings, noun)
            continue
        own = own_issuer(c, cands, keys)
        found[id(c)] = ruling_key(c, rulings, own or issuer_key(c, cands, keys), noun, own is not None)
    return found


def chamber_key(text: str, c, cands, found: dict, rulings: list[list], noun: str) -> str:
    """A (Grand) Chamber judgment is the European Court's, never a back-reference to a Russian court's ruling: it is
    the judgment of the one case the article names by its parties before it, else a ruling of its own."""
    cases = {found[id(n)] for n in cands if id(n) in found and n.type == "Ruling" and n.end <= c.start
             and " v" in text[n.start:n.end] and CASE_PARTIES.search(text[n.start:n.end])}
    if len(cases) == 1:
        return next(iter(cases))
    key = f"Ruling:{len(rulings) + 1}"
    rulings.append([NOUN_KINDS.get(noun, "judgment"), None, key, noun])
    return key


def acted_on_key(c, rulings: list[list], noun: str) -> str:
    """A definite ruling another actor upholds, quashes or appeals: the latest earlier ruling of that noun,
    else as any back-reference (the subject of the verb is not its issuer); never a judgment of the European Court of
    Human Rights, which no court upholds or quashes."""
    same = [r for r in rulings if r[3] == noun]
    if not same and rulings and all(r[1] and INTERNATIONAL in r[1] for r in rulings):
        key = f"Ruling:{len(rulings) + 1}"  # "the ECHR delivered its judgment ... upheld that decision": no court
        rulings.append([NOUN_KINDS.get(noun, "ruling"), None, key, noun])  # upholds the ECHR's; another ruling
        return key
    return same[-1][2] if same else ruling_key(c, rulings, None, noun)


def issuer_key(ruling, cands, keys: dict[int, str]) -> str | None:
    """The local key of the issuer the ruling component marked ("the ruling of X", "X passed a ruling")."""
    span = ruling.info.get("issuer")
    found = [c for c in cands if span and c.type != "Ruling" and (c.start, c.end) == tuple(span)]
    return keys.get(id(found[0])) if found else None


def own_issuer(ruling, cands, keys: dict[int, str]) -> str | None:
    """An actor named inside a ruling noun's own words, before the noun: "FSB order", "a Moscow court
    ruling". Not in a case name ("Engels v. Russia"), which the lexicon supplies whole."""
    if ruling.source != "ruling":
        return None
    inside = [c for c in cands if c.type in ACTORS and ruling.start <= c.start and c.end < ruling.end]
    return keys.get(id(inside[0])) if inside else None


def ruling_key(c, rulings: list[list], issuer: str | None, noun: str = "", named: bool = False) -> str:
    """The local key of ruling mention `c` (see the module docstring). `named`: the mention names its
    issuer in its own words ("the FSB order"), so it does not join a ruling of another noun and no
    known issuer."""
    kind = c.info.get("kind", "ruling")
    if c.info.get("anaphor"):
        fits = [r for r in rulings if issuer is None or r[1] in (None, issuer)]
        same = [r for r in fits if r[3] == noun] or [r for r in fits if r[0] == kind]  # "the verdict": a verdict
        if same and not (named and same[-1][1] is None and same[-1][3] != noun):
            return adopt(same[-1], issuer)
    if issuer and not c.rule.startswith("entity.ruling_issued"):  # "the Supreme Court's resolution"
        same = [r for r in rulings if r[1] == issuer and (kind in ("ruling", "decision") or r[0] == kind)]
        if same:
            return same[-1][2]
    if c.info.get("anaphor") and noun in NOUN_KINDS:
        kind = NOUN_KINDS[noun]  # not a back-reference after all: "the FSB order" is an order
    key = f"Ruling:{len(rulings) + 1}"
    rulings.append([kind, issuer, key, noun])
    return key


def adopt(ruling: list, issuer: str | None) -> str:
    """Join `ruling`; an issuer the back-reference names becomes the ruling's own when it had none."""
    if ruling[1] is None and issuer is not None:
        ruling[1] = issuer
    return ruling[2]


# ---- across articles: the identity key ------------------------------------------------------------

def date_rulings(article: Article, entities, relations):
    """Give each issued ruling its issuer, its date (its own words', else the nearest in the sentence of
    its issuing fact), a descriptive label and, on enough evidence (see the module docstring), a global
    identity key."""
    by_key = {e.key: e for e in entities}
    anchor = to_date(article.published)
    relations = [replace(r, date=nearest_date(article.text, r.evidence, anchor)) if issues_ruling(r, by_key) else r
                 for r in relations]
    issued: dict[str, Relation] = {}
    issuers: dict[str, set[str]] = defaultdict(set)
    for r in sorted((r for r in relations if issues_ruling(r, by_key)), key=lambda r: r.evidence.start):
        if r.object not in issued or r.date and not issued[r.object].date:
            issued[r.object] = r  # the first dated report of its issuing, as news give the date first
        issuers[r.object].add(by_key[r.subject].ref if r.subject in by_key else r.subject)
    dated = {key: ruling_with_issuer(by_key[key], by_key[r.subject], own_date(by_key[key], anchor) or r.date)
             for key, r in issued.items() if r.subject in by_key}
    issuer_of = {key: by_key[r.subject].ref for key, r in issued.items()
                 if r.subject in by_key and plausible(by_key[r.subject], by_key[key], r)}
    refs = global_refs(dated, issuer_of, issuers, targets_of(relations, by_key))
    entities = tuple(replace(dated[e.key], ref=refs.get(e.key, e.ref)) if e.key in dated else e for e in entities)
    return entities, relations


def issues_ruling(r: Relation, by_key: dict[str, LocalEntity]) -> bool:
    return base_of(r.predicate) == "issued" and r.object in by_key and by_key[r.object].type == "Ruling"


def ruling_with_issuer(ruling: LocalEntity, issuer: LocalEntity, when: str | None) -> LocalEntity:
    """The ruling labelled by its issuer, kind and date; its ref is left as it was (see global_refs)."""
    kind = ruling.attr("rulingKind") or "ruling"
    label = f"{issuer.label} {kind}" + (f" of {when}" if when else "")
    attrs = dict(ruling.attrs) | ({"date": when} if when else {})
    return replace(ruling, label=label, attrs=tuple(sorted(attrs.items())))


def plausible(issuer: LocalEntity, ruling: LocalEntity, fact: Relation) -> bool:
    """Whether the issuer can have issued this ruling: a verdict, sentence or judgment, or the ruling behind
    a detention, is a court's (or a judge's), so a ministry named as its issuer is a misreading."""
    court_only = ruling.attr("rulingKind") in COURT_KINDS or (fact.event or "").startswith("Detention@")
    return issuer.type in ("Court", "Person") or not court_only


def global_refs(rulings: dict[str, LocalEntity], issuer_of: dict[str, str], issuers: dict[str, set[str]],
                targets: dict[str, set[str]]) -> dict[str, str]:
    """Local key -> global identity key, for the rulings whose evidence pins them down."""
    kinds = defaultdict(list)  # (issuer, kind) -> local keys: two of them make a month too coarse
    rulings = {key: r for key, r in rulings.items() if key in issuer_of}
    for key, r in rulings.items():
        kinds[(issuer_of[key], r.attr("rulingKind"))].append(key)
    wanted = defaultdict(list)  # global key -> local keys
    for key, r in rulings.items():
        when, kind = r.attr("date"), r.attr("rulingKind") or "ruling"
        alone = len(kinds[(issuer_of[key], r.attr("rulingKind"))]) == 1
        if when and len(issuers[key]) == 1 and (len(when) == 10 or alone):
            wanted[f"Ruling:{issuer_of[key]}|{kind}|{when}"].append(key)
    refs = {}
    for ref, keys in wanted.items():  # two keys: both dated to the day (a month needs `alone`)
        if len({frozenset(targets.get(k, ())) for k in keys} - {frozenset()}) <= 1:
            refs.update((key, ref) for key in keys)  # one ruling the article named twice
    return refs


def targets_of(relations, by_key: dict[str, LocalEntity]) -> dict[str, set[str]]:
    """Ruling key -> refs of the people and organisations it concerns (its defendants, its targets)."""
    found = defaultdict(set)
    for r in relations:
        if base_of(r.predicate) == "concerns" and r.subject in by_key and by_key[r.subject].type == "Ruling" \
                and r.object in by_key and by_key[r.object].type in TARGET_TYPES:
            found[r.subject].add(by_key[r.object].ref)
    return found


def own_date(ruling: LocalEntity, anchor) -> str | None:
    """The date a ruling's own words give ("a July 2015 resolution", "the ruling of 3 March"): it beats a
    date elsewhere in the sentence of its issuing fact. None when its forms give none, or disagree."""
    found = {t.value for form in ruling.forms for t in timex.find(form, anchor)
             if t.value and t.granularity in ("day", "month")}
    return found.pop() if len(found) == 1 else None


def nearest_date(text: str, ev: Evidence, anchor) -> str | None:
    """The day- or month-precise date expression nearest to the evidence, in its sentence."""
    start, end = ev.sentence
    found = [t for t in timex.find(text[start:end], anchor) if t.value and t.granularity in ("day", "month")]
    if not found:
        return None
    middle = (ev.start + ev.end) / 2 - start
    return min(found, key=lambda t: abs((t.start + t.end) / 2 - middle)).value
