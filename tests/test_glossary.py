"""The report's terms: the 名词解释's sixteen entries and the body's slogans, looked up every way."""

from __future__ import annotations

import doctest
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

import datong2020.terms
from datong2020 import REPORT, SOURCE, Fact, Target, Term, UnknownIdError, checks_for, glossary
from datong2020.source import Span

GLOSSARY_TEXT = SOURCE.report_text[SOURCE.report_text.index("名词解释") :]
ENTRIES = re.findall(r"^(\d+)\.(.+?):", GLOSSARY_TEXT, flags=re.MULTILINE)

# The body: from the first part's heading to the end of the 名词解释.
BODY = Span(start=REPORT.span(REPORT["review_2019"]).start, end=SOURCE.report_end)
NUMERALS = "一二三四五六七八九十两百"
# A numbered phrase: a numeral with 大, 个, 项 or 条 after it (四大重点, 两个维护, 八项规定), but not an
# ordinal (第一个) nor the article 一 (一大批, 一个, 一项, 一条) ...
COUNTED = re.compile(rf"(?<![第{NUMERALS}])(?!一[大个项条])[{NUMERALS}]+[大个项条]")
# ... or a short quoted phrase that holds a numeral (“1310”, “十字大街”, “一网通办”).
QUOTED = re.compile(r"(?<=“)[^“”]{1,16}(?=”)")
USES = {term.id: glossary.uses(term) for term in REPORT.terms}


def _numbered_phrases() -> list[Span]:
    text = SOURCE.text[: BODY.end]
    counted = [Span(start=m.start(), end=m.end()) for m in COUNTED.finditer(text, BODY.start)]
    quoted = [
        Span(start=m.start(), end=m.end())
        for m in QUOTED.finditer(text, BODY.start)
        if re.search(rf"[{NUMERALS}\d]", m.group())
    ]
    return sorted(counted + quoted)


NUMBERED_PHRASES = _numbered_phrases()
# The abbreviations and numbered phrases issue 9 names, as a reader would type them.
ISSUE_9_PHRASES = (
    "十九大",
    "十九届二中、三中、四中全会",
    "双创",
    "五保",
    "低保",
    "法检两院",
    "两院院士",
    "三晋通",
    "双遗产",
    "长城金三角",
    "百年奋斗目标",
    "全国十佳生态文明城市",
    "四大重点",
    "五大开发区",
    "二十大技改项目",
    "四个突破",
    "五大重点工程",
    "“1310”兴医工程",
)


def test_module_examples_run() -> None:
    assert doctest.testmod(datong2020.terms).failed == 0


def test_all_sixteen_glossary_entries_are_encoded_under_their_numbers() -> None:
    assert [int(number) for number, _ in ENTRIES] == list(range(1, 17))
    numbered = {term.glossary_number for term in REPORT.terms if term.glossary_number is not None}
    assert numbered == set(range(1, 17))
    for number, heading in ENTRIES:
        entry_terms = [t for t in REPORT.terms if t.glossary_number == int(number) and not t.parts]
        composite = [t for t in REPORT.terms if t.glossary_number == int(number) and t.parts]
        named = {t.term.strip("“”") for t in entry_terms + composite}
        for name in re.split(r"、", heading):
            assert name.strip("“”") in named or any(name in t.term for t in entry_terms + composite), heading


@pytest.mark.parametrize("term", REPORT.terms, ids=lambda term: term.id)
def test_a_term_is_written_in_its_quote_and_its_members_in_its_section(term: Term) -> None:
    assert term.term in term.quote
    assert term.section is not None
    extent = REPORT.extent(REPORT[term.section])  # type: ignore[arg-type]
    section_text = SOURCE.text[extent.start : extent.end]
    for member in term.members:
        assert member.zh in section_text, member.zh
    for variant in term.variants:
        assert variant in SOURCE.report_text


@pytest.mark.parametrize("term", REPORT.terms, ids=lambda term: term.id)
def test_every_term_is_used_somewhere_in_the_text(term: Term) -> None:
    uses = glossary.uses(term)
    assert uses
    assert all(SOURCE.text[use.start : use.end] in (term.term, *term.variants) for use in uses)


def test_composites_are_made_of_their_parts() -> None:
    for term in REPORT.terms:
        for part_id in term.parts:
            part = glossary[part_id]
            assert (
                part.term.strip("“”") in term.term or part.term in term.quote or term.glossary_number is None
            )


