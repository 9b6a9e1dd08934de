"""The JSON export contract and its strict loader, built on one cattrs converter.

Conventions other tools rely on:

- the document is ``{"format", "source", "objects"}``; ``source`` carries the text's sha256;
- each object has ``id``, ``kind``, ``quote`` and ``span`` ([start, end] in the shipped text) first;
  an object quoting a context document has ``document`` (its id) after ``kind``, and its ``span`` is
  in that document; an object without ``document`` quotes the Datong 2020 report;
- every quantity is ``{"magnitude": <number>, "unit": "<string datong2020.ureg parses>"}``;
- a target carries its ``qualifier``, its ``base`` id, and ``projected`` where a projection exists;
- dates are ISO 8601 strings, enums their lower-case values, absent values ``null``;
- the output is deterministic: objects in the report's order, keys in field order.

:func:`load_json` reads such a document back into a :class:`~datong2020.model.Report` equal to the one
written, or raises :class:`~datong2020.errors.DataError` naming the JSON path of the first bad field.
Derived keys (``span``, ``figure_span``, ``projected``) are recomputed and must agree; quotes must be
found in the shipped text; nothing is returned until the whole document has been checked.
"""

from __future__ import annotations

import datetime
import enum
import functools
import json
import math
import operator
import os
import types
import typing
from typing import Any, Final, NoReturn, TypeAlias

import attrs
import cattrs
import pint
from cattrs import BaseConverter
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.dispatch import StructureHook, UnstructureHook
from cattrs.fns import identity
from cattrs.strategies import configure_tagged_union
from cattrs.v import format_exception

from .compute import Projection, project
from .errors import DataError, Datong2020Error, DuplicateIdError, LinkError, preview
from .model import (
    Achievement,
    AnyRecord,
    Brand,
    Fact,
    Outcome,
    Period,
    Project,
    ProvinceTarget,
    Quirk,
    Report,
    Section,
    Shortcoming,
    Target,
    Term,
    index_by_id,
)
from .source import DOCUMENT_IDS, PRIMARY, SOURCE, Source, Span, document, quoting
from .text import Text
from .units import Quantity, parse_unit, quantity_json, ureg

__all__ = ["FORMAT", "JSON", "converter", "dump_json", "json_schema", "load_json", "to_document"]

FORMAT: Final = "datong2020/1"
"""The export format's name and major version; it changes only when a convention above changes."""

_KINDS: Final = {
    kind.kind: kind
    for kind in (
        Section,
        Fact,
        Target,
        Project,
        Brand,
        Term,
        Quirk,
        Achievement,
        Shortcoming,
        ProvinceTarget,
        Outcome,
    )
}
_DERIVED: Final = ("span", "figure_span", "projected")


def _structure_quantity(data: Any, _: type) -> Quantity:
    if not isinstance(data, dict) or set(data) != {"magnitude", "unit"}:
        raise ValueError('a quantity is an object with exactly the keys "magnitude" and "unit"')
    magnitude = data["magnitude"]
    if isinstance(magnitude, bool) or not isinstance(magnitude, int | float):
        raise ValueError(f"a quantity's magnitude must be a number, not {preview(repr(magnitude))}")
    if not isinstance(data["unit"], str):
        raise ValueError(f"a quantity's unit must be a string, not {preview(repr(data['unit']))}")
    # repr tells 1 from 1.0 and 0.0 from -0.0, which compare (and hash) equal.
    return _quantity(repr(magnitude), magnitude, data["unit"])


@functools.lru_cache(maxsize=1024)
def _quantity(_: str, magnitude: int | float, unit: str) -> Quantity:
    """A quantity read from a document, cached (at most 1024): the report's figures repeat units and
    numbers, and a quantity is immutable, so records may share one as they share parsed figures."""
    return ureg.Quantity(magnitude, parse_unit(unit))


def _is_quantity_type(annotation: Any) -> bool:
    """Both ``pint.Quantity`` and the annotation ``pint.Quantity[Any]`` the model uses."""
    origin = typing.get_origin(annotation) or annotation
    return isinstance(origin, type) and issubclass(origin, pint.Quantity)


