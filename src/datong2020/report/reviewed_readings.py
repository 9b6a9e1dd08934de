"""Where the words around a figure and the record's fields part ways on purpose, with the reason.

``tests/test_cross_check.py`` reads the words next to every figure of the report (增长/下降, 占/比重,
第N/前N/倒数/首位, 以上/以内/左右/近/余/突破, 累计/先后, 年内/月底前) and derives what the record's fields
should say. A record whose fields say otherwise fails the test unless it is listed here, with the field
and the reason a reviewer accepted; a cue word that says nothing about a figure is listed as
:class:`NotACue`. An entry that no longer matches a disagreement fails the test too, so the lists stay
exact.
"""

from __future__ import annotations

from typing import Literal, TypeAlias

import attrs

from datong2020.text import Text

__all__ = ["NOT_CUES", "REVIEWED_READINGS", "NotACue", "ReadField", "ReviewedReading"]

ReadField: TypeAlias = Literal[
    "direction", "figure_kind", "from_bottom", "qualifier", "period", "due", "places"
]
"""The fields the cross-check derives from the words around a figure."""


@attrs.frozen(kw_only=True)
class ReviewedReading:
    """A record whose ``field`` is not what the words around its figure suggest, and why."""

    record: str
    """The record's id."""
    field: ReadField
    reason: Text


@attrs.frozen(kw_only=True)
class NotACue:
    """A cue word of the cross-check (a rank, a running total, a deadline) that here says nothing about
    a figure, and why."""

    quote: str
    """Verbatim and unique in the text; contains ``cue`` exactly once."""
    cue: str
    reason: Text


REVIEWED_READINGS: tuple[ReviewedReading, ...] = (
    ReviewedReading(
        record="poor_households_double_signing_share_2019",
        field="figure_kind",
        reason=Text(
            zh="“建档立卡贫困户“双签约”达到100%”:整体(建档立卡贫困户)作主语写出,未用“占”,仍是份额",
            en="建档立卡贫困户“双签约”达到100%: the whole (the registered poor households) is named as the "
            "subject, without 占; the figure is the share of them that signed both agreements.",
        ),
    ),
    ReviewedReading(
        record="plays_created_and_staged_2020",
        field="due",
        reason=Text(
            zh="“年内要力争完成脚本编制”只限脚本(play_scripts_completed_2020),不限两剧的创排",
            en="年内要力争完成脚本编制 sets the year for the scripts (play_scripts_completed_2020), not for "
            "creating and staging the two plays.",
        ),
    ),
    ReviewedReading(
        record="county_leading_enterprises_focus_2020",
        field="qualifier",
        reason=Text(
            zh="“1家或几家”:至少1家,以“或几家”表达,不是规则读取的限定词",
            en="1家或几家 (one or several): at least one, said by 或几家, which is not a qualifier word the "
            "rules read.",
        ),
    ),
    ReviewedReading(
        record="international_internet_data_channel_2020",
        field="due",
        reason=Text(
            zh="年内领起建设5G基站、中心城区覆盖和智慧工厂示范等当年任务;“积极争取”专用通道是持续争取,报告未定期限",
            en="年内 opens the year's deliverables (5G stations, central-city coverage, smart-factory "
            "demonstrations); striving to obtain (积极争取) a dedicated channel is an open effort the report "
            "does not date.",
        ),
    ),
    ReviewedReading(
        record="top_it_firms_attracted_2020",
        field="due",
        reason=Text(
            zh="引进百强企业是招商方向,不在“年内”所领的当年任务之列",
            en="Attracting top-100 software and internet firms is a direction of investment promotion, not "
            "one of the deliverables 年内 opens.",
        ),
    ),
    ReviewedReading(
        record="data_industries_2020",
        field="due",
        reason=Text(
            zh="“加快发展”数据产业是持续要求,报告未定期限",
            en="Speeding up (加快发展) the data industries is an ongoing requirement the report does not date.",
        ),
    ),
    ReviewedReading(
        record="data_centre_hub_2020",
        field="due",
        reason=Text(
            zh="把大同建成辐射华北、影响全国的数据中心是长远目标,不是当年任务",
            en="Making Datong a data-centre hub for North China is a long-range aim, not a task of the year.",
        ),
    ),
    ReviewedReading(
        record="stage_works_2020",
        field="due",
        reason=Text(
            zh="“年内要力争完成脚本编制”只为脚本定期限;打造演艺剧等是整个创排工程的目标",
            en="年内 dates the scripts only (年内要力争完成脚本编制); creating the shows is the aim of the "
            "whole production project.",
        ),
    ),
    ReviewedReading(
        record="outward_economy_2020",
        field="due",
        reason=Text(
            zh="“全面提升外向型经济水平”是本句各项举措的总目标,“年内”只领培育外贸龙头企业一项",
            en="Raising the outward economy is the aim of the sentence's measures; 年内 dates only the "
            "cultivation of two leading foreign-trade firms.",
        ),
    ),
)

