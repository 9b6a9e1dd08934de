"""Hostile use, case by case: each input below gets its documented error, in bounded time and memory,
and changes nothing that another caller can see. The cases are those reported in issue 12, in its order.
"""

from __future__ import annotations

import copy
import gc
import json
import pickle
import subprocess
import sys
import tracemalloc
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from datong2020 import (
    REPORT,
    DataError,
    DimensionError,
    FrozenQuantityError,
    ParseError,
    Qualifier,
    RecordError,
    Target,
    UnitError,
    UnknownIdError,
    dump_json,
    load_json,
    parse,
    parse_unit,
    project,
    ureg,
)
from datong2020.interchange import MAX_DOCUMENT_SIZE
from datong2020.query import facts, search
from datong2020.report.review.headline import GDP_2019

DUMPED = dump_json(REPORT)
INDEX = {obj["id"]: index for index, obj in enumerate(json.loads(DUMPED)["objects"])}


def _document(change: Callable[[dict[str, Any]], object]) -> str:
    document = json.loads(DUMPED)
    change(document)
    return json.dumps(document, ensure_ascii=False)


def _set(record_id: str, *path_and_value: Any) -> Callable[[dict[str, Any]], object]:
    *path, value = path_and_value

    def change(document: dict[str, Any]) -> None:
        node = document["objects"][INDEX[record_id]]
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return change


# Shared values can't be changed ---------------------------------------------------------------------


@pytest.mark.parametrize("method", ["ito", "ito_base_units", "ito_reduced_units", "ito_root_units"])
def test_a_shared_value_cannot_be_converted_in_place(method: str) -> None:
    value = REPORT["gdp_2019"].value  # type: ignore[union-attr]
    arguments = ("元",) if method == "ito" else ()
    with pytest.raises(FrozenQuantityError, match="cannot be changed in place"):
        getattr(value, method)(*arguments)
    assert f"{REPORT['gdp_2019'].value}" == "1318.8 亿元"  # type: ignore[union-attr]
    assert load_json(dump_json(REPORT)) == REPORT


def test_augmented_operators_rebind_the_name_and_leave_the_record_alone() -> None:
    value = GDP_2019.value
    value += ureg.Quantity(1, "亿元")
    value *= 2
    value //= ureg.Quantity(1, "亿元")
    value %= 7
    assert f"{GDP_2019.value}" == "1318.8 亿元"
    assert value is not GDP_2019.value


def test_equal_records_hash_alike_and_quantities_compare_by_unit_too() -> None:
    same_amount = ureg.Quantity(131_880_000_000, "元")
    assert same_amount == GDP_2019.value  # pint: the same amount
    with pytest.raises(RecordError, match="not the number the figure"):
        attrs.evolve(GDP_2019, value=same_amount)  # a record: the figure as written, in its unit
    assert hash(attrs.evolve(GDP_2019)) == hash(GDP_2019)


# Given values are checked ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("record_id", "field", "magnitude"),
    [
        ("permit_processing_time_2019", "value", 99),
        ("innovation_platforms_in_park_2019", "value", 13),
        ("key_technical_upgrading_investment_2020", "value", 1e308),
        ("smart_factory_demonstrations_2020", "upper", -5),
    ],
)
def test_a_document_whose_value_is_not_its_figure_is_refused(
    record_id: str, field: str, magnitude: float
) -> None:
    index = INDEX[record_id]
    with pytest.raises(DataError, match=rf"\$\.objects\[{index}\]\.{field}$"):
        load_json(_document(_set(record_id, field, "magnitude", magnitude)))


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_numbers_json_does_not_allow_are_refused(constant: str) -> None:
    text = DUMPED.replace('"magnitude": 100,', f'"magnitude": {constant},', 1)
    assert text != DUMPED
    with pytest.raises(DataError, match=f"{constant} is not a number JSON allows"):
        load_json(text)


