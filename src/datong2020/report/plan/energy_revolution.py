"""Part 二, programme (二) "(二)能源革命综合改革试点突破工程": the energy revolution pilot for 2020.

The programme's opening ("以能源革命综改方案70项任务为牵引" … "突出抓好四个突破。") and its four numbered
tasks, declared here as :class:`Section` records: "一是绿色清洁能源供应体系基本形成。",
"二是绿色环保能源消费市场基本形成。", "三是能源体制机制重点改革取得突破。" and
"四是能源革命对外开放合作取得新进展。". The named projects the targets are about are :class:`Project`
records declared above the targets that use them; every other commitment of a task is a target without a
figure. The benchmark projects' list names 浑源 for the pumped-storage station only, a passing mention
for the other projects of the list. Quotes are verbatim; figures are as written; English is
ours unless ``en_source`` says otherwise.
"""

import datetime

from datong2020.model import (
    Commitment,
    Fact,
    FigureKind,
    Part,
    PassingMention,
    Period,
    Project,
    Section,
    Target,
    TimeFrame,
)
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2020)
PROGRAMME = "programme_energy_revolution"

_WITHIN_THE_YEAR = TimeFrame(wording="年内", end=datetime.date(2020, 12, 31))

# 四个突破 ---------------------------------------------------------------------------------------
ENERGY_REVOLUTION_CLEAN_SUPPLY = Section(
    id="energy_revolution_clean_supply",
    quote="一是绿色清洁能源供应体系基本形成。",
    section=PROGRAMME,
    marker="一是",
    part=Part.PLAN,
    title=Text(
        zh="绿色清洁能源供应体系基本形成",
        en="A green and clean energy supply system basically in place",
    ),
)
ENERGY_REVOLUTION_GREEN_CONSUMPTION = Section(
    id="energy_revolution_green_consumption",
    quote="二是绿色环保能源消费市场基本形成。",
    section=PROGRAMME,
    marker="二是",
    part=Part.PLAN,
    title=Text(
        zh="绿色环保能源消费市场基本形成",
        en="A market for green, environmentally friendly energy consumption basically in place",
    ),
)
ENERGY_REVOLUTION_INSTITUTIONAL_REFORM = Section(
    id="energy_revolution_institutional_reform",
    quote="三是能源体制机制重点改革取得突破。",
    section=PROGRAMME,
    marker="三是",
    part=Part.PLAN,
    title=Text(
        zh="能源体制机制重点改革取得突破",
        en="Breakthroughs in key reforms of the energy system and its mechanisms",
    ),
)
ENERGY_REVOLUTION_OPENING_UP = Section(
    id="energy_revolution_opening_up",
    quote="四是能源革命对外开放合作取得新进展。",
    section=PROGRAMME,
    marker="四是",
    part=Part.PLAN,
    title=Text(
        zh="能源革命对外开放合作取得新进展",
        en="New progress in opening up and cooperation for the energy revolution",
    ),
)

# 总体要求 -----------------------------------------------------------------------------------------
_SEVENTY_TASKS = "以能源革命综改方案70项任务为牵引"

