"""Part 一, work area 三是: industrial transformation and the three revitalisations
("三是持续加快产业转型升级,三大振兴成果明显。").

Industry (enterprises, investment, technical upgrading, high-tech and strategic emerging industries),
culture and tourism (scenic areas, visitors, revenue), and the countryside (agriculture, village
environment). The tourism sites and rural programmes the figures are about are :class:`Project`
records, declared above their facts. Quotes are verbatim; figures are as written; English is ours
unless ``en_source`` says otherwise.
What the text reports without a figure (a project completed, a title won, a reform, an event) is an
:class:`Achievement` beside the facts of its passage.
"""

from datong2020.model import (
    Achievement,
    AchievementKind,
    Brand,
    Direction,
    Fact,
    FigureKind,
    PassingMention,
    Period,
    Project,
    Qualifier,
)
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2019)
SECTION = "review_industry"

# 工业大振兴: 规模企业 ------------------------------------------------------------------------------
_ENTERPRISES = "全市规模企业由168家增加到260家"

INDUSTRIAL_ENTERPRISES_ABOVE_SIZE_2018 = Fact(
    id="industrial_enterprises_above_size_2018",
    quote=_ENTERPRISES,
    section=SECTION,
    figure="168家",
    figure_kind=FigureKind.COUNT,
    period=Period.year(2018),
    of="industrial_enterprises_above_size_2019",
    measure=Text(
        zh="规模企业数(起点)", en="number of industrial enterprises above designated size (start value)"
    ),
    note=Text(
        zh="“由168家增加到260家”的起点,即2018年末数",
        en="The start value of 'rose from 168 to 260', i.e. the end-2018 number",
    ),
)
INDUSTRIAL_ENTERPRISES_ABOVE_SIZE_2019 = Fact(
    id="industrial_enterprises_above_size_2019",
    quote=_ENTERPRISES,
    section=SECTION,
    figure="260家",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="规模企业数", en="number of industrial enterprises above designated size"),
)

# 工业投资 -------------------------------------------------------------------------------------------
_INDUSTRIAL_INVESTMENT = "全市工业投资完成212.3亿元,占到全市固定资产投资的35%"

INDUSTRIAL_INVESTMENT_2019 = Fact(
    id="industrial_investment_2019",
    quote=_INDUSTRIAL_INVESTMENT,
    section=SECTION,
    figure="212.3亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="工业投资", en="industrial investment"),
)
INDUSTRIAL_INVESTMENT_SHARE_2019 = Fact(
    id="industrial_investment_share_2019",
    quote=_INDUSTRIAL_INVESTMENT,
    section=SECTION,
    figure="35%",
    figure_kind=FigureKind.SHARE,
    period=YEAR,
    of="industrial_investment_2019",
    whole="fixed_asset_investment_2019",
    measure=Text(
        zh="工业投资占全市固定资产投资比重", en="industrial investment as a share of fixed-asset investment"
    ),
)

# 工业技改投资 ---------------------------------------------------------------------------------------
_UPGRADING_INVESTMENT = "工业技改投资78.3亿元、增长14.2%"

TECHNICAL_UPGRADING_INVESTMENT_2019 = Fact(
    id="technical_upgrading_investment_2019",
    quote=_UPGRADING_INVESTMENT,
    section=SECTION,
    figure="78.3亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="工业技改投资", en="investment in industrial technical upgrading"),
)
TECHNICAL_UPGRADING_INVESTMENT_GROWTH_2019 = Fact(
    id="technical_upgrading_investment_growth_2019",
    quote=_UPGRADING_INVESTMENT,
    section=SECTION,
    figure="14.2%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    of="technical_upgrading_investment_2019",
    measure=Text(zh="工业技改投资增长", en="growth of investment in industrial technical upgrading"),
)

# 高技术产业投资 -------------------------------------------------------------------------------------
_HIGH_TECH_INVESTMENT = (
    "高技术产业投资高度聚焦科技创新平台建设、大数据产业和现代医药行业,全年完成67亿元、增长444%"
)

HIGH_TECH_INDUSTRY_INVESTMENT_2019 = Fact(
    id="high_tech_industry_investment_2019",
    quote=_HIGH_TECH_INVESTMENT,
    section=SECTION,
    figure="67亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="高技术产业投资", en="investment in high-tech industries"),
)
HIGH_TECH_INDUSTRY_INVESTMENT_GROWTH_2019 = Fact(
    id="high_tech_industry_investment_growth_2019",
    quote=_HIGH_TECH_INVESTMENT,
    section=SECTION,
    figure="444%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    of="high_tech_industry_investment_2019",
    measure=Text(zh="高技术产业投资增长", en="growth of investment in high-tech industries"),
)

