"""Who issued a law or a decision, in shapes of real news that the legislation verbs of kg.events miss.

Rules (ids travel into provenance):
  event.through_body.v1   "The Yarovaya law sailed through the State Duma", "<law> was rushed through parliament":
                          a law that went through a legislature (in a past, asserted clause) was adopted by it
  event.voted_for.v1      "Deputies of the State Duma voted 320 to 4 to pass <law>", "The Duma voted for <law> in the
                          third reading": the voters adopted it (kept on the told 'pass' event when there is one)
  event.signature.v1      "Putin put his signature to <law>": the one who puts a signature to a law signed it
  event.relative_conj.v1  "a law that the Duma passed on March 4 and that Putin signed the same day": the second
                          relative clause, coordinated with the first, is about the same law
  event.listed_act.v1     "Putin signed several measures passed by the Duma, among them a law on X and a law on Y"
                          (also 'including', 'such as', a colon): the listed laws were signed (passed) with them
  event.members_passed.v1 "Lawmakers in the State Duma passed <law>", "the Duma's deputies approved <law>",
                          "Lawmakers in the Duma gave final approval to <law>": the members' legislature adopted it
  event.chamber_backed.v1 "The Federation Council backed <law>", "<law> was backed by the Duma": a legislature that
                          backs a law adopts it (not a person or party, who only supports it)
  event.fronted_participle.v1 "Signed by Putin in July 2016, the Yarovaya law ...", "Adopted by the Duma in 2012, the
                          law ...": a passive participle with a 'by' agent set before the clause issued its subject
  event.shared_object.v1  "The Duma passed and Putin signed <law>": the first of two coordinated issuing verbs
                          shares the second's law (kg.law_issued)
  event.temporal_clause.v1 "After the Duma passed <law>, Snowden called it ...": a past clause of time is told as
                          having happened whatever the main verb (kg.law_issued)
  event.coordinated_law.v1 "Putin signed <law> and <law>": each law coordinated with the object (kg.law_issued)
  event.contact_relative.v1 "The Yarovaya law Putin signed in 2016 ...", "a decree Putin signed on Friday": a relative
                          clause with no relative word whose signing or passing verb has a subject and no object
  relation.ruling_of_deciding_body.v1  "Russia's Prosecutor General's Office has declared <Org> undesirable ... The
                          Kremlin did not comment on the decision": a decision, designation or order noun that no other
                          rule gives an issuer was issued by the one state body or court whose asserted designation,
                          ban, blocking or liquidation the article tells before it (two such actors leave it alone;
                          "designation" records designations only; a decision the text gives to a court or to
                          "them" is not the body's, kg.event_links.others_ruling)
Drafting or sponsoring a bill, debating it, a first or second reading, a vote against, and hedged or future clauses
issue nothing.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import ACTORS, RELATIVE, STATE, Context, asserted, evidence, is_passive, patients, span_of, subjects
from kg.doc_tables import ancestors, char_span, children
from kg.event_actors import lemma_of
from kg.event_carry import approval_of
from kg.event_build import make
from kg.event_context import status_of
from kg.issued_readings import others_ruling
from kg.law_issued import coordinated_laws, shared_object, temporal_issuers
from kg.model import Event, Evidence, Relation
from kg.vocab import base_of

LEGISLATURE_WORDS = ("duma", "federation council", "parliament", "federal assembly", "senate", "rada", "legislature",
                     "assembly", "chamber")
PASSING = {"pass", "adopt", "approve", "endorse"}  # "voted to pass <law>"
FAVOUR = {"for", "favour", "favor"}  # "voted for <law>", "voted in favour of <law>"
ISSUING = {"sign": ("Signing", "signed"), **dict.fromkeys(["pass", "adopt", "approve", "endorse", "enact", "ratify"],
                                                             ("Adoption", "adopted"))}
MEMBERS = {"lawmaker", "deputy", "legislator", "mp", "senator", "member", "parliamentarian"}
ACT_NOUNS = {"measure", "law", "bill", "act", "amendment", "document", "decree", "package"}  # "signed several laws"
SIGNATURE_VERBS = {"put", "set", "affix", "add"}
# the trigger lemmas (kg.event_actors.lemma_of) the shapes below read, 'through <legislature>' aside: voting,
# putting a signature, and passing or signing
READING_LEMMAS = {"vote", *SIGNATURE_VERBS, *ISSUING}
APPROVING = {"give", "back"}  # "gave final approval to <law>", "The Federation Council backed <law>"
DECIDED_KINDS = {"Ban", "Blocking", "Liquidation", "Designation", "ExtremistDesignation", "TerroristDesignation",
                 "ForeignAgentDesignation", "UndesirableDesignation"}
DESIGNATION_KINDS = {k for k in DECIDED_KINDS if k.endswith("Designation")}
DECISION_NOUNS = {"decision", "designation", "order", "resolution"}


def issuing_events(ctx: Context, events: list[Event]) -> tuple[list[Event], list[Relation]]:
    """The article's events with the acts of issuing these shapes add (a told event gains the agents it lacked)."""
    by_id = {e.id: e for e in events}
    relations = []
    through = {t.head.i for t in ctx.words.with_lower(("through",)) if t.dep_ == "prep" and t.head.i != t.i}
    for verb in ctx.words.with_pos("VERB", "AUX"):
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        reading = lemma_of(verb) in READING_LEMMAS
        if not reading and verb.i not in through and lemma_of(verb) not in APPROVING:
            continue  # most verbs: through_body needs a 'through', every other shape one of the lemmas or of APPROVING
            # (and the verb's status, costly to read, is not asked)
        timed = not asserted(verb) or status_of(verb) != "Asserted"
        if not reading:
            readings = [] if timed else through_body(ctx, verb) + (  # "Lawmakers in the Duma gave approval to <law>"
                members_passed(ctx, verb) if lemma_of(verb) == "give" else
                chamber_backed(ctx, verb) if lemma_of(verb) == "back" else [])
        elif timed:  # "After the Duma passed <law>, X called it ...": told as done (a told event becomes asserted)
            readings = temporal_issuers(ctx, verb, ISSUING, issued, early_reading)
        else:
            readings = [*through_body(ctx, verb), *voted_for(ctx, verb), *signature(ctx, verb),
                        *relative_conj(ctx, verb), *listed_acts(ctx, verb), *members_passed(ctx, verb),
                        *fronted_participle(ctx, verb), *contact_relative(ctx, verb),
                        *shared_object(ctx, verb, ISSUING, issued, early_reading),
                        *coordinated_laws(ctx, verb, ISSUING, issued, early_reading)]
        for event, derived in readings:
            told = by_id.get(event.id)
            if told is not None and not timed:
                known = {(a, act) for a in told.role("agent") for act in told.role("legalAct")}
                derived = [r for r in derived if (r.subject, r.object) not in known]
                if not derived:
                    continue
            if told is not None:  # the told event, with its agents and acts
                event = Event(told.kind, tuple(dict.fromkeys([*told.roles, *event.roles])), told.trigger,
                              told.evidence, event.status if timed else told.status, told.when, told.source,
                              told.place, told.penalty)
            by_id[event.id] = event
            relations += [Relation(r.subject, r.predicate, r.object, r.evidence, r.date, event.id) for r in derived]
    return list(by_id.values()), relations


