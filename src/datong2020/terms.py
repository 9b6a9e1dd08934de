"""The report's numbered slogans and coined terms, looked up the ways a reader needs.

``datong2020.glossary`` is a :class:`Glossary` over every encoded :class:`~datong2020.model.Term`:

    >>> from datong2020 import glossary
    >>> glossary["六稳"].english.en
    'stability on six fronts'
    >>> glossary["五水共治"].id                      # the body's spelling of the glossary's 五水同治
    'five_waters_governance'
    >>> [term.term for term in glossary.search("stability")][:1]
    ['六稳']
    >>> glossary["“1310”兴医工程"] is glossary["1310兴医工程"]  # with or without the report's quotation marks
    True
    >>> [section.id for section in glossary.sections_of(glossary["四大重点"])][:2]
    ['innovation_ecosystem_platforms', 'innovation_ecosystem_firms']
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterator

import attrs

from .displayable import Displayable
from .errors import UnknownIdError
from .model import Fact, Record, Report, Section, Target, Term
from .query import sentence_of
from .ranking import MAX_QUERY_LENGTH, rank
from .records import Records
from .source import Span
from .text import Text

__all__ = ["Glossary"]

_QUOTATION_MARKS = str.maketrans("", "", "“”‘’\"'")


def _spelling(key: str) -> str:
    """A key as the glossary files it: without quotation marks. The report sets them around a term
    (“六稳”) or inside it (“1310”兴医工程, 五个“十字大街”), and a reader may copy them or not."""
    return key.translate(_QUOTATION_MARKS)


@attrs.frozen(repr=False)
class Glossary(Displayable):
    """Every term of the report, by its Chinese spelling (or a variant), its id, or English words."""

    report: Report = attrs.field(repr=False)
    _by_key: dict[str, Term] = attrs.field(init=False, repr=False, eq=False)
    _figure_spans: tuple[Span, ...] = attrs.field(init=False, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_figure_spans", self.report.figure_spans())
        keys: dict[str, Term] = {}
        for term in self.report.terms:
            for key in (term.term, *term.variants, term.id):
                keys.setdefault(_spelling(key), term)
        object.__setattr__(self, "_by_key", keys)

    def __iter__(self) -> Iterator[Term]:
        return iter(self.report.terms)

    def __len__(self) -> int:
        return len(self.report.terms)

    def __contains__(self, key: object) -> bool:
        return self.get(key) is not None  # type: ignore[arg-type]

    def get(self, key: str) -> Term | None:
        """The term with this spelling, variant or id (quotation marks ignored), or None for any other
        key, of any type."""
        return self._by_key.get(_spelling(key)) if isinstance(key, str) else None

    def all(self, spelling: str) -> Records[Term]:
        """Every term written this way: the report uses 两山 for two different things."""
        wanted = _spelling(spelling)
        return Records(
            term
            for term in self.report.terms
            if wanted in {_spelling(key) for key in (term.term, *term.variants, term.id)}
        )

    def __getitem__(self, key: str) -> Term:
        """A term by its spelling in the report, a variant spelling, or its id, with or without quotation
        marks; near matches if unknown. Where one spelling names two terms (两山), the first in the
        report's order; see :meth:`all`."""
        term = self.get(key)
        if term is None:
            plausible = isinstance(key, str) and len(key) <= MAX_QUERY_LENGTH
            near = difflib.get_close_matches(key, self._by_key, n=5, cutoff=0.4) if plausible else []
            raise UnknownIdError(key, near)
        return term

    def search(self, words: str) -> Records[Term]:
        """Terms whose English or Chinese (term, members, note) contains every word, best first: the term
        and its English weigh 4, its members 2, its note 1 (:mod:`datong2020.ranking`)."""
        return Records(rank(self.report.terms, words, _labels))

    def members_of(self, term: Term | str) -> tuple[Text, ...]:
        """Everything a term stands for, through its parts: 四为四高两同步 is 四为's four members, then
        四高's four, then 两同步's two. ``term`` is a Term or any key ``glossary[…]`` takes."""
        found = term if isinstance(term, Term) else self[term]
        members: list[Text] = []
        pending = [found]
        seen: set[str] = set()
        while pending:
            current = pending.pop(0)
            if current.id in seen:  # parts are checked to be terms, not to be free of cycles
                continue
            seen.add(current.id)
            members += current.members
            pending[:0] = [self.report.term(part) for part in current.parts]
        return tuple(members)

    def by_pinyin(self, pinyin: str) -> Term:
        """A term by its pinyin, without tones or spaces ("liuwen" or "liu wen" for 六稳).

        Needs the optional ``pinyin`` extra (``pip install "datong2020[pinyin]"``).
        """
        try:
            from pypinyin import lazy_pinyin
        except ModuleNotFoundError as missing:
            raise ModuleNotFoundError(
                'pinyin lookup needs the optional extra: pip install "datong2020[pinyin]"'
            ) from missing
        wanted = re.sub(r"[^a-z]", "", pinyin.lower())
        spelled = {
            "".join(lazy_pinyin(key)).lower(): term for key, term in self._by_key.items() if key != term.id
        }
        if wanted in spelled:
            return spelled[wanted]
        raise UnknownIdError(pinyin, difflib.get_close_matches(wanted, spelled, n=5, cutoff=0.6))

    def uses(self, term: Term) -> tuple[Span, ...]:
        """Every place the report writes the term (or a variant), in text order, leaving out places where
        it is only part of something longer that is encoded: a longer term ("两山" inside "两山七河一流域",
        "十大产业" inside "农产品精深加工十大产业集群") or a figure ("136" in "136辆"). A project's name
        counts: the abbreviation in 上海漕河泾国际双创园 is the 双创 the glossary explains."""
        spellings = (term.term, *term.variants)
        text = self.report.source.report_text
        spans = sorted(
            Span(start=m.start(), end=m.end())
            for spelling in spellings
            for m in re.finditer(re.escape(spelling), text)
        )
        longer_names = [
            spelling
            for other in self.report.terms
            for spelling in (other.term, *other.variants)
            if spelling not in spellings and any(mine in spelling for mine in spellings)
        ]
        enclosing = [span for name in longer_names for span in self.report.source.find_all(name)]
        enclosing += self._figure_spans
        return tuple(
            span
            for span in spans
            if not any(
                span in outer and (outer.start, outer.end) != (span.start, span.end) for outer in enclosing
            )
        )

    def sections_of(self, term: Term) -> Records[Section]:
        """The sections whose headings are the term's members, in the members' order: for a phrase the
        report explains by the tasks that follow it (四大重点 → 建好创新平台 … 培育创新文化, the four
        tasks of programme (三)), those tasks. Empty unless every member is a heading."""
        by_title = {section.title.zh: section for section in self.report.sections}
        headed = Records(by_title[member.zh] for member in term.members if member.zh in by_title)
        return headed if term.members and len(headed) == len(term.members) else Records(())

    def counted_by(self, term: Term) -> Records[Fact | Target]:
        """The facts and targets whose figure is the numeral of one of the term's uses: 五大开发区 →
        the target that counts the five zones and links their projects."""
        uses = self.uses(term)
        records: list[Fact | Target] = [*self.report.facts, *self.report.targets]
        return Records(
            record
            for record in records
            if (figure := self.report.figure_span(record)) is not None and any(figure in use for use in uses)
        )

    def terms_in(self, record: Record) -> Records[Term]:
        """The terms used in the sentence a record was quoted from."""
        sentence = sentence_of(self.report, self.report.span(record))
        return Records(
            term for term in self.report.terms if any(use.overlaps(sentence) for use in self.uses(term))
        )


def _labels(term: Term) -> dict[str, int]:
    return {
        term.english.en.lower(): 4,
        term.term: 4,
        " ".join(m.en.lower() for m in term.members): 2,
        " ".join(m.zh for m in term.members): 2,
        "" if term.note is None else f"{term.note.en.lower()} {term.note.zh}": 1,
    }
