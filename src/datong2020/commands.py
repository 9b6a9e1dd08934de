"""What the command line's commands do, once :mod:`datong2020.cli` has read the arguments.

Each command imports what it alone uses (the checks, the coverage ledger, the interchange edge and the
tables), so that the main job, the summary, loads none of them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Final

from .compute import growth_step, project
from .formatting import format_figure, format_projection, format_quantity, render_table
from .model import Direction, Report, Target
from .output import emit, write_file, write_package
from .report import NOT_SENTENCES, REPORT
from .text import Lang
from .units import quantity_json

if TYPE_CHECKING:
    import argparse

    from .coverage import ContextCoverage, Sentence
    from .evaluation import ScorecardRow
    from .units import Magnitude, Quantity

_HEADERS: Final[dict[Lang, tuple[str, ...]]] = {
    "zh": ("指标", "2019年", "2019年增长", "全省位次", "2020年目标", "2020年推算值"),
    "en": ("indicator", "2019", "2019 growth", "rank in Shanxi", "2020 target", "projected 2020"),
}
_NOTES: Final[dict[Lang, str]] = {
    "zh": (
        "推算值 = 2019年数值 × (1 + 2020年目标增速)。≥ 为下限(目标为“以上”),≤ 为上限(“以内”)。\n"
        "≈ 地区生产总值与工业增加值的目标是按可比价格计算的增速,用于现价总量只是近似。"
    ),
    "en": (
        "Projected = 2019 value x (1 + 2020 growth target). ≥ marks a lower bound (target 'at least'),\n"
        "≤ an upper bound ('at most'). ≈ GDP and industrial value-added targets are growth at comparable\n"
        "prices, so applied to a nominal 2019 level they give only an approximate nominal 2020 level."
    ),
}
_TITLE: Final[dict[Lang, str]] = {
    "zh": "大同市2020年主要预期目标",
    "en": "Datong 2020: main projected targets (English ours)",
}


def _row(target: Target, report: Report, lang: Lang) -> tuple[str, ...]:
    step = growth_step(target, report)
    projection = project(target, report)
    base = None if step is None else report.fact(step.base)
    label = (base.measure if base is not None else target.measure).in_lang(lang)

    def shown(id_: str | None) -> str:
        return "" if id_ is None else format_figure(report.fact(id_), lang)

    return (
        label,
        shown(None if step is None else step.base),
        shown(None if step is None else step.growth),
        shown(None if step is None else step.rank),
        format_figure(target, lang),
        "" if projection is None else format_projection(projection, lang),
    )


def summary(report: Report, lang: Lang) -> str:
    """The main job: the 2020 targets beside their 2019 bases and the 2020 levels they imply."""
    rows = [_row(target, report, lang) for target in report.targets if target.section == "plan_targets"]
    table = render_table(_HEADERS[lang], rows)
    return f"{_TITLE[lang]}\n\n{table}\n\n{_NOTES[lang]}\n"


_VERDICT: Final = {"holds": "ok  ", "depends_on_reading": "READ", "contradicted": "FAIL"}


def _checks(report: Report, lang: Lang) -> str:
    from .checks import Verdict, run_checks

    lines = []
    for finding in run_checks(report):
        other = finding.under_another_reading
        reading = (
            f" ({format_quantity(other, lang)} under another reading; see docs/findings.md)"
            if finding.verdict is Verdict.DEPENDS_ON_READING and other is not None
            else ""
        )
        lines.append(
            f"{_VERDICT[finding.verdict.value]} {finding.check}: "
            f"stated {format_quantity(finding.stated, lang)}, "
            f"computed {format_quantity(finding.computed, lang, exact=False)}{reading}"
        )
    return "\n".join(lines) + "\n"


def _sentence_lines(ledger: tuple[Sentence, ...], report: Report, show_missing: bool) -> list[str]:
    from .coverage import sentence_counts

    counts = sentence_counts(ledger)
    reasons = sorted({reason.value for reason, _ in counts[-1].by_reason})
    rows: list[tuple[str, ...]] = []
    for count in counts:
        excluded = {reason.value: number for reason, number in count.by_reason}
        rows.append(
            (
                count.part,
                str(count.sentences),
                str(count.encoded),
                str(count.excluded),
                *(str(excluded.get(reason, 0)) for reason in reasons),
                str(count.unaccounted),
            )
        )
    headers = ("part", "sentences", "encoded", "excluded", *(f"  {r}" for r in reasons), "unaccounted")
    lines = [render_table(headers, rows)]
    if show_missing:
        text = report.source.text
        lines += [
            f"unaccounted in {s.part} at {s.span.start}: {text[s.span.start : s.span.end]}"
            for s in ledger
            if s.status == "unaccounted"
        ]
    lines.append(
        "A sentence runs to the next 。!?; or line end. It is encoded when a record's quote lies in it (or "
        "holds it whole), excluded when NOT_SENTENCES in its part's data module names it with a reason.\n"
    )
    return lines


def _coverage(report: Report, show_missing: bool) -> str:
    from .coverage import coverage, sentence_ledger, term_coverage
    from .report import NOT_FIGURES, NOT_TERMS

    lines = _sentence_lines(sentence_ledger(report, NOT_SENTENCES), report, show_missing)
    parts = coverage(report, NOT_FIGURES)
    rows: list[tuple[str, ...]] = [
        (part.part, str(len(part.encoded)), str(len(part.excluded)), str(len(part.missing))) for part in parts
    ]
    total = [sum(int(row[column]) for row in rows) for column in (1, 2, 3)]
    rows.append(("total", *map(str, total)))
    lines.append(render_table(("part", "digit runs encoded", "excluded", "missing"), rows))
    if show_missing:
        text = report.source.text
        for part in parts:
            for run in part.missing:
                context = text[max(0, run.start - 12) : run.end + 8].replace("\n", "⏎")
                lines.append(
                    f"missing in {part.part} at {run.start}: {text[run.start : run.end]!r}  …{context}…"
                )
    lines.append(
        "A digit run is encoded when it lies inside the figure of a fact or target, excluded when it is "
        "listed in datong2020/report/exclusions.py with a reason."
    )
    terms = term_coverage(report, NOT_TERMS)
    lines.append(
        f"\nterms: {len(terms.candidates)} slogan-shaped phrases, {len(terms.encoded)} encoded, "
        f"{len(terms.excluded)} excluded, {len(terms.missing)} missing ({len(report.terms)} terms encoded)"
    )
    if show_missing:
        lines += [f"missing term at {span.start}: {phrase}" for span, phrase in terms.missing]
    lines.append(
        "A phrase is slogan-shaped when it is quoted and holds a number, or is a numeral with 大/个 and a "
        "noun; it is encoded when a term's use, a figure or a project's name covers it, excluded when it "
        "is listed in datong2020/report/exclusions.py with a reason."
    )
    lines += _context_lines(report, show_missing)
    return "\n".join(lines) + "\n"


def _context_ledgers(report: Report) -> list[ContextCoverage]:
    from .coverage import context_coverage
    from .report.context import claims

    return [context_coverage(report, *claim) for claim in claims()]


def _context_lines(report: Report, show_missing: bool) -> list[str]:
    ledgers = _context_ledgers(report)
    rows = [
        (c.document, str(c.runs), str(len(c.encoded)), str(len(c.excluded)), str(len(c.missing)))
        for c in ledgers
    ]
    lines = ["\ncontext documents: the region of each whose figures its records claim to cover"]
    lines.append(render_table(("document", "runs", "encoded", "excluded", "missing"), rows))
    if show_missing:
        for ledger in ledgers:
            text = report.document(ledger.document).text
            lines += [
                f"missing in {ledger.document} at {run.start}: {text[run.start : run.end]!r}  "
                f"…{text[max(0, run.start - 12) : run.end + 8].replace(chr(10), '⏎')}…"
                for run in ledger.missing
            ]
    lines.append(
        "A run of digits, or a rank in Chinese numerals (第二), is encoded when it lies inside the figure of "
        "an outcome or province target of its document, excluded when "
        "datong2020/report/context/<document>/exclusions.py lists it with a reason."
    )
    return lines


def coverage_document(report: Report) -> dict[str, object]:
    """``coverage --format json``: every sentence with its status, and the digit-run and term counts."""
    from .coverage import coverage, sentence_ledger, term_coverage
    from .report import NOT_FIGURES, NOT_TERMS

    parts = coverage(report, NOT_FIGURES)
    terms = term_coverage(report, NOT_TERMS)
    return {
        "sentences": [
            {"span": [s.span.start, s.span.end], "part": s.part, "status": s.status}
            | ({"ids": list(s.ids)} if s.ids else {"reason": s.reason.value} if s.reason is not None else {})
            for s in sentence_ledger(report, NOT_SENTENCES)
        ],
        "digit_runs": [
            {
                "part": p.part,
                "encoded": len(p.encoded),
                "excluded": len(p.excluded),
                "missing": len(p.missing),
            }
            for p in parts
        ],
        "terms": {
            "candidates": len(terms.candidates),
            "encoded": len(terms.encoded),
            "excluded": len(terms.excluded),
            "missing": len(terms.missing),
        },
        "context": [
            {
                "document": c.document,
                "region": [c.region.start, c.region.end],
                "runs": c.runs,
                "encoded": len(c.encoded),
                "excluded": len(c.excluded),
                "missing": len(c.missing),
            }
            for c in _context_ledgers(report)
        ],
    }


def _export(arguments: argparse.Namespace) -> int:
    from .interchange import dump_json, json_schema
    from .tables import write_csv, write_datapackage

    kind: str = arguments.format
    force: bool = arguments.force
    if kind == "datapackage":
        written = write_package(
            arguments.directory, lambda into: write_datapackage(REPORT, into), force=force
        )
        emit(f"wrote {written}\n")
        return 0
    if kind == "csv":
        text = write_csv(REPORT)
    elif kind == "schema":
        text = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
    else:
        text = dump_json(REPORT)
    output: Path | None = arguments.output
    if output is None:
        emit(text)
    else:
        write_file(output, text, force=force)
    return 0


_SCORECARD_HEADERS: Final[dict[Lang, tuple[str, ...]]] = {
    "zh": ("指标", "2019年", "2020年目标", "全省目标", "对比全省", "2020年实绩", "出处", "结论", "差距"),
    "en": (
        "indicator",
        "2019",
        "2020 target",
        "Shanxi target",
        "vs Shanxi",
        "2020 outcome",
        "reported in",
        "verdict",
        "gap",
    ),
}
_SCORECARD_WORDS: Final[dict[Lang, dict[str, str]]] = {
    "zh": {
        "met": "完成",
        "missed": "未完成",
        "not_assessable": "无法判断",
        "no_outcome": "未报告",
        "above": "高于",
        "equal": "持平",
        "below": "低于",
    },
    "en": {
        "met": "met",
        "missed": "missed",
        "not_assessable": "not assessable",
        "no_outcome": "no outcome reported",
        "above": "above",
        "equal": "equal",
        "below": "below",
    },
}
_SCORECARD_TITLE: Final[dict[Lang, str]] = {
    "zh": "大同市2020年目标完成情况",
    "en": "Datong 2020: targets and outcomes (English ours)",
}
_SCORECARD_NOTES: Final[dict[Lang, str]] = {
    "zh": (
        "实绩出自大同市2021年政府工作报告(datong_2021),全省目标出自山西省2020年政府工作报告(shanxi_2020)。\n"
        "“左右”按目标值减0.5个百分点(其他单位为5%)为下限判断;规则见 docs/outcomes.md。\n"
        "† 原文未明言年份或口径,为本库的解读,见该实绩的 reading。"
    ),
    "en": (
        "Outcomes from Datong's 2021 work report (datong_2021), the province's targets from Shanxi's 2020\n"
        "work report (shanxi_2020). 'About' (左右) allows a shortfall of 0.5 percentage points (5% for\n"
        "other units); the rules are in docs/outcomes.md.\n"
        "† The text leaves the year or the measure open: our reading, given in the outcome's `reading`."
    ),
}


def _scorecard_cells(row: ScorecardRow, lang: Lang) -> tuple[str, ...]:
    words = _SCORECARD_WORDS[lang]
    target, outcome = row.target, row.outcome
    label = (row.base.measure if row.base is not None else target.measure).in_lang(lang)
    shown_outcome = ""
    if outcome is not None:
        fell = outcome.direction is Direction.DECREASE
        shown_outcome = format_figure(outcome, lang)
        if fell:
            shown_outcome = f"下降{shown_outcome}" if lang == "zh" else f"fell {shown_outcome}"
        if outcome.reading is not None:
            shown_outcome += "†"
    return (
        label,
        "" if row.base is None else format_figure(row.base, lang),
        format_figure(target, lang),
        "" if row.province is None else format_figure(row.province, lang),
        "" if row.versus_province is None else words[row.versus_province.value],
        shown_outcome,
        "" if outcome is None else outcome.document,
        words[row.verdict.value],
        "" if row.gap is None else format_quantity(row.gap, lang),
    )


_PROVINCE_TITLE: Final[dict[Lang, str]] = {
    "zh": "山西省2020年目标完成情况",
    "en": "Shanxi 2020: the province's targets and outcomes (English ours)",
}
_PROVINCE_NOTES: Final[dict[Lang, str]] = {
    "zh": (
        "目标出自山西省2020年政府工作报告(shanxi_2020),实绩出自山西省2021年政府工作报告(shanxi_2021)。\n"
        "“左右”按目标值减0.5个百分点为下限判断;† 原文未明言年份或口径,为本库的解读。"
    ),
    "en": (
        "Targets from Shanxi's 2020 work report (shanxi_2020), outcomes from its 2021 report\n"
        "(shanxi_2021). 'About' (左右) allows a shortfall of 0.5 percentage points. † Our reading of the\n"
        "year or the measure, given in the outcome's `reading`."
    ),
}


def scorecard_text(report: Report, lang: Lang, *, province: bool = False) -> str:
    """``scorecard``: each main target, and every other target with an outcome, with its verdict; with
    ``province``, the province's targets held to the province's outcomes."""
    from .evaluation import scorecard

    rows = [_scorecard_cells(row, lang) for row in scorecard(report, province=province)]
    if province:
        kept = [0, 2, 5, 6, 7, 8]  # no base and no province beside the province's own targets
        headers = tuple(_SCORECARD_HEADERS[lang][index] for index in kept)
        table = render_table(headers, [tuple(row[index] for index in kept) for row in rows])
        return f"{_PROVINCE_TITLE[lang]}\n\n{table}\n\n{_PROVINCE_NOTES[lang]}\n"
    table = render_table(_SCORECARD_HEADERS[lang], rows)
    return f"{_SCORECARD_TITLE[lang]}\n\n{table}\n\n{_SCORECARD_NOTES[lang]}\n"


def _quantity(quantity: Quantity | None) -> dict[str, Magnitude | str] | None:
    return None if quantity is None else quantity_json(quantity)


def scorecard_document(report: Report, *, province: bool = False) -> list[dict[str, object]]:
    """``scorecard --format json``: one object per row, in the shape issue 10 sets."""
    from .evaluation import scorecard

    objects: list[dict[str, object]] = []
    for row in scorecard(report, province=province):
        outcome, beside = row.outcome, row.province
        objects.append(
            {
                "target": row.target.id,
                "verdict": row.verdict.value,
                "rule": row.evaluation.rule,
                "base": None if row.base is None else row.base.id,
                "outcome": None
                if outcome is None
                else {
                    "id": outcome.id,
                    "document": outcome.document,
                    "value": _quantity(outcome.signed_value),
                },
                "gap": _quantity(row.gap),
                "province": None
                if beside is None
                else {
                    "id": beside.id,
                    "document": beside.document,
                    "value": _quantity(beside.value),
                    "qualifier": beside.qualifier.value,
                },
                "versus_province": None if row.versus_province is None else row.versus_province.value,
            }
        )
    return objects


def run(arguments: argparse.Namespace) -> int:
    lang: Lang = arguments.lang
    if arguments.command == "export":
        return _export(arguments)
    if arguments.command == "checks":
        emit(_checks(REPORT, lang))
        from .checks import contradictions, run_checks

        return 1 if contradictions(run_checks(REPORT)) else 0
    if arguments.command == "coverage":
        if arguments.format == "json":
            emit(json.dumps(coverage_document(REPORT), ensure_ascii=False, indent=1) + "\n")
        else:
            emit(_coverage(REPORT, arguments.missing))
        return 0
    if arguments.command == "scorecard":
        province: bool = arguments.province
        if arguments.format == "json":
            emit(
                json.dumps(scorecard_document(REPORT, province=province), ensure_ascii=False, indent=1) + "\n"
            )
        else:
            emit(scorecard_text(REPORT, lang, province=province))
        return 0
    return run_summary(lang)


def run_summary(lang: Lang) -> int:
    """The main job, which ``python -m datong2020`` runs without arguments."""
    emit(summary(REPORT, lang))
    return 0


__all__ = ["coverage_document", "run", "run_summary", "scorecard_document", "scorecard_text", "summary"]