def test_a_record_is_checked_when_built_not_only_when_loaded() -> None:
    with pytest.raises(RecordError, match=r"not the number the figure '1318\.8亿元' writes"):
        attrs.evolve(GDP_2019, value=ureg.Quantity(9, "亿元"))
    with pytest.raises(RecordError, match="not in its quote exactly once"):
        attrs.evolve(GDP_2019, figure="9亿元")
    target = REPORT.lookup("smart_factory_demonstrations_2020", Target)
    with pytest.raises(RecordError, match="upper"):
        attrs.evolve(target, upper=ureg.Quantity(-5, "个"))
    with pytest.raises(ValueError, match="quote not found"):
        attrs.evolve(GDP_2019, quote="地区生产总值完成1318.9亿元")
    with pytest.raises(ValueError, match="2 times"):
        attrs.evolve(GDP_2019, quote="要突出抓好三大重点。")


# The loader -----------------------------------------------------------------------------------------


def test_a_repeated_key_is_refused_not_overwritten() -> None:
    with pytest.raises(DataError, match="duplicate key 'objects'"):
        load_json(DUMPED.rstrip()[:-1] + ', "objects": []}')


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d["source"].__setitem__("colour", "red"), r"\$\.source\.colour"),
        (lambda d: d["source"].__setitem__("title", 5), r"\$\.source\.title"),
        (lambda d: d["source"].__setitem__("delivered", "2020-04-23"), r"\$\.source\.delivered"),
        (lambda d: d["source"]["speaker"].__setitem__("zh", ["武宏文"]), r"\$\.source\.speaker"),
    ],
)
def test_the_source_block_must_be_exactly_the_shipped_texts(
    change: Callable[[Any], object], path: str
) -> None:
    with pytest.raises(DataError, match=path):
        load_json(_document(change))


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ("\x00", "not JSON"),
        (DUMPED.replace("完成1318.8亿元", "完成1318.8亿元\\u0000", 1), r"quote not found.*\.quote"),
        ('{"format": ' + "9" * 5000 + "}", "a number of 5000 characters"),
        (
            _document(_set("gdp_2019", "value", "unit", "元**(2**2**2**2**2)")),
            r"unexpected character.*\.value",
        ),
        (_document(_set("gdp_2019", "value", "unit", "元**(9**9**9)")), r"unexpected character.*\.value"),
        (_document(_set("gdp_2019", "figure", "16.3平方米/")), r"\.figure$"),
        (b"\xff\xfe{}", "not UTF-8"),
        ("report.json", "pass a pathlib.Path"),
    ],
    ids=["nul", "nul in quote", "5000 digits", "tower exponent", "huge exponent", "figure", "bytes", "path"],
)
def test_malformed_input_is_a_data_error_with_a_path(document: str | bytes, message: str) -> None:
    with pytest.raises(DataError, match=message):
        load_json(document)


@pytest.mark.parametrize("wrong", [None, 5, 1.5, ["{}"], object()])
def test_input_of_a_wrong_type_is_a_data_error(wrong: object) -> None:
    with pytest.raises(DataError, match="load_json reads a str of JSON, bytes, or a path"):
        load_json(wrong)  # type: ignore[arg-type]


def test_bytes_paths_and_a_byte_order_mark_are_read(tmp_path: Path) -> None:
    path = tmp_path / "report.json"
    path.write_bytes(("\ufeff" + DUMPED).encode())
    assert load_json(path) == REPORT
    assert load_json(DUMPED.encode()) == REPORT
    assert load_json("\ufeff" + DUMPED) == REPORT


def test_a_failed_load_holds_no_memory_after_it_returns() -> None:
    text = _document(_set("gdp_2019", "quote", "x" * 10_000_000))
    refused = False
    tracemalloc.start()
    try:
        try:
            load_json(text)
        except DataError:
            refused = True
        gc.collect()  # the error's traceback and frames form cycles; collectable is not held
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refused
    assert held < 1_000_000, f"{held} bytes still held after the load failed"


def test_a_huge_document_is_refused_before_it_is_parsed() -> None:
    document = DUMPED + " " * (MAX_DOCUMENT_SIZE - len(DUMPED) + 1)
    with pytest.raises(DataError, match="longer than"):
        load_json(document)


