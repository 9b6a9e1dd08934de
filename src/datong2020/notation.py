"""Figures as the report writes them: "1318.8亿元", "6.5%以上", "2—3个", "近百亿", "第\\n一", "前14名".

:func:`parse` is the reader users call; records read their ``figure`` through it, so a figure means the
same thing wherever it is read. The grammar is small and stated here, and anything outside it is a
:class:`~datong2020.errors.ParseError` that names the position where reading stopped::

    figure    = [近 | 突破] ( rank | amount )
    rank      = ( 第 [line break] | 倒数第 | 前 ) number [位次 | 位 | 名] | 首位
    amount    = number [余] [range number] [unit] [以上 | 以内 | 左右]
    range     = — | - | 至
    number    = digits without a leading zero [. digits] | a Chinese numeral (一 … 九千九百九十九, 两, 〇)
    unit      = 万 | 亿 | [个] a unit :func:`~datong2020.units.parse_unit` reads (亿元, %, 个工作日)

Digits are ASCII or full-width (１３１８．８, ６.７％, as the context documents write them); other
scripts' digits (١٣) are refused, not read as numbers. A rank is read with its direction and bound:
倒数第N counts from the bottom (``from_bottom``), 前N is a bound, within the top N (``WITHIN``), and 首位
("the first place") is 1. The only white space read is the line break the
published text puts inside "第一"; "3 3亿元" is refused rather than read as 33 亿元. Reading is one pass
over a string of at most :data:`MAX_FIGURE_LENGTH` characters.
"""

from __future__ import annotations

import enum
import functools
import re
from decimal import Decimal
from typing import Final

import attrs

from .errors import ParseError, UnitError
from .units import FULL_WIDTH, Quantity, Unit, parse_unit, unit_or_none, ureg

__all__ = [
    "MAX_FIGURE_LENGTH",
    "READINGS_CACHED",
    "Qualifier",
    "Reading",
    "Written",
    "parse",
    "parse_figure",
    "parse_number",
    "take_apart",
    "unit_written",
]

MAX_FIGURE_LENGTH: Final = 64
"""The longest figure :func:`parse` reads; the report's longest is a dozen characters."""


class Qualifier(enum.Enum):
    """How a number binds, as the report words it: a target's bound, or a fact's approximation."""

    PLAIN = "plain"
    ABOUT = "about"
    """左右: a central value."""
    AT_LEAST = "at_least"
    """以上: a lower bound."""
    WITHIN = "within"
    """以内 / 控制在 / 前N名: an upper bound (for a rank, "within the top N")."""
    EXCEED = "exceed"
    """突破, 余, 多: beyond the number, a strict lower bound ("1000余名" is more than 1000)."""
    NEARLY = "nearly"
    """近: just short of the number ("近百亿")."""
    BETWEEN = "between"
    """"2—3个", "4至8所": from ``value`` to ``upper``, both included."""

    @property
    def zh(self) -> str:
        return _QUALIFIER_ZH[self]


_QUALIFIER_ZH: Final = {
    Qualifier.PLAIN: "",
    Qualifier.ABOUT: "左右",
    Qualifier.AT_LEAST: "以上",
    Qualifier.WITHIN: "以内",
    Qualifier.EXCEED: "突破",
    Qualifier.NEARLY: "近",
    Qualifier.BETWEEN: "至",
}

_CHINESE_DIGITS: Final = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                          "六": 6, "七": 7, "八": 8, "九": 9}  # fmt: skip
_CHINESE_UNITS: Final = {"十": 10, "百": 100, "千": 1000}

