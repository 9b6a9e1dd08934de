"""Questions users ask of the facts: by kind, by place in the outline, by dimension, by place on the map,
by words, and "what does this sentence say?".

    >>> from datong2020 import REPORT
    >>> from datong2020.query import facts, search
    >>> [f.figure for f in facts(REPORT, dimension="[power]")][:2]
    ['39万千瓦', '100兆瓦']
    >>> search(REPORT, "hydrogen bus")[0].figure
    '50辆'
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable
from decimal import Decimal
from typing import TypeVar

import attrs

from .model import Brand, Fact, FigureKind, Part, Period, Project, Qualifier, Report, Section, Target
from .places import place as find_place
from .ranking import rank
from .records import Records
from .source import Span
from .units import dimensionality_of, written_decimal

__all__ = [
    "best_first",
    "due_by",
    "facts",
    "facts_in_sentence",
    "projects",
    "quantities",
    "search",
    "sentence_of",
    "targets",
]


_Figured = TypeVar("_Figured", Fact, Target)


@attrs.frozen
class _When:
    """The time conditions a query takes: a period exactly, a year, a deadline.

    For a fact, ``year`` admits the figures of that calendar year alone: a running total (累计, 先后,
    “十三五”期间) that ends in it is not a figure of the year (:meth:`Period.within`). For a target, it
    admits the targets to be met in that year (its period ends in it)."""

    period: Period | None = None
    year: int | None = None
    due_by: datetime.date | None = None

    def admits(self, record: Fact | Target | Project) -> bool:
        period = None if isinstance(record, Project) else record.period
        if self.period is not None and period != self.period:
            return False
        if self.year is not None:
            if period is None:
                return False
            in_year = period.within(self.year) if isinstance(record, Fact) else period.end.year == self.year
            if not in_year:
                return False
        if self.due_by is not None:
            due = None if isinstance(record, Fact) else record.due
            return due is not None and due.due_by(self.due_by)
        return True


def _select(
    records: tuple[_Figured, ...],
    report: Report,
    kind: FigureKind | str | None,
    section: str | None,
    part: Part | str | None,
    dimension: str | None,
    place: str | None,
    when: _When,
) -> Records[_Figured]:
    wanted_kind = FigureKind(kind) if isinstance(kind, str) else kind
    wanted_part = Part(part) if isinstance(part, str) else part
    wanted_section = None if section is None else report.lookup(section, Section)
    wanted_dimension = None if dimension is None else dimensionality_of(dimension)
    wanted_place = None if place is None else find_place(place).id
    return Records(
        record
        for record in records
        if when.admits(record)
        and (wanted_kind is None or record.figure_kind is wanted_kind)
        and (wanted_part is None or report.part(record) is wanted_part)
        and (wanted_section is None or wanted_section in report.outline(record))
        and (
            wanted_dimension is None
            or (record.value is not None and record.value.dimensionality == wanted_dimension)
        )
        and (wanted_place is None or wanted_place in record.places)
    )


def facts(
    report: Report,
    *,
    kind: FigureKind | str | None = None,
    section: str | None = None,
    part: Part | str | None = None,
    dimension: str | None = None,
    place: str | None = None,
    period: Period | None = None,
    year: int | None = None,
) -> Records[Fact]:
    """The facts that meet every condition given, in the report's order.

    ``section`` takes a section id and includes its subsections (``"review_2019"`` is all of part 一);
    ``dimension`` a pint dimension (``"[currency]"``, ``"[power]"``, ``"[length] ** 2"``,
    ``"dimensionless"``); ``place`` a place's id, code or name (``"浑源"``); ``period`` a
    :class:`~datong2020.model.Period` the fact's period must equal; ``year`` the figures of that year
    alone: a running total (累计, 先后, “十三五”期间) ending in it is not one (``Period.within``).
    """
    return _select(report.facts, report, kind, section, part, dimension, place, _When(period, year))


def targets(
    report: Report,
    *,
    kind: FigureKind | str | None = None,
    section: str | None = None,
    part: Part | str | None = None,
    dimension: str | None = None,
    place: str | None = None,
    period: Period | None = None,
    year: int | None = None,
    due_by: datetime.date | None = None,
) -> Records[Target]:
    """The targets that meet every condition given (the conditions of :func:`facts`, and ``due_by``: a
    deadline on or before that day; targets without a deadline are then left out).

    ``year=2020`` is every target to be met in 2020, ``year=2035`` the long-range goals.
    """
    when = _When(period, year, due_by)
    return _select(report.targets, report, kind, section, part, dimension, place, when)


def quantities(report: Report, dimension: str) -> Records[Fact | Target]:
    """Every fact and target whose value has ``dimension``: all power capacities, lengths, areas …"""
    found: list[Fact | Target] = [*facts(report, dimension=dimension), *targets(report, dimension=dimension)]
    return Records(sorted(found, key=lambda record: report.span(record).start))


def due_by(report: Report, day: datetime.date) -> Records[Target | Project]:
    """Everything the report says must be done on or before ``day``, earliest deadline first."""
    candidates: list[Target | Project] = [*report.targets, *report.projects]
    due = [
        (record.due.end, report.span(record).start, record)
        for record in candidates
        if record.due is not None and record.due.due_by(day)
    ]
    return Records(record for _, _, record in sorted(due, key=lambda item: item[:2]))


def _place_order(rank: Fact) -> tuple[bool, Decimal, bool]:
    if rank.figure_kind is not FigureKind.RANK:
        raise ValueError(f"{rank.id} is a {rank.figure_kind} figure, not a rank")
    place = written_decimal(rank.value.magnitude)
    return rank.from_bottom, -place if rank.from_bottom else place, rank.qualifier is not Qualifier.WITHIN


def best_first(ranks: Iterable[Fact]) -> Records[Fact]:
    """Rank facts from the best place to the worst, by what each rank says: places counted from the top
    by number, a bound (前3, somewhere in the top 3) just before the exact place 3, then places counted
    from the bottom (倒数第二 before 倒数第一), which sort after every place counted from the top: without
    the length of the list, that is all the order the report gives. Raises ValueError for a fact that is
    not a rank."""
    return Records(sorted(ranks, key=_place_order))


def projects(
    report: Report,
    *,
    section: str | None = None,
    place: str | None = None,
    due_by: datetime.date | None = None,
) -> Records[Project]:
    """The named projects in a section (a programme includes its tasks), involving a place, or due on or
    before a day."""
    wanted_section = None if section is None else report.lookup(section, Section)
    wanted_place = None if place is None else find_place(place).id
    when = _When(due_by=due_by)
    return Records(
        project
        for project in report.projects
        if when.admits(project)
        and (wanted_section is None or wanted_section in report.outline(project))
        and (wanted_place is None or wanted_place in project.places)
    )


def _labels(fact: Fact, report: Report) -> dict[str, int]:
    labels = {fact.measure.zh: 5, fact.measure.en.lower(): 5, fact.id.replace("_", " "): 3}
    for named_id in fact.about:
        named = report[named_id]
        assert isinstance(named, Project | Brand)  # Report checks every `about` link when it is built
        name = named.name
        labels |= {name.zh: 4, name.en.lower(): 4}
    labels[fact.quote] = 1
    return labels


def search(report: Report, text: str) -> Records[Fact]:
    """Facts whose labels (Chinese or English), project names or quotes contain every word of ``text``,
    best match first: "hydrogen bus", "旅游", "energy consumption". Labels weigh 5, project names 4,
    ids 3, quotes 1 (:mod:`datong2020.ranking`).

    Raises TypeError for text that is not a str, ValueError for text over
    :data:`~datong2020.ranking.MAX_QUERY_LENGTH` characters.
    """
    return Records(rank(report.facts, text, lambda fact: _labels(fact, report)))


_SENTENCE_END = re.compile(r"[。!?;\n]")


def sentence_of(report: Report, span: Span) -> Span:
    """The sentence (up to 。, ;, ! or ?) of the text around ``span``."""
    text = report.source.text
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, span.start)]
    end = _SENTENCE_END.search(text, span.end)
    return Span(start=starts[-1] if starts else 0, end=end.end() if end else len(text))


def facts_in_sentence(report: Report, quote: str) -> Records[Fact]:
    """Every fact stated in the sentence that contains ``quote`` (a verbatim piece of the text)."""
    sentence = sentence_of(report, report.source.locate(quote))
    return Records(fact for fact in report.facts if report.span(fact).overlaps(sentence))
