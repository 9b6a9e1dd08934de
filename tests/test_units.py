"""The registry understands the report's units as written, and refuses what it does not know."""

from __future__ import annotations

import math
from fractions import Fraction

import pint
import pytest
from hypothesis import given
from hypothesis import strategies as st

from datong2020 import REPORT, DimensionError, UnitError, parse, parse_figure, parse_unit, ureg
from datong2020.interchange import to_document
from datong2020.units import require_dimension, unit_symbol


def test_yi_yuan_converts_to_yuan_exactly() -> None:
    assert ureg.Quantity(1318.8, "亿元").to("CNY").magnitude == 131_880_000_000
    assert ureg.Quantity(1, "亿元") == ureg.Quantity(10_000, "万元")


@pytest.mark.parametrize(
    ("written", "base_unit", "factor"),
    [
        ("万吨", "千克", Fraction(10**7)),
        ("万千瓦", "瓦", Fraction(10**7)),
        ("万亩", "平方米", Fraction(10**4) * Fraction(10_000, 15)),
        ("平方公里", "平方米", Fraction(10**6)),
        ("万人次", "个", Fraction(10**4)),
        ("%", "dimensionless", Fraction(1, 100)),
        ("GW", "兆瓦", Fraction(1000)),
        ("亿方", "立方米", Fraction(10**8)),
    ],
)
def test_report_units_parse_and_convert(written: str, base_unit: str, factor: Fraction) -> None:
    converted = ureg.Quantity(1, parse_unit(written)).to(base_unit).magnitude
    assert math.isclose(converted, float(factor), rel_tol=1e-12)


def test_percentage_points_are_kept_apart_from_percent() -> None:
    with pytest.raises(pint.DimensionalityError):
        ureg.Quantity(3, "%") + ureg.Quantity(2, "百分点")


def test_counts_share_one_dimension_and_print_with_their_classifier() -> None:
    assert ureg.Quantity(5.5, "万户").to("个").magnitude == pytest.approx(55_000)
    assert f"{ureg.Quantity(180, '辆')}" == "180 辆"
    assert ureg.Quantity(1, "家").dimensionality == ureg.Quantity(1, "人").dimensionality


def test_quantities_print_with_the_reports_symbols() -> None:
    assert f"{ureg.Quantity(1318.8, '亿元')}" == "1318.8 亿元"
    assert unit_symbol(ureg.Unit("平方米/人")) == "平方米/人"


def test_wan_and_yi_alone_are_numbers_not_prefixes_of_each_other() -> None:
    assert ureg.Quantity(1, parse_unit("亿")).to("dimensionless").magnitude == 10**8
    assert unit_symbol(parse_unit("万")) == "万"
    with pytest.raises(UnitError, match="unknown unit '万万'"):
        parse_unit("万万")


@pytest.mark.parametrize("bad", ["亿元,", "亿圆", "kg;drop table", "万万", "亿元 ", " 亿元", ""])
def test_strict_parser_refuses_what_pint_would_guess(bad: str) -> None:
    with pytest.raises(UnitError):
        parse_unit(bad)


def test_unknown_unit_names_near_matches() -> None:
    with pytest.raises(UnitError, match=r"did you mean.*万吨"):
        parse_unit("万吨x")


def test_wrong_dimension_says_which_was_expected() -> None:
    with pytest.raises(DimensionError, match=r"expected a quantity of dimension \[currency\].*\[mass\]"):
        require_dimension(ureg.Quantity(135, "万吨"), "[currency]", "GDP")


def test_every_unit_in_the_export_parses_back() -> None:
    units = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if set(node) == {"magnitude", "unit"}:
                units.add(node["unit"])
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(to_document(REPORT))
    assert {"亿元", "%", "位次", "元"} <= units
    for unit in units:
        assert unit_symbol(parse_unit(unit)) == unit


@pytest.mark.parametrize("figure", ["1318.8亿元", "第\n一", "5.73万亩", "100兆瓦", "16.3平方米/人"])
def test_figures_read_as_the_report_writes_them(figure: str) -> None:
    quantity = parse_figure(figure)
    assert str(quantity.magnitude) in figure.replace("一", "1").replace("\n", "").replace("第", "")


