"""Part 二, programme (八): "(八)“三大攻坚战”决胜工程", the three critical battles.

Its tasks: "一是决战完胜精准脱贫攻坚战。" (poverty), "二是扎实打好污染防治攻坚战。" (pollution) and
"三是全面打赢防范化解重大风险攻坚战。" (major risks). Quotes are verbatim; figures are as written; English
is ours unless ``en_source`` says otherwise.
"""

import datetime

from datong2020.model import (
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

YEAR = Period.year(2020)
PROGRAMME = "programme_three_critical_battles"

# Tasks -----------------------------------------------------------------------------------------------
BATTLES_POVERTY = Section(
    id="battles_poverty",
    quote="一是决战完胜精准脱贫攻坚战。",
    section=PROGRAMME,
    marker="一是",
    part=Part.PLAN,
    title=Text(
        zh="决战完胜精准脱贫攻坚战",
        en="Winning the decisive battle against poverty with targeted measures",
    ),
)
BATTLES_POLLUTION = Section(
    id="battles_pollution",
    quote="二是扎实打好污染防治攻坚战。",
    section=PROGRAMME,
    marker="二是",
    part=Part.PLAN,
    title=Text(zh="扎实打好污染防治攻坚战", en="Fighting the battle against pollution in earnest"),
)
BATTLES_MAJOR_RISKS = Section(
    id="battles_major_risks",
    quote="三是全面打赢防范化解重大风险攻坚战。",
    section=PROGRAMME,
    marker="三是",
    part=Part.PLAN,
    title=Text(
        zh="全面打赢防范化解重大风险攻坚战",
        en="Winning the battle to prevent and defuse major risks",
    ),
)

# 一是 精准脱贫 ------------------------------------------------------------------------------------------
REMAINING_POOR_PEOPLE_LIFTED_2020 = Target(
    id="remaining_poor_people_lifted_2020",
    quote="全市剩余4734名贫困人口要如期实现脱贫",
    section="battles_poverty",
    figure="4734名",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="剩余贫困人口如期实现脱贫",
        en="remaining poor people to be lifted out of poverty on schedule",
    ),
    note=Text(
        zh="这是2020年初尚未脱贫的存量人口,与2019年“2.56万人口高质量脱贫”(当年脱贫人数)不是同一指标,故不设base。",
        en="The number still poor at the start of 2020, a stock; the 2019 figure 2.56万 "
        "(people_lifted_out_of_poverty_2019) counts those lifted out during 2019, a different measure, "
        "so no base is linked.",
    ),
)

_BY_END_OF_JUNE = TimeFrame(wording="6月底前", end=datetime.date(2020, 6, 30))
_CLEARANCE = "全部按照“十大清零行动”动态清零,6月底前全面完成"

TEN_CLEARANCE_ACTIONS = Project(
    id="ten_clearance_actions",
    quote=_CLEARANCE,
    section="battles_poverty",
    name=Text(zh="十大清零行动", en="Ten clearance actions"),
    due=_BY_END_OF_JUNE,
    note=Text(
        zh="报告未列出十大行动的名称。",
        en="The report does not name the ten actions.",
    ),
)
POVERTY_PROBLEMS_CLEARED_2020 = Target(
    id="poverty_problems_cleared_2020",
    quote=_CLEARANCE,
    section="battles_poverty",
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(
        zh="全部按照“十大清零行动”动态清零,6月底前全面完成",
        en="clear all the problems found through the ten clearance actions, fully done by the end of June",
    ),
    due=_BY_END_OF_JUNE,
    about=("ten_clearance_actions",),
    measure=Text(
        zh="“10+1”类脱贫问题清零",
        en="clearing the '10+1' classes of problems in poverty alleviation",
    ),
)
POVERTY_COUNTY_EXIT_INDICATORS_2020 = Target(
    id="poverty_county_exit_indicators_2020",
    quote="重点针对贫困县退出14项指标",
    section="battles_poverty",
    figure="14项",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    due=_BY_END_OF_JUNE,
    about=("ten_clearance_actions",),
    measure=Text(
        zh="对照排查清零的贫困县退出指标",
        en="indicators for a poverty county's exit against which problems are checked and cleared",
    ),
    note=Text(
        zh="报告未列出14项指标的名称。",
        en="The report does not name the 14 indicators.",
    ),
)
POVERTY_PROBLEM_SOURCES_2020 = Target(
    id="poverty_problem_sources_2020",
    quote="针对考核、巡视、审计、督导、评估、自查等10个方面以及疫情影响共“10+1”类问题",
    section="battles_poverty",
    figure="10个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    due=_BY_END_OF_JUNE,
    about=("ten_clearance_actions",),
    lists_all=False,
    measure=Text(
        zh="须清零问题的来源方面(另加疫情影响,共“10+1”类)",
        en="areas whose findings must be cleared (plus the epidemic's impact: the '10+1' classes)",
    ),
    note=Text(
        zh="报告以“等”列出10个方面中的6个:考核、巡视、审计、督导、评估、自查;它们不是项目,故不作members。"
        "“10+1”即这10个方面加上疫情影响。",
        en="The report names 6 of the 10 areas, ending with 等: assessments, inspection tours, audits, "
        "supervision, evaluations and self-checks; they are not projects, so they are not members. "
        "'10+1' is these 10 areas plus the impact of the epidemic.",
    ),
)

# 二是 污染防治 ------------------------------------------------------------------------------------------
CLEAN_HEATING_BUILT_UP_AREAS_2020 = Target(
    id="clean_heating_built_up_areas_2020",
    quote="继续推进清洁取暖工作,市县两级建成区达到100%",
    section="battles_pollution",
    figure="100%",
    figure_kind=FigureKind.RATE,
    period=YEAR,
    measure=Text(
        zh="市县两级建成区清洁取暖覆盖率",
        en="clean heating coverage of the built-up areas of the city and the counties",
    ),
)
CLEAN_HEATING_RURAL_AREAS_2020 = Target(
    id="clean_heating_rural_areas_2020",
    quote="农村地区达到60%以上",
    section="battles_pollution",
    figure="60%",
    figure_kind=FigureKind.RATE,
    period=YEAR,
    qualifier=Qualifier.AT_LEAST,
    measure=Text(zh="农村地区清洁取暖覆盖率", en="clean heating coverage of rural areas"),
)
SURFACE_WATER_SECTIONS_COMPLIANCE_2020 = Target(
    id="surface_water_sections_compliance_2020",
    quote="圆满完成“十三五”地表水断面水质达标任务",
    section="battles_pollution",
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(
        zh="圆满完成“十三五”地表水断面水质达标任务",
        en="fully meet the 13th Five-Year Plan's water-quality standards at the surface-water monitoring sections",
    ),
    measure=Text(
        zh="“十三五”地表水断面水质达标任务",
        en="13th Five-Year Plan water-quality task for surface-water monitoring sections",
    ),
)
