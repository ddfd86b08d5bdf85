"""Canonical names of a parsed provision: its IRI path and its label.

    iri_path("ru-cc", "105", "2", "a")  -> "ru-cc/105/part-2/para-a"
    label("Criminal Code of Russia", "105", "2", "a")
        -> "Paragraph a of Part 2 of Article 105 of the Criminal Code of Russia"

`CODE_LABELS` names the codes kg.provision_codes keys. An article of a protocol to the
Convention is numbered "P1-1" by kg.provisions and labelled "Article 1 of Protocol No. 1 to ...".
"""
from __future__ import annotations

import re

# Canonical labels for the keyed codes, for `label`.
CODE_LABELS = {"ru-cc": "Criminal Code of Russia",
               "ru-coao": "Code of Administrative Offenses of Russia",
               "ru-cpc": "Criminal Procedure Code of Russia",
               "ru-civil": "Civil Code of Russia",
               "ru-constitution": "Constitution of Russia",
               "echr": "European Convention on Human Rights",
               "iccpr": "International Covenant on Civil and Political Rights",
               "udhr": "Universal Declaration of Human Rights"}


def iri_path(code_key: str, article: str, part: str | None = None,
             paragraph: str | None = None) -> str:
    """Canonical IRI path: "ru-cc/282", "ru-cc/105/part-2/para-a", "ru-coao/20.3.1/part-1"."""
    steps = [code_key, article]
    steps += [f"part-{part}"] * bool(part) + [f"para-{paragraph}"] * bool(paragraph)
    return "/".join(re.sub(r"\s+", "", step) for step in steps).lower()


def label(code_label: str | None, article: str, part: str | None = None,
          paragraph: str | None = None) -> str:
    """Canonical label: "Paragraph a of Part 2 of Article 105 of the Criminal Code of Russia"."""
    steps = [f"Paragraph {paragraph}"] * bool(paragraph) + [f"Part {part}"] * bool(part)
    protocol = re.fullmatch(r"P(\d+)-(.+)", article)  # an article of a protocol: "P1-1"
    steps.append(f"Article {protocol[2]} of Protocol No. {protocol[1]}" if protocol else f"Article {article}")
    if code_label:
        steps.append(code_label if code_label.lower().startswith("the ") else f"the {code_label}")
    return " of ".join(steps[:-1]) + " to " + steps[-1] if protocol and code_label else " of ".join(steps)
