"""Every record whose quote names one of Datong's ten divisions carries it as a place, unless the quote
names it only in passing (a PassingMention beside the record says why)."""

from __future__ import annotations

import pytest

from datong2020 import REPORT
from datong2020.model import Achievement, Fact, Project, Target
from datong2020.places import PLACES, place
from datong2020.query import facts, projects, targets
from datong2020.report import PASSING_MENTIONS

# 云冈 alone also names the grottoes, the airport and the development zone; only 云冈区 is the district.
WRITTEN = {p.id: "云冈区" if p.id == "yungang" else p.short_name for p in PLACES if p.id != "datong"}
PLACED = [r for r in REPORT if isinstance(r, Fact | Target | Project | Achievement)]
IN_PASSING = {(mention.record, mention.place) for mention in PASSING_MENTIONS}


@pytest.mark.parametrize("place_id", sorted(WRITTEN))
def test_a_record_naming_a_division_carries_it_unless_named_in_passing(place_id: str) -> None:
    written = WRITTEN[place_id]
    unplaced = [
        r.id
        for r in PLACED
        if written in r.quote and place_id not in r.places and (r.id, place_id) not in IN_PASSING
    ]
    assert not unplaced, f"records naming {written} without the place: {unplaced}"


def test_passing_mentions_name_a_record_whose_quote_names_the_place_and_has_a_reason() -> None:
    for mention in PASSING_MENTIONS:
        record = REPORT[mention.record]
        assert WRITTEN[mention.place] in record.quote, mention
        assert mention.place not in getattr(record, "places", ())
        assert mention.reason.zh
        assert mention.reason.en


def test_queries_by_place_find_every_kind() -> None:
    yunzhou = place("云州区").id
    assert any(yunzhou in r.places for r in PLACED)
    found = [
        *facts(REPORT, place="云州区"),
        *targets(REPORT, place="云州区"),
        *projects(REPORT, place="云州区"),
    ]
    assert {r.id for r in found} == {
        r.id for r in PLACED if yunzhou in r.places and not isinstance(r, Achievement)
    }
