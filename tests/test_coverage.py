"""Every sentence, every digit run and every slogan-shaped phrase is encoded or excluded with a reason;
the coverage command says so, as text and as JSON."""

from __future__ import annotations

import itertools
import json
import re
import subprocess
import sys

import pytest

from datong2020 import REPORT, SOURCE
from datong2020.coverage import coverage, sentence_ledger, sentences, term_coverage
from datong2020.model import NotASentence, SentenceReason
from datong2020.report import NOT_FIGURES, NOT_SENTENCES, NOT_TERMS

PARTS = {part.part: part for part in coverage(REPORT, NOT_FIGURES)}


def test_part_one_has_no_missing_digit_runs() -> None:
    review = PARTS["review_2019"]
    assert not review.missing, [REPORT.source.text[run.start : run.end + 6] for run in review.missing]
    assert len(review.encoded) > 150


def test_every_digit_run_is_counted_once() -> None:
    total = len(re.findall(r"\d+", REPORT.source.report_text))
    counted = sum(len(p.encoded) + len(p.excluded) + len(p.missing) for p in PARTS.values())
    assert counted == total


def test_exclusions_are_not_also_figures_and_each_has_a_reason() -> None:
    for exclusion in NOT_FIGURES:
        assert exclusion.reason.zh
        assert exclusion.reason.en
    excluded = {run for part in PARTS.values() for run in part.excluded}
    encoded = {run for part in PARTS.values() for run in part.encoded}
    assert len(excluded) == len(NOT_FIGURES)
    assert not excluded & encoded


def test_coverage_command_prints_the_counts() -> None:
    output = subprocess.run(
        [sys.executable, "-m", "datong2020", "coverage"], check=True, capture_output=True, text=True
    ).stdout
    assert re.search(r"review_2019\s+\d+\s+\d+\s+0\b", output)
    assert re.search(r"^total\s+\d+\s+\d+\s+\d+(\s+\d+)*\s+0$", output, re.MULTILINE)


LEDGER = sentence_ledger(REPORT, NOT_SENTENCES)
BODY_START = SOURCE.text.index("一、2019年工作回顾")


def test_the_sentences_tile_the_body_but_for_white_space() -> None:
    spans = [sentence.span for sentence in LEDGER]
    assert spans[0].start == BODY_START
    assert SOURCE.text[spans[-1].end : SOURCE.report_end].strip() == ""
    for before, after in itertools.pairwise(spans):
        assert SOURCE.text[before.end : after.start].strip() == ""
        assert (
            SOURCE.text[before.start : before.end][-1] in "。!?;"
            or "\n" in SOURCE.text[before.end : after.start]
        )


def test_no_sentence_is_unaccounted() -> None:
    unaccounted = [SOURCE.text[s.span.start : s.span.end] for s in LEDGER if s.status == "unaccounted"]
    assert not unaccounted, unaccounted


def test_an_encoded_sentences_ids_lie_inside_it_or_hold_it_whole() -> None:
    for sentence in LEDGER:
        for record_id in sentence.ids:
            quote = REPORT.span(REPORT[record_id])
            assert quote in sentence.span or sentence.span in quote, (record_id, sentence.span)


def test_every_exclusion_names_an_unencoded_sentence_and_has_a_reason() -> None:
    excluded = [s for s in LEDGER if s.status == "excluded"]
    assert len(excluded) == len(NOT_SENTENCES)
    assert all(isinstance(exclusion.reason, SentenceReason) for exclusion in NOT_SENTENCES)


def test_an_exclusion_of_an_encoded_sentence_is_refused() -> None:
    with pytest.raises(ValueError, match="is encoded by gdp_2019"):
        sentence_ledger(
            REPORT, [NotASentence(quote="地区生产总值完成1318.8亿元", reason=SentenceReason.APPRAISAL)]
        )


def test_the_rule_splits_at_the_reports_terminators_and_line_ends() -> None:
    text = " 一句。二句;三句!\n四句\n\n五句?"
    assert [text[s.start : s.end] for s in sentences(text, 0, len(text))] == [
        "一句。",
        "二句;",
        "三句!",
        "四句",
        "五句?",
    ]


def test_coverage_json_lists_every_sentence_with_its_status() -> None:
    output = subprocess.run(
        [sys.executable, "-m", "datong2020", "coverage", "--format", "json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    document = json.loads(output)
    assert len(document["sentences"]) == len(LEDGER)
    for item, sentence in zip(document["sentences"], LEDGER, strict=True):
        assert item["span"] == [sentence.span.start, sentence.span.end]
        assert item["status"] == sentence.status
        assert ("ids" in item) == (sentence.status == "encoded")
        assert ("reason" in item) == (sentence.status == "excluded")


def test_the_term_listing_reports_nothing_unencoded_and_every_exclusion_is_found_and_reasoned() -> None:
    terms = term_coverage(REPORT, NOT_TERMS)
    assert not terms.missing, [phrase for _, phrase in terms.missing]
    assert len(terms.excluded) == len(NOT_TERMS)
    assert all(exclusion.reason.zh and exclusion.reason.en for exclusion in NOT_TERMS)
    assert len(terms.encoded) > 100
