"""Part 一, work area 四是: poverty alleviation ("四是补足全面建成小康社会短板,脱贫攻坚实现决战决胜。").

Gaps to moderate prosperity, counties, villages and people lifted out of poverty, industrial poverty
alleviation, relocation ("十三五" cumulative figures), housing, health (with its two named campaigns)
and infrastructure (with the "三县一区" road building). Quotes are verbatim; figures are as written.
English is ours unless ``en_source`` says otherwise.
What the text reports without a figure (a project completed, a title won, a reform, an event) is an
:class:`Achievement` beside the facts of its passage.
"""

from datong2020.model import Achievement, AchievementKind, Fact, FigureKind, Period, Project
from datong2020.text import Text

YEAR = Period.year(2019)
THIRTEENTH_FIVE_YEAR_PLAN_TO_DATE = Period.cumulative_to(2019, since=2016)
SECTION = "review_poverty"

_TO_DATE_NOTE = Text(
    zh="“十三五”期间(2016—2020年)截至2019年的累计数",
    en="Cumulative over the 13th Five-Year Plan period (2016–2020) up to 2019; "
    "the report gives no cut-off date.",
)

# 全面建成小康社会短板 -------------------------------------------------------------------------------
MODERATE_PROSPERITY_LAGGING_INDICATORS_2019 = Fact(
    id="moderate_prosperity_lagging_indicators_2019",
    quote="紧盯全面建成小康社会9项存在差距的指标",
    section=SECTION,
    figure="9项",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="全面建成小康社会存在差距的指标",
        en="indicators of moderate prosperity in all respects on which the city still fell short",
    ),
)

# 精准扶贫 ---------------------------------------------------------------------------------------------
POVERTY_COUNTIES_DELISTED_2019 = Fact(
    id="poverty_counties_delisted_2019",
    quote="天镇、广灵、浑源3个贫困县脱贫摘帽",
    section=SECTION,
    figure="3个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="贫困县脱贫摘帽", en="poverty-stricken counties removed from the poverty list"),
    members=(
        Text(zh="天镇", en="Tianzhen"),
        Text(zh="广灵", en="Guangling"),
        Text(zh="浑源", en="Hunyuan"),
    ),
    places=("tianzhen", "guangling", "hunyuan"),
    note=Text(
        zh="天镇、广灵、浑源", en="The report names the three: Tianzhen, Guangling and Hunyuan counties."
    ),
)
POOR_VILLAGES_EXITED_2019 = Fact(
    id="poor_villages_exited_2019",
    quote="101个村全部退出",
    section=SECTION,
    figure="101个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="贫困村退出", en="poor villages removed from the poverty list"),
)
PEOPLE_LIFTED_OUT_OF_POVERTY_2019 = Fact(
    id="people_lifted_out_of_poverty_2019",
    quote="2.56万人口高质量脱贫",
    section=SECTION,
    figure="2.56万人",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="高质量脱贫人口", en="people lifted out of poverty (to a high standard)"),
    note=Text(zh="原文作“2.56万人口”", en="The report writes 2.56万人口 ('2.56万 population')."),
)

# 产业扶贫 ---------------------------------------------------------------------------------------------
INDUSTRIAL_POVERTY_ALLEVIATION_INVESTMENT_2019 = Fact(
    id="industrial_poverty_alleviation_investment_2019",
    quote="产业扶贫扎实推进,投资8.36亿元",
    section=SECTION,
    figure="8.36亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="产业扶贫投资", en="investment in poverty alleviation through industry"),
)

_INCOME_RAISED = "有效带动5.5万户、12.5万名贫困人口增收"

POOR_HOUSEHOLDS_INCOME_RAISED_2019 = Fact(
    id="poor_households_income_raised_2019",
    quote=_INCOME_RAISED,
    section=SECTION,
    figure="5.5万户",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="带动增收的贫困户",
        en="poor households whose incomes were raised through industrial poverty alleviation",
    ),
)
POOR_PEOPLE_INCOME_RAISED_2019 = Fact(
    id="poor_people_income_raised_2019",
    quote=_INCOME_RAISED,
    section=SECTION,
    figure="12.5万名",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="poor_households_income_raised_2019",
    measure=Text(
        zh="带动增收的贫困人口",
        en="poor people whose incomes were raised through industrial poverty alleviation",
    ),
    note=Text(
        zh="与5.5万户为同一批受益者", en="The same beneficiaries as the 5.5万 households, counted in people."
    ),
)

