"""Part 一, work area 五是: ecological civilisation ("五是坚决践行“两山”理论,生态文明建设有力推进。").

Pollution control and air quality (with its provincial rank), mine and land restoration, water quality
at the national assessment sections (with the city's national rank in 2018 and 2019), and urban
greenery; the Sanggan River basin and Hunyuan mine restoration projects the restoration figures attach
to. Quotes are verbatim; figures are as written. English is ours unless ``en_source`` says
otherwise.
What the text reports without a figure (a project completed, a title won, a reform, an event) is an
:class:`Achievement` beside the facts of its passage.
"""

from datong2020.model import Achievement, AchievementKind, Fact, FigureKind, Period, Project, Qualifier
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2019)
SECTION = "review_ecology"

# 生态文明建设行动 -------------------------------------------------------------------------------------
# The campaign is known by its slogan, the term datong_blue_clear_green (a project named by it would hide
# the term's one use in the text).
_CAMPAIGN = "持续开展“巩固大同蓝、建设大同清、厚植大同绿”生态文明建设行动"

DATONG_BLUE_CLEAR_GREEN_CAMPAIGN_CONTINUED_2019 = Achievement(
    id="datong_blue_clear_green_campaign_continued_2019",
    quote=_CAMPAIGN,
    section=SECTION,
    what=Text(
        zh="持续开展",
        en="the 'Datong blue, Datong clear, Datong green' campaign went on",
    ),
    category=AchievementKind.ADVANCED,
    period=YEAR,
)

# 污染防治 ---------------------------------------------------------------------------------------------
NEW_CENTRAL_HEATING_AREA_2019 = Fact(
    id="new_central_heating_area_2019",
    quote="新增城市集中供热面积365万平方米",
    section=SECTION,
    figure="365万平方米",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="新增城市集中供热面积", en="new urban floor area served by central heating"),
)
POLLUTING_ENTERPRISES_CLOSED_2019 = Fact(
    id="polluting_enterprises_closed_2019",
    quote="取缔“散乱污”企业75家",
    section=SECTION,
    figure="75家",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="取缔“散乱污”企业", en="'scattered, disorderly and polluting' enterprises closed down"),
)

# 空气质量 ---------------------------------------------------------------------------------------------
_AIR_QUALITY = "空气质量综合指数、PM2.5平均浓度和优良天数比例三项指标均排名全省第一"

