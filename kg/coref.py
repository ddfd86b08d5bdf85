"""Within-article coreference for relation arguments: pronouns and definite descriptions.

"The internet giant petitioned ..." -> the nearest preceding Organization;
"the court" -> the nearest Court; "he" -> the nearest Person. Only when the
description's head noun fixes the type; the antecedent is found in the nearest
sentence (its own, or one of the two before) that has a compatible mention: its
subject if it has one, else its latest; a sentence with only the same pronoun again
("... found him guilty. In February he was fined") passes on that pronoun's referent;
"he"/"she" skip a name whose Russian form shows the other gender ("Maria", "Ivanova");
with none, nothing (never guessed).
A description whose noun is part of some antecedents' names ("the council" after
"the Presidential Council ...") prefers those; "the investigators" means only a body named so
("the Investigative Committee"), never another. "It"/"its" take the latest subject
of their own or the previous sentence (a description as that subject counts: "The bill was
drafted by ... The Duma approved it"), and only when that one has a wanted type; with no such
subject, the latest mention of a wanted type there. "The bill", "the law", "the package" mean
the bill or law the article has named most so far, never a code; "the provision" the provision named most so
far; "the agency", "the regulator" never a chamber, and, with no candidate in reach, the one such body named
before. Plural anaphors ("both",
"they", "them", "the two bills", "the pair") stand for the entities coordinated in the nearest sentence
that has two of the wanted types or, for laws and rulings, the only two named in reach.
Two bodies whose names hold the noun, named equally often, leave it open unless only one is in reach; "its"
after a pair ("Lawyers at Agora and Memorial said ... Its head") too. A subject that is a body's staff
("Lawyers at Roskomsvoboda said ...") makes that body the salient one. "The measure" is the one law
named just before that the text is about. People's descriptions ("the journalist", "the 33-year-old") are
kg.coref_people's; "the former", "the latter" kg.coref_pairs'.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg.coref_words import (
    ACT_TYPES, CHAIN_DEPTH, CHAMBER_WORDS, DESCRIPTIONS, EXECUTIVE_WORDS, FAR_WORDS, GENERIC_EXECUTIVE,
    ISSUING_VERBS, LAW_WORDS, NAMED_ONLY, NEAR_LAW_WORDS, NAME_STEMS, NEUTER, NEUTER_TYPES, NUMBERS, PERSON_PLURALS,
    PLURAL_NOUNS, PLURAL_PRONOUNS, PRONOUNS, PRONOUN_GENDER, SAME_PRONOUN, SENTENCES_BACK, STAFF_NOUNS, WINDOW,
    KIND_NAMES, PAIR_NOUNS, gender_of, same_kind)
from kg.coref_chain import american, names_itself, pronoun_before, whose_clause_head
from kg.coref_pairs import ordinal_antecedent, ordinal_word
from kg.coref_people import person_antecedent, person_description
from kg.model import Mention


class Antecedents:
    def __init__(self, doc: Doc, mentions: list[Mention], codes=frozenset()):
        self.doc = doc
        self.codes = codes  # entity keys of codes and other standing laws, which a description of a bill never means
        self.mentions = sorted(mentions, key=lambda m: m.start)
        self.roots: dict[Mention, Token | None] = {}  # each mention's head token, found once
        for m in self.mentions:
            span = doc.char_span(m.start, m.end, alignment_mode="expand")
            self.roots[m] = span.root if span is not None else None

    def resolve(self, token: Token, types: set[str], depth: int = 0) -> Mention | None:
        if token.lower_ in NEUTER:
            return self.neuter(token, set(types))
        if ordinal_word(token):  # "the latter", "the former" (kg.coref_pairs)
            return ordinal_antecedent(self, token, set(types))
        if "Person" in types and person_description(token):  # "the journalist", "the 33-year-old" (kg.coref_people)
            return person_antecedent(self, token, own_noun_phrase(token) | apposed_to(token))
        allowed = self.allowed(token)
        if not allowed or not (allowed & set(types)):
            return None
        before = [m for m in self.mentions if m.end <= token.idx and m.type in allowed & set(types)]
        before = [m for m in before if self.root_index(m) not in own_noun_phrase(token) | apposed_to(token)]
        if token.lower_ in EXECUTIVE_WORDS:
            before = [m for m in before if not CHAMBER_WORDS & set(m.text.lower().split())]
        if token.lower_ in PRONOUNS:  # "he" is not "Maria", "she" is not "Ivanov"
            before = [m for m in before if gender_of(m.text) in (None, PRONOUN_GENDER[token.lower_])]
        if token.lower_ in NEAR_LAW_WORDS:
            return self.near_law(token)
        if token.lower_ in LAW_WORDS:
            before = [m for m in before if m.entity not in self.codes and not self.nested(m)]
        if any(c.dep_ == "amod" and c.lower_ == "same" for c in token.children):
            if token.lower_ in KIND_NAMES:  # "the same magistrate": a justice of the peace, not the district court
                before = [m for m in before if any(k in m.text.lower() for k in KIND_NAMES[token.lower_])]
            return before[-1] if before else None  # "the same court": the one named last
        if token.lower_ in LAW_WORDS or token.lower_ in FAR_WORDS:
            if before:  # the bill, law or provision the article has named most so far (the one it is about)
                counts = {m.entity: sum(n.entity == m.entity for n in before) for m in before}
                salient = {m.entity for m in before if self.salient(m)}  # on a tie: one named as a subject
                return max(reversed(before), key=lambda m: (counts[m.entity], m.entity in salient))
        own = token.sent.start_char
        introduced = [m for m in before if token.lower_ not in PRONOUNS and token.lemma_.lower() in self.nouns_of(m)]
        if introduced and not any(m.start >= own for m in before):
            # "Radio Svoboda, the company's Russian service, ... The service's director": the one so called (unless
            # the description's own sentence names a candidate: "Yandex co-founder ... the parent of the group")
            return introduced[-1]
        stem = american(NAME_STEMS.get(token.lower_, token.lower_))  # "the centre" names "... Center"
        named = [m for m in before if token.lower_ not in PRONOUNS
                 and any(american(w).startswith(stem) for w in m.text.lower().split())]
        if named:
            subjects = [m for m in named if token.idx - m.start < WINDOW and self.is_subject(m)]
            if subjects:  # a main clause's subject before one of a clause inside ("that the ECHR awarded"),
                main = [m for m in subjects if self.main_subject(m)]  # also when the window cuts its sentence
                main = main or [m for m in named if m.sentence == subjects[-1].sentence and self.main_subject(m)]
                return (main or subjects)[-1]
            # several bodies whose names hold the noun: the one the article has talked about most so far
            counts = {m.entity: sum(n.entity == m.entity and n.end <= token.idx for n in self.mentions) for m in named}
            best = max(reversed(named), key=lambda m: counts[m.entity])
            tied = [m for m in named if counts[m.entity] == counts[best.entity]]
            start = self.sentences_back(token, SENTENCES_BACK)[-1][0]  # on a tie, the only one named in reach
            near = {m.entity: m for m in tied if m.start >= start} if len({m.entity for m in tied}) > 1 else {}
            if near:  # "Moscow State University and the European University ... the university": either
                return next(iter(near.values())) if len(near) == 1 else None
            return best if len({m.entity for m in tied}) == 1 else None
        if token.lower_ in NAMED_ONLY:
            return None
        for start, end in self.sentences_back(token, SENTENCES_BACK):  # the nearest sentence with a candidate
            here = [m for m in before if start <= m.start < end]
            if here:
                subjects = [m for m in here if self.is_subject(m) and not self.in_relative(m)]
                subjects += [m for m in self.owners_of_subjects(start, token) if m in here and m not in subjects]
                subjects = subjects or [m for m in here if self.is_subject(m)]  # a relative clause's, if no other
                return sorted(subjects or here, key=lambda m: m.start)[-1]
            chained = self.chained(token, start, end, types, depth)
            if chained is not None:
                return chained
        if token.lower_ in GENERIC_EXECUTIVE:  # "the agency" far from its name: the only such body named before
            bodies = {m.entity: m for m in before}
            return next(iter(bodies.values())) if len(bodies) == 1 else None
        return None

    def near_law(self, token: Token) -> Mention | None:
        """'The Duma approved Federal Law No. 272-FZ. The measure bans ...': the one law (not a code) named in
        the description's sentence or the two before, when no other act is named there and the text is about it
        (a subject, or what was signed or passed)."""
        start = self.sentences_back(token, SENTENCES_BACK)[-1][0]
        acts = {m.entity: m for m in self.mentions if start <= m.start and m.end <= token.idx
                and m.type in ACT_TYPES and m.entity not in self.codes and not self.nested(m)
                and self.root_index(m) not in own_noun_phrase(token) | apposed_to(token)}
        found = list(acts.values())  # and one the text talks about: not "blocked it under <law>. ... the measure"
        return found[0] if len(found) == 1 and found[0].type == "Law" and self.salient(found[0]) else None

    def chained(self, token: Token, start: int, end: int, types: set[str], depth: int) -> Mention | None:
        """'Lebedev published ... The judge found him guilty. It was his second penalty. In February he was
        fined': a pronoun whose nearest sentence with a referent only has the same pronoun again takes that
        pronoun's referent; likewise a description after another of the same type ('the newspaper's lawyers ...
        the paper'). A chain of at most CHAIN_DEPTH links."""
        if depth >= CHAIN_DEPTH:
            return None
        span = self.doc.char_span(start, end, alignment_mode="expand") or ()
        if token.lower_ not in PRONOUNS:  # "The newspaper's lawyers rejected it. ... the paper": the same thing
            own = own_noun_phrase(token) | apposed_to(token)
            earlier = [t for t in span if t.i < token.i and t.pos_ == "NOUN" and same_kind(t.lower_, token.lower_)
                       and self.allowed(t) and self.mention_at(t) is None and t.i not in own
                       and not any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in t.children)]
        else:
            earlier = [t for t in span if t.lower_ in SAME_PRONOUN[token.lower_] and t.i < token.i]
        return self.resolve(earlier[-1], types, depth + 1) if earlier else None

    def plural(self, token: Token, types: set[str]) -> list[Mention]:
        """'Both passed the Duma', 'Putin signed them', 'the two bills': the entities coordinated in the nearest
        sentence that has two or more of the wanted types ('A and B'); for laws and rulings, which articles name
        one after another, also the only two named in the window. Anything less clear-cut yields nothing."""
        allowed, count = self.plural_types(token, set(types))
        if not allowed:
            return []
        before = [m for m in self.mentions if m.end <= token.idx and m.type in allowed and not self.nested(m)
                  and m.entity not in self.codes and self.root_index(m) not in own_noun_phrase(token)]
        seen: dict[str, Mention] = {}
        for start, end in self.sentences_back(token, SENTENCES_BACK):
            here = list({m.entity: m for m in before if start <= m.start < end}.values())
            group = self.coordinated(here)
            if len(group) >= 2 and count in (None, len(group)):
                return group
            for m in reversed(here):
                seen.setdefault(m.entity, m)
            if len(seen) >= 2:
                break
        if allowed <= ACT_TYPES and len(seen) == (count or 2):
            return sorted(seen.values(), key=lambda m: m.start)
        if allowed == {"Law"} and token.lower_ not in PLURAL_PRONOUNS and count is None:
            acts = list({m.entity: m for m in before}.values())  # "the bills" of the one package the article names
            return acts[-1:] if len(acts) == 1 else []
        return []

    def plural_types(self, token: Token, types: set[str]) -> tuple[set[str], int | None]:
        word = token.lower_
        if word in PLURAL_PRONOUNS and token.pos_ in ("PRON", "DET"):
            return types, NUMBERS.get(word)
        if token.tag_ == "NNS" and word in PERSON_PLURALS:  # "both women", "the two journalists" (never "the")
            marks = [c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet", "quantmod")]
            if any(w in ("both", *NUMBERS) for w in marks):
                return {"Person"} & types, next((NUMBERS[w] for w in marks if w in NUMBERS), None)
        if token.tag_ == "NN" and word in PAIR_NOUNS and any(c.dep_ == "det" and c.lower_ == "the"
                                                             for c in token.children):
            return {"Person"} & types, 2  # "the pair were sentenced", "the couple"
        if token.tag_ == "NNS" and word in PLURAL_NOUNS:
            marks = [c.lower_ for c in token.children if c.dep_ in ("det", "nummod", "predet", "quantmod")]
            if any(w in ("the", "these", "those", "both", *NUMBERS) for w in marks):
                return PLURAL_NOUNS[word] & types, next((NUMBERS[w] for w in marks if w in NUMBERS), None)
        return set(), None

    def coordinated(self, mentions: list[Mention]) -> list[Mention]:
        """The mentions among these whose heads are conjuncts of one another ('Facebook and Instagram')."""
        heads = {self.root_index(m): m for m in mentions}
        for m in mentions:
            root = self.roots.get(m)
            if root is None:
                continue
            group = [m] + [heads[c.i] for c in root.conjuncts if c.i in heads]
            if len(group) >= 2:  # "A, B and C" misread as A with the apposition "B and C": all three
                listed = [heads[t.i] for g in group for t in (self.roots[g].head, *self.roots[g].children)
                          if t.i in heads and (t.dep_ == "appos" or self.roots[g].dep_ == "appos" and
                                               t.i == self.roots[g].head.i) and heads[t.i] not in group]
                return sorted(dict.fromkeys(group + listed), key=lambda x: x.start)
        return []

    def nested(self, mention: Mention) -> bool:
        """Inside another mention ('the Criminal Code' in 'a bill amending the Criminal Code')."""
        return any(o is not mention and o.start <= mention.start and mention.end <= o.end
                   and (o.start, o.end) != (mention.start, mention.end) for o in self.mentions)

    def sentences_back(self, token: Token, count: int) -> list[tuple[int, int]]:
        """Character ranges of the token's sentence (up to the token) and of the `count` sentences before it."""
        found, sent = [], token.sent
        while sent is not None and len(found) <= count:
            found.append((sent.start_char, min(sent.end_char, token.idx)))
            sent = self.doc[sent.start - 1].sent if sent.start > 0 else None
        return found

    def neuter(self, token: Token, types: set[str]) -> Mention | None:
        """'It amends ...', 'its chief executive': the subject of its own clause when that is a name
        ('<Org>, which completed its purchase'), else the latest subject of this or the previous sentence;
        none when an unnamed thing was brought in between ('may designate a group ..., after which the
        ministry lists it': 'it' is that group)."""
        head = whose_clause_head(token)  # "TV Rain, whose founder launched it": TV Rain
        if head is not None:
            return m if (m := self.mention_at(head)) is not None and m.type in types else None
        found = self.neuter_named(token, types)
        if found is not None and not token.dep_.startswith("nsubj") and token.dep_ != "poss" and any(
                t.i < token.i and t.idx >= found.end and indefinite_thing(t) and self.mention_at(t) is None
                for t in token.sent):
            return None
        return found

    def neuter_named(self, token: Token, types: set[str], back: int = 1, depth: int = 0) -> Mention | None:
        own = self.clause_subject(token)
        if own is not None:
            return own if own.type in types else None
        sent = token.sent
        for _ in range(back):
            if sent.start > 0:
                sent = self.doc[sent.start - 1].sent
        start = sent.start_char
        near = [m for m in self.mentions if start <= m.start and m.end <= token.idx and m.type in NEUTER_TYPES
                and self.root_index(m) not in apposed_to(token)]  # "Radio Svoboda, its Russian service": not itself
        if not token.dep_.startswith("nsubj") and not any(a.lower_ == "according" for a in token.ancestors):
            # "X told providers to block it": an object is not X itself (but "X said ..., according to its spokesman")
            agents = ("nsubj",) if token.dep_ == "poss" else ("nsubj", "nsubjpass")  # "<X> was fined over its posts"
            governing = {c.i for a in token.ancestors for c in a.children if c.dep_ in agents}
            near = [m for m in near if self.root_index(m) not in governing]
            if not near and back == 1:  # "Putin signed <law>. The article punishes ... The Duma had adopted it"
                return self.neuter_named(token, types, back + 1)
        subjects = [m for m in near if self.is_subject(m) and not self.in_relative(m)]
        owners = [m for m in self.owners_of_subjects(start, token) if m in near]
        subjects = sorted({*subjects, *owners}, key=lambda m: m.start) or [
            m for m in near if self.is_subject(m)]  # a relative clause's subject only when no other
        if not token.dep_.startswith("nsubj"):  # "The Duma passed it, the Council approved it": the other actors
            subjects = [m for m in subjects if m.type in types]
        described = self.described_subject(start, token)
        if described is not None and (not subjects or subjects[-1].start < described[0]):
            return described[1] if described[1].type in types else None
        if subjects:
            return subjects[-1] if subjects[-1].type in types else None
        chained = pronoun_before(lambda p, d: self.neuter_named(p, types, depth=d), token, start, depth)
        if chained is not None:  # "The bill was drafted by ... It cleared ... The Council approved it"
            return chained
        fitting = [m for m in near if m.type in types]  # "Putin signed Federal Law No. 32-FZ. It added ..."
        fitting = [m for m in fitting if self.salient(m)] or fitting  # not "... added Article 207.3 to <code>"
        if fitting:  # but "Lawyers at Agora and Memorial said ... Its head": either of the pair
            pair = self.coordinated(list({m.entity: m for m in fitting}.values()))
            return None if fitting[-1] in pair else fitting[-1]
        # "pressure on the broadcaster. The blocking of Radio Svoboda, its Russian service": a description before
        described = [self.resolve(t, types) for t in self.doc[:token.i] if t.idx >= start and t.pos_ == "NOUN"
                     and t.i not in apposed_to(token) and self.mention_at(t) is None and self.allowed(t)]
        described = [m for m in described if m is not None and m.type in types]
        return described[-1] if described else None

    def described_subject(self, start: int, token: Token) -> tuple[int, Mention] | None:
        """'The bill was drafted by ... The Duma approved it': the latest main-clause subject before the pronoun
        that is a description ('the bill', 'the company'), with what it refers to."""
        found = None
        sent = token.sent
        first = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for tok in self.doc[first:token.i]:
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" and tok.idx >= start \
                    and self.mention_at(tok) is None and self.allowed(tok):
                m = self.resolve(tok, NEUTER_TYPES)
                found = (tok.idx, m) if m is not None else found
        return found

    def nouns_of(self, mention: Mention) -> set[str]:
        """The common nouns a name was introduced with: 'Radio Svoboda, the company's Russian service' -> service,
        'the messaging service Telegram' -> service."""
        root = self.roots.get(mention)
        if root is None:
            return set()
        nouns = {c.lemma_.lower() for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"}
        if root.dep_ in ("appos", "compound") and root.head.pos_ == "NOUN":
            nouns.add(root.head.lemma_.lower())
        return nouns

    def salient(self, mention: Mention) -> bool:
        """A law the text talks about, not one it mentions in passing: a subject ('It is Federal Law No. 90-FZ',
        '<law> amends ...') or what was signed or passed ('Putin signed <law>')."""
        root = self.roots.get(mention)
        return root is not None and (root.dep_ in ("nsubj", "nsubjpass", "attr", "ROOT") or (
            root.dep_ == "dobj" and root.head.lemma_.lower() in ISSUING_VERBS))

    def in_relative(self, mention: Mention) -> bool:
        """The subject of a relative clause ('<B>, in which <A> holds a stake'): less salient than the main one."""
        root = self.roots.get(mention)
        if root is None or not root.dep_.startswith("nsubj") or root.head.dep_ != "relcl":
            return False  # a relative word of its own, not 'that' (often a misread "demands that <A> restrict ...")
        return any(t.lower_ in ("which", "who", "whom", "whose") for t in root.head.subtree if t.i < root.i)

    def owners_of_subjects(self, start: int, token: Token) -> list[Mention]:
        """'The board of directors of Ekho Moskvy voted ...', 'Lawyers at Roskomsvoboda said ...': the named body a
        main subject's 'of' phrase (or, for its staff, 'at', 'from' or 'for' phrase) gives."""
        found = []
        for tok in (t for t in self.doc[:token.i] if t.idx >= start):
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT" or self.mention_at(tok):
                continue
            t = tok
            preps = ("of", "at", "from", "for") if tok.lemma_.lower() in STAFF_NOUNS else ("of",)
            for _ in range(3):
                pobj = next((o for p in t.children if p.dep_ == "prep" and p.lower_ in preps
                             for o in p.children if o.dep_ == "pobj"), None)
                if pobj is None:
                    break
                if (m := self.mention_at(pobj)) is not None:
                    if not any(self.mention_at(c) for c in pobj.conjuncts):  # "Lawyers at A and B": either
                        found.append(m)
                    break
                t = pobj
        return found

    def named(self, word: str, types: set[str], offset: int) -> Mention | None:
        """The latest mention before `offset` whose name holds `word` ('council member X' -> '... Council')."""
        found = [m for m in self.mentions if m.end <= offset and m.type in types and word in m.text.lower().split()]
        return found[-1] if found else None

    def clause_subject(self, token: Token) -> Mention | None:
        if token.dep_ != "poss":
            return None
        if token.head.dep_ == "conj" and (first := self.mention_at(token.head.head)):
            return first  # "the Insider and its publisher"
        for verb in (t for t in token.ancestors if t.pos_ in ("VERB", "AUX")):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subject is None and verb.dep_ == "xcomp" and not any(c.dep_ in ("dobj", "dative")
                                                                    for c in verb.head.children):
                continue  # "<X> had begun closing its office": the subject of the verb the clause completes
            if subject is None:
                return None
            if token in subject.subtree:  # "Meta said that its messenger ...": not the phrase it is in
                if verb.dep_ in ("ccomp", "conj"):
                    continue  # the subject of the clause that reports it
                return None
            if subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
                subject = verb.head
            if subject.lower_ in NEUTER:  # "VK said it had completed its purchase": what that 'it' is
                return self.neuter_named(subject, NEUTER_TYPES)
            found = self.mention_at(subject)
            if found is None and subject.pos_ == "NOUN" and self.allowed(subject):
                return self.resolve(subject, NEUTER_TYPES)  # "In its ruling, the court said": what the court is
            return found
        return None

    def mention_at(self, token: Token) -> Mention | None:
        return next((m for m in self.mentions if m.start <= token.idx < m.end and m.type in NEUTER_TYPES), None)

    def is_subject(self, mention: Mention) -> bool:
        """Salience: a mention that is the subject (or main clause head) of its sentence."""
        root = self.roots.get(mention)
        return root is not None and root.dep_ in ("nsubj", "nsubjpass", "ROOT")

    def main_subject(self, mention: Mention) -> bool:
        """'The Constitutional Court ruled that ... the ECHR awarded': the subject of the sentence's own verb."""
        root = self.roots.get(mention)
        if root is None or not root.dep_.startswith("nsubj"):
            return root is not None and root.dep_ == "ROOT"
        head = root.head
        return head.dep_ == "ROOT" or (head.dep_ == "conj" and head.head.dep_ == "ROOT")

    def root_index(self, mention: Mention) -> int:
        root = self.roots.get(mention)
        return root.i if root is not None else -1

    def allowed(self, token: Token) -> set[str] | None:
        word = token.lower_
        if word in PRONOUNS:
            return PRONOUNS[word]
        if token.pos_ == "NOUN" and word in DESCRIPTIONS and not names_itself(token):
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in token.children):
                return DESCRIPTIONS[word]
        return None


def indefinite_thing(token: Token) -> bool:
    """'a foreign group', 'an organization': an unnamed body brought into the text as an object."""
    return token.dep_ in ("dobj", "pobj") and token.tag_ == "NN" and DESCRIPTIONS.get(token.lemma_.lower()) == {
        "Organization"} and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children)


def own_noun_phrase(token: Token) -> set[int]:
    """'<X>, head of <Y>, who represents the company': inside a relative clause, the phrase the clause
    describes (X and all it holds, outside the clause) is not what the clause's objects refer to."""
    clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
    if clause is None:
        return set()
    top = clause.head
    while top.dep_ in ("pobj", "prep", "appos") and top.head.i != top.i:
        top = top.head
    inside = {t.i for t in clause.subtree}
    return {t.i for t in top.subtree} - inside


def apposed_to(token: Token) -> set[int]:
    """'Radio Svoboda, the company's Russian service': a description inside an apposition never means the
    name the apposition describes."""
    t = token  # also "Yandex N.V., the parent company of the group": not Yandex N.V. itself
    while t.dep_ in ("poss", "compound", "amod", "nmod", "det", "pobj", "prep") and t.head.i != t.i:
        t = t.head
    return {t.head.i} if t.dep_ == "appos" else set()
