"""Part 二, programme (一): "(一)转型综改项目建设工程", projects for comprehensive transformation reform.

Its three tasks: "一是以十大产业引领转型。" (ten industries, with the ten high-end manufacturing
“王中之王” projects 一是 … 十是, which are projects, not sections), "二是以五大开发区为载体支撑转型。"
(five development zones) and "三是以二十大技改项目助力转型。" (twenty technical upgrading projects).
Projects named in part 一 are linked by id, not declared again. Quotes are verbatim; figures are as
written; English is ours unless ``en_source`` says otherwise.
"""

import datetime

from datong2020.model import (
    Commitment,
    FigureKind,
    Part,
    Period,
    Project,
    Qualifier,
    Section,
    Target,
    TimeFrame,
)
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2020)
PROGRAMME = "programme_transformation_projects"

_WITHIN_THE_YEAR = TimeFrame(wording="年内", end=datetime.date(2020, 12, 31))
_BY_YEAR_END = TimeFrame(wording="年底前", end=datetime.date(2020, 12, 31))

# Tasks -----------------------------------------------------------------------------------------------
TRANSFORMATION_TEN_INDUSTRIES = Section(
    id="transformation_ten_industries",
    quote="一是以十大产业引领转型。",
    section=PROGRAMME,
    marker="一是",
    part=Part.PLAN,
    title=Text(zh="以十大产业引领转型", en="Leading the transformation with ten industries"),
)
TRANSFORMATION_DEVELOPMENT_ZONES = Section(
    id="transformation_development_zones",
    quote="二是以五大开发区为载体支撑转型。",
    section=PROGRAMME,
    marker="二是",
    part=Part.PLAN,
    title=Text(
        zh="以五大开发区为载体支撑转型",
        en="Supporting the transformation with the five development zones as its platforms",
    ),
)
TRANSFORMATION_TECHNICAL_UPGRADING = Section(
    id="transformation_technical_upgrading",
    quote="三是以二十大技改项目助力转型。",
    section=PROGRAMME,
    marker="三是",
    part=Part.PLAN,
    title=Text(
        zh="以二十大技改项目助力转型",
        en="Aiding the transformation with twenty technical upgrading projects",
    ),
)

# 一是 十大产业 --------------------------------------------------------------------------------------------
# The report announces 10 industry clusters and then takes the industries one sentence at a
# time; the ten it goes through are the members of the count (read by us from the task's text: the
# report does not list them in one place).

