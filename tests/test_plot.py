"""Charts: each function's series and labels, in English and Chinese, and the font search behind the
Chinese ones. Figures are drawn with the Agg backend; none touches pyplot's global state."""

from __future__ import annotations

import io
import subprocess
import sys

import matplotlib
import pytest
from matplotlib.container import BarContainer
from matplotlib.figure import Figure
from matplotlib.font_manager import fontManager
from matplotlib.ft2font import FT2Font
from matplotlib.text import Text

from datong2020 import REPORT, growth_steps, plot, project
from datong2020.formatting import format_figure, format_projection
from datong2020.plot import FontWarning
from datong2020.query import projects, targets

matplotlib.use("Agg")

DEJAVU = next(font.fname for font in fontManager.ttflist if font.name == "DejaVu Sans")


def _bars(figure: Figure, axes_index: int = 0) -> list[BarContainer]:
    return [c for c in figure.axes[axes_index].containers if isinstance(c, BarContainer)]


def _ticks(figure: Figure, axes_index: int = 0) -> list[str]:
    return [label.get_text().replace("\n", " ") for label in figure.axes[axes_index].get_yticklabels()]


def _bar_labels(figure: Figure, axes_index: int = 0) -> list[str]:
    return [text.get_text() for text in figure.axes[axes_index].texts]


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= char <= "\u9fff" for char in text)


def _png(figure: Figure) -> bytes:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=40)
    return buffer.getvalue()


def test_headline_sets_2019_growth_and_rank_beside_the_2020_target() -> None:
    figure = plot.headline(REPORT, lang="en")
    steps = growth_steps(REPORT)
    past, future = _bars(figure)
    assert [bar.get_width() for bar in past] == [REPORT.fact(s.growth or "").value.magnitude for s in steps]
    assert [bar.get_width() for bar in future] == [
        getattr(REPORT.target(s.target).value, "magnitude", None) for s in steps
    ]
    assert _ticks(figure) == [REPORT.fact(s.base).measure.en for s in steps]
    assert _bar_labels(figure) == [
        *["1st", "3rd", "3rd", "4th", "5th", "2nd", "2nd"],
        *[format_figure(REPORT.target(s.target), "en") for s in steps],
    ]
    assert figure.get_suptitle() == "2019 growth and rank in Shanxi, and the 2020 targets"
    assert figure.axes[0].get_xlabel() == "growth (%)"
    legend = figure.legends[0]
    assert [text.get_text() for text in legend.get_texts()] == ["2019 growth", "2020 target"]
    assert _png(figure).startswith(b"\x89PNG")


def test_projections_show_each_level_and_its_bound() -> None:
    figure = plot.projections(REPORT, lang="en")
    projected = [p for target in REPORT.targets if (p := project(target, REPORT)) is not None]
    drawn = [axes for axes in figure.axes if axes.axison]
    assert len(drawn) == len(projected) == 7
    for index, projection in enumerate(projected):
        (bars,) = _bars(figure, index)
        base = REPORT.fact(projection.base)
        assert [bar.get_height() for bar in bars] == [base.value.magnitude, projection.value.magnitude]
        assert _bar_labels(figure, index) == [format_figure(base, "en"), format_projection(projection, "en")]
        assert bool(bars[1].get_hatch()) == (projection.bound.value != "central")
        assert figure.axes[index].get_title().replace("\n", " ") == base.measure.en
    units = {figure.axes[index].get_ylabel() for index in range(len(projected))}
    assert units == {"CNY 100 million", "CNY"}
    assert _png(figure).startswith(b"\x89PNG")


def test_programmes_count_named_projects_and_targets() -> None:
    figure = plot.programmes(REPORT, lang="en")
    sections = [section for section in REPORT.sections if section.section == "plan_ten_programmes"]
    assert len(sections) == 10
    assert _ticks(figure) == [section.title.en for section in sections]
    named, set_out = _bars(figure)
    assert [bar.get_width() for bar in named] == [len(projects(REPORT, section=s.id)) for s in sections]
    assert [bar.get_width() for bar in set_out] == [len(targets(REPORT, section=s.id)) for s in sections]
    assert _png(figure).startswith(b"\x89PNG")


@pytest.mark.parametrize("chart", ["headline", "projections", "programmes"])
def test_chinese_labels_are_drawn_with_the_font_found(chart: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(plot, "chinese_font", lambda text="": DEJAVU)
    figure = getattr(plot, chart)(REPORT, lang="zh")
    assert _is_chinese(figure.get_suptitle())
    chinese = [text for text in figure.findobj(Text) if _is_chinese(text.get_text())]
    assert len(chinese) > 5
    assert {text.get_fontproperties().get_file() for text in chinese} == {DEJAVU}


@pytest.mark.parametrize("chart", ["headline", "projections", "programmes"])
def test_without_a_chinese_font_the_chart_falls_back_to_english(
    chart: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(plot, "chinese_font", lambda text="": None)
    with pytest.warns(FontWarning, match="drawing in English"):
        figure = getattr(plot, chart)(REPORT, lang="zh")
    assert figure.get_suptitle() == getattr(plot, chart)(REPORT, lang="en").get_suptitle()
    assert _png(figure).startswith(b"\x89PNG")


def test_the_font_found_has_every_chinese_character_asked_for() -> None:
    text = "".join(REPORT.fact(step.base).measure.zh for step in growth_steps(REPORT))
    found = plot.chinese_font(text)
    if found is None:  # no such font on this machine: then none that matplotlib knows has the glyphs
        assert not any(
            {ord(char) for char in text} <= set(FT2Font(font.fname).get_charmap())
            for font in fontManager.ttflist
            if not font.name.startswith("Last Resort")
        )
    else:
        assert {ord(char) for char in text} <= set(FT2Font(found).get_charmap())


def test_the_last_resort_font_is_never_taken_for_a_chinese_one(monkeypatch: pytest.MonkeyPatch) -> None:
    last_resort = [font for font in fontManager.ttflist if font.name.startswith("Last Resort")]
    assert last_resort  # matplotlib ships it, and it maps every character
    monkeypatch.setattr(fontManager, "ttflist", last_resort)
    monkeypatch.setattr(plot, "findSystemFonts", lambda: [last_resort[0].fname])
    assert plot.chinese_font() is None


def test_the_core_never_imports_matplotlib() -> None:
    code = (
        "import sys, datong2020\n"
        "from datong2020 import REPORT, describe, glossary, query\n"
        "REPORT._repr_html_(); REPORT.targets._repr_html_(); glossary._repr_html_(); describe(REPORT)\n"
        "print('matplotlib' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert result.stdout.strip() == "False"
