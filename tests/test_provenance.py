"""Every encoded object can be traced to the one place in the text it came from."""

from __future__ import annotations

import attrs
import pytest

from datong2020 import REPORT, SOURCE, Fact, Quirk, QuoteError, Section, Target, ureg
from datong2020.model import ID_PATTERN

RECORDS = {record.id: record for record in REPORT}
FIGURED = {r.id: r for r in RECORDS.values() if isinstance(r, Fact | Target) and r.figure is not None}


@pytest.mark.parametrize("record_id", RECORDS)
def test_quote_occurs_exactly_once_and_span_slices_back_to_it(record_id: str) -> None:
    record = RECORDS[record_id]
    text = REPORT.document(record.document)  # the primary report, or the context document it quotes
    span = REPORT.span(record)
    assert text.text[span.start : span.end] == record.quote
    assert len(text.find_all(record.quote)) == 1


@pytest.mark.parametrize("record_id", FIGURED)
def test_figure_is_written_once_inside_its_quote(record_id: str) -> None:
    record = FIGURED[record_id]
    figure_span = REPORT.figure_span(record)
    assert figure_span is not None
    assert REPORT.document(record.document).text[figure_span.start : figure_span.end] == record.figure
    assert figure_span in REPORT.span(record)


@pytest.mark.parametrize("record_id", FIGURED)
def test_a_value_other_than_the_figures_number_is_refused(record_id: str) -> None:
    # The record checks its value against its figure when built; this proves the check sees every
    # encoded figure, by moving each value off the written number and back.
    record = FIGURED[record_id]
    assert record.value is not None
    assert attrs.evolve(record) == record
    moved = ureg.Quantity(record.value.magnitude + 1, record.value.units)
    with pytest.raises(ValueError, match="is not the number the figure"):
        attrs.evolve(record, value=moved)


@pytest.mark.parametrize("record_id", [r.id for r in REPORT if r.section is not None])
def test_object_sits_inside_the_extent_of_its_section(record_id: str) -> None:
    record = RECORDS[record_id]
    assert record.section is not None
    section = REPORT.lookup(record.section, Section)
    assert REPORT.span(record) in REPORT.extent(section)


def test_sections_appear_in_the_order_of_the_text() -> None:
    starts = [REPORT.span(section).start for section in REPORT.sections]
    assert starts == sorted(starts)


def test_every_part_is_a_top_level_section_and_nothing_else_is() -> None:
    parts = [s for s in REPORT.sections if s.section is None]
    assert [p.id for p in parts] == ["review_2019", "plan_2020", "self_building", "glossary"]
    assert len({s.part for s in parts}) == 4


def test_ids_are_snake_case_and_unique() -> None:
    ids = [record.id for record in REPORT]
    assert len(ids) == len(set(ids)) == len(REPORT)
    assert all(ID_PATTERN.fullmatch(id_) for id_ in ids)


@pytest.mark.parametrize("quirk", REPORT.quirks, ids=lambda quirk: quirk.id)
def test_quirks_quote_every_place_they_involve(quirk: Quirk) -> None:
    for quote in (quirk.quote, *quirk.also):
        assert len(REPORT.document(quirk.document).find_all(quote)) == 1


def test_known_quirks_are_real() -> None:
    assert "全省第\n一" in SOURCE.text
    assert SOURCE.text.count("要突出抓好三大重点。") == 2
    assert "五水同治" in SOURCE.text
    assert "五水共治" in SOURCE.text


def test_an_absent_or_repeated_quote_is_refused_by_name() -> None:
    with pytest.raises(QuoteError, match="not found"):
        SOURCE.locate("地区生产总值完成1318.9亿元")
    with pytest.raises(QuoteError, match="2 times"):
        SOURCE.locate("要突出抓好三大重点。")
