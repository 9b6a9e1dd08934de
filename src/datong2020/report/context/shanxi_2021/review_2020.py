"""Part 一, the account of 2020: the paragraphs from "刚刚过去的2020年" to the summary "通过艰辛努力，去年…".

The figures this account gives for 2020 of the measures of Shanxi's 2020 targets
(:mod:`datong2020.report.context.shanxi_2020`) are :class:`Outcome` records of those targets, sharing
their ``measure``. It gives none for budget revenue, retail sales, new urban jobs, unemployment, prices
or the binding targets: those targets have no outcome here. The five-year review before it gives
multi-year figures (年均增长, 增长8965元 over five years), which are not 2020 outcomes.
"""

from datong2020.model import Direction, FigureKind, Outcome, Period
from datong2020.report.context.shanxi_2020 import targets as planned
from datong2020.text import Text

YEAR = Period.year(2020)
DOCUMENT = "shanxi_2021"

# The summary of 2020: "去年我省主要经济指标…，全省GDP增长3.6%，城乡居民人均可支配收入分别增长4.6%和7.6%".
SHANXI_GDP_GROWTH_2020 = Outcome(
    id="shanxi_gdp_growth_2020",
    quote="全省GDP增长3.6%",
    section=None,
    document=DOCUMENT,
    figure="3.6%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    outcome_of=(planned.SHANXI_GDP_GROWTH_TARGET_2020.id,),
    measure=planned.SHANXI_GDP_GROWTH_TARGET_2020.measure,
    note=Text(
        zh="GDP即2020年目标所称“地区生产总值”",
        en="GDP is the document's abbreviation of 地区生产总值, the measure of the 2020 target",
    ),
)

# 分别 pairs the figures with 城乡 in order, as the 2020 target does: the urban first, the rural second.
_INCOME = "城乡居民人均可支配收入分别增长4.6%和7.6%"

SHANXI_URBAN_DISPOSABLE_INCOME_GROWTH_2020 = Outcome(
    id="shanxi_urban_disposable_income_growth_2020",
    quote=_INCOME,
    section=None,
    document=DOCUMENT,
    figure="4.6%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    outcome_of=(planned.SHANXI_URBAN_DISPOSABLE_INCOME_GROWTH_TARGET_2020.id,),
    measure=planned.SHANXI_URBAN_DISPOSABLE_INCOME_GROWTH_TARGET_2020.measure,
)
SHANXI_RURAL_DISPOSABLE_INCOME_GROWTH_2020 = Outcome(
    id="shanxi_rural_disposable_income_growth_2020",
    quote=_INCOME,
    section=None,
    document=DOCUMENT,
    figure="7.6%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    outcome_of=(planned.SHANXI_RURAL_DISPOSABLE_INCOME_GROWTH_TARGET_2020.id,),
    measure=planned.SHANXI_RURAL_DISPOSABLE_INCOME_GROWTH_TARGET_2020.measure,
)

# 三是以持久之功推进转型项目建设, the third of the five things done in 2020.
SHANXI_FIXED_ASSET_INVESTMENT_GROWTH_2020 = Outcome(
    id="shanxi_fixed_asset_investment_growth_2020",
    quote="全年新开工项目7274个，计划总投资1.24万亿元，带动全社会固定资产投资增长10.6%",
    section=None,
    document=DOCUMENT,
    figure="10.6%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    outcome_of=(planned.SHANXI_FIXED_ASSET_INVESTMENT_GROWTH_TARGET_2020.id,),
    measure=planned.SHANXI_FIXED_ASSET_INVESTMENT_GROWTH_TARGET_2020.measure,
    reading=Text(
        zh="此句在2020年工作(一是至五是)中,以“全年”起句,故读作2020年全省全社会固定资产投资增速;"
        "句子把增长归于新开工项目的带动,但数字是全社会固定资产投资本身的增速,与目标同一指标",
        en="The sentence stands in the account of 2020 (its 一是 to 五是) and opens with 全年 ('in the whole "
        "year'), so the figure is read as the province's growth of total investment in fixed assets in 2020. "
        "The sentence credits the new projects with driving (带动) the growth, but the figure is the growth "
        "of total fixed-asset investment itself, the measure of the target.",
    ),
)
