"""Part 二, programme (六) 省域副中心城市建设工程 ("(六)省域副中心城市建设工程"): the province's sub-central city.

Its three numbered tasks ("一是高起点规划城市。", "二是高水平发展城市。", "三是高质量推进城乡融合。") are
:class:`Section` records. Task 一是 holds the staged goals: the plan by the end of 2020, a framework by
2025, and the long-range goals for 2035 (GDP above 600 billion yuan, urbanisation, population and land).
The slogans of this programme (六宜, 三区三地, 一核六县多点, 五区联动, 八大组团, 一湖三河, 三个一体化,
两下两进两拆) are terms, encoded elsewhere. Quotes are verbatim; figures are as written. English is ours
unless ``en_source`` says otherwise.
"""

import datetime

from datong2020.model import (
    Commitment,
    FigureKind,
    NotASentence,
    Part,
    PassingMention,
    Period,
    Project,
    Qualifier,
    Section,
    SentenceReason,
    Target,
    TimeFrame,
)
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2020)
PROGRAMME = "programme_sub_central_city"

# The programme's aim --------------------------------------------------------------------------------
_NO_DATE = Text(
    zh="报告未给出期限;记在2020年工作安排之下。",
    en="The report sets no date; recorded under the 2020 plan.",
)

TRANSPORT_AND_LOGISTICS_HUB_CITY_2020 = Target(
    id="transport_and_logistics_hub_city_2020",
    quote="把大同建设成全国综合交通枢纽和陆港型国家物流枢纽承载城市",
    section=PROGRAMME,
    period=YEAR,
    requirement=Text(
        zh="把大同建设成全国综合交通枢纽和陆港型国家物流枢纽承载城市",
        en="make Datong a national comprehensive transport hub and a host city of a national logistics hub "
        "of the inland-port type",
    ),
    measure=Text(
        zh="大同作为全国综合交通枢纽和陆港型国家物流枢纽承载城市的地位",
        en="Datong's standing as a national transport hub and inland-port national logistics hub city",
    ),
    note=_NO_DATE,
)

_GATEWAY = "打造成我省东向对接京津冀、融入环渤海的重要门户和晋冀蒙(乌大张)长城金三角合作区核心枢纽城市"

GREAT_WALL_GOLDEN_TRIANGLE_COOPERATION_ZONE = Project(
    id="great_wall_golden_triangle_cooperation_zone",
    quote=_GATEWAY,
    section=PROGRAMME,
    name=Text(
        zh="晋冀蒙(乌大张)长城金三角合作区",
        en="Shanxi–Hebei–Inner Mongolia (Ulanqab–Datong–Zhangjiakou) Great Wall Golden Triangle cooperation "
        "zone",
    ),
    note=Text(
        zh="乌大张即乌兰察布、大同、张家口。",
        en="乌大张 stands for Ulanqab, Datong and Zhangjiakou.",
    ),
)
EASTERN_GATEWAY_AND_GOLDEN_TRIANGLE_HUB_2020 = Target(
    id="eastern_gateway_and_golden_triangle_hub_2020",
    quote=_GATEWAY,
    section=PROGRAMME,
    period=YEAR,
    about=("great_wall_golden_triangle_cooperation_zone",),
    requirement=Text(
        zh=_GATEWAY,
        en="make Datong the province's main gateway eastwards to Beijing–Tianjin–Hebei and the Bohai Rim, and "
        "the core hub city of the Great Wall Golden Triangle cooperation zone",
    ),
    measure=Text(
        zh="大同作为我省东向门户和长城金三角合作区核心枢纽城市的地位",
        en="Datong's standing as Shanxi's eastern gateway and the Golden Triangle's core hub city",
    ),
    note=_NO_DATE,
)

# 一是 高起点规划城市 -------------------------------------------------------------------------------------
SUB_CENTRAL_CITY_PLANNING = Section(
    id="sub_central_city_planning",
    quote="一是高起点规划城市。",
    section=PROGRAMME,
    marker="一是",
    part=Part.PLAN,
    title=Text(zh="高起点规划城市", en="Planning the city from a high starting point"),
)
SECTION_PLANNING = "sub_central_city_planning"

