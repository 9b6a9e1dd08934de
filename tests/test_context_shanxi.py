"""Shanxi's 2020 targets (``shanxi_2020``) and the 2020 outcomes its 2021 report gives (``shanxi_2021``),
checked against the shipped texts."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

from datong2020 import REPORT, Direction, Outcome, Period, ProvinceTarget, Qualifier, Record, Target
from datong2020.source import Source, Span, document
from datong2020.units import unit_symbol, written_decimal

SHANXI = ("shanxi_2020", "shanxi_2021")
RECORDS = [record for record in REPORT if record.document in SHANXI]
TARGETS = [record for record in REPORT.province_targets if record.document == "shanxi_2020"]
OUTCOMES = [record for record in REPORT.outcomes if record.document == "shanxi_2021"]
FIGURED: list[ProvinceTarget | Outcome] = [*TARGETS, *OUTCOMES]

# Where a clause of the texts ends: the figures of one clause belong to one measure.
_CLAUSE_END = re.compile(r"[，。；！：\n]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")


def _figure_span(record: ProvinceTarget | Outcome) -> Span:
    span = REPORT.figure_span(record)
    assert span is not None
    return span


def _clause_before(text: str, position: int) -> str:
    """The words of the clause from its start up to ``position``."""
    starts = [match.end() for match in _CLAUSE_END.finditer(text, 0, position)]
    return text[(starts[-1] if starts else 0) : position]


def _paragraph(source: Source, span: Span) -> Span:
    """The line of the text that holds ``span``: the transcriptions put a paragraph on a line."""
    return Span(start=source.text.rfind("\n", 0, span.start) + 1, end=source.text.find("\n", span.end))


def _number(record: ProvinceTarget | Outcome) -> tuple[Decimal, str]:
    assert record.value is not None
    return written_decimal(record.value.magnitude), unit_symbol(record.value.units)


def test_the_shanxi_documents_have_records_of_each_kind() -> None:
    assert len(TARGETS) == 14
    assert len(OUTCOMES) == 4
    assert {record.kind for record in RECORDS} == {"province_target", "outcome", "quirk"}


@pytest.mark.parametrize("record", RECORDS, ids=lambda record: record.id)
def test_a_record_quotes_its_own_document_verbatim_once_and_sits_in_no_section(record: Record) -> None:
    assert record.section is None
    source = document(record.document)
    span = REPORT.span(record)
    assert source.text[span.start : span.end] == record.quote
    assert len(source.find_all(record.quote)) == 1


@pytest.mark.parametrize("record", FIGURED, ids=lambda record: record.id)
def test_a_figure_stands_once_in_its_quote_and_is_read_from_the_text(
    record: ProvinceTarget | Outcome,
) -> None:
    assert record.figure is not None
    assert record.quote.count(record.figure) == 1
    span = _figure_span(record)
    assert document(record.document).text[span.start : span.end] == record.figure
    number, _ = _number(record)
    assert number == Decimal(_NUMBER.match(record.figure).group())  # type: ignore[union-attr]


def _main_and_binding_paragraphs() -> list[Span]:
    source = document("shanxi_2020")
    gdp = REPORT.lookup("shanxi_gdp_growth_target_2020", ProvinceTarget)
    energy = REPORT.lookup("shanxi_energy_intensity_decline_target_2016_2020", ProvinceTarget)
    return [_paragraph(source, REPORT.span(gdp)), _paragraph(source, REPORT.span(energy))]


# Digit runs of the two paragraphs that are not a target's figure: the base year of a fall and the
# deadline of a target without a figure.
_NOT_TARGET_FIGURES = {"2015": "年下降", "6": "月底前"}


def test_every_figure_of_the_main_and_binding_targets_paragraphs_is_a_province_target() -> None:
    text = document("shanxi_2020").text
    figures = {_figure_span(target).start: target for target in TARGETS}
    found = 0
    for paragraph in _main_and_binding_paragraphs():
        for number in _NUMBER.finditer(text, paragraph.start, paragraph.end):
            if _NOT_TARGET_FIGURES.get(number.group()) == text[number.end() : number.end() + 3]:
                continue
            assert number.start() in figures, f"{number.group()} at {number.start()} is not encoded"
            found += 1
    assert found == len(TARGETS) == len(figures)


@pytest.mark.parametrize("target", TARGETS, ids=lambda target: target.id)
def test_a_qualifier_is_the_word_after_the_figure(target: ProvinceTarget) -> None:
    text = document("shanxi_2020").text
    after = text[_figure_span(target).end :]
    words = [qualifier.zh for qualifier in (Qualifier.ABOUT, Qualifier.AT_LEAST, Qualifier.WITHIN)]
    if target.qualifier is Qualifier.PLAIN:
        assert not after.startswith(tuple(words))
    else:
        assert after.startswith(target.qualifier.zh)


@pytest.mark.parametrize("target", TARGETS, ids=lambda target: target.id)
def test_a_ceiling_aims_to_decrease_and_the_size_of_a_fall_to_increase(target: ProvinceTarget) -> None:
    clause = _clause_before(document("shanxi_2020").text, _figure_span(target).start)
    ceiling = "控制在" in clause
    assert (target.aim is Direction.DECREASE) == ceiling
    if "下降" in clause:  # the figure is how much to fall: the target says which way is good, and why
        assert target.aim is Direction.INCREASE
        assert "下降" in target.measure.zh
        assert target.note is not None
        assert "increase" in target.note.en


@pytest.mark.parametrize("target", TARGETS, ids=lambda target: target.id)
def test_a_target_links_every_datong_main_target_of_its_measure_and_no_other(target: ProvinceTarget) -> None:
    plan = [t for t in REPORT.targets if t.section == "plan_targets"]
    same_measure = [t.id for t in plan if t.measure == target.measure]
    assert list(target.counterparts) == same_measure
    for counterpart in map(REPORT.target, target.counterparts):
        assert counterpart.document == "datong_2020"
        assert counterpart.figure_kind is target.figure_kind
        assert counterpart.aim is target.aim


def test_the_linked_datong_targets() -> None:
    linked = {target.id: target.counterparts for target in TARGETS if target.counterparts}
    assert linked == {
        "shanxi_gdp_growth_target_2020": ("gdp_growth_target_2020",),
        "shanxi_budget_revenue_growth_target_2020": ("budget_revenue_growth_target_2020",),
        "shanxi_fixed_asset_investment_growth_target_2020": ("fixed_asset_investment_growth_target_2020",),
        "shanxi_retail_sales_growth_target_2020": ("retail_sales_growth_target_2020",),
        "shanxi_urban_disposable_income_growth_target_2020": ("urban_disposable_income_growth_target_2020",),
        "shanxi_rural_disposable_income_growth_target_2020": ("rural_disposable_income_growth_target_2020",),
        # Datong's has no number (完成省下达任务): linked as the same measure, not comparable by number.
        "shanxi_new_urban_jobs_target_2020": ("new_urban_jobs_target_2020",),
        "shanxi_urban_unemployment_rate_target_2020": ("urban_unemployment_rate_target_2020",),
        "shanxi_cpi_increase_target_2020": ("cpi_increase_target_2020",),
    }
    assert REPORT.target("new_urban_jobs_target_2020").figure is None


def test_the_issue_s_figures_with_their_qualifiers_and_links() -> None:
    gdp = REPORT.lookup("shanxi_gdp_growth_target_2020", ProvinceTarget)
    investment = REPORT.lookup("shanxi_fixed_asset_investment_growth_target_2020", ProvinceTarget)
    assert (gdp.figure, _number(gdp), gdp.qualifier) == ("6.1%", (Decimal("6.1"), "%"), Qualifier.ABOUT)
    assert (investment.figure, _number(investment), investment.qualifier) == (
        "6%",
        (Decimal("6"), "%"),
        Qualifier.AT_LEAST,
    )
    assert gdp.counterparts == ("gdp_growth_target_2020",)
    assert investment.counterparts == ("fixed_asset_investment_growth_target_2020",)
    outcomes = {
        "shanxi_gdp_growth_2020": ("3.6%", "shanxi_gdp_growth_target_2020"),
        "shanxi_urban_disposable_income_growth_2020": (
            "4.6%",
            "shanxi_urban_disposable_income_growth_target_2020",
        ),
        "shanxi_rural_disposable_income_growth_2020": (
            "7.6%",
            "shanxi_rural_disposable_income_growth_target_2020",
        ),
    }
    for outcome_id, (figure, target_id) in outcomes.items():
        outcome = REPORT.lookup(outcome_id, Outcome)
        assert outcome.figure == figure
        assert _number(outcome) == (Decimal(figure.removesuffix("%")), "%")
        assert outcome.qualifier is Qualifier.PLAIN
        assert outcome.direction is Direction.INCREASE
        assert outcome.outcome_of == (target_id,)
    urban = REPORT.lookup("shanxi_urban_disposable_income_growth_target_2020", ProvinceTarget)
    rural = REPORT.lookup("shanxi_rural_disposable_income_growth_target_2020", ProvinceTarget)
    assert (urban.figure, urban.qualifier, urban.counterparts) == (
        "6.1%",
        Qualifier.AT_LEAST,
        ("urban_disposable_income_growth_target_2020",),
    )
    assert (rural.figure, rural.qualifier, rural.counterparts) == (
        "6.5%",
        Qualifier.AT_LEAST,
        ("rural_disposable_income_growth_target_2020",),
    )


@pytest.mark.parametrize("outcome", OUTCOMES, ids=lambda outcome: outcome.id)
def test_an_outcome_is_of_a_province_target_of_its_measure_for_2020(outcome: Outcome) -> None:
    assert outcome.outcome_of
    for target in (REPORT[id_] for id_ in outcome.outcome_of):
        assert isinstance(target, ProvinceTarget)
        assert target.document == "shanxi_2020"
        assert target.measure == outcome.measure
        assert target.figure_kind is outcome.figure_kind
        assert target.period.within(2020)
    assert outcome.period == Period.year(2020)
    assert outcome.period.within(2020)


@pytest.mark.parametrize("record", FIGURED, ids=lambda record: record.id)
def test_no_figure_is_a_multi_year_average(record: ProvinceTarget | Outcome) -> None:
    clause = _clause_before(document(record.document).text, _figure_span(record).start)
    assert "年均" not in clause


def _account_of_2020() -> Span:
    """Shanxi 2021's account of 2020: from "刚刚过去的2020年" to the thanks after its summary."""
    source = document("shanxi_2021")
    start = source.locate("刚刚过去的2020年").start
    return Span(start=start, end=source.locate("五年来特别是2020年").start)


