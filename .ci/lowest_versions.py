"""The lowest versions pyproject.toml allows for the run-time dependencies, as pip constraints.

    python .ci/lowest_versions.py constraints FILE      # write name==lower-bound lines to FILE
    python .ci/lowest_versions.py check REPORT          # check pip's --report of installing them

Every run-time dependency must have a lower bound (``>=``). ``check`` reads the JSON that
``pip install --dry-run --report`` wrote and fails unless each dependency resolves to exactly its lower
bound and that release is not yanked. Test tools are not pinned: the promise is about what users run.
"""

from __future__ import annotations

import json
import re
import sys
import tomllib
from pathlib import Path

from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent


def lower_bounds() -> dict[str, str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    bounds = {}
    for requirement in project["dependencies"]:
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)\s*>=\s*([0-9][0-9A-Za-z.]*)(\s*,.*)?", requirement)
        if match is None:
            sys.exit(f"dependency {requirement!r} has no lower bound (>=)")
        bounds[str(canonicalize_name(match.group(1)))] = match.group(2)
    return bounds


def main() -> int:
    action, path = sys.argv[1], Path(sys.argv[2])
    bounds = lower_bounds()
    if action == "constraints":
        path.write_text("".join(f"{name}=={version}\n" for name, version in bounds.items()), encoding="utf-8")
        return 0
    installed = {
        str(canonicalize_name(item["metadata"]["name"])): item
        for item in json.loads(path.read_text(encoding="utf-8"))["install"]
    }
    failures = []
    for name, version in bounds.items():
        item = installed.get(name)
        if item is None or Version(item["metadata"]["version"]) != Version(version):
            failures.append(f"{name} does not resolve to its lower bound {version}")
        elif item.get("is_yanked"):
            failures.append(f"{name} {version}, the lower bound, is a yanked release")
        else:
            print(f"{name} {item['metadata']['version']}: the lower bound, not yanked")
    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
