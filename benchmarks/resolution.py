"""Resolution benchmark: `kg.resolve.resolve` alone on the extractions of 1k, 10k, 50k articles.

Extracting 50,000 articles takes hours on a laptop core, so the extractions of a real build (read
back from its cache, `OUT/cache/`) are replicated up to each size: copy k of an article gets a
new article id and new person names, drawn like the corpus's names, so distinct people keep
growing with the size (with collisions, as real names have), while bodies, courts, laws and
provisions recur, as they do in more news about the same institutions.
"""

from __future__ import annotations

import random
import time
from dataclasses import replace
from pathlib import Path

import corpus


def cached_extractions(out: Path) -> list:
    """Every extraction of the build in OUT, through kg's own cache reader; [] when there is none."""
    from kg.cache import Cache, Manifest, cache_dir

    manifest = Manifest.load(cache_dir(out))
    if manifest is None:
        return []
    cache = Cache(cache_dir(out), "")
    found = (cache.load(key) for _, key in sorted(manifest.articles.items()))
    return [ex for ex in found if ex is not None]


def time_resolution(out: Path, sizes: list[int], model: str | None) -> dict:
    from kg.nlp import lexicon_of, load_pipeline
    from kg.resolve import resolve

    base = cached_extractions(out)
    if not base:
        return {"error": f"{out}: no cached extractions to replicate"}
    lexicon = lexicon_of(load_pipeline(model))
    rows = []
    for size in sizes:
        extractions = replicate(base, size)
        started = time.perf_counter()
        resolution = resolve(extractions, lexicon)
        seconds = time.perf_counter() - started
        local = sum(len(ex.entities) for ex in extractions)
        rows.append({"articles": size, "local_entities": local,
                     "mentions": sum(len(ex.mentions) for ex in extractions),
                     "entities": len(resolution.entities), "seconds": round(seconds, 3),
                     "microseconds_per_local_entity": round(seconds / max(local, 1) * 1e6, 2)})
        del extractions, resolution
    return {"base_articles": len(base), "base_build": str(out), "rows": rows}


def replicate(base: list, size: int) -> list:
    """SIZE extractions: the base ones, then copies with new article ids and new person names."""
    out = []
    for index in range(size):
        copy, position = divmod(index, len(base))
        ex = base[position]
        if copy == 0:
            out.append(ex)
            continue
        article_id = f"{ex.article.id}.r{copy}"
        rng = random.Random(article_id)
        entities = tuple(renamed(e, ex.article.id, article_id, rng) for e in ex.entities)
        out.append(replace(ex, article=replace(ex.article, id=article_id), entities=entities))
    return out


def renamed(entity, old_id: str, new_id: str, rng: random.Random):
    """Article-scoped keys follow the new id; a person's global key gets a new name; others stay."""
    kind, sep, name = entity.ref.partition(":")
    if "@" in kind and kind.endswith("@" + old_id):
        return replace(entity, ref=f"{kind[:-len(old_id)]}{new_id}{sep}{name}")
    if kind == "Person" and sep:
        from kg.translit import person_key

        first, surname = corpus.new_person(rng, rng.random() < 0.4)
        full = f"{first} {surname}"
        return replace(entity, ref=f"Person:{person_key(full)}", label=full, forms=(full,))
    return entity