def _strict(kind: type[Any], *, accept: tuple[type[Any], ...] = ()) -> Any:
    # cattrs would coerce "false" to True and 1 to "1"; a document that says otherwise is malformed.
    exact = (kind, *accept)

    def structure(value: Any, _: type) -> Any:
        if type(value) in exact:  # what the JSON parser makes: the common case, decided at once
            return value
        if isinstance(value, bool) and kind is not bool:
            raise ValueError(f"expected {kind.__name__}, got a boolean")
        if not isinstance(value, (kind, *accept)):
            raise ValueError(f"expected {kind.__name__}, got {type(value).__name__} {preview(repr(value))}")
        return value

    return structure


def _structure_date(value: Any, _: type) -> datetime.date:
    if not isinstance(value, str) or len(value) != len("2020-04-22"):
        raise ValueError(f"expected an ISO 8601 date string (YYYY-MM-DD), got {preview(repr(value))}")
    return datetime.date.fromisoformat(value)


def _structure_enum(value: Any, kind: type[enum.Enum]) -> enum.Enum:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(repr(member.value) for member in kind)
        raise ValueError(f"{preview(repr(value))} is not one of {allowed}") from None


def _enum_by_value(kind: type[enum.Enum], _: BaseConverter) -> StructureHook:
    # A member looked up by its value in a table made once; anything else is worded by _structure_enum.
    members = {member.value: member for member in kind}

    def structure(value: Any, _: type) -> Any:
        member = members.get(value) if type(value) is str else None
        return _structure_enum(value, kind) if member is None else member

    return structure


def _is_enum(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, enum.Enum)


# Fast paths for the two value classes a document holds thousands of. Each takes only the exact shape
# the exporter writes (the keys, exact types) and returns None for anything else, which then goes
# through cattrs' own hook: that hook, not the fast path, words every refusal, and a value that the
# class itself refuses is built again by it to be refused in the same words.
_TEXT_KEYS: Final = frozenset(("zh", "en", "en_source"))
_PERIOD_KEYS: Final = frozenset(("start", "end", "cumulative"))


def _text_as_written(value: Any) -> Text | None:
    if type(value) is not dict or value.keys() != _TEXT_KEYS:
        return None
    zh, en, en_source = value["zh"], value["en"], value["en_source"]
    if type(zh) is not str or type(en) is not str or not (en_source is None or type(en_source) is str):
        return None
    try:
        return Text(zh=zh, en=en, en_source=en_source)
    except ValueError:
        return None


def _period_as_written(value: Any) -> Period | None:
    if type(value) is not dict or value.keys() != _PERIOD_KEYS:
        return None
    start, end, cumulative = value["start"], value["end"], value["cumulative"]
    if not (start is None or type(start) is str) or type(end) is not str or type(cumulative) is not bool:
        return None
    try:
        return _period(start, end, cumulative)
    except ValueError:
        return None


@functools.lru_cache(maxsize=256)
def _period(start: str | None, end: str, cumulative: bool) -> Period:
    """A period read from a document, cached (at most 256): most are a calendar year, and a period is
    immutable, so records may share one as they share quantities."""
    return Period(
        start=None if start is None else _structure_date(start, datetime.date),
        end=_structure_date(end, datetime.date),
        cumulative=cumulative,
    )


def _with_fast_path(kind: type[Any], fast: typing.Callable[[Any], Any], made: BaseConverter) -> None:
    slow = made.get_structure_hook(kind)

    def structure(value: Any, _: type) -> Any:
        built = fast(value)
        return slow(value, kind) if built is None else built

    made.register_structure_hook(kind, structure)


def _kind_of(record_type: type[Any]) -> str:
    return str(record_type.kind)


def _describe(error: BaseException, expected: type[Any] | None) -> str:
    """cattrs' wording, plus the exception's own message where cattrs would say only "invalid value"."""
    described = format_exception(error, expected)
    if described.startswith(("invalid value", "unknown error")) and str(error):
        what = "an object" if isinstance(error, AttributeError) else str(error)
        return (
            f"invalid value: expected {what}"
            if isinstance(error, AttributeError)
            else f"invalid value: {what}"
        )
    return described


def _is_tuple(annotation: Any) -> bool:
    return typing.get_origin(annotation) is tuple


