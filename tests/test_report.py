"""Looking objects up, and what the model refuses."""

from __future__ import annotations

import attrs
import pytest

import datong2020
from datong2020 import (
    REPORT,
    Brand,
    DimensionError,
    Fact,
    FigureKind,
    Period,
    Qualifier,
    RecordError,
    Section,
    Target,
    Text,
    UnknownIdError,
)
from datong2020.report.plan.targets import GDP_GROWTH_TARGET_2020
from datong2020.report.review.headline import GDP_2019


def test_named_imports_are_the_objects_reachable_by_id() -> None:
    assert REPORT["gdp_2019"] is GDP_2019
    assert REPORT.lookup("gdp_growth_target_2020", Target) is GDP_GROWTH_TARGET_2020
    assert REPORT.base_of(GDP_GROWTH_TARGET_2020) is GDP_2019


def test_unknown_id_suggests_near_matches() -> None:
    with pytest.raises(UnknownIdError) as raised:
        REPORT["gdp_2018"]
    assert "gdp_2019" in raised.value.suggestions
    assert "did you mean 'gdp_2019'" in str(raised.value)
    assert isinstance(raised.value, KeyError)
    assert REPORT.get("gdp_2018") is None
    assert "gdp_2019" in REPORT
    assert "gdp_2018" not in REPORT


def test_lookup_by_kind_refuses_the_wrong_kind() -> None:
    with pytest.raises(TypeError, match="is a fact, not a section"):
        REPORT.lookup("gdp_2019", Section)


def test_outline_runs_from_the_part_down() -> None:
    assert [s.id for s in REPORT.outline(GDP_2019)] == ["review_2019", "review_headline"]
    assert REPORT.part(GDP_GROWTH_TARGET_2020).value == "plan"


def test_records_are_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        GDP_2019.figure = "1400亿元"  # type: ignore[misc]


def _fact(**changes: object) -> Fact:
    fields: dict[str, object] = {
        "id": "probe",
        "quote": "全年退出煤炭落后产能135万吨",
        "section": "review_headline",
        "figure": "135万吨",
        "figure_kind": FigureKind.LEVEL,
        "period": Period.year(2019),
        "measure": Text(zh="测试", en="probe"),
    }
    return Fact(**(fields | changes))  # type: ignore[arg-type]


def test_a_figure_of_the_wrong_dimension_for_its_kind_is_refused_by_name() -> None:
    with pytest.raises(DimensionError, match=r"probe: the growth figure '135万吨'.*dimensionless"):
        _fact(figure_kind=FigureKind.GROWTH)


def test_ids_must_be_snake_case() -> None:
    with pytest.raises(ValueError, match="not a snake_case id"):
        _fact(id="GDP 2019")


def test_a_report_refuses_duplicate_ids_and_dangling_links() -> None:
    with pytest.raises(ValueError, match="duplicate id 'gdp_2019'"):
        attrs.evolve(REPORT, facts=(*REPORT.facts, GDP_2019))
    with pytest.raises(ValueError, match=r"probe\.of = 'nowhere'"):
        attrs.evolve(REPORT, facts=(*REPORT.facts, _fact(of="nowhere")))


def test_a_brand_is_not_a_project_and_keeps_its_id_and_its_figures() -> None:
    brand = REPORT.lookup("datong_good_grain", Brand)  # “大同好粮”: a brand the report promotes
    assert brand.kind == "brand"
    assert brand not in REPORT.projects
    assert brand in REPORT.projects_and_brands
    assert [fact.id for fact in REPORT.facts_about(brand)] == ["datong_good_grain_sales_2019"]
    dangling = r"probe\.about = 'review_headline' should name a project or a brand"
    with pytest.raises(ValueError, match=dangling):
        attrs.evolve(REPORT, facts=(*REPORT.facts, _fact(about=("review_headline",))))


def test_signed_value_applies_the_reports_verb() -> None:
    decline = REPORT.lookup("energy_intensity_decline_2019", Fact)
    assert decline.signed_value.magnitude == -decline.value.magnitude


def test_public_api_is_importable_from_the_top() -> None:
    for name in datong2020.__all__:
        assert hasattr(datong2020, name), name


def test_records_are_hashable_and_equal_records_hash_alike() -> None:
    assert len({*REPORT.facts, *REPORT.facts}) == len(REPORT.facts)
    assert hash(attrs.evolve(GDP_2019)) == hash(GDP_2019)
    assert attrs.evolve(GDP_2019) == GDP_2019


def test_a_rank_holds_its_direction_and_bound_to_its_figure_both_ways() -> None:
    from_bottom = REPORT.lookup("national_assessment_water_rank_2018", Fact)
    within = REPORT.lookup("national_assessment_water_rank_2019", Fact)
    exact = REPORT.lookup("gdp_growth_rank_2019", Fact)
    assert from_bottom.from_bottom
    assert from_bottom.value.magnitude == 2
    assert within.qualifier is Qualifier.WITHIN
    assert not within.from_bottom
    refused: list[tuple[Fact, dict[str, object], str, str]] = [
        (from_bottom, {"from_bottom": False}, "from_bottom", "'倒数第二' counts from the bottom"),
        (exact, {"from_bottom": True}, "from_bottom", "'第1' does not count from the bottom"),
        (within, {"qualifier": Qualifier.PLAIN}, "qualifier", "qualified WITHIN"),
        (exact, {"qualifier": Qualifier.WITHIN}, "qualifier", "qualified PLAIN"),
        (within, {"figure_kind": FigureKind.COUNT}, "figure_kind", "is written as a rank"),
    ]
    for record, changes, field, message in refused:
        with pytest.raises(RecordError, match=message) as raised:
            attrs.evolve(record, **changes)  # type: ignore[misc]
        assert raised.value.field == field


def test_a_rank_is_written_as_one() -> None:
    with pytest.raises(RecordError, match="'3位次' is not written as a rank") as raised:
        _fact(quote="有5个居全省前3位次", figure="3位次", figure_kind=FigureKind.RANK)
    assert raised.value.field == "figure_kind"
    first = _fact(quote="学前教育普惠率达到88%,居全省首位", figure="首位", figure_kind=FigureKind.RANK)
    assert first.value.magnitude == 1
    assert not first.from_bottom


def test_a_period_is_a_running_total_where_the_report_says_so() -> None:
    delegated = REPORT.lookup("datong_development_zone_powers_delegated_2019", Fact)  # 累计…310项
    relocated = REPORT.lookup("poverty_relocation_people_2016_2019", Fact)  # “十三五”期间已完成94905人
    assert delegated.period == Period.cumulative_to(2019)
    assert delegated.period.start is None
    assert delegated.period.label == "…–2019, cumulative"
    assert relocated.period == Period.cumulative_to(2019, since=2016)
    assert relocated.period.label == "2016–2019, cumulative"
    assert not delegated.period.within(2019)
    assert not relocated.period.within(2019)
    assert Period.year(2019).within(2019)
    assert sorted([Period.year(2019), delegated.period]) == [delegated.period, Period.year(2019)]
    with pytest.raises(ValueError, match="only a cumulative period"):
        Period(start=None, end=delegated.period.end)
