"""Word lists the relation rules use (data, with what each list is for)."""

from __future__ import annotations

# job title -> the roleIn subproperty it implies ("Spokesman for the Prosecutor General's Office X")
ROLE_OF_TITLE = {
    **dict.fromkeys(["spokesman", "spokeswoman", "spokesperson", "press secretary", "press officer",
                     "press service head", "representative", "official representative"], "spokespersonOf"),
    **dict.fromkeys(["head", "chief", "chairman", "chairwoman", "chair", "director", "executive director",
                     "director general", "leader", "president", "ceo", "chief executive", "editor-in-chief",
                     "editor in chief", "chief editor", "coordinator", "founder and head"], "headOf"),
    **dict.fromkeys(["deputy head", "deputy chairman", "deputy director", "deputy chief", "vice president",
                     "deputy"], "deputyHeadOf"),
    **dict.fromkeys(["judge", "presiding judge", "justice"], "judgeOf"),
    **dict.fromkeys(["prosecutor", "state prosecutor", "investigator"], "prosecutorOf"),
    **dict.fromkeys(["lawyer", "attorney", "defence lawyer", "defense lawyer", "legal counsel", "counsel"],
                    "lawyerOf"),
    **dict.fromkeys(["member", "activist", "volunteer", "board member", "lawmaker", "deputy of"], "memberOf"),
    **dict.fromkeys(["founder", "co-founder", "cofounder"], "founderOf"),
    **dict.fromkeys(["employee", "analyst", "expert", "researcher", "journalist", "correspondent", "reporter",
                     "editor", "officer", "official", "staffer", "head of department", "minister"], "employeeOf"),
}

# verb lemma -> (property, prepositions introducing the addressee; empty = direct object)
PETITION_VERBS = {
    "ask": ("petitioned", ()), "petition": ("petitioned", ()), "urge": ("calledOn", ()),
    "request": ("petitioned", ()), "call": ("calledOn", ("on", "upon")), "appeal": ("appealedTo", ("to",)),
    "complain": ("complainedTo", ("to",)), "apply": ("petitioned", ("to",)), "turn": ("petitioned", ("to",)),
    "write": ("petitioned", ("to",)), "submit": ("petitioned", ("to",)), "file": ("complainedTo", ("with",)),
}
OWN_VERBS = {"own", "control", "acquire", "buy", "purchase"}
# verb lemma -> the sanctioned subproperty; "under <provision>" makes the matching chargedUnder one
SANCTION_VERBS = {
    "convict": "convicted", "sentence": "convicted", "jail": "convicted", "imprison": "convicted",
    "fine": "fined", "prosecute": "prosecuted", "charge": "prosecuted", "indict": "prosecuted",
    "detain": "detained", "arrest": "detained", "search": "searched", "raid": "searched", "block": "blocked",
    "throttle": "blocked", "restrict": "blocked", "ban": "banned", "outlaw": "banned", "designate": "designated",
    "label": "designated", "brand": "designated", "declare": "designated", "list": "designated",
    "liquidate": "liquidated", "accuse": "prosecuted", "open": "prosecuted", "dissolve": "liquidated", "shut": "liquidated", "warn": "warned",
}
# verb lemma -> the issued subproperty, for rulings and laws as objects
ISSUE_VERBS = {"sign": "signed", "pass": "adopted", "adopt": "adopted", "approve": "adopted", "enact": "adopted",
               "issue": "issued", "hand": "issued", "deliver": "issued", "publish": "issued", "endorse": "adopted"}
# verbs whose complement is not (yet) a fact: "asked the government to stop prosecuting"
UNASSERTED_GOVERNORS = {"ask", "urge", "call", "want", "plan", "intend", "seek", "propose", "threaten", "promise",
                        "hope", "demand", "request", "petition", "expect", "try", "attempt", "consider", "suggest",
                        "aim", "prepare", "refuse", "deny", "fail", "vow", "pledge", "offer", "decline"}
# offence topics: a ruling about one concerns provisions named for it (regex stems over lowercase text)
TOPICS = {
    "extremism": r"extremis|extremist", "terrorism": r"terroris", "fakes": r"\bfake|false information|knowingly false",
    "discrediting": r"discredit", "treason": r"treason", "espionage": r"espionage|\bspy", "hatred": r"hatred|enmity",
    "insulting believers": r"believers|religious feelings", "foreign agents": r"foreign agent",
    "undesirable": r"undesirable", "separatism": r"separatis", "nazism": r"nazi", "lgbt": r"lgbt|gay propaganda",
    "hooliganism": r"hooligan", "protest": r"unauthori[sz]ed (?:rally|protest|picket)",
}