def issued(ctx: Context, kind: str, prop: str, verb: Token, agents: list, acts: list, name: str):
    pairs = [(a, act) for a in agents for act in acts if a.entity != act.entity]
    if not pairs:
        return []
    roles = [("agent", a) for a in agents] + [("legalAct", act) for act in acts]
    derived = [Relation(a.entity, prop, act.entity, evidence(ctx, f"relation.{name}.v1", 0.7, span_of(a),
                                                             span_of(verb), span_of(act))) for a, act in pairs]
    return [(make(ctx, kind, verb, roles, f"event.{name}.v1", 0.7), derived)]


def legislature(ctx: Context, token: Token) -> list:
    m = ctx.head_mention(token, {"GovernmentBody"})
    label = ctx.entities[m.entity].label.lower() if m else ""
    return [m] if m and any(w in label for w in LEGISLATURE_WORDS) else []


def early_reading(verb: Token) -> bool:
    """'in the first reading', 'at its second reading': a stage of a bill, not its adoption."""
    words = [t.lower_ for t in verb.subtree]
    return any(w in ("first", "second", "1st", "2nd") and words[i + 1:i + 2] == ["reading"]
               for i, w in enumerate(words))


def through_body(ctx: Context, verb: Token):
    """'<law> sailed/went/was rushed through <legislature>' (a told past, not 'is going through')."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ == "aux" and c.lower_ in ("is", "are") for c in children(verb)):
        return []
    bodies = [m for p in children(verb) if p.dep_ == "prep" and p.lower_ == "through" for o in children(p)
              if o.dep_ == "pobj" for m in legislature(ctx, o)]
    if not bodies or early_reading(verb):
        return []
    acts = [m for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass") if (m := ctx.head_mention(c, {"Law"}))]
    return issued(ctx, "Adoption", "adopted", verb, bodies, acts, "through_body") if bodies else []


def chamber_backed(ctx: Context, verb: Token):
    """'The Federation Council backed <law>', '<law> was backed by the Duma': a chamber backs a law by voting it
    through (a person or party that backs a law only supports it)."""
    if verb.tag_ not in ("VBD", "VBN") or early_reading(verb):
        return []
    if is_passive(verb):
        heads = [o for p in children(verb) if p.dep_ == "agent" for o in children(p) if o.dep_ == "pobj"]
        objects = [c for c in children(verb) if c.dep_ == "nsubjpass"]
    else:
        heads = [c for c in children(verb) if c.dep_ == "nsubj"]
        objects = [c for c in children(verb) if c.dep_ == "dobj"]
    bodies = [m for h in heads for m in legislature(ctx, h)]
    acts = [m for o in objects if (m := ctx.head_mention(o, {"Law"}))]
    return issued(ctx, "Adoption", "adopted", verb, bodies, acts, "chamber_backed") if bodies and acts else []


def voted_for(ctx: Context, verb: Token):
    """'<voters> voted (320 to 4) to pass <law>', '<voters> voted for / in favour of <law>'."""
    if lemma_of(verb) != "vote" or verb.tag_ not in ("VBD", "VBN") or early_reading(verb):
        return []
    voters = subjects(ctx, verb, STATE)
    found = []
    for c in children(verb):
        if c.dep_ == "xcomp" and lemma_of(c) in PASSING:
            acts = [m for o in children(c) if o.dep_ in ("dobj",) if (m := ctx.head_mention(o, {"Law"}))]
            found += issued(ctx, "Adoption", "adopted", c, voters, acts, "voted_for")
        elif c.dep_ == "prep" and c.lower_ in ("for", "in"):
            objs = [o for o in children(c) if o.dep_ == "pobj"]
            objs = [x for o in objs for x in ([o] if c.lower_ == "for" else [
                y for p in children(o) if p.dep_ == "prep" and p.lower_ == "of" for y in children(p)
                if y.dep_ == "pobj"] if o.lower_ in FAVOUR else [])]
            acts = [m for o in objs if (m := ctx.head_mention(o, {"Law"}))]
            found += issued(ctx, "Adoption", "adopted", verb, voters, acts, "voted_for")
    return found


def signature(ctx: Context, verb: Token):
    """'<X> put his signature to/on/under <law>'."""
    if lemma_of(verb) not in SIGNATURE_VERBS:
        return []
    signs = [c for c in children(verb) if c.dep_ == "dobj" and c.lemma_.lower() == "signature"]
    if not signs:
        return []
    phrases = [p for h in (verb, *signs) for p in children(h) if p.dep_ == "prep" and p.lower_ in ("to", "on", "under")]
    acts = [m for p in phrases for o in children(p) if o.dep_ == "pobj" if (m := ctx.head_mention(o, {"Law"}))]
    return issued(ctx, "Signing", "signed", verb, subjects(ctx, verb, ACTORS), acts, "signature")


def fronted_participle(ctx: Context, verb: Token):
    """'Signed by Putin in July 2016, the Yarovaya law requires ...', 'Adopted by the Duma in 2012, the law bans ...':
    a passive participle with a 'by' agent set before the clause describes the clause's subject."""
    kind, prop = ISSUING.get(lemma_of(verb), ("", ""))
    if not kind or verb.tag_ != "VBN" or verb.dep_ != "advcl" or verb.i > verb.head.i or early_reading(verb) or \
            any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "aux", "mark") for c in children(verb)):
        return []
    agents = [m for p in children(verb) if p.dep_ == "agent" for o in children(p) if o.dep_ == "pobj"
              for m in ctx.head_mentions(o, ACTORS)]
    acts = [m for c in children(verb.head) if c.dep_ in ("nsubj", "nsubjpass", "csubj", "csubjpass")  # "the law
            for m in ctx.head_mentions(c, {"Law", "Ruling"})]  # banning X" misread as a clausal subject
    return issued(ctx, kind, prop, verb, agents, acts, "fronted_participle") if agents and acts else []


