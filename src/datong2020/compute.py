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

from .errors import DimensionError
from .model import FigureKind, PriceBasis, Qualifier, Report, Target
from .units import Quantity, require_dimension, ureg, written_decimal

__all__ = [
    "Bound",
    "Projection",
    "RequiredGrowth",
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
