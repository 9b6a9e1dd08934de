"""Relations the report states between its own figures, as checks anyone can run.

"上述7个主要指标,有5个居全省前3位次" is a claim about seven other figures; a check recomputes it from
them. A check that fails is reported, never hidden, and its :class:`Verdict` says what the failure is:
a contradiction (two statements of the report that cannot both hold), or a matter of reading (the
claim fails under the library's reading of the text, such as how a list is split, and holds under
another reading the text allows).
"""

from __future__ import annotations

import enum
import itertools
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import cast

import attrs

from .errors import UnitError
from .model import Fact, FigureKind, Project, Report, Target, Term
from .notation import parse_number
from .text import Text
from .units import Quantity, ureg, written_decimal

__all__ = ["CHECKS", "Check", "Finding", "Verdict", "checks_for", "contradictions", "run_checks"]


class Verdict(enum.Enum):
    """What a check's outcome says about the report."""

    HOLDS = "holds"
    """The stated figure is what the report's other figures give."""
    DEPENDS_ON_READING = "depends_on_reading"
    """It fails under the library's reading of the text and holds under another reading the text allows
    (a list split at 、 only, not also at 和): an ambiguity of reading, not an inconsistency."""
    CONTRADICTED = "contradicted"
    """It fails under every reading the library knows: two statements of the report cannot both hold."""


@attrs.frozen(kw_only=True)
class Finding:
    """The outcome of one check: what the report states and what its other figures give."""

    check: str
    holds: bool
    """Whether the stated figure is what the library's reading of the other figures gives."""
    stated: Quantity
    computed: Quantity
    facts: tuple[str, ...]
    """The ids of the facts the check used."""
    verdict: Verdict
    under_another_reading: Quantity | None = None
    """What the check gives under the other reading the text allows, where it has one."""


def _equal(stated: Quantity, computed: Quantity) -> bool:
    return bool(stated == computed)


def _equal_to_written_precision(stated: Quantity, computed: Quantity) -> bool:
    """35% agrees with 34.98%: the report rounds to the digits it writes, so allow half of the last one."""
    written = written_decimal(stated.magnitude)
    half_of_last_digit = Decimal(5) * Decimal(10) ** (int(written.as_tuple().exponent) - 1)
    computed_in_stated_units = written_decimal(float(computed.to(stated.units).magnitude))
    return abs(computed_in_stated_units - written) <= half_of_last_digit


@attrs.frozen(kw_only=True)
class Check:
    id: str
    description: Text
    claim: str
    """The id of the fact that states the relation."""
    compute: Callable[[Report], tuple[Quantity, tuple[str, ...]]]
    """Recomputes the claimed figure from the others, naming the facts it used."""
    agrees: Callable[[Quantity, Quantity], bool] = _equal
    """Whether the stated and the computed figure agree; by default, exactly."""
    stated: Callable[[Report], Quantity] | None = None
    """What the report states, where it is not simply the claim's value (a term's numerals)."""
    another_reading: Callable[[Report], Quantity] | None = None
    """Recomputes the claimed figure under another reading the text allows, where there is one."""

    def run(self, report: Report) -> Finding:
        stated = self.stated(report) if self.stated is not None else _value_of(report, self.claim)
        computed, used = self.compute(report)
        holds = self.agrees(stated, computed)
        other = None if self.another_reading is None else self.another_reading(report)
        if holds:
            verdict = Verdict.HOLDS
        elif other is not None and self.agrees(stated, other):
            verdict = Verdict.DEPENDS_ON_READING
        else:
            verdict = Verdict.CONTRADICTED
        return Finding(
            check=self.id,
            holds=holds,
            stated=stated,
            computed=computed,
            facts=used,
            verdict=verdict,
            under_another_reading=other,
        )


def _value_of(report: Report, claim: str) -> Quantity:
    record = report[claim]
    value = getattr(record, "value", None)
    if value is None:
        raise TypeError(f"{claim} states no value to check")
    return cast(Quantity, value)


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
    # A place counted from the bottom is in the top N only if the length of the list is known; it is not.
    in_top = [rank for rank in ranks if not rank.from_bottom and rank.value <= threshold]
    unit = report.lookup("headline_indicators_in_top_places", Fact).value.units
    return unit * len(in_top), ("headline_top_places", *(rank.id for rank in ranks))


def _industrial_enterprises_2019(report: Report) -> tuple[Quantity, tuple[str, ...]]:
    enterprises = report.lookup("industrial_enterprises_above_size_2019", Fact)
    return enterprises.value, (enterprises.id,)


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
        id="industrial_enterprises_counted_twice",
        description=Text(
            zh="“规模企业由168家增加到260家”与后文“全市260家规模工业企业”一致",
            en="'above-size enterprises rose from 168 to 260' agrees with the later "
            "'260 above-size industrial firms'",
        ),
        claim="firms_sent_to_zhongguancun_2019",
        compute=_industrial_enterprises_2019,
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


