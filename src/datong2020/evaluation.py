"""Were the targets met? A target's wording as a rule, applied to the outcome a later report gives.

:func:`evaluate` reads a target's qualifier and aim as the set of outcomes that meet it, and an
outcome's own qualifier as the set of values it can be, then says whether every value it can be meets
the target (met), none does (missed), or the words leave it open (not assessable):

- a plain figure: a floor is met at or above it (增长7%), a ceiling at or below it;
- 以上 (AT_LEAST): at or above (增长6.5%以上);
- 以内 (WITHIN): at or below (控制在4.5%以内);
- 左右 (ABOUT): a floor at or above the figure less the tolerance (增长6.3%左右), a ceiling at or below
  the figure plus the tolerance (控制在3.5%左右);
- 突破 (EXCEED): above, not at (突破6000亿元);
- a range (BETWEEN): a floor at or above its lower end, a ceiling at or below its upper end;
- 近 (NEARLY): not assessable, 近 sets no bound.

Going beyond a 左右 target the favourable way meets it: "about 6.3%" is a floor that allows a shortfall
of the tolerance, not a band that growth of 8% would miss. The tolerance is a parameter. No official
rule defines 左右; this library's default is half a percentage point for figures in percent (the
step by which China's national growth targets have moved since 2012: 7.5%, 7%, 6.5%) and 5% of the
figure for any other unit. Pass ``tolerance=Tolerance(points=Decimal(0), share=Decimal(0))`` to read
左右 as exact.

An outcome qualified 余 or 以上 is a value above its figure, 近 one just below it: 45000余人 meets a floor
of 45000人, 近5万人 cannot be said to meet a floor of 4.8万人 (not assessable). Gaps are the outcome less
the target's binding number, computed in decimal from the written figures: percentage points for a
figure in percent, the target's unit for anything else. Values are compared in the target's unit, so a
verdict does not depend on the unit an outcome is written in.

:func:`compare` sets a city's target beside the province's for the same measure, and :func:`scorecard`
puts it all in one row per target.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from decimal import Decimal
from typing import Final

import attrs
from pint.facets.plain import PlainUnit

from .errors import DimensionError
from .model import Direction, Fact, FigureKind, Outcome, ProvinceTarget, Qualifier, Report, Target
from .records import Records
from .units import Quantity, unit_symbol, ureg, written_decimal

__all__ = [
    "DEFAULT_TOLERANCE",
    "MAIN_TARGETS_SECTION",
    "Attainment",
    "Evaluation",
    "ScorecardRow",
    "Tolerance",
    "Versus",
    "compare",
    "evaluate",
    "outcome_of",
    "province_target_of",
    "scorecard",
]

MAIN_TARGETS_SECTION: Final = "plan_targets"
"""The section of the 2020 main expected targets (主要预期目标), which every scorecard lists."""


class Attainment(enum.Enum):
    """The verdict on a target."""

    MET = "met"
    MISSED = "missed"
    NOT_ASSESSABLE = "not_assessable"
    """There is an outcome, but no number to hold it to (完成省下达任务), or the words leave it open."""
    NO_OUTCOME = "no_outcome"
    """No later document reports what the target came to."""

    def __str__(self) -> str:
        return self.value


class Versus(enum.Enum):
    """Where a city's target stands beside the province's, by the number that binds."""

    ABOVE = "above"
    EQUAL = "equal"
    BELOW = "below"

    def __str__(self) -> str:
        return self.value


@attrs.frozen(kw_only=True)
class Tolerance:
    """How far short of a 左右 ("about") target an outcome may fall and still meet it."""

    points: Decimal = attrs.field(default=Decimal("0.5"), validator=attrs.validators.ge(Decimal(0)))
    """For a figure in percent: percentage points."""
    share: Decimal = attrs.field(default=Decimal("0.05"), validator=attrs.validators.ge(Decimal(0)))
    """For a figure in any other unit: a share of the figure (0.05 is 5%)."""


DEFAULT_TOLERANCE: Final = Tolerance()


@attrs.frozen(kw_only=True, repr=False)
class Evaluation:
    """The verdict on one target, the outcome it rests on, the gap and the rule applied."""

    target: Target
    outcome: Outcome | None
    verdict: Attainment
    gap: Quantity | None = attrs.field(eq=False)
    """The outcome less the target's binding number: percentage points for percent, else the target's
    unit. None without two numbers to subtract."""
    rule: str
    """The rule applied, in words: "以上: met at or above 6.5 %"."""

    def __repr__(self) -> str:
        gap = "" if self.gap is None else f", gap {self.gap:~}"
        return f"<Evaluation {self.target.id}: {self.verdict}{gap}>"


_INFINITY: Final = Decimal("Infinity")


@attrs.frozen
class _Interval:
    """The values a number can be: ``low`` to ``high``, each end included or not."""

    low: Decimal
    high: Decimal
    low_open: bool = False
    high_open: bool = False

    def above(self, bound: Decimal, *, strictly: bool) -> bool | None:
        """Whether every value is above ``bound`` (True), none is (False), or some are (None); with
        ``strictly`` False, "above" includes the bound itself."""
        if self.low > bound or (self.low == bound and (not strictly or self.low_open)):
            return True
        if self.high < bound or (self.high == bound and (strictly or self.high_open)):
            return False
        return None

    def below(self, bound: Decimal, *, strictly: bool) -> bool | None:
        mirrored = _Interval(-self.high, -self.low, self.high_open, self.low_open)
        return mirrored.above(-bound, strictly=strictly)


def _in_percent(record: Target | Outcome) -> bool:
    return record.value is not None and record.value.units == ureg.percent


def _factor(unit: PlainUnit, to: PlainUnit) -> Decimal:
    """How many of ``to`` one ``unit`` is, as the decimal pint's conversion writes."""
    return Decimal(repr(ureg.Quantity(1, unit).to(to).magnitude))


