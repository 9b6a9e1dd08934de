"""Relations the report states between its own figures, as checks anyone can run.

"上述7个主要指标,有5个居全省前3位次" is a claim about seven other figures; a check recomputes it from
them. A check that fails is reported, never hidden: if the report contradicts itself, the library says so.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from .model import Fact, FigureKind, Report
from .text import Text
from .units import Quantity

__all__ = ["CHECKS", "Check", "Finding", "run_checks"]


@attrs.frozen(kw_only=True)
class Finding:
    """The outcome of one check: what the report states and what its other figures give."""

    check: str
    holds: bool
    stated: Quantity
    computed: Quantity
    facts: tuple[str, ...]
    """The ids of the facts the check used."""


@attrs.frozen(kw_only=True)
class Check:
    id: str
    description: Text
    claim: str
    """The id of the fact that states the relation."""
    compute: Callable[[Report], tuple[Quantity, tuple[str, ...]]]
    """Recomputes the claimed figure from the others, naming the facts it used."""

    def run(self, report: Report) -> Finding:
        stated = report.lookup(self.claim, Fact).value
        computed, used = self.compute(report)
        return Finding(
            check=self.id, holds=bool(stated == computed), stated=stated, computed=computed, facts=used
        )


def _headline_levels(report: Report) -> list[Fact]:
    return [f for f in report.facts if f.section == "review_headline" and f.figure_kind is FigureKind.LEVEL]


def _headline_growth_ranks(report: Report) -> list[Fact]:
    """One rank per headline indicator: the rank of the growth of each level (not its restatement)."""
    ranks = []
    for level in _headline_levels(report):
        growth = next(f for f in report.facts_of(level) if f.figure_kind is FigureKind.GROWTH)
        ranks.append(next(f for f in report.facts_of(growth) if f.figure_kind is FigureKind.RANK))
    return ranks


def _count_headline_indicators(report: Report) -> tuple[Quantity, tuple[str, ...]]:
    levels = _headline_levels(report)
    return report.lookup("headline_indicator_count", Fact).value.units * len(levels), tuple(
        f.id for f in levels
    )


def _count_top_places(report: Report) -> tuple[Quantity, tuple[str, ...]]:
    threshold = report.lookup("headline_top_places", Fact).value
    ranks = _headline_growth_ranks(report)
    in_top = [rank for rank in ranks if rank.value <= threshold]
    unit = report.lookup("headline_indicators_in_top_places", Fact).value.units
    return unit * len(in_top), ("headline_top_places", *(rank.id for rank in ranks))


def _gdp_rank_restated(report: Report) -> tuple[Quantity, tuple[str, ...]]:
    rank = report.lookup("gdp_growth_rank_2019", Fact)
    return rank.value, (rank.id,)


CHECKS: tuple[Check, ...] = (
    Check(
        id="headline_indicator_count",
        description=Text(
            zh="“上述7个主要指标”与所列指标个数一致", en="'the above 7 main indicators': seven are listed"
        ),
        claim="headline_indicator_count",
        compute=_count_headline_indicators,
    ),
    Check(
        id="headline_indicators_in_top_places",
        description=Text(
            zh="“有5个居全省前3位次”与七个增幅位次一致",
            en="'5 rank in the province's top 3': the seven growth ranks agree",
        ),
        claim="headline_indicators_in_top_places",
        compute=_count_top_places,
    ),
    Check(
        id="gdp_growth_rank_restated",
        description=Text(
            zh="“GDP增速之所以取得第一位的名次”与“增幅全省第1”一致",
            en="GDP growth's 'first place', restated in words, agrees with 增幅全省第1",
        ),
        claim="gdp_growth_rank_2019_restated",
        compute=_gdp_rank_restated,
    ),
)


def run_checks(report: Report, checks: tuple[Check, ...] = CHECKS) -> tuple[Finding, ...]:
    return tuple(check.run(report) for check in checks)
