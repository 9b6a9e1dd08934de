"""Numbers in the report's notation are written as babel writes them, without loading babel's data."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from datong2020.formatting import _pattern, ungrouped

decimals = st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**12), max_value=10**12, places=6)


@given(decimals, st.booleans(), st.sampled_from(["zh_CN", "en"]))
def test_ungrouped_writes_what_babel_writes_for_the_same_pattern(
    number: Decimal, exact: bool, locale: str
) -> None:
    expected = format_decimal(number, format=_pattern(number, exact), locale=locale)
    assert ungrouped(number, exact) == expected


def test_computed_values_round_half_to_even_to_two_decimals() -> None:
    assert [ungrouped(Decimal(x), exact=False) for x in ("2.675", "0.015", "1401.8844", "100.00")] == [
        "2.68",
        "0.02",
        "1401.88",
        "100",
    ]
    assert ungrouped(Decimal("1318.8")) == "1318.8"
