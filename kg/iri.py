"""Stable IRIs: the same entity always gets the same IRI, build after build.

Every IRI kg mints is under BASE. Text reaches an IRI only through `slug` (lowercase ASCII)
or `segment`: a path segment is kept when it is letters, digits, '.', '_', '~' and '-' only,
and otherwise percent-encoded, so no minted IRI ever carries a space, '<', '>', '"', '{', '}',
'|', '\\', '^', '`', '/', '?', '#' or ':' taken from the text (hence no foreign scheme either).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache
from urllib.parse import quote

BASE = "https://w3id.org/kg-legal/id/"
ONTOLOGY = "https://w3id.org/kg-legal/ontology#"
TYPE_SLUG = {"Person": "person", "Organization": "organization", "GovernmentBody": "government", "Court": "court", "Law": "law",
             "LegalProvision": "provision", "Ruling": "ruling"}


def utf8(text: str) -> bytes:
    """UTF-8 bytes of any str, a lone surrogate included (hashing and escaping never fail)."""
    return text.encode("utf-8", "surrogatepass")


def slug(text: str, limit: int = 80) -> str:
    """Lowercase ASCII words joined by '-'; never empty, never longer than `limit`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9.]+", "-", ascii_text).strip("-.")
    words = re.sub(r"\.(?![0-9])|(?<![0-9])\.", "-", words)
    words = re.sub(r"-{2,}", "-", words).strip("-")
    if not words:
        return "h" + hashlib.sha1(utf8(text)).hexdigest()[:12]
    if len(words) > limit:
        words = words[:limit - 9].rstrip("-") + "-" + hashlib.sha1(utf8(text)).hexdigest()[:8]
    return words


SAFE_SEGMENT = re.compile(r"[A-Za-z0-9._~\-]*")


@lru_cache(maxsize=1 << 14, typed=True)  # an article's id is a segment of every span IRI it has
def segment(part: str) -> str:
    """`part` as one IRI path segment: unchanged when it is safe (the usual case), else percent-encoded
    UTF-8, so distinct parts stay distinct; '.' and '..' are encoded too (no path climbing), and an
    empty part is '-' (never an empty segment)."""
    part = str(part)
    if not part:
        return "-"
    if not part.strip("."):
        return "%2E" * len(part)
    return part if SAFE_SEGMENT.fullmatch(part) else quote(utf8(part), safe="-_.~")


def entity_iri(kind: str, *parts: str) -> str:
    return BASE + TYPE_SLUG[kind] + "/" + "/".join(map(segment, parts))


def article_iri(article_id: str) -> str:
    return f"{BASE}article/{segment(article_id)}"


def graph_iri(name: str) -> str:
    return f"{BASE}graph/{segment(name)}"


def span_iri(article_id: str, start: int, end: int) -> str:
    """NIF / RFC 5147 style IRI of a character span of an article."""
    return f"{BASE}article/{segment(article_id)}#char={int(start)},{int(end)}"


def hashed_iri(kind: str, *parts) -> str:
    digest = hashlib.sha1(utf8("\x1f".join(map(str, parts)))).hexdigest()[:16]
    return f"{BASE}{kind}/{digest}"


def node_id(iri: str) -> str:
    """A GraphML/GEXF node id (an XML NMTOKEN) from an IRI: 'court:ru-supreme-court'."""
    local = iri[len(BASE):] if iri.startswith(BASE) else iri
    return re.sub(r"[^A-Za-z0-9._:\-]", "_", local.replace("/", ":").replace("#char=", ":").replace(",", "-"))
