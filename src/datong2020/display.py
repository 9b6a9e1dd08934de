"""How the library's objects show themselves: a short ``repr``, a text card for IPython and a HTML card
or table for Jupyter.

The model's ``__repr__``, ``_repr_pretty_`` and ``_repr_html_`` delegate here, importing this module
only when something is shown, so the model does not depend on formatting (and babel) at import time.

- :func:`short_repr`: one line, an id and its figure: ``<Fact gdp_2019: 1318.8亿元>``.
- :func:`pretty`: a few lines of text: a record's card, or a collection as a table.
- :func:`html`: a record as a small card (label in Chinese and English, value in the report's units,
  qualifier, deadline, the verbatim quote, its place in the outline), a collection as a table.

Every piece of text is escaped, and none of the three raises: an object that cannot be shown (a record
whose links lead nowhere, say) is shown by its type and the reason.
"""

from __future__ import annotations

import html as html_lib
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Final, Protocol, TypeGuard

from .compute import GrowthStep, project
from .formatting import (
    describe,
    format_date,
    format_figure,
    format_projection,
    format_quantity,
    render_table,
)
from .model import (
    Achievement,
    Brand,
    Direction,
    Fact,
    Outcome,
    Period,
    Project,
    ProvinceTarget,
    Quirk,
    Record,
    Report,
    Section,
    Shortcoming,
    Target,
    Term,
    TimeFrame,
)
from .records import Records
from .source import PRIMARY

if TYPE_CHECKING:
    from .evaluation import ScorecardRow
    from .terms import Glossary

__all__ = ["Printer", "html", "pretty", "short_repr"]


class Printer(Protocol):
    """The part of IPython's pretty printer that ``_repr_pretty_`` uses."""

    def text(self, text: str) -> None: ...


SHOWN_ROWS: Final = 40
"""Rows a text table shows before it says how many more there are (HTML tables show every row)."""
_LONGEST: Final = 48


def _clip(text: str, longest: int = _LONGEST) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= longest else flat[: longest - 1] + "…"


def _guarded(render: Callable[[object], str], obj: object, on_error: Callable[[str], str]) -> str:
    try:
        return render(obj)
    except Exception as error:  # a display that raises hides the object; say why instead
        reason = f"{type(obj).__name__} cannot be shown: {type(error).__name__}: {error}"
        return on_error(reason)


# Which report a record belongs to: the encoded one, if it holds this very record.


def _report_of(obj: object) -> Report | None:
    if isinstance(obj, Report):
        return obj
    from .report import REPORT

    if isinstance(obj, Record):
        return REPORT if REPORT.get(obj.id) == obj else None
    if isinstance(obj, GrowthStep):
        return REPORT if obj.target in REPORT else None
    return None


def _outline(record: Record, report: Report | None) -> str:
    if report is None:
        return ""
    return " › ".join(f"{section.marker}{section.title.zh}" for section in report.outline(record))


# One line -----------------------------------------------------------------------------------------------


def _label(record: Record) -> tuple[str, str]:
    """What a record is about, in Chinese and English."""
    if isinstance(record, Fact | Target | Outcome):
        return record.measure.zh, record.measure.en
    if isinstance(record, Project | Brand):
        return record.name.zh, record.name.en
    if isinstance(record, Achievement):
        return record.what.zh, record.what.en
    if isinstance(record, Shortcoming):
        return record.problem.zh, record.problem.en
    if isinstance(record, Term):
        return record.term, record.english.en
    if isinstance(record, Section):
        return f"{record.marker}{record.title.zh}", record.title.en
    if isinstance(record, Quirk):
        return record.description.zh, record.description.en
    return record.id, record.id


def _gist(record: Record) -> str:
    """The short thing a repr shows after the id: a figure, a name, a term."""
    if isinstance(record, Fact | Target | Outcome):
        return _clip(format_figure(record, "zh"), 32)  # a target without a figure shows its requirement
    return _clip(_label(record)[0], 32)


