"""Who acts and who is acted on in an event: trigger lemmas, agents, targets and courts.

kg.events reads a trigger verb's participants through these: the subject or passive 'by' agent, a judge's
court, 'a Moscow district court' named by its qualifiers, the deciding body of 'ordered ... to be blocked';
the object, the person hidden in the object phrase, 'against <X>', 'found her guilty', the noun a relative
clause with its own subject describes ('<X>, a project that the ministry designated a foreign agent'), a description
the parser hangs on a sum or label and the subject of an opening participle (kg.event_described); never a
name that only describes the one acted on ('fined X, the administrator of a Telegram channel').
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.doc_tables import ancestors, char_span, children, sentence_at, sentence_of, words as word_table
from kg.event_charges import (access_targets, described_subject, fined_party, granting_verb, misread_finding,
                              small_clause_targets)
from kg.event_companions import apposed_person, court_earlier_in_sentence
from kg.event_described import detached_objects, fronted_subject, sole_party_before
from kg.event_parses import (COUNSEL, as_was, chained_object, client_of, listed_names, misplaced_subject, outer,
                             reduced_passive)
from kg.event_groups import counted_group, guilty_group, their_group
from kg.event_reach import REVIEWING, STAFF, bare_definite, latest_before, reviewing_only, ruling_issuer, sole_before
from kg.arguments import (PEOPLE_NOUNS, RELATIVE, STATE, Context, among_them, asserted, clause_tokens, conjuncts,
                          counted_list, dateline, dateline_name, examples, is_passive, objects, patients, prep_objects,
                          subjects)

PEOPLE = {"Person", "Organization"}
ARTICLES = {"a", "an", "the"}
ACTING = {"Person", "Organization", "GovernmentBody", "Court"}
LINKING = {"stand", "remain", "stay", "sit"}  # "stands accused", "remains charged", "sits convicted"
JUDGES = {"judge", "magistrate", "justice"}
DECISION_NOUNS = {"ruling", "decision", "verdict", "judgment", "order", "decree", "resolution"}
# what acting on stands for acting on its owner: a home searched, activities suspended
DWELLINGS = {"home", "flat", "apartment", "house"}
OWN_THINGS = {"home", "flat", "apartment", "house", "office", "offices", "premises", "headquarters", "newsroom",
              "studio", "studios", "activity", "activities",
              "operation", "operations", "work", "website", "site", "page", "account", "channel", "blog", "licence",
              "license", "registration", "accreditation", "name"}  # ("her name was entered on the list")

TRIGGERS = {*L.PROCEEDING, *L.RESTRICTION, *L.LEGISLATION, *L.IN_FORCE, *L.PETITION, *L.SPEECH, *L.ORDER, "find"}


def inflections(lemma: str) -> set[str]:
    stem = lemma[:-1] if lemma.endswith("e") else lemma
    forms = {lemma + "s", lemma + "d" if lemma.endswith("e") else lemma + "ed", stem + "ing", lemma + lemma[-1] + "ed",
             lemma + lemma[-1] + "ing"}
    if lemma.endswith("y"):
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    return forms


FORMS = {form: lemma for lemma in sorted(TRIGGERS) for form in inflections(lemma)}


def lemma_of(token: Token) -> str:
    """The trigger lemma, mending the tagger's misses ('fined' -> 'fin')."""
    return trigger_lemmas(token.doc)[token.i]


def trigger_lemmas(doc) -> list[str]:
    """`lemma_of` of every token of the Doc, made once per Doc (rules ask it of every verb, again and again)."""
    words = word_table(doc)
    found = words.memo.get("trigger lemmas")
    if found is None:
        found = words.memo["trigger lemmas"] = [lemma if lemma in TRIGGERS else FORMS.get(lower, lemma)
                                                for lemma, lower in zip(words.lemma, words.lower)]
    return found


def with_trigger(ctx: Context, lemmas) -> list[Token]:
    """The tokens whose trigger lemma (`lemma_of`) is one of `lemmas`, in text order."""
    words = ctx.words
    index = words.memo.get("trigger")
    if index is None:
        index = words.memo["trigger"] = defaultdict(list)
        for i, lemma in enumerate(trigger_lemmas(ctx.doc)):
            index[lemma].append(i)
    return [words.tokens[i] for i in sorted(i for lemma in index.keys() & lemmas for i in index[lemma])]


def only(ctx: Context, kind: str):
    """The first mention of the article's only entity of this type, or None."""
    keys = [k for k, e in ctx.entities.items() if e.type == kind]
    return next((m for m in ctx.mentions if m.entity == keys[0]), None) if len(keys) == 1 else None


def described_court(ctx: Context, noun: Token):
    """'A Moscow district court ordered ...' (a lead naming the court later, or after an earlier full name): the
    one court of the article whose name holds every word that qualifies the noun, and the place of its 'in' phrase
    ('a district court in Penza' is not the Moscow one); None when not exactly one."""
    words = qualifiers(noun)
    if not words:
        return None
    words |= place_words(noun)
    keys = [k for k, e in ctx.entities.items() if e.type == "Court"
            and words <= {singular(w) for w in name_words(ctx, e)}]  # "a military appeals court": "... of Appeal"
    return next((m for m in ctx.mentions if m.entity == keys[0]), None) if len(keys) == 1 else None


