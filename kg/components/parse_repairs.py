"""Repairs of parses the small English model gets wrong in a way that hides facts, made before kg reads the Doc.

Each repair moves tokens to the heads a linguist would give them (spaCy's own scheme), under tight conditions, so that
a correct parse is never touched; the tree stays a tree and the tokens stay as they are.

1. An object coordinated after an apposition, hung on the verb as a second verb: "sentenced Sergei Udaltsov, the
   leader of the Left Front, and his associate Leonid Razvozzhayev to four and a half years ... under Part 1 of
   Article 212" ("associate" a 'conj' of "sentenced", with the verb's "to" and "for" phrases). The noun becomes a
   conjunct of the object and the phrases after its name go back to the verb; "of" and "from" phrases stay with the
   noun. Not a noun with a subject, auxiliary or object of its own ("sentenced X, and prosecutors appealed"), nor one
   after the verb's own phrases ("opened a case under <A>, for inciting hatred, and <B>": <B> goes with <A>), nor
   a second amount ("fined <A> 300,000 roubles ..., and its chairman 30,000 roubles").
2. A list of three names read as an apposition: "designated the Anti-Corruption Foundation, the Citizens' Rights
   Protection Foundation and Navalny's headquarters" (the second an 'appos' of the first); the second becomes a
   conjunct. Only a name after a name (or "the Dozhd television channel": a kind of organisation named before it),
   with no comma before the "and" unless the second name has a description of its own ("Lev Ponomarev, the human
   rights defender, Lyudmila Savitskaya, a journalist from Pskov, and Sergei Markelov"), and not a title without an
   article ("Tanya Lokshina, associate Europe and Central Asia director").
3. A name coordinated with the description before it: "convicted Yegor Zhukov, a blogger, and Nikita Uvarov, a
   teenager from Kansk, of ..." ("Uvarov" a 'conj' of "blogger", "teenager" an 'appos' of "Zhukov"). The name becomes
   a conjunct of the first name and takes the descriptions after it; the verb's phrases hung on the description ("to
   two and three years respectively") go back to the verb. Only when the first name is the object or subject of the
   clause ("VK Video, run by VK, the group that ..., and Rutube" is left alone).
4. A participle in a list of three read as an adverbial clause or as a modifier of a date: "The bill was passed by
   the State Duma on 22 March, approved by the Federation Council on 27 March and signed by Putin on 30 March"
   ("approved" an 'advcl' of "passed", or an 'acl' of "March"). It becomes a conjunct of the first (passive) verb, and
   the list is made flat, as the parser makes it when a comma comes before "and". Only a participle with its own
   "by" phrase and a third one after it.
5. A verb read as an adjective of its object after the subject's participial clause: "The Efremov Interdistrict
   Court, presided over by Judge Olga Dobrovolskaya, sentenced Moskalev in absentia" ("sentenced" an 'amod' of
   "Moskalev", the court the root of a sentence without a verb). The verb becomes the root, the court its subject.
   So too after a relative clause, and for an irregular past form the tagger calls an adjective when the model's
   lemmatizer knows it as a verb ("The legislation, which took effect in 2012, rewrote Article 275": "rewrote" a
   'JJ'); its tag, part of speech and lemma become a finite past verb's.
6. A numbered provision read as an adverbial noun of the verb: "The legislation widened Article 276" ("Article" an
   'npadvmod'). It becomes the verb's object when the verb has none.
7. The amount of a fine read as an apposition, and the recipient of a second amount read as a modifier of its number
   (kg.components.parse_repairs_amounts): "fined Alexei Kozlov, a Yabloko activist, and Irina Bayanova, a teacher from
   Moscow, 30,000 roubles each under Article 20.3.3"; "fined OVD-Info 500,000 roubles and Memorial 300,000 roubles";
   a second amount read as a conjunct of the verb ("fined Meta 4 million rubles and Google 3 million rubles").
8. An age standing for a person, read as an adjective of the verdict's adjective: "The court found the 43-year-old
   guilty under Article 20.2" ("old" an 'amod' of "guilty", the article hung on "guilty" too). "old" becomes the
   subject of "guilty", as "him" in "found him guilty", and takes its article. Only an age ("<number>-year-old") on
   "guilty" or "innocent" that a verb takes as its complement.
9. The subject read as the object of a date's preposition: "In April Roskomnadzor blocked Zello", "In April Meduza
   was declared a foreign agent", "On 10 April Roskomnadzor, the communications regulator, blocked Zello"
   ("Roskomnadzor" the 'pobj' of "In", the month a 'compound' of it). The month (with its day) becomes the
   preposition's object and the name the verb's subject (passive when the verb has a passive auxiliary). Only a name
   right after a month or weekday, right before the verb or its auxiliary (or one apposition between commas), in a
   clause without a subject.

10. A plural description after a list of names, hung on a noun before the list: "The site was founded by A and B,
   both members of Pussy Riot" ("members" an 'appos' of "site"). It becomes an apposition of the list's first name,
   as in "A and B, lawyers for <Org>". Only a plural noun right after the comma that closes a list of two or more
   names ending in a conjunct.

11. A media holding read as a participle holding its name: "a deputy director general of the state broadcasting
   holding VGTRK" ("holding" a 'VBG' clause of "broadcasting", "VGTRK" its object). "holding" becomes the noun of the
   phrase, in the place of the noun before it (now its compound, with its article and modifiers), and the name its
   apposition, as in "the independent newspaper Novaya Gazeta". Only "holding" right after a noun, with a capitalised
   name as its only dependant.

12. A "which" clause hung on the person in a participle's "by" phrase: "The package drafted by deputy Irina Yarovaya,
   which the Duma passed in June, ..." ("passed" a relative clause of "Yarovaya"). "Which" never stands for a person:
   the clause goes to the noun the participle describes. Only a clause whose own relative word is "which".

13. A participle set off by a comma after "amendments to <law>", hung on the law: "amendments to the Law on Mass
   Media, signed by Vladimir Putin in November" ("signed" an 'acl' of "Media"). What was signed is the amendments: the
   participle goes to the noun of changing. Only a participle with its own "by" phrase after a comma.

The checks are a pass over the tokens with the labels a repair starts from (found in the Doc's array of labels);
a repair only looks further on a match.
"""

