"""A semantic cross-check: the words around every figure, read again, against the record's fields.

The report says what kind of number a figure is in the words beside it: 增长/下降/减少/退出 (which way it
changes), 占/比重 (a share), 第N/前N/倒数/首位 (a rank, from which end, or a bound), 以上/以内/左右/近/余/突破
(a qualifier), 累计/先后 (a running total), 年内/月底前 (the deadline of its clause), and where a place
named in it stands. Each rule below reads those words in the figure's clause and derives what the
record's field should say; a record whose field says otherwise fails, unless
``datong2020.report.reviewed_readings`` lists it with the reason a reviewer accepted. And every rank,
running-total and deadline word of the text is accounted for: it speaks about a record, or it is listed
there as saying nothing about one.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable

import attrs
import pytest

from datong2020 import (
    REPORT,
    Direction,
    Fact,
    FigureKind,
    Part,
    Period,
    Project,
    Qualifier,
    RecordError,
    Target,
)
from datong2020.notation import take_apart
from datong2020.places import place
from datong2020.query import sentence_of
from datong2020.report.reviewed_readings import NOT_CUES, REVIEWED_READINGS, ReadField
from datong2020.source import Span

TEXT = REPORT.source.text
BODY_END = next(
    REPORT.span(section).start
    for section in REPORT.sections
    if section.section is None and section.part is Part.GLOSSARY
)
"""The scans read parts 一 to 三; the glossary is encoded whole, term by term."""

FIGURED: tuple[Fact | Target, ...] = (*REPORT.facts, *REPORT.targets)
FIGURES = {record.id: span for record in FIGURED if (span := REPORT.figure_span(record)) is not None}

_CLAUSE_STOPS = ",,;;。、:!?\n"


@attrs.frozen(kw_only=True)
class Words:
    """A figure's clause: the words before the figure (from the clause's start, or from the end of an
    earlier figure in it) and the words after it, to the clause's end or the next figure."""

    start: int
    figure: Span
    end: int

    @property
    def before(self) -> str:
        return TEXT[self.start : self.figure.start]

    @property
    def after(self) -> str:
        return TEXT[self.figure.end : self.end]

    def hold_before(self, span: Span) -> bool:
        return self.start <= span.start and span.end <= self.figure.start


def words_around(figure: Span) -> Words:
    start = max(TEXT.rfind(stop, 0, figure.start) for stop in _CLAUSE_STOPS) + 1
    start = max([start, *(span.end for span in FIGURES.values() if start <= span.end <= figure.start)])
    ends = [found for stop in _CLAUSE_STOPS if (found := TEXT.find(stop, figure.end)) != -1]
    end = min([*ends, len(TEXT)])
    end = min([end, *(span.start for span in FIGURES.values() if figure.end <= span.start < end)])
    return Words(start=start, figure=figure, end=end)


@attrs.frozen(kw_only=True)
class Disagreement:
    record: str
    field: ReadField
    words: str
    """The words the rule read."""
    expected: str
    found: str


# The rules -----------------------------------------------------------------------------------------

_DIRECTION = re.compile(r"(增长|增加|提高|上升)(?![到为至值的])|(下降|减少|退出|减负|降低)(?![到为至的])")
"""A verb that makes its figure a change. Not one: 增加到 (the level reached), 增加值 (value added),
增长的 (growth as a noun: 对工业增长的贡献率)."""
_SHARE = re.compile(r"占|比重|贡献率")
_GROWTH = re.compile(r"增长|下降|涨幅")
_RANK_LEADS = ("倒数第", "第", "前", "首")
_QUALIFIER_AFTER = (("以上", Qualifier.AT_LEAST), ("以内", Qualifier.WITHIN), ("左右", Qualifier.ABOUT),
                    ("余", Qualifier.EXCEED), ("多", Qualifier.EXCEED))  # fmt: skip
_QUALIFIER_BEFORE = (("近", Qualifier.NEARLY), ("突破", Qualifier.EXCEED), ("至少", Qualifier.AT_LEAST),
                     ("前", Qualifier.WITHIN))  # fmt: skip
_RUNNING_TOTAL = re.compile(r"累计|先后|截至|“十三五”期间|以来")
_STATED_STARTS = {"“十三五”期间": datetime.date(2016, 1, 1)}
"""The start a running-total word states; the others leave it unstated."""
_DEADLINE = re.compile(r"今年年底|年底前|年底|年内|\d+月底前|到\d{4}年")
_SAID_ONLY_IN_WORDS = (FigureKind.RANK, FigureKind.SHARE, FigureKind.GROWTH, FigureKind.CHANGE)
"""Kinds the words must say: a figure is not a rank, a share, a growth rate or a change without them."""