def lead_court(ctx: Context, noun: Token):
    """'MOSCOW - A Moscow court sentenced X ...' and then 'The Meshchansky District Court found her guilty ...': an
    indefinite court ('a Moscow court', 'a military court in Moscow') is the court that the next sentence, even in
    the next paragraph, names for the first time as the subject of its asserted main verb, when that court's names
    or city hold every word that qualifies the noun; not a court that only reviews ('The Supreme Court upheld it'),
    nor one named before (that one the article has already brought in); None otherwise."""
    doc, sentence = noun.doc, sentence_of(noun)
    if sentence.end >= len(doc) or not indefinite_noun(noun):
        return None
    following = sentence_at(doc, sentence.end)
    root = following.root
    if root.lemma_.lower() in REVIEWING or not asserted(root):
        return None
    words = qualifiers(noun) | place_words(noun)
    for subject in (c for c in children(root) if c.dep_ == "nsubj"):
        m = ctx.head_mention(subject, {"Court"})
        if m is None or m.type != "Court" or reviewing_only(ctx, m.entity) or any(
                n.entity == m.entity and n.start < following.start_char for n in ctx.mentions):
            continue
        if words <= {singular(w) for w in name_words(ctx, ctx.entities[m.entity])}:
            return m
    return None


def qualifiers(noun: Token) -> set[str]:
    """The words that qualify a court noun between its determiner and it: 'a Moscow district court' -> {'moscow',
    'district'} (not a dateline's 'Oct' that the parser hung on it: 'MOSCOW, Oct 4 - A Moscow court')."""
    det = max((c.i for c in noun.lefts if c.dep_ == "det" or c.lower_ in ARTICLES), default=-1)
    return {singular(c.lower_) for c in noun.lefts if c.dep_ in ("compound", "amod", "nmod") and c.is_alpha and c.i > det}


def indefinite_noun(noun: Token) -> bool:
    """'a Moscow court' (also when a dateline before it makes the parser read the article as a compound)."""
    return any(c.dep_ in ("det", "compound") and c.lower_ in ("a", "an") for c in noun.lefts)


def place_words(noun: Token) -> set[str]:
    """The words of the place in the noun's 'in' phrase: 'a district court in Penza' -> {'penza'}."""
    return {w.lower_ for p in noun.rights if p.dep_ == "prep" and p.lower_ == "in" for o in children(p)
            if o.dep_ == "pobj" and o.pos_ == "PROPN" for w in o.subtree if w.is_alpha and w.is_title}


def elsewhere(ctx: Context, noun: Token, m) -> bool:
    """'a district court in Penza' is not the court of the article that sits in another city."""
    place = place_words(noun)
    return bool(place) and not place <= name_words(ctx, ctx.entities[m.entity])


def singular(word: str) -> str:
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def qualified_indefinite(noun: Token) -> bool:
    """'a Pskov court' after the article has named its one court: a new court unless that court's name or city
    holds the place (a lead's 'A Moscow court ...' before the body names the court is that court)."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in children(noun)) and \
        any(c.dep_ in ("compound", "amod", "nmod") and c.is_alpha and c.is_title for c in noun.lefts)


def name_words(ctx: Context, entity) -> set[str]:
    """The words of a court's names and of the city it sits in (from the lexicon, or its key 'Court:name|city')."""
    entry = ctx.lexicon.entries.get(entity.key[4:]) if ctx.lexicon and entity.key.startswith("lex:") else None
    names = [entity.label, *entity.forms, entity.key.partition("|")[2], (entry.city or "") if entry else ""]
    return {re.sub(r"['’]s$", "", w) for name in names for w in name.lower().replace("-", " ").split()}


def court_of(ctx: Context, person):
    """The court a judge sits on, as one of its mentions (None when unknown)."""
    key = ctx.judges.get(person.entity)
    return next((m for m in ctx.mentions if m.entity == key), None) if key else None


def participle_between(token: Token, verb: Token) -> bool:
    """A participle on a noun stands between the token and the verb ('in the same case, opened by the Investigative
    Committee': that 'by' is the opening's, not the verb's)."""
    head = token.head
    while head.i != verb.i and head.head.i != head.i:
        if head.dep_ == "acl" and head.pos_ in ("VERB", "AUX"):
            return True
        head = head.head
    return False


def counted_members(ctx: Context, mention) -> bool:
    """'sentenced six Jehovah's Witnesses': an organisation's name counted by a number outside it stands for some of
    its members, not for the organisation ('Channel One' holds its number inside)."""
    if mention.type != "Organization":
        return False
    span = char_span(ctx.doc, mention.start, mention.end)
    return span is not None and any(c.dep_ == "nummod" and c.like_num and c.lower_ not in ("1", "one") and
                                    not mention.start <= c.idx < mention.end for t in span for c in children(t))


