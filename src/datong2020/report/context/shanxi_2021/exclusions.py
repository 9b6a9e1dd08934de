"""Shanxi 2021 report, part 一, the account of 2020: the digit runs of the region
(:data:`~datong2020.report.context.shanxi_2021.REGION`) that no outcome's figure covers, with the reason.
The outcomes are those of Shanxi's 2020 main expected and binding targets (``shanxi_2020``); a figure of
any other measure is left out, and so are years and names.
"""

from datong2020.model import NotAFigure
from datong2020.text import Text

DOCUMENT = "shanxi_2021"

_YEAR = Text(zh="年份,不是数量", en="a year, not a quantity")
_IN_A_NAME = Text(zh="名称的一部分,不是数量", en="part of a name, not a quantity")
_ACCIDENT = Text(
    zh="以发生日期称呼的事故(“8·29”“10·1”),是名称,不是数量",
    en="an accident called by the date it happened (8·29, 10·1): a name, not a quantity",
)
_EPIDEMIC = Text(
    zh="疫情防控的天数与人数:全省2020年的主要预期目标和约束性指标都不含此项",
    en="days and people of the fight against the epidemic: none of Shanxi's 2020 main expected or binding "
    "targets measures them",
)
_NO_TARGET = Text(
    zh="全省2020年的主要预期目标和约束性指标都不含此项",
    en="none of Shanxi's 2020 main expected or binding targets measures it",
)
_PART_OF_INVESTMENT = Text(
    zh="制造业投资只是全社会固定资产投资的一部分,与目标不是同一度量",
    en="manufacturing investment is only a part of total investment in fixed assets: not the target's measure",
)

NOT_FIGURES = (
    NotAFigure(document=DOCUMENT, quote="刚刚过去的2020年", digits="2020", reason=_YEAR),
    # 一是: the epidemic.
    NotAFigure(document=DOCUMENT, quote="用36天时间基本消除本土新发病例", digits="36", reason=_EPIDEMIC),
    NotAFigure(document=DOCUMENT, quote="用52天时间本土病例清零", digits="52", reason=_EPIDEMIC),
    NotAFigure(
        document=DOCUMENT, quote="13支医疗队、1516名优秀医护人员驰援湖北", digits="13", reason=_EPIDEMIC
    ),
    NotAFigure(
        document=DOCUMENT, quote="13支医疗队、1516名优秀医护人员驰援湖北", digits="1516", reason=_EPIDEMIC
    ),
    # 二是: innovation and the 六新.
    NotAFigure(document=DOCUMENT, quote="制定实施人才新政12条", digits="12", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="实施战略性新兴产业0.3元/千瓦时电价", digits="0", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="实施战略性新兴产业0.3元/千瓦时电价", digits="3", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="全国首个5G煤矿专网建成运行", digits="5", reason=_IN_A_NAME),
    NotAFigure(
        document=DOCUMENT,
        quote="数字经济、新装备、新材料等五大领域涌现出国际国内领先的先进产品179个",
        digits="179",
        reason=_NO_TARGET,
    ),
    NotAFigure(
        document=DOCUMENT, quote="光伏电池、手机产量分别增长35.8%、21.4%", digits="35", reason=_NO_TARGET
    ),
    NotAFigure(
        document=DOCUMENT, quote="光伏电池、手机产量分别增长35.8%、21.4%", digits="8", reason=_NO_TARGET
    ),
    NotAFigure(
        document=DOCUMENT, quote="光伏电池、手机产量分别增长35.8%、21.4%", digits="21", reason=_NO_TARGET
    ),
    NotAFigure(
        document=DOCUMENT, quote="光伏电池、手机产量分别增长35.8%、21.4%", digits="4", reason=_NO_TARGET
    ),
    NotAFigure(document=DOCUMENT, quote="新一代信息技术产业增加值增长12.8%", digits="12", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="新一代信息技术产业增加值增长12.8%", digits="8", reason=_NO_TARGET),
    # 三是: projects. The investment growth of the same sentence is an outcome (shanxi_fixed_asset_investment_growth_2020).
    NotAFigure(document=DOCUMENT, quote="全年新开工项目7274个", digits="7274", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="计划总投资1.24万亿元", digits="1", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="计划总投资1.24万亿元", digits="24", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="其中制造业投资增长25.9%", digits="25", reason=_PART_OF_INVESTMENT),
    NotAFigure(document=DOCUMENT, quote="其中制造业投资增长25.9%", digits="9", reason=_PART_OF_INVESTMENT),
    # 四是: reform.
    NotAFigure(document=DOCUMENT, quote="省属企业从28家优化调整至19家", digits="28", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="省属企业从28家优化调整至19家", digits="19", reason=_NO_TARGET),
    NotAFigure(
        document=DOCUMENT, quote="省属企业集团总部机构、员额分别压减40%和72%", digits="40", reason=_NO_TARGET
    ),
    NotAFigure(
        document=DOCUMENT, quote="省属企业集团总部机构、员额分别压减40%和72%", digits="72", reason=_NO_TARGET
    ),
    # 五是: work safety.
    NotAFigure(document=DOCUMENT, quote="深刻汲取“8·29”“10·1”重大事故教训", digits="8", reason=_ACCIDENT),
    NotAFigure(document=DOCUMENT, quote="深刻汲取“8·29”“10·1”重大事故教训", digits="29", reason=_ACCIDENT),
    NotAFigure(document=DOCUMENT, quote="深刻汲取“8·29”“10·1”重大事故教训", digits="10", reason=_ACCIDENT),
    NotAFigure(document=DOCUMENT, quote="深刻汲取“8·29”“10·1”重大事故教训", digits="1", reason=_ACCIDENT),
    NotAFigure(document=DOCUMENT, quote="死亡人数分别下降19", digits="19", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="19%、14.15%", digits="19", reason=_NO_TARGET),
    NotAFigure(
        document=DOCUMENT,
        quote="各类生产安全事故起数和死亡人数分别下降19.19%、14.15%",
        digits="14",
        reason=_NO_TARGET,
    ),
    NotAFigure(
        document=DOCUMENT,
        quote="各类生产安全事故起数和死亡人数分别下降19.19%、14.15%",
        digits="15",
        reason=_NO_TARGET,
    ),
    # The summary of 2020.
    NotAFigure(document=DOCUMENT, quote="粮食产量达到142.4亿公斤", digits="142", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="粮食产量达到142.4亿公斤", digits="4", reason=_NO_TARGET),
)
