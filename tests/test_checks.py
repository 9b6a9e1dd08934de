"""The report's own relations between its figures, recomputed. A check that fails is a finding about the
source: docs/findings.md lists it, with its numbers, under its kind (a contradiction, or a reading), and
it stays that way here on purpose."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

import datong2020.checks
import datong2020.cli
from datong2020 import (
    REPORT,
    Check,
    Fact,
    FigureKind,
    Report,
    Text,
    Verdict,
    checks_for,
    contradictions,
    run_checks,
)
from datong2020.units import Quantity

FINDINGS_DOC = (Path(__file__).resolve().parent.parent / "docs" / "findings.md").read_text(encoding="utf-8")
_KINDS = {"Contradictions": Verdict.CONTRADICTED, "Readings": Verdict.DEPENDS_ON_READING}
_SECTIONS = re.findall(r"^## (\w+)\n(.*?)(?=^## |\Z)", FINDINGS_DOC, flags=re.MULTILINE | re.DOTALL)
DOCUMENTED = {
    check: _KINDS[heading]
    for heading, body in _SECTIONS
    for check in re.findall(r"^### `(\w+)`", body, flags=re.MULTILINE)
}
FINDINGS = {finding.check: finding for finding in run_checks(REPORT)}


@pytest.mark.parametrize("check", sorted(FINDINGS))
def test_a_check_holds_unless_it_is_documented_under_its_kind(check: str) -> None:
    finding = FINDINGS[check]
    if check not in DOCUMENTED:
        assert finding.holds, f"{check}: stated {finding.stated}, computed {finding.computed}"
        assert finding.verdict is Verdict.HOLDS
        return
    assert not finding.holds, f"{check} now holds: remove it from docs/findings.md"
    assert finding.verdict is DOCUMENTED[check], f"{check} is now {finding.verdict.value}"
    entry = FINDINGS_DOC.split(f"### `{check}`", 1)[1].split("#", 1)[0]
    for figure in (finding.stated, finding.computed, finding.under_another_reading):
        if figure is not None:
            assert f"{figure.magnitude:g}" in entry


def test_every_documented_finding_is_a_check_that_runs() -> None:
    assert set(FINDINGS) >= set(DOCUMENTED)
    assert set(_KINDS) <= set(re.findall(r"^## (\w+)$", FINDINGS_DOC, flags=re.MULTILINE))


def test_a_failure_that_another_reading_resolves_is_not_a_contradiction() -> None:
    platforms = FINDINGS["innovation_platforms_in_park_2019_members"]
    assert (platforms.stated.magnitude, platforms.computed.magnitude) == (12, 13)
    assert platforms.under_another_reading is not None
    assert platforms.under_another_reading.magnitude == 12  # split at 、 only
    assert platforms.verdict is Verdict.DEPENDS_ON_READING
    # The library's rule is the one the other lists need: 四大项目 counts four only with 和 split.
    zone_a = FINDINGS["science_park_zone_a_projects_in_operation_2019_members"]
    assert zone_a.holds
    assert zone_a.under_another_reading is not None
    assert zone_a.under_another_reading.magnitude == 3
    assert not contradictions(tuple(FINDINGS.values()))


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


def test_checks_command_exits_non_zero_exactly_when_the_report_contradicts_itself() -> None:
    result = subprocess.run([sys.executable, "-m", "datong2020", "checks"], capture_output=True, text=True)
    assert result.returncode == (1 if contradictions(tuple(FINDINGS.values())) else 0)
    assert result.returncode == 0  # the shipped data: every relation holds or is a documented reading
    assert result.stdout.count("\n") == len(FINDINGS)
    reading = [line for line in result.stdout.splitlines() if line.startswith("READ")]
    assert len(reading) == len([f for f in FINDINGS.values() if f.verdict is Verdict.DEPENDS_ON_READING])
    assert "innovation_platforms_in_park_2019_members" in reading[0]


def test_a_failure_no_reading_resolves_is_a_contradiction_and_the_command_fails(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    gdp = REPORT.lookup("gdp_2019", Fact)

    def twice(_: Report) -> tuple[Quantity, tuple[str, ...]]:
        return gdp.value * 2, (gdp.id,)

    probe = Check(id="probe", description=Text(zh="探针", en="probe"), claim=gdp.id, compute=twice)
    assert probe.run(REPORT).verdict is Verdict.CONTRADICTED
    resolved = attrs.evolve(probe, another_reading=lambda _: gdp.value)
    assert resolved.run(REPORT).verdict is Verdict.DEPENDS_ON_READING
    monkeypatch.setattr(datong2020.checks, "run_checks", lambda report: (probe.run(report),))
    assert datong2020.cli.main(["checks"]) == 1
    assert capsys.readouterr().out.startswith("FAIL probe: stated 1318.8亿元, computed 2637.6亿元")
    monkeypatch.setattr(datong2020.checks, "run_checks", lambda report: (resolved.run(report),))
    assert datong2020.cli.main(["checks"]) == 0
    assert capsys.readouterr().out.startswith("READ probe")
