"""The shipped documents: each is its file, byte for byte, read once however many threads ask; records
quote the document they name and no other; a stand-in text replaces one document and no other."""

from __future__ import annotations

import datetime
import hashlib
import json
import threading
from collections.abc import Callable
from importlib.resources import files
from typing import Any

import attrs
import pytest

from datong2020 import (
    DOCUMENT_IDS,
    REPORT,
    SOURCE,
    FigureKind,
    Outcome,
    Period,
    Text,
    document,
    dump_json,
    load_json,
)
from datong2020.errors import DataError, QuoteError, RecordError, UnknownIdError
from datong2020.source import Source, quoting

CONTEXT = [id_ for id_ in DOCUMENT_IDS if id_ != "datong_2020"]


def test_the_documents_are_the_primary_and_three_context_reports() -> None:
    assert DOCUMENT_IDS == ("datong_2020", "datong_2021", "shanxi_2020", "shanxi_2021")
    assert document("datong_2020") is SOURCE


@pytest.mark.parametrize("id_", CONTEXT)
def test_each_context_document_is_its_file_and_says_where_it_was_published(id_: str) -> None:
    shipped = document(id_)
    raw = files("datong2020").joinpath("data", f"{id_}.md").read_bytes()
    assert shipped.text == raw.decode("utf-8")
    assert shipped.sha256 == hashlib.sha256(raw).hexdigest()
    assert shipped.id == id_
    assert shipped.front_matter.startswith("---\n")
    assert shipped.front_matter.endswith("---\n")
    assert shipped.text.startswith(shipped.front_matter)
    body = shipped.text[shipped.body.start : shipped.body.end]
    assert body.lstrip().startswith("——")
    assert "各位代表" in body
    assert shipped.delivered.isoformat() in {"2021-02-22", "2020-01-13", "2021-01-20"}
    # The body's own dateline says the date the metadata gives.
    dateline = f"{shipped.delivered.year}年{shipped.delivered.month}月{shipped.delivered.day}日"
    assert dateline in body[:100]
    if id_ != "datong_2021":  # the Datong transcription records no address
        assert shipped.address is not None
        assert shipped.address.startswith("https://www.shanxi.gov.cn/")


@pytest.mark.parametrize("bad", ["datong_2019", "", "../report.txt", None, 2020, "DATONG_2021"])
def test_an_unknown_document_is_an_unknown_id(bad: object) -> None:
    with pytest.raises(UnknownIdError):
        document(bad)  # type: ignore[arg-type]


def test_threads_read_a_document_once() -> None:
    seen: list[Source] = []
    threads = [threading.Thread(target=lambda: seen.append(document("shanxi_2021"))) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(seen) == 8
    assert all(source is seen[0] for source in seen)


def test_a_record_quotes_the_document_it_names_and_no_other() -> None:
    gdp = REPORT["gdp_growth_2020"]
    assert isinstance(gdp, Outcome)
    with pytest.raises(QuoteError, match="datong_2020"):
        attrs.evolve(gdp, document="datong_2020")
    with pytest.raises(RecordError, match="document"):
        attrs.evolve(gdp, document="datong_2022")
    assert attrs.evolve(gdp, id="a_copy").document == "datong_2021"


def test_a_stand_in_replaces_one_document_only() -> None:
    stand_in = Source(
        id="datong_2021",
        title=Text(zh="替身", en="a stand-in"),
        delivered=datetime.date(2021, 2, 22),
        speaker=Text(zh="无", en="nobody"),
        occasion=Text(zh="测试", en="a test"),
        text="全年达到9.9％。",
        sha256="0" * 64,
    )
    with quoting(stand_in):
        made = Outcome(
            id="stand_in_growth",
            document="datong_2021",
            quote="全年达到9.9％",
            section=None,
            measure=Text(zh="增长", en="growth"),
            figure="9.9％",
            figure_kind=FigureKind.GROWTH,
            period=Period(start=datetime.date(2020, 1, 1), end=datetime.date(2020, 12, 31)),
            outcome_of=("gdp_growth_target_2020",),
        )
        # The primary document is still the shipped report inside the block.
        assert attrs.evolve(REPORT.target("gdp_growth_target_2020"), id="still_quoted").quote in SOURCE.text
    assert made.value is not None
    assert made.value.magnitude == 9.9
    with pytest.raises(QuoteError):
        attrs.evolve(made)  # outside the block, the shipped datong_2021 does not say 9.9％


def _export_with(change: Callable[[dict[str, Any]], None]) -> str:
    exported = json.loads(dump_json(REPORT))
    change(exported)
    return json.dumps(exported, ensure_ascii=False)


def test_the_export_lists_the_context_documents_its_spans_are_in() -> None:
    exported = json.loads(dump_json(REPORT))
    assert [header["id"] for header in exported["documents"]] == CONTEXT
    for header in exported["documents"]:
        shipped = document(header["id"])
        assert header["sha256"] == shipped.sha256
        assert header["characters"] == len(shipped.text)
    for obj in exported["objects"]:
        if "document" in obj:
            start, end = obj["span"]
            assert document(obj["document"]).text[start:end] == obj["quote"]


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d.pop("documents"), r"\$\.objects\[\d+\]\.document"),
        (lambda d: d["documents"].pop(0), r"\$\.objects\[\d+\]\.document"),
        (lambda d: d["documents"][0].__setitem__("sha256", "0" * 64), r"\$\.documents\[0\]\.sha256"),
        (lambda d: d["documents"][1].__setitem__("id", "datong_2020"), r"\$\.documents\[1\]\.id"),
        (lambda d: d["documents"].append(d["documents"][0]), r"\$\.documents\[3\]\.id"),
        (lambda d: d["documents"][2].__setitem__("colour", "red"), r"\$\.documents\[2\]\.colour"),
        (lambda d: d.__setitem__("documents", {}), r"\$\.documents"),
    ],
)
def test_a_documents_list_that_is_not_the_shipped_one_is_refused(
    change: Callable[[dict[str, Any]], None], path: str
) -> None:
    with pytest.raises(DataError, match=path):
        load_json(_export_with(change))