def _direction(record: Fact, words: Words) -> Disagreement | None:
    verbs = list(_DIRECTION.finditer(words.before))
    expected = None if not verbs else Direction.INCREASE if verbs[-1].group(1) else Direction.DECREASE
    if expected is record.direction:
        return None
    return Disagreement(
        record=record.id,
        field="direction",
        words=verbs[-1].group() if verbs else words.before,
        expected=str(expected and expected.value),
        found=str(record.direction and record.direction.value),
    )


def _kind_in_words(record: Fact | Target, figure: str, words: Words) -> tuple[FigureKind | None, str]:
    written = take_apart(figure)
    before = words.before
    if written.rank or before.endswith(_RANK_LEADS):
        return FigureKind.RANK, figure
    if written.unit_text == "连冠":
        return FigureKind.COUNT, figure  # N first places in a row: a count whose `of` is the rank
    if share := _SHARE.search(before):
        return FigureKind.SHARE, share.group()
    if written.unit_text == "%" and (growth := _GROWTH.search(before)):
        return FigureKind.GROWTH, growth.group()
    change = _DIRECTION.search(before)
    if change is not None and written.unit_text != "%" and isinstance(record, Fact):
        return FigureKind.CHANGE, change.group()  # only a fact has a direction to carry the verb
    return None, before


def _figure_kind(record: Fact | Target, figure: str, words: Words) -> Disagreement | None:
    expected, cue = _kind_in_words(record, figure, words)
    if expected is record.figure_kind or (expected is None and record.figure_kind not in _SAID_ONLY_IN_WORDS):
        return None
    unsaid = "not " + "/".join(kind.value for kind in _SAID_ONLY_IN_WORDS)
    return Disagreement(
        record=record.id,
        field="figure_kind",
        words=cue,
        expected=unsaid if expected is None else expected.value,
        found=str(record.figure_kind and record.figure_kind.value),
    )


def _streak_of_first_places(record: Fact) -> Disagreement | None:
    """N连冠 is N first places in a row: a count whose ``of`` is the rank it repeats, a first place."""
    if take_apart(record.figure).unit_text != "连冠":
        return None
    rank = REPORT.get(record.of) if record.of is not None else None
    if (
        isinstance(rank, Fact)
        and rank.figure_kind is FigureKind.RANK
        and rank.value.magnitude == 1
        and not rank.from_bottom
        and rank.qualifier is Qualifier.PLAIN
    ):
        return None
    return Disagreement(
        record=record.id,
        field="figure_kind",
        words=record.figure,
        expected="a count of a first place",
        found=str(record.of),
    )


def _from_bottom(record: Fact | Target, figure: str, words: Words) -> Disagreement | None:
    expected = take_apart(figure).from_bottom or words.before.endswith("倒数")
    found = isinstance(record, Fact) and record.from_bottom
    if expected == found:
        return None
    return Disagreement(
        record=record.id, field="from_bottom", words=figure, expected=str(expected), found=str(found)
    )


def _qualifier(record: Fact | Target, figure: str, words: Words) -> Disagreement | None:
    expected, cue = take_apart(figure).qualifier, figure
    if expected is Qualifier.PLAIN:  # the figure's own words (余, 近, 前N, 6.5%以上) come first
        beside = [(w, q) for w, q in _QUALIFIER_AFTER if words.after.startswith(w)]
        beside += [(w, q) for w, q in _QUALIFIER_BEFORE if words.before.endswith(w)]
        cue, expected = beside[0] if beside else (cue, expected)
    if expected is record.qualifier:
        return None
    return Disagreement(
        record=record.id, field="qualifier", words=cue, expected=expected.value, found=record.qualifier.value
    )


def _described(period: Period) -> str:
    if not period.cumulative:
        return "a period of its own"
    return f"a running total since {period.start or 'an unstated start'}"


def _period(record: Fact | Target, words: Words) -> Disagreement | None:
    """累计, 先后, “十三五”期间 make a running total; a rate of a running total may share its period."""
    found = _described(record.period)
    cue = _RUNNING_TOTAL.search(words.before)
    if cue is not None:
        expected = f"a running total since {_STATED_STARTS.get(cue.group(), 'an unstated start')}"
    elif found == "a period of its own":
        return None
    elif isinstance(record, Fact) and isinstance(linked := REPORT.get(record.of or ""), Fact):
        expected = _described(linked.period)
    else:
        expected = "a period of its own"
    if expected == found:
        return None
    return Disagreement(
        record=record.id,
        field="period",
        words=cue.group() if cue else words.before,
        expected=expected,
        found=found,
    )


