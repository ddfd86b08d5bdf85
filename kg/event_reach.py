"""Participants named far from the action, or only through something else: read for kg.event_actors.

  ruling_issuer       "The ruling bans Meduza": a ruling that acts stands for who issued it
  list_keeper         "included in Rosfinmonitoring's list": the body that keeps the list
  bare_definite, sole_before, latest_before
                      "The judge sentenced him" (the one court named before), "the same court" (the last one)
  sole_person_before  "... sentenced him": the one person (not a judge) the article has named before
  appealed_to         "The decision can be appealed to <court>": a court named only as the one appealed to
  reviewing_only      "<court> later upheld her sentence": a court named only as the one that reviews
Each gives nothing when more than one candidate fits.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import STATE, Context, clause_tokens
from kg.coref import gender_of
from kg.coref_people import SIDE_ROLES, description_noun, person_description
from kg.doc_tables import ancestors, char_span, children

# people who act for their body: "investigators from the FSB", "officers of the Interior Ministry"
STAFF = {"investigator", "officer", "agent", "official", "operative", "employee", "inspector"}
LIST_NOUNS = {"list", "register", "registry", "blacklist", "database"}


def ruling_issuer(ctx: Context, head: Token, types):
    """'The ruling bans Meduza', 'The verdict, handed down by <court>, sentenced X': a ruling that acts stands for
    the one who issued it (as the article says elsewhere)."""
    ruling = ctx.at(head)
    key = getattr(ctx, "issuers", {}).get(ruling.entity) if ruling is not None and ruling.type == "Ruling" else None
    m = min((m for m in ctx.mentions if m.entity == key), key=lambda m: abs(m.start - head.idx), default=None)
    return m if m is not None and m.type in types else None


def list_keeper(ctx: Context, verb: Token) -> list:
    """'<X> was included in Rosfinmonitoring's list of terrorists', 'the ministry's register now includes <X>', 'the
    list of extremists kept by Rosfinmonitoring': the body that keeps the list the verb puts someone on."""
    nouns = [t for t in clause_tokens(verb) if t.lemma_.lower() in LIST_NOUNS and t.i != verb.i
             and not any(w.lemma_.lower() == "material" for w in t.subtree)]  # a list of extremist materials
    return [m for n in nouns for m in keepers_of(ctx, n)][:1]


def keepers_of(ctx: Context, noun: Token) -> list:
    """The state body that keeps a list: its possessor ('the ministry's register'), else the body of a participle
    of keeping ('the list of extremists kept by Rosfinmonitoring': the participle may hang on the list's last word)."""
    found = [m for p in children(noun) if p.dep_ == "poss" if (m := ctx.head_mention(p, STATE)) and m.type in STATE]
    found += [m for a in noun.subtree if a.dep_ == "acl" and a.lemma_.lower() in KEEPING
              for b in children(a) if b.dep_ == "agent" for o in children(b) if o.dep_ == "pobj"
              if (m := ctx.head_mention(o, STATE)) and m.type in STATE]
    return found


KEEPING = {"keep", "maintain", "run", "compile", "publish", "manage"}  # who keeps a list: "the list kept by <body>"


def bare_definite(token: Token, lemmas) -> bool:
    """'the court', 'the judge': a definite noun of these with no word that could make it another one."""
    return token.lemma_.lower() in lemmas and any(c.dep_ == "det" and c.lower_ == "the" for c in children(token)) \
        and not any(c.dep_ in ("amod", "compound", "nmod", "poss", "prep") for c in children(token))


def latest_before(ctx: Context, token: Token, kind: str):
    before = [m for m in ctx.mentions if m.type == kind and m.end <= token.idx]
    return before[-1] if before else None


def sole_before(ctx: Context, token: Token, kind: str):
    """The one entity of this type the article has named before the token, however far back (None when it has named
    several: 'the court' after a trial court and an appeals court is either)."""
    before = {m.entity: m for m in ctx.mentions if m.type == kind and m.end <= token.idx}
    return next(iter(before.values())) if len(before) == 1 else None


