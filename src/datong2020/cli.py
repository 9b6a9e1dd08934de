"""The command line: ``python -m datong2020 [summary|export|checks|coverage]``.

Arguments are read before anything else is imported: ``--help`` and a usage error cost no more than
argparse, and each command imports what it uses (the summary does not load cattrs or the glossary).
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from pathlib import Path

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Final

    from .model import Fact, FigureKind, Report, Target
    from .text import Lang

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


def _related(fact: Fact | None, kind: FigureKind, report: Report) -> Fact | None:
    if fact is None:
        return None
    return next((other for other in report.facts_of(fact) if other.figure_kind is kind), None)


def _row(target: Target, report: Report, lang: Lang) -> tuple[str, ...]:
    from .compute import project
    from .formatting import format_projection, format_quantity, format_target_value
    from .model import FigureKind

    base = report.base_of(target)
    growth = _related(base, FigureKind.GROWTH, report)
    rank = _related(growth, FigureKind.RANK, report)
    projection = project(target, report)
    label = (base.measure if base is not None else target.measure).in_lang(lang)

    def shown(fact: Fact | None) -> str:
        return "" if fact is None else format_quantity(fact.value, lang)

    return (
        label,
        shown(base),
        shown(growth),
        shown(rank),
        format_target_value(target, lang),
        "" if projection is None else format_projection(projection, lang),
    )


def summary(report: Report, lang: Lang) -> str:
    """The main job: the 2020 targets beside their 2019 bases and the 2020 levels they imply."""
    from .formatting import render_table

    rows = [_row(target, report, lang) for target in report.targets if target.section == "plan_targets"]
    table = render_table(_HEADERS[lang], rows)
    return f"{_TITLE[lang]}\n\n{table}\n\n{_NOTES[lang]}\n"


def _checks(report: Report, lang: Lang) -> str:
    from .checks import run_checks
    from .formatting import format_quantity

    lines = []
    for finding in run_checks(report):
        verdict = "ok  " if finding.holds else "FAIL"
        lines.append(
            f"{verdict} {finding.check}: stated {format_quantity(finding.stated, lang)}, "
            f"computed {format_quantity(finding.computed, lang, exact=False)}"
        )
    return "\n".join(lines) + "\n"


def _coverage(report: Report, show_missing: bool) -> str:
    from .coverage import coverage, term_coverage
    from .formatting import render_table
    from .report.not_figures import NOT_FIGURES
    from .report.not_terms import NOT_TERMS

    parts = coverage(report, NOT_FIGURES)
    rows: list[tuple[str, ...]] = [
        (part.part, str(len(part.encoded)), str(len(part.excluded)), str(len(part.missing))) for part in parts
    ]
    total = [sum(int(row[column]) for row in rows) for column in (1, 2, 3)]
    rows.append(("total", *map(str, total)))
    lines = [render_table(("part", "encoded", "excluded", "missing"), rows)]
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
        "listed in datong2020/report/not_figures.py with a reason."
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
        "is listed in datong2020/report/not_terms.py with a reason."
    )
    return "\n".join(lines) + "\n"


def _export(arguments: argparse.Namespace) -> int:
    import json

    from .interchange import dump_json, json_schema
    from .output import emit, write_file, write_package
    from .report import REPORT
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


def _check_export(export: argparse.ArgumentParser, arguments: argparse.Namespace) -> None:
    """Refuse argument combinations that would silently ignore an output path (exit status 2)."""
    if arguments.directory is not None and arguments.output is not None:
        export.error(
            "give either DIR (for --format datapackage) or -o FILE (for the other formats), not both"
        )
    if arguments.format == "datapackage":
        if arguments.output is not None:
            export.error("--format datapackage writes a directory: give it as DIR, not with -o")
        if arguments.directory is None:
            export.error("--format datapackage needs DIR, the directory to write")
    elif arguments.directory is not None:
        export.error(
            f"DIR is only for --format datapackage; to write {arguments.format} to a file, "
            f"use -o {arguments.directory}"
        )


_EXIT_STATUS: Final = (
    "Exit status: 0 on success; 1 when a check fails, when output cannot be written (one line on stderr: "
    "'datong2020: error: WHAT (PATH or stdout): REASON'), or, silently, when the reader of stdout has "
    "closed the pipe; 2 on a usage error. Standard output is always UTF-8."
)


def _parser() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    """The command line's parser, and its ``export`` subparser for the checks argparse cannot express."""
    parser = argparse.ArgumentParser(
        prog="datong2020",
        description="The Datong 2020 Government Work Report as data. Without a command: the targets summary.",
        epilog=_EXIT_STATUS,
    )
    parser.add_argument(
        "--lang", choices=("zh", "en"), default="zh", help="language of the output (default zh)"
    )
    commands = parser.add_subparsers(dest="command")
    commands.add_parser("summary", help="the 2020 targets, their 2019 bases and projected 2020 levels")
    export = commands.add_parser(
        "export",
        help="write every encoded object",
        description="Write every encoded object: to stdout, to a file (-o FILE) or, for --format "
        "datapackage, into a directory (DIR). An existing file is not replaced without --force (devices "
        "such as /dev/null are written as usual); files are written under a temporary name and renamed into "
        "place, so a failed write leaves them as they were.",
        epilog=_EXIT_STATUS,
    )
    export.add_argument(
        "--format",
        choices=("json", "csv", "datapackage", "schema"),
        default="json",
        help="json: every object; csv: one row per fact and target; datapackage: CSV tables and "
        "datapackage.json in a directory; schema: the JSON Schema of the json export",
    )
    export.add_argument(
        "directory",
        nargs="?",
        type=Path,
        metavar="DIR",
        help="for --format datapackage, and only for it: the directory to write (created if missing)",
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar="FILE",
        help="file to write (default: stdout); not for --format datapackage, which takes DIR",
    )
    export.add_argument(
        "--force",
        action="store_true",
        help="replace an existing FILE, or the package's files in an existing DIR (default: refuse)",
    )
    commands.add_parser("checks", help="run the report's own arithmetic claims against its figures")
    cover = commands.add_parser("coverage", help="how many of the report's digit runs are encoded, per part")
    cover.add_argument("--missing", action="store_true", help="list every digit run not yet accounted for")
    return parser, export


def _command(arguments: argparse.Namespace) -> int:
    from .output import emit
    from .report import REPORT

    lang: Lang = arguments.lang
    if arguments.command == "export":
        return _export(arguments)
    if arguments.command == "checks":
        from .checks import run_checks

        emit(_checks(REPORT, lang))
        return 0 if all(finding.holds for finding in run_checks(REPORT)) else 1
    if arguments.command == "coverage":
        emit(_coverage(REPORT, arguments.missing))
        return 0
    emit(summary(REPORT, lang))
    return 0


def _run(arguments: argparse.Namespace) -> int:
    from .output import OutputError

    try:
        return _command(arguments)
    except OutputError as failure:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(f"datong2020: error: {failure}\n")
            sys.stderr.flush()
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (argparse exits with 2 itself on a usage error)."""
    parser, export = _parser()
    try:
        arguments = parser.parse_args(argv)
        if arguments.command == "export":
            _check_export(export, arguments)
        return _run(arguments)
    except BrokenPipeError:
        # The reader of stdout has gone (``| head``): not an error worth a message. Exit status 1 and the
        # redirection to devnull are the recipe of https://docs.python.org/3/library/signal.html.
        from .output import silence_stdout

        silence_stdout()
        return 1


__all__ = ["main", "summary"]
