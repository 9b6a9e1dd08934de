"""Part 二, programme (一): "(一)转型综改项目建设工程", projects for comprehensive transformation reform.

Its three tasks: "一是以十大产业引领转型。" (ten industries, with the ten high-end manufacturing
“王中之王” projects 一是 … 十是, which are projects, not sections), "二是以五大开发区为载体支撑转型。"
(five development zones) and "三是以二十大技改项目助力转型。" (twenty technical upgrading projects).
Every project each industry sentence names is a :class:`Project`, and what the sentence commits to
("重点推进", "打造…基地", "填补…空白") a :class:`Target` about it, one per commitment. Projects named in
part 一 are linked by id, not declared again; one named differently here has ``same_as``. The two
provincial zones written only as 左云 and 新荣 name the other zones of their list in passing. Quotes are
verbatim; figures are as written; English is ours unless ``en_source`` says otherwise.
"""

import datetime

from datong2020.model import (
    Commitment,
    FigureKind,
    Part,
    PassingMention,
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
STRATEGIC_EMERGING_INDUSTRIES_2020 = Target(
    id="strategic_emerging_industries_2020",
    quote="培育壮大战略性新兴产业",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(zh="培育壮大战略性新兴产业", en="foster and grow strategic emerging industries"),
    measure=Text(zh="战略性新兴产业", en="strategic emerging industries"),
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
CRRC_DATONG_INTERNATIONALISATION_2020 = Target(
    id="crrc_datong_internationalisation_2020",
    quote="助力中车大同公司及其产品走向国际化",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="助力中车大同公司及其产品走向国际化", en="help CRRC Datong and its products go international"
    ),
    measure=Text(zh="中车大同公司及其产品国际化", en="CRRC Datong and its products going international"),
    about=("crrc_datong_locomotive_line_upgrade",),
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
NORINCO_LEADING_CASTING_BASE_2020 = Target(
    id="norinco_leading_casting_base_2020",
    quote="要把项目建成引领国内铝合金铸造行业的先进生产基地",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="把项目建成引领国内铝合金铸造行业的先进生产基地",
        en="make the project an advanced production base that leads China's aluminium-alloy casting industry",
    ),
    measure=Text(zh="铝合金铸造先进生产基地", en="advanced aluminium-alloy casting base"),
    about=("norinco_casting_trial_production_centre",),
)
TONGMEI_SMART_MINES = Project(
    id="tongmei_smart_mines",
    quote="三是重点推进同煤集团塔山、同忻等智慧矿山建设",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="塔山、同忻等智慧矿山", en="Smart mines at Tashan, Tongxin and other collieries"),
    organisations=("同煤集团",),
)
TONGMEI_SMART_MINING_2020 = Target(
    id="tongmei_smart_mining_2020",
    quote="实现智能开采,加快提升先进产能",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="实现智能开采,加快提升先进产能", en="achieve smart mining and raise advanced capacity faster"
    ),
    measure=Text(zh="智能开采和先进产能", en="smart mining and advanced capacity"),
    about=("tongmei_smart_mines",),
)
DATONG_GENERAL_AVIATION_INDUSTRIAL_PARK = Project(
    id="datong_general_aviation_industrial_park",
    quote="四是重点推进大同通航产业园项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="大同通航产业园项目", en="Datong General Aviation Industrial Park"),
    note=Text(
        zh="引进欧洲先进的轻型航空器生产技术,打造山西省首家轻型飞机整机生产基地。",
        en="With European light-aircraft technology; to be Shanxi's first plant building whole light "
        "aircraft.",
    ),
)
LIGHT_AIRCRAFT_ASSEMBLY_BASE_2020 = Target(
    id="light_aircraft_assembly_base_2020",
    quote="打造山西省首家轻型飞机整机生产基地,引领全省通航产业发展",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="打造山西省首家轻型飞机整机生产基地,引领全省通航产业发展",
        en="build Shanxi's first plant making whole light aircraft and lead the province's general aviation "
        "industry",
    ),
    measure=Text(zh="山西省首家轻型飞机整机生产基地", en="Shanxi's first whole-light-aircraft plant"),
    about=("datong_general_aviation_industrial_park",),
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
LIGHT_AERO_ENGINE_DOMESTIC_GAP_2020 = Target(
    id="light_aero_engine_domestic_gap_2020",
    quote="填补国内航空发动机领域空白",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(zh="填补国内航空发动机领域空白", en="fill a gap in China's aero-engine field"),
    measure=Text(zh="国内航空发动机领域空白", en="a gap in China's aero-engine field"),
    about=("light_aero_engine_civil_military_project",),
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
SHANGMEI_MAGNESIUM_LIGHTWEIGHT_BASE_2020 = Target(
    id="shangmei_magnesium_lightweight_base_2020",
    quote="要把尚镁镁合金轮毂建成国内最大的镁合金汽车轻量化构件制造产业基地",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="把尚镁镁合金轮毂建成国内最大的镁合金汽车轻量化构件制造产业基地",
        en="make Shangmei's magnesium-alloy wheels the country's largest base for lightweight "
        "magnesium-alloy car parts",
    ),
    measure=Text(zh="镁合金汽车轻量化构件制造产业基地", en="base for lightweight magnesium-alloy car parts"),
    about=("shangmei_magnesium_alloy_project",),
)
XIONGTAO_HYDROGEN_INDUSTRIAL_PARK = Project(
    id="xiongtao_hydrogen_industrial_park",
    quote="七是重点推进雄韬氢能大同产业园项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="雄韬氢能大同产业园项目", en="Xiongtao Hydrogen Datong Industrial Park"),
    organisations=("雄韬",),
)
XIONGTAO_HYDROGEN_BASE_2020 = Target(
    id="xiongtao_hydrogen_base_2020",
    quote="打造成为全国一流氢能产业基地,成为华北地区最具代表的氢能产业集成地",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="打造成为全国一流氢能产业基地,成为华北地区最具代表的氢能产业集成地",
        en="make it a first-class national hydrogen industry base and north China's most representative "
        "hydrogen industry hub",
    ),
    measure=Text(zh="氢能产业基地", en="hydrogen industry base"),
    about=("xiongtao_hydrogen_industrial_park",),
)
LONGI_PV_MODULE_PROJECT = Project(
    id="longi_pv_module_project",
    quote="八是重点推进隆基光伏电池组件项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="隆基光伏电池组件项目", en="LONGi photovoltaic cell and module project"),
    organisations=("隆基",),
    same_as="longi_pv_full_industry_chain",
)
LONGI_PV_TECHNOLOGY_2020 = Target(
    id="longi_pv_technology_2020",
    quote="引进全球领先的研发与量产电池效率、组件光衰先进技术,延长补强产业链",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="引进全球领先的研发与量产电池效率、组件光衰先进技术,延长补强产业链",
        en="bring in world-leading technology for cell efficiency in R&D and mass production and for module "
        "light-induced degradation, lengthening and strengthening the industry chain",
    ),
    measure=Text(
        zh="光伏电池效率、组件光衰先进技术",
        en="advanced technology for solar-cell efficiency and module degradation",
    ),
    about=("longi_pv_module_project",),
)
HENGYUE_EXCAVATOR_PROJECT = Project(
    id="hengyue_excavator_project",
    quote="九是重点推进恒岳重工挖掘机制造项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="恒岳重工挖掘机制造项目", en="Hengyue Heavy Industry excavator manufacturing project"),
    organisations=("恒岳重工",),
)
HENGYUE_EXCAVATORS_REGIONAL_GAP_2020 = Target(
    id="hengyue_excavators_regional_gap_2020",
    quote="自主研发生产不同吨位的挖掘机及其零部件,有效填补华北地区空白",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="自主研发生产不同吨位的挖掘机及其零部件,有效填补华北地区空白",
        en="develop and make excavators of different tonnages and their parts in-house, filling a gap in "
        "north China",
    ),
    measure=Text(zh="自主研发生产的挖掘机及其零部件", en="excavators and parts of its own design"),
    about=("hengyue_excavator_project",),
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
XINCHENG_CARBON_STRIPS_LOCALISED_2020 = Target(
    id="xincheng_carbon_strips_localised_2020",
    quote="实现轨道交通装备动车组核心零部件的国产化,有效替代进口产品",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="实现轨道交通装备动车组核心零部件的国产化,有效替代进口产品",
        en="make core parts of high-speed trains in China, replacing imported products",
    ),
    measure=Text(zh="动车组核心零部件国产化", en="domestic production of core parts of high-speed trains"),
    about=("xincheng_pantograph_carbon_strip_project",),
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
MANUFACTURING_UPGRADING_2020 = Target(
    id="manufacturing_upgrading_2020",
    quote="推动大同制造业由低端向高端、由传统向智能、由支撑向引领转变,推动装备制造业提档升级",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="推动大同制造业由低端向高端、由传统向智能、由支撑向引领转变,推动装备制造业提档升级",
        en="move Datong's manufacturing from low-end to high-end, from traditional to smart and from "
        "supporting to leading, and upgrade equipment manufacturing",
    ),
    measure=Text(zh="大同制造业转变和装备制造业提档升级", en="upgrading of Datong's manufacturing"),
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
    period=YEAR,
    requirement=Text(zh="试投产", en="start trial production"),
    measure=Text(
        zh="大同长鹰蜜蜂飞机制造项目试投产",
        en="trial production of the Datong Changying Bee aircraft project",
    ),
    about=("datong_changying_bee_aircraft_project",),
)

