"""The hooks by which Python, IPython and Jupyter show an object, for every type of the library.

Each hook imports :mod:`datong2020.display` when it is first called, so that nothing about showing
objects (babel, the formatting) is loaded by ``import datong2020``. An attrs class that inherits these
hooks is declared with ``repr=False``, so that attrs keeps them instead of writing its own ``__repr__``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .display import Printer

__all__ = ["Displayable"]


class Displayable:
    """A short ``repr``, a text card for IPython and HTML for Jupyter, all from :mod:`datong2020.display`."""

    __slots__ = ()

    def __repr__(self) -> str:
        from .display import short_repr

        return short_repr(self)

    def _repr_pretty_(self, printer: Printer, cycle: bool) -> None:
        from .display import pretty

        printer.text(pretty(self))

    def _repr_html_(self) -> str:
        from .display import html

        return html(self)
