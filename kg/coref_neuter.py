"""'It' and 'its': the body or law a neuter pronoun stands for (called by kg.coref's Antecedents.resolve).

"It"/"its" take the latest subject of their own or the previous sentence (a description as that subject counts:
"The bill was drafted by ... The Duma approved it"), and only when that one has a wanted type; with no such subject,
the latest mention of a wanted type there. "<Org>, which completed its purchase", "TV Rain, whose founder launched
it": the clause's own name. A subject that is a body's staff ("Lawyers at Roskomsvoboda said ...") makes that body
the salient one; "its" after a pair ("Lawyers at Agora and Memorial said ... Its head") is left open, and so is an
object 'it' after an unnamed thing brought in between ("may designate a group ..., after which the ministry lists
it"), and so is a subject 'It' after a sentence whose main subject is a criminal case or an investigation ("The
criminal case, opened under <article> of <code>, ... It concerned ..."). `ants` is the article's
kg.coref.Antecedents.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.coref_chain import pronoun_before, whose_clause_head
from kg.coref_mentions import apposed_to
from kg.coref_words import DESCRIPTIONS, NEUTER, NEUTER_TYPES
from kg.doc_tables import ancestors, children, dateline, sentence_at, sentence_of, words
from kg.event_lexicon import CASE_NOUNS
from kg.model import Mention

# what a parliament or president does to a bill or law, never to a standing code
ENACTING = {"pass", "adopt", "approve", "sign", "enact", "endorse"}


def neuter(ants, token: Token, types: set[str]) -> Mention | None:
    """'It amends ...', 'its chief executive': the subject of its own clause when that is a name
    ('<Org>, which completed its purchase'), else the latest subject of this or the previous sentence;
    none when an unnamed thing was brought in between ('may designate a group ..., after which the
    ministry lists it': 'it' is that group)."""
    head = whose_clause_head(token)  # "TV Rain, whose founder launched it": TV Rain
    if head is not None:
        return m if (m := ants.mention_at(head)) is not None and m.type in types else None
    found = neuter_named(ants, token, types)
    if found is not None and not subject_pronoun(token) and token.dep_ != "poss" and any(
            t.i < token.i and t.idx >= found.end and indefinite_thing(t) and ants.mention_at(t) is None
            for t in sentence_of(token)):
        return None
    return found


def neuter_named(ants, token: Token, types: set[str], back: int = 1, depth: int = 0, own_clause: bool = True
                 ) -> Mention | None:
    """What the pronoun stands for (see `neuter`); with `own_clause` false, never the subject of its own clause
    ('<court> rejected its appeal': not the court)."""
    own = clause_subject(ants, token) if own_clause else None
    if not own_clause and (outer := outer_subject(ants, token)) is not None and outer.type in types:
        return outer  # "<X> is waiting for <court> to hear its appeal": X
    if own is UNNAMED:
        return None
    if own is not None:
        return own if own.type in types else None
    sent = sentence_of(token)
    for _ in range(back):
        if sent.start > 0:
            sent = sentence_at(ants.doc, sent.start - 1)
    start = sent.start_char
    apposed, offset = apposed_to(token), token.idx
    near = [m for m in ants.mentions if start <= m.start and m.end <= offset and m.type in NEUTER_TYPES
            and ants.root_index(m) not in apposed]  # "Radio Svoboda, its Russian service": not itself
    if token.dep_ in ("dobj", "nsubjpass") and token.head.lemma_.lower() in ENACTING:
        near = [m for m in near if m.entity not in ants.codes]  # "... placed in the Code. The Duma passed it": a bill
    if not subject_pronoun(token) and not any(a.lower_ == "according" for a in ancestors(token)):
        # "X told providers to block it": an object is not X itself (but "X said ..., according to its spokesman")
        agents = ("nsubj",) if token.dep_ == "poss" else ("nsubj", "nsubjpass")  # "<X> was fined over its posts"
        governing = {c.i for a in ancestors(token) for c in children(a) if c.dep_ in agents}
        near = [m for m in near if ants.root_index(m) not in governing]
        if not near and back == 1:  # "Putin signed <law>. The article punishes ... The Duma had adopted it"
            return neuter_named(ants, token, types, back + 1)
    subjects = [m for m in near if ants.is_subject(m) and not ants.in_relative(m)]
    owners = [m for m in ants.owners_of_subjects(start, token) if m in near]
    subjects = sorted({*subjects, *owners}, key=lambda m: m.start) or [
        m for m in near if ants.is_subject(m) and m.type in types]  # a relative clause's subject only when no other
    if not subject_pronoun(token):  # "The Duma passed it, the Council approved it": the other actors
        subjects = [m for m in subjects if m.type in types]
    described = described_subject(ants, start, token)
    if described is not None and (not subjects or subjects[-1].start < described[0]):
        return described[1] if described[1].type in types else None
    if subjects:
        return subjects[-1] if subjects[-1].type in types else None
    chained = pronoun_before(lambda p, d: neuter_named(ants, p, types, depth=d), token, start, depth)
    if chained is not None:  # "The bill was drafted by ... It cleared ... The Council approved it"
        return chained
    if subject_pronoun(token) and case_subject(ants, sent):
        return None  # "The criminal case, handled by <body> under <article>, ... It concerned ...": the case
    fitting = [m for m in near if m.type in types]  # "Putin signed Federal Law No. 32-FZ. It added ..."
    fitting = [m for m in fitting if not ants.nested(m)] or fitting  # "the Duma's Committee on X. Its chair": no Duma
    fitting = [m for m in fitting if not modifies(ants, m, fitting)] or fitting  # "a bill amending <law>": the bill
    fitting = [m for m in fitting if ants.salient(m)] or fitting  # not "... added Article 207.3 to <code>"
    if fitting:  # but "Lawyers at Agora and Memorial said ... Its head": either of the pair
        pair = ants.coordinated(list({m.entity: m for m in fitting}.values()))
        return None if fitting[-1] in pair else fitting[-1]
    # "pressure on the broadcaster. The blocking of Radio Svoboda, its Russian service": a description before
    described = [ants.resolve(t, types) for t in ants.doc[sent.start:token.i] if t.pos_ == "NOUN"  # from `start` on
                 and t.i not in apposed and ants.mention_at(t) is None and ants.allowed(t)]
    described = [m for m in described if m is not None and m.type in types]
    return described[-1] if described else None


def subject_pronoun(token: Token) -> bool:
    """The pronoun is the subject of its clause. In a clause without a verb of its own ("the Prosecutor General's
    Office declared it undesirable", "... declared it an 'undesirable' organisation") the parser makes it the subject
    of the adjective or noun, but it is the verb's object: never the verb's own subject."""
    if not token.dep_.startswith("nsubj"):
        return False
    head = token.head
    return not (token.dep_ == "nsubj" and head.dep_ in ("ccomp", "xcomp", "oprd")
                and head.pos_ in ("NOUN", "ADJ", "PROPN")
                and not any(c.dep_ in ("cop", "aux", "auxpass") for c in children(head)))


def outer_subject(ants, token: Token) -> Mention | None:
    """'<X> is waiting for <court> to hear its appeal': a possessive in a subordinate clause with a subject of its
    own, taken as the subject's of the clause above (the one that clause hangs on)."""
    if token.dep_ != "poss":
        return None
    verbs = [t for t in ancestors(token) if t.pos_ in ("VERB", "AUX")]
    for i, verb in enumerate(verbs):
        if any(c.dep_ == "nsubj" for c in children(verb)):
            if verb.dep_ not in ("advcl", "ccomp", "xcomp") or i + 1 >= len(verbs):
                return None
            above = next((c for v in verbs[i + 1:] for c in children(v) if c.dep_ == "nsubj"), None)
            return ants.mention_at(above) if above is not None else None
    return None


def modifies(ants, mention: Mention, others: list[Mention]) -> bool:
    """The mention stands in the phrase of another one ('<law>' in 'a bill amending <law>', '<code>' in '<law>, which
    added an article to <code>'): the phrase's head is what the text goes on about."""
    root = ants.roots.get(mention)
    heads = {ants.root_index(o) for o in others if o is not mention}
    if root is None:
        return False
    below = root  # the word just under each ancestor: a conjunct or an apposition is the other's equal, no modifier
    for a in ancestors(root):
        if below.dep_ in ("conj", "appos"):
            return False
        if a.i in heads:
            return True
        below = a
    return False


def case_subject(ants, sent) -> bool:
    """The sentence's main subject is a criminal case or an investigation, which no name stands for."""
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.lower_ in CASE_NOUNS
               and ants.mention_at(t) is None for t in sent)


