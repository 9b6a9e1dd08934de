"""Flat tables of the report for spreadsheets, pandas and validators.

``to_records`` gives one row per fact or target; ``write_csv`` writes them; ``to_dataframe`` hands them
to pandas (the optional ``pandas`` extra; the core never imports it); ``write_datapackage`` writes CSV
tables with a Frictionless ``datapackage.json`` (field types, descriptions, keys, licence, source).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from .model import Brand, Fact, Project, Report, Section, Target, Term
from .units import unit_symbol

if TYPE_CHECKING:
    import pandas

__all__ = [
    "FIGURE_FIELDS",
    "SCORECARD_FIELDS",
    "scorecard_dataframe",
    "scorecard_records",
    "to_dataframe",
    "to_records",
    "write_csv",
    "write_datapackage",
]

Row = dict[str, str | int | float | bool | None]

FIGURE_FIELDS: Final[tuple[tuple[str, str, str], ...]] = (
    ("id", "string", "The object's id, unique in the report"),
    ("kind", "string", "fact (what the report states happened) or target (what it commits to)"),
    ("part", "string", "The part of the report: review, plan, self_building or glossary"),
    ("section", "string", "The id of the outline section the figure sits in"),
    ("measure_zh", "string", "What is measured, in the report's Chinese"),
    ("measure_en", "string", "What is measured, in English (ours unless measure_en_source says otherwise)"),
    ("measure_en_source", "string", "The official source of the English label, if any"),
    ("figure", "string", "The figure exactly as the report writes it"),
    ("magnitude", "number", "The figure's number, in the unit the report writes"),
    (
        "unit",
        "string",
        "The unit as the report writes it (亿元, %, 万千瓦, 个 …); datong2020.ureg reads it",
    ),
    ("upper_magnitude", "number", "For a range target (qualifier between): the upper end, in the same unit"),
    (
        "base_unit_magnitude",
        "number",
        "The value in base units (元, 千克, 平方米, 瓦, 个, dimensionless)",
    ),
    ("base_unit", "string", "The base unit of base_unit_magnitude"),
    ("figure_kind", "string", "level, growth, share, rate, rank, count, change or duration"),
    (
        "qualifier",
        "string",
        "plain, about 左右, at_least 以上, within 以内, exceed 突破, nearly 近, between",
    ),
    (
        "from_bottom",
        "boolean",
        "For ranks: true where the place counts from the bottom (倒数第二: magnitude 2, from the bottom)",
    ),
    ("commitment", "string", "For targets: plain, strive (力争) or ensure (确保)"),
    ("direction", "string", "For growth and change facts: increase or decrease, as the report's verb says"),
    (
        "period_start",
        "date",
        "First day of the period the figure refers to; empty for a running total whose start the report "
        "does not state",
    ),
    ("period_end", "date", "Last day of the period the figure refers to"),
    (
        "period_cumulative",
        "boolean",
        "True for a running total to period_end (累计, 先后, “十三五”期间), not a flow of the period's year",
    ),
    ("due", "date", "For targets with a deadline: the last day"),
    ("due_wording", "string", "The report's words for the deadline"),
    ("of", "string", "For facts: the id of the fact this figure is about (the level whose growth it is)"),
    ("whole", "string", "For shares: the id of the fact that is the whole"),
    ("base", "string", "For targets: the id of the 2019 fact the target builds on"),
    ("places", "string", "Ids of the places the figure is about, separated by ;"),
    ("about", "string", "Ids of the projects the figure is about, separated by ;"),
    ("quote", "string", "The verbatim sentence or clause of the report the figure is taken from"),
    ("span_start", "integer", "Where the quote starts in the shipped text (code points)"),
    ("span_end", "integer", "Where the quote ends in the shipped text (code points, exclusive)"),
    ("note_en", "string", "Our note on the figure, in English"),
)


def _figure_row(record: Fact | Target, report: Report) -> Row:
    value = record.value
    base = None if value is None else value.to_base_units()
    span = report.span(record)
    upper = record.upper if isinstance(record, Target) else None
    due = record.due if isinstance(record, Target) else None
    row: Row = {
        "id": record.id,
        "kind": record.kind,
        "part": report.part(record).value,
        "section": record.section,
        "measure_zh": record.measure.zh,
        "measure_en": record.measure.en,
        "measure_en_source": record.measure.en_source,
        "figure": record.figure,
        "magnitude": None if value is None else value.magnitude,
        "unit": None if value is None else unit_symbol(value.units),
        "upper_magnitude": None if upper is None else upper.magnitude,
        "base_unit_magnitude": None if base is None else base.magnitude,
        "base_unit": None if base is None else unit_symbol(base.units),
        "figure_kind": None if record.figure_kind is None else record.figure_kind.value,
        "qualifier": record.qualifier.value,
        "from_bottom": record.from_bottom if isinstance(record, Fact) else None,
        "commitment": record.commitment.value if isinstance(record, Target) else None,
        "direction": record.direction.value if isinstance(record, Fact) and record.direction else None,
        "period_start": None if record.period.start is None else record.period.start.isoformat(),
        "period_end": record.period.end.isoformat(),
        "period_cumulative": record.period.cumulative,
        "due": None if due is None else due.end.isoformat(),
        "due_wording": None if due is None else due.wording,
        "of": record.of if isinstance(record, Fact) else None,
        "whole": record.whole if isinstance(record, Fact) else None,
        "base": record.base if isinstance(record, Target) else None,
        "places": ";".join(record.places) or None,
        "about": ";".join(record.about) or None,
        "quote": record.quote,
        "span_start": span.start,
        "span_end": span.end,
        "note_en": None if record.note is None else record.note.en,
    }
    return row


def to_records(report: Report) -> list[Row]:
    """One flat row per fact and target, in the report's order (columns: :data:`FIGURE_FIELDS`)."""
    figures: list[Fact | Target] = [*report.facts, *report.targets]
    figures.sort(key=lambda record: report.span(record).start)
    return [_figure_row(record, report) for record in figures]


