"""Text for people, through babel: the report's precision kept, CLDR's numbers, ordinals, compact forms
and dates, differences of rates in percentage points, and one line per object."""

from __future__ import annotations

import datetime
import subprocess
import sys
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from datong2020 import REPORT, Qualifier, Target, describe, growth_steps, percentage_points, ureg
from datong2020.commands import summary
from datong2020.errors import DimensionError
from datong2020.formatting import (
    _pattern,
    format_date,
    format_figure,
    format_number,
    format_quantity,
    ordinal,
)


def test_describe_gives_the_issue_s_example_lines() -> None:
    gdp = REPORT.fact("gdp_2019")
    assert describe(gdp) == "地区生产总值1318.8亿元,增长6.7%,增幅全省第1"
    assert (
        describe(gdp, "en") == "Gross regional product CNY 131.88 billion, up 6.7%, 1st in Shanxi by growth"
    )


def test_describe_keeps_a_written_zero_and_the_verb_of_a_fall() -> None:
    industry = REPORT.fact("industrial_value_added_2019")
    assert describe(industry) == "规模以上工业增加值352.2亿元,增长6.0%,增幅全省第3"
    energy = REPORT.fact("energy_intensity_decline_2019")
    assert "下降4.64%" in describe(energy)
    assert describe(energy, "en").endswith("4.64%, 1st in Shanxi")


def test_describe_covers_every_object_in_both_languages() -> None:
    for record in REPORT:
        for lang in ("zh", "en"):
            line = describe(record, lang)
            assert line.strip()
            assert "\n" not in line
    r = REPORT
    assert describe(REPORT) == (
        f"大同市2020年政府工作报告(2020年4月22日):{len(r.sections)}节、{len(r.facts)}项事实、"
        f"{len(r.targets)}项目标、{len(r.projects)}个项目、{len(r.brands)}个品牌、{len(r.achievements)}项成绩、"
        f"{len(r.shortcomings)}个问题、{len(r.terms)}个术语、{len(r.quirks)}处原文疑点、"
        f"{len(r.province_targets)}项全省目标、{len(r.outcomes)}项后续报告的实绩"
    )


def test_describe_refuses_what_it_cannot_describe() -> None:
    with pytest.raises(TypeError, match="describe"):
        describe("gdp_2019")  # type: ignore[arg-type]


def test_in_chinese_a_record_s_figure_is_as_the_report_writes_it() -> None:
    for record in [*REPORT.facts, *REPORT.targets]:
        if record.figure is None:
            continue
        shown = format_figure(record, "zh")
        assert record.figure.replace("\n", "") in shown, record.id
        words = shown.removeprefix(record.commitment.zh) if isinstance(record, Target) else shown
        assert words in record.quote.replace("\n", "") or record.qualifier is not Qualifier.PLAIN, record.id


def test_qualifiers_and_commitments_in_both_languages() -> None:
    urban = REPORT.target("urban_disposable_income_growth_target_2020")
    assert format_figure(urban) == "6.5%以上"
    assert format_figure(urban, "en") == "at least 6.5%"
    airport = REPORT.fact("yungang_airport_passengers_2019")
    assert format_figure(airport) == "突破130万人次"
    assert format_figure(airport, "en") == "over 1.3 million"
    water = REPORT.fact("national_assessment_water_rank_2018")
    assert format_figure(water) == "倒数第二"
    assert format_figure(water, "en") == "2nd from the bottom"
    assert format_figure(REPORT.fact("national_assessment_water_rank_2019"), "en") == "within the top 14"
    strive = next(
        target for target in REPORT.targets if target.commitment.value == "strive" and target.figure
    )
    assert format_figure(strive).startswith("力争")
    assert format_figure(strive, "en").startswith("strive for ")


@given(st.decimals(min_value=0, max_value=999, places=3, allow_nan=False, allow_infinity=False))
def test_a_percentage_keeps_its_written_decimals(number: Decimal) -> None:
    written = repr(float(number))
    quantity = ureg.Quantity(float(number), "%")
    assert format_quantity(quantity, "en") == f"{written}%"
    assert format_quantity(quantity, "zh") == f"{written}%"