def _short(obj: object) -> str:
    if isinstance(obj, Record):
        return f"<{type(obj).__name__} {obj.id}: {_gist(obj)}>"
    if isinstance(obj, Report):
        counts = ", ".join(f"{count} {name if count != 1 else name[:-1]}" for name, count in _counts(obj))
        return f"<Report {obj.source.title.zh}: {counts}>"
    if isinstance(obj, Records):
        shown = ", ".join(_short(item) for item in obj[:3])
        more = f", … {len(obj) - 3} more" if len(obj) > 3 else ""
        return f"Records({shown}{more})"
    if isinstance(obj, GrowthStep):
        step = "" if obj.step is None else f" {format_quantity(obj.step, 'zh')}"
        return f"<GrowthStep {obj.target}:{step}>"
    if isinstance(obj, Period):
        return f"<Period {obj.label}>"
    if isinstance(obj, TimeFrame):
        return f"<TimeFrame {obj.wording}: by {obj.end.isoformat()}>"
    if _is_glossary(obj):
        first = ", ".join(term.term for term in obj.report.terms[:4])
        return f"<Glossary of {len(obj.report.terms)} terms: {first}, …>"
    return repr(obj)


def short_repr(obj: object) -> str:
    """One line: ``<Fact gdp_2019: 1318.8亿元>``, ``<Report 大同市2020年政府工作报告: 73 sections, …>``."""
    return _guarded(_short, obj, lambda reason: f"<{reason}>")


def _is_glossary(obj: object) -> TypeGuard[Glossary]:
    from .terms import Glossary

    return isinstance(obj, Glossary)


def _counts(report: Report) -> list[tuple[str, int]]:
    return [
        ("sections", len(report.sections)),
        ("facts", len(report.facts)),
        ("targets", len(report.targets)),
        ("projects", len(report.projects)),
        ("terms", len(report.terms)),
        ("quirks", len(report.quirks)),
        ("brands", len(report.brands)),
        ("achievements", len(report.achievements)),
        ("shortcomings", len(report.shortcomings)),
        ("province_targets", len(report.province_targets)),
        ("outcomes", len(report.outcomes)),
    ]


# A record's card: the same rows in text and in HTML ----------------------------------------------------


def _rows(record: Record, report: Report | None) -> list[tuple[str, str]]:
    zh, en = _label(record)
    rows = [("label", zh), ("English", en)]
    if record.document != PRIMARY:
        rows.append(("document", record.document))
    if isinstance(record, Fact | Target | Outcome):
        rows += [("value", format_figure(record, "zh")), ("value (en)", format_figure(record, "en"))]
        rows.append(("period", record.period.label))
        if record.qualifier.value != "plain":
            rows.append(("qualifier", record.qualifier.value))
    if isinstance(record, Fact):
        if record.direction is not None:
            rows.append(("direction", record.direction.value))
        if report is not None:
            rows.append(("in a line", describe(record, "en", report=report)))
    if isinstance(record, Target):
        if record.commitment.value != "plain":
            rows.append(("commitment", f"{record.commitment.value} {record.commitment.zh}"))
        if record.base is not None:
            rows.append(("base", record.base))
        projection = None if report is None else project(record, report)
        if projection is not None:
            rows.append(("projected", f"{format_projection(projection, 'zh')} ({projection.bound.value})"))
    if isinstance(record, Target) and record.aim is Direction.DECREASE:
        rows.append(("aim", "a ceiling: lower is better"))
    if isinstance(record, ProvinceTarget) and record.counterparts:
        rows.append(("Datong's", ", ".join(record.counterparts)))
    if isinstance(record, Outcome):
        if record.direction is not None:
            rows.append(("direction", record.direction.value))
        rows.append(("outcome of", ", ".join(record.outcome_of)))
        if record.reading is not None:
            rows.append(("reading", record.reading.en))
    if isinstance(record, Target | Project) and record.due is not None:
        rows.append(("due", f"{record.due.wording} ({format_date(record.due.end, 'en')})"))
    if isinstance(record, Term):
        if record.members:
            rows.append(("members", "、".join(member.zh for member in record.members)))
        if record.parts:
            rows.append(("parts", ", ".join(record.parts)))
        if record.glossary_number is not None:
            rows.append(("名词解释", str(record.glossary_number)))
    if isinstance(record, Fact | Target | Project) and record.places:
        rows.append(("places", ", ".join(record.places)))
    if isinstance(record, Quirk) and record.also:
        rows.append(("also", " / ".join(record.also)))
    note = getattr(record, "note", None)
    if note is not None:
        rows.append(("note", note.en))
    outline = _outline(record, report)
    if outline:
        rows.append(("outline", outline))
    return rows