def contact_relative(ctx: Context, verb: Token):
    """'The Yarovaya law Putin signed in 2016 requires ...', 'a decree Putin signed on Friday': a relative clause with
    no relative word whose verb has a subject but no object of its own is about its noun, what was signed or passed."""
    kind, prop = ISSUING.get(lemma_of(verb), ("", ""))
    if not kind or verb.dep_ != "relcl" or verb.i < verb.head.i or early_reading(verb) or \
            any(c.dep_ in ("dobj", "nsubjpass", "auxpass") or c.lower_ in RELATIVE for c in children(verb)):
        return []
    if any(t.lower_ in RELATIVE for t in verb.doc[verb.head.i + 1:verb.i]):
        return []  # "the law that ...", "the decree which ..." belong to the relative rules
    agents = [m for c in children(verb) if c.dep_ == "nsubj" for m in ctx.head_mentions(c, ACTORS)]
    acts = [m for m in [ctx.head_mention(verb.head, {"Law", "Ruling"})] if m]
    return issued(ctx, kind, prop, verb, agents, acts, "contact_relative") if agents and acts else []


def members_passed(ctx: Context, verb: Token):
    """'Lawmakers in the State Duma passed <law>', 'State Duma deputies adopted <law>', '<law> was approved by members
    of the Federation Council', 'Lawmakers in the Duma gave final approval to <law>': the members' legislature
    adopted it."""
    approved = approval_of(ctx, verb) if lemma_of(verb) == "give" else []
    if not approved and ISSUING.get(lemma_of(verb), ("",))[0] != "Adoption" or early_reading(verb):
        return []
    passive = is_passive(verb)
    heads = [o for p in children(verb) if p.dep_ == "agent" for o in children(p) if o.dep_ == "pobj"] if passive else \
        [c for c in children(verb) if c.dep_ == "nsubj"]
    members = [h for h in heads if h.lemma_.lower() in MEMBERS and ctx.at(h) is None]
    bodies = [m for h in members for t in children(h) if t.dep_ in ("compound", "poss") or t.dep_ == "prep" and
              t.lower_ in ("in", "of", "from") for x in ([t] if t.dep_ != "prep" else
                                                         [o for o in children(t) if o.dep_ == "pobj"])
              for m in legislature(ctx, x)]
    acts = [m for m in approved if m.type == "Law"] or [
        m for c in patients(verb) for m in ctx.head_mentions(c, {"Law"})]
    return issued(ctx, "Adoption", "adopted", verb, list({m.entity: m for m in bodies}.values()), acts,
                  "members_passed") if bodies and acts else []


