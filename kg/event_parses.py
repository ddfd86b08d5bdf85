"""What a misleading parse hides about an action's participants; kg.event_actors reads these.

  subject moved       "Judge A of <court>, reading out the verdict, found B guilty": the subject hangs on the
                      participle set off by commas; "MOSCOW, Jan 25 - A Moscow court on Thursday sentenced X": a
                      dateline makes the finite verb a relative clause on its subject noun
  listed actions      "<court> declared X an extremist organization, ordered it liquidated and banned ...": the first
                      verb's object is read as the subject of the next verb after the comma
  reduced passive     "A and B, both declared undesirable last July": a participle after a group word read as a verb
                      with the group as its subject
  a list misread     "Gennady German, Roman Gridasov and Alexei Miretsky, who were convicted ...": the parser makes
                      "Roman Gridasov and Alexei Miretsky" an apposition of the first name; all three are meant
  prison, background  "sent X to a penal colony" is a sentence; "had already been fined twice" an earlier case
  as was             "A was convicted under Article 282, as was his brother B": B's clause elides the same action
  lifted until       "Telegram was blocked from 2018 until Roskomnadzor lifted the restrictions": who lifts them imposed
                      them
  the client          "Yashin's lawyers said the court had sentenced their client": the one whose lawyers speak
  a name inside       "its activities" resolved to "Jehovah's Witnesses" inside "the Administrative Center of
                      Jehovah's Witnesses": the longer name's entity
"""

from __future__ import annotations

from spacy.tokens import Token

import re

from kg import event_lexicon as L
from kg.arguments import RELATIVE, Context, with_conjuncts
from kg.doc_tables import children

PEOPLE = {"Person", "Organization"}
GROUP_WORDS = {"both", "all", "each"}
COUNSEL = {"lawyer", "attorney", "advocate", "representative", "counsel", "defence", "defense"}


def misplaced_subject(verb: Token) -> list[Token]:
    """The subject of an active verb the parser hung elsewhere: '<Judge X of <court>>, reading out the verdict, found
    him guilty' (on the participle set off by commas before the verb); 'MOSCOW, Jan 25 - A Moscow court on Thursday
    sentenced X' (a dateline makes the finite verb a relative clause on its subject noun)."""
    for c in verb.lefts:
        if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN"):
            subject = next((s for s in c.lefts if s.dep_ == "nsubj"), None)
            if subject is not None and any(t.text == "," for t in verb.doc[subject.i:c.i]):
                return [subject]
    if verb.dep_ == "relcl" and verb.tag_ == "VBD" and verb.head.i < verb.i and verb.head.pos_ in ("NOUN", "PROPN") \
            and any(c.dep_ == "dobj" for c in children(verb)) and not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") or c.lower_ in RELATIVE for c in children(verb)):
        return [verb.head]
    return []


def reduced_passive(verb: Token) -> bool:
    """'Bellingcat and The Insider, both declared undesirable last July': a participle after a group word, read as
    a verb with the group as its subject, with the label as its complement and no object of its own."""
    return any(c.dep_ == "nsubj" and c.lower_ in GROUP_WORDS for c in children(verb)) and any(
        c.dep_ in ("oprd", "acomp", "xcomp") for c in children(verb)) and not any(
        c.dep_ == "dobj" for c in children(verb))


def chained_object(verb: Token) -> Token | None:
    """'<court> declared X an extremist organization, ordered it liquidated and banned ...': in a list of the
    court's actions the parser makes the first verb's object X the subject of the next verb after the comma; X is
    what the first verb acts on (and the list's verbs share its subject)."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in children(verb)):
        return None
    for c in children(verb):
        if c.dep_ != "ccomp" or c.i < verb.i or c.doc[c.i - 1].text != ",":
            continue
        subject = next((s for s in children(c) if s.dep_ == "nsubj" and s.i < c.i), None)
        between = verb.doc[verb.i + 1:subject.left_edge.i] if subject is not None else None
        if between is not None and all(t.dep_ in ("prep", "pobj", "advmod", "npadvmod") or t.ent_type_ == "DATE"
                                       for t in between):
            return subject
    return None


def client_of(ctx: Context, noun: Token) -> list:
    """'Yashin's lawyers said the court had sentenced their client': the one person whose lawyer the sentence (or the
    one before) names; nothing when it names lawyers of several people."""
    sent = noun.sent
    start = noun.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    found = {}
    for lawyer in (t for t in noun.doc[start:sent.end] if t.lemma_.lower() in COUNSEL and t.i != noun.i):
        owners = [o for o in children(lawyer) if o.dep_ == "poss"] + [
            o for p in children(lawyer) if p.dep_ == "prep" and p.lower_ in ("for", "of") for o in children(p)
            if o.dep_ == "pobj"]
        found.update({m.entity: m for o in owners if (m := ctx.head_mention(o, {"Person"}))})
    return list(found.values()) if len(found) == 1 else []


def outer(ctx: Context, m):
    """'its activities' after 'the Administrative Center of Jehovah's Witnesses': an owner a pronoun resolves to
    inside a longer name is that name's entity."""
    around = [o for o in ctx.mentions if o.start <= m.start and m.end <= o.end and (o.start, o.end) != (m.start, m.end)
              and o.type in PEOPLE]
    return max(around, key=lambda o: o.end - o.start) if around else m


