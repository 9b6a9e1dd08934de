"""Part 二, the main projected targets for 2020: the paragraph beginning "今年经济社会发展的形势复杂".

Each target links to the 2019 fact it builds on where the report gives one. Price bases follow the
statistical convention (see :class:`datong2020.model.PriceBasis`); the report itself does not state them.
"""

from datong2020.model import (
    Direction,
    FigureKind,
    NotASentence,
    Period,
    PriceBasis,
    Qualifier,
    SentenceReason,
    Target,
)
from datong2020.text import NBS, STATE_COUNCIL, Text

YEAR = Period.year(2020)
SECTION = "plan_targets"

_ASSIGNED_BY_PROVINCE = Text(zh="完成省下达任务", en="meet the quota assigned by the province")

GDP_GROWTH_TARGET_2020 = Target(
    id="gdp_growth_target_2020",
    quote="地区生产总值增长6.3%左右。",
    section=SECTION,
    figure="6.3%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    qualifier=Qualifier.ABOUT,
    base="gdp_2019",
    price_basis=PriceBasis.COMPARABLE,
    measure=Text(zh="地区生产总值增长", en="growth of gross regional product"),
)
INDUSTRIAL_VALUE_ADDED_GROWTH_TARGET_2020 = Target(
    id="industrial_value_added_growth_target_2020",
    quote="规上工业增加值增长6%。",
    section=SECTION,
    figure="6%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    base="industrial_value_added_2019",
    price_basis=PriceBasis.COMPARABLE,
    measure=Text(zh="规上工业增加值增长", en="growth of industrial value added above designated size"),
)
FIXED_ASSET_INVESTMENT_GROWTH_TARGET_2020 = Target(
    id="fixed_asset_investment_growth_target_2020",
    quote="全社会固定资产投资增长8%。",
    section=SECTION,
    figure="8%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    base="fixed_asset_investment_2019",
    price_basis=PriceBasis.CURRENT,
    measure=Text(zh="全社会固定资产投资增长", en="growth of total investment in fixed assets"),
)
RETAIL_SALES_GROWTH_TARGET_2020 = Target(
    id="retail_sales_growth_target_2020",
    quote="社会消费品零售总额增长7%。",
    section=SECTION,
    figure="7%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    base="retail_sales_2019",
    price_basis=PriceBasis.CURRENT,
    measure=Text(zh="社会消费品零售总额增长", en="growth of total retail sales of consumer goods"),
)
BUDGET_REVENUE_GROWTH_TARGET_2020 = Target(
    id="budget_revenue_growth_target_2020",
    quote="一般公共预算收入增长2.5%。",
    section=SECTION,
    figure="2.5%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    base="budget_revenue_2019",
    price_basis=PriceBasis.CURRENT,
    measure=Text(zh="一般公共预算收入增长", en="growth of general public budget revenue"),
)
URBAN_DISPOSABLE_INCOME_GROWTH_TARGET_2020 = Target(
    id="urban_disposable_income_growth_target_2020",
    quote="城镇居民人均可支配收入增长6.5%以上。",
    section=SECTION,
    figure="6.5%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    qualifier=Qualifier.AT_LEAST,
    base="urban_disposable_income_2019",
    price_basis=PriceBasis.CURRENT,
    measure=Text(zh="城镇居民人均可支配收入增长", en="growth of urban per capita disposable income"),
    note=Text(
        zh="2019年的指标名为“城镇常住居民人均可支配收入”",
        en="the 2019 review names the indicator 城镇常住居民人均可支配收入 (of urban permanent residents)",
    ),
)
RURAL_DISPOSABLE_INCOME_GROWTH_TARGET_2020 = Target(
    id="rural_disposable_income_growth_target_2020",
    quote="农村居民人均可支配收入增长7%。",
    section=SECTION,
    figure="7%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    base="rural_disposable_income_2019",
    price_basis=PriceBasis.CURRENT,
    measure=Text(zh="农村居民人均可支配收入增长", en="growth of rural per capita disposable income"),
    note=Text(
        zh="2019年的指标名为“农村常住居民人均可支配收入”",
        en="the 2019 review names the indicator 农村常住居民人均可支配收入 (of rural permanent residents)",
    ),
)
NEW_URBAN_JOBS_TARGET_2020 = Target(
    id="new_urban_jobs_target_2020",
    quote="城镇新增就业完成省下达任务。",
    section=SECTION,
    figure=None,
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    base="new_urban_jobs_2019",
    requirement=_ASSIGNED_BY_PROVINCE,
    measure=Text(zh="城镇新增就业", en="new urban jobs", en_source=STATE_COUNCIL),
)
URBAN_UNEMPLOYMENT_RATE_TARGET_2020 = Target(
    id="urban_unemployment_rate_target_2020",
    quote="城镇登记失业率控制在4.5%以内。",
    section=SECTION,
    figure="4.5%",
    figure_kind=FigureKind.RATE,
    period=YEAR,
    qualifier=Qualifier.WITHIN,
    aim=Direction.DECREASE,
    measure=Text(zh="城镇登记失业率", en="registered urban unemployment rate", en_source=NBS),
)
CPI_INCREASE_TARGET_2020 = Target(
    id="cpi_increase_target_2020",
    quote="居民消费价格涨幅控制在3.5%左右。",
    section=SECTION,
    figure="3.5%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    qualifier=Qualifier.ABOUT,
    aim=Direction.DECREASE,  # 控制在: held down to about 3.5%
    measure=Text(zh="居民消费价格涨幅", en="CPI increase", en_source=STATE_COUNCIL),
)
BINDING_TARGETS_2020 = Target(
    id="binding_targets_2020",
    quote="各项约束性指标完成省下达任务。",
    section=SECTION,
    period=YEAR,
    requirement=_ASSIGNED_BY_PROVINCE,
    measure=Text(zh="各项约束性指标", en="all binding targets", en_source=STATE_COUNCIL),
)

NOT_SENTENCES = (
    NotASentence(
        quote="千方百计完成好今年的各项工作任务",
        reason=SentenceReason.PRINCIPLE,
        note=Text(
            zh="号召完成今年各项任务;任务本身由前面的预期目标和其后的“十大工程”列出。",
            en="A call to complete the year's tasks; the targets before it and the ten programmes after it "
            "state what the tasks are.",
        ),
    ),
)
