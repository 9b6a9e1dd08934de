"""Part 二, the main expected targets for 2020: the paragraph "今年经济社会发展的主要预期目标是：…".

Every figure of the paragraph is a :class:`ProvinceTarget`, with its qualifier as written (左右 ABOUT,
以上 AT_LEAST, 以内 WITHIN). A ceiling (控制在…以内, 控制在…左右) aims to decrease. Where the sentence
gives two figures with 分别, both records quote the clause, in which each figure stands once.
``counterparts`` names the Datong 2020 main expected target (section ``plan_targets``) for the same
measure, whose ``measure`` the record shares; a measure Datong sets no target for has none. Price bases
follow the statistical convention, as for Datong's targets (:class:`datong2020.model.PriceBasis`).
"""

from datong2020.model import Direction, FigureKind, Period, PriceBasis, ProvinceTarget, Qualifier
from datong2020.report.plan import targets as datong
from datong2020.text import NBS, Text

YEAR = Period.year(2020)
DOCUMENT = "shanxi_2020"

SHANXI_GDP_GROWTH_TARGET_2020 = ProvinceTarget(
    id="shanxi_gdp_growth_target_2020",
    quote="全省地区生产总值增长6.1%左右",
    section=None,
    document=DOCUMENT,
    figure="6.1%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    qualifier=Qualifier.ABOUT,
    price_basis=PriceBasis.COMPARABLE,
    measure=datong.GDP_GROWTH_TARGET_2020.measure,
    counterparts=(datong.GDP_GROWTH_TARGET_2020.id,),
)
SHANXI_BUDGET_REVENUE_GROWTH_TARGET_2020 = ProvinceTarget(
    id="shanxi_budget_revenue_growth_target_2020",
    quote="一般公共预算收入增长2%",
    section=None,
    document=DOCUMENT,
    figure="2%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    price_basis=PriceBasis.CURRENT,
    measure=datong.BUDGET_REVENUE_GROWTH_TARGET_2020.measure,
    counterparts=(datong.BUDGET_REVENUE_GROWTH_TARGET_2020.id,),
)
SHANXI_FIXED_ASSET_INVESTMENT_GROWTH_TARGET_2020 = ProvinceTarget(
    id="shanxi_fixed_asset_investment_growth_target_2020",
    quote="全社会固定资产投资增长6%以上",
    section=None,
    document=DOCUMENT,
    figure="6%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    qualifier=Qualifier.AT_LEAST,
    price_basis=PriceBasis.CURRENT,
    measure=datong.FIXED_ASSET_INVESTMENT_GROWTH_TARGET_2020.measure,
    counterparts=(datong.FIXED_ASSET_INVESTMENT_GROWTH_TARGET_2020.id,),
)
SHANXI_RETAIL_SALES_GROWTH_TARGET_2020 = ProvinceTarget(
    id="shanxi_retail_sales_growth_target_2020",
    quote="社会消费品零售总额增长7%",
    section=None,
    document=DOCUMENT,
    figure="7%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    price_basis=PriceBasis.CURRENT,
    measure=datong.RETAIL_SALES_GROWTH_TARGET_2020.measure,
    counterparts=(datong.RETAIL_SALES_GROWTH_TARGET_2020.id,),
)

# 城乡居民人均可支配收入 ----------------------------------------------------------------------------
# 分别 pairs the figures with 城乡 in order: the urban residents' first, the rural residents' second.
_INCOME = "城乡居民人均可支配收入分别增长6.1%以上和6.5%以上"