_ORDINAL_IN_A_NAME = Text(
    zh="名称中的序数(届、次、个百年目标、公司名),不是位次",
    en="an ordinal in a name (a session, a census, a centenary goal, a company), not a rank",
)
_TIER = Text(
    zh="“第一方阵”是领先的梯队,不是编号的位次",
    en="第一方阵 is the leading group, a tier, not a numbered place",
)
_PRIORITY = Text(zh="表示优先,不是位次", en="a priority (put first), not a rank")

NOT_CUES: tuple[NotACue, ...] = (
    NotACue(quote="在大同市第十五届人民代表大会第五次会议上", cue="第十五", reason=_ORDINAL_IN_A_NAME),
    NotACue(quote="在大同市第十五届人民代表大会第五次会议上", cue="第五", reason=_ORDINAL_IN_A_NAME),
    NotACue(quote="总体跃升第一方阵", cue="第一", reason=_TIER),
    NotACue(quote="异地就医结算实现“一卡通”,进入全省第一方阵", cue="第一", reason=_TIER),
    NotACue(
        quote="与重塑全省第二大城市的要求不相适应",
        cue="第二",
        reason=Text(
            zh="省里对大同的定位(全省第二大城市),不是某个指标的位次",
            en="the role the province expects of the city (Shanxi's second city), not the rank of a figure",
        ),
    ),
    NotACue(quote="是第一个百年奋斗目标的实现之年", cue="第一", reason=_ORDINAL_IN_A_NAME),
    NotACue(
        quote="创新是第一动力",
        cue="第一",
        reason=Text(
            zh="发展理念的表述(第一动力),不是位次", en="a tenet (the primary driving force), not a rank"
        ),
    ),
    NotACue(quote="加快塔山第二发电公司", cue="第二", reason=_ORDINAL_IN_A_NAME),
    NotACue(quote="举办好第三届中蒙俄", cue="第三", reason=_ORDINAL_IN_A_NAME),
    NotACue(quote="确保进入全省第一方阵", cue="第一", reason=_TIER),
    NotACue(quote="做好第七次全国人口普查工作", cue="第七", reason=_ORDINAL_IN_A_NAME),
    NotACue(quote="始终把政治建设摆在首位", cue="首位", reason=_PRIORITY),
    NotACue(quote="作为第一位的政治要求", cue="第一位", reason=_PRIORITY),
    NotACue(quote="站在第一个百年奋斗目标即将实现", cue="第一", reason=_ORDINAL_IN_A_NAME),
    NotACue(quote="承载第二个百年奋斗目标", cue="第二", reason=_ORDINAL_IN_A_NAME),
    NotACue(
        quote="自疫情爆发以来",
        cue="以来",
        reason=Text(
            zh="叙述疫情以来的工作,其后无累计数字",
            en="since the outbreak: it opens an account of the work, with no running total after it",
        ),
    ),
)