AIR_QUALITY_RANK_2019 = Fact(
    id="air_quality_rank_2019",
    quote=_AIR_QUALITY,
    section=SECTION,
    figure="第一",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    measure=Text(
        zh="空气质量综合指数、PM2.5平均浓度和优良天数比例全省排名",
        en="rank among Shanxi's cities of each of three air-quality indicators: the composite air-quality "
        "index, the average PM2.5 concentration and the share of days with good or excellent air",
    ),
    note=Text(
        zh="三项指标均排名全省第一", en="The report gives one rank for all three indicators: each is first."
    ),
)
AIR_QUALITY_INDICATORS_RANKED_FIRST_2019 = Fact(
    id="air_quality_indicators_ranked_first_2019",
    quote=_AIR_QUALITY,
    section=SECTION,
    figure="三项",
    value=ureg.Quantity(3, "项"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="air_quality_rank_2019",
    measure=Text(zh="排名全省第一的空气质量指标", en="air-quality indicators ranked first in Shanxi"),
    members=(
        Text(zh="空气质量综合指数", en="composite air-quality index"),
        Text(zh="PM2.5平均浓度", en="average PM2.5 concentration"),
        Text(zh="优良天数比例", en="share of days with good or excellent air"),
    ),
)
AIR_QUALITY_FIRST_PLACE_STREAK_2019 = Fact(
    id="air_quality_first_place_streak_2019",
    quote="实现“七连冠”",
    section=SECTION,
    figure="七连冠",
    value=ureg.Quantity(7, "次"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="air_quality_rank_2019",
    measure=Text(zh="空气质量全省第一“连冠”次数", en="consecutive first places in Shanxi for air quality"),
    note=Text(
        zh="“七连冠”:连续第七次排名全省第一;报告未写明起始年份",
        en="'Seven titles in a row': first in the province for the seventh time running, up to 2019; "
        "the report does not say when the run began.",
    ),
)

# 生态修复 ---------------------------------------------------------------------------------------------
SANGGAN_RIVER_BASIN_MANAGEMENT = Project(
    id="sanggan_river_basin_management",
    quote="推进桑干河流域综合治理",
    section=SECTION,
    name=Text(zh="桑干河流域综合治理", en="Sanggan River basin comprehensive management"),
)
HUNYUAN_MINE_RESTORATION = Project(
    id="hunyuan_mine_restoration",
    quote="举全市之力加大浑源矿山生态修复",
    section=SECTION,
    name=Text(zh="浑源矿山生态修复", en="Hunyuan mine ecological restoration"),
    places=("hunyuan",),
)

_RESTORATION = "完成63座矿山、5.73万亩生态环境整治修复"
_RESTORATION_NOTE = Text(
    zh="报告在“推进桑干河流域综合治理”之后列出此项,并以“特别是”提及浑源矿山生态修复;未说明其中有多少在浑源",
    en="The report gives this right after 推进桑干河流域综合治理 (Sanggan River basin management) and "
    "singles out 浑源矿山生态修复 (Hunyuan mine restoration) with 特别是 ('in particular'); it does not say "
    "how much of it is in Hunyuan.",
)

MINES_RESTORED_2019 = Fact(
    id="mines_restored_2019",
    quote=_RESTORATION,
    section=SECTION,
    figure="63座",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("sanggan_river_basin_management", "hunyuan_mine_restoration"),
    measure=Text(zh="完成生态环境整治修复的矿山", en="mines whose ecological environment was restored"),
    note=_RESTORATION_NOTE,
)
ECOLOGICAL_RESTORATION_AREA_2019 = Fact(
    id="ecological_restoration_area_2019",
    quote=_RESTORATION,
    section=SECTION,
    figure="5.73万亩",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    of="mines_restored_2019",
    about=("sanggan_river_basin_management", "hunyuan_mine_restoration"),
    measure=Text(zh="生态环境整治修复面积", en="area of ecological environment restored"),
    note=_RESTORATION_NOTE,
)

# 水质 -----------------------------------------------------------------------------------------------
NATIONAL_ASSESSMENT_SECTIONS_IMPROVED_2019 = Fact(
    id="national_assessment_sections_improved_2019",
    quote="御河利仁皂和桑干河固定桥两个国考断面水质改善为Ⅳ类",
    section=SECTION,
    figure="两个",
    value=ureg.Quantity(2, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="水质改善为Ⅳ类的国考断面",
        en="national assessment water-monitoring sections whose water improved to Class IV",
    ),
    members=(
        Text(zh="御河利仁皂", en="Lirenzao (Yuhe River)"),
        Text(zh="桑干河固定桥", en="Gudingqiao (Sanggan River)"),
    ),
    note=Text(
        zh="御河利仁皂、桑干河固定桥",
        en="The report names the two: Lirenzao on the Yuhe River and Gudingqiao on the Sanggan River.",
    ),
)

PROVINCIAL_WATER_QUALITY_TARGETS_MET_2019 = Achievement(
    id="provincial_water_quality_targets_met_2019",
    quote="全面完成省下达的水质考核目标",
    section=SECTION,
    what=Text(
        zh="全面完成省下达的水质考核目标",
        en="met in full the water-quality targets the province set",
    ),
    category=AchievementKind.COMPLETED,
    period=YEAR,
)
_WATER_RANK = "由2018年全国地级及以上城市国考断面倒数第二跃升改善至前14名"

NATIONAL_ASSESSMENT_WATER_RANK_2019 = Fact(
    id="national_assessment_water_rank_2019",
    quote=_WATER_RANK,
    section=SECTION,
    figure="前14名",
    figure_kind=FigureKind.RANK,
    qualifier=Qualifier.WITHIN,
    period=YEAR,
    measure=Text(
        zh="国考断面水质全国地级及以上城市排名",
        en="national rank among prefecture-level and higher cities by water quality at national "
        "assessment sections",
    ),
    note=Text(
        zh="前14名:位次在第14名以内,报告未给出确切位次",
        en="Within the top 14 (前14名): 14 is the lowest place the city could hold; "
        "the report gives no exact place.",
    ),
)
NATIONAL_ASSESSMENT_WATER_RANK_2018 = Fact(
    id="national_assessment_water_rank_2018",
    quote=_WATER_RANK,
    section=SECTION,
    figure="倒数第二",
    value=ureg.Quantity(2, "位次"),
    figure_kind=FigureKind.RANK,
    from_bottom=True,
    period=Period.year(2018),
    of="national_assessment_water_rank_2019",
    measure=Text(
        zh="国考断面水质全国地级及以上城市排名(2018年)",
        en="national rank among prefecture-level and higher cities by water quality at national assessment "
        "sections, in 2018",
    ),
    note=Text(
        zh="倒数第二:自下而上数第2位(from_bottom)",
        en="Second from bottom (倒数第二): the value 2 counts from the bottom of the list, not the top "
        "(from_bottom).",
    ),
)

# 绿化 -----------------------------------------------------------------------------------------------
NEW_GREEN_AREA_2019 = Fact(
    id="new_green_area_2019",
    quote="全市新增绿化面积124.59万平方米",
    section=SECTION,
    figure="124.59万平方米",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="全市新增绿化面积", en="newly greened area citywide"),
)

_URBAN_GREENERY = "市中心城区绿化覆盖率、绿地率、人均公园绿地面积分别达到43.73%、39.61%、16.3平方米/人"

CENTRAL_URBAN_GREEN_COVERAGE_RATE_2019 = Fact(
    id="central_urban_green_coverage_rate_2019",
    quote=_URBAN_GREENERY,
    section=SECTION,
    figure="43.73%",
    figure_kind=FigureKind.RATE,
    period=YEAR,
    measure=Text(zh="市中心城区绿化覆盖率", en="green coverage rate of the central urban area"),
)
CENTRAL_URBAN_GREEN_SPACE_RATE_2019 = Fact(
    id="central_urban_green_space_rate_2019",
    quote=_URBAN_GREENERY,
    section=SECTION,
    figure="39.61%",
    figure_kind=FigureKind.RATE,
    period=YEAR,
    measure=Text(zh="市中心城区绿地率", en="green space ratio of the central urban area"),
)
CENTRAL_URBAN_PARK_GREEN_SPACE_PER_CAPITA_2019 = Fact(
    id="central_urban_park_green_space_per_capita_2019",
    quote=_URBAN_GREENERY,
    section=SECTION,
    figure="16.3平方米/人",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="市中心城区人均公园绿地面积", en="park green space per person in the central urban area"),
)

# 城市称号 -----------------------------------------------------------------------------------------------
_CITY_TITLES = "荣获“全国十佳生态文明城市”和“中国美丽城市”称号"

TOP_TEN_ECOLOGICAL_CIVILISATION_CITY_AWARDED_2019 = Achievement(
    id="top_ten_ecological_civilisation_city_awarded_2019",
    quote=_CITY_TITLES,
    section=SECTION,
    what=Text(
        zh="荣获“全国十佳生态文明城市”",
        en="awarded the title of one of China's ten best cities for ecological civilisation",
    ),
    category=AchievementKind.AWARDED,
    period=YEAR,
)
BEAUTIFUL_CITY_OF_CHINA_AWARDED_2019 = Achievement(
    id="beautiful_city_of_china_awarded_2019",
    quote=_CITY_TITLES,
    section=SECTION,
    what=Text(zh="“中国美丽城市”称号", en="awarded the title 'Beautiful City of China'"),
    category=AchievementKind.AWARDED,
    period=YEAR,
)
