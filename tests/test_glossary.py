"""The report's terms: the 名词解释's sixteen entries and the body's slogans, looked up every way."""

from __future__ import annotations

import doctest
import re

import pytest

import datong2020.terms
from datong2020 import REPORT, SOURCE, Term, UnknownIdError, checks_for, glossary

GLOSSARY_TEXT = SOURCE.report_text[SOURCE.report_text.index("名词解释") :]
ENTRIES = re.findall(r"^(\d+)\.(.+?):", GLOSSARY_TEXT, flags=re.MULTILINE)


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