ADVANCED_MANUFACTURING_CLUSTER = Project(
    id="advanced_manufacturing_cluster",
    quote="先进制造业要充分发挥基础优势",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="先进制造业", en="Advanced manufacturing industry cluster"),
)
GENERAL_AVIATION_CLUSTER = Project(
    id="general_aviation_cluster",
    quote="通航产业重点推进",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="通航产业", en="General aviation industry cluster"),
)
DIGITAL_INDUSTRY_CLUSTER = Project(
    id="digital_industry_cluster",
    quote="数字产业重点抓好",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="数字产业", en="Digital industry cluster"),
)
NEW_ENERGY_CLUSTER = Project(
    id="new_energy_cluster",
    quote="新能源产业要下大气力推进",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="新能源产业", en="New energy industry cluster"),
)
NEW_ENERGY_VEHICLE_CLUSTER = Project(
    id="new_energy_vehicle_cluster",
    quote="新能源汽车产业重点推动",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="新能源汽车产业", en="New energy vehicle industry cluster"),
)
NEW_MATERIALS_CLUSTER = Project(
    id="new_materials_cluster",
    quote="新材料产业要重点推进",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="新材料产业", en="New materials industry cluster"),
)
ENERGY_SAVING_ENVIRONMENTAL_CLUSTER = Project(
    id="energy_saving_environmental_cluster",
    quote="节能环保产业重点建设",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="节能环保产业", en="Energy saving and environmental protection industry cluster"),
)
HEALTH_PHARMACEUTICAL_CLUSTER = Project(
    id="health_pharmaceutical_cluster",
    quote="大健康及现代医药产业要注重依托两个医药产业园区",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="大健康及现代医药产业", en="Health and modern pharmaceutical industry cluster"),
)
GREEN_BUILDING_MATERIALS_CLUSTER = Project(
    id="green_building_materials_cluster",
    quote="绿色建材产业要大力发展",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="绿色建材产业", en="Green building materials industry cluster"),
)
MODERN_TEXTILE_CLUSTER = Project(
    id="modern_textile_cluster",
    quote="现代纺织产业要紧紧依托",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="现代纺织产业", en="Modern textile industry cluster"),
)
INDUSTRY_CLUSTERS_2020 = Target(
    id="industry_clusters_2020",
    quote="聚力打造10大标志性、引领性、带动性的产业集群",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    figure="10大",
    value=ureg.Quantity(10, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="标志性、引领性、带动性的产业集群",
        en="landmark, leading industry clusters that drive others",
    ),
    members=(
        "advanced_manufacturing_cluster",
        "general_aviation_cluster",
        "digital_industry_cluster",
        "new_energy_cluster",
        "new_energy_vehicle_cluster",
        "new_materials_cluster",
        "energy_saving_environmental_cluster",
        "health_pharmaceutical_cluster",
        "green_building_materials_cluster",
        "modern_textile_cluster",
    ),
    note=Text(
        zh="任务标题为“以十大产业引领转型”;报告未集中列出10大产业集群,成员为其后逐句展开的10个产业。",
        en="The task's heading says 十大产业 (ten industries). The report does not list the ten clusters in "
        "one place; the members are the ten industries the task then takes sentence by sentence.",
    ),
)