ENERGY_REVOLUTION_REFORM_PLAN = Project(
    id="energy_revolution_reform_plan",
    quote=_SEVENTY_TASKS,
    section=PROGRAMME,
    name=Text(
        zh="能源革命综改方案",
        en="Comprehensive reform plan for the energy revolution",
    ),
)
ENERGY_REVOLUTION_REFORM_PLAN_TASKS_2020 = Fact(
    id="energy_revolution_reform_plan_tasks_2020",
    quote=_SEVENTY_TASKS,
    section=PROGRAMME,
    figure="70项",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="能源革命综改方案任务", en="tasks of the comprehensive reform plan for the energy revolution"
    ),
    about=("energy_revolution_reform_plan",),
    note=Text(
        zh="对现有方案内容的描述,非2020年的目标;期间取报告所在的2020年。",
        en="A description of the plan as it stands, not a 2020 target; the period is the report's year, "
        "2020.",
    ),
)
MAJOR_ENERGY_TRANSFORMATION_PROJECTS_2020 = Target(
    id="major_energy_transformation_projects_2020",
    quote="建设和建成一大批支撑能源革命的重大转型项目",
    section=PROGRAMME,
    period=YEAR,
    requirement=Text(
        zh="建设和建成一大批支撑能源革命的重大转型项目",
        en="build and complete a large number of major transformation projects that support the energy "
        "revolution",
    ),
    measure=Text(
        zh="支撑能源革命的重大转型项目", en="major transformation projects for the energy revolution"
    ),
)
NEW_ENERGY_TECHNOLOGIES_AND_MODELS_2020 = Target(
    id="new_energy_technologies_and_models_2020",
    quote="开发和设计出一大批新能源产业市场化发展的新技术、新模式",
    section=PROGRAMME,
    period=YEAR,
    requirement=Text(
        zh="开发和设计出一大批新能源产业市场化发展的新技术、新模式",
        en="develop and design a large number of new technologies and models for the market-based growth "
        "of the new energy industry",
    ),
    measure=Text(
        zh="新能源产业市场化发展的新技术、新模式",
        en="new technologies and models for the new energy industry",
    ),
)
KEY_ENERGY_REFORMS_AMONG_PROVINCIAL_LEADERS_2020 = Target(
    id="key_energy_reforms_among_provincial_leaders_2020",
    quote="电力体制机制、新能源可持续发展等一大批重点改革进入全省前列",
    section=PROGRAMME,
    period=YEAR,
    requirement=Text(zh="进入全省前列", en="rank among the province's leaders"),
    measure=Text(
        zh="电力体制机制、新能源可持续发展等重点改革",
        en="key reforms such as those of the power system and of sustainable new energy development",
    ),
)
GREEN_WAYS_OF_LIFE_PROMOTED_2020 = Target(
    id="green_ways_of_life_promoted_2020",
    quote="绿色生产、绿色生活方式得以在全社会推广普及",
    section=PROGRAMME,
    period=YEAR,
    requirement=Text(zh="在全社会推广普及", en="spread throughout society"),
    measure=Text(zh="绿色生产、绿色生活方式", en="green ways of producing and living"),
)
ENERGY_REVOLUTION_PILOT_TAKES_SHAPE_2020 = Target(
    id="energy_revolution_pilot_takes_shape_2020",
    quote="2020年全市能源革命综合改革试点基本形成雏型",
    section=PROGRAMME,
    period=YEAR,
    requirement=Text(
        zh="全市能源革命综合改革试点基本形成雏型",
        en="the city's comprehensive energy revolution reform pilot basically takes shape in embryonic form",
    ),
    due=TimeFrame(wording="2020年", end=datetime.date(2020, 12, 31)),
    measure=Text(zh="能源革命综合改革试点", en="the comprehensive energy revolution reform pilot"),
)
ENERGY_REVOLUTION_BREAKTHROUGHS_2020 = Target(
    id="energy_revolution_breakthroughs_2020",
    quote="突出抓好四个突破。",
    section=PROGRAMME,
    figure="四个",
    value=ureg.Quantity(4, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="突出抓好的突破", en="breakthroughs to focus on"),
    note=Text(
        zh="四个突破即本工程的一是至四是四项任务(各为一个Section),报告依次列出,数目相符。",
        en="The four breakthroughs are the programme's four tasks 一是 to 四是, encoded as sections "
        "energy_revolution_clean_supply, energy_revolution_green_consumption, "
        "energy_revolution_institutional_reform and energy_revolution_opening_up: four named, as announced. "
        "They are sections, not projects, so they are not listed as members.",
    ),
)

# 一是 绿色清洁能源供应体系 ---------------------------------------------------------------------------
_COAL_TO_GAS = "扎实推进中海油和同煤集团40亿方煤制天然气项目核准前各项准备工作,力争年内开工建设"