# Collections: one row per item -------------------------------------------------------------------------

_RECORD_COLUMNS: Final = ("id", "label", "value", "quote", "section")
_SCORE_COLUMNS: Final = ("indicator", "2020 target", "Shanxi", "vs Shanxi", "outcome", "verdict", "gap")
_STEP_COLUMNS: Final = ("indicator", "2019 growth", "rank", "2020 target", "step")


def _record_row(record: Record, report: Report | None) -> tuple[str, ...]:
    zh, en = _label(record)
    if isinstance(record, Fact | Target | Outcome):
        value = format_figure(record, "zh")
    elif isinstance(record, Term):
        value = "、".join(member.zh for member in record.members)
    elif isinstance(record, Project) and record.due is not None:
        value = record.due.wording
    else:
        value = ""
    section = ""
    if report is not None and record.section is not None:
        heading = report.lookup(record.section, Section)
        section = f"{heading.marker}{heading.title.zh}"
    return (record.id, f"{zh}\n{en}", value, record.quote, section)


def _step_row(step: GrowthStep, report: Report | None) -> tuple[str, ...]:
    if report is None:
        return (step.target, "", "", "", "" if step.step is None else format_quantity(step.step, "zh"))
    target = report.lookup(step.target, Target)
    growth = None if step.growth is None else report.lookup(step.growth, Fact)
    rank = None if step.rank is None else report.lookup(step.rank, Fact)
    return (
        f"{target.measure.zh}\n{target.measure.en}",
        "" if growth is None else format_figure(growth, "zh"),
        "" if rank is None else format_figure(rank, "zh"),
        format_figure(target, "zh"),
        "" if step.step is None else format_quantity(step.step, "zh"),
    )


def _score_row(row: ScorecardRow) -> tuple[str, ...]:
    outcome = row.outcome
    return (
        f"{row.target.measure.zh}\n{row.target.measure.en}",
        format_figure(row.target, "zh"),
        "" if row.province is None else format_figure(row.province, "zh"),
        "" if row.versus_province is None else row.versus_province.value,
        "" if outcome is None else f"{format_figure(outcome, 'zh')} ({outcome.document})",
        row.verdict.value,
        "" if row.gap is None else format_quantity(row.gap, "zh"),
    )


def _table(items: Sequence[object]) -> tuple[tuple[str, ...], list[tuple[str, ...]]]:
    from .evaluation import ScorecardRow

    if items and all(isinstance(item, ScorecardRow) for item in items):
        return _SCORE_COLUMNS, [_score_row(item) for item in items if isinstance(item, ScorecardRow)]
    if items and all(isinstance(item, GrowthStep) for item in items):
        steps = [item for item in items if isinstance(item, GrowthStep)]
        report = _report_of(steps[0])
        return _STEP_COLUMNS, [_step_row(step, report) for step in steps]
    rows = []
    for item in items:
        if isinstance(item, Record):
            rows.append(_record_row(item, _report_of(item)))
        else:
            rows.append((type(item).__name__, short_repr(item), "", "", ""))
    return _RECORD_COLUMNS, rows


def _kinds(items: Iterable[object]) -> str:
    names = sorted({getattr(item, "kind", type(item).__name__) for item in items})
    return ", ".join(names) if names else "nothing"


# Text for IPython --------------------------------------------------------------------------------------