from __future__ import annotations

from collections.abc import Callable

from numpy import flatnonzero, isin
from spacy.attrs import DEP
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.components.parse_repairs_amounts import (AMOUNTS, amount_as_apposition, amount_conj_of_verb, is_amount,
                                                 recipient_of_amount)
from kg.components.typing import ORGANIZATION_WORDS

NOUNS = {"NOUN", "PROPN"}
VERBAL = {"nsubj", "nsubjpass", "aux", "auxpass", "dobj", "csubj", "expl"}
VERB_PHRASES = {"to", "for", "under", "on", "over", "in", "with", "at", "after", "because", "despite"}
ARGUMENTS = {"dobj", "nsubj", "nsubjpass"}  # a name the clause is about, not one inside a modifier
PROVISION_HEADS = {"article", "articles", "part", "parts"}
VERDICT_ADJECTIVES = {"guilty", "innocent"}  # "found the 43-year-old guilty" (repair 8)
WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
DATE_WORDS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"}
DAY_NAMES = DATE_WORDS | WEEKDAYS  # "In April Roskomnadzor ...", "On Tuesday Roskomnadzor ..." (repair 9)


def repair(doc: Doc, past_verb: Callable[[Token], str | None] | None = None) -> Doc:
    """Repair the tree in place; `past_verb(token)` is a word's lemma as a finite past verb when it is one (from
    the model's lemmatizer), for verbs the tagger read as adjectives (repair 5)."""
    for i in labelled(doc, STARTS):
        repair_token(doc[i], past_verb)
    return doc