_AVIATION_FIRMS = "积极引进北航V2微型涡喷发动机、CCAR-147部维修基地、中型无人机及其他优质通航制造企业"

BEIHANG_V2_MICRO_TURBOJET_ENGINE = Project(
    id="beihang_v2_micro_turbojet_engine",
    quote=_AVIATION_FIRMS,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="北航V2微型涡喷发动机", en="Beihang V2 micro turbojet engine"),
    organisations=("北航",),
    note=Text(
        zh="报告只写产品名,列在要引进的通航制造企业中。",
        en="The report names only the product, among the general aviation manufacturers to be brought in; "
        "北航 is Beihang University.",
    ),
)
CCAR_147_MAINTENANCE_BASE = Project(
    id="ccar_147_maintenance_base",
    quote=_AVIATION_FIRMS,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="CCAR-147部维修基地", en="CCAR-147 maintenance base"),
    note=Text(
        zh="CCAR-147部为民航维修培训机构合格审定规定(我们的说明)。",
        en="CCAR-147 is the civil aviation regulation for maintenance training organisations (our "
        "explanation, not the report's).",
    ),
)
AVIATION_MANUFACTURERS_ATTRACTED_2020 = Target(
    id="aviation_manufacturers_attracted_2020",
    quote=_AVIATION_FIRMS,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="积极引进北航V2微型涡喷发动机、CCAR-147部维修基地、中型无人机及其他优质通航制造企业",
        en="bring in the Beihang V2 micro turbojet engine, a CCAR-147 maintenance base, medium-sized drones "
        "and other good general aviation manufacturers",
    ),
    measure=Text(zh="引进通航制造企业", en="general aviation manufacturers brought in"),
    about=("beihang_v2_micro_turbojet_engine", "ccar_147_maintenance_base", "general_aviation_cluster"),
)
AIRCRAFT_RD_MANUFACTURING_CENTRE_2020 = Target(
    id="aircraft_rd_manufacturing_centre_2020",
    quote="逐步将大同建成全国重要的航空器及航材零部件研发制造中心",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="逐步将大同建成全国重要的航空器及航材零部件研发制造中心",
        en="make Datong, step by step, a nationally important centre for the research, development and "
        "manufacture of aircraft and aviation parts",
    ),
    measure=Text(
        zh="航空器及航材零部件研发制造中心",
        en="centre for aircraft and aviation parts R&D and manufacturing",
    ),
    about=("general_aviation_cluster",),
    note=Text(
        zh="“逐步”:报告未给出完成时间,记在计划年度下。",
        en="逐步 (step by step): the report sets no date; recorded under the plan year.",
    ),
)

