"""Who asked and who was asked, when a request is named by a noun.

  "<court> granted a lawsuit filed by <X>", "<X>'s appeal was rejected by <court>", "<body> blocked <Y> at the
  request of <X>", "<court> banned it, granting a lawsuit filed by <X>", "<court> refused to consider a complaint
  by <X>" (the 'by' phrase hung on the active verb belongs to the noun), "<X> (X's lawyers) filed an appeal with
  <court>".
kg.events.requests reads the noun and makes the event; these helpers find its two sides.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import event_lexicon as L
from kg.arguments import STATE, Context, asserted, is_passive, subjects
from kg.coref_neuter import neuter_named
from kg.coref_words import NEUTER_TYPES
from kg.doc_tables import ancestors, children
from kg.event_actors import COUNSEL, agents_of, lemma_of, represented

REFUSING = {"refuse", "reject", "ignore", "defy", "resist", "rebuff"}  # "<X> refused demands by <Y>": Y asked X
# counts a request noun hangs on: "dozens of complaints", "a series of lawsuits"
COUNTS = {"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands", "number", "series", "couple", "pair",
          "string", "wave", "flood", "handful", "batch"}
FRAMES = {"basis", "response", "strength", "grounds", "wake"}  # nouns of a complex preposition before a request
SUITS = {"lawsuit", "suit", "claim"}  # requests that go only to a court (not "appeal": to a higher one, often unnamed)
HEARING = {"hear", "consider", "examine"}  # a court that is to hear a request has it before it already
RULING_ON = {"rule", "decide", "adjudicate", "pronounce"}  # "<court>, ruling on a complaint by <X>, ..."
REACHING = {"reach", "come", "go", "get"}  # "the case reached <court> at the request of <X>"
LODGING = {"file", "lodge", "submit", "bring", "send", "write", "publish", "sign", "address"}  # verbs whose subject makes the request they take as object


def petitioners(ctx: Context, noun: Token) -> list:
    found = []
    for c in children(noun):
        if c.dep_ == "poss" and c.lower_ == "whose":  # "<X>, whose complaint to <court> ...": X asked
            clause = next((a for a in ancestors(c) if a.dep_ == "relcl"), None)
            found.append(ctx.head_mention(clause.head) if clause is not None else None)
        elif c.dep_ == "poss":
            found.append(ctx.head_mention(c))
        elif c.dep_ == "prep" and c.lower_ in ("of", "from", "by"):
            found += [ctx.head_mention(o) for o in children(c) if o.dep_ == "pobj"]
        elif c.dep_ == "acl":  # "a lawsuit filed (in April) by <X>"
            found += [ctx.head_mention(o) for p in c.subtree if p.dep_ == "agent" or p.lower_ == "by"
                      for o in children(p) if o.dep_ == "pobj"]
    if noun.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in children(noun.head)):  # "considered a complaint
        found += [ctx.head_mention(o) for p in children(noun.head) if p.dep_ == "prep" and p.lower_ == "by"
                  and p.i > noun.i for o in children(p) if o.dep_ == "pobj"]  # by X": 'by' hung on the active verb
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB" and not found:
        found += subjects(ctx, noun.head.head)  # "In a letter to <Y>, <X> called for ...": X wrote it
    if noun.dep_ == "dobj" and lemma_of(noun.head) in LODGING and not found:  # "<X> (or X's lawyers) filed an
        found += subjects(ctx, noun.head) or represented(ctx, noun.head) or reporting_counsel(ctx, noun.head)
    if noun.dep_ == "dobj" and lemma_of(noun.head) in LODGING and found:  # "... on the Tor Project's behalf"
        found += on_behalf_of(ctx, noun.head, noun)
    if not found and (outer := counted(noun)) is not noun:  # "<X> lodged dozens of complaints with <court>"
        return petitioners(ctx, outer)
    return [m for m in dict.fromkeys(found) if m is not None]


def other_owner(ctx: Context, noun: Token) -> list:
    """'<court> rejected its appeal': the one 'its' stands for, leaving aside the clause's own subject (a court does
    not decide its own appeal)."""
    its = next((c for c in children(noun) if c.dep_ == "poss" and c.lower_ == "its"), None)
    found = neuter_named(ctx.antecedents, its, NEUTER_TYPES, own_clause=False) if its is not None else None
    return [found] if found is not None else []


def on_behalf_of(ctx: Context, verb: Token, noun: Token) -> list:
    """'filed an appeal on the Tor Project's behalf', 'on behalf of <X>': X asks through whoever files."""
    phrases = [p for h in (verb, *noun.subtree) for p in children(h) if p.dep_ == "prep" and p.lower_ == "on"]
    behalf = [o for p in phrases for o in children(p) if o.dep_ == "pobj" and o.lower_ == "behalf"]
    found = [ctx.head_mention(c) for b in behalf for c in children(b) if c.dep_ == "poss"]
    found += [ctx.head_mention(o) for b in behalf for p in children(b) if p.dep_ == "prep" and p.lower_ == "of"
              for o in children(p) if o.dep_ == "pobj"]
    return [m for m in found if m is not None]


