"""The library's exceptions. Each says what was wrong and, where it can, what was meant."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = [
    "DataError",
    "Datong2020Error",
    "DimensionError",
    "DuplicateIdError",
    "FrozenQuantityError",
    "LinkError",
    "ParseError",
    "QuoteError",
    "RecordError",
    "UnitError",
    "UnknownIdError",
]


class Datong2020Error(Exception):
    """Base class of every error this library raises on purpose."""

    field: str | None = None
    """For an error a record raises when it is built: the field at fault, so that a loader can name it."""


class UnknownIdError(Datong2020Error, KeyError):
    """No encoded object has this id; ``suggestions`` holds the nearest ids that do exist."""

    def __init__(self, unknown: object, suggestions: Sequence[str]) -> None:
        self.unknown = unknown
        self.suggestions = tuple(suggestions)
        hint = f"; did you mean {', '.join(map(repr, self.suggestions))}?" if self.suggestions else ""
        shown = preview(unknown) if isinstance(unknown, str) else f"of type {type(unknown).__name__}"
        super().__init__(f"no encoded object has the id {shown}{hint}")

    def __str__(self) -> str:
        # KeyError.__str__ would repr() the message and show it in quotes.
        return str(self.args[0])


class UnitError(Datong2020Error, ValueError):
    """A unit string that the report's registry cannot read."""


class DimensionError(Datong2020Error, ValueError):
    """A quantity whose unit has the wrong dimension for where it is used."""


class QuoteError(Datong2020Error, ValueError):
    """A quote that is not in the shipped text, or is there more than once."""


class RecordError(Datong2020Error, ValueError):
    """A record whose fields disagree with each other (a value that is not its figure's number …)."""

    def __init__(self, message: str, field: str) -> None:
        self.field = field
        super().__init__(message)


class DataError(Datong2020Error, ValueError):
    """A malformed document given to the loader; the message names the path of the bad field."""


class ParseError(Datong2020Error, ValueError):
    """A figure that :func:`datong2020.parse` cannot read exactly; ``position`` is where reading stopped."""

    def __init__(self, message: str, text: str, position: int) -> None:
        self.text = text
        self.position = position
        super().__init__(f"{message} at position {position} in {preview(text)}")


class FrozenQuantityError(Datong2020Error, TypeError):
    """An attempt to change a quantity of the report's registry in place (``ito`` and its kin)."""


def preview(text: str, limit: int = 80) -> str:
    """A repr short enough for an error message, whatever the caller passed."""
    shown = repr(text[:limit])
    return shown if len(text) <= limit else f"{shown[:-1]}…' ({len(text)} characters)"


class DuplicateIdError(Datong2020Error, ValueError):
    """Two objects with one id; ``id`` is the id, ``index`` the position of the second in the input."""

    def __init__(self, id_: str, index: int, first: str, second: str) -> None:
        self.id = id_
        self.index = index
        super().__init__(f"duplicate id {id_!r}: a {first} and a {second}")


class LinkError(Datong2020Error, ValueError):
    """A link (``of``, ``base``, ``members`` …) that names no object of the kind it must name."""

    def __init__(self, id_: str, field: str, message: str) -> None:
        self.id = id_
        self.field = field
        super().__init__(message)
