"""The report as published, shipped verbatim and checked by its sha256 on load.

Every encoded object quotes this text; :meth:`Source.locate` turns a quote into the character span it
occupies (Python string offsets, so ``SOURCE.text[span.start:span.end] == quote``).
"""

from __future__ import annotations

import datetime
import hashlib
from importlib.resources import files
from typing import Final

import attrs

from .errors import QuoteError, preview
from .text import Text

__all__ = ["SHA256", "SOURCE", "Source", "Span"]

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
        """Every span where ``quote`` stands, overlapping ones included."""
        if not quote or len(quote) > len(self.text):
            return ()
        spans = []
        start = self.text.find(quote)
        while start != -1:
            spans.append(Span(start=start, end=start + len(quote)))
            start = self.text.find(quote, start + 1)
        return tuple(spans)

    def locate(self, quote: str) -> Span:
        """The one span of ``quote``; a quote that is absent or ambiguous is a :class:`QuoteError`.

        This is the one function that locates a quote; nothing is cached, so a caller's text is not
        held after the call.
        """
        if not isinstance(quote, str):
            raise QuoteError(f"a quote is a string, not {type(quote).__name__}")
        start = self.text.find(quote) if quote and len(quote) <= len(self.text) else -1
        if start == -1:
            raise QuoteError(f"quote not found in the report: {preview(quote)}")
        if self.text.find(quote, start + 1) != -1:
            spans = self.find_all(quote)
            where = ", ".join(str(span.start) for span in spans)
            raise QuoteError(
                f"quote occurs {len(spans)} times (at {where}); quote more of its sentence: {preview(quote)}"
            )
        return Span(start=start, end=start + len(quote))


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