def targets_of(ctx: Context, verb: Token, types=PEOPLE) -> list:
    """Whom the verb acts on (read_targets), but for some members of a group told by its counted name."""
    return [m for m in read_targets(ctx, verb, types) if not counted_members(ctx, m)]


CHANNELS = {"channel", "page", "account", "blog", "group", "profile", "feed", "community"}


def platform_of_channel(ctx: Context, verb: Token, m) -> bool:
    """'blocked the site's Telegram channel', 'blocked the Telegram channel Baza': the platform only names the kind of
    channel, whose owner (a possessor) or name (an apposition) is the one acted on, not the platform."""
    for obj in (c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CHANNELS):
        platform = [c for c in children(obj) if c.dep_ == "compound" and ctx.at(c) == m]
        if platform and any(c.dep_ in ("poss", "appos") for c in children(obj)):
            return True
    return False


def read_targets(ctx: Context, verb: Token, types=PEOPLE) -> list:
    passive = is_passive(verb)
    found = objects(ctx, verb, ("nsubjpass",) if passive else ("dobj",), types)
    found += [m for m in relative_group(ctx, verb, types) if m not in found]  # "A, B and C, who were convicted"
    for thing in (c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in OWN_THINGS):
        found += [m for m in prep_objects(ctx, thing, ("of",), types) if m not in found]  # "the homes of A and B"
    if not found:  # "All three were convicted": the group a number stands for
        found = [m for c in patients(verb) for m in counted_group(ctx, c, types)]
    if not found and passive and not any(c.dep_ == "nsubjpass" for c in children(verb)):
        found = stray_subject(ctx, verb, types)
    if not found:  # "fined activist Ivan Petrov 30,000 rubles": the person hides in the object phrase
        found = [m for c in children(verb) if c.dep_ in ("dobj", "dative") for m in ctx.within(c, types)
                 if not group_member(ctx, m) and not reason(ctx, m, c)]
    if not found:  # "fined him 30,000 rubles": a pronoun as the indirect object is the one fined; so is a
        found = [m for c in children(verb) if c.dep_ == "dative" and c.pos_ in ("PRON", "NOUN")  # description
                 for m in ctx.head_mentions(c, types)]  # ("designated the group an undesirable organisation")
    if not found and lemma_of(verb) == "fine":  # "fined the company 906 million rubles"
        found = fined_party(ctx, verb, types)
    if not found:  # "fined the tech giant 21 billion rubles", "designated the foundation extremist"
        found = detached_objects(ctx, verb, types)
    if not found and passive:  # "Meta's activities were banned": the one they belong to
        found = [m for c in children(verb) if c.dep_ == "nsubjpass" for m in owner(ctx, c, types)]
    if not found:  # "searched her flat", "suspended the organization's activities": the one they belong to
        acting = {m.entity for m in subjects(ctx, verb, ACTING)}  # "Roskomnadzor blocked its website": not itself
        found = [m for c in children(verb) if c.dep_ == "dobj" for m in owner(ctx, c, types) if m.entity not in acting]
    found += [m for m in prep_objects(ctx, verb, ("against",), types) if m not in found]
    for along in (c for c in children(verb) if c.dep_ in ("prep", "advmod") and c.lower_ in ("along", "together")):
        found += [m for m in prep_objects(ctx, along, ("with",), types) if m not in found]  # "..., along with X"
    if found:  # "A was convicted under Article 282, as was his brother B": the elided clause's subject too
        found += [m for m in as_was(ctx, verb, types) if m not in found]
    for obj in (c for c in children(verb) if c.dep_ == "dobj" or c.dep_ == "nsubjpass" and c.lower_ in L.CLOSED_NOUNS):
        # "opened a case against her", "The case against her was opened under ...", "the charges against him were
        # dropped"
        found += [m for m in prep_objects(ctx, obj, ("against",), types) if m not in found]
    for small in (c for c in children(verb) if c.dep_ in ("ccomp", "xcomp", "oprd", "acomp")):
        if small.lower_ == "guilty" or small.pos_ == "ADJ":  # "found her guilty" parsed as a small clause
            named = subjects(ctx, small, types) or guilty_group(ctx, small, types)  # "found both guilty"
            named = named or [m for c in small.lefts if c.dep_ == "compound" and c.i < small.i
                              for m in [ctx.head_mention(c, types)] if m]  # "found Kara-Murza guilty" (a compound)
            found += [m for m in named if m not in found]
    if not found:  # "found <X>, a video blogger, guilty": the name read as a second subject, 'guilty' on it
        found = [m for c in children(verb) if c.dep_ == "nsubj" and c.i > verb.i and any(
            g.lower_ == "guilty" for g in children(c)) for m in ctx.head_mentions(c, types)]
    if not found and (chained := chained_object(verb)) is not None:  # "declared X extremist, ordered it ..."
        found = ctx.head_mentions(chained, types)
    if not found and lemma_of(verb) in L.RESTRICTION and reduced_passive(verb):  # "A and B, both declared undesirable"
        found = [m for c in children(verb) if c.dep_ == "nsubj" for m in ctx.head_mentions(c, types)]
    if not found and lemma_of(verb) in L.RESTRICTION:  # "declared Meduza a foreign agent", "access to X"
        found = small_clause_targets(ctx, verb, types) or access_targets(ctx, verb, types)
    if not found and verb.dep_ in ("xcomp", "ccomp", "oprd") and lemma_of(verb.head) in L.ORDER:
        # "ordered the messenger to be blocked", "ordered it liquidated", "ordered Meduza's website blocked"
        found = subjects(ctx, verb, types) or objects(ctx, verb.head, ("dobj",), types) or [
            m for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass") for m in owner(ctx, c, types)]
    if not found and ordered_object(verb):  # "ordered all three held in custody": the participle hangs on them
        found = ctx.head_mentions(verb.head, types) or counted_group(ctx, verb.head, types) or owner(ctx, verb.head,
                                                                                                  types)
        if verb.dep_ == "relcl":  # "ordered the journalist X held ...": X read as the subject of a relative clause
            found = found or subjects(ctx, verb, types)
    if not found and verb.dep_ == "acl" and verb.tag_ == "VBN" and not passive:  # "<X>, charged under Article 280,"
        found = ctx.head_mentions(verb.head, types) or owner(ctx, verb.head, types)  # "... and its website blocked"
        found = found or [m for m in examples(ctx, verb.head, types) if m.end <= verb.idx]  # "groups such as A,
        # outlawed by <court>, and B": the examples before the participle
    if not found and verb.tag_ == "VBN" and verb.dep_ in ("acomp", "advcl", "xcomp", "oprd") \
            and verb.head.lemma_.lower() in LINKING:  # "<X> stands accused / remains charged under ...": the subject
        found = subjects(ctx, verb.head, types)
    if not found and passive and verb.dep_ == "pcomp" and verb.head.lower_ in AFTER_BEING \
            and verb.head.head.pos_ in ("VERB", "AUX"):  # "<X> remains in custody after being sentenced to ...":
        found = subjects(ctx, verb.head.head, types)  # the subject of the clause the phrase hangs on
    if not found:  # "<X> became the first person to be prosecuted", "<X>, found guilty of ..., was fined"
        found = described_subject(ctx, verb, types) or misread_finding(ctx, verb, types)
    if not found and verb.dep_ == "conj" and not any(c.dep_ == "nsubjpass" and c.lower_ not in RELATIVE
                                                     for c in children(verb)):
        found = targets_of(ctx, verb.head, types)  # "was detained and charged": the object of the first verb
        # (not "A was detained and her lawyer was charged": the second verb's own patient, even unnamed)
        if not found and passive and verb.head.dep_ == "relcl" and any(
                c.dep_.startswith("nsubj") and c.lower_ in RELATIVE for c in children(verb.head)):
            found = ctx.head_mentions(verb.head.head, types)  # "<X>, a party that is legal in Ukraine but was banned"
    if not found:  # "Charged under Article 280, she faces ...": the main clause's subject
        found = fronted_subject(ctx, verb, types)
    if not found and verb.dep_ == "relcl" and not passive and any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in children(verb)):
        found = ctx.head_mentions(verb.head, types)  # "OVD-Info, a project that the ministry designated ..."
    if not found and "Person" in types:  # "Yashin's lawyers said the court had sentenced their client"
        found = [m for c in children(verb) if c.dep_ in ("dobj", "nsubjpass", "dative") for n in (c, *c.lefts)
                 if n.lemma_.lower() == "client" for m in client_of(ctx, n)]  # (also "fined their client 5,000 rubles")
    if not found and "Person" in types:  # "The judge sentenced him", the one person named sentences before
        found = [m for c in children(verb) if c.dep_ in ("dobj", "nsubjpass", "dative") and c.pos_ in ("PRON", "NOUN")
                 if (m := sole_party_before(ctx, c))] or [  # "opened a case against the teacher"
            m for h in (verb, *(c for c in children(verb) if c.dep_ == "dobj")) for p in children(h)
            if p.dep_ == "prep" and p.lower_ == "against" for o in children(p) if o.dep_ == "pobj"
            if (m := sole_party_before(ctx, o))]
    found = listed_names(ctx, found, types)  # "A, B and C, who were convicted": B and C read as A's apposition
    acting = {m.entity for m in subjects(ctx, verb, ACTING)} if found else set()
    found = list(dict.fromkeys(o for m in found for o in platform_owner(ctx, m, types, acting)))
    listed = among_them(ctx, verb, types) if found else []  # "among them the journalist A": named, not aside
    listed += [m for c in children(verb) if found and c.dep_ == "dobj" and c.tag_ == "NNS"
               for m in counted_list(ctx, c, types)]  # "three sites run by X, A, B and C": the list, not aside
    kept = [m for m in found if (m in listed or not aside(ctx, verb, m)) and not platform_of_channel(ctx, verb, m)]
    if found and not kept:  # "blocked its Telegram channel": the channel's owner, if any, not the platform
        kept = [m for c in children(verb) if c.dep_ in ("dobj", "nsubjpass") and c.lemma_.lower() in CHANNELS
                for m in owner(ctx, c, types)]
    return kept


