"""Flat rows, CSV, pandas and the Frictionless data package."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import frictionless
import pytest

from datong2020 import REPORT, scorecard_records, to_dataframe, to_records, write_csv, write_datapackage
from datong2020.tables import FIGURE_FIELDS

ROWS = to_records(REPORT)


def test_one_row_per_fact_and_target_in_text_order() -> None:
    assert len(ROWS) == len(REPORT.facts) + len(REPORT.targets)
    assert len({row["id"] for row in ROWS}) == len(ROWS)
    starts = [row["span_start"] for row in ROWS]
    assert starts == sorted(starts)  # type: ignore[type-var]
    assert all(list(row) == [name for name, _, _ in FIGURE_FIELDS] for row in ROWS)


def test_base_units_are_the_value_converted() -> None:
    gdp = next(row for row in ROWS if row["id"] == "gdp_2019")
    assert (gdp["magnitude"], gdp["unit"]) == (1318.8, "亿元")
    assert (gdp["base_unit_magnitude"], gdp["base_unit"]) == (131_880_000_000.0, "元")
    for row in ROWS:
        if row["unit"] == "%":
            assert row["base_unit"] == "dimensionless"
            assert row["base_unit_magnitude"] == pytest.approx(row["magnitude"] / 100)  # type: ignore[operator]


def test_csv_writes_every_row_and_reads_back() -> None:
    rows = list(csv.DictReader(io.StringIO(write_csv(REPORT))))
    assert len(rows) == len(ROWS)
    for written, row in zip(rows, ROWS, strict=True):
        assert written["id"] == row["id"]
        assert written["quote"] == row["quote"]
        assert written["magnitude"] == ("" if row["magnitude"] is None else str(row["magnitude"]))


def test_csv_export_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "figures.csv"
    subprocess.run(
        [sys.executable, "-m", "datong2020", "export", "--format", "csv", "-o", str(path)], check=True
    )
    assert path.read_text(encoding="utf-8") == write_csv(REPORT)


def test_the_data_package_validates(tmp_path: Path) -> None:
    descriptor = write_datapackage(REPORT, tmp_path / "package")
    report = frictionless.validate(str(descriptor))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])
    package = json.loads(descriptor.read_text(encoding="utf-8"))
    figures = next(r for r in package["resources"] if r["name"] == "figures")
    assert figures["schema"]["primaryKey"] == ["id"]
    assert {key["fields"][0] for key in figures["schema"]["foreignKeys"]} == {
        "section",
        "of",
        "whole",
        "base",
    }
    assert [source["version"] for source in package["sources"]] == [
        f"sha256:{source.sha256}" for source in REPORT.documents
    ]
    scorecard = next(r for r in package["resources"] if r["name"] == "scorecard")
    assert scorecard["schema"]["primaryKey"] == ["target"]
    rows = list(csv.DictReader((descriptor.parent / "scorecard.csv").open(encoding="utf-8")))
    assert [row["target"] for row in rows] == [row["target"] for row in scorecard_records(REPORT)]
    gdp = next(row for row in rows if row["target"] == "gdp_growth_target_2020")
    assert (gdp["verdict"], gdp["gap"], gdp["gap_unit"], gdp["outcome_document"]) == (
        "missed",
        "-2",
        "百分点",
        "datong_2021",
    )


def test_the_data_package_catches_a_broken_foreign_key(tmp_path: Path) -> None:
    descriptor = write_datapackage(REPORT, tmp_path / "package")
    figures = tmp_path / "package" / "figures.csv"
    figures.write_text(
        figures.read_text(encoding="utf-8").replace(",gdp_2019,", ",gdp_2018,", 1), encoding="utf-8"
    )
    assert not frictionless.validate(str(descriptor)).valid


def test_the_projects_table_holds_the_brand_and_says_which_it_is(tmp_path: Path) -> None:
    write_datapackage(REPORT, tmp_path)
    rows = list(csv.DictReader((tmp_path / "projects.csv").open(encoding="utf-8")))
    kinds = {row["id"]: row["kind"] for row in rows}
    assert kinds["datong_good_grain"] == "brand"
    assert kinds["yungang_airport"] == "project"
    assert len(rows) == len(REPORT.projects) + len(REPORT.brands)


def test_a_running_total_says_so_and_leaves_an_unstated_start_empty() -> None:
    rows = {row["id"]: row for row in ROWS}
    assert rows["inland_port_foreign_trade_firms_2019"]["period_cumulative"] is True
    assert rows["inland_port_foreign_trade_firms_2019"]["period_start"] is None
    assert rows["poverty_relocation_people_2016_2019"]["period_start"] == "2016-01-01"
    assert rows["gdp_2019"]["period_cumulative"] is False


def test_a_rank_from_the_bottom_says_so() -> None:
    rows = {row["id"]: row for row in ROWS}
    assert rows["national_assessment_water_rank_2018"]["from_bottom"] is True
    assert rows["national_assessment_water_rank_2018"]["magnitude"] == 2
    assert rows["national_assessment_water_rank_2019"]["from_bottom"] is False
    assert rows["gdp_growth_target_2020"]["from_bottom"] is None


def test_dataframe_is_indexed_by_id_with_dates() -> None:
    frame = to_dataframe(REPORT)
    assert frame.index.is_unique
    assert len(frame) == len(ROWS)
    assert str(frame["period_start"].dtype).startswith("datetime64")
    money = frame[frame["unit"] == "亿元"]
    assert money.loc["gdp_2019", "magnitude"] == 1318.8


def test_the_core_never_imports_pandas() -> None:
    code = "import sys, datong2020; datong2020.to_records(datong2020.REPORT); print('pandas' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
