"""Part 二, programme (四) "(四)文旅产业壮大工程": growing culture and tourism in 2020.

The programme's opening ("今年突出抓好五大重点工程。") and its five numbered tasks, declared here as
:class:`Section` records: "一是加快建设长城1号国家风景道。", "二是加快大同古城保护修复。",
"三是提升北岳恒山国家森林公园。", "四是建设桑干河康养产业集聚区。" and
"五是实施平城历史文化大型艺术作品创作工程。". Each task is one of the five key projects, so each is also a
:class:`Project` (quoting its task's heading), and the count of five lists them as members. Facts about
what exists (the Great Wall within Datong's borders, the historic cities) have the report's year, 2020,
as their period. Quotes are verbatim; figures are as written; English is ours unless ``en_source`` says
otherwise.
"""

import datetime

from datong2020.model import Commitment, Fact, FigureKind, Part, Period, Project, Section, Target, TimeFrame
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2020)
PROGRAMME = "programme_culture_tourism"

_DESCRIBES_THE_PRESENT = Text(
    zh="对现状的描述,非2020年的目标;期间取报告所在的2020年。",
    en="A description of what exists, not a 2020 target; the period is the report's year, 2020.",
)

# 五大重点工程 ------------------------------------------------------------------------------------
_GREAT_WALL_HEADING = "一是加快建设长城1号国家风景道。"
_OLD_CITY_HEADING = "二是加快大同古城保护修复。"
_HENGSHAN_HEADING = "三是提升北岳恒山国家森林公园。"
_SANGGAN_HEADING = "四是建设桑干河康养产业集聚区。"
_ART_CREATION_HEADING = "五是实施平城历史文化大型艺术作品创作工程。"

CULTURE_TOURISM_GREAT_WALL_BYWAY = Section(
    id="culture_tourism_great_wall_byway",
    quote=_GREAT_WALL_HEADING,
    section=PROGRAMME,
    marker="一是",
    part=Part.PLAN,
    title=Text(zh="加快建设长城1号国家风景道", en="Speeding up the Great Wall No. 1 National Scenic Byway"),
)
CULTURE_TOURISM_OLD_CITY = Section(
    id="culture_tourism_old_city",
    quote=_OLD_CITY_HEADING,
    section=PROGRAMME,
    marker="二是",
    part=Part.PLAN,
    title=Text(
        zh="加快大同古城保护修复",
        en="Speeding up the conservation and restoration of Datong's old city",
    ),
)
CULTURE_TOURISM_HENGSHAN = Section(
    id="culture_tourism_hengshan",
    quote=_HENGSHAN_HEADING,
    section=PROGRAMME,
    marker="三是",
    part=Part.PLAN,
    title=Text(
        zh="提升北岳恒山国家森林公园",
        en="Upgrading the Mount Heng (Northern Peak) National Forest Park",
    ),
)
CULTURE_TOURISM_SANGGAN_WELLNESS = Section(
    id="culture_tourism_sanggan_wellness",
    quote=_SANGGAN_HEADING,
    section=PROGRAMME,
    marker="四是",
    part=Part.PLAN,
    title=Text(
        zh="建设桑干河康养产业集聚区",
        en="Building the Sanggan River health and wellness industry cluster",
    ),
)
CULTURE_TOURISM_ART_CREATION = Section(
    id="culture_tourism_art_creation",
    quote=_ART_CREATION_HEADING,
    section=PROGRAMME,
    marker="五是",
    part=Part.PLAN,
    title=Text(
        zh="实施平城历史文化大型艺术作品创作工程",
        en="Carrying out the programme for major works of art on Pingcheng's history and culture",
    ),
)