# 技改项目与省级奖励扶持资金 -------------------------------------------------------------------------
TECHNICAL_UPGRADING_PROJECTS_2019 = Fact(
    id="technical_upgrading_projects_2019",
    quote="全年实施技改项目109个",
    section=SECTION,
    figure="109个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="实施技改项目", en="technical upgrading projects carried out"),
)
PROVINCIAL_UPGRADING_AWARD_FUNDS_2019 = Fact(
    id="provincial_upgrading_award_funds_2019",
    quote="获得省级奖励扶持资金1.5亿元,创历年最高",
    section=SECTION,
    figure="1.5亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="获得省级奖励扶持资金", en="provincial award and support funds received"),
    note=Text(zh="创历年最高", en="The report calls it the highest ever"),
)

# 战略性新兴产业: 示范市、联盟、二级节点、转型项目 ---------------------------------------------------
GENERAL_AVIATION_DEMONSTRATION_CITY_APPROVED_2019 = Achievement(
    id="general_aviation_demonstration_city_approved_2019",
    quote="成功获批全省通用航空业发展示范市",
    section=SECTION,
    what=Text(
        zh="成功获批全省通用航空业发展示范市",
        en="approved as Shanxi's demonstration city for the development of general aviation",
    ),
    category=AchievementKind.APPROVED,
    period=YEAR,
)
DATONG_PHARMACEUTICAL_INDUSTRY_ALLIANCE = Project(
    id="datong_pharmaceutical_industry_alliance",
    quote="大同医药产业联盟组建成立",
    section=SECTION,
    name=Text(zh="大同医药产业联盟", en="Datong Pharmaceutical Industry Alliance"),
)
DATONG_PHARMACEUTICAL_INDUSTRY_ALLIANCE_FOUNDED_2019 = Achievement(
    id="datong_pharmaceutical_industry_alliance_founded_2019",
    quote="大同医药产业联盟组建成立",
    section=SECTION,
    what=Text(zh="大同医药产业联盟组建成立", en="the Datong Pharmaceutical Industry Alliance was founded"),
    category=AchievementKind.LAUNCHED,
    period=YEAR,
    about=("datong_pharmaceutical_industry_alliance",),
)
_IDENTIFIER_NODE = "全省首个工业互联网标识解析二级节点上线运行"

INDUSTRIAL_INTERNET_IDENTIFIER_SECONDARY_NODE = Project(
    id="industrial_internet_identifier_secondary_node",
    quote=_IDENTIFIER_NODE,
    section=SECTION,
    name=Text(
        zh="工业互联网标识解析二级节点",
        en="secondary node of the industrial internet identifier resolution system",
    ),
    note=Text(zh="全省首个。", en="The first in Shanxi."),
)
INDUSTRIAL_INTERNET_IDENTIFIER_NODE_ONLINE_2019 = Achievement(
    id="industrial_internet_identifier_node_online_2019",
    quote=_IDENTIFIER_NODE,
    section=SECTION,
    what=Text(
        zh="全省首个工业互联网标识解析二级节点上线运行",
        en="Shanxi's first secondary node of the industrial internet identifier resolution system went live",
    ),
    category=AchievementKind.COMPLETED,
    period=YEAR,
    about=("industrial_internet_identifier_secondary_node",),
)