def _pretty(obj: object) -> str:
    if isinstance(obj, Record):
        report = _report_of(obj)
        lines = [f"{type(obj).__name__} {obj.id}"]
        lines += [f"  {name}: {value}" for name, value in _rows(obj, report)]
        lines.append(f"  “{obj.quote}”")
        return "\n".join(lines)
    if isinstance(obj, Report):
        lines = [f"{obj.source.title.zh} / {obj.source.title.en}", f"  delivered {obj.source.delivered}"]
        lines += [f"  REPORT.{name}: {count}" for name, count in _counts(obj)]
        return "\n".join(lines)
    if _is_glossary(obj):
        return _pretty(Records(obj))
    if isinstance(obj, Records):
        headers, rows = _table(obj)
        # Records show id, label and value: the quote and section would not fit a line.
        width = 3 if headers == _RECORD_COLUMNS else len(headers)
        shown = [
            tuple(_clip(cell.replace("\n", " / "), 40) for cell in row[:width]) for row in rows[:SHOWN_ROWS]
        ]
        lines = [f"{len(obj)} records ({_kinds(obj)})"]
        if shown:
            lines.append(render_table(headers[:width], shown))
        if len(rows) > SHOWN_ROWS:
            lines.append(f"… and {len(rows) - SHOWN_ROWS} more")
        return "\n".join(lines)
    return short_repr(obj)


def pretty(obj: object) -> str:
    """A few lines of text for IPython's display: a record's card, a collection's first rows."""
    return _guarded(_pretty, obj, lambda reason: reason)


# HTML for Jupyter --------------------------------------------------------------------------------------

_CELL: Final = 'style="text-align:left;vertical-align:top;padding:2px 8px"'
_QUOTE: Final = 'style="margin:4px 0;padding-left:8px;border-left:3px solid #c33"'


def _escape(text: str) -> str:
    return html_lib.escape(text, quote=True).replace("\n", "<br>")


def _html_card(record: Record) -> str:
    report = _report_of(record)
    rows = "".join(
        f"<tr><th {_CELL}>{_escape(name)}</th><td {_CELL}>{_escape(value)}</td></tr>"
        for name, value in _rows(record, report)
    )
    return (
        f'<div class="datong2020-card">'
        f"<strong>{_escape(type(record).__name__)}</strong> <code>{_escape(record.id)}</code>"
        f"<table>{rows}</table>"
        f'<blockquote class="datong2020-quote" {_QUOTE}>{_escape(record.quote)}</blockquote>'
        f"</div>"
    )


def _html_table(items: Sequence[object], caption: str) -> str:
    headers, rows = _table(items)
    head = "".join(f"<th {_CELL}>{_escape(name)}</th>" for name in headers)
    body = "".join(
        "<tr>" + "".join(f"<td {_CELL}>{_escape(cell)}</td>" for cell in row) + "</tr>" for row in rows
    )
    return (
        f'<div class="datong2020-table" style="max-height:36em;overflow:auto">'
        f"<table><caption>{_escape(caption)}</caption><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table></div>"
    )


def _html_report(report: Report) -> str:
    source = report.source
    rows = "".join(
        f"<tr><td {_CELL}><code>REPORT.{_escape(name)}</code></td><td {_CELL}>{count}</td></tr>"
        for name, count in _counts(report)
    )
    return (
        f'<div class="datong2020-card"><strong>{_escape(source.title.zh)}</strong><br>'
        f"{_escape(source.title.en)}<br>{_escape(source.speaker.zh)} · "
        f"{_escape(format_date(source.delivered, 'zh'))} · {_escape(source.occasion.zh)}"
        f"<table><thead><tr><th {_CELL}>collection</th><th {_CELL}>objects</th></tr></thead>"
        f"<tbody>{rows}</tbody></table>"
        f"<small>sha256 {_escape(source.sha256[:12])}…; every object quotes this text verbatim</small></div>"
    )


def _html(obj: object) -> str:
    if isinstance(obj, Record):
        return _html_card(obj)
    if isinstance(obj, Report):
        return _html_report(obj)
    if _is_glossary(obj):
        return _html_table(tuple(obj), f"Glossary: {len(obj)} terms")
    if isinstance(obj, Records):
        return _html_table(obj, f"{len(obj)} records ({_kinds(obj)})")
    return f"<pre>{_escape(short_repr(obj))}</pre>"


def html(obj: object) -> str:
    """HTML for Jupyter: a record's card, a collection's table, the report's summary."""
    return _guarded(_html, obj, lambda reason: f'<pre class="datong2020-error">{_escape(reason)}</pre>')
