"""How completely the report is encoded, proven three ways, each counted per part of the report:

- :func:`sentence_ledger`: every sentence of the body is encoded (records stand in it) or excluded with
  a reason (:class:`~datong2020.model.NotASentence`), whether or not it holds a digit;
- :func:`coverage`: every run of Arabic digits is inside the figure of an encoded fact or target (or
  inside a glossary entry, which its Term encodes whole), or listed as not a figure with a reason;
- :func:`term_coverage`: every slogan-shaped phrase is a term's use, a figure or a project's name, or
  listed as not a term with a reason;
- :func:`context_coverage`: in the declared region of a context document (the part whose figures its
  records claim to cover), every digit run and every rank in Chinese numerals is inside the figure of
  an outcome or province target, or listed as not a figure with a reason.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterable
from typing import Final

import attrs

from .model import (
    DIGIT_RUN,
    FIGURE_RUN,
    NotAFigure,
    NotASentence,
    NotATerm,
    Outcome,
    ProvinceTarget,
    Report,
    SentenceReason,
)
from .source import Span
from .terms import Glossary
from .text import Text

__all__ = [
    "ContextCoverage",
    "PartCoverage",
    "Sentence",
    "SentenceCount",
    "TermCoverage",
    "context_coverage",
    "coverage",
    "sentence_counts",
    "sentence_ledger",
    "sentences",
    "term_coverage",
]


def _parts(report: Report) -> list[tuple[str, Span]]:
    """Each part's extent, after the front matter (the title lines before part 一)."""
    parts = [(section.id, report.extent(section)) for section in report.sections if section.section is None]
    parts.insert(0, ("front_matter", Span(start=0, end=min(span.start for _, span in parts))))
    return parts


# Sentences ------------------------------------------------------------------------------------------

_SENTENCE: Final = re.compile(r"[^。!?;\n]*[。!?;]?")
_BODY_START: Final = "一、2019年工作回顾"


def sentences(text: str, start: int, end: int) -> tuple[Span, ...]:
    """The sentences of ``text[start:end]``, by the ledger's rule: a sentence runs up to and including
    the next 。 ! ? or ; (the report writes ! ? ; half-width), or up to a line end. White space at either
    end is not part of it, and a line with nothing else on it is no sentence. The sentences tile the
    text but for white space."""
    found = []
    for match in _SENTENCE.finditer(text, start, end):
        piece = match.group()
        stripped = piece.strip()
        if stripped:
            first = match.start() + piece.index(stripped)
            found.append(Span(start=first, end=first + len(stripped)))
    return tuple(found)


@attrs.frozen(kw_only=True)
class Sentence:
    """One sentence of the body and how it is accounted for."""

    span: Span
    part: str
    """The id of the part's section it stands in."""
    ids: tuple[str, ...] = ()
    """For an encoded sentence, the records that encode it: those whose quote lies inside it, or whose
    quote holds it whole (a glossary entry or a quirk quoting several sentences)."""
    reason: SentenceReason | None = None
    """For an excluded sentence, why no record encodes it."""

    @property
    def status(self) -> str:
        """ "encoded", "excluded" or "unaccounted"."""
        return "encoded" if self.ids else "excluded" if self.reason is not None else "unaccounted"


def sentence_ledger(report: Report, exclusions: Iterable[NotASentence]) -> tuple[Sentence, ...]:
    """Every sentence of the body, from the first part's heading to the end of 名词解释, with the
    records that encode it or the reason it is excluded.

    An exclusion must name a sentence no record encodes, and one sentence only; a second exclusion of
    the same sentence is an error too, so that the data says each thing once.
    """
    text = report.source.text
    spans = sentences(text, text.index(_BODY_START), report.source.report_end)
    starts = [span.start for span in spans]
    encoded: dict[int, list[str]] = {}
    for record in report.records:
        if record.document != report.source.id:
            continue  # the ledger is the primary document's; context records quote other texts
        quote = report.span(record)
        first = bisect.bisect_right(starts, quote.start) - 1
        for index in range(max(first, 0), len(spans)):
            sentence = spans[index]
            if sentence.start >= quote.end:
                break
            if quote in sentence or sentence in quote:
                encoded.setdefault(index, []).append(record.id)
    reasons: dict[int, SentenceReason] = {}
    for exclusion in exclusions:
        quote = report.source.locate(exclusion.quote)
        index = bisect.bisect_right(starts, quote.start) - 1
        if index < 0 or quote not in spans[index]:
            raise ValueError(f"the exclusion {exclusion.quote!r} does not lie inside one sentence")
        if index in encoded or index in reasons:
            what = "is encoded by " + ", ".join(encoded[index]) if index in encoded else "is excluded twice"
            raise ValueError(f"the sentence of the exclusion {exclusion.quote!r} {what}")
        reasons[index] = exclusion.reason
    parts = _parts(report)[1:]
    return tuple(
        Sentence(
            span=span,
            part=next(part for part, extent in parts if span in extent),
            ids=tuple(encoded.get(index, ())),
            reason=reasons.get(index),
        )
        for index, span in enumerate(spans)
    )


