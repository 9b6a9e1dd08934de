"""How fast datong2020 is, against baselines measured in the same run.

    python benchmarks/speed.py [--runs N] [--case NAME ...]

Every measurement is a fresh interpreter. A case and its baseline run alternately (case, baseline,
case, baseline …), so a busy machine slows both alike; the script prints the median of each, their
ratio and, where the project has one, the goal (docs/performance.md). It exits with status 1 when a
goal is missed. Quote ratios, not absolute times: they are what carries from one machine to another.

The two cases named "floor:" have no goal: they measure what any implementation of this design pays
before the work a goal is about (the model's classes without a record; the stdlib's JSON passes plus
building every record from its fields, with its checks), so that a missed goal can be told apart from
a goal this design cannot reach.

Two kinds of case:

- a whole process (``import``, the command line): wall time from start to exit;
- an operation (lookup, search, dump, load …): the process sets up, runs the operation once, then
  times it repeatedly for about 0.2 s and prints the time per run; the median over processes is taken.

Goals are judged on the ratio of the medians of wall time. Beside it: the ratio of the medians of CPU
time (user + system), and of the fastest runs ("min"). On a machine busy with other work the three
drift apart; a ratio on which they disagree much is worth measuring again, on a quieter machine.

Bytecode is written before timing (each command runs once untimed), as it is for an installed package.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass

PYTHON = sys.executable


@dataclass(frozen=True)
class Case:
    name: str
    ours: str
    """Python code (``-c``) or, for the command line, ``-m …`` arguments."""
    baseline: str
    baseline_name: str
    goal: float | None = None
    setup: str = ""
    """For an operation: code run before timing, shared by ``ours`` and ``baseline``."""

    @property
    def is_operation(self) -> bool:
        return bool(self.setup)


TOUCH_EVERY_RECORD = """
import attrs, datong2020
for record in datong2020.REPORT:
    for field in attrs.fields(type(record)):
        getattr(record, field.name)
"""

SETUP = """
import json
import attrs
from datong2020 import REPORT, dump_json, load_json, to_document, to_records
from datong2020.query import search
IDS = [record.id for record in REPORT]
BY_ID = {record.id: record for record in REPORT}
DOCUMENT = to_document(REPORT)
TEXT = dump_json(REPORT)
FIGURES = [*REPORT.facts, *REPORT.targets]
WORDS = ["hydrogen", "bus"]
FIELDS = [
    (type(record), {f.alias: getattr(record, f.name) for f in attrs.fields(type(record)) if f.init})
    for record in REPORT
]
"""

CASES = (
    Case("import datong2020", "import datong2020", "import pint", "import pint"),
    Case("import, touch every record", TOUCH_EVERY_RECORD, "import pint", "import pint", goal=1.25),
    Case(
        "floor: the model's classes, no record",
        "import attrs, datong2020.model",
        "import pint",
        "import pint",
    ),
    Case("main job: python -m datong2020", "-m datong2020", "import pint", "import pint", goal=1.35),
    Case("python -m datong2020 --help", "-m datong2020 --help", "import attrs", "import attrs", goal=1.2),
    Case(
        "lookup of every id",
        "for id_ in IDS: REPORT[id_]",
        "for id_ in IDS: BY_ID[id_]",
        "the same lookups in a dict",
        setup=SETUP,
    ),
    Case(
        "text search 'hydrogen bus'",
        "search(REPORT, 'hydrogen bus')",
        "[f for f in REPORT.facts if all(w in f.measure.en.lower() or w in f.quote for w in WORDS)]",
        "substring filter over the facts",
        setup=SETUP,
    ),
    Case(
        "to_records",
        "to_records(REPORT)",
        "[{a.name: getattr(r, a.name) for a in attrs.fields(type(r))} for r in FIGURES]",
        "one dict of fields per record",
        setup=SETUP,
    ),
    Case(
        "dump_json(REPORT)",
        "dump_json(REPORT)",
        "json.dumps(DOCUMENT, ensure_ascii=False)",
        "json.dumps of the same document",
        setup=SETUP,
    ),
    Case(
        "load_json(text)", "load_json(TEXT)", "json.loads(TEXT)", "json.loads of the same text", setup=SETUP
    ),
    Case(
        "round trip load_json(dump_json(REPORT))",
        "load_json(dump_json(REPORT))",
        "json.loads(json.dumps(DOCUMENT))",
        "json.loads(json.dumps(document))",
        goal=3.0,
        setup=SETUP,
    ),
    Case(
        "floor: the JSON passes, every record rebuilt",
        "json.loads(json.dumps(DOCUMENT)); [kind(**fields) for kind, fields in FIELDS]",
        "json.loads(json.dumps(DOCUMENT))",
        "json.loads(json.dumps(document))",
        setup=SETUP,
    ),
)

TIMED_OPERATION = """
import time
{setup}
def operation():
    {operation}
