"""Who is charged or sanctioned when the parse hides them: shapes of charge and sanction reports that the verb's
own subject and object miss (kg.event_actors and kg.event_received ask these).

  small clause     "The Justice Ministry declared Meduza a foreign agent": the parser reads "Meduza a foreign agent"
                   as a clause of its own; its subject is the one designated
  first to be      "<X> became the first person to be prosecuted under ...", "<X> was the first to be fined under
                   ...", "<X>, the first person jailed under the law ...": a passive participle on a noun that is
                   said of X (by a copula or an apposition) is about X
  access to        "Access to <X> was restricted by <body>": the one whose access is restricted is blocked
  misread finding  "<X>, found guilty of ..., was fined": the parser makes X the subject of 'found'; with no object
                   and 'guilty' as its complement, X is the one found guilty
  granted suit     "<court> granted the ministry's lawsuit to liquidate <X>": the court that grants the suit does
                   what the suit asks for
  if convicted     "<X> faces up to ten years if convicted of ... under <provision>": the provision X is tried under
  register told    "The register has grown to include <X>, listed in July 2014", "<Y> was listed in January": a
  before           listing whose clause names no label is on the register the article named with its label before
                   ("added Dynasty to its register of ... foreign agents"), when this or the sentence before speaks of
                   a register or list
  court's ruling   "Roskomnadzor restricted access to <X> on the basis of a ruling by <court>": the court that ordered
                   the blocking (ban, designation) sanctioned X as well
  fined a noun     "fined the company 906 million rubles": the parser makes the one fined an indirect object or a
                   modifier of the sum; a common noun there stands for the entity it refers back to
"""

from __future__ import annotations

from spacy.tokens import Token

import re

from kg import event_lexicon as L
from kg.arguments import Context, legal_bases, prep_objects, subjects
from kg.coref_words import DESCRIPTIONS
from kg.doc_tables import children

COPULAS = {"be", "become", "remain"}
# nouns a participle hangs on when the report says someone was "the first (person) to be ..."
DESCRIBING = {"person", "first", "one", "man", "woman", "journalist", "activist", "blogger", "citizen", "resident",
              "artist", "politician", "lawyer", "priest", "member", "organisation", "organization", "outlet",
              "company", "group", "media", "defendant"}
# what a court's conviction is conditional on: "if convicted", "if found guilty", "if the court finds him guilty"
CONVICTING = {"convict", "find", "sentence", "prosecute", "try"}


def small_clause_targets(ctx: Context, verb: Token, types) -> list:
    """'declared Meduza a foreign agent', 'declared the centre an undesirable organisation': the subject of the
    noun the parser makes a clause of the verb."""
    found = [m for c in children(verb) if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ == "NOUN"
             for m in subjects(ctx, c, types)]
    if not found:  # "declared FBK and Navalny's regional headquarters extremist": the names swallowed by the label
        found = [m for c in children(verb) if c.dep_ in ("ccomp", "xcomp", "oprd") and LABEL.search(c.lower_)
                 and not any(x.dep_.startswith("nsubj") for x in children(c))
                 for m in ctx.within(c, types) if m.end <= c.idx]
    return found


LABEL = re.compile(r"^(?:extremist|terrorist|undesirable|agents?)$")


def fined_party(ctx: Context, verb: Token, types) -> list:
    """'fined the company 906 million rubles', 'fined the platform 3 million rubles': the indirect object, or the
    noun the parser hangs on the sum before its number, is the one fined (resolved through coreference)."""
    found = []
    for c in children(verb):
        if c.dep_ == "dative":
            found += [m for m in ctx.head_mentions(c, types) if m not in found]
        elif c.dep_ == "dobj" and any(n.dep_ in ("nummod", "quantmod") for n in children(c)):
            nouns = [n for n in c.lefts if n.dep_ in ("nmod", "compound", "npadvmod") and n.pos_ in ("NOUN", "PRON")
                     and n.i < min(x.i for x in children(c) if x.dep_ in ("nummod", "quantmod"))]
            found += [m for n in nouns for m in ctx.head_mentions(n, types) or detached_definite(ctx, n, types)
                      if m not in found]
    return found