def test_every_countable_term_has_its_numerals_checked() -> None:
    checked = {check.claim for check in checks_for(REPORT) if check.id.endswith("_numerals")}
    six = glossary["六稳"]
    assert six.id in checked
    assert glossary["三供一业"].id in checked
    assert len(checked) >= 30


def test_lookup_by_term_variant_id_english_and_pinyin() -> None:
    six = glossary["六稳"]
    assert [m.zh for m in six.members] == ["稳就业", "稳金融", "稳外贸", "稳外资", "稳投资", "稳预期"]
    assert six.glossary_number == 3
    assert glossary["五水共治"] is glossary["五水同治"] is glossary["five_waters_governance"]
    assert glossary["“六稳”"] is six
    assert glossary.search("stability")[0] is six
    assert glossary.by_pinyin("liu wen") is six
    assert glossary.by_pinyin("WuShuiGongZhi") is glossary["五水同治"]


def test_unknown_terms_suggest_near_matches() -> None:
    with pytest.raises(UnknownIdError, match="六稳"):
        glossary["六隐"]
    with pytest.raises(UnknownIdError):
        glossary.by_pinyin("liu yin")


def test_one_spelling_two_meanings_is_kept_apart() -> None:
    both = glossary.all("两山")
    assert len(both) == 2
    assert glossary["两山"] is both[0]
    assert {"two_mountains_two_meanings"} <= {quirk.id for quirk in REPORT.quirks}


def test_a_record_shows_the_slogans_its_sentence_invokes() -> None:
    target = next(t for t in REPORT.targets if "十大清零" in t.quote)
    assert glossary["十大清零专项行动"] in glossary.terms_in(target)


def test_uses_inside_a_longer_term_are_not_counted_as_uses_of_the_shorter() -> None:
    two_mountains = next(t for t in glossary.all("两山") if t.glossary_number is None)
    for use in glossary.uses(two_mountains):
        assert SOURCE.text[use.start : use.start + 7] != "两山七河一流域"


def test_the_text_has_the_numbered_phrases_the_pattern_looks_for() -> None:
    found = {SOURCE.text[span.start : span.end] for span in NUMBERED_PHRASES}
    assert {"十九大", "四大", "五大", "二十大", "四个", "1310", "十字大街"} <= found
    assert not {"一大", "一个", "一项", "一条"} & found  # 一大批, 一个: the article, not a count
    assert not any(SOURCE.text[span.start - 1] == "第" for span in NUMBERED_PHRASES)  # 第一个: ordinal
    assert len(NUMBERED_PHRASES) > 100


@pytest.mark.parametrize(
    "phrase", NUMBERED_PHRASES, ids=lambda span: f"{span.start}:{SOURCE.text[span.start : span.end]}"
)
def test_every_numbered_phrase_of_the_body_resolves_to_the_term_written_there(phrase: Span) -> None:
    written = [
        (term, use) for term in REPORT.terms for use in USES[term.id] if use.start <= phrase.start < use.end
    ]
    assert written, f"no term is written at {SOURCE.text[phrase.start - 8 : phrase.end + 8]!r}"
    for term, use in written:
        spelled = SOURCE.text[use.start : use.end]
        assert term in glossary.all(spelled)
        assert glossary[spelled] in glossary.all(spelled)


@pytest.mark.parametrize("phrase", ISSUE_9_PHRASES)
def test_each_phrase_the_issue_names_is_in_the_text_and_resolves_to_the_term_used_there(phrase: str) -> None:
    written = [span for span in SOURCE.find_all(phrase) if span in BODY]
    assert written, phrase
    term = glossary[phrase]
    assert any(use.overlaps(span) for use in glossary.uses(term) for span in written)


def test_lookups_accept_a_terms_own_spelling_with_its_quotation_marks() -> None:
    medical = glossary["medical_revitalisation_1310"]
    assert medical.term == "“1310”兴医工程"
    assert glossary["“1310”兴医工程"] is glossary["1310兴医工程"] is glossary["“1310兴医工程”"] is medical
    assert glossary.get("“1310”兴医工程") is medical
    assert "“1310”兴医工程" in glossary
    streets = glossary["五个“十字大街”"]
    assert glossary["五个十字大街"] is streets
    assert glossary.all("五个十字大街") == (streets,)
    with pytest.raises(UnknownIdError):
        glossary["“”"]


