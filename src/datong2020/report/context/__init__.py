"""Records that quote the context documents (:data:`datong2020.source.DOCUMENT_IDS` other than the
primary report), one package per document, laid out like that document. Their outlines are not
encoded: every record here has ``section=None`` and names its ``document``."""

from typing import TypeAlias

from datong2020.model import NotAFigure

__all__ = ["Claim", "claims"]

Claim: TypeAlias = tuple[str, tuple[str, str], tuple[NotAFigure, ...]]
"""A context document's id, the region whose figures its records claim to cover (two quotes: where it
starts and where it ends), and the runs of that region that are not figures."""


def claims() -> tuple[Claim, ...]:
    """Each context document's claim, for :func:`datong2020.coverage.context_coverage`. The exclusions are
    built (and their quotes located) when this is called: only the coverage reads them."""
    from . import datong_2021, shanxi_2020, shanxi_2021
    from .datong_2021 import exclusions as datong_2021_exclusions
    from .shanxi_2020 import exclusions as shanxi_2020_exclusions
    from .shanxi_2021 import exclusions as shanxi_2021_exclusions

    return (
        (datong_2021_exclusions.DOCUMENT, datong_2021.REGION, datong_2021_exclusions.NOT_FIGURES),
        (shanxi_2020_exclusions.DOCUMENT, shanxi_2020.REGION, shanxi_2020_exclusions.NOT_FIGURES),
        (shanxi_2021_exclusions.DOCUMENT, shanxi_2021.REGION, shanxi_2021_exclusions.NOT_FIGURES),
    )
