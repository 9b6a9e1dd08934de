"""Computations on the encoded report: the 2020 levels its growth targets imply.

A growth target applied to its 2019 base gives a projected 2020 level. The qualifier decides what kind
of number that is: 左右 and a plain target give a central value, 以上 and 突破 a lower bound, 以内 and 近
an upper bound. GDP and industrial value-added targets are growth at comparable prices; applied to a
nominal 2019 level they give only an approximate nominal 2020 level, and the projection says so.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Final

import attrs

from .model import FigureKind, PriceBasis, Qualifier, Report, Target
from .units import Quantity, require_dimension, ureg

__all__ = ["Bound", "Projection", "project", "project_level"]


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


def _exact(number: float | int) -> Decimal:
    # Through repr, so 1318.8 is the decimal 1318.8 the report wrote, not its binary neighbour.
    return Decimal(repr(number))


def project_level(base: Quantity, growth: Quantity, qualifier: Qualifier) -> tuple[Quantity, Bound]:
    """``base`` grown by ``growth`` (a dimensionless rate such as 6.3 %), and the bound ``qualifier`` implies.

    The arithmetic is decimal, so 1318.8 亿元 at 6.3 % is exactly 1401.8844 亿元.
    """
    require_dimension(growth, "dimensionless", "a growth rate")
    percent = _exact(growth.to(ureg.percent).magnitude)
    level = _exact(base.magnitude) * (1 + percent / 100)
    return ureg.Quantity(float(level), base.units), _BOUND_OF_QUALIFIER[qualifier]


def project(target: Target, report: Report) -> Projection | None:
    """The target-year level a growth target implies, or None where it implies none.

    Only growth targets with a number and a base level project; ``report`` resolves the base.
    """
    base = report.base_of(target)
    if target.figure_kind is not FigureKind.GROWTH or target.value is None or base is None:
        return None
    value, bound = project_level(base.value, target.value, target.qualifier)
    return Projection(
        target=target.id,
        base=base.id,
        value=value,
        bound=bound,
        approximate=target.price_basis is PriceBasis.COMPARABLE,
    )
