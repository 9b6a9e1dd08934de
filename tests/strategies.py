"""Hypothesis strategies for every model type, built from the model's own rules (ids, dimensions by
figure kind, ranges), not from hand-picked values."""

from __future__ import annotations

import datetime

from hypothesis import strategies as st

from datong2020 import (
    Commitment,
    Direction,
    Fact,
    FigureKind,
    Part,
    Period,
    PriceBasis,
    Project,
    Qualifier,
    Quirk,
    Recurrence,
    Section,
    Target,
    Term,
    Text,
    TimeFrame,
    ureg,
)
from datong2020.units import Quantity

ids = st.from_regex(r"[a-z][a-z0-9]{0,8}(_[a-z0-9]{1,5}){0,2}", fullmatch=True)
words = st.text(min_size=1, max_size=20).filter(lambda text: text.strip() != "")
texts = st.builds(Text, zh=words, en=words, en_source=st.none() | words)
dates = st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2050, 12, 31))


@st.composite
def periods(draw: st.DrawFn) -> Period:
    first, second = sorted((draw(dates), draw(dates)))
    return Period(start=first, end=second)


@st.composite
def time_frames(draw: st.DrawFn) -> TimeFrame:
    start, end = sorted((draw(dates), draw(dates)))
    return TimeFrame(
        wording=draw(words),
        end=end,
        start=draw(st.none() | st.just(start)),
        milestones=tuple(draw(st.lists(dates, max_size=3))),
        recurrence=draw(st.none() | st.sampled_from(list(Recurrence))),
    )


_UNITS_BY_KIND = {
    FigureKind.LEVEL: ["亿元", "元", "万吨", "万千瓦", "万亩", "平方公里", "公里", "GW", "亿方"],
    FigureKind.CHANGE: ["亿元", "万吨", "个"],
    FigureKind.GROWTH: ["%"],
    FigureKind.SHARE: ["%"],
    FigureKind.RATE: ["%"],
    FigureKind.RANK: ["位次"],
    FigureKind.COUNT: ["个", "家", "户", "万人", "座", "辆", "所", "万人次"],
    FigureKind.DURATION: ["天", "工作日"],
}
magnitudes = st.integers(min_value=0, max_value=10**9) | st.floats(
    min_value=0, max_value=1e9, allow_nan=False, allow_infinity=False
)


def quantities(kind: FigureKind) -> st.SearchStrategy[Quantity]:
    return st.builds(ureg.Quantity, magnitudes, st.sampled_from(_UNITS_BY_KIND[kind]))


def _record_fields() -> dict[str, st.SearchStrategy[object]]:
    return {"id": ids, "quote": words, "section": ids}


sections = st.builds(
    Section, **_record_fields(), marker=st.text(max_size=4), title=texts, part=st.sampled_from(list(Part))
)


@st.composite
def facts(draw: st.DrawFn) -> Fact:
    kind = draw(st.sampled_from(list(FigureKind)))
    return Fact(
        id=draw(ids),
        quote=draw(words),
        section=draw(ids),
        measure=draw(texts),
        figure=draw(words),
        value=draw(quantities(kind)),
        figure_kind=kind,
        period=draw(periods()),
        direction=draw(st.none() | st.sampled_from(list(Direction))),
        qualifier=draw(st.sampled_from([q for q in Qualifier if q is not Qualifier.BETWEEN])),
        of=draw(st.none() | ids),
        whole=draw(st.none() | ids),
        members=tuple(draw(st.lists(texts, max_size=3))),
        places=tuple(draw(st.lists(ids, max_size=2))),
        about=tuple(draw(st.lists(ids, max_size=2))),
        note=draw(st.none() | texts),
    )


@st.composite
def targets(draw: st.DrawFn) -> Target:
    kind = draw(st.none() | st.sampled_from(list(FigureKind)))
    with_number = kind is not None and draw(st.booleans())
    qualifier = draw(st.sampled_from(list(Qualifier))) if with_number else Qualifier.PLAIN
    value = draw(quantities(kind)) if with_number and kind is not None else None
    upper = None
    if qualifier is Qualifier.BETWEEN and value is not None:
        upper = ureg.Quantity(value.magnitude + draw(st.integers(min_value=1, max_value=100)), value.units)
    return Target(
        id=draw(ids),
        quote=draw(words),
        section=draw(ids),
        measure=draw(texts),
        figure=draw(words) if with_number else None,
        value=value,
        figure_kind=kind,
        period=draw(periods()),
        qualifier=qualifier,
        commitment=draw(st.sampled_from(list(Commitment))),
        base=draw(st.none() | ids),
        requirement=None if with_number else draw(texts),
        price_basis=draw(st.none() | st.sampled_from(list(PriceBasis))),
        upper=upper,
        due=draw(st.none() | time_frames()),
        about=tuple(draw(st.lists(ids, max_size=2))),
        places=tuple(draw(st.lists(ids, max_size=2))),
        members=tuple(draw(st.lists(ids, max_size=2))),
        lists_all=draw(st.booleans()),
        note=draw(st.none() | texts),
    )


projects = st.builds(
    Project,
    **_record_fields(),
    name=texts,
    places=st.lists(ids, max_size=2).map(tuple),
    organisations=st.lists(words, max_size=2).map(tuple),
    due=st.none() | time_frames(),
    note=st.none() | texts,
)
terms = st.builds(
    Term,
    **_record_fields(),
    term=words,
    english=texts,
    variants=st.lists(words, max_size=2).map(tuple),
    members=st.lists(texts, max_size=3).map(tuple),
    parts=st.lists(ids, max_size=2).map(tuple),
    glossary_number=st.none() | st.integers(min_value=1, max_value=16),
    note=st.none() | texts,
)
quirks = st.builds(Quirk, **_record_fields(), description=texts, also=st.lists(words, max_size=2).map(tuple))

records = sections | facts() | targets() | projects | terms | quirks
