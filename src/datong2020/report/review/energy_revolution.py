"""Part 一, work area 一是: the energy revolution ("一是主动担当国家使命,能源革命综合改革持续深化。").

The science park and hydrogen city projects of 2019 (declared here as :class:`Project` records, with the
platforms and plants the figures attach to), coal capacity cuts, new and clean energy, energy
intensity, hydrogen and electric transport, and energy-revolution pilots, commissioners and schools.
Quotes are verbatim (one rank figure is broken by a line break in the published text, "全省第\\n一");
figures are as written; English is ours unless ``en_source`` says otherwise.
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

# 产业项目与“一园一城”项目 ---------------------------------------------------------------------------
_EIGHTEEN_PROJECTS = "中科院工程热物理所大同分所、华为大同智能创新中心等18个产业项目"

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
    about=("cas_thermophysics_datong_branch", "huawei_datong_innovation_centre"),
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
    figure_kind=FigureKind.LEVEL,
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
