"""The sequence type of the report's collections and of every query's answer.

A :class:`Records` is a tuple (it compares, hashes, unpacks and pickles as one, and nothing can change
it), whose slices are again Records, and which shows itself as a short line in a shell and as a table
in Jupyter. The rendering lives in :mod:`datong2020.display`, imported only when something is shown.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, SupportsIndex, TypeVar, overload

from .displayable import Displayable

__all__ = ["Records"]

T_co = TypeVar("T_co", covariant=True)


class Records(Displayable, tuple[T_co, ...], Generic[T_co]):
    """A tuple of records (or of query answers) that displays as a table: ``REPORT.targets``,
    ``query.facts(REPORT, year=2019)``, ``REPORT.targets[:5]``."""

    __slots__ = ()

    def __new__(cls, items: Iterable[T_co] = ()) -> Records[T_co]:
        return super().__new__(cls, items)

    @overload
    def __getitem__(self, index: SupportsIndex) -> T_co: ...
    @overload
    def __getitem__(self, index: slice) -> Records[T_co]: ...
    def __getitem__(self, index: SupportsIndex | slice) -> T_co | Records[T_co]:
        if isinstance(index, slice):
            return Records(super().__getitem__(index))
        return super().__getitem__(index)
