"""Print the interpreters to test on, one per line: every Python from the lowest that pyproject.toml's
requires-python allows to the highest of its "Programming Language :: Python :: 3.N" classifiers that
this machine has.

Each version 3.N is looked for as pyenv installs it (``$(pyenv root)/versions/3.N.*/bin/python3.N``,
the newest patch release) and then on PATH (``python3.N``); a candidate counts only if it runs and
reports that version. Fails when fewer than two versions are found: one Python is not a matrix.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def wanted_minors() -> list[int]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lowest = re.fullmatch(r">=\s*3\.(\d+)", project["requires-python"])
    if lowest is None:
        sys.exit(f"requires-python {project['requires-python']!r} is not of the form >=3.N")
    classified = [
        int(match.group(1))
        for classifier in project["classifiers"]
        if (match := re.fullmatch(r"Programming Language :: Python :: 3\.(\d+)", classifier))
    ]
    if not classified or min(classified) != int(lowest.group(1)):
        sys.exit("the classifiers must list every Python 3.N from requires-python's lower bound")
    if sorted(classified) != list(range(min(classified), max(classified) + 1)):
        sys.exit(f"the classifiers skip a version: 3.{sorted(classified)}")
    return list(range(int(lowest.group(1)), max(classified) + 1))


def _pyenv_candidates(minor: int) -> list[Path]:
    pyenv = shutil.which("pyenv")
    if pyenv is None:
        return []
    root = subprocess.run([pyenv, "root"], capture_output=True, text=True).stdout.strip()
    versions = Path(root) / "versions"
    found = []
    for directory in versions.glob(f"3.{minor}.*"):
        patch = re.fullmatch(rf"3\.{minor}\.(\d+)", directory.name)
        if patch is not None:
            found.append((int(patch.group(1)), directory / "bin" / f"python3.{minor}"))
    return [path for _, path in sorted(found, reverse=True)]


def _reports(interpreter: Path | str, minor: int) -> bool:
    try:
        result = subprocess.run(
            [str(interpreter), "-c", "import sys; print(*sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=60,
        )
    except OSError:
        return False
    return result.returncode == 0 and result.stdout.split() == ["3", str(minor)]


def find(minor: int) -> str | None:
    on_path = shutil.which(f"python3.{minor}")
    for candidate in [*_pyenv_candidates(minor), *([on_path] if on_path else [])]:
        if _reports(candidate, minor):
            return str(candidate)
    return None


def main() -> int:
    found = {minor: find(minor) for minor in wanted_minors()}
    for minor, interpreter in found.items():
        print(f"Python 3.{minor}: {interpreter or 'not found'}", file=sys.stderr)
    usable = [interpreter for interpreter in found.values() if interpreter]
    if len(usable) < 2:
        print("fewer than two Pythons found: install them with pyenv (pyenv install 3.N)", file=sys.stderr)
        return 1
    print("\n".join(usable))
    return 0


if __name__ == "__main__":
    sys.exit(main())
