"""The context documents' coverage: in each declared region, every digit run and every rank in Chinese
numerals is inside the figure of an outcome or province target, or excluded with a reason; and the
ledger refuses exclusions that say nothing true (outside the region, of an encoded run, twice)."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import attrs
import pytest

from datong2020 import REPORT
from datong2020.coverage import ContextCoverage, context_coverage
from datong2020.errors import QuoteError, RecordError
from datong2020.model import DIGIT_RUN, NUMERAL_ORDINAL, NotAFigure
from datong2020.report.context import claims
from datong2020.source import PRIMARY, Span, document
from datong2020.text import Text

CLAIMS = {claim[0]: claim for claim in claims()}
LEDGERS = {doc: context_coverage(REPORT, *claim) for doc, claim in CLAIMS.items()}
REASON = Text(zh="测试", en="a test")


def region_text(doc: str) -> str:
    region = LEDGERS[doc].region
    return document(doc).text[region.start : region.end]


def test_every_context_document_has_a_claim() -> None:
    assert set(CLAIMS) == {"datong_2021", "shanxi_2020", "shanxi_2021"}


@pytest.mark.parametrize("doc", sorted(CLAIMS))
def test_no_run_of_the_region_is_unaccounted(doc: str) -> None:
    ledger = LEDGERS[doc]
    text = document(doc).text
    assert not ledger.missing, [text[run.start - 8 : run.end + 8] for run in ledger.missing]
    assert ledger.encoded


@pytest.mark.parametrize("doc", sorted(CLAIMS))
def test_every_run_is_counted_once_encoded_or_excluded(doc: str) -> None:
    ledger = LEDGERS[doc]
    encoded = set(ledger.encoded)
    excluded = {run for run, _ in ledger.excluded}
    assert not encoded & excluded
    assert len(encoded) == len(ledger.encoded)
    assert len(excluded) == len(ledger.excluded)
    # Counted again here with both patterns, independently of the ledger's own search.
    text = region_text(doc)
    found = len(re.findall(r"\d+", text)) + len(re.findall(r"第[〇零一二三四五六七八九十百千]+", text))
    assert ledger.runs == found == len(CLAIMS[doc][2]) + len(ledger.encoded)


def test_the_counts_per_document() -> None:
    counts = {doc: (c.runs, len(c.encoded), len(c.excluded)) for doc, c in LEDGERS.items()}
    assert counts == {"datong_2021": (119, 17, 102), "shanxi_2020": (24, 22, 2), "shanxi_2021": (43, 8, 35)}


@pytest.mark.parametrize("doc", sorted(CLAIMS))
def test_every_exclusion_lies_inside_its_region_and_has_a_reason(doc: str) -> None:
    _, _, exclusions = CLAIMS[doc]
    source = document(doc)
    region = LEDGERS[doc].region
    for exclusion in exclusions:
        assert exclusion.document == doc
        start = source.locate(exclusion.quote).start + exclusion.offset
        assert Span(start=start, end=start + len(exclusion.digits)) in region, exclusion.quote
        assert exclusion.reason.zh.strip()
        assert exclusion.reason.en.strip()


@pytest.mark.parametrize(
    ("doc", "index"), [(doc, index) for doc, claim in CLAIMS.items() for index in range(len(claim[2]))]
)
def test_without_any_one_exclusion_its_run_is_missing(doc: str, index: int) -> None:
    _, region, exclusions = CLAIMS[doc]
    removed = exclusions[index]
    ledger = context_coverage(REPORT, doc, region, exclusions[:index] + exclusions[index + 1 :])
    start = document(doc).locate(removed.quote).start + removed.offset
    assert ledger.missing == (Span(start=start, end=start + len(removed.digits)),)


@pytest.mark.parametrize("doc", sorted(CLAIMS))
def test_the_region_bounds_are_unique_quotes_in_order(doc: str) -> None:
    start, end = CLAIMS[doc][1]
    text = document(doc).text
    assert text.count(start) == 1
    assert text.count(end) == 1
    assert text.index(start) < text.index(end)


def test_each_region_is_the_part_its_comment_names() -> None:
    datong = document("datong_2021").text
    region = LEDGERS["datong_2021"].region
    assert datong[region.start :].startswith("一、2020年和“十三五”工作回顾")
    assert datong[region.end :].lstrip().startswith("二、")  # part 一 ends where part 二's heading starts
    assert "过去五年" in region_text("datong_2021")
    shanxi_2020 = region_text("shanxi_2020")
    assert "主要预期目标是" in shanxi_2020
    assert "约束性指标是" in shanxi_2020
    assert shanxi_2020.count("\n\n") == 1  # the two paragraphs, no more
    shanxi_2021 = region_text("shanxi_2021")
    assert shanxi_2021.startswith("刚刚过去的2020年")
    assert "全省GDP增长3.6%" in shanxi_2021.split("\n")[-1]


@pytest.mark.parametrize("doc", sorted(CLAIMS))
def test_every_figure_of_the_documents_records_stands_in_its_region(doc: str) -> None:
    region = LEDGERS[doc].region
    records = [r for r in (*REPORT.outcomes, *REPORT.province_targets) if r.document == doc]
    spans = [span for record in records if (span := REPORT.figure_span(record)) is not None]
    assert spans
    assert all(span in region for span in spans)


@pytest.mark.parametrize("doc", sorted(CLAIMS))
def test_no_figure_is_split_by_a_line_break(doc: str) -> None:
    """What the runs cannot see: a number broken over two lines would be two runs (or one and a unit)."""
    assert not re.search(r"[\d.．][ \t]*\n\s*[\d.．%％]", region_text(doc))


def test_the_patterns_see_full_width_digits_and_whole_ordinals() -> None:
    assert [m.group() for m in DIGIT_RUN.finditer("增长４．３％，第2")] == ["４", "３", "2"]
    assert [m.group() for m in NUMERAL_ORDINAL.finditer("第十五届、全省第二、第2、十三五")] == [
        "第十五",
        "第二",
    ]


def test_the_ledger_refuses_an_exclusion_of_an_encoded_run() -> None:
    doc, region, exclusions = CLAIMS["datong_2021"]
    encoded = NotAFigure(document=doc, quote="全年达到4.3％", digits="4", reason=REASON)
    with pytest.raises(ValueError, match="inside an encoded figure"):
        context_coverage(REPORT, doc, region, (*exclusions, encoded))
    rank = NotAFigure(document=doc, quote="位居全省第二", digits="第二", reason=REASON)
    with pytest.raises(ValueError, match="inside an encoded figure"):
        context_coverage(REPORT, doc, region, (*exclusions, rank))


def test_the_ledger_refuses_an_exclusion_outside_the_region_twice_or_of_another_document() -> None:
    doc, region, exclusions = CLAIMS["datong_2021"]
    outside = NotAFigure(document=doc, quote="三、2021年工作安排", digits="2021", reason=REASON)
    with pytest.raises(ValueError, match="outside the region"):
        context_coverage(REPORT, doc, region, (*exclusions, outside))
    with pytest.raises(ValueError, match="excluded twice"):
        context_coverage(REPORT, doc, region, (*exclusions, attrs.evolve(exclusions[0], reason=REASON)))
    with pytest.raises(ValueError, match="quotes shanxi_2020, not datong_2021"):
        context_coverage(REPORT, doc, region, (*exclusions, CLAIMS["shanxi_2020"][2][0]))


def test_the_ledger_refuses_a_run_cut_out_of_a_longer_one() -> None:
    doc, region, exclusions = CLAIMS["shanxi_2021"]
    # "202" is a whole run of the quote, but only a part of the text's run 2020.
    cut = NotAFigure(document=doc, quote="刚刚过去的202", digits="202", reason=REASON)
    without = tuple(e for e in exclusions if e.quote != "刚刚过去的2020年")
    with pytest.raises(ValueError, match="not a whole run of the text"):
        context_coverage(REPORT, doc, region, (*without, cut))


def test_a_not_a_figure_names_its_document_and_is_located_there() -> None:
    primary = NotAFigure(quote="大同市2020年政府工作报告", digits="2020", reason=REASON)
    assert primary.document == PRIMARY
    with pytest.raises(RecordError, match="document"):
        NotAFigure(document="datong_2019", quote="大同市2020年政府工作报告", digits="2020", reason=REASON)
    # A quote of datong_2021 is not a quote of shanxi_2021.
    with pytest.raises(QuoteError):
        NotAFigure(document="shanxi_2021", quote="5批152名医护人员驰援湖北", digits="5", reason=REASON)
    with pytest.raises(RecordError, match="not a whole run"):
        NotAFigure(document="datong_2021", quote="位居全省第二", digits="二", reason=REASON)


def test_coverage_command_prints_a_line_per_context_document() -> None:
    output = subprocess.run(
        [sys.executable, "-m", "datong2020", "coverage"], check=True, capture_output=True, text=True
    ).stdout
    block = output[output.index("context documents") :]
    for doc, ledger in LEDGERS.items():
        assert re.search(
            rf"^{doc}\s+{ledger.runs}\s+{len(ledger.encoded)}\s+{len(ledger.excluded)}\s+0$",
            block,
            re.MULTILINE,
        )


def test_coverage_json_has_the_context_counts() -> None:
    output = subprocess.run(
        [sys.executable, "-m", "datong2020", "coverage", "--format", "json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    context = json.loads(output)["context"]
    assert [item["document"] for item in context] == list(LEDGERS)
    for item in context:
        ledger: ContextCoverage = LEDGERS[item["document"]]
        assert item == {
            "document": ledger.document,
            "region": [ledger.region.start, ledger.region.end],
            "runs": ledger.runs,
            "encoded": len(ledger.encoded),
            "excluded": len(ledger.excluded),
            "missing": 0,
        }
