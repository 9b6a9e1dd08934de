"""Datong 2021 report, part 一, the review of 2020: the paragraphs 一是 … 六是 after "2020年是大同发展史上".

Each figure that is the 2020 value of a Datong 2020 target's measure or of a 2019 headline indicator is an
:class:`~datong2020.model.Outcome` linking them (``outcome_of``); so is the completion of a project the
2020 plan names. Measures reuse the Chinese and English of the record they are the outcome of; where
that record words a commitment ("to be built"), the measure says what was done instead. Figures the
2020 report sets no target for (减免税费56.5亿元, 粮食总产量12.37亿公斤, 315天 of good air …) are not
encoded here.
"""

from datong2020.model import Direction, FigureKind, Outcome, Period
from datong2020.text import NBS, STATE_COUNCIL, Text

YEAR = Period.year(2020)
DOCUMENT = "datong_2021"

# 一是 疫情防控和经济社会发展 ----------------------------------------------------------------------------
GDP_GROWTH_2020 = Outcome(
    id="gdp_growth_2020",
    quote="地区生产总值增速上半年实现由负转正，全年达到4.3％",
    section=None,
    document=DOCUMENT,
    figure="4.3％",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    outcome_of=("gdp_growth_target_2020", "gdp_growth_2019"),
    measure=Text(zh="地区生产总值增长", en="growth of gross regional product"),
)

# 二是 “六新”突破 -------------------------------------------------------------------------------------
# "全省排名第二" ranks the count among Shanxi's cities; no Datong 2020 record ranks 5G base stations.
BASE_STATIONS_5G_BUILT_2020 = Outcome(
    id="base_stations_5g_built_2020",
    quote="5G网络基站建成1767个、全省排名第二",
    section=None,
    document=DOCUMENT,
    figure="1767个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    outcome_of=("base_stations_5g_2020",),
    measure=Text(zh="5G基站建成", en="5G base stations built"),
    reading=Text(
        zh="“5G网络基站建成1767个”写在2020年的回顾里,读作2020年建成的5G基站数,即“年内建设1700座5G基站”"
        "的结果;原文未说明这是当年新建数还是年末累计数,二者相差2020年以前已建的基站(2020年的报告未给出其数)。",
        en="Read as the 5G base stations built in 2020, the outcome of 'build 1,700 5G base stations within "
        "the year', since the review of 2020 states it; the text does not say whether 1,767 is the year's "
        "new stations or the year-end stock, which differ by the stations built before 2020 (the 2020 "
        "report gives no number for them).",
    ),
)
LONGI_PV_COMPLETED_2020 = Outcome(
    id="longi_pv_completed_2020",
    quote="隆基绿能、新研氢能等项目竣工投产",
    section=None,
    document=DOCUMENT,
    period=YEAR,
    outcome_of=(
        "longi_pv_full_industry_chain",
        "longi_pv_module_project",
        "xian_longi_pv_full_industry_chain_project",
    ),
    measure=Text(zh="隆基光伏全产业链", en="LONGi photovoltaic full-industry-chain project"),
    result=Text(zh="竣工投产", en="completed and put into production"),
    reading=Text(
        zh="原文只称“隆基绿能”项目,未说明是哪一期;读作2020年计划中的大同隆基光伏项目(3GW电池、1.5GW组件),"
        "该计划在三处提到它,三条项目记录互为同一项目。",
        en="The text names only the company's project ('隆基绿能'), not which phase; read as the LONGi "
        "photovoltaic project in Datong that the 2020 plan names three times (3 GW of cells, 1.5 GW of "
        "modules), recorded as one project and two records that are the same undertaking.",
    ),
)

# 三是 脱贫攻坚和“三农” ----------------------------------------------------------------------------------
_RURAL_INCOME = "农村常住居民人均可支配收入11610元、同比增长8.2％、位居全省第二"

