"""What rulings and laws are about (kg:concerns and its finer properties), and who issued a ruling.

Rules (ids travel into provenance):
  relation.issued_of.v1         "the ruling of <court>", "<court>'s decision", "received a warning from <body>",
                                "A Roskomnadzor order", "The decision was taken by the same court"; not "In its
                                ruling the court ..." for a body named before, nor "the court's written decision"
                                about a ruling told before (a described owner there is a guess)
  relation.ruling_of_defendant.v1  "the acquittal of <Person>", "Yashin's sentence", "the designation of <Org>": who
                                a ruling that names its defendant with 'of' or a possessive is about; "Yashin's
                                verdict" too, unless the possessor is named a judge ("Judge X ... X's verdict")
  relation.concerns_receiver.v1 "<Org> received a warning", "after receiving a second warning": the ruling targets it
  relation.concerns_prep.v1     "<ruling> on/under <provision>", "the verdict against <Person>", "a ban on <Org>"
  relation.concerns_acl.v1      "a bill amending/softening <provision>", "a decision banning <Org>", "its decision,
                                taken under <provision>", "the decision, which was taken under <law>"; not the next
                                act of a list ("a bill expanding X and a law raising Y")
  relation.concerns_subject.v1  "The ruling also covers <Org>", "The decision applies to <Org>", "Her ruling ordered
                                the liquidation of <Org>", "The decision was taken under <law>", "The verdict was based
                                on <provision>", "the ruling means that <Org> can no longer ...", "The ruling said that
                                <Org> had broken <provision>"
  relation.amends_verb.v1       "<law> amends <law>", "It amends two statutes, A and B", "<law> added Article N to
                                the Code", "the law, which amended <law>", "<provision> was amended by <law>",
                                "<provision> was added to <code> by <law>" (the code too), "Putin signed a law ...,
                                adding <provision> to <code>" (a participle after a comma, said of the law signed)
  relation.concerns_topic.v1    "<ruling> explaining ... extremist ..." + a provision named for the same offence
kg.concerns_told adds laws told across sentences ("It also amends ...", "The same law added ..."), bills' 'would',
codes changed by an added provision and rulings summing up a clause; kg.concerns_duties what a law binds someone to
("<Org> must store data under <law>"). A ruling only promised, asked for or waited for ("will announce its verdict")
has no issuer and no target yet.
The fine property follows the verb and the object: amends (changing a law or provision), interprets
(explaining one), targets (an organisation or person), applies (a law or provision otherwise).
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg.act_amendments import amendment_relations, known_as, new_provisions
from kg.act_lists import listed_relations
from kg.components.bills import misread_clause, proposes
from kg.components.ruling_shapes import yet_to_come
from kg.concerns_duties import duty_relations
from kg.concerns_laws import whole_provision
from kg.concerns_more import left_out, more_concerns
from kg.concerns_nouns import TRIED_BY_JUDGE, judged
from kg.doc_tables import char_span, children
from kg.ruling_asked import asked_for
from kg.ruling_facts import ruling_facts
from kg.concerns_told import (added_codes, covering_it, into_verb, law_subject_provisions, misparsed_amendments,
                              new_articles, proposed, summed_clause, told_legal, told_subjects)
from kg.arguments import (PEOPLE_NOUNS, STATE, Context, anchored, asserted, evidence, is_passive, legal_bases,
                          prep_objects, span_of, subjects, verbal)
from kg.coref import DESCRIPTIONS
from kg.coref_neuter import ENACTING
from kg.model import Mention, Relation
from kg.relation_lexicon import (AMEND_VERBS, ANNOUNCE_VERBS, BASIS_VERBS, CASE_NOUNS, CITE_VERBS, EFFECT_VERBS,
                                 FINDING_VERBS, INTERPRET_VERBS, PENALTY_VERBS, RECEIVE_VERBS, SCOPE_CLAUSES, TOPICS)

ACTS = {"Law", "Ruling"}
PRONOUNS = {"he", "him", "his", "she", "her", "it", "its"}
LEGAL = {"Law", "LegalProvision"}
ABOUT = LEGAL | {"Organization", "Person"}
# "the acquittal of <person>", "Yashin's sentence", "the liquidation of <Org>": who the ruling is about (a court's
# possessive still issues it: "the court's sentence")
DEFENDANT_OF = {"acquittal", "conviction", "sentence", "sentencing", "designation", "liquidation", "dissolution",
                "ban", "blocking", "arrest", "detention", "release", "expulsion", "extradition", "closure"}
INTERPRETIVE = {"resolution", "ruling", "judgment", "decision", "verdict"}
# people named by whom they belong to: "the verdict against Navalny's lawyers" is not about Navalny
OWNED_PEOPLE = PEOPLE_NOUNS | {"wife", "husband", "son", "daughter", "brother", "sister", "mother", "father",
                               "relative", "colleague", "associate", "ally", "aide", "friend", "partner",
                               "co-defendant"}
# "<provision> was created/established by <law>": the law made it (the active "The law created ..." is a PENALTY_VERB)
MADE_BY = {"create", "establish"}
MAKE_VERBS = {"take", "make", "issue", "hand", "adopt", "deliver", "render", "pass", "announce"}  # "taken by <court>"


def concern_relations(ctx: Context) -> list[Relation]:
    found = []
    for m in ctx.mentions:
        if m.type not in ACTS or (span := char_span(ctx.doc, m.start, m.end)) is None:
            continue
        if m.type == "Ruling" and unmade(span.root):
            continue
        if m.type == "Ruling":
            found += ruling_issuer(ctx, m, span.root) + ruling_facts(ctx, m, span.root)  # (kg.ruling_facts)
        found += act_modifiers(ctx, m, span.root)
    for verb in ctx.words.with_pos("VERB", "AUX", "NOUN"):  # (the tags `verbal` accepts)
        if verbal(verb) and (asserted(verb) or proposed(ctx, verb)):  # "The bill would amend <provision>"
            found += act_subject(ctx, verb) + receiver(ctx, verb) + amending_participle(ctx, verb)
    found += misparsed_amendments(ctx) + amendment_relations(ctx) + known_as(ctx) + listed_relations(ctx)
    found += more_concerns(ctx) + duty_relations(ctx)
    found += new_provisions(ctx, found) + new_articles(ctx, found) + summed_clause(ctx)
    found += law_subject_provisions(ctx, found)  # "The same law introduced ..., punished under <provision>"
    return found + added_codes(ctx, found)


def receiver(ctx: Context, verb: Token) -> list[Relation]:
    """'<Org> received a warning', '<Org> suspended publication after receiving a warning': the ruling targets
    whoever received it (the subject of the clause the receiving hangs on, when it has none of its own)."""
    if verb.lemma_.lower() not in RECEIVE_VERBS:
        return []
    rulings = [m for c in children(verb) if c.dep_ == "dobj" for m in [ctx.at(c)] if m and m.type == "Ruling"]
    if not rulings:
        return []
    head = verb
    while not any(c.dep_.startswith("nsubj") for c in children(head)) and head.dep_ in ("pcomp", "advcl", "xcomp",
                                                                                        "prep", "conj"):
        head = head.head
    people = subjects(ctx, head, ABOUT - LEGAL)
    issuers = prep_objects(ctx, verb, ("from",), STATE)  # "received a warning from <body>"
    issuers += [m for r in rulings for c in ruling_children(ctx, r) if c.dep_ == "prep" and c.lower_ == "from"
                for m in ctx.within(c, STATE)]
    found = [about(ctx, r, p, "targets", "relation.concerns_receiver.v1", 0.7, span_of(verb))
             for r in rulings for p in people]
    return found + [Relation(i.entity, "issued", r.entity,
                             evidence(ctx, "relation.issued_of.v1", 0.7, span_of(r), span_of(i)))
                    for r in rulings for i in issuers[:1]]


def unmade(head: Token) -> bool:
    """A ruling only promised, asked for, denied or waited for ('The court will announce its verdict next week')
    has neither an issuer nor a target yet; the ruling finder skips its noun, this guards named ones too."""
    return yet_to_come(head) or asked_for(head) or head.dep_ in ("dobj", "nsubjpass") and \
        head.head.lemma_.lower() in MAKE_VERBS and not asserted(head.head)


def ruling_children(ctx: Context, m: Mention) -> list[Token]:
    span = char_span(ctx.doc, m.start, m.end)
    return list(children(span.root)) if span is not None else []


def prop_for(lemma: str, kind: str) -> str:
    if kind in LEGAL:
        return "amends" if lemma in AMEND_VERBS else "interprets" if lemma in INTERPRET_VERBS else "applies"
    return "targets"


def about(ctx: Context, act: Mention, m: Mention, prop: str, rule: str, conf: float, *spans) -> Relation:
    anchor = spans[0] if spans else span_of(m)  # the words that say it, else the object's name
    return Relation(act.entity, prop, m.entity,
                    evidence(ctx, rule, conf, *anchored(ctx, anchor, span_of(act), span_of(m), *spans)))


def scope(verb: Token, keep=()):
    """The tokens a verb's objects span: its subtree without its subject, agent and the clauses of their own
    inside it (relative, adverbial, reported; a coordinated verb with its own subject). A clause kept ('ordered
    that Memorial be liquidated') keeps its subject; a possessor counts unless it qualifies a name."""
    stack = [c for c in children(verb) if c.dep_ not in SCOPE_CLAUSES or c.dep_ in keep]
    while stack:
        tok = stack.pop()
        if tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX") and any(
                c.dep_.startswith("nsubj") for c in children(tok)):
            continue
        yield tok
        kept = tok.dep_ in keep and tok.head.i == verb.i
        stack += [c for c in children(tok) if c.dep_ not in SCOPE_CLAUSES or (kept and c.dep_.startswith("nsubj"))
                  or (c.dep_ == "poss" and not tok.ent_type_ and tok.pos_ != "PROPN"
                      and tok.lemma_.lower() not in OWNED_PEOPLE)]


