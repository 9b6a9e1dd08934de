"""The first slice against the text itself: the figures are read from the report here, by patterns
that know nothing of the encoding, and the encoded objects must agree."""

from __future__ import annotations

import re

import pytest

from datong2020 import REPORT, SOURCE, Fact, FigureKind, Qualifier, run_checks, ureg

HEADLINE = SOURCE.text[
    SOURCE.text.index("2019年,市域主要经济指标") : SOURCE.text.index("一年来,我们主要做了以下工作")
]
INDICATOR = re.compile(
    r"(?P<name>[^;,。]+?)(?:完成)?(?P<level>\d+(?:\.\d+)?)(?P<unit>亿元|元),增长(?P<growth>\d+(?:\.\d+)?)%,增幅全省第(?P<rank>\d)"
)
WRITTEN = [match.groupdict() for match in INDICATOR.finditer(HEADLINE)]
LEVELS = [f for f in REPORT.facts if f.section == "review_headline" and f.figure_kind is FigureKind.LEVEL]


def _only(facts: tuple[Fact, ...], kind: FigureKind) -> Fact:
    (fact,) = [f for f in facts if f.figure_kind is kind]
    return fact


def test_the_report_writes_seven_indicators_and_all_seven_are_encoded() -> None:
    assert len(WRITTEN) == 7
    assert [level.measure.zh for level in LEVELS] == [written["name"] for written in WRITTEN]


@pytest.mark.parametrize("written", WRITTEN, ids=[w["name"] for w in WRITTEN])
def test_level_growth_and_rank_match_the_text(written: dict[str, str]) -> None:
    (level,) = [f for f in LEVELS if f.measure.zh == written["name"]]
    assert level.value == ureg.Quantity(float(written["level"]), written["unit"])
    assert level.value.units == ureg.Unit(written["unit"])
    growth = _only(REPORT.facts_of(level), FigureKind.GROWTH)
    assert growth.value == ureg.Quantity(float(written["growth"]), "%")
    assert growth.figure == f"{written['growth']}%", "the figure keeps the report's digits (6.0%, not 6%)"
    ranks = [f for f in REPORT.facts_of(growth) if f.figure_kind is FigureKind.RANK]
    same_clause = [rank for rank in ranks if rank.quote == level.quote]
    assert len(same_clause) == 1
    # GDP's rank is stated twice (第1, then 第一位 in words); every statement must agree with the text.
    assert {rank.value for rank in ranks} == {ureg.Quantity(int(written["rank"]), "位次")}


def test_summary_sentence_holds_against_the_seven_ranks() -> None:
    stated = re.search(r"上述(\d)个主要指标,有(\d)个居全省前(\d)位次", HEADLINE)
    assert stated is not None
    total, in_top, top = map(int, stated.groups())
    assert total == len(WRITTEN)
    assert in_top == sum(int(w["rank"]) <= top for w in WRITTEN)
    findings = {finding.check: finding for finding in run_checks(REPORT)}
    assert findings["headline_indicators_in_top_places"].holds
    assert findings["headline_indicator_count"].holds
    assert findings["gdp_growth_rank_restated"].holds


TARGETS_PARAGRAPH = SOURCE.text[
    SOURCE.text.index("主要预期目标是:") : SOURCE.text.index("面对新冠疫情的影响")
]
TARGET_SENTENCES = [s for s in TARGETS_PARAGRAPH.removeprefix("主要预期目标是:").split("。") if s]
QUALIFIER_WORDS = {
    "左右": Qualifier.ABOUT,
    "以上": Qualifier.AT_LEAST,
    "以内": Qualifier.WITHIN,
    "": Qualifier.PLAIN,
}
PLAN_TARGETS = [t for t in REPORT.targets if t.section == "plan_targets"]


def test_every_sentence_of_the_targets_paragraph_is_one_target() -> None:
    assert len(TARGET_SENTENCES) == 11
    assert [t.quote for t in PLAN_TARGETS] == [f"{sentence}。" for sentence in TARGET_SENTENCES]


@pytest.mark.parametrize("sentence", TARGET_SENTENCES)
def test_target_number_and_qualifier_match_the_sentence(sentence: str) -> None:
    (target,) = [t for t in PLAN_TARGETS if t.quote == f"{sentence}。"]
    number = re.search(r"(\d+(?:\.\d+)?)%(左右|以上|以内)?", sentence)
    if number is None:
        assert target.value is None
        assert target.requirement is not None
        assert target.requirement.zh in sentence
        return
    assert target.value == ureg.Quantity(float(number.group(1)), "%")
    assert target.qualifier is QUALIFIER_WORDS[number.group(2) or ""]


def test_growth_targets_build_on_the_2019_level_of_the_same_indicator() -> None:
    linked = [t for t in PLAN_TARGETS if t.base is not None]
    assert len(linked) == 8
    for target in linked:
        base = REPORT.base_of(target)
        assert base is not None
        assert base.period.label == "2019"
        # The target names the indicator as the review does, give or take 常住/全社会/规模以上 ↔ 规上.
        core = base.measure.zh.replace("常住", "").replace("规模以上", "规上")
        assert core in target.measure.zh