def owner(ctx: Context, thing: Token, types) -> list:
    """'her flat', 'Meduza's website': the one a thing acted on belongs to."""
    if thing.lemma_.lower() not in OWN_THINGS:
        return []
    found = []
    types = {"Person"} & set(types) if thing.lemma_.lower() in DWELLINGS else types  # homes are people's
    for p in (c for c in children(thing) if c.dep_ == "poss"):
        if p.lower_ == "whose" and (clause := next((a for a in ancestors(p) if a.dep_ == "relcl"), None)):
            p = clause.head  # "<X>, whose home was searched": X's
        found += [outer(ctx, m) for m in ctx.head_mentions(p, types)] or their_group(ctx, p, types)  # "their homes"
    return found


def relative_group(ctx: Context, verb: Token, types) -> list:
    """'A, B and C, who were convicted ...': a relative clause on the last of coordinated names, with a plural verb,
    is about them all."""
    if verb.dep_ != "relcl" or not any(c.dep_ in ("nsubjpass", "nsubj", "dobj") and c.lower_ in RELATIVE
                                       for c in children(verb)):
        return []
    if not (verb.tag_ == "VBP" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("were", "are", "have")
                                      for c in children(verb))):
        return []  # "A and B, who was later fined": the verb says it is about one of them
    first = verb.head
    while first.dep_ == "conj":
        first = first.head
    if first.i == verb.head.i:
        return []
    return [m for t in (first, *conjuncts(first)) for m in ctx.head_mentions(t, types)]