def _arrays_only(kind: Any, made: BaseConverter) -> StructureHook:
    # cattrs would read any iterable as a tuple: an object {} as (), a string "ab" as ("a", "b").
    structure_items = homogenous_tuple_structure_factory(kind, made)

    def structure(value: Any, _: type) -> Any:
        if not isinstance(value, list):
            raise ValueError(f"expected an array, got {type(value).__name__} {preview(repr(value))}")
        return structure_items(value, kind) if value else ()  # most of the model's tuples are empty

    return structure


def _is_optional(annotation: Any) -> bool:
    arguments = typing.get_args(annotation)
    return (
        typing.get_origin(annotation) in (typing.Union, types.UnionType)
        and len(arguments) == 2
        and type(None) in arguments
    )


def _optional(annotation: Any, made: BaseConverter) -> StructureHook:
    # What cattrs does for ``X | None``, with X's hook looked up once here rather than on every value.
    inner = next(argument for argument in typing.get_args(annotation) if argument is not type(None))
    structure_inner = made.get_structure_hook(inner)
    # A str, int or bool of exactly its type is taken as it is by its own hook (_strict): here at once.
    exact = inner if inner in (str, int, bool) else None

    def structure(value: Any, _: type) -> Any:
        if value is None or type(value) is exact:
            return value
        return structure_inner(value, inner)

    return structure


def _unstructure_optional(annotation: Any, made: BaseConverter) -> UnstructureHook:
    # Where X is written as it is (a string, an int), so is ``X | None``: cattrs then reads the field
    # inline instead of calling a hook that calls the identity.
    inner = next(argument for argument in typing.get_args(annotation) if argument is not type(None))
    unstructure_inner = made.get_unstructure_hook(inner)
    if unstructure_inner is identity:
        return identity

    def unstructure(value: Any) -> Any:
        return None if value is None else unstructure_inner(value)

    return unstructure


def _make_converter(*, fast_paths: bool = True) -> cattrs.Converter:
    """The converter; ``fast_paths=False`` leaves out the fast paths for Text and Period, so that a test
    can hold the two to each other."""
    made = cattrs.Converter(forbid_extra_keys=True, detailed_validation=True)
    made.register_unstructure_hook_func(_is_quantity_type, quantity_json)
    made.register_structure_hook_func(_is_quantity_type, _structure_quantity)
    made.register_structure_hook_factory(_is_tuple, _arrays_only)
    made.register_structure_hook_factory(_is_optional, _optional)
    made.register_unstructure_hook_factory(_is_optional, _unstructure_optional)
    made.register_unstructure_hook(datetime.date, datetime.date.isoformat)
    made.register_structure_hook(datetime.date, _structure_date)
    made.register_structure_hook(str, _strict(str))
    made.register_structure_hook(int, _strict(int))
    made.register_structure_hook(float, lambda value, _: float(_strict(float, accept=(int,))(value, float)))
    made.register_structure_hook(bool, _strict(bool))
    made.register_structure_hook_factory(_is_enum, _enum_by_value)
    made.register_unstructure_hook_func(_is_enum, operator.attrgetter("_value_"))
    if fast_paths:
        _with_fast_path(Text, _text_as_written, made)
        _with_fast_path(Period, _period_as_written, made)
    configure_tagged_union(AnyRecord, made, tag_generator=_kind_of, tag_name="kind")
    return made


converter: Final = _make_converter()
"""Un/structures every model type: quantities as {magnitude, unit}, dates as ISO strings, records
tagged with their ``kind``."""
_STRUCTURE: Final = {kind: converter.get_structure_hook(record_type) for kind, record_type in _KINDS.items()}
_UNSTRUCTURE: Final = {kind: converter.get_unstructure_hook(kind) for kind in _KINDS.values()}


def _object(record: AnyRecord, report: Report) -> dict[str, Any]:
    span = report.span(record)
    # Its class's hook directly, and the kind from the class, as the tagged union would write them.
    fields: dict[str, Any] = _UNSTRUCTURE[type(record)](record)
    exported = {"id": fields.pop("id"), "kind": record.kind}
    if fields.pop("document") != PRIMARY:
        exported["document"] = record.document
    exported["quote"] = fields.pop("quote")
    exported["span"] = [span.start, span.end]
    exported.update(fields)  # one dict, in the order the format writes: head, fields, derived keys
    figure_span = _figure_span(record, report)
    if figure_span is not None:
        exported["figure_span"] = [figure_span.start, figure_span.end]
    if isinstance(record, Target):
        exported["projected"] = _projection(project(record, report))
    return exported