GREAT_WALL_NO1_SCENIC_BYWAY = Project(
    id="great_wall_no1_scenic_byway",
    quote=_GREAT_WALL_HEADING,
    section="culture_tourism_great_wall_byway",
    name=Text(zh="长城1号国家风景道", en="Great Wall No. 1 National Scenic Byway"),
    note=Text(
        zh="第一部分提到“长城1号旅游公路工程”与“长城1号景区”;报告未说明它们与风景道的关系。",
        en="Part 一 names a 长城1号旅游公路工程 (tourist road) and a 长城1号景区 (scenic area); the report "
        "does not say how they relate to the byway.",
    ),
)
DATONG_OLD_CITY_CONSERVATION = Project(
    id="datong_old_city_conservation",
    quote=_OLD_CITY_HEADING,
    section="culture_tourism_old_city",
    name=Text(zh="大同古城保护修复", en="Conservation and restoration of Datong's old city"),
)
HENGSHAN_NATIONAL_FOREST_PARK = Project(
    id="hengshan_national_forest_park",
    quote=_HENGSHAN_HEADING,
    section="culture_tourism_hengshan",
    name=Text(zh="北岳恒山国家森林公园", en="Mount Heng (Northern Peak) National Forest Park"),
    places=("hunyuan",),
)
SANGGAN_RIVER_WELLNESS_CLUSTER = Project(
    id="sanggan_river_wellness_cluster",
    quote=_SANGGAN_HEADING,
    section="culture_tourism_sanggan_wellness",
    name=Text(zh="桑干河康养产业集聚区", en="Sanggan River health and wellness industry cluster"),
)
PINGCHENG_ART_CREATION_PROGRAMME = Project(
    id="pingcheng_art_creation_programme",
    quote=_ART_CREATION_HEADING,
    section="culture_tourism_art_creation",
    name=Text(
        zh="平城历史文化大型艺术作品创作工程",
        en="Programme for major works of art on Pingcheng's history and culture",
    ),
)
CULTURE_TOURISM_KEY_PROJECTS_2020 = Target(
    id="culture_tourism_key_projects_2020",
    quote="今年突出抓好五大重点工程。",
    section=PROGRAMME,
    figure="五大",
    value=ureg.Quantity(5, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="突出抓好的文旅重点工程", en="key culture and tourism projects to focus on"),
    members=(
        "great_wall_no1_scenic_byway",
        "datong_old_city_conservation",
        "hengshan_national_forest_park",
        "sanggan_river_wellness_cluster",
        "pingcheng_art_creation_programme",
    ),
    note=Text(
        zh="五大重点工程即本工程的一是至五是五项任务。",
        en="The five key projects are the programme's five tasks 一是 to 五是.",
    ),
)

# 一是 长城1号国家风景道 -----------------------------------------------------------------------------
_GREAT_WALL = "境内长城东起天镇李二口,西至左云摩天岭,全长263公里,途经5个县区"

GREAT_WALL_LENGTH_IN_DATONG_2020 = Fact(
    id="great_wall_length_in_datong_2020",
    quote=_GREAT_WALL,
    section="culture_tourism_great_wall_byway",
    figure="263公里",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    places=("tianzhen", "zuoyun"),
    about=("great_wall_no1_scenic_byway",),
    measure=Text(
        zh="大同境内长城全长",
        en="length of the Great Wall within Datong, from Li'erkou in Tianzhen to Motianling in Zuoyun",
    ),
    note=_DESCRIBES_THE_PRESENT,
)
GREAT_WALL_COUNTIES_AND_DISTRICTS_2020 = Fact(
    id="great_wall_counties_and_districts_2020",
    quote=_GREAT_WALL,
    section="culture_tourism_great_wall_byway",
    figure="5个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("great_wall_no1_scenic_byway",),
    measure=Text(
        zh="大同境内长城途经的县区",
        en="counties and districts the Great Wall passes through within Datong",
    ),
    note=Text(
        zh="对现状的描述,期间取报告所在的2020年。报告只点出起点天镇和终点左云,未列出全部5个县区,故不列成员。",
        en="A description of what exists; the period is the report's year, 2020. The report names only the "
        "ends, Tianzhen and Zuoyun, not all five counties and districts, so no members are listed.",
    ),
)

# 二是 大同古城保护修复 -----------------------------------------------------------------------------
_CROSSROADS_STREETS = "有序启动和实施古城五个“十字大街”风貌修复"