INDUSTRY_FUNCTION_SPACE_RESHAPED_2020 = Target(
    id="industry_function_space_reshaped_2020",
    quote="全面加快产业重塑、功能重塑、空间重塑",
    section=SECTION_PLANNING,
    period=YEAR,
    requirement=Text(
        zh="全面加快产业重塑、功能重塑、空间重塑",
        en="speed up reshaping the city's industries, functions and space across the board",
    ),
    measure=Text(zh="产业、功能、空间重塑", en="reshaping of industry, functions and space"),
)
THREE_ZONES_THREE_BASES_2020 = Target(
    id="three_zones_three_bases_2020",
    quote="着力建设“三区三地”",
    section=SECTION_PLANNING,
    period=YEAR,
    note=Text(
        zh="“三区三地”的六项见术语 three_zones_three_bases。",
        en="The six are listed in the term three_zones_three_bases.",
    ),
    requirement=Text(
        zh="着力建设“三区三地”",
        en="build the 'three zones and three bases'",
    ),
    measure=Text(zh="“三区三地”建设", en="building of the three zones and three bases"),
)
RESOURCE_CITY_TRANSFORMATION_PATH_2020 = Target(
    id="resource_city_transformation_path_2020",
    quote="加快走出一条资源型城市转型升级新路",
    section=SECTION_PLANNING,
    period=YEAR,
    requirement=Text(
        zh="加快走出一条资源型城市转型升级新路",
        en="find sooner a new path of transformation and upgrading for a resource-based city",
    ),
    measure=Text(zh="资源型城市转型升级新路", en="new path for a resource-based city"),
)
FOUR_DISTRICTS_AS_CORE_2020 = Target(
    id="four_districts_as_core_2020",
    quote="推动平城、云冈、云州、新荣四区凝聚成核",
    section=SECTION_PLANNING,
    period=YEAR,
    places=("pingcheng", "yungang", "yunzhou", "xinrong"),
    requirement=Text(
        zh="推动平城、云冈、云州、新荣四区凝聚成核",
        en="bring the four districts of Pingcheng, Yungang, Yunzhou and Xinrong together as one core",
    ),
    measure=Text(zh="四区凝聚成核", en="the four districts joined into the urban core"),
    note=Text(
        zh="“一核六县多点”城镇化布局中的“一核”;此处“云冈”与其他三区并列,指云冈区。",
        en="The 'one core' of the 一核六县多点 urbanisation layout. 云冈 stands here among the four districts, "
        "so it is 云冈区.",
    ),
)
SIX_COUNTY_TOWNS_2020 = Target(
    id="six_county_towns_2020",
    quote="坚持功能互补、特色分明、城乡一体的要求,做优做精六大县城",
    section=SECTION_PLANNING,
    period=YEAR,
    places=("yanggao", "tianzhen", "guangling", "lingqiu", "hunyuan", "zuoyun"),
    requirement=Text(
        zh="坚持功能互补、特色分明、城乡一体的要求,做优做精六大县城",
        en="improve and refine the six county towns, with complementary functions, distinct characters and "
        "town and country as one",
    ),
    measure=Text(zh="六大县城的建设", en="development of the six county towns"),
    note=Text(
        zh="报告未列出六个县;大同市辖六县(阳高、天镇、广灵、灵丘、浑源、左云),据此标注地点。",
        en="The report does not name the six; Datong has six counties (Yanggao, Tianzhen, Guangling, Lingqiu, "
        "Hunyuan, Zuoyun), whose places the record carries.",
    ),
)
SPECIAL_TOWNS_PER_COUNTY_2020 = Target(
    id="special_towns_per_county_2020",
    quote="每个县做专做特1-2个重点特色镇",
    section=SECTION_PLANNING,
    figure="1-2个",
    value=ureg.Quantity(1, "个"),
    upper=ureg.Quantity(2, "个"),
    qualifier=Qualifier.BETWEEN,
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="每个县做专做特的重点特色镇(每县)",
        en="key towns with a special focus and character to be developed in each county (per county)",
    ),
    note=Text(
        zh="属城镇化布局,报告未给出年份;记在2020年工作安排之下。",
        en="Part of the urbanisation layout; the report gives no year, so it is recorded under the 2020 "
        "plan.",
    ),
)