def described_subject(ants, start: int, token: Token) -> tuple[int, Mention] | None:
    """'The bill was drafted by ... The Duma approved it': the latest main-clause subject before the pronoun
    that is a description ('the bill', 'the company'), with what it refers to."""
    found = None
    sent = sentence_of(token)
    first = sentence_at(ants.doc, sent.start - 1).start if sent.start > 0 else sent.start
    for tok in words(ants.doc).tokens[first:token.i]:
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.dep_ == "ROOT" and tok.idx >= start \
                and ants.mention_at(tok) is None and ants.allowed(tok):
            m = ants.resolve(tok, NEUTER_TYPES)
            found = (tok.idx, m) if m is not None else found
    return found


def clause_subject(ants, token: Token) -> Mention | None:
    if token.dep_ != "poss":
        return None
    if token.head.dep_ == "conj" and (first := ants.mention_at(token.head.head)):
        return first  # "the Insider and its publisher"
    if (gapped := gapped_object(ants, token)) is not None:
        return gapped  # "fined Memorial 500,000 rubles, and its chairman 100,000 rubles": Memorial
    for verb in (t for t in ancestors(token) if t.pos_ in ("VERB", "AUX")):
        subject = next((c for c in children(verb) if c.dep_ == "nsubj" and not dateline(c)), None)  # "MOSCOW, July
        # 5 — Apple has removed apps from its App Store": the parser makes the dateline a second subject
        if subject is None and verb.dep_ == "relcl":  # "The endowment, which has been led by its president": the
            subject = next((c for c in children(verb) if c.dep_ == "nsubjpass" and c.lower_ in ("which", "that")), None)
        if subject is None and verb.dep_ == "xcomp" and not any(c.dep_ in ("dobj", "dative")
                                                                for c in children(verb.head)):
            continue  # "<X> had begun closing its office": the subject of the verb the clause completes
        if subject is None:
            return None
        if token in subject.subtree:  # "Meta said that its messenger ...": not the phrase it is in
            if verb.dep_ in ("ccomp", "conj"):
                continue  # the subject of the clause that reports it
            return None
        relative = subject.lower_ in ("which", "that") and verb.dep_ == "relcl"
        passive_relative = relative and subject.dep_ == "nsubjpass"
        if relative:
            subject = verb.head
        if subject.lower_ in NEUTER:  # "VK said it had completed its purchase": what that 'it' is
            return neuter_named(ants, subject, NEUTER_TYPES)
        found = ants.mention_at(subject)
        if found is None and subject.pos_ == "NOUN" and ants.allowed(subject):
            found = ants.resolve(subject, NEUTER_TYPES)  # "In its ruling, the court said": what the court is
        if found is None and passive_relative and subject.pos_ == "NOUN":
            return UNNAMED  # "The endowment, which has been led by its president": the endowment, whatever it is
        return found
    return None


