"""Quantities, figures and records as text, in the report's Chinese or in English, through babel.

Numbers, percentages, compact forms (131.88 billion), ordinal suffixes (CLDR's ordinal plural rules),
plural forms and dates are CLDR's, through babel. What stays ours:

- A report figure keeps its published precision: it gets a CLDR pattern with exactly the decimals the
  report wrote (6.0% stays 6.0%; babel would otherwise round half-even and drop the zero). Computed values
  (projections) are shown to two decimals at most.
- Chinese shows a record's figure as the report writes it ("1318.8亿元", "第一", "1000余名") and keeps
  the library's own unit labels: CLDR's 吨 is the US short ton, and its Chinese has no 亿元 or 万千瓦.
- English drops the 万/亿 multipliers and lets CLDR say the magnitude: "CNY 131.88 billion".
- A difference of two rates is in percentage points (百分点), never in percent.

:func:`describe` gives any record, the report or a growth step as one line:

    >>> from datong2020 import REPORT
    >>> from datong2020.formatting import describe
    >>> describe(REPORT["gdp_2019"])
    '地区生产总值1318.8亿元,增长6.7%,增幅全省第1'
    >>> describe(REPORT["gdp_2019"], "en")
    'Gross regional product CNY 131.88 billion, up 6.7%, 1st in Shanxi by growth'
"""

from __future__ import annotations

import datetime
import unicodedata
from collections.abc import Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING, Final

from babel import Locale
from babel.numbers import format_compact_decimal, format_decimal, format_percent
from pint.facets.plain import PlainUnit

from .compute import Bound, GrowthStep, Projection
from .model import (
    Achievement,
    Brand,
    Direction,
    Fact,
    FigureKind,
    Outcome,
    Project,
    Quirk,
    Record,
    Report,
    Section,
    Shortcoming,
    Target,
    Term,
)
from .notation import Qualifier, take_apart
from .text import Lang
from .units import Quantity, unit_symbol, ureg, written_decimal

if TYPE_CHECKING:
    from .model import TimeFrame

__all__ = [
    "describe",
    "format_date",
    "format_figure",
    "format_number",
    "format_projection",
    "format_quantity",
    "format_rank",
    "format_target_value",
    "ordinal",
    "render_table",
    "unit_label",
]

_LOCALE: Final[dict[Lang, str]] = {"zh": "zh_CN", "en": "en"}
_MULTIPLIERS: Final = ("万", "亿")
_COMPACT_FROM: Final = Decimal(10) ** 6


def _fraction_digits(number: Decimal) -> int:
    return max(0, -int(number.as_tuple().exponent))


def _pattern(number: Decimal, exact: bool, grouping: bool = False) -> str:
    """A CLDR pattern that shows a report figure's digits as written, or a computed value to 0.01."""
    digits = _fraction_digits(number) if exact else 0
    fraction = f".{'0' * digits}" if digits else ("" if exact else ".##")
    return f"{'#,##' if grouping else ''}0{fraction}"


_HUNDREDTH: Final = Decimal("0.01")
_UNGROUPED_BELOW: Final = 20
"""Numbers of fewer integer digits than this are rounded to 0.01 within the decimal context's 28 digits."""


def format_number(number: Decimal | float | int, lang: Lang = "zh", *, exact: bool = True) -> str:
    """A number with the decimals it was written with (``exact``), or to 0.01 at most; English groups
    thousands (32,252), Chinese writes them as the report does (32252)."""
    value = number if isinstance(number, Decimal) else written_decimal(number)
    if lang == "zh" and value.is_finite() and value.adjusted() < _UNGROUPED_BELOW:
        return _ungrouped(value, exact)
    pattern = _pattern(value, exact, grouping=lang == "en")
    return format_decimal(value, format=pattern, locale=_LOCALE[lang])


