"""Word lists the event rules use: trigger verbs, their event classes, and the words that set status.

Each trigger maps a verb lemma to (event class of the ontology, the fine property of the direct fact
derived from an asserted event, or None when the event makes no direct fact).
"""

from __future__ import annotations

import re

# court and police actions: agent (court or body) -> defendant; "under <provision>" is the legal basis
PROCEEDING = {
    "convict": ("Conviction", "convicted"), "sentence": ("Sentence", "convicted"), "jail": ("Sentence", "convicted"),
    "imprison": ("Sentence", "convicted"), "fine": ("Fine", "fined"), "acquit": ("Acquittal", None),
    "prosecute": ("Charge", "prosecuted"), "charge": ("Charge", "prosecuted"), "indict": ("Charge", "prosecuted"),
    "accuse": ("Charge", "prosecuted"), "open": ("CriminalCaseOpening", "prosecuted"),
    "launch": ("CriminalCaseOpening", "prosecuted"), "initiate": ("CriminalCaseOpening", "prosecuted"),
    "institute": ("CriminalCaseOpening", "prosecuted"), "detain": ("Detention", "detained"),
    "arrest": ("Detention", "detained"), "search": ("Search", "searched"), "raid": ("Search", "searched"),
    "release": ("Release", None), "free": ("Release", None), "pardon": ("Amnesty", None),
    "amnesty": ("Amnesty", None), "remand": ("Detention", "detained"), "place": ("Detention", "detained"),
    "hold": ("Detention", "detained"), "keep": ("Detention", "detained"), "take": ("Detention", "detained"),
    "send": ("Detention", "detained"), "put": ("Detention", "detained"), "pick": ("Detention", "detained"),
    "close": ("CaseClosure", None), "drop": ("CaseClosure", None), "dismiss": ("CaseClosure", None),
    "terminate": ("CaseClosure", None), "discontinue": ("CaseClosure", None),
}
# "pick" detains only as "picked up" a person, by a body or with no actor named ("the FSB picked up X", "X was picked up
# at the airport"; not "picked up the prize", nor a person picking up another)
PICK_UP = {"pick"}
# "close", "drop" ... end a case only with a case noun or "charges" as their object ("dropped the charges against
# X", "the case was closed"; not "closed the newspaper", "dismissed the appeal", "dropped the plan")
CLOSING = {"close", "drop", "dismiss", "terminate", "discontinue"}
# the court acts that end a case (a verdict or a fine)
VERDICT_KINDS = frozenset({"Conviction", "Sentence", "Fine", "Acquittal"})
# "place", "hold", "keep", "take" make a detention only with one of these nouns in their 'in/under/into' phrase
# ("placed him in custody", "held in pre-trial detention", "kept under house arrest", "taken into custody")
CUSTODY_VERBS = {"place", "hold", "keep", "take", "send", "put"}  # "taken into custody", "put under house arrest"
CUSTODY_NOUNS = {"custody", "arrest", "detention"}
CUSTODY_PREPS = {"in", "under", "into", "to"}
# "sent him to a penal colony", "put behind bars": a custody verb with one of these in its phrase tells a sentence
PRISON_NOUNS = {"colony", "prison", "jail", "gaol", "camp", "penitentiary", "bars"}
PRISON_PREPS = {"to", "in", "into", "behind"}
# detentions a court orders (a measure of restraint): with no actor named, the article's one court took them
COURT_CUSTODY = {"remand", "place", "hold", "keep", "send", "put"}  # (police take people into custody too)
# "open", "launch" ... make a case opening only with one of these nouns as their object
CASE_NOUNS = {"case", "cases", "investigation", "investigations", "proceedings", "probe", "inquiry"}
CASE_OPENING = {"open", "launch", "initiate", "institute", "bring", "file", "start"}  # a case's subject opened it
CLOSED_NOUNS = CASE_NOUNS | {"charge", "charges", "prosecution"}
# "the fine was imposed by <court> under <provision>": verbs whose object or passive subject names the penalty
IMPOSE = {"impose", "levy", "set"}  # ("set" a penalty: only with a penalty noun as its object)
PENALTY_NOUNS = {"fine": ("Fine", "fined"), "penalty": ("Fine", "fined"), "sentence": ("Sentence", "convicted"),
                 "punishment": ("Sentence", "convicted")}