def _figure_span(record: AnyRecord, report: Report) -> Span | None:
    """Where the record's figure stands, for a record with one: the export's ``figure_span``."""
    return report.figure_span(record) if isinstance(record, Fact | Target | Outcome) else None


def _projection(projection: Projection | None) -> dict[str, Any] | None:
    if projection is None:
        return None
    fields: dict[str, Any] = converter.unstructure(projection)
    del fields["target"]
    return fields


# What a header leaves out of a Source: the text itself, and what the other kind of header has. The
# report's header keeps the shape it had before context documents (records name theirs by id).
_SOURCE_OMITS: Final = ("text", "id", "front_matter", "address")
_CONTEXT_OMITS: Final = ("text", "front_matter", "republisher_notice")


def _header(source: Source, omits: tuple[str, ...]) -> dict[str, Any]:
    fields: dict[str, Any] = converter.unstructure(source)
    for key in omits:
        del fields[key]
    return fields | {"characters": len(source.text)}


def _source(source: Source) -> dict[str, Any]:
    return _header(source, _SOURCE_OMITS) | {"report_end": source.report_end}


def _context_header(source: Source) -> dict[str, Any]:
    return _header(source, _CONTEXT_OMITS)


def _documents(report: Report) -> list[dict[str, Any]]:
    """The context documents the report's records quote, by id: what their spans are positions in."""
    return [_context_header(source) for source in report.documents[1:]]


JSON: TypeAlias = dict[str, "JSON"] | list["JSON"] | str | int | float | bool | None
"""A JSON value, as :func:`json.loads` returns one."""


def to_document(report: Report) -> dict[str, JSON]:
    """The whole report as a JSON-ready document."""
    exported: dict[str, JSON] = {"format": FORMAT, "source": _source(report.source)}
    documents: list[JSON] = list(_documents(report))
    if documents:
        exported["documents"] = documents
    exported["objects"] = [_object(record, report) for record in report.records]
    return exported


def dump_json(report: Report, *, indent: int | None = None) -> str:
    """The report as JSON text, the same bytes on every run.

    By default each object of ``objects`` stands on a line of its own, compact, so that a changed
    record is a changed line in a diff; ``indent=2`` (any int) puts every key on a line of its own, as
    ``json.dumps`` does, at several times the cost (Python's encoder indents in Python, not in C).
    """
    if indent is not None:
        return json.dumps(to_document(report), ensure_ascii=False, indent=indent) + "\n"
    encode = json.JSONEncoder(ensure_ascii=False).encode
    objects = ",\n".join(encode(_object(record, report)) for record in report.records)
    documents = _documents(report)
    listed = f'"documents": {encode(documents)},\n' if documents else ""
    return (
        f'{{"format": {encode(FORMAT)},\n"source": {encode(_source(report.source))},\n{listed}'
        f'"objects": [\n{objects}\n]}}\n'
    )


# Loading --------------------------------------------------------------------------------------------

MAX_DOCUMENT_SIZE: Final = 16 * 2**20
"""The largest document :func:`load_json` reads, in characters of text or bytes of a file (the whole
report's export is about 0.5 MB; a report ten times larger fits)."""
MAX_NUMBER_LENGTH: Final = 32
"""The most characters of one JSON number: longer integers are refused before Python converts them."""


class _RefusedError(Exception):
    """Raised inside the JSON parser's hooks, which cannot know the path; turned into a DataError."""


def _object_without_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    document = dict(pairs)
    if len(document) != len(pairs):
        seen: set[str] = set()
        duplicate = next(key for key, _ in pairs if key in seen or seen.add(key))  # type: ignore[func-returns-value]
        raise _RefusedError(f"duplicate key {preview(duplicate)} in one object")
    return document


def _integer(text: str) -> int:
    if len(text) > MAX_NUMBER_LENGTH:
        raise _RefusedError(f"a number of {len(text)} characters (at most {MAX_NUMBER_LENGTH})")
    return int(text)


def _float(text: str) -> float:
    if len(text) > MAX_NUMBER_LENGTH:
        raise _RefusedError(f"a number of {len(text)} characters (at most {MAX_NUMBER_LENGTH})")
    number = float(text)
    if not math.isfinite(number):
        raise _RefusedError(f"the number {text} is out of range")
    return number


