"""Repairs of the small English model's part-of-speech tags where its own parse contradicts them, made before kg
reads the Doc (next to kg.components.parse_repairs, which repairs the tree).

* a participle the parser attaches to a noun as its clausal modifier ('acl') but the tagger reads as a finite past
  verb ('VBD'): "the sentence handed down to Ivan Petrov by the Kirov Regional Court", "the fine imposed on X". An
  'acl' verb is never finite, so the tag becomes 'VBN' (and the morphology a participle's), which every rule on
  participles reads.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import DEP, TAG
from spacy.strings import get_string_id
from spacy.tokens import Doc

ACL, VBD = get_string_id("acl"), get_string_id("VBD")


def repair_tags(doc: Doc) -> Doc:
    if not len(doc):
        return doc
    labels = doc.to_array([DEP, TAG])  # read once: a repair changes only its own token's tag
    for i in np.flatnonzero((labels[:, 0] == ACL) & (labels[:, 1] == VBD)).tolist():
        token = doc[i]
        token.tag_ = "VBN"
        token.set_morph("Aspect=Perf|Tense=Past|VerbForm=Part")
    return doc
