"""Building an Event from a trigger and its participant mentions (shared by the event rule modules)."""

from __future__ import annotations

from spacy.tokens import Token

from kg.arguments import Context, evidence, span_of
from kg.model import Event

# the charge property that goes with a sanction property
CHARGE_OF = {"convicted": "convictedUnder", "fined": "finedUnder", "prosecuted": "prosecutedUnder"}


def make(ctx: Context, kind: str, verb: Token, roles: list[tuple[str, object]], rule: str, conf: float) -> Event:
    spans = [span_of(verb)] + [span_of(m) for _, m in roles]
    keyed = tuple(dict.fromkeys((role, m.entity) for role, m in roles))
    return Event(kind, keyed, span_of(verb), evidence(ctx, rule, conf, *spans))