operation()
runs, start, cpu = 0, time.perf_counter(), time.process_time()
while runs < 3 or time.perf_counter() - start < 0.2:
    operation()
    runs += 1
print((time.perf_counter() - start) / runs, (time.process_time() - cpu) / runs)
"""


def _environment() -> dict[str, str]:
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed package has its bytecode
    return environment


def _arguments(code: str) -> list[str]:
    return [PYTHON, *code.split()] if code.startswith("-m ") else [PYTHON, "-c", code]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _seconds(case: Case, code: str) -> tuple[float, float]:
    """Wall and CPU seconds of one run."""
    if case.is_operation:
        program = TIMED_OPERATION.format(setup=case.setup, operation=code)
        result = subprocess.run(
            [PYTHON, "-c", program], env=_environment(), check=True, capture_output=True, text=True
        )
        wall, cpu = map(float, result.stdout.split())
        return wall, cpu
    start, cpu = time.perf_counter(), _children_cpu()
    subprocess.run(_arguments(code), env=_environment(), check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start, _children_cpu() - cpu


def _measure(cases: list[Case], runs: int) -> dict[Case, dict[str, list[tuple[float, float]]]]:
    """Every case and its baseline ``runs`` times, round after round over all the cases, so that a burst
    of other work on the machine falls on any case alike rather than on one."""
    for case in cases:  # untimed: writes bytecode and warms the file cache
        _seconds(case, case.ours)
        _seconds(case, case.baseline)
    times: dict[Case, dict[str, list[tuple[float, float]]]] = {c: {"ours": [], "baseline": []} for c in cases}
    for run in range(runs):
        for case in cases:
            # Alternate which goes first, so neither always runs right after the other.
            pair = (("ours", case.ours), ("baseline", case.baseline))
            for side, code in pair if run % 2 == 0 else reversed(pair):
                times[case][side].append(_seconds(case, code))
    return times


def _shown(seconds: float) -> str:
    return f"{seconds * 1000:9.2f} ms" if seconds >= 0.001 else f"{seconds * 1e6:9.1f} µs"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="pairs of runs per case (default 15)")
    parser.add_argument("--case", action="append", help="run only the cases whose name contains this")
    options = parser.parse_args()
    cases = [c for c in CASES if not options.case or any(part in c.name for part in options.case)]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"Python {sys.version.split()[0]}, {os.cpu_count()} CPUs, load {load:.1f}; "
        f"{options.runs} rounds over the cases, each case and its baseline in alternating fresh processes\n"
    )
    columns = f"{'ours':>12} {'baseline':>12}  {'ratio':>6}  {'goal':>6}         {'CPU':>6}  {'min':>6}"
    print(f"{'case':<42} {columns}  baseline")
    missed = []
    for case, times in _measure(cases, options.runs).items():
        ours, baseline = (statistics.median(w for w, _ in times[side]) for side in ("ours", "baseline"))
        cpu_ours, cpu_baseline = (
            statistics.median(c for _, c in times[side]) for side in ("ours", "baseline")
        )
        fastest = min(w for w, _ in times["ours"]) / min(w for w, _ in times["baseline"])
        ratio = ours / baseline
        goal = "" if case.goal is None else f"≤{case.goal:g}"
        verdict = "" if case.goal is None else (" ok" if ratio <= case.goal else " MISSED")
        if case.goal is not None and ratio > case.goal:
            missed.append(case.name)
        print(
            f"{case.name:<42} {_shown(ours)} {_shown(baseline)}  {ratio:5.2f}x  {goal:>6}{verdict:<7} "
            f"{cpu_ours / cpu_baseline:5.2f}x  {fastest:5.2f}x  {case.baseline_name}",
            flush=True,
        )
    if missed:
        print(f"\ngoals missed: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
