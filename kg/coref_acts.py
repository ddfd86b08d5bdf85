"""Descriptions of acts, courts and bodies in within-article coreference (kg.coref).

* "Putin signed the law on foreign agents in July. A bill on 'fakes' was later introduced. The bill would add ...":
  an unnamed act brought in with an indefinite noun of the same kind after the last named candidate is what the
  definite description means, and it has no name to give; the description then refers to no named act;
* "the higher court, the Supreme Court of Dagestan", "the regulator, Roskomnadzor,": the name set beside it;
  "appealed to the higher court" with no name beside it: not the court that ruled, so none;
* "the watchdog", "the regulator": never a prosecutor's office, a ministry, a chamber or a court;
* "complained to Strasbourg": the article's one court of human rights;
* "Prosecutors asked the court ..." with no article: a description like "the prosecutors" (which means only a
  body whose name says so, kg.coref_words.NAMED_ONLY), unless generic ("prosecutors in Russia")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.doc_tables import children, sentence_at, sentence_of, words
from kg.model import Mention

INDEFINITE = {"a", "an", "another"}


def unnamed_act_between(ants, token: Token, before: list[Mention]) -> bool:
    """Whether 'a bill' / 'another law' (the description's own noun, outside every mention) stands between the
    latest candidate in `before` and the description `token`."""
    if not before:
        return False
    after = max(m.end for m in before)
    lemma = token.lemma_.lower()
    spans = [(m.start, m.end) for m in ants.mentions]
    return any(t.i < token.i and t.pos_ == "NOUN" and t.idx >= after
               and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in children(t))
               and not any(s <= t.idx < e for s, e in spans)
               for t in words(ants.doc).with_lemma([lemma]))  # the noun's own occurrences, not every token before


# ---- courts and bodies ---------------------------------------------------------------------------------------

# "the higher court", "the appeals court": another court than the one that ruled; only a name set beside it says which
OTHER_COURT = {"higher", "appeals", "appeal", "appellate", "superior", "cassation", "upper", "supreme"}
# names a regulator or watchdog never is: "the communications watchdog" after "<prosecutors> asked Roskomnadzor to"
NOT_REGULATOR = {"prosecutor", "prosecutor's", "prosecutors", "ministry", "investigative", "police", "duma", "council",
                 "kremlin", "government", "president", "court", "fsb", "security", "parliament", "assembly",
                 "senate", "administration", "army", "guard"}
REGULATOR_WORDS = {"regulator", "watchdog"}


def apposed_name(ants, token: Token, types: set[str]) -> Mention | None:
    """'the higher court, the Supreme Court of Dagestan', 'the regulator, Roskomnadzor,': the name set beside the
    description is what it means."""
    for child in children(token):
        if child.dep_ == "appos":
            found = ants.mention_at(child)
            if found is not None and found.type in types:
                return found
    return None


KIND_OF_COURT = {"appeals": "appe", "appeal": "appe", "appellate": "appe", "cassation": "cassation",
                 "military": "military", "district": "district", "city": "city", "regional": "regional",
                 "garrison": "garrison", "arbitration": "arbitra"}


def court_of_its_kind(ants, token: Token, types: set[str]) -> Mention | None:
    """'the appeals court' after 'the Military Court of Appeal', 'the cassation court', 'the district court': the one
    court named before whose name says it is of that kind (none when no court or two courts are so named)."""
    if "Court" not in types or token.lower_ not in ("court", "tribunal"):
        return None
    stems = {KIND_OF_COURT[c.lower_] for c in children(token) if c.dep_ in ("amod", "compound")
             and c.lower_ in KIND_OF_COURT}
    if not stems:
        return None
    named = [m for m in ants.mentions if m.type == "Court" and m.end <= token.idx
             and all(any(w.startswith(stem) for w in m.text.lower().split()) for stem in stems)]
    return named[-1] if len({m.entity for m in named}) == 1 else None


APPEAL_NOUNS = {"appeal", "appeals", "complaint", "cassation"}
HEARING_VERBS = {"hear", "consider", "review", "examine", "reject", "dismiss", "uphold", "grant", "satisfy", "turn"}


def appeal_hearer(ants, token: Token, types: set[str]) -> Mention | None:
    """'<court> later heard his appeal; the appeal court upheld the verdict': 'the appeal(s) court' is the court said
    in this sentence or the one before to hear (consider, reject, grant ...) an appeal, when there is one such court."""
    if "Court" not in types or token.lower_ != "court" or not any(
            c.dep_ in ("amod", "compound") and c.lower_ in ("appeal", "appeals", "appellate") for c in children(token)):
        return None
    sentence = sentence_of(token)
    earliest = sentence_at(token.doc, sentence.start - 1).start if sentence.start > 0 else sentence.start
    found = {}
    for verb in (t for t in token.doc[earliest:token.i] if t.pos_ == "VERB" and t.lemma_.lower() in HEARING_VERBS):
        if not any(c.dep_ == "dobj" and c.lemma_.lower() in APPEAL_NOUNS for c in children(verb)):
            continue
        for subject in (c for c in children(verb) if c.dep_ == "nsubj"):
            mention = ants.mention_at(subject)
            if mention is not None and mention.type == "Court":
                found[mention.entity] = mention
    return next(iter(found.values())) if len(found) == 1 else None


def other_court(token: Token) -> bool:
    return token.lower_ in ("court", "tribunal") and any(
        c.dep_ in ("amod", "compound") and c.lower_ in OTHER_COURT for c in children(token))


def fitting_bodies(token: Token, before: list[Mention]) -> list[Mention]:
    """The candidates a regulator's description can mean: not a prosecutor's office, a ministry or a parliament."""
    if token.lower_ not in REGULATOR_WORDS:
        return before
    return [m for m in before if not NOT_REGULATOR & set(m.text.lower().replace("’", "'").split())]


# ---- "Strasbourg" for the European Court of Human Rights --------------------------------------------------------

HUMAN_RIGHTS_NAMES = ("european court of human rights", "echr", "ecthr", "strasbourg court", "court in strasbourg",
                      "european human rights court", "european rights court")
METONYM_PREPS = {"to", "with", "by", "from"}  # "complained to Strasbourg", "ruled by Strasbourg" (not "in Strasbourg")


def strasbourg(ants, token: Token, types: set[str]) -> Mention | None:
    """'complained to Strasbourg', 'Strasbourg ruled': the city stands for the article's one court of human rights
    (named anywhere in it), when the city is an actor or the one a complaint goes to, not a place ('in Strasbourg')."""
    if token.lower_ != "strasbourg" or "Court" not in types or token.ent_iob_ == "I":
        return None
    if not (token.dep_ in ("nsubj", "dobj") or token.dep_ == "pobj" and token.head.lower_ in METONYM_PREPS):
        return None
    courts = {m.entity: m for m in ants.mentions if m.type == "Court"
              and any(name in m.text.lower() for name in HUMAN_RIGHTS_NAMES)}
    return next(iter(courts.values())) if len(courts) == 1 else None


# "Prosecutors asked the court ...": the staff of the one body whose name says so (kg.coref_words.NAMED_ONLY)
BARE_STAFF = {"prosecutors", "investigators"}


def bare_staff(token: Token) -> bool:
    """'Prosecutors asked the court to ...' with no article: a description all the same, unless it is generic
    ('prosecutors in Russia', 'regional prosecutors', 'some prosecutors')."""
    return token.lower_ in BARE_STAFF and token.tag_ == "NNS" and token.dep_ in ("nsubj", "nsubjpass") and not any(
        c.dep_ in ("det", "prep", "amod", "compound", "nummod", "poss") for c in children(token))