# 10个高端制造业“王中之王”项目, 一是 … 十是 ------------------------------------------------------------------
CRRC_DATONG_LOCOMOTIVE_LINE_UPGRADE = Project(
    id="crrc_datong_locomotive_line_upgrade",
    quote="一是重点推进中车大同电力机车厂大功率交流传动电力机车组装生产线智能化改造",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="大功率交流传动电力机车组装生产线智能化改造",
        en="Smart upgrading of the high-power AC-drive electric locomotive assembly line",
    ),
    organisations=("中车大同电力机车厂",),
    note=Text(
        zh="同句下文称“中车大同公司”。",
        en="The same sentence then calls the company 中车大同公司 (CRRC Datong).",
    ),
)
NORINCO_CASTING_TRIAL_PRODUCTION_CENTRE = Project(
    id="norinco_casting_trial_production_centre",
    quote="二是重点推进中国兵器集团大同公司引进英国GW公司关键技术设备的铸造试制中心生产基地项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="铸造试制中心生产基地项目",
        en="Casting trial-production centre and production base",
    ),
    organisations=("中国兵器集团大同公司", "英国GW公司"),
    note=Text(
        zh="引进英国GW公司关键技术设备;目标是引领国内铝合金铸造行业的先进生产基地。",
        en="With key technology and equipment from the British company GW (a company name, not gigawatts); "
        "meant to lead China's aluminium-alloy casting industry.",
    ),
)
TONGMEI_SMART_MINES = Project(
    id="tongmei_smart_mines",
    quote="三是重点推进同煤集团塔山、同忻等智慧矿山建设",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="塔山、同忻等智慧矿山", en="Smart mines at Tashan, Tongxin and other collieries"),
    organisations=("同煤集团",),
)
DATONG_GENERAL_AVIATION_INDUSTRIAL_PARK = Project(
    id="datong_general_aviation_industrial_park",
    quote="四是重点推进大同通航产业园项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="大同通航产业园项目", en="Datong General Aviation Industrial Park"),
    note=Text(
        zh="引进欧洲先进的轻型航空器生产技术,打造山西省首家轻型飞机整机生产基地。",
        en="With European light-aircraft technology; to be Shanxi's first plant building whole light aircraft.",
    ),
)
LIGHT_AERO_ENGINE_CIVIL_MILITARY_PROJECT = Project(
    id="light_aero_engine_civil_military_project",
    quote="五是重点推进轻型航空发动机军民融合制造项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="轻型航空发动机军民融合制造项目",
        en="Light aero-engine manufacturing project of civil-military integration",
    ),
    organisations=("迪默透",),
    note=Text(
        zh="引进迪默透航空发动机先进技术。",
        en="With aero-engine technology from 迪默透, as the report writes the technology's source.",
    ),
)
SHANGMEI_MAGNESIUM_ALLOY_PROJECT = Project(
    id="shangmei_magnesium_alloy_project",
    quote="六是重点推进尚镁镁合金材料深加工产业化项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="尚镁镁合金材料深加工产业化项目",
        en="Shangmei magnesium-alloy deep processing project",
    ),
    organisations=("尚镁",),
)
XIONGTAO_HYDROGEN_INDUSTRIAL_PARK = Project(
    id="xiongtao_hydrogen_industrial_park",
    quote="七是重点推进雄韬氢能大同产业园项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="雄韬氢能大同产业园项目", en="Xiongtao Hydrogen Datong Industrial Park"),
    organisations=("雄韬",),
)
LONGI_PV_MODULE_PROJECT = Project(
    id="longi_pv_module_project",
    quote="八是重点推进隆基光伏电池组件项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="隆基光伏电池组件项目", en="LONGi photovoltaic cell and module project"),
    organisations=("隆基",),
)
HENGYUE_EXCAVATOR_PROJECT = Project(
    id="hengyue_excavator_project",
    quote="九是重点推进恒岳重工挖掘机制造项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="恒岳重工挖掘机制造项目", en="Hengyue Heavy Industry excavator manufacturing project"),
    organisations=("恒岳重工",),
)
XINCHENG_PANTOGRAPH_CARBON_STRIP_PROJECT = Project(
    id="xincheng_pantograph_carbon_strip_project",
    quote="十是重点推进新成电力机车受电弓碳滑条项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="新成电力机车受电弓碳滑条项目",
        en="Xincheng carbon contact strips for locomotive pantographs",
    ),
    organisations=("新成",),
)
HIGH_END_MANUFACTURING_FLAGSHIP_PROJECTS_2020 = Target(
    id="high_end_manufacturing_flagship_projects_2020",
    quote="重点推进10个高端制造业“王中之王”项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    figure="10个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="高端制造业“王中之王”项目",
        en="high-end manufacturing 'king of kings' flagship projects",
    ),
    members=(
        "crrc_datong_locomotive_line_upgrade",
        "norinco_casting_trial_production_centre",
        "tongmei_smart_mines",
        "datong_general_aviation_industrial_park",
        "light_aero_engine_civil_military_project",
        "shangmei_magnesium_alloy_project",
        "xiongtao_hydrogen_industrial_park",
        "longi_pv_module_project",
        "hengyue_excavator_project",
        "xincheng_pantograph_carbon_strip_project",
    ),
    about=("advanced_manufacturing_cluster",),
)

# 通航产业 --------------------------------------------------------------------------------------------
# The report does not say whether these are the flagship projects 四是 and 五是 under other names.
DATONG_LIGHT_AIRCRAFT_PROJECT = Project(
    id="datong_light_aircraft_project",
    quote="大同轻型飞机制造项目C42E型飞机",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="大同轻型飞机制造项目", en="Datong light aircraft manufacturing project"),
    note=Text(zh="机型为C42E型飞机。", en="It builds the C42E aircraft."),
)
DATONG_AVIATION_POWER_ENGINE_PROJECT = Project(
    id="datong_aviation_power_engine_project",
    quote="大同航空动力轻型航空发动机项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="大同航空动力轻型航空发动机项目",
        en="Datong Aviation Power light aero-engine project",
    ),
)
DATONG_CHANGYING_BEE_AIRCRAFT_PROJECT = Project(
    id="datong_changying_bee_aircraft_project",
    quote="大同长鹰蜜蜂飞机制造项目试投产",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="大同长鹰蜜蜂飞机制造项目", en="Datong Changying Bee aircraft manufacturing project"),
)
LIGHT_AVIATION_PROJECTS_FULL_PRODUCTION_2020 = Target(
    id="light_aviation_projects_full_production_2020",
    quote="大同轻型飞机制造项目C42E型飞机、大同航空动力轻型航空发动机项目达产达效",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(zh="达产达效", en="reach designed output and returns"),
    measure=Text(
        zh="大同轻型飞机制造项目、大同航空动力轻型航空发动机项目达产达效",
        en="the Datong light aircraft and light aero-engine projects reaching designed output",
    ),
    about=("datong_light_aircraft_project", "datong_aviation_power_engine_project"),
)
CHANGYING_BEE_AIRCRAFT_TRIAL_PRODUCTION_2020 = Target(
    id="changying_bee_aircraft_trial_production_2020",
    quote="大同长鹰蜜蜂飞机制造项目试投产",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(zh="试投产", en="start trial production"),
    measure=Text(
        zh="大同长鹰蜜蜂飞机制造项目试投产",
        en="trial production of the Datong Changying Bee aircraft project",
    ),
    about=("datong_changying_bee_aircraft_project",),
)

# 数字产业 --------------------------------------------------------------------------------------------
BASE_STATIONS_5G_2020 = Target(
    id="base_stations_5g_2020",
    quote="年内建设1700座5G基站",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    figure="1700座",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    due=_WITHIN_THE_YEAR,
    measure=Text(zh="建设5G基站", en="5G base stations to be built"),
)
CENTRAL_URBAN_5G_COVERAGE_2020 = Target(
    id="central_urban_5g_coverage_2020",
    quote="实现中心城区5G网络连续覆盖和商用",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    figure=None,
    figure_kind=None,
    period=YEAR,
    due=_WITHIN_THE_YEAR,
    requirement=Text(
        zh="实现中心城区5G网络连续覆盖和商用",
        en="continuous 5G coverage and commercial 5G service in the central urban area",
    ),
    measure=Text(zh="中心城区5G网络覆盖和商用", en="5G coverage and commercial service in the central city"),
    note=Text(
        zh="“年内”出自同句前一分句“年内建设1700座5G基站”。",
        en="年内 (within the year) is from the clause before, 年内建设1700座5G基站.",
    ),
)
SMART_FACTORY_DEMONSTRATIONS_2020 = Target(
    id="smart_factory_demonstrations_2020",
    quote="建设2—3个智慧工厂和无人车间示范样板",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    figure="2—3个",
    value=ureg.Quantity(2, "个"),
    upper=ureg.Quantity(3, "个"),
    qualifier=Qualifier.BETWEEN,
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    due=_WITHIN_THE_YEAR,
    measure=Text(
        zh="智慧工厂和无人车间示范样板",
        en="demonstration smart factories and unmanned workshops",
    ),
    note=Text(
        zh="“年内”出自同句首个分句“年内建设1700座5G基站”,统领其后各项建设。",
        en="年内 (within the year) opens the sentence, 年内建设1700座5G基站, and governs the building it "
        "lists.",
    ),
)

# 新能源产业 ------------------------------------------------------------------------------------------
JINBEI_WIND_BASE_COMPLETED_2020 = Target(
    id="jinbei_wind_base_completed_2020",
    quote="继续推进200万千瓦晋北风电基地项目建设,力争年底前全部建成并网",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    figure="200万千瓦",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    commitment=Commitment.STRIVE,
    due=_BY_YEAR_END,
    base="jinbei_wind_capacity_connected_2019",
    requirement=Text(zh="全部建成并网", en="all completed and connected to the grid"),
    measure=Text(
        zh="晋北风电基地建成并网装机容量",
        en="capacity of the northern Shanxi wind power base completed and grid-connected",
    ),
    about=("jinbei_wind_base",),
)

# 二是 五大开发区 -----------------------------------------------------------------------------------------

# 左云 and 新荣 are new here; 云冈 and 平城 are the two zones approved in 2019 (part 一: "云冈开发区、
# 平城区现代农业产业示范区正式获批", bringing the city's provincial zones to 4), so they are linked by id.
ZUOYUN_DEVELOPMENT_ZONE = Project(
    id="zuoyun_development_zone",
    quote="左云、新荣、云冈、平城4个省级开发区",
    section=TRANSFORMATION_DEVELOPMENT_ZONES.id,
    name=Text(zh="左云", en="Zuoyun provincial development zone"),
    places=("zuoyun",),
    note=Text(zh="报告只写“左云”,指左云的省级开发区。", en="The report writes only 左云 for the zone."),
)
XINRONG_DEVELOPMENT_ZONE = Project(
    id="xinrong_development_zone",
    quote="左云、新荣、云冈、平城4个省级开发区",
    section=TRANSFORMATION_DEVELOPMENT_ZONES.id,
    name=Text(zh="新荣", en="Xinrong provincial development zone"),
    places=("xinrong",),
    note=Text(zh="报告只写“新荣”,指新荣的省级开发区。", en="The report writes only 新荣 for the zone."),
)
FIVE_DEVELOPMENT_ZONES_2020 = Target(
    id="five_development_zones_2020",
    quote="二是以五大开发区为载体支撑转型。",
    section=TRANSFORMATION_DEVELOPMENT_ZONES.id,
    figure="五大",
    value=ureg.Quantity(5, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="支撑转型的开发区", en="development zones carrying the transformation"),
    members=(
        "datong_development_zone",
        "zuoyun_development_zone",
        "xinrong_development_zone",
        "yungang_development_zone",
        "pingcheng_modern_agriculture_demonstration_zone",
    ),
    note=Text(
        zh="报告未集中列出五大开发区;成员为本任务中的大同开发区与左云、新荣、云冈、平城4个省级开发区。",
        en="The report does not list the five in one place; the members are the Datong Development Zone "
        "and the 4 provincial zones (左云、新荣、云冈、平城) the task names.",
    ),
)
PROVINCIAL_DEVELOPMENT_ZONES_2020 = Target(
    id="provincial_development_zones_2020",
    quote="左云、新荣、云冈、平城4个省级开发区要实施高质量发展行动计划",
    section=TRANSFORMATION_DEVELOPMENT_ZONES.id,
    figure="4个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    base="provincial_development_zones_2019",
    measure=Text(
        zh="实施高质量发展行动计划的省级开发区",
        en="provincial development zones to carry out a high-quality development action plan",
    ),
    members=(
        "zuoyun_development_zone",
        "xinrong_development_zone",
        "yungang_development_zone",
        "pingcheng_modern_agriculture_demonstration_zone",
    ),
    places=("zuoyun", "xinrong", "yungang", "pingcheng"),
    note=Text(
        zh="“云冈”“平城”即2019年获批的云冈开发区、平城区现代农业产业示范区(我们的认定)。",
        en="We take 云冈 and 平城 for the two zones approved in 2019, the Yungang Development Zone and the "
        "Pingcheng District Modern Agriculture Demonstration Zone.",
    ),
)

# 三是 二十大技改项目 -------------------------------------------------------------------------------------

_TWENTY = "突出抓好云冈纸业年产10万吨纸品、恒岳重工技改扩建、中国兵器、中国中车集团、中化集团、3528等总投资近百亿20个技改项目"

YUNGANG_PAPER_PRODUCTS_PROJECT = Project(
    id="yungang_paper_products_project",
    quote=_TWENTY,
    section=TRANSFORMATION_TECHNICAL_UPGRADING.id,
    name=Text(zh="云冈纸业年产10万吨纸品", en="Yungang Paper's paper products project"),
    organisations=("云冈纸业",),
)
HENGYUE_TECHNICAL_UPGRADING_EXPANSION = Project(
    id="hengyue_technical_upgrading_expansion",
    quote=_TWENTY,
    section=TRANSFORMATION_TECHNICAL_UPGRADING.id,
    name=Text(zh="恒岳重工技改扩建", en="Hengyue Heavy Industry technical upgrading and expansion"),
    organisations=("恒岳重工",),
)
_COMPANY_ONLY = Text(zh="报告只写企业名。", en="The report names only the company.")