_TRANSFORMATION_PROJECTS = (
    "比利时迪默透航空发动机制造、中德轻型飞机制造、北航小蜜蜂、中车电传动“巨无霸”矿用自卸车、"
    "尚镁科技高性能镁合金汽车轮毂、二氧化碳捕集及资源化利用、秦淮大数据、普云大数据等一大批转型项目建成试运行投产"
)
# Part 二 plans light aviation projects under other names (datong_light_aircraft_project,
# datong_aviation_power_engine_project, light_aero_engine_civil_military_project with 迪默透's technology,
# datong_changying_bee_aircraft_project) and a Shangmei magnesium-alloy project
# (shangmei_magnesium_alloy_project); the report does not say whether any of them is one of these, so none
# is linked with same_as.
DIMOTO_AERO_ENGINE_PLANT = Project(
    id="dimoto_aero_engine_plant",
    quote=_TRANSFORMATION_PROJECTS,
    section=SECTION,
    name=Text(zh="比利时迪默透航空发动机制造", en="Belgian D-Motor (迪默透) aero-engine manufacturing"),
    organisations=("迪默透",),
)
SINO_GERMAN_LIGHT_AIRCRAFT_PLANT = Project(
    id="sino_german_light_aircraft_plant",
    quote=_TRANSFORMATION_PROJECTS,
    section=SECTION,
    name=Text(zh="中德轻型飞机制造", en="Sino-German light aircraft manufacturing"),
)
BUAA_LITTLE_BEE_AIRCRAFT = Project(
    id="buaa_little_bee_aircraft",
    quote=_TRANSFORMATION_PROJECTS,
    section=SECTION,
    name=Text(zh="北航小蜜蜂", en="Beihang (BUAA) 'Little Bee' aircraft"),
    organisations=("北航",),
)
CRRC_GIANT_MINING_DUMP_TRUCK = Project(
    id="crrc_giant_mining_dump_truck",
    quote=_TRANSFORMATION_PROJECTS,
    section=SECTION,
    name=Text(
        zh="中车电传动“巨无霸”矿用自卸车",
        en="CRRC electric-drive 'giant' mining dump trucks",
    ),
    organisations=("中车",),
)
SHANGMEI_MAGNESIUM_ALLOY_WHEELS = Project(
    id="shangmei_magnesium_alloy_wheels",
    quote=_TRANSFORMATION_PROJECTS,
    section=SECTION,
    name=Text(
        zh="尚镁科技高性能镁合金汽车轮毂",
        en="Shangmei Technology high-performance magnesium-alloy car wheels",
    ),
    organisations=("尚镁科技",),
)
CARBON_CAPTURE_AND_UTILISATION_PROJECT = Project(
    id="carbon_capture_and_utilisation_project",
    quote=_TRANSFORMATION_PROJECTS,
    section=SECTION,
    name=Text(zh="二氧化碳捕集及资源化利用", en="carbon dioxide capture and utilisation"),
)
QINHUAI_BIG_DATA = Project(
    id="qinhuai_big_data",
    quote=_TRANSFORMATION_PROJECTS,
    section=SECTION,
    name=Text(zh="秦淮大数据", en="Qinhuai big data"),
)
PUYUN_BIG_DATA = Project(
    id="puyun_big_data",
    quote=_TRANSFORMATION_PROJECTS,
    section=SECTION,
    name=Text(zh="普云大数据", en="Puyun big data"),
)
TRANSFORMATION_PROJECTS_IN_OPERATION_2019 = Achievement(
    id="transformation_projects_in_operation_2019",
    quote=_TRANSFORMATION_PROJECTS,
    section=SECTION,
    what=Text(
        zh="等一大批转型项目建成试运行投产",
        en="these and a large number of other transformation projects were completed, began trial "
        "operation or went into production",
    ),
    category=AchievementKind.COMPLETED,
    period=YEAR,
    about=(
        "dimoto_aero_engine_plant",
        "sino_german_light_aircraft_plant",
        "buaa_little_bee_aircraft",
        "crrc_giant_mining_dump_truck",
        "shangmei_magnesium_alloy_wheels",
        "carbon_capture_and_utilisation_project",
        "qinhuai_big_data",
        "puyun_big_data",
    ),
    note=Text(
        zh="报告未逐一说明各项目是建成、试运行还是投产。",
        en="The report does not say which of the projects was completed, which is in trial operation and "
        "which is in production.",
    ),
)

# 高技术产业增加值 -----------------------------------------------------------------------------------
_HIGH_TECH_VALUE_ADDED = "全市高技术产业增加值增长3.4%,占规模工业比重达7.4%"

HIGH_TECH_INDUSTRY_VALUE_ADDED_GROWTH_2019 = Fact(
    id="high_tech_industry_value_added_growth_2019",
    quote=_HIGH_TECH_VALUE_ADDED,
    section=SECTION,
    figure="3.4%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    measure=Text(zh="高技术产业增加值增长", en="growth of value added of high-tech industries"),
    note=Text(
        zh="报告未给出高技术产业增加值总量;其比重见 high_tech_industry_value_added_share_2019",
        en="The report gives no level of high-tech value added; its share is "
        "high_tech_industry_value_added_share_2019",
    ),
)
HIGH_TECH_INDUSTRY_VALUE_ADDED_SHARE_2019 = Fact(
    id="high_tech_industry_value_added_share_2019",
    quote=_HIGH_TECH_VALUE_ADDED,
    section=SECTION,
    figure="7.4%",
    figure_kind=FigureKind.SHARE,
    period=YEAR,
    whole="industrial_value_added_2019",
    measure=Text(
        zh="高技术产业增加值占规模工业比重",
        en="high-tech industries' share of industrial value added above designated size",
    ),
    note=Text(
        zh="报告未给出高技术产业增加值总量;其增速见 high_tech_industry_value_added_growth_2019",
        en="The report gives no level of high-tech value added; its growth is "
        "high_tech_industry_value_added_growth_2019",
    ),
)

