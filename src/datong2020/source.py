"""The documents the library encodes, each shipped verbatim and checked by its sha256 on load.

:data:`SOURCE` is the primary document, the Datong 2020 report (id ``datong_2020``). Three more give
its context (see :data:`DOCUMENT_IDS`): Datong's 2021 report, which reports the 2020 outcomes, and
Shanxi province's 2020 and 2021 reports, which set and report the province's targets. They are read
only when a record quotes them or a caller asks for them (:func:`document`).

Every encoded object quotes one document; :meth:`Source.locate` turns a quote into the character span
it occupies (Python string offsets, so ``source.text[span.start:span.end] == quote``). Records check
their quote when they are built, in the document their ``document`` field names, unless a block ``with
quoting(source):`` stands another text in for that document (a synthetic one in the benchmarks).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import functools
import hashlib
import re
import threading
import types
from collections.abc import Iterator, Mapping
from importlib.resources import files
from typing import Final

import attrs

from .errors import QuoteError, UnknownIdError, preview
from .text import Text

__all__ = [
    "DOCUMENT_IDS",
    "PRIMARY",
    "SHA256",
    "SOURCE",
    "Source",
    "Span",
    "document",
    "quoted_source",
    "quoting",
    "source_of",
]

PRIMARY: Final = "datong_2020"
"""The id of the report this library encodes; a record without a ``document`` quotes it."""

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
    """A shipped text and what is known about it."""

    id: str = PRIMARY
    """The document's id: ``datong_2020``, ``datong_2021``, ``shanxi_2020`` or ``shanxi_2021``."""
    title: Text
    delivered: datetime.date
    speaker: Text
    occasion: Text
    text: str = attrs.field(repr=False)
    sha256: str
    republisher_notice: str = ""
    """The last line: the republishing website's notice, which is not part of the report."""
    front_matter: str = ""
    """What the transcription puts before the report: its ``---`` block of title and address."""
    address: str | None = None
    """Where the document was published, as its transcription records it."""

    @property
    def report_text(self) -> str:
        """The report itself, without the republisher's notice."""
        return self.text[: self.report_end]

    @property
    def body(self) -> Span:
        """Where the report itself stands: after any front matter, before any republisher's notice."""
        return Span(start=len(self.front_matter), end=self.report_end)

    @property
    def report_end(self) -> int:
        return len(self.text) - len(self.republisher_notice)

    def find_all(self, quote: str) -> tuple[Span, ...]:
        """Every span where ``quote`` stands, overlapping ones included, in text order."""
        return tuple(Span(start=start, end=start + len(quote)) for start in self._starts(quote))

    def locate(self, quote: str) -> Span:
        """The one span of ``quote``; a quote that is absent or ambiguous is a :class:`QuoteError`."""
        start = self.start_of(quote)
        return Span(start=start, end=start + len(quote))

    def start_of(self, quote: str) -> int:
        """Where the one occurrence of ``quote`` starts; a quote that is absent or ambiguous is a
        :class:`QuoteError`. A record checks its quote with this when it is built, and needs no span.

        This is the one function that locates a quote (:meth:`locate` makes its span). It looks the
        quote up in an index of the text (built once per text), so locating every quote of a report
        costs time linear in their length, not a scan of the text per quote. Where a quote was found,
        its places are remembered, so that the report, which locates every quote its records checked
        when they were built, finds them again for the price of a dictionary lookup; what is remembered
        is bounded by the text's own length.
        """
        if not isinstance(quote, str):
            raise QuoteError(f"a quote is a string, not {type(quote).__name__}")
        starts = self._starts(quote)
        if len(starts) == 1:
            return starts[0]
        if not starts:
            raise QuoteError(f"quote not found in {self.id}: {preview(quote)}")
        where = ", ".join(map(str, starts))
        raise QuoteError(
            f"quote occurs {len(starts)} times (at {where}); quote more of its sentence: {preview(quote)}"
        )

    def _starts(self, quote: str) -> tuple[int, ...]:
        if not quote or len(quote) > len(self.text):
            return ()
        return _index_of(self.text).starts(quote)