def _ungrouped(number: Decimal, exact: bool) -> str:
    """What babel writes for :func:`_pattern`'s ungrouped patterns in zh_CN, whose decimal sign is "." and
    minus sign "-": the number's own digits (``exact``), or rounded half to even to at most two decimals.

    Written here because the main job's numbers are these, and babel would load its locale data for
    them, which costs more than the rest of the job's formatting; tests/test_formatting.py holds this
    to babel's output."""
    if not exact:
        number = number.quantize(_HUNDREDTH, rounding=ROUND_HALF_EVEN).normalize()
    return f"{number:f}"


_ORDINAL_SUFFIX: Final = {"one": "st", "two": "nd", "few": "rd", "other": "th"}


def ordinal(number: int, lang: Lang = "en") -> str:
    """1st, 2nd, 3rd, 11th, 22nd by CLDR's English ordinal rules; 第1 in Chinese."""
    if lang == "zh":
        return f"第{number}"
    return f"{number}{_ORDINAL_SUFFIX[Locale.parse('en').ordinal_form(number)]}"


def format_date(day: datetime.date, lang: Lang = "zh") -> str:
    """2020年6月30日 / June 30, 2020 (CLDR's long date)."""
    # Imported here: babel's dates module loads the time zone machinery, which the main job never needs.
    from babel.dates import format_date as babel_format_date

    return babel_format_date(day, format="long", locale=_LOCALE[lang])


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