@given(
    st.floats(min_value=0.001, max_value=1e6, allow_nan=False, allow_infinity=False),
    st.sampled_from(["亿元", "万吨", "万千瓦", "万亩", "平方公里", "万人次", "GW"]),
)
def test_conversion_to_base_units_and_back_is_lossless(magnitude: float, unit: str) -> None:
    quantity = ureg.Quantity(magnitude, unit)
    back = quantity.to_base_units().to(unit)
    assert math.isclose(back.magnitude, magnitude, rel_tol=1e-12)


@given(st.floats(min_value=-1e9, max_value=1e9, allow_nan=False), st.floats(min_value=-1e9, max_value=1e9))
def test_wan_and_yi_are_ten_thousand_apart(a: float, b: float) -> None:
    total = ureg.Quantity(a, "亿元") + ureg.Quantity(b, "万元")
    assert math.isclose(total.to("万元").magnitude, a * 10_000 + b, rel_tol=1e-9, abs_tol=1e-6)


def _defined(registry: pint.UnitRegistry) -> dict[str, list[tuple[object, ...]]]:
    """What a registry knows, by table: every name with its definition's fields and their types."""

    def fields(definition: object) -> tuple[object, ...]:
        converter = getattr(definition, "converter", None)
        scale = getattr(converter, "scale", None)
        value = getattr(definition, "value", None)
        return (
            definition.name,  # type: ignore[attr-defined]
            getattr(definition, "defined_symbol", None),
            getattr(definition, "aliases", None),
            type(converter).__name__,
            scale,
            type(scale).__name__,
            getattr(definition, "reference", None),
            value,
            type(value).__name__,
            getattr(definition, "is_base", None),
        )

    tables = {"units": registry._units, "prefixes": registry._prefixes, "dimensions": registry._dimensions}
    return {table: [(name, *fields(d)) for name, d in names.items()] for table, names in tables.items()}


def test_units_txt_read_without_pints_parser_defines_the_same_registry() -> None:
    from importlib.resources import files

    from datong2020.units import _build_registry, _definitions

    lines = files("datong2020").joinpath("units.txt").read_text(encoding="utf-8").splitlines()
    assert _definitions(lines) is not None  # the shipped file is read by the fast reader, every line
    fast, general = _build_registry(lines), _build_registry(lines, fast=False)
    assert _defined(fast) == _defined(general)
    assert fast._base_units == general._base_units
    for name in general._units:
        ours, theirs = fast.Quantity(3, name).to_root_units(), general.Quantity(3, name).to_root_units()
        assert (ours.magnitude, type(ours.magnitude), str(ours.units)) == (
            theirs.magnitude,
            type(theirs.magnitude),
            str(theirs.units),
        )


@pytest.mark.parametrize(
    "line",
    [
        "[density] = [mass] / [length] ** 3",  # a derived dimension
        "每米 = 1 / 米",  # pint gives a name divided into a float scale
        "千米 = 10 ** 3 * 米",
        "千米 = 1000 米",  # multiplication by juxtaposition
        "千米 = 1000 * 米  # a comment",
        "@alias 米 = metre2",
        "基准 = 2 * [length]",  # a base unit with a scale
    ],
)
def test_a_line_the_fast_reader_does_not_read_sends_the_file_to_pint(line: str) -> None:
    from datong2020.units import _definitions

    assert _definitions(["米 = [length]", line]) is None


@pytest.mark.parametrize(
    ("figure", "document", "base"),
    [
        ("4.3％", "datong_2021", "0.043 dimensionless"),
        ("12.37亿公斤", "datong_2021", "1237000000.0 千克"),
        ("31微克/立方米", "datong_2021", "3.1e-08 千克 / 米 ** 3"),
        ("60亿度", "datong_2021", "2.16e+16 瓦 * 秒"),
        ("1.765万亿元", "shanxi_2021", "1765000000000.0 元"),
        ("0.3元/千瓦时", "shanxi_2021", "8.333333333333333e-08 元 / 瓦 / 秒"),
    ],
)
def test_the_context_documents_units_are_read_exactly(figure: str, document: str, base: str) -> None:
    from datong2020 import document as shipped

    assert figure in shipped(document).text  # each is the document's own notation
    reading = parse(figure)
    assert f"{reading.value.to_base_units():D}" == base
    assert parse_unit("％") == parse_unit("%")
    with pytest.raises(UnitError, match="position 1"):
        parse_unit("％％")
