"""The JSON export contract that later tools rely on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from datong2020 import REPORT, SHA256, SOURCE, Qualifier, dump_json, parse_unit, project
from datong2020.interchange import FORMAT
from datong2020.source import document

DOCUMENT = json.loads(dump_json(REPORT))


def test_document_names_its_format_and_source() -> None:
    assert DOCUMENT["format"] == FORMAT
    assert DOCUMENT["source"]["sha256"] == SHA256
    assert DOCUMENT["source"]["delivered"] == "2020-04-22"
    assert "text" not in DOCUMENT["source"]


def test_every_object_leads_with_id_kind_quote_and_a_span_that_slices_to_the_quote() -> None:
    assert len(DOCUMENT["objects"]) == len(REPORT)
    for obj in DOCUMENT["objects"]:
        # An object of a context document names it after its kind; its span is in that document.
        quoted = ["document"] if "document" in obj else []
        assert list(obj)[: 4 + len(quoted)] == ["id", "kind", *quoted, "quote", "span"]
        text = SOURCE.text if not quoted else document(obj["document"]).text
        start, end = obj["span"]
        assert text[start:end] == obj["quote"]
        assert REPORT[obj["id"]].kind == obj["kind"]
        assert REPORT[obj["id"]].document == obj.get("document", SOURCE.id)


def test_quantities_are_magnitude_and_a_unit_the_registry_parses() -> None:
    for obj in DOCUMENT["objects"]:
        if obj["kind"] == "fact":
            value = obj["value"]
            assert set(value) == {"magnitude", "unit"}
            assert isinstance(value["magnitude"], int | float)
            parse_unit(value["unit"])


def test_targets_carry_qualifier_base_and_projection() -> None:
    targets = [obj for obj in DOCUMENT["objects"] if obj["kind"] == "target"]
    assert targets
    for obj in targets:
        assert obj["qualifier"] in {qualifier.value for qualifier in Qualifier}
        assert "base" in obj
        projection = project(REPORT.lookup(obj["id"], type(REPORT[obj["id"]])), REPORT)  # type: ignore[arg-type]
        if projection is None:
            assert obj["projected"] is None
        else:
            assert obj["projected"]["value"]["magnitude"] == projection.value.magnitude
            assert obj["projected"]["bound"] == projection.bound.value


def test_export_is_byte_identical_across_runs(tmp_path: Path) -> None:
    first, second = tmp_path / "first.json", tmp_path / "second.json"
    for path in (first, second):
        subprocess.run(
            [sys.executable, "-m", "datong2020", "export", "--format", "json", "-o", str(path)], check=True
        )
    assert first.read_bytes() == second.read_bytes()
    assert json.loads(first.read_text(encoding="utf-8")) == DOCUMENT


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_main_job_prints_every_target_with_its_projection(lang: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "datong2020", "--lang", lang], check=True, capture_output=True, text=True
    )
    output = result.stdout
    assert ("1401.88亿元" if lang == "zh" else "CNY 140.19 billion") in output
    assert ("≥34348.38元" if lang == "zh" else "≥CNY 34,348.38") in output
    assert ("6.3%左右" if lang == "zh" else "about 6.3%") in output
    assert ("可比价格" if lang == "zh" else "comparable") in output
    assert output.count("\n") >= 11 + 4


def test_the_period_object_says_whether_a_figure_is_a_running_total() -> None:
    periods = {obj["id"]: obj["period"] for obj in DOCUMENT["objects"] if obj["kind"] in ("fact", "target")}
    assert periods["gdp_2019"] == {"start": "2019-01-01", "end": "2019-12-31", "cumulative": False}
    assert periods["datong_development_zone_powers_delegated_2019"] == {
        "start": None,
        "end": "2019-12-31",
        "cumulative": True,
    }
    assert periods["poverty_relocation_people_2016_2019"]["cumulative"] is True
    assert all(isinstance(period["cumulative"], bool) for period in periods.values())