def detached_definite(ctx: Context, noun: Token, types) -> list:
    """'the company' whose 'the' the parser gave to the sum ('the company 906 million rubles'): the latest entity
    of a kind the noun can describe, named in this or the two sentences before."""
    kinds = DESCRIPTIONS.get(noun.lower_, set()) & set(types)
    if not kinds or noun.i == 0 or noun.doc[noun.i - 1].lower_ not in ("the", "this"):
        return []
    start = ctx.antecedents.sentences_back(noun, 2)[-1][0]
    before = [m for m in ctx.mentions if start <= m.start and m.end <= noun.idx and m.type in kinds
              and not ctx.antecedents.nested(m)]
    return before[-1:]


def described_subject(ctx: Context, verb: Token, types) -> list:
    """'<X> became the first person to be prosecuted under ...', '<X>, the first person jailed under ...': the one a
    passive participle's noun is said of. Only passive participles: '<X> is the judge who convicted Y' is not."""
    if verb.dep_ not in ("relcl", "acl") or not passive_participle(verb):
        return []
    noun = verb.head
    if noun.lemma_.lower() not in DESCRIBING:
        return []
    if noun.dep_ in ("attr", "acomp") and noun.head.lemma_.lower() in COPULAS:
        return [m for s in children(noun.head) if s.dep_ == "nsubj" for m in ctx.head_mentions(s, types)]
    if noun.dep_ == "appos":
        m = ctx.head_mention(noun.head, types)
        return [m] if m else []
    return []


def describing(verb: Token) -> bool:
    """'<X>, the first person jailed under the law': a participle that tells who someone is, background to the
    article's own court (which need not be the one that jailed them)."""
    return verb.dep_ in ("relcl", "acl") and verb.head.lemma_.lower() in DESCRIBING and passive_participle(verb) \
        and (verb.head.dep_ == "appos" or verb.head.dep_ in ("attr", "acomp") and verb.head.head.lemma_.lower()
             in COPULAS)


def passive_participle(verb: Token) -> bool:
    """'(to be) prosecuted', 'jailed under': a passive verb, or a past participle with no subject of its own."""
    if any(c.dep_ == "auxpass" for c in children(verb)):
        return True
    return verb.tag_ == "VBN" and not any(c.dep_.startswith("nsubj") or c.dep_ == "aux" for c in children(verb))


def access_targets(ctx: Context, verb: Token, types) -> list:
    """'Access to <X> was restricted', 'restricted access to the site of <X>': the one access to is cut."""
    found = []
    for access in (c for c in children(verb) if c.dep_ in ("nsubjpass", "dobj") and c.lemma_.lower() == "access"):
        found += [m for m in prep_objects(ctx, access, ("to",), types) + sites_named_after(ctx, access, types)
                  if m not in found]
    return found


# what a blocking cuts access to, named by a common noun before the names: "the news sites A, B and C"
SITE_NOUNS = {"site", "website", "outlet", "page", "blog", "channel", "service", "resource", "platform", "app",
              "messenger", "network", "portal", "account", "medium"}
CLAUSE_WORDS = {"which", "who", "that", "because", "after", "since", "while", "but", "for", "over", "citing", ";",
                "on", "in", "at", "from", "via", "through", "under"}  # (not "the pages of X on the network Y")


def sites_named_after(ctx: Context, access: Token, types) -> list:
    """'cut off access to the news sites A, B and C, ... as well as to the blog of D': the names after the common
    noun, which the parser often hangs elsewhere, up to the end of the clause."""
    to = next((p for p in children(access) if p.dep_ == "prep" and p.lower_ == "to"), None)
    noun = next((o for o in children(to) if o.dep_ == "pobj"), None) if to is not None else None
    if noun is None or noun.lemma_.lower() not in SITE_NOUNS or ctx.at(noun) is not None:
        return []
    found = []
    for t in access.doc[noun.i + 1:access.sent.end]:
        if t.pos_ in ("VERB", "AUX") or t.lower_ in CLAUSE_WORDS:
            break
        m = ctx.at(t)
        if m is not None and m.type in types and m not in found:
            found.append(m)
    return found


