"""Errors the library raises; the CLI turns them into one-line messages."""


class KGError(Exception):
    """Base class for every error kg reports to the user."""


class InputError(KGError):
    """An input file cannot be read or parsed (the message names the file)."""


class ModelError(KGError):
    """The spaCy pipeline cannot be loaded."""


class LexiconError(KGError):
    """A lexicon file is malformed (the message names the file and entry)."""