# restrictions: agent (body or court) -> target (outlet, platform, organisation, person)
RESTRICTION = {
    "block": ("Blocking", "blocked"), "throttle": ("Blocking", "blocked"), "restrict": ("Blocking", "blocked"),
    "ban": ("Ban", "banned"), "outlaw": ("Ban", "banned"), "prohibit": ("Ban", "banned"),
    "liquidate": ("Liquidation", "liquidated"), "dissolve": ("Liquidation", "liquidated"),
    "shut": ("Liquidation", "liquidated"), "close": ("Liquidation", "liquidated"), "warn": ("Warning", "warned"),
    "designate": ("Designation", "designated"), "label": ("Designation", "designated"),
    "brand": ("Designation", "designated"), "declare": ("Designation", "designated"),
    "list": ("Designation", "designated"), "recognize": ("Designation", "designated"),
    "recognise": ("Designation", "designated"), "add": ("Designation", "designated"),
    "include": ("Designation", "designated"), "put": ("Designation", "designated"),
    "enter": ("Designation", "designated"), "slow": ("Blocking", "blocked"), "suspend": ("Ban", "banned"),
    "revoke": ("Ban", "banned"), "strip": ("Ban", "banned"), "expel": ("Ban", "banned"),
    "place": ("Designation", "designated"), "cut": ("Blocking", "blocked"), "name": ("Designation", "designated"),
}
# verbs that designate only with the label as their complement ("named X a foreign agent", not "named X head of the
# Centre for Countering Extremism")
LABEL_COMPLEMENT = {"name"}
# "place" designates only with a list ("placed her on its wanted list"), "cut" blocks only as "cut off"
# these designation verbs mean a designation only when the clause names the label or a list
NEEDS_LABEL = {"declare", "list", "recognize", "recognise", "add", "include", "label", "brand", "put", "enter",
               "place"}
LIST_WORDS = r"\b(?:list|register|registry|blacklist)\b"
# registers a regulator keeps of those its rules oblige, not of those it punishes ("entered Telegram in the register
# of organisers of information dissemination", "its register of audiovisual services")
DUTY_REGISTERS = (r"\b(?:organi[sz]ers?\s+of\s+(?:the\s+)?(?:information|data)\s+dissemination|audiovisual\s+services?|"
                  r"news\s+aggregators?|(?:popular\s+)?bloggers|hosting\s+providers?)\b")
# the label in the clause -> the designation subclass (checked in this order)
DESIGNATIONS = (
    (r"\bforeign[- ]agents?\b", "ForeignAgentDesignation"),
    (r"\bundesirable\b", "UndesirableDesignation"),
    (r"\bterroris[tm]s?\b", "TerroristDesignation"),
    (r"\bextremis[tm]s?\b", "ExtremistDesignation"),
)
DESIGNATION_LABELS = [(re.compile(pattern, re.I), kind) for pattern, kind in DESIGNATIONS]  # compiled once
# "ordered the liquidation of X": verbs of deciding whose object noun names the action
ORDER = {"order", "instruct", "rule", "decide", "require", "oblige", "direct", "grant", "approve", "uphold"}
NOMINAL = {"liquidation": ("Liquidation", "liquidated"), "dissolution": ("Liquidation", "liquidated"),
           "closure": ("Liquidation", "liquidated"), "blocking": ("Blocking", "blocked"), "ban": ("Ban", "banned"),
           "suspension": ("Ban", "banned"), "banning": ("Ban", "banned"), "arrest": ("Detention", "detained"),
           "detention": ("Detention", "detained")}
# "the blocking of X, ordered/carried out by <body>": participles whose agent did what the noun names
ORDERED_BY = {"order", "carry", "impose", "enforce", "decide"}
# requests named by a noun: "a lawsuit filed by X", "X's appeal", "at the request of X"
REQUEST_NOUNS = {"lawsuit": "petitioned", "suit": "petitioned", "claim": "petitioned", "petition": "petitioned",
                 "request": "petitioned", "application": "petitioned", "motion": "petitioned",
                 "appeal": "appealedTo", "challenge": "appealedTo", "complaint": "complainedTo", "demand": "petitioned",
                 "letter": "petitioned"}  # "a letter to <Y>": a letter to an actor asks it something
# deciding verbs that grant a request: "granted the request for his arrest" orders the arrest
GRANTING = {"grant", "approve", "satisfy", "uphold", "accept"}
# what a court or body does with a request
DECIDING = {"grant", "reject", "dismiss", "hear", "uphold", "consider", "satisfy", "approve", "deny", "accept",
            "refuse", "overturn", "examine", "turn", "throw"}
