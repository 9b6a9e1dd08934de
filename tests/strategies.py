"""Hypothesis strategies for every model type, built from the model's own rules, not from hand-picked
values. A record checks its quote against the shipped text and its value against its figure when it is
built, so quotes are drawn from the text and figures (with their values) from the encoded records; every
other field is drawn freely."""

from __future__ import annotations

import datetime

import attrs
from hypothesis import assume
from hypothesis import strategies as st

from datong2020 import (
    REPORT,
    SOURCE,
    Brand,
    Commitment,
    Direction,
    Fact,
    FigureKind,
    Outcome,
    Part,
    Period,
    PriceBasis,
    Project,
    ProvinceTarget,
    Qualifier,
    Quirk,
    Recurrence,
    Section,
    Target,
    Term,
    Text,
    TimeFrame,
)
from datong2020.notation import take_apart

ids = st.from_regex(r"[a-z][a-z0-9]{0,8}(_[a-z0-9]{1,5}){0,2}", fullmatch=True)
words = st.text(min_size=1, max_size=20).filter(lambda text: text.strip() != "")
texts = st.builds(Text, zh=words, en=words, en_source=st.none() | words)
dates = st.dates(min_value=datetime.date(1990, 1, 1), max_value=datetime.date(2050, 12, 31))


@st.composite
def periods(draw: st.DrawFn) -> Period:
    first, second = sorted((draw(dates), draw(dates)))
    cumulative = draw(st.booleans())
    start = draw(st.none() | st.just(first)) if cumulative else first  # a running total may omit its start
    return Period(start=start, end=second, cumulative=cumulative)


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


@st.composite
def quotes(draw: st.DrawFn) -> str:
    """A stretch of the report that stands in it exactly once."""
    start = draw(st.integers(min_value=0, max_value=SOURCE.report_end - 40))
    quote = SOURCE.text[start : start + draw(st.integers(min_value=8, max_value=40))]
    assume(quote.strip() != "" and len(SOURCE.find_all(quote)) == 1)
    return quote


def _record_fields() -> dict[str, st.SearchStrategy[object]]:
    return {"id": ids, "quote": quotes(), "section": ids}


sections = st.builds(
    Section, **_record_fields(), marker=st.text(max_size=4), title=texts, part=st.sampled_from(list(Part))
)

_FIGURED = [
    record
    for record in (*REPORT.facts, *REPORT.targets)
    if record.figure is not None and not (isinstance(record, Fact) and record.from_bottom)
]
"""Figures a fact or a target may write; a rank from the bottom is a fact's alone (a target has no
``from_bottom``), and facts draw it from all their figures."""
_SINGLE_FIGURES = [
    record
    for record in (*REPORT.facts, *REPORT.targets)
    if record.figure is not None and record.qualifier is not Qualifier.BETWEEN
]


def _qualifier(draw: st.DrawFn, figure: str, allowed: list[Qualifier]) -> Qualifier:
    written = take_apart(figure)
    if written.rank or written.qualifier is not Qualifier.PLAIN:
        return written.qualifier  # a rank's figure carries its whole bound (前N), other words none
    return draw(st.sampled_from(allowed))


@st.composite
def facts(draw: st.DrawFn) -> Fact:
    model = draw(st.sampled_from(_SINGLE_FIGURES))
    assert model.figure is not None
    assert model.figure_kind is not None
    plain_kinds = [q for q in Qualifier if q is not Qualifier.BETWEEN]
    return Fact(
        id=draw(ids),
        quote=model.quote,
        section=draw(ids),
        measure=draw(texts),
        figure=model.figure,
        value=model.value,
        figure_kind=model.figure_kind,
        period=draw(periods()),
        direction=draw(st.none() | st.sampled_from(list(Direction))),
        qualifier=_qualifier(draw, model.figure, plain_kinds),
        from_bottom=take_apart(model.figure).from_bottom,
        of=draw(st.none() | ids),
        whole=draw(st.none() | ids),
        members=tuple(draw(st.lists(texts, max_size=3))),
        places=tuple(draw(st.lists(ids, max_size=2))),
        about=tuple(draw(st.lists(ids, max_size=2))),
        note=draw(st.none() | texts),
    )


