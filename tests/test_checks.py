"""The report's own relations between its figures, recomputed. A check that fails is a finding about the
source: it must be listed in docs/findings.md with its numbers, and it stays failing here on purpose."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from datong2020 import REPORT, Fact, FigureKind, checks_for, run_checks

FINDINGS_DOC = (Path(__file__).resolve().parent.parent / "docs" / "findings.md").read_text(encoding="utf-8")
DOCUMENTED = set(re.findall(r"^### `(\w+)`", FINDINGS_DOC, flags=re.MULTILINE))
FINDINGS = {finding.check: finding for finding in run_checks(REPORT)}


@pytest.mark.parametrize("check", sorted(FINDINGS))
def test_a_check_holds_unless_it_is_a_documented_finding(check: str) -> None:
    finding = FINDINGS[check]
    if check in DOCUMENTED:
        assert not finding.holds, f"{check} now holds: remove it from docs/findings.md"
        stated = f"{finding.stated.magnitude:g}"
        assert stated in FINDINGS_DOC.split(f"### `{check}`", 1)[1].split("###", 1)[0]
    else:
        assert finding.holds, f"{check}: stated {finding.stated}, computed {finding.computed}"


def test_every_documented_finding_is_a_check_that_runs() -> None:
    assert set(FINDINGS) >= DOCUMENTED


def test_every_listed_count_and_every_share_with_part_and_whole_is_checked() -> None:
    ids = {check.id for check in checks_for(REPORT)}
    for fact in REPORT.facts:
        if fact.members:
            assert f"{fact.id}_members" in ids
        if fact.figure_kind is FigureKind.SHARE and fact.of and fact.whole:
            assert f"{fact.id}_arithmetic" in ids


def test_members_are_written_in_the_section_they_are_listed_in() -> None:
    for fact in REPORT.facts:
        if not fact.members:
            continue
        assert fact.section is not None
        extent = REPORT.extent(REPORT[fact.section])  # type: ignore[arg-type]
        text = REPORT.source.text[extent.start : extent.end]
        for member in fact.members:
            assert member.zh in text, f"{fact.id}: {member.zh!r}"


def test_the_industrial_investment_share_is_its_part_over_its_whole() -> None:
    share = REPORT.lookup("industrial_investment_share_2019", Fact)
    assert share.of is not None and share.whole is not None  # noqa: PT018
    part, whole = REPORT.lookup(share.of, Fact), REPORT.lookup(share.whole, Fact)
    computed = (part.value / whole.value).to("%").magnitude
    assert round(computed) == share.value.magnitude


def test_checks_command_exits_non_zero_exactly_when_a_check_fails() -> None:
    result = subprocess.run([sys.executable, "-m", "datong2020", "checks"], capture_output=True, text=True)
    assert result.returncode == (1 if DOCUMENTED else 0)
    assert result.stdout.count("\n") == len(FINDINGS)
