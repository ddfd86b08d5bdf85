"""Repairs of the small English model's part-of-speech tags where its own parse contradicts them, made before kg
reads the Doc (next to kg.components.parse_repairs, which repairs the tree).

* a participle the parser attaches to a noun as its clausal modifier ('acl') but the tagger reads as a finite past
  verb ('VBD'): "the sentence handed down to Ivan Petrov by the Kirov Regional Court", "the fine imposed on X". An
  'acl' verb is never finite, so the tag becomes 'VBN' (and the morphology a participle's), which every rule on
  participles reads.
"""

from __future__ import annotations

from spacy.tokens import Doc


def repair_tags(doc: Doc) -> Doc:
    for token in doc:
        if token.dep_ == "acl" and token.tag_ == "VBD":
            token.tag_ = "VBN"
            token.set_morph("Aspect=Perf|Tense=Past|VerbForm=Part")
    return doc
