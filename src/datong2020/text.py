"""Bilingual text: the report's Chinese, and an English rendering that says whose it is."""

from __future__ import annotations

from typing import Literal, TypeAlias

import attrs

__all__ = ["NBS", "OURS", "STATE_COUNCIL", "Lang", "Text"]

Lang: TypeAlias = Literal["zh", "en"]

OURS = None
"""``Text.en_source`` for an English rendering made by this project, not an official one."""

NBS = "National Bureau of Statistics of China"
"""``Text.en_source`` for the English indicator names of China's statistical communiqués and yearbooks."""

STATE_COUNCIL = "State Council of the PRC, English edition of the Government Work Report"
"""``Text.en_source`` for renderings used in the official English of the national report."""


def _not_blank(_: object, attribute: attrs.Attribute[str], value: str) -> None:
    if not value.strip():
        raise ValueError(f"{attribute.name} must not be blank")


@attrs.frozen(kw_only=True)
class Text:
    """A phrase in the report's Chinese with its English rendering.

    ``en_source`` names the official body whose English this is (e.g. the National Bureau of
    Statistics' name for an indicator); ``None`` (:data:`OURS`) marks our own translation.
    """

    zh: str = attrs.field(validator=_not_blank)
    en: str = attrs.field(validator=_not_blank)
    en_source: str | None = None

    @property
    def en_is_ours(self) -> bool:
        return self.en_source is OURS

    def in_lang(self, lang: Lang) -> str:
        return self.zh if lang == "zh" else self.en

    def __str__(self) -> str:
        return self.zh