class _TextIndex:
    """Where each sampled trigram of a text stands: the positions ``0, 4, 8 …``, by their trigram.

    An occurrence of a quote at ``c`` stands on the sampled positions ``c + j`` for the offsets ``j`` of
    one residue class modulo ``STRIDE``, and once the quote is ``STRIDE + GRAM - 1`` characters long every
    class has an offset inside it. Looking up one trigram per class (the rarest) therefore finds every
    occurrence exactly once; each candidate is confirmed with ``startswith``. Sampling keeps the index a
    quarter of the text's size and its build a quarter of a pass; shorter quotes (two of the report's
    627) fall back to scanning the text.

    The index is built only once the text has been searched ``SCANS`` times: the first searches scan
    the text (``str.find``, in C), so a document quoted a few times (the context documents, a dozen
    quotes each) costs no index, and a report's hundreds of quotes still take time linear in the text.
    """

    STRIDE: Final = 4
    GRAM: Final = 3
    FEW: Final = 4
    """Candidates few enough to check without looking for a rarer trigram."""
    SCANS: Final = 64
    """Searches by scanning before the index is built."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.scans = 0
        self._positions: dict[str, list[int]] | None = None
        self.found: dict[str, tuple[int, ...]] = {}
        self.room = 2 * len(text)
        """How many more characters of found quotes ``found`` may hold: quotes of the text, at most
        twice its length in all, so a caller cannot grow it without bound."""

    def starts(self, quote: str) -> tuple[int, ...]:
        """Where ``quote`` starts, every time it stands in the text, in order."""
        known = self.found.get(quote)
        if known is not None:
            return known
        starts = tuple(self._search(quote))
        if starts and len(quote) <= self.room:
            self.room -= len(quote)
            self.found[quote] = starts
        return starts

    @property
    def positions(self) -> dict[str, list[int]]:
        positions = self._positions
        if positions is None:
            positions = {}
            text = self.text
            for start in range(0, len(text) - self.GRAM + 1, self.STRIDE):
                gram = text[start : start + self.GRAM]
                found = positions.get(gram)
                if found is None:
                    positions[gram] = [start]
                else:
                    found.append(start)
            self._positions = positions  # two threads may both build it; either result is the same
        return positions

    def _search(self, quote: str) -> list[int]:
        text = self.text
        starts: list[int] = []
        scan = self._positions is None and self.scans < self.SCANS
        if scan:
            self.scans += 1
        if scan or len(quote) < self.STRIDE + self.GRAM - 1:
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


def _read(file_name: str, expected: str) -> str:
    raw = files("datong2020").joinpath("data").joinpath(file_name).read_bytes()
    digest = hashlib.sha256(raw).hexdigest()
    if digest != expected:
        raise RuntimeError(f"the shipped text {file_name} has changed: sha256 {digest}, expected {expected}")
    return raw.decode("utf-8")


@attrs.frozen(kw_only=True)
class _Shipped:
    """How to load a shipped document: its file, its digest and what is known about it."""

    file_name: str
    sha256: str
    title: Text
    delivered: datetime.date
    speaker: Text
    occasion: Text
    republished: bool = False
    """Its last line is the republishing website's notice, not part of the document."""