@given(
    st.sampled_from(REPORT.terms).flatmap(
        lambda term: st.tuples(
            st.just(term),
            st.sampled_from((term.term, *term.variants)),
            st.lists(st.tuples(st.integers(min_value=0, max_value=40), st.sampled_from("“”\"'‘’"))),
        )
    )
)
def test_quotation_marks_anywhere_in_a_spelling_find_the_same_terms(
    drawn: tuple[Term, str, list[tuple[int, str]]],
) -> None:
    term, spelling, marks = drawn
    key = spelling
    for position, mark in marks:
        at = position % (len(key) + 1)
        key = key[:at] + mark + key[at:]
    assert glossary.all(key) == glossary.all(spelling)
    assert term in glossary.all(key)
    assert glossary[key] is glossary.all(key)[0]


# A count the tasks after it explain: the numbered phrase, a closing quote, : or 。, a line end, then
# 一是 or (一) (四大重点。\n一是…; “十大工程”:\n(一)…).
_TASK_LIST_FOLLOWS = re.compile(r"”?[:。]\n?(?=一是|\(一\))")


def test_a_phrase_the_report_explains_by_the_tasks_after_it_links_to_those_tasks() -> None:
    explained = []
    for term in REPORT.terms:
        for use in USES[term.id]:
            follows = _TASK_LIST_FOLLOWS.match(SOURCE.text, use.end)
            spelled = SOURCE.text[use.start : use.end]
            if follows is None or not COUNTED.search(spelled):
                continue
            linked = [t for t in glossary.all(spelled) if glossary.sections_of(t)]
            tasks = [glossary.sections_of(t) for t in linked]
            assert any(REPORT.span(sections[0]).start == follows.end() for sections in tasks), spelled
            explained.append(spelled)
    issue_lists = {"四个突破", "四大重点", "五大重点工程"}
    assert issue_lists | {"十大工程", "三大转型", "三大突破", "三大重点", "三大重点工作"} <= set(explained)
    for term in REPORT.terms:
        sections = glossary.sections_of(term)
        headings = [section.title.zh for section in sections]
        assert headings == ([member.zh for member in term.members] if sections else [])
        assert len({section.section for section in sections}) <= 1  # siblings under one heading


def test_the_issues_task_lists_resolve_to_their_sections() -> None:
    assert [s.id for s in glossary.sections_of(glossary["四大重点"])] == [
        "innovation_ecosystem_platforms",
        "innovation_ecosystem_firms",
        "innovation_ecosystem_talent",
        "innovation_ecosystem_culture",
    ]
    breakthroughs = glossary.sections_of(glossary["四个突破"])
    assert {section.section for section in breakthroughs} == {"programme_energy_revolution"}
    key_projects = glossary.sections_of(glossary["五大重点工程"])
    assert {section.section for section in key_projects} == {"programme_culture_tourism"}
    assert glossary.sections_of(glossary["六稳"]) == ()  # members that are not headings


def test_a_term_and_the_records_that_count_it_agree_on_the_count() -> None:
    counted = {term.id: glossary.counted_by(term) for term in REPORT.terms}
    assert counted[glossary["五大开发区"].id]
    checked = 0
    for term in REPORT.terms:
        for record in counted[term.id]:
            assert isinstance(record, Fact | Target)
            figure = REPORT.figure_span(record)
            assert figure is not None
            assert any(figure in use for use in USES[term.id])
            if term.members and record.value is not None:
                assert record.value.magnitude == len(term.members), (term.id, record.id)
                checked += 1
    assert checked >= 5


def test_an_abbreviation_inside_a_projects_name_is_a_use_but_a_longer_terms_count_is_not() -> None:
    (railway,) = [project for project in REPORT.projects if project.name.zh == "集大原高铁"]
    (use,) = glossary.uses(glossary["集大原"])
    assert use in REPORT.source.find_all(railway.name.zh)[0]
    plan_term = glossary["十四五"]  # also written in the name of the project “十四五”发展规划
    assert len(glossary.uses(plan_term)) == len(SOURCE.find_all("十四五"))
    clusters = glossary["农产品精深加工十大产业集群"]
    assert not any(use in glossary.uses(clusters)[0] for use in glossary.uses(glossary["十大产业"]))