def test_duplicate_ids_stop_the_load_at_the_first_repeat() -> None:
    # 5000 copies of one object: refused at the second copy, after two records, not after all of them.
    document = json.loads(DUMPED)
    document["objects"] = [document["objects"][INDEX["gdp_2019"]]] * 5000
    with pytest.raises(DataError, match=r"duplicate id 'gdp_2019'.*\$\.objects\[1\]\.id"):
        load_json(json.dumps(document, ensure_ascii=False))


# The unit parser and the notation parser ------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    [
        "1/0",
        "(",
        "亿元**0",
        "亿元/",
        "2**9**999",
        "(亿元)",
        "亿元*1",
        "亿元/元*元",
        "dimensionless*亿元",
        "元/元",
    ],
)
def test_parse_unit_refuses_every_shape_but_the_reports(unit: str) -> None:
    with pytest.raises(UnitError):
        parse_unit(unit)


@pytest.mark.parametrize(
    ("figure", "position"),
    [
        ("5%%", 1),
        ("3 3亿元", 1),
        ("١٣", 0),
        ("5%元", 1),
        ("-5%", 0),
        ("6.5%以上以上", 3),
        ("", 0),
        ("第", 1),
        ("01", 1),
        ("首位二", 2),
        ("第3位次名", 2),
    ],
)
def test_parse_refuses_what_it_cannot_read_exactly_and_says_where(figure: str, position: int) -> None:
    with pytest.raises(ParseError) as raised:
        parse(figure)
    assert raised.value.position == position
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize(
    ("figure", "shown", "qualifier"),
    [
        ("1318.8亿元", "1318.8 亿元", Qualifier.PLAIN),
        ("6.7%", "6.7 %", Qualifier.PLAIN),
        ("6.7％", "6.7 %", Qualifier.PLAIN),
        ("１３１８．８亿元", "1318.8 亿元", Qualifier.PLAIN),
        ("6.5%以上", "6.5 %", Qualifier.AT_LEAST),
        ("4.5%以内", "4.5 %", Qualifier.WITHIN),
        ("6.3%左右", "6.3 %", Qualifier.ABOUT),
        ("2—3个", "2 个", Qualifier.BETWEEN),
        ("近百亿", "100 亿", Qualifier.NEARLY),
        ("前14名", "14 位次", Qualifier.WITHIN),
        ("1000余名", "1000 名", Qualifier.EXCEED),
        ("第\n一", "1 位次", Qualifier.PLAIN),
        ("首位", "1 位次", Qualifier.PLAIN),
        ("前3位次", "3 位次", Qualifier.WITHIN),
        ("倒数第二", "2 位次", Qualifier.PLAIN),
    ],
)
def test_parse_reads_the_reports_and_the_context_documents_notation(
    figure: str, shown: str, qualifier: Qualifier
) -> None:
    reading = parse(figure)
    assert f"{reading.value}" == shown
    assert reading.qualifier is qualifier
    assert reading.from_bottom is figure.startswith("倒数")


def test_parsing_takes_time_linear_in_the_length() -> None:
    # The readers refuse long strings before any work: a megabyte costs what the limit costs.
    for reader in (parse, parse_unit):
        with pytest.raises(ValueError, match="characters"):
            reader("9" * 1_000_000)


def test_a_dimension_with_exponent_arithmetic_is_refused_at_once() -> None:
    with pytest.raises(DimensionError, match="unknown dimension"):
        facts(REPORT, dimension="[length]**(9**9**9)")
    assert [f.figure for f in facts(REPORT, dimension="[length] ** 2")][:1] == ["10万亩"]


# Lookups and computations -------------------------------------------------------------------------


@pytest.mark.parametrize("key", [5, None, ("gdp_2019",), "x" * 10_000_000])
def test_a_lookup_by_anything_but_an_id_is_an_unknown_id_error(key: object) -> None:
    with pytest.raises(UnknownIdError):
        REPORT[key]  # type: ignore[index]
    assert REPORT.get(key) is None  # type: ignore[arg-type]
    assert key not in REPORT


def test_search_and_project_name_their_wrong_arguments() -> None:
    with pytest.raises(TypeError, match="a search query is a str"):
        search(REPORT, 5)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="at most"):
        search(REPORT, "经济 " * 100_000)
    with pytest.raises(TypeError, match="takes a Target and a Report"):
        project(GDP_2019, REPORT)  # type: ignore[arg-type]


