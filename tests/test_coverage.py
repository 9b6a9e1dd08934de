"""Every digit run of part 一 is encoded or excluded with a reason; the coverage command says so."""

from __future__ import annotations

import re
import subprocess
import sys

from datong2020 import REPORT
from datong2020.coverage import coverage, term_coverage
from datong2020.report.not_figures import NOT_FIGURES
from datong2020.report.not_terms import NOT_TERMS

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


def test_the_term_listing_reports_nothing_unencoded_and_every_exclusion_is_found_and_reasoned() -> None:
    terms = term_coverage(REPORT, NOT_TERMS)
    assert not terms.missing, [phrase for _, phrase in terms.missing]
    assert len(terms.excluded) == len(NOT_TERMS)
    assert all(exclusion.reason.zh and exclusion.reason.en for exclusion in NOT_TERMS)
    assert len(terms.encoded) > 100
