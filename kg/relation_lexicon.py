"""Word lists the relation rules use (data, with what each list is for)."""

from __future__ import annotations

from kg.event_lexicon import DIRECTING

# job title -> the roleIn subproperty it implies ("Spokesman for the Prosecutor General's Office X")
ROLE_OF_TITLE = {
    **dict.fromkeys(["spokesman", "spokeswoman", "spokesperson", "press secretary", "press officer",
                     "press service head", "representative", "official representative"], "spokespersonOf"),
    **dict.fromkeys(["head", "chief", "chairman", "chairwoman", "chair", "director", "executive director",
                     "director general", "leader", "president", "ceo", "chief executive", "editor-in-chief",
                     "editor in chief", "chief editor", "coordinator", "founder and head", "co-chair", "co-chairman",
                     "co-chairwoman", "rector", "general director", "speaker"], "headOf"),
    **dict.fromkeys(["deputy head", "deputy chairman", "deputy director", "deputy chief", "vice president"],
                    "deputyHeadOf"),
    **dict.fromkeys(["judge", "presiding judge", "justice"], "judgeOf"),
    **dict.fromkeys(["prosecutor", "state prosecutor", "investigator"], "prosecutorOf"),
    **dict.fromkeys(["lawyer", "attorney", "defence lawyer", "defense lawyer", "legal counsel", "counsel"],
                    "lawyerOf"),
    **dict.fromkeys(["member", "activist", "volunteer", "board member", "lawmaker", "deputy of", "deputy", "senator",
                     "priest", "deacon", "pastor", "bishop", "archpriest", "imam", "rabbi", "monk"], "memberOf"),
    **dict.fromkeys(["founder", "co-founder", "cofounder"], "founderOf"),
    # a person who owns a share of a company has a role in it ("<Person>, the main shareholder of <Org>")
    **dict.fromkeys(["owner", "co-owner", "shareholder", "main shareholder", "majority shareholder",
                     "controlling shareholder", "largest shareholder", "proprietor"], "roleIn"),
    **dict.fromkeys(["employee", "analyst", "expert", "researcher", "journalist", "correspondent", "reporter",
                     "editor", "officer", "official", "staffer", "head of department", "minister", "presenter",
                     "anchor", "columnist", "producer", "professor", "lecturer"], "employeeOf"),
}

OWN_VERBS = {"own", "control", "acquire", "buy", "purchase"}
# "<Org>, the company that publishes <Org>", "<Org>, which runs <Org>": the publisher or operator owns the outlet
# or service (only a named object counts, not a name somewhere inside the object phrase)
PUBLISH_VERBS = {"publish", "run", "operate"}
# "<A>, the owner of <B>", "<A> is the parent company of <B>": A owns B
OWNER_NOUNS = {"owner", "parent", "co-owner", "proprietor", "holder", "publisher"}
# "<A>, a subsidiary of <B>": B owns A
OWNED_NOUNS = {"subsidiary", "unit", "division", "affiliate", "arm"}
# "<A>'s purchase of <B>": A owns B (when not planned, failed, ...)
ACQUISITION_NOUNS = {"purchase", "acquisition", "takeover", "buyout"}
# "Google's YouTube video service": an organisation's product named by these nouns is owned by it
PRODUCT_NOUNS = {"service", "network", "platform", "app", "application", "messenger", "site", "website", "channel",
                 "brand", "browser", "search", "engine", "newspaper", "outlet", "subsidiary", "unit", "division",
                 "project", "station", "edition", "portal", "aggregator", "magazine", "programme", "program"}
# "<A> holds two thirds of <B>'s shares", "bought a controlling stake in <B>", "took control of <B>"
STAKE_NOUNS = {"stake", "share", "shares", "interest", "control", "majority", "third", "thirds", "half", "quarter",
               "percent", "per cent", "%"}
STAKE_VERBS = {"hold", "own", "buy", "acquire", "purchase", "take", "get", "receive", "gain", "control", "secure",
               "obtain", "increase", "raise", "have"}
# modifiers that make a relational noun unreal: "its planned purchase of", "a proposed takeover"
UNREAL_MODIFIERS = {"planned", "proposed", "potential", "possible", "attempted", "failed", "rumored", "rumoured",
                    "former", "would-be", "prospective", "intended"}
# verbs whose complement is not (yet) a fact: "asked the government to stop prosecuting"
UNASSERTED_GOVERNORS = {"ask", "urge", "call", "want", "plan", "intend", "seek", "propose", "threaten", "promise",
                        "hope", "demand", "request", "petition", "expect", "try", "attempt", "consider", "suggest",
                        "aim", "prepare", "refuse", "deny", "fail", "vow", "pledge", "offer", "decline", "agree",
                        *DIRECTING}  # ("told <X> to block it": the infinitive under them only)