def _constant(text: str) -> NoReturn:
    raise _RefusedError(f"{text} is not a number JSON allows")


def _text_of(document: object) -> str:
    if isinstance(document, os.PathLike):
        try:
            with open(document, "rb") as file:
                document = file.read(MAX_DOCUMENT_SIZE + 1)
        except (OSError, ValueError) as error:
            raise DataError(f"cannot read the document: {error}") from None
    if isinstance(document, bytes | bytearray):
        if len(document) > MAX_DOCUMENT_SIZE:
            raise DataError(f"the document is larger than {MAX_DOCUMENT_SIZE} bytes @ $")
        try:
            return bytes(document).decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise DataError(f"the document is not UTF-8 (byte {error.start}) @ $") from None
    if not isinstance(document, str):
        raise DataError(
            f"load_json reads a str of JSON, bytes, or a path (os.PathLike), not {type(document).__name__}"
        )
    if len(document) > MAX_DOCUMENT_SIZE:
        raise DataError(f"the document is longer than {MAX_DOCUMENT_SIZE} characters @ $")
    return document.removeprefix("\ufeff")  # a byte order mark is allowed (RFC 8259, section 8.1)


def _read(document: object) -> Any:
    text = _text_of(document)
    try:
        return json.loads(
            text,
            object_pairs_hook=_object_without_duplicate_keys,
            parse_int=_integer,
            parse_float=_float,
            parse_constant=_constant,
        )
    except _RefusedError as error:
        raise DataError(f"{error} @ $") from None
    except json.JSONDecodeError as error:
        hint = "; to read a file, pass a pathlib.Path" if not text.lstrip().startswith(("{", "[")) else ""
        raise DataError(
            f"not JSON at line {error.lineno}, column {error.colno}: {error.msg}{hint} @ $"
        ) from None
    except RecursionError:
        raise DataError("the document nests too deeply @ $") from None


def _key(key: str) -> str:
    """A key as a step of a JSON path: ``.title``, or ``["odd key"]`` where it is not a plain word."""
    return f".{key}" if key.isidentifier() and len(key) <= 40 else f"[{preview(json.dumps(key))}]"


def _fail(path: str, message: str) -> NoReturn:
    raise DataError(f"{message} @ {path}")


def _expect(data: Any, kind: type[Any], path: str) -> None:
    if not isinstance(data, kind):
        _fail(path, f"expected {'an object' if kind is dict else 'an array'}, got {type(data).__name__}")


def _check_source(data: Any, source: Source) -> None:
    _expect(data, dict, "$.source")
    expected = _source(source)
    for key in data:
        if key not in expected:
            _fail(f"$.source{_key(key)}", "unknown key")
    if data.get("sha256") != source.sha256:
        _fail(
            "$.source.sha256", f"the document was made from another text: {preview(str(data.get('sha256')))}"
        )
    for key, value in expected.items():
        if data.get(key) != value or type(data.get(key)) is not type(value):
            _fail(f"$.source.{key}", f"expected {preview(json.dumps(value, ensure_ascii=False))}")


