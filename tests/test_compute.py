"""Projected 2020 levels: arithmetic from the report's own figures, and properties of the helper."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from datong2020 import REPORT, Bound, DimensionError, Qualifier, Target, project, project_level, ureg


def _target(id_: str) -> Target:
    return REPORT.lookup(id_, Target)


def test_gdp_projection_is_the_2019_level_grown_by_the_target() -> None:
    target = _target("gdp_growth_target_2020")
    projection = project(target, REPORT)
    assert projection is not None
    base = REPORT.base_of(target)
    assert base is not None
    assert target.value is not None
    expected = Decimal(base.figure.removesuffix("亿元")) * (
        1 + Decimal(target.figure.removesuffix("%")) / 100
    )
    assert projection.value == ureg.Quantity(float(expected), "亿元")
    assert projection.bound is Bound.CENTRAL
    assert projection.approximate, "GDP growth is at comparable prices: a nominal level is approximate"


def test_urban_income_projection_is_a_lower_bound() -> None:
    projection = project(_target("urban_disposable_income_growth_target_2020"), REPORT)
    assert projection is not None
    assert projection.value == ureg.Quantity(float(Decimal(32252) * Decimal("1.065")), "元")
    assert projection.bound is Bound.LOWER
    assert not projection.approximate


def test_only_growth_targets_with_a_base_project() -> None:
    projected = {t.id for t in REPORT.targets if project(t, REPORT) is not None}
    assert projected == {t.id for t in REPORT.targets if t.base is not None and t.figure_kind is not None and
                         t.figure_kind.value == "growth" and t.value is not None}  # fmt: skip
    assert project(_target("urban_unemployment_rate_target_2020"), REPORT) is None


rates = st.decimals(min_value=Decimal("-50"), max_value=Decimal("500"), places=2).map(float)
levels = st.decimals(min_value=Decimal("0.1"), max_value=Decimal("100000"), places=1).map(float)


@given(levels, rates, rates)
def test_projection_is_monotone_in_the_rate(level: float, rate_a: float, rate_b: float) -> None:
    low, high = sorted((rate_a, rate_b))
    base = ureg.Quantity(level, "亿元")
    projected_low, _ = project_level(base, ureg.Quantity(low, "%"), Qualifier.ABOUT)
    projected_high, _ = project_level(base, ureg.Quantity(high, "%"), Qualifier.ABOUT)
    assert projected_low <= projected_high


@given(st.sampled_from(list(Qualifier)))
def test_bound_direction_follows_the_qualifier(qualifier: Qualifier) -> None:
    _, bound = project_level(ureg.Quantity(100, "亿元"), ureg.Quantity(5, "%"), qualifier)
    expected = {
        Qualifier.AT_LEAST: Bound.LOWER,
        Qualifier.EXCEED: Bound.LOWER,
        Qualifier.WITHIN: Bound.UPPER,
        Qualifier.NEARLY: Bound.UPPER,
        Qualifier.BETWEEN: Bound.LOWER,  # a range's value is its lower end
    }.get(qualifier, Bound.CENTRAL)
    assert bound is expected


@given(levels, rates)
def test_projection_commutes_with_unit_conversion(level: float, rate: float) -> None:
    growth = ureg.Quantity(rate, "%")
    in_yi, _ = project_level(ureg.Quantity(level, "亿元"), growth, Qualifier.PLAIN)
    in_yuan, _ = project_level(ureg.Quantity(level, "亿元").to("元"), growth, Qualifier.PLAIN)
    assert in_yi.to("元").magnitude == pytest.approx(in_yuan.magnitude, rel=1e-12)


@given(levels, rates)
def test_rate_as_percent_or_fraction_gives_the_same_level(level: float, rate: float) -> None:
    base = ureg.Quantity(level, "元")
    as_percent, _ = project_level(base, ureg.Quantity(rate, "%"), Qualifier.PLAIN)
    as_fraction, _ = project_level(base, ureg.Quantity(rate / 100, "dimensionless"), Qualifier.PLAIN)
    assert as_percent.magnitude == pytest.approx(as_fraction.magnitude, rel=1e-12)


def test_growth_must_be_dimensionless() -> None:
    with pytest.raises(DimensionError, match="dimensionless"):
        project_level(ureg.Quantity(100, "亿元"), ureg.Quantity(5, "亿元"), Qualifier.PLAIN)
