"""What a build keeps to be continued later: DIR/cache/.

* ``extractions/<k[:2]>/<k>.pickle``: one article's ArticleExtraction, under a key `k` that hashes the
  article (every field but its origin) with the setup's fingerprint: kg's code and data (the
  package's Python files and the ontology folder: lexicon, patterns, confidence table), the spaCy
  model (name and version) and the user's lexicon files. A later build of the same article with
  the same setup reads it back instead of running NLP again; any change to the setup misses.
* ``build.json``: the manifest of the build: which articles it holds (id -> key) and the options
  it was built with, so ``kg build --out DIR MORE`` adds to it and ``kg remove`` takes from it.

Every file is written atomically (temporary file, then rename).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import pickle
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import kg
from kg.export import atomic_path
import kg.model
from kg.model import Article, ArticleExtraction
from kg.paths import DEFAULT_MODELS, ontology_dir

CACHE_DIR = "cache"
MANIFEST = "build.json"
FORMAT = 1


def cache_dir(out: Path) -> Path:
    return Path(out) / CACHE_DIR


def code_fingerprint() -> str:
    """A digest of kg's own code and data: any change to them invalidates cached extractions.

    Computed afresh for every build (a few milliseconds), so a long-lived process that builds
    twice sees an edit made in between."""
    digest = hashlib.sha256(kg.__version__.encode())
    package = Path(kg.__file__).resolve().parent
    folders = [(package, "*.py"), (ontology_dir(), "*")]
    for folder, pattern in folders:
        for path in sorted(p for p in folder.rglob(pattern) if p.is_file() and "__pycache__" not in p.parts):
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def model_id(model: str | None) -> str:
    """The spaCy model a build uses, as name@version, without loading it."""
    import importlib.metadata

    names = [model] if model else [m for m in DEFAULT_MODELS if is_package(m)][:1] or [DEFAULT_MODELS[0]]
    name = names[0]
    path = Path(name)
    if path.is_dir() and (path / "meta.json").is_file():
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
        return f"{path.resolve()}@{meta.get('version')}:{(path / 'meta.json').stat().st_mtime_ns}"
    try:
        return f"{name}@{importlib.metadata.version(name)}"
    except importlib.metadata.PackageNotFoundError:
        return name


def is_package(name: str) -> bool:
    """Whether `name` is an installed distribution (what spacy.util.is_package tells, without importing spaCy)."""
    import importlib.metadata

    try:
        importlib.metadata.distribution(name)
        return True
    except Exception:  # noqa: BLE001  (an odd name can fail in several ways: not a package)
        return False


def fingerprint(model: str | None, lexicon_files: Sequence[str | Path] = ()) -> str:
    digest = hashlib.sha256(f"{code_fingerprint()}\n{model_id(model)}\n".encode())
    for path in lexicon_files:
        digest.update(Path(path).read_bytes() + b"\x00")
    return digest.hexdigest()


class Cache:
    """Per-article extractions on disk, keyed by the article and the setup's fingerprint."""

    def __init__(self, folder: Path, setup: str):
        self.folder = Path(folder) / "extractions"
        self.setup = setup

    def key(self, article: Article) -> str:
        fields = {f.name: getattr(article, f.name) for f in dataclasses.fields(article) if f.name != "origin"}
        text = json.dumps(fields, sort_keys=True, ensure_ascii=True, default=str)
        return hashlib.sha256(f"{self.setup}\n{text}".encode("utf-8", "surrogatepass")).hexdigest()

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def load(self, key: str) -> ArticleExtraction | None:
        """The cached extraction under KEY, or None (absent or unreadable)."""
        try:
            with open(self.path(key), "rb") as source:
                found = pickle.load(source)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
            return None
        return found if isinstance(found, ArticleExtraction) else None

    def get(self, article: Article) -> tuple[str, ArticleExtraction | None]:
        """(key, cached extraction of this very article or None); the extraction carries `article` itself."""
        key = self.key(article)
        found = self.load(key)
        if found is not None and found.article != article:
            found = dataclasses.replace(found, article=article)  # same content, read from elsewhere
        return key, found

    def put(self, key: str, extraction: ArticleExtraction) -> None:
        path = self.path(key)
        with atomic_path(path) as tmp:
            with open(tmp, "wb") as sink:
                ExtractionPickler(sink, protocol=pickle.HIGHEST_PROTOCOL).dump(extraction)


def by_fields(obj) -> tuple:
    """How ExtractionPickler pickles one of kg.model's dataclasses: its class and its fields in order,
    so it is read back by calling the class (several times quicker to read and to write than the
    default for a frozen dataclass with slots, whose __setstate__ looks its fields up each time)."""
    return type(obj), tuple([getattr(obj, name) for name in FIELDS[type(obj)]])


FIELDS = {cls: tuple(f.name for f in dataclasses.fields(cls)) for cls in vars(kg.model).values()
          if isinstance(cls, type) and dataclasses.is_dataclass(cls) and cls.__module__ == kg.model.__name__
          and all(f.init for f in dataclasses.fields(cls))}


class ExtractionPickler(pickle.Pickler):
    """A pickler for cached extractions: kg.model's dataclasses by their fields (`by_fields`)."""

    dispatch_table = dict.fromkeys(FIELDS, by_fields)


@dataclass
class Manifest:
    """The articles of a build (id -> cache key) and the options it was made with."""

    articles: dict[str, str] = field(default_factory=dict)
    model: str | None = None
    lexicons: list[str] = field(default_factory=list)
    min_confidence: float = 0.0

    @classmethod
    def load(cls, folder: Path) -> Manifest | None:
        try:
            data = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
            if data.get("format") != FORMAT:
                return None
            return cls(dict(data["articles"]), data.get("model"), list(data.get("lexicons") or []),
                       float(data.get("min_confidence") or 0.0))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return None

    def save(self, folder: Path) -> None:
        data = {"format": FORMAT, "kg": kg.__version__, "model": self.model, "lexicons": self.lexicons,
                "min_confidence": self.min_confidence, "articles": dict(sorted(self.articles.items()))}
        with atomic_path(Path(folder) / MANIFEST) as tmp:
            tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
