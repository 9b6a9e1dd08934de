"""How objects show themselves in a shell, in IPython and in Jupyter: short reprs, text cards, HTML
cards and tables that escape every text and never raise."""

from __future__ import annotations

import datetime
import html
import pickle
import subprocess
import sys
from html.parser import HTMLParser

import attrs
import pytest
from hypothesis import given
from tests import strategies

from datong2020 import REPORT, Record, Records, glossary, query
from datong2020.compute import GrowthStep, growth_steps
from datong2020.display import html as render_html
from datong2020.display import pretty, short_repr

ALLOWED_TAGS = {"div", "strong", "code", "table", "caption", "thead", "tbody", "tr", "th", "td"}
ALLOWED_TAGS |= {"blockquote", "br", "small", "pre"}


class _Page(HTMLParser):
    """Collects the tags and the text of a HTML fragment, and checks that every tag it opens it closes."""

    def __init__(self, markup: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.open: list[str] = []
        self.text: list[str] = []
        self.feed(markup)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag != "br":
            self.open.append(tag)

    def handle_endtag(self, tag: str) -> None:
        assert self.open[-1:] == [tag], f"</{tag}> closes {self.open[-1:]}"
        self.open.pop()

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parsed(markup: str) -> _Page:
    page = _Page(markup)
    assert page.open == [], f"unclosed tags {page.open}"
    assert set(page.tags) <= ALLOWED_TAGS, set(page.tags) - ALLOWED_TAGS
    assert "datong2020-error" not in markup
    return page


def _quote_shown(markup: str, quote: str) -> bool:
    """The quote stands in the markup escaped (line breaks as <br>), and reads back as written."""
    escaped = html.escape(quote, quote=True).replace("\n", "<br>")
    return escaped in markup


def test_repr_of_the_report_is_a_short_summary() -> None:
    shown = repr(REPORT)
    assert len(shown) < 300
    assert "\n" not in shown
    assert f"{len(REPORT.facts)} facts" in shown
    assert f"{len(REPORT.targets)} targets" in shown


def test_repr_of_a_record_is_its_id_and_figure() -> None:
    assert repr(REPORT["gdp_2019"]) == "<Fact gdp_2019: 1318.8亿元>"
    assert repr(REPORT["gdp_growth_target_2020"]) == "<Target gdp_growth_target_2020: 6.3%左右>"
    assert repr(REPORT["gdp_2019"].period) == "<Period 2019>"
    for record in REPORT:
        shown = repr(record)
        assert shown.startswith(f"<{type(record).__name__} {record.id}: ")
        assert "\n" not in shown
        assert len(shown) < len(record.id) + 60


def test_every_record_renders_as_a_card_with_its_escaped_quote() -> None:
    for record in REPORT:
        markup = record._repr_html_()
        page = _parsed(markup)
        assert _quote_shown(markup, record.quote), record.id
        assert record.id in "".join(page.text)


def test_a_card_shows_labels_value_units_deadline_and_outline() -> None:
    text = "".join(_parsed(REPORT["gdp_2019"]._repr_html_()).text)
    for expected in (
        "地区生产总值",
        "gross regional product",
        "1318.8亿元",
        "CNY 131.88 billion",
        "主要经济指标",
    ):
        assert expected in text
    due = next(
        target for target in REPORT.targets if target.due is not None and target.qualifier.value != "plain"
    )
    text = "".join(_parsed(due._repr_html_()).text)
    assert due.due is not None
    assert due.due.wording in text
    assert due.qualifier.value in text


COLLECTIONS = {
    "sections": REPORT.sections,
    "facts": REPORT.facts,
    "targets": REPORT.targets,
    "projects": REPORT.projects,
    "terms": REPORT.terms,
    "quirks": REPORT.quirks,
    "records": REPORT.records,
    "query.facts": query.facts(REPORT, year=2019, kind="growth"),
    "query.targets": query.targets(REPORT, year=2020, due_by=datetime.date(2020, 12, 31)),
    "query.projects": query.projects(REPORT, place="浑源"),
    "query.due_by": query.due_by(REPORT, datetime.date(2020, 6, 30)),
    "query.search": query.search(REPORT, "hydrogen bus"),
    "query.quantities": query.quantities(REPORT, "[power]"),
    "glossary.search": glossary.search("stability"),
    "facts_of": REPORT.facts_of(REPORT.fact("gdp_2019")),
}


@pytest.mark.parametrize("name", COLLECTIONS)
def test_every_collection_renders_as_a_table_with_every_escaped_quote(name: str) -> None:
    collection = COLLECTIONS[name]
    assert isinstance(collection, Records)
    assert len(collection) > 0
    markup = collection._repr_html_()
    page = _parsed(markup)
    assert page.tags.count("tr") == len(collection) + 1  # a header row, then one row per record
    for record in collection:
        assert _quote_shown(markup, record.quote), record.id
    assert "\n" in pretty(collection)
    assert len(repr(collection)) < 600


def test_the_glossary_and_growth_steps_render_as_tables() -> None:
    markup = glossary._repr_html_()
    _parsed(markup)
    assert all(_quote_shown(markup, term.quote) for term in glossary)
    assert repr(glossary).startswith(f"<Glossary of {len(glossary)} terms: ")
    steps = growth_steps(REPORT)
    text = "".join(_parsed(steps._repr_html_()).text)
    for expected in ("-0.4个百分点", "6.3%左右", "6.7%", "第1"):
        assert expected in text


def test_the_report_renders_its_counts() -> None:
    text = "".join(_parsed(REPORT._repr_html_()).text)
    assert REPORT.source.title.zh in text
    assert f"REPORT.facts{len(REPORT.facts)}" in text.replace(" ", "")


class _Printer:
    def __init__(self) -> None:
        self.written: list[str] = []

    def text(self, text: str) -> None:
        self.written.append(text)


def test_ipython_pretty_printing_writes_a_card_and_a_table() -> None:
    printer = _Printer()
    REPORT.fact("gdp_2019")._repr_pretty_(printer, False)
    card = "".join(printer.written)
    assert "Fact gdp_2019" in card
    assert "“地区生产总值完成1318.8亿元,增长6.7%,增幅全省第1”" in card
    printer = _Printer()
    REPORT.facts._repr_pretty_(printer, False)
    table = "".join(printer.written)
    assert table.startswith(f"{len(REPORT.facts)} records (fact)")
    assert f"… and {len(REPORT.facts) - 40} more" in table


@given(strategies.records)
def test_any_record_renders_escaped_text_without_raising(record: Record) -> None:
    markup = render_html(record)
    page = _parsed(markup)
    assert _quote_shown(markup, record.quote)
    label = getattr(record, "measure", None) or getattr(record, "name", None)
    if label is not None:  # white space inside a cell is HTML's to fold
        assert "".join(label.zh.split()) in "".join("".join(page.text).split())
    assert "\n" not in short_repr(record)


def test_a_display_that_fails_says_why_instead_of_raising(monkeypatch: pytest.MonkeyPatch) -> None:
    from datong2020 import display

    def broken(*_: object) -> list[tuple[str, str]]:
        raise RuntimeError("<no rows>")

    monkeypatch.setattr(display, "_rows", broken)
    markup = REPORT.fact("gdp_2019")._repr_html_()
    assert markup == '<pre class="datong2020-error">Fact cannot be shown: RuntimeError: &lt;no rows&gt;</pre>'
    assert "RuntimeError" in pretty(REPORT.fact("gdp_2019"))


def test_objects_outside_the_report_still_render() -> None:
    stray = GrowthStep(target="not_encoded", base="gdp_2019", growth=None, rank=None, step=None)
    markup = Records([stray, "<b>text</b>"])._repr_html_()
    page = _parsed(markup)
    assert "not_encoded" in "".join(page.text)
    assert "&#x27;&lt;b&gt;text&lt;/b&gt;&#x27;" in markup
    assert "<b>" not in markup


def test_records_behave_as_tuples() -> None:
    targets = REPORT.targets
    assert isinstance(targets, tuple)
    plain = tuple(targets)
    assert targets == plain
    assert hash(targets) == hash(plain)
    assert isinstance(targets[:3], Records)
    assert targets[:3] == plain[:3]
    assert targets[-1] is plain[-1]
    assert pickle.loads(pickle.dumps(targets)) == targets
    with pytest.raises(AttributeError):
        targets.extra = 1  # type: ignore[attr-defined]
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        REPORT.targets = Records()  # type: ignore[misc]


def test_importing_the_package_loads_no_display_code() -> None:
    code = (
        "import sys, datong2020; datong2020.REPORT['gdp_2019']; "
        "print(sorted(m for m in sys.modules if m.startswith('datong2020.disp')))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
    assert loaded.strip() == "['datong2020.displayable']"  # the hooks, not the rendering behind them
