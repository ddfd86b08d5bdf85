"""Names of products are not entities: "its Safe Kids parental-control app", "the Screen Time feature", "the
Gosuslugi public services portal". An organization the NER or a pattern proposed (never a lexicon entry) whose
name only qualifies a product noun after it names a product of some company, not an organization."""

from __future__ import annotations

from spacy.tokens import Doc

from kg.components.candidates import Candidate

PRODUCT_NOUNS = {"app", "application", "feature", "portal", "browser", "antivirus", "program", "programme",
                 "software", "plugin", "extension", "game", "gadget", "smartphone", "console", "chatbot", "widget",
                 "address", "protocol", "domain", "server"}  # "an IP address", "the VPN protocol"


def drop_products(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """The candidates without the organizations that only name a product (see the module docstring)."""
    return [c for c in chosen if not (c.type == "Organization" and c.source in ("ner", "pattern") and product(doc, c))]


def product(doc: Doc, c: Candidate) -> bool:
    span = doc.char_span(c.start, c.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root.head
    return root.dep_ in ("compound", "nmod", "amod") and head.i >= span.end and head.i - span.end <= 4 and \
        head.lemma_.lower() in PRODUCT_NOUNS