def _joined_by_he(names: Sequence[str], quote: str) -> int:
    """How many neighbouring items the quote joins with 和 ("同煤双创中心和重点实验室")."""
    return sum(f"{first}和{second}" in quote for first, second in itertools.pairwise(names))


def _listed_count(record: Fact | Target) -> Check:
    """A count against the items the report names: a fact's members as written, a target's projects.

    The library splits a list at each 、 and at each 和 that joins two separately named items; the other
    reading the text allows splits it at 、 only, keeping "A和B" as one item."""

    def compute(_: Report) -> tuple[Quantity, tuple[str, ...]]:
        assert record.value is not None  # only counted records get this check
        projects = record.members if isinstance(record, Target) else ()
        return record.value.units * len(record.members), (record.id, *projects)

    def split_at_dun_only(report: Report) -> Quantity:
        assert record.value is not None  # only counted records get this check
        if isinstance(record, Target):
            names = [report.lookup(member, Project).name.zh for member in record.members]
        else:
            names = [member.zh for member in record.members]
        return ureg.Quantity(len(names) - _joined_by_he(names, record.quote), record.value.units)

    return Check(
        id=f"{record.id}_members",
        description=Text(
            zh=f"“{record.figure}”与报告列出的条目个数一致",
            en=f"'{record.figure}' agrees with the number of items the report names",
        ),
        claim=record.id,
        compute=compute,
        another_reading=split_at_dun_only,
    )


def _share_of_whole(share: Fact, part: Fact, whole: Fact) -> Check:
    def compute(_: Report) -> tuple[Quantity, tuple[str, ...]]:
        return (part.value / whole.value).to("%"), (part.id, whole.id)

    return Check(
        id=f"{share.id}_arithmetic",
        description=Text(
            zh=f"{part.figure} ÷ {whole.figure} 与 {share.figure} 一致",
            en=f"{part.figure} / {whole.figure} agrees with {share.figure}",
        ),
        claim=share.id,
        compute=compute,
        agrees=_equal_to_written_precision,
    )


# A numeral counts the term's members unless it is an ordinal (第一) or a unit of time follows it:
# 三个五年分步走 is three steps of five years each, not 3 + 5 of anything.
_NUMERAL = re.compile(r"\d+|(?<![第一二三四五六七八九十两])[一二三四五六七八九十两]+(?!年)")


def _term_numerals(term: Term) -> Check | None:
    """六稳 names six, 三供一业 three plus one; a term whose numerals the report lists members for."""
    numerals = _NUMERAL.findall(term.term)
    counted = re.match(r"([一二三四五六七八九十两]+)个", term.term)
    if counted is not None:
        numerals = [counted.group(1)]  # 四个一批: the numeral before 个 counts; the 一 is part of the noun
    if not term.members or not numerals or any(n.isdigit() for n in numerals):
        return None  # nothing listed, no numeral, or a number that is a name ("1310", "3+4+5")
    try:
        expected = sum(parse_number(n) for n in numerals)
    except UnitError:
        return None  # an ordinal such as 十三五 (the 13th five-year plan) counts nothing

    def stated(_: Report) -> Quantity:
        return ureg.Quantity(expected, "个")

    def compute(_: Report) -> tuple[Quantity, tuple[str, ...]]:
        return ureg.Quantity(len(term.members), "个"), (term.id,)

    return Check(
        id=f"{term.id}_numerals",
        description=Text(
            zh=f"“{term.term}”的数字与所列条目个数一致",
            en=f"the numerals of '{term.term}' agree with its listed members",
        ),
        claim=term.id,
        compute=compute,
        stated=stated,
    )


def checks_for(report: Report) -> tuple[Check, ...]:
    """The fixed checks, plus one for every listed count, every share whose part and whole are given,
    every counted target whose items the report names in full, and every term whose members it lists."""
    generated = [_listed_count(fact) for fact in report.facts if fact.members]
    generated += [
        _listed_count(target)
        for target in report.targets
        if target.members and target.lists_all and target.value is not None
    ]
    generated += [check for term in report.terms if (check := _term_numerals(term)) is not None]
    for fact in report.facts:
        if fact.figure_kind is FigureKind.SHARE and fact.of is not None and fact.whole is not None:
            part, whole = report.lookup(fact.of, Fact), report.lookup(fact.whole, Fact)
            if part.value.dimensionality == whole.value.dimensionality:
                generated.append(_share_of_whole(fact, part, whole))
    return (*CHECKS, *generated)


def run_checks(report: Report, checks: tuple[Check, ...] | None = None) -> tuple[Finding, ...]:
    return tuple(check.run(report) for check in (checks_for(report) if checks is None else checks))


def contradictions(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    """The findings where the report contradicts itself under every reading the library knows; a
    failure that depends on a reading is not one. ``python -m datong2020 checks`` exits 1 if any."""
    return tuple(finding for finding in findings if finding.verdict is Verdict.CONTRADICTED)
