"""The README's Quickstart is what CI runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _command(which: str) -> str:
    return subprocess.run(
        [sys.executable, str(ROOT / ".ci" / "readme_commands.py"), which],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()


def test_quickstart_has_a_main_command_and_a_test_command() -> None:
    assert _command("main").endswith("python -m datong2020 --lang en")
    assert _command("test").endswith("python -m pytest")


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "readme_commands.py test" in ci
    assert 'eval "${test_command}"' in ci


def test_package_docstring_example_runs() -> None:
    import doctest

    import datong2020

    assert doctest.testmod(datong2020, optionflags=doctest.ELLIPSIS).failed == 0