def mentions_in(ctx: Context, tokens, types) -> list[Mention]:
    """Mentions whose head word is one of the tokens, nested ones too ('a bill softening Article 282' may be
    one name), and the antecedents of pronouns and descriptions among them ('found that his words ...')."""
    tokens = list(tokens)
    heads = {t.i for t in tokens}
    found = [m for m in ctx.mentions if m.type in types and head_index(ctx, m) in heads]
    for t in tokens:
        anaphor = t.lower_ in PRONOUNS if t.pos_ == "PRON" else t.pos_ == "NOUN" and t.lower_ in DESCRIPTIONS
        if anaphor and ctx.at(t) is None and (m := ctx.head_mention(t, types)) and m not in found:
            found.append(m)
        elif t.pos_ == "PRON" and t.lower_ in ("their", "them", "they") and ctx.at(t) is None:
            found += [m for m in ctx.head_mentions(t, types) if m not in found]  # "the verdict in their case"
    # "Article 282.2 of the Criminal Code": the code inside a provision's name is not a second object
    return [m for m in found if not any(o != m and o.type == "LegalProvision" and o.start <= m.start
                                        and m.end <= o.end for o in found) and not left_out(ctx, m)]


def head_index(ctx: Context, m: Mention) -> int:
    return ctx.antecedents.root_index(m)