# offence topics: a ruling about one concerns provisions named for it (regex stems over lowercase text)
TOPICS = {
    "extremism": r"extremis|extremist", "terrorism": r"terroris", "fakes": r"\bfake|false information|knowingly false",
    "discrediting": r"discredit", "treason": r"treason", "espionage": r"espionage|\bspy", "hatred": r"hatred|enmity",
    "insulting believers": r"believers|religious feelings", "foreign agents": r"foreign agent",
    "undesirable": r"undesirable", "separatism": r"separatis", "nazism": r"nazi", "lgbt": r"lgbt|gay propaganda",
    "hooliganism": r"hooligan", "protest": r"unauthori[sz]ed (?:rally|protest|picket)",
}
# offences a charge names in words ("charged with treason", "fined for discrediting the army"): a stem (over lowercase
# text) and the articles of the Criminal Code and the Code of Administrative Offenses that define the offence
OFFENCES = {
    "treason": (r"\btreason", {"275"}), "espionage": (r"espionage|\bspying", {"276"}),
    "confidential cooperation": (r"confidential (?:co-?operation|contacts?)", {"275.1"}),
    "justifying terrorism": (r"(?:justif\w*|condon\w*|apolog\w*|glorif\w*) (?:of |for )?terroris", {"205.2"}),
    "extremist community": (r"extremist (?:community|group)", {"282.1"}),
    "extremist organisation": (r"extremist organi[sz]ation", {"282.2", "20.28"}),
    "calls to extremism": (r"calls? (?:for|to) extremis|calling for extremis", {"280"}),
    "separatism": (r"separatis", {"280.1"}), "hatred": (r"hatred|enmity", {"282"}),
    "fakes": (r"\bfakes?\b|false information|knowingly false", {"207.3", "207.1", "207.2"}),
    "discrediting": (r"discredit", {"280.3", "20.3.3"}), "calls for sanctions": (r"calls? for sanctions", {"284.2"}),
    "insulting believers": (r"(?:insult\w*|offend\w*) (?:the )?(?:religious )?(?:feelings of )?believers|"
                            r"religious feelings", {"148"}),
    "rehabilitating nazism": (r"rehabilitat\w* (?:of )?nazism", {"354.1"}), "hooliganism": (r"hooligan", {"213"}),
    "mass riots": (r"mass riot", {"212"}), "repeated protests": (r"repeated(?:ly)? (?:violat|breach)", {"212.1"}),
    "undesirable organisation": (r"undesirable", {"284.1", "20.33"}),
    "foreign agent": (r"foreign agent", {"330.1", "19.34"}), "libel": (r"\blibel|defamation|slander", {"128.1"}),
    "fraud": (r"\bfraud", {"159"}), "embezzlement": (r"embezzl", {"160"}), "vandalism": (r"vandal", {"214"}),
    "protest": (r"unauthori[sz]ed (?:rally|rallies|protest|picket|demonstration)", {"20.2"}),
    "extremist symbols": (r"(?:extremist|nazi) symbol", {"20.3"}),
    "extremist materials": (r"extremist material", {"20.29"}),
    "lgbt propaganda": (r"(?:gay|lgbt\w*) propaganda|propaganda of non-traditional", {"6.21"}),
}

# verbs that give their person a role in their organisation: lemma -> (property, prepositions of the
# organisation; empty = the direct object). "<Org>, which is run by <Person>", "<Person>, who heads <Org>"
ROLE_VERBS = {
    # "started <Org>" only with an organisation as the object: "started VKontakte", never "started a hunger strike"
    **dict.fromkeys(["found", "co-found", "cofound", "establish", "set up", "launch", "create", "start"],
                    ("founderOf", ())),
    **dict.fromkeys(["head", "lead", "run", "chair", "co-chair", "direct", "manage", "edit"], ("headOf", ())),
    "represent": ("roleIn", ()), "join": ("memberOf", ()), "work": ("employeeOf", ("for", "at")),
    # "<Person>, who coordinates <Org> in the region", "teaches at <Org>", "served in the FSB", "sits on <Body>",
    # "sits in the Duma for <party>", "studied at <Org>", "belongs to <Org>", "who speaks for <Body>"
    "coordinate": ("roleIn", ()), "teach": ("employeeOf", ("at",)), "serve": ("roleIn", ("in", "on", "with")),
    "sit": ("memberOf", ("on", "in", "for")), "study": ("memberOf", ("at",)), "belong": ("memberOf", ("to",)),
    "speak": ("spokespersonOf", ("for",)), "volunteer": ("memberOf", ("for", "with", "at")),
    "contribute": ("roleIn", ("to",)),  # "a journalist who contributed to Krym.Realii"
}
# a person described with one of these words represents a body as its lawyer
LAWYER_WORDS = {"lawyer", "lawyers", "attorney", "attorneys", "advocate", "counsel", "defence", "defense"}
# titles held only in organisations (outlets, companies), never in a state body or court: "its editor, X"
ORGANIZATION_TITLES = {"editor", "editor-in-chief", "editor in chief", "chief editor", "journalist", "correspondent",
                       "reporter", "publisher", "ceo", "chief executive", "founder",
                       "co-founder", "presenter", "anchor", "columnist", "producer", "general director"}