def platform_owner(ctx: Context, m, types, acting=frozenset()) -> list:
    """'blocked the Telegram channel of X', 'X's YouTube account': the platform names the thing acted on; its owner,
    when named, is the one acted on (else the platform stays)."""
    root = ctx.antecedents.roots.get(m)
    thing = root.head if root is not None and root.dep_ == "compound" else root  # "Telegram channel" as one name
    if thing is None or thing.lemma_.lower() not in OWN_THINGS:
        return [m]
    owners = [o for o in owner(ctx, thing, types) + prep_objects(ctx, thing, ("of",), types)
              if o.entity != m.entity and o.entity not in acting]  # never the actor: "blocked its channel"
    return owners or [m]


def shared_passive(verb: Token) -> bool:
    """'<X> was arrested by A and put on the wanted list by B': a participle coordinated with a passive verb,
    with a 'by' phrase of its own, is passive too (its 'by' phrase names its actor, not the first verb's)."""
    return verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and not any(
        c.dep_.startswith("nsubj") for c in children(verb)) and any(
        c.dep_ in ("nsubjpass", "auxpass") for c in children(verb.head)) and any(
        c.dep_ in ("prep", "agent") and c.lower_ == "by" for c in children(verb))


def ordered_object(verb: Token) -> bool:
    """'ordered all three held in custody', 'ordered the site blocked': a participle the parser hangs on the
    object of a verb of ordering (or 'ordered the journalist X held in custody', where it reads 'X held' as a
    relative clause on 'the journalist')."""
    if verb.head.dep_ != "dobj" or lemma_of(verb.head.head) not in L.ORDER:
        return False
    return verb.dep_ == "acl" and verb.tag_ == "VBN" or verb.dep_ == "relcl" and verb.lemma_.lower() in L.CUSTODY_VERBS


AFTER_BEING = {"after", "since", "before", "upon", "despite", "following", "without"}


def stray_subject(ctx: Context, verb: Token, types) -> list:
    """'X, a priest serving in Y, was fined': a long apposition makes the parser hang the subject of a passive
    verb on the participle before it. Only a participle before the verb, whose subject starts the clause."""
    for c in children(verb):
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i:
            subject = next((s for s in children(c) if s.dep_ == "nsubj" and s.i < c.i), None)
            m = ctx.head_mention(subject, types) if subject is not None else None
            if m is not None:
                return [m]
    return []


