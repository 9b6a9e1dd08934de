"""The domain model: what the report says, as typed, immutable records.

Every record has a stable snake_case ``id``, the verbatim ``quote`` it was read from (resolved to a
span of the shipped text by :meth:`datong2020.Report.span`), and the ``section`` of the report's
outline it sits in. Links between records (a growth rate *of* a level, a target's *base*) are ids, so
that the model serialises to JSON as it is and every link is checked when a :class:`Report` is built.

A figure is declared as the report writes it (``figure="1318.8亿元"``); its ``value`` is read from
that text by the unit registry, so an encoded number cannot drift from the report's.
"""

from __future__ import annotations

import datetime
import enum
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import ClassVar, Final, TypeAlias, TypeVar, cast

import attrs

from .displayable import Displayable
from .errors import (
    DimensionError,
    DuplicateIdError,
    LinkError,
    ParseError,
    QuoteError,
    RecordError,
    UnknownIdError,
    preview,
)
from .notation import Qualifier, parse, take_apart, unit_written
from .places import PLACES
from .records import Records
from .source import DOCUMENT_IDS, PRIMARY, Source, Span, document, source_of
from .text import Text
from .units import (
    MAGNITUDE_WORDS,
    Quantity,
    require_dimension,
    unit_symbol,
    written_decimal,
)

__all__ = [
    "DIGIT_RUN",
    "FIGURE_RUN",
    "NUMERAL_ORDINAL",
    "Achievement",
    "AchievementKind",
    "Brand",
    "Commitment",
    "Direction",
    "Fact",
    "FigureKind",
    "NotAFigure",
    "NotASentence",
    "NotATerm",
    "Outcome",
    "Part",
    "PassingMention",
    "Period",
    "PriceBasis",
    "Project",
    "ProvinceTarget",
    "Qualifier",
    "Quirk",
    "Record",
    "Recurrence",
    "Report",
    "Section",
    "SentenceReason",
    "Shortcoming",
    "Target",
    "Term",
    "TimeFrame",
    "index_by_id",
]

ID_PATTERN: Final = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