# --- a ruling or law as the subject of a verb --------------------------------------------

def act_subject(ctx: Context, verb: Token) -> list[Relation]:
    """'The ruling also covers <Org>', 'It amends <law>', '<provision> was amended by <law>',
    'The decision was taken under <law>'."""
    lemma = "insert" if into_verb(verb) else verb.lemma_.lower()  # "It was written into the code by <law>"
    passive = is_passive(verb)
    if passive and lemma in MADE_BY:  # "Article 207.3 was created by a law": as "was introduced by"
        lemma = "introduce"
    acts = lemma in PENALTY_VERBS and (subjects(ctx, verb, {"Law"}) or ([] if passive else told_subjects(ctx, verb)))
    if acts:  # "The law raises the fines under <provision>" (but "The designation was made under <law>")
        return [about(ctx, a, m, "amends", "relation.amends_verb.v1", 0.7, span_of(verb))
                for a in acts for m in mentions_in(ctx, scope(verb), LEGAL) if m.entity != a.entity]
    if lemma in CITE_VERBS:  # "The ruling cited Article 13.41", "Its ruling referred to <provision>"
        acts = subjects(ctx, verb, {"Ruling"})
        return [about(ctx, a, m, "applies", "relation.concerns_subject.v1", 0.7, span_of(verb))
                for a in acts for m in mentions_in(ctx, scope(verb), LEGAL) if m.entity != a.entity]
    if lemma in AMEND_VERBS | EFFECT_VERBS | INTERPRET_VERBS | FINDING_VERBS:
        acts = subjects(ctx, verb, ACTS) or ([] if passive else told_subjects(ctx, verb) if lemma in AMEND_VERBS
                                             else covering_it(ctx, verb))  # "It also covers <Org>"
        if acts and not (passive and not any(c.dep_ == "agent" for c in children(verb))):
            # "the ruling means that <Org> ...": whom it hits, not the law that may follow
            types = LEGAL if lemma in AMEND_VERBS else ABOUT - LEGAL if lemma == "mean" else ABOUT
            keep = ("ccomp",) if lemma in EFFECT_VERBS | INTERPRET_VERBS | FINDING_VERBS else ()
            objs = mentions_in(ctx, scope(verb, keep), types)
            if verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in children(verb)):
                # "<provision>, which the law added to the code"
                objs += [m for m in [ctx.head_mention(verb.head, types)] if m and m not in objs]
            if passive:  # "<provision> was added to <code> by <law>": what was changed, and where
                objs = []
                for c in children(verb):  # and "It was written into the code by a law"
                    if c.dep_ == "nsubjpass" or c.dep_ == "prep" and c.lower_ in ("to", "into"):
                        named = mentions_in(ctx, c.subtree, types) or [m for t in [c, *children(c)] if t.dep_ in (
                            "nsubjpass", "pobj") for m in [told_legal(ctx, t)] if m]
                        objs += [whole_provision(ctx, m) if c.dep_ == "nsubjpass" else m for m in named]
            rule = "relation.amends_verb.v1" if lemma in AMEND_VERBS else "relation.concerns_subject.v1"
            return [about(ctx, a, m, prop_for(lemma, m.type), rule, 0.75, span_of(verb))
                    for a in acts for m in objs if m.entity != a.entity]
    if passive:  # "The decision was taken under the law on undesirable organizations", "was based on <provision>"
        acts = [m for c in children(verb) if c.dep_ == "nsubjpass" for m in [ctx.head_mention(c, {"Ruling"})] if m]
        bases = basis(ctx, verb)
        issuers = [m for c in children(verb) if c.dep_ == "agent" for o in children(c) if o.dep_ == "pobj"
                   for m in [ctx.head_mention(o, STATE)] if m] if lemma in MAKE_VERBS else []
        return [about(ctx, a, b, "applies", "relation.concerns_subject.v1", 0.7, span_of(verb))
                for a in acts for b in bases] + [  # "The decision on his detention was taken by the same court"
            Relation(i.entity, "issued", a.entity, evidence(ctx, "relation.issued_of.v1", 0.7, span_of(a), span_of(i)))
            for a in acts for i in issuers[:1]]
    return []