@attrs.frozen(kw_only=True)
class SentenceCount:
    """How a part's sentences (or all of them, ``part="total"``) are accounted for."""

    part: str
    sentences: int
    encoded: int
    excluded: int
    unaccounted: int
    by_reason: tuple[tuple[SentenceReason, int], ...]
    """The excluded sentences by reason, for each reason that excludes one, in the reasons' order."""


def sentence_counts(ledger: tuple[Sentence, ...]) -> tuple[SentenceCount, ...]:
    """The ledger counted per part, in the report's order, then in total."""
    counts = []
    for part in [*dict.fromkeys(s.part for s in ledger), "total"]:
        chosen = [s for s in ledger if part in ("total", s.part)]
        status = Counter(s.status for s in chosen)
        reasons = Counter(s.reason for s in chosen if s.reason is not None)
        counts.append(
            SentenceCount(
                part=part,
                sentences=len(chosen),
                encoded=status["encoded"],
                excluded=status["excluded"],
                unaccounted=status["unaccounted"],
                by_reason=tuple((reason, reasons[reason]) for reason in SentenceReason if reason in reasons),
            )
        )
    return tuple(counts)


# Digit runs -----------------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class PartCoverage:
    part: str
    """The id of a part's section, or "front_matter" for the title lines before part 一."""
    encoded: tuple[Span, ...]
    excluded: tuple[Span, ...]
    missing: tuple[Span, ...]


def _runs(pattern: re.Pattern[str], text: str, extent: Span) -> tuple[Span, ...]:
    """Every match of ``pattern`` (a run of digits, or also a rank in Chinese numerals) inside ``extent``."""
    return tuple(Span(start=m.start(), end=m.end()) for m in pattern.finditer(text, extent.start, extent.end))


def _exclusion_span(report: Report, exclusion: NotAFigure) -> Span:
    """The run an exclusion names, in the document it quotes."""
    start = report.document(exclusion.document).locate(exclusion.quote).start + exclusion.offset
    return Span(start=start, end=start + len(exclusion.digits))


def coverage(report: Report, exclusions: Iterable[NotAFigure]) -> tuple[PartCoverage, ...]:
    """Each digit run of the report (without the republisher's notice), sorted into its part."""
    figures = list(report.figure_spans())
    # A glossary entry is encoded whole by its Term: its number, and the years inside its members.
    figures += [report.span(term) for term in report.terms if term.glossary_number is not None]
    excluded = [_exclusion_span(report, exclusion) for exclusion in exclusions]
    result = []
    for part, extent in _parts(report):
        runs = _runs(DIGIT_RUN, report.source.text, extent)
        encoded = tuple(run for run in runs if any(run in figure for figure in figures))
        skipped = tuple(run for run in runs if run not in encoded and run in excluded)
        missing = tuple(run for run in runs if run not in encoded and run not in skipped)
        result.append(PartCoverage(part=part, encoded=encoded, excluded=skipped, missing=missing))
    return tuple(result)


# Context documents ----------------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class ContextCoverage:
    """How the runs of a context document's region are accounted for; each run is in one of the three."""

    document: str
    region: Span
    encoded: tuple[Span, ...]
    """Runs inside the figure of an outcome or province target of the document."""
    excluded: tuple[tuple[Span, Text], ...]
    """Runs a :class:`~datong2020.model.NotAFigure` of the document names, with its reason."""
    missing: tuple[Span, ...]

    @property
    def runs(self) -> int:
        return len(self.encoded) + len(self.excluded) + len(self.missing)


