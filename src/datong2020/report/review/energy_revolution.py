"""Part 一, work area 一是: the energy revolution ("一是主动担当国家使命,能源革命综合改革持续深化。").

The science park and hydrogen city projects of 2019 (declared here as :class:`Project` records, with the
platforms and plants the figures attach to), coal capacity cuts, new and clean energy, energy
intensity, hydrogen and electric transport, and energy-revolution pilots, commissioners and schools.
Quotes are verbatim (one rank figure is broken by a line break in the published text, "全省第\\n一");
figures are as written; English is ours unless ``en_source`` says otherwise.
What the text reports without a figure (a project completed, a title won, a reform, an event) is an
:class:`Achievement` beside the facts of its passage.
"""

from datong2020.model import (
    Achievement,
    AchievementKind,
    Direction,
    Fact,
    FigureKind,
    NotASentence,
    Period,
    Project,
    Qualifier,
    SentenceReason,
)
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2019)
SECTION = "review_energy_revolution"

# 综改试点行动方案 -------------------------------------------------------------------------------------
REFORM_PILOT_ACTION_PLAN_2019 = Achievement(
    id="reform_pilot_action_plan_2019",
    quote="对标一流制定综改试点行动方案",
    section=SECTION,
    what=Text(
        zh="制定综改试点行动方案",
        en="drew up, against the best benchmarks, the action plan of the comprehensive reform pilot",
    ),
    category=AchievementKind.REFORMED,
    period=YEAR,
)

_BREAKTHROUGH_ACTION = "下大气力谋划实施能源革命重大突破行动"

ENERGY_REVOLUTION_BREAKTHROUGH_ACTION = Project(
    id="energy_revolution_breakthrough_action",
    quote=_BREAKTHROUGH_ACTION,
    section=SECTION,
    name=Text(zh="能源革命重大突破行动", en="energy revolution major breakthrough action"),
)
ENERGY_REVOLUTION_BREAKTHROUGH_ACTION_LAUNCHED_2019 = Achievement(
    id="energy_revolution_breakthrough_action_launched_2019",
    quote=_BREAKTHROUGH_ACTION,
    section=SECTION,
    what=Text(
        zh="谋划实施能源革命重大突破行动",
        en="planned and carried out the energy revolution major breakthrough action",
    ),
    category=AchievementKind.LAUNCHED,
    period=YEAR,
    about=("energy_revolution_breakthrough_action",),
)

# 两大牵引性工程、四大项目 -----------------------------------------------------------------------------
_FLAGSHIPS = "大同国际能源革命科创园和氢都新能源产业城两大牵引性工程成型见效"

SCIENCE_PARK = Project(
    id="science_park",
    quote=_FLAGSHIPS,
    section=SECTION,
    name=Text(
        zh="大同国际能源革命科创园",
        en="Datong International Energy Revolution Science and Technology Innovation Park",
    ),
)
HYDROGEN_CITY = Project(
    id="hydrogen_city",
    quote=_FLAGSHIPS,
    section=SECTION,
    name=Text(zh="氢都新能源产业城", en="Hydrogen Capital New Energy Industrial City"),
)
ENERGY_REVOLUTION_FLAGSHIP_PROJECTS_2019 = Fact(
    id="energy_revolution_flagship_projects_2019",
    quote=_FLAGSHIPS,
    section=SECTION,
    figure="两大",
    value=ureg.Quantity(2, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="成型见效的牵引性工程", en="flagship projects that took shape and showed results"),
    members=(
        Text(zh="大同国际能源革命科创园", en="Energy Revolution Science and Technology Innovation Park"),
        Text(zh="氢都新能源产业城", en="Hydrogen Capital New Energy Industrial City"),
    ),
    about=("science_park", "hydrogen_city"),
)

_FOUR_PROJECTS = "科创园A区未来能源馆、上海漕河泾国际双创园、同煤双创中心和重点实验室等四大项目建成运行"

