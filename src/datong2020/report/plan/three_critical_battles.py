"""Part 二, programme (八): "(八)“三大攻坚战”决胜工程", the three critical battles.

Its tasks: "一是决战完胜精准脱贫攻坚战。" (poverty), "二是扎实打好污染防治攻坚战。" (pollution) and
"三是全面打赢防范化解重大风险攻坚战。" (major risks). Quotes are verbatim; figures are as written; English
is ours unless ``en_source`` says otherwise.
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

POVERTY_GAINS_CONSOLIDATED_2020 = Target(
    id="poverty_gains_consolidated_2020",
    quote="实行挂牌督战,补齐脱贫短板,巩固脱贫成果",
    section="battles_poverty",
    period=YEAR,
    requirement=Text(
        zh="实行挂牌督战,补齐脱贫短板,巩固脱贫成果",
        en="supervise the remaining poverty work case by case, make good what is still lacking and "
        "consolidate what has been achieved",
    ),
    measure=Text(
        zh="脱贫攻坚的督战与脱贫成果巩固",
        en="supervision of the remaining work and consolidation of poverty alleviation",
    ),
)
FOUR_NO_REMOVALS_2020 = Target(
    id="four_no_removals_2020",
    quote="要严格落实“四个不摘”要求",
    section="battles_poverty",
    period=YEAR,
    note=Text(
        zh="“四个不摘”见名词解释。",
        en="The report's glossary explains 四个不摘.",
    ),
    requirement=Text(
        zh="严格落实“四个不摘”要求",
        en="strictly apply the 'four no removals' requirement",
    ),
    measure=Text(zh="“四个不摘”要求的落实", en="application of the 'four no removals'"),
)
RELAPSE_WARNING_MECHANISM_2020 = Target(
    id="relapse_warning_mechanism_2020",
    quote="完善返贫预警和动态帮扶机制",
    section="battles_poverty",
    period=YEAR,
    requirement=Text(
        zh="完善返贫预警和动态帮扶机制",
        en="improve the mechanism for early warning of relapse into poverty and for adaptive help",
    ),
    measure=Text(zh="返贫预警和动态帮扶机制", en="early warning of relapse and adaptive help"),
)
AT_RISK_HOUSEHOLDS_MONITORED_2020 = Target(
    id="at_risk_households_monitored_2020",
    quote="加强对不稳定脱贫户和边缘户的动态监测,筑牢返贫底线",
    section="battles_poverty",
    period=YEAR,
    requirement=Text(
        zh="加强对不稳定脱贫户和边缘户的动态监测,筑牢返贫底线",
        en="monitor more closely the households whose escape from poverty is unstable and those on the "
        "margin, so that none falls back",
    ),
    measure=Text(zh="对不稳定脱贫户和边缘户的动态监测", en="monitoring of unstable and marginal households"),
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

POVERTY_EXPERIENCE_SUMMARISED_2020 = Target(
    id="poverty_experience_summarised_2020",
    quote="系统总结大同扶贫经验,讲好大同扶贫故事",
    section="battles_poverty",
    period=YEAR,
    requirement=Text(
        zh="系统总结大同扶贫经验,讲好大同扶贫故事",
        en="sum up Datong's experience of poverty alleviation systematically and tell its story well",
    ),
    measure=Text(zh="大同扶贫经验的总结", en="summary of Datong's poverty-alleviation experience"),
)
RELATIVE_POVERTY_MECHANISM_2020 = Target(
    id="relative_poverty_mechanism_2020",
    quote="探索建立解决相对贫困长效机制",
    section="battles_poverty",
    period=YEAR,
    requirement=Text(
        zh="探索建立解决相对贫困长效机制",
        en="explore and set up a lasting mechanism for dealing with relative poverty",
    ),
    measure=Text(zh="解决相对贫困长效机制", en="lasting mechanism against relative poverty"),
)
POVERTY_AND_RURAL_REVITALISATION_LINKED_2020 = Target(
    id="poverty_and_rural_revitalisation_linked_2020",
    quote="推进脱贫攻坚与乡村振兴有机衔接",
    section="battles_poverty",
    period=YEAR,
    requirement=Text(
        zh="推进脱贫攻坚与乡村振兴有机衔接",
        en="join the fight against poverty organically to rural revitalisation",
    ),
    measure=Text(
        zh="脱贫攻坚与乡村振兴的衔接", en="link between poverty alleviation and rural revitalisation"
    ),
)
MODERATELY_PROSPEROUS_SOCIETY_2020 = Target(
    id="moderately_prosperous_society_2020",
    quote="确保高质量建成全面小康社会",
    section="battles_poverty",
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(
        zh="高质量建成全面小康社会",
        en="complete a moderately prosperous society in all respects, to a high standard",
    ),
    measure=Text(zh="全面小康社会建成", en="completion of a moderately prosperous society in all respects"),
)

# 二是 污染防治 ------------------------------------------------------------------------------------------
ENVIRONMENTAL_PROTECTION_STRENGTHENED_2020 = Target(
    id="environmental_protection_strengthened_2020",
    quote="全方位、全地域、全过程加强生态环境保护",
    section="battles_pollution",
    period=YEAR,
    requirement=Text(
        zh="全方位、全地域、全过程加强生态环境保护",
        en="strengthen protection of the environment in every respect, everywhere and at every stage",
    ),
    measure=Text(zh="生态环境保护", en="environmental protection"),
)
SCATTERED_POLLUTING_FIRMS_RECTIFIED_2020 = Target(
    id="scattered_polluting_firms_rectified_2020",
    quote="强力推进“散乱污”企业综合整治",
    section="battles_pollution",
    period=YEAR,
    requirement=Text(
        zh="强力推进“散乱污”企业综合整治",
        en="press hard with the overall clean-up of 'scattered, disorderly and polluting' enterprises",
    ),
    measure=Text(zh="“散乱污”企业综合整治", en="clean-up of scattered, disorderly and polluting enterprises"),
)
INDUSTRIAL_POLLUTION_CONTROL_UPGRADED_2020 = Target(
    id="industrial_pollution_control_upgraded_2020",
    quote="加强工业企业污染治理升级改造",
    section="battles_pollution",
    period=YEAR,
    requirement=Text(
        zh="加强工业企业污染治理升级改造",
        en="step up the upgrading of pollution control in industrial enterprises",
    ),
    measure=Text(zh="工业企业污染治理升级改造", en="upgrading of industrial pollution control"),
)
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
DATONG_BLUE_SKIES_2020 = Target(
    id="datong_blue_skies_2020",
    quote="确保“大同蓝”持续巩固提升",
    section="battles_pollution",
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(
        zh="“大同蓝”持续巩固提升",
        en="keep 'Datong blue' skies and make them better still",
    ),
    measure=Text(zh="“大同蓝”(空气质量)", en="'Datong blue' (air quality)"),
)
FIVE_WATERS_GOVERNANCE_2020 = Target(
    id="five_waters_governance_2020",
    quote="强力实行“五水共治”",
    section="battles_pollution",
    period=YEAR,
    requirement=Text(
        zh="强力实行“五水共治”",
        en="apply the 'joint management of five waters' with force",
    ),
    measure=Text(zh="“五水共治”", en="joint management of the five waters"),
)
SURFACE_WATER_SECTIONS_COMPLIANCE_2020 = Target(
    id="surface_water_sections_compliance_2020",
    quote="圆满完成“十三五”地表水断面水质达标任务",
    section="battles_pollution",
    period=YEAR,
    requirement=Text(
        zh="圆满完成“十三五”地表水断面水质达标任务",
        en="fully meet the 13th Five-Year Plan's water-quality standards at the surface-water monitoring "
        "sections",
    ),
    measure=Text(
        zh="“十三五”地表水断面水质达标任务",
        en="13th Five-Year Plan water-quality task for surface-water monitoring sections",
    ),
)

SANGGAN_DAQING_RIVERS_MANAGED_2020 = Target(
    id="sanggan_daqing_rivers_managed_2020",
    quote="加强桑干河、大清河生态治理,通过“河长制”实现“河长治”",
    section="battles_pollution",
    period=YEAR,
    about=("sanggan_river_basin_management",),
    note=Text(
        zh="第一部分的“桑干河流域综合治理”(sanggan_river_basin_management)在此延续;大清河为新增。",
        en="Continues the Sanggan River basin management of part 一 (sanggan_river_basin_management); the "
        "Daqing River is added.",
    ),
    requirement=Text(
        zh="加强桑干河、大清河生态治理,通过“河长制”实现“河长治”",
        en="step up the ecological management of the Sanggan and Daqing rivers, making the river-chief "
        "system bring lasting river governance",
    ),
    measure=Text(zh="桑干河、大清河生态治理", en="ecological management of the Sanggan and Daqing rivers"),
)
BEIJING_WATER_SUPPLY_2020 = Target(
    id="beijing_water_supply_2020",
    quote="强化生态调水,确保首都北京用水丰足",
    section="battles_pollution",
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(
        zh="强化生态调水,确保首都北京用水丰足",
        en="release more water for ecological purposes, ensuring the capital Beijing has ample water",
    ),
    measure=Text(zh="向首都北京的生态调水", en="ecological water transfers to Beijing"),
)
SOIL_SURVEY_AND_REMEDIATION_2020 = Target(
    id="soil_survey_and_remediation_2020",
    quote="强力推进净土持久战,确保土壤详查治理取得明显成效",
    section="battles_pollution",
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(
        zh="强力推进净土持久战,确保土壤详查治理取得明显成效",
        en="press on with the long campaign for clean soil, ensuring the detailed soil survey and "
        "remediation show clear results",
    ),
    measure=Text(zh="土壤详查治理", en="detailed soil survey and remediation"),
)
LAND_GREENING_AND_AFFORESTATION_2020 = Target(
    id="land_greening_and_afforestation_2020",
    quote="持续加大国土绿化和造林绿化工作",
    section="battles_pollution",
    period=YEAR,
    requirement=Text(
        zh="持续加大国土绿化和造林绿化工作",
        en="keep increasing greening of the land and afforestation",
    ),
    measure=Text(zh="国土绿化和造林绿化", en="land greening and afforestation"),
)
HUNYUAN_MINE_RESTORATION_MODEL_2020 = Target(
    id="hunyuan_mine_restoration_model_2020",
    quote="浑源矿山生态修复要在全省形成示范",
    section="battles_pollution",
    period=YEAR,
    about=("hunyuan_mine_restoration",),
    places=("hunyuan",),
    requirement=Text(
        zh="浑源矿山生态修复要在全省形成示范",
        en="make the ecological restoration of Hunyuan's mines a model for the province",
    ),
    measure=Text(zh="浑源矿山生态修复的示范作用", en="Hunyuan mine restoration as a model for Shanxi"),
)
SCENIC_AREA_GREENING_BRAND_2020 = Target(
    id="scenic_area_greening_brand_2020",
    quote="打造景区绿化品牌,树立中华北岳良好生态形象",
    section="battles_pollution",
    period=YEAR,
    places=("hunyuan",),
    note=Text(
        zh="中华北岳即浑源县的北岳恒山。",
        en="中华北岳 is Mount Heng, the Northern Peak, in Hunyuan County.",
    ),
    requirement=Text(
        zh="打造景区绿化品牌,树立中华北岳良好生态形象",
        en="build a brand of greened scenic areas and give Mount Heng, the Northern Peak, a good ecological "
        "image",
    ),
    measure=Text(
        zh="景区绿化品牌与北岳生态形象",
        en="greening brand of scenic areas and the ecological image of Mount Heng",
    ),
)
ECOLOGICAL_INDUSTRIALISATION_2020 = Target(
    id="ecological_industrialisation_2020",
    quote="强力推进产业结构调整,加快生态产业化和产业生态化",
    section="battles_pollution",
    period=YEAR,
    requirement=Text(
        zh="强力推进产业结构调整,加快生态产业化和产业生态化",
        en="press on with restructuring industry, turning ecology into industries and making industries "
        "ecological faster",
    ),
    measure=Text(zh="产业结构调整与生态产业化、产业生态化", en="industrial restructuring and greening"),
)
POLLUTING_ENERGY_INTENSIVE_ENTRY_CURBED_2020 = Target(
    id="polluting_energy_intensive_entry_curbed_2020",
    quote="坚决遏制高污染高耗能企业准入",
    section="battles_pollution",
    period=YEAR,
    requirement=Text(
        zh="坚决遏制高污染高耗能企业准入",
        en="firmly keep out enterprises that pollute heavily or use much energy",
    ),
    measure=Text(zh="高污染高耗能企业准入", en="entry of heavily polluting and energy-intensive enterprises"),
)

# 三是 重大风险 ---------------------------------------------------------------------------------------
GOVERNMENT_DEBT_MANAGEMENT_2020 = Target(
    id="government_debt_management_2020",
    quote="加强政府债务管理,用足用好置换债券政策",
    section="battles_major_risks",
    period=YEAR,
    requirement=Text(
        zh="加强政府债务管理,用足用好置换债券政策",
        en="manage government debt more tightly, making full use of the policy of replacement bonds",
    ),
    measure=Text(zh="政府债务管理", en="government debt management"),
)
EXISTING_DEBT_REDUCED_2020 = Target(
    id="existing_debt_reduced_2020",
    quote="多渠道多方式积极化解存量债务",
    section="battles_major_risks",
    period=YEAR,
    requirement=Text(
        zh="多渠道多方式积极化解存量债务",
        en="work down the existing debt through many channels and in many ways",
    ),
    measure=Text(zh="存量债务化解", en="reduction of existing debt"),
)
FINANCIAL_RISK_CONTROL_SYSTEM_2020 = Target(
    id="financial_risk_control_system_2020",
    quote="要完善金融风险防控体系",
    section="battles_major_risks",
    period=YEAR,
    requirement=Text(
        zh="完善金融风险防控体系",
        en="improve the system for preventing and controlling financial risk",
    ),
    measure=Text(zh="金融风险防控体系", en="financial risk prevention and control system"),
)
RURAL_CREDIT_COOPERATIVES_AND_LOCAL_FINANCE_2020 = Target(
    id="rural_credit_cooperatives_and_local_finance_2020",
    quote="做好农信社改制化险、地方金融机构监管等工作",
    section="battles_major_risks",
    period=YEAR,
    requirement=Text(
        zh="做好农信社改制化险、地方金融机构监管等工作",
        en="restructure the rural credit cooperatives and defuse their risks, and supervise local financial "
        "institutions",
    ),
    measure=Text(
        zh="农信社改制化险与地方金融机构监管",
        en="rural credit cooperative reform and supervision of local financial institutions",
    ),
)

_UNDER_CONTROL = "确保各类风险总体可控、新闻舆情平稳可控、信访维稳基本可控"

RISKS_UNDER_CONTROL_2020 = Target(
    id="risks_under_control_2020",
    quote=_UNDER_CONTROL,
    section="battles_major_risks",
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(
        zh="各类风险总体可控",
        en="keep risks of every kind under control overall",
    ),
    measure=Text(zh="各类风险", en="risks of every kind"),
)
PUBLIC_OPINION_STABLE_2020 = Target(
    id="public_opinion_stable_2020",
    quote=_UNDER_CONTROL,
    section="battles_major_risks",
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(
        zh="新闻舆情平稳可控",
        en="keep news and public opinion steady and under control",
    ),
    measure=Text(zh="新闻舆情", en="news and public opinion"),
)
PETITIONS_BASICALLY_UNDER_CONTROL_2020 = Target(
    id="petitions_basically_under_control_2020",
    quote=_UNDER_CONTROL,
    section="battles_major_risks",
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(
        zh="信访维稳基本可控",
        en="keep petitions and stability basically under control",
    ),
    measure=Text(zh="信访维稳", en="petitions and stability"),
)
