"""Extract: a processed Doc and its Article -> ArticleExtraction (plain data).

This is the only module that reads kg's Doc extensions. It groups the
mentions of one article into local entities (one per real entity: "Alexander
Kurennoi" ... "Kurennoi" is one) and gives each an identity key (`ref`) that
the resolve stage uses to merge entities across articles.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from spacy.tokens import Doc

from kg import provisions as provision_parser
from kg import timex
from kg.components.candidates import Candidate, text_of
from kg.doc_tables import sentences as doc_sentences
from kg.lexicon import Lexicon, fold
from kg.model import Article, ArticleExtraction, Evidence, LocalEntity, Mention, Relation
from kg.event_links import court_for_judge
from kg.events import extract_events
from kg.act_shapes import more_acts
from kg.arguments import ACTORS, STATE, Context, unique
from kg.relations import extract_relations
from kg.ruling_sole import sole_rulings
from kg.concerns_speakers import drop_speakers
from kg.event_gapped import gapped_parties
from kg.event_orphans import described_court_acts
from kg.ruling_asked import drop_unmade
from kg.ruling_identity import date_rulings, ruling_keys
from kg.ruling_requests import requested_rulings
from kg.statistics import find_statistics
from kg.translit import person_key
from kg.verdict_closure import verdict_charges
from kg.vocab import base_of

GENERIC_LAW = re.compile(r"(?:the |new |a |an )?(?:\d{4} )?(?:(?:package|set) of )?"
                         r"(?:law|bill|legislation|amendment|package|act|draft)s?")
DAY_OWNED = re.compile(r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today)['’]s\s+(.+)", re.I)
# "the harshest sentence", "the first guilty verdict", "a landmark ruling": the ruling is also the noun itself
RANKED = re.compile(r"(?:(?:first|second|third|latest|last|final|landmark|harshest|longest|toughest|heaviest|"
                    r"strictest|severest|biggest|largest|most\s+severe)\s+)+(\w.+)", re.I)
SCOPED_COURT = re.compile(r"\b(district|city|garrison|magistrate|municipal|justice of the peace)\b", re.I)


def extract(doc: Doc, article: Article, lexicon: Lexicon) -> ArticleExtraction:
    text = text_of(doc)  # a sentence's text is a slice of it (Span.text joins the tokens again)
    sentences = tuple((s.start_char, s.end_char) for s in doc_sentences(doc) if text[s.start_char:s.end_char].strip())
    cands = [c for c in doc._.kg_mentions or ()]
    keys = cluster(doc, cands, lexicon.place_names())
    mentions = tuple(make_mention(doc, c, keys[id(c)], sentence_of(sentences, c.start, c.end)) for c in cands)
    entities = local_entities(doc, article, cands, keys, sentences, lexicon)
    ctx = Context(doc, article, mentions, entities, sentences, lexicon)
    laws = laws_of_provisions(cands, keys)
    relations = [*structural_relations(article, mentions, entities, lexicon, laws), *extract_relations(ctx)]
    timexes = timex.find(article.text, timex.to_date(article.published))
    events, derived = extract_events(ctx, timexes, relations)
    events, derived = more_acts(ctx, events, derived, relations, timexes)
    relations = unique([court_for_judge(r, ctx.judges) for r in [*relations, *derived]])
    relations = unique([*relations, *requested_rulings(ctx, relations)])  # "the ruling, requested by X" (petitioned)
    events, relations = described_court_acts(ctx, events, relations)  # 'A court in Abakan sentenced X. The verdict'
    events, relations = gapped_parties(ctx, list(events), relations)  # "sentenced A to X, and B to Y under <P>"
    relations = drop_speakers(ctx, drop_unmade(ctx, relations))  # "demanded a ban from <court>", "X said"
    relations += sole_rulings(entities, relations)  # "<court> fined Google ... The ruling can be appealed"
    relations = verdict_charges(entities, relations)  # "<verdict> ... under <provision>": whom it convicted, under that
    relations = fit_ranges(relations, entities)  # the types ontology/shapes.ttl gives each relation's two ends
    entities, relations = date_rulings(article, entities, relations)
    known = {e.key for e in entities}
    entities += tuple(background_entities(relations, known, lexicon))
    statistics = tuple(find_statistics(doc, article, mentions, sentences))
    return ArticleExtraction(article, sentences, mentions, entities, tuple(relations), tuple(events), statistics)


PARTIES = {"Person", "Organization"}
# base relation -> (subject types, object types), as ontology/shapes.ttl checks them (kg:partOf is left to its rules;
# a ruling about another ruling, "the appeal ruling upheld the verdict", is kept: the annotators count it)
RANGES = {"roleIn": ({"Person"}, {"Organization", "GovernmentBody", "Court"}),
          "owns": ({"Organization"}, {"Organization"}),
          "issued": (ACTORS, {"Law", "Ruling"}),
          "concerns": ({"Law", "Ruling"}, {"Law", "LegalProvision", "Organization", "Person", "Ruling"}),
          "chargedUnder": (PARTIES, {"Law", "LegalProvision"}),
          "sanctioned": (STATE, PARTIES),
          "petitioned": (ACTORS, ACTORS)}


def fit_ranges(relations: list[Relation], entities) -> list[Relation]:
    """The relations whose two ends have the types the ontology's shapes allow: a judge only of a court (a title
    read before a body of another type, 'Judge X of <org>' in a misread text, is a role in it of no finer kind), a
    court only convicts; a fact of any other shape is a misreading and is dropped ('<body> blocked <body>')."""
    kinds = {e.key: e.type for e in entities}
    kept = []
    for r in relations:
        if r.predicate == "judgeOf" and kinds.get(r.object) != "Court":
            r = replace(r, predicate="roleIn")
        if r.predicate == "convicted" and kinds.get(r.subject) != "Court":
            r = replace(r, predicate="sanctioned")
        allowed = RANGES.get(base_of(r.predicate))
        ends = (kinds.get(r.subject), kinds.get(r.object))
        if allowed is None or None in ends or ends[0] in allowed[0] and ends[1] in allowed[1]:
            kept.append(r)  # (an end the article does not name yet is a background entity: kept)
    return kept


def sentence_of(sentences: tuple[tuple[int, int], ...], offset: int, end: int | None = None) -> tuple[int, int]:
    """The sentence holding [offset, end); sentences a mention straddles (a bad split) are joined."""
    if not sentences:
        return (0, 0)
    starts = starts_of(sentences)
    first = sentences[max(bisect.bisect_right(starts, offset) - 1, 0)]
    last = sentences[max(bisect.bisect_right(starts, max(offset, (end or offset) - 1)) - 1, 0)]
    return first[0], max(first[1], last[1])


_last_starts: tuple = ((), [])  # (sentences, their starts) of the article in hand: one tuple, replaced at once


def starts_of(sentences: tuple[tuple[int, int], ...]) -> list[int]:
    """The start offsets of `sentences`, made once per article rather than once per mention."""
    global _last_starts
    known, starts = _last_starts
    if known is not sentences:
        starts = [s for s, _ in sentences]
        _last_starts = (sentences, starts)
    return starts


def make_mention(doc: Doc, c: Candidate, key: str, sentence: tuple[int, int]) -> Mention:
    return Mention(c.start, c.end, text_of(doc)[c.start:c.end], c.type, key, sentence, c.rule, c.confidence)


def cluster(doc: Doc, cands: list[Candidate], places: dict[str, str] | None = None) -> dict[int, str]:
    """Article-local entity key for every candidate (id(candidate) -> key)."""
    keys: dict[int, str] = {}
    persons: dict[str, str] = {}  # surname -> key of the full-name person
    courts: dict[str, str] = {}  # court name -> key of its latest city-qualified mention
    for c in sorted(cands, key=lambda c: c.start):
        text = text_of(doc)[c.start:c.end]
        if c.type == "Ruling":
            continue
        elif c.key and c.source in ("lexicon", "provision"):
            keys[id(c)] = ("prov:" if c.type == "LegalProvision" else "lex:") + c.key
        elif c.type == "Person":
            keys[id(c)] = person_cluster(text, persons)
        elif c.type == "Court" and SCOPED_COURT.search(text):
            keys[id(c)] = court_cluster(doc, c, fold(text), courts, places or {})
        elif c.info.get("number"):
            keys[id(c)] = "law:" + c.info["number"].lower()
        else:
            keys[id(c)] = f"{c.type}:{fold(c.info.get('same_as') or text)}"  # a short form of a name before
    keys.update(ruling_keys(text_of(doc), cands, keys))  # kg.ruling_identity
    return keys


# "<court> in Barnaul", "<court> of the city of Barnaul"
COURT_PLACE = re.compile(r"^\s+(?:in|of)\s+(?:the\s+(?:city|town|region)\s+of\s+)?([A-Z][\w’'\-]+(?:\s+[A-Z][\w\-]+)?)")


def court_cluster(doc: Doc, c: Candidate, name: str, courts: dict[str, str], places: dict[str, str]) -> str:
    """Same-named local courts of different cities are different entities, even in one article;
    a later bare mention of the name joins the latest city-qualified one."""
    match = COURT_PLACE.match(text_of(doc)[c.end:c.end + 60])
    if match:
        place = places.get(fold(match.group(1)), fold(match.group(1)))
        courts[name] = f"Court:{name}|{place}"
        return courts[name]
    return courts.get(name, f"Court:{name}")


def person_cluster(text: str, persons: dict[str, str]) -> str:
    words = fold(text).split()
    if len(words) >= 2:
        key = "Person:" + " ".join(words)
        persons.setdefault(words[-1], key)
        return key
    return persons.get(words[0], "Person:" + words[0]) if words else "Person:?"


def local_entities(doc, article, cands, keys, sentences, lexicon) -> tuple[LocalEntity, ...]:
    groups: dict[str, list[Candidate]] = {}
    for c in cands:
        groups.setdefault(keys[id(c)], []).append(c)
    return tuple(make_entity(doc, article, key, group, sentences, lexicon) for key, group in groups.items())


def make_entity(doc, article, key, group, sentences, lexicon) -> LocalEntity:
    aliases = [surface(text_of(doc)[slice(*c.info["alias"])]) for c in group if c.info.get("alias")]
    more = [surface(text_of(doc)[slice(*span)]) for c in group for span in c.info.get("forms", ())]
    said = [surface(text_of(doc)[c.start:c.end]) for c in group]
    best = max(group, key=lambda c: (c.confidence, c.end - c.start))
    kind = best.type
    if kind == "Ruling":  # "Monday's decision" is also the decision the article calls it
        more += [m.group(1) for f in said if (m := DAY_OWNED.match(f) or RANKED.fullmatch(f))]
    forms = tuple(dict.fromkeys([*said, *aliases, *more]))
    if key.startswith("lex:") and key[4:] in lexicon.entries:
        entry = lexicon.entries[key[4:]]
        return LocalEntity(key, entry.type, entry.label, forms, key, (("lexiconId", entry.id),))
    if kind == "LegalProvision":
        return provision_entity(key, best, forms, lexicon)
    label = aliases[0] if aliases else max(said, key=len)  # further forms name it too, but never key it
    return LocalEntity(key, kind, label, forms, identity(article, kind, label, group, doc, sentences, lexicon, key),
                       ruling_attrs(group) if kind == "Ruling" else ())


def provision_entity(key: str, c: Candidate, forms, lexicon: Lexicon) -> LocalEntity:
    info = c.info
    code_entry = lexicon.code_for_prefix(info["code"]) if info.get("code") else None
    label = provision_parser.label(code_entry.label if code_entry else None,
                                   info["article"], info.get("part"), info.get("paragraph"))
    if code_entry is None and info.get("own_code"):  # "Section 4 of the Law on X": its law is in its words
        label = max(forms, key=len)
    attrs = [("articleNumber", info["article"]), ("codeFrom", info.get("code_from") or "")]
    attrs += [(k, info[v]) for k, v in (("partNumber", "part"), ("paragraph", "paragraph")) if info.get(v)]
    if code_entry:
        attrs.append(("code", code_entry.id))
    return LocalEntity(key, "LegalProvision", label, forms, key, tuple(attrs))


def ruling_attrs(group: list[Candidate]) -> tuple[tuple[str, str], ...]:
    kinds = [c.info["kind"] for c in group if c.info.get("kind") and not c.info.get("anaphor")]
    kind = kinds[0] if kinds else next((c.info["kind"] for c in group if c.info.get("kind")), "ruling")
    return (("rulingKind", kind),)


def identity(article: Article, kind: str, label: str, group, doc, sentences, lexicon, key: str = "") -> str:
    """The cross-article identity key of a non-lexicon entity (see README, 'One node per entity')."""
    name = fold(label)
    if kind == "Person":
        return "Person:" + person_key(name) if len(name.split()) >= 2 else f"Person@{article.id}:{name}"
    if kind == "Ruling":
        return f"Ruling@{article.id}:{group[0].start}"
    if kind == "Law" and GENERIC_LAW.fullmatch(name):  # "amendments", "the bill": this article's own law
        return f"Law@{article.id}:{name}"
    if kind == "Court" and SCOPED_COURT.search(label):
        names = lexicon.place_names()
        if "|" in key:  # the city was named right after the court (see court_cluster)
            return key
        own = re.match(r"(.+?) (?:of|in) (?:the )?(.+)$", name)
        if own and own.group(2) in names:  # "X District Court of City" = "X District Court" in City
            return f"Court:{own.group(1)}|{names[own.group(2)]}"
        place = place_near(doc, group, sentences, lexicon)
        if place is None and not lexicon.place_regex.search(name):
            return f"Court@{article.id}:{name}"
        return f"Court:{name}" + (f"|{place}" if place and place not in name else "")
    return f"{kind}:{name}"


def place_near(doc, group, sentences, lexicon) -> str | None:
    """A place named in the sentence of the entity's first mention (qualifies a local court)."""
    start, end = sentence_of(sentences, group[0].start)
    found = lexicon.place_regex.findall(fold(text_of(doc)[start:end]))
    return lexicon.place_names()[max(found, key=len)] if found else None