UNNAMED = object()  # clause_subject: the owner is a thing the text describes but does not name


def gapped_object(ants, token: Token) -> Mention | None:
    """'<court> fined <X> ..., and its <title> <Y> ...': a possessed noun the parser made a conjunct of the verb
    itself (a clause with its verb left out) stands beside the verb's object, so 'its' is that object's."""
    noun = token.head
    while noun.dep_ in ("amod", "compound") and noun.head.pos_ in ("NOUN", "PROPN"):
        noun = noun.head  # "its co-chair <Name>": the title's words are the name's modifiers
    verb = noun.head
    if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or verb.pos_ != "VERB":
        return None
    for obj in (c for c in children(verb) if c.dep_ in ("dobj", "dative") and c.i < noun.i):
        for tok in (obj, *(c for c in children(obj) if c.dep_ in ("nmod", "compound"))):
            if (m := ants.mention_at(tok)) is not None and m.type in NEUTER_TYPES:
                return m
    return None


def indefinite_thing(token: Token) -> bool:
    """'a foreign group', 'an organization': an unnamed body brought into the text as an object."""
    return token.dep_ in ("dobj", "pobj") and token.tag_ == "NN" and DESCRIPTIONS.get(token.lemma_.lower()) == {
        "Organization"} and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(token))
