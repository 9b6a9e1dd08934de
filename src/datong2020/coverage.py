"""How completely the report's figures are encoded: every run of Arabic digits is either inside the
figure of an encoded fact or target (or inside a glossary entry, which its Term encodes whole), or
listed as not a figure (a date, a number inside a name) with a reason. Counted per part of the report,
so anyone can see what is left.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import attrs

from .model import Report
from .source import Span
from .terms import Glossary
from .text import Text

__all__ = ["NotAFigure", "NotATerm", "PartCoverage", "TermCoverage", "coverage", "term_coverage"]

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
    figures = list(report.figure_spans())
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


# Terms ----------------------------------------------------------------------------------------------

_NUMERALS = "一二三四五六七八九十两"
# A quoted phrase with a number in it, or a numeral with a counting word (三大转型, 六大县城). 一 followed
# by a classifier is usually the article "a" (一批, 一大批, 一个), not a count, and is left out.
_TERM_CANDIDATE = re.compile(
    rf"“(?P<quoted>[^”]{{1,16}})”"
    rf"|(?<![第{_NUMERALS}])(?P<counted>(?!一(?:大)?[批个项条张件])[{_NUMERALS}]+(?:大|个)[\u4e00-\u9fff]{{1,3}})"
)


@attrs.frozen(kw_only=True)
class NotATerm:
    """A phrase the term pattern finds that is deliberately not encoded as a term, and why."""

    quote: str
    """Verbatim and unique in the text; contains ``phrase``."""
    phrase: str
    reason: Text


@attrs.frozen(kw_only=True)
class TermCoverage:
    candidates: tuple[tuple[Span, str], ...]
    encoded: tuple[tuple[Span, str], ...]
    excluded: tuple[tuple[Span, str], ...]
    missing: tuple[tuple[Span, str], ...]


def term_coverage(report: Report, not_terms: Iterable[NotATerm]) -> TermCoverage:
    """Every slogan-shaped phrase of the report, sorted into encoded (a term's use, a figure or a
    project's name covers it), excluded with a reason, or missing."""
    glossary = Glossary(report)
    text = report.source.report_text
    covering = [use for term in report.terms for use in (*glossary.uses(term), report.span(term))]
    covering += report.figure_spans()
    covering += [
        span for named in report.projects_and_brands for span in report.source.find_all(named.name.zh)
    ]
    excluded_spans = []
    for exclusion in not_terms:
        quote = report.source.locate(exclusion.quote)
        if exclusion.quote.count(exclusion.phrase) != 1:
            raise ValueError(f"{exclusion.phrase!r} is not in {exclusion.quote!r} exactly once")
        offset = exclusion.quote.index(exclusion.phrase)
        excluded_spans.append(
            Span(start=quote.start + offset, end=quote.start + offset + len(exclusion.phrase))
        )
    candidates, encoded, excluded, missing = [], [], [], []
    for match in _TERM_CANDIDATE.finditer(text):
        phrase = match.group("quoted") or match.group("counted")
        if match.group("quoted") and not re.search(rf"[{_NUMERALS}\d]", phrase):
            continue
        span = Span(start=match.start(), end=match.end())
        found = (span, phrase)
        candidates.append(found)
        if any(span.overlaps(other) for other in covering):
            encoded.append(found)
        elif any(other.start >= span.start and other.end <= span.end for other in excluded_spans):
            excluded.append(found)
        else:
            missing.append(found)
    return TermCoverage(
        candidates=tuple(candidates), encoded=tuple(encoded), excluded=tuple(excluded), missing=tuple(missing)
    )
