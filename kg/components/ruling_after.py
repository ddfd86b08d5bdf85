"""A definite ruling noun told right after the act it records: "The Ministry of Justice added Sova Centre to its
register in 2016. The designation was lifted four years later", "Roskomnadzor banned Telegram in April 2018. The
ban was lifted in 2020", "X was declared extremist in June 2021. The ruling banned its activities".

The noun is a ruling (kg.components.rulings, rule entity.ruling_after_sanction.v1) when an asserted verb of the act
it names stands before it in its own sentence or the one before: "the designation" after designating, listing or
declaring, or adding to a register or list; "the ban" after banning, outlawing or blocking; "the ruling", "the
decision", "the judgment" after any of
these, or after a fine, a liquidation or a conviction. A court decision noun opening a paragraph is one too when the
next sentence tells a sentencing, conviction or fine ("The verdict came after a two-day trial. <Court> sentenced
X ..."; rule entity.ruling_before_sanction.v1). Not after a negated, hoped-for or foretold act ("may designate",
"did not ban", "threatened to block")."""

from __future__ import annotations

from spacy.tokens import Token

from kg.components.ruling_measures import TOLD_BY, telling_verb

DESIGNATING = {"designate", "declare", "label", "list", "brand", "recognise", "recognize"}
BANNING = {"ban", "outlaw", "block", "prohibit"}
DECIDING = DESIGNATING | BANNING | {"fine", "liquidate", "dissolve", "sentence", "convict", "jail", "imprison",
                                    "acquit", "arrest"}
VERBS_OF = {"designation": DESIGNATING, "ban": BANNING,
            **dict.fromkeys(["ruling", "decision", "judgment"], DECIDING)}
LEAD_KINDS = {"verdict", "sentence", "ruling", "decision", "judgment"}
TOLD_NEXT = {"sentence", "convict", "fine", "jail", "imprison", "acquit"}  # the court acts the lead's noun records
REGISTERS = {"register", "registry", "list", "blacklist"}
UNREAL = {"will", "would", "may", "might", "could", "should", "can", "must", "shall"}
# the verbs a "to"-infinitive hangs on that make the act one only wanted or threatened
WANTING = {"threaten", "want", "plan", "seek", "ask", "try", "propose", "intend", "demand", "request", "urge",
           "call", "move", "vow", "promise", "refuse", "fail", "decide"}


def sanctioned_before(token: Token, kind: str, sentences, mentions) -> bool:
    """Whether an asserted act the ruling noun of `kind` records is told before it in its sentence or the one
    before (see the module docstring). Not "the ban" or "the designation" that kg.components.ruling_measures reads
    with its issuer ("<body> banned X ... the ban")."""
    verbs = VERBS_OF.get(kind)
    if not verbs or token.lower_ in TOLD_BY and token.tag_ == "NN" and telling_verb(token, mentions) is not None:
        return False
    start = sentences.around(token, 1)[0].start
    return any(t.pos_ == "VERB" and (t.lemma_.lower() in verbs or kind != "ban" and listed(t)) and asserted(t)
               for t in token.doc[start:token.i])


def sanctioned_next(token: Token, kind: str, sentences) -> bool:
    """'The verdict came after a two-day trial. The Kirovsky District Court sentenced X to three years': a court
    decision noun opening a paragraph, with an asserted sentencing, conviction or fine told in the sentence after."""
    if kind not in LEAD_KINDS:
        return False
    sent = sentences.around(token, 0)[1]
    doc = token.doc
    before = doc[sent.start - 1] if sent.start > 0 else None
    if before is not None and "\n" not in before.text + before.whitespace_ or sent.end >= len(doc):
        return False  # not a paragraph's first sentence, or the last one
    after = doc[sent.end].sent
    return any(t.pos_ == "VERB" and t.lemma_.lower() in TOLD_NEXT and asserted(t) for t in after)


def listed(verb: Token) -> bool:
    """'added X to its register of foreign agents', 'put X on the list of extremists'."""
    return verb.lemma_.lower() in ("add", "put", "place", "include") and any(
        p.dep_ == "prep" and p.lower_ in ("to", "on", "in") and any(o.lemma_.lower() in REGISTERS for o in p.children)
        for p in verb.children)


def asserted(verb: Token) -> bool:
    if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in UNREAL) for c in verb.children):
        return False
    if verb.dep_ in ("xcomp", "ccomp", "advcl") and verb.head.lemma_.lower() in WANTING:
        return False  # "threatened to block"
    if verb.dep_ == "amod" or verb.dep_ == "acl" and verb.tag_ != "VBN":
        return False  # "over banned pride marches", "the law banning ..."
    return verb.dep_ not in ("relcl",) or verb.tag_ in ("VBD", "VBN")
