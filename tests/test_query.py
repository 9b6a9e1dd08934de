"""Queries over the facts, checked against the text and the units rather than against a list."""

from __future__ import annotations

import doctest
import re

import pytest

import datong2020.query
from datong2020 import REPORT, SOURCE, DimensionError, Fact, FigureKind, Part, Qualifier, UnknownIdError, ureg
from datong2020.formatting import format_rank
from datong2020.places import PLACES, place
from datong2020.query import best_first, facts, facts_in_sentence, search, targets


def test_module_examples_run() -> None:
    assert doctest.testmod(datong2020.query).failed == 0


def test_money_query_returns_exactly_the_facts_in_yuan() -> None:
    money = facts(REPORT, dimension="[currency]")
    assert money
    assert all(fact.value.check("[currency]") for fact in money)
    assert {f.id for f in REPORT.facts if f.value.check("[currency]")} == {f.id for f in money}
    # The report writes every money figure in 元, 万元 or 亿元.
    assert all(re.search(r"(亿|万)?元$", fact.figure) for fact in money)


def test_area_query_finds_every_mu_and_square_metre_figure() -> None:
    areas = facts(REPORT, dimension="[length] ** 2")
    written = [f for f in REPORT.facts if re.search(r"(亩|平方米|平方公里)$", f.figure)]
    assert {f.id for f in areas} == {f.id for f in written}
    assert sum(f.value.to("平方米").magnitude for f in areas) > 0


def test_section_query_includes_subsections_and_respects_parts() -> None:
    review = facts(REPORT, section="review_2019")
    assert set(review) == set(facts(REPORT, part=Part.REVIEW))
    assert set(facts(REPORT, section="review_industry")) < set(review)


def test_kind_query_accepts_the_enum_or_its_value() -> None:
    assert facts(REPORT, kind="rank") == facts(REPORT, kind=FigureKind.RANK)
    assert all(f.value.check("[rank]") for f in facts(REPORT, kind="rank"))


def test_search_finds_the_hydrogen_buses_by_english_and_chinese_words() -> None:
    (buses,) = [f for f in search(REPORT, "hydrogen bus") if f.figure.endswith("辆")]
    assert buses.value == ureg.Quantity(50, "辆")
    assert buses in search(REPORT, "氢燃料")
    assert search(REPORT, "no such words anywhere") == ()


def test_search_ranks_label_matches_above_quote_matches() -> None:
    results = search(REPORT, "旅游")
    assert results
    assert "旅游" in results[0].measure.zh


def test_facts_in_a_sentence_are_every_figure_of_that_sentence() -> None:
    quote = "全市全年接待旅游人数8397万人次"
    found = facts_in_sentence(REPORT, quote)
    sentence_start = SOURCE.text.rfind("。", 0, SOURCE.locate(quote).start) + 1
    sentence = SOURCE.text[sentence_start : SOURCE.text.index("。", sentence_start)]
    written = re.findall(r"\d+(?:\.\d+)?", sentence)
    assert sorted(str(f.value.magnitude) for f in found) == sorted(written)


def test_places_are_the_ten_divisions_and_the_city() -> None:
    assert len(PLACES) == 11
    assert len({p.code for p in PLACES}) == 11
    assert all(p.code.startswith("1402") for p in PLACES)
    for p in PLACES[1:]:
        assert p.short_name in SOURCE.report_text, p.name.zh


def test_place_lookup_by_any_name_and_near_matches() -> None:
    assert place("天镇") is place("天镇县") is place("140222") is place("Tianzhen County")
    with pytest.raises(UnknownIdError, match="天镇"):
        place("天真")


def test_an_unknown_dimension_names_the_known_ones() -> None:
    with pytest.raises(DimensionError, match=r"unknown dimension '\[moneyy\]'.*known: .*\[currency\]"):
        facts(REPORT, dimension="[moneyy]")
    with pytest.raises(DimensionError, match=r"\[currency\]"):
        facts(REPORT, dimension="[curency]")


def test_ranks_sort_best_first_by_direction_bound_and_place() -> None:
    ordered = best_first(facts(REPORT, kind=FigureKind.RANK))
    assert ordered[-1].id == "national_assessment_water_rank_2018"  # 倒数第二: the one place from the bottom
    from_top = [rank for rank in ordered if not rank.from_bottom]
    assert [rank.value.magnitude for rank in from_top] == sorted(rank.value.magnitude for rank in from_top)
    # 前3 and 前三 (somewhere in the top 3, at worst third) before the exact third places (第3)
    thirds = [rank.qualifier for rank in from_top if rank.value.magnitude == 3]
    assert thirds == [Qualifier.WITHIN, Qualifier.WITHIN, Qualifier.PLAIN, Qualifier.PLAIN]
    with pytest.raises(ValueError, match="gdp_2019 is a level figure, not a rank"):
        best_first([REPORT.lookup("gdp_2019", Fact)])


@pytest.mark.parametrize(
    ("rank_id", "zh", "en"),
    [
        ("national_assessment_water_rank_2018", "倒数第2", "2nd from the bottom"),
        ("national_assessment_water_rank_2019", "前14", "within the top 14"),
        ("gdp_growth_rank_2019", "第1", "1st"),
    ],
)
def test_a_rank_is_shown_with_its_direction_and_bound(rank_id: str, zh: str, en: str) -> None:
    rank = REPORT.lookup(rank_id, Fact)
    assert (format_rank(rank, "zh"), format_rank(rank, "en")) == (zh, en)


RUNNING_TOTALS = {
    "datong_development_zone_powers_delegated_2019",  # 累计…310项
    "inland_port_foreign_trade_firms_2019",  # 先后引进…21家
    "poverty_relocation_people_2016_2019",  # “十三五”期间已完成94905人
    "poverty_relocation_completion_rate_2016_2019",
    "poverty_relocation_occupancy_rate_2016_2019",
}


def test_a_running_total_is_not_a_figure_of_the_year_it_ends_in() -> None:
    of_2019 = facts(REPORT, year=2019)
    assert REPORT["gdp_2019"] in of_2019
    assert {f.id for f in REPORT.facts if f.period.cumulative} == RUNNING_TOTALS
    assert not RUNNING_TOTALS & {f.id for f in of_2019}
    ending_2019 = {f.id for f in REPORT.facts if f.period.end.year == 2019}
    assert ending_2019 - {f.id for f in of_2019} == RUNNING_TOTALS
    assert all(t.period.within(2020) for t in targets(REPORT, year=2020))
    assert len(targets(REPORT, year=2020)) == len([t for t in REPORT.targets if t.period.end.year == 2020])