# 战略性新兴产业增加值 -------------------------------------------------------------------------------
_EMERGING = "战略性新兴产业增加值增长8.4%,占规模工业比重达16%,对工业增长的贡献率达21.3%"

STRATEGIC_EMERGING_INDUSTRIES_VALUE_ADDED_GROWTH_2019 = Fact(
    id="strategic_emerging_industries_value_added_growth_2019",
    quote=_EMERGING,
    section=SECTION,
    figure="8.4%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    measure=Text(zh="战略性新兴产业增加值增长", en="growth of value added of strategic emerging industries"),
    note=Text(
        zh="报告未给出战略性新兴产业增加值总量;其比重见 strategic_emerging_industries_value_added_share_2019",
        en="The report gives no level of strategic emerging industries' value added; its share is "
        "strategic_emerging_industries_value_added_share_2019",
    ),
)
STRATEGIC_EMERGING_INDUSTRIES_VALUE_ADDED_SHARE_2019 = Fact(
    id="strategic_emerging_industries_value_added_share_2019",
    quote=_EMERGING,
    section=SECTION,
    figure="16%",
    figure_kind=FigureKind.SHARE,
    period=YEAR,
    whole="industrial_value_added_2019",
    measure=Text(
        zh="战略性新兴产业增加值占规模工业比重",
        en="strategic emerging industries' share of industrial value added above designated size",
    ),
    note=Text(
        zh="报告未给出战略性新兴产业增加值总量;其增速见 "
        "strategic_emerging_industries_value_added_growth_2019",
        en="The report gives no level of strategic emerging industries' value added; its growth is "
        "strategic_emerging_industries_value_added_growth_2019",
    ),
)
STRATEGIC_EMERGING_INDUSTRIES_CONTRIBUTION_2019 = Fact(
    id="strategic_emerging_industries_contribution_2019",
    quote=_EMERGING,
    section=SECTION,
    figure="21.3%",
    figure_kind=FigureKind.SHARE,
    period=YEAR,
    of="strategic_emerging_industries_value_added_growth_2019",
    measure=Text(
        zh="战略性新兴产业对工业增长的贡献率",
        en="contribution of strategic emerging industries to industrial growth",
    ),
    note=Text(
        zh="贡献率是其增加值增量占规模以上工业增加值增量的比重;该增量报告未给出(增速见 "
        "industrial_value_added_growth_2019)",
        en="A contribution rate is its share of the increase in industrial value added above designated "
        "size; the report does not give that increase (the growth is industrial_value_added_growth_2019)",
    ),
)

# 文旅: 五大景区、火山天路、长城人家 ------------------------------------------------------------------
_SCENIC_AREAS = (
    "扎实推进古城文旅业态大培育、云冈景区大扩容、恒山景区大提升、长城1号景区大建设、"
    "火山景区大完善等五大景区提升改造工程"
)

FIVE_SCENIC_AREAS_UPGRADING = Project(
    id="five_scenic_areas_upgrading",
    quote=_SCENIC_AREAS,
    section=SECTION,
    name=Text(zh="五大景区提升改造工程", en="upgrading of the five major scenic areas"),
)
SCENIC_AREA_UPGRADING_PROJECTS_2019 = Fact(
    id="scenic_area_upgrading_projects_2019",
    quote=_SCENIC_AREAS,
    section=SECTION,
    figure="五大",
    value=ureg.Quantity(5, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="景区提升改造工程", en="scenic-area upgrading projects"),
    members=(
        Text(zh="古城文旅业态大培育", en="old city: cultivating cultural-tourism businesses"),
        Text(zh="云冈景区大扩容", en="Yungang scenic area: expansion"),
        Text(zh="恒山景区大提升", en="Hengshan scenic area: upgrading"),
        Text(zh="长城1号景区大建设", en="Great Wall No. 1 scenic area: construction"),
        Text(zh="火山景区大完善", en="volcano scenic area: completion"),
    ),
    about=("five_scenic_areas_upgrading",),
)