# the labels a repair starts from: `repair_token` does nothing to a token with another
STARTS = frozenset({"conj", "appos", "advcl", "acl", "amod", "npadvmod", "compound", "relcl"})


def labelled(doc: Doc, labels: frozenset[str]) -> list[int]:
    """The indexes of the tokens whose dependency label is one of `labels`, read from the Doc's array of labels (no
    Token made for the others). A repair relabels the token it starts from, or another one as 'dobj', 'nsubj', 'nmod'
    or 'ROOT', none of which a repair starts from: the list made before the repairs holds every token that has one of
    the labels when the loop comes to it (and `repair_token` reads each label again). Repair 11 also makes a name an
    'appos' and a noun a 'compound': those two are not looked at again."""
    if not len(doc):
        return []
    return flatnonzero(isin(doc.to_array(DEP), [get_string_id(label) for label in labels])).tolist()


def repair_token(token: Token, past_verb: Callable[[Token], str | None] | None = None) -> None:
    """The repairs that start from `token` (one pass of `repair` over the Doc, in order, makes them all)."""
    dep = token.dep_
    if dep == "conj":
        if token.pos_ == "PROPN" and token.head.dep_ == "appos" and token.head.pos_ == "NOUN":
            name_after_description(token)
        elif token.pos_ in NOUNS and token.head.pos_ == "VERB":
            if is_amount(token):
                amount_conj_of_verb(token)
            else:
                object_of_verb(token)
    elif dep == "appos" and token.head.pos_ == "PROPN" and (token.pos_ == "PROPN" or
                                                              token.lower_ in ORGANIZATION_WORDS):
        listed_name(token)
    elif dep == "appos" and token.tag_ == "NNS" and token.head.i < token.i:
        description_after_list(token)
    elif dep in ("advcl", "acl") and token.tag_ == "VBN":
        listed_participle(token)
        if token.dep_ == "acl":
            participle_after_amended(token)
    elif dep == "acl" and token.lower_ == "holding" and token.tag_ == "VBG":
        holding_as_noun(token)
    elif dep == "relcl" and token.head.pos_ == "PROPN" and token.head.dep_ == "pobj":
        which_after_agent(token)
    elif dep == "amod" and token.tag_ in ("VBN", "VBD") and token.head.pos_ in NOUNS:
        verb_read_as_modifier(token)
    elif dep == "amod" and token.lower_ == "old" and token.head.lower_ in VERDICT_ADJECTIVES:
        age_as_modifier(token)
    elif dep == "amod" and token.tag_ == "JJ" and past_verb is not None and token.head.pos_ in NOUNS:
        verb_read_as_adjective(token, past_verb)
    elif dep == "npadvmod" and token.lower_ in PROVISION_HEADS and token.head.pos_ == "VERB":
        provision_as_adverb(token)
    elif dep == "compound" and token.text in DAY_NAMES and token.head.dep_ == "pobj":
        subject_after_date(token)
    if dep == "appos" and is_amount(token):
        amount_as_apposition(token)
    elif dep in ("compound", "amod") and (token.pos_ == "PROPN" or token.pos_ == "ADJ" and token.is_title) \
            and token.head.pos_ in ("NOUN", "NUM"):  # "and Memorial 300,000 rubles", "Memorial" an ADJ
        recipient_of_amount(token)