def _deadline(record: Target) -> Disagreement | None:
    """A deadline word governs what follows it in its sentence, and the record whose quote holds it."""
    quote = REPORT.span(record)
    sentence = sentence_of(REPORT, quote)
    in_scope = [m for m in _DEADLINE.finditer(TEXT, sentence.start, sentence.end) if m.start() < quote.end]
    if in_scope:
        cue = in_scope[-1].group()
        if record.due is not None and cue in record.due.wording:
            return None
        found = "no deadline" if record.due is None else record.due.wording
        return Disagreement(record=record.id, field="due", words=cue, expected=f"due {cue}", found=found)
    if record.due is None:
        return None
    paragraph = TEXT[TEXT.rfind("\n", 0, quote.start) + 1 : TEXT.find("\n", quote.end)]
    if record.due.wording in paragraph:
        return None  # set later in its sentence or earlier in its paragraph ("…,6月底前全面完成")
    return Disagreement(
        record=record.id, field="due", words="", expected="no deadline", found=record.due.wording
    )


def _places(record: Fact | Target | Project) -> Disagreement | None:
    """A place named in an item before 等 ("左云县三屯村夏都等8家") is where one example is, not where the
    counted whole, or the thing named after 等, is."""
    quote = REPORT.span(record)
    if isinstance(record, Project):
        anchor = quote.start + record.quote.index(record.name.zh)
    elif record.id in FIGURES:
        anchor = FIGURES[record.id].start
    else:
        return None
    examples = []
    for place_id in record.places:
        named = [m.start() for m in re.finditer(place(place_id).short_name, TEXT[quote.start : quote.end])]
        if named and all("等" in TEXT[quote.start + at : anchor] for at in named):
            examples.append(place_id)
    if not examples:
        return None
    return Disagreement(
        record=record.id,
        field="places",
        words=TEXT[quote.start : anchor],
        expected=f"not {', '.join(examples)}",
        found=", ".join(record.places),
    )


def disagreements(records: Iterable[Fact | Target | Project]) -> list[Disagreement]:
    found: list[Disagreement | None] = []
    for record in records:
        found.append(_places(record))
        if isinstance(record, Target):
            found.append(_deadline(record))
        if isinstance(record, Project) or record.figure is None:
            continue
        figure, words = record.figure, words_around(FIGURES[record.id])
        found += [_figure_kind(record, figure, words), _from_bottom(record, figure, words)]
        found += [_qualifier(record, figure, words), _period(record, words)]
        if isinstance(record, Fact):
            found += [_direction(record, words), _streak_of_first_places(record)]
    return [disagreement for disagreement in found if disagreement is not None]


# The scans: every cue word of the text is accounted for ------------------------------------------

_N = r"(?:\d+|[一二三四五六七八九十百两]+)"
_RANK_PHRASE = re.compile(
    rf"倒数第\n?{_N}(?:位次|位|名)?|第\n?{_N}(?:位次|位|名)?|前{_N}(?:位次|位|名)?|首位|{_N}连冠"
)


def _cues(pattern: re.Pattern[str]) -> list[tuple[Span, str]]:
    return [(Span(start=m.start(), end=m.end()), m.group()) for m in pattern.finditer(TEXT, 0, BODY_END)]


def _not_cues() -> dict[Span, str]:
    spans = {}
    for exclusion in NOT_CUES:
        quote = REPORT.source.locate(exclusion.quote)
        assert exclusion.quote.count(exclusion.cue) == 1, exclusion
        start = quote.start + exclusion.quote.index(exclusion.cue)
        spans[Span(start=start, end=start + len(exclusion.cue))] = exclusion.cue
    return spans


NOT_CUE_SPANS = _not_cues()


def unaccounted_ranks(records: Iterable[Fact | Target]) -> list[str]:
    ranks = [
        FIGURES[record.id]
        for record in records
        if record.figure is not None
        and (record.figure_kind is FigureKind.RANK or take_apart(record.figure).unit_text == "连冠")
    ]
    return [
        f"{phrase!r} at {span.start}"
        for span, phrase in _cues(_RANK_PHRASE)
        if not any(span.overlaps(rank) for rank in ranks) and span not in NOT_CUE_SPANS
    ]


def unaccounted_running_totals(records: Iterable[Fact | Target]) -> list[str]:
    clauses = [words_around(FIGURES[r.id]) for r in records if r.id in FIGURES and r.period.cumulative]
    return [
        f"{cue!r} at {span.start}"
        for span, cue in _cues(_RUNNING_TOTAL)
        if not any(clause.hold_before(span) for clause in clauses) and span not in NOT_CUE_SPANS
    ]


