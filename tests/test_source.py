"""The shipped text is the published report, byte for byte."""

from __future__ import annotations

import datetime
import hashlib
from importlib.resources import files

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from datong2020 import SHA256, SOURCE, Part, QuoteError, Report, Section, Span, Text
from datong2020.source import quoted_source, quoting


def test_shipped_bytes_match_the_recorded_sha256() -> None:
    raw = files("datong2020").joinpath("data").joinpath("report.txt").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == SHA256 == SOURCE.sha256


def test_text_is_the_23280_characters_the_brief_describes() -> None:
    assert len(SOURCE.text) == 23280
    assert SOURCE.text.startswith("大同市2020年政府工作报告")


def test_republisher_notice_is_the_last_line_and_outside_the_report() -> None:
    last_line = SOURCE.text.splitlines()[-1]
    assert SOURCE.republisher_notice == last_line
    assert "石墨烯网" in last_line
    assert "石墨烯网" not in SOURCE.report_text
    assert SOURCE.report_text + SOURCE.republisher_notice == SOURCE.text


def test_metadata_agrees_with_the_title_lines() -> None:
    title_line, speaker_line = SOURCE.text.splitlines()[:2]
    assert SOURCE.title.zh in title_line
    assert SOURCE.occasion.zh in title_line
    assert f"{SOURCE.delivered.year}年{SOURCE.delivered.month}月{SOURCE.delivered.day}日" in title_line
    assert SOURCE.delivered == datetime.date(2020, 4, 22)
    assert speaker_line == SOURCE.speaker.zh


def _scan(text: str, quote: str) -> tuple[int, ...]:
    starts, start = [], text.find(quote)
    while start != -1:
        starts.append(start)
        start = text.find(quote, start + 1)
    return tuple(starts)


@given(st.data())
def test_the_index_finds_what_a_scan_of_the_text_finds(data: st.DataObject) -> None:
    text = SOURCE.text
    start = data.draw(st.integers(0, len(text) - 1))
    piece = text[start : start + data.draw(st.integers(1, 40))]
    edited = data.draw(st.sampled_from([piece, piece + "了", "的" + piece, piece[::-1], "亿元,", "20", "。"]))
    assert tuple(span.start for span in SOURCE.find_all(edited)) == _scan(text, edited)


@given(
    text=st.text(alphabet="亿元增长全市的了。,%0123456789", min_size=1, max_size=400),
    pieces=st.lists(st.tuples(st.integers(0, 399), st.integers(1, 12)), min_size=1, max_size=20),
)
def test_a_text_is_searched_alike_before_and_after_its_index_is_built(
    text: str, pieces: list[tuple[int, int]]
) -> None:
    from datong2020.source import _TextIndex

    scanning, indexed = _TextIndex(text), _TextIndex(text)
    assert indexed.positions is not None  # built now, before any search
    for start, length in pieces:
        quote = text[start % len(text) :][:length]
        assert scanning.starts(quote) == indexed.starts(quote) == _scan(text, quote)


def test_the_index_is_built_once_a_text_has_been_searched_often() -> None:
    from datong2020.source import _TextIndex

    text = "".join(f"第{number}项。" for number in range(500))
    index = _TextIndex(text)
    for number in range(_TextIndex.SCANS):
        assert index.starts(f"第{number}项。") == _scan(text, f"第{number}项。")
    assert index._positions is None
    assert index.starts("第499项。") == (text.index("第499项。"),)
    assert index._positions is not None


@given(st.data())
def test_a_quote_starts_where_its_span_starts_and_both_refuse_alike(data: st.DataObject) -> None:
    text = SOURCE.text
    start = data.draw(st.integers(0, len(text) - 1))
    piece = text[start : start + data.draw(st.integers(1, 12))]
    quote = data.draw(st.sampled_from([piece, piece + "了", "。"]))
    starts = _scan(text, quote)
    if len(starts) == 1:
        assert SOURCE.start_of(quote) == SOURCE.locate(quote).start == starts[0]
        assert SOURCE.locate(quote).end == starts[0] + len(quote)
    else:
        with pytest.raises(QuoteError) as by_start:
            SOURCE.start_of(quote)
        with pytest.raises(QuoteError) as by_span:
            SOURCE.locate(quote)
        assert str(by_start.value) == str(by_span.value)
        assert ("not found" in str(by_start.value)) == (not starts)


def test_common_pieces_are_found_everywhere_they_stand() -> None:
    for piece in ("亿元,增长", "全市", "。\n", "2019年", "%"):
        assert tuple(span.start for span in SOURCE.find_all(piece)) == _scan(SOURCE.text, piece)
        assert len(SOURCE.find_all(piece)) > 1


def test_a_quote_quoting_another_text_is_checked_against_that_text() -> None:
    other = attrs.evolve(SOURCE, text="甲乙丙丁。大同市地区生产总值完成1318.8亿元。", republisher_notice="")
    with quoting(other):
        assert quoted_source() is other
        section = Section(
            id="other",
            quote="甲乙丙丁",
            section=None,
            marker="一、",
            title=Text(zh="甲", en="A"),
            part=Part.REVIEW,
        )
        with pytest.raises(QuoteError, match="not found"):
            Section(
                id="x",
                quote="2019年工作回顾",
                section=None,
                marker="一、",
                title=section.title,
                part=Part.REVIEW,
            )
    assert quoted_source() is SOURCE
    with pytest.raises(QuoteError, match="not found"):
        attrs.evolve(section)  # built again outside the block, it quotes the shipped text
    report = Report(source=other, sections=(section,), facts=(), targets=())
    assert report.span(section) == Span(start=0, end=4)
    assert report.extent(section) == Span(start=0, end=len(other.text))
    with pytest.raises(QuoteError, match="not a quote of this report's source"):
        Report(source=SOURCE, sections=(section,), facts=(), targets=())
