"""How completely the report's figures are encoded: every run of Arabic digits is either inside the
figure of an encoded fact or target (or inside a glossary entry, which its Term encodes whole), or
listed as not a figure (a date, a number inside a name) with a reason. Counted per part of the report,
so anyone can see what is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from .model import Fact, Report, Target
from .source import Span
from .text import Text

__all__ = ["NotAFigure", "PartCoverage", "coverage"]

_DIGITS = re.compile(r"\d+")


@attrs.frozen(kw_only=True)
class NotAFigure:
    """A digit run that is deliberately not encoded as a figure, and why."""

    quote: str
    """Verbatim and unique in the text; contains ``digits`` exactly once."""
    digits: str
    reason: Text


@attrs.frozen(kw_only=True)
class PartCoverage:
    part: str
    """The id of a part's section, or "front_matter" for the title lines before part 一."""
    encoded: tuple[Span, ...]
    excluded: tuple[Span, ...]
    missing: tuple[Span, ...]


def _exclusion_span(report: Report, exclusion: NotAFigure) -> Span:
    quote = report.source.locate(exclusion.quote)
    runs = [m for m in _DIGITS.finditer(exclusion.quote) if m.group() == exclusion.digits]
    if len(runs) != 1:
        raise ValueError(f"{exclusion.digits!r} is not a whole digit run exactly once in {exclusion.quote!r}")
    return Span(start=quote.start + runs[0].start(), end=quote.start + runs[0].end())


def coverage(report: Report, exclusions: Iterable[NotAFigure]) -> tuple[PartCoverage, ...]:
    """Each digit run of the report (without the republisher's notice), sorted into its part."""
    figures = [
        span
        for record in (*report.facts, *report.targets)
        if isinstance(record, Fact | Target) and (span := report.figure_span(record)) is not None
    ]
    # A glossary entry is encoded whole by its Term: its number, and the years inside its members.
    figures += [report.span(term) for term in report.terms if term.glossary_number is not None]
    excluded = [_exclusion_span(report, exclusion) for exclusion in exclusions]
    parts: list[tuple[str, Span]] = [
        (section.id, report.extent(section)) for section in report.sections if section.section is None
    ]
    first = min(span.start for _, span in parts)
    parts.insert(0, ("front_matter", Span(start=0, end=first)))
    result = []
    for part, extent in parts:
        runs = [
            Span(start=extent.start + m.start(), end=extent.start + m.end())
            for m in _DIGITS.finditer(report.source.text[extent.start : extent.end])
        ]
        encoded = tuple(run for run in runs if any(run in figure for figure in figures))
        skipped = tuple(run for run in runs if run not in encoded and any(run == span for span in excluded))
        missing = tuple(run for run in runs if run not in encoded and run not in skipped)
        result.append(PartCoverage(part=part, encoded=encoded, excluded=skipped, missing=missing))
    return tuple(result)