# Named again in 二是 as 上海漕河泾国际创新创业园, one of the 12 platforms that moved into the park.
CAOHEJING_INNOVATION_PARK = Project(
    id="caohejing_innovation_park",
    quote=_FOUR_PROJECTS,
    section=SECTION,
    name=Text(
        zh="上海漕河泾国际双创园",
        en="Shanghai Caohejing International Innovation and Entrepreneurship Park",
    ),
)
SCIENCE_PARK_ZONE_A_PROJECTS_IN_OPERATION_2019 = Fact(
    id="science_park_zone_a_projects_in_operation_2019",
    quote=_FOUR_PROJECTS,
    section=SECTION,
    figure="四大",
    value=ureg.Quantity(4, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="科创园建成运行的重大项目",
        en="major projects of the energy revolution science park completed and in operation",
    ),
    members=(
        Text(zh="科创园A区未来能源馆", en="Future Energy Hall in Zone A of the science park"),
        Text(zh="上海漕河泾国际双创园", en="Shanghai Caohejing International Innovation Park"),
        Text(zh="同煤双创中心", en="Datong Coal Mine Group innovation and entrepreneurship centre"),
        Text(zh="重点实验室", en="key laboratory"),
    ),
    about=("science_park", "caohejing_innovation_park"),
)

# 科创园B、C、D区 ---------------------------------------------------------------------------------------
_ZONE_B = "科创园B区启迪大同新能源产业创新中心、启迪未来能源加速器、启迪能源集团总部开园揭牌"

TUS_DATONG_NEW_ENERGY_INNOVATION_CENTRE = Project(
    id="tus_datong_new_energy_innovation_centre",
    quote=_ZONE_B,
    section=SECTION,
    name=Text(zh="启迪大同新能源产业创新中心", en="Tus Datong New Energy Industry Innovation Centre"),
    organisations=("启迪",),
)
TUS_FUTURE_ENERGY_ACCELERATOR = Project(
    id="tus_future_energy_accelerator",
    quote=_ZONE_B,
    section=SECTION,
    name=Text(zh="启迪未来能源加速器", en="Tus Future Energy Accelerator"),
    organisations=("启迪",),
)
# 启迪能源集团总部 is named in 二是 as 清华启迪未来科技能源集团总部 (tus_future_energy_group_hq).
SCIENCE_PARK_ZONE_B_OPENED_2019 = Achievement(
    id="science_park_zone_b_opened_2019",
    quote=_ZONE_B,
    section=SECTION,
    what=Text(
        zh="开园揭牌",
        en="the Tus Datong New Energy Industry Innovation Centre, the Tus Future Energy Accelerator and the "
        "Tus Energy Group headquarters opened in Zone B of the science park",
    ),
    category=AchievementKind.LAUNCHED,
    period=YEAR,
    about=(
        "science_park",
        "tus_datong_new_energy_innovation_centre",
        "tus_future_energy_accelerator",
        "tus_future_energy_group_hq",
    ),
)
_ZONE_C = "C区能源经济总部基地规划启动"

ENERGY_ECONOMY_HQ_BASE = Project(
    id="energy_economy_hq_base",
    quote=_ZONE_C,
    section=SECTION,
    name=Text(zh="能源经济总部基地", en="energy economy headquarters base (Zone C of the science park)"),
)
ENERGY_ECONOMY_HQ_BASE_PLANNING_STARTED_2019 = Achievement(
    id="energy_economy_hq_base_planning_started_2019",
    quote=_ZONE_C,
    section=SECTION,
    what=Text(zh="规划启动", en="planning of the energy economy headquarters base in Zone C began"),
    category=AchievementKind.LAUNCHED,
    period=YEAR,
    about=("science_park", "energy_economy_hq_base"),
)
_ZONE_D = "D区全省首个被动式超低能耗能源革命示范小区全面开工建设"

# Part 二 plans its main structure for 2020 as 科创园被动式超低能耗建筑能源革命小区.
PASSIVE_HOUSE_DEMONSTRATION_COMMUNITY = Project(
    id="passive_house_demonstration_community",
    quote=_ZONE_D,
    section=SECTION,
    name=Text(
        zh="被动式超低能耗能源革命示范小区",
        en="energy revolution demonstration community of passive ultra-low-energy buildings",
    ),
    same_as="science_park_passive_housing_community",
    note=Text(
        zh="位于科创园D区,全省首个。",
        en="In Zone D of the science park; the first in Shanxi.",
    ),
)
PASSIVE_HOUSE_COMMUNITY_CONSTRUCTION_STARTED_2019 = Achievement(
    id="passive_house_community_construction_started_2019",
    quote=_ZONE_D,
    section=SECTION,
    what=Text(
        zh="全面开工建设",
        en="construction of Shanxi's first passive-building energy revolution demonstration community began "
        "in Zone D",
    ),
    category=AchievementKind.LAUNCHED,
    period=YEAR,
    about=("science_park", "passive_house_demonstration_community"),
)

