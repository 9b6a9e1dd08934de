"""Charts of the report with matplotlib: ``pip install "datong2020[plot]"``. The core never imports this
module, and this module never touches pyplot's global state: each function returns a new
:class:`matplotlib.figure.Figure`, which Jupyter shows and ``fig.savefig(path)`` writes.

- :func:`headline`: the seven 2019 growth rates with their ranks in Shanxi, beside the 2020 targets.
- :func:`projections`: per growth target, the 2019 level and the 2020 level the target implies, with
  its bound (≥ at least, ≤ at most, ≈ approximate).
- :func:`programmes`: the ten programmes of part 二 by their number of named projects and targets.

Titles, axis labels and tick labels are in the language asked for. Chinese needs a font with Chinese
glyphs, which matplotlib does not ship. :func:`chinese_font` looks for one among the fonts matplotlib
knows (``matplotlib.font_manager.fontManager.ttflist``: the system's fonts, as fontconfig lists them, and
any added with ``fontManager.addfont(path)``), preferring well-known CJK families and accepting a font
only if it has a glyph for every character to be drawn. Where there is none, the chart is drawn in
English with a :class:`FontWarning`. On Debian, ``apt-get install fonts-noto-cjk`` (or
``fonts-wqy-microhei``) provides one; ``fc-list :lang=zh`` lists those installed.
"""

from __future__ import annotations

import functools
import warnings
from collections.abc import Iterable, Sequence
from typing import Final

from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findSystemFonts, fontManager
from matplotlib.ft2font import FT2Font

from .compute import Bound, growth_steps, project
from .formatting import format_figure, format_projection, unit_label
from .model import Report, Section
from .query import projects, targets
from .text import Lang

__all__ = ["FontWarning", "chinese_font", "headline", "programmes", "projections"]


class FontWarning(UserWarning):
    """No font with Chinese glyphs was found: the chart is drawn in English."""


_PREFERRED: Final = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "Source Han Sans CN",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Microsoft YaHei",
    "SimHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "Heiti SC",
    "Noto Serif CJK SC",
    "AR PL UMing CN",
)


@functools.cache
def _characters(path: str) -> frozenset[int]:
    try:
        return frozenset(FT2Font(path).get_charmap())
    except (OSError, RuntimeError, ValueError):  # a font file FreeType cannot read has no glyphs for us
        return frozenset()


def chinese_font(text: str = "大同市年工作报告") -> str | None:
    """The path of a font that has a glyph for every character of ``text``: first among the fonts
    matplotlib knows, preferring well-known CJK families (Noto Sans CJK SC, Source Han Sans, WenQuanYi,
    Microsoft YaHei …), then among the system's font files (installed after matplotlib cached its list);
    None if there is none."""
    needed = {ord(char) for char in text if not char.isspace()}
    fonts = sorted(
        # matplotlib's Last Resort font maps every character, to a box that names its Unicode block.
        (font for font in fontManager.ttflist if not font.name.startswith("Last Resort")),
        key=lambda font: _PREFERRED.index(font.name) if font.name in _PREFERRED else len(_PREFERRED),
    )
    found = next((font.fname for font in fonts if needed <= _characters(font.fname)), None)
    if found is not None:
        return found
    # matplotlib caches its font list when it first runs; a font installed since is only on disk.
    known = {font.fname for font in fontManager.ttflist}
    for path in sorted(set(findSystemFonts()) - known):
        if needed <= _characters(path):
            fontManager.addfont(path)
            return path
    return None


def _language(lang: Lang, texts: Iterable[str]) -> tuple[Lang, FontProperties | None]:
    """The language to draw in and the font to draw it with (None: matplotlib's default)."""
    if lang == "en":
        return "en", None
    font = chinese_font("".join(texts))
    if font is None:
        warnings.warn(
            "no font with Chinese glyphs was found (see datong2020.plot.chinese_font); drawing in English",
            FontWarning,
            stacklevel=3,
        )
        return "en", None
    return "zh", FontProperties(fname=font)