# 易地搬迁 ---------------------------------------------------------------------------------------------
_RELOCATION = "“十三五”期间已完成94905人,完成率100%,入住率96.8%"

POVERTY_RELOCATION_PEOPLE_2016_2019 = Fact(
    id="poverty_relocation_people_2016_2019",
    quote=_RELOCATION,
    section=SECTION,
    figure="94905人",
    figure_kind=FigureKind.COUNT,
    period=THIRTEENTH_FIVE_YEAR_PLAN_TO_DATE,
    measure=Text(zh="易地搬迁完成人数", en="people relocated from inhospitable areas"),
    note=_TO_DATE_NOTE,
)
POVERTY_RELOCATION_COMPLETION_RATE_2016_2019 = Fact(
    id="poverty_relocation_completion_rate_2016_2019",
    quote=_RELOCATION,
    section=SECTION,
    figure="100%",
    figure_kind=FigureKind.RATE,
    period=THIRTEENTH_FIVE_YEAR_PLAN_TO_DATE,
    of="poverty_relocation_people_2016_2019",
    measure=Text(zh="易地搬迁完成率", en="completion rate of poverty-alleviation relocation"),
    note=_TO_DATE_NOTE,
)
POVERTY_RELOCATION_OCCUPANCY_RATE_2016_2019 = Fact(
    id="poverty_relocation_occupancy_rate_2016_2019",
    quote=_RELOCATION,
    section=SECTION,
    figure="96.8%",
    figure_kind=FigureKind.RATE,
    period=THIRTEENTH_FIVE_YEAR_PLAN_TO_DATE,
    of="poverty_relocation_people_2016_2019",
    measure=Text(zh="易地搬迁入住率", en="occupancy rate of relocation housing"),
    note=_TO_DATE_NOTE,
)

# 危房改造 ---------------------------------------------------------------------------------------------
_DILAPIDATED_HOUSING = "2019年危房改造27714户,竣工率达100%"

DILAPIDATED_HOUSING_RENOVATED_2019 = Fact(
    id="dilapidated_housing_renovated_2019",
    quote=_DILAPIDATED_HOUSING,
    section=SECTION,
    figure="27714户",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="危房改造户数", en="households whose dilapidated houses were renovated"),
)
DILAPIDATED_HOUSING_COMPLETION_RATE_2019 = Fact(
    id="dilapidated_housing_completion_rate_2019",
    quote=_DILAPIDATED_HOUSING,
    section=SECTION,
    figure="100%",
    figure_kind=FigureKind.RATE,
    period=YEAR,
    of="dilapidated_housing_renovated_2019",
    measure=Text(zh="危房改造竣工率", en="completion rate of dilapidated-housing renovation"),
)

# 健康扶贫 ---------------------------------------------------------------------------------------------
_HEALTH_CAMPAIGNS = "全面开展“健康扶贫村村行”“巡回医疗服务”系列活动"

HEALTH_POVERTY_VILLAGE_TOURS = Project(
    id="health_poverty_village_tours",
    quote=_HEALTH_CAMPAIGNS,
    section=SECTION,
    name=Text(zh="健康扶贫村村行", en="Health Poverty Alleviation Village Tours"),
)
MOBILE_MEDICAL_SERVICES = Project(
    id="mobile_medical_services",
    quote=_HEALTH_CAMPAIGNS,
    section=SECTION,
    name=Text(zh="巡回医疗服务", en="Mobile Medical Services"),
)

_HEALTH_COVERAGE = "覆盖49个乡镇525个村"

