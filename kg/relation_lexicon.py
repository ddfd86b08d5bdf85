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

OWN_VERBS = {"own", "control", "acquire", "buy", "purchase"}
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
