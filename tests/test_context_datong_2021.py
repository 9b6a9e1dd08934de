"""The 2020 outcomes read from Datong's 2021 report (``datong_2021``), against the shipped texts."""

from __future__ import annotations

import re

import pytest

from datong2020 import REPORT, describe, ureg
from datong2020.model import Fact, FigureKind, Outcome, Part, Project, Record, Target
from datong2020.report.context.datong_2021 import five_years, review_2020
from datong2020.source import document

DOCUMENT = "datong_2021"
TEXT = document(DOCUMENT).text
RECORDS = [record for record in REPORT if record.document == DOCUMENT]
OUTCOMES = [record for record in REPORT.outcomes if record.document == DOCUMENT]
FIGURED = [outcome for outcome in OUTCOMES if outcome.figure is not None]
# Where the target words a commitment ("再建设…", "to be built"), the outcome says what was done instead.
OWN_MEASURES = {
    "base_stations_5g_built_2020",
    "agro_processing_major_projects_advanced_2020",
    "rural_roads_built_2020",
    "rural_boarding_schools_built_2020",
}


def _linked(outcome: Outcome) -> list[Record]:
    return [REPORT[id_] for id_ in outcome.outcome_of]


def test_the_document_s_records_are_the_modules_outcomes_and_its_page_break_quirk() -> None:
    declared = [value for module in (review_2020, five_years) for value in vars(module).values()]
    assert {record.id for record in RECORDS} == {value.id for value in declared if isinstance(value, Record)}
    assert len(OUTCOMES) == 14
    assert [record.id for record in RECORDS if not isinstance(record, Outcome)] == [
        "datong_2021_page_break_notices"
    ]


@pytest.mark.parametrize("record", RECORDS, ids=lambda record: record.id)
def test_every_record_resolves_to_a_verbatim_span_of_its_own_document(record: Record) -> None:
    span = REPORT.span(record)
    assert TEXT[span.start : span.end] == record.quote
    assert len(document(DOCUMENT).find_all(record.quote)) == 1
    assert record.section is None  # the context document's outline is not encoded


@pytest.mark.parametrize("outcome", FIGURED, ids=lambda outcome: outcome.id)
def test_every_figure_stands_once_in_its_quote_at_its_place_in_the_document(outcome: Outcome) -> None:
    figure_span = REPORT.figure_span(outcome)
    assert figure_span is not None
    assert TEXT[figure_span.start : figure_span.end] == outcome.figure
    assert figure_span in REPORT.span(outcome)


@pytest.mark.parametrize("outcome", OUTCOMES, ids=lambda outcome: outcome.id)
def test_every_outcome_is_of_calendar_2020_and_not_a_running_total(outcome: Outcome) -> None:
    assert outcome.period.within(2020)
    assert not outcome.period.cumulative


@pytest.mark.parametrize("outcome", FIGURED, ids=lambda outcome: outcome.id)
def test_a_figure_is_the_outcome_of_targets_and_facts_of_the_same_kind_of_measure(outcome: Outcome) -> None:
    for linked in _linked(outcome):
        assert isinstance(linked, Target | Fact), linked.id
        # A level for a level, a growth for a growth, a count for a count, a rank for a rank.
        assert linked.figure_kind is outcome.figure_kind, linked.id
        if isinstance(linked, Target):
            assert linked.period.within(2020), linked.id
        else:
            # A 2019 headline indicator, or the fact a linked target builds on (new urban jobs).
            bases = {target.base for target in _linked(outcome) if isinstance(target, Target)}
            assert linked.section == "review_headline" or linked.id in bases, linked.id
            assert linked.period.within(2019), linked.id


@pytest.mark.parametrize("outcome", [o for o in OUTCOMES if o.figure is None], ids=lambda o: o.id)
def test_a_completion_is_of_a_plan_project_and_its_words_stand_in_the_quote(outcome: Outcome) -> None:
    assert outcome.result is not None
    assert outcome.result.zh in outcome.quote
    projects = [linked for linked in _linked(outcome) if isinstance(linked, Project)]
    assert projects
    plan_sections = {section.id for section in REPORT.sections if section.part is Part.PLAN}
    for project in projects:
        assert project.section in plan_sections, project.id  # a project the 2020 plan names
    for linked in _linked(outcome):
        if isinstance(linked, Target):
            assert set(linked.about) & {project.id for project in projects}, linked.id
        else:
            assert isinstance(linked, Project), linked.id


@pytest.mark.parametrize("outcome", OUTCOMES, ids=lambda outcome: outcome.id)
def test_a_measure_is_the_linked_record_s_unless_that_words_a_commitment(outcome: Outcome) -> None:
    labels = [
        linked.name if isinstance(linked, Project) else getattr(linked, "measure", None)
        for linked in _linked(outcome)
    ]
    assert (outcome.measure in labels) != (outcome.id in OWN_MEASURES)


def _words_before(outcome: Outcome) -> str:
    """The words of the quote before the figure, back to the clause's start."""
    assert outcome.figure is not None
    before = outcome.quote[: outcome.quote.index(outcome.figure)]
    return re.split(r"[，。；、,;]", before)[-1]


def _claims_an_average(outcome: Outcome) -> bool:
    return "年均" in _words_before(outcome)


@pytest.mark.parametrize("outcome", FIGURED, ids=lambda outcome: outcome.id)
def test_no_outcome_is_a_multi_year_average(outcome: Outcome) -> None:
    assert not _claims_an_average(outcome)