# 产业项目与“一园一城”项目 ---------------------------------------------------------------------------
_EIGHTEEN_PROJECTS = "中科院工程热物理所大同分所、华为大同智能创新中心等18个产业项目"
_EIGHTEEN_NAMED = "氢都驰拓锂离子电池负极材料、深圳雄韬氢燃料汽车发动机总成、石墨烯+新能源储能产业园、新研氢能氢燃料电池电堆"

CHITUO_ANODE_MATERIALS = Project(
    id="chituo_anode_materials",
    quote=_EIGHTEEN_NAMED,
    section=SECTION,
    name=Text(
        zh="氢都驰拓锂离子电池负极材料",
        en="Hydrogen City Chituo lithium-ion battery anode materials",
    ),
    organisations=("驰拓",),
)
# Part 二 names a 雄韬氢能大同产业园项目 (xiongtao_hydrogen_industrial_park); the report does not say whether
# this engine plant is part of it.
XIONGTAO_FUEL_CELL_ENGINE_ASSEMBLY = Project(
    id="xiongtao_fuel_cell_engine_assembly",
    quote=_EIGHTEEN_NAMED,
    section=SECTION,
    name=Text(
        zh="深圳雄韬氢燃料汽车发动机总成",
        en="Shenzhen Xiongtao hydrogen fuel-cell vehicle engine assemblies",
    ),
    organisations=("深圳雄韬",),
)
GRAPHENE_ENERGY_STORAGE_PARK = Project(
    id="graphene_energy_storage_park",
    quote=_EIGHTEEN_NAMED,
    section=SECTION,
    name=Text(
        zh="石墨烯+新能源储能产业园",
        en="graphene + new energy storage industrial park",
    ),
)
XINYAN_FUEL_CELL_STACKS = Project(
    id="xinyan_fuel_cell_stacks",
    quote=_EIGHTEEN_NAMED,
    section=SECTION,
    name=Text(zh="新研氢能氢燃料电池电堆", en="Xinyan Hydrogen fuel-cell stacks"),
    organisations=("新研氢能",),
)

# Named again in 二是 as 中科院工程热物理研究所大同分所, one of the 12 platforms.
CAS_THERMOPHYSICS_DATONG_BRANCH = Project(
    id="cas_thermophysics_datong_branch",
    quote=_EIGHTEEN_PROJECTS,
    section=SECTION,
    name=Text(
        zh="中科院工程热物理所大同分所",
        en="Datong branch of the CAS Institute of Engineering Thermophysics",
    ),
    organisations=("中科院",),
)
# Named in 二是 as 华为(大同)人工智能创新中心, one of the 12 platforms; we take the two names for one centre.
HUAWEI_DATONG_INNOVATION_CENTRE = Project(
    id="huawei_datong_innovation_centre",
    quote=_EIGHTEEN_PROJECTS,
    section=SECTION,
    name=Text(zh="华为大同智能创新中心", en="Huawei Datong Intelligent Innovation Centre"),
    organisations=("华为",),
)
INDUSTRIAL_PROJECTS_COMPLETED_2019 = Fact(
    id="industrial_projects_completed_2019",
    quote=_EIGHTEEN_PROJECTS,
    section=SECTION,
    figure="18个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="首期建成投产的产业项目",
        en="industrial projects whose first phase was completed and put into production",
    ),
    about=(
        "chituo_anode_materials",
        "xiongtao_fuel_cell_engine_assembly",
        "graphene_energy_storage_park",
        "xinyan_fuel_cell_stacks",
        "cas_thermophysics_datong_branch",
        "huawei_datong_innovation_centre",
    ),
    note=Text(
        zh="报告只列出18个项目中的6个(以“等”结尾),故不列成员。",
        en="The report names only 6 of the 18 projects (ending with 等), so no members are listed.",
    ),
)

_ONE_PARK_ONE_CITY = "“一园一城”26个项目从去年5月8日开工到8月27日建成,时间最短的工程93天,最长的工程110天"

