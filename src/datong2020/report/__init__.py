"""The encoded report, laid out like the report itself: ``outline``, then one package per part.

Each data module declares its objects as module-level constants (importable, typed for mypy); this
module gathers them, in the order they are declared, into :data:`REPORT`.
"""

from __future__ import annotations

from types import ModuleType
from typing import TypeVar

from datong2020.model import (
    Achievement,
    Brand,
    Fact,
    NotASentence,
    PassingMention,
    Project,
    Quirk,
    Record,
    Report,
    Section,
    Shortcoming,
    Target,
    Term,
)
from datong2020.source import SOURCE

from . import glossary, outline, quirks, self_building, slogans
from .exclusions import NOT_FIGURES, NOT_TERMS
from .plan import (
    business_environment,
    covid,
    culture_tourism,
    innovation_ecosystem,
    public_wellbeing,
    requirements,
    rural_revitalisation,
    sub_central_city,
    targets,
    three_critical_battles,
    transformation_projects,
)
from .plan import (
    energy_revolution as plan_energy_revolution,
)
from .plan import (
    reform_opening as plan_reform_opening,
)
from .review import (
    assessment,
    ecology,
    energy_revolution,
    government,
    headline,
    industry,
    innovation,
    poverty,
    reform_opening,
    social,
)

__all__ = ["NOT_FIGURES", "NOT_SENTENCES", "NOT_TERMS", "PASSING_MENTIONS", "REPORT"]

_R = TypeVar("_R", bound=Record)

# Document order: a part's modules are listed in the order their sections appear in the report.
_MODULES: tuple[ModuleType, ...] = (
    outline,
    headline,
    energy_revolution,
    innovation,
    industry,
    poverty,
    ecology,
    reform_opening,
    social,
    government,
    assessment,
    requirements,
    targets,
    transformation_projects,
    plan_energy_revolution,
    innovation_ecosystem,
    culture_tourism,
    rural_revitalisation,
    sub_central_city,
    plan_reform_opening,
    three_critical_battles,
    business_environment,
    public_wellbeing,
    covid,
    self_building,
    slogans,
    glossary,
    quirks,
)


def _declared(kind: type[_R]) -> tuple[_R, ...]:
    return tuple(value for module in _MODULES for value in vars(module).values() if isinstance(value, kind))


REPORT = Report(
    source=SOURCE,
    # Task sections are declared beside their programme's records; the outline reads in text order.
    sections=tuple(sorted(_declared(Section), key=lambda section: SOURCE.locate(section.quote).start)),
    facts=_declared(Fact),
    targets=_declared(Target),
    projects=_declared(Project),
    brands=_declared(Brand),
    terms=_declared(Term),
    quirks=_declared(Quirk),
    achievements=_declared(Achievement),
    shortcomings=_declared(Shortcoming),
)

NOT_SENTENCES: tuple[NotASentence, ...] = tuple(
    exclusion for module in _MODULES for exclusion in getattr(module, "NOT_SENTENCES", ())
)
"""The sentences no record encodes, each declared beside the records of its part with its reason."""

PASSING_MENTIONS: tuple[PassingMention, ...] = tuple(
    mention for module in _MODULES for mention in getattr(module, "PASSING_MENTIONS", ())
)
"""Divisions a record's quote names only in passing, declared beside the record with the reason."""