# 数字产业 --------------------------------------------------------------------------------------------
_DIGITAL_PROJECTS = "数字产业重点抓好秦淮数据环首都·燕山能源信息技术产业基地三期四期项目、普云大数据中心、新荣区秦淮大数据项目"

QINHUAI_YANSHAN_DATA_BASE_PHASES_3_4 = Project(
    id="qinhuai_yanshan_data_base_phases_3_4",
    quote="秦淮数据环首都·燕山能源信息技术产业基地三期四期项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="秦淮数据环首都·燕山能源信息技术产业基地三期四期项目",
        en="Phases 3 and 4 of Qinhuai Data's 'Around the Capital · Yanshan' energy and information "
        "technology industrial base",
    ),
    organisations=("秦淮数据",),
)
PUYUN_BIG_DATA_CENTRE = Project(
    id="puyun_big_data_centre",
    quote="普云大数据中心",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="普云大数据中心", en="Puyun big data centre"),
    note=Text(
        zh="第一部分称“普云大数据”已建成试运行投产。",
        en="Part 一 reports 普云大数据 (Puyun big data) completed and in trial operation.",
    ),
)
XINRONG_QINHUAI_BIG_DATA_PROJECT = Project(
    id="xinrong_qinhuai_big_data_project",
    quote="新荣区秦淮大数据项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="新荣区秦淮大数据项目", en="Qinhuai big data project in Xinrong District"),
    organisations=("秦淮数据",),
    places=("xinrong",),
    note=Text(
        zh="第一部分称“秦淮大数据”已建成试运行投产。",
        en="Part 一 reports 秦淮大数据 (Qinhuai big data) completed and in trial operation.",
    ),
)
DIGITAL_INDUSTRY_KEY_PROJECTS_2020 = Target(
    id="digital_industry_key_projects_2020",
    quote=_DIGITAL_PROJECTS,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(zh="重点抓好", en="make them a priority"),
    measure=Text(zh="数字产业重点项目", en="key projects of the digital industry"),
    about=(
        "digital_industry_cluster",
        "qinhuai_yanshan_data_base_phases_3_4",
        "puyun_big_data_centre",
        "xinrong_qinhuai_big_data_project",
    ),
    places=("xinrong",),
)
NEW_INFRASTRUCTURE_2020 = Target(
    id="new_infrastructure_2020",
    quote="及早布局以5G、物联网、工业互联网、卫星互联网为代表的通信网络基础设施,以人工智能技术为特色的融合基础设施,以重大科研为牵引的创新基础设施项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="及早布局以5G、物联网、工业互联网、卫星互联网为代表的通信网络基础设施,以人工智能技术为特色的融合基础设施,以重大科研为牵引的创新基础设施项目",
        en="lay out early communication network infrastructure (5G, the internet of things, the industrial "
        "internet, the satellite internet), integrated infrastructure built on artificial intelligence, and "
        "innovation infrastructure projects driven by major research",
    ),
    measure=Text(
        zh="通信网络、融合和创新基础设施", en="communication, integrated and innovation infrastructure"
    ),
    about=("digital_industry_cluster",),
)
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
INTERNATIONAL_INTERNET_DATA_CHANNEL_2020 = Target(
    id="international_internet_data_channel_2020",
    quote="积极争取国际互联网数据点专用通道建设",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="积极争取国际互联网数据点专用通道建设", en="seek a dedicated international internet data channel"
    ),
    measure=Text(zh="国际互联网数据点专用通道", en="dedicated international internet data channel"),
    about=("digital_industry_cluster",),
)
TOP_IT_FIRMS_ATTRACTED_2020 = Target(
    id="top_it_firms_attracted_2020",
    quote="引进国内百强电子软件、互联网公司",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="引进国内百强电子软件、互联网公司",
        en="bring in electronics, software and internet companies from the country's top hundred",
    ),
    measure=Text(
        zh="引进的百强电子软件、互联网公司",
        en="top-hundred electronics, software and internet companies brought in",
    ),
    about=("digital_industry_cluster",),
)
DATA_INDUSTRIES_2020 = Target(
    id="data_industries_2020",
    quote="加快发展数据采集、存储、交易等产业",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="加快发展数据采集、存储、交易等产业",
        en="develop data collection, storage, trading and related industries faster",
    ),
    measure=Text(zh="数据采集、存储、交易等产业", en="data collection, storage and trading industries"),
    about=("digital_industry_cluster",),
)
DATA_CENTRE_HUB_2020 = Target(
    id="data_centre_hub_2020",
    quote="将大同建成辐射华北、影响全国的数据中心和信创产业聚集地",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="将大同建成辐射华北、影响全国的数据中心和信创产业聚集地",
        en="make Datong a data centre and a cluster of IT application innovation industries serving north "
        "China and known nationwide",
    ),
    measure=Text(zh="数据中心和信创产业聚集地", en="data centre and IT innovation industry cluster"),
    about=("digital_industry_cluster",),
)

# 新能源产业 ------------------------------------------------------------------------------------------
_XIAN_LONGI = "下大气力推进西安隆基光伏全产业链项目"