def agents_of(ctx: Context, verb: Token, types=STATE) -> list:
    """Who acts: the subject, the passive 'by' phrase anywhere in the clause, a judge's court, the
    deciding body of 'ordered ... to be blocked', or 'a (Moscow) court' when the article names one court."""
    passive = is_passive(verb) or shared_passive(verb)
    if not passive and verb.dep_ == "ccomp" and chained_object(verb.head) is not None and any(
            c.i == chained_object(verb.head).i for c in children(verb)):
        return agents_of(ctx, verb.head, types)  # "<court> declared X extremist, ordered it liquidated": the court's
    if passive:
        heads = [p for p in clause_tokens(verb) if (p.dep_ == "agent" or (p.dep_ == "prep" and p.lower_ == "by"))
                 and not participle_between(p, verb)]  # not "placed in custody in a case opened by <X>"
        heads += [c for p in heads for c in conjuncts(p) if c.lower_ == "by"]  # "by A and by B"
        heads = [o for p in heads for o in children(p) if o.dep_ == "pobj"]
        heads += [o for p in children(verb) if p.dep_ == "prep" and p.lower_ in ("since", "under", "following")
                  for o in children(p) if o.dep_ == "pobj" and o.lemma_.lower() in DECISION_NOUNS]  # "banned since
        # a 2003 Supreme Court ruling": the ruling's issuer
    else:
        heads = [c for c in children(verb) if c.dep_ == "nsubj"] or misplaced_subject(verb)
    paired = "respectively" in word_table(verb.doc).index("lower")  # no subtree walk in a text without the word
    if not paired or not any(t.lower_ == "respectively" for t in verb.subtree):  # "A and B blocked ..." (not pairs)
        heads += [c for h in heads for c in conjuncts(h) if c.pos_ in ("PROPN", "NOUN")]
    found = []
    for head in heads:
        if dateline(head):  # "KAZAN, March 3 - A Kazan court fined ...": the dateline read as the subject
            head = dateline_name(head) or head  # (the name may hang on the date: "MOSCOW, March 3 - The court")
        if head.lower_ in ("that", "which") and verb.dep_ == "relcl" and verb.head.lemma_.lower() in DECISION_NOUNS:
            head = verb.head  # "the <court> decision that declared X extremist": the decision acts, as below
        if head.lemma_.lower() in DECISION_NOUNS:  # "Her ruling ordered ...", "the court's decision banned ...":
            head = next((c for c in children(head) if c.dep_ == "poss"), head)  # who decided acts
        m = apposed_person(ctx, head) if "Person" in types else None  # "A deputy of <body>, <X>, asked"
        m = m or ctx.head_mention(head, types | {"Person"}) or ruling_issuer(ctx, head, types)
        if m and m.type == "Person" and "Person" not in types:  # a judge acts for the court
            m = court_of(ctx, m)
        if m is None and head.tag_ == "NNS" and head.lemma_.lower() in ("court", "judge"):
            continue  # "the courts extending her custody": the courts of the country, none the article names
        if m is None and head.lemma_.lower() == "court":
            sole = only(ctx, "Court")
            if sole is not None and (sole.start < head.idx and qualified_indefinite(head) or elsewhere(ctx, head, sole)
                                     or reviewing_only(ctx, sole.entity)):
                sole = None  # "a Pskov court" after the article named its one court: maybe another court
            m = sole or described_court(ctx, head) or lead_court(ctx, head)
            if verb.dep_ == "relcl" and head.i != verb.head.i and any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                                                      for c in children(head)):
                m = None  # "X, which a Moscow court banned in 2021": some court of the background
        if m is None and head.lemma_.lower() in JUDGES:  # "A judge at/from the Savelovsky District Court": the court
            m = next(iter(prep_objects(ctx, head, ("at", "from", "in", "of", "with"), {"Court"} & set(types))), None)
        if m is None and bare_definite(head, ("court", "judge")):
            m = sole_before(ctx, head, "Court") or court_earlier_in_sentence(ctx, head)  # "The judge sentenced him", the one court named sentences before
        if m is None and head.lemma_.lower() in ("court", "judge") and any(c.lower_ == "same" for c in children(head)):
            m = latest_before(ctx, head, "Court")  # "the same court imposed a fine on X": the court named last
        if m is None and head.lemma_.lower() in STAFF:  # "Investigators from the FSB searched ...": their body
            m = next(iter(prep_objects(ctx, head, ("of", "from", "with"), types)), None) or next(
                (n for c in head.lefts if c.dep_ in ("compound", "nmod", "poss") and (n := ctx.at(c)) is not None
                 and n.type in types), None)  # "Police officers searched ...", "FSB agents detained ..."
        if m and m.type in types and m not in found:
            found.append(m)
    if not found and not passive:
        found = swallowed_agents(ctx, verb, types)
    if not found and not passive:
        found = subjects(ctx, verb, types)
    if not found and verb.dep_ in ("xcomp", "ccomp", "oprd") and lemma_of(verb.head) in L.ORDER:
        found = agents_of(ctx, verb.head, types)
    if not found and ordered_object(verb):
        found = agents_of(ctx, verb.head.head, types)
    if not found and (granting := granting_verb(verb)) is not None:  # "granted the suit to liquidate X"
        found = agents_of(ctx, granting, types)
    if not found and verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_.lower() in L.INSTRUMENTAL | L.COMING \
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in children(verb)):
        found = agents_of(ctx, verb.head, types)  # "used the equipment to slow down X", "police came to arrest him"
    if not found and case_participle(verb):  # "opened a criminal case accusing X of ...": who opened the case
        found = agents_of(ctx, verb.head.head, types)
    if not found and adjunct_participle(verb):  # "The Supreme Court went further, declaring X extremist"
        found = subjects(ctx, verb.head, types)
    if not found and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.lemma_.lower() in DECISION_NOUNS:
        # "<court> issued a ruling outlawing X", "the court's decision banning X": who issued the decision acts
        decision = verb.head
        issuer = ruling_issuer(ctx, decision, types)
        if issuer is not None:
            found = [issuer]
        elif decision.dep_ == "dobj" and decision.head.lemma_.lower() in ISSUING:
            found = subjects(ctx, decision.head, types)
    if not found and verb.dep_ == "xcomp" and verb.head.lemma_.lower() in L.ASPECTUAL:
        found = agents_of(ctx, verb.head, types)  # "the agency began slowing down Twitter"
    if not found and verb.dep_ == "conj" and not passive and not any(
            c.dep_.startswith("nsubj") for c in children(verb)):
        sent = verb.sent  # "Investigators from the FSB detained A and searched ...": the first verb's, in this sentence
        found = [m for m in agents_of(ctx, verb.head, types) if sent.start_char <= m.start < sent.end_char]
    return found