def test_the_average_check_sees_the_document_s_averages() -> None:
    # Each 年均增长 figure of the five-year paragraphs, encoded as if it were an outcome, is caught.
    averages = re.findall(r"[^，。；、]*年均增长[\d.]+％", TEXT)
    assert len(averages) == 5
    for clause in averages:
        figure = re.findall(r"[\d.]+％", clause)[-1]
        as_outcome = Outcome(
            id="an_average",
            quote=clause,
            section=None,
            document=DOCUMENT,
            figure=figure,
            figure_kind=FigureKind.GROWTH,
            period=five_years.YEAR,
            outcome_of=("gdp_growth_target_2020",),
            measure=REPORT.target("gdp_growth_target_2020").measure,
        )
        assert _claims_an_average(as_outcome), clause
    spans = {REPORT.figure_span(outcome) for outcome in FIGURED}
    for match in re.finditer(r"年均增长([\d.]+％)", TEXT):
        assert all(span is None or span.start != match.start(1) for span in spans)


def test_the_figures_the_issue_names_have_exactly_those_values_and_links() -> None:
    expected = {
        "gdp_2020": ("1369.9亿元", 1369.9, "亿元", ("gdp_2019",)),
        "gdp_growth_2020": ("4.3％", 4.3, "%", ("gdp_growth_target_2020", "gdp_growth_2019")),
        "rural_disposable_income_2020": ("11610元", 11610, "元", ("rural_disposable_income_2019",)),
        "rural_disposable_income_growth_2020": (
            "8.2％",
            8.2,
            "%",
            ("rural_disposable_income_growth_target_2020", "rural_disposable_income_growth_2019"),
        ),
        "new_urban_jobs_2020": (
            "4.67万人",
            4.67,
            "万人",
            ("new_urban_jobs_target_2020", "new_urban_jobs_2019"),
        ),
        "base_stations_5g_built_2020": ("1767个", 1767, "个", ("base_stations_5g_2020",)),
    }
    for id_, (figure, magnitude, unit, outcome_of) in expected.items():
        outcome = REPORT[id_]
        assert isinstance(outcome, Outcome)
        assert outcome.figure == figure
        assert outcome.value is not None
        assert outcome.value.magnitude == magnitude
        assert outcome.value.units == ureg.Unit(unit)
        assert outcome.outcome_of == outcome_of


def test_growths_say_increase_and_the_gdp_growth_is_signed_as_written() -> None:
    for outcome in FIGURED:
        assert (outcome.direction is not None) == (outcome.figure_kind is FigureKind.GROWTH), outcome.id
    growth = REPORT["gdp_growth_2020"]
    assert isinstance(growth, Outcome)
    assert growth.signed_value == ureg.Quantity(4.3, "%")


def test_the_main_targets_without_an_outcome_are_those_the_2021_report_gives_no_2020_figure_for() -> None:
    reached = {id_ for outcome in OUTCOMES for id_ in outcome.outcome_of}
    main = [target.id for target in REPORT.targets if target.section == "plan_targets"]
    assert [id_ for id_ in main if id_ in reached] == [
        "gdp_growth_target_2020",
        "industrial_value_added_growth_target_2020",
        "rural_disposable_income_growth_target_2020",
        "new_urban_jobs_target_2020",
    ]
    # Investment, retail sales, budget revenue and urban income have only five-year averages (年均增长);
    # unemployment, prices and the binding targets have nothing.
    for measure in ("固定资产投资年均增长", "一般公共预算收入年均增长", "社会消费品零售总额年均增长"):
        assert TEXT.count(measure) == 1
    assert "城镇常住居民人均可支配收入" not in TEXT
    assert "失业率" not in TEXT[: TEXT.index("二、“十四五”")]
    assert "居民消费价格" not in TEXT[: TEXT.index("二、“十四五”")]


def test_readings_stand_where_the_document_leaves_room_for_another() -> None:
    # Every outcome of the five-year paragraphs says how its year was read; in the review of 2020, so do
    # the ones whose measure or year the text leaves open.
    for value in vars(five_years).values():
        if isinstance(value, Outcome):
            assert value.reading is not None, value.id
    read = {outcome.id for outcome in OUTCOMES if outcome.reading is not None}
    assert read == {
        "base_stations_5g_built_2020",
        "longi_pv_completed_2020",
        "rural_disposable_income_growth_rank_2020",
        "agro_processing_major_projects_advanced_2020",
        "rural_roads_built_2020",
        "gdp_2020",
        "industrial_value_added_growth_2020",
        "industrial_value_added_growth_rank_2020",
        "aviation_college_enrolling_2020",
    }


def test_the_page_break_notices_stand_between_two_sentences_of_the_five_year_paragraph() -> None:
    quirk = REPORT.quirk("datong_2021_page_break_notices")
    span = REPORT.span(quirk)
    assert TEXT[span.start - 1] == "；"  # the sentence before ends; the report resumes after the notices
    industry = REPORT.span(REPORT["industrial_value_added_growth_2020"])
    assert industry.end < span.start


@pytest.mark.parametrize("outcome", OUTCOMES, ids=lambda outcome: outcome.id)
def test_every_outcome_describes_itself_with_its_year(outcome: Outcome) -> None:
    for lang in ("zh", "en"):
        line = describe(outcome, lang)
        assert line.endswith("(2020)")
        if outcome.result is not None:
            assert outcome.result.in_lang(lang) in line