# No leading zero: "01" is not a way the report writes 1, and reading it as 1 would drop a character.
_ARABIC: Final = re.compile(r"(?:0|[1-9][0-9]*)(?:\.[0-9]+)?")
_CHINESE: Final = re.compile(f"[{''.join(_CHINESE_DIGITS)}{''.join(_CHINESE_UNITS)}]+")
_PREFIXES: Final = (("近", Qualifier.NEARLY), ("突破", Qualifier.EXCEED))
_SUFFIXES: Final = (("以上", Qualifier.AT_LEAST), ("以内", Qualifier.WITHIN), ("左右", Qualifier.ABOUT))
_RANK_OPENERS: Final = (("倒数第", True, Qualifier.PLAIN), ("第\n", False, Qualifier.PLAIN),
                        ("第", False, Qualifier.PLAIN), ("前", False, Qualifier.WITHIN))  # fmt: skip
_RANK_ENDINGS: Final = ("", "位次", "位", "名")
_FIRST_PLACE: Final = "首位"
_RANGE_MARKS: Final = ("—", "-", "至")


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


def parse_number(text: str) -> int | float:
    """A number as the report writes it: ``755`` is an int, ``1318.8`` a float, ``第一``'s 一 is 1."""
    if _ARABIC.fullmatch(text):
        return float(text) if "." in text else int(text)
    return _chinese_numeral(text)


@attrs.frozen(kw_only=True)
class Written:
    """A figure taken apart as written, before its unit is resolved: what records check a given value
    against where the figure alone is not a quantity ("12大", "七连冠")."""

    number: int | float
    upper: int | float | None
    unit_text: str
    """What follows the number(s), qualifier words taken off: "亿元", "%", "大", "连冠", or ""."""
    unit_position: int
    rank: bool
    from_bottom: bool
    qualifier: Qualifier

    @property
    def decimal(self) -> Decimal:
        return Decimal(repr(self.number))


@attrs.frozen(kw_only=True)
class Reading:
    """What :func:`parse` reads from a figure: its quantity, its qualifier and, for a range, its upper end."""

    text: str
    value: Quantity
    qualifier: Qualifier = Qualifier.PLAIN
    upper: Quantity | None = None
    from_bottom: bool = False
    """For 倒数第N: the rank counts from the bottom."""


def _number(text: str, position: int, original: str) -> tuple[int | float, int]:
    for pattern in (_ARABIC, _CHINESE):
        match = pattern.match(text, position)
        if match is not None:
            try:
                return parse_number(match.group()), match.end()
            except UnitError:
                raise ParseError("not a Chinese numeral", original, position) from None
    raise ParseError("a number is expected", original, position)


READINGS_CACHED: Final = 1024
"""How many figures :func:`take_apart` and :func:`parse` remember (each at most
:data:`MAX_FIGURE_LENGTH` characters): records read their figure when they are built, again when they are
loaded from JSON, and the report has a few hundred."""


def take_apart(figure: str) -> Written:
    """Split a figure into its number(s), the words after them, and its qualifier, by the grammar above."""
    if not isinstance(figure, str):
        raise ParseError(f"a figure is a string, not {type(figure).__name__}", "", 0)
    if len(figure) > MAX_FIGURE_LENGTH:
        raise ParseError(f"longer than {MAX_FIGURE_LENGTH} characters", figure, MAX_FIGURE_LENGTH)
    return _take_apart(figure)