_PLAN_BY_YEAR_END = (
    "今年年底省域副中心城市的规划、定位、编制完成,形成省域副中心城市的“十四五”和远景发展的雏形"
)

SUB_CENTRAL_CITY_PLAN_2020 = Target(
    id="sub_central_city_plan_2020",
    quote=_PLAN_BY_YEAR_END,
    section=SECTION_PLANNING,
    period=YEAR,
    due=TimeFrame(wording="今年年底", end=datetime.date(2020, 12, 31)),
    requirement=Text(
        zh="省域副中心城市的规划、定位、编制完成,形成省域副中心城市的“十四五”和远景发展的雏形",
        en="complete the planning, positioning and drafting for the provincial sub-central city, giving the "
        "embryonic form of its 14th Five-Year and long-range development",
    ),
    measure=Text(
        zh="省域副中心城市的规划、定位、编制", en="plan, positioning and drafting for the sub-central city"
    ),
)

_FRAMEWORK_2025 = "到2025年转型出雏形之时,成功搭建高水平省域副中心城市框架"

SUB_CENTRAL_CITY_FRAMEWORK_2025 = Target(
    id="sub_central_city_framework_2025",
    quote=_FRAMEWORK_2025,
    section=SECTION_PLANNING,
    period=Period.year(2025),
    due=TimeFrame(wording="到2025年", end=datetime.date(2025, 12, 31)),
    requirement=Text(
        zh="成功搭建高水平省域副中心城市框架",
        en="build the framework of a high-level provincial sub-central city",
    ),
    measure=Text(zh="省域副中心城市框架", en="framework of the provincial sub-central city"),
)

# 到2035年: the long-range goals. The paragraph opens with "到2035年转型全面实现之时" and goes on, over three
# sentences, with no other year; we read every figure in them as a goal for 2035.
_BY_2035 = TimeFrame(wording="到2035年", end=datetime.date(2035, 12, 31))
_YEAR_2035 = Period.year(2035)
_READ_AS_2035 = Text(
    zh="此句在“到2035年转型全面实现之时”一句之后,未另写年份,按2035年目标记录。",
    en="This sentence follows the one opening '到2035年转型全面实现之时' (by 2035, when transformation is "
    "fully achieved) and names no year of its own; we record it as a 2035 goal.",
)

_GDP_2035 = (
    "到2035年转型全面实现之时,高质量建成省域副中心城市,全市地区生产总值突破6000亿元,达到全省贡献率的10%以上"
)

SUB_CENTRAL_CITY_BUILT_2035 = Target(
    id="sub_central_city_built_2035",
    quote=_GDP_2035,
    section=SECTION_PLANNING,
    period=_YEAR_2035,
    due=_BY_2035,
    requirement=Text(zh="高质量建成省域副中心城市", en="complete a high-quality provincial sub-central city"),
    measure=Text(zh="省域副中心城市建成", en="completion of the provincial sub-central city"),
)
GDP_TARGET_2035 = Target(
    id="gdp_target_2035",
    quote=_GDP_2035,
    section=SECTION_PLANNING,
    figure="6000亿元",
    figure_kind=FigureKind.LEVEL,
    period=_YEAR_2035,
    qualifier=Qualifier.EXCEED,
    due=_BY_2035,
    base="gdp_2019",
    measure=Text(zh="全市地区生产总值", en="gross regional product of the city"),
)
GDP_PROVINCIAL_SHARE_TARGET_2035 = Target(
    id="gdp_provincial_share_target_2035",
    quote=_GDP_2035,
    section=SECTION_PLANNING,
    figure="10%",
    figure_kind=FigureKind.SHARE,
    period=_YEAR_2035,
    qualifier=Qualifier.AT_LEAST,
    due=_BY_2035,
    measure=Text(
        zh="全省贡献率",
        en="the city's contribution to the province (share of Shanxi's gross regional product)",
    ),
    note=Text(
        zh="原文为“达到全省贡献率的10%以上”;我们理解为全市地区生产总值占全省的比重。",
        en="Written '达到全省贡献率的10%以上' (reach 10% or more of the province's contribution rate); we read "
        "it as the city's share of Shanxi's gross regional product.",
    ),
)
NON_COAL_INDUSTRY_SHARE_TARGET_2035 = Target(
    id="non_coal_industry_share_target_2035",
    quote="多元新兴支柱产业形成,非煤产业占比达到70%以上",
    section=SECTION_PLANNING,
    figure="70%",
    figure_kind=FigureKind.SHARE,
    period=_YEAR_2035,
    qualifier=Qualifier.AT_LEAST,
    due=_BY_2035,
    measure=Text(zh="非煤产业占比", en="share of non-coal industries"),
    note=Text(
        zh=_READ_AS_2035.zh + "报告未说明占比的分母(产值或增加值)。",
        en=_READ_AS_2035.en + " The report does not say of what whole (output or value added).",
    ),
)