@pytest.mark.parametrize("key", [5, None, "x" * 1_000_000])
def test_the_glossary_refuses_any_key_it_does_not_hold_by_name(key: object) -> None:
    from datong2020 import glossary

    with pytest.raises(UnknownIdError):
        glossary[key]  # type: ignore[index]
    assert glossary.get(key) is None  # type: ignore[arg-type]
    assert key not in glossary
    with pytest.raises(ValueError, match="at most 200"):
        glossary.search("x " * 100_000)


# Pickle and multiprocessing --------------------------------------------------------------------------


def test_records_the_report_and_quantities_pickle_to_equal_objects_in_a_fresh_process(tmp_path: Path) -> None:
    path = tmp_path / "objects.pickle"
    path.write_bytes(pickle.dumps((REPORT, GDP_2019, GDP_2019.value, parse_unit("平方米/人"))))
    script = (
        "import pickle, sys\n"
        "report, fact, value, unit = pickle.loads(open(sys.argv[1], 'rb').read())\n"
        "from datong2020 import REPORT\n"
        "assert report == REPORT and fact == REPORT['gdp_2019'] and value == fact.value\n"
        "print(value, f'{unit:~C}', len(report))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"1318.8 亿元 平方米/人 {len(REPORT)}"


def _figure_of(record_id: str) -> tuple[str, object]:
    record = REPORT[record_id]
    return record.id, record.value  # type: ignore[union-attr]


def test_records_cross_process_boundaries() -> None:
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        assert list(pool.map(_figure_of, ["gdp_2019"])) == [("gdp_2019", GDP_2019.value)]


# Fuzzing ---------------------------------------------------------------------------------------------


@settings(max_examples=300)
@given(st.text(max_size=80))
def test_parse_reads_exactly_or_refuses_with_a_parse_error(text: str) -> None:
    try:
        reading = parse(text)
    except ParseError as error:
        position = error.position
    else:
        position = None
    if position is not None:
        assert 0 <= position <= len(text)
        return
    # What was read is what was written: the number's digits stand at the start of the figure.
    digits = text.translate(str.maketrans("０１２３４５６７８９．", "0123456789.")).lstrip("近突破前第倒数\n")
    magnitude = reading.value.magnitude
    assert not digits[:1].isdigit() or digits.startswith(str(magnitude))


@settings(max_examples=300)
@given(
    st.text(alphabet=st.sampled_from("亿万元吨人米平方/%*()0123456789 .个dimensionless"), max_size=20)
    | st.text()
)
def test_parse_unit_reads_back_what_it_accepts_or_refuses_with_a_unit_error(text: str) -> None:
    try:
        unit = parse_unit(text)
    except UnitError:
        return
    assert parse_unit(f"{unit:~C}") == unit


def _json_values() -> st.SearchStrategy[Any]:
    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30)
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
        max_leaves=8,
    )


@settings(max_examples=150)
@given(
    record=st.sampled_from(sorted(INDEX)),
    data=st.data(),
    replacement=_json_values(),
)
def test_a_mutated_export_is_refused_or_loads_to_exactly_what_it_says(
    record: str, data: st.DataObject, replacement: Any
) -> None:
    document = json.loads(DUMPED)
    node = document["objects"][INDEX[record]]
    # Walk down to a random field, however deep, and replace it.
    while True:
        key = data.draw(
            st.sampled_from(sorted(node)) if isinstance(node, dict) else st.integers(0, len(node) - 1)
        )
        child = node[key]
        if not isinstance(child, dict | list) or not child or data.draw(st.booleans()):
            break
        node = child
    node[key] = copy.deepcopy(replacement)
    text = json.dumps(document, ensure_ascii=False)
    try:
        loaded = load_json(text)
    except DataError as error:
        message = str(error)
    else:
        message = None
    if message is not None:
        assert "@ $" in message
        return
    # No sentinel: a mutation that loads must be carried through exactly, so nothing wrong loads unnoticed.
    assert json.loads(dump_json(loaded)) == document