@functools.lru_cache(maxsize=READINGS_CACHED)
def _take_apart(figure: str) -> Written:
    text = figure.translate(FULL_WIDTH)
    position, qualifier = 0, Qualifier.PLAIN
    for word, meaning in _PREFIXES:
        if text.startswith(word):
            position, qualifier = len(word), meaning
            break
    if text.startswith(_FIRST_PLACE, position):
        end = position + len(_FIRST_PLACE)
        if end != len(text):
            raise ParseError("a rank ends after 首位", figure, end)
        return Written(number=1, upper=None, unit_text="", unit_position=end, rank=True, from_bottom=False,
                       qualifier=qualifier)  # fmt: skip
    for opener, from_bottom, rank_qualifier in _RANK_OPENERS:
        if text.startswith(opener, position):
            number, end = _number(text, position + len(opener), figure)
            rest = text[end:]
            if rest not in _RANK_ENDINGS:
                raise ParseError("a rank ends after its number (or 位次, 位, 名)", figure, end)
            if qualifier is not Qualifier.PLAIN and rank_qualifier is not Qualifier.PLAIN:
                raise ParseError("two qualifiers", figure, 0)
            return Written(
                number=number,
                upper=None,
                unit_text="",
                unit_position=end,
                rank=True,
                from_bottom=from_bottom,
                qualifier=rank_qualifier if qualifier is Qualifier.PLAIN else qualifier,
            )
    number, position = _number(text, position, figure)
    if text.startswith("余", position):
        if qualifier is not Qualifier.PLAIN:
            raise ParseError("two qualifiers", figure, position)
        position, qualifier = position + 1, Qualifier.EXCEED
    upper = None
    for mark in _RANGE_MARKS:
        if text.startswith(mark, position):
            if qualifier is not Qualifier.PLAIN:
                raise ParseError("a range takes no other qualifier", figure, position)
            upper, position = _number(text, position + len(mark), figure)
            if not upper > number:
                raise ParseError("a range's upper end must be above its lower end", figure, position)
            qualifier = Qualifier.BETWEEN
            break
    end = len(text)
    for word, meaning in _SUFFIXES:
        if text.endswith(word) and end - len(word) >= position:
            if qualifier is not Qualifier.PLAIN:
                raise ParseError("two qualifiers", figure, end - len(word))
            end, qualifier = end - len(word), meaning
            break
    return Written(
        number=number,
        upper=upper,
        unit_text=text[position:end],
        unit_position=position,
        rank=False,
        from_bottom=False,
        qualifier=qualifier,
    )


def unit_written(written: Written) -> Unit | None:
    """The unit the figure writes, or None where its words are not a unit ("大", "连冠", "")."""
    if written.rank:
        return parse_unit("位次")
    text = written.unit_text
    if not text:
        return None
    if text.startswith("个") and len(text) > 1:
        # 个 is a classifier before a unit of time: "3.22个工作日" is 3.22 工作日, not a count.
        text = text[1:]
    return unit_or_none(text)


def parse(text: str) -> Reading:
    """Read a figure as the report (or a context document) writes it, exactly, or raise
    :class:`~datong2020.errors.ParseError` naming the position.

    >>> print(parse("1318.8亿元").value)
    1318.8 亿元
    >>> reading = parse("6.5%以上")
    >>> print(reading.value, reading.qualifier.name)
    6.5 % AT_LEAST
    >>> reading = parse("2—3个")
    >>> print(reading.value, reading.upper, reading.qualifier.name)
    2 个 3 个 BETWEEN
    >>> print(parse("１３１８．８亿元").value, parse("近百亿").qualifier.name)
    1318.8 亿元 NEARLY

    Readings are cached (see :data:`READINGS_CACHED`); a :class:`Reading` and its quantities are
    immutable, so a cached one is as good as a new one.
    """
    take_apart(text)  # refuses what is not a figure's string before it reaches the cache
    return _reading(text)


@functools.lru_cache(maxsize=READINGS_CACHED)
def _reading(text: str) -> Reading:
    written = _take_apart(text)
    unit = unit_written(written)
    if unit is None:
        if written.unit_text:
            raise ParseError(f"{written.unit_text!r} is not a unit", text, written.unit_position)
        unit = parse_unit("dimensionless")
    return Reading(
        text=text,
        value=ureg.Quantity(written.number, unit),
        qualifier=written.qualifier,
        upper=None if written.upper is None else ureg.Quantity(written.upper, unit),
        from_bottom=written.from_bottom,
    )


def parse_figure(figure: str) -> Quantity:
    """The quantity a figure denotes, without its qualifier: ``parse(figure).value``."""
    return parse(figure).value