def misread_finding(ctx: Context, verb: Token, types) -> list:
    """'<X>, found guilty of ..., was fined': 'found' with no object and 'guilty' as its complement, its subject
    set off by a comma (a participle, not an actor finding someone guilty)."""
    if verb.lemma_.lower() != "find" or any(c.dep_ in ("dobj", "dative") for c in children(verb)):
        return []
    if not any(c.lower_ == "guilty" and c.dep_ in ("oprd", "acomp", "ccomp", "xcomp") for c in children(verb)):
        return []
    subject = next((c for c in children(verb) if c.dep_ == "nsubj" and c.i < verb.i), None)
    if subject is None or verb.i == 0 or verb.doc[verb.i - 1].text != ",":
        return []
    return ctx.head_mentions(subject, types)


def granting_verb(verb: Token) -> Token | None:
    """'granted the ministry's lawsuit to liquidate <X>': the verb that grants the request the action is asked in."""
    noun = verb.head
    if verb.dep_ != "acl" or noun.lemma_.lower() not in L.REQUEST_NOUNS or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    return noun.head if noun.head.lemma_.lower() in L.GRANTING else None


def conditional_bases(ctx: Context, verb: Token) -> list:
    """'faces up to ten years if convicted of ... under Article 207.3': the provision of the 'if convicted' clause."""
    found = []
    for clause in (c for c in children(verb) if c.dep_ == "advcl" and c.lemma_.lower() in CONVICTING):
        if any(m.dep_ == "mark" and m.lower_ == "if" for m in children(clause)):
            found += [b for b in legal_bases(ctx, clause) if b not in found]
    return found


RULING_NOUNS = {"ruling", "decision", "order", "verdict", "judgment", "judgement"}
BASIS_PREPS = {"on", "under", "following", "after", "pursuant", "per", "by"}


def ruling_courts(ctx: Context, verb: Token) -> list:
    """'on the basis of a ruling by <court>', 'following a decision of <court>', 'under <court>'s order': the courts
    whose ruling the action carries out."""
    found = []
    for prep in (c for c in children(verb) if c.dep_ in ("prep", "advcl") and c.lower_ in BASIS_PREPS):
        for noun in (t for t in prep.subtree if t.lemma_.lower() in RULING_NOUNS and t.pos_ == "NOUN"):
            owners = [o for p in children(noun) if p.dep_ == "prep" and p.lower_ in ("by", "of", "from")
                      for o in children(p) if o.dep_ == "pobj"] + [p for p in children(noun) if p.dep_ == "poss"]
            found += [m for o in owners for m in courts_in(ctx, o) if m not in found]
    return found


def courts_in(ctx: Context, token: Token) -> list:
    """The court a phrase names, also inside the mention of its ruling ('a decision of the Tagansky District
    Court' is itself a Ruling mention)."""
    start, end = token.left_edge.idx, token.right_edge.idx + len(token.right_edge)
    m = ctx.head_mention(token, {"Court"})
    if m is not None and m.type == "Court":
        return [m]
    return [m for m in ctx.mentions if m.type == "Court" and start <= m.start and m.end <= end][:1]


LISTING = {"list", "add", "include", "enter"}
LABELS = [(re.compile(p, re.I), kind) for p, kind in L.DESIGNATIONS]


def register_label(ctx: Context, verb: Token) -> str | None:
    """The designation kind of the register the article named before, for a listing that names no label."""
    if verb.lemma_.lower() not in LISTING:
        return None
    sents = [s for s in ctx.sentences if s[0] <= verb.idx]
    if not sents or not any(re.search(L.LIST_WORDS, ctx.text[a:b], re.I) for a, b in sents[-2:]):
        return None
    for a, b in reversed(sents):
        sentence = ctx.text[a:min(b, verb.idx)]
        if re.search(L.LIST_WORDS, sentence, re.I):
            kind = next((k for pattern, k in LABELS if pattern.search(sentence)), None)
            if kind:
                return kind
            if OTHER_LIST.search(sentence):  # "a register of social networks": another list, named nearer
                return None
    return None


OTHER_LIST = re.compile(L.LIST_WORDS + r"\s+of\b", re.I)
