"""Part 一, its opening and the 2019 headline indicators: the paragraph beginning "2019年,市域主要经济指标".

Seven indicators, each with its 2019 level, its growth and the rank of that growth among Shanxi's
cities ("增幅全省第N"), then the report's own summary of the ranks. The part's opening sentence and
the line leading into the eight work areas report nothing checkable; they are declared as such at the end. Quotes are verbatim; figures are as
written (6.0% stays 6.0); English is ours unless ``en_source`` names an official rendering.
"""

from datong2020.model import Direction, Fact, FigureKind, NotASentence, Period, Qualifier, SentenceReason
from datong2020.text import NBS, Text

YEAR = Period.year(2019)
SECTION = "review_headline"

# 地区生产总值 -----------------------------------------------------------------------------------------
_GDP = "地区生产总值完成1318.8亿元,增长6.7%,增幅全省第1"

GDP_2019 = Fact(
    id="gdp_2019",
    quote=_GDP,
    section=SECTION,
    figure="1318.8亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="地区生产总值", en="gross regional product", en_source=NBS),
)
GDP_GROWTH_2019 = Fact(
    id="gdp_growth_2019",
    quote=_GDP,
    section=SECTION,
    figure="6.7%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    of="gdp_2019",
    measure=Text(zh="地区生产总值增长", en="growth of gross regional product"),
)
GDP_GROWTH_RANK_2019 = Fact(
    id="gdp_growth_rank_2019",
    quote=_GDP,
    section=SECTION,
    figure="第1",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    of="gdp_growth_2019",
    measure=Text(zh="地区生产总值增幅全省位次", en="rank of GDP growth among Shanxi's cities"),
)
# The same paragraph restates GDP's first place in characters; checks.py confirms the two agree.
GDP_GROWTH_RANK_2019_RESTATED = Fact(
    id="gdp_growth_rank_2019_restated",
    quote="GDP增速之所以取得第一位的名次",
    section=SECTION,
    figure="第一位",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    of="gdp_growth_2019",
    measure=Text(zh="GDP增速名次", en="rank of GDP growth among Shanxi's cities (restated)"),
)

# 规模以上工业增加值 ---------------------------------------------------------------------------------
_INDUSTRY = "规模以上工业增加值完成352.2亿元,增长6.0%,增幅全省第3"

INDUSTRIAL_VALUE_ADDED_2019 = Fact(
    id="industrial_value_added_2019",
    quote=_INDUSTRY,
    section=SECTION,
    figure="352.2亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(
        zh="规模以上工业增加值",
        en="value added of industrial enterprises above designated size",
        en_source=NBS,
    ),
)
INDUSTRIAL_VALUE_ADDED_GROWTH_2019 = Fact(
    id="industrial_value_added_growth_2019",
    quote=_INDUSTRY,
    section=SECTION,
    figure="6.0%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    of="industrial_value_added_2019",
    measure=Text(zh="规模以上工业增加值增长", en="growth of industrial value added above designated size"),
)
INDUSTRIAL_VALUE_ADDED_GROWTH_RANK_2019 = Fact(
    id="industrial_value_added_growth_rank_2019",
    quote=_INDUSTRY,
    section=SECTION,
    figure="第3",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    of="industrial_value_added_growth_2019",
    measure=Text(
        zh="规模以上工业增加值增幅全省位次", en="rank of industrial value-added growth among Shanxi's cities"
    ),
)

# 固定资产投资 ---------------------------------------------------------------------------------------
_INVESTMENT = "固定资产投资完成606.9亿元,增长10.5%,增幅全省第3"

FIXED_ASSET_INVESTMENT_2019 = Fact(
    id="fixed_asset_investment_2019",
    quote=_INVESTMENT,
    section=SECTION,
    figure="606.9亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="固定资产投资", en="investment in fixed assets", en_source=NBS),
)
FIXED_ASSET_INVESTMENT_GROWTH_2019 = Fact(
    id="fixed_asset_investment_growth_2019",
    quote=_INVESTMENT,
    section=SECTION,
    figure="10.5%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    of="fixed_asset_investment_2019",
    measure=Text(zh="固定资产投资增长", en="growth of investment in fixed assets"),
)
FIXED_ASSET_INVESTMENT_GROWTH_RANK_2019 = Fact(
    id="fixed_asset_investment_growth_rank_2019",
    quote=_INVESTMENT,
    section=SECTION,
    figure="第3",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    of="fixed_asset_investment_growth_2019",
    measure=Text(
        zh="固定资产投资增幅全省位次", en="rank of fixed-asset investment growth among Shanxi's cities"
    ),
)

# 社会消费品零售总额 ---------------------------------------------------------------------------------
_RETAIL = "社会消费品零售总额完成755亿元,增长7.9%,增幅全省第4"

RETAIL_SALES_2019 = Fact(
    id="retail_sales_2019",
    quote=_RETAIL,
    section=SECTION,
    figure="755亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="社会消费品零售总额", en="total retail sales of consumer goods", en_source=NBS),
)
RETAIL_SALES_GROWTH_2019 = Fact(
    id="retail_sales_growth_2019",
    quote=_RETAIL,
    section=SECTION,
    figure="7.9%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    of="retail_sales_2019",
    measure=Text(zh="社会消费品零售总额增长", en="growth of total retail sales of consumer goods"),
)
RETAIL_SALES_GROWTH_RANK_2019 = Fact(
    id="retail_sales_growth_rank_2019",
    quote=_RETAIL,
    section=SECTION,
    figure="第4",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    of="retail_sales_growth_2019",
    measure=Text(zh="社会消费品零售总额增幅全省位次", en="rank of retail sales growth among Shanxi's cities"),
)