# Part 二 plans a 长城1号国家风景道 (great_wall_no1_scenic_byway); the report does not say how this road
# relates to it.
GREAT_WALL_NO1_TOURIST_ROAD = Project(
    id="great_wall_no1_tourist_road",
    quote="长城1号旅游公路工程建设全面提速",
    section=SECTION,
    name=Text(zh="长城1号旅游公路工程", en="Great Wall No. 1 tourist road"),
)
GREAT_WALL_NO1_TOURIST_ROAD_SPED_UP_2019 = Achievement(
    id="great_wall_no1_tourist_road_sped_up_2019",
    quote="长城1号旅游公路工程建设全面提速",
    section=SECTION,
    what=Text(zh="建设全面提速", en="building of the Great Wall No. 1 tourist road sped up across the board"),
    category=AchievementKind.ADVANCED,
    period=YEAR,
    about=("great_wall_no1_tourist_road",),
)

VOLCANO_SKY_ROAD = Project(
    id="volcano_sky_road",
    quote="50公里“火山天路”建成通车",
    section=SECTION,
    name=Text(zh="火山天路", en="Volcano Sky Road"),
)
VOLCANO_SKY_ROAD_OPENED_2019 = Fact(
    id="volcano_sky_road_opened_2019",
    quote="50公里“火山天路”建成通车",
    section=SECTION,
    figure="50公里",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="“火山天路”建成通车里程", en="length of the 'Volcano Sky Road' completed and opened"),
    about=("volcano_sky_road",),
)

_OLD_CITY_PROJECTS = "空中游古城览长城、古城府衙保护修复、九龙壁周边环境整治等项目进展顺利"

AERIAL_TOURS_OF_OLD_CITY_AND_GREAT_WALL = Project(
    id="aerial_tours_of_old_city_and_great_wall",
    quote=_OLD_CITY_PROJECTS,
    section=SECTION,
    name=Text(zh="空中游古城览长城", en="air tours over the old city and the Great Wall"),
)
# Part 二 names 府衙保护修复 and 九龙壁周边环境整治 again among the old-city projects of 2020.
OLD_CITY_YAMEN_RESTORATION = Project(
    id="old_city_yamen_restoration",
    quote=_OLD_CITY_PROJECTS,
    section=SECTION,
    name=Text(
        zh="古城府衙保护修复", en="conservation and restoration of the old city's government office (Fuya)"
    ),
)
NINE_DRAGON_SCREEN_SURROUNDINGS = Project(
    id="nine_dragon_screen_surroundings",
    quote=_OLD_CITY_PROJECTS,
    section=SECTION,
    name=Text(zh="九龙壁周边环境整治", en="improvement of the surroundings of the Nine Dragon Screen"),
)
OLD_CITY_PROJECTS_PROGRESSED_2019 = Achievement(
    id="old_city_projects_progressed_2019",
    quote=_OLD_CITY_PROJECTS,
    section=SECTION,
    what=Text(
        zh="等项目进展顺利",
        en="the air tours, the Fuya restoration, the Nine Dragon Screen surroundings and other projects went "
        "smoothly",
    ),
    category=AchievementKind.ADVANCED,
    period=YEAR,
    about=(
        "aerial_tours_of_old_city_and_great_wall",
        "old_city_yamen_restoration",
        "nine_dragon_screen_surroundings",
    ),
)
_CULTURAL_BRANDS = "古都灯会、成龙国际动作电影周等品牌效应进一步显现"

ANCIENT_CAPITAL_LANTERN_FESTIVAL = Project(
    id="ancient_capital_lantern_festival",
    quote=_CULTURAL_BRANDS,
    section=SECTION,
    name=Text(zh="古都灯会", en="Ancient Capital Lantern Festival"),
)
JACKIE_CHAN_ACTION_FILM_WEEK = Project(
    id="jackie_chan_action_film_week",
    quote=_CULTURAL_BRANDS,
    section=SECTION,
    name=Text(zh="成龙国际动作电影周", en="Jackie Chan International Action Film Week"),
)
CULTURAL_BRANDS_GREW_2019 = Achievement(
    id="cultural_brands_grew_2019",
    quote=_CULTURAL_BRANDS,
    section=SECTION,
    what=Text(
        zh="品牌效应进一步显现",
        en="the Ancient Capital Lantern Festival, the Jackie Chan International Action Film Week and other "
        "brands made themselves felt further",
    ),
    category=AchievementKind.ADVANCED,
    period=YEAR,
    about=("ancient_capital_lantern_festival", "jackie_chan_action_film_week"),
)

