"""The researcher's API: typed look-ups, filters by period, year and deadline, a term's members through
its parts, and each growth target beside last year's growth."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest

from datong2020 import REPORT, Fact, FigureKind, Period, Records, Target, Term, glossary, growth_steps
from datong2020.errors import UnknownIdError
from datong2020.query import facts, projects, targets


def test_typed_look_ups_return_their_kind_or_say_what_the_id_is() -> None:
    assert isinstance(REPORT.fact("gdp_2019"), Fact)
    assert isinstance(REPORT.target("gdp_growth_target_2020"), Target)
    assert REPORT.section("plan_targets").title.zh == "主要预期目标"
    assert REPORT.project(REPORT.projects[0].id) is REPORT.projects[0]
    assert isinstance(REPORT.term("four_priorities_four_highs_two_in_step"), Term)
    assert REPORT.quirk(REPORT.quirks[0].id) is REPORT.quirks[0]
    with pytest.raises(TypeError, match="'gdp_2019' is a fact, not a target"):
        REPORT.target("gdp_2019")
    with pytest.raises(UnknownIdError):
        REPORT.fact("gdp_2018")


def test_year_selects_the_figures_of_that_year_alone_and_the_targets_due_in_it() -> None:
    of_2019 = facts(REPORT, year=2019)
    assert isinstance(of_2019, Records)
    assert of_2019 == tuple(fact for fact in REPORT.facts if fact.period.within(2019))
    running = [fact for fact in REPORT.facts if fact.period.end.year == 2019 and fact not in of_2019]
    assert running  # running totals ending in 2019 (累计, 先后, “十三五”期间) are not 2019 figures
    assert all(fact.period.cumulative or fact.period.start.year < 2019 for fact in running)
    assert len(targets(REPORT, year=2020)) == sum(target.period.end.year == 2020 for target in REPORT.targets)
    assert {target.period.label for target in targets(REPORT, year=2035)} == {"2035"}


def test_period_selects_an_exact_period() -> None:
    whole_2019 = facts(REPORT, period=Period.year(2019))
    assert whole_2019 == tuple(fact for fact in REPORT.facts if fact.period == Period.year(2019))
    assert len(whole_2019) < len(REPORT.facts)


def test_due_by_selects_deadlines_on_or_before_a_day() -> None:
    day = datetime.date(2020, 6, 30)
    due = targets(REPORT, due_by=day)
    assert due == tuple(
        target for target in REPORT.targets if target.due is not None and target.due.end <= day
    )
    assert len(due) > 0
    assert projects(REPORT, due_by=day) == tuple(
        project for project in REPORT.projects if project.due is not None and project.due.end <= day
    )
    assert targets(REPORT, year=2020, kind="growth", due_by=datetime.date(2020, 12, 31)) == tuple(
        target
        for target in REPORT.targets
        if target.figure_kind is FigureKind.GROWTH
        and target.due is not None
        and target.period.end.year == 2020
    )


def test_a_term_s_members_are_flattened_through_its_parts() -> None:
    composite = glossary["四为四高两同步"]
    expected = [member for part in composite.parts for member in REPORT.term(part).members]
    assert list(glossary.members_of(composite)) == expected
    assert [member.zh for member in glossary.members_of("四为四高两同步")][:2] == ["转型为纲", "项目为王"]
    assert len(glossary.members_of("四为四高两同步")) == 4 + 4 + 2
    assert glossary.members_of("六稳") == glossary["六稳"].members


def test_each_growth_target_stands_beside_last_year_s_growth() -> None:
    steps = growth_steps(REPORT)
    assert isinstance(steps, Records)
    assert [step.target for step in steps] == [
        target.id for target in targets(REPORT, section="plan_targets", kind="growth") if target.base
    ]
    for step in steps:
        target, growth = REPORT.target(step.target), REPORT.fact(step.growth or "")
        assert target.value is not None
        assert growth.of == step.base
        assert step.rank is not None
        assert REPORT.fact(step.rank).of == growth.id
        assert step.step is not None
        written = Decimal(repr(target.value.magnitude)) - Decimal(repr(growth.value.magnitude))
        assert Decimal(repr(step.step.magnitude)) == written
    below = [step.target for step in steps if step.step is not None and step.step.magnitude < 0]
    assert len(below) == 6  # all but industrial value added (6% after 6.0%) were set below 2019's growth
