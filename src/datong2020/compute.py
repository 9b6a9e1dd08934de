"""Computations on the encoded report: the 2020 levels its growth targets imply.

A growth target applied to its 2019 base gives a projected 2020 level. The qualifier decides what kind
of number that is: 左右 and a plain target give a central value, 以上 and 突破 a lower bound, 以内 and 近
an upper bound. GDP and industrial value-added targets are growth at comparable prices; applied to a
nominal 2019 level they give only an approximate nominal 2020 level, and the projection says so.
"""

from __future__ import annotations

import enum
import math
from typing import Final

import attrs

from .displayable import Displayable
from .errors import DimensionError
from .model import FigureKind, PriceBasis, Qualifier, Report, Target
from .records import Records
from .units import Quantity, require_dimension, ureg, written_decimal

__all__ = [
    "Bound",
    "GrowthStep",
    "Projection",
    "RequiredGrowth",
    "growth_step",
    "growth_steps",
    "percentage_points",
    "project",
    "project_level",
    "required_growth",
    "required_growth_for",
]


class Bound(enum.Enum):
    """What a projected value is: the expected value, or a bound on it."""

    CENTRAL = "central"
    LOWER = "lower"
    UPPER = "upper"


_BOUND_OF_QUALIFIER: Final = {
    Qualifier.PLAIN: Bound.CENTRAL,
    Qualifier.ABOUT: Bound.CENTRAL,
    Qualifier.AT_LEAST: Bound.LOWER,
    Qualifier.EXCEED: Bound.LOWER,
    Qualifier.WITHIN: Bound.UPPER,
    Qualifier.NEARLY: Bound.UPPER,
    # A range's value is its lower end; project() gives the upper end as well.
    Qualifier.BETWEEN: Bound.LOWER,
}


@attrs.frozen(kw_only=True)
class Projection:
    """The level a growth target implies for its target year."""

    target: str
    """The id of the target."""
    base: str
    """The id of the fact grown from."""
    value: Quantity
    """In the base's unit: base x (1 + growth)."""
    bound: Bound
    approximate: bool
    """True where real (comparable-price) growth is applied to a nominal level."""
    upper: Quantity | None = None
    """For a growth range ("增长5%—6%"): the level the upper rate implies."""


def project_level(base: Quantity, growth: Quantity, qualifier: Qualifier) -> tuple[Quantity, Bound]:
    """``base`` grown by ``growth`` (a dimensionless rate such as 6.3 %), and the bound ``qualifier`` implies.

    The arithmetic is decimal, so 1318.8 亿元 at 6.3 % is exactly 1401.8844 亿元. Raises TypeError for
    arguments that are not quantities of the report's registry, DimensionError for a growth that is not
    a rate, ValueError for a magnitude that is not a finite number.
    """
    _require_finite(base, "base")
    _require_finite(growth, "growth")
    require_dimension(growth, "dimensionless", "a growth rate")
    percent = written_decimal(growth.to(ureg.percent).magnitude)
    level = written_decimal(base.magnitude) * (1 + percent / 100)
    return ureg.Quantity(float(level), base.units), _BOUND_OF_QUALIFIER[qualifier]


def _require_finite(quantity: Quantity, name: str) -> None:
    if not isinstance(quantity, ureg.Quantity):
        raise TypeError(f"{name} must be a quantity of datong2020.ureg, not {type(quantity).__name__}")
    magnitude = quantity.magnitude
    if isinstance(magnitude, bool) or not isinstance(magnitude, int | float) or not math.isfinite(magnitude):
        raise ValueError(f"{name} must have a finite int or float magnitude, not {magnitude!r:.60}")


def project(target: Target, report: Report) -> Projection | None:
    """The target-year level a growth target implies, or None where it implies none.

    Only growth targets with a number and a base level project; ``report`` resolves the base. Raises
    TypeError for a ``target`` that is not a :class:`Target` or a ``report`` that is not a Report.
    """
    if not isinstance(target, Target) or not isinstance(report, Report):
        raise TypeError(f"project(target, report) takes a Target and a Report, not {type(target).__name__}")
    base = report.base_of(target)
    if target.figure_kind is not FigureKind.GROWTH or target.value is None or base is None:
        return None
    value, bound = project_level(base.value, target.value, target.qualifier)
    upper = None if target.upper is None else project_level(base.value, target.upper, target.qualifier)[0]
    return Projection(
        target=target.id,
        base=base.id,
        value=value,
        bound=bound,
        approximate=target.price_basis is PriceBasis.COMPARABLE,
        upper=upper,
    )


@attrs.frozen(kw_only=True)
class RequiredGrowth:
    """The average annual growth a long-range goal requires from its base."""

    target: str
    base: str
    base_year: int
    goal_year: int
    rate: Quantity
    """Per year, in percent, compounded: base x (1 + rate) ** years = goal."""

    @property
    def years(self) -> int:
        return self.goal_year - self.base_year