def _decimal_in(quantity: Quantity, unit: PlainUnit) -> Decimal:
    """The quantity's number in ``unit``, exactly: the written decimal times the conversion factor."""
    return written_decimal(quantity.magnitude) * _factor(quantity.units, unit)


def _binding_number(target: Target) -> Decimal:
    """The number that binds a target with a figure, in its own unit: its value, or for a range that
    sets a ceiling, the range's upper end."""
    assert target.value is not None
    if target.qualifier is Qualifier.BETWEEN and target.aim is Direction.DECREASE:
        assert target.upper is not None
        return written_decimal(target.upper.magnitude)
    return written_decimal(target.value.magnitude)


def _outcome_interval(outcome: Outcome, number: Decimal) -> _Interval | None:
    qualifier = outcome.qualifier
    if qualifier in (Qualifier.PLAIN, Qualifier.ABOUT):
        return _Interval(number, number)
    if qualifier is Qualifier.AT_LEAST:
        return _Interval(number, _INFINITY)
    if qualifier is Qualifier.EXCEED:
        return _Interval(number, _INFINITY, low_open=True)
    if qualifier is Qualifier.WITHIN:
        return _Interval(-_INFINITY, number)
    if qualifier is Qualifier.NEARLY:
        return _Interval(-_INFINITY, number, high_open=True)
    return None


def _outcome_number(target: Target, outcome: Outcome) -> Decimal:
    assert target.value is not None
    assert outcome.value is not None
    if outcome.value.dimensionality != target.value.dimensionality:
        raise DimensionError(
            f"the outcome {outcome.id} ({outcome.figure}) is not of the dimension of {target.id} "
            f"({target.figure}): {outcome.value.dimensionality} against {target.value.dimensionality}"
        )
    number = _decimal_in(outcome.value, target.value.units)
    if target.figure_kind is FigureKind.GROWTH and outcome.direction is Direction.DECREASE:
        return -number  # a growth target is a rise; an outcome that fell grew by less than nothing
    return number


def _tolerance_for(target: Target, tolerance: Tolerance) -> Decimal:
    assert target.value is not None
    if _in_percent(target):
        return tolerance.points
    return tolerance.share * written_decimal(target.value.magnitude)


