"""Strict users' type checking: ``mypy --strict`` passes the downstream example and fails a misspelled
import and a magnitude used as a string."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "typecheck.py"

MISSPELLED_IMPORT = "from datong2020 import REPORTT\n"
MAGNITUDE_AS_TEXT = """\
from datong2020 import REPORT, Fact
from datong2020.report.review.headline import GDP_2019

text: str = GDP_2019.value.magnitude
converted: str = REPORT.lookup("gdp_2019", Fact).value.to("CNY").magnitude
"""


def _mypy(cache: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-incremental",
            "--cache-dir",
            str(cache),
            *map(str, files),
        ],
        capture_output=True,
        text=True,
    )


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> subprocess.CompletedProcess[str]:
    """One mypy run over the example and the two bad snippets (each file's errors are its own)."""
    directory = tmp_path_factory.mktemp("typecheck")
    (directory / "misspelled_import.py").write_text(MISSPELLED_IMPORT, encoding="utf-8")
    (directory / "magnitude_as_text.py").write_text(MAGNITUDE_AS_TEXT, encoding="utf-8")
    return _mypy(directory / ".mypy_cache", EXAMPLE, *sorted(directory.glob("*.py")))


def _errors(result: subprocess.CompletedProcess[str], name: str) -> list[str]:
    """The errors reported in the file called ``name``, each as "LINE: MESSAGE"."""
    errors = []
    for line in result.stdout.splitlines():
        path, _, rest = line.partition(".py:")
        if Path(path + ".py").name == name and ": error:" in rest:
            errors.append(rest)
    return errors


def test_the_downstream_example_passes_strict_checking(checked: subprocess.CompletedProcess[str]) -> None:
    assert _errors(checked, EXAMPLE.name) == []
    assert (
        "Success" in checked.stdout or "Found 3 errors in 2 files (checked 3 source files)" in checked.stdout
    )


def test_a_misspelled_import_fails(checked: subprocess.CompletedProcess[str]) -> None:
    errors = _errors(checked, "misspelled_import.py")
    assert len(errors) == 1
    assert 'Module "datong2020" has no attribute "REPORTT"' in errors[0]


def test_a_magnitude_used_as_a_string_fails(checked: subprocess.CompletedProcess[str]) -> None:
    errors = _errors(checked, "magnitude_as_text.py")
    assert [error.split(":")[0] for error in errors] == ["4", "5"]
    assert all('expression has type "int | float", variable has type "str"' in error for error in errors)
    assert checked.returncode == 1