COAL_TO_GAS_PROJECT = Project(
    id="coal_to_gas_project",
    quote=_COAL_TO_GAS,
    section="energy_revolution_clean_supply",
    name=Text(zh="40亿方煤制天然气项目", en="4-billion-cubic-metre coal-to-natural-gas project"),
    organisations=("中海油", "同煤集团"),
    due=_WITHIN_THE_YEAR,
    note=Text(
        zh="报告要求做好核准前各项准备工作,力争年内开工建设。",
        en="The report asks for all the preparations before approval, striving to start construction "
        "within the year.",
    ),
)
COAL_TO_GAS_PROJECT_CAPACITY_2020 = Target(
    id="coal_to_gas_project_capacity_2020",
    quote=_COAL_TO_GAS,
    section="energy_revolution_clean_supply",
    figure="40亿方",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    commitment=Commitment.STRIVE,
    due=_WITHIN_THE_YEAR,
    about=("coal_to_gas_project",),
    measure=Text(
        zh="力争年内开工建设的煤制天然气项目规模",
        en="scale of the coal-to-natural-gas project whose construction is to start within the year",
    ),
    note=Text(
        zh="报告未写明40亿方是否为年产能。",
        en="The report does not say that the 4 billion cubic metres are a yearly output, though such "
        "capacities usually are.",
    ),
)

_BENCHMARK_PROJECTS = (
    "重点推进大同3GW电池、1.5GW组件隆基光伏全产业链、山西城市动力1GW储能电池制造、"
    "国网新源浑源抽水蓄能150万千瓦等重大标杆项目"
)

# Programme (一) also names 隆基光伏电池组件项目 and 西安隆基光伏全产业链项目; we take these for the same
# undertaking, but declare it here under the name this programme gives it.
LONGI_PV_FULL_INDUSTRY_CHAIN = Project(
    id="longi_pv_full_industry_chain",
    quote=_BENCHMARK_PROJECTS,
    section="energy_revolution_clean_supply",
    name=Text(zh="隆基光伏全产业链", en="LONGi photovoltaic full-industry-chain project"),
    organisations=("隆基",),
)
CITY_POWER_ENERGY_STORAGE_BATTERY_PLANT = Project(
    id="city_power_energy_storage_battery_plant",
    quote=_BENCHMARK_PROJECTS,
    section="energy_revolution_clean_supply",
    name=Text(
        zh="山西城市动力1GW储能电池制造",
        en="Shanxi City Power 1 GW energy-storage battery manufacturing project",
    ),
    organisations=("山西城市动力",),
)
HUNYUAN_PUMPED_STORAGE_STATION = Project(
    id="hunyuan_pumped_storage_station",
    quote=_BENCHMARK_PROJECTS,
    section="energy_revolution_clean_supply",
    name=Text(zh="国网新源浑源抽水蓄能", en="State Grid Xinyuan Hunyuan pumped-storage power station"),
    organisations=("国网新源",),
    places=("hunyuan",),
)
LONGI_PV_CELL_CAPACITY_2020 = Target(
    id="longi_pv_cell_capacity_2020",
    quote=_BENCHMARK_PROJECTS,
    section="energy_revolution_clean_supply",
    figure="3GW",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    about=("longi_pv_full_industry_chain",),
    measure=Text(
        zh="重点推进的隆基光伏全产业链项目电池产能",
        en="solar-cell capacity of the LONGi full-industry-chain project to be pushed forward",
    ),
    note=Text(
        zh="项目规模;报告只要求重点推进,未给出完成时间。",
        en="The size of the project; the report asks only that it be pushed forward, with no date.",
    ),
)
LONGI_PV_MODULE_CAPACITY_2020 = Target(
    id="longi_pv_module_capacity_2020",
    quote=_BENCHMARK_PROJECTS,
    section="energy_revolution_clean_supply",
    figure="1.5GW",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    about=("longi_pv_full_industry_chain",),
    measure=Text(
        zh="重点推进的隆基光伏全产业链项目组件产能",
        en="solar-module capacity of the LONGi full-industry-chain project to be pushed forward",
    ),
    note=Text(
        zh="项目规模;报告只要求重点推进,未给出完成时间。",
        en="The size of the project; the report asks only that it be pushed forward, with no date.",
    ),
)
CITY_POWER_ENERGY_STORAGE_BATTERY_CAPACITY_2020 = Target(
    id="city_power_energy_storage_battery_capacity_2020",
    quote=_BENCHMARK_PROJECTS,
    section="energy_revolution_clean_supply",
    figure="1GW",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    about=("city_power_energy_storage_battery_plant",),
    measure=Text(
        zh="重点推进的山西城市动力储能电池制造项目规模",
        en="capacity of the Shanxi City Power energy-storage battery plant to be pushed forward",
    ),
    note=Text(
        zh="项目规模;报告只要求重点推进,未给出完成时间。",
        en="The size of the project; the report asks only that it be pushed forward, with no date.",
    ),
)
HUNYUAN_PUMPED_STORAGE_CAPACITY_2020 = Target(
    id="hunyuan_pumped_storage_capacity_2020",
    quote=_BENCHMARK_PROJECTS,
    section="energy_revolution_clean_supply",
    figure="150万千瓦",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    about=("hunyuan_pumped_storage_station",),
    places=("hunyuan",),
    measure=Text(
        zh="重点推进的浑源抽水蓄能电站装机规模",
        en="installed capacity of the Hunyuan pumped-storage station to be pushed forward",
    ),
    note=Text(
        zh="项目规模;报告只要求重点推进,未给出完成时间。",
        en="The size of the project; the report asks only that it be pushed forward, with no date.",
    ),
)