ONE_PARK_ONE_CITY_PROJECTS_2019 = Fact(
    id="one_park_one_city_projects_2019",
    quote=_ONE_PARK_ONE_CITY,
    section=SECTION,
    figure="26个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="“一园一城”项目",
        en="projects of the science park and the hydrogen city, built from 8 May to 27 August",
    ),
    about=("science_park", "hydrogen_city"),
    note=Text(zh="“去年”即2019年。", en="'Last year' is 2019: the report was given in 2020."),
)
ONE_PARK_ONE_CITY_SHORTEST_BUILD_TIME_2019 = Fact(
    id="one_park_one_city_shortest_build_time_2019",
    quote=_ONE_PARK_ONE_CITY,
    section=SECTION,
    figure="93天",
    figure_kind=FigureKind.DURATION,
    period=YEAR,
    of="one_park_one_city_projects_2019",
    about=("science_park", "hydrogen_city"),
    measure=Text(zh="时间最短的工程工期", en="construction time of the quickest of these projects"),
)
ONE_PARK_ONE_CITY_LONGEST_BUILD_TIME_2019 = Fact(
    id="one_park_one_city_longest_build_time_2019",
    quote=_ONE_PARK_ONE_CITY,
    section=SECTION,
    figure="110天",
    figure_kind=FigureKind.DURATION,
    period=YEAR,
    of="one_park_one_city_projects_2019",
    about=("science_park", "hydrogen_city"),
    measure=Text(zh="时间最长的工程工期", en="construction time of the slowest of these projects"),
)

# 煤炭行业供给侧结构性改革 -------------------------------------------------------------------------
_COAL = "全年退出煤炭落后产能135万吨,煤炭先进产能比重占到71.5%"

COAL_CAPACITY_RETIRED_2019 = Fact(
    id="coal_capacity_retired_2019",
    quote=_COAL,
    section=SECTION,
    figure="135万吨",
    figure_kind=FigureKind.CHANGE,
    direction=Direction.DECREASE,
    period=YEAR,
    measure=Text(zh="退出煤炭落后产能", en="outdated coal production capacity retired"),
)
ADVANCED_COAL_CAPACITY_SHARE_2019 = Fact(
    id="advanced_coal_capacity_share_2019",
    quote=_COAL,
    section=SECTION,
    figure="71.5%",
    figure_kind=FigureKind.SHARE,
    period=YEAR,
    measure=Text(
        zh="煤炭先进产能比重", en="share of advanced capacity in the city's coal production capacity"
    ),
)

# 新能源和清洁能源 -----------------------------------------------------------------------------------
_PV_LEADER_BASE = "光伏领跑者基地发电规模居全省第\n一"

# The project quotes the words before the line break, so that it encodes the sentence the break ends.
PV_LEADER_BASE = Project(
    id="pv_leader_base",
    quote="光伏领跑者基地发电规模居全省第",
    section=SECTION,
    name=Text(zh="光伏领跑者基地", en="PV Top Runner base"),
)
PV_LEADER_BASE_GENERATION_RANK_2019 = Fact(
    id="pv_leader_base_generation_rank_2019",
    quote=_PV_LEADER_BASE,
    section=SECTION,
    figure="第\n一",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    measure=Text(
        zh="光伏领跑者基地发电规模全省位次", en="rank of the PV Top Runner base's generation scale in Shanxi"
    ),
    about=("pv_leader_base",),
    note=Text(
        zh="原文在“第”与“一”之间换行;报告未给出发电规模本身。",
        en="The published text breaks the line inside 第一; the report gives no generation figure itself.",
    ),
)
_JINBEI_WIND = "晋北风电基地39万千瓦建成并网"

