"""The report's unit registry, and the strict readers that stand in front of it.

``ureg`` is a pint registry built from ``units.txt`` alone (see that file for the conventions: 万 and
亿 as prefixes, currency and counts as dimensions, percentage points apart from percent). pint's own
string parser drops characters it does not understand ("亿元," reads as 亿元), so every unit string
from outside goes through :func:`parse_unit`, which refuses anything it cannot account for.
"""

from __future__ import annotations

import difflib
import re
from decimal import Decimal
from importlib.resources import files
from typing import Any, Final, TypeAlias

import pint
from pint.facets.plain import PlainUnit

from .errors import DimensionError, UnitError

__all__ = [
    "Quantity",
    "Registry",
    "Unit",
    "dimensionality_of",
    "parse_figure",
    "parse_number",
    "parse_unit",
    "require_dimension",
    "unit_symbol",
    "ureg",
    "written_decimal",
]

Quantity: TypeAlias = pint.Quantity[Any]
"""The type of every quantity here (magnitudes are the report's ints and floats)."""
Unit: TypeAlias = pint.Unit
Registry: TypeAlias = pint.UnitRegistry[Any]


def _build_registry() -> Registry:
    registry: Registry = pint.UnitRegistry(
        filename=None,
        cache_folder=None,
        on_redefinition="raise",
        autoconvert_offset_to_baseunit=False,
    )
    with files("datong2020").joinpath("units.txt").open(encoding="utf-8") as definitions:
        registry.load_definitions(definitions.read().splitlines())
    # "~" prints symbols, and our symbols are the report's own: 1318.8 亿元, 6.7 %.
    registry.formatter.default_format = "~"
    return registry


ureg: Final[Registry] = _build_registry()

_UNIT_TOKEN = re.compile(
    r"\s*(?:(?P<name>[^\W\d_]+\d*)|(?P<number>\d+(?:\.\d+)?)|(?P<op>\*\*|[*/^()])|(?P<percent>%))\s*"
)


def _known_unit_names() -> list[str]:
    names = set(ureg._units)  # pint exposes no public list of defined names
    prefixed = {prefix + name for prefix in ("万", "亿") for name in names}
    return sorted(names | prefixed)


def parse_unit(text: str) -> pint.Unit:
    """Read a unit string strictly: every character must belong to a known unit name or operator."""
    if not text.strip():
        raise UnitError("empty unit string; use 'dimensionless' for a pure number")
    position = 0
    while position < len(text):
        match = _UNIT_TOKEN.match(text, position)
        if match is None or match.end() == position:
            raise UnitError(
                f"unexpected character {text[position]!r} at position {position} in unit {text!r}"
            )
        name = match.group("name")
        if name is not None and name != "dimensionless" and not ureg.parse_unit_name(name):
            near = difflib.get_close_matches(name, _known_unit_names(), n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(near)}?" if near else ""
            raise UnitError(f"unknown unit {name!r} in {text!r}{hint}")
        position = match.end()
    try:
        return ureg.Unit(text)
    except (pint.PintError, SyntaxError, TypeError, ValueError) as error:
        raise UnitError(f"cannot read unit {text!r}: {error}") from error


def unit_symbol(unit: PlainUnit) -> str:
    """The unit as a compact string that :func:`parse_unit` reads back: 亿元, %, 平方米/人."""
    if unit.dimensionless and not unit._units:  # an empty UnitsContainer is "no unit"
        return "dimensionless"
    return f"{unit:~C}"


_CHINESE_DIGITS: Final = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                          "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip


_CHINESE_UNITS: Final = {"十": 10, "百": 100, "千": 1000}