NORINCO_TECHNICAL_UPGRADING = Project(
    id="norinco_technical_upgrading",
    quote=_TWENTY,
    section=TRANSFORMATION_TECHNICAL_UPGRADING.id,
    name=Text(zh="中国兵器", en="Technical upgrading project of China North Industries Group (Norinco)"),
    organisations=("中国兵器",),
    note=_COMPANY_ONLY,
)
CRRC_TECHNICAL_UPGRADING = Project(
    id="crrc_technical_upgrading",
    quote=_TWENTY,
    section=TRANSFORMATION_TECHNICAL_UPGRADING.id,
    name=Text(zh="中国中车集团", en="Technical upgrading project of CRRC"),
    organisations=("中国中车集团",),
    note=_COMPANY_ONLY,
)
SINOCHEM_TECHNICAL_UPGRADING = Project(
    id="sinochem_technical_upgrading",
    quote=_TWENTY,
    section=TRANSFORMATION_TECHNICAL_UPGRADING.id,
    name=Text(zh="中化集团", en="Technical upgrading project of Sinochem Group"),
    organisations=("中化集团",),
    note=_COMPANY_ONLY,
)
PLANT_3528_TECHNICAL_UPGRADING = Project(
    id="plant_3528_technical_upgrading",
    quote=_TWENTY,
    section=TRANSFORMATION_TECHNICAL_UPGRADING.id,
    name=Text(zh="3528", en="Technical upgrading project of the 3528 plant"),
    organisations=("3528",),
    note=Text(
        zh="报告只写企业代号“3528”。",
        en="The report names the enterprise only by its number, 3528; the number is a name, not a figure.",
    ),
)
YUNGANG_PAPER_PRODUCTS_CAPACITY_2020 = Target(
    id="yungang_paper_products_capacity_2020",
    quote=_TWENTY,
    section=TRANSFORMATION_TECHNICAL_UPGRADING.id,
    figure="10万吨",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(
        zh="云冈纸业纸品项目年产能",
        en="annual output capacity of Yungang Paper's paper products project",
    ),
    about=("yungang_paper_products_project",),
)
KEY_TECHNICAL_UPGRADING_PROJECTS_2020 = Target(
    id="key_technical_upgrading_projects_2020",
    quote=_TWENTY,
    section=TRANSFORMATION_TECHNICAL_UPGRADING.id,
    figure="20个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="重点抓好的技改项目", en="key technical upgrading projects"),
    members=(
        "yungang_paper_products_project",
        "hengyue_technical_upgrading_expansion",
        "norinco_technical_upgrading",
        "crrc_technical_upgrading",
        "sinochem_technical_upgrading",
        "plant_3528_technical_upgrading",
    ),
    lists_all=False,
    note=Text(
        zh="任务标题为“二十大技改项目”;报告以“等”结尾,只列出其中6个。",
        en="The heading says 二十大技改项目 (twenty); the report names 6 of them and ends with 等.",
    ),
)
KEY_TECHNICAL_UPGRADING_INVESTMENT_2020 = Target(
    id="key_technical_upgrading_investment_2020",
    quote=_TWENTY,
    section=TRANSFORMATION_TECHNICAL_UPGRADING.id,
    figure="百亿",
    value=ureg.Quantity(100, "亿元"),
    qualifier=Qualifier.NEARLY,
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(
        zh="20个技改项目总投资",
        en="total investment of the 20 key technical upgrading projects",
    ),
    about=(
        "yungang_paper_products_project",
        "hengyue_technical_upgrading_expansion",
        "norinco_technical_upgrading",
        "crrc_technical_upgrading",
        "sinochem_technical_upgrading",
        "plant_3528_technical_upgrading",
    ),
)