XIAN_LONGI_PV_FULL_INDUSTRY_CHAIN_PROJECT = Project(
    id="xian_longi_pv_full_industry_chain_project",
    quote=_XIAN_LONGI,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="西安隆基光伏全产业链项目", en="Xi'an LONGi photovoltaic full-industry-chain project"),
    organisations=("西安隆基",),
    same_as="longi_pv_full_industry_chain",
)
XIAN_LONGI_PV_FULL_INDUSTRY_CHAIN_2020 = Target(
    id="xian_longi_pv_full_industry_chain_2020",
    quote=_XIAN_LONGI,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(zh="下大气力推进", en="push it forward with great effort"),
    measure=Text(
        zh="西安隆基光伏全产业链项目建设",
        en="construction of the Xi'an LONGi photovoltaic full-industry-chain project",
    ),
    about=("xian_longi_pv_full_industry_chain_project", "new_energy_cluster"),
)
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

# 新能源汽车产业 ----------------------------------------------------------------------------------------
_NEW_ENERGY_VEHICLE_PROJECTS = (
    "新能源汽车产业重点推动城市动力电动汽车电池、电机、电控“三电总成”生产、陕汽集团天然气重卡制造、"
    "山西耀邦环卫专用新能源汽车制造、奥赛斯电动汽车组件及稀金属超级电容组件生产项目建设"
)

CITY_POWER_THREE_ELECTRICS_PRODUCTION = Project(
    id="city_power_three_electrics_production",
    quote="城市动力电动汽车电池、电机、电控“三电总成”生产",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="城市动力电动汽车电池、电机、电控",
        en="City Power production of electric-vehicle battery, motor and control ('three electrics') "
        "assemblies",
    ),
    organisations=("城市动力",),
    note=Text(
        zh="报告写作“城市动力电动汽车电池、电机、电控“三电总成”生产”;名称不含“三电总成”,以免遮住该术语。",
        en="The report writes 城市动力电动汽车电池、电机、电控“三电总成”生产; the name stops before the term "
        "“三电总成” (three_electrics), which the glossary finds on its own.",
    ),
)
SHAANXI_AUTO_GAS_HEAVY_TRUCK_PLANT = Project(
    id="shaanxi_auto_gas_heavy_truck_plant",
    quote="陕汽集团天然气重卡制造",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="陕汽集团天然气重卡制造", en="Shaanxi Automobile Group natural-gas heavy truck manufacturing"
    ),
    organisations=("陕汽集团",),
)
SHANXI_YAOBANG_SANITATION_VEHICLE_PLANT = Project(
    id="shanxi_yaobang_sanitation_vehicle_plant",
    quote="山西耀邦环卫专用新能源汽车制造",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="山西耀邦环卫专用新能源汽车制造",
        en="Shanxi Yaobang manufacturing of new-energy sanitation vehicles",
    ),
    organisations=("山西耀邦",),
)
AOSAISI_EV_COMPONENTS_SUPERCAPACITOR_PROJECT = Project(
    id="aosaisi_ev_components_supercapacitor_project",
    quote="奥赛斯电动汽车组件及稀金属超级电容组件生产项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="奥赛斯电动汽车组件及稀金属超级电容组件生产项目",
        en="Aosaisi electric-vehicle components and rare-metal supercapacitor components project",
    ),
    organisations=("奥赛斯",),
)
NEW_ENERGY_VEHICLE_PROJECTS_2020 = Target(
    id="new_energy_vehicle_projects_2020",
    quote=_NEW_ENERGY_VEHICLE_PROJECTS,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(zh="重点推动", en="push their construction forward as a priority"),
    measure=Text(zh="新能源汽车产业项目建设", en="construction of new energy vehicle projects"),
    about=(
        "new_energy_vehicle_cluster",
        "city_power_three_electrics_production",
        "shaanxi_auto_gas_heavy_truck_plant",
        "shanxi_yaobang_sanitation_vehicle_plant",
        "aosaisi_ev_components_supercapacitor_project",
    ),
)

# 新材料产业 ------------------------------------------------------------------------------------------
_GRAPHENE = "重点推进石墨烯粉体生产项目"

GRAPHENE_POWDER_PROJECT = Project(
    id="graphene_powder_project",
    quote=_GRAPHENE,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="石墨烯粉体生产项目", en="Graphene powder production project"),
    note=Text(
        zh="运用世界首创的物理法生产石墨烯粉体。",
        en="It is to make graphene powder by a physical process the report calls a world first.",
    ),
)
GRAPHENE_POWDER_PROJECT_2020 = Target(
    id="graphene_powder_project_2020",
    quote=_GRAPHENE,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(zh="重点推进", en="push it forward as a priority"),
    measure=Text(zh="石墨烯粉体生产项目建设", en="construction of the graphene powder project"),
    about=("graphene_powder_project", "new_materials_cluster"),
)
GRAPHENE_APPLICATIONS_RESEARCH_2020 = Target(
    id="graphene_applications_research_2020",
    quote="开展添加石墨烯材料的应用、开发、研究",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="开展添加石墨烯材料的应用、开发、研究",
        en="apply, develop and research materials with graphene added",
    ),
    measure=Text(zh="添加石墨烯材料的应用、开发、研究", en="uses of graphene-added materials"),
    about=("graphene_powder_project",),
)
GRAPHENE_UTILISATION_BASE_2020 = Target(
    id="graphene_utilisation_base_2020",
    quote="打造国内领先的石墨烯综合利用生产基地",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="打造国内领先的石墨烯综合利用生产基地",
        en="build a production base for the many uses of graphene that leads the country",
    ),
    measure=Text(zh="石墨烯综合利用生产基地", en="production base for the use of graphene"),
    about=("graphene_powder_project",),
)

_XICHUN = "重点推进大同锡纯半导体芯片材料生产项目"