_XINRONG_TRANSMISSION = "加速推动国网大同公司新荣500千伏送出项目建设"

XINRONG_TRANSMISSION_PROJECT = Project(
    id="xinrong_transmission_project",
    quote=_XINRONG_TRANSMISSION,
    section="energy_revolution_clean_supply",
    name=Text(zh="新荣500千伏送出项目", en="Xinrong 500 kV power transmission project"),
    organisations=("国网大同公司",),
    places=("xinrong",),
)
XINRONG_TRANSMISSION_VOLTAGE_2020 = Target(
    id="xinrong_transmission_voltage_2020",
    quote=_XINRONG_TRANSMISSION,
    section="energy_revolution_clean_supply",
    figure="500千伏",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    about=("xinrong_transmission_project",),
    places=("xinrong",),
    measure=Text(
        zh="加速推动建设的新荣送出项目电压等级",
        en="voltage of the Xinrong transmission project whose construction is to be sped up",
    ),
    note=Text(
        zh="电压等级是项目规格,也是项目名称的一部分;报告未给出完成时间。",
        en="The voltage is the project's specification and part of its name; the report sets no date.",
    ),
)

_POWER_TO_BEIJING = "京能集团绿电送京通道、同煤集团“点对网”送京项目前期"

BEIJING_ENERGY_GREEN_POWER_CORRIDOR = Project(
    id="beijing_energy_green_power_corridor",
    quote=_POWER_TO_BEIJING,
    section="energy_revolution_clean_supply",
    name=Text(zh="京能集团绿电送京通道", en="Beijing Energy Group corridor sending green power to Beijing"),
    organisations=("京能集团",),
)
TONGMEI_POINT_TO_GRID_POWER_TO_BEIJING = Project(
    id="tongmei_point_to_grid_power_to_beijing",
    quote=_POWER_TO_BEIJING,
    section="energy_revolution_clean_supply",
    name=Text(
        zh="同煤集团“点对网”送京项目", en="Tongmei Group 'point-to-grid' project sending power to Beijing"
    ),
    organisations=("同煤集团",),
)
POWER_TO_BEIJING_PRELIMINARY_WORK_2020 = Target(
    id="power_to_beijing_preliminary_work_2020",
    quote=_POWER_TO_BEIJING,
    section="energy_revolution_clean_supply",
    period=YEAR,
    requirement=Text(zh="前期", en="speed up their preliminary work"),
    measure=Text(
        zh="送京通道和“点对网”送京项目前期工作",
        en="preliminary work on the two projects sending power to Beijing",
    ),
    about=("beijing_energy_green_power_corridor", "tongmei_point_to_grid_power_to_beijing"),
    note=Text(
        zh="“加速推动”出自同句句首。",
        en="加速推动 (speed up) opens the sentence, before the Xinrong transmission project.",
    ),
)

