"""Whatever goes out comes back in unchanged; whatever bad document comes in is refused with its path."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import cattrs
import jsonschema
import pytest
from cattrs import transform_error
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.strategies import records

from datong2020 import REPORT, AnyRecord, DataError, Period, Text, dump_json, json_schema, load_json
from datong2020.interchange import _make_converter, converter, to_document

DUMPED = dump_json(REPORT)
DOCUMENT = json.loads(DUMPED)
GDP = next(index for index, obj in enumerate(DOCUMENT["objects"]) if obj["id"] == "gdp_2019")
TARGET = next(index for index, obj in enumerate(DOCUMENT["objects"]) if obj["id"] == "gdp_growth_target_2020")


def test_the_whole_report_round_trips_without_loss(tmp_path: Path) -> None:
    assert load_json(DUMPED) == REPORT
    path = tmp_path / "report.json"
    path.write_text(DUMPED, encoding="utf-8")
    assert load_json(path) == REPORT
    assert dump_json(load_json(DUMPED)) == DUMPED


@settings(suppress_health_check=[HealthCheck.too_slow], max_examples=300)
@given(records)
def test_every_model_type_round_trips_through_the_converter(record: AnyRecord) -> None:
    unstructured = converter.unstructure(record, unstructure_as=AnyRecord)
    assert unstructured["kind"] == record.kind
    assert json.loads(json.dumps(unstructured)) == unstructured
    assert converter.structure(json.loads(json.dumps(unstructured)), AnyRecord) == record  # type: ignore[arg-type]


def _fault(change: Callable[[dict[str, Any]], None]) -> str:
    document = copy.deepcopy(DOCUMENT)
    change(document)
    return json.dumps(document, ensure_ascii=False)


def _set(index: int, key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda document: document["objects"][index].__setitem__(key, value)


FAULTS: dict[str, tuple[Callable[[dict[str, Any]], None], str]] = {
    "wrong type": (_set(GDP, "figure", 1318.8), r"\$\.objects\[\d+\]\.figure"),
    "boolean for a number": (_set(GDP, "value", {"magnitude": True, "unit": "亿元"}), r"\.value"),
    "string for a bool": (_set(TARGET, "lists_all", "false"), r"\.lists_all"),
    "missing field": (lambda d: d["objects"][GDP].pop("measure"), r"\.measure"),
    "unknown field": (_set(GDP, "colour", "red"), r"\$\.objects\[\d+\]"),
    "unknown kind": (_set(GDP, "kind", "gizmo"), r"\.kind"),
    "unknown enum value": (_set(GDP, "figure_kind", "levels"), r"\.figure_kind"),
    "unparseable unit": (_set(GDP, "value", {"magnitude": 1318.8, "unit": "亿圆"}), r"\.value"),
    "stray character in a unit": (_set(GDP, "value", {"magnitude": 1318.8, "unit": "亿元,"}), r"\.value"),
    "wrong dimension for the kind": (_set(GDP, "figure_kind", "growth"), r"dimension.*\$\.objects\[\d+\]"),
    "value not the figure": (_set(GDP, "value", {"magnitude": 1400, "unit": "亿元"}), r"\.value"),
    "quote not in the source": (_set(GDP, "quote", "地区生产总值完成1318.9亿元"), r"\.quote"),
    "span that disagrees": (_set(GDP, "span", [0, 10]), r"\.span"),
    "projection that disagrees": (
        lambda d: d["objects"][TARGET]["projected"]["value"].__setitem__("magnitude", 1500),
        r"\.projected",
    ),
    "duplicate id": (lambda d: d["objects"].append(d["objects"][GDP]), r"duplicate id.*\.id"),
    "dangling link": (_set(GDP, "of", "nowhere"), r"nowhere.*\$\.objects\[\d+\]"),
    "bad date": (_set(GDP, "period", {"start": "2019-13-01", "end": "2019-12-31"}), r"\.period\.start"),
    "unstated start of a period that is no running total": (
        _set(GDP, "period", {"start": None, "end": "2019-12-31", "cumulative": False}),
        r"only a cumulative period.*\.period",
    ),
    "string for cumulative": (
        _set(GDP, "period", {"start": "2019-01-01", "end": "2019-12-31", "cumulative": "true"}),
        r"\.period\.cumulative",
    ),
    "a level said to count from the bottom": (_set(GDP, "from_bottom", True), r"\.from_bottom"),
    "other source text": (lambda d: d["source"].__setitem__("sha256", "0" * 64), r"\$\.source\.sha256"),
    "unknown format": (lambda d: d.__setitem__("format", "datong2020/2"), r"\$\.format"),
    "objects not a list": (lambda d: d.__setitem__("objects", {}), r"\$\.objects"),
}


@pytest.mark.parametrize("fault", FAULTS)
def test_a_malformed_document_is_refused_with_the_path_of_the_bad_field(fault: str) -> None:
    change, path = FAULTS[fault]
    with pytest.raises(DataError, match=path):
        load_json(_fault(change))


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=0, max_value=len(DUMPED) - 2))
def test_a_truncated_document_is_refused(cut: int) -> None:
    with pytest.raises(DataError, match=r"@ \$"):
        load_json("{" + DUMPED[1:cut] if cut else "{")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20,
)


@given(json_values)
def test_random_json_is_refused_as_data_error_and_nothing_else(value: object) -> None:
    with pytest.raises(DataError, match=r"@ \$"):
        load_json(json.dumps(value) if isinstance(value, dict | list) else "{" + json.dumps(value))


@given(st.dictionaries(st.sampled_from(list(DOCUMENT["objects"][GDP])), json_values, min_size=1, max_size=3))
def test_random_field_values_are_refused_or_loaded_never_crash(changes: dict[str, object]) -> None:
    document = copy.deepcopy(DOCUMENT)
    document["objects"][GDP].update(changes)
    try:
        load_json(json.dumps(document, ensure_ascii=False))
    except DataError as error:
        message = str(error)
    else:
        message = "loaded @ $"
    assert "@ $" in message


def test_the_export_validates_against_its_json_schema() -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(json.loads(DUMPED), schema, cls=jsonschema.Draft202012Validator)
    broken = copy.deepcopy(DOCUMENT)
    broken["objects"][GDP]["value"] = "1318.8亿元"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema, cls=jsonschema.Draft202012Validator)


def test_json_export_cli_writes_the_same_document(tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    subprocess.run(
        [sys.executable, "-m", "datong2020", "export", "--format", "json", "-o", str(path)], check=True
    )
    assert json.loads(path.read_text(encoding="utf-8")) == to_document(REPORT)


_PLAIN = _make_converter(fast_paths=False)
_TEXTS = st.fixed_dictionaries(
    {"zh": st.sampled_from(["大同", " ", "", 1, None]), "en": st.sampled_from(["Datong", "\t", True, ["a"]])},
    optional={"en_source": st.sampled_from([None, "NBS", 0]), "extra": st.just(1)},
)
_DATES = st.sampled_from([None, "2019-01-01", "2019-12-31", "2020-13-01", "2019-1-1", "20190101", 2019, True])
_PERIODS = st.fixed_dictionaries(
    {"end": _DATES}, optional={"start": _DATES, "cumulative": st.sampled_from([False, True, 0, "true"])}
)


def _structured(made: Any, value: object, kind: type[Any]) -> object:
    try:
        return made.structure(value, kind)
    except Exception as error:  # the refusal itself is what is compared
        return (
            type(error),
            transform_error(error) if isinstance(error, cattrs.BaseValidationError) else str(error),
        )


@settings(max_examples=300, deadline=None)
@given(st.one_of(_TEXTS.map(lambda value: (value, Text)), _PERIODS.map(lambda value: (value, Period))))
def test_the_fast_paths_build_and_refuse_what_cattrs_does(case: tuple[object, type[Any]]) -> None:
    value, kind = case
    assert _structured(converter, value, kind) == _structured(_PLAIN, value, kind)
