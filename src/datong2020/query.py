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

import re

from .model import Fact, FigureKind, Part, Project, Report, Section
from .places import place as find_place
from .source import Span
from .units import ureg

__all__ = ["facts", "facts_in_sentence", "search", "sentence_of"]


def _in_section(report: Report, fact: Fact, section: Section) -> bool:
    return section in report.outline(fact)


def facts(
    report: Report,
    *,
    kind: FigureKind | str | None = None,
    section: str | None = None,
    part: Part | str | None = None,
    dimension: str | None = None,
    place: str | None = None,
) -> tuple[Fact, ...]:
    """The facts that meet every condition given, in the report's order.

    ``section`` takes a section id and includes its subsections (``"review_2019"`` is all of part 一);
    ``dimension`` a pint dimension (``"[currency]"``, ``"[power]"``, ``"[length] ** 2"``,
    ``"dimensionless"``); ``place`` a place's id, code or name (``"浑源"``).
    """
    wanted_kind = FigureKind(kind) if isinstance(kind, str) else kind
    wanted_part = Part(part) if isinstance(part, str) else part
    wanted_section = None if section is None else report.lookup(section, Section)
    wanted_dimension = None
    if dimension is not None:
        wanted_dimension = (
            ureg.dimensionless.dimensionality
            if dimension == "dimensionless"
            else ureg.get_dimensionality(dimension)
        )
    wanted_place = None if place is None else find_place(place).id
    return tuple(
        fact
        for fact in report.facts
        if (wanted_kind is None or fact.figure_kind is wanted_kind)
        and (wanted_part is None or report.part(fact) is wanted_part)
        and (wanted_section is None or _in_section(report, fact, wanted_section))
        and (wanted_dimension is None or fact.value.dimensionality == wanted_dimension)
        and (wanted_place is None or wanted_place in fact.places)
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


def search(report: Report, text: str) -> tuple[Fact, ...]:
    """Facts whose labels (Chinese or English), project names or quotes contain every word of ``text``,
    best match first: "hydrogen bus", "旅游", "energy consumption"."""
    words = [word.lower() for word in text.split() if word]
    scored = [
        (points, index, fact)
        for index, fact in enumerate(report.facts)
        if (points := _points(fact, report, words))
    ]
    return tuple(fact for _, _, fact in sorted(scored, key=lambda item: (-item[0], item[1])))


_SENTENCE_END = re.compile(r"[。!?;\n]")


def sentence_of(report: Report, span: Span) -> Span:
    """The sentence (up to 。, ;, ! or ?) of the text around ``span``."""
    text = report.source.text
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, span.start)]
    end = _SENTENCE_END.search(text, span.end)
    return Span(start=starts[-1] if starts else 0, end=end.end() if end else len(text))


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def facts_in_sentence(report: Report, quote: str) -> tuple[Fact, ...]:
    """Every fact stated in the sentence that contains ``quote`` (a verbatim piece of the text)."""
    sentence = sentence_of(report, report.source.locate(quote))
    return tuple(fact for fact in report.facts if _overlaps(report.span(fact), sentence))
