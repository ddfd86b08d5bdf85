"""A deterministic benchmark corpus: N articles made from the development articles.

Each article is one of the dev articles (tests/devset/dev, never the held-out set) with
its people renamed, its Criminal Code / Code of Administrative Offenses articles
renumbered, its district courts and cities swapped and its dates moved, so that a large
corpus holds a realistic, growing number of distinct entities (a long tail of new people
and courts next to recurring bodies, laws and provisions) instead of N copies of twenty
texts. The same seed and size always give the same corpus, byte for byte.

    python benchmarks/corpus.py 1000 --out /tmp/bench/corpus-1000.jsonl
    python benchmarks/corpus.py 1000 --out /tmp/bench/corpus-1000 --format md
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from collections.abc import Iterator
from pathlib import Path

from kg import ingest
from kg.model import Article

REPO = Path(__file__).resolve().parent.parent
DEV = REPO / "tests" / "devset" / "dev"
GOLD = REPO / "tests" / "devset" / "gold"
SEED = 20240601

MALE = ("Alexei Anton Artyom Boris Vadim Viktor Vladislav Gennady Georgy Denis Dmitry Yegor Ivan Igor Ilya "
        "Kirill Konstantin Leonid Maxim Mikhail Nikita Nikolai Oleg Pavel Roman Ruslan Sergei Stanislav "
        "Timur Fyodor Yuri Yaroslav Andrei Grigory Arseny Matvei Lev Semyon Vsevolod Gleb").split()
FEMALE = ("Alexandra Alina Anastasia Anna Valentina Varvara Vera Galina Darya Yekaterina Yelena Zhanna "
          "Irina Kristina Ksenia Larisa Lyudmila Margarita Maria Marina Nadezhda Natalya Oksana Olga "
          "Polina Svetlana Sofia Tatyana Ulyana Yulia Yana Veronika Taisia Lidia").split()
# surname stems; each takes -ov/-ova, -in/-ina, -sky/-skaya or -enko, so ~100 stems give ~400 surnames
STEMS = ("Abram Belous Bogdan Borodul Bystr Chern Danil Demid Dorof Drozd Yegor Fedot Gavril Golub Gorbun "
         "Grachev Grom Gusev Ignat Isaev Kalash Karpen Klim Kolesn Komar Kondrat Korol Kosar Kozlovsk "
         "Kravch Krylov Kudryav Kulik Kuzmin Lapt Lebed Lukash Makar Malin Markel Medved Melnik Mironov "
         "Mukhin Nazar Nikiforov Novik Orlov Osip Panfil Pankrat Petrash Pirog Platon Polyak Potap Prokop "
         "Rodion Rybak Savel Sazon Semen Shapov Shcherb Shirok Sidor Skvorts Sobol Solov Stepan Susl "
         "Tarasov Tikhon Timofe Titov Trofim Tsvetk Ustin Vasnets Vetrov Vinogrado Volkov Voron Yakovl "
         "Yermol Yurchen Zaits Zakhar Zhukov Zimin Zotov Zuev").split()
SUFFIXES = (("ov", "ova"), ("in", "ina"), ("sky", "skaya"), ("enko", "enko"))
MALE_IN_A = {"Nikita", "Ilya", "Foma", "Kuzma", "Savva", "Sasha"}
DISTRICTS = ("Leninsky Oktyabrsky Sovetsky Kirovsky Zamoskvoretsky Presnensky Khamovnichesky Dorogomilovsky "
             "Nikulinsky Savyolovsky Golovinsky Lefortovsky Babushkinsky Kuntsevsky Zyuzinsky Perovsky "
             "Izmailovsky Butyrsky Simonovsky Tushinsky Koptevsky Gagarinsky Dzerzhinsky Frunzensky Primorsky "
             "Kalininsky Kolpinsky Nevsky Kuibyshevsky Smolninsky Petrogradsky Vyborgsky Moskovsky "
             "Industrialny Tsentralny Zheleznodorozhny Sverdlovsky Ordzhonikidzevsky Meshchansky Tagansky "
             "Basmanny Tverskoy Ostankinsky").split()
CITIES = ("Moscow", "St Petersburg", "Barnaul", "Kazan", "Tomsk", "Novosibirsk", "Yekaterinburg", "Krasnodar",
          "Kaliningrad", "Ufa", "Samara", "Perm", "Tver", "Vladivostok", "Irkutsk", "Omsk", "Chelyabinsk",
          "Voronezh", "Saratov", "Pskov", "Arkhangelsk", "Murmansk", "Khabarovsk", "Penza")
CRIMINAL = ("148", "205.2", "207.3", "280", "280.3", "280.4", "282", "282.1", "282.2", "284.1", "319",
            "330.1", "354.1", "275", "280.1")
ADMINISTRATIVE = ("20.3", "20.3.1", "20.3.3", "20.2", "13.15", "13.41", "19.34", "20.29", "13.21", "6.21")

PROVISION_LIST = re.compile(r"\b(Articles?)(\s+\d+(?:\.\d+)*(?:(?:,\s*|,?\s+(?:and|or)\s+)\d+(?:\.\d+)*)*)")
NUMBER = re.compile(r"\d+(?:\.\d+)*")
PART = re.compile(r"\bPart (\d)( of Article)")
DISTRICT_COURT = re.compile(r"\b[A-Z][a-z]+(?=(?:'s)? District Court)")
YEAR = re.compile(r"\b(?:199\d|20[0-2]\d)\b")
# a city name, but not inside the name of a court the lexicon knows ("Moscow City Court")
TITLE_BREAK = "\x00"
CITY = re.compile(r"\b(?:Moscow|St Petersburg|Barnaul)\b(?! (?:City|Regional|District Military|Arbitration) Court)")


def dev_sources() -> list[tuple[Article, list[str]]]:
    """The dev articles (read by kg's own ingest) with the full names of the people their gold lists."""
    sources = []
    for item in ingest.read_inputs([DEV]):
        if isinstance(item, ingest.Skipped):
            raise SystemExit(f"cannot read a dev article: {item.reason}")
        sources.append((item, people_of(item.id)))
    return sorted(sources, key=lambda pair: pair[0].id)


def people_of(article_id: str) -> list[str]:
    gold = GOLD / f"{article_id}.json"
    if not gold.is_file():
        return []
    entities = json.loads(gold.read_text(encoding="utf-8"))["entities"]
    return [e["name"] for e in entities if e["type"] == "Person" and len(e["name"].split()) >= 2]


def is_female(first: str) -> bool:
    return first.endswith(("a", "ya")) and first not in MALE_IN_A


def new_person(rng: random.Random, female: bool) -> tuple[str, str]:
    stem, (male_end, female_end) = rng.choice(STEMS), rng.choice(SUFFIXES)
    surname = stem + (female_end if female else male_end)
    return rng.choice(FEMALE if female else MALE), surname


def new_names(people: list[str], rng: random.Random) -> list[tuple[str, str, str, str]]:
    """Most people get a new first name and surname; a few keep theirs (famous names recur)."""
    renames = []
    for name in people:
        if rng.random() < 0.1:
            continue
        first, surname = name.split()[0], name.split()[-1]
        new_first, new_surname = new_person(rng, is_female(first))
        renames.append((first, surname, new_first, new_surname))
    return renames


def rename_people(text: str, renames: list[tuple[str, str, str, str]]) -> str:
    """Full names first, then the bare surnames that refer back to them."""
    for first, surname, new_first, new_surname in renames:
        text = re.sub(rf"\b{re.escape(first)} {re.escape(surname)}\b", f"{new_first} {new_surname}", text)
        text = re.sub(rf"\b{re.escape(surname)}\b", new_surname, text)
    return text


def code_of(number: str) -> tuple[str, ...] | None:
    """Which list a provision number is swapped within: CC articles 105-361, CoAO chapters 1-32; else none."""
    head, _, rest = number.partition(".")
    if 105 <= int(head) <= 361 and rest.count(".") == 0:
        return CRIMINAL
    if 1 <= int(head) <= 32 and rest:
        return ADMINISTRATIVE
    return None


def renumber_provisions(text: str, rng: random.Random) -> str:
    """Each CC/CoAO article number maps to another of the same code, consistently within the article."""
    mapping: dict[str, str] = {}

    def swap(number: str) -> str:
        choices = code_of(number)
        if choices is None:
            return number
        if number not in mapping:
            mapping[number] = rng.choice(choices)
        return mapping[number]

    def one_list(match: re.Match) -> str:
        return match.group(1) + NUMBER.sub(lambda m: swap(m.group(0)), match.group(2))

    text = PROVISION_LIST.sub(one_list, text)
    part = str(rng.randint(1, 3))
    return PART.sub(lambda m: f"Part {part}{m.group(2)}", text)


def swap_places(text: str, rng: random.Random) -> str:
    districts: dict[str, str] = {}
    text = DISTRICT_COURT.sub(lambda m: districts.setdefault(m.group(0), rng.choice(DISTRICTS)), text)
    if rng.random() < 0.5:  # half of the articles keep their city, as news keeps returning to the capitals
        cities: dict[str, str] = {}
        text = CITY.sub(lambda m: cities.setdefault(m.group(0), rng.choice(CITIES)), text)
    return text


def shift_dates(article: Article, text: str, rng: random.Random) -> tuple[str, str | None]:
    """Years move by one offset per article (text and publication date); the publication day moves too."""
    if not article.published:
        return text, None
    year = int(article.published[:4])
    delta = min(rng.randint(-6, 2), 2025 - year)
    text = YEAR.sub(lambda m: str(int(m.group(0)) + delta), text)
    parts = article.published.split("-")
    if len(parts) < 3:
        return text, str(year + delta) + article.published[4:]
    day = dt.date(year + delta, int(parts[1]), 1) + dt.timedelta(days=rng.randint(0, 27))
    return text, day.isoformat()


def variant(index: int, article: Article, people: list[str], seed: int = SEED) -> dict:
    """The index-th article of the corpus: a varied copy of one dev article, as a JSONL record."""
    rng = random.Random(f"{seed}:{index}")
    text = (article.title or "") + TITLE_BREAK + article.text  # one set of swaps for title and text
    text = rename_people(text, new_names(people, rng))
    text = renumber_provisions(text, rng)
    text = swap_places(text, rng)
    text, published = shift_dates(article, text, rng)
    title, text = text.split(TITLE_BREAK, 1)
    return {"id": f"bench-{index:06d}-{article.id}", "title": title or None, "url": None, "published": published,
            "text": text}


def generate(n: int, seed: int = SEED) -> Iterator[dict]:
    """N records, cycling through the dev articles in a seeded order."""
    sources = dev_sources()
    order = random.Random(seed)
    for index in range(n):
        if index % len(sources) == 0:
            cycle = sources[:]
            order.shuffle(cycle)
        article, people = cycle[index % len(sources)]
        yield variant(index, article, people, seed)


def write_jsonl(records, path: Path) -> int:
    path.parent.mkdir(parents=True, exist_ok=True)
    count = 0
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def write_md(records, folder: Path) -> int:
    """One .md file per article with YAML front matter, 1,000 to a sub-folder."""
    count = 0
    for record in records:
        shard = folder / f"{count // 1000:03d}"
        shard.mkdir(parents=True, exist_ok=True)
        front = {k: record[k] for k in ("id", "title", "published") if record[k]}
        head = "".join(f"{k}: {json.dumps(v, ensure_ascii=False)}\n" for k, v in front.items())
        (shard / f"{record['id']}.md").write_text(f"---\n{head}---\n{record['text']}", encoding="utf-8")
        count += 1
    return count


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("--out", type=Path, required=True, help="a .jsonl file, or a folder with --format md")
    parser.add_argument("--format", choices=("jsonl", "md"), default="jsonl")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    writer = write_jsonl if args.format == "jsonl" else write_md
    count = writer(generate(args.n, args.seed), args.out)
    print(f"{count} articles -> {args.out}")


if __name__ == "__main__":
    main()
