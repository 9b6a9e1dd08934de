"""The library's exceptions. Each says what was wrong and, where it can, what was meant."""

from __future__ import annotations

from collections.abc import Sequence


class Datong2020Error(Exception):
    """Base class of every error this library raises on purpose."""


class UnknownIdError(Datong2020Error, KeyError):
    """No encoded object has this id; ``suggestions`` holds the nearest ids that do exist."""

    def __init__(self, unknown: str, suggestions: Sequence[str]) -> None:
        self.unknown = unknown
        self.suggestions = tuple(suggestions)
        hint = f"; did you mean {', '.join(map(repr, self.suggestions))}?" if self.suggestions else ""
        super().__init__(f"no encoded object has the id {unknown!r}{hint}")

    def __str__(self) -> str:
        # KeyError.__str__ would repr() the message and show it in quotes.
        return str(self.args[0])


class UnitError(Datong2020Error, ValueError):
    """A unit string that the report's registry cannot read."""


class DimensionError(Datong2020Error, ValueError):
    """A quantity whose unit has the wrong dimension for where it is used."""


class QuoteError(Datong2020Error, ValueError):
    """A quote that is not in the shipped text, or is there more than once."""


class DataError(Datong2020Error, ValueError):
    """A malformed document given to the loader; the message names the path of the bad field."""