_GREAT_WALL_HOUSEHOLDS = "左云县三屯村夏都等8家经营单位被评为“长城人家”"

GREAT_WALL_HOUSEHOLDS = Project(
    id="great_wall_households",
    quote=_GREAT_WALL_HOUSEHOLDS,
    section=SECTION,
    name=Text(zh="长城人家", en="Great Wall Households (a rating of tourism businesses)"),
    note=Text(
        zh="全市性的评定;报告点名的一家(左云县三屯村夏都)只是其中之一,故不列 places。",
        en="A city-wide rating: the one business the report names (Xiadu, Santun Village, Zuoyun County) "
        "is one example, so no places are listed.",
    ),
)
GREAT_WALL_HOUSEHOLD_OPERATORS_2019 = Fact(
    id="great_wall_household_operators_2019",
    quote=_GREAT_WALL_HOUSEHOLDS,
    section=SECTION,
    figure="8家",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="被评为“长城人家”的经营单位", en="businesses rated 'Great Wall Households'"),
    about=("great_wall_households",),
    note=Text(
        zh="报告只点名其中1家(左云县三屯村夏都),故不列 members;8家分布未说明,故不列 places",
        en="The report names only one of the eight (Xiadu, Santun Village, Zuoyun County), so no "
        "members are listed; it does not say where the eight are, so no places are listed either",
    ),
)

PASSING_MENTIONS = (
    PassingMention(
        record="great_wall_households",
        place="zuoyun",
        reason=Text(
            zh="“长城人家”是全市性评定,左云县三屯村夏都只是“等8家”中点名的一家",
            en="长城人家 is a city-wide rating; the Zuoyun business is the one example named before 等.",
        ),
    ),
    PassingMention(
        record="great_wall_household_operators_2019",
        place="zuoyun",
        reason=Text(
            zh="8家经营单位的所在地未说明;左云县三屯村夏都只是点名的一家",
            en="The report does not say where the eight businesses are; the Zuoyun one is the example named.",
        ),
    ),
)

NATIONAL_TOURISM_DEMONSTRATION_ZONES_PASSED_2019 = Achievement(
    id="national_tourism_demonstration_zones_passed_2019",
    quote="云州区、灵丘县创建国家旅游示范区通过省级验收",
    section=SECTION,
    what=Text(
        zh="创建国家旅游示范区通过省级验收",
        en="Yunzhou District's and Lingqiu County's bids to become national tourism demonstration zones "
        "passed the provincial inspection",
    ),
    category=AchievementKind.APPROVED,
    period=YEAR,
    places=("yunzhou", "lingqiu"),
)

# 旅游人数与旅游总收入 -------------------------------------------------------------------------------
_VISITORS = "全市全年接待旅游人数8397万人次,同比增长21.3%"

TOURIST_VISITS_2019 = Fact(
    id="tourist_visits_2019",
    quote=_VISITORS,
    section=SECTION,
    figure="8397万人次",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="接待旅游人数", en="tourist visits received"),
)
TOURIST_VISITS_GROWTH_2019 = Fact(
    id="tourist_visits_growth_2019",
    quote=_VISITORS,
    section=SECTION,
    figure="21.3%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    of="tourist_visits_2019",
    measure=Text(zh="接待旅游人数同比增长", en="year-on-year growth of tourist visits"),
)

_TOURISM_REVENUE = "旅游总收入762亿元,同比增长22.7%"

TOURISM_REVENUE_2019 = Fact(
    id="tourism_revenue_2019",
    quote=_TOURISM_REVENUE,
    section=SECTION,
    figure="762亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="旅游总收入", en="total tourism revenue"),
)
TOURISM_REVENUE_GROWTH_2019 = Fact(
    id="tourism_revenue_growth_2019",
    quote=_TOURISM_REVENUE,
    section=SECTION,
    figure="22.7%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    of="tourism_revenue_2019",
    measure=Text(zh="旅游总收入同比增长", en="year-on-year growth of total tourism revenue"),
)