def _chinese_numeral(text: str) -> int:
    """一 … 九千九百九十九, as the report writes numbers in characters (第一, 十大, 二十, 百亿's 百)."""
    if not text or any(char not in _CHINESE_DIGITS and char not in _CHINESE_UNITS for char in text):
        raise UnitError(f"not a Chinese numeral: {text!r}")
    total, digit, last_unit = 0, None, 10_000
    for char in text:
        if char in _CHINESE_DIGITS:
            if digit:  # 零 may stand before a digit as a placeholder (三百零五); nothing else may
                raise UnitError(f"not a Chinese numeral: {text!r}")
            digit = _CHINESE_DIGITS[char]
            continue
        unit = _CHINESE_UNITS[char]
        if unit >= last_unit:
            raise UnitError(f"not a Chinese numeral: {text!r}")
        total += (1 if digit is None else digit) * unit
        digit, last_unit = None, unit
    return total + (digit or 0)


_ARABIC: Final = re.compile(r"\d+(?:\.\d+)?")


def written_decimal(number: float | int) -> Decimal:
    """A magnitude as the decimal the report wrote: through repr, so 1318.8 is 1318.8 and not its binary
    neighbour, and 6.0 keeps its written zero."""
    return Decimal(repr(number))


def parse_number(text: str) -> int | float:
    """A number as the report writes it: ``755`` is an int, ``1318.8`` a float, ``第一``'s 一 is 1."""
    if _ARABIC.fullmatch(text):
        return float(text) if "." in text else int(text)
    return _chinese_numeral(text)


_RANK: Final = re.compile(r"第\s*(?P<number>\d+|[一二三四五六七八九十百]+)(?:位|名)?")
_FIGURE: Final = re.compile(r"(?P<number>\d+(?:\.\d+)?)\s*(?P<unit>\S.*)?", re.DOTALL)


def parse_figure(figure: str) -> Quantity:
    """The quantity a figure *as written in the report* denotes.

    ``"1318.8亿元"`` is 1318.8 亿元, ``"6.7%"`` is 6.7 %, ``"第1"`` and ``"第\\n一"`` are rank 1 (位次),
    ``"7个"`` is 7 个. White space inside a figure is ignored because the published text breaks a line
    inside "第一"; anything else that is not a number followed by a unit is refused.
    """
    compact = re.sub(r"\s+", "", figure)
    rank = _RANK.fullmatch(compact)
    if rank is not None:
        return ureg.Quantity(parse_number(rank.group("number")), "位次")
    match = _FIGURE.fullmatch(compact)
    if match is None:
        raise UnitError(f"not a figure (a number followed by a unit): {figure!r}")
    number = parse_number(match.group("number"))
    unit = match.group("unit")
    return ureg.Quantity(number, parse_unit(unit) if unit else ureg.dimensionless)


def dimensionality_of(dimension: str) -> Any:
    """The pint dimensionality of ``"[currency]"``, ``"[length] ** 2"``, ``"dimensionless"`` …; an unknown
    dimension is a :class:`DimensionError` that names the ones the registry knows."""
    if dimension == "dimensionless":
        return ureg.dimensionless.dimensionality
    try:
        return ureg.get_dimensionality(dimension)
    except (ValueError, pint.PintError) as error:
        known = sorted(name for name in ureg._dimensions if name.startswith("["))  # no public accessor
        near = difflib.get_close_matches(dimension, known, n=3, cutoff=0.5)
        hint = f"did you mean {', '.join(near)}? " if near else ""
        raise DimensionError(f"unknown dimension {dimension!r}; {hint}known: {', '.join(known)}") from error


def require_dimension(quantity: Quantity, dimension: str, what: str) -> Quantity:
    """Return ``quantity`` if it has ``dimension`` (``"[currency]"``, ``"[count]"``, ``"dimensionless"``),
    else raise a :class:`DimensionError` that says what was expected."""
    expected = dimensionality_of(dimension)
    if quantity.dimensionality != expected:
        raise DimensionError(
            f"{what}: expected a quantity of dimension {dimension}, "
            f"got {quantity:~} of dimension {quantity.dimensionality}"
        )
    return quantity
