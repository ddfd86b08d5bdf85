"""Within-article coreference for relation arguments: pronouns and definite descriptions.

"The internet giant petitioned ..." -> the nearest preceding Organization;
"the court" -> the nearest Court; "he" -> the nearest Person. Only when the
description's head noun fixes the type; the antecedent is found in the nearest
sentence (its own, or one of the two before) that has a compatible mention: its
subject if it has one, else its latest; a sentence with only the same pronoun again
("... found him guilty. In February he was fined") passes on that pronoun's referent;
"he"/"she" skip a name whose Russian form shows the other gender ("Maria", "Ivanova");
with none, nothing (never guessed). A subject that is a body's staff ("Lawyers at Roskomsvoboda
said ...") makes that body the salient one.
A description whose noun is part of some antecedents' names ("the council" after
"the Presidential Council ...") prefers those; "the investigators" means only a body named so
("the Investigative Committee"), never another. "The bill", "the law", "the package" mean
the bill or law the article has named most so far, never a code; "the provision" the provision named most so
far; "the agency", "the regulator" never a chamber, and, with no candidate in reach, the one such body named
before. Two bodies whose names hold the noun, named equally often, leave it open unless only one is in reach.
"The measure" is the one law named just before that the text is about.
Elsewhere: "it"/"its" kg.coref_neuter; plural anaphors ("both", "they", "the two bills", "the pair")
kg.coref_plural; people's descriptions ("the journalist", "the 33-year-old") kg.coref_people; "the former",
"the latter" kg.coref_pairs; where mentions stand in the parse kg.coref_mentions (Antecedents' base class);
more organisations' descriptions ("the pollster", "the NGO") and a pair side by side ("Meduza and The Insider ...
the outlet": either, so none) kg.coref_orgs; a name set beside the description, "the higher court", "the watchdog",
"the bill" after an unnamed "a bill", "Strasbourg" and bare "Prosecutors" kg.coref_acts.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Token

from kg.coref_acts import (appeal_hearer, apposed_name, bare_staff, court_of_its_kind, fitting_bodies, other_court,
                           strasbourg, unnamed_act_between)
from kg.coref_chain import american, detached_determiner, names_itself
from kg.coref_mentions import MentionIndex, apposed_to, own_noun_phrase
from kg.coref_neuter import neuter
from kg.coref_orgs import extra_description, paired
from kg.coref_pairs import ordinal_antecedent, ordinal_word
from kg.coref_people import named_next, person_antecedent, person_description
from kg.coref_plural import plural_antecedents
from kg.coref_words import (
    ACT_TYPES, CHAIN_DEPTH, CHAMBER_WORDS, DESCRIPTIONS, EXECUTIVE_WORDS, FAR_WORDS, GENERIC_EXECUTIVE, HOUSES,
    KIND_NAMES, LAW_WORDS, NAMED_BODY_WORDS, NAMED_ONLY, NEAR_LAW_WORDS, NAME_STEMS, NEUTER, PERSON_PLURALS,
    PLURAL_NOUNS, PRONOUN_GENDER, PRONOUNS, SAME_PRONOUN, SENTENCES_BACK, WINDOW, gender_of, house_side, same_kind)
from kg.doc_tables import char_span, children, sentence_of
from kg.model import Mention

# also imported from here by other modules: DESCRIPTIONS (the role and concerns rules), PERSON_PLURALS and
# PLURAL_NOUNS (kg.event_groups), gender_of (kg.event_reach)
__all__ = ["Antecedents", "DESCRIPTIONS", "PERSON_PLURALS", "PLURAL_NOUNS", "gender_of"]


PERSONAL = {"he", "she", "him", "her", "his"}  # the pronouns a person is kept by


class Antecedents(MentionIndex):
    """What a pronoun or description in one article refers to, over the article's mentions (a MentionIndex)."""

    def resolve(self, token: Token, types: set[str], depth: int = 0) -> Mention | None:
        """What `token` refers to among the mentions of a wanted type (asked once per token, types and depth: many
        rules ask about the same subjects and objects, and the answer reads only the parse and the mentions)."""
        key = (token.i, types if isinstance(types, frozenset) else frozenset(types), depth)
        if key not in self.resolved:
            self.resolved[key] = self.find_antecedent(token, types, depth)
        return self.resolved[key]

    def find_antecedent(self, token: Token, types: set[str], depth: int = 0) -> Mention | None:
        if token.lower_ in NEUTER:
            return neuter(self, token, set(types))
        if token.lower_ == "strasbourg":  # "complained to Strasbourg": the article's one ECHR (kg.coref_acts)
            return strasbourg(self, token, set(types))
        if ordinal_word(token):  # "the latter", "the former" (kg.coref_pairs)
            return ordinal_antecedent(self, token, set(types))
        if "Person" in types and person_description(token):  # "the journalist", "the 33-year-old" (kg.coref_people)
            return person_antecedent(self, token, own_noun_phrase(token) | apposed_to(token)) or named_next(self, token)
        if "Person" in types and (lede := named_next(self, token)) is not None:
            return lede  # "sentenced a former journalist ... Dmitry Ivanov was found guilty" (kg.coref_people)
        allowed = self.allowed(token)
        if not allowed or not (allowed & set(types)):
            return None
        if (apposed := apposed_name(self, token, allowed & set(types))) is not None:
            return apposed  # "the higher court, the Supreme Court of Dagestan" (kg.coref_acts)
        if (kind := court_of_its_kind(self, token, allowed & set(types))) is not None:
            return kind  # "the appeals court" after "the Military Court of Appeal" (kg.coref_acts)
        if (hearer := appeal_hearer(self, token, allowed & set(types))) is not None:
            return hearer  # "<court> heard his appeal; the appeal court upheld ..." (kg.coref_acts)
        if other_court(token):  # "appealed to the higher court": not the one that ruled, and no name says which
            return None
        wanted, offset = allowed & set(types), token.idx
        before = [m for m in self.mentions if m.end <= offset and m.type in wanted]
        own = own_noun_phrase(token) | apposed_to(token) if before else set()  # (read once, not once per mention)
        before = [m for m in before if self.root_index(m) not in own]
        before = fitting_bodies(token, before)  # "the watchdog" is no prosecutor's office or ministry
        if token.lower_ in NAMED_BODY_WORDS:  # "the service": a state body only if a name of it says "Service"
            said = {m.entity for m in self.mentions if token.lower_ in m.text.lower().split()}
            before = [m for m in before if m.type not in NAMED_BODY_WORDS[token.lower_] or m.entity in said]
        if token.lower_ in EXECUTIVE_WORDS:
            before = [m for m in before if not CHAMBER_WORDS & set(m.text.lower().split())]
        if (side := house_side(token)) is not None:  # "the upper chamber": the Federation Council, never the Duma
            before = [m for m in before if HOUSES[side] & set(m.text.lower().split())]
        if token.lower_ in PRONOUNS:  # "he" is not "Maria", "she" is not "Ivanov"
            before = [m for m in before if gender_of(m.text) in (None, PRONOUN_GENDER[token.lower_])]
        if token.lower_ in NEAR_LAW_WORDS:
            return self.near_law(token)
        if token.lower_ in LAW_WORDS:
            before = [m for m in before if m.entity not in self.codes and not self.nested(m)]
        if any(c.dep_ == "amod" and c.lower_ == "same" for c in children(token)):
            if token.lower_ in KIND_NAMES:  # "the same magistrate": a justice of the peace, not the district court
                before = [m for m in before if any(k in m.text.lower() for k in KIND_NAMES[token.lower_])]
            if token.lower_ in LAW_WORDS:  # "which the same law added": the law the text talks about, named last,
                talked = [m for m in before if self.salient(m)]  # not one it amended in passing
                before = talked or before
            return before[-1] if before else None  # "the same court": the one named last
        if token.lower_ in LAW_WORDS or token.lower_ in FAR_WORDS:
            if unnamed_act_between(self, token, before):  # "... A bill on fakes was introduced. The bill would"
                return None
            if before:  # the bill, law or provision the article has named most so far (the one it is about)
                counts = Counter(m.entity for m in before)
                salient = {m.entity for m in before if self.salient(m)}  # on a tie: one named as a subject
                return max(reversed(before), key=lambda m: (counts[m.entity], m.entity in salient))
        own = sentence_of(token).start_char
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
                found = (main or subjects)[-1]  # "the Tverskoy court and the Meshchansky court ... the court": either
                return None if paired(self, found, named) else found
            # several bodies whose names hold the noun: the one the article has talked about most so far
            named_before = Counter(n.entity for n in self.mentions if n.end <= token.idx)
            counts = {m.entity: named_before[m.entity] for m in named}
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
                if not subjects and token.lower_ in PERSONAL and (kept := self.kept_subject(token, start, end, types,
                                                                                           depth)) is not None:
                    return kept  # "He led its work on the leak that traced money to <Y>, a friend of <Z>. ... he"
                if not subjects and token.lower_ in PRONOUNS:  # "Police detained <X> ... in support of <Y>. He"
                    subjects = [m for m in here if self.is_object(m)]
                found = sorted(subjects or here, key=lambda m: m.start)[-1]
                return None if paired(self, found, here) else found  # "Meduza and The Insider ... the outlet"
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
        own = own_noun_phrase(token) | apposed_to(token)
        acts = {m.entity: m for m in self.mentions if start <= m.start and m.end <= token.idx
                and m.type in ACT_TYPES and m.entity not in self.codes and not self.nested(m)
                and self.root_index(m) not in own}
        found = list(acts.values())  # and one the text talks about: not "blocked it under <law>. ... the measure"
        return found[0] if len(found) == 1 and found[0].type == "Law" and self.salient(found[0]) else None

    def chained(self, token: Token, start: int, end: int, types: set[str], depth: int) -> Mention | None:
        """'Lebedev published ... The judge found him guilty. It was his second penalty. In February he was
        fined': a pronoun whose nearest sentence with a referent only has the same pronoun again takes that
        pronoun's referent; likewise a description after another of the same type ('the newspaper's lawyers ...
        the paper'). A chain of at most CHAIN_DEPTH links."""
        if depth >= CHAIN_DEPTH:
            return None
        span = char_span(self.doc, start, end) or ()
        if token.lower_ not in PRONOUNS:  # "The newspaper's lawyers rejected it. ... the paper": the same thing
            own = own_noun_phrase(token) | apposed_to(token)
            earlier = [t for t in span if t.i < token.i and t.pos_ == "NOUN" and same_kind(t.lower_, token.lower_)
                       and self.allowed(t) and self.mention_at(t) is None and t.i not in own
                       and not any(c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN" for c in children(t))]
        else:
            earlier = [t for t in span if t.lower_ in SAME_PRONOUN[token.lower_] and t.i < token.i]
        return self.resolve(earlier[-1], types, depth + 1) if earlier else None

    def kept_subject(self, token: Token, start: int, end: int, types: set[str], depth: int) -> Mention | None:
        """The referent of the same pronoun as the main subject of the sentence [start, end): the person the text
        keeps talking about, before anyone named further on in that sentence."""
        if depth >= CHAIN_DEPTH:
            return None
        span = char_span(self.doc, start, end) or ()
        same = [t for t in span if t.lower_ in SAME_PRONOUN[token.lower_] and t.dep_ in ("nsubj", "nsubjpass")
                and t.head.dep_ == "ROOT" and t.i < token.i]
        return self.resolve(same[0], types, depth + 1) if same else None

    def plural(self, token: Token, types: set[str]) -> list[Mention]:
        """The entities a plural anaphor stands for ('both', 'them', 'the two bills'): see kg.coref_plural."""
        return plural_antecedents(self, token, types)

    def allowed(self, token: Token) -> set[str] | None:
        word = token.lower_
        if word in PRONOUNS:
            return PRONOUNS[word]
        if token.pos_ == "NOUN" and word in DESCRIPTIONS and not names_itself(token):
            if any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in children(token)) \
                    or detached_determiner(token) or bare_staff(token):  # "fined the company 906 million rubles"
                return DESCRIPTIONS[word]
        if word == "house" and house_side(token) and any(c.dep_ == "det" and c.lower_ == "the"
                                                         for c in children(token)):
            return {"GovernmentBody"}  # "the upper house" (a house alone is no body)
        return extra_description(token)  # "the pollster", "the NGO" (kg.coref_orgs)