def amending_participle(ctx: Context, verb: Token) -> list[Relation]:
    """'Putin signed a law ..., adding Article 207.3 to the Criminal Code', 'The legislation took effect in 2012,
    amending <law>': a participle of change after a comma, with no subject of its own, is said of the law that its
    clause signs, passes or adopts, or that is its clause's subject (not 'the court cited the law, adding that ...')."""
    if verb.dep_ != "advcl" or verb.tag_ != "VBG" or verb.lemma_.lower() not in AMEND_VERBS \
            or verb.doc[verb.left_edge.i - 1].text != "," or any(
                c.dep_ in ("nsubj", "nsubjpass", "ccomp", "mark") for c in children(verb)):
        return []
    head = verb.head
    deps = ("nsubj", "nsubjpass", "dobj") if head.lemma_.lower() in ENACTING else ("nsubj", "nsubjpass")
    acts = [m for c in children(head) if c.dep_ in deps and c.i < verb.i
            for m in [ctx.head_mention(c, {"Law"})] if m and m.type == "Law"]
    if len({a.entity for a in acts}) != 1:
        return []
    return [about(ctx, acts[0], m, prop_for(verb.lemma_.lower(), m.type), "relation.amends_verb.v1", 0.65,
                  span_of(verb)) for m in mentions_in(ctx, scope(verb), LEGAL) if m.entity != acts[0].entity]