@given(
    st.decimals(min_value=-(10**21), max_value=10**21, places=0, allow_nan=False, allow_infinity=False)
    | st.decimals(min_value=-(10**12), max_value=10**12, places=6, allow_nan=False, allow_infinity=False)
    | st.sampled_from(
        [Decimal("-0"), Decimal("-0.005"), Decimal("0.015"), Decimal("0.025"), Decimal("1E+16")]
    ),
    st.booleans(),
)
def test_chinese_numbers_are_babel_s_without_its_locale_data(number: Decimal, exact: bool) -> None:
    # The main job writes Chinese numbers without loading babel's locale data: they must be babel's.
    expected = format_decimal(number, format=_pattern(number, exact), locale="zh_CN")
    assert format_number(number, "zh", exact=exact) == expected


def test_the_main_job_loads_no_locale_data() -> None:
    code = (
        "import sys, babel.localedata as data\n"
        "from datong2020.commands import summary\n"
        "from datong2020 import REPORT\n"
        "summary(REPORT, 'zh')\n"
        "print(sorted(data._cache), 'babel.dates' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["[]", "False"]


def test_money_counts_and_other_units_in_english() -> None:
    assert format_quantity(ureg.Quantity(1318.8, "亿元"), "en") == "CNY 131.88 billion"
    assert format_quantity(ureg.Quantity(32252, "元"), "en") == "CNY 32,252"
    assert format_quantity(ureg.Quantity(5.08, "万人"), "en") == "50,800"
    assert format_quantity(ureg.Quantity(39, "万千瓦"), "en") == "390,000 kW"
    assert format_quantity(ureg.Quantity(1401.8844, "亿元"), "en", exact=False) == "CNY 140.19 billion"
    assert format_quantity(ureg.Quantity(1401.8844, "亿元"), "zh", exact=False) == "1401.88亿元"
    assert format_quantity(ureg.Quantity(5.73, "万亩"), "zh") == "5.73万亩"  # the library's own label


@pytest.mark.parametrize(
    ("number", "expected"),
    [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"), (13, "13th"),
     (21, "21st"), (22, "22nd"), (101, "101st"), (111, "111th")],
)  # fmt: skip
def test_ordinals_follow_cldr(number: int, expected: str) -> None:
    assert ordinal(number) == expected
    assert ordinal(number, "zh") == f"第{number}"


def test_dates_are_cldr_s_long_dates() -> None:
    day = datetime.date(2020, 6, 30)
    assert format_date(day, "zh") == "2020年6月30日"
    assert format_date(day, "en") == "June 30, 2020"


def test_a_difference_of_rates_is_exact_in_percentage_points() -> None:
    step = percentage_points(ureg.Quantity(6.3, "%"), ureg.Quantity(6.7, "%"))
    assert step.units == ureg.percentage_point
    assert step.magnitude == -0.4
    assert format_quantity(step, "zh") == "-0.4个百分点"
    assert format_quantity(step, "en") == "-0.4 percentage points"
    assert format_quantity(ureg.Quantity(1, "百分点"), "en") == "1 percentage point"
    with pytest.raises(DimensionError):
        percentage_points(ureg.Quantity(6.3, "%"), ureg.Quantity(1, "亿元"))


two_places = st.decimals(min_value=-50, max_value=50, places=2, allow_nan=False, allow_infinity=False)


@given(two_places, two_places)
def test_percentage_points_are_the_decimal_difference(later: Decimal, earlier: Decimal) -> None:
    step = percentage_points(ureg.Quantity(float(later), "%"), ureg.Quantity(float(earlier), "%"))
    assert Decimal(repr(step.magnitude)) == Decimal(repr(float(later))) - Decimal(repr(float(earlier)))


def test_growth_steps_read_in_one_line() -> None:
    gdp = growth_steps(REPORT)[0]
    assert describe(gdp) == "地区生产总值增长6.3%左右,2019年增长6.7%,低0.4个百分点"
    assert describe(gdp, "en").endswith("against 6.7% in 2019: 0.4 percentage points lower")


def test_the_cli_table_uses_the_same_formatting() -> None:
    for lang in ("zh", "en"):
        table = summary(REPORT, lang)  # type: ignore[arg-type]
        for step in growth_steps(REPORT):
            assert format_figure(REPORT.target(step.target), lang) in table  # type: ignore[arg-type]
            assert step.rank is not None
            assert format_figure(REPORT.fact(step.rank), lang) in table  # type: ignore[arg-type]
