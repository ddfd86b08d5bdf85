"""The words within-article coreference (kg.coref) reads: descriptions and the types they may mean, pronouns,
plural anaphors, and the endings that show a Russian-style name's gender."""

from __future__ import annotations

from kg.doc_tables import children

# head noun of a definite description -> the entity types it can refer to
# descriptions of a law or bill: never a code ("the law" after "the Criminal Code" is the new law, not the code)
LAW_WORDS = {"bill", "package", "legislation", "law", "amendment", "statute"}
DESCRIPTIONS = {
    **dict.fromkeys(["giant", "company", "firm", "holding", "group", "network", "platform", "messenger", "website",
                     "site", "outlet", "newspaper", "broadcaster", "channel", "organization", "organisation", "ngo",
                     "foundation", "charity", "movement", "party", "app", "corporation", "startup",
                     "publisher", "paper", "magazine", "publication", "association", "union", "station", "newsroom",
                     "daily", "centre", "center", "university", "college", "school", "institute", "academy",
                     "museum", "theatre", "theater", "library", "church", "congregation", "fund", "bank", "insurer",
                     "aggregator", "tracker", "portal", "encyclopedia", "operator", "provider", "society"],
                    {"Organization"}),
    **dict.fromkeys(["ministry", "watchdog", "regulator", "agency", "office", "committee", "parliament", "duma",
                     "government", "kremlin", "prosecutor", "prosecutors", "council", "body", "prosecution",
                     "investigators", "commission", "inspectorate", "department", "directorate", "legislature",
                     "senate", "chamber", "assembly"],
                    {"GovernmentBody"}),
    **dict.fromkeys(["court", "tribunal", "judge", "judges", "magistrate", "panel"], {"Court"}),
    "measure": {"Law"},  # "The measure amends ...": only the one law named just before (Antecedents.near_law)
    **dict.fromkeys(sorted(LAW_WORDS), {"Law"}),
    "provision": {"LegalProvision"},  # "charged under the provision" ("the article" is too often the report)
    "service": {"Organization", "GovernmentBody"},  # a state body only as NAMED_BODY_WORDS says
    **dict.fromkeys(sorted(NAME_WORDS := {"endowment", "trust", "alliance", "coalition", "league", "initiative",
                                          "consortium"}), {"Organization"}),
}
# descriptions that mean only a body of these types the article names with the word somewhere: "the service" for
# "the Federal Financial Monitoring Service (Rosfinmonitoring)", never for Roskomnadzor; "the endowment" for "the
# National Endowment for Democracy", never for another group named nearer
NAMED_BODY_WORDS = {"service": {"GovernmentBody"}, **dict.fromkeys(sorted(NAME_WORDS), {"Organization"})}
FAR_WORDS = {"provision"}  # like "the law": the one the article has named most, however far back
# a law only when the one act named in reach is a law the text is about ("the measure" is often a blocking)
NEAR_LAW_WORDS = {"measure"}
# an executive body's description never means a chamber or council: "the agency" after "the State Duma adopted ..."
EXECUTIVE_WORDS = {"agency", "regulator", "watchdog", "ministry", "service", "prosecutor", "prosecutors"}
GENERIC_EXECUTIVE = {"agency", "regulator", "watchdog"}  # fit any executive body ("the ministry" does not)
CHAMBER_WORDS = {"duma", "council", "parliament", "assembly", "senate", "chamber", "congress"}
# "the upper house", "the lower chamber": only a chamber whose name says which (the Federation Council, the State Duma)
HOUSES = {"upper": {"council", "senate"}, "lower": {"duma"}}
HOUSE_NOUNS = {"house", "chamber"}
# descriptions that mean only a body whose name says so: "the same magistrate" is a justice of the peace
KIND_NAMES = {"magistrate": ("magistrate", "justice of the peace", "justices of the peace")}
# a description noun -> the stem its antecedent's name shows when it names the body that way
NAME_STEMS = {"prosecution": "prosecut", "prosecutors": "prosecut", "prosecutor": "prosecut",
              "investigators": "investigat"}
# descriptions that mean only a body whose name shows them ("the investigators" -> "the Investigative Committee"),
# never the nearest other body
NAMED_ONLY = {"investigators", "prosecutors", "prosecutor", "prosecution"}  # never "Roskomnadzor"
WINDOW = 600  # characters back in which a subject is preferred over a more talked-about body of the same name
SENTENCES_BACK = 2  # sentences before its own in which a description or "he" finds its antecedent
PRONOUNS = {"he": {"Person"}, "she": {"Person"}, "him": {"Person"}, "her": {"Person"}, "his": {"Person"}}
SAME_PRONOUN = {**dict.fromkeys(["he", "him", "his"], {"he", "him", "his"}), **dict.fromkeys(["she", "her"], {"she", "her"})}
CHAIN_DEPTH = 3  # pronoun-to-pronoun links followed back
PRONOUN_GENDER = {**dict.fromkeys(["he", "him", "his"], "m"), **dict.fromkeys(["she", "her"], "f")}
# Russian (and Ukrainian, Belarusian) names show gender: given names in -a/-ya are women's, except these men's
MALE_IN_A = {"ilya", "nikita", "sasha", "misha", "kolya", "foma", "luka", "savva", "danila", "yasha", "vanya",
             "petya", "grisha", "lyosha", "zhenya", "tolya", "vova", "seryozha", "dima", "kostya", "mykola"}