# --- words hanging on the ruling or law ----------------------------------------------------

def act_modifiers(ctx: Context, act: Mention, head: Token) -> list[Relation]:
    """'<ruling> on/under <provision>', 'the verdict against <Person>', 'a bill amending <provision>'.
    A law's own prepositions are part of its name ('the law on ...'): only its clauses count."""
    found = []
    for child in [*children(head), *issuer_preps(ctx, act, head)]:
        if child.dep_ in ("acl", "relcl") and (asserted(child) or proposes(head, child)):  # "a bill that would ban"
            found += act_clause(ctx, act, child)
        if child.dep_ != "prep" or act.type != "Ruling":
            continue
        if child.lower_ in ("on", "under", "about", "regarding", "concerning", "of"):
            prop = "applies" if child.lower_ == "under" else "interprets"
            found += [about(ctx, act, m, prop, "relation.concerns_prep.v1", 0.75, span_of(child))
                      for m in ctx.within(child, LEGAL)]
        if child.lower_ in ("against", "on", "regarding", "concerning") and not announced_on(head, child) or (
                child.lower_ == "in" and any(o.lemma_.lower() in CASE_NOUNS for o in children(child))):
            found += [about(ctx, act, m, "targets", "relation.concerns_prep.v1", 0.7, span_of(child))
                      for m in mentions_in(ctx, [child, *scope(child)], ABOUT - LEGAL)]
    if act.type == "Law" and (clause := misread_clause(head)) is not None and asserted(clause):
        found += act_clause(ctx, act, clause)  # "signed a law adding Article 212.1 ..." ('adding' hung on 'signed')
    return found


def issuer_preps(ctx: Context, act: Mention, head: Token) -> list[Token]:
    """'the ruling of the Leninsky District Court against <Person>', 'the verdict by the Moscow court in the case of
    <Person>': the parser hangs the ruling's 'against' or 'in the case' on its issuer; an actor named there is never
    'against' anyone itself, so these phrases are the ruling's."""
    if act.type != "Ruling":
        return []
    issuers = [o for c in children(head) if c.dep_ == "prep" and c.lower_ in ("of", "by", "from")
               for o in children(c) if o.dep_ == "pobj" and ctx.head_mention(o, {"Court", "GovernmentBody"})]
    return [p for o in issuers for p in children(o) if p.dep_ == "prep" and p.lower_ in ("against", "in")]