# The primary document is the report as published; the context documents are transcriptions by the
# public repository lawtext/gov (see docs/sources.md), whose own headings give the date, the speaker
# and the session, and whose front matter the address.
_SHIPPED: Final = {
    PRIMARY: _Shipped(
        file_name="report.txt",
        sha256=SHA256,
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
        republished=True,
    ),
    "datong_2021": _Shipped(
        file_name="datong_2021.md",
        sha256="09d651ccec870197d6e6c4b042cc5f1c74c2e50bdbfa91747c4bddb03fde37b4",
        title=Text(zh="大同市2021年政府工作报告", en="Datong Municipal Government Work Report 2021"),
        delivered=datetime.date(2021, 2, 22),
        speaker=Text(
            zh="大同市人民政府代市长 张强",
            en="Zhang Qiang, Acting Mayor of the Datong Municipal People's Government",
        ),
        occasion=Text(
            zh="大同市第十五届人民代表大会第六次会议",
            en="Sixth Session of the 15th Datong Municipal People's Congress",
        ),
    ),
    "shanxi_2020": _Shipped(
        file_name="shanxi_2020.md",
        sha256="c33863b710b0e1bbcfd3b9635a2d37aa39ae7b148963ba700bd1440ea550f330",
        title=Text(zh="2020年山西省政府工作报告", en="Shanxi Provincial Government Work Report 2020"),
        delivered=datetime.date(2020, 1, 13),
        speaker=Text(zh="代省长 林武", en="Lin Wu, Acting Governor of Shanxi"),
        occasion=Text(
            zh="山西省第十三届人民代表大会第三次会议",
            en="Third Session of the 13th Shanxi Provincial People's Congress",
        ),
    ),
    "shanxi_2021": _Shipped(
        file_name="shanxi_2021.md",
        sha256="8d51cdca25dc4d0e038562f65876738984786177a3fbf74dcd27cea557210b79",
        title=Text(zh="2021年山西省政府工作报告", en="Shanxi Provincial Government Work Report 2021"),
        delivered=datetime.date(2021, 1, 20),
        speaker=Text(zh="省长 林武", en="Lin Wu, Governor of Shanxi"),
        occasion=Text(
            zh="山西省第十三届人民代表大会第四次会议",
            en="Fourth Session of the 13th Shanxi Provincial People's Congress",
        ),
    ),
}

DOCUMENT_IDS: Final = tuple(_SHIPPED)
"""Every document the library ships, the primary first."""

_FRONT_MATTER: Final = re.compile(r"---\n(?:.*\n)*?---\n")
_ADDRESS: Final = re.compile(r"^source: (\S+)$", re.MULTILINE)


@functools.cache  # each document read and checked once
def _load(id_: str) -> Source:
    shipped = _SHIPPED[id_]
    text = _read(shipped.file_name, shipped.sha256)
    front = _FRONT_MATTER.match(text)
    front_matter = "" if front is None else front.group()
    address = _ADDRESS.search(front_matter)
    return Source(
        id=id_,
        title=shipped.title,
        delivered=shipped.delivered,
        speaker=shipped.speaker,
        occasion=shipped.occasion,
        text=text,
        sha256=shipped.sha256,
        republisher_notice=text[text.rstrip("\n").rfind("\n") + 1 :] if shipped.republished else "",
        front_matter=front_matter,
        address=None if address is None else address.group(1),
    )


SOURCE: Final = _load(PRIMARY)


_LOADING: Final = threading.Lock()


def document(id_: str) -> Source:
    """The shipped document with this id (one of :data:`DOCUMENT_IDS`), read and checked on first use;
    any other id is a :class:`~datong2020.errors.UnknownIdError`."""
    if id_ == PRIMARY:
        return SOURCE
    if not isinstance(id_, str) or id_ not in _SHIPPED:
        raise UnknownIdError(id_, list(DOCUMENT_IDS))
    with _LOADING:  # one reading per document, however many threads ask at once
        return _load(id_)


# An immutable mapping as the default, so that no caller can change what every context starts from.
_STAND_INS: Final = contextvars.ContextVar[Mapping[str, Source]](
    "datong2020_stand_ins", default=types.MappingProxyType({})
)


def source_of(id_: str) -> Source:
    """The text that records of document ``id_`` quote here and now: the shipped document, unless a
    :func:`quoting` block stands another text in for it."""
    stand_in = _STAND_INS.get().get(id_)
    return document(id_) if stand_in is None else stand_in


def quoted_source() -> Source:
    """The text that records of the primary document quote here and now: :data:`SOURCE`, unless inside
    :func:`quoting`."""
    return source_of(PRIMARY)


@contextlib.contextmanager
def quoting(source: Source) -> Iterator[Source]:
    """Build records that quote ``source`` rather than the shipped document of the same id: inside the
    block, every record of document ``source.id`` locates its quote in ``source`` when it is built. The
    setting is per thread and per task (a :mod:`contextvars` variable), and ends with the block."""
    token = _STAND_INS.set(types.MappingProxyType({**_STAND_INS.get(), source.id: source}))
    try:
        yield source
    finally:
        _STAND_INS.reset(token)