# 二是 绿色环保能源消费市场 ---------------------------------------------------------------------------
CLEAN_ENERGY_REPLACING_COAL_2020 = Target(
    id="clean_energy_replacing_coal_2020",
    quote="加大力度推进清洁能源替代煤炭消费",
    section="energy_revolution_green_consumption",
    period=YEAR,
    requirement=Text(
        zh="加大力度推进清洁能源替代煤炭消费", en="do more to replace coal consumption with clean energy"
    ),
    measure=Text(zh="清洁能源替代煤炭消费", en="replacement of coal consumption by clean energy"),
)
COAL_REPLACEMENT_FOR_NEW_PROJECTS_2020 = Target(
    id="coal_replacement_for_new_projects_2020",
    quote="严格落实新改扩建用煤项目煤炭等量或减量替代要求",
    section="energy_revolution_green_consumption",
    period=YEAR,
    requirement=Text(
        zh="严格落实新改扩建用煤项目煤炭等量或减量替代要求",
        en="strictly enforce the rule that new, rebuilt or expanded coal-using projects offset their coal "
        "use by an equal or greater cut elsewhere",
    ),
    measure=Text(
        zh="新改扩建用煤项目煤炭等量或减量替代",
        en="equal or reduced coal replacement for new coal-using projects",
    ),
)
VEHICLE_ELECTRIFICATION_2020 = Target(
    id="vehicle_electrification_2020",
    quote="全力推进公交、出租、物流、公务用车等电动化进程",
    section="energy_revolution_green_consumption",
    period=YEAR,
    requirement=Text(
        zh="全力推进公交、出租、物流、公务用车等电动化进程",
        en="push hard to electrify buses, taxis, logistics vehicles, official cars and other fleets",
    ),
    measure=Text(zh="公交、出租、物流、公务用车等电动化", en="electrification of vehicle fleets"),
)
CHARGING_INFRASTRUCTURE_FULL_COVERAGE_2020 = Target(
    id="charging_infrastructure_full_coverage_2020",
    quote="同步实施建成区多类型充换电基础设施全覆盖",
    section="energy_revolution_green_consumption",
    period=YEAR,
    requirement=Text(
        zh="建成区多类型充换电基础设施全覆盖",
        en="full coverage of built-up areas with charging and battery-swapping infrastructure of several "
        "types",
    ),
    measure=Text(zh="建成区充换电基础设施覆盖", en="coverage of built-up areas with charging infrastructure"),
)

_SMART_ENERGY_ZONE = "打造光储充检一体化智慧能源示范区"

SMART_ENERGY_DEMONSTRATION_ZONE = Project(
    id="smart_energy_demonstration_zone",
    quote=_SMART_ENERGY_ZONE,
    section="energy_revolution_green_consumption",
    name=Text(
        zh="光储充检一体化智慧能源示范区",
        en="Smart energy demonstration zone integrating solar power, storage, charging and inspection",
    ),
)
SMART_ENERGY_DEMONSTRATION_ZONE_2020 = Target(
    id="smart_energy_demonstration_zone_2020",
    quote=_SMART_ENERGY_ZONE,
    section="energy_revolution_green_consumption",
    period=YEAR,
    requirement=Text(
        zh="打造光储充检一体化智慧能源示范区",
        en="build a smart energy demonstration zone integrating solar power, storage, charging and "
        "inspection",
    ),
    about=("smart_energy_demonstration_zone",),
    measure=Text(zh="智慧能源示范区", en="smart energy demonstration zone"),
)

_PASSIVE_HOUSING = "科创园被动式超低能耗建筑能源革命小区年内主体完工"

SCIENCE_PARK_PASSIVE_HOUSING_COMMUNITY = Project(
    id="science_park_passive_housing_community",
    quote=_PASSIVE_HOUSING,
    section="energy_revolution_green_consumption",
    name=Text(
        zh="科创园被动式超低能耗建筑能源革命小区",
        en="Energy revolution residential community of passive ultra-low-energy buildings at the science "
        "park",
    ),
    due=_WITHIN_THE_YEAR,
)
SCIENCE_PARK_PASSIVE_HOUSING_MAIN_STRUCTURE_2020 = Target(
    id="science_park_passive_housing_main_structure_2020",
    quote=_PASSIVE_HOUSING,
    section="energy_revolution_green_consumption",
    period=YEAR,
    requirement=Text(zh="主体完工", en="main structure completed"),
    due=_WITHIN_THE_YEAR,
    about=("science_park_passive_housing_community", "science_park"),
    measure=Text(
        zh="科创园被动式超低能耗建筑能源革命小区建设",
        en="construction of the science park's passive-building energy revolution community",
    ),
)