@pytest.mark.parametrize("outcome", OUTCOMES, ids=lambda outcome: outcome.id)
def test_an_outcome_is_read_from_the_account_of_2020(outcome: Outcome) -> None:
    assert REPORT.span(outcome) in _account_of_2020()


def test_a_measure_the_account_of_2020_names_as_written_has_its_outcome() -> None:
    account = _account_of_2020()
    named = document("shanxi_2021").text[account.start : account.end]
    with_outcome = {target for outcome in OUTCOMES for target in outcome.outcome_of}
    for target in TARGETS:
        if target.measure.zh in named:
            assert target.id in with_outcome, target.id


def test_the_fixed_asset_investment_outcome_says_how_it_was_read() -> None:
    outcome = REPORT.lookup("shanxi_fixed_asset_investment_growth_2020", Outcome)
    assert outcome.reading is not None
    assert outcome.quote.startswith("全年")
    assert _clause_before(outcome.quote, outcome.quote.index(outcome.figure or "")).startswith("带动")


def test_the_energy_intensity_target_is_a_fall_from_2015_over_five_years() -> None:
    energy = REPORT.lookup("shanxi_energy_intensity_decline_target_2016_2020", ProvinceTarget)
    assert "较2015年" in energy.quote
    assert energy.period == Period.years(2016, 2020)
    assert not energy.period.within(2020)
    assert isinstance(energy, Target)


def test_the_water_grade_quirk_is_two_characters_in_the_text() -> None:
    quirk = REPORT.quirk("shanxi_2020_worst_water_grade_two_spellings")
    text = document("shanxi_2020").text
    assert "劣V类" in quirk.quote
    assert all("劣\u2164类" in also for also in quirk.also)
    assert text.count("劣V类") == 1
    assert text.count("劣\u2164类") == len(quirk.also)