def _default_report() -> Report:
    from .report import REPORT

    return REPORT


_TEXT: Final[dict[str, dict[Lang, str]]] = {
    "headline_title": {
        "zh": "2019年主要指标增速与全省位次,2020年预期目标",
        "en": "2019 growth and rank in Shanxi, and the 2020 targets",
    },
    "growth_axis": {
        "zh": "增速(%)",
        "en": "growth (%)",
    },
    "growth_2019": {
        "zh": "2019年增长",
        "en": "2019 growth",
    },
    "target_2020": {
        "zh": "2020年目标",
        "en": "2020 target",
    },
    "projections_title": {
        "zh": "2019年数值与2020年目标推算值",
        "en": "2019 level and the 2020 level each target implies",
    },
    "level_2019": {
        "zh": "2019年",
        "en": "2019",
    },
    "level_2020": {
        "zh": "2020年推算",
        "en": "2020 projected",
    },
    "programmes_title": {
        "zh": "十大工程:具名项目与目标",
        "en": "The ten programmes: named projects and targets",
    },
    "bounds_note": {
        "zh": "≥ 下限(目标为“以上”,斜线);≈ 按可比价增速推算的近似值",
        "en": "≥ lower bound (target 'at least', hatched); ≈ approximate (growth at comparable prices)",
    },
    "count_axis": {
        "zh": "个数",
        "en": "number",
    },
    "projects": {
        "zh": "具名项目",
        "en": "named projects",
    },
    "targets": {
        "zh": "目标",
        "en": "targets",
    },
}


def _words(*keys: str) -> list[str]:
    return [text for key in keys for text in _TEXT[key].values()]


def headline(report: Report | None = None, lang: Lang = "zh") -> Figure:
    """The 2019 growth of each headline indicator with its rank in Shanxi, beside its 2020 target.

    Bars are in percent; each 2019 bar is annotated with its rank, each target with its qualifier.
    """
    report = report if report is not None else _default_report()
    steps = growth_steps(report)
    labels_zh = [report.fact(step.base).measure.zh for step in steps]
    lang, font = _language(
        lang, [*labels_zh, *_words("headline_title", "growth_axis", "growth_2019", "target_2020")]
    )
    figure = Figure(figsize=(9, 0.75 * len(steps) + 1.6), layout="constrained")
    axes = figure.subplots()
    positions = list(range(len(steps)))
    growth = [report.fact(step.growth or "").signed_value.magnitude for step in steps]
    # growth_steps holds only targets with a number, so each target's value is a rate here.
    goals = [getattr(report.target(step.target).value, "magnitude", 0.0) for step in steps]
    height = 0.38
    past = axes.barh([p - height / 2 for p in positions], growth, height, label=_TEXT["growth_2019"][lang])
    future = axes.barh([p + height / 2 for p in positions], goals, height, label=_TEXT["target_2020"][lang])
    ranks = [format_figure(report.fact(step.rank), lang) if step.rank else "" for step in steps]
    worded = [format_figure(report.target(step.target), lang) for step in steps]
    axes.bar_label(past, labels=ranks, padding=3, fontproperties=font)
    axes.bar_label(future, labels=worded, padding=3, fontproperties=font)
    names = [_wrapped(report.fact(step.base).measure.in_lang(lang), lang, 32) for step in steps]
    axes.set_yticks(positions, names, fontproperties=font)
    axes.invert_yaxis()
    axes.set_xlabel(_TEXT["growth_axis"][lang], fontproperties=font)
    axes.set_xlim(0, max(growth + goals) * 1.3)
    figure.suptitle(_TEXT["headline_title"][lang], fontproperties=font)
    figure.legend(loc="outside lower center", ncols=2, prop=font)
    return figure


_BOUND_HATCH: Final = {Bound.CENTRAL: "", Bound.LOWER: "//", Bound.UPPER: "\\\\"}