JINBEI_WIND_BASE = Project(
    id="jinbei_wind_base",
    quote=_JINBEI_WIND,
    section=SECTION,
    name=Text(zh="晋北风电基地", en="Northern Shanxi wind power base"),
)
JINBEI_WIND_CAPACITY_CONNECTED_2019 = Fact(
    id="jinbei_wind_capacity_connected_2019",
    quote=_JINBEI_WIND,
    section=SECTION,
    figure="39万千瓦",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(
        zh="晋北风电基地建成并网装机",
        en="capacity of the northern Shanxi wind power base completed and grid-connected",
    ),
    about=("jinbei_wind_base",),
)
PV_GRID_PARITY_WITH_ECOLOGICAL_RESTORATION_2019 = Achievement(
    id="pv_grid_parity_with_ecological_restoration_2019",
    quote="光伏平价上网+生态恢复治理有效实施",
    section=SECTION,
    what=Text(
        zh="光伏平价上网+生态恢复治理有效实施",
        en="solar power sold to the grid at parity, combined with ecological restoration, was put into effect",
    ),
    category=AchievementKind.ADVANCED,
    period=YEAR,
)
_COMPRESSED_AIR = "清华启迪煤矿废弃巷道压缩空气储能100兆瓦电站示范项目开工建设"

COMPRESSED_AIR_STORAGE_STATION = Project(
    id="compressed_air_storage_station",
    quote=_COMPRESSED_AIR,
    section=SECTION,
    name=Text(
        zh="清华启迪煤矿废弃巷道压缩空气储能100兆瓦电站示范项目",
        en="Tsinghua Tus demonstration compressed-air energy storage station in disused coal-mine tunnels",
    ),
    organisations=("清华启迪",),
)
COMPRESSED_AIR_STORAGE_STATION_CAPACITY_2019 = Fact(
    id="compressed_air_storage_station_capacity_2019",
    quote=_COMPRESSED_AIR,
    section=SECTION,
    figure="100兆瓦",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(
        zh="煤矿废弃巷道压缩空气储能电站示范项目规模",
        en="capacity of the compressed-air energy storage demonstration station in disused mine tunnels",
    ),
    about=("compressed_air_storage_station",),
    note=Text(
        zh="2019年开工建设的电站的规模,非已建成装机。",
        en="The size of a station whose construction began in 2019, not capacity in operation.",
    ),
)
NEW_ENERGY_CAPACITY_SHARE_2019 = Fact(
    id="new_energy_capacity_share_2019",
    quote="新能源装机规模占到全市电力总装机规模的36%",
    section=SECTION,
    figure="36%",
    figure_kind=FigureKind.SHARE,
    period=YEAR,
    measure=Text(
        zh="新能源装机规模占全市电力总装机规模比重",
        en="share of new-energy capacity in the city's total installed power capacity",
    ),
)

# 节能增效 ---------------------------------------------------------------------------------------
_ENERGY_INTENSITY = "单位GDP综合能耗下降4.64%,全省第一"

ENERGY_INTENSITY_DECLINE_2019 = Fact(
    id="energy_intensity_decline_2019",
    quote=_ENERGY_INTENSITY,
    section=SECTION,
    figure="4.64%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.DECREASE,
    measure=Text(zh="单位GDP综合能耗下降", en="fall in energy consumption per unit of GDP"),
)
ENERGY_INTENSITY_DECLINE_RANK_2019 = Fact(
    id="energy_intensity_decline_rank_2019",
    quote=_ENERGY_INTENSITY,
    section=SECTION,
    figure="第一",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    of="energy_intensity_decline_2019",
    measure=Text(
        zh="单位GDP综合能耗降幅全省位次",
        en="rank of the fall in energy use per unit of GDP among Shanxi's cities",
    ),
)

# 大宗固体废弃物综合利用基地 ---------------------------------------------------------------------------
_SOLID_WASTE_BASE = "大同成功获批国家大宗固体废弃物综合利用基地"

NATIONAL_BULK_SOLID_WASTE_UTILISATION_BASE = Project(
    id="national_bulk_solid_waste_utilisation_base",
    quote=_SOLID_WASTE_BASE,
    section=SECTION,
    name=Text(
        zh="国家大宗固体废弃物综合利用基地",
        en="national base for the comprehensive use of bulk solid waste",
    ),
)
NATIONAL_BULK_SOLID_WASTE_BASE_APPROVED_2019 = Achievement(
    id="national_bulk_solid_waste_base_approved_2019",
    quote=_SOLID_WASTE_BASE,
    section=SECTION,
    what=Text(
        zh="大同成功获批国家大宗固体废弃物综合利用基地",
        en="Datong was approved as a national base for the comprehensive use of bulk solid waste",
    ),
    category=AchievementKind.APPROVED,
    period=YEAR,
    about=("national_bulk_solid_waste_utilisation_base",),
)