def reporting_counsel(ctx: Context, verb: Token) -> list:
    """'Lawyers at <X> said they had filed an appeal': a pronoun subject of a reported filing is the reporter, and
    lawyers of, for or at an organisation file for it."""
    subject = next((c for c in children(verb) if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "PRON" or verb.dep_ != "ccomp":
        return []
    reporter = next((c for c in children(verb.head) if c.dep_ == "nsubj"), None)
    if reporter is None or reporter.lemma_.lower() not in COUNSEL:
        return subjects(ctx, verb.head) if reporter is not None and subject.lower_ in ("it", "they", "we") else []
    return [m for p in children(reporter) if p.dep_ == "prep" and p.lower_ in ("for", "of", "at")
            for o in children(p) if o.dep_ == "pobj" if (m := ctx.head_mention(o))]


def decided_by(ctx: Context, noun: Token) -> tuple[list, Token | None]:
    """Who the request went to, and the verb that says so (for a counted request, where its count stands)."""
    outer = counted(noun)
    if outer is noun:
        return addressed(ctx, noun)
    found, verb = addressed(ctx, outer)
    if not found and outer.dep_ == "dobj" and lemma_of(outer.head) in LODGING:
        found, verb = contested_forum(ctx, noun), outer.head
    return found, verb


def addressed(ctx: Context, noun: Token) -> tuple[list, Token | None]:
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and lemma_of(head) in L.DECIDING and (found := agents_of(ctx, head, STATE)):
        if lemma_of(head) in HEARING and not asserted(head) and not negated(head):  # "<X>'s appeal will be heard
            return found, None  # by <court>": the appeal is made, whenever it is heard
        return found, head  # else the addressee the noun names ("whose complaint to <court> was upheld")
    if noun.dep_ == "nsubjpass" and lemma_of(head) in L.DECIDING and not named_forum(noun) and \
            (found := earlier_decider(ctx, noun)):
        return found, head  # "<court> rejected the appeal of A ... B's appeal was also dismissed": that court
    if noun.dep_ == "nsubjpass" and lemma_of(head) in L.DECIDING and noun.lemma_.lower() in SUITS and \
            not named_forum(noun) and not agents_of(ctx, head) and (court := only_court(ctx, noun)):
        return [court], head  # "The ministry's claim was granted": the article's one court (a suit goes to a court)
    if noun.dep_ == "dobj" and lemma_of(head) in L.DECIDING and (head.dep_ == "advcl" and head.tag_ == "VBG" or
                                                                 head.dep_ == "xcomp") \
            and (found := agents_of(ctx, head.head, STATE)):  # "<court> banned it, granting a lawsuit filed by <X>";
        return found, head if head.dep_ == "advcl" else head.head  # "refused to consider X's complaint": X asked
    framed = noun.dep_ == "pobj" and head.lower_ in ("of", "to") and head.head.lower_ in FRAMES \
        and head.head.dep_ == "pobj"  # "on the basis of a request from <X>", "in response to a complaint by <X>"
    if framed:
        noun, head = head.head, head.head.head
    followed = noun.dep_ == "dobj" and head.lower_ == "following" and head.dep_ in ("advcl", "prep")  # (a verb to
    if followed or noun.dep_ == "pobj" and (head.lower_ in ("at", "after", "following", "on", "upon")  # the parser)
                                            or framed and head.lower_ == "in"):
        verb = head.head.head if head.head.is_punct else head.head  # (a phrase set off by commas, hung on one)
        if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "nsubj" and verb.head.pos_ in ("VERB", "AUX") and \
                (asked := ctx.head_mention(verb, STATE)) is not None and asked.type in ("Court", "GovernmentBody"):
            # "<court>, at the request of <X>, issued ..."
            return [asked], verb.head
        if verb.pos_ in ("VERB", "AUX"):  # "<Y> blocked it at the request of <X>": <Y> was asked
            subj = [c for c in children(verb) if c.dep_ == "nsubj"]
            if not subj and verb.dep_ in ("advcl", "csubj") and verb.tag_ == "VBG":  # "Acting on a request from X,
                subj = [c for c in children(verb.head) if c.dep_ == "nsubj"] or fronted(verb.head)  # <Y> ..."
            subj = subj or fronted(verb)
            if not subj and is_passive(verb):  # "<Y> was blocked by <Z> at the request of <X>": Z was asked
                subj = [o for c in children(verb) if c.dep_ == "agent" for o in children(c) if o.dep_ == "pobj"]
            if not subj and verb.dep_ == "acl" and verb.tag_ == "VBG" and (
                    lemma_of(verb) in RULING_ON and head.lower_ == "on" or lemma_of(verb) == "act"):
                # "the Constitutional Court, ruling on a complaint by <X>, held ...", "<court>, acting at the request
                subj = [verb.head]  # of <X>, ordered ...": the court the participle describes was asked
            found = [m for s in subj for t in (s, *s.conjuncts) if (m := ctx.head_mention(t))]
            if subj and not found:  # "The case reached <court> at the request of <X>": the body it came before
                found = [m for c in children(verb) if lemma_of(verb) in REACHING for o in (
                    [c] if c.dep_ == "dobj" else [x for x in children(c) if x.dep_ == "pobj"]
                    if c.dep_ == "prep" and c.lower_ in ("before", "to") else []) if (m := ctx.head_mention(o, STATE))]
            if not subj and is_passive(verb):
                found = agents_of(ctx, verb, STATE)  # "<Z> was blocked by <Y> at the request of <X>"
            return found, verb
    for clause in (c for c in children(noun) if c.dep_ == "relcl" and lemma_of(c) in L.DECIDING):
        if found := agents_of(ctx, clause, STATE):  # "an appeal, which the Moscow City Court rejected": the status
            return found, noun.head if noun.head.pos_ in ("VERB", "AUX") else None  # is the filing verb's
    if noun.dep_ == "dobj" and lemma_of(head) in REFUSING and (found := subjects(ctx, head)):
        return found, head  # "<X> refused demands by <Y> to hand over ...": X was asked, by anyone, not only a court
    for c in children(noun):
        if c.dep_ == "prep" and c.lower_ in ("with", "to"):
            return [m for o in children(c) if o.dep_ == "pobj" if (m := ctx.head_mention(o))], head
    for c in (c for c in children(noun) if c.dep_ == "acl" and lemma_of(c) in LODGING):  # "The complaint, filed by
        found = [m for p in children(c) if p.dep_ == "prep" and p.lower_ in ("with", "to")  # <X> with <court>, ..."
                 for o in children(p) if o.dep_ == "pobj" if (m := ctx.head_mention(o, STATE))]
        if found and asserted(c):  # the filing is done whatever its noun's clause says ("... will be heard")
            return found, None
    if noun.dep_ == "dobj" and lemma_of(head) in LODGING and (found := contested_forum(ctx, noun)):
        return found, head  # "filed an appeal against the decision with <court>" ('with' hung on 'decision')
    if noun.dep_ == "dobj" and lemma_of(head) in LODGING:  # "sent a demand to <Y>", "filed a lawsuit with <Y>"
        found = [m for p in children(head) if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "with")
                 and p.i > noun.i for o in children(p) if o.dep_ == "pobj" if (m := ctx.head_mention(o))]
        found += [m for d in children(head) if d.dep_ == "dative" and d.pos_ in ("PROPN", "NOUN") and d.i < noun.i
                  if (m := ctx.head_mention(d))]  # "sent Google a demand"
        return found, head
    return [], None


def only_court(ctx: Context, noun: Token):
    """The article's one court (its mention nearest before the noun, else its first), or None."""
    courts = [m for m in ctx.mentions if m.type == "Court"]
    if len({m.entity for m in courts}) != 1:
        return None
    before = [m for m in courts if m.start < noun.idx]
    return before[-1] if before else courts[0]


def negated(verb: Token) -> bool:
    """'refused to hear', 'did not consider': a hearing denied (the request may not have been properly made)."""
    return any(c.dep_ == "neg" for c in children(verb)) or verb.dep_ == "xcomp" and lemma_of(verb.head) in REFUSING


def fronted(verb: Token) -> list[Token]:
    """'In response to a complaint from <X>, the Moscow Arbitration Court fined ...': a verb without a subject whose
    subject the parser hung as an apposition on the last noun of the phrase in front of it (ending just before the
    verb) -- that apposition."""
    if any(c.dep_.startswith("nsubj") for c in children(verb)):
        return []
    return [t for t in verb.subtree if t.dep_ == "appos" and t.i < verb.i and t.right_edge.i + 1 == verb.i
            and t.head.dep_ == "pobj"]


def named_forum(noun: Token) -> bool:
    """'X's complaint to <Y> was dismissed': the request names where it went."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "to", "before") for c in children(noun))


def earlier_decider(ctx: Context, noun: Token) -> list:
    """The one court that the article, before this noun, has decide a request as the subject of an asserted verb
    ('The appeals court on Tuesday rejected the appeal of A'); none when two courts did."""
    courts = {}
    for verb in ctx.words.with_lemma(L.DECIDING):
        if verb.i >= noun.i or verb.pos_ != "VERB" or not asserted(verb) or \
                not any(c.dep_ == "dobj" and c.lemma_.lower() in L.REQUEST_NOUNS for c in children(verb)):
            continue
        courts.update({m.entity: m for m in agents_of(ctx, verb, {"Court"})})
    return list(courts.values()) if len(courts) == 1 else []


def contested_forum(ctx: Context, noun: Token) -> list:
    """The court or body a request goes to when its 'with'/'to' phrase hangs on what the request is against
    ('an appeal against the 2017 decision with the Saratov Regional Court')."""
    against = [o for p in children(noun) if p.dep_ == "prep" and p.lower_ == "against" for o in children(p)
               if o.dep_ == "pobj"]
    return [m for o in against for p in children(o) if p.dep_ == "prep" and p.lower_ in ("with", "to")
            for x in children(p) if x.dep_ == "pobj" if (m := ctx.head_mention(x, STATE))]


def counted(noun: Token) -> Token:
    """The count a request noun is told by: 'lodged dozens of complaints with <court>' -> 'dozens' (which the
    lodging verb takes as its object), so the request is read where the count stands."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in COUNTS:
        return noun.head.head
    return noun


def verb_read_as_noun(ctx: Context, noun: Token) -> tuple[list, list] | None:
    """'The Prosecutor General's Office demands that Roskomnadzor restrict access ...': a present-tense verb of
    asking the tagger took for a plural noun, with a subject of its own. Who asks is the subject; who is asked is
    the subject of its that-clause or its object. None when it is not read so."""
    subject = next((c for c in children(noun) if c.dep_ == "nsubj"), None)
    if subject is None or noun.tag_ != "NNS":
        return None
    askers = ctx.head_mentions(subject)
    asked = [m for c in children(noun) if c.dep_ in ("relcl", "ccomp") and any(
        k.dep_ == "mark" and k.lower_ == "that" for k in children(c))
        for s in children(c) if s.dep_ == "nsubj" for m in ctx.head_mentions(s)]
    asked += [m for c in children(noun) if c.dep_ == "dobj" for m in ctx.head_mentions(c)]
    asked = [m for m in asked if m.entity not in {a.entity for a in askers}]
    return (askers, asked) if askers and asked else None
