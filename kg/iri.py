"""Stable IRIs: the same entity always gets the same IRI, build after build."""

from __future__ import annotations

import hashlib
import re
import unicodedata

BASE = "https://w3id.org/kg-legal/id/"
ONTOLOGY = "https://w3id.org/kg-legal/ontology#"
TYPE_SLUG = {"Person": "person", "Organization": "organization", "GovernmentBody": "government", "Court": "court", "Law": "law",
             "LegalProvision": "provision", "Ruling": "ruling"}


def slug(text: str, limit: int = 80) -> str:
    """Lowercase ASCII words joined by '-'; never empty, never longer than `limit`."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = re.sub(r"[^a-z0-9.]+", "-", ascii_text).strip("-.")
    words = re.sub(r"\.(?![0-9])|(?<![0-9])\.", "-", words)
    words = re.sub(r"-{2,}", "-", words).strip("-")
    if not words:
        return "h" + hashlib.sha1(text.encode()).hexdigest()[:12]
    if len(words) > limit:
        words = words[:limit - 9].rstrip("-") + "-" + hashlib.sha1(text.encode()).hexdigest()[:8]
    return words


def entity_iri(kind: str, *parts: str) -> str:
    return BASE + TYPE_SLUG[kind] + "/" + "/".join(parts)


def article_iri(article_id: str) -> str:
    return f"{BASE}article/{article_id}"


def graph_iri(name: str) -> str:
    return f"{BASE}graph/{name}"


def span_iri(article_id: str, start: int, end: int) -> str:
    """NIF / RFC 5147 style IRI of a character span of an article."""
    return f"{BASE}article/{article_id}#char={start},{end}"


def hashed_iri(kind: str, *parts) -> str:
    digest = hashlib.sha1("\x1f".join(map(str, parts)).encode("utf-8")).hexdigest()[:16]
    return f"{BASE}{kind}/{digest}"


def node_id(iri: str) -> str:
    """A GraphML/GEXF node id (an XML NMTOKEN) from an IRI: 'court:ru-supreme-court'."""
    local = iri[len(BASE):] if iri.startswith(BASE) else iri
    return re.sub(r"[^A-Za-z0-9._:\-]", "_", local.replace("/", ":").replace("#char=", ":").replace(",", "-"))