DATONG_XICHUN_SEMICONDUCTOR_MATERIALS_PROJECT = Project(
    id="datong_xichun_semiconductor_materials_project",
    quote=_XICHUN,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="大同锡纯半导体芯片材料生产项目",
        en="Datong Xichun semiconductor chip materials project",
    ),
    organisations=("大同锡纯",),
    note=Text(
        zh="立足大同特碳资源优势,以自主研发制造的高端热工炉设备生产半导体芯片材料。",
        en="Building on Datong's special carbon resources, it is to make chip materials in high-end "
        "furnaces of its own design.",
    ),
)
XICHUN_SEMICONDUCTOR_MATERIALS_PROJECT_2020 = Target(
    id="xichun_semiconductor_materials_project_2020",
    quote=_XICHUN,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(zh="重点推进", en="push it forward as a priority"),
    measure=Text(
        zh="大同锡纯半导体芯片材料生产项目建设",
        en="construction of the Datong Xichun semiconductor chip materials project",
    ),
    about=("datong_xichun_semiconductor_materials_project", "new_materials_cluster"),
)
IMPORT_SUBSTITUTING_CHIP_MATERIALS_2020 = Target(
    id="import_substituting_chip_materials_2020",
    quote="生产可以替代进口的半导体芯片材料",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="生产可以替代进口的半导体芯片材料",
        en="make semiconductor chip materials that can replace imports",
    ),
    measure=Text(zh="替代进口的半导体芯片材料", en="import-substituting semiconductor chip materials"),
    about=("datong_xichun_semiconductor_materials_project",),
)

_DONGLIANG = "重点推进栋梁航空航天高铁汽车特种专用高精级硬质新材料加工和单元铁塔玄武岩纤维型材5G杆塔项目"

DONGLIANG_HARD_MATERIALS_AND_5G_TOWER_PROJECT = Project(
    id="dongliang_hard_materials_and_5g_tower_project",
    quote=_DONGLIANG,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="栋梁航空航天高铁汽车特种专用高精级硬质新材料加工和单元铁塔玄武岩纤维型材5G杆塔项目",
        en="Dongliang project processing special high-precision hard new materials for aerospace, "
        "high-speed rail and cars, and making basalt-fibre profiles for modular 5G towers",
    ),
    organisations=("栋梁",),
    note=Text(
        zh="报告以一个“项目”收尾,记为一个项目;“单元铁塔”按模块化铁塔理解(我们的理解)。",
        en="The report ends both parts with one 项目 (project), so it is one record; we read 单元铁塔 as "
        "modular towers, not as a second company.",
    ),
)
DONGLIANG_HARD_MATERIALS_AND_5G_TOWER_PROJECT_2020 = Target(
    id="dongliang_hard_materials_and_5g_tower_project_2020",
    quote=_DONGLIANG,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(zh="重点推进", en="push it forward as a priority"),
    measure=Text(
        zh="栋梁硬质新材料加工和5G杆塔项目建设",
        en="construction of the Dongliang hard materials and 5G tower project",
    ),
    about=("dongliang_hard_materials_and_5g_tower_project", "new_materials_cluster"),
)

# 节能环保产业 ----------------------------------------------------------------------------------------
_ENVIRONMENTAL_PROJECTS = (
    "节能环保产业重点建设国家大宗固废综合利用示范基地、冀东水泥循环经济绿色发展、碧水源生产研发基地等项目"
)

NATIONAL_BULK_SOLID_WASTE_DEMONSTRATION_BASE = Project(
    id="national_bulk_solid_waste_demonstration_base",
    quote="国家大宗固废综合利用示范基地",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="国家大宗固废综合利用示范基地",
        en="National demonstration base for the comprehensive use of bulk solid waste",
    ),
)
JIDONG_CEMENT_CIRCULAR_ECONOMY_PROJECT = Project(
    id="jidong_cement_circular_economy_project",
    quote="冀东水泥循环经济绿色发展",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="冀东水泥循环经济绿色发展", en="Jidong Cement circular-economy green development project"),
    organisations=("冀东水泥",),
)
ORIGINWATER_PRODUCTION_RD_BASE = Project(
    id="originwater_production_rd_base",
    quote="碧水源生产研发基地",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="碧水源生产研发基地", en="OriginWater production and R&D base"),
    organisations=("碧水源",),
)
ENVIRONMENTAL_INDUSTRY_PROJECTS_2020 = Target(
    id="environmental_industry_projects_2020",
    quote=_ENVIRONMENTAL_PROJECTS,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(zh="重点建设", en="build them as a priority"),
    measure=Text(
        zh="节能环保产业项目建设",
        en="construction of energy saving and environmental protection projects",
    ),
    about=(
        "energy_saving_environmental_cluster",
        "national_bulk_solid_waste_demonstration_base",
        "jidong_cement_circular_economy_project",
        "originwater_production_rd_base",
    ),
    note=Text(
        zh="报告列举三个项目后以“等项目”结尾。",
        en="The report names three and ends with 等项目 (and others).",
    ),
)

# 大健康及现代医药产业 ----------------------------------------------------------------------------------
_WEIQIDA = "重点推进威奇达药业青霉素绿色产业链升级项目"

WEIQIDA_PENICILLIN_GREEN_CHAIN_UPGRADE = Project(
    id="weiqida_penicillin_green_chain_upgrade",
    quote=_WEIQIDA,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="威奇达药业青霉素绿色产业链升级项目",
        en="Weiqida Pharmaceutical penicillin green industry chain upgrading project",
    ),
    organisations=("威奇达药业",),
)
WEIQIDA_PENICILLIN_GREEN_CHAIN_UPGRADE_2020 = Target(
    id="weiqida_penicillin_green_chain_upgrade_2020",
    quote=_WEIQIDA,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(zh="重点推进", en="push it forward as a priority"),
    measure=Text(
        zh="威奇达药业青霉素绿色产业链升级项目建设",
        en="the Weiqida penicillin green industry chain upgrade",
    ),
    about=("weiqida_penicillin_green_chain_upgrade", "health_pharmaceutical_cluster"),
)
PENICILLIN_PRODUCTS_AND_LINES_2020 = Target(
    id="penicillin_products_and_lines_2020",
    quote="丰富青霉素无菌原料药产品,推动产品生产线提档升级",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="丰富青霉素无菌原料药产品,推动产品生产线提档升级",
        en="widen the range of sterile penicillin active ingredients and upgrade the production lines",
    ),
    measure=Text(zh="青霉素无菌原料药产品和生产线", en="sterile penicillin products and production lines"),
    about=("weiqida_penicillin_green_chain_upgrade",),
)