ISSUING = L.HANDING_DOWN | {"adopt", "make", "publish"}  # "<court> issued a ruling", "the plenum adopted a ruling"


def adjunct_participle(verb: Token) -> bool:
    """'<court> went further, declaring X extremist': a participle after a comma, with no subject of its own, on an
    active verb, is done by that verb's subject."""
    start = verb.left_edge.i
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and start > 0 and verb.doc[start - 1].text == "," and \
        verb.head.i < verb.i and not any(c.dep_.startswith("nsubj") or c.dep_ == "mark" for c in children(verb)) \
        and not is_passive(verb.head)


def case_participle(verb: Token) -> bool:
    """'<body> opened a criminal case accusing X of fraud': a participle on the case its subject opened or brought."""
    case = verb.head
    return verb.dep_ == "acl" and verb.tag_ == "VBG" and case.lemma_.lower() in L.CASE_NOUNS and \
        case.dep_ == "dobj" and case.head.lemma_.lower() in L.CASE_OPENING


def apposed_subject(subject: Token) -> bool:
    """'..., the assembly of all its judges, adopted': a description set off by a comma, read as the subject though it
    describes the name before it."""
    start = subject.left_edge.i
    return start > 0 and subject.doc[start - 1].text == "," and subject.pos_ == "NOUN"


# members of a chamber, as the subject of what the chamber does ("Deputies passed it"): a word in the chamber's name
MEMBERS = {**dict.fromkeys(["deputies", "lawmakers", "legislators", "mps", "parliamentarians"], "duma"),
           "senators": "council"}


def chamber_of_members(ctx: Context, verb: Token) -> list:
    """'Deputies passed it', 'approved by senators': the chamber the article named last before the verb whose name
    has the members' word ("State Duma", "Federation Council"), for its members acting as a body (a bare plural
    subject, or a 'by' agent, with no name of its own: not 'some deputies', 'opposition lawmakers')."""
    members = [c for c in children(verb) if c.dep_ == "nsubj"] or [
        o for c in children(verb) if c.dep_ == "agent" for o in children(c) if o.dep_ == "pobj"]
    word = MEMBERS.get(members[0].lower_) if len(members) == 1 else None
    if word is None or members[0].tag_ != "NNS" or any(c.dep_ in ("det", "amod", "compound", "nummod", "poss", "prep")
                                                          for c in children(members[0])):
        return []
    named = [m for m in ctx.mentions if m.type == "GovernmentBody" and m.end <= verb.idx
             and word in m.text.lower().split()]
    return named[-1:]


def swallowed_agents(ctx: Context, verb: Token, types) -> list:
    """The swallowed subject (below) of a verb with no subject of its own but, at most, an apposition read as one."""
    if not all(apposed_subject(c) for c in children(verb) if c.dep_.startswith("nsubj")):
        return []
    return swallowed_subject(ctx, verb, types)


def swallowed_subject(ctx: Context, verb: Token, types) -> list:
    """A subject the parser took for something else, right before a verb with no subject of its own: 'in
    February officers of the FSB searched ...' (the date's preposition takes the subject as its object),
    'Rosfinmonitoring, the agency, then put her ...' (the name read as a modifier clause)."""
    for c in (c for c in verb.lefts if c.dep_ in ("prep", "advcl", "npadvmod", "dep")):
        if c.dep_ == "prep":  # the date ends where the subject begins: a date word modifies the object
            noun = next((o for o in children(c) if o.dep_ == "pobj"), None)
            dated = noun is not None and noun.ent_type_ in ("DATE", "TIME")
            hung = [o for o in children(c) if dated and o.i > noun.i and o.dep_ in ("prep", "npadvmod", "dep")
                    and o.pos_ == "NOUN"]
            if hung:  # "On 26 June the plenum of the Supreme Court, the assembly of ..., adopted": the subject hung
                m = ctx.head_mention(hung[0], types)  # on the date's preposition beside the date
                if m is not None and m.type in types:
                    return [m]
            if noun is None or noun.ent_type_ in ("DATE", "TIME") or not any(
                    d.ent_type_ == "DATE" for d in noun.lefts if d.dep_ in ("nmod", "compound", "amod", "nummod")):
                continue
            m = ctx.head_mention(noun, types | {"Person"})
            if m is not None and m.type == "Person" and "Person" not in types:
                m = court_of(ctx, m)  # "On 16 September Judge A of <court> sentenced B": the judge's court
        else:
            m = ctx.at(c)
        if m is not None and m.type in types:
            return [m]
    return []


