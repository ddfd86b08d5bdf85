"""Definite descriptions of people: "the journalist", "the opposition politician", "the former deputy".

    "Maria Ponomarenko worked for RusNews. The journalist was convicted under Article 207.3 ..."
    "Alexei Gorinov was a municipal deputy. The court sentenced the former deputy to seven years."

A description means a person only when one person fits it clearly:
  1. the one person the article introduced with that noun before ("journalist Maria Ponomarenko",
     "<X>, a journalist", "<X> is a journalist"), however far back; two so introduced: nothing;
  2. else the one person named in the description's sentence or the two before it, leaving out
     people introduced as judges, lawyers, prosecutors or spokespeople (unless that is the noun) and the
     authors of acts ("Putin signed the law. ... fined the politician": someone else).
Two people in reach, or the only one in the description's own sentence ("Yashin called the journalist
a liar": someone else), give nothing: never guessed.

A wire report often names the person only in its second sentence: "A court in Khabarovsk sentenced a former
journalist to four years. Dmitry Ivanov was found guilty of ..." (`named_next`). A description with "a" (or "the",
when nobody is named before it) that names no one in its own sentence is the one person the next sentence names, as
the subject of its main verb (not one who only comments, nor a judge, lawyer or other side role, nor someone of the
other sex than "a woman" or "a man" says).
A description with an owner or an 'of' phrase ("Navalny's lawyer", "the head of Memorial"), a name of
its own ("the journalist Maria Ponomarenko") or a person's name as modifier ("the Navalny ally") is not
an anaphor; other name words are ("the Wall Street Journal reporter", "the Nobel laureate"), and so is a
count ("the mother of two": kin words only so). A title the parse hangs on the given name, or that stands
right before the name ("Judge Olga Ivanova"), introduces the person too. "The blogger 40,000 rubles": the
parser may give the 'the' to the sum (kg.coref_chain.detached_determiner); "the journalist's appeal" is
the journalist's.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from kg.coref_chain import detached_determiner, names_itself
from kg.coref_words import ISSUING_VERBS, gender_of
from kg.doc_tables import children
from kg.model import Mention

# head nouns (lemmas) of descriptions that stand for a named person
PERSON_NOUNS = {
    "journalist", "reporter", "correspondent", "editor", "photographer", "blogger", "columnist",
    "activist", "campaigner", "defender", "dissident", "politician", "leader", "opponent", "critic", "deputy",
    "lawmaker", "mayor", "governor", "councillor", "councilor", "coordinator", "chairman", "chairwoman", "founder",
    "director", "artist", "playwright", "poet", "writer", "musician", "singer", "rapper", "performer", "comedian",
    "historian", "scientist", "physicist", "researcher", "academic", "professor", "teacher", "student", "doctor",
    "priest", "pastor", "believer", "businessman", "businesswoman", "entrepreneur", "pensioner", "veteran",
    "applicant", "lawyer", "attorney", "advocate", "prisoner", "convict", "inmate", "engineer", "athlete",
    "economist", "sociologist", "philosopher", "lecturer", "filmmaker", "actor", "actress", "paediatrician",
    "pediatrician", "physician", "surgeon", "nurse", "cleric", "imam", "monk", "nun", "bishop", "deacon", "volunteer",
    "mathematician", "programmer", "co-founder", "cofounder", "teenager", "teen", "schoolboy", "schoolgirl",
    "laureate", "mother", "father",
    "specialist", "expert", "analyst", "scholar", "chemist", "biologist", "linguist", "psychologist", "designer",
    "translator", "novelist", "cartoonist", "composer", "dancer", "producer", "publisher", "tycoon", "oligarch",
    "billionaire", "banker", "executive", "farmer", "driver", "anarchist", "feminist", "nationalist", "shaman",
    "vlogger", "streamer", "president",
}  # not "the defendant", "the suspect": as often anyone's ("... can be reviewed if the defendant is arrested")
KIN_NOUNS = {"mother", "father"}  # only "the mother of two": a relation to someone else otherwise
# nouns that are one and the same description ("the reporter" for someone introduced as a journalist)
KINDS = [{"journalist", "reporter", "correspondent"}, {"politician", "leader", "opponent", "critic"},
         {"deputy", "lawmaker", "councillor", "councilor"}, {"businessman", "businesswoman", "entrepreneur"},
         {"priest", "pastor", "cleric", "monk", "bishop", "deacon"}, {"prisoner", "convict", "inmate"},
         {"doctor", "physician", "paediatrician", "pediatrician", "surgeon"}, {"activist", "campaigner", "defender"},
         {"founder", "co-founder", "cofounder"}, {"actor", "actress"},
         {"scientist", "physicist", "researcher", "academic", "professor", "specialist", "expert", "scholar",
          "chemist", "biologist", "mathematician"},
         {"businessman", "tycoon", "oligarch", "billionaire", "banker", "executive"},
         {"writer", "poet", "playwright"}, {"singer", "rapper", "musician", "performer"}]
COMMENTER = "commenter"  # introduced_as's mark for a person named as the subject of a verb of comment
# people who take part in someone else's story: never "the journalist" unless introduced as one
SIDE_ROLES = {"judge", "lawyer", "attorney", "advocate", "prosecutor", "investigator", "spokesman", "spokeswoman",
              "spokesperson", "ombudsman", "commissioner", "minister", "president", "presiding", COMMENTER}
DETERMINERS = ("the", "this", "that")
NOMINAL = ("nsubj", "nsubjpass", "dobj", "pobj", "dative")
SENTENCES_BACK = 2
CHAIN_DEPTH = 3  # earlier occurrences of the same description followed back


def person_description(token: Token) -> bool:
    """'the journalist', 'the former deputy', 'the opposition politician', 'the former mayor of Yekaterinburg',
    'the 33-year-old': a singular definite noun of a person's role (or an age) with no owner, 'of' phrase
    (but a place's) or name of its own."""
    if token.dep_ == "appos" or token.dep_ == "compound" and not detached_determiner(token):
        return False  # "<X>, the journalist"
    if token.dep_ == "poss" and not any(c.dep_ == "det" and c.lower_ in DETERMINERS for c in children(token)):
        return False  # "the glass defendant's cage" (but "the journalist's appeal", "the activist's flat")
    if not any(c.dep_ == "det" and c.lower_ in DETERMINERS for c in children(token)) and not detached_determiner(token):
        return False
    if aged(token):
        return True
    if token.lemma_.lower() not in PERSON_NOUNS and token.lower_ not in PERSON_NOUNS:
        return False
    if (token.pos_ != "NOUN" or token.tag_ != "NN") and not (token.pos_ == "ADJ" and detached_determiner(token)) \
            and not (token.tag_ == "NNP" and token.is_lower):
        return False  # ("fined the blogger 30,000 rubles": 'blogger' tagged as an adjective; "the president" as NNP)
    if any(c.dep_ == "poss" or (c.dep_ in ("compound", "nmod", "amod") and c.pos_ == "PROPN" and (
            c.ent_type_ == "PERSON" or c.i == token.i - 1 and c.ent_type_ in ("", "PERSON") and c.is_sent_start)) or (
            c.dep_ == "appos" and c.pos_ == "PROPN") for c in children(token)):
        return False  # ("the Wall Street Journal reporter", "the Nobel laureate" describe; "the Navalny ally" not)
    if any(c.dep_ == "prep" and c.lower_ == "of" and not of_place(c) and not of_count(c) and not of_deed(c)
           for c in children(token)):
        return False
    if token.lemma_.lower() in KIN_NOUNS and not any(of_count(c) for c in children(token) if c.dep_ == "prep"):
        return False  # "the mother of two", never "the father" (whose?)
    return not names_itself(token)


def of_deed(prep: Token) -> bool:
    """'accused the activist of spreading fakes': the verb's 'of', hung on the description."""
    return any(o.dep_ == "pcomp" and o.tag_ == "VBG" for o in children(prep))


def of_count(prep: Token) -> bool:
    """'of two' in 'the mother of two'."""
    return prep.lower_ == "of" and any(o.dep_ == "pobj" and o.like_num for o in children(prep))


def aged(token: Token) -> bool:
    """'the 33-year-old' standing alone as a noun phrase."""
    return token.lower_ == "old" and token.dep_ in NOMINAL and any(
        c.lower_ == "year" and any(n.like_num for n in children(c)) for c in children(token))


def of_place(prep: Token) -> bool:
    """'of Yekaterinburg': a place, which does not make the description someone else's."""
    return all(o.ent_type_ in ("GPE", "LOC") for o in children(prep) if o.dep_ == "pobj") and any(
        o.dep_ == "pobj" for o in children(prep))


def same_noun(a: str, b: str) -> bool:
    return a == b or any(a in kind and b in kind for kind in KINDS)


def introduced_as(root: Token | None) -> set[str]:
    """The role nouns a person's mention carries: 'journalist Maria Ponomarenko', 'Judge Ivanova',
    '<X>, a journalist for ...', 'the journalist, <X>', '<X> is (was) a municipal deputy'."""
    if root is None:
        return set()
    nouns = {c.lemma_.lower() for c in children(root) if c.dep_ in ("compound", "appos")}
    # "Judge Olga Ivanova", "Blogger Ilya Remeslo": the title may hang on the given name, or stand just before
    nouns |= {t.lemma_.lower() for c in children(root) if c.dep_ == "compound"
              for t in c.subtree if t.dep_ == "compound"}
    start = min(t.i for t in root.subtree if t.dep_ in ("compound", "flat") or t.i == root.i)
    before = root.doc[start - 1] if start > 0 else None
    if before is not None and before.pos_ in ("NOUN", "PROPN") and (before.dep_ == "compound" or (
            before.text.istitle() and before.lower_ in PERSON_NOUNS | SIDE_ROLES)):
        nouns.add(before.lemma_.lower())  # ("... and President Vladimir Putin", the title read as a conjunct)
    if root.dep_ in ("appos", "compound") and root.head.pos_ == "NOUN":
        nouns.add(root.head.lemma_.lower())
    if root.dep_ == "nsubj" and root.head.lemma_ == "be":
        nouns |= {c.lemma_.lower() for c in children(root.head) if c.dep_ == "attr" and c.pos_ == "NOUN"}
    if speaks(root):  # "Pavel Chikov said ...": a commentator, not the one a later "the blogger" means
        nouns.add(COMMENTER)
    return nouns


def person_antecedent(antecedents, token: Token, excluded: set[int], depth: int = 0) -> Mention | None:
    """The person a description stands for (see the module docstring), or None. `antecedents` is the
    article's kg.coref.Antecedents; `excluded` the token indices of phrases it may not mean."""
    noun = description_noun(token)
    start = antecedents.sentences_back(token, SENTENCES_BACK)[-1][0]
    earlier = [t for t in token.doc[:token.i] if t.idx >= start and person_description(t)
               and description_noun(t) == noun and antecedents.mention_at(t) is None]
    if earlier and depth < CHAIN_DEPTH:  # "called the journalist a liar. The journalist ...": that one again
        return person_antecedent(antecedents, earlier[-1], excluded, depth + 1)
    if any(unnamed(antecedents, t, noun) for t in token.doc[:token.i] if t.idx >= start):
        return None  # "Yashin said a journalist had been detained. The journalist ...": that unnamed one
    people = [m for m in antecedents.mentions if m.type == "Person" and m.end <= token.idx
              and antecedents.root_index(m) not in excluded]
    intro: dict[str, set[str]] = {}
    for m in people:  # a person introduced once is that person everywhere
        intro[m.entity] = intro.get(m.entity, set()) | introduced_as(antecedents.roots.get(m))
    named = {m.entity: m for m in people if any(same_noun(noun, n) for n in intro[m.entity])}
    if named or noun in SIDE_ROLES:  # "the lawyer" only for one introduced as a lawyer
        return next(iter(named.values())) if len(named) == 1 else None
    near = [m for m in people if m.start >= start and not (intro[m.entity] & SIDE_ROLES)]
    near = [m for m in near if not any(enacted(antecedents, n) for n in people if n.entity == m.entity)]
    found = {m.entity for m in near}
    if not found and noun == "year-old":
        return protagonist(people)
    if len(found) != 1:
        return None
    last = max(near, key=lambda m: m.start)
    return last if last.start < token.sent.start_char else None


GENDERED = {"woman": "f", "man": "m", "mother": "f", "father": "m", "schoolgirl": "f", "schoolboy": "m",
            "businesswoman": "f", "businessman": "m", "actress": "f", "actor": "m", "chairwoman": "f", "nun": "f",
            "monk": "m", "priest": "m"}
LEDE_NOUNS = PERSON_NOUNS | {"man", "woman", "resident", "local", "native", "citizen", "user", "mother"}


def named_next(antecedents, token: Token) -> Mention | None:
    """'... sentenced a former journalist to four years. Dmitry Ivanov was found guilty ...': the one person the
    next sentence names as its subject (see the module docstring), or None."""
    noun = token.lemma_.lower()
    if noun not in LEDE_NOUNS or noun in SIDE_ROLES or token.pos_ != "NOUN" or token.tag_ != "NN" or \
            token.dep_ not in NOMINAL:
        return None
    dets = [c.lower_ for c in children(token) if c.dep_ == "det"]
    if not dets or dets[0] not in ("a", "an", "the") or any(c.dep_ in ("poss", "appos", "relcl", "acl") or (
            c.dep_ == "prep" and c.lower_ == "of" and not of_place(c)) for c in children(token)):
        return None
    sent, people = token.sent, [m for m in antecedents.mentions if m.type == "Person"]
    if any(m.start < sent.end_char for m in people) if dets[0] == "the" else \
            any(sent.start_char <= m.start < sent.end_char for m in people):
        return None  # ("the journalist" after a name is kg.coref_people's person_antecedent)
    if sent.end >= len(token.doc):
        return None
    after = token.doc[sent.end].sent
    named = [m for m in people if after.start_char <= m.start < after.end_char]
    if len({m.entity for m in named}) != 1:
        return None
    first = min(named, key=lambda m: m.start)
    root = antecedents.roots.get(first)
    if root is None or root.dep_ not in ("nsubj", "nsubjpass") or root.head.dep_ != "ROOT" or speaks(root) or \
            introduced_as(root) & SIDE_ROLES:
        return None
    sex = GENDERED.get(noun)
    return None if sex and gender_of(first.text) not in (None, sex) else first


def protagonist(people: list[Mention]) -> Mention | None:
    """'the 67-year-old' with nobody named in the sentences before: the person the article has named most so far
    (at least twice, and more often than anyone else), whose age a report gives."""
    counts = Counter(m.entity for m in people)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return max((m for m in people if m.entity == ranked[0][0]), key=lambda m: m.start)


def enacted(antecedents, mention: Mention) -> bool:
    """'Putin signed the law', 'Zharov issued the order': the author of an act, not the one a later description
    of someone acted on means ('... The court fined the politician')."""
    root = antecedents.roots.get(mention)
    return root is not None and root.dep_ == "nsubj" and root.head.lemma_.lower() in ISSUING_VERBS


# verbs of comment: a person brought in only as their subject speaks about the story, not in it
SPEAKING = {"say", "tell", "state", "note", "add", "write", "explain", "stress", "argue", "believe", "comment",
            "warn", "criticise", "criticize", "condemn", "describe", "estimate", "point", "emphasize", "emphasise"}
# where the one who speaks is a party: "said in court", "told the judge", "said in his final statement"
IN_COURT = {"court", "judge", "trial", "hearing", "statement", "speech", "dock", "jury", "courtroom", "investigator"}


def speaks(root: Token) -> bool:
    """'Pavel Chikov said courts had convicted many people', 'according to Chikov': a person named as the one who
    comments is not the one a later description ('the blogger', 'the activist') is guessed to mean."""
    if root.dep_ == "pobj" and root.head.lower_ == "to" and root.head.head.lower_ == "according":
        return True
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in SPEAKING:
        return False
    if root.head.lemma_.lower() == "write" and any(c.dep_ == "dobj" and c.pos_ == "NOUN" for c in children(root.head)):
        return False  # "wrote an article for Krym.Realii": an author, often the one on trial
    return not any(c.lemma_.lower() in IN_COURT or c.dep_ == "prep" and any(
        o.dep_ == "pobj" and o.lemma_.lower() in IN_COURT for o in children(c)) for c in children(root.head))



def unnamed(antecedents, token: Token, noun: str) -> bool:
    """'a journalist', 'another activist': someone of that kind brought in without a name (not '<X>, a journalist',
    'a journalist, <X>', '<X> is a journalist')."""
    if token.lemma_.lower() != noun or token.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in children(token)):
        return False
    if token.dep_ in ("appos", "attr", "compound") or any(c.dep_ == "appos" for c in children(token)):
        return False
    return antecedents.mention_at(token) is None


def description_noun(token: Token) -> str:
    if aged(token):
        return "year-old"
    return token.lemma_.lower() if token.lemma_.lower() in PERSON_NOUNS else token.lower_