def object_of_verb(noun: Token) -> None:
    verb = noun.head
    first = next((c for c in verb.children if c.dep_ == "dobj" and c.i < noun.i), None)
    if first is None or first.lower_ in AMOUNTS or any(c.dep_ in VERBAL for c in noun.children):
        return  # "fined <A> 300,000 roubles ..., and its chairman 30,000 roubles": not a conjunct of the amount
    joins = [c for c in verb.children if c.dep_ == "cc" and first.i < c.i < noun.i]
    if not joins or any(c.dep_ in ("prep", "advmod", "npadvmod", "advcl") and first.i < c.i < noun.i
                        for c in verb.children):  # "opened a case under <A>, for inciting hatred, and <B>"
        return
    name_end = max([noun.i, *(c.right_edge.i for c in noun.children if c.dep_ in ("appos", "compound") and c.i > noun.i)])
    back = [c for c in noun.children if c.i > name_end and (c.dep_ == "prep" and c.lower_ in VERB_PHRASES or
                                                            c.lower_ == "each")]
    for c in joins:
        c.head = first
    noun.head = first
    for c in back:
        c.head = verb


def age_as_modifier(age: Token) -> None:
    """'found the 43-year-old guilty': the age is the subject of 'guilty', with its article (repair 8)."""
    verdict = age.head
    if verdict.dep_ not in ("ccomp", "xcomp", "oprd", "acomp") or verdict.head.pos_ != "VERB" or age.i > verdict.i:
        return
    if not any(c.dep_ == "npadvmod" and c.lower_ in ("year", "years") and any(n.dep_ == "nummod" for n in c.children)
               for c in age.children):
        return
    articles = [c for c in verdict.children if c.dep_ == "det" and c.i < age.i]
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verdict.children):
        return
    age.dep_ = "nsubj"
    for c in articles:
        c.head = age


def listed_name(second: Token) -> None:
    """'<Name>, <Name> and <Name>' read as an apposition: the second name is a conjunct."""
    first = second.head
    if first.i > second.i or first.doc[second.left_edge.i - 1].text != ",":
        return
    join = next((c for c in second.children if c.dep_ == "cc" and c.i > second.i), None)
    third = next((c for c in second.children if c.dep_ == "conj" and join is not None and c.i > join.i), None)
    if third is None or third.pos_ not in NOUNS or bare_title(second):
        return
    if second.pos_ != "PROPN" and not (named_kind(second) and (third.pos_ == "PROPN" or has_article(third))):
        return  # "Meta, the Facebook parent company and Instagram owner" describes Meta
    described = any(c.dep_ == "appos" and c.pos_ == "NOUN" and second.i < c.i < join.i for c in second.children)
    if second.doc[join.i - 1].is_punct and not described:  # "Roskomnadzor, the Federal Service for ..., and the FSB"
        return
    second.dep_ = "conj"


def description_after_list(description: Token) -> None:
    """'founded by A and B, both members of <Org>' with "members" on a noun before the list: on A (repair 10)."""
    comma = description.left_edge.i - 1
    if comma < 1 or description.doc[comma].text != ",":
        return
    last = description.doc[comma - 1]
    if last.dep_ != "conj" or last.pos_ != "PROPN":
        return
    first = last
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.pos_ != "PROPN" or first.i <= description.head.i or first.i == last.i:
        return
    description.head = first


def named_kind(noun: Token) -> bool:
    """'the Dozhd television channel': a kind of organisation with its name before it."""
    return has_article(noun) and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def has_article(noun: Token) -> bool:
    return any(c.dep_ in ("det", "poss") for c in noun.children)


def bare_title(name: Token) -> bool:
    """'associate Europe and Central Asia director': a title with no article before it, not a listed name."""
    return not has_article(name) and any(c.dep_ in ("amod", "compound") and c.is_lower for c in name.children)


def name_after_description(name: Token) -> None:
    """'<A>, a blogger, and <B>, a teenager' with <B> a conjunct of "blogger": a conjunct of <A>."""
    description = name.head
    first = description.head
    join = next((c for c in description.children if c.dep_ == "cc" and description.i < c.i < name.i), None)
    if first.pos_ != "PROPN" or first.dep_ not in ARGUMENTS or not first.i < description.i < name.i or join is None:
        return  # "VK Video, run by VK, the group that ..., and Rutube": whose conjunct is not for us to say
    if not name.doc[join.i - 1].is_punct:  # "a blogger and Telegram" is not closed by a comma
        return
    name.head = first
    join.head = first
    for c in [c for c in first.children if c.dep_ == "appos" and c.i > name.i]:
        c.head = name
    verb = first.head
    if first.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB":
        for c in [c for c in description.children if c.dep_ == "prep" and c.i > name.i and c.lower_ in VERB_PHRASES]:
            c.head = verb