_GUANGSHENGYUAN = "重点推进广盛原黄芪中药制剂生产线升级改造项目"

GUANGSHENGYUAN_ASTRAGALUS_LINE_UPGRADE = Project(
    id="guangshengyuan_astragalus_line_upgrade",
    quote=_GUANGSHENGYUAN,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="广盛原黄芪中药制剂生产线升级改造项目",
        en="Guangshengyuan upgrade of its astragalus traditional Chinese medicine production line",
    ),
    organisations=("广盛原",),
)
GUANGSHENGYUAN_ASTRAGALUS_LINE_UPGRADE_2020 = Target(
    id="guangshengyuan_astragalus_line_upgrade_2020",
    quote=_GUANGSHENGYUAN,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(zh="重点推进", en="push it forward as a priority"),
    measure=Text(
        zh="广盛原黄芪中药制剂生产线升级改造",
        en="the upgrade of Guangshengyuan's astragalus medicine production line",
    ),
    about=("guangshengyuan_astragalus_line_upgrade", "health_pharmaceutical_cluster"),
)
ASTRAGALUS_INDUSTRY_CHAIN_2020 = Target(
    id="astragalus_industry_chain_2020",
    quote="推动黄芪产业不断强链补链延链",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="推动黄芪产业不断强链补链延链",
        en="keep strengthening, completing and extending the astragalus industry chain",
    ),
    measure=Text(zh="黄芪产业链", en="astragalus industry chain"),
    about=("guangshengyuan_astragalus_line_upgrade",),
)

_TONGYAO = "重点推进同药集团靶向性抗肿瘤抗体药物研发及成果转化项目"

TONGYAO_TARGETED_ANTIBODY_PROJECT = Project(
    id="tongyao_targeted_antibody_project",
    quote=_TONGYAO,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="同药集团靶向性抗肿瘤抗体药物研发及成果转化项目",
        en="Tongyao Group project to develop and bring to market targeted anti-tumour antibody drugs",
    ),
    organisations=("同药集团",),
)
TONGYAO_TARGETED_ANTIBODY_PROJECT_2020 = Target(
    id="tongyao_targeted_antibody_project_2020",
    quote=_TONGYAO,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(zh="重点推进", en="push it forward as a priority"),
    measure=Text(
        zh="同药集团靶向性抗肿瘤抗体药物研发及成果转化",
        en="Tongyao's development and commercialisation of targeted anti-tumour antibody drugs",
    ),
    about=("tongyao_targeted_antibody_project", "health_pharmaceutical_cluster"),
)

# 绿色建材产业 ----------------------------------------------------------------------------------------
PREFABRICATED_BUILDINGS_2020 = Target(
    id="prefabricated_buildings_2020",
    quote="大力发展钢结构和装配式混凝土结构建筑",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="大力发展钢结构和装配式混凝土结构建筑",
        en="vigorously develop steel-structure and prefabricated concrete buildings",
    ),
    measure=Text(
        zh="钢结构和装配式混凝土结构建筑", en="steel-structure and prefabricated concrete buildings"
    ),
    about=("green_building_materials_cluster",),
)

_BUILDING_MATERIALS_PROJECTS = (
    "重点推进省经建投装配式建筑工厂、正方利民装配式建筑产业园三期、瑞城钢结构加工、"
    "宏鑫绿色装配式金属维护一体板建设、莱创新型钢模板厂区等项目建设"
)

PROVINCIAL_CONSTRUCTION_INVESTMENT_PREFAB_PLANT = Project(
    id="provincial_construction_investment_prefab_plant",
    quote="省经建投装配式建筑工厂",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="省经建投装配式建筑工厂",
        en="Prefabricated building plant of the provincial economic construction investment group",
    ),
    organisations=("省经建投",),
)
ZHENGFANG_LIMIN_PREFAB_PARK_PHASE_3 = Project(
    id="zhengfang_limin_prefab_park_phase_3",
    quote="正方利民装配式建筑产业园三期",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="正方利民装配式建筑产业园三期",
        en="Phase 3 of the Zhengfang Limin prefabricated building industrial park",
    ),
    organisations=("正方利民",),
)
RUICHENG_STEEL_STRUCTURE_PROCESSING = Project(
    id="ruicheng_steel_structure_processing",
    quote="瑞城钢结构加工",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="瑞城钢结构加工", en="Ruicheng steel structure processing"),
    organisations=("瑞城",),
)
HONGXIN_PREFAB_METAL_PANEL_PROJECT = Project(
    id="hongxin_prefab_metal_panel_project",
    quote="宏鑫绿色装配式金属维护一体板建设",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="宏鑫绿色装配式金属维护一体板建设",
        en="Hongxin green prefabricated integrated metal enclosure panels",
    ),
    organisations=("宏鑫",),
)
LAICHUANG_STEEL_FORMWORK_PLANT = Project(
    id="laichuang_steel_formwork_plant",
    quote="莱创新型钢模板厂区",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(zh="莱创新型钢模板厂区", en="Laichuang plant for new-type steel formwork"),
    organisations=("莱创",),
)
GREEN_BUILDING_MATERIALS_PROJECTS_2020 = Target(
    id="green_building_materials_projects_2020",
    quote=_BUILDING_MATERIALS_PROJECTS,
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(zh="重点推进", en="push their construction forward as a priority"),
    measure=Text(zh="绿色建材产业项目建设", en="construction of green building materials projects"),
    about=(
        "green_building_materials_cluster",
        "provincial_construction_investment_prefab_plant",
        "zhengfang_limin_prefab_park_phase_3",
        "ruicheng_steel_structure_processing",
        "hongxin_prefab_metal_panel_project",
        "laichuang_steel_formwork_plant",
    ),
    note=Text(
        zh="报告列举五个项目后以“等项目”结尾。", en="The report names five and ends with 等项目 (and others)."
    ),
)