def act_clause(ctx: Context, act: Mention, verb: Token) -> list[Relation]:
    """'a bill softening Article 282', 'a decision banning <Org>', 'a resolution explaining ...'."""
    lemma = verb.lemma_.lower()
    if verb.dep_ == "relcl" and any(c.dep_ == "nsubjpass" and c.lower_ in ("which", "that") for c in children(verb)):
        return based_on(ctx, act, verb)  # "the decision, which was taken under <law>"
    if verb.dep_ == "relcl" and not any(c.dep_ == "nsubj" and c.lower_ in ("which", "that") for c in children(verb)):
        return []  # "the law <someone> signed": the clause says what was done to the act
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not any(c.dep_ == "dobj" for c in children(verb)):
        # "the ruling handed down by ...", but "the decision, taken under <law>" (a participle with an object is
        # a misread main verb: "The resolution adopted by the plenum clarified Article 282")
        return based_on(ctx, act, verb)
    # "a judgment finding that Russia had violated the rights of <Person>": what a ruling found is what it is about
    keep = ("ccomp",) if act.type == "Ruling" and lemma in FINDING_VERBS else ()
    explains = ("ccomp",) if lemma in INTERPRET_VERBS else keep  # "a resolution explaining how courts should apply
    legal = mentions_in(ctx, scope(verb, explains), LEGAL)  # <provision>": the provisions it explains
    actors = mentions_in(ctx, scope(verb, keep), ABOUT - LEGAL) if lemma in EFFECT_VERBS or keep else []
    end = max(t.idx + len(t.text) for t in verb.subtree)
    found = [about(ctx, act, m, prop_for(lemma, m.type), "relation.concerns_acl.v1", 0.75, (verb.idx, end))
             for m in legal + actors if m.entity != act.entity and not listed_act(ctx, act, m)]
    if not legal and act.type == "Ruling" and ctx.entities[act.entity].attr("rulingKind") in INTERPRETIVE:
        found += [about(ctx, act, m, "concerns", "relation.concerns_topic.v1", 0.55, (act.start, act.sentence[1]))
                  for m in topical(ctx, ctx.text[act.end:act.sentence[1]])]
    return found


def listed_act(ctx: Context, act: Mention, m: Mention) -> bool:
    """'a bill expanding the register of foreign agents and a law raising penalties': an act of the same kind
    coordinated into the clause with a clause of its own is the next item of a list, not what the first one changes."""
    span = char_span(ctx.doc, m.start, m.end)
    return span is not None and m.type == act.type and span.root.dep_ == "conj" and any(
        c.dep_ in ("acl", "relcl") for c in children(span.root))


def fronted_frame(ruling: Token, possessor: Token) -> bool:
    """'In its ruling the court agreed ...': a pronoun owning a ruling in a fronted 'in/by' phrase points ahead to
    the subject of the clause the phrase opens, not back to the body named last."""
    prep = ruling.head
    return possessor.lower_ in PRONOUNS and ruling.dep_ == "pobj" and prep.lower_ in ("in", "by", "with") \
        and prep.dep_ == "prep" and prep.i < prep.head.i


def told_before(ctx: Context, ruling: Mention, owner: Token) -> bool:
    """'... the agency received the court's written decision' about a ruling the article told before: the court
    a description ('the court', 'the ministry') points to is a guess; the issuer is read where the ruling was told."""
    named = ctx.at(owner)  # None, or the ruling itself when its mention spans the owner ("court's decision")
    return owner.pos_ != "PROPN" and owner.lower_ not in PRONOUNS and (named is None or named == ruling) and any(
        m.entity == ruling.entity and m.end <= ruling.start for m in ctx.mentions)