_POPULATION_2035 = (
    "常住人口城镇化率达到78%左右,市域人口规模达到400万人,中心城市人口规模达到220万人、用地规模达到220平方公里"
)

URBANISATION_RATE_TARGET_2035 = Target(
    id="urbanisation_rate_target_2035",
    quote=_POPULATION_2035,
    section=SECTION_PLANNING,
    figure="78%",
    figure_kind=FigureKind.RATE,
    period=_YEAR_2035,
    qualifier=Qualifier.ABOUT,
    due=_BY_2035,
    measure=Text(zh="常住人口城镇化率", en="urbanisation rate of the permanent resident population"),
    note=_READ_AS_2035,
)
CITY_POPULATION_TARGET_2035 = Target(
    id="city_population_target_2035",
    quote=_POPULATION_2035,
    section=SECTION_PLANNING,
    figure="400万人",
    figure_kind=FigureKind.COUNT,
    period=_YEAR_2035,
    due=_BY_2035,
    measure=Text(zh="市域人口规模", en="population of the whole city area"),
    note=_READ_AS_2035,
)
CENTRAL_CITY_POPULATION_TARGET_2035 = Target(
    id="central_city_population_target_2035",
    quote=_POPULATION_2035,
    section=SECTION_PLANNING,
    figure="220万人",
    figure_kind=FigureKind.COUNT,
    period=_YEAR_2035,
    due=_BY_2035,
    measure=Text(zh="中心城市人口规模", en="population of the central city"),
    note=_READ_AS_2035,
)
CENTRAL_CITY_LAND_TARGET_2035 = Target(
    id="central_city_land_target_2035",
    quote=_POPULATION_2035,
    section=SECTION_PLANNING,
    figure="220平方公里",
    figure_kind=FigureKind.LEVEL,
    period=_YEAR_2035,
    due=_BY_2035,
    measure=Text(zh="中心城市用地规模", en="land area of the central city"),
    note=_READ_AS_2035,
)

# 二是 高水平发展城市 -------------------------------------------------------------------------------------
SUB_CENTRAL_CITY_DEVELOPMENT = Section(
    id="sub_central_city_development",
    quote="二是高水平发展城市。",
    section=PROGRAMME,
    marker="二是",
    part=Part.PLAN,
    title=Text(zh="高水平发展城市", en="Developing the city to a high standard"),
)

INDUSTRY_CITY_INTEGRATION_2020 = Target(
    id="industry_city_integration_2020",
    quote="加快产城融合",
    section="sub_central_city_development",
    period=YEAR,
    requirement=Text(
        zh="加快产城融合",
        en="integrate industry and the city faster",
    ),
    measure=Text(zh="产城融合", en="integration of industry and city"),
)
FIVE_INDUSTRY_BASES_2020 = Target(
    id="five_industry_bases_2020",
    quote="聚力打造先进制造基地、通航产业高地、现代医药产地、数字经济重地、文化旅游胜地",
    section="sub_central_city_development",
    period=YEAR,
    requirement=Text(
        zh="聚力打造先进制造基地、通航产业高地、现代医药产地、数字经济重地、文化旅游胜地",
        en="concentrate on building a base of advanced manufacturing, a high ground of general aviation, a "
        "home of modern medicine, a centre of the digital economy and a destination of culture and tourism",
    ),
    measure=Text(zh="五个产业高地", en="five industrial strongholds"),
)
OLD_TOWN_RESTORATION_SPEEDED_UP_2020 = Target(
    id="old_town_restoration_speeded_up_2020",
    quote="深度挖掘北魏文化,全面加快古城修复",
    section="sub_central_city_development",
    period=YEAR,
    about=("datong_old_city_conservation",),
    requirement=Text(
        zh="深度挖掘北魏文化,全面加快古城修复",
        en="dig deep into the culture of the Northern Wei and speed up restoring the old town",
    ),
    measure=Text(zh="古城修复", en="restoration of the old town"),
)
HISTORIC_CITY_BRAND_2020 = Target(
    id="historic_city_brand_2020",
    quote="擦亮国家历史文化名城金字招牌",
    section="sub_central_city_development",
    period=YEAR,
    requirement=Text(
        zh="擦亮国家历史文化名城金字招牌",
        en="polish the golden title of national famous historical and cultural city",
    ),
    measure=Text(zh="国家历史文化名城品牌", en="brand of national famous historical and cultural city"),
)
ECOLOGICAL_BARRIER_2020 = Target(
    id="ecological_barrier_2020",
    quote="构筑华北生态大屏障、北京美丽后花园和山西绿色北大门",
    section="sub_central_city_development",
    period=YEAR,
    requirement=Text(
        zh="构筑华北生态大屏障、北京美丽后花园和山西绿色北大门",
        en="make the city a great ecological barrier for North China, a beautiful back garden for Beijing "
        "and Shanxi's green northern gate",
    ),
    measure=Text(zh="生态屏障", en="ecological barrier"),
)

# 三是 高质量推进城乡融合 ---------------------------------------------------------------------------------
SUB_CENTRAL_CITY_URBAN_RURAL_INTEGRATION = Section(
    id="sub_central_city_urban_rural_integration",
    quote="三是高质量推进城乡融合。",
    section=PROGRAMME,
    marker="三是",
    part=Part.PLAN,
    title=Text(zh="高质量推进城乡融合", en="Integrating town and country to a high standard"),
)
SECTION_INTEGRATION = "sub_central_city_urban_rural_integration"

_ROADS = (
    "加快同煤快线、平城街西跨桥、北环路、云州街东延等道路桥梁工程建设,确保今年按照6月30日、8月30日建成通车"
)