HEALTH_CAMPAIGN_TOWNSHIPS_COVERED_2019 = Fact(
    id="health_campaign_townships_covered_2019",
    quote=_HEALTH_COVERAGE,
    section=SECTION,
    figure="49个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("health_poverty_village_tours", "mobile_medical_services"),
    measure=Text(
        zh="“健康扶贫村村行”“巡回医疗服务”系列活动覆盖乡镇",
        en="townships covered by the health poverty-alleviation village tours and mobile medical services",
    ),
)
HEALTH_CAMPAIGN_VILLAGES_COVERED_2019 = Fact(
    id="health_campaign_villages_covered_2019",
    quote=_HEALTH_COVERAGE,
    section=SECTION,
    figure="525个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="health_campaign_townships_covered_2019",
    about=("health_poverty_village_tours", "mobile_medical_services"),
    measure=Text(
        zh="“健康扶贫村村行”“巡回医疗服务”系列活动覆盖村",
        en="villages covered by the health poverty-alleviation village tours and mobile medical services",
    ),
)
POOR_HOUSEHOLDS_DOUBLE_SIGNING_SHARE_2019 = Fact(
    id="poor_households_double_signing_share_2019",
    quote="建档立卡贫困户“双签约”达到100%",
    section=SECTION,
    figure="100%",
    figure_kind=FigureKind.SHARE,
    period=YEAR,
    measure=Text(
        zh="建档立卡贫困户“双签约”比例",
        en="share of registered poor households covered by the 'double signing' (双签约) of health contracts",
    ),
    note=Text(
        zh="整体为全部建档立卡贫困户,报告未给出其数目",
        en="The whole is all registered poor households; the report does not give their number.",
    ),
)

# 基础设施、公共服务 -----------------------------------------------------------------------------------
_THREE_COUNTIES_ONE_DISTRICT_ROADS = "“三县一区”完成公路建设任务265公里"

THREE_COUNTIES_ONE_DISTRICT_ROADS = Project(
    id="three_counties_one_district_roads",
    quote=_THREE_COUNTIES_ONE_DISTRICT_ROADS,
    section=SECTION,
    name=Text(zh="公路建设任务", en="road building in the 'three counties and one district' (三县一区)"),
)
THREE_COUNTIES_ONE_DISTRICT_ROADS_BUILT_2019 = Fact(
    id="three_counties_one_district_roads_built_2019",
    quote=_THREE_COUNTIES_ONE_DISTRICT_ROADS,
    section=SECTION,
    figure="265公里",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    about=("three_counties_one_district_roads",),
    measure=Text(zh="“三县一区”公路建设", en="roads built in the 'three counties and one district'"),
    note=Text(
        zh="报告在此未列出“三县一区”", en="The report does not name the three counties and one district here."
    ),
)

_GRID = "贫困村电网升级改造覆盖率、易地扶贫搬迁新村电网建设配套率均达到100%"

POOR_VILLAGE_GRID_UPGRADE_COVERAGE_2019 = Fact(
    id="poor_village_grid_upgrade_coverage_2019",
    quote=_GRID,
    section=SECTION,
    figure="100%",
    figure_kind=FigureKind.RATE,
    period=YEAR,
    measure=Text(zh="贫困村电网升级改造覆盖率", en="coverage of power-grid upgrading in poor villages"),
)
RELOCATION_VILLAGE_GRID_COMPLETION_RATE_2019 = Fact(
    id="relocation_village_grid_completion_rate_2019",
    quote=_GRID,
    section=SECTION,
    figure="100%",
    figure_kind=FigureKind.RATE,
    period=YEAR,
    measure=Text(
        zh="易地扶贫搬迁新村电网建设配套率",
        en="rate of power-grid provision in new villages for poverty-alleviation relocation",
    ),
)
VILLAGES_WITH_FULL_4G_COVERAGE_2019 = Fact(
    id="villages_with_full_4g_coverage_2019",
    quote="完成229个行政村4G网络全覆盖",
    section=SECTION,
    figure="229个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="实现4G网络全覆盖的行政村", en="administrative villages given full 4G network coverage"),
)
VILLAGE_CULTURAL_CENTRES_COMPLETED_2019 = Fact(
    id="village_cultural_centres_completed_2019",
    quote="268个行政村综合文化活动中心全部配套到位",
    section=SECTION,
    figure="268个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="综合文化活动中心配套到位的行政村",
        en="administrative villages whose comprehensive cultural activity centres were fully equipped",
    ),
)

# 走在全省前列的扶贫工作 ---------------------------------------------------------------------------------
POVERTY_WORK_AHEAD_IN_SHANXI_2019 = Achievement(
    id="poverty_work_ahead_in_shanxi_2019",
    quote="小额信贷、光伏扶贫、就业扶贫、驻村帮扶等多项工作走在全省前列",
    section=SECTION,
    what=Text(
        zh="小额信贷、光伏扶贫、就业扶贫、驻村帮扶等多项工作走在全省前列",
        en="microcredit, solar-power poverty alleviation, jobs for the poor, village-based assistance teams "
        "and other work are among the best in Shanxi",
    ),
    category=AchievementKind.ADVANCED,
    period=YEAR,
)