# organisation titles that name one post ("Editor-in-chief <Person>"): with no organisation named, the one the text
# just before talks about (not "the journalist <Person>", which says what someone is, not where)
CONTEXT_TITLES = {"editor-in-chief", "editor in chief", "chief editor", "ceo", "chief executive", "founder",
                  "co-founder", "publisher", "general director", "presenter", "anchor"}
# titles that name the kind of body they belong to: title -> words of that body's name
IMPLIED_BODY = {"senator": ("federation council", "senate")}

# verbs by which a law or ruling changes a law or provision ("It amends two statutes", "added Article 20.3.3 to")
AMEND_VERBS = {"amend", "change", "modify", "alter", "add", "introduce", "insert", "supplement", "repeal", "abolish",
               "soften", "tighten", "expand", "decriminalize", "decriminalise", "replace", "revise", "rewrite",
               "toughen", "stiffen", "relax", "ease", "rewrote"}  # the model's lemma of "rewrote" is "rewrote"
# "The law raises the fines under Article 13.41", "It created two new articles, A and B", "The law makes it a crime
# (Article 280.3)": a law changing or making a provision amends it (a ruling that "raised questions about" one does not)
PENALTY_VERBS = {"raise", "increase", "lower", "reduce", "double", "triple", "make", "create", "establish"}
# verbs by which a ruling or law acts on someone or something ("The ruling also covers <Org>")
EFFECT_VERBS = {"cover", "apply", "affect", "target", "concern", "order", "ban", "prohibit", "outlaw", "require",
                "oblige", "liquidate", "dissolve", "designate", "declare", "recognize", "recognise", "extend", "block",
                "restrict", "list", "name", "punish", "criminalize", "criminalise", "penalize", "penalise", "bar",
                "fine", "sentence", "convict", "find", "shut", "close", "label", "deprive", "revoke", "strip",
                # a ruling on an earlier one is about what that one was about: "The ruling upheld the ban on <Org>"
                "uphold", "overturn", "quash", "annul", "reverse", "cancel", "suspend", "lift", "confirm",
                # "the decision to add <Person> to the register", "an order to release <Person>"
                "add", "include", "enter", "arrest", "detain", "jail", "imprison", "remand", "acquit",
                "release", "expel", "deport", "extradite", "warn"}  # not "charge": "under the ruling, prosecutors charged"
# nouns of a case a ruling is given in: "the verdict in the case of <Person>", "the ruling in the Memorial case"
CASE_NOUNS = {"case", "trial", "lawsuit", "suit", "matter", "proceedings", "dispute"}
# verbs whose subject is the one a ruling is aimed at ("<Org> received a second warning")
RECEIVE_VERBS = {"receive", "get", "obtain"}
# verbs by which a ruling explains a law or provision
INTERPRET_VERBS = {"interpret", "explain", "clarify", "construe"}
# verbs by which a ruling (or a court "in its ruling") states what it found: "The ruling said that <Org> had broken
# <provision>", "In its judgment, the court held that ..."; what the reported clause names is what the ruling is about
FINDING_VERBS = {"hold", "rule", "say", "state", "conclude", "establish", "note", "find", "decide", "determine", "mean",
                 "recognize", "recognise", "declare"}
# verbs by which a ruling names the law it rests on: "The ruling cited Article 13.41", "relied on Article 9"
CITE_VERBS = {"cite", "invoke", "refer", "rely", "rest", "reference", "quote"}
# verbs that announce or report a ruling: "announced the decision on Twitter" ('on' is where, not whom it concerns)
ANNOUNCE_VERBS = {"announce", "post", "publish", "report", "share", "tweet"}
# verbs by which a ruling rests on a law or provision: "The verdict was based on Article 207.3"
BASIS_VERBS = {"base", "ground", "found"}
# dependents that start a clause or argument of their own: a verb's objects never lie inside them
SCOPE_CLAUSES = {"nsubj", "nsubjpass", "csubj", "csubjpass", "agent", "ccomp", "advcl", "relcl", "acl", "parataxis",
                 "poss", "mark", "expl"}