def relative_conj(ctx: Context, verb: Token):
    """'a law that the Duma passed on March 4 and that Putin signed the same day', '... which Putin signed': the
    second relative clause, coordinated with the first, is about the noun the first hangs on."""
    lemma = lemma_of(verb)
    if lemma not in ISSUING or verb.dep_ != "conj" or verb.head.dep_ != "relcl" or early_reading(verb):
        return []
    own = [c for c in children(verb) if c.dep_ in ("dobj", "nsubjpass")]
    if any(c.lower_ not in RELATIVE for c in own):  # "... and Putin signed a decree": an act of its own
        return []
    acts = [m for m in [ctx.head_mention(verb.head.head, {"Law"})] if m]
    passive = is_passive(verb)
    heads = [o for p in children(verb) if p.dep_ == "agent" for o in children(p) if o.dep_ == "pobj"] if passive else \
        [c for c in children(verb) if c.dep_ == "nsubj"]
    agents = [m for h in heads if (m := ctx.head_mention(h, ACTORS))]
    kind, prop = ISSUING[lemma]
    return issued(ctx, kind, prop, verb, agents, acts, "relative_conj") if acts else []


def listed_acts(ctx: Context, verb: Token):
    """'Putin signed several other measures passed by the Duma in April, among them a law banning X and a law on Y':
    the laws a plural act noun lists after 'among them', 'including', 'such as' or a colon were signed (passed) by
    whoever signed (passed) the measures. A law inside a clause of its own ('that adds Article 354.1 to the Criminal
    Code') is not one of the items."""
    lemma = lemma_of(verb)
    if lemma not in ISSUING or early_reading(verb):
        return []
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.tag_ == "NNS":  # "measures passed by the Duma"
        noun = verb.head
        agents = [m for p in children(verb) if p.dep_ == "agent" for o in children(p) if o.dep_ == "pobj"
                  if (m := ctx.head_mention(o, ACTORS))]
    else:
        noun = next((c for c in children(verb) if c.dep_ == "dobj" and c.tag_ == "NNS"), None)
        agents = subjects(ctx, verb, ACTORS) if noun is not None else []
    if noun is None or noun.lemma_.lower() not in ACT_NOUNS or not agents:
        return []
    kind, prop = ISSUING[lemma]
    return issued(ctx, kind, prop, verb, agents, list_items(ctx, verb, noun), "listed_act")