def subject_after_date(month: Token) -> None:
    """'In April Roskomnadzor blocked Zello', 'On 10 April Roskomnadzor, the regulator, blocked Zello': the name is
    the verb's subject, the month 'In''s object, with its day (repair 9)."""
    name, prep = month.head, month.head.head
    verb = prep.head
    doc = month.doc
    day = doc[month.i - 1] if month.i > 1 and doc[month.i - 1].like_num and doc[month.i - 1].head.i in (
        name.i, month.i) else None  # "On 10 April <name>": the day hangs on the name or the month
    if name.i != month.i + 1 or name.pos_ != "PROPN" or name.text in DAY_NAMES or prep.dep_ != "prep" \
            or prep.i != month.i - (2 if day is not None else 1) or verb.pos_ not in ("VERB", "AUX") or verb.i < name.i:
        return
    described = [c for c in name.children if c.dep_ == "appos" and c.i > name.i]  # "<name>, the regulator, blocked"
    end = described[0].right_edge.i + 1 if len(described) == 1 else name.i
    if described and (end + 1 >= len(doc) or doc[name.i + 1].text != "," or doc[end].text != ","):
        return
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children) or any(
            (c.dep_ not in ("compound", "punct") or c.i > end) for c in name.children
            if c.i != month.i and c not in described and (day is None or c.i != day.i)):
        return
    after = doc[end + 1] if described else doc[name.i + 1]
    if after.i != verb.i and not (after.head.i == verb.i and after.dep_ in ("aux", "auxpass", "neg", "advmod")):
        return
    if day is not None:
        day.head, day.dep_ = month, "nummod"
    month.head, month.dep_ = prep, "pobj"
    name.head = verb
    name.dep_ = "nsubjpass" if any(c.dep_ == "auxpass" for c in verb.children) else "nsubj"


def listed_participle(participle: Token) -> None:
    """'passed by <A> on <date>, approved by <B> on <date> and signed by <C>': "approved" is a conjunct of "passed"."""
    if not any(c.dep_ == "agent" for c in participle.children) or participle.doc[participle.i - 1].text != ",":
        return
    verb = participle.head
    if participle.dep_ == "acl":  # hung on the date or the agent of the first verb: "on 13 July 2012, approved by"
        if verb.dep_ != "pobj" or not (verb.text in DATE_WORDS or verb.head.dep_ == "agent"):
            return
        verb = verb.head.head
    if verb.tag_ != "VBN" or not any(c.dep_ in ("auxpass", "agent") for c in verb.children):
        return
    if not any(listed(c) for c in participle.children) and not any(listed(c) and c.i > participle.i
                                                                   for c in verb.children):
        return  # no third participle: "approved by the Duma on 22 March, amended by ..." may be a clause of its own
    participle.head = verb
    participle.dep_ = "conj"
    for c in [c for c in participle.children if listed(c) or c.dep_ == "cc"]:  # one list, as the parser makes it
        c.head = verb                                                           # with a comma before "and"


def holding_as_noun(holding: Token) -> None:
    """'the state broadcasting holding VGTRK': "holding" the noun, the name its apposition (repair 11)."""
    noun, kids = holding.head, list(holding.children)
    if noun.i != holding.i - 1 or noun.pos_ != "NOUN" or len(kids) != 1 or kids[0].dep_ != "dobj" \
            or kids[0].pos_ != "PROPN" or not kids[0].is_title and not kids[0].is_upper:
        return
    name = kids[0]
    holding.head, holding.dep_ = noun.head if noun.dep_ != "ROOT" else holding, noun.dep_
    for c in [c for c in noun.children if c.i < noun.i]:
        c.head = holding
    noun.head, noun.dep_ = holding, "compound"
    name.dep_ = "appos"
    holding.tag_, holding.pos_, holding.lemma_ = "NN", "NOUN", "holding"


