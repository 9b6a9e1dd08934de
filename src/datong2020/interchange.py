"""The JSON export contract, built on one cattrs converter.

Conventions other tools rely on:

- the document is ``{"format", "source", "objects"}``; ``source`` carries the text's sha256;
- each object has ``id``, ``kind``, ``quote`` and ``span`` ([start, end] in the shipped text) first;
- every quantity is ``{"magnitude": <number>, "unit": "<string datong2020.ureg parses>"}``;
- a target carries its ``qualifier``, its ``base`` id, and ``projected`` where a projection exists;
- dates are ISO 8601 strings, enums their lower-case values, absent values ``null``;
- the output is deterministic: objects in the report's order, keys in field order.
"""

from __future__ import annotations

import datetime
import json
import typing
from typing import Any, Final

import cattrs
import pint

from .compute import Projection, project
from .model import AnyRecord, Fact, Report, Target
from .source import Source
from .units import Quantity, parse_unit, unit_symbol, ureg

__all__ = ["FORMAT", "converter", "dump_json", "to_document"]

FORMAT: Final = "datong2020/1"
"""The export format's name and major version; it changes only when a convention above changes."""


def _unstructure_quantity(quantity: Quantity) -> dict[str, Any]:
    return {"magnitude": quantity.magnitude, "unit": unit_symbol(quantity.units)}


def _structure_quantity(data: Any, _: type) -> Quantity:
    if not isinstance(data, dict) or set(data) != {"magnitude", "unit"}:
        raise ValueError('a quantity is an object with exactly the keys "magnitude" and "unit"')
    magnitude = data["magnitude"]
    if isinstance(magnitude, bool) or not isinstance(magnitude, int | float):
        raise ValueError(f"a quantity's magnitude must be a number, not {magnitude!r}")
    if not isinstance(data["unit"], str):
        raise ValueError(f"a quantity's unit must be a string, not {data['unit']!r}")
    return ureg.Quantity(magnitude, parse_unit(data["unit"]))


def _is_quantity_type(annotation: Any) -> bool:
    """Both ``pint.Quantity`` and the annotation ``pint.Quantity[Any]`` the model uses."""
    origin = typing.get_origin(annotation) or annotation
    return isinstance(origin, type) and issubclass(origin, pint.Quantity)


def _make_converter() -> cattrs.Converter:
    made = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    made.register_unstructure_hook_func(_is_quantity_type, _unstructure_quantity)
    made.register_structure_hook_func(_is_quantity_type, _structure_quantity)
    made.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    made.register_structure_hook(datetime.date, lambda value, _: datetime.date.fromisoformat(value))
    return made


converter: Final = _make_converter()
"""Un/structures every model type: quantities as {magnitude, unit}, dates as ISO strings."""


def _object(record: AnyRecord, report: Report) -> dict[str, Any]:
    span = report.span(record)
    fields: dict[str, Any] = converter.unstructure(record)
    head = {
        "id": fields.pop("id"),
        "kind": record.kind,
        "quote": fields.pop("quote"),
        "span": [span.start, span.end],
    }
    extra: dict[str, Any] = {}
    if isinstance(record, Fact | Target) and record.figure is not None:
        figure_span = report.figure_span(record)
        assert figure_span is not None  # a record with a figure has a figure span
        extra["figure_span"] = [figure_span.start, figure_span.end]
    if isinstance(record, Target):
        projection = project(record, report)
        extra["projected"] = None if projection is None else _projection(projection)
    return head | fields | extra


def _projection(projection: Projection) -> dict[str, Any]:
    fields: dict[str, Any] = converter.unstructure(projection)
    del fields["target"]
    return fields


def _source(source: Source) -> dict[str, Any]:
    fields: dict[str, Any] = converter.unstructure(source)
    del fields["text"]
    return fields | {"characters": len(source.text), "report_end": source.report_end}


def to_document(report: Report) -> dict[str, Any]:
    """The whole report as a JSON-ready document."""
    return {
        "format": FORMAT,
        "source": _source(report.source),
        "objects": [_object(record, report) for record in report.records],
    }


def dump_json(report: Report, *, indent: int | None = 2) -> str:
    """The report as JSON text, the same bytes on every run."""
    return json.dumps(to_document(report), ensure_ascii=False, indent=indent) + "\n"