def _gap(target: Target, outcome: Decimal, bound: Decimal) -> Quantity:
    assert target.value is not None
    difference = outcome - bound
    # A magnitude is an int or a float, as the report's own are: 67 个, not 67.0 个.
    number = int(difference) if difference == difference.to_integral_value() else float(difference)
    unit = ureg.percentage_point if _in_percent(target) else target.value.units
    return ureg.Quantity(number, unit)


def _shown(number: Decimal, target: Target) -> str:
    assert target.value is not None
    return f"{number.normalize():f} {unit_symbol(target.value.units)}"


def evaluate(
    target: Target, outcome: Outcome | None, *, tolerance: Tolerance = DEFAULT_TOLERANCE
) -> Evaluation:
    """The verdict on ``target`` given ``outcome`` (None where no later document reports one).

    Raises :class:`~datong2020.errors.DimensionError` for an outcome of another dimension than the
    target (a level given for a growth target), TypeError for arguments of the wrong kind.
    """
    if not isinstance(target, Target):
        raise TypeError(f"evaluate needs a Target, not {type(target).__name__}")
    if outcome is not None and not isinstance(outcome, Outcome):
        raise TypeError(f"evaluate needs an Outcome or None, not {type(outcome).__name__}")
    if not isinstance(tolerance, Tolerance):
        raise TypeError(f"tolerance is a Tolerance, not {type(tolerance).__name__}")

    def verdict(attainment: Attainment, rule: str, gap: Quantity | None = None) -> Evaluation:
        return Evaluation(target=target, outcome=outcome, verdict=attainment, gap=gap, rule=rule)

    if outcome is None:
        return verdict(Attainment.NO_OUTCOME, "no later document reports an outcome")
    if target.value is None:
        requirement = "" if target.requirement is None else f": {target.requirement.zh}"
        return verdict(
            Attainment.NOT_ASSESSABLE, f"the target has no number to hold the outcome to{requirement}"
        )
    if outcome.value is None:
        return verdict(Attainment.NOT_ASSESSABLE, "the outcome has no number")
    number = _outcome_number(target, outcome)
    value = _binding_number(target)
    qualifier, floor = target.qualifier, target.aim is Direction.INCREASE
    gap = _gap(target, number, value)
    interval = _outcome_interval(outcome, number)
    if interval is None:
        return verdict(
            Attainment.NOT_ASSESSABLE, f"the outcome's {outcome.qualifier.zh} sets no single value", gap
        )
    word = qualifier.zh or "plain"
    if qualifier is Qualifier.NEARLY or (qualifier is Qualifier.EXCEED and not floor):
        return verdict(Attainment.NOT_ASSESSABLE, f"{word}: the target's words set no bound", gap)
    if qualifier is Qualifier.ABOUT:
        allowance = _tolerance_for(target, tolerance)
        bound = value - allowance if floor else value + allowance
        rule = (
            f"左右: met at or {'above' if floor else 'below'} {_shown(bound, target)} "
            f"({_shown(value, target)} {'less' if floor else 'plus'} the tolerance)"
        )
    else:
        bound = value
        strict = qualifier is Qualifier.EXCEED
        side = "above" if strict else f"at or {'above' if floor else 'below'}"
        rule = f"{word}: met {side} {_shown(bound, target)}"
    met = (
        interval.above(bound, strictly=qualifier is Qualifier.EXCEED)
        if floor
        else interval.below(bound, strictly=False)
    )
    if met is None:
        return verdict(
            Attainment.NOT_ASSESSABLE, f"{rule}; the outcome {outcome.figure} may be either side", gap
        )
    return verdict(Attainment.MET if met else Attainment.MISSED, rule, gap)


def _binding(target: Target) -> tuple[Decimal, int] | None:
    """The number that binds a target, with a tie-breaker: 突破 N binds above N."""
    if target.value is None or target.qualifier is Qualifier.NEARLY:
        return None
    return _binding_number(target), 1 if target.qualifier is Qualifier.EXCEED else 0