def list_items(ctx: Context, verb: Token, noun: Token) -> list:
    """The laws listed after the noun in its sentence, once a word that opens a list has come."""
    sent = noun.sent
    opener = next((t for t in sent if t.i > noun.i and (t.text == ":" or t.lower_ == "including" or (
        t.lower_ in ("among", "such") and t.i + 1 < sent.end and t.nbor().lower_ in ("them", "which", "as")))), None)
    if opener is None:
        return []
    found = []
    for m in (m for m in ctx.mentions if m.type == "Law" and opener.idx < m.start < sent.end_char):
        span = char_span(ctx.doc, m.start, m.end)
        inner = [a for a in ancestors(span.root) if a.i not in (verb.i, noun.head.i) and a.pos_ in ("VERB", "AUX")
                 ] if span else [None]
        if span is not None and not inner and span.root.dep_ not in ("pobj",) or (
                span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in ("among", "including", "as")
                and not inner):
            found.append(m)
    return list(dict.fromkeys(found))


def decided_rulings(ctx: Context, events: list[Event], relations: list[Relation]) -> list[Relation]:
    issued_ = {r.object for r in relations if base_of(r.predicate) == "issued"}
    found, seen = [], set()
    for m in sorted((m for m in ctx.mentions if m.type == "Ruling"), key=lambda m: m.start):
        if m.entity in issued_ or m.entity in seen or m.text.lower().split()[-1] not in DECISION_NOUNS:
            continue
        seen.add(m.entity)
        kinds = DESIGNATION_KINDS if m.text.lower().split()[-1] == "designation" else DECIDED_KINDS
        acts = [e for e in events if e.status == "Asserted" and e.kind in kinds and e.trigger[1] <= m.start]
        actors = {a for e in acts for a in e.role("agent") if getattr(ctx.entities.get(a), "type", "") in STATE}
        if len(actors) != 1 or others_ruling(ctx, m.entity, next(iter(actors))):
            continue  # "his designation" records no ban; "their decision", "the court's decision": not this body's
        actor = next(iter(actors))
        act = next(e for e in reversed(acts) if actor in e.role("agent"))
        ev = Evidence(ctx.article.id, m.start, m.end, m.sentence, "relation.ruling_of_deciding_body.v1", 0.55)
        found.append(Relation(actor, "issued", m.entity, ev, event=act.id))
    return found
