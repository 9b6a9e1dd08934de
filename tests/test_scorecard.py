"""The scorecard as the command prints it and as data: every row has a sourced outcome and a verdict, or
says why not; every outcome and province figure stands verbatim in its own shipped document."""

from __future__ import annotations

import json

import pytest

from datong2020 import (
    REPORT,
    Attainment,
    Outcome,
    ProvinceTarget,
    compare,
    document,
    evaluate,
    scorecard,
    scorecard_records,
)
from datong2020.cli import main
from datong2020.commands import scorecard_text
from datong2020.evaluation import MAIN_TARGETS_SECTION, outcome_of
from datong2020.units import parse_unit

MAIN = [target.id for target in REPORT.targets if target.section == MAIN_TARGETS_SECTION]
KEYS = {"target", "verdict", "rule", "base", "outcome", "gap", "province", "versus_province"}


@pytest.fixture(scope="module")
def printed() -> list[dict[str, object]]:
    from datong2020.commands import scorecard_document

    return json.loads(json.dumps(scorecard_document(REPORT)))  # type: ignore[no-any-return]


def test_the_json_has_the_shape_issue_10_sets(printed: list[dict[str, object]]) -> None:
    assert [row["target"] for row in printed][: len(MAIN)] == MAIN
    for row in printed:
        assert set(row) == KEYS
        assert row["verdict"] in {"met", "missed", "not_assessable", "no_outcome"}
        assert row["versus_province"] in {"above", "equal", "below", None}
        outcome = row["outcome"]
        assert (outcome is None) == (row["verdict"] == "no_outcome")
        if isinstance(outcome, dict):
            assert set(outcome) == {"id", "document", "value"}
            value = outcome["value"]
            assert value is None or (set(value) == {"magnitude", "unit"} and parse_unit(value["unit"]))
        gap = row["gap"]
        assert gap is None or set(gap) == {"magnitude", "unit"}
        province = row["province"]
        assert province is None or set(province) == {"id", "document", "value", "qualifier"}
        assert row["rule"]


def test_every_row_rests_on_its_own_documents() -> None:
    for row in scorecard(REPORT):
        for record in (row.outcome, row.province):
            if record is None:
                continue
            span = REPORT.span(record)
            assert document(record.document).text[span.start : span.end] == record.quote
            assert record.document != "datong_2020"
        if row.outcome is not None:
            assert row.target.id in row.outcome.outcome_of
            assert row.evaluation == evaluate(row.target, row.outcome)
        if row.province is not None:
            assert row.target.id in row.province.counterparts
            assert row.versus_province is compare(row.target, row.province)


def test_every_outcome_and_province_target_is_of_its_own_document() -> None:
    for record in (*REPORT.outcomes, *REPORT.province_targets):
        assert isinstance(record, Outcome | ProvinceTarget)
        span = REPORT.span(record)
        assert document(record.document).text[span.start : span.end] == record.quote
    assert {record.document for record in REPORT.outcomes} <= {"datong_2021", "shanxi_2021"}
    assert {record.document for record in REPORT.province_targets} <= {"shanxi_2020"}


def test_targets_beyond_the_main_ones_are_listed_only_with_an_outcome() -> None:
    for row in scorecard(REPORT):
        if row.target.section != MAIN_TARGETS_SECTION:
            assert outcome_of(REPORT, row.target) is not None
            assert row.verdict is not Attainment.NO_OUTCOME


def test_records_and_json_agree(printed: list[dict[str, object]]) -> None:
    flat = scorecard_records(REPORT)
    assert [row["target"] for row in flat] == [row["target"] for row in printed]
    assert [row["verdict"] for row in flat] == [row["verdict"] for row in printed]


def test_the_command_prints_the_table_and_the_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scorecard"]) == 0
    assert capsys.readouterr().out == scorecard_text(REPORT, "zh")
    assert main(["--lang", "en", "scorecard"]) == 0
    english = capsys.readouterr().out
    assert english == scorecard_text(REPORT, "en")
    assert "gross regional product" in english
    assert main(["scorecard", "--format", "json"]) == 0
    assert [row["target"] for row in json.loads(capsys.readouterr().out)][: len(MAIN)] == MAIN


def test_the_provinces_scorecard_holds_its_targets_to_its_own_outcomes() -> None:
    rows = scorecard(REPORT, province=True)
    assert [row.target.id for row in rows] == [target.id for target in REPORT.province_targets]
    verdicts = {row.target.id: row.verdict for row in rows}
    assert verdicts["shanxi_gdp_growth_target_2020"] is Attainment.MISSED  # 3.6% against 6.1%左右
    assert verdicts["shanxi_rural_disposable_income_growth_target_2020"] is Attainment.MET  # 7.6% ≥ 6.5%
    assert verdicts["shanxi_urban_disposable_income_growth_target_2020"] is Attainment.MISSED  # 4.6% < 6.1%
    for row in rows:
        assert row.base is None
        assert row.province is None
        assert row.versus_province is None
        if row.outcome is not None:
            assert row.outcome.document == "shanxi_2021"
            assert row.target.id in row.outcome.outcome_of
    with pytest.raises(TypeError):
        scorecard(REPORT, province="yes")  # type: ignore[arg-type]


def test_the_command_prints_the_provinces_scorecard(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["scorecard", "--province"]) == 0
    assert capsys.readouterr().out == scorecard_text(REPORT, "zh", province=True)
    assert main(["scorecard", "--province", "--format", "json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [row["target"] for row in printed] == [target.id for target in REPORT.province_targets]
    assert all(set(row) == KEYS for row in printed)
