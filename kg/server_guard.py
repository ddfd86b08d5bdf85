"""What `kg serve` refuses before a request reaches the store: outbound calls hidden in SPARQL.

pyoxigraph really fetches the IRI of a ``SERVICE`` clause (a query) and of a ``LOAD`` operation (an
update), so an open endpoint would make HTTP requests to any host a client names. The server
refuses both unless started with ``--allow-service`` / ``--allow-load``.

The check tokenizes the text the way SPARQL does, after expanding ``\\uXXXX`` escapes (which
SPARQL processes before parsing), and skips comments, strings, IRIs and variables, so that
"Federal Security Service" in a string or ``?service`` is not taken for the keyword. pyoxigraph's
parser finds keywords without word boundaries (``SERVICESILENT<...>`` and ``SERVICE:x`` both run),
so every other token that merely contains the keyword counts: the check errs on the side of refusing.
"""

from __future__ import annotations

import re

ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<comment>\#[^\n\r]*)
  | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
  | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
  | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
  | (?P<pname>(?:[^\W\d][\w.\-]*)?:(?:[\w.:%\-]|\\.)*)
  | (?P<word>[^\W\d]\w*)
  | (?P<other>.)
""", re.X | re.S)


def unescape(text: str) -> str:
    """SPARQL's codepoint escapes (\\u0053 -> S), applied to the whole text as the parser does."""
    def char(match: re.Match) -> str:
        try:
            return chr(int(match[1] or match[2], 16))
        except (ValueError, OverflowError):
            return match[0]
    return ESCAPE.sub(char, text)


def words(text: str) -> list[str]:
    """The bare words and prefixed names of a SPARQL text, upper-cased: where keywords can hide."""
    return [match[0].upper() for match in TOKEN.finditer(unescape(text)) if match.lastgroup in ("word", "pname")]


def uses(text: str, keyword: str) -> bool:
    return any(keyword in word for word in words(text))


def refusal(text: str, update: bool, allow_service: bool, allow_load: bool) -> str | None:
    """Why the query or update must be refused (one line), or None."""
    if not allow_service and uses(text, "SERVICE"):
        return ("SERVICE calls to other endpoints are disabled on this server "
                "(start kg serve with --allow-service to allow them)")
    if update and not allow_load and uses(text, "LOAD"):
        return "LOAD from URLs is disabled on this server (start kg serve with --allow-load to allow it)"
    return None