# 一般公共预算收入 -----------------------------------------------------------------------------------
_REVENUE = "一般公共预算收入完成130.1亿元,增长8.7%,增幅全省第5"

BUDGET_REVENUE_2019 = Fact(
    id="budget_revenue_2019",
    quote=_REVENUE,
    section=SECTION,
    figure="130.1亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="一般公共预算收入", en="general public budget revenue", en_source=NBS),
)
BUDGET_REVENUE_GROWTH_2019 = Fact(
    id="budget_revenue_growth_2019",
    quote=_REVENUE,
    section=SECTION,
    figure="8.7%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    of="budget_revenue_2019",
    measure=Text(zh="一般公共预算收入增长", en="growth of general public budget revenue"),
)
BUDGET_REVENUE_GROWTH_RANK_2019 = Fact(
    id="budget_revenue_growth_rank_2019",
    quote=_REVENUE,
    section=SECTION,
    figure="第5",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    of="budget_revenue_growth_2019",
    measure=Text(zh="一般公共预算收入增幅全省位次", en="rank of budget revenue growth among Shanxi's cities"),
)

# 城镇常住居民人均可支配收入 -------------------------------------------------------------------------
_URBAN_INCOME = "城镇常住居民人均可支配收入32252元,增长7.8%,增幅全省第2"

URBAN_DISPOSABLE_INCOME_2019 = Fact(
    id="urban_disposable_income_2019",
    quote=_URBAN_INCOME,
    section=SECTION,
    figure="32252元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(
        zh="城镇常住居民人均可支配收入", en="per capita disposable income of urban residents", en_source=NBS
    ),
)
URBAN_DISPOSABLE_INCOME_GROWTH_2019 = Fact(
    id="urban_disposable_income_growth_2019",
    quote=_URBAN_INCOME,
    section=SECTION,
    figure="7.8%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    of="urban_disposable_income_2019",
    measure=Text(zh="城镇常住居民人均可支配收入增长", en="growth of urban per capita disposable income"),
)
URBAN_DISPOSABLE_INCOME_GROWTH_RANK_2019 = Fact(
    id="urban_disposable_income_growth_rank_2019",
    quote=_URBAN_INCOME,
    section=SECTION,
    figure="第2",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    of="urban_disposable_income_growth_2019",
    measure=Text(
        zh="城镇常住居民人均可支配收入增幅全省位次", en="rank of urban income growth among Shanxi's cities"
    ),
)

# 农村常住居民人均可支配收入 -------------------------------------------------------------------------
_RURAL_INCOME = "农村常住居民人均可支配收入10725元,增长10.5%,增幅全省第2"

RURAL_DISPOSABLE_INCOME_2019 = Fact(
    id="rural_disposable_income_2019",
    quote=_RURAL_INCOME,
    section=SECTION,
    figure="10725元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(
        zh="农村常住居民人均可支配收入", en="per capita disposable income of rural residents", en_source=NBS
    ),
)
RURAL_DISPOSABLE_INCOME_GROWTH_2019 = Fact(
    id="rural_disposable_income_growth_2019",
    quote=_RURAL_INCOME,
    section=SECTION,
    figure="10.5%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    of="rural_disposable_income_2019",
    measure=Text(zh="农村常住居民人均可支配收入增长", en="growth of rural per capita disposable income"),
)
RURAL_DISPOSABLE_INCOME_GROWTH_RANK_2019 = Fact(
    id="rural_disposable_income_growth_rank_2019",
    quote=_RURAL_INCOME,
    section=SECTION,
    figure="第2",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    of="rural_disposable_income_growth_2019",
    measure=Text(
        zh="农村常住居民人均可支配收入增幅全省位次", en="rank of rural income growth among Shanxi's cities"
    ),
)

# 上述7个主要指标,有5个居全省前3位次 -----------------------------------------------------------------
_SUMMARY = "上述7个主要指标,有5个居全省前3位次"

HEADLINE_INDICATOR_COUNT = Fact(
    id="headline_indicator_count",
    quote=_SUMMARY,
    section=SECTION,
    figure="7个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="主要指标个数", en="number of headline indicators"),
)
HEADLINE_INDICATORS_IN_TOP_PLACES = Fact(
    id="headline_indicators_in_top_places",
    quote=_SUMMARY,
    section=SECTION,
    figure="5个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="增幅居全省前列的主要指标个数",
        en="number of headline indicators whose growth ranks in Shanxi's top places",
    ),
)
HEADLINE_TOP_PLACES = Fact(
    id="headline_top_places",
    quote=_SUMMARY,
    section=SECTION,
    figure="前3位次",
    figure_kind=FigureKind.RANK,
    qualifier=Qualifier.WITHIN,
    period=YEAR,
    measure=Text(zh="全省前列的位次界限(前3位次)", en="the lowest place counted as a top place (top 3)"),
)

# 开篇与过渡 -----------------------------------------------------------------------------------------
NOT_SENTENCES = (
    NotASentence(
        quote="过去的一年,全市上下坚持以习近平新时代中国特色社会主义思想为指导",
        reason=SentenceReason.APPRAISAL,
        note=Text(
            zh="第一部分的开篇:以指导思想开头,总括全年“取得重大进步”,具体成绩见其后各段。",
            en="The opening of part 一: it names the guiding thought and sums the year up as 'major "
            "progress'; what was achieved is stated in the paragraphs that follow.",
        ),
    ),
    NotASentence(quote="一年来,我们主要做了以下工作:", reason=SentenceReason.TRANSITION),
)