CROSSROADS_STREETS_RESTORATION = Project(
    id="crossroads_streets_restoration",
    quote=_CROSSROADS_STREETS,
    section="culture_tourism_old_city",
    name=Text(
        zh="“十字大街”风貌修复",
        en="Restoration of the historic appearance of the old city's 'crossroads streets'",
    ),
)
CROSSROADS_STREETS_RESTORED_2020 = Target(
    id="crossroads_streets_restored_2020",
    quote=_CROSSROADS_STREETS,
    section="culture_tourism_old_city",
    figure="五个",
    value=ureg.Quantity(5, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("crossroads_streets_restoration", "datong_old_city_conservation"),
    measure=Text(
        zh="有序启动和实施风貌修复的古城“十字大街”",
        en="'crossroads streets' of the old city whose appearance is to be restored, work to be started "
        "and carried out in order",
    ),
    note=Text(
        zh="报告未给出完成时间,也未列出五条大街的名称。",
        en="The report sets no date and does not name the five streets.",
    ),
)

# 三是 北岳恒山国家森林公园 -------------------------------------------------------------------------
HENGSHAN_REGREENING_AREA_2020 = Target(
    id="hengshan_regreening_area_2020",
    quote="今年再绿化2万亩",
    section="culture_tourism_hengshan",
    figure="2万亩",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    about=("hunyuan_mine_restoration", "hengshan_national_forest_park"),
    places=("hunyuan",),
    measure=Text(
        zh="浑源矿山生态修复治理再绿化面积",
        en="further area to be greened in the ecological restoration of Hunyuan's mines",
    ),
    note=Text(
        zh="“再”指在已完成的修复之上;2019年的5.73万亩(ecological_restoration_area_2019)是全市63座矿山的"
        "生态环境整治修复面积,口径不同,故不作为基数。",
        en="再 means on top of the restoration already done. The 2019 figure of 5.73万亩 "
        "(ecological_restoration_area_2019) is the area restored at 63 mines citywide, a different measure, "
        "so it is not linked as the base.",
    ),
)

# 五是 平城历史文化大型艺术作品创作工程 ---------------------------------------------------------------
_TWO_PLAYS = "实施《天下大同》《北魏长歌》“两剧”创排工程,年内要力争完成脚本编制"

PLAY_TIANXIA_DATONG = Project(
    id="play_tianxia_datong",
    quote=_TWO_PLAYS,
    section="culture_tourism_art_creation",
    name=Text(zh="天下大同", en="'Great Harmony under Heaven' (stage play)"),
)
PLAY_BEIWEI_CHANGGE = Project(
    id="play_beiwei_changge",
    quote=_TWO_PLAYS,
    section="culture_tourism_art_creation",
    name=Text(zh="北魏长歌", en="'Long Song of the Northern Wei' (stage play)"),
)
PLAYS_CREATED_AND_STAGED_2020 = Target(
    id="plays_created_and_staged_2020",
    quote=_TWO_PLAYS,
    section="culture_tourism_art_creation",
    figure="两剧",
    value=ureg.Quantity(2, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("pingcheng_art_creation_programme",),
    members=("play_tianxia_datong", "play_beiwei_changge"),
    measure=Text(zh="创排的剧目", en="plays to be created and staged"),
)
PLAY_SCRIPTS_COMPLETED_2020 = Target(
    id="play_scripts_completed_2020",
    quote=_TWO_PLAYS,
    section="culture_tourism_art_creation",
    figure=None,
    figure_kind=None,
    period=YEAR,
    commitment=Commitment.STRIVE,
    requirement=Text(zh="完成脚本编制", en="finish writing the scripts"),
    due=TimeFrame(wording="年内", end=datetime.date(2020, 12, 31)),
    about=("play_tianxia_datong", "play_beiwei_changge"),
    measure=Text(zh="“两剧”脚本编制", en="scripts of the two plays"),
)

_HISTORIC_CITIES = "彰显大同作为中国24个历史文化名城的历史风貌"

FAMOUS_HISTORIC_CULTURAL_CITIES_2020 = Fact(
    id="famous_historic_cultural_cities_2020",
    quote=_HISTORIC_CITIES,
    section="culture_tourism_art_creation",
    figure="24个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    places=("datong",),
    measure=Text(
        zh="中国历史文化名城(大同为其一)",
        en="China's famous historical and cultural cities, of which Datong is one",
    ),
    note=Text(
        zh="对现状的描述,期间取报告所在的2020年。24个应指1982年公布的第一批国家历史文化名城;"
        "此后名城数目已远超24个。此为我们的说明,报告未言。",
        en="A description of what exists; the period is the report's year, 2020. The 24 must be the first "
        "batch of national famous historical and cultural cities, announced in 1982, of which Datong was "
        "one; there are far more today. This explanation is ours, not the report's.",
    ),
)