# 现代纺织产业 ----------------------------------------------------------------------------------------
ZHONGYIN_WOOL_CASHMERE_BASE = Project(
    id="zhongyin_wool_cashmere_base",
    quote="紧紧依托中银羊毛羊绒产业链生产基地项目",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    name=Text(
        zh="中银羊毛羊绒产业链生产基地项目",
        en="Zhongyin wool and cashmere industry chain production base",
    ),
    organisations=("中银",),
)
TEXTILE_TECHNOLOGY_INTRODUCED_2020 = Target(
    id="textile_technology_introduced_2020",
    quote="引进现代纺织产业技术和工艺",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(zh="引进现代纺织产业技术和工艺", en="bring in modern textile technology and processes"),
    measure=Text(zh="引进的现代纺织产业技术和工艺", en="modern textile technology brought in"),
    about=("zhongyin_wool_cashmere_base", "modern_textile_cluster"),
)
WOOL_CASHMERE_FULL_CHAIN_BASE_2020 = Target(
    id="wool_cashmere_full_chain_base_2020",
    quote="建设集洗毛、洗绒、制条、纺纱、织造、染整、定制为一体的世界顶级全产业链羊毛羊绒研发生产基地",
    section=TRANSFORMATION_TEN_INDUSTRIES.id,
    period=YEAR,
    requirement=Text(
        zh="建设集洗毛、洗绒、制条、纺纱、织造、染整、定制为一体的世界顶级全产业链羊毛羊绒研发生产基地",
        en="build a world-class wool and cashmere R&D and production base covering the whole chain: "
        "scouring, dehairing, combing, spinning, weaving, dyeing and finishing, and tailoring",
    ),
    measure=Text(
        zh="全产业链羊毛羊绒研发生产基地",
        en="full-chain wool and cashmere R&D and production base",
    ),
    about=("zhongyin_wool_cashmere_base", "modern_textile_cluster"),
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
_ZONE_MEMBERS = (
    "datong_development_zone",
    "zuoyun_development_zone",
    "xinrong_development_zone",
    "yungang_development_zone",
    "pingcheng_modern_agriculture_demonstration_zone",
)
DEVELOPMENT_ZONE_CAPACITY_2020 = Target(
    id="development_zone_capacity_2020",
    quote="加快基础设施和体制机制完善,大力提升产业承载能力和项目吸附能力",
    section=TRANSFORMATION_DEVELOPMENT_ZONES.id,
    period=YEAR,
    requirement=Text(
        zh="加快基础设施和体制机制完善,大力提升产业承载能力和项目吸附能力",
        en="complete the zones' infrastructure, institutions and mechanisms faster, and greatly raise their "
        "capacity to host industries and to attract projects",
    ),
    measure=Text(
        zh="开发区产业承载能力和项目吸附能力",
        en="development zones' capacity to host industries and attract projects",
    ),
    about=_ZONE_MEMBERS,
)

_ONE_CITY_FOUR_ZONES = (
    "大同开发区要做大做强氢都新能源产业城、装备制造园区、通航园区、医药园区、现代纺织园区等“一城四区”建设"
)

# 氢都新能源产业城 is part 一's hydrogen_city; the four parks are new here.
EQUIPMENT_MANUFACTURING_PARK = Project(
    id="equipment_manufacturing_park",
    quote=_ONE_CITY_FOUR_ZONES,
    section=TRANSFORMATION_DEVELOPMENT_ZONES.id,
    name=Text(zh="装备制造园区", en="Equipment manufacturing park of the Datong Development Zone"),
)
GENERAL_AVIATION_PARK = Project(
    id="general_aviation_park",
    quote=_ONE_CITY_FOUR_ZONES,
    section=TRANSFORMATION_DEVELOPMENT_ZONES.id,
    name=Text(zh="通航园区", en="General aviation park of the Datong Development Zone"),
    note=Text(
        zh="报告未说明它与“大同通航产业园项目”是否为同一项目。",
        en="The report does not say whether it is the 大同通航产业园项目 of the flagship list.",
    ),
)
PHARMACEUTICAL_PARK = Project(
    id="pharmaceutical_park",
    quote=_ONE_CITY_FOUR_ZONES,
    section=TRANSFORMATION_DEVELOPMENT_ZONES.id,
    name=Text(zh="医药园区", en="Pharmaceutical park of the Datong Development Zone"),
)
MODERN_TEXTILE_PARK = Project(
    id="modern_textile_park",
    quote=_ONE_CITY_FOUR_ZONES,
    section=TRANSFORMATION_DEVELOPMENT_ZONES.id,
    name=Text(zh="现代纺织园区", en="Modern textile park of the Datong Development Zone"),
)
ONE_CITY_FOUR_ZONES_2020 = Target(
    id="one_city_four_zones_2020",
    quote=_ONE_CITY_FOUR_ZONES,
    section=TRANSFORMATION_DEVELOPMENT_ZONES.id,
    period=YEAR,
    requirement=Text(zh="做大做强", en="make them bigger and stronger"),
    measure=Text(
        zh="大同开发区“一城四区”建设",
        en="the 'one city and four parks' of the Datong Development Zone",
    ),
    about=(
        "datong_development_zone",
        "hydrogen_city",
        "equipment_manufacturing_park",
        "general_aviation_park",
        "pharmaceutical_park",
        "modern_textile_park",
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

STANDARD_FACTORY_BUILDINGS_2020 = Target(
    id="standard_factory_buildings_2020",
    quote="加快标准厂房建设",
    section=TRANSFORMATION_DEVELOPMENT_ZONES.id,
    period=YEAR,
    requirement=Text(zh="加快标准厂房建设", en="build standard factory buildings faster"),
    measure=Text(
        zh="4个省级开发区标准厂房建设",
        en="construction of standard factory buildings in the 4 provincial development zones",
    ),
    about=(
        "zuoyun_development_zone",
        "xinrong_development_zone",
        "yungang_development_zone",
        "pingcheng_modern_agriculture_demonstration_zone",
    ),
    places=("zuoyun", "xinrong", "yungang", "pingcheng"),
)
POWERS_DELEGATED_TO_ZONES_2020 = Target(
    id="powers_delegated_to_zones_2020",
    quote="围绕土地审批、人才引进、平台搭建、政策倾斜、管理体制,充分授权到位",
    section=TRANSFORMATION_DEVELOPMENT_ZONES.id,
    period=YEAR,
    requirement=Text(
        zh="充分授权到位",
        en="delegate powers fully over land approval, talent, platforms, preferential policies and "
        "management",
    ),
    measure=Text(zh="向开发区授权", en="powers delegated to the development zones"),
    note=Text(
        zh="同句要求市县两级加大先行先试。",
        en="The sentence asks the city and county governments to pilot boldly.",
    ),
)
INDUSTRIAL_PROJECT_APPROVAL_BY_COMMITMENT_2020 = Target(
    id="industrial_project_approval_by_commitment_2020",
    quote="一般工业项目审批“全承诺、无审批、拿地即可开工”",
    section=TRANSFORMATION_DEVELOPMENT_ZONES.id,
    period=YEAR,
    requirement=Text(
        zh="一般工业项目审批“全承诺、无审批、拿地即可开工”",
        en="ordinary industrial projects: full commitment, no approval, and work may start once the land "
        "is obtained",
    ),
    measure=Text(zh="一般工业项目审批", en="approval of ordinary industrial projects"),
    note=Text(
        zh="同句另要求充分授权到位(powers_delegated_to_zones_2020)。",
        en="The same sentence also asks for powers to be delegated fully (powers_delegated_to_zones_2020).",
    ),
)

_YUNGANG_ZONE_PILOT = "扎实开展云冈经济技术开发区管运分离改革试点"

YUNGANG_ZONE_MANAGEMENT_OPERATION_SEPARATION_PILOT = Project(
    id="yungang_zone_management_operation_separation_pilot",
    quote=_YUNGANG_ZONE_PILOT,
    section=TRANSFORMATION_DEVELOPMENT_ZONES.id,
    name=Text(
        zh="云冈经济技术开发区管运分离改革试点",
        en="Pilot reform separating management from operation in the Yungang Economic and Technological "
        "Development Zone",
    ),
    note=Text(
        zh="为全省国企运营开发区积累新的经验、作出新的示范。",
        en="Meant to give the province new experience and an example of development zones run by "
        "state-owned enterprises.",
    ),
)
YUNGANG_ZONE_MANAGEMENT_OPERATION_SEPARATION_2020 = Target(
    id="yungang_zone_management_operation_separation_2020",
    quote=_YUNGANG_ZONE_PILOT,
    section=TRANSFORMATION_DEVELOPMENT_ZONES.id,
    period=YEAR,
    requirement=Text(zh="扎实开展", en="carry it out solidly"),
    measure=Text(
        zh="云冈经济技术开发区管运分离改革试点",
        en="the Yungang zone's pilot separating management from operation",
    ),
    about=("yungang_zone_management_operation_separation_pilot", "yungang_development_zone"),
)

# 三是 二十大技改项目 -------------------------------------------------------------------------------------

TECHNICAL_UPGRADING_BY_EXISTING_FIRMS_2020 = Target(
    id="technical_upgrading_by_existing_firms_2020",
    quote="充分发挥技改资金的“杠杆效应”,积极帮助现有企业通过改进工艺、更新设备、智能应用等方式上马技改项目",
    section=TRANSFORMATION_TECHNICAL_UPGRADING.id,
    period=YEAR,
    requirement=Text(
        zh="积极帮助现有企业通过改进工艺、更新设备、智能应用等方式上马技改项目",
        en="help existing firms start technical upgrading projects, by improving processes, renewing "
        "equipment, applying smart technology and other means",
    ),
    measure=Text(
        zh="现有企业上马技改项目(发挥技改资金的“杠杆效应”)",
        en="technical upgrading projects started by existing firms, with technical upgrading funds as a "
        "lever",
    ),
)
NEW_INDUSTRIAL_PROJECTS_BY_FIRMS_2020 = Target(
    id="new_industrial_projects_by_firms_2020",
    quote="引导支持企业在扩大规模、做强主业同时,不断开发新的产业项目,实现建链、补链、延链、强链",
    section=TRANSFORMATION_TECHNICAL_UPGRADING.id,
    period=YEAR,
    requirement=Text(
        zh="不断开发新的产业项目,实现建链、补链、延链、强链",
        en="keep developing new industrial projects, to build, complete, extend and strengthen industry "
        "chains",
    ),
    measure=Text(
        zh="企业开发新的产业项目",
        en="new industrial projects developed by firms growing their main business",
    ),
)

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

_ONE_OF_THE_FOUR_ZONES = Text(
    zh="引文列出4个省级开发区,本记录只是其中一个。",
    en="The quote lists the 4 provincial zones; this record is only one of them.",
)

PASSING_MENTIONS = (
    PassingMention(record="zuoyun_development_zone", place="xinrong", reason=_ONE_OF_THE_FOUR_ZONES),
    PassingMention(record="zuoyun_development_zone", place="pingcheng", reason=_ONE_OF_THE_FOUR_ZONES),
    PassingMention(record="xinrong_development_zone", place="zuoyun", reason=_ONE_OF_THE_FOUR_ZONES),
    PassingMention(record="xinrong_development_zone", place="pingcheng", reason=_ONE_OF_THE_FOUR_ZONES),
)