def _english_number(number: Decimal, exact: bool) -> str:
    if abs(number) < _COMPACT_FROM:
        return format_number(number, "en", exact=exact)
    scale = Decimal(10) ** (3 * ((len(str(int(abs(number)))) - 1) // 3))
    digits = _fraction_digits((number / scale).normalize()) if exact else 2
    return format_compact_decimal(number, format_type="long", locale="en", fraction_digits=digits)


_DIMENSIONALITY: Final = {name: ureg.get_dimensionality(name) for name in ("[count]", "[currency]")}


def _english_unit(name: str) -> str:
    """Nothing for counts (the label names what is counted), else the unit's first ASCII name."""
    if name not in ureg._units:  # a compound unit such as 平方米/人
        return name
    if ureg.Unit(name).dimensionality == _DIMENSIONALITY["[count]"]:
        return ""
    definition = ureg._units[name]  # pint has no public accessor for aliases
    return next((alias for alias in (name, *definition.aliases) if alias.isascii()), name)


def _percentage_points(magnitude: Decimal, lang: Lang, exact: bool) -> str:
    number = format_number(magnitude, lang, exact=exact)
    if lang == "zh":
        return f"{number}个百分点"
    form = Locale.parse("en").plural_form(abs(magnitude))
    return f"{number} percentage {'point' if form == 'one' else 'points'}"


def format_quantity(quantity: Quantity, lang: Lang = "zh", *, exact: bool = True) -> str:
    """A quantity as a reader expects it; ``exact=False`` for computed values (two decimals at most)."""
    magnitude = written_decimal(quantity.magnitude)
    if quantity.check("[rank]"):
        return ordinal(int(magnitude), lang)
    if quantity.check("[percentage_point]"):
        return _percentage_points(magnitude, lang, exact)
    if quantity.units == ureg.percent:
        pattern = _pattern(magnitude, exact) + "%"
        return format_percent(magnitude / 100, format=pattern, locale=_LOCALE[lang])
    if lang == "zh":
        return f"{format_number(magnitude, 'zh', exact=exact)}{quantity.units:~C}"
    plain, name = _plain(quantity)
    number = _english_number(plain, exact)
    if quantity.check("[currency]"):
        return f"{_currency_code(name)} {number}"
    unit = _english_unit(name)
    return f"{number} {unit}" if unit else number


def format_rank(rank: Fact, lang: Lang = "zh") -> str:
    """A rank with its direction and bound, which its value alone does not carry: "倒数第2" / "2nd from
    the bottom", "前14" / "within the top 14", "第1" / "1st"."""
    if rank.figure_kind is not FigureKind.RANK:
        raise ValueError(f"{rank.id} is a {rank.figure_kind} figure, not a rank")
    if lang == "en":
        return format_figure(rank, "en")
    place = int(written_decimal(rank.value.magnitude))
    if rank.from_bottom:
        return f"倒数第{place}"
    if rank.qualifier is Qualifier.WITHIN:
        return f"前{place}"
    return format_quantity(rank.value, lang)


def unit_label(unit: PlainUnit, lang: Lang = "zh") -> str:
    """A unit for an axis label: the report's own in Chinese (亿元, 万千瓦); in English its multiplier in
    words and its English name ("CNY 100 million", "10,000 kW", "%")."""
    if lang == "zh" or unit == ureg.percent:
        return unit_symbol(unit)
    scale, name = _plain(ureg.Quantity(1, unit))
    multiplier = "" if scale == 1 else _english_number(scale, exact=True)
    if name in ureg._units and ureg.Unit(name).dimensionality == _DIMENSIONALITY["[currency]"]:
        return f"{_currency_code(name)} {multiplier}".strip()
    return f"{multiplier} {_english_unit(name)}".strip() or "number"


def _currency_code(name: str) -> str:
    """The ISO code among the currency unit's aliases (元 = CNY)."""
    definition = ureg._units[name]  # pint has no public accessor for aliases
    return next(alias for alias in definition.aliases if len(alias) == 3 and alias.isupper())


# The Chinese words of a qualifier that the figure itself does not write, before or after it.
_QUALIFIER_ZH: Final = {
    Qualifier.ABOUT: ("", "左右"),
    Qualifier.AT_LEAST: ("", "以上"),
    Qualifier.WITHIN: ("", "以内"),
    Qualifier.EXCEED: ("突破", ""),
    Qualifier.NEARLY: ("近", ""),
}
_QUALIFIER_EN: Final = {
    Qualifier.PLAIN: "{}",
    Qualifier.ABOUT: "about {}",
    Qualifier.AT_LEAST: "at least {}",
    Qualifier.WITHIN: "at most {}",
    Qualifier.EXCEED: "over {}",
    Qualifier.NEARLY: "nearly {}",
    Qualifier.BETWEEN: "{} to {}",
}
_COMMITMENT_EN: Final = {"strive": "strive for ", "ensure": "ensure "}


def format_figure(record: Fact | Target | Outcome, lang: Lang = "zh") -> str:
    """A record's own number with its qualifier: in Chinese the figure as the report writes it ("6.3%左右",
    "突破130万人次", "倒数第二"), in English through babel ("about 6.3%", "over 1.3 million",
    "2nd from the bottom"). A target without a number gives its requirement instead, an outcome without
    one its result."""
    if record.figure is None or record.value is None:
        words = record.result if isinstance(record, Outcome) else None
        words = record.requirement if isinstance(record, Target) else words
        return "" if words is None else words.in_lang(lang)
    written = take_apart(record.figure)
    commitment = record.commitment.value if isinstance(record, Target) else "plain"
    if lang == "zh":
        before, after = (
            ("", "")
            if written.qualifier is not Qualifier.PLAIN
            else _QUALIFIER_ZH.get(record.qualifier, ("", ""))
        )
        effort = record.commitment.zh if isinstance(record, Target) else ""
        return f"{effort}{before}{record.figure.replace(chr(10), '')}{after}"
    if written.rank:
        place = ordinal(int(written.number))
        if record.qualifier is Qualifier.WITHIN:
            return f"within the top {int(written.number)}"
        return f"{place} from the bottom" if written.from_bottom else place
    upper = record.upper if isinstance(record, Target) else None
    number = format_quantity(record.value, "en")
    worded = _QUALIFIER_EN[record.qualifier].format(
        number, "" if upper is None else format_quantity(upper, "en")
    )
    return f"{_COMMITMENT_EN.get(commitment, '')}{worded}"


def format_target_value(target: Target, lang: Lang = "zh") -> str:
    """The target's number with its qualifier and commitment ("6.3%左右" / "about 6.3%"), or its
    requirement in words where it has no number."""
    return format_figure(target, lang)


_BOUND_SIGN: Final = {Bound.CENTRAL: "", Bound.LOWER: "≥", Bound.UPPER: "≤"}


def format_projection(projection: Projection, lang: Lang = "zh") -> str:
    """ "≥34348.38元" for a lower bound; "≈" marks an approximate (comparable-price) level."""
    approx = "≈" if projection.approximate else ""
    return f"{_BOUND_SIGN[projection.bound]}{approx}{format_quantity(projection.value, lang, exact=False)}"


# describe ----------------------------------------------------------------------------------------------


def _sentence_start(text: str) -> str:
    return text[:1].upper() + text[1:]


def _labelled(label: str, value: str, lang: Lang) -> str:
    if lang == "zh":
        return f"{label}{value}"
    return f"{_sentence_start(label)} {value}" if value else _sentence_start(label)


def _growth_clause(growth: Fact, lang: Lang) -> str:
    if lang == "zh":
        return f"{'下降' if growth.direction is Direction.DECREASE else '增长'}{format_figure(growth, 'zh')}"
    return f"{'down' if growth.direction is Direction.DECREASE else 'up'} {format_figure(growth, 'en')}"


def _rank_clause(rank: Fact, lang: Lang) -> str:
    """增幅全省第1 / 1st in Shanxi by growth, as far as the rank's own sentence says so."""
    by_growth = "增幅" in rank.quote
    provincial = "全省" in rank.quote
    if lang == "zh":
        if not provincial:
            return f"{rank.measure.zh}{format_figure(rank, 'zh')}"
        return f"{'增幅' if by_growth else ''}全省{format_figure(rank, 'zh')}"
    place = format_figure(rank, "en")
    if not provincial:
        return f"{place} ({rank.measure.en})"
    return f"{place} in Shanxi{' by growth' if by_growth else ''}"


def _describe_fact(fact: Fact, report: Report, lang: Lang) -> str:
    clauses = [_labelled(fact.measure.in_lang(lang), format_figure(fact, lang), lang)]
    growth = report.related(fact, FigureKind.GROWTH) if fact.figure_kind is not FigureKind.GROWTH else None
    if growth is not None:
        clauses.append(_growth_clause(growth, lang))
    rank = report.related(growth or fact, FigureKind.RANK)
    if rank is not None and fact.figure_kind is not FigureKind.RANK:
        clauses.append(_rank_clause(rank, lang))
    return ("," if lang == "zh" else ", ").join(clauses)


def _measure_and_figure(record: Target | Outcome, lang: Lang) -> str:
    """The measure and its figure; a requirement or a result in words reads as the record's content."""
    if record.figure is None:
        colon = ":" if lang == "zh" else ": "
        return f"{_sentence_start(record.measure.in_lang(lang))}{colon}{format_figure(record, lang)}"
    return _labelled(record.measure.in_lang(lang), format_figure(record, lang), lang)


def _due_clause(due: TimeFrame | None, lang: Lang) -> str:
    if due is None:
        return ""
    if lang == "zh":
        return f",{due.wording}"
    monthly = " every month" if due.recurrence is not None else ""
    since = f" from {format_date(due.start, 'en')}" if due.start is not None else ""
    return f",{monthly}{since} by {format_date(due.end, 'en')}"


def _describe_step(step: GrowthStep, report: Report, lang: Lang) -> str:
    target = report.lookup(step.target, Target)
    line = _labelled(target.measure.in_lang(lang), format_figure(target, lang), lang)
    if step.growth is None:
        return line
    growth = report.lookup(step.growth, Fact)
    year = growth.period.label
    if step.step is None:
        return line
    magnitude = step.step.magnitude
    points = format_quantity(ureg.Quantity(abs(magnitude), step.step.units), lang)
    if lang == "zh":
        change = "持平" if magnitude == 0 else f"{'高' if magnitude > 0 else '低'}{points}"
        return f"{line},{year}年{_growth_clause(growth, 'zh')},{change}"
    change = "the same" if magnitude == 0 else f"{points} {'higher' if magnitude > 0 else 'lower'}"
    return f"{line}, against {format_figure(growth, 'en')} in {year}: {change}"


def _describe_report(report: Report, lang: Lang) -> str:
    counts = {
        "sections": len(report.sections),
        "facts": len(report.facts),
        "targets": len(report.targets),
        "projects": len(report.projects),
        "brands": len(report.brands),
        "achievements": len(report.achievements),
        "shortcomings": len(report.shortcomings),
        "terms": len(report.terms),
        "quirks": len(report.quirks),
        "province_targets": len(report.province_targets),
        "outcomes": len(report.outcomes),
    }
    if lang == "zh":
        names = {"sections": "节", "facts": "项事实", "targets": "项目标", "projects": "个项目",
                 "brands": "个品牌", "achievements": "项成绩", "shortcomings": "个问题",
                 "terms": "个术语", "quirks": "处原文疑点", "province_targets": "项全省目标",
                 "outcomes": "项后续报告的实绩"}  # fmt: skip
        listed = "、".join(f"{count}{names[name]}" for name, count in counts.items())
        return f"{report.source.title.zh}({format_date(report.source.delivered, 'zh')}):{listed}"
    listed = ", ".join(f"{count} {name.replace('_', ' ')}" for name, count in counts.items())
    return f"{report.source.title.en} ({format_date(report.source.delivered, 'en')}): {listed}"


def _default_report() -> Report:
    from .report import REPORT

    return REPORT


def describe(obj: Record | Report | GrowthStep, lang: Lang = "zh", *, report: Report | None = None) -> str:
    """One line about a record, the report or a :class:`~datong2020.compute.GrowthStep`.

    A level comes with its growth and the growth's rank ("地区生产总值1318.8亿元,增长6.7%,增幅全省第1"),
    a target with its qualifier, commitment and deadline, a term with its members. ``report`` resolves
    links (default: the encoded report).
    """
    if isinstance(obj, Report):
        return _describe_report(obj, lang)
    within = report if report is not None else _default_report()
    if isinstance(obj, GrowthStep):
        return _describe_step(obj, within, lang)
    if isinstance(obj, Fact):
        return _describe_fact(obj, within, lang)
    if isinstance(obj, Target):
        return _measure_and_figure(obj, lang) + _due_clause(obj.due, lang)
    if isinstance(obj, Outcome):
        return f"{_measure_and_figure(obj, lang)} ({obj.period.label})"
    if isinstance(obj, Project):
        return obj.name.in_lang(lang) + _due_clause(obj.due, lang)
    if isinstance(obj, Brand):
        return obj.name.in_lang(lang)
    if isinstance(obj, Achievement):
        return f"{obj.what.in_lang(lang)} ({obj.period.label})"
    if isinstance(obj, Shortcoming):
        number = f"问题{obj.number}:" if lang == "zh" else f"Shortcoming {obj.number}: "
        return number + obj.problem.in_lang(lang)
    if isinstance(obj, Term):
        label = obj.term if lang == "zh" else obj.english.en
        members = ("、" if lang == "zh" else ", ").join(member.in_lang(lang) for member in obj.members)
        return f"{label}{':' if lang == 'zh' else ': '}{members}" if members else label
    if isinstance(obj, Section):
        return f"{obj.marker}{obj.title.zh}" if lang == "zh" else obj.title.en
    if isinstance(obj, Quirk):
        return obj.description.in_lang(lang)
    raise TypeError(f"describe() takes a record, a Report or a GrowthStep, not {type(obj).__name__}")


# Plain-text tables --------------------------------------------------------------------------------------


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