def required_growth(base: Quantity, goal: Quantity, years: int) -> Quantity:
    """The constant annual rate (in %) that takes ``base`` to ``goal`` in ``years`` years.

    Raises ValueError for a goal not after its base, a zero base, or a base and goal of opposite signs;
    DimensionError (a ValueError) for a base and goal of different dimensions.
    """
    _require_finite(base, "base")
    _require_finite(goal, "goal")
    if isinstance(years, bool) or not isinstance(years, int) or years <= 0:
        raise ValueError(f"a goal must lie a whole number of years after its base, not {years!r:.40}")
    if base.magnitude == 0:
        raise ValueError("a growth rate needs a base other than zero")
    if goal.dimensionality != base.dimensionality:
        raise DimensionError(f"the goal {goal:~} and the base {base:~} are of different dimensions")
    ratio = (goal / base).to("dimensionless").magnitude
    if ratio <= 0:
        raise ValueError("a growth rate needs a base and a goal of the same sign")
    return ureg.Quantity((ratio ** (1 / years) - 1) * 100, ureg.percent)


def required_growth_for(target: Target, report: Report) -> RequiredGrowth | None:
    """For a level goal with a base ("到2035年…地区生产总值突破6000亿元", base 2019 GDP 1318.8亿元): the
    annual growth it needs, with the years stated. None where the target is not a level with a base."""
    base = report.base_of(target)
    if base is None or target.value is None or target.figure_kind is not FigureKind.LEVEL:
        return None
    goal_year = (target.due.end if target.due is not None else target.period.end).year
    base_year = base.period.end.year
    return RequiredGrowth(
        target=target.id,
        base=base.id,
        base_year=base_year,
        goal_year=goal_year,
        rate=required_growth(base.value, target.value, goal_year - base_year),
    )


def percentage_points(rate: Quantity, earlier: Quantity) -> Quantity:
    """``rate - earlier`` for two rates (6.3 % after 6.7 %), in percentage points (百分点), computed in
    decimal from the written numbers: -0.4 百分点, not -0.40000000000000036 %.

    Raises TypeError or ValueError as :func:`project_level` does, DimensionError for a rate that is not
    dimensionless.
    """
    for name, quantity in (("rate", rate), ("earlier", earlier)):
        _require_finite(quantity, name)
        require_dimension(quantity, "dimensionless", f"{name} of a difference in percentage points")
    difference = written_decimal(rate.to(ureg.percent).magnitude) - written_decimal(
        earlier.to(ureg.percent).magnitude
    )
    return ureg.Quantity(float(difference), ureg.percentage_point)


@attrs.frozen(kw_only=True, repr=False)
class GrowthStep(Displayable):
    """A target beside what its base did the year before: the growth the base achieved, that growth's
    rank, and for a growth target the step from last year's rate to this year's, in percentage points."""

    target: str
    """The id of the target."""
    base: str
    """The id of the level it builds on (a 2019 fact)."""
    growth: str | None
    """The id of the base's growth in its year, where the report states one."""
    rank: str | None
    """The id of that growth's rank (增幅全省第N), where the report states one."""
    step: Quantity | None
    """Target rate minus last year's growth, in 百分点; None unless the target is a growth rate with a
    number and the base's growth is stated. For a range ("5%—6%") it is taken from the lower end."""


def growth_step(target: Target, report: Report) -> GrowthStep | None:
    """The target beside its base's growth and rank; None for a target without a base."""
    base = report.base_of(target)
    if base is None:
        return None
    growth = report.related(base, FigureKind.GROWTH)
    rank = None if growth is None else report.related(growth, FigureKind.RANK)
    step = None
    if target.figure_kind is FigureKind.GROWTH and target.value is not None and growth is not None:
        step = percentage_points(target.value, growth.signed_value)
    return GrowthStep(
        target=target.id,
        base=base.id,
        growth=None if growth is None else growth.id,
        rank=None if rank is None else rank.id,
        step=step,
    )


def growth_steps(report: Report) -> Records[GrowthStep]:
    """Every growth target whose base's growth the report states, in the report's order, with the step
    from that growth to the target: which 2020 targets were set below 2019's growth, and by how much.

        >>> from datong2020 import REPORT
        >>> from datong2020.compute import growth_steps
        >>> [f"{step.step:~}" for step in growth_steps(REPORT)][:3]
        ['-0.4 百分点', '0.0 百分点', '-2.5 百分点']
    """
    steps = (growth_step(target, report) for target in report.targets)
    return Records[GrowthStep](step for step in steps if step is not None and step.step is not None)