# 乡村振兴: 投入、产业集群、龙头企业、农产品加工 ---------------------------------------------------
RURAL_REVITALISATION_INVESTMENT_2019 = Fact(
    id="rural_revitalisation_investment_2019",
    quote="投入12亿元推动乡村振兴",
    section=SECTION,
    figure="12亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="推动乡村振兴投入", en="funds put into rural revitalisation"),
)
AGRO_PROCESSING_TEN_INDUSTRY_CLUSTERS = Project(
    id="agro_processing_ten_industry_clusters",
    quote="下大气力推进农产品精深加工十大产业集群",
    section=SECTION,
    name=Text(
        zh="农产品精深加工十大产业集群",
        en="ten industry clusters for advanced processing of farm products",
    ),
)
AGRO_PROCESSING_INDUSTRY_CLUSTERS_2019 = Fact(
    id="agro_processing_industry_clusters_2019",
    quote="下大气力推进农产品精深加工十大产业集群",
    section=SECTION,
    figure="十大",
    value=ureg.Quantity(10, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="农产品精深加工产业集群", en="industry clusters for advanced processing of farm products"
    ),
    about=("agro_processing_ten_industry_clusters",),
    note=Text(
        zh="报告未列出十大产业集群的名称,故不列 members",
        en="The report does not name the ten clusters, so no members are listed",
    ),
)
LEADING_AGRICULTURAL_ENTERPRISES_2019 = Fact(
    id="leading_agricultural_enterprises_2019",
    quote="农业规模以上龙头企业达到185户",
    section=SECTION,
    figure="185户",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="农业规模以上龙头企业", en="leading agricultural enterprises above designated size"),
)

_AGRO_PROCESSING_SALES = "农产品加工企业销售收入116亿元,同比增长8.3%"

AGRO_PROCESSING_SALES_2019 = Fact(
    id="agro_processing_sales_2019",
    quote=_AGRO_PROCESSING_SALES,
    section=SECTION,
    figure="116亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="农产品加工企业销售收入", en="sales revenue of farm-product processing enterprises"),
)
AGRO_PROCESSING_SALES_GROWTH_2019 = Fact(
    id="agro_processing_sales_growth_2019",
    quote=_AGRO_PROCESSING_SALES,
    section=SECTION,
    figure="8.3%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    of="agro_processing_sales_2019",
    measure=Text(
        zh="农产品加工企业销售收入同比增长",
        en="year-on-year growth of farm-product processors' sales revenue",
    ),
)

# 有机旱作、雁门关农牧交错带、“大同好粮” -------------------------------------------------------------
ORGANIC_DRY_FARMING_DEMONSTRATION_ZONE = Project(
    id="organic_dry_farming_demonstration_zone",
    quote="打造有机旱作农业示范区10万亩",
    section=SECTION,
    name=Text(zh="有机旱作农业示范区", en="organic dry-farming demonstration zone"),
)
ORGANIC_DRY_FARMING_DEMONSTRATION_AREA_2019 = Fact(
    id="organic_dry_farming_demonstration_area_2019",
    quote="打造有机旱作农业示范区10万亩",
    section=SECTION,
    figure="10万亩",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="有机旱作农业示范区面积", en="area of organic dry-farming demonstration zones"),
    about=("organic_dry_farming_demonstration_zone",),
)

_YANMENGUAN = "雁门关农牧交错带标杆园区10个、标杆养殖场100个"

YANMENGUAN_FARMING_PASTORAL_BELT = Project(
    id="yanmenguan_farming_pastoral_belt",
    quote=_YANMENGUAN,
    section=SECTION,
    name=Text(zh="雁门关农牧交错带", en="Yanmenguan farming-pastoral transition belt"),
)

YANMENGUAN_BENCHMARK_PARKS_2019 = Fact(
    id="yanmenguan_benchmark_parks_2019",
    quote=_YANMENGUAN,
    section=SECTION,
    figure="10个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="雁门关农牧交错带标杆园区", en="benchmark parks in the Yanmenguan farming-pastoral transition belt"
    ),
    about=("yanmenguan_farming_pastoral_belt",),
)
YANMENGUAN_BENCHMARK_LIVESTOCK_FARMS_2019 = Fact(
    id="yanmenguan_benchmark_livestock_farms_2019",
    quote=_YANMENGUAN,
    section=SECTION,
    figure="100个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="雁门关农牧交错带标杆养殖场",
        en="benchmark livestock farms in the Yanmenguan farming-pastoral transition belt",
    ),
    about=("yanmenguan_farming_pastoral_belt",),
)
_GOOD_GRAIN = "“大同好粮”线上线下销售突破5000万元"

