"""The command line: ``python -m datong2020 [summary|export|checks|coverage|scorecard]``.

The arguments are read before anything else is imported: ``--help`` and a usage error cost no more than
argparse; :mod:`datong2020.commands` then runs the command. Without arguments (the main job) there is
nothing to read, and argparse is not loaded at all.
"""

from __future__ import annotations

import contextlib
import gc
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Final, NoReturn

from .output import OutputError, silence_stdout

if TYPE_CHECKING:
    import argparse

    from .text import Lang

_DEFAULT_LANG: Final[Lang] = "zh"


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
    import argparse

    parser = argparse.ArgumentParser(
        prog="datong2020",
        description="The Datong 2020 Government Work Report as data. Without a command: the targets summary.",
        epilog=_EXIT_STATUS,
    )
    parser.add_argument(
        "--lang",
        choices=("zh", "en"),
        default=_DEFAULT_LANG,
        help=f"language of the output (default {_DEFAULT_LANG})",
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
    commands.add_parser(
        "checks", help="run the report's own arithmetic claims against its figures; exit 1 on a contradiction"
    )
    cover = commands.add_parser(
        "coverage", help="how many of the report's sentences, digit runs and slogans are encoded, per part"
    )
    cover.add_argument(
        "--missing",
        action="store_true",
        help="list every sentence, digit run and phrase not yet accounted for",
    )
    cover.add_argument(
        "--format", choices=("text", "json"), default="text", help="json: every sentence with its status"
    )
    score = commands.add_parser(
        "scorecard",
        help="the 2020 targets beside the province's and the outcomes the 2021 reports give, with verdicts",
    )
    score.add_argument(
        "--format", choices=("text", "json"), default="text", help="json: one object per target"
    )
    score.add_argument(
        "--province",
        action="store_true",
        help="the province's own scorecard: Shanxi's 2020 targets held to the outcomes its 2021 report gives",
    )
    return parser, export


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status (argparse exits with 2 itself on a usage error)."""
    given = sys.argv[1:] if argv is None else list(argv)
    try:
        if not given:
            from .commands import run_summary

            return run_summary(_DEFAULT_LANG)
        parser, export = _parser()
        arguments = parser.parse_args(given)
        if arguments.command == "export":
            _check_export(export, arguments)
        from .commands import run

        return run(arguments)
    except BrokenPipeError:
        # The reader of stdout has gone (``| head``): not an error worth a message. Exit status 1 and the
        # redirection to devnull are the recipe of https://docs.python.org/3/library/signal.html.
        silence_stdout()
        return 1
    except OutputError as failure:
        with contextlib.suppress(OSError, ValueError):
            sys.stderr.write(f"datong2020: error: {failure}\n")
            sys.stderr.flush()
        return 1


def run_as_program() -> NoReturn:
    """``python -m datong2020`` and the ``datong2020`` script: :func:`main`, then exit without the
    interpreter's teardown.

    Teardown frees every object one by one and walks them all with the cyclic collector, pint's and the
    report's thousands: a fifth of the main job's time, for a process that is ending anyway (mypy ends
    the same way). Output is flushed first; should that fail, the interpreter's own exit takes over and
    reports it as it always has. The cyclic collector is off for the whole run.
    """
    # A run is short and its objects live to its end (the report, the registry, pint's tables), so the
    # cyclic collector would walk them again and again for nothing; mypy raises its threshold for the
    # same reason. Off from the start, before pint is imported.
    gc.disable()
    status = main()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        sys.exit(status)
    os._exit(status)


__all__ = ["main", "run_as_program"]