RURAL_DISPOSABLE_INCOME_2020 = Outcome(
    id="rural_disposable_income_2020",
    quote=_RURAL_INCOME,
    section=None,
    document=DOCUMENT,
    figure="11610元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    outcome_of=("rural_disposable_income_2019",),
    measure=Text(
        zh="农村常住居民人均可支配收入", en="per capita disposable income of rural residents", en_source=NBS
    ),
)
RURAL_DISPOSABLE_INCOME_GROWTH_2020 = Outcome(
    id="rural_disposable_income_growth_2020",
    quote=_RURAL_INCOME,
    section=None,
    document=DOCUMENT,
    figure="8.2％",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    outcome_of=("rural_disposable_income_growth_target_2020", "rural_disposable_income_growth_2019"),
    measure=Text(zh="农村常住居民人均可支配收入增长", en="growth of rural per capita disposable income"),
)
RURAL_DISPOSABLE_INCOME_GROWTH_RANK_2020 = Outcome(
    id="rural_disposable_income_growth_rank_2020",
    quote=_RURAL_INCOME,
    section=None,
    document=DOCUMENT,
    figure="第二",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    outcome_of=("rural_disposable_income_growth_rank_2019",),
    measure=Text(
        zh="农村常住居民人均可支配收入增幅全省位次", en="rank of rural income growth among Shanxi's cities"
    ),
    reading=Text(
        zh="“位居全省第二”紧随收入水平和增速,未说明排的是哪一个;读作增速的位次:它紧接在增速之后,"
        "2020年的报告给七项主要指标排的也都是增幅的位次(“增幅全省第2”)。",
        en="'位居全省第二' follows both the level and its growth without saying which is ranked; read as the "
        "rank of the growth: it stands right after the growth, and the 2020 report ranks each of its seven "
        "headline indicators by growth ('增幅全省第2').",
    ),
)
AGRO_PROCESSING_MAJOR_PROJECTS_ADVANCED_2020 = Outcome(
    id="agro_processing_major_projects_advanced_2020",
    quote="北肉平台、骏腾肉鸡、恒宗黄芪精深加工等83个重点项目有力推进",
    section=None,
    document=DOCUMENT,
    figure="83个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    outcome_of=("agro_processing_major_projects_2020",),
    measure=Text(zh="有力推进的农产品加工重点项目", en="major farm-product processing projects advanced"),
    reading=Text(
        zh="读作2020年计划“83大项目建设”的同一批项目:数目相同、领域相同,但两份报告举的例子不同"
        "(2020年:北方医药黄芪深加工、黄花系列功能产品开发;2021年:北肉平台、骏腾肉鸡、恒宗黄芪精深加工)。"
        "原文说的是“有力推进”,不是建成。",
        en="Read as the same 83 projects the 2020 plan gives priority to: the same number in the same field, "
        "though the two reports name different examples (2020: Northern Medicine's astragalus processing, "
        "daylily functional products; 2021: the northern meat platform, Junteng broilers, Hengzong "
        "astragalus). The 2021 report says they were advanced ('有力推进'), not completed.",
    ),
)
RURAL_ROADS_BUILT_2020 = Outcome(
    id="rural_roads_built_2020",
    quote="农村公路建设完成1193公里",
    section=None,
    document=DOCUMENT,
    figure="1193公里",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    outcome_of=("four_good_rural_roads_2020",),
    measure=Text(zh="农村公路建设完成", en="rural roads built"),
    reading=Text(
        zh="读作“新改建‘四好农村路’818公里”的结果:“四好农村路”是农村公路建设的全国提法,两者量的都是"
        "当年新建和改建的农村公路里程;2021年的报告未用“四好”二字。",
        en="Read as the outcome of 'build or rebuild 818 km of Four Good Rural Roads': 'Four Good Rural "
        "Roads' is the national name of the rural road programme, and both count the kilometres of rural "
        "road built or rebuilt in the year; the 2021 report does not use the name.",
    ),
)

# 六是 保障改善民生 ------------------------------------------------------------------------------------
NEW_URBAN_JOBS_2020 = Outcome(
    id="new_urban_jobs_2020",
    quote="全市新增城镇就业4.67万人",
    section=None,
    document=DOCUMENT,
    figure="4.67万人",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    outcome_of=("new_urban_jobs_target_2020", "new_urban_jobs_2019"),
    measure=Text(zh="城镇新增就业", en="new urban jobs", en_source=STATE_COUNCIL),
    note=Text(
        zh="2021年的报告写作“新增城镇就业”,2020年写作“城镇新增就业”;目标是“完成省下达任务”,"
        "省下达的数目两份报告都没有给出,故看不出是否完成。",
        en="The 2021 report writes 新增城镇就业, the 2020 report 城镇新增就业. The target was the province's "
        "quota, which neither report states, so whether it was met cannot be read from them.",
    ),
)
RURAL_BOARDING_SCHOOLS_BUILT_2020 = Outcome(
    id="rural_boarding_schools_built_2020",
    quote="建设乡镇寄宿制学校31所",
    section=None,
    document=DOCUMENT,
    figure="31所",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    outcome_of=("rural_boarding_schools_2020",),
    measure=Text(zh="建设乡镇寄宿制学校", en="township boarding schools built"),
)
