"""The semantics of target words, pinned: one worked example per qualifier (the ones docs/outcomes.md
shows), and hypothesis properties over targets and outcomes written into texts of their own."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datong2020 import REPORT, Direction, FigureKind, Outcome, Period, Qualifier, Target, Text
from datong2020.errors import DimensionError
from datong2020.evaluation import (
    DEFAULT_TOLERANCE,
    Attainment,
    Tolerance,
    Versus,
    compare,
    evaluate,
)
from datong2020.source import Source, quoting
from datong2020.units import ureg

YEAR = Period(start=datetime.date(2020, 1, 1), end=datetime.date(2020, 12, 31))
MEASURE = Text(zh="指标", en="an indicator")
_ORDER = {Attainment.MISSED: 0, Attainment.NOT_ASSESSABLE: 1, Attainment.MET: 2}


def _text(document: str, words: str) -> Source:
    return Source(
        id=document,
        title=MEASURE,
        delivered=datetime.date(2021, 1, 1),
        speaker=MEASURE,
        occasion=MEASURE,
        text=words,
        sha256="0" * 64,
    )


def target(
    figure: str,
    qualifier: Qualifier = Qualifier.PLAIN,
    aim: Direction = Direction.INCREASE,
    kind: FigureKind = FigureKind.GROWTH,
) -> Target:
    """A target that says ``figure``, in a text of its own."""
    words = f"目标{figure}。"
    with quoting(_text("datong_2020", words)):
        return Target(
            id="t",
            quote=words,
            section=None,
            measure=MEASURE,
            figure=figure,
            figure_kind=kind,
            period=YEAR,
            qualifier=qualifier,
            aim=aim,
        )


def outcome(
    figure: str,
    qualifier: Qualifier = Qualifier.PLAIN,
    kind: FigureKind = FigureKind.GROWTH,
    direction: Direction | None = None,
) -> Outcome:
    words = f"达到{figure}。"
    with quoting(_text("datong_2021", words)):
        return Outcome(
            id="o",
            document="datong_2021",
            quote=words,
            section=None,
            measure=MEASURE,
            figure=figure,
            figure_kind=kind,
            period=YEAR,
            qualifier=qualifier,
            direction=direction,
            outcome_of=("t",),
        )


# One worked example per qualifier: the table of docs/outcomes.md.
WORKED = [
    # 以上: at or above
    (target("6.5%", Qualifier.AT_LEAST), outcome("6.5％"), Attainment.MET, "0"),
    (target("6.5%", Qualifier.AT_LEAST), outcome("4.6％"), Attainment.MISSED, "-1.9"),
    # 以内: at or below
    (target("4.5%", Qualifier.WITHIN, Direction.DECREASE, FigureKind.RATE),
     outcome("3.9%", kind=FigureKind.RATE), Attainment.MET, "-0.6"),
    # 左右 on a floor: the figure less half a point
    (target("6.3%", Qualifier.ABOUT), outcome("5.8％"), Attainment.MET, "-0.5"),
    (target("6.3%", Qualifier.ABOUT), outcome("4.3％"), Attainment.MISSED, "-2"),
    (target("6.3%", Qualifier.ABOUT), outcome("8％"), Attainment.MET, "1.7"),
    # 左右 on a ceiling: the figure plus half a point
    (target("3.5%", Qualifier.ABOUT, Direction.DECREASE), outcome("3.9%"), Attainment.MET, "0.4"),
    (target("3.5%", Qualifier.ABOUT, Direction.DECREASE), outcome("4.1%"), Attainment.MISSED, "0.6"),
    # a plain growth figure: at or above
    (target("7%"), outcome("8.2％"), Attainment.MET, "1.2"),
    (target("7%"), outcome("6.9%"), Attainment.MISSED, "-0.1"),
    # 突破: above, not at
    (target("6000亿元", Qualifier.EXCEED, kind=FigureKind.LEVEL),
     outcome("6000亿元", kind=FigureKind.LEVEL), Attainment.MISSED, "0"),
    (target("6000亿元", Qualifier.EXCEED, kind=FigureKind.LEVEL),
     outcome("6000.1亿元", kind=FigureKind.LEVEL), Attainment.MET, "0.1"),
    # an outcome given loosely: 余 is above its figure, 近 just below it
    (target("45000人", kind=FigureKind.COUNT), outcome("45000余人", Qualifier.EXCEED, kind=FigureKind.COUNT),
     Attainment.MET, "0"),
    (target("4.8万人", kind=FigureKind.COUNT), outcome("近5万人", Qualifier.NEARLY, kind=FigureKind.COUNT),
     Attainment.NOT_ASSESSABLE, "0.2"),
    # a fall is a negative growth
    (target("2.5%"), outcome("3.2%", direction=Direction.DECREASE), Attainment.MISSED, "-5.7"),
]  # fmt: skip


@pytest.mark.parametrize(("the_target", "the_outcome", "verdict", "gap"), WORKED)
def test_worked_examples(the_target: Target, the_outcome: Outcome, verdict: Attainment, gap: str) -> None:
    evaluation = evaluate(the_target, the_outcome)
    assert evaluation.verdict is verdict, evaluation.rule
    assert evaluation.gap is not None
    assert the_target.value is not None
    expected_unit = (
        ureg.percentage_point if the_target.value.units == ureg.percent else the_target.value.units
    )
    assert evaluation.gap.units == expected_unit
    assert Decimal(repr(evaluation.gap.magnitude)) == Decimal(gap)


def test_no_outcome_and_no_number() -> None:
    assert evaluate(target("7%"), None).verdict is Attainment.NO_OUTCOME
    jobs = REPORT.target("new_urban_jobs_target_2020")
    assessed = evaluate(jobs, outcome("4.67万人", kind=FigureKind.COUNT))
    assert assessed.verdict is Attainment.NOT_ASSESSABLE
    assert assessed.gap is None
    assert "完成省下达任务" in assessed.rule


def test_an_outcome_of_another_dimension_is_refused() -> None:
    with pytest.raises(DimensionError):
        evaluate(target("7%"), outcome("1369.9亿元", kind=FigureKind.LEVEL))


def test_wrong_arguments_are_type_errors() -> None:
    with pytest.raises(TypeError):
        evaluate(REPORT.fact("gdp_2019"), None)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        evaluate(target("7%"), None, tolerance=0.5)  # type: ignore[arg-type]


def test_the_tolerance_is_a_parameter() -> None:
    about = target("6.3%", Qualifier.ABOUT)
    assert evaluate(about, outcome("6％")).verdict is Attainment.MET
    exact = Tolerance(points=Decimal(0), share=Decimal(0))
    assert evaluate(about, outcome("6％"), tolerance=exact).verdict is Attainment.MISSED
    assert evaluate(about, outcome("6.3％"), tolerance=exact).verdict is Attainment.MET
    assert DEFAULT_TOLERANCE.points == Decimal("0.5")
    with pytest.raises(ValueError, match="points"):
        Tolerance(points=Decimal(-1))


# Properties -----------------------------------------------------------------------------------------

tenths = st.integers(min_value=1, max_value=999).map(lambda n: Decimal(n) / 10)
floor_qualifiers = st.sampled_from([Qualifier.PLAIN, Qualifier.AT_LEAST, Qualifier.ABOUT, Qualifier.EXCEED])
ceiling_qualifiers = st.sampled_from([Qualifier.PLAIN, Qualifier.WITHIN, Qualifier.ABOUT])
outcome_qualifiers = st.sampled_from(
    [
        Qualifier.PLAIN,
        Qualifier.ABOUT,
        Qualifier.AT_LEAST,
        Qualifier.EXCEED,
        Qualifier.WITHIN,
        Qualifier.NEARLY,
    ]
)
tolerances = st.builds(Tolerance, points=st.sampled_from([Decimal(0), Decimal("0.5"), Decimal(1)]))


def _written(number: Decimal) -> str:
    return f"{number.normalize():f}"


@given(
    aim=st.sampled_from(list(Direction)),
    floor=floor_qualifiers,
    ceiling=ceiling_qualifiers,
    goal=tenths,
    result=tenths,
    step=tenths,
    loose=outcome_qualifiers,
    tolerance=tolerances,
)
def test_a_better_outcome_never_lowers_the_verdict(
    aim: Direction,
    floor: Qualifier,
    ceiling: Qualifier,
    goal: Decimal,
    result: Decimal,
    step: Decimal,
    loose: Qualifier,
    tolerance: Tolerance,
) -> None:
    qualifier = floor if aim is Direction.INCREASE else ceiling
    the_target = target(f"{_written(goal)}%", qualifier, aim)
    better = result + step if aim is Direction.INCREASE else result - step
    if better <= 0:
        better = result  # the figure grammar writes no negative numbers; a fall is a direction
    before = evaluate(the_target, outcome(f"{_written(result)}%", loose), tolerance=tolerance)
    after = evaluate(the_target, outcome(f"{_written(better)}%", loose), tolerance=tolerance)
    assert _ORDER[after.verdict] >= _ORDER[before.verdict], (before.rule, after.rule)


@given(
    aim=st.sampled_from(list(Direction)),
    qualifier=st.sampled_from([Qualifier.PLAIN, Qualifier.ABOUT]),
    goal=st.integers(min_value=1, max_value=9999),
    result=st.integers(min_value=1, max_value=99999),
    tolerance=tolerances,
)
def test_the_verdict_does_not_depend_on_the_outcomes_unit(
    aim: Direction, qualifier: Qualifier, goal: int, result: int, tolerance: Tolerance
) -> None:
    the_target = target(f"{goal}亿元", qualifier, aim, FigureKind.LEVEL)
    in_yi = Decimal(result) / 10
    in_wan = in_yi * 10000
    first = evaluate(
        the_target, outcome(f"{_written(in_yi)}亿元", kind=FigureKind.LEVEL), tolerance=tolerance
    )
    second = evaluate(
        the_target, outcome(f"{_written(in_wan)}万元", kind=FigureKind.LEVEL), tolerance=tolerance
    )
    assert first.verdict is second.verdict
    assert first.gap is not None
    assert second.gap is not None
    assert first.gap.units == second.gap.units == the_target.value.units  # type: ignore[union-attr]
    assert Decimal(repr(first.gap.magnitude)) == Decimal(repr(second.gap.magnitude))


@given(goal=tenths, result=tenths)
def test_a_plain_outcome_meets_or_misses(goal: Decimal, result: Decimal) -> None:
    """A plain outcome is one value: the verdict is never left open, and it is the comparison."""
    evaluation = evaluate(target(f"{_written(goal)}%", Qualifier.AT_LEAST), outcome(f"{_written(result)}％"))
    assert evaluation.verdict is (Attainment.MET if result >= goal else Attainment.MISSED)
    assert evaluation.gap is not None
    assert Decimal(repr(evaluation.gap.magnitude)) == result - goal


@given(a=tenths, b=tenths, first=floor_qualifiers, second=floor_qualifiers)
def test_compare_is_antisymmetric(a: Decimal, b: Decimal, first: Qualifier, second: Qualifier) -> None:
    city, province = target(f"{_written(a)}%", first), target(f"{_written(b)}%", second)
    forwards, backwards = compare(city, province), compare(province, city)
    mirror = {Versus.ABOVE: Versus.BELOW, Versus.BELOW: Versus.ABOVE, Versus.EQUAL: Versus.EQUAL}
    assert forwards is not None
    assert backwards is mirror[forwards]
    if a != b:
        assert forwards is (Versus.ABOVE if a > b else Versus.BELOW)


def test_compare_reads_qualifiers() -> None:
    assert compare(target("6.5%", Qualifier.ABOUT), target("6.1%", Qualifier.ABOUT)) is Versus.ABOVE
    assert compare(target("6%", Qualifier.AT_LEAST), target("6%")) is Versus.EQUAL
    assert compare(target("6%", Qualifier.EXCEED), target("6%", Qualifier.AT_LEAST)) is Versus.ABOVE
    ceiling = target("4.5%", Qualifier.WITHIN, Direction.DECREASE, FigureKind.RATE)
    assert (
        compare(ceiling, target("4.5%", Qualifier.WITHIN, Direction.DECREASE, FigureKind.RATE))
        is Versus.EQUAL
    )
    assert compare(ceiling, target("6%")) is None  # a ceiling beside a floor
    assert (
        compare(REPORT.target("new_urban_jobs_target_2020"), target("46万人", kind=FigureKind.COUNT)) is None
    )