# 氢能与电动交通 -------------------------------------------------------------------------------------
_HYDROGEN_BUSES = "市区3条公交线路50辆氢燃料动能公交车投入示范运营"

HYDROGEN_BUSES_IN_SERVICE_2019 = Fact(
    id="hydrogen_buses_in_service_2019",
    quote=_HYDROGEN_BUSES,
    section=SECTION,
    figure="50辆",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="投入示范运营的氢燃料动能公交车", en="hydrogen fuel-cell buses in demonstration service"),
)
HYDROGEN_BUS_ROUTES_2019 = Fact(
    id="hydrogen_bus_routes_2019",
    quote=_HYDROGEN_BUSES,
    section=SECTION,
    figure="3条",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="hydrogen_buses_in_service_2019",
    measure=Text(zh="氢燃料公交车示范运营的市区公交线路", en="city bus routes the hydrogen buses run on"),
)

_HYDROGEN_STATION = "全国首座制氢加氢一体站、市区3条公交线路50辆氢燃料动能公交车投入示范运营"

INTEGRATED_HYDROGEN_PRODUCTION_REFUELLING_STATION = Project(
    id="integrated_hydrogen_production_refuelling_station",
    quote=_HYDROGEN_STATION,
    section=SECTION,
    name=Text(
        zh="制氢加氢一体站",
        en="integrated hydrogen production and refuelling station",
    ),
    note=Text(zh="全国首座。", en="The first in China."),
)
HYDROGEN_STATION_IN_DEMONSTRATION_SERVICE_2019 = Achievement(
    id="hydrogen_station_in_demonstration_service_2019",
    quote=_HYDROGEN_STATION,
    section=SECTION,
    what=Text(
        zh="全国首座制氢加氢一体站",
        en="China's first integrated hydrogen production and refuelling station went into demonstration "
        "operation",
    ),
    category=AchievementKind.COMPLETED,
    period=YEAR,
    about=("integrated_hydrogen_production_refuelling_station",),
    note=Text(
        zh="原文中“投入示范运营”同时说明该站与氢燃料公交车。",
        en="In the text, 投入示范运营 (went into demonstration operation) is said of the station and the "
        "hydrogen buses together.",
    ),
)

_ELECTRIC_VEHICLES = "新增纯电动公交车180辆、纯电动出租车136辆"

NEW_ELECTRIC_BUSES_2019 = Fact(
    id="new_electric_buses_2019",
    quote=_ELECTRIC_VEHICLES,
    section=SECTION,
    figure="180辆",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="新增纯电动公交车", en="new battery-electric buses"),
)
NEW_ELECTRIC_TAXIS_2019 = Fact(
    id="new_electric_taxis_2019",
    quote=_ELECTRIC_VEHICLES,
    section=SECTION,
    figure="136辆",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="新增纯电动出租车", en="new battery-electric taxis"),
)

# 清洁取暖试点 -----------------------------------------------------------------------------------------
_CLEAN_HEATING = (
    "广灵县涧西村的生物质供暖、灵丘县存孝社区风电供暖和阳高县富园村光热供暖等多种清洁取暖方式在全市启动试行"
)

# Each pilot quotes its own name, so that it names no other county.
JIANXI_BIOMASS_HEATING = Project(
    id="jianxi_biomass_heating",
    quote="广灵县涧西村的生物质供暖",
    section=SECTION,
    name=Text(zh="广灵县涧西村的生物质供暖", en="biomass heating in Jianxi Village, Guangling County"),
    places=("guangling",),
)
# Part 二 plans the completion of a 灵丘风电供暖项目 (lingqiu_wind_power_heating); the report does not say
# whether it is this pilot.
CUNXIAO_WIND_POWER_HEATING = Project(
    id="cunxiao_wind_power_heating",
    quote="灵丘县存孝社区风电供暖",
    section=SECTION,
    name=Text(zh="灵丘县存孝社区风电供暖", en="wind-power heating in Cunxiao Community, Lingqiu County"),
    places=("lingqiu",),
)
FUYUAN_SOLAR_THERMAL_HEATING = Project(
    id="fuyuan_solar_thermal_heating",
    quote="阳高县富园村光热供暖",
    section=SECTION,
    name=Text(zh="阳高县富园村光热供暖", en="solar thermal heating in Fuyuan Village, Yanggao County"),
    places=("yanggao",),
)
CLEAN_HEATING_TRIALS_STARTED_2019 = Achievement(
    id="clean_heating_trials_started_2019",
    quote=_CLEAN_HEATING,
    section=SECTION,
    what=Text(
        zh="多种清洁取暖方式在全市启动试行",
        en="trials of several kinds of clean heating began across the city",
    ),
    category=AchievementKind.LAUNCHED,
    period=YEAR,
    about=("jianxi_biomass_heating", "cunxiao_wind_power_heating", "fuyuan_solar_thermal_heating"),
    places=("guangling", "lingqiu", "yanggao"),
)