_MAJILIANG = "积极推进同煤集团马脊梁矿地热能供暖勘探进度"

MAJILIANG_GEOTHERMAL_HEATING_EXPLORATION = Project(
    id="majiliang_geothermal_heating_exploration",
    quote=_MAJILIANG,
    section="energy_revolution_green_consumption",
    name=Text(zh="马脊梁矿地热能供暖勘探", en="Exploration for geothermal heating at the Majiliang mine"),
    organisations=("同煤集团",),
)
MAJILIANG_GEOTHERMAL_HEATING_EXPLORATION_2020 = Target(
    id="majiliang_geothermal_heating_exploration_2020",
    quote=_MAJILIANG,
    section="energy_revolution_green_consumption",
    period=YEAR,
    requirement=Text(zh="积极推进", en="actively advance the exploration"),
    measure=Text(
        zh="马脊梁矿地热能供暖勘探进度",
        en="progress of the geothermal heating exploration at the Majiliang mine",
    ),
    about=("majiliang_geothermal_heating_exploration",),
)

_LINGQIU_WIND_HEATING = "大力推进灵丘风电供暖项目进程,确保年内全面完工"

LINGQIU_WIND_POWER_HEATING = Project(
    id="lingqiu_wind_power_heating",
    quote=_LINGQIU_WIND_HEATING,
    section="energy_revolution_green_consumption",
    name=Text(zh="灵丘风电供暖项目", en="Lingqiu wind-power heating project"),
    places=("lingqiu",),
    due=_WITHIN_THE_YEAR,
)
LINGQIU_WIND_POWER_HEATING_COMPLETED_2020 = Target(
    id="lingqiu_wind_power_heating_completed_2020",
    quote=_LINGQIU_WIND_HEATING,
    section="energy_revolution_green_consumption",
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(zh="全面完工", en="fully completed"),
    due=_WITHIN_THE_YEAR,
    about=("lingqiu_wind_power_heating",),
    places=("lingqiu",),
    measure=Text(zh="灵丘风电供暖项目建设", en="construction of the Lingqiu wind-power heating project"),
)

# 三是 能源体制机制改革 -------------------------------------------------------------------------------
_STORAGE_DEMONSTRATION = "联合隆基绿能、国家电网、宁德时代新能源、城市动力等“源网荷储”上下游企业,开展国家新能源+储能示范政策争取和项目申报"

