"""Does the library grow linearly with the report? A synthetic report N times as large, built, dumped
and loaded.

    python benchmarks/larger_report.py [--scale 10] [--runs 5]

The synthetic text is N copies of the report's text. Copy 0 is the report itself; in copy k every Chinese
character that no figure uses is replaced by a character of its own for that copy, and every run of
digits gets the digit k appended ("1318.8" becomes "1318.81", "第1" becomes "第11"). So every copy's
quotes are new text (found once in the whole), its figures are new numbers (read afresh, not from a
cache), and its records say the same things with ids of their own ("gdp_2019_c1"), linked to each
other as the report's are. Records are built inside ``quoting(source)``, so each checks its quote
against the synthetic text, exactly as the shipped records check theirs when they are built.

For scale 1 and scale N it prints the median time to build every record and the Report, to write the
document (``dump_json``) and to read it back (``load_json``), per record and in total: linear growth
is a ratio of totals near N (and a time per record that stays put).
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import re
import statistics
import time
from collections.abc import Callable
from typing import Any

import attrs

from datong2020 import REPORT, SOURCE, Fact, Report, Target, dump_json, load_json
from datong2020.model import Achievement, AnyRecord, Term
from datong2020.notation import _reading, _take_apart, take_apart
from datong2020.source import Source, quoting
from datong2020.units import ureg

_DIGITS = re.compile(r"[0-9]+(?:\.[0-9]+)?")
# Fields that hold ids (one, or a tuple), per kind: they get the copy's suffix.
_ID_FIELDS = ("id", "section", "of", "whole", "base", "same_as")
_ID_TUPLES = {Fact: ("about",), Target: ("about", "members"), Term: ("parts",), Achievement: ("about",)}


def _is_chinese(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


class Copies:
    """The character maps of copies 1 … N-1; copy 0 is the report as it stands."""

    def __init__(self, scale: int) -> None:
        figures = {r.figure for r in REPORT if isinstance(r, Fact | Target) and r.figure}
        kept = set("".join(figures))  # units, qualifiers and numerals stay as written
        mapped = sorted(c for c in set(SOURCE.text) if _is_chinese(c) and c not in kept)
        fresh = (chr(code) for code in range(0x4E00, 0xA000) if chr(code) not in SOURCE.text)
        self.maps = [{}] + [str.maketrans({char: next(fresh) for char in mapped}) for _ in range(1, scale)]
        self.scale = scale

    def text(self, copy: int, text: str) -> str:
        if copy == 0:
            return text
        renumbered = _DIGITS.sub(lambda match: match.group() + str(copy), text)
        return renumbered.translate(self.maps[copy])

    def id(self, copy: int, id_: str) -> str:
        return id_ if copy == 0 else f"{id_}_c{copy}"


def synthetic_source(copies: Copies) -> Source:
    """The copies one after another, each with its republisher's line (a quirk quotes it); the last
    line is the text's notice, as in the shipped text."""
    text = "".join(copies.text(copy, SOURCE.text) for copy in range(copies.scale))
    return attrs.evolve(
        SOURCE,
        text=text,
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        republisher_notice=copies.text(copies.scale - 1, SOURCE.republisher_notice),
    )


def _quantity_as_written(figure: str, quantity: Any, upper: bool) -> Any:
    written = take_apart(figure)
    number = written.upper if upper else written.number
    return ureg.Quantity(number, quantity.units)


def _fields(record: AnyRecord, copy: int, copies: Copies) -> dict[str, Any]:
    """The keyword arguments that build the record's counterpart in ``copy``."""
    fields = {a.name: getattr(record, a.name) for a in attrs.fields(type(record)) if a.init}
    for name in _ID_FIELDS:
        if fields.get(name) is not None:
            fields[name] = copies.id(copy, fields[name])
    for name in _ID_TUPLES.get(type(record), ()):
        fields[name] = tuple(copies.id(copy, id_) for id_ in fields[name])
    fields["quote"] = copies.text(copy, record.quote)
    for name in ("what", "problem"):  # words that must stand in the quote, so copied with it
        if name in fields:
            fields[name] = attrs.evolve(fields[name], zh=copies.text(copy, fields[name].zh))
    if isinstance(record, Fact | Target) and record.figure is not None:
        fields["figure"] = copies.text(copy, record.figure)
        fields["value"] = _quantity_as_written(fields["figure"], record.value, upper=False)
        if isinstance(record, Target) and record.upper is not None:
            fields["upper"] = _quantity_as_written(fields["figure"], record.upper, upper=True)
    return fields


def _plan(copies: Copies) -> list[tuple[type[AnyRecord], dict[str, Any]]]:
    # The report's own records: the context documents' records quote other texts, which do not grow.
    own = [record for record in REPORT if record.document == SOURCE.id]
    return [(type(r), _fields(r, copy, copies)) for copy in range(copies.scale) for r in own]


def build(plan: list[tuple[type[AnyRecord], dict[str, Any]]], source: Source) -> Report:
    with quoting(source):
        records = [kind(**fields) for kind, fields in plan]
    return Report.of(source, records)


def _median_seconds(run: Callable[[], object], runs: int) -> float:
    seconds = []
    for _ in range(runs):
        _take_apart.cache_clear()  # every run reads its figures afresh
        _reading.cache_clear()
        gc.collect()  # and starts with no garbage of the run before
        start = time.perf_counter()
        run()
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


def measure(scale: int, runs: int) -> dict[str, float]:
    copies = Copies(scale)
    source = synthetic_source(copies)
    plan = _plan(copies)
    report = build(plan, source)
    text = dump_json(report)
    assert load_json(text, source=source) == report
    return {
        "characters": len(source.text),
        "records": len(report),
        "build": _median_seconds(lambda: build(plan, source), runs),
        "dump": _median_seconds(lambda: dump_json(report), runs),
        "load": _median_seconds(lambda: load_json(text, source=source), runs),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=int, default=10, help="how many copies of the report (default 10)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each step (default 5)")
    options = parser.parse_args()
    small, large = measure(1, options.runs), measure(options.scale, options.runs)
    print(f"synthetic report: {options.runs} runs per step, medians\n")
    print(f"{'':<10}{'scale 1':>24}{f'scale {options.scale}':>24}{'growth':>10}")
    for key in ("characters", "records"):
        growth = large[key] / small[key]
        print(f"{key:<10}{small[key]:>24,.0f}{large[key]:>24,.0f}{growth:>9.1f}x")
    for step in ("build", "dump", "load"):
        per_small = small[step] / small["records"] * 1e6
        per_large = large[step] / large["records"] * 1e6
        cells = [f"{small[step] * 1000:8.1f} ms {per_small:5.1f} µs/rec", f"{large[step] * 1000:8.1f} ms "]
        print(
            f"{step:<10}{cells[0]:>24}{cells[1] + f'{per_large:5.1f} µs/rec':>24}"
            f"{large[step] / small[step]:>9.1f}x"
        )


if __name__ == "__main__":
    main()