def surface(text: str) -> str:
    text = " ".join(text.split())
    text = re.sub(r"^(?:the|The)\s+", "", text)
    return re.sub(r"['’]s$", "", text)


def laws_of_provisions(cands, keys: dict[int, str]) -> dict[str, str]:
    """Provision key -> key of the law mention it is written with ("Section 4 of the Law on X"),
    for laws the lexicon does not know (kg/components/cited_laws.py marks the law's span)."""
    by_span = {(c.start, c.end): keys[id(c)] for c in cands if c.type == "Law" and id(c) in keys}
    found = {}
    for c in cands:
        span = c.info.get("law_span") if c.type == "LegalProvision" and id(c) in keys else None
        if span and tuple(span) in by_span:
            found[keys[id(c)]] = by_span[tuple(span)]
    return found


def structural_relations(article, mentions, entities, lexicon, laws: dict[str, str] | None = None) -> list[Relation]:
    """partOf from each provision to the most specific mentioned provision, code or law above it."""
    by_key = {e.key: e for e in entities}
    relations = []
    for m in mentions:
        entity = by_key[m.entity]
        law = (laws or {}).get(m.entity)
        if entity.type != "LegalProvision" or not (entity.attr("code") or law in by_key):
            continue
        target = parent_provision(entity, by_key) or ("lex:" + entity.attr("code") if entity.attr("code") else law)
        if target not in by_key and law in by_key:
            target = law
        rule = "relation.part_of_code.v1" if entity.attr("codeFrom") == "text" else "relation.part_of_default_code.v1"
        evidence = Evidence(article.id, m.start, m.end, m.sentence, rule, 0.95 if "default" not in rule else 0.7)
        relations.append(Relation(m.entity, "subdivisionOf", target, evidence))
    return list({(r.subject, r.object): r for r in relations}.values())


def parent_provision(entity: LocalEntity, by_key: dict[str, LocalEntity]) -> str | None:
    path = entity.key
    while path.count("/") > 1:
        path = path.rsplit("/", 1)[0]
        if path in by_key:
            return path
    return None


def background_entities(relations, known: set[str], lexicon: Lexicon):
    """Lexicon entities a fact points to without the article naming them (e.g. a default code)."""
    for key in sorted({r.object for r in relations} - known):
        if key.startswith("lex:") and key[4:] in lexicon.entries:
            entry = lexicon.entries[key[4:]]
            known.add(key)
            yield LocalEntity(key, entry.type, entry.label, (), key, (("lexiconId", entry.id),))
