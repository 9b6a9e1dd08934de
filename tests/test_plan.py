"""Part 二's targets, deadlines, projects and long-range goals, checked against the text and arithmetic."""

from __future__ import annotations

import calendar
import datetime
import math
import re

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from datong2020 import REPORT, Project, Qualifier, Section, Target, required_growth, required_growth_for, ureg
from datong2020.query import due_by, projects, quantities

DUE = [record for record in (*REPORT.targets, *REPORT.projects) if record.due is not None]


@pytest.mark.parametrize("record", DUE, ids=lambda record: record.id)
def test_a_deadline_is_worded_in_its_section_and_its_date_follows_the_words(record: Target | Project) -> None:
    assert record.due is not None and record.section is not None  # noqa: PT018
    extent = REPORT.extent(REPORT.lookup(record.section, Section))
    assert record.due.wording in REPORT.source.text[extent.start : extent.end]
    wording, end = record.due.wording, record.due.end
    if re.search(r"年内|年底|今年", wording) and not re.search(r"\d{4}年|\d+月\d+日", wording):
        assert end == datetime.date(2020, 12, 31)
    if month := re.search(r"(\d+)月底前", wording):
        assert end == datetime.date(
            2020, int(month.group(1)), calendar.monthrange(2020, int(month.group(1)))[1]
        )
    if year := re.search(r"到(\d{4})年", wording):
        assert end == datetime.date(int(year.group(1)), 12, 31)
    for milestone in record.due.milestones:
        assert f"{milestone.month}月{milestone.day}日" in wording
        assert milestone <= end


@given(st.dates(min_value=datetime.date(2020, 1, 1), max_value=datetime.date(2040, 12, 31)))
def test_due_by_is_everything_with_a_deadline_on_or_before_the_day(day: datetime.date) -> None:
    found = due_by(REPORT, day)
    assert {r.id for r in found} == {r.id for r in DUE if r.due is not None and r.due.end <= day}
    ends = [r.due.end for r in found if r.due is not None]
    assert ends == sorted(ends)


def test_the_end_of_june_deadlines_are_the_poverty_clearances() -> None:
    june = due_by(REPORT, datetime.date(2020, 6, 30))
    assert june
    assert all(r.due is not None and r.due.wording.endswith("6月底前") for r in june)


@pytest.mark.parametrize("target", [t for t in REPORT.targets if t.qualifier is Qualifier.BETWEEN], ids=str)
def test_a_range_writes_both_its_ends(target: Target) -> None:
    assert target.figure is not None and target.value is not None and target.upper is not None  # noqa: PT018
    low, high = re.findall(r"\d+", target.figure)[:2]
    assert (target.value.magnitude, target.upper.magnitude) == (int(low), int(high))
    assert target.value < target.upper


def test_the_2035_gdp_goal_needs_the_growth_that_compounds_to_it() -> None:
    (goal,) = [t for t in REPORT.targets if t.base == "gdp_2019" and t.period.start.year == 2035]
    required = required_growth_for(goal, REPORT)
    assert required is not None and goal.value is not None  # noqa: PT018
    assert (required.base_year, required.goal_year, required.years) == (2019, 2035, 16)
    base = REPORT.lookup("gdp_2019", type(REPORT.facts[0])).value
    grown = base * (1 + required.rate.to("dimensionless").magnitude) ** required.years
    assert math.isclose(grown.to("亿元").magnitude, goal.value.to("亿元").magnitude, rel_tol=1e-12)


positive = st.floats(min_value=0.01, max_value=1e6, allow_nan=False)


@given(positive, st.floats(min_value=0.01, max_value=100), st.integers(min_value=1, max_value=50))
def test_applying_the_required_rate_for_the_stated_years_reproduces_the_goal(
    base: float, ratio: float, years: int
) -> None:
    # Goals from a hundredth to a hundred times their base, as a report's goals are; a goal of nearly
    # nothing would only measure the float cancellation in 1 + rate.
    goal = base * ratio
    rate = required_growth(ureg.Quantity(base, "亿元"), ureg.Quantity(goal, "亿元"), years)
    assert rate.units == ureg.percent
    assert math.isclose(base * (1 + rate.magnitude / 100) ** years, goal, rel_tol=1e-9)


@given(positive, positive, st.integers(min_value=1, max_value=50))
def test_required_growth_does_not_depend_on_the_unit(base: float, goal: float, years: int) -> None:
    in_yi = required_growth(ureg.Quantity(base, "亿元"), ureg.Quantity(goal, "亿元"), years)
    in_yuan = required_growth(ureg.Quantity(base, "亿元").to("元"), ureg.Quantity(goal, "亿元"), years)
    assert math.isclose(in_yi.magnitude, in_yuan.magnitude, rel_tol=1e-9, abs_tol=1e-12)


def test_a_goal_must_lie_after_its_base() -> None:
    with pytest.raises(ValueError, match="after its base"):
        required_growth(ureg.Quantity(1, "亿元"), ureg.Quantity(2, "亿元"), 0)


def test_every_programme_has_its_tasks_and_its_projects_sit_inside_it() -> None:
    programmes = [s for s in REPORT.sections if s.marker.startswith("(")]
    assert len(programmes) == 10
    for programme in programmes:
        tasks = [s for s in REPORT.sections if s.section == programme.id]
        assert len(tasks) >= 3, programme.id
        extent = REPORT.extent(programme)
        for project in projects(REPORT, section=programme.id):
            assert REPORT.span(project) in extent


def test_projects_touching_a_place_name_that_place_or_list_it() -> None:
    hunyuan = projects(REPORT, place="浑源")
    assert hunyuan
    for project in hunyuan:
        assert "hunyuan" in project.places


def test_power_capacities_are_all_in_units_of_power() -> None:
    power = quantities(REPORT, "[power]")
    assert {r.kind for r in power} == {"fact", "target"}
    assert all(r.value is not None and r.value.check("[power]") for r in power)
    written = [
        r for r in (*REPORT.facts, *REPORT.targets) if r.figure and re.search(r"(千瓦|兆瓦|GW)$", r.figure)
    ]
    assert {r.id for r in written} == {r.id for r in power}


def test_targets_that_continue_a_2019_fact_measure_the_same_kind_of_thing() -> None:
    for target in REPORT.targets:
        base = REPORT.base_of(target)
        if base is None or target.value is None or target.figure_kind is None:
            continue
        if target.figure_kind.value == "growth":
            assert base.figure_kind.value in {"level", "count"}, target.id
        else:
            assert base.value.dimensionality == target.value.dimensionality, target.id


def test_a_project_knows_the_quantities_the_report_attaches_to_it() -> None:
    wind = REPORT.lookup("jinbei_wind_base", Project)
    assert [f.figure for f in REPORT.facts_about(wind)] == ["39万千瓦"]
    assert "200万千瓦" in [t.figure for t in REPORT.targets_about(wind)]
    for project in REPORT.projects:
        for target in REPORT.targets_about(project):
            assert project.id in (*target.about, *target.members)


def test_a_target_listing_something_other_than_a_project_is_refused_by_its_field_name() -> None:
    target = next(t for t in REPORT.targets if t.members)
    broken = attrs.evolve(target, members=("gdp_2019",))
    with pytest.raises(ValueError, match=r"\.members = 'gdp_2019' should name a project, but names a fact"):
        attrs.evolve(REPORT, targets=tuple(broken if t is target else t for t in REPORT.targets))
