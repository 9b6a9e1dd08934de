"""A downstream script written as a strict user writes one: CI checks it with ``mypy --strict``.

Every name comes from the public API, lazily imported or not, and mypy knows each one's type: a
record's quantity has an ``int | float`` magnitude, a lookup by kind returns that kind, the JSON
document is JSON. Run it to see what it prints: ``python examples/typecheck.py``.
"""

from __future__ import annotations

import datetime

from datong2020 import (
    REPORT,
    Attainment,
    Fact,
    Outcome,
    Qualifier,
    Report,
    Target,
    Versus,
    compare,
    document,
    dump_json,
    evaluate,
    glossary,
    load_json,
    parse,
    project,
    scorecard,
    to_records,
    ureg,
)
from datong2020.query import due_by, search
from datong2020.report.review.headline import GDP_2019
from datong2020.units import Magnitude, Quantity


def gdp_in_yuan() -> float:
    value: Quantity = GDP_2019.value
    magnitude: Magnitude = value.magnitude
    return float(value.to("CNY").magnitude) if magnitude else 0.0


def growth_target() -> str:
    target = REPORT.lookup("gdp_growth_target_2020", Target)
    projection = project(target, REPORT)
    if target.value is None or projection is None:
        return "no projection"
    qualified = target.qualifier is Qualifier.ABOUT
    return f"{target.value:~} ({'about' if qualified else 'exactly'}) -> {projection.value:~}"


def facts_about(words: str) -> list[str]:
    found: tuple[Fact, ...] = search(REPORT, words)
    return [fact.figure for fact in found]


def round_trip(report: Report) -> bool:
    return load_json(dump_json(report)) == report


def first_row_id() -> str | int | float | None:
    return to_records(REPORT)[0]["id"]


def due_in_june() -> int:
    return len(due_by(REPORT, datetime.date(2020, 6, 30)))


def read(figure: str) -> Magnitude:
    return parse(figure).value.magnitude


def gdp_verdict() -> tuple[Attainment, Magnitude | None]:
    outcome = REPORT.lookup("gdp_growth_2020", Outcome)
    evaluation = evaluate(REPORT.target("gdp_growth_target_2020"), outcome)
    gap: Magnitude | None = None if evaluation.gap is None else evaluation.gap.magnitude
    return evaluation.verdict, gap


def versus_province() -> list[Versus | None]:
    return [row.versus_province for row in scorecard(REPORT)]


def quoted_in(record: Outcome) -> str:
    span = REPORT.span(record)
    return document(record.document).text[span.start : span.end]


def city_versus_province() -> Versus | None:
    return compare(REPORT.target("gdp_growth_target_2020"), REPORT.province_targets[0])


if __name__ == "__main__":
    print(gdp_in_yuan(), growth_target(), facts_about("hydrogen bus"), round_trip(REPORT))
    print(first_row_id(), due_in_june(), read("6.5%以上"), glossary["六稳"].term, ureg.Quantity(1, "亿元"))
    print(gdp_verdict(), versus_province(), quoted_in(REPORT.outcomes[0]), city_versus_province())