# 能源领域改革开放 -----------------------------------------------------------------------------------
INCREMENTAL_DISTRIBUTION_PILOTS_READY_2019 = Fact(
    id="incremental_distribution_pilots_ready_2019",
    quote="同煤大同矿区、开发区装备园区2个增量配电业务改革试点具备运营条件",
    section=SECTION,
    figure="2个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="具备运营条件的增量配电业务改革试点",
        en="incremental power distribution reform pilots ready to operate",
    ),
    members=(
        Text(zh="同煤大同矿区", en="Datong Coal Mine Group's Datong mining area"),
        Text(zh="开发区装备园区", en="equipment park of the development zone"),
    ),
)
ENERGY_REVOLUTION_COMMISSIONER_TOWNSHIPS_2019 = Fact(
    id="energy_revolution_commissioner_townships_2019",
    quote="为140个乡镇、街道办配备的能源革命专员全部上岗",
    section=SECTION,
    figure="140个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="配备能源革命专员的乡镇、街道办",
        en="townships and sub-district offices given an energy revolution commissioner",
    ),
)

# 能源革命校园 -------------------------------------------------------------------------------------
_SCHOOLS = "创建能源革命校园25所,争当能源革命学生标兵1000余名"

ENERGY_REVOLUTION_SCHOOLS_2019 = Fact(
    id="energy_revolution_schools_2019",
    quote=_SCHOOLS,
    section=SECTION,
    figure="25所",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="创建能源革命校园", en="energy revolution model schools created"),
)
ENERGY_REVOLUTION_STUDENT_MODELS_2019 = Fact(
    id="energy_revolution_student_models_2019",
    quote=_SCHOOLS,
    section=SECTION,
    figure="1000余名",
    value=ureg.Quantity(1000, "名"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    qualifier=Qualifier.EXCEED,
    measure=Text(zh="争当能源革命学生标兵", en="students striving to be energy revolution student models"),
)

# 新能源国际高峰论坛 ---------------------------------------------------------------------------------
_NEW_ENERGY_SUMMIT = "共同与全国新能源商会成功举办了“2019首届中国(大同)新能源国际高峰论坛”等重大活动"

NEW_ENERGY_INTERNATIONAL_SUMMIT_2019 = Project(
    id="new_energy_international_summit_2019",
    quote=_NEW_ENERGY_SUMMIT,
    section=SECTION,
    name=Text(
        zh="2019首届中国(大同)新能源国际高峰论坛",
        en="2019 First China (Datong) New Energy International Summit Forum",
    ),
    organisations=("全国新能源商会",),
)
NEW_ENERGY_INTERNATIONAL_SUMMIT_HELD_2019 = Achievement(
    id="new_energy_international_summit_held_2019",
    quote=_NEW_ENERGY_SUMMIT,
    section=SECTION,
    what=Text(
        zh="成功举办了“2019首届中国(大同)新能源国际高峰论坛”等重大活动",
        en="held, with the All-China New Energy Chamber of Commerce, the first China (Datong) New Energy "
        "International Summit Forum of 2019 and other major events",
    ),
    category=AchievementKind.HELD,
    period=YEAR,
    about=("new_energy_international_summit_2019",),
)

NOT_SENTENCES = (
    NotASentence(
        quote="持续推进节能增效,不断优化用能结构。",
        reason=SentenceReason.HEADING,
        note=Text(
            zh="引出下一句的单位GDP综合能耗降幅(energy_intensity_decline_2019)。",
            en="Leads into the next sentence's fall in energy use per unit of GDP "
            "(energy_intensity_decline_2019).",
        ),
    ),
)