def listed_names(ctx: Context, found: list, types) -> list:
    """The names of a list the parser read as an apposition of its first name ('A, B and C' as A with the
    apposition 'B and C'): a person's apposition that is another person's name, with a name coordinated to it."""
    out = list(found)
    for m in found:
        root = ctx.antecedents.roots.get(m)
        for appos in (c for c in children(root) if c.dep_ == "appos") if root is not None else ():
            named = ctx.at(appos)
            if named is None or named.type != m.type or named.entity == m.entity or not any(
                    c.dep_ == "conj" for c in children(appos)):
                continue
            for t in (appos, *(c for c in children(appos) if c.dep_ == "conj")):
                n = ctx.at(t)
                if n is not None and n.type in types and n not in out:
                    out.append(n)
    return out


def as_was(ctx: Context, verb: Token, types) -> list:
    """The subjects of an elliptic 'as was/were/did X' clause on the verb."""
    return [m for c in children(verb) if c.dep_ == "advcl" and c.lemma_.lower() in ("be", "do")
            and any(x.dep_ == "mark" and x.lower_ == "as" for x in children(c))
            and not any(x.dep_ in ("acomp", "attr", "dobj", "xcomp", "ccomp") for x in children(c))
            for s in children(c) if s.dep_ in ("nsubj", "nsubjpass") for m in with_conjuncts(ctx, s, types)]


LIFTING = {"lift", "remove", "end", "cancel", "revoke", "unblock", "ease"}
RESTRICTION_NOUNS = {"restriction", "block", "blocking", "ban", "limit", "measure"}


def lifted_by(ctx: Context, verb: Token) -> list:
    """'<X> was blocked from 2018 until Roskomnadzor lifted the restrictions': the state body that lifted the
    restriction in the 'until' clause of a passive restriction with no actor is the one that imposed it."""
    found = []
    for clause in (c for c in children(verb) if c.dep_ == "advcl" and c.lemma_.lower() in LIFTING
                   and any(m.dep_ == "mark" and m.lower_ == "until" for m in children(c))):
        lifted = [o for o in children(clause) if o.dep_ == "dobj"]
        if any(o.lemma_.lower() not in RESTRICTION_NOUNS or any(
                p.dep_ == "prep" and p.lower_ in ("on", "against", "of") for p in children(o)) for o in lifted):
            continue  # (not "lifted the ban on VPN advertising": another restriction)
        found += [m for s in children(clause) if s.dep_ == "nsubj"
                  if (m := ctx.head_mention(s, {"GovernmentBody", "Court"})) is not None and m not in found]
    return found


PROSECUTING = re.compile(r"prosecut|investigat|security service|\bfsb\b|police|interior", re.I)  # who charges
BACKGROUND = {"already", "previously", "earlier", "once", "twice", "formerly"}


def earlier_case(verb: Token) -> bool:
    """'She had already been fined twice', 'he was previously convicted': an earlier case, maybe another court's."""
    return any(c.dep_ == "advmod" and c.lower_ in BACKGROUND for c in children(verb))


def background_act(verb: Token, kind: str) -> bool:
    """'She had already been fined twice', 'in 2022 he had been fined': a court action told as the background of
    the story, as an earlier case or, for a verdict or fine, in the pluperfect passive: maybe another court's. (A
    custody told so, "had been placed under house arrest", is an earlier step of the same case.)"""
    return earlier_case(verb) or kind in L.VERDICT_KINDS and any(c.dep_ == "aux" and c.lower_ == "had"
                                                               for c in children(verb)) and any(
        c.dep_ == "auxpass" for c in children(verb))


def imprisoning(verb: Token) -> bool:
    """'sent Gorinov to a penal colony', 'was put behind bars': a custody verb whose phrase names a prison."""
    return verb.lemma_.lower() in ("send", "put") and any(
        c.dep_ == "prep" and c.lower_ in L.PRISON_PREPS and any(
            o.dep_ == "pobj" and (o.lemma_.lower() in L.PRISON_NOUNS or o.lower_ in L.PRISON_NOUNS)
            for o in children(c))
        for c in children(verb))
