"""The one way search results are ranked, for facts (:func:`datong2020.query.search`) and terms
(:meth:`datong2020.terms.Glossary.search`): explicit points, as pycountry's fuzzy search gives them.

An item matches when every word of the query stands in one of its labels; each word scores the weight
of the best label holding it, and the item the sum. Higher scores come first; ties keep the items'
order (the report's order).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Final, TypeVar

__all__ = ["MAX_QUERY_LENGTH", "query_words", "rank"]

MAX_QUERY_LENGTH: Final = 200
"""The longest query read; longer text is a ValueError (no label of the report is that long)."""

T = TypeVar("T")


def query_words(text: str) -> list[str]:
    """The distinct words of a query, lower-cased; TypeError for a non-str, ValueError for a long one."""
    if not isinstance(text, str):
        raise TypeError(f"a search query is a str, not {type(text).__name__}")
    if len(text) > MAX_QUERY_LENGTH:
        raise ValueError(f"a search query of {len(text)} characters; at most {MAX_QUERY_LENGTH} are read")
    return list(dict.fromkeys(word.lower() for word in text.split()))


def rank(items: Iterable[T], text: str, labels: Callable[[T], Mapping[str, int]]) -> tuple[T, ...]:
    """The items matching every word of ``text``, best first; ``labels`` gives an item's lower-cased
    labels with their weights."""
    words = query_words(text)
    scored = []
    for index, item in enumerate(items):
        weighted = labels(item)
        score = 0
        for word in words:
            weights = [weight for label, weight in weighted.items() if word in label]
            if not weights:
                score = 0
                break
            score += max(weights)
        if score:
            scored.append((-score, index, item))
    return tuple(item for _, _, item in sorted(scored, key=lambda entry: entry[:2]))