@st.composite
def targets(draw: st.DrawFn) -> Target:
    model = draw(st.none() | st.sampled_from(_FIGURED))
    if model is None:
        figure, value, upper, kind, qualifier = None, None, None, draw(st.none() | kinds), Qualifier.PLAIN
    else:
        assert model.figure is not None
        figure, value, kind = model.figure, model.value, model.figure_kind
        upper = model.upper if isinstance(model, Target) else None
        single = [q for q in Qualifier if q is not Qualifier.BETWEEN]
        qualifier = Qualifier.BETWEEN if upper is not None else _qualifier(draw, figure, single)
    return Target(
        id=draw(ids),
        quote=draw(quotes()) if model is None else model.quote,
        section=draw(ids),
        measure=draw(texts),
        figure=figure,
        value=value,
        figure_kind=kind,
        period=draw(periods()),
        qualifier=qualifier,
        commitment=draw(st.sampled_from(list(Commitment))),
        base=draw(st.none() | ids),
        requirement=draw(texts) if model is None else draw(st.none() | texts),
        price_basis=draw(st.none() | st.sampled_from(list(PriceBasis))),
        upper=upper,
        due=draw(st.none() | time_frames()),
        about=tuple(draw(st.lists(ids, max_size=2))),
        places=tuple(draw(st.lists(ids, max_size=2))),
        members=tuple(draw(st.lists(ids, max_size=2))),
        lists_all=draw(st.booleans()),
        aim=Direction.DECREASE
        if qualifier is Qualifier.WITHIN or kind is FigureKind.RANK
        else draw(st.sampled_from(list(Direction))),
        note=draw(st.none() | texts),
    )


kinds = st.sampled_from(list(FigureKind))


projects = st.builds(
    Project,
    **_record_fields(),
    name=texts,
    places=st.lists(ids, max_size=2).map(tuple),
    organisations=st.lists(words, max_size=2).map(tuple),
    due=st.none() | time_frames(),
    note=st.none() | texts,
)
brands = st.builds(
    Brand,
    **_record_fields(),
    name=texts,
    places=st.lists(ids, max_size=2).map(tuple),
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


@st.composite
def outcomes(draw: st.DrawFn) -> Outcome:
    """An outcome that quotes what one of the shipped outcomes quotes, in its own document."""
    model = draw(st.sampled_from(REPORT.outcomes))
    return Outcome(
        id=draw(ids),
        document=model.document,
        quote=model.quote,
        section=None,
        measure=draw(texts),
        figure=model.figure,
        figure_kind=model.figure_kind,
        period=draw(periods()),
        direction=draw(st.none() | st.sampled_from(list(Direction))),
        qualifier=model.qualifier,
        from_bottom=model.from_bottom,
        outcome_of=tuple(draw(st.lists(ids, min_size=1, max_size=2))),
        result=draw(texts) if model.figure is None else draw(st.none() | texts),
        places=tuple(draw(st.lists(ids, max_size=2))),
        reading=draw(st.none() | texts),
        note=draw(st.none() | texts),
    )


@st.composite
def province_targets(draw: st.DrawFn) -> ProvinceTarget:
    model = draw(st.sampled_from(REPORT.province_targets))
    return attrs.evolve(
        model,
        id=draw(ids),
        measure=draw(texts),
        commitment=draw(st.sampled_from(list(Commitment))),
        counterparts=tuple(draw(st.lists(ids, max_size=2))),
        note=draw(st.none() | texts),
    )


records = (
    sections | facts() | targets() | projects | brands | terms | quirks | outcomes() | province_targets()
)