def context_coverage(
    report: Report, document_id: str, region: tuple[str, str], exclusions: Iterable[NotAFigure]
) -> ContextCoverage:
    """Every run of the region of document ``document_id``, from the start of ``region[0]`` to the end of
    ``region[1]`` (two quotes, each unique in the document), sorted into encoded, excluded or missing.

    What it sees: every run of digits (``\\d``, so ASCII and full-width alike; a decimal is two runs,
    1369 and 9), and every rank or ordinal written 第 + Chinese numerals (第二, 第十五). A rank written
    with a digit (第2) is a digit run. A run is encoded when it lies inside the figure of an
    :class:`~datong2020.model.Outcome` or :class:`~datong2020.model.ProvinceTarget` of the document.

    What it does not see: numbers written in Chinese numerals without 第 (十三五, 三线作战, 两项指标,
    二级以上, 四项行动; 83 written 八十三 would be one too), ordinals written with 首 (首个, 首届) or 末
    (末位), the Roman numeral of 劣Ⅴ类, a figure whose digits a line break splits (the test of the regions
    asserts there is none), and anything outside the region. A statement without a figure (a project
    completed, 脱贫攻坚实现圆满收官) has no run, so whether it is encoded is not counted here. Nor does
    the ledger judge a reason: it proves that each run is accounted for once; that an exclusion's reason
    is true of its run is for the reviewer who reads it beside the sentence.

    An exclusion must quote the document, name a whole run of the text inside the region that no
    figure covers, and be the only exclusion of that run: anything else is a ValueError, so that the
    data says each thing once and says nothing of runs outside the claim.
    """
    document = report.document(document_id)
    text = document.text
    start, end = (document.locate(quote) for quote in region)
    if end.end <= start.start:
        raise ValueError(f"the region of {document_id} ends before it starts: {region!r}")
    extent = Span(start=start.start, end=end.end)
    runs = _runs(FIGURE_RUN, text, extent)
    claiming: tuple[Outcome | ProvinceTarget, ...] = (*report.outcomes, *report.province_targets)
    figures = [
        span
        for record in claiming
        if record.document == document_id and (span := report.figure_span(record)) is not None
    ]
    encoded = tuple(run for run in runs if any(run in figure for figure in figures))
    reasons: dict[Span, Text] = {}
    for exclusion in exclusions:
        if exclusion.document != document_id:
            raise ValueError(
                f"the exclusion {exclusion.quote!r} quotes {exclusion.document}, not {document_id}"
            )
        span = _exclusion_span(report, exclusion)
        if span not in runs:
            where = "is outside the region" if span not in extent else "is not a whole run of the text"
            raise ValueError(f"the run {exclusion.digits!r} of the exclusion {exclusion.quote!r} {where}")
        if span in encoded or span in reasons:
            what = "is inside an encoded figure" if span in encoded else "is excluded twice"
            raise ValueError(f"the run {exclusion.digits!r} of the exclusion {exclusion.quote!r} {what}")
        reasons[span] = exclusion.reason
    return ContextCoverage(
        document=document_id,
        region=extent,
        encoded=encoded,
        excluded=tuple((run, reasons[run]) for run in runs if run in reasons),
        missing=tuple(run for run in runs if run not in encoded and run not in reasons),
    )


# Terms ----------------------------------------------------------------------------------------------

_NUMERALS = "一二三四五六七八九十两"
# A quoted phrase with a number in it, or a numeral with a counting word (三大转型, 六大县城). 一 followed
# by a classifier is usually the article "a" (一批, 一大批, 一个), not a count, and is left out.
_TERM_CANDIDATE = re.compile(
    rf"“(?P<quoted>[^”]{{1,16}})”"
    rf"|(?<![第{_NUMERALS}])(?P<counted>(?!一(?:大)?[批个项条张件])[{_NUMERALS}]+(?:大|个)[\u4e00-\u9fff]{{1,3}})"
)


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
