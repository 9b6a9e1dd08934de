"""The committed list of every id and its kind, which docs/versioning.md promises will not lose an id or
change one's kind within a major version.

    python tests/ids.py          # add the report's new ids to tests/data/ids.tsv

It refuses (exit status 1) when a listed id is gone or has changed kind: that is a major release, and
the list is then edited by hand, with the change named in CHANGELOG.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

LIST = Path(__file__).resolve().parent / "data" / "ids.tsv"
HEADER = "id\tkind"


def listed() -> dict[str, str]:
    lines = LIST.read_text(encoding="utf-8").splitlines()
    if not lines or lines[0] != HEADER:
        raise ValueError(f"{LIST} must start with the header {HEADER!r}")
    return dict(line.split("\t") for line in lines[1:])


def current() -> dict[str, str]:
    from datong2020 import REPORT

    return {record.id: record.kind for record in REPORT}


def broken(promised: dict[str, str], now: dict[str, str]) -> list[str]:
    """What breaks the promise: listed ids that are gone or have another kind."""
    return [
        f"{id_} ({kind}) is gone" if id_ not in now else f"{id_} was a {kind} and is now a {now[id_]}"
        for id_, kind in promised.items()
        if now.get(id_) != kind
    ]


def write(ids: dict[str, str]) -> None:
    rows = "".join(f"{id_}\t{kind}\n" for id_, kind in sorted(ids.items()))
    LIST.write_text(f"{HEADER}\n{rows}", encoding="utf-8")


def main() -> int:
    promised = listed() if LIST.exists() else {}
    now = current()
    problems = broken(promised, now)
    if problems:
        print("\n".join(problems), file=sys.stderr)
        print("only a major release may: edit the list by hand, say so in CHANGELOG.md", file=sys.stderr)
        return 1
    added = sorted(set(now) - set(promised))
    write(promised | now)
    print(f"{len(added)} ids added to {LIST.name}, {len(promised) + len(added)} listed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
