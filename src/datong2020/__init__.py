"""The Datong 2020 Government Work Report as typed, unit-aware, provenance-checked data.

>>> from datong2020 import REPORT, ureg
>>> gdp = REPORT["gdp_2019"]
>>> print(gdp.value.to("CNY"))
131880000000.0 元

Every object carries the verbatim quote it came from; ``REPORT.span(obj)`` locates it in ``SOURCE.text``.
Objects are also importable by name from modules laid out like the report, e.g.
``from datong2020.report.review.headline import GDP_2019``.
"""

from __future__ import annotations

import importlib
import threading
from typing import TYPE_CHECKING, Final

from .checks import CHECKS, Check, Finding, Verdict, checks_for, contradictions, run_checks
from .compute import (
    Bound,
    GrowthStep,
    Projection,
    RequiredGrowth,
    growth_step,
    growth_steps,
    percentage_points,
    project,
    project_level,
    required_growth,
    required_growth_for,
)
from .errors import (
    DataError,
    Datong2020Error,
    DimensionError,
    DuplicateIdError,
    FrozenQuantityError,
    LinkError,
    ParseError,
    QuoteError,
    RecordError,
    UnitError,
    UnknownIdError,
)
from .model import (
    AnyRecord,
    Brand,
    Commitment,
    Direction,
    Fact,
    FigureKind,
    Part,
    Period,
    PriceBasis,
    Project,
    Qualifier,
    Quirk,
    Record,
    Recurrence,
    Report,
    Section,
    Target,
    Term,
    TimeFrame,
)
from .notation import Reading, parse, parse_figure
from .records import Records
from .report import REPORT
from .source import SHA256, SOURCE, Source, Span
from .text import Text
from .units import parse_unit, ureg

if TYPE_CHECKING:
    from .formatting import describe
    from .interchange import dump_json, json_schema, load_json, to_document
    from .tables import to_dataframe, to_records, write_csv, write_datapackage
    from .terms import Glossary

    glossary: Glossary
    """Every term of the report: ``glossary["六稳"]``, ``glossary["五水共治"]``, ``search("stability")``."""

# The interchange edge (cattrs' converter), formatting, the tables and the glossary's index cost more to
# set up than the report itself; they load on first use, so `import datong2020` to look up a figure stays
# quick.
_LAZY: Final = {
    "describe": "formatting",
    "dump_json": "interchange",
    "json_schema": "interchange",
    "load_json": "interchange",
    "to_document": "interchange",
    "to_dataframe": "tables",
    "to_records": "tables",
    "write_csv": "tables",
    "write_datapackage": "tables",
    "Glossary": "terms",
}
_glossary_lock = threading.Lock()


def __getattr__(name: str) -> object:
    if name == "glossary":
        with _glossary_lock:
            if "glossary" not in globals():
                from .terms import Glossary

                globals()["glossary"] = Glossary(REPORT)
        return globals()["glossary"]
    if name in _LAZY:
        value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY, "glossary"})


# The one place the version is written; pyproject.toml reads it from here (importlib.metadata would
# cost more than a third of this package's import time).
__version__ = "0.1.0"

__all__ = [
    "CHECKS",
    "REPORT",
    "SHA256",
    "SOURCE",
    "AnyRecord",
    "Bound",
    "Brand",
    "Check",
    "Commitment",
    "DataError",
    "Datong2020Error",
    "DimensionError",
    "Direction",
    "DuplicateIdError",
    "Fact",
    "FigureKind",
    "Finding",
    "FrozenQuantityError",
    "Glossary",
    "GrowthStep",
    "LinkError",
    "ParseError",
    "Part",
    "Period",
    "PriceBasis",
    "Project",
    "Projection",
    "Qualifier",
    "Quirk",
    "QuoteError",
    "Reading",
    "Record",
    "RecordError",
    "Records",
    "Recurrence",
    "Report",
    "RequiredGrowth",
    "Section",
    "Source",
    "Span",
    "Target",
    "Term",
    "Text",
    "TimeFrame",
    "UnitError",
    "UnknownIdError",
    "Verdict",
    "checks_for",
    "contradictions",
    "describe",
    "dump_json",
    "glossary",
    "growth_step",
    "growth_steps",
    "json_schema",
    "load_json",
    "parse",
    "parse_figure",
    "parse_unit",
    "percentage_points",
    "project",
    "project_level",
    "required_growth",
    "required_growth_for",
    "run_checks",
    "to_dataframe",
    "to_document",
    "to_records",
    "ureg",
    "write_csv",
    "write_datapackage",
]
