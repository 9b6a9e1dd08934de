"""Part 二, programme (四) "(四)文旅产业壮大工程": growing culture and tourism in 2020.

The programme's opening ("今年突出抓好五大重点工程。") and its five numbered tasks, declared here as
:class:`Section` records: "一是加快建设长城1号国家风景道。", "二是加快大同古城保护修复。",
"三是提升北岳恒山国家森林公园。", "四是建设桑干河康养产业集聚区。" and
"五是实施平城历史文化大型艺术作品创作工程。". Each task is one of the five key projects, so each is also a
:class:`Project` (quoting its task's heading), and the count of five lists them as members. Facts about
what exists (the Great Wall within Datong's borders, the historic cities) have the report's year, 2020,
as their period. The old city and its projects carry 平城区, where the old city lies (reference
knowledge, not the report's words); "平城" in the fifth task's name is the Northern Wei capital, a
passing mention. The one thing the programme reports as done, Mount Heng's place on the tentative
heritage list, is an :class:`Achievement`. Quotes are verbatim; figures are as written; English is ours
unless ``en_source`` says otherwise.
"""

import datetime

from datong2020.model import (
    Achievement,
    AchievementKind,
    Commitment,
    Fact,
    FigureKind,
    NotASentence,
    Part,
    PassingMention,
    Period,
    Project,
    Section,
    SentenceReason,
    Target,
    TimeFrame,
)
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
    places=("pingcheng",),
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
CULTURE_TOURISM_PILLAR_INDUSTRY_2020 = Target(
    id="culture_tourism_pillar_industry_2020",
    quote="把文旅产业培育成支柱产业、富民产业",
    section=PROGRAMME,
    period=YEAR,
    requirement=Text(
        zh="把文旅产业培育成支柱产业、富民产业",
        en="grow culture and tourism into a pillar industry that makes people better off",
    ),
    measure=Text(zh="文旅产业的地位", en="culture and tourism as a pillar industry"),
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
    places=("tianzhen", "zuoyun"),
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

GREAT_WALL_SCENIC_BYWAY_BUILT_2020 = Target(
    id="great_wall_scenic_byway_built_2020",
    quote="要全面加快工程建设力度,把大同内外长城和外长城风景打造成一道塞外靓丽的风景道",
    section="culture_tourism_great_wall_byway",
    period=YEAR,
    requirement=Text(
        zh="全面加快工程建设力度,把大同内外长城和外长城风景打造成一道塞外靓丽的风景道",
        en="speed up the works on all fronts and make Datong's inner and outer Great Wall and their scenery "
        "a beautiful scenic byway beyond the pass",
    ),
    measure=Text(
        zh="长城1号国家风景道工程建设", en="construction of the Great Wall No. 1 National Scenic Byway"
    ),
    about=("great_wall_no1_scenic_byway",),
)
GREAT_WALL_CULTURE_TOURISM_INTEGRATION_2020 = Target(
    id="great_wall_culture_tourism_integration_2020",
    quote="推动文化旅游融合,讲好大同长城故事",
    section="culture_tourism_great_wall_byway",
    period=YEAR,
    requirement=Text(
        zh="推动文化旅游融合,讲好大同长城故事",
        en="bring culture and tourism together and tell the story of Datong's Great Wall well",
    ),
    measure=Text(zh="长城沿线文化旅游融合", en="culture and tourism along the Great Wall"),
    about=("great_wall_no1_scenic_byway",),
)
GREAT_WALL_SCENIC_AND_TOURISM_BELTS_2020 = Target(
    id="great_wall_scenic_and_tourism_belts_2020",
    quote="形成一条地域特色浓厚、民族特色鲜明、旅游功能健全、产业效益突出的国家风景大道、长城文化观光带、休闲旅游经济带",
    section="culture_tourism_great_wall_byway",
    period=YEAR,
    requirement=Text(
        zh="形成一条地域特色浓厚、民族特色鲜明、旅游功能健全、产业效益突出的国家风景大道、长城文化观光带、休闲旅游经济带",
        en="form a national scenic avenue, a Great Wall culture sightseeing belt and a leisure tourism "
        "economic belt, rich in local and ethnic character, well equipped for tourism and profitable",
    ),
    measure=Text(
        zh="长城沿线风景大道、观光带、经济带", en="scenic avenue and tourism belts along the Great Wall"
    ),
    about=("great_wall_no1_scenic_byway",),
)
GREAT_WALL_VILLAGE_AND_FORT_TOURISM_2020 = Target(
    id="great_wall_village_and_fort_tourism_2020",
    quote="要大力发展长城沿线古村落古堡游",
    section="culture_tourism_great_wall_byway",
    period=YEAR,
    requirement=Text(
        zh="大力发展长城沿线古村落古堡游",
        en="vigorously develop tourism to the old villages and forts along the Great Wall",
    ),
    measure=Text(zh="长城沿线古村落古堡游", en="tourism to old villages and forts along the Great Wall"),
    about=("great_wall_no1_scenic_byway",),
)
GREAT_WALL_HOUSEHOLDS_2020 = Target(
    id="great_wall_households_2020",
    quote="沿线培育一批“长城人家”",
    section="culture_tourism_great_wall_byway",
    period=YEAR,
    requirement=Text(
        zh="沿线培育一批“长城人家”", en="foster a batch of 'Great Wall Households' along the wall"
    ),
    measure=Text(zh="“长城人家”", en="'Great Wall Households' tourism businesses"),
    about=("great_wall_households", "great_wall_no1_scenic_byway"),
)
GREAT_WALL_TOURISM_FARM_INCOMES_2020 = Target(
    id="great_wall_tourism_farm_incomes_2020",
    quote="让历经岁月的长城“雕塑”成为农民增收的“金饭碗”",
    section="culture_tourism_great_wall_byway",
    period=YEAR,
    requirement=Text(
        zh="让历经岁月的长城“雕塑”成为农民增收的“金饭碗”",
        en="make the age-old Great Wall, a 'sculpture', a 'golden rice bowl' that raises farmers' incomes",
    ),
    measure=Text(zh="长城旅游带来的农民增收", en="farmers' income from Great Wall tourism"),
    about=("great_wall_no1_scenic_byway",),
)
GREAT_WALL_BRAND_2020 = Target(
    id="great_wall_brand_2020",
    quote="让“中国大同·塞上长城”成为文旅大同的金字招牌",
    section="culture_tourism_great_wall_byway",
    period=YEAR,
    requirement=Text(
        zh="让“中国大同·塞上长城”成为文旅大同的金字招牌",
        en="make 'Datong, China · the Great Wall beyond the pass' the golden brand of Datong's culture and "
        "tourism",
    ),
    measure=Text(zh="“中国大同·塞上长城”品牌", en="the 'Datong, China · Great Wall beyond the pass' brand"),
    about=("great_wall_no1_scenic_byway",),
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
    places=("pingcheng",),
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
    places=("pingcheng",),
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

_OLD_CITY_PROJECTS = "有序启动和实施古城五个“十字大街”风貌修复、府衙保护修复、代王府东西两侧项目、九龙壁周边环境整治等一批建设项目"

YAMEN_CONSERVATION = Project(
    id="yamen_conservation",
    quote=_OLD_CITY_PROJECTS,
    section="culture_tourism_old_city",
    name=Text(zh="府衙保护修复", en="Conservation and restoration of the old government office (yamen)"),
    places=("pingcheng",),
    note=Text(
        zh="第一部分称“古城府衙保护修复”项目进展顺利。",
        en="Part 一 reports the project (古城府衙保护修复) progressing smoothly.",
    ),
)
DAI_PALACE_FLANKS_PROJECT = Project(
    id="dai_palace_flanks_project",
    quote=_OLD_CITY_PROJECTS,
    section="culture_tourism_old_city",
    name=Text(
        zh="代王府东西两侧项目", en="Projects on the east and west sides of the Prince of Dai's Palace"
    ),
    places=("pingcheng",),
)
NINE_DRAGON_SCREEN_SURROUNDINGS = Project(
    id="nine_dragon_screen_surroundings_in_plan",
    quote=_OLD_CITY_PROJECTS,
    section="culture_tourism_old_city",
    name=Text(zh="九龙壁周边环境整治", en="Improvement of the surroundings of the Nine Dragon Screen"),
    places=("pingcheng",),
    same_as="nine_dragon_screen_surroundings",
    note=Text(
        zh="第一部分称该项目进展顺利。",
        en="Part 一 reports the project progressing smoothly.",
    ),
)
OLD_CITY_CONSTRUCTION_PROJECTS_2020 = Target(
    id="old_city_construction_projects_2020",
    quote=_OLD_CITY_PROJECTS,
    section="culture_tourism_old_city",
    period=YEAR,
    requirement=Text(zh="有序启动和实施", en="start and carry them out in order"),
    measure=Text(zh="古城保护修复建设项目", en="conservation and restoration projects in the old city"),
    about=(
        "datong_old_city_conservation",
        "crossroads_streets_restoration",
        "yamen_conservation",
        "dai_palace_flanks_project",
        "nine_dragon_screen_surroundings_in_plan",
    ),
    places=("pingcheng",),
    note=Text(
        zh="报告列举四项后以“等一批建设项目”结尾。",
        en="The report names four and ends with 等一批建设项目 (and others).",
    ),
)

_MUSEUM_CITY = "持续推进“博物馆之城”建设"

MUSEUM_CITY = Project(
    id="museum_city",
    quote=_MUSEUM_CITY,
    section="culture_tourism_old_city",
    name=Text(zh="“博物馆之城”", en="'City of Museums'"),
    places=("pingcheng",),
)
MUSEUM_CITY_2020 = Target(
    id="museum_city_2020",
    quote=_MUSEUM_CITY,
    section="culture_tourism_old_city",
    period=YEAR,
    requirement=Text(zh="持续推进", en="keep advancing it"),
    measure=Text(zh="“博物馆之城”建设", en="building the 'City of Museums'"),
    about=("museum_city", "datong_old_city_conservation"),
    places=("pingcheng",),
)
YUNLU_STREET_TOURISM_2020 = Target(
    id="yunlu_street_tourism_2020",
    quote="加快培育云路街等文化旅游业态",
    section="culture_tourism_old_city",
    period=YEAR,
    requirement=Text(
        zh="加快培育云路街等文化旅游业态",
        en="foster Yunlu Street and other culture and tourism businesses faster",
    ),
    measure=Text(zh="古城文化旅游业态", en="culture and tourism businesses of the old city"),
    about=("datong_old_city_conservation",),
    places=("pingcheng",),
)
OLD_CITY_OPEN_TO_ENTERPRISE_2020 = Target(
    id="old_city_open_to_enterprise_2020",
    quote="充分支持市场和各类企业家全面维护保护开发古城建设",
    section="culture_tourism_old_city",
    period=YEAR,
    requirement=Text(
        zh="充分支持市场和各类企业家全面维护保护开发古城建设",
        en="fully support the market and entrepreneurs of every kind in maintaining, protecting and "
        "developing the old city",
    ),
    measure=Text(zh="市场和企业家参与古城建设", en="the market's and entrepreneurs' part in the old city"),
    about=("datong_old_city_conservation",),
    places=("pingcheng",),
)
OLD_CITY_BRAND_2020 = Target(
    id="old_city_brand_2020",
    quote="全面提升“中国古都·天下大同”的知名度和美誉度",
    section="culture_tourism_old_city",
    period=YEAR,
    requirement=Text(
        zh="全面提升“中国古都·天下大同”的知名度和美誉度",
        en="make 'Ancient Capital of China · Datong, Great Harmony under Heaven' far better known and "
        "better regarded",
    ),
    measure=Text(
        zh="“中国古都·天下大同”的知名度和美誉度",
        en="fame and reputation of the 'Ancient Capital of China · Datong' brand",
    ),
    about=("datong_old_city_conservation",),
)

# 三是 北岳恒山国家森林公园 -------------------------------------------------------------------------
HENGSHAN_TENTATIVE_HERITAGE_LIST = Achievement(
    id="hengshan_tentative_heritage_list",
    quote="现已被列入国家自然和文化双遗产预备名录",
    section="culture_tourism_hengshan",
    what=Text(
        zh="现已被列入国家自然和文化双遗产预备名录",
        en="now on the national tentative list of mixed natural and cultural heritage",
    ),
    category=AchievementKind.APPROVED,
    period=YEAR,
    about=("hengshan_national_forest_park",),
    places=("hunyuan",),
    note=Text(
        zh="“现已”:截至报告之时;报告未说明何时列入,期间取报告所在的2020年。",
        en="现已 (now): as of the report; the report does not say when it was listed, so the period is the "
        "report's year, 2020.",
    ),
)
HENGSHAN_5A_SCENIC_AREA_2020 = Target(
    id="hengshan_5a_scenic_area_2020",
    quote="要坚持把浑源矿山生态修复治理作为创建5A级景区的重要基础性工程",
    section="culture_tourism_hengshan",
    period=YEAR,
    requirement=Text(zh="创建5A级景区", en="have it made a 5A-grade (top-grade) scenic area"),
    measure=Text(zh="北岳恒山创建5A级景区", en="Mount Heng's bid for 5A grade"),
    about=("hengshan_national_forest_park", "hunyuan_mine_restoration"),
    places=("hunyuan",),
    note=Text(
        zh="浑源矿山生态修复治理是创建5A级景区的基础性工程;报告未给出完成时间。",
        en="The ecological restoration of Hunyuan's mines is the groundwork for it; the report sets no date.",
    ),
)
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

HENGSHAN_ECOLOGY_CULTURE_TOURISM_2020 = Target(
    id="hengshan_ecology_culture_tourism_2020",
    quote="推动北岳恒山、浑源加快生态与文化、旅游的有机结合",
    section="culture_tourism_hengshan",
    period=YEAR,
    requirement=Text(
        zh="推动北岳恒山、浑源加快生态与文化、旅游的有机结合",
        en="bring ecology, culture and tourism together faster at Mount Heng and in Hunyuan",
    ),
    measure=Text(
        zh="北岳恒山、浑源生态与文化、旅游结合", en="ecology, culture and tourism at Mount Heng and Hunyuan"
    ),
    about=("hengshan_national_forest_park",),
    places=("hunyuan",),
)
HENGSHAN_BENCHMARK_PROJECT_2020 = Target(
    id="hengshan_benchmark_project_2020",
    quote="努力打造“人天北柱、绝塞名山”,成为大同发展新的标杆项目",
    section="culture_tourism_hengshan",
    period=YEAR,
    requirement=Text(
        zh="努力打造“人天北柱、绝塞名山”,成为大同发展新的标杆项目",
        en="make it 'the northern pillar of heaven, the famous mountain of the far frontier', a new "
        "benchmark project of Datong",
    ),
    measure=Text(zh="北岳恒山“人天北柱、绝塞名山”", en="Mount Heng as 'the northern pillar of heaven'"),
    about=("hengshan_national_forest_park",),
    places=("hunyuan",),
)

# 四是 桑干河康养产业集聚区 -----------------------------------------------------------------------------
_BOAI = "要加快398博爱康养服务中心建设"

BOAI_398_WELLNESS_CENTRE = Project(
    id="boai_398_wellness_centre",
    quote=_BOAI,
    section="culture_tourism_sanggan_wellness",
    name=Text(zh="398博爱康养服务中心", en="398 Bo'ai health and wellness service centre"),
    note=Text(zh="“398”为名称的一部分,不是数字。", en="398 is part of the name, not a figure."),
)
BOAI_398_WELLNESS_CENTRE_2020 = Target(
    id="boai_398_wellness_centre_2020",
    quote=_BOAI,
    section="culture_tourism_sanggan_wellness",
    period=YEAR,
    requirement=Text(
        zh="加快398博爱康养服务中心建设", en="speed up the building of the 398 Bo'ai wellness service centre"
    ),
    measure=Text(zh="398博爱康养服务中心建设", en="building of the 398 Bo'ai wellness centre"),
    about=("boai_398_wellness_centre", "sanggan_river_wellness_cluster"),
)

_SHIJIA_TOWN = "支持世家小镇建设综合康养产业示范区"

SHIJIA_TOWN_WELLNESS_DEMONSTRATION_ZONE = Project(
    id="shijia_town_wellness_demonstration_zone",
    quote=_SHIJIA_TOWN,
    section="culture_tourism_sanggan_wellness",
    name=Text(zh="世家小镇", en="Shijia Town comprehensive health and wellness industry demonstration zone"),
)
SHIJIA_TOWN_WELLNESS_DEMONSTRATION_ZONE_2020 = Target(
    id="shijia_town_wellness_demonstration_zone_2020",
    quote=_SHIJIA_TOWN,
    section="culture_tourism_sanggan_wellness",
    period=YEAR,
    requirement=Text(
        zh="支持世家小镇建设综合康养产业示范区",
        en="support Shijia Town in building a comprehensive wellness industry demonstration zone",
    ),
    measure=Text(zh="世家小镇综合康养产业示范区建设", en="the Shijia Town wellness demonstration zone"),
    about=("shijia_town_wellness_demonstration_zone", "sanggan_river_wellness_cluster"),
)

_WELLNESS_TOWNS = "带动黄经世家康养小镇、桑干河冰雪小镇等转型项目建设步伐"

HUANGJING_SHIJIA_WELLNESS_TOWN = Project(
    id="huangjing_shijia_wellness_town",
    quote=_WELLNESS_TOWNS,
    section="culture_tourism_sanggan_wellness",
    name=Text(zh="黄经世家康养小镇", en="Huangjing Shijia health and wellness town"),
)
SANGGAN_RIVER_ICE_AND_SNOW_TOWN = Project(
    id="sanggan_river_ice_and_snow_town",
    quote=_WELLNESS_TOWNS,
    section="culture_tourism_sanggan_wellness",
    name=Text(zh="桑干河冰雪小镇", en="Sanggan River ice and snow town"),
)
WELLNESS_TOWN_PROJECTS_2020 = Target(
    id="wellness_town_projects_2020",
    quote=_WELLNESS_TOWNS,
    section="culture_tourism_sanggan_wellness",
    period=YEAR,
    requirement=Text(
        zh="带动黄经世家康养小镇、桑干河冰雪小镇等转型项目建设步伐",
        en="speed up, in their wake, the building of the Huangjing Shijia wellness town, the Sanggan River "
        "ice and snow town and other transformation projects",
    ),
    measure=Text(
        zh="康养小镇等转型项目建设", en="building of wellness towns and other transformation projects"
    ),
    about=(
        "huangjing_shijia_wellness_town",
        "sanggan_river_ice_and_snow_town",
        "sanggan_river_wellness_cluster",
    ),
    note=Text(
        zh="由398博爱康养服务中心和世家小镇综合康养产业示范区带动。",
        en="Driven by the 398 Bo'ai centre and the Shijia Town demonstration zone of the same sentence.",
    ),
)

HUNYUAN_TANGTOU_HOT_SPRING = Project(
    id="hunyuan_tangtou_hot_spring",
    quote="浑源汤头温泉",
    section="culture_tourism_sanggan_wellness",
    name=Text(zh="浑源汤头温泉", en="Tangtou hot spring, Hunyuan"),
    places=("hunyuan",),
)
GUANGLING_JIANXI_ANCIENT_VILLAGE = Project(
    id="guangling_jianxi_ancient_village",
    quote="广灵涧西古村",
    section="culture_tourism_sanggan_wellness",
    name=Text(zh="广灵涧西古村", en="Jianxi ancient village, Guangling"),
    places=("guangling",),
)
LINGQIU_HUATA = Project(
    id="lingqiu_huata",
    quote="灵丘花塔",
    section="culture_tourism_sanggan_wellness",
    name=Text(zh="灵丘花塔", en="Huata, Lingqiu"),
    places=("lingqiu",),
)
WELLNESS_TOWNS_AND_VILLAGES_2020 = Target(
    id="wellness_towns_and_villages_2020",
    quote="县区以浑源汤头温泉、广灵涧西古村、灵丘花塔为代表,加快建设一大批康养小城、康养小镇、康养小区、休闲康养小村",
    section="culture_tourism_sanggan_wellness",
    period=YEAR,
    requirement=Text(
        zh="加快建设一大批康养小城、康养小镇、康养小区、休闲康养小村",
        en="build, faster, a large number of wellness small cities, towns, communities and leisure villages",
    ),
    measure=Text(
        zh="县区康养小城、小镇、小区、小村建设",
        en="wellness towns and villages in the counties and districts",
    ),
    about=(
        "hunyuan_tangtou_hot_spring",
        "guangling_jianxi_ancient_village",
        "lingqiu_huata",
        "sanggan_river_wellness_cluster",
    ),
    places=("hunyuan", "guangling", "lingqiu"),
    note=Text(
        zh="浑源汤头温泉、广灵涧西古村、灵丘花塔为报告所举的代表。",
        en="The Tangtou hot spring, Jianxi village and Huata are the examples the report gives.",
    ),
)
WELLNESS_TOURISM_DEMONSTRATION_ZONE_2020 = Target(
    id="wellness_tourism_demonstration_zone_2020",
    quote="着力打造康养型全域旅游示范区",
    section="culture_tourism_sanggan_wellness",
    period=YEAR,
    requirement=Text(
        zh="着力打造康养型全域旅游示范区",
        en="work to build a demonstration zone of all-area tourism built on health and wellness",
    ),
    measure=Text(zh="康养型全域旅游示范区", en="all-area wellness tourism demonstration zone"),
    about=("sanggan_river_wellness_cluster",),
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
    period=YEAR,
    commitment=Commitment.STRIVE,
    requirement=Text(zh="完成脚本编制", en="finish writing the scripts"),
    due=TimeFrame(wording="年内", end=datetime.date(2020, 12, 31)),
    about=("play_tianxia_datong", "play_beiwei_changge"),
    measure=Text(zh="“两剧”脚本编制", en="scripts of the two plays"),
)

STAGE_WORKS_2020 = Target(
    id="stage_works_2020",
    quote="着力打造两大文旅融合演艺剧、历史文化歌舞剧和交响音乐史诗",
    section="culture_tourism_art_creation",
    period=YEAR,
    requirement=Text(
        zh="着力打造两大文旅融合演艺剧、历史文化歌舞剧和交响音乐史诗",
        en="work to create two stage productions combining culture and tourism, a historical song-and-dance "
        "drama and a symphonic epic",
    ),
    measure=Text(
        zh="文旅融合演艺剧、历史文化歌舞剧和交响音乐史诗",
        en="stage productions, a song-and-dance drama and a symphonic epic",
    ),
    about=("pingcheng_art_creation_programme",),
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

PASSING_MENTIONS = (
    PassingMention(
        record="pingcheng_art_creation_programme",
        place="pingcheng",
        reason=Text(
            zh="“平城”此处指北魏都城平城(今大同)的历史文化,不是平城区。",
            en="平城 here is Pingcheng, the Northern Wei capital (today's Datong), and its history, not "
            "Pingcheng District.",
        ),
    ),
)

NOT_SENTENCES = (
    NotASentence(
        quote="文旅产业是经济增长的重要引擎。",
        reason=SentenceReason.PRINCIPLE,
        note=Text(
            zh="对文旅产业作用的看法,不承诺可核查的事项。",
            en="A view of what culture and tourism do for growth; it commits to nothing checkable.",
        ),
    ),
    NotASentence(
        quote="古城是大同人民的精神家园",
        reason=SentenceReason.PRINCIPLE,
        note=Text(
            zh="对古城意义的表述,引出其后的保护修复任务。",
            en="What the old city means to Datong's people; it leads into the conservation tasks after it.",
        ),
    ),
    NotASentence(
        quote="康养产业正在成为21世纪引领经济发展和社会进步的朝阳产业",
        reason=SentenceReason.PRINCIPLE,
        note=Text(
            zh="对康养产业前景的看法,不承诺可核查的事项。",
            en="A view of the health and wellness industry's prospects; it commits to nothing checkable.",
        ),
    ),
)