# men's given names common in these reports, for a full name whose surname does not show the gender
MALE_GIVEN = {"ivan", "sergei", "sergey", "alexei", "alexey", "aleksei", "alexander", "aleksandr", "dmitry", "dmitri",
              "vladimir", "yuri", "yury", "boris", "mikhail", "nikolai", "nikolay", "andrei", "andrey", "pavel", "oleg",
              "igor", "yevgeny", "evgeny", "yevgeniy", "viktor", "victor", "vadim", "maxim", "maksim", "roman", "denis",
              "kirill", "anton", "artem", "artyom", "grigory", "leonid", "lev", "vasily", "konstantin", "stanislav",
              "vladislav", "vyacheslav", "yegor", "gleb", "timur", "ruslan", "arkady", "fyodor", "semyon", "mark",
              "evan", "john", "michael", "david", "peter", "paul", "thomas", "yan", "ildar", "rustam", "marat"}
FEMALE_GIVEN = ("ia", "ya", "na", "ra", "la", "ga", "da", "ta", "sa")  # Maria, Olga, Anna ... (not Lukashenka)
FEMALE_SURNAME = ("ova", "eva", "yova", "ina", "yna", "skaya", "tskaya", "aya")
MALE_SURNAME = ("ov", "ev", "yov", "in", "yn", "sky", "skiy", "skii", "tsky")
# plural anaphors: "Both passed the Duma", "Putin signed them", "the two bills"; a noun limits the types
PLURAL_PRONOUNS = {"they", "them", "both"}
# people named one after another, referred to as a pair or a counted group: "both women", "the two journalists"
PERSON_PLURALS = {"women", "men", "journalists", "activists", "defendants", "artists", "lawyers", "bloggers",
                  "students", "brothers", "sisters", "priests", "musicians", "politicians"}
PAIR_NOUNS = {"pair", "couple", "duo"}  # "the pair": the two people named together just before
PLURAL_NOUNS = {
    **dict.fromkeys(["bills", "laws", "acts", "amendments"], {"Law"}),
    **dict.fromkeys(["rulings", "decisions", "verdicts", "judgments", "resolutions"], {"Ruling"}),
    **dict.fromkeys(["companies", "platforms", "networks", "services", "outlets", "organizations", "organisations",
                     "groups", "foundations", "newspapers", "sites", "websites", "messengers"], {"Organization"}),
}
# people who speak or act for a body: "Lawyers at Roskomsvoboda said ...", "Investigators from the FSB searched ..."
STAFF_NOUNS = {"lawyer", "attorney", "investigator", "officer", "official", "employee", "staff", "journalist",
               "reporter", "member", "representative", "spokesman", "spokeswoman", "spokesperson", "activist",
               "researcher", "analyst", "expert", "editor"}
NUMBERS = {"two": 2, "three": 3, "four": 4, "both": 2}
ACT_TYPES = {"Law", "Ruling"}
NEUTER = {"it", "its"}
NEUTER_TYPES = {"Organization", "GovernmentBody", "Court", "Law", "Ruling"}
ISSUING_VERBS = {"sign", "pass", "adopt", "approve", "introduce", "draft", "enact", "issue"}


def gender_of(name: str) -> str | None:
    """'f' or 'm' when a Russian-style name shows it: one word by its ending (given name or surname), a full
    name by its surname, else by a common man's given name ('Evan Gershkovich', 'Vladimir Kara-Murza'); None when
    nothing does ('Kara-Murza', 'Olga Petrenko'; 'Navalny' is male but 'Sergei' alone is unknown)."""
    words = [w.strip(".,").lower() for w in name.split()]
    if not words:
        return None
    last = words[-1]
    if len(words) == 1:
        if last.isalpha() and last.endswith(FEMALE_GIVEN):
            return "m" if last in MALE_IN_A else "f"
        return ("f" if last.endswith(FEMALE_SURNAME) else "m" if last.endswith(MALE_SURNAME) else None) \
            if last.isalpha() else None
    if last.isalpha() and last.endswith(FEMALE_SURNAME):
        return "f"
    if last.isalpha() and last.endswith(MALE_SURNAME):
        return "m"
    if words[0] in MALE_GIVEN or words[0] in MALE_IN_A:  # "Evan Gershkovich", "Vladimir Kara-Murza"
        return "m"
    return None


# descriptions that name the same kind of thing, so one may stand for another further back ("the newspaper's lawyers
# ... the paper"); any other description is only itself again
SAME_KIND = [{"newspaper", "paper", "daily", "publication", "magazine"}, {"company", "firm", "corporation", "giant"},
             {"channel", "station", "broadcaster"}, {"site", "website", "outlet", "portal"},
             {"organization", "organisation", "group", "ngo", "association"},
             {"university", "college", "school", "institute"},
             {"court", "judge", "judges", "tribunal", "magistrate", "panel"}]


def same_kind(a: str, b: str) -> bool:
    return a == b or any(a in kind and b in kind for kind in SAME_KIND)


def house_side(token) -> str | None:
    """'upper' or 'lower' for "the upper house", "the lower chamber"; else None."""
    if token.lower_ not in HOUSE_NOUNS:
        return None
    return next((c.lower_ for c in children(token) if c.dep_ == "amod" and c.lower_ in HOUSES), None)