TONGMEI_EXPRESSWAY = Project(
    id="tongmei_expressway",
    quote=_ROADS,
    section=SECTION_INTEGRATION,
    name=Text(zh="同煤快线", en="Tongmei express road"),
)
PINGCHENG_STREET_WEST_BRIDGE = Project(
    id="pingcheng_street_west_bridge",
    quote=_ROADS,
    section=SECTION_INTEGRATION,
    name=Text(zh="平城街西跨桥", en="Pingcheng Street west bridge"),
)
NORTH_RING_ROAD = Project(
    id="north_ring_road",
    quote=_ROADS,
    section=SECTION_INTEGRATION,
    name=Text(zh="北环路", en="North Ring Road"),
)
YUNZHOU_STREET_EAST_EXTENSION = Project(
    id="yunzhou_street_east_extension",
    quote=_ROADS,
    section=SECTION_INTEGRATION,
    name=Text(zh="云州街东延", en="eastern extension of Yunzhou Street"),
)
ROAD_AND_BRIDGE_PROJECTS_OPENED_2020 = Target(
    id="road_and_bridge_projects_opened_2020",
    quote=_ROADS,
    section=SECTION_INTEGRATION,
    period=YEAR,
    commitment=Commitment.ENSURE,
    due=TimeFrame(
        wording="今年按照6月30日、8月30日",
        end=datetime.date(2020, 8, 30),
        milestones=(datetime.date(2020, 6, 30), datetime.date(2020, 8, 30)),
    ),
    about=(
        "tongmei_expressway",
        "pingcheng_street_west_bridge",
        "north_ring_road",
        "yunzhou_street_east_extension",
    ),
    requirement=Text(
        zh="确保今年按照6月30日、8月30日建成通车",
        en="complete and open to traffic, without fail, by 30 June and 30 August this year",
    ),
    measure=Text(zh="道路桥梁工程建成通车", en="road and bridge projects completed and opened to traffic"),
    note=Text(
        zh="报告未说明哪项工程对应哪个日期;工程名单以“等”结尾。",
        en="The report does not say which project is due by which date; its list of projects ends with 等.",
    ),
)
CITY_EXPRESS_ROUTE_DESIGN_2020 = Target(
    id="city_express_route_design_2020",
    quote="启动纵贯南北城市快线的规划设计",
    section=SECTION_INTEGRATION,
    period=YEAR,
    requirement=Text(
        zh="启动纵贯南北城市快线的规划设计",
        en="start planning and designing a north–south urban express route",
    ),
    measure=Text(
        zh="纵贯南北城市快线的规划设计", en="planning and design of a north–south urban express route"
    ),
)
FOUR_GOOD_RURAL_ROADS_2020 = Target(
    id="four_good_rural_roads_2020",
    quote="新改建“四好农村路”818公里",
    section=SECTION_INTEGRATION,
    figure="818公里",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="新改建“四好农村路”", en="'Four Good Rural Roads' newly built or rebuilt"),
    note=Text(
        zh="2019年“三县一区完成公路建设任务265公里”(three_counties_one_district_roads_built_2019)口径不同,"
        "不作 base 链接。",
        en="The 265 km of roads built in the 'three counties and one district' in 2019 "
        "(three_counties_one_district_roads_built_2019) are a different measure, so no base link is made.",
    ),
)

_TWO_DOWN = "深入开展“两下两进两拆”专项整治"

TWO_DOWN_TWO_IN_TWO_REMOVALS_2020 = Target(
    id="two_down_two_in_two_removals_2020",
    quote=_TWO_DOWN,
    section=SECTION_INTEGRATION,
    period=YEAR,
    note=Text(
        zh="专项整治的内容见名词解释“两下两进两拆”(two_down_two_in_two_removals)。",
        en="What the campaign covers is explained in the report's glossary under 两下两进两拆 "
        "(two_down_two_in_two_removals).",
    ),
    requirement=Text(zh=_TWO_DOWN, en="carry the 'two down, two in, two removals' campaign deeper"),
    measure=Text(zh="“两下两进两拆”专项整治", en="the 'two down, two in, two removals' campaign"),
)
URBAN_NEGATIVE_SPACES_2020 = Target(
    id="urban_negative_spaces_2020",
    quote="持续改造城市消极空间",
    section=SECTION_INTEGRATION,
    period=YEAR,
    requirement=Text(zh="持续改造城市消极空间", en="keep transforming the city's neglected spaces"),
    measure=Text(zh="城市消极空间改造", en="transformation of neglected urban spaces"),
)
URBAN_FINE_MANAGEMENT_2020 = Target(
    id="urban_fine_management_2020",
    quote="提高城市精细化管理水平,大力改善人居环境",
    section=SECTION_INTEGRATION,
    period=YEAR,
    requirement=Text(
        zh="提高城市精细化管理水平,大力改善人居环境",
        en="manage the city in finer detail and greatly improve the living environment",
    ),
    measure=Text(zh="城市精细化管理水平", en="refinement of urban management"),
)
LARGE_COUNTY_TOWNS_2020 = Target(
    id="large_county_towns_2020",
    quote="全面加快大县城建设",
    section=SECTION_INTEGRATION,
    period=YEAR,
    requirement=Text(zh="全面加快大县城建设", en="speed up building larger county towns across the board"),
    measure=Text(zh="大县城建设", en="building of larger county towns"),
)
THREE_CONCENTRATIONS_2020 = Target(
    id="three_concentrations_2020",
    quote="推动乡村人口向中心县城集中、优势产业向工业园区集中、各类资本向资源富集区域集中",
    section=SECTION_INTEGRATION,
    period=YEAR,
    requirement=Text(
        zh="推动乡村人口向中心县城集中、优势产业向工业园区集中、各类资本向资源富集区域集中",
        en="draw the rural population into the central county towns, competitive industries into industrial "
        "parks and capital of every kind into resource-rich areas",
    ),
    measure=Text(zh="人口、产业、资本的集中", en="concentration of population, industry and capital"),
)
URBAN_RURAL_PUBLIC_SERVICES_LINKED_2020 = Target(
    id="urban_rural_public_services_linked_2020",
    quote="同步推进医疗资源协作互助、教育资源整合共享、社会保障接轨衔接、社会治理统筹联动",
    section=SECTION_INTEGRATION,
    period=YEAR,
    requirement=Text(
        zh="同步推进医疗资源协作互助、教育资源整合共享、社会保障接轨衔接、社会治理统筹联动",
        en="at the same time, pool medical resources, integrate and share education resources, join up social "
        "security and coordinate social governance",
    ),
    measure=Text(
        zh="医疗、教育、社会保障、社会治理的城乡衔接",
        en="linking town and country in health, education, social security and governance",
    ),
)
URBANISATION_SPEEDED_UP_2020 = Target(
    id="urbanisation_speeded_up_2020",
    quote="增强城镇对乡村的带动能力,加快农民变市民,缩小城乡统筹差别,提速城镇化水平",
    section=SECTION_INTEGRATION,
    period=YEAR,
    requirement=Text(
        zh="增强城镇对乡村的带动能力,加快农民变市民,缩小城乡统筹差别,提速城镇化水平",
        en="let towns pull the countryside along, turn farmers into town residents faster, narrow the gap "
        "between town and country and speed up urbanisation",
    ),
    measure=Text(zh="城镇化水平", en="level of urbanisation"),
)
COUNTY_TO_CITY_CONVERSION_2020 = Target(
    id="county_to_city_conversion_2020",
    quote="支持浑源、左云启动撤县设市工作",
    section=SECTION_INTEGRATION,
    period=YEAR,
    places=("hunyuan", "zuoyun"),
    requirement=Text(
        zh="支持浑源、左云启动撤县设市工作",
        en="support Hunyuan and Zuoyun in starting the conversion from county to county-level city",
    ),
    measure=Text(zh="撤县设市工作", en="conversion of counties into county-level cities"),
)

