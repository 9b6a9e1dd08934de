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

from .checks import CHECKS, Check, Finding, checks_for, run_checks
from .compute import (
    Bound,
    Projection,
    RequiredGrowth,
    project,
    project_level,
    required_growth,
    required_growth_for,
)
from .errors import DataError, Datong2020Error, DimensionError, QuoteError, UnitError, UnknownIdError
from .interchange import dump_json, json_schema, load_json, to_document
from .model import (
    AnyRecord,
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
from .report import REPORT
from .source import SHA256, SOURCE, Source, Span
from .tables import to_dataframe, to_records, write_csv, write_datapackage
from .terms import Glossary
from .text import Text
from .units import parse_figure, parse_unit, ureg

glossary = Glossary(REPORT)
"""Every term of the report: ``glossary["六稳"]``, ``glossary["五水共治"]``, ``glossary.search("stability")``.
"""

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
    "Check",
    "Commitment",
    "DataError",
    "Datong2020Error",
    "DimensionError",
    "Direction",
    "Fact",
    "FigureKind",
    "Finding",
    "Glossary",
    "Part",
    "Period",
    "PriceBasis",
    "Project",
    "Projection",
    "Qualifier",
    "Quirk",
    "QuoteError",
    "Record",
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
    "checks_for",
    "dump_json",
    "glossary",
    "json_schema",
    "load_json",
    "parse_figure",
    "parse_unit",
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