NATIONAL_NEW_ENERGY_STORAGE_DEMONSTRATION = Project(
    id="national_new_energy_storage_demonstration",
    quote=_STORAGE_DEMONSTRATION,
    section="energy_revolution_institutional_reform",
    name=Text(zh="国家新能源+储能示范", en="National 'new energy + storage' demonstration"),
    organisations=("隆基绿能", "国家电网", "宁德时代新能源", "城市动力"),
    note=Text(
        zh="列出的企业是与大同联合申报的“源网荷储”上下游企业。",
        en="The companies are the firms up and down the source-grid-load-storage chain that are to apply "
        "together with the city.",
    ),
)
NEW_ENERGY_STORAGE_DEMONSTRATION_APPLICATION_2020 = Target(
    id="new_energy_storage_demonstration_application_2020",
    quote=_STORAGE_DEMONSTRATION,
    section="energy_revolution_institutional_reform",
    period=YEAR,
    requirement=Text(
        zh="开展国家新能源+储能示范政策争取和项目申报",
        en="seek the policies of the national 'new energy + storage' demonstration and apply for its "
        "projects",
    ),
    measure=Text(
        zh="国家新能源+储能示范政策争取和项目申报",
        en="application for the national new energy + storage demonstration",
    ),
    about=("national_new_energy_storage_demonstration",),
)
NEW_ENERGY_STORAGE_POLICY_SUPPORT_2020 = Target(
    id="new_energy_storage_policy_support_2020",
    quote="力争取得国家和省级政策支持",
    section="energy_revolution_institutional_reform",
    period=YEAR,
    commitment=Commitment.STRIVE,
    requirement=Text(zh="取得国家和省级政策支持", en="win national and provincial policy support"),
    measure=Text(zh="国家和省级政策支持", en="national and provincial policy support"),
    about=("national_new_energy_storage_demonstration",),
)
POWER_SECTOR_REFORM_2020 = Target(
    id="power_sector_reform_2020",
    quote="进一步加大电力体制改革步伐,不断促进电力投资建设主体多元化",
    section="energy_revolution_institutional_reform",
    period=YEAR,
    requirement=Text(
        zh="进一步加大电力体制改革步伐,不断促进电力投资建设主体多元化",
        en="speed up the reform of the power system further, and keep diversifying who invests in and "
        "builds power projects",
    ),
    measure=Text(zh="电力体制改革", en="reform of the power system"),
)
DISTRIBUTED_POWER_MARKET_TRADING_2020 = Target(
    id="distributed_power_market_trading_2020",
    quote="积极推进风光分布式发电市场化交易",
    section="energy_revolution_institutional_reform",
    period=YEAR,
    requirement=Text(
        zh="积极推进风光分布式发电市场化交易",
        en="actively advance market trading of distributed wind and solar power",
    ),
    measure=Text(zh="风光分布式发电市场化交易", en="market trading of distributed wind and solar power"),
)
GREEN_CERTIFICATE_TRADING_PILOT_2020 = Target(
    id="green_certificate_trading_pilot_2020",
    quote="开展新能源绿证交易创新试点",
    section="energy_revolution_institutional_reform",
    period=YEAR,
    requirement=Text(
        zh="开展新能源绿证交易创新试点",
        en="launch an innovative pilot of trading in green certificates for new energy",
    ),
    measure=Text(zh="新能源绿证交易创新试点", en="pilot of green-certificate trading for new energy"),
)
NEW_ENERGY_BIG_DATA_REFORM_DEMONSTRATION_2020 = Target(
    id="new_energy_big_data_reform_demonstration_2020",
    quote="试点开展“新能源+大数据”改革示范",
    section="energy_revolution_institutional_reform",
    period=YEAR,
    requirement=Text(
        zh="试点开展“新能源+大数据”改革示范",
        en="pilot a 'new energy + big data' reform demonstration",
    ),
    measure=Text(zh="“新能源+大数据”改革示范", en="'new energy + big data' reform demonstration"),
)
NEW_ENERGY_BIG_DATA_DOUBLE_UPGRADE_2020 = Target(
    id="new_energy_big_data_double_upgrade_2020",
    quote="探索两大新兴产业的存量增量“双升级”",
    section="energy_revolution_institutional_reform",
    period=YEAR,
    requirement=Text(
        zh="探索两大新兴产业的存量增量“双升级”",
        en="explore a 'double upgrade' of the existing and new capacity of the two emerging industries",
    ),
    measure=Text(
        zh="新能源与大数据产业的“双升级”", en="'double upgrade' of the new energy and big data industries"
    ),
)

# 四是 对外开放合作 -------------------------------------------------------------------------------
ENERGY_COOPERATION_WITH_MAJOR_ORGANISATIONS_2020 = Target(
    id="energy_cooperation_with_major_organisations_2020",
    quote="深化与国内外大型能源组织和集团合作",
    section="energy_revolution_opening_up",
    period=YEAR,
    requirement=Text(
        zh="深化与国内外大型能源组织和集团合作",
        en="deepen cooperation with large energy organisations and groups at home and abroad",
    ),
    measure=Text(zh="与大型能源组织和集团合作", en="cooperation with large energy organisations and groups"),
)
ENERGY_TRANSITION_POLICY_LOANS_2020 = Target(
    id="energy_transition_policy_loans_2020",
    quote="积极争取世行等国际组织能源转型与绿色增长发展政策贷款和国内政策性资金",
    section="energy_revolution_opening_up",
    period=YEAR,
    requirement=Text(
        zh="积极争取世行等国际组织能源转型与绿色增长发展政策贷款和国内政策性资金",
        en="seek development policy loans for energy transition and green growth from the World Bank and "
        "other international organisations, and policy funds at home",
    ),
    measure=Text(
        zh="能源转型与绿色增长发展政策贷款和国内政策性资金",
        en="policy loans and funds for the energy transition",
    ),
)
GOVERNMENT_INDUSTRY_ACADEMIA_RESEARCH_COOPERATION_2020 = Target(
    id="government_industry_academia_research_cooperation_2020",
    quote="继续扩大政产学研开放式合作机制",
    section="energy_revolution_opening_up",
    period=YEAR,
    requirement=Text(
        zh="继续扩大政产学研开放式合作机制",
        en="keep widening the open cooperation of government, industry, universities and research institutes",
    ),
    measure=Text(zh="政产学研开放式合作机制", en="open government-industry-academia-research cooperation"),
)