def _is_id(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    _check_id(attribute.name, value)


def _is_optional_id(_: object, attribute: attrs.Attribute[str | None], value: str | None) -> None:
    if value is not None:
        _check_id(attribute.name, value)


MAX_ID_LENGTH: Final = 80


def _check_id(name: str, value: str) -> None:
    if not isinstance(value, str) or len(value) > MAX_ID_LENGTH or not ID_PATTERN.fullmatch(value):
        shown = preview(value) if isinstance(value, str) else type(value).__name__
        raise ValueError(f"{name} {shown} is not a snake_case id of at most {MAX_ID_LENGTH} characters")


def _is_document(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if value not in DOCUMENT_IDS:
        shown = preview(value) if isinstance(value, str) else type(value).__name__
        raise RecordError(f"{attribute.name} {shown} is not one of {', '.join(DOCUMENT_IDS)}", attribute.name)


def _not_blank(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise ValueError(f"{attribute.name} must not be blank")


def _in_source_once(instance: object, attribute: attrs.Attribute[str], quote: str) -> None:
    # attrs runs validators once every field is set, so the record's document is known here.
    document_id = getattr(instance, "document", PRIMARY)
    if document_id not in DOCUMENT_IDS:
        return  # not a document: the document field's own check refuses it, naming that field
    try:
        source_of(document_id).start_of(quote)
    except QuoteError as error:
        error.field = attribute.name
        raise


class Part(enum.Enum):
    """The report's top-level parts, in order."""

    REVIEW = "review"
    """一、2019年工作回顾"""
    PLAN = "plan"
    """二、2020年工作安排"""
    SELF_BUILDING = "self_building"
    """三、全面加强政府自身建设"""
    GLOSSARY = "glossary"
    """名词解释"""


class FigureKind(enum.Enum):
    """What kind of figure a number is; each kind admits only units of a fitting dimension."""

    LEVEL = "level"
    """An amount at a time or over a period: 1318.8亿元 of GDP, 5.73万亩 restored."""
    GROWTH = "growth"
    """A relative change, in percent: 增长6.7%, 下降4.64%."""
    SHARE = "share"
    """A part of a whole, in percent: 占到全市固定资产投资的35%."""
    RATE = "rate"
    """A ratio that is not a share of a named whole: an unemployment rate, a completion rate."""
    RANK = "rank"
    """An ordinal place: 增幅全省第1."""
    COUNT = "count"
    """A number of things, counted with a classifier: 18个产业项目, 5.5万户."""
    CHANGE = "change"
    """An absolute change: 由168家增加到260家's difference, 减负61.2亿元."""
    DURATION = "duration"
    """A length of time: 93天, 3.22个工作日."""

    def __str__(self) -> str:
        return self.value

    @property
    def dimension(self) -> str | None:
        """The pint dimension a value of this kind must have, or None where any will do."""
        return _DIMENSION_OF_KIND.get(self)


_DIMENSION_OF_KIND: Final = {
    FigureKind.GROWTH: "dimensionless",
    FigureKind.SHARE: "dimensionless",
    FigureKind.RATE: "dimensionless",
    FigureKind.RANK: "[rank]",
    FigureKind.COUNT: "[count]",
    FigureKind.DURATION: "[time]",
}


class Direction(enum.Enum):
    """Which way a change goes, as the report's verb says (增长 / 下降); the figure stays as written."""

    INCREASE = "increase"
    DECREASE = "decrease"


class Commitment(enum.Enum):
    """How firmly a target is promised. Kept apart from :class:`Qualifier` because the report can say
    both at once ("力争…以上"): one is about effort, the other about the number's bound."""

    PLAIN = "plain"
    STRIVE = "strive"
    """力争: strive for."""
    ENSURE = "ensure"
    """确保: ensure."""

    @property
    def zh(self) -> str:
        return {Commitment.PLAIN: "", Commitment.STRIVE: "力争", Commitment.ENSURE: "确保"}[self]


class PriceBasis(enum.Enum):
    """Whether a money growth rate is at comparable (constant) or current prices.

    The report does not say; this is China's statistical convention (NBS), recorded by us: GDP and
    industrial value-added grow at comparable prices, the other money indicators at current prices.
    """

    COMPARABLE = "comparable"
    CURRENT = "current"


def _earliest_first(start: datetime.date | None) -> datetime.date:
    return datetime.date.min if start is None else start


@attrs.frozen(kw_only=True, order=True, repr=False)
class Period(Displayable):
    """The stretch of time a figure refers to, both ends inclusive.

    A cumulative period is a running total up to ``end``: what has been done since ``start`` ("“十三五”
    期间已完成", since 2016), or since a start the report does not state (累计, 先后), where ``start`` is
    None. A running total is not a flow of the year it ends in (:meth:`within`).
    """

    start: datetime.date | None = attrs.field(order=_earliest_first)
    """The first day; None only for a running total whose start the report does not state."""
    end: datetime.date = attrs.field()
    cumulative: bool = attrs.field(default=False)
    """A running total to ``end`` (累计, 先后, 截至, “十三五”期间 to date), not a flow of its own stretch."""

    @end.validator
    def _not_before_start(self, _: attrs.Attribute[datetime.date], end: datetime.date) -> None:
        if self.start is not None and end < self.start:
            raise ValueError(f"period end {end} is before its start {self.start}")

    @cumulative.validator
    def _start_unstated_only_for_a_running_total(self, _: attrs.Attribute[bool], cumulative: bool) -> None:
        if self.start is None and not cumulative:
            raise ValueError("only a cumulative period (a running total) may leave its start unstated")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(start=datetime.date(year, 1, 1), end=datetime.date(year, 12, 31))

    @classmethod
    def years(cls, first: int, last: int) -> Period:
        return cls(start=datetime.date(first, 1, 1), end=datetime.date(last, 12, 31))

    @classmethod
    def cumulative_to(cls, year: int, *, since: int | None = None) -> Period:
        """A running total to the end of ``year``: since the start of ``since``, or since a start the
        report does not state."""
        start = None if since is None else datetime.date(since, 1, 1)
        return cls(start=start, end=datetime.date(year, 12, 31), cumulative=True)

    def within(self, year: int) -> bool:
        """Whether the figure is one of that calendar year alone: a running total from an earlier or an
        unstated start is not, although it ends in the year."""
        return self.start is not None and self.start.year == self.end.year == year

    @property
    def label(self) -> str:
        """Its years ("2019", "2016–2019") or dates ("2019-05-08/2019-08-27"); a running total adds
        ", cumulative", and writes an unstated start as "…" ("…–2019, cumulative")."""
        running = ", cumulative" if self.cumulative else ""
        if self.start is None:
            return f"…–{self.end.year}{running}"
        whole_years = (self.start.month, self.start.day, self.end.month, self.end.day) == (1, 1, 12, 31)
        if whole_years:
            if self.start.year == self.end.year:
                return f"{self.start.year}{running}"
            return f"{self.start.year}–{self.end.year}{running}"
        return f"{self.start.isoformat()}/{self.end.isoformat()}{running}"


class Recurrence(enum.Enum):
    MONTHLY = "monthly"
    """"从6月份起,每个月都要有…": every month of the time frame."""


@attrs.frozen(kw_only=True, repr=False)
class TimeFrame(Displayable):
    """When something is due, as the report words it: "年内", "6月底前", "到2035年", "从6月份起每个月".

    ``end`` is the last day it may be done (年内 and 年底前 are 31 December of the report's year); ``start``
    is given only where the report opens the frame ("从6月份起"); ``milestones`` are dates the report
    names inside it ("6月30日、8月30日建成通车").
    """

    wording: str = attrs.field(validator=_not_blank)
    """The words of the report that set the time frame, verbatim."""
    end: datetime.date
    start: datetime.date | None = None
    milestones: tuple[datetime.date, ...] = ()
    recurrence: Recurrence | None = None

    def due_by(self, day: datetime.date) -> bool:
        return self.end <= day


@attrs.frozen(kw_only=True, repr=False)
class Record(Displayable):
    """What every encoded object has: an id, its verbatim quote, and its place in the outline."""

    kind: ClassVar[str]
    """The object's kind in exports ("fact", "target", …)."""

    id: str = attrs.field(validator=_is_id)
    quote: str = attrs.field(validator=[_not_blank, _in_source_once])
    """Verbatim from the text it quotes, and found there exactly once (checked when the record is built:
    in the shipped text, or in the one :func:`datong2020.source.quoting` names)."""
    section: str | None = attrs.field(validator=_is_optional_id)
    """The id of the :class:`Section` this object sits in; for a section, its parent (None for a part).
    Records of the context documents, whose outlines are not encoded, have None."""
    document: str = attrs.field(default=PRIMARY, validator=_is_document)
    """The id of the document the quote is from (:data:`datong2020.source.DOCUMENT_IDS`): the Datong
    2020 report unless a record says otherwise."""


@attrs.frozen(kw_only=True, repr=False)
class Section(Record):
    """A heading of the report's outline: a part, a work area (一是 …), a programme ((一) …)."""

    kind: ClassVar[str] = "section"

    marker: str
    """The outline marker as written: "一、", "一是", "(一)", "1."."""
    title: Text
    part: Part


def _value_of_figure(record: Fact | Target | Outcome) -> Quantity | None:
    if record.figure is None:
        return None
    try:
        return parse(record.figure).value
    except ValueError as error:
        raise ValueError(
            f"{record.id}: the figure {record.figure!r} is not a quantity by itself ({error}); "
            "give value= in the figure's number"
        ) from None


def _same_quantity(a: Quantity | None, b: Quantity | None) -> bool:
    """Records compare quantities by magnitude *and* unit: 1318.8 亿元 is not recorded as 131880000000 元."""
    if a is None or b is None:
        return a is b
    return bool(a == b) and a.units == b.units


def _figure_offset(record: Fact | Target | Outcome) -> int | None:
    """Where the figure stands inside the quote; it must stand there exactly once."""
    if record.figure is None:
        return None
    offset = record.quote.find(record.figure)
    if offset == -1 or record.quote.find(record.figure, offset + 1) != -1:
        raise RecordError(f"{record.id}: figure {record.figure!r} is not in its quote exactly once", "figure")
    return offset


def _number_of(quantity: Quantity, record: Fact | Target | Outcome, name: str) -> Decimal:
    magnitude = quantity.magnitude
    if isinstance(magnitude, bool) or not isinstance(magnitude, int | float):
        raise RecordError(
            f"{record.id}.{name}: a magnitude is an int or a float, not {type(magnitude).__name__}", name
        )
    return written_decimal(magnitude)


def _check_figure(record: Fact | Target | Outcome, upper: Quantity | None) -> None:
    """The one place a figure, its value, its range end, its qualifier and its rank are held to each other.

    A value (given or read) must be the number the figure writes, in the unit it writes; where the
    figure writes only a magnitude word ("11万", "百亿"), the unit must carry it; where its words are
    not a unit ("12大", "七连冠"), the figure kind's dimension decides. A written range needs ``upper``
    at its upper end, and a written qualifier (余, 近, 前N名) must be the record's. A rank is written as
    one (第N, 第一位, 首位, 前N, 倒数第N) and only a rank is; its bound (前N: within the top N) and its
    direction (倒数第N: ``from_bottom``) are the record's, both ways.
    """
    _figure_offset(record)
    if record.figure is None:
        if record.value is not None or upper is not None:
            raise RecordError(f"{record.id}: a value needs the figure it is read from", "figure")
        return
    value = record.value
    try:
        written = take_apart(record.figure)
    except ParseError as error:
        error.field = "figure"
        raise
    if value is None:
        raise RecordError(f"{record.id}: the figure {record.figure!r} has no value", "value")
    if _number_of(value, record, "value") != written.decimal:
        raise RecordError(
            f"{record.id}: value {value:~} is not the number the figure {record.figure!r} writes; "
            "to change a figure, build the record anew or pass the new value too",
            "value",
        )
    if written.unit_text in MAGNITUDE_WORDS:
        if not unit_symbol(value.units).startswith(written.unit_text):
            raise RecordError(f"{record.id}: value {value:~} drops the figure's {written.unit_text}", "value")
    elif (unit := unit_written(written)) is not None and value.units != unit:
        raise RecordError(
            f"{record.id}: value {value:~} is not in the figure's unit {unit_symbol(unit)}", "value"
        )
    if (written.upper is None) != (upper is None):
        raise RecordError(
            f"{record.id}: the figure {record.figure!r} and the upper value disagree on a range", "upper"
        )
    upper_end = None if written.upper is None else Decimal(repr(written.upper))
    if upper is not None and (_number_of(upper, record, "upper") != upper_end or upper.units != value.units):
        raise RecordError(
            f"{record.id}: upper {upper:~} is not the range's upper end in {record.figure!r}", "upper"
        )
    if written.rank != (record.figure_kind is FigureKind.RANK):
        raise RecordError(
            f"{record.id}: the figure {record.figure!r} is {'' if written.rank else 'not '}written as a "
            f"rank (第N, 首位, 前N, 倒数第N) and the record's kind is {record.figure_kind}; "
            "a rank is written as one",
            "figure_kind",
        )
    from_bottom = record.from_bottom if isinstance(record, Fact | Outcome) else False
    if written.from_bottom != from_bottom:
        raise RecordError(
            f"{record.id}: the figure {record.figure!r} "
            f"{'counts' if written.from_bottom else 'does not count'} from the bottom, "
            f"the record says from_bottom={from_bottom}",
            "from_bottom",
        )
    bound_differs = written.qualifier is not record.qualifier
    if bound_differs and (written.rank or written.qualifier is not Qualifier.PLAIN):
        raise RecordError(
            f"{record.id}: the figure {record.figure!r} is qualified {written.qualifier.name}, "
            f"the record {record.qualifier.name}",
            "qualifier",
        )


def _signed(value: Quantity, direction: Direction | None) -> Quantity:
    """A figure the text writes unsigned, with its verb's direction applied."""
    return cast(Quantity, -value) if direction is Direction.DECREASE else value


def _check_dimension(record: Fact | Target | Outcome) -> None:
    dimension = None if record.figure_kind is None else record.figure_kind.dimension
    if dimension is not None and record.value is not None:
        try:
            require_dimension(
                record.value, dimension, f"{record.id}: the {record.figure_kind} figure {record.figure!r}"
            )
        except DimensionError as error:
            error.field = "value"
            raise


@attrs.frozen(kw_only=True, repr=False)
class Fact(Record):
    """A quantity the report states about the past (mostly 2019)."""

    kind: ClassVar[str] = "fact"

    measure: Text
    """What is measured, e.g. 地区生产总值 / Gross Domestic Product."""
    figure: str = attrs.field(validator=_not_blank)
    """The figure exactly as written inside ``quote``: "1318.8亿元", "6.7%", "第1"."""
    value: Quantity = attrs.field(
        default=attrs.Factory(_value_of_figure, takes_self=True),
        hash=False,  # pint quantities compare across units; equal records still hash alike
        eq=attrs.cmp_using(eq=_same_quantity),
    )
    """Read from ``figure`` by the unit registry unless given (only where the written figure is not
    the quantity by itself, e.g. "前14名")."""
    figure_kind: FigureKind
    period: Period
    direction: Direction | None = None
    """For growth and change figures: the report's verb (增长 / 下降). The figure stays unsigned."""
    qualifier: Qualifier = Qualifier.PLAIN
    """For a figure the report gives loosely: 1000余名 (EXCEED), 近百亿 (NEARLY); for a rank, a bound:
    前14名 (WITHIN, somewhere in the top 14)."""
    from_bottom: bool = False
    """For a rank: it counts from the bottom (倒数第二 is the second-to-last place, ``value`` 2)."""
    of: str | None = attrs.field(default=None, validator=_is_optional_id)
    """The id of the fact this figure is about: the level whose growth, rank or share it is."""
    whole: str | None = attrs.field(default=None, validator=_is_optional_id)
    """For a share: the id of the fact that is the whole (工业投资占全市固定资产投资的35%)."""
    members: tuple[Text, ...] = ()
    """For a count whose items the report names ("天镇、广灵、浑源3个贫困县"): the items as written,
    in order. :mod:`datong2020.checks` compares their number with the count."""
    places: tuple[str, ...] = ()
    """The ids of the places (:data:`datong2020.places.PLACES`) the figure is about."""
    about: tuple[str, ...] = ()
    """The ids of the named projects, platforms or bodies (:class:`Project`), or brands
    (:class:`Brand`), the figure is about."""
    note: Text | None = None

    def __attrs_post_init__(self) -> None:
        _check_figure(self, None)
        _check_dimension(self)

    @property
    def signed_value(self) -> Quantity:
        """The value with the direction applied: 下降4.64% is -4.64 %."""
        return _signed(self.value, self.direction)


@attrs.frozen(kw_only=True, repr=False)
class Target(Record):
    """Something the report commits to achieve, with or without a number."""

    kind: ClassVar[str] = "target"

    measure: Text
    figure: str | None = attrs.field(default=None, validator=attrs.validators.optional(_not_blank))
    """The number as written ("6.3%"), or None (the default) for a target without one ("完成省下达任务")."""
    value: Quantity | None = attrs.field(
        default=attrs.Factory(_value_of_figure, takes_self=True),
        hash=False,  # pint quantities compare across units; equal records still hash alike
        eq=attrs.cmp_using(eq=_same_quantity),
    )
    figure_kind: FigureKind | None = None
    """Required with a figure; without one, the kind of quantity the target is about where it names one
    (城镇新增就业完成省下达任务 counts jobs), or None (the default) for a commitment in words alone."""
    period: Period
    """When the target is to be met."""
    qualifier: Qualifier = Qualifier.PLAIN
    commitment: Commitment = Commitment.PLAIN
    base: str | None = attrs.field(default=None, validator=_is_optional_id)
    """The id of the fact this target builds on (for a growth target, the level it grows from)."""
    requirement: Text | None = None
    """For a target without a number: what it requires instead (完成省下达任务)."""
    price_basis: PriceBasis | None = None
    upper: Quantity | None = attrs.field(default=None, hash=False, eq=attrs.cmp_using(eq=_same_quantity))
    """For a range ("2—3个", qualifier BETWEEN): the upper end; ``value`` is the lower."""
    due: TimeFrame | None = None
    """The deadline or time frame the report sets, where it sets one."""
    about: tuple[str, ...] = ()
    """The ids of the projects (:class:`Project`) or brands (:class:`Brand`) the target is about."""
    places: tuple[str, ...] = ()
    """The ids of the places (:data:`datong2020.places.PLACES`) the target is about."""
    members: tuple[str, ...] = ()
    """For a count of things the report then names ("10个高端制造业“王中之王”项目", 一是 … 十是): the ids of
    the :class:`Project` records it names, in order."""
    lists_all: bool = True
    """False where the report announces more items than it names (20个技改项目, naming four): the
    named ones are ``members`` and the count is not checked against them."""
    aim: Direction = Direction.INCREASE
    """Which way of the figure is the good one: INCREASE for a floor (增长6.3%, most targets), DECREASE
    for a ceiling (控制在4.5%以内, 居民消费价格涨幅控制在3.5%左右, a place within the top N). A target
    qualified WITHIN aims to decrease."""
    note: Text | None = None

    def __attrs_post_init__(self) -> None:
        if self.aim is not Direction.DECREASE and (
            self.qualifier is Qualifier.WITHIN or self.figure_kind is FigureKind.RANK
        ):
            raise RecordError(
                f"{self.id}: a bound from above (以内) and a rank (第N, 前N) aim to decrease", "aim"
            )
        if self.figure is None and self.requirement is None:
            raise ValueError(f"{self.id}: a target without a figure must state its requirement")
        if self.figure is not None and self.figure_kind is None:
            raise RecordError(f"{self.id}: a figure needs its figure_kind", "figure_kind")
        if (self.qualifier is Qualifier.BETWEEN) != (self.upper is not None):
            raise ValueError(
                f"{self.id}: a range needs qualifier BETWEEN and an upper value, and only a range has them"
            )
        _check_figure(self, self.upper)
        _check_dimension(self)


@attrs.frozen(kw_only=True, repr=False)
class ProvinceTarget(Target):
    """A target the province set for the same year (Shanxi's 2020 main expected targets), with the
    city's targets it is compared with."""

    kind: ClassVar[str] = "province_target"

    counterparts: tuple[str, ...] = ()
    """The ids of the Datong 2020 targets that set the same measure for the city."""


@attrs.frozen(kw_only=True, repr=False)
class Outcome(Record):
    """What a later document reports a target, a headline indicator or a project came to: Datong's 2021
    report on the city's 2020, Shanxi's 2021 report on the province's.

    An outcome is the figure for the period the target names: a multi-year average (年均增长 over
    2016–2020) is not the outcome of a 2020 target, and where the later document gives no figure for a
    target, the target has no outcome.
    """

    kind: ClassVar[str] = "outcome"

    measure: Text
    figure: str | None = attrs.field(default=None, validator=attrs.validators.optional(_not_blank))
    """The number as written ("4.3％"), or None for an outcome in words (a project 竣工投产)."""
    value: Quantity | None = attrs.field(
        default=attrs.Factory(_value_of_figure, takes_self=True),
        hash=False,
        eq=attrs.cmp_using(eq=_same_quantity),
    )
    figure_kind: FigureKind | None = None
    period: Period
    direction: Direction | None = None
    """For growth and change figures: the document's verb (增长 / 下降). The figure stays unsigned."""
    qualifier: Qualifier = Qualifier.PLAIN
    from_bottom: bool = False
    outcome_of: tuple[str, ...] = attrs.field(validator=attrs.validators.min_len(1))
    """The ids of what this is the outcome of: targets (the city's or the province's), facts (a 2019
    headline indicator's 2020 value) or projects (a completion)."""
    result: Text | None = None
    """For an outcome without a figure: what the document says happened (竣工投产)."""
    places: tuple[str, ...] = ()
    reading: Text | None = None
    """Where the document leaves room for another reading: how this one was reached."""
    note: Text | None = None

    def __attrs_post_init__(self) -> None:
        if self.figure is None and self.result is None:
            raise RecordError(f"{self.id}: an outcome without a figure must state its result", "result")
        if self.figure is not None and self.figure_kind is None:
            raise RecordError(f"{self.id}: a figure needs its figure_kind", "figure_kind")
        _check_figure(self, None)
        _check_dimension(self)

    @property
    def signed_value(self) -> Quantity | None:
        """The value with the direction applied: 下降4.64% is -4.64 %."""
        return None if self.value is None else _signed(self.value, self.direction)


@attrs.frozen(kw_only=True, repr=False)
class Project(Record):
    """A named project, platform or undertaking the report attaches figures or deadlines to."""

    kind: ClassVar[str] = "project"

    name: Text
    """The name as written (``zh`` occurs in ``quote``), and a short English name."""
    places: tuple[str, ...] = ()
    """The ids of the places involved (:data:`datong2020.places.PLACES`)."""
    organisations: tuple[str, ...] = ()
    """Companies and bodies involved, as the report names them."""
    due: TimeFrame | None = None
    """The deadline or time frame the report sets for it."""
    same_as: str | None = attrs.field(default=None, validator=_is_optional_id)
    """The id of the project, named elsewhere in the report, that is the same undertaking (a 2020 task
    that continues a project of the 2019 review under another wording)."""
    note: Text | None = None


@attrs.frozen(kw_only=True, repr=False)
class Brand(Record):
    """A brand name the report promotes (“大同好粮”): not an undertaking with a deadline or partners, but
    figures can be about it (its sales)."""

    kind: ClassVar[str] = "brand"

    name: Text
    """The name as written (``zh`` occurs in ``quote``), and a short English name."""
    places: tuple[str, ...] = ()
    """The ids of the places it belongs to (:data:`datong2020.places.PLACES`)."""
    note: Text | None = None


@attrs.frozen(kw_only=True, repr=False)
class Term(Record):
    """A numbered slogan or coined term (六稳, "3+4+5"), with its members where the report lists them."""

    kind: ClassVar[str] = "term"

    term: str
    """As written in the report."""
    english: Text
    """``zh`` repeats the term; ``en`` renders it, ``en_source`` naming an official rendering."""
    variants: tuple[str, ...] = ()
    """Other spellings the report uses for the same term."""
    members: tuple[Text, ...] = ()
    """The items the term stands for, in the report's order (六稳 → 稳就业 … 稳预期)."""
    parts: tuple[str, ...] = ()
    """For a composite slogan ("四为四高两同步", "3+4+5"), the ids of the terms it is made of, in order."""
    glossary_number: int | None = None
    """Its number (1–16) in the report's 名词解释, or None for a term used only in the body."""
    note: Text | None = None


@attrs.frozen(kw_only=True, repr=False)
class Quirk(Record):
    """Something odd in the published text, recorded rather than silently fixed."""

    kind: ClassVar[str] = "quirk"

    description: Text
    also: tuple[str, ...] = ()
    """Further verbatim quotes the quirk involves (the other spelling, the repeated sentence)."""


class AchievementKind(enum.Enum):
    """What a qualitative achievement of the 2019 review is: what the report says was done."""

    COMPLETED = "completed"
    """Built, opened, put into operation, finished (建成, 投产, 开通, 完工)."""
    APPROVED = "approved"
    """Approved, designated or listed by a higher authority (获批, 列入, 认定)."""
    AWARDED = "awarded"
    """A title, prize or rank won (荣获, 被评为)."""
    REFORMED = "reformed"
    """A reform, restructuring or rule carried through (改革, 重组, 出台)."""
    HELD = "held"
    """An event held (举办, 举行)."""
    LAUNCHED = "launched"
    """Work begun or set up: started, founded, signed, introduced (开工, 组建, 签约, 引进)."""
    ADVANCED = "advanced"
    """Progress stated without a finish (深入推进, 持续健全, 走在全省前列)."""


@attrs.frozen(kw_only=True, repr=False)
class Achievement(Record):
    """Something the 2019 review says was done, without a figure: a project completed, a title won,
    a reform finished, an event held. (What it says with a figure is a :class:`Fact`.)"""

    kind: ClassVar[str] = "achievement"

    what: Text
    """What was done; ``zh`` stands in ``quote`` verbatim."""
    category: AchievementKind
    period: Period
    about: tuple[str, ...] = ()
    """The ids of the projects (:class:`Project`) it is about."""
    places: tuple[str, ...] = ()
    note: Text | None = None

    def __attrs_post_init__(self) -> None:
        _require_in_quote(self, self.what.zh, "what")


@attrs.frozen(kw_only=True, repr=False)
class Shortcoming(Record):
    """One of the problems the report admits ("还存在不少矛盾和问题:一是……五是")."""

    kind: ClassVar[str] = "shortcoming"

    number: int = attrs.field(validator=attrs.validators.ge(1))
    """Its place in the report's list (一是 is 1)."""
    problem: Text
    """The problem in a few words; ``zh`` stands in ``quote`` verbatim."""
    note: Text | None = None

    def __attrs_post_init__(self) -> None:
        _require_in_quote(self, self.problem.zh, "problem")


def _require_in_quote(record: Record, words: str, field: str) -> None:
    if words not in record.quote:
        raise RecordError(f"{record.id}.{field}: {words!r} does not stand in the quote", field)


class SentenceReason(enum.Enum):
    """Why a sentence of the report is deliberately encoded by no record."""

    HEADING = "heading"
    """A heading or a list's lead-in that the outline does not hold as a section."""
    ADDRESS = "address"
    """Words to the delegates and the public: thanks, appeals, salutations."""
    PRINCIPLE = "principle"
    """A statement of principle, ideology or method that commits to nothing that can be checked."""
    TRANSITION = "transition"
    """A sentence that links passages ("一年来,我们主要做了以下工作:")."""
    APPRAISAL = "appraisal"
    """An appraisal that sums up what the sentences around it state ("是…的一年"), or the causes the
    report credits for them."""


@attrs.frozen(kw_only=True)
class NotASentence:
    """A sentence that no record encodes, and why; declared beside the records of its part."""

    quote: str = attrs.field(validator=[_not_blank, _in_source_once])
    """Verbatim, found exactly once, and inside the one sentence it excludes."""
    reason: SentenceReason
    note: Text | None = None
    """Where the reason is not obvious."""


@attrs.frozen(kw_only=True)
class PassingMention:
    """A division the record's quote names only in passing, so the record does not carry it as a place:
    the quote names the division for something else than what the record is about ("与浑源…合作" in a
    record about a company, a list of zones of which the record is one)."""

    record: str = attrs.field(validator=_is_id)
    place: str = attrs.field(validator=_is_id)
    reason: Text


DIGIT_RUN: Final = re.compile(r"\d+")
r"""A run of digits: ``\d`` is Unicode's, so full-width digits (１３１８) are digits too."""
NUMERAL_ORDINAL: Final = re.compile(r"第[〇零一二三四五六七八九十百千]+")
"""A rank or ordinal written in Chinese numerals (第二, 第十五); 第2 is a digit run after 第."""
# The two never overlap (第 is no digit, and the Chinese numerals are not Unicode decimal digits), so a
# digit run is found the same whether or not ordinals are looked for beside it.
FIGURE_RUN: Final = re.compile(f"{DIGIT_RUN.pattern}|{NUMERAL_ORDINAL.pattern}")
"""A digit run or a rank in Chinese numerals: what a context document's ledger counts."""


@attrs.frozen(kw_only=True)
class NotAFigure:
    """A digit run (or a rank in Chinese numerals, 第二) that is deliberately not encoded as a figure, and
    why. The primary document's coverage counts digit runs only; a context document's counts both."""

    quote: str = attrs.field(validator=[_not_blank, _in_source_once])
    """Verbatim and unique in its document; contains ``digits`` as a whole run exactly once."""
    digits: str
    """The run as written: ``"2019"``, or ``"第二"`` for an ordinal."""
    reason: Text
    document: str = attrs.field(default=PRIMARY, validator=_is_document)
    """The document the quote stands in, as :attr:`Record.document`."""

    def __attrs_post_init__(self) -> None:
        if len(self._runs()) != 1:
            raise RecordError(
                f"{self.digits!r} is not a whole run (of digits, or 第 and Chinese numerals) exactly once in "
                f"{self.quote!r}",
                "digits",
            )

    def _runs(self) -> list[re.Match[str]]:
        """Where ``digits`` stands in the quote as a whole run."""
        return [match for match in FIGURE_RUN.finditer(self.quote) if match.group() == self.digits]

    @property
    def offset(self) -> int:
        """Where the digit run starts inside the quote."""
        return self._runs()[0].start()


@attrs.frozen(kw_only=True)
class NotATerm:
    """A phrase the term pattern finds that is deliberately not encoded as a term, and why."""

    quote: str = attrs.field(validator=[_not_blank, _in_source_once])
    """Verbatim and unique in the text; contains ``phrase`` exactly once."""
    phrase: str
    reason: Text

    def __attrs_post_init__(self) -> None:
        if self.quote.count(self.phrase) != 1:
            raise RecordError(f"{self.phrase!r} is not in {self.quote!r} exactly once", "phrase")


_PLACE_IDS: Final = frozenset(place.id for place in PLACES)

AnyRecord: TypeAlias = (
    Section
    | Fact
    | Target
    | Project
    | Brand
    | Term
    | Quirk
    | Achievement
    | Shortcoming
    | ProvinceTarget
    | Outcome
)
"""Every kind of encoded object; the JSON export tags each with its ``kind``."""

R = TypeVar("R", bound=Record)


def index_by_id(records: Iterable[AnyRecord]) -> dict[str, AnyRecord]:
    """Every record by its id; the first repeated id is a :class:`DuplicateIdError`, raised as soon as
    it is met, so a stream of records is not read further."""
    by_id: dict[str, AnyRecord] = {}
    for index, record in enumerate(records):
        if record.id in by_id:
            raise DuplicateIdError(record.id, index, by_id[record.id].kind, record.kind)
        by_id[record.id] = record
    return by_id


_COLLECTION_OF_KIND: Final[dict[type[Record], str]] = {
    Section: "sections",
    Fact: "facts",
    Target: "targets",
    Project: "projects",
    Brand: "brands",
    Term: "terms",
    Quirk: "quirks",
    Achievement: "achievements",
    Shortcoming: "shortcomings",
    ProvinceTarget: "province_targets",
    Outcome: "outcomes",
}
"""The :class:`Report` field that holds each kind of record, in the order :attr:`Report.records` walks."""


_LINKS: Final[tuple[tuple[tuple[type[Record], ...], str, bool, tuple[type[Record], ...] | None], ...]] = (
    ((Record,), "section", False, (Section,)),
    ((Fact,), "of", False, (Fact,)),
    ((Fact,), "whole", False, (Fact,)),
    ((Fact, Target), "about", True, (Project, Brand)),
    ((Achievement,), "about", True, (Project,)),
    ((Project,), "same_as", False, (Project,)),
    ((Fact, Target, Project, Brand, Achievement, Outcome), "places", True, None),
    ((Target,), "base", False, (Fact,)),
    ((Target,), "members", True, (Project,)),
    ((Term,), "parts", True, (Term,)),
    ((ProvinceTarget,), "counterparts", True, (Target,)),
    ((Outcome,), "outcome_of", True, (Target, Fact, Project)),
)
"""Every link a record holds, checked in this order when a :class:`Report` is built: the kinds of
record that have the field, the field, whether it holds several ids, and what each id must name (None:
a place of :data:`~datong2020.places.PLACES`, not a record)."""


_Link: TypeAlias = tuple[str, bool, tuple[type[Record], ...] | None]
_LINKS_OF: Final[dict[type[Record], tuple[_Link, ...]]] = {}


def _links_of(kind: type[Record]) -> tuple[_Link, ...]:
    """The links of ``kind``, in the order of :data:`_LINKS`; worked out once per class."""
    links = _LINKS_OF.get(kind)
    if links is None:
        links = tuple(
            (name, many, expected) for kinds, name, many, expected in _LINKS if issubclass(kind, kinds)
        )
        _LINKS_OF[kind] = links
    return links


@attrs.frozen(kw_only=True, repr=False)
class Report(Displayable):
    """Everything encoded from the report, with its source text; reach any object by its id."""

    source: Source = attrs.field(repr=False)
    # Each collection is a Records: a tuple that shows itself as a table in Jupyter.
    sections: tuple[Section, ...] = attrs.field(converter=Records[Section])
    facts: tuple[Fact, ...] = attrs.field(converter=Records[Fact])
    targets: tuple[Target, ...] = attrs.field(converter=Records[Target])
    projects: tuple[Project, ...] = attrs.field(default=(), converter=Records[Project])
    brands: tuple[Brand, ...] = attrs.field(default=(), converter=Records[Brand])
    terms: tuple[Term, ...] = attrs.field(default=(), converter=Records[Term])
    quirks: tuple[Quirk, ...] = attrs.field(default=(), converter=Records[Quirk])
    achievements: tuple[Achievement, ...] = attrs.field(default=(), converter=Records[Achievement])
    shortcomings: tuple[Shortcoming, ...] = attrs.field(default=(), converter=Records[Shortcoming])
    province_targets: tuple[ProvinceTarget, ...] = attrs.field(default=(), converter=Records[ProvinceTarget])
    """The province's targets for the same year, from its own report (``shanxi_2020``)."""
    outcomes: tuple[Outcome, ...] = attrs.field(default=(), converter=Records[Outcome])
    """What later reports say the targets came to (``datong_2021``, ``shanxi_2021``)."""
    _by_id: dict[str, AnyRecord] = attrs.field(init=False, repr=False, eq=False)
    _spans: dict[tuple[str, str], Span] = attrs.field(init=False, repr=False, eq=False)
    _extents: dict[str, Span] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_by_id", index_by_id(self.records))
        self._check_links()
        object.__setattr__(self, "_spans", self._locate_quotes())
        object.__setattr__(self, "_extents", self._section_extents())

    def _locate_quotes(self) -> dict[tuple[str, str], Span]:
        """Every record's quote located in this report's own source, or for a record of a context
        document in that document (a record checked its quote against the text it was built for, which
        need not be this one)."""
        spans: dict[tuple[str, str], Span] = {}
        for record in self.records:
            if (record.document, record.quote) not in spans:
                try:
                    spans[record.document, record.quote] = self.document(record.document).locate(record.quote)
                except QuoteError as error:
                    refused = QuoteError(f"{record.id}: not a quote of this report's source: {error}")
                    refused.field = "quote"
                    raise refused from None
        return spans

    def _section_extents(self) -> dict[str, Span]:
        """Each section's text, in one pass over the sections in text order: a section runs until the
        next heading at its depth or above (a stack holds the open ones)."""
        depth: dict[str | None, int] = {None: 0}
        for section in self.sections:
            self._depth(section, depth)
        extents: dict[str, Span] = {}
        open_sections: list[tuple[int, str, int]] = []  # (depth, id, start), depth rising
        for section in sorted(
            self.sections, key=lambda section: self._spans[section.document, section.quote].start
        ):
            start = self._spans[section.document, section.quote].start
            while open_sections and open_sections[-1][0] >= depth[section.id]:
                _, closed, closed_start = open_sections.pop()
                extents[closed] = Span(start=closed_start, end=start)
            open_sections.append((depth[section.id], section.id, start))
        for _, section_id, start in open_sections:
            extents[section_id] = Span(start=start, end=self.source.report_end)
        return extents

    def _depth(self, section: Section, depth: dict[str | None, int]) -> int:
        """How many sections hold this one, itself included; memoised in ``depth`` (parents first)."""
        if section.id not in depth:
            parent = None if section.section is None else self.lookup(section.section, Section)
            depth[section.id] = 1 + (0 if parent is None else self._depth(parent, depth))
        return depth[section.id]

    def _check_links(self) -> None:
        by_id = self._by_id
        for record in self.records:
            for name, many, expected in _links_of(type(record)):
                named = getattr(record, name)
                if expected is None:
                    unknown = [place for place in named if place not in _PLACE_IDS]
                    if unknown:
                        raise LinkError(record.id, name, f"{record.id}.{name} names unknown places {unknown}")
                    continue
                for target_id in named if many else (named,):
                    if target_id is None:
                        continue
                    linked = by_id.get(target_id)
                    if not isinstance(linked, expected):
                        found = "nothing" if linked is None else f"a {linked.kind}"
                        wanted = " or a ".join(kind.kind for kind in expected)
                        raise LinkError(
                            record.id,
                            name,
                            f"{record.id}.{name} = {target_id!r} should name a {wanted}, but names {found}",
                        )

    @classmethod
    def of(cls, source: Source, records: Iterable[AnyRecord]) -> Report:
        """The report of these records, each put in the collection of its kind, in the order given."""
        collections: dict[str, list[AnyRecord]] = {name: [] for name in _COLLECTION_OF_KIND.values()}
        for record in records:
            collections[_COLLECTION_OF_KIND[type(record)]].append(record)
        return cls(source=source, **collections)  # type: ignore[arg-type]  # each list holds its kind

    @property
    def records(self) -> Records[AnyRecord]:
        """Every encoded object, collection by collection."""
        collections: tuple[tuple[AnyRecord, ...], ...] = tuple(
            getattr(self, name) for name in _COLLECTION_OF_KIND.values()
        )
        return Records(record for collection in collections for record in collection)

    @property
    def projects_and_brands(self) -> Records[Project | Brand]:
        """Every named thing a figure can be ``about``: the projects, then the brands."""
        return Records((*self.projects, *self.brands))

    def __iter__(self) -> Iterator[AnyRecord]:
        return iter(self.records)

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, id_: object) -> bool:
        return isinstance(id_, str) and id_ in self._by_id

    def get(self, id_: str) -> AnyRecord | None:
        """The object with this id, or None (like ``pycountry``'s ``get``)."""
        return self._by_id.get(id_) if isinstance(id_, str) else None

    def __getitem__(self, id_: str) -> AnyRecord:
        """The object with this id; any other key, of any type, is an :class:`UnknownIdError` (a KeyError)
        that names the nearest ids."""
        record = self._by_id.get(id_) if isinstance(id_, str) else None
        if record is None:
            plausible = isinstance(id_, str) and len(id_) <= MAX_ID_LENGTH
            import difflib  # here: only a message needs it, and building the report writes none

            near = difflib.get_close_matches(id_, self._by_id, n=5, cutoff=0.6) if plausible else []
            raise UnknownIdError(id_, near)
        return record

    def lookup(self, id_: str, kind: type[R]) -> R:
        """The object with this id, which must be of ``kind``: ``REPORT.lookup("gdp_2019", Fact)``."""
        record = self[id_]
        if not isinstance(record, kind):
            raise TypeError(f"{id_!r} is a {record.kind}, not a {kind.kind}")
        return record

    def document(self, id_: str) -> Source:
        """The text records of document ``id_`` quote: this report's own source for its own id (the
        primary document, or the text standing in for it), else the shipped document."""
        return self.source if id_ == self.source.id else document(id_)

    @property
    def documents(self) -> tuple[Source, ...]:
        """The documents this report's records quote, its own source first."""
        others = sorted({record.document for record in self.records} - {self.source.id})
        return (self.source, *map(self.document, others))

    def span(self, record: Record) -> Span:
        """Where the record's quote stands in its document (:meth:`document`)."""
        span = self._spans.get((record.document, record.quote))
        return self.document(record.document).locate(record.quote) if span is None else span

    def figure_span(self, record: Fact | Target | Outcome) -> Span | None:
        """Where the record's figure stands: inside its quote, found there exactly once."""
        offset = _figure_offset(record)
        if offset is None or record.figure is None:
            return None
        start = self.span(record).start + offset
        return Span(start=start, end=start + len(record.figure))

    def figure_spans(self) -> tuple[Span, ...]:
        """Where every written figure of every fact and target stands, in collection order."""
        both: tuple[Fact | Target, ...] = (*self.facts, *self.targets)
        records = [record for record in both if record.document == self.source.id]
        return tuple(span for record in records if (span := self.figure_span(record)) is not None)

    def outline(self, record: Record) -> tuple[Section, ...]:
        """The sections that hold the record, from its part down (a section includes itself)."""
        chain: list[Section] = [record] if isinstance(record, Section) else []
        parent = record.section
        while parent is not None:
            section = self.lookup(parent, Section)
            chain.append(section)
            parent = section.section
        return tuple(reversed(chain))

    def part(self, record: Record) -> Part:
        return self.outline(record)[0].part

    def extent(self, section: Section) -> Span:
        """The text a section of this report covers: from its heading to the next heading at its level or
        above (computed once, when the report is built)."""
        if self._by_id.get(section.id) != section:
            raise UnknownIdError(section.id, [])
        return self._extents[section.id]

    def base_of(self, target: Target) -> Fact | None:
        return None if target.base is None else self.lookup(target.base, Fact)

    def facts_about(self, project: Project | Brand) -> Records[Fact]:
        """What the report says a project did (or a brand sold): the facts whose figures are about it."""
        return Records(fact for fact in self.facts if project.id in fact.about)

    def targets_about(self, project: Project | Brand) -> Records[Target]:
        """What the report commits a project to: the targets about it, or that list it as an item."""
        return Records(target for target in self.targets if project.id in (*target.about, *target.members))

    def facts_of(self, fact: Fact) -> Records[Fact]:
        """The facts about this one: its growth, its rank, its shares."""
        return Records(other for other in self.facts if other.of == fact.id)

    def related(self, fact: Fact, kind: FigureKind) -> Fact | None:
        """The first fact of ``kind`` about this one: a level's growth, a growth's rank."""
        return next((other for other in self.facts_of(fact) if other.figure_kind is kind), None)

    # Typed look-ups: the object with this id, which must be of the kind named (else a TypeError), so
    # that code checked by mypy --strict needs no cast: ``REPORT.fact("gdp_2019").value``.

    def section(self, id_: str) -> Section:
        """The section with this id: ``REPORT.section(id_)`` is ``REPORT.lookup(id_, Section)``."""
        return self.lookup(id_, Section)

    def fact(self, id_: str) -> Fact:
        """The fact with this id: ``REPORT.fact(id_)`` is ``REPORT.lookup(id_, Fact)``."""
        return self.lookup(id_, Fact)

    def target(self, id_: str) -> Target:
        """The target with this id: ``REPORT.target(id_)`` is ``REPORT.lookup(id_, Target)``."""
        return self.lookup(id_, Target)

    def project(self, id_: str) -> Project:
        """The project with this id: ``REPORT.project(id_)`` is ``REPORT.lookup(id_, Project)``."""
        return self.lookup(id_, Project)

    def term(self, id_: str) -> Term:
        """The term with this id: ``REPORT.term(id_)`` is ``REPORT.lookup(id_, Term)``."""
        return self.lookup(id_, Term)

    def quirk(self, id_: str) -> Quirk:
        """The quirk with this id: ``REPORT.quirk(id_)`` is ``REPORT.lookup(id_, Quirk)``."""
        return self.lookup(id_, Quirk)