def _record(data: Any, path: str) -> AnyRecord:
    _expect(data, dict, path)
    kind = data.get("kind")
    if not isinstance(kind, str) or kind not in _KINDS:
        _fail(
            f"{path}.kind", f"unknown kind {preview(str(kind))}; expected one of {', '.join(sorted(_KINDS))}"
        )
    fields = dict(data)  # a copy: the derived keys are compared with the record afterwards
    for key in (*_DERIVED, "kind"):
        fields.pop(key, None)
    try:
        # The kind is known to be one of _KINDS: its class's hook directly, as the tagged union would.
        record: AnyRecord = _STRUCTURE[kind](fields, _KINDS[kind])
    except cattrs.BaseValidationError as error:
        refused, _ = error.split(lambda leaf: isinstance(leaf, Datong2020Error) and leaf.field is not None)
        leaf = _first_leaf(refused) if refused is not None else None
        if isinstance(leaf, Datong2020Error) and leaf.field is not None:
            _fail(f"{path}.{leaf.field}", str(leaf))
        raise DataError(
            "; ".join(cattrs.transform_error(error, path=path, format_exception=_describe))
        ) from None
    except (Datong2020Error, ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
        raise DataError(f"{error} @ {path}") from None
    return record


def _first_leaf(group: BaseException) -> BaseException:
    while isinstance(group, BaseExceptionGroup):
        group = group.exceptions[0]
    return group


def _check_derived(record: AnyRecord, data: dict[str, Any], report: Report, path: str) -> None:
    """The derived keys are redundant with the record; a document whose copies disagree is refused."""
    span = report.span(record)
    if data.get("span") != [span.start, span.end]:
        _fail(f"{path}.span", f"expected [{span.start}, {span.end}], where the quote stands")
    figure_span = _figure_span(record, report)
    if figure_span is not None and data.get("figure_span") != [figure_span.start, figure_span.end]:
        _fail(f"{path}.figure_span", f"expected [{figure_span.start}, {figure_span.end}]")
    if isinstance(record, Target) and data.get("projected") != _projection(project(record, report)):
        _fail(f"{path}.projected", "does not match the projection of the target's figure and base")


def load_json(document: str | bytes | os.PathLike[str], *, source: Source = SOURCE) -> Report:
    """Read a document written by :func:`dump_json` back into a Report.

    ``document`` is the JSON text (a ``str``, or ``bytes`` in UTF-8), or a path (``os.PathLike``,
    e.g. :class:`pathlib.Path`) to a file holding it; a leading byte order mark is allowed. ``source``
    is the text the document quotes: the shipped report unless another one is given (its records are
    then checked against that text, see :func:`datong2020.source.quoting`).

    Raises :class:`~datong2020.errors.DataError` (a ValueError) for anything else, naming the JSON path
    of the offending field: a wrong type or input, a document over :data:`MAX_DOCUMENT_SIZE`, a number
    over :data:`MAX_NUMBER_LENGTH` characters or not finite, a repeated key, a missing or unknown field
    anywhere, an unknown kind, a unit the registry cannot read or of the wrong dimension, a record its
    own checks refuse (a quote not in the shipped text exactly once, a value that is not its figure),
    a derived key that disagrees, a duplicate id (found before later objects are read) or a dangling
    link. Nothing is returned until the whole document has been checked, and nothing is kept.
    """
    data = _read(document)
    _expect(data, dict, "$")
    for key in data:
        if key not in ("format", "source", "documents", "objects"):
            _fail(f"${_key(key)}", "unknown key")
    if data.get("format") != FORMAT:
        _fail("$.format", f"expected {FORMAT!r}, got {preview(str(data.get('format')))}")
    _check_source(data.get("source"), source)
    listed = _check_documents(data.get("documents", []), source)
    objects = data.get("objects")
    _expect(objects, list, "$.objects")
    try:
        with quoting(source):
            by_id = index_by_id(_record(item, f"$.objects[{index}]") for index, item in enumerate(objects))
    except DuplicateIdError as error:
        _fail(f"$.objects[{error.index}].id", str(error))
    records = list(by_id.values())
    try:
        report = Report.of(source, records)
    except LinkError as error:
        index = next(i for i, record in enumerate(records) if record.id == error.id)
        _fail(f"$.objects[{index}].{error.field}", str(error))
    except (Datong2020Error, ValueError, TypeError) as error:
        _fail("$.objects", str(error))
    for index, (record, item) in enumerate(zip(records, objects, strict=True)):
        if record.document != source.id and record.document not in listed:
            _fail(f"$.objects[{index}].document", f"{record.document!r} is not listed in $.documents")
        _check_derived(record, item, report, f"$.objects[{index}]")
    return report


def _check_documents(data: Any, source: Source) -> set[str]:
    """The ids of the context documents the header lists, each the shipped one to the last character."""
    _expect(data, list, "$.documents")
    listed: set[str] = set()
    for index, header in enumerate(data):
        path = f"$.documents[{index}]"
        _expect(header, dict, path)
        id_ = header.get("id")
        if not isinstance(id_, str) or id_ not in DOCUMENT_IDS or id_ == source.id or id_ in listed:
            _fail(f"{path}.id", f"expected a context document listed once: {', '.join(DOCUMENT_IDS[1:])}")
        expected = _context_header(document(id_))
        for key in header:
            if key not in expected:
                _fail(f"{path}{_key(key)}", "unknown key")
        for key, value in expected.items():
            if header.get(key) != value or type(header.get(key)) is not type(value):
                _fail(f"{path}.{key}", f"expected {preview(json.dumps(value, ensure_ascii=False))}")
        listed.add(id_)
    return listed


# JSON Schema --------------------------------------------------------------------------------------

_QUANTITY_SCHEMA: Final = {
    "type": "object",
    "properties": {"magnitude": {"type": "number"}, "unit": {"type": "string", "minLength": 1}},
    "required": ["magnitude", "unit"],
    "additionalProperties": False,
}
_SPAN_SCHEMA: Final = {
    "type": "array",
    "items": {"type": "integer", "minimum": 0},
    "minItems": 2,
    "maxItems": 2,
}


def _schema_of(annotation: Any, definitions: dict[str, Any]) -> dict[str, Any]:
    origin, arguments = typing.get_origin(annotation), typing.get_args(annotation)
    if _is_quantity_type(annotation):
        return {"$ref": "#/$defs/quantity"}
    if origin in (typing.Union, types.UnionType):
        return {"anyOf": [_schema_of(argument, definitions) for argument in arguments]}
    if origin is tuple:
        return {"type": "array", "items": _schema_of(arguments[0], definitions)}
    if annotation is type(None):
        return {"type": "null"}
    if annotation is bool:
        return {"type": "boolean"}
    if annotation is int:
        return {"type": "integer"}
    if annotation is float:
        return {"type": "number"}
    if annotation is str:
        return {"type": "string"}
    if annotation is datetime.date:
        return {"type": "string", "format": "date"}
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return {"enum": [member.value for member in annotation]}
    if attrs.has(annotation):
        name = annotation.__name__
        if name not in definitions:
            definitions[name] = {}  # reserve the name first: the model's types refer to each other
            definitions[name] = _object_schema(annotation, definitions)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema for {annotation!r}")


def _object_schema(kind: type[Any], definitions: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(kind)
    fields = attrs.fields(kind)
    properties = {field.name: _schema_of(hints[field.name], definitions) for field in fields}
    required = [field.name for field in fields if field.default is attrs.NOTHING]
    return {"type": "object", "properties": properties, "required": required, "additionalProperties": False}


def json_schema() -> dict[str, JSON]:
    """A JSON Schema (draft 2020-12) for the document :func:`dump_json` writes, derived from the model."""
    definitions: dict[str, Any] = {"quantity": _QUANTITY_SCHEMA, "span": _SPAN_SCHEMA}
    records: list[JSON] = []
    for kind in _KINDS.values():
        schema = _object_schema(kind, definitions)
        schema["properties"] |= {"kind": {"const": kind.kind}, "span": {"$ref": "#/$defs/span"}}
        if kind in (Fact, Target, ProvinceTarget, Outcome):
            schema["properties"]["figure_span"] = {"$ref": "#/$defs/span"}
        if issubclass(kind, Target):
            projection = _object_schema(Projection, definitions)
            del projection["properties"]["target"]
            projection["required"].remove("target")
            schema["properties"]["projected"] = {"anyOf": [projection, {"type": "null"}]}
            schema["required"].append("projected")
        schema["required"] = [
            "id",
            "kind",
            "quote",
            "span",
            *[n for n in schema["required"] if n not in ("id", "quote")],
        ]
        definitions[f"{kind.__name__}Record"] = schema
        records.append({"$ref": f"#/$defs/{kind.__name__}Record"})
    source = _object_schema(Source, definitions)
    for key in _SOURCE_OMITS:
        del source["properties"][key]
    source["required"].remove("text")
    source["properties"] |= {"characters": {"type": "integer"}, "report_end": {"type": "integer"}}
    context = _object_schema(Source, definitions)
    for key in _CONTEXT_OMITS:
        del context["properties"][key]
    context["required"] = [*(key for key in context["required"] if key != "text"), "id", "characters"]
    context["properties"]["characters"] = {"type": "integer"}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "datong2020 export",
        "type": "object",
        "properties": {
            "format": {"const": FORMAT},
            "source": source,
            "documents": {"type": "array", "items": context},
            "objects": {"type": "array", "items": {"oneOf": records}},
        },
        "required": ["format", "source", "objects"],
        "additionalProperties": False,
        "$defs": definitions,
    }