# legislation and rulings: agent -> the act adopted, signed or issued
LEGISLATION = {
    "sign": ("Signing", "signed"), "pass": ("Adoption", "adopted"), "adopt": ("Adoption", "adopted"),
    "approve": ("Adoption", "adopted"), "enact": ("Adoption", "adopted"), "endorse": ("Adoption", "adopted"),
    "issue": ("Decision", "issued"), "hand": ("Decision", "issued"), "deliver": ("Decision", "issued"),
    "publish": ("Decision", "issued"), "amend": ("Amendment", None), "clear": ("Adoption", "adopted"),
    "ratify": ("Adoption", "adopted"), "stamp": ("Adoption", "adopted"), "give": ("Adoption", "adopted"),
}
# who issues: an organisation that "publishes" a ruling or a law reports it, and no organisation hands down a
# ruling (courts, state bodies and officials do) -- kg.act_sides.may_issue
NON_ISSUERS = {"Organization"}
REPORTING_ONLY = {"publish"}
# "give" adopts only "approval/assent to" an act, "stamp" only as "rubber-stamp" (kg.event_carry)
# "the bill passed the Duma", "cleared the Federation Council": the object body adopted the subject act
PASSED_THROUGH = {"pass", "clear"}
# "began slowing down <X>": verbs whose subject is the agent of the action they begin or go on with
ASPECTUAL = {"begin", "start", "continue", "resume"}
# "used the same equipment to slow down <X>": verbs whose subject does what their infinitive of purpose says
INSTRUMENTAL = {"use", "employ", "deploy"}
# "police came to arrest him", "officers arrived to search the flat": verbs of coming whose subject does what
# their infinitive of purpose says
COMING = {"come", "arrive", "go", "return"}
# "the law entered into force", "took effect": (verb, the noun that must follow)
IN_FORCE = {"enter": "force", "come": "force", "take": "effect", "go": "effect"}
# requests: verb lemma -> (fine property, prepositions introducing the addressee; empty = direct object)
PETITION = {
    "ask": ("petitioned", ()), "petition": ("petitioned", ()), "urge": ("calledOn", ()),
    "request": ("petitioned", ()), "call": ("calledOn", ("on", "upon")), "appeal": ("appealedTo", ("to",)),
    "complain": ("complainedTo", ("to",)), "apply": ("petitioned", ("to",)), "turn": ("petitioned", ("to",)),
    "write": ("petitioned", ("to",)), "submit": ("petitioned", ("to",)), "file": ("complainedTo", ("with",)),
    "demand": ("petitioned", ()), "challenge": ("appealedTo", ("in", "at", "before")),
    "contest": ("appealedTo", ("in", "at", "before")),
}
# who is not asked (kg.act_sides.asked_nothing): a bill brought into a chamber asks it nothing ("submitted the bill
# to the State Duma"); what an asked-for act is about is not asked ("requested the arrest of <X>", "a ban on <X>")
BRINGING_IN = {"submit", "introduce", "table", "send"}
# "asked <X> for comment": a question put to X (kg.act_sides.not_a_request)
QUESTION_NOUNS = {"comment", "comments", "interview", "reaction", "response", "opinion", "view", "views"}
ABOUT = ("of", "on", "against", "for")
# "challenged the designation in the Moscow City Court": these take only a court (or body) named in the phrase
NAMED_FORUM = {"challenge", "contest"}
# "demanded that Google delete the app", "asked that the court release him": the that-clause's subject is asked
THAT_ADDRESSEE = {"demand", "ask", "request", "urge"}
# "the law was used against <X>", "applied Article 282 against <X>": X was charged under it
USE_AGAINST = {"use", "apply", "invoke", "enforce"}
# "told <X> to remove the material", "instructed the providers to block it": a demand made of X (kg.events.directive)
DIRECTING = {"tell", "instruct", "direct"}
# speech acts with an actor as speaker
SPEECH = {"say": "Declaration", "state": "Declaration", "announce": "Declaration", "tell": "Declaration",
          "report": "Declaration", "confirm": "Declaration", "stress": "Declaration", "explain": "Declaration",
          "claim": "Allegation", "allege": "Allegation", "deny": "Denial"}
# verbs that report what someone says: their subject is the source of the facts below them
REPORTING = {"say", "tell", "state", "report", "announce", "claim", "note", "add", "write", "explain", "stress",
             "confirm", "allege", "insist", "argue", "believe", "deny", "complain", "point", "emphasize",
             "emphasise", "quote", "cite", "according"}

# governors that change the status of the action below them
REQUESTED = {"ask", "urge", "call", "demand", "request", "petition", "propose", "suggest", "seek", "want", "wish",
             "insist", "appeal", "push", "lobby", "press", *DIRECTING}  # "told <X> to block it": asked, not done
PLANNED = {"plan", "intend", "prepare", "aim", "consider", "promise", "vow", "pledge", "threaten", "try",
           "attempt", "mean", "decide", "agree", "schedule"}
PREDICTED = {"expect", "predict", "forecast", "likely", "hope", "fear"}
ALLEGED = {"allege", "claim", "accuse", "suspect"}
DENIED = {"deny", "reject", "dismiss", "refute"}
# what is said to be untrue in a that-clause ("disputed that it had designated X"); as objects these verbs
# take real acts ("contested its designation"), so they deny only a clause
DENIED_CLAUSE = DENIED | {"dispute", "contest", "doubt", "question"}
NEGATING = {"refuse", "decline", "fail", "avoid", "stop", "cease", "reject"}
FUTURE_AUX = {"will", "'ll", "shall", "would", "may", "might", "could", "can"}
OBLIGATION_AUX = {"must", "should", "ought"}

# nouns of things only talked of, asked for or feared, not done: "talk of a ban", "a request for a ban"
UNREAL_NOUNS = {"talk", "rumour", "rumor", "speculation", "idea", "fear", "threat", "prospect", "possibility", "risk",
                "proposal", "demand", "request", "call", "plea", "motion", "petition", "application", "suggestion",
                "danger", "spectre", "specter", "likelihood", "chance", "hope"}


# verbs by which a court or body hands down a ruling ("handed down its verdict", "issued a ruling")
HANDING_DOWN = {"hand", "deliver", "pass", "pronounce", "announce", "issue", "read"}
