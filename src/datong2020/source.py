"""The report as published, shipped verbatim and checked by its sha256 on load.

Every encoded object quotes this text; :meth:`Source.locate` turns a quote into the character span it
occupies (Python string offsets, so ``SOURCE.text[span.start:span.end] == quote``).

Records check their quote when they are built, against :data:`SOURCE` unless a block ``with
quoting(source):`` names another text (a later report, a synthetic one in the benchmarks): a record
belongs to the document it quotes, and a :class:`~datong2020.model.Report` checks that every record it
holds quotes its own ``source``.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import functools
import hashlib
from collections.abc import Iterator
from importlib.resources import files
from typing import Final

import attrs

from .errors import QuoteError, preview
from .text import Text

__all__ = ["SHA256", "SOURCE", "Source", "Span", "quoted_source", "quoting"]

SHA256: Final = "2275e239be3802be5ad830136f38806a37c4d95d2fec613fa6feb54571b9874c"


@attrs.frozen(kw_only=True, order=True)
class Span:
    """Where a quote stands in the shipped text: ``text[start:end]``."""

    start: int = attrs.field(validator=attrs.validators.ge(0))
    end: int = attrs.field()

    @end.validator
    def _after_start(self, _: attrs.Attribute[int], end: int) -> None:
        if end <= self.start:
            raise ValueError(f"span end {end} must be after its start {self.start}")

    def __contains__(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


@attrs.frozen(kw_only=True)
class Source:
    """The shipped text and what is known about it."""

    title: Text
    delivered: datetime.date
    speaker: Text
    occasion: Text
    text: str = attrs.field(repr=False)
    sha256: str
    republisher_notice: str
    """The last line: the republishing website's notice, which is not part of the report."""

    @property
    def report_text(self) -> str:
        """The report itself, without the republisher's notice."""
        return self.text[: self.report_end]

    @property
    def report_end(self) -> int:
        return len(self.text) - len(self.republisher_notice)

    def find_all(self, quote: str) -> tuple[Span, ...]:
        """Every span where ``quote`` stands, overlapping ones included, in text order."""
        return tuple(Span(start=start, end=start + len(quote)) for start in self._starts(quote))

    def locate(self, quote: str) -> Span:
        """The one span of ``quote``; a quote that is absent or ambiguous is a :class:`QuoteError`.

        This is the one function that locates a quote. It looks the quote up in an index of the text
        (built once per text), so locating every quote of a report costs time linear in their length,
        not a scan of the text per quote. Nothing about the quote is cached, so a caller's text is not
        held after the call.
        """
        if not isinstance(quote, str):
            raise QuoteError(f"a quote is a string, not {type(quote).__name__}")
        starts = self._starts(quote)
        if not starts:
            raise QuoteError(f"quote not found in the report: {preview(quote)}")
        if len(starts) > 1:
            where = ", ".join(map(str, starts))
            raise QuoteError(
                f"quote occurs {len(starts)} times (at {where}); quote more of its sentence: {preview(quote)}"
            )
        return Span(start=starts[0], end=starts[0] + len(quote))

    def _starts(self, quote: str) -> list[int]:
        if not quote or len(quote) > len(self.text):
            return []
        return _index_of(self.text).starts(quote)


class _TextIndex:
    """Where each sampled trigram of a text stands: the positions ``0, 4, 8 …``, by their trigram.

    An occurrence of a quote at ``c`` stands on the sampled positions ``c + j`` for the offsets ``j`` of
    one residue class modulo ``STRIDE``, and once the quote is ``STRIDE + GRAM - 1`` characters long every
    class has an offset inside it. Looking up one trigram per class (the rarest) therefore finds every
    occurrence exactly once; each candidate is confirmed with ``startswith``. Sampling keeps the index a
    quarter of the text's size and its build a quarter of a pass; shorter quotes (two of the report's
    627) fall back to scanning the text.
    """

    STRIDE: Final = 4
    GRAM: Final = 3
    FEW: Final = 4
    """Candidates few enough to check without looking for a rarer trigram."""

    def __init__(self, text: str) -> None:
        self.text = text
        positions: dict[str, list[int]] = {}
        for start in range(0, len(text) - self.GRAM + 1, self.STRIDE):
            gram = text[start : start + self.GRAM]
            found = positions.get(gram)
            if found is None:
                positions[gram] = [start]
            else:
                found.append(start)
        self.positions = positions

    def starts(self, quote: str) -> list[int]:
        """Where ``quote`` starts, every time it stands in the text, in order."""
        text = self.text
        starts: list[int] = []
        if len(quote) < self.STRIDE + self.GRAM - 1:
            start = text.find(quote)
            while start != -1:
                starts.append(start)
                start = text.find(quote, start + 1)
            return starts
        positions = self.positions
        last = len(quote) - self.GRAM
        for offset in range(self.STRIDE):
            # Any trigram of the quote at offset, offset + STRIDE, … stands on a sampled position for
            # the same occurrences: take the rarest of them, so that a common one ("亿元,") does not
            # bring a candidate for every time it stands in a long text.
            anchor, candidates = offset, positions.get(quote[offset : offset + self.GRAM], ())
            for shifted in range(offset + self.STRIDE, last + 1, self.STRIDE):
                if len(candidates) <= self.FEW:
                    break
                others = positions.get(quote[shifted : shifted + self.GRAM], ())
                if len(others) < len(candidates):
                    anchor, candidates = shifted, others
            for position in candidates:
                start = position - anchor
                if start >= 0 and text.startswith(quote, start):
                    starts.append(start)
        if len(starts) > 1:
            starts.sort()
        return starts


@functools.lru_cache(maxsize=4)
def _index_of(text: str) -> _TextIndex:
    # Keyed by the text itself (whose hash Python caches), so a Source stays a plain, picklable value.
    return _TextIndex(text)


def _load() -> Source:
    raw = files("datong2020").joinpath("data").joinpath("report.txt").read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != SHA256:
        raise RuntimeError(f"the shipped report text has changed: sha256 {digest}, expected {SHA256}")
    text = raw.decode("utf-8")
    return Source(
        title=Text(
            zh="大同市2020年政府工作报告",
            en="Datong Municipal Government Work Report 2020",
        ),
        delivered=datetime.date(2020, 4, 22),
        speaker=Text(
            zh="大同市人民政府市长 武宏文", en="Wu Hongwen, Mayor of the Datong Municipal People's Government"
        ),
        occasion=Text(
            zh="大同市第十五届人民代表大会第五次会议",
            en="Fifth Session of the 15th Datong Municipal People's Congress",
        ),
        text=text,
        sha256=digest,
        republisher_notice=text[text.rstrip("\n").rfind("\n") + 1 :],
    )


SOURCE: Final = _load()

_QUOTED: Final = contextvars.ContextVar[Source]("datong2020_quoted_source", default=SOURCE)


def quoted_source() -> Source:
    """The text that records built here and now quote: :data:`SOURCE`, unless inside :func:`quoting`."""
    return _QUOTED.get()


@contextlib.contextmanager
def quoting(source: Source) -> Iterator[Source]:
    """Build records that quote ``source`` rather than the shipped text: inside the block, every record
    locates its quote in ``source`` when it is built. The setting is per thread and per task
    (a :mod:`contextvars` variable), and ends with the block."""
    token = _QUOTED.set(source)
    try:
        yield source
    finally:
        _QUOTED.reset(token)