def compare(city: Target, province: Target) -> Versus | None:
    """Whether the city's target is above, equal to or below the province's, by the number that binds
    each (the lower end of a range that sets a floor, the upper of one that sets a ceiling; 突破 N is
    above N, and 左右 N, 以上 N and a plain N are N); None where they cannot be set side by side: a
    target without a number, 近, a different dimension, or one a floor and the other a ceiling.

    "Above" is the number, not the ambition: for a ceiling (控制在…以内) a lower target asks more.
    """
    for name, target in (("city", city), ("province", province)):
        if not isinstance(target, Target):
            raise TypeError(f"{name} is a Target, not {type(target).__name__}")
    city_bound, province_bound = _binding(city), _binding(province)
    if city_bound is None or province_bound is None or city.aim is not province.aim:
        return None
    assert city.value is not None
    assert province.value is not None
    if city.value.dimensionality != province.value.dimensionality:
        return None
    factor = _factor(province.value.units, city.value.units)
    ours = city_bound
    theirs = (province_bound[0] * factor, province_bound[1])
    if ours == theirs:
        return Versus.EQUAL
    return Versus.ABOVE if ours > theirs else Versus.BELOW


def outcome_of(report: Report, target: Target) -> Outcome | None:
    """The outcome a later document reports for ``target``: the first outcome linked to it whose value
    has the target's dimension (or, for a target without a number, the first linked at all)."""
    linked = [outcome for outcome in report.outcomes if target.id in outcome.outcome_of]
    if target.value is None:
        return linked[0] if linked else None
    return next(
        (
            outcome
            for outcome in linked
            if outcome.value is not None and outcome.value.dimensionality == target.value.dimensionality
        ),
        None,
    )


def province_target_of(report: Report, target: Target) -> ProvinceTarget | None:
    """The province's target for the same measure, where one is linked to ``target``."""
    return next(
        (province for province in report.province_targets if target.id in province.counterparts), None
    )


@attrs.frozen(kw_only=True, repr=False)
class ScorecardRow:
    """One target: its base, the province's target, its outcome and the verdict."""

    target: Target
    base: Fact | None
    province: ProvinceTarget | None
    versus_province: Versus | None
    evaluation: Evaluation

    @property
    def outcome(self) -> Outcome | None:
        return self.evaluation.outcome

    @property
    def verdict(self) -> Attainment:
        return self.evaluation.verdict

    @property
    def gap(self) -> Quantity | None:
        return self.evaluation.gap

    def __repr__(self) -> str:
        outcome = "" if self.outcome is None else f" {self.outcome.figure or ''} ({self.outcome.document})"
        return f"<ScorecardRow {self.target.id}: {self.verdict}{outcome}>"


def _row(report: Report, target: Target, outcome: Outcome | None, tolerance: Tolerance) -> ScorecardRow:
    province = province_target_of(report, target)
    return ScorecardRow(
        target=target,
        base=report.base_of(target),
        province=province,
        versus_province=None if province is None else compare(target, province),
        evaluation=evaluate(target, outcome, tolerance=tolerance),
    )


def scorecard(
    report: Report, *, province: bool = False, tolerance: Tolerance = DEFAULT_TOLERANCE
) -> Records[ScorecardRow]:
    """One row for each of the report's main expected targets (section ``plan_targets``), then one for
    every other target of the report that has an outcome, in the report's order.

    With ``province=True``, the province's own scorecard instead: one row for each of its targets
    (``REPORT.province_targets``, in its report's order), held to the outcome its next report gives;
    such a row has no base and no province beside it.
    """
    if not isinstance(province, bool):
        raise TypeError(f"province is a bool, not {type(province).__name__}")
    if province:
        return Records(
            ScorecardRow(
                target=target,
                base=None,
                province=None,
                versus_province=None,
                evaluation=evaluate(target, outcome_of(report, target), tolerance=tolerance),
            )
            for target in report.province_targets
        )
    own: Iterable[Target] = (target for target in report.targets if target.document == report.source.id)
    main: list[tuple[Target, Outcome | None]] = []
    others: list[tuple[Target, Outcome | None]] = []
    for target in own:
        outcome = outcome_of(report, target)
        if target.section == MAIN_TARGETS_SECTION:
            main.append((target, outcome))
        elif outcome is not None:
            others.append((target, outcome))
    return Records(_row(report, target, outcome, tolerance) for target, outcome in (*main, *others))
