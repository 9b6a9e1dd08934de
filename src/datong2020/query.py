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
from typing import Final, TypeVar

import attrs

from .model import Fact, FigureKind, Part, Period, Project, Report, Section, Target
from .places import place as find_place
from .records import Records
from .source import Span
from .units import dimensionality_of

__all__ = [
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
    """The time conditions a query takes: a period exactly, a year a period ends in, a deadline."""

    period: Period | None = None
    year: int | None = None
    due_by: datetime.date | None = None

    def admits(self, record: Fact | Target | Project) -> bool:
        period = None if isinstance(record, Project) else record.period
        if self.period is not None and period != self.period:
            return False
        if self.year is not None and (period is None or period.end.year != self.year):
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
    :class:`~datong2020.model.Period` the fact's period must equal; ``year`` the year its period ends
    in (``year=2019`` includes a cumulative 2016–2019 figure).
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


def _points(fact: Fact, report: Report, words: list[str]) -> int:
    """Ranked like pycountry's fuzzy search: explicit points, labels above quotes."""
    labels = {fact.measure.zh: 5, fact.measure.en.lower(): 5, fact.id.replace("_", " "): 3}
    for project_id in fact.about:
        name = report.lookup(project_id, Project).name
        labels |= {name.zh: 4, name.en.lower(): 4}
    labels[fact.quote] = 1
    score = 0
    for word in words:
        found = [weight for label, weight in labels.items() if word in label]
        if not found:
            return 0
        score += max(found)
    return score


MAX_QUERY_LENGTH: Final = 200
"""The longest search text read; longer text is a ValueError (no label of the report is that long)."""


def search(report: Report, text: str) -> Records[Fact]:
    """Facts whose labels (Chinese or English), project names or quotes contain every word of ``text``,
    best match first: "hydrogen bus", "旅游", "energy consumption".

    Raises TypeError for text that is not a str, ValueError for text over :data:`MAX_QUERY_LENGTH`.
    """
    if not isinstance(text, str):
        raise TypeError(f"search text is a str, not {type(text).__name__}")
    if len(text) > MAX_QUERY_LENGTH:
        raise ValueError(f"search text of {len(text)} characters; at most {MAX_QUERY_LENGTH} are read")
    words = list(dict.fromkeys(word.lower() for word in text.split()))
    scored = [
        (points, index, fact)
        for index, fact in enumerate(report.facts)
        if (points := _points(fact, report, words))
    ]
    return Records(fact for _, _, fact in sorted(scored, key=lambda item: (-item[0], item[1])))


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