SHANXI_URBAN_DISPOSABLE_INCOME_GROWTH_TARGET_2020 = ProvinceTarget(
    id="shanxi_urban_disposable_income_growth_target_2020",
    quote=_INCOME,
    section=None,
    document=DOCUMENT,
    figure="6.1%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    qualifier=Qualifier.AT_LEAST,
    price_basis=PriceBasis.CURRENT,
    measure=datong.URBAN_DISPOSABLE_INCOME_GROWTH_TARGET_2020.measure,
    counterparts=(datong.URBAN_DISPOSABLE_INCOME_GROWTH_TARGET_2020.id,),
)
SHANXI_RURAL_DISPOSABLE_INCOME_GROWTH_TARGET_2020 = ProvinceTarget(
    id="shanxi_rural_disposable_income_growth_target_2020",
    quote=_INCOME,
    section=None,
    document=DOCUMENT,
    figure="6.5%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    qualifier=Qualifier.AT_LEAST,
    price_basis=PriceBasis.CURRENT,
    measure=datong.RURAL_DISPOSABLE_INCOME_GROWTH_TARGET_2020.measure,
    counterparts=(datong.RURAL_DISPOSABLE_INCOME_GROWTH_TARGET_2020.id,),
)

SHANXI_NEW_URBAN_JOBS_TARGET_2020 = ProvinceTarget(
    id="shanxi_new_urban_jobs_target_2020",
    quote="城镇新增就业46万人",
    section=None,
    document=DOCUMENT,
    figure="46万人",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=datong.NEW_URBAN_JOBS_TARGET_2020.measure,
    counterparts=(datong.NEW_URBAN_JOBS_TARGET_2020.id,),
    note=Text(
        zh="大同的同一指标不设数字(完成省下达任务),两者无法按数字比较",
        en="Datong sets the same measure without a number (meet the quota assigned by the province), so the "
        "two cannot be compared by number",
    ),
)

# 失业率 ---------------------------------------------------------------------------------------------
# 分别 pairs 4.5%以内 with the registered rate and 6.5%左右 with the surveyed rate; both are ceilings.
_UNEMPLOYMENT = "城镇登记失业率、城镇调查失业率分别控制在4.5%以内、6.5%左右"

SHANXI_URBAN_UNEMPLOYMENT_RATE_TARGET_2020 = ProvinceTarget(
    id="shanxi_urban_unemployment_rate_target_2020",
    quote=_UNEMPLOYMENT,
    section=None,
    document=DOCUMENT,
    figure="4.5%",
    figure_kind=FigureKind.RATE,
    period=YEAR,
    qualifier=Qualifier.WITHIN,
    aim=Direction.DECREASE,
    measure=datong.URBAN_UNEMPLOYMENT_RATE_TARGET_2020.measure,
    counterparts=(datong.URBAN_UNEMPLOYMENT_RATE_TARGET_2020.id,),
)
SHANXI_SURVEYED_URBAN_UNEMPLOYMENT_RATE_TARGET_2020 = ProvinceTarget(
    id="shanxi_surveyed_urban_unemployment_rate_target_2020",
    quote=_UNEMPLOYMENT,
    section=None,
    document=DOCUMENT,
    figure="6.5%",
    figure_kind=FigureKind.RATE,
    period=YEAR,
    qualifier=Qualifier.ABOUT,
    aim=Direction.DECREASE,  # 控制在: held down to about 6.5%
    measure=Text(zh="城镇调查失业率", en="surveyed urban unemployment rate", en_source=NBS),
    note=Text(
        zh="大同2020年主要预期目标不设城镇调查失业率",
        en="Datong's 2020 main expected targets set no surveyed urban unemployment rate",
    ),
)

SHANXI_CPI_INCREASE_TARGET_2020 = ProvinceTarget(
    id="shanxi_cpi_increase_target_2020",
    quote="居民消费价格涨幅控制在3.5%左右",
    section=None,
    document=DOCUMENT,
    figure="3.5%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    qualifier=Qualifier.ABOUT,
    aim=Direction.DECREASE,  # 控制在: held down to about 3.5%
    measure=datong.CPI_INCREASE_TARGET_2020.measure,
    counterparts=(datong.CPI_INCREASE_TARGET_2020.id,),
)