_STREET_NAMES = Text(
    zh="“平城街”“云州街”是街道名称,不指平城区、云州区;报告未写工程所在的区。",
    en="平城街 and 云州街 are street names, not the districts of Pingcheng and Yunzhou; the report does not say "
    "in which district the works lie.",
)

PASSING_MENTIONS = (
    PassingMention(record="tongmei_expressway", place="pingcheng", reason=_STREET_NAMES),
    PassingMention(record="tongmei_expressway", place="yunzhou", reason=_STREET_NAMES),
    PassingMention(record="pingcheng_street_west_bridge", place="pingcheng", reason=_STREET_NAMES),
    PassingMention(record="pingcheng_street_west_bridge", place="yunzhou", reason=_STREET_NAMES),
    PassingMention(record="north_ring_road", place="pingcheng", reason=_STREET_NAMES),
    PassingMention(record="north_ring_road", place="yunzhou", reason=_STREET_NAMES),
    PassingMention(record="yunzhou_street_east_extension", place="pingcheng", reason=_STREET_NAMES),
    PassingMention(record="yunzhou_street_east_extension", place="yunzhou", reason=_STREET_NAMES),
    PassingMention(record="road_and_bridge_projects_opened_2020", place="pingcheng", reason=_STREET_NAMES),
    PassingMention(record="road_and_bridge_projects_opened_2020", place="yunzhou", reason=_STREET_NAMES),
)

NOT_SENTENCES = (
    NotASentence(
        quote="建设省域副中心城市,是省委赋予新时代大同的重大使命",
        reason=SentenceReason.PRINCIPLE,
        note=Text(
            zh="说明建设省域副中心城市的由来(省委赋予的使命),本身不含承诺;承诺见本工程各项目标。",
            en="States where the task comes from (a mission given by the provincial Party committee) and commits "
            "to nothing itself; the programme's commitments are its targets.",
        ),
    ),
)
