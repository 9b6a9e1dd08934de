"""The parts of the documentation that are generated from the library, so that they cannot drift from it.

A page asks for a generated block with a line of its own, ``<!-- generated: NAME -->``; when Sphinx
reads the page, the line is replaced by the markdown that ``BLOCKS[NAME]`` returns. Unknown names are
an error, so a typo fails the build.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from datong2020 import REPORT, Fact, Qualifier, Record, Target, ureg
from datong2020.compute import project_level
from datong2020.coverage import coverage, sentence_counts, sentence_ledger, term_coverage
from datong2020.formatting import format_figure
from datong2020.model import Outcome
from datong2020.report import NOT_FIGURES, NOT_SENTENCES, NOT_TERMS
from datong2020.source import PRIMARY

_MARKER = re.compile(r"^<!-- generated: (?P<name>[a-z_]+) -->$", flags=re.MULTILINE)


def _cell(text: object) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + " --- |" * len(headers)]
    lines += ["| " + " | ".join(_cell(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def _clip(text: str, longest: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= longest else flat[: longest - 1] + "…"


def units() -> str:
    """Every unit of the registry, once, with what it is in base units and its other names."""
    seen: set[str] = set()
    rows = []
    for name, definition in ureg._units.items():  # pint has no public list of definitions
        # The registry also caches the prefixed units it has read (万亩, 亿元); the table lists its own.
        prefixed = all(prefix for prefix, _, _ in ureg.parse_unit_name(definition.name))
        if definition.name in seen or prefixed:
            continue
        seen.add(definition.name)
        symbol = definition.symbol or definition.name
        base = ureg.Quantity(1, definition.name).to_root_units()
        dimension = ureg.get_dimensionality(name)
        rows.append(
            (
                f"`{symbol}`",
                f"`{f'{base.magnitude:.10g} {base.units:~}'.strip()}`",
                str(dimension) if dimension else "dimensionless",
                ", ".join(f"`{alias}`" for alias in definition.aliases if alias != symbol),
            )
        )
    prefixes = ", ".join(f"`{p}` = {ureg._prefixes[p].converter.scale:.10g}" for p in ("万", "亿", "万亿"))
    table = _table(("unit", "is", "dimension", "also written"), rows)
    return f"{table}\n\nPrefixes: {prefixes} (亿元, 万吨, 万千瓦, 万亩 … all read)."


def qualifiers() -> str:
    """Each qualifier: its words, its meaning, what a projection from it is, and how often it is used."""
    rows = []
    for qualifier in Qualifier:
        used = [r for r in (*REPORT.facts, *REPORT.targets) if r.qualifier is qualifier]
        example = next((r for r in used if r.figure), None)
        rows.append(
            (
                f"`{qualifier.name}`",
                qualifier.zh or "(none)",
                _QUALIFIER_MEANING[qualifier],
                project_level(ureg.Quantity(1, "元"), ureg.Quantity(1, "%"), qualifier)[1].value,
                sum(1 for r in used if r.kind == "fact"),
                sum(1 for r in used if r.kind == "target"),
                "" if example is None else f"{example.id}: {format_figure(example)}",
            )
        )
    headers = ("qualifier", "words", "meaning", "a projection is", "facts", "targets", "example")
    return _table(headers, rows)


_QUALIFIER_MEANING = {
    Qualifier.PLAIN: "the number as stated",
    Qualifier.ABOUT: "a central value (左右)",
    Qualifier.AT_LEAST: "a lower bound, included (以上)",
    Qualifier.WITHIN: "an upper bound, included (以内, 控制在, 前N名: within the top N)",
    Qualifier.EXCEED: "beyond the number, a strict lower bound (突破, 余, 多)",
    Qualifier.NEARLY: "just short of the number (近)",
    Qualifier.BETWEEN: "a range: value to upper, both included (2—3个, 4至8所)",
}


def sentence_coverage() -> str:
    """Sentences per part: encoded, excluded (by reason), unaccounted."""
    rows = [
        (
            count.part,
            count.sentences,
            count.encoded,
            ", ".join(
                f"{reason.value} {number}"
                for reason, number in sorted(count.by_reason, key=lambda pair: pair[0].value)
            )
            or "0",
            count.unaccounted,
        )
        for count in sentence_counts(sentence_ledger(REPORT, NOT_SENTENCES))
    ]
    return _table(("part", "sentences", "encoded", "excluded", "unaccounted"), rows)


def digit_coverage() -> str:
    """Digit runs per part: encoded, excluded with a reason, missing."""
    parts = coverage(REPORT, NOT_FIGURES)
    rows: list[tuple[str, int, int, int]] = [
        (part.part, len(part.encoded), len(part.excluded), len(part.missing)) for part in parts
    ]
    total = ("total", *(sum(row[column] for row in rows) for column in (1, 2, 3)))
    terms = term_coverage(REPORT, NOT_TERMS)
    table = _table(("part", "encoded", "excluded", "missing"), [*rows, total])
    return (
        f"{table}\n\nSlogan-shaped phrases: {len(terms.candidates)} found, {len(terms.encoded)} encoded, "
        f"{len(terms.excluded)} excluded with a reason, {len(terms.missing)} missing."
    )


def quirks() -> str:
    return "\n".join(
        f"- `{quirk.id}`{_context_document(quirk, ' (in {})')}: {quirk.description.en}"
        for quirk in REPORT.quirks
    )


def _context_document(record: Record, form: str = "{}") -> str:
    """The id of the context document the record quotes, in ``form``; nothing for the primary document,
    whose records the outline places."""
    return "" if record.document == PRIMARY else form.format(record.document)


def _label(record: Record) -> str:
    for name in ("measure", "name", "what", "problem", "english", "title", "description"):
        text = getattr(record, name, None)
        if text is not None:
            return f"{text.zh} / {text.en}"
    return ""


def catalogue() -> str:
    """Every encoded object, collection by collection, in the report's order."""
    sections = []
    for title, records in (
        ("Sections", REPORT.sections),
        ("Facts", REPORT.facts),
        ("Targets", REPORT.targets),
        ("Projects", REPORT.projects),
        ("Brands", REPORT.brands),
        ("Achievements", REPORT.achievements),
        ("Shortcomings", REPORT.shortcomings),
        ("Terms", REPORT.terms),
        ("Quirks", REPORT.quirks),
        ("Province targets", REPORT.province_targets),
        ("Outcomes", REPORT.outcomes),
    ):
        rows = [
            (
                f"`{record.id}`",
                _clip(_label(record), 70),
                format_figure(record) if isinstance(record, Fact | Target | Outcome) else "",
                # A context document's records sit in no section of the outline: name the document.
                record.section or (record.document if record.document != PRIMARY else ""),
                _clip(record.quote),
            )
            for record in records
        ]
        table = _table(("id", "label", "figure", "section or document", "quote"), rows)
        sections.append(f"## {title} ({len(records)})\n\n{table}")
    return "\n\n".join(sections)


BLOCKS: dict[str, Callable[[], str]] = {
    "units": units,
    "qualifiers": qualifiers,
    "sentence_coverage": sentence_coverage,
    "digit_coverage": digit_coverage,
    "quirks": quirks,
    "catalogue": catalogue,
}


def fill(text: str) -> str:
    """The page with every generated block in place; an unknown block name is a KeyError."""
    return _MARKER.sub(lambda match: BLOCKS[match.group("name")](), text)


def _on_source_read(app: Any, docname: str, source: list[str]) -> None:
    source[0] = fill(source[0])


def setup(app: Any) -> dict[str, Any]:
    app.connect("source-read", _on_source_read)
    return {"parallel_read_safe": True, "parallel_write_safe": True}