def projections(report: Report | None = None, lang: Lang = "zh") -> Figure:
    """Per growth target: the 2019 level and the 2020 level it implies, in the report's unit, the
    projected bar hatched where it is a bound and labelled with it (≥ lower, ≤ upper, ≈ approximate)."""
    report = report if report is not None else _default_report()
    pairs = [
        (report.fact(projection.base), projection)
        for target in report.targets
        if (projection := project(target, report)) is not None
    ]
    labels_zh = [base.measure.zh for base, _ in pairs]
    words = _words("projections_title", "level_2019", "level_2020", "bounds_note")
    lang, font = _language(lang, [*labels_zh, *words])
    columns = min(4, len(pairs))
    rows = -(-len(pairs) // columns)
    figure = Figure(figsize=(3.4 * columns, 3.3 * rows + 0.4), layout="constrained")
    grid = figure.subplots(rows, columns, squeeze=False)
    for axes, (base, projection) in zip(grid.flat, pairs, strict=False):
        names = [_TEXT["level_2019"][lang], _TEXT["level_2020"][lang]]
        bars = axes.bar(
            names, [base.value.magnitude, projection.value.magnitude], color=["#8c8c8c", "#c0392b"]
        )
        bars[1].set_hatch(_BOUND_HATCH[projection.bound])
        shown = [format_figure(base, lang), format_projection(projection, lang)]
        axes.bar_label(bars, labels=shown, fontsize="small", fontproperties=font)
        axes.set_title(_wrapped(base.measure.in_lang(lang), lang), fontsize="medium", fontproperties=font)
        axes.set_ylabel(unit_label(base.value.units, lang), fontproperties=font)
        axes.set_xticks([0, 1], names, fontproperties=font)
        axes.margins(y=0.2)
    for axes in grid.flat[len(pairs) :]:
        axes.set_axis_off()
    figure.suptitle(_TEXT["projections_title"][lang], fontproperties=font)
    figure.supxlabel(_TEXT["bounds_note"][lang], fontsize="small", fontproperties=font)
    return figure


def _wrapped(text: str, lang: Lang, width: int = 28) -> str:
    """Break a long English title at spaces; Chinese labels are short enough as they are."""
    if lang == "zh" or len(text) <= width:
        return text
    lines: list[str] = [""]
    for word in text.split():
        if lines[-1] and len(lines[-1]) + 1 + len(word) > width:
            lines.append(word)
        else:
            lines[-1] = f"{lines[-1]} {word}".strip()
    return "\n".join(lines)


def _programmes(report: Report) -> Sequence[Section]:
    return [section for section in report.sections if section.section == "plan_ten_programmes"]


def programmes(report: Report | None = None, lang: Lang = "zh") -> Figure:
    """The ten programmes (十大工程) by the number of named projects and of targets each sets out."""
    report = report if report is not None else _default_report()
    sections = _programmes(report)
    labels_zh = [f"{section.marker}{section.title.zh}" for section in sections]
    lang, font = _language(
        lang, [*labels_zh, *_words("programmes_title", "count_axis", "projects", "targets")]
    )
    named = [len(projects(report, section=section.id)) for section in sections]
    set_out = [len(targets(report, section=section.id)) for section in sections]
    figure = Figure(figsize=(9, 0.6 * len(sections) + 1.6), layout="constrained")
    axes = figure.subplots()
    positions = list(range(len(sections)))
    height = 0.38
    first = axes.barh([p - height / 2 for p in positions], named, height, label=_TEXT["projects"][lang])
    second = axes.barh([p + height / 2 for p in positions], set_out, height, label=_TEXT["targets"][lang])
    axes.bar_label(first, padding=2)
    axes.bar_label(second, padding=2)
    labels = labels_zh if lang == "zh" else [_wrapped(section.title.en, lang, 40) for section in sections]
    axes.set_yticks(positions, labels, fontproperties=font)
    axes.invert_yaxis()
    axes.set_xlim(0, max(named + set_out) * 1.12)
    axes.set_xlabel(_TEXT["count_axis"][lang], fontproperties=font)
    figure.suptitle(_TEXT["programmes_title"][lang], fontproperties=font)
    figure.legend(loc="outside lower center", ncols=2, prop=font)
    return figure
