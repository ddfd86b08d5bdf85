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
from kg.arguments import STATE, Context, subjects
from kg.event_actors import agents_of, lemma_of, represented

LODGING = {"file", "lodge", "submit", "bring", "send", "write", "publish", "sign", "address"}  # verbs whose subject makes the request they take as object


def petitioners(ctx: Context, noun: Token) -> list:
    found = []
    for c in noun.children:
        if c.dep_ == "poss" and c.lower_ == "whose":  # "<X>, whose complaint to <court> ...": X asked
            clause = next((a for a in c.ancestors if a.dep_ == "relcl"), None)
            found.append(ctx.head_mention(clause.head) if clause is not None else None)
        elif c.dep_ == "poss":
            found.append(ctx.head_mention(c))
        elif c.dep_ == "prep" and c.lower_ in ("of", "from", "by"):
            found += [ctx.head_mention(o) for o in c.children if o.dep_ == "pobj"]
        elif c.dep_ == "acl":  # "a lawsuit filed (in April) by <X>"
            found += [ctx.head_mention(o) for p in c.subtree if p.dep_ == "agent" or p.lower_ == "by"
                      for o in p.children if o.dep_ == "pobj"]
    if noun.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in noun.head.children):  # "considered a complaint
        found += [ctx.head_mention(o) for p in noun.head.children if p.dep_ == "prep" and p.lower_ == "by"
                  and p.i > noun.i for o in p.children if o.dep_ == "pobj"]  # by X": 'by' hung on the active verb
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ == "VERB" and not found:
        found += subjects(ctx, noun.head.head)  # "In a letter to <Y>, <X> called for ...": X wrote it
    if noun.dep_ == "dobj" and lemma_of(noun.head) in LODGING and not found:  # "<X> (or X's lawyers) filed an
        found += subjects(ctx, noun.head) or represented(ctx, noun.head)     # appeal with <court>"
    return [m for m in dict.fromkeys(found) if m is not None]


def decided_by(ctx: Context, noun: Token) -> tuple[list, Token | None]:
    """Who the request went to, and the verb that says so."""
    head = noun.head
    if noun.dep_ in ("dobj", "nsubjpass") and lemma_of(head) in L.DECIDING and (found := agents_of(ctx, head, STATE)):
        return found, head  # else the addressee the noun names ("whose complaint to <court> was upheld")
    if noun.dep_ == "dobj" and lemma_of(head) in L.DECIDING and (head.dep_ == "advcl" and head.tag_ == "VBG" or
                                                                 head.dep_ == "xcomp") \
            and (found := agents_of(ctx, head.head, STATE)):  # "<court> banned it, granting a lawsuit filed by <X>";
        return found, head if head.dep_ == "advcl" else head.head  # "refused to consider X's complaint": X asked
    if noun.dep_ == "pobj" and head.lower_ in ("at", "after", "following", "on", "upon"):
        verb = head.head
        if verb.pos_ in ("VERB", "AUX"):  # "<Y> blocked it at the request of <X>": <Y> was asked
            subj = [c for c in verb.children if c.dep_ == "nsubj"]
            if not subj and verb.dep_ == "advcl" and verb.tag_ == "VBG":  # "Acting on a request from X, <Y> ..."
                subj = [c for c in verb.head.children if c.dep_ == "nsubj"]
            found = [m for s in subj for t in (s, *s.conjuncts) if (m := ctx.head_mention(t))]
            if not subj and any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
                found = agents_of(ctx, verb, STATE)  # "<Z> was blocked by <Y> at the request of <X>"
            return found, verb
    for clause in (c for c in noun.children if c.dep_ == "relcl" and lemma_of(c) in L.DECIDING):
        if found := agents_of(ctx, clause, STATE):  # "an appeal, which the Moscow City Court rejected": the status
            return found, noun.head if noun.head.pos_ in ("VERB", "AUX") else None  # is the filing verb's
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("with", "to"):
            return [m for o in c.children if o.dep_ == "pobj" if (m := ctx.head_mention(o))], head
    if noun.dep_ == "dobj" and lemma_of(head) in LODGING:  # "sent a demand to <Y>", "filed a lawsuit with <Y>"
        return [m for p in head.children if p.dep_ in ("prep", "dative") and p.lower_ in ("to", "with") and p.i > noun.i
                for o in p.children if o.dep_ == "pobj" if (m := ctx.head_mention(o))], head
    return [], None


def verb_read_as_noun(ctx: Context, noun: Token) -> tuple[list, list] | None:
    """'The Prosecutor General's Office demands that Roskomnadzor restrict access ...': a present-tense verb of
    asking the tagger took for a plural noun, with a subject of its own. Who asks is the subject; who is asked is
    the subject of its that-clause or its object. None when it is not read so."""
    subject = next((c for c in noun.children if c.dep_ == "nsubj"), None)
    if subject is None or noun.tag_ != "NNS":
        return None
    askers = ctx.head_mentions(subject)
    asked = [m for c in noun.children if c.dep_ in ("relcl", "ccomp") and any(
        k.dep_ == "mark" and k.lower_ == "that" for k in c.children)
        for s in c.children if s.dep_ == "nsubj" for m in ctx.head_mentions(s)]
    asked += [m for c in noun.children if c.dep_ == "dobj" for m in ctx.head_mentions(c)]
    asked = [m for m in asked if m.entity not in {a.entity for a in askers}]
    return (askers, asked) if askers and asked else None