def courts_of(ctx: Context, verb: Token, agents: list) -> list:
    found = [m for m in agents if m.type == "Court"]
    found += [m for m in prep_objects(ctx, verb, ("in", "at", "by"), {"Court"}) if m not in found]
    return found


NAMING = {"know", "call", "name", "dub"}  # "<noun> known as / called <name>"


def aside(ctx: Context, verb: Token, m) -> bool:
    """'fined X, the administrator of a Telegram channel': a name in the verb's clause inside an apposition, a
    relative clause or the 'of' phrase of a person noun describes the one acted on; it is not acted on itself."""
    root = ctx.antecedents.roots.get(m)
    if root is None or verb not in ancestors(root):
        return False
    while root.i != verb.i:
        if root.dep_ == "appos" and root.head.pos_ == "NOUN" and ctx.at(root.head) is None:
            pass  # "against the journalist Alexander Nevzorov": the name is who the common noun is
        elif root.dep_ == "appos" and dateline(root.head) and getattr(dateline_name(root.head), "i", -1) == root.i:
            pass  # "KALININGRAD, Feb 2 - X was sentenced": the name a dateline's parse hangs on the place
        elif root.dep_ == "acl" and root.lemma_.lower() in NAMING and root.head.pos_ == "NOUN" \
                and ctx.at(root.head) is None:
            pass  # "the subculture known as AUE": the name is who the common noun is
        elif root.dep_ in ("appos", "relcl", "acl") and root.head.i != verb.i:
            return True
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lemma_.lower() in PEOPLE_NOUNS:
            return True
        root = root.head
    return False


def reason(ctx: Context, m, top: Token) -> bool:
    """'fined him 40,000 rubles for a post on VKontakte': a name inside the 'for/over' phrase of the object
    says what the action was for, not who bears it."""
    root = ctx.antecedents.roots.get(m)
    while root is not None and root.i != top.i:
        if root.dep_ == "prep" and root.lower_ in ("for", "over", "about"):
            return True
        root = root.head if root.head.i != root.i else None
    return False


def group_member(ctx: Context, m) -> bool:
    """'a case against Meta employees': the name qualifies the people acted on, it is not acted on itself."""
    root = ctx.antecedents.roots.get(m)
    return root is not None and root.dep_ == "compound" and root.head.lemma_.lower() in PEOPLE_NOUNS


def that_clause_subjects(ctx: Context, verb: Token) -> list:
    """'demanded that Google delete the app', 'asked that both companies remove it': the subject of the
    that-clause is the one asked (an active subject only: 'asked that he be released' names no addressee)."""
    if verb.lemma_.lower() not in L.THAT_ADDRESSEE:
        return []
    found = []
    for clause in (c for c in children(verb) if c.dep_ == "ccomp" and any(m.lower_ == "that" for m in children(c)
                                                                          if m.dep_ == "mark")):
        found += [m for s in children(clause) if s.dep_ == "nsubj" for m in ctx.head_mentions(s)]
    return found


def represented(ctx: Context, verb: Token) -> list:
    """'Lawyers for Memorial filed an appeal', 'Memorial's lawyers sent a complaint': who a lawyer subject acts for is
    the one who asks; 'the defence asked the court to acquit <X>': the one person the request would free."""
    found = [m for s in children(verb) if s.dep_ == "nsubj" and s.lemma_.lower() in COUNSEL
             for o in [*(o for p in children(s) if p.dep_ == "prep" and p.lower_ in ("for", "of") for o in children(p)
                         if o.dep_ == "pobj"), *(p for p in children(s) if p.dep_ == "poss")]
             if (m := ctx.head_mention(o))]
    if found or not any(s.dep_ == "nsubj" and s.lemma_.lower() in ("defence", "defense") for s in children(verb)):
        return found
    freed = {m.entity: m for c in children(verb) if c.dep_ in ("xcomp", "ccomp") for v in (c, *conjuncts(c))
             if v.lemma_.lower() in FREEING for o in children(v) if o.dep_ == "dobj"
             for m in [ctx.head_mention(o, {"Person"})] if m}
    return list(freed.values()) if len(freed) == 1 else []


FREEING = {"acquit", "release", "free", "clear", "exonerate", "discharge"}