_FORUM_AND_EXPO = "依托未来能源馆,办好大同能源革命专业论坛和博览交易会"

FUTURE_ENERGY_HALL = Project(
    id="future_energy_hall",
    quote=_FORUM_AND_EXPO,
    section="energy_revolution_opening_up",
    name=Text(zh="未来能源馆", en="Future Energy Hall"),
    note=Text(
        zh="第一部分称“科创园A区未来能源馆”已建成运行。",
        en="Part 一 reports the Future Energy Hall in Zone A of the science park completed and in use.",
    ),
)
ENERGY_REVOLUTION_FORUM_AND_EXPO = Project(
    id="energy_revolution_forum_and_expo",
    quote=_FORUM_AND_EXPO,
    section="energy_revolution_opening_up",
    name=Text(
        zh="大同能源革命专业论坛和博览交易会",
        en="Datong Energy Revolution Forum and Expo",
    ),
)
ENERGY_REVOLUTION_FORUM_AND_EXPO_2020 = Target(
    id="energy_revolution_forum_and_expo_2020",
    quote=_FORUM_AND_EXPO,
    section="energy_revolution_opening_up",
    period=YEAR,
    requirement=Text(
        zh="办好大同能源革命专业论坛和博览交易会",
        en="hold the Datong energy revolution professional forum and the energy expo and trade fair well",
    ),
    measure=Text(
        zh="大同能源革命专业论坛和博览交易会",
        en="Datong energy revolution forum and expo",
    ),
    about=("energy_revolution_forum_and_expo", "future_energy_hall"),
    note=Text(
        zh="依托科创园A区未来能源馆举办。", en="To be held at the Future Energy Hall of the science park."
    ),
)
ENERGY_DIALOGUE_AND_INVESTMENT_PLATFORM_2020 = Target(
    id="energy_dialogue_and_investment_platform_2020",
    quote="打造专业性能源高端对话和招商引资合作大平台",
    section="energy_revolution_opening_up",
    period=YEAR,
    requirement=Text(
        zh="打造专业性能源高端对话和招商引资合作大平台",
        en="make it a major platform for high-level professional dialogue on energy and for investment "
        "promotion",
    ),
    measure=Text(
        zh="能源高端对话和招商引资合作平台",
        en="platform for energy dialogue and investment promotion",
    ),
    about=("energy_revolution_forum_and_expo",),
)

_ONE_OF_THE_BENCHMARK_PROJECTS = Text(
    zh="引文列出几个重大标杆项目,浑源只是其中抽水蓄能项目的地点。",
    en="The quote lists several benchmark projects; Hunyuan is only where another of them, the "
    "pumped-storage station, stands.",
)

PASSING_MENTIONS = (
    PassingMention(
        record="longi_pv_full_industry_chain", place="hunyuan", reason=_ONE_OF_THE_BENCHMARK_PROJECTS
    ),
    PassingMention(
        record="city_power_energy_storage_battery_plant",
        place="hunyuan",
        reason=_ONE_OF_THE_BENCHMARK_PROJECTS,
    ),
    PassingMention(
        record="longi_pv_cell_capacity_2020", place="hunyuan", reason=_ONE_OF_THE_BENCHMARK_PROJECTS
    ),
    PassingMention(
        record="longi_pv_module_capacity_2020", place="hunyuan", reason=_ONE_OF_THE_BENCHMARK_PROJECTS
    ),
    PassingMention(
        record="city_power_energy_storage_battery_capacity_2020",
        place="hunyuan",
        reason=_ONE_OF_THE_BENCHMARK_PROJECTS,
    ),
)
