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

# Nothing is imported until it is used: `python -m datong2020 --help` costs no more than starting Python
# and argparse, and `import datong2020` does not load pint. Names resolve on first access through
# __getattr__ below; the report is built when REPORT (or anything that needs it) is first reached. Python's
# import lock makes that safe across threads: a module is executed once, and other threads wait for it.
# Type checkers read the imports under TYPE_CHECKING instead (a name spelled TYPE_CHECKING is true for
# them; the typing module itself is not imported), so they see every public name with its type and
# nothing else: __getattr__ is hidden from them, so a misspelled name is an error, not an `object`.
import importlib
import threading

TYPE_CHECKING = False
if TYPE_CHECKING:
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
    from .evaluation import (
        Attainment,
        Evaluation,
        ScorecardRow,
        Tolerance,
        Versus,
        compare,
        evaluate,
        scorecard,
    )
    from .formatting import describe
    from .interchange import dump_json, json_schema, load_json, to_document
    from .model import (
        Achievement,
        AchievementKind,
        AnyRecord,
        Brand,
        Commitment,
        Direction,
        Fact,
        FigureKind,
        Outcome,
        Part,
        Period,
        PriceBasis,
        Project,
        ProvinceTarget,
        Qualifier,
        Quirk,
        Record,
        Recurrence,
        Report,
        Section,
        Shortcoming,
        Target,
        Term,
        TimeFrame,
    )
    from .notation import Reading, parse, parse_figure
    from .records import Records
    from .report import REPORT
    from .source import DOCUMENT_IDS, SHA256, SOURCE, Source, Span, document
    from .tables import (
        scorecard_dataframe,
        scorecard_records,
        to_dataframe,
        to_records,
        write_csv,
        write_datapackage,
    )
    from .terms import Glossary
    from .text import Text
    from .units import parse_unit, ureg

    glossary: Glossary
    """Every term of the report: ``glossary["六稳"]``, ``glossary["五水共治"]``, ``search("stability")``."""

# Where each public name lives; tests/test_package.py checks that this table, the imports above and
# __all__ name the same things.
_MODULE_OF = {
    **dict.fromkeys(
        ("CHECKS", "Check", "Finding", "Verdict", "checks_for", "contradictions", "run_checks"), "checks"
    ),
    **dict.fromkeys(
        (
            "Bound",
            "GrowthStep",
            "Projection",
            "ProvinceTarget",
            "RequiredGrowth",
            "growth_step",
            "growth_steps",
            "percentage_points",
            "project",
            "project_level",
            "required_growth",
            "required_growth_for",
        ),
        "compute",
    ),
    **dict.fromkeys(
        (
            "DataError",
            "Datong2020Error",
            "DimensionError",
            "DuplicateIdError",
            "FrozenQuantityError",
            "LinkError",
            "ParseError",
            "QuoteError",
            "RecordError",
            "UnitError",
            "UnknownIdError",
        ),
        "errors",
    ),
    "describe": "formatting",
    **dict.fromkeys(
        (
            "Attainment",
            "Evaluation",
            "ScorecardRow",
            "Tolerance",
            "Versus",
            "compare",
            "evaluate",
            "scorecard",
        ),
        "evaluation",
    ),
    **dict.fromkeys(("dump_json", "json_schema", "load_json", "to_document"), "interchange"),
    **dict.fromkeys(
        (
            "Achievement",
            "AchievementKind",
            "AnyRecord",
            "Brand",
            "Commitment",
            "Direction",
            "Fact",
            "FigureKind",
            "Outcome",
            "Part",
            "Period",
            "PriceBasis",
            "Project",
            "ProvinceTarget",
            "Qualifier",
            "Quirk",
            "Record",
            "Recurrence",
            "Report",
            "Section",
            "Shortcoming",
            "Target",
            "Term",
            "TimeFrame",
        ),
        "model",
    ),
    **dict.fromkeys(("Reading", "parse", "parse_figure"), "notation"),
    "Records": "records",
    "REPORT": "report",
    **dict.fromkeys(("DOCUMENT_IDS", "SHA256", "SOURCE", "Source", "Span", "document"), "source"),
    **dict.fromkeys(
        (
            "scorecard_dataframe",
            "scorecard_records",
            "to_dataframe",
            "to_records",
            "write_csv",
            "write_datapackage",
        ),
        "tables",
    ),
    "Glossary": "terms",
    "Text": "text",
    **dict.fromkeys(("parse_unit", "ureg"), "units"),
}

_glossary_lock = threading.Lock()


def _resolve(name: str) -> object:
    """A public name's value, imported on first use and then kept in this module's namespace."""
    if name == "glossary":
        with _glossary_lock:  # the one lazily built object that is not a module's own
            if "glossary" not in globals():
                from .report import REPORT
                from .terms import Glossary

                globals()["glossary"] = Glossary(REPORT)
        return globals()["glossary"]
    if name not in _MODULE_OF:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_MODULE_OF[name]}", __name__), name)
    globals()[name] = value
    return value


if not TYPE_CHECKING:
    __getattr__ = _resolve


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


# The one place the version is written; pyproject.toml reads it from here (importlib.metadata would
# cost more than a third of this package's import time).
__version__ = "0.1.0"

__all__ = [
    "CHECKS",
    "DOCUMENT_IDS",
    "REPORT",
    "SHA256",
    "SOURCE",
    "Achievement",
    "AchievementKind",
    "AnyRecord",
    "Attainment",
    "Bound",
    "Brand",
    "Check",
    "Commitment",
    "DataError",
    "Datong2020Error",
    "DimensionError",
    "Direction",
    "DuplicateIdError",
    "Evaluation",
    "Fact",
    "FigureKind",
    "Finding",
    "FrozenQuantityError",
    "Glossary",
    "GrowthStep",
    "LinkError",
    "Outcome",
    "ParseError",
    "Part",
    "Period",
    "PriceBasis",
    "Project",
    "Projection",
    "ProvinceTarget",
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
    "ScorecardRow",
    "Section",
    "Shortcoming",
    "Source",
    "Span",
    "Target",
    "Term",
    "Text",
    "TimeFrame",
    "Tolerance",
    "UnitError",
    "UnknownIdError",
    "Verdict",
    "Versus",
    "checks_for",
    "compare",
    "contradictions",
    "describe",
    "document",
    "dump_json",
    "evaluate",
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
    "scorecard",
    "scorecard_dataframe",
    "scorecard_records",
    "to_dataframe",
    "to_document",
    "to_records",
    "ureg",
    "write_csv",
    "write_datapackage",
]
