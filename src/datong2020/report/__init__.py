"""The encoded report, laid out like the report itself: ``outline``, then one package per part.

Each data module declares its objects as module-level constants (importable, typed for mypy); this
module gathers them, in the order they are declared, into :data:`REPORT`.
"""

from __future__ import annotations

import contextlib
import gc
import importlib
from collections.abc import Iterator
from types import ModuleType
from typing import TYPE_CHECKING, Final, TypeVar

import datong2020.units  # noqa: F401  (pint and the unit registry: loaded before the pause below)

if TYPE_CHECKING:
    from datong2020.model import NotASentence, PassingMention, Record, Report

    from .exclusions import NOT_FIGURES, NOT_TERMS

__all__ = ["NOT_FIGURES", "NOT_SENTENCES", "NOT_TERMS", "PASSING_MENTIONS", "REPORT"]

_R = TypeVar("_R", bound="Record")

# Document order: a part's modules are listed in the order their sections appear in the report.
_MODULES: Final = (
    "outline",
    "review.headline",
    "review.energy_revolution",
    "review.innovation",
    "review.industry",
    "review.poverty",
    "review.ecology",
    "review.reform_opening",
    "review.social",
    "review.government",
    "review.assessment",
    "plan.requirements",
    "plan.targets",
    "plan.transformation_projects",
    "plan.energy_revolution",
    "plan.innovation_ecosystem",
    "plan.culture_tourism",
    "plan.rural_revitalisation",
    "plan.sub_central_city",
    "plan.reform_opening",
    "plan.three_critical_battles",
    "plan.business_environment",
    "plan.public_wellbeing",
    "plan.covid",
    "self_building",
    "slogans",
    "glossary",
    "quirks",
    "context.datong_2021.review_2020",
    "context.datong_2021.five_years",
    "context.shanxi_2020.targets",
    "context.shanxi_2020.binding",
    "context.shanxi_2021.review_2020",
)


def _declared(kind: type[_R], modules: list[ModuleType]) -> tuple[_R, ...]:
    return tuple(value for module in modules for value in vars(module).values() if isinstance(value, kind))


def _modules() -> list[ModuleType]:
    return [importlib.import_module(f"{__name__}.{name}") for name in _MODULES]


def _build() -> Report:
    from datong2020.model import Record, Report, Section
    from datong2020.source import SOURCE

    modules = _modules()
    # Task sections are declared beside their programme's records; the outline reads in text order.
    sections = sorted(_declared(Section, modules), key=lambda section: SOURCE.locate(section.quote).start)
    others = [record for record in _declared(Record, modules) if not isinstance(record, Section)]
    return Report.of(SOURCE, [*sections, *others])  # type: ignore[list-item]  # declared records are AnyRecord


@contextlib.contextmanager
def _collector_paused() -> Iterator[None]:
    """The model's classes and the report's records are some twenty thousand objects that live as long
    as the program and hold no reference cycles to collect. While they are made, the cyclic garbage
    collector would walk them, and everything loaded before them (pint, numpy …), again and again for
    nothing: some 5% of the time of `import pint`. It is paused while they are made (pint is imported
    before), and its state restored however the build ends."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


with _collector_paused():
    REPORT: Final = _build()

NOT_SENTENCES: Final[tuple[NotASentence, ...]] = tuple(
    exclusion for module in _modules() for exclusion in getattr(module, "NOT_SENTENCES", ())
)
"""The sentences no record encodes, each declared beside the records of its part with its reason."""

PASSING_MENTIONS: Final[tuple[PassingMention, ...]] = tuple(
    mention for module in _modules() for mention in getattr(module, "PASSING_MENTIONS", ())
)
"""Divisions a record's quote names only in passing, declared beside the record with the reason."""


def _exclusions(name: str) -> object:
    """NOT_FIGURES and NOT_TERMS, built (and their quotes located) when first reached: only the coverage
    reads them, so the report and the main job do without them."""
    if name not in ("NOT_FIGURES", "NOT_TERMS"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from . import exclusions

    return getattr(exclusions, name)


if not TYPE_CHECKING:  # as in datong2020/__init__.py: type checkers see the imports above instead
    __getattr__ = _exclusions