DATONG_GOOD_GRAIN = Brand(
    id="datong_good_grain",
    quote=_GOOD_GRAIN,
    section=SECTION,
    name=Text(zh="大同好粮", en="Datong Good Grain (a grain brand)"),
)
DATONG_GOOD_GRAIN_SALES_2019 = Fact(
    id="datong_good_grain_sales_2019",
    quote=_GOOD_GRAIN,
    section=SECTION,
    figure="5000万元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    qualifier=Qualifier.EXCEED,
    measure=Text(zh="“大同好粮”线上线下销售", en="online and offline sales of 'Datong Good Grain'"),
    about=("datong_good_grain",),
)

# 农村人居环境整治 -----------------------------------------------------------------------------------
_LIVING_ENVIRONMENT = "投资27亿元开展农村人居环境整治"

RURAL_LIVING_ENVIRONMENT_IMPROVEMENT = Project(
    id="rural_living_environment_improvement",
    quote=_LIVING_ENVIRONMENT,
    section=SECTION,
    name=Text(zh="农村人居环境整治", en="improvement of rural living environments"),
)
RURAL_LIVING_ENVIRONMENT_INVESTMENT_2019 = Fact(
    id="rural_living_environment_investment_2019",
    quote=_LIVING_ENVIRONMENT,
    section=SECTION,
    figure="27亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    about=("rural_living_environment_improvement",),
    measure=Text(zh="农村人居环境整治投资", en="investment in improving rural living environments"),
)

_VILLAGES = "创建示范村200个、整治村791个、卫生示范乡村42个"

MODEL_VILLAGES_CREATED_2019 = Fact(
    id="model_villages_created_2019",
    quote=_VILLAGES,
    section=SECTION,
    figure="200个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("rural_living_environment_improvement",),
    measure=Text(zh="创建示范村", en="model villages created"),
)
VILLAGES_IMPROVED_2019 = Fact(
    id="villages_improved_2019",
    quote=_VILLAGES,
    section=SECTION,
    figure="791个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("rural_living_environment_improvement",),
    measure=Text(zh="整治村", en="villages whose environment was improved"),
)
HEALTH_MODEL_TOWNSHIPS_AND_VILLAGES_2019 = Fact(
    id="health_model_townships_and_villages_2019",
    quote=_VILLAGES,
    section=SECTION,
    figure="42个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("rural_living_environment_improvement",),
    measure=Text(zh="卫生示范乡村", en="model hygienic townships and villages"),
)

_SEWAGE = "新(改、扩)建污水管网131.28公里、处理设施21个"

RURAL_SEWAGE_PIPES_BUILT_2019 = Fact(
    id="rural_sewage_pipes_built_2019",
    quote=_SEWAGE,
    section=SECTION,
    figure="131.28公里",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    about=("rural_living_environment_improvement",),
    measure=Text(zh="新(改、扩)建污水管网", en="sewage pipes newly built, rebuilt or extended"),
)
RURAL_SEWAGE_TREATMENT_FACILITIES_BUILT_2019 = Fact(
    id="rural_sewage_treatment_facilities_built_2019",
    quote=_SEWAGE,
    section=SECTION,
    figure="21个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("rural_living_environment_improvement",),
    measure=Text(
        zh="新(改、扩)建污水处理设施", en="sewage treatment facilities newly built, rebuilt or extended"
    ),
)
RURAL_TOILETS_RENOVATED_2019 = Fact(
    id="rural_toilets_renovated_2019",
    quote="完成农村厕所改造7413座",
    section=SECTION,
    figure="7413座",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("rural_living_environment_improvement",),
    measure=Text(zh="农村厕所改造", en="rural toilets renovated"),
)

# 全国乡村治理示范 -----------------------------------------------------------------------------------------
RURAL_GOVERNANCE_MODELS_SELECTED_2019 = Achievement(
    id="rural_governance_models_selected_2019",
    quote="灵丘县和广灵涧西、浑源宝峰寨分别入选全国乡村治理示范县、示范村",
    section=SECTION,
    what=Text(
        zh="灵丘县和广灵涧西、浑源宝峰寨分别入选全国乡村治理示范县、示范村",
        en="Lingqiu County was selected as a national model county of rural governance, and Jianxi "
        "(Guangling) and Baofengzhai (Hunyuan) as national model villages",
    ),
    category=AchievementKind.APPROVED,
    period=YEAR,
    places=("lingqiu", "guangling", "hunyuan"),
)
