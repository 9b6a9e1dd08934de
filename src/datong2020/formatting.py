"""Quantities and targets as text, in the report's Chinese or in English.

Chinese keeps the report's own units and writes numbers as the report does ("1318.8亿元", "6.7%").
English drops the 万/亿 multipliers and lets CLDR (through babel) say the magnitude: "131.88 billion
yuan". A report figure is never rounded: it gets as many fraction digits as it needs. Computed values
(projections) are shown to two decimals.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from typing import Final

from .compute import Bound, Projection
from .model import Target
from .notation import Qualifier
from .text import Lang
from .units import Quantity, ureg, written_decimal

__all__ = ["format_projection", "format_quantity", "format_target_value", "ordinal", "render_table"]

_MULTIPLIERS: Final = ("万", "亿")
_COMPACT_FROM: Final = Decimal(10) ** 6


def _plain(quantity: Quantity) -> tuple[Decimal, str]:
    """The magnitude without a 万/亿 multiplier, in decimal (5.73 万亩 -> 57300 亩), and the unit's name."""
    units = list(quantity.unit_items())
    number = written_decimal(quantity.magnitude)
    if len(units) != 1 or units[0][1] != 1:
        return number, f"{quantity.units:~C}"
    prefix, name, _ = ureg.parse_unit_name(units[0][0])[0]
    if prefix in _MULTIPLIERS:
        scale = Decimal(int(ureg._prefixes[prefix].converter.scale))  # no public accessor
        number = (number * scale).normalize()
    return number, name


def _fraction_digits(number: Decimal) -> int:
    return max(0, -int(number.as_tuple().exponent))


def _pattern(number: Decimal, exact: bool) -> str:
    """A CLDR pattern that shows a report figure's digits as written, or a computed value to 0.01."""
    if not exact:
        return "0.##"
    digits = _fraction_digits(number)
    return f"0.{'0' * digits}" if digits else "0"


def ungrouped(number: Decimal, exact: bool = True) -> str:
    """A number as the report writes it, in both languages: its own digits, no grouping, "." for the
    decimal point; a computed value (``exact=False``) to two decimals at most, half to even.

    This is what babel writes for the patterns of :func:`_pattern` in zh_CN and en; it is written here
    because loading babel's locale data costs more than the main job spends on everything else.
    """
    if not exact:
        number = number.quantize(Decimal("0.01"), rounding=ROUND_HALF_EVEN).normalize()
    return f"{number:f}"


def _english_number(number: Decimal, exact: bool) -> str:
    from babel.numbers import format_compact_decimal, format_decimal  # English alone needs CLDR's data

    if abs(number) < _COMPACT_FROM:
        return format_decimal(number, format="#,##" + _pattern(number, exact), locale="en")
    scale = Decimal(10) ** (3 * ((len(str(int(abs(number)))) - 1) // 3))
    digits = _fraction_digits((number / scale).normalize()) if exact else 2
    return format_compact_decimal(number, format_type="long", locale="en", fraction_digits=digits)


def _english_unit(name: str) -> str:
    """ "yuan" for money, nothing for counts (the label names what is counted), else an ASCII symbol."""
    if name not in ureg._units:  # a compound unit such as 平方米/人
        return name
    unit = ureg.Unit(name)
    if unit.dimensionality == ureg.get_dimensionality("[count]"):
        return ""
    definition = ureg._units[name]  # pint has no public accessor for aliases
    if unit.dimensionality == ureg.get_dimensionality("[currency]"):
        return definition.aliases[-1]
    return next((alias for alias in (name, *definition.aliases) if alias.isascii()), name)


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 11th: babel formats numbers but has no English ordinal suffixes."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    return f"{number}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th') }"


def format_quantity(quantity: Quantity, lang: Lang = "zh", *, exact: bool = True) -> str:
    """A quantity as a reader expects it; ``exact=False`` for computed values (two decimals at most)."""
    magnitude = written_decimal(quantity.magnitude)
    if quantity.check("[rank]"):
        return f"第{magnitude}" if lang == "zh" else ordinal(int(magnitude))
    if quantity.units == ureg.percent:
        return ungrouped(magnitude, exact) + "%"
    if lang == "zh":
        return f"{ungrouped(magnitude, exact)}{quantity.units:~C}"
    plain, name = _plain(quantity)
    unit = _english_unit(name)
    number = _english_number(plain, exact)
    return f"{number} {unit}" if unit else number


_QUALIFIER_EN: Final = {
    Qualifier.PLAIN: "{}",
    Qualifier.ABOUT: "about {}",
    Qualifier.AT_LEAST: "at least {}",
    Qualifier.WITHIN: "at most {}",
    Qualifier.EXCEED: "over {}",
    Qualifier.NEARLY: "nearly {}",
    Qualifier.BETWEEN: "{} to {}",
}


def format_target_value(target: Target, lang: Lang = "zh") -> str:
    """The target's number with its qualifier and commitment: "6.3%左右" / "about 6.3%"."""
    if target.value is None:
        assert target.requirement is not None  # a Target without a figure always states its requirement
        return target.requirement.in_lang(lang)
    number = format_quantity(target.value, lang)
    upper = "" if target.upper is None else format_quantity(target.upper, lang)
    if lang == "zh":
        if target.qualifier is Qualifier.EXCEED:
            worded = f"突破{number}"
        elif target.qualifier is Qualifier.NEARLY:
            worded = f"近{number}"
        elif target.qualifier is Qualifier.BETWEEN:
            worded = f"{number}至{upper}"
        else:
            worded = f"{number}{target.qualifier.zh}"
        return f"{target.commitment.zh}{worded}"
    worded = _QUALIFIER_EN[target.qualifier].format(number, upper)
    strive = {"strive": "strive for ", "ensure": "ensure "}.get(target.commitment.value, "")
    return f"{strive}{worded}"


_BOUND_SIGN: Final = {Bound.CENTRAL: "", Bound.LOWER: "≥", Bound.UPPER: "≤"}


def format_projection(projection: Projection, lang: Lang = "zh") -> str:
    """ "≥34348.38元" for a lower bound; "≈" marks an approximate (comparable-price) level."""
    approx = "≈" if projection.approximate else ""
    return f"{_BOUND_SIGN[projection.bound]}{approx}{format_quantity(projection.value, lang, exact=False)}"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(char) in "WF" else 1 for char in text)


def render_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain-text table whose columns line up with Chinese (double-width) characters in them."""
    widths = [max(_width(row[column]) for row in (headers, *rows)) for column in range(len(headers))]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            cell + " " * (width - _width(cell)) for cell, width in zip(cells, widths, strict=True)
        )

    rule = "  ".join("-" * width for width in widths)
    return "\n".join([line(headers).rstrip(), rule, *(line(row).rstrip() for row in rows)])
