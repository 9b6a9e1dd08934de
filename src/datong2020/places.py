"""The places the report names: Datong and its ten county-level divisions.

Reference data, not read from the report: names and codes are the official administrative divisions
(GB/T 2260 codes as published by the Ministry of Civil Affairs, in force since Datong's 2018
reorganisation, when 城区, 矿区 and 南郊区 became 平城区 and 云冈区 and 大同县 became 云州区). The report
mostly writes the short name ("天镇、广灵、浑源3个贫困县"); ``short_name`` is how it writes each.
"""

from __future__ import annotations

import enum

import attrs

from .errors import UnknownIdError
from .text import Text

__all__ = ["PLACES", "Place", "PlaceLevel", "place"]


class PlaceLevel(enum.Enum):
    PREFECTURE_CITY = "prefecture_city"
    DISTRICT = "district"
    COUNTY = "county"


@attrs.frozen(kw_only=True)
class Place:
    id: str
    name: Text
    """The full official name (天镇县) and its English form (Tianzhen County)."""
    short_name: str
    """The name without 区/县/市, as the report usually writes it (天镇)."""
    code: str
    """The six-digit administrative division code (GB/T 2260)."""
    level: PlaceLevel


def _district(id_: str, short: str, pinyin: str, code: str) -> Place:
    return Place(
        id=id_, name=Text(zh=f"{short}区", en=f"{pinyin} District"), short_name=short, code=code,
        level=PlaceLevel.DISTRICT,
    )  # fmt: skip


def _county(id_: str, short: str, pinyin: str, code: str) -> Place:
    return Place(
        id=id_, name=Text(zh=f"{short}县", en=f"{pinyin} County"), short_name=short, code=code,
        level=PlaceLevel.COUNTY,
    )  # fmt: skip


DATONG = Place(
    id="datong", name=Text(zh="大同市", en="Datong City"), short_name="大同", code="140200",
    level=PlaceLevel.PREFECTURE_CITY,
)  # fmt: skip
XINRONG = _district("xinrong", "新荣", "Xinrong", "140212")
PINGCHENG = _district("pingcheng", "平城", "Pingcheng", "140213")
YUNGANG = _district("yungang", "云冈", "Yungang", "140214")
YUNZHOU = _district("yunzhou", "云州", "Yunzhou", "140215")
YANGGAO = _county("yanggao", "阳高", "Yanggao", "140221")
TIANZHEN = _county("tianzhen", "天镇", "Tianzhen", "140222")
GUANGLING = _county("guangling", "广灵", "Guangling", "140223")
LINGQIU = _county("lingqiu", "灵丘", "Lingqiu", "140224")
HUNYUAN = _county("hunyuan", "浑源", "Hunyuan", "140225")
ZUOYUN = _county("zuoyun", "左云", "Zuoyun", "140226")

PLACES: tuple[Place, ...] = (
    DATONG, XINRONG, PINGCHENG, YUNGANG, YUNZHOU, YANGGAO, TIANZHEN, GUANGLING, LINGQIU, HUNYUAN, ZUOYUN,
)  # fmt: skip

_BY_KEY = {key: p for p in PLACES for key in (p.id, p.code, p.short_name, p.name.zh, p.name.en.lower())}


def place(key: str) -> Place:
    """A place by id, code, short or full Chinese name, or English name: ``place("天镇")``.

    Any other key, of any type, is an :class:`~datong2020.errors.UnknownIdError` naming near matches.
    """
    found = (_BY_KEY.get(key) or _BY_KEY.get(key.lower())) if isinstance(key, str) else None
    if found is None:
        plausible = isinstance(key, str) and len(key) <= 80
        import difflib  # here: only a message needs it, and building the report writes none

        near = difflib.get_close_matches(key, _BY_KEY, n=3, cutoff=0.5) if plausible else []
        raise UnknownIdError(key, near)
    return found