def unaccounted_deadlines(records: Iterable[Target | Project]) -> list[str]:
    due = [(REPORT.span(record), record.due.wording) for record in records if record.due is not None]
    return [
        f"{cue!r} at {span.start}"
        for span, cue in _cues(_DEADLINE)
        if not any(cue in wording and sentence_of(REPORT, span).overlaps(quote) for quote, wording in due)
        and span not in NOT_CUE_SPANS
    ]


# The tests -----------------------------------------------------------------------------------------

DISAGREEMENTS = disagreements((*FIGURED, *REPORT.projects))
REVIEWED = {(reading.record, reading.field) for reading in REVIEWED_READINGS}


def test_every_disagreement_with_the_words_is_a_reviewed_reading() -> None:
    unreviewed = [d for d in DISAGREEMENTS if (d.record, d.field) not in REVIEWED]
    assert not unreviewed, "\n".join(map(str, unreviewed))


def test_every_reviewed_reading_is_a_disagreement_the_rules_find() -> None:
    found = {(d.record, d.field) for d in DISAGREEMENTS}
    assert found >= REVIEWED, REVIEWED - found
    assert len(REVIEWED) == len(REVIEWED_READINGS)
    for reading in REVIEWED_READINGS:
        assert reading.reason.zh.strip()
        assert reading.reason.en.strip()


def test_every_rank_phrase_is_a_rank_record_or_listed_as_not_a_rank() -> None:
    assert not unaccounted_ranks(FIGURED)


def test_every_running_total_word_gives_a_cumulative_period_or_is_listed() -> None:
    assert not unaccounted_running_totals(FIGURED)


def test_every_deadline_word_is_a_deadline_of_its_sentence_or_is_listed() -> None:
    assert not unaccounted_deadlines([*REPORT.targets, *REPORT.projects])


def test_every_word_listed_as_not_a_cue_is_one_the_scans_find_and_nothing_else_accounts_for() -> None:
    assert len(NOT_CUE_SPANS) == len(NOT_CUES)
    found = {span for pattern in (_RANK_PHRASE, _RUNNING_TOTAL, _DEADLINE) for span, _ in _cues(pattern)}
    assert set(NOT_CUE_SPANS) <= found
    ranks = [FIGURES[r.id] for r in FIGURED if r.figure_kind is FigureKind.RANK]
    assert not [span for span in NOT_CUE_SPANS if any(span.overlaps(rank) for rank in ranks)]


# What the cross-check found in the data before issue 14 was resolved: the cases of the issue, put back.


def _as_before(record_id: str, **fields: object) -> Fact | Target | Project:
    return attrs.evolve(REPORT[record_id], **fields)  # type: ignore[misc, type-var]


BEFORE_ISSUE_14 = [
    (_as_before("coal_capacity_retired_2019", figure_kind=FigureKind.LEVEL, direction=None), "direction"),
    (_as_before("coal_capacity_retired_2019", figure_kind=FigureKind.LEVEL, direction=None), "figure_kind"),
    (_as_before("datong_development_zone_powers_delegated_2019", period=Period.year(2019)), "period"),
    (_as_before("inland_port_foreign_trade_firms_2019", period=Period.year(2019)), "period"),
    (_as_before("poverty_relocation_people_2016_2019", period=Period.years(2016, 2019)), "period"),
    (_as_before("smart_factory_demonstrations_2020", due=None), "due"),
    (_as_before("great_wall_households", places=("zuoyun",)), "places"),
    (_as_before("great_wall_household_operators_2019", places=("zuoyun",)), "places"),
]


@pytest.mark.parametrize(("record", "field"), BEFORE_ISSUE_14, ids=lambda value: getattr(value, "id", value))
def test_the_cross_check_finds_what_the_records_said_before(
    record: Fact | Target | Project, field: ReadField
) -> None:
    assert field in {d.field for d in disagreements([record])}


def test_the_model_refuses_the_ranks_as_they_were_before() -> None:
    for record_id, fields in [
        ("national_assessment_water_rank_2018", {"from_bottom": False}),  # 倒数第二 read as second
        ("national_assessment_water_rank_2019", {"qualifier": Qualifier.PLAIN}),  # 前14名 read as 14th
        ("headline_top_places", {"figure": "3位次", "qualifier": Qualifier.PLAIN}),  # 前3位次 as a plain 3
    ]:
        with pytest.raises(RecordError):
            _as_before(record_id, **fields)


def test_the_scan_finds_a_rank_phrase_without_its_record() -> None:
    without = [r for r in FIGURED if r.id != "preschool_public_benefit_rate_rank_2019"]
    assert unaccounted_ranks(without) == [f"'首位' at {TEXT.index('居全省首位') + 3}"]