CHANGES = {"amendment", "amendments", "change", "changes", "addition", "additions"}


def participle_after_amended(participle: Token) -> None:
    """'amendments to the Law on Mass Media, signed by Putin': the participle on "amendments" (repair 13)."""
    doc = participle.doc
    if participle.i == 0 or doc[participle.i - 1].text != "," or not any(c.dep_ == "agent" for c in participle.children):
        return
    noun = participle.head
    for _ in range(4):  # up through the law's name and its prepositions ("to the Law on Mass Media")
        if noun.dep_ not in ("pobj", "prep", "compound") or noun.head.i == noun.i:
            return
        noun = noun.head
        if noun.lower_ in CHANGES and noun.pos_ == "NOUN":
            participle.head = noun
            return


def which_after_agent(clause: Token) -> None:
    """'the package drafted by <Person>, which the Duma passed': the clause on the package (repair 12)."""
    name, agent = clause.head, clause.head.head
    participle = agent.head
    if agent.dep_ != "agent" or participle.dep_ != "acl" or participle.head.pos_ not in NOUNS or \
            not any(c.lower_ == "which" and c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in clause.children) or \
            name.ent_type_ not in ("PERSON", ""):
        return
    clause.head = participle.head


def listed(token: Token) -> bool:
    """A participle with a "by" phrase coordinated in a list ("and signed by Putin"; the tagger may call it VBD)."""
    return token.dep_ == "conj" and token.tag_ in ("VBN", "VBD") and any(c.dep_ == "agent" for c in token.children)


def provision_as_adverb(noun: Token) -> None:
    """'The legislation widened Article 276 of the Criminal Code' with "Article" an adverbial noun of the verb: a
    numbered provision is no adverbial ("last year" is), so it is the verb's object when the verb has none."""
    verb = noun.head
    if noun.i < verb.i or not any(c.dep_ == "nummod" for c in noun.children) or any(
            c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return
    noun.dep_ = "dobj"


def verb_read_as_adjective(word: Token, past_verb: Callable[[Token], str | None]) -> None:
    """'The legislation, which took effect in 2012, rewrote Article 275' with "rewrote" a 'JJ' modifier of "Article":
    when the lemmatizer knows the word as a past verb, repair 5 applies and the word becomes that verb."""
    if word.i == 0 or word.doc[word.i - 1].text != ",":
        return
    lemma = past_verb(word)
    if lemma is not None and verb_read_as_modifier(word):
        word.tag_, word.pos_, word.lemma_ = "VBD", "VERB", lemma
        word.set_morph("Tense=Past|VerbForm=Fin")


def verb_read_as_modifier(verb: Token) -> bool:
    """'The <court>, presided over by Judge <A>, sentenced <B> ...' with "sentenced" an adjective of <B> and the
    court the root of a sentence without a verb: the verb becomes the root, the court its subject, <B> its object."""
    subject = verb.head
    while subject.head.i != subject.i:
        subject = subject.head
    if subject.pos_ not in NOUNS or subject.i > verb.i or verb.doc[verb.i - 1].text != ",":
        return False
    clause = next((c for c in subject.children if c.dep_ in ("acl", "relcl") and c.i < verb.i < c.right_edge.i + 3),
                  None)
    target = verb.head
    if clause is None or target.i < verb.i or any(c.i < verb.i for c in verb.children):
        return False
    verb.head = verb
    verb.dep_ = "ROOT"
    target.head = verb
    target.dep_ = "dobj"
    for c in [c for c in subject.children if c.i > verb.i]:
        c.head = verb
    subject.head = verb
    subject.dep_ = "nsubj"
    return True