def sole_person_before(ctx: Context, token: Token):
    """'... The judge sentenced him', '... opened a case against the teacher': the one person the article has named
    before the pronoun (of a gender that fits it, and not a judge) or the definite description, when the
    coreference found none nearer; None when there are several."""
    gender = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(token.lower_)
    if gender is None and not person_description(token):  # "the teacher", "the 33-year-old": any gender
        return None
    if gender is None and told_before(token):
        return None  # the coreference owns descriptions the text has used before ("called the journalist a liar")
    people = {m.entity: m for m in ctx.mentions if m.type == "Person" and m.end <= token.idx
              and gender_of(ctx.entities[m.entity].label) in (None, gender or "m", gender or "f")
              and m.entity not in ctx.judges}
    return next(iter(people.values())) if len(people) == 1 else None


ADDRESSING = {"to", "with", "before", "in", "at"}  # "appealed to", "filed with", "challenged before/in/at"
ASKING = {"appeal", "apply", "file", "lodge", "submit", "complain", "petition", "turn", "challenge", "contest",
          "complaint", "lawsuit", "suit", "claim", "application"}
ASKED = {"ask", "petition", "urge", "request"}  # "asked <court> to ...": the court is asked


def appealed_to(ctx: Context, court: str) -> bool:
    """Every mention of the court is the one an appeal or complaint is taken to ('filed an appeal with <court>',
    'applied to <court>', 'a complaint to <court>')."""
    named = [m for m in ctx.mentions if m.entity == court]
    for m in named:
        span = char_span(ctx.doc, m.start, m.end)
        if span is not None and span.root.dep_ == "dobj" and span.root.head.lemma_.lower() in ASKED:
            continue  # "asked the Moscow City Court to release him"
        prep = span.root.head if span is not None and span.root.dep_ == "pobj" else None
        if prep is None or prep.lower_ not in ADDRESSING or not asking_above(prep):
            return False
    return bool(named)


def asking_above(prep: Token) -> bool:
    """The phrase hangs on an appeal or a complaint, up to its verb ('filed an appeal against the ruling with <court>',
    where the parser hangs 'with' on 'the ruling'), or on a verb whose object is one."""
    chain = []
    for a in ancestors(prep):
        chain.append(a)
        if a.pos_ in ("VERB", "AUX"):
            break
    return any(a.lemma_.lower() in ASKING for a in chain) or bool(chain) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in ASKING for c in children(chain[-1]))


def told_before(token: Token) -> bool:
    """The description's noun is a side role ('the lawyer' is never the one person named) or was written earlier
    ('a journalist had been detained. The journalist ...', '<X> called the journalist a liar'): whom it means is
    then the coreference's question (kg.coref_people), not the one person named before."""
    noun = description_noun(token)
    return noun in SIDE_ROLES or any(t.lemma_.lower() == noun for t in token.doc[:token.i])


# what a court of review does with another court's decision
REVIEWING = {"uphold", "overturn", "reject", "dismiss", "quash", "annul", "reduce", "commute", "reverse", "confirm",
             "shorten", "increase", "lengthen", "review", "hear"}


def reviewing_only(ctx: Context, court: str) -> bool:
    """Every mention of the court is the actor of a review ('The Bashkortostan Supreme Court later upheld her
    sentence', 'the sentence was upheld by <court>'): the court that reviews is not the one that convicted."""
    named = [m for m in ctx.mentions if m.entity == court]
    for m in named:
        span = char_span(ctx.doc, m.start, m.end)
        root = span.root if span is not None else None
        if root is None:
            return False
        verb = root.head if root.dep_ == "nsubj" else root.head.head if root.dep_ == "pobj" and \
            root.head.dep_ == "agent" else None
        if verb is None or verb.lemma_.lower() not in REVIEWING:
            return False
    return bool(named)