def _csv_text(rows: Iterable[Row], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({key: "" if value is None else value for key, value in row.items()})
    return buffer.getvalue()


def write_csv(report: Report, path: Path | None = None) -> str:
    """The figures table as CSV text (UTF-8), also written to ``path`` when one is given."""
    text = _csv_text(to_records(report), [name for name, _, _ in FIGURE_FIELDS])
    if path is not None:
        path.write_text(text, encoding="utf-8")
    return text


def _pandas(needed_by: str) -> Any:  # pandas, which the core does not import, has no types here
    try:
        import pandas
    except ModuleNotFoundError as missing:
        raise ModuleNotFoundError(
            f'{needed_by} needs the optional extra: pip install "datong2020[pandas]"'
        ) from missing
    return pandas


def to_dataframe(report: Report) -> pandas.DataFrame:
    """The figures table as a pandas DataFrame (needs ``pip install "datong2020[pandas]"``)."""
    pd = _pandas("to_dataframe")
    frame = pd.DataFrame.from_records(to_records(report), columns=[name for name, _, _ in FIGURE_FIELDS])
    for column in ("period_start", "period_end", "due"):
        frame[column] = pd.to_datetime(frame[column])
    return frame.set_index("id")


SCORECARD_FIELDS: Final[tuple[tuple[str, str, str], ...]] = (
    ("target", "string", "The id of the Datong 2020 target"),
    ("measure_zh", "string", "What the target measures, as the report words it"),
    ("measure_en", "string", "What it measures, in English (ours unless a source is named)"),
    ("base", "string", "The id of the 2019 fact it builds on"),
    ("target_figure", "string", "The target's figure as written, or its requirement in words"),
    ("target_magnitude", "number", "The target's number"),
    ("target_unit", "string", "Its unit"),
    ("qualifier", "string", "How the number binds: plain, about, at_least, within, exceed, nearly, between"),
    ("aim", "string", "increase for a floor, decrease for a ceiling"),
    ("province", "string", "The id of the province's target for the same measure"),
    ("province_figure", "string", "The province's figure as written"),
    ("versus_province", "string", "above, equal or below the province's, by the binding number"),
    ("outcome", "string", "The id of the outcome a later report gives"),
    ("outcome_document", "string", "The id of the document that reports it"),
    ("outcome_figure", "string", "The outcome's figure as written"),
    ("outcome_magnitude", "number", "The outcome's number, negative for a fall"),
    ("outcome_unit", "string", "Its unit"),
    ("outcome_reading", "string", "Where the text leaves the year or the measure open: how it was read"),
    ("verdict", "string", "met, missed, not_assessable or no_outcome"),
    ("gap", "number", "Outcome less the binding number: percentage points, or the target's unit"),
    ("gap_unit", "string", "The gap's unit"),
    ("rule", "string", "The rule applied, in words"),
)


def scorecard_records(report: Report) -> list[Row]:
    """The scorecard (:func:`datong2020.evaluation.scorecard`) as flat rows (columns:
    :data:`SCORECARD_FIELDS`)."""
    from .evaluation import scorecard

    rows: list[Row] = []
    for row in scorecard(report):
        target, province, outcome, gap = row.target, row.province, row.outcome, row.gap
        signed = None if outcome is None else outcome.signed_value
        rows.append(
            {
                "target": target.id,
                "measure_zh": target.measure.zh,
                "measure_en": target.measure.en,
                "base": None if row.base is None else row.base.id,
                "target_figure": target.figure if target.requirement is None else target.requirement.zh,
                "target_magnitude": None if target.value is None else target.value.magnitude,
                "target_unit": None if target.value is None else unit_symbol(target.value.units),
                "qualifier": target.qualifier.value,
                "aim": target.aim.value,
                "province": None if province is None else province.id,
                "province_figure": None if province is None else province.figure,
                "versus_province": None if row.versus_province is None else row.versus_province.value,
                "outcome": None if outcome is None else outcome.id,
                "outcome_document": None if outcome is None else outcome.document,
                "outcome_figure": None if outcome is None else outcome.figure,
                "outcome_magnitude": None if signed is None else signed.magnitude,
                "outcome_unit": None if signed is None else unit_symbol(signed.units),
                "outcome_reading": None if outcome is None or outcome.reading is None else outcome.reading.en,
                "verdict": row.verdict.value,
                "gap": None if gap is None else gap.magnitude,
                "gap_unit": None if gap is None else unit_symbol(gap.units),
                "rule": row.evaluation.rule,
            }
        )
    return rows


def scorecard_dataframe(report: Report) -> pandas.DataFrame:
    """The scorecard as a pandas DataFrame indexed by target id (needs the ``pandas`` extra)."""
    pd = _pandas("scorecard_dataframe")
    frame = pd.DataFrame.from_records(
        scorecard_records(report), columns=[name for name, _, _ in SCORECARD_FIELDS]
    )
    return frame.set_index("target")


_SECTION_FIELDS: Final = (
    ("id", "string", "The section's id"),
    ("section", "string", "The id of the enclosing section (empty for a part)"),
    ("part", "string", "The part of the report"),
    ("marker", "string", "The outline marker as written (一、, 一是, (一))"),
    ("title_zh", "string", "The heading in the report's Chinese"),
    ("title_en", "string", "The heading in English (ours)"),
    ("quote", "string", "The heading as quoted from the report"),
)
_PROJECT_FIELDS: Final = (
    ("id", "string", "The project's id"),
    ("kind", "string", "project (a project, platform, body or event), or brand (a brand name, 大同好粮)"),
    ("section", "string", "The id of the section that names it"),
    ("name_zh", "string", "The name as the report writes it"),
    ("name_en", "string", "A short English name (ours)"),
    ("places", "string", "Ids of the places involved, separated by ;"),
    ("organisations", "string", "Companies and bodies involved, as written, separated by ;"),
    ("due", "date", "Its deadline, where the report sets one"),
    ("quote", "string", "The verbatim quote that names it"),
)
_TERM_FIELDS: Final = (
    ("id", "string", "The term's id"),
    ("section", "string", "The id of the section it is quoted from"),
    ("term", "string", "The term as written"),
    ("english", "string", "Its English rendering"),
    ("english_source", "string", "The official source of the English, if any"),
    ("variants", "string", "Other spellings in the report, separated by ;"),
    ("members_zh", "string", "Its members as written, separated by ;"),
    ("parts", "string", "Ids of the terms it is made of, separated by ;"),
    ("glossary_number", "integer", "Its number in the report's 名词解释, if it has one"),
    ("quote", "string", "The verbatim quote that defines or first uses it"),
)


def _section_row(section: Section, report: Report) -> Row:
    return {
        "id": section.id,
        "section": section.section,
        "part": section.part.value,
        "marker": section.marker,
        "title_zh": section.title.zh,
        "title_en": section.title.en,
        "quote": section.quote,
    }


def _project_row(named: Project | Brand) -> Row:
    project = named if isinstance(named, Project) else None  # a brand has no partners and no deadline
    return {
        "id": named.id,
        "kind": named.kind,
        "section": named.section,
        "name_zh": named.name.zh,
        "name_en": named.name.en,
        "places": ";".join(named.places) or None,
        "organisations": None if project is None else ";".join(project.organisations) or None,
        "due": None if project is None or project.due is None else project.due.end.isoformat(),
        "quote": named.quote,
    }


def _term_row(term: Term) -> Row:
    return {
        "id": term.id,
        "section": term.section,
        "term": term.term,
        "english": term.english.en,
        "english_source": term.english.en_source,
        "variants": ";".join(term.variants) or None,
        "members_zh": ";".join(member.zh for member in term.members) or None,
        "parts": ";".join(term.parts) or None,
        "glossary_number": term.glossary_number,
        "quote": term.quote,
    }


def _resource(
    name: str,
    description: str,
    fields: Sequence[tuple[str, str, str]],
    keys: list[Any],
    primary_key: str = "id",
) -> dict[str, Any]:
    return {
        "name": name,
        "path": f"{name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": description,
        "schema": {
            "fields": [{"name": n, "type": t, "description": d} for n, t, d in fields],
            "missingValues": [""],
            "primaryKey": [primary_key],
            "foreignKeys": keys,
        },
    }


def _key(field: str, resource: str) -> dict[str, Any]:
    return {"fields": [field], "reference": {"resource": resource, "fields": ["id"]}}


def write_datapackage(report: Report, directory: Path) -> Path:
    """CSV tables (figures, sections, projects, terms, the scorecard) and their ``datapackage.json``;
    returns its path."""
    from . import __version__

    directory.mkdir(parents=True, exist_ok=True)
    tables: dict[str, tuple[list[Row], Sequence[tuple[str, str, str]]]] = {
        "figures": (to_records(report), FIGURE_FIELDS),
        "sections": ([_section_row(s, report) for s in report.sections], _SECTION_FIELDS),
        "projects": ([_project_row(p) for p in report.projects_and_brands], _PROJECT_FIELDS),
        "terms": ([_term_row(t) for t in report.terms], _TERM_FIELDS),
        "scorecard": (scorecard_records(report), SCORECARD_FIELDS),
    }
    for name, (rows, fields) in tables.items():
        (directory / f"{name}.csv").write_text(_csv_text(rows, [f for f, _, _ in fields]), encoding="utf-8")
    source = report.source
    descriptor = {
        "name": "datong2020",
        "title": "Datong 2020 Government Work Report: figures, targets, projects and terms",
        "description": (
            "Every figure of the Datong Municipal Government Work Report 2020 (大同市2020年政府工作报告, "
            f"delivered {source.delivered.isoformat()}), with the verbatim quote it was taken from. English "
            "labels are the encoders' unless a source is named. Made by the datong2020 Python library."
        ),
        "version": __version__,
        "licenses": [
            {
                "name": "MIT",
                "title": "MIT License (the encoding)",
                "path": "https://opensource.org/licenses/MIT",
            }
        ],
        "sources": [
            {
                "title": f"{document.title.zh} ({document.title.en}), {document.speaker.zh}, "
                f"{document.occasion.zh}",
                "version": f"sha256:{document.sha256}",
                **({"path": document.address} if document.address is not None else {}),
            }
            for document in report.documents
        ],
        "resources": [
            _resource(
                "figures",
                "One row per fact (what the report states) and target (what it commits to)",
                FIGURE_FIELDS,
                [_key("section", "sections"), _key("of", ""), _key("whole", ""), _key("base", "")],
            ),
            _resource("sections", "The report's outline", _SECTION_FIELDS, [_key("section", "")]),
            _resource(
                "projects",
                "Named projects, platforms and bodies, and brands",
                _PROJECT_FIELDS,
                [_key("section", "sections")],
            ),
            _resource(
                "terms", "Numbered slogans and coined terms", _TERM_FIELDS, [_key("section", "sections")]
            ),
            _resource(
                "scorecard",
                "Each 2020 main target, and every other target with an outcome: the province's target, the "
                "outcome a later report gives (datong_2021), the verdict and the gap (see docs/outcomes.md)",
                SCORECARD_FIELDS,
                [_key("target", "figures"), _key("base", "figures")],
                primary_key="target",
            ),
        ],
    }
    path = directory / "datapackage.json"
    path.write_text(json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