def ruling_issuer(ctx: Context, ruling: Mention, head: Token) -> list[Relation]:
    """'the court's ruling', 'the decision of <body>': the issuer; 'the acquittal of <person>': who it is about."""
    defendant_of = head.lemma_.lower() in DEFENDANT_OF or head.lemma_.lower() in TRIED_BY_JUDGE and \
        not judged(ctx, head)
    inside = [m for m in ctx.mentions if m.type in STATE and ruling.start <= m.start and m.end < ruling.end
              and re.fullmatch(r"(?:(?:the|a|an)\s+)?", ctx.text[ruling.start:m.start], re.I)]  # not "X v. Russia"
    if inside:  # "A Roskomnadzor order adopted last year": the body named inside the ruling's own name
        return [Relation(inside[0].entity, "issued", ruling.entity,
                         evidence(ctx, "relation.issued_of.v1", 0.75, span_of(ruling)))]
    for child in children(head):
        if defendant_of and (child.dep_ == "prep" and child.lower_ == "of" or child.dep_ == "poss"):
            named = [child] if child.dep_ == "poss" else [o for o in children(child) if o.dep_ == "pobj"]
            about = [m for o in named if (m := ctx.head_mention(o, {"Person", "Organization"}))]
            if about:
                return [Relation(ruling.entity, "targets", m.entity, evidence(
                    ctx, "relation.ruling_of_defendant.v1", 0.75, span_of(ruling), span_of(m))) for m in about]
        if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in ("by", "from") + (
                () if defendant_of else ("of",))):
            target = child if child.dep_ == "poss" else next((c for c in children(child) if c.dep_ == "pobj"), None)
            issuer = ctx.head_mention(target, STATE | ({"Person"} if not defendant_of else set())) \
                if target is not None else None
            if child.dep_ == "poss" and fronted_frame(head, child):
                issuer = next(iter(subjects(ctx, head.head.head, STATE)), None)
            if issuer and told_before(ctx, ruling, target):
                continue
            if issuer:
                ev = evidence(ctx, "relation.issued_of.v1", 0.75, span_of(ruling), span_of(issuer))
                return [Relation(issuer.entity, "issued", ruling.entity, ev)]
    return []


def topical(ctx: Context, clause: str) -> list[Mention]:
    """Provisions named in the article for the same offence the clause describing a ruling talks about."""
    words = clause.lower()
    topics = {topic for topic, stem in TOPICS.items() if re.search(stem, words)}
    found = []
    for m in ctx.mentions:
        if m.type == "LegalProvision":
            sentence = ctx.text[m.sentence[0]:m.sentence[1]].lower()
            if any(re.search(TOPICS[t], sentence) for t in topics) and m.entity not in [f.entity for f in found]:
                found.append(m)
    return found


def basis(ctx: Context, verb: Token) -> list[Mention]:
    """The laws and provisions a passive verb names as its ground: 'taken under', 'based on', 'pursuant to'."""
    preps = {c.lower_ for c in children(verb) if c.dep_ == "prep"}
    if "under" in preps or "pursuant" in preps or (verb.lemma_.lower() in BASIS_VERBS and "on" in preps):
        return [m for c in children(verb) if c.dep_ == "prep" and c.lower_ in ("under", "pursuant", "on")
                for m in ctx.within(c, LEGAL)] or [b for b in legal_bases(ctx, verb) if "under" in preps]
    return []


def based_on(ctx: Context, act: Mention, verb: Token) -> list[Relation]:
    """'the decision, taken under <provision>', 'a fine, which was imposed under <provision>': it applies them."""
    return [about(ctx, act, m, "applies", "relation.concerns_acl.v1", 0.7, span_of(verb))
            for m in basis(ctx, verb) if m.entity != act.entity]


def announced_on(head: Token, prep: Token) -> bool:
    """'announced the decision on Twitter': an 'on' that says where a ruling was made known, not whom it is on."""
    return prep.lower_ == "on" and head.lemma_.lower() in INTERPRETIVE and head.dep_ == "dobj" and \
        head.head.lemma_.lower() in ANNOUNCE_VERBS