"""Part 二, programme (五) 乡村振兴强农工程 ("(五)乡村振兴强农工程"): rural revitalisation.

Its three numbered tasks ("一是加快特色现代农业发展。", "二是培育精深加工产业集群。", "三是提升农村人居环境。")
are :class:`Section` records; the targets of each task sit in its section. The programme's opening
paragraph prints "要突出抓好三大重点。" twice in a row (recorded as the quirk
``repeated_sentence_three_priorities``); no quote here reaches into it. Projects named in the tasks are
declared above the targets about them; projects already declared in part 一 (雁门关农牧交错带, 农村人居环境整治)
are linked by id. Quotes are verbatim; figures are as written. English is ours unless ``en_source``
says otherwise.
"""

from datong2020.model import Commitment, FigureKind, Part, Period, Project, Qualifier, Section, Target
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2020)
PROGRAMME = "programme_rural_revitalisation"

# 一是 加快特色现代农业发展 -------------------------------------------------------------------------------
RURAL_MODERN_AGRICULTURE = Section(
    id="rural_modern_agriculture",
    quote="一是加快特色现代农业发展。",
    section=PROGRAMME,
    marker="一是",
    part=Part.PLAN,
    title=Text(zh="加快特色现代农业发展", en="Speeding up distinctive modern agriculture"),
)

_SANGGAN = "重点推进10万亩桑干河流域核心示范区项目,确保打造成为全省标杆项目"

SANGGAN_RIVER_CORE_DEMONSTRATION_ZONE = Project(
    id="sanggan_river_core_demonstration_zone",
    quote=_SANGGAN,
    section="rural_modern_agriculture",
    name=Text(
        zh="桑干河流域核心示范区",
        en="Sanggan River basin core demonstration zone (organic dry farming)",
    ),
)
SANGGAN_CORE_DEMONSTRATION_ZONE_AREA_2020 = Target(
    id="sanggan_core_demonstration_zone_area_2020",
    quote=_SANGGAN,
    section="rural_modern_agriculture",
    figure="10万亩",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    about=("sanggan_river_core_demonstration_zone",),
    measure=Text(
        zh="重点推进的桑干河流域核心示范区项目面积",
        en="area of the Sanggan River basin core demonstration zone project to be pushed forward",
    ),
    note=Text(
        zh="10万亩是项目规模;2019年“打造有机旱作农业示范区10万亩”(organic_dry_farming_demonstration_area_2019)"
        "面积相同,但报告未说明是否同一片区,故不作 base 链接。",
        en="10万亩 is the size of the project. Part 一 reports 10万亩 of organic dry-farming demonstration "
        "zones built in 2019 (organic_dry_farming_demonstration_area_2019); the report does not say whether "
        "this is the same area, so no base link is made.",
    ),
)
SANGGAN_CORE_DEMONSTRATION_ZONE_BENCHMARK_2020 = Target(
    id="sanggan_core_demonstration_zone_benchmark_2020",
    quote=_SANGGAN,
    section="rural_modern_agriculture",
    period=YEAR,
    commitment=Commitment.ENSURE,
    about=("sanggan_river_core_demonstration_zone",),
    requirement=Text(
        zh="确保打造成为全省标杆项目", en="make it without fail a benchmark project for the whole province"
    ),
    measure=Text(
        zh="桑干河流域核心示范区项目的全省标杆地位",
        en="standing of the Sanggan River basin core demonstration zone as a provincial benchmark",
    ),
)

_CHEHE = (
    "在全市大力推广“车河模式”,吸引工商资本参与有机旱作农业发展,实现农村资源变资产、资金变股金、农民变股东"
)

CHEHE_MODEL = Project(
    id="chehe_model",
    quote=_CHEHE,
    section="rural_modern_agriculture",
    name=Text(zh="车河模式", en="the Chehe model of organic dry farming"),
    note=Text(
        zh="报告未另作解释;同一分句说明其做法:吸引工商资本参与有机旱作农业,农村资源变资产、资金变股金、农民变股东。",
        en="The report does not explain it beyond the clause it stands in: drawing business capital into organic "
        "dry farming, turning rural resources into assets, funds into shares and farmers into shareholders.",
    ),
)
CHEHE_MODEL_PROMOTED_2020 = Target(
    id="chehe_model_promoted_2020",
    quote=_CHEHE,
    section="rural_modern_agriculture",
    period=YEAR,
    about=("chehe_model",),
    requirement=Text(
        zh=_CHEHE,
        en="promote the Chehe model across the city, drawing business capital into organic dry farming and "
        "turning rural resources into assets, funds into shares and farmers into shareholders",
    ),
    measure=Text(zh="“车河模式”在全市的推广", en="spread of the Chehe model across the city"),
)
DAYLILY_IN_ORGANIC_FARMING_PLAN_2020 = Target(
    id="daylily_in_organic_farming_plan_2020",
    quote="坚持把黄花产业纳入有机旱作农业规划整体打造",
    section="rural_modern_agriculture",
    period=YEAR,
    requirement=Text(
        zh="把黄花产业纳入有机旱作农业规划整体打造",
        en="build up the daylily industry as a whole within the plan for organic dry farming",
    ),
    measure=Text(
        zh="黄花产业纳入有机旱作农业规划", en="daylily industry within the organic dry-farming plan"
    ),
)
DAYLILY_STANDARDISED_PLANTING_2020 = Target(
    id="daylily_standardised_planting_2020",
    quote="扩大标准化种植规模",
    section="rural_modern_agriculture",
    period=YEAR,
    requirement=Text(zh="扩大标准化种植规模", en="enlarge the area of standardised planting"),
    measure=Text(zh="黄花标准化种植规模", en="scale of standardised daylily planting"),
)
DAYLILY_PROCESSING_AND_SALES_CHAIN_2020 = Target(
    id="daylily_processing_and_sales_chain_2020",
    quote="延伸市场化加工销售链条,进一步做优做强黄花产业",
    section="rural_modern_agriculture",
    period=YEAR,
    requirement=Text(
        zh="延伸市场化加工销售链条,进一步做优做强黄花产业",
        en="extend the market-oriented chain of processing and sales, making the daylily industry better and "
        "stronger",
    ),
    measure=Text(zh="黄花加工销售链条", en="processing and sales chain of daylilies"),
)

_LIVESTOCK = "培育规模养殖场50个,全年生猪出栏120万头以上,加快推动大伟嘉、双胞胎等重点项目达产达效"

DAWEIJIA_PROJECT = Project(
    id="daweijia_project",
    quote=_LIVESTOCK,
    section="rural_modern_agriculture",
    name=Text(zh="大伟嘉", en="Dawei Jia key project"),
    organisations=("大伟嘉",),
    note=Text(
        zh="报告只写企业名称“大伟嘉”,项目内容未写明。",
        en="The report gives only the company name 大伟嘉 (Dawei Jia, a pig-breeding group); what the "
        "project consists of is not stated.",
    ),
)
SHUANGBAOTAI_PROJECT = Project(
    id="shuangbaotai_project",
    quote=_LIVESTOCK,
    section="rural_modern_agriculture",
    name=Text(zh="双胞胎", en="Twins Group (Shuangbaotai) key project"),
    organisations=("双胞胎",),
    note=Text(
        zh="报告只写企业名称“双胞胎”,项目内容未写明。",
        en="The report gives only the company name 双胞胎 (Twins Group, a feed and pig-farming group); what "
        "the project consists of is not stated.",
    ),
)
_NORTHERN_MEAT = "聚焦打造全省“北肉”出口平台"

NORTHERN_MEAT_EXPORT_PLATFORM = Project(
    id="northern_meat_export_platform",
    quote=_NORTHERN_MEAT,
    section="rural_modern_agriculture",
    name=Text(zh="“北肉”出口平台", en="'Northern Meat' export platform of the province"),
    note=Text(
        zh="“北肉”指晋北的肉类产品;报告未另作解释。",
        en="北肉 ('northern meat') is meat from northern Shanxi; the report does not explain it further.",
    ),
)
NORTHERN_MEAT_EXPORT_PLATFORM_2020 = Target(
    id="northern_meat_export_platform_2020",
    quote=_NORTHERN_MEAT,
    section="rural_modern_agriculture",
    period=YEAR,
    about=("northern_meat_export_platform",),
    requirement=Text(
        zh=_NORTHERN_MEAT,
        en="concentrate on making Datong the province's export platform for 'northern meat'",
    ),
    measure=Text(zh="全省“北肉”出口平台", en="the province's 'northern meat' export platform"),
)
LARGE_SCALE_LIVESTOCK_FARMS_2020 = Target(
    id="large_scale_livestock_farms_2020",
    quote="持续推进雁门关农牧交错带建设,培育规模养殖场50个",
    section="rural_modern_agriculture",
    figure="50个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("yanmenguan_farming_pastoral_belt",),
    measure=Text(zh="培育规模养殖场", en="large-scale livestock farms to be developed"),
    note=Text(
        zh="2019年的“标杆养殖场100个”(yanmenguan_benchmark_livestock_farms_2019)是另一口径,故不作 base 链接。",
        en="The 100 benchmark livestock farms of 2019 (yanmenguan_benchmark_livestock_farms_2019) are a "
        "different measure, so no base link is made.",
    ),
)
HOGS_SLAUGHTERED_2020 = Target(
    id="hogs_slaughtered_2020",
    quote=_LIVESTOCK,
    section="rural_modern_agriculture",
    figure="120万头",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    qualifier=Qualifier.AT_LEAST,
    about=("daweijia_project", "shuangbaotai_project"),
    measure=Text(zh="全年生猪出栏", en="hogs sold for slaughter in the year"),
    note=Text(
        zh="大伟嘉、双胞胎等重点项目紧接在同一句中,据此关联;报告未说明其各自贡献。",
        en="Linked to the Dawei Jia and Twins Group projects named in the same sentence; the report does "
        "not say how much each contributes.",
    ),
)

KEY_LIVESTOCK_PROJECTS_AT_CAPACITY_2020 = Target(
    id="key_livestock_projects_at_capacity_2020",
    quote="加快推动大伟嘉、双胞胎等重点项目达产达效",
    section="rural_modern_agriculture",
    period=YEAR,
    about=("daweijia_project", "shuangbaotai_project"),
    requirement=Text(
        zh="加快推动大伟嘉、双胞胎等重点项目达产达效",
        en="bring the Dawei Jia, Twins Group and other key projects to full capacity and full returns sooner",
    ),
    measure=Text(zh="重点养殖项目达产达效", en="key livestock projects reaching full capacity and returns"),
)

_SHOUNONG = "推进与北京首农合作"

BEIJING_SHOUNONG_COOPERATION = Project(
    id="beijing_shounong_cooperation",
    quote=_SHOUNONG,
    section="rural_modern_agriculture",
    name=Text(zh="北京首农", en="cooperation with Beijing Shounong (food group)"),
    organisations=("北京首农",),
    note=Text(
        zh="报告只写“北京首农”,合作内容未写明;下一分句是提高畜产品深加工水平。",
        en="The report writes only 北京首农 (the Beijing Shounong food group) and does not say what the "
        "cooperation consists of; the next clause is about deeper processing of livestock products.",
    ),
)
BEIJING_SHOUNONG_COOPERATION_2020 = Target(
    id="beijing_shounong_cooperation_2020",
    quote=_SHOUNONG,
    section="rural_modern_agriculture",
    period=YEAR,
    about=("beijing_shounong_cooperation",),
    requirement=Text(zh=_SHOUNONG, en="push ahead with cooperation with Beijing Shounong"),
    measure=Text(zh="与北京首农的合作", en="cooperation with Beijing Shounong"),
)
LIVESTOCK_DEEP_PROCESSING_2020 = Target(
    id="livestock_deep_processing_2020",
    quote="全面提高畜产品发展深加工水平",
    section="rural_modern_agriculture",
    period=YEAR,
    requirement=Text(
        zh="全面提高畜产品发展深加工水平",
        en="raise across the board the level of deep processing of livestock products",
    ),
    measure=Text(zh="畜产品深加工水平", en="level of deep processing of livestock products"),
)

# 二是 培育精深加工产业集群 -------------------------------------------------------------------------------
RURAL_AGRO_PROCESSING_CLUSTERS = Section(
    id="rural_agro_processing_clusters",
    quote="二是培育精深加工产业集群。",
    section=PROGRAMME,
    marker="二是",
    part=Part.PLAN,
    title=Text(zh="培育精深加工产业集群", en="Building industry clusters for advanced processing"),
)

_TEN_LEADING_ENTERPRISES = "市级层面扶持壮大北京大同商会恒宗黄芪集团等10大农产品加工龙头企业"

HENGZONG_ASTRAGALUS_GROUP = Project(
    id="hengzong_astragalus_group",
    quote=_TEN_LEADING_ENTERPRISES,
    section="rural_agro_processing_clusters",
    name=Text(
        zh="北京大同商会恒宗黄芪集团",
        en="Hengzong Astragalus Group (of the Beijing Datong Chamber of Commerce)",
    ),
    organisations=("北京大同商会恒宗黄芪集团",),
    note=Text(
        zh="报告写作“北京大同商会恒宗黄芪集团”,按一家企业记录。",
        en="Written as one name, 北京大同商会恒宗黄芪集团; recorded as one enterprise.",
    ),
)
LEADING_AGRO_PROCESSING_ENTERPRISES_2020 = Target(
    id="leading_agro_processing_enterprises_2020",
    quote=_TEN_LEADING_ENTERPRISES,
    section="rural_agro_processing_clusters",
    figure="10大",
    value=ureg.Quantity(10, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    members=("hengzong_astragalus_group",),
    lists_all=False,
    measure=Text(
        zh="市级层面扶持壮大的农产品加工龙头企业",
        en="leading farm-product processing enterprises to be supported and grown at city level",
    ),
    note=Text(
        zh="报告只列出10大企业中的1家(以“等”结尾)。2019年的“农业规模以上龙头企业185户”是另一口径,不作 base 链接。",
        en="The report names only one of the ten enterprises (ending with 等). The 185 leading agricultural "
        "enterprises of 2019 are a different measure, so no base link is made.",
    ),
)
COUNTY_LEADING_ENTERPRISES_FOCUS_2020 = Target(
    id="county_leading_enterprises_focus_2020",
    quote="各县区重点盯住1家或几家市场前景广、品牌影响大、经营管理好的龙头企业",
    section="rural_agro_processing_clusters",
    figure="1家",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    qualifier=Qualifier.AT_LEAST,
    measure=Text(
        zh="各县区重点支持的龙头企业(每县区)",
        en="leading enterprises each county or district is to focus its support on (per county or district)",
    ),
    note=Text(
        zh="原文为“1家或几家”,即一家或数家,记作至少1家。",
        en="Written '1家或几家' (one or a few); recorded as at least one.",
    ),
)

AGRO_PROCESSING_PARKS_2020 = Target(
    id="agro_processing_parks_2020",
    quote="加快农产品加工园区建设",
    section="rural_agro_processing_clusters",
    period=YEAR,
    requirement=Text(
        zh="加快农产品加工园区建设",
        en="speed up building parks for farm-product processing",
    ),
    measure=Text(zh="农产品加工园区建设", en="building of farm-product processing parks"),
)

_EIGHTY_THREE_PROJECTS = "突出抓好北方医药黄芪深加工、黄花系列功能产品开发等83大项目建设"

NORTHERN_MEDICINE_ASTRAGALUS_PROCESSING = Project(
    id="northern_medicine_astragalus_processing",
    quote=_EIGHTY_THREE_PROJECTS,
    section="rural_agro_processing_clusters",
    name=Text(zh="北方医药黄芪深加工", en="Beifang Medicine astragalus deep-processing project"),
)
DAYLILY_FUNCTIONAL_PRODUCTS_DEVELOPMENT = Project(
    id="daylily_functional_products_development",
    quote=_EIGHTY_THREE_PROJECTS,
    section="rural_agro_processing_clusters",
    name=Text(zh="黄花系列功能产品开发", en="development of a range of functional daylily products"),
)
AGRO_PROCESSING_MAJOR_PROJECTS_2020 = Target(
    id="agro_processing_major_projects_2020",
    quote=_EIGHTY_THREE_PROJECTS,
    section="rural_agro_processing_clusters",
    figure="83大",
    value=ureg.Quantity(83, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    members=("northern_medicine_astragalus_processing", "daylily_functional_products_development"),
    lists_all=False,
    measure=Text(
        zh="突出抓好的农产品加工大项目建设",
        en="major farm-product processing projects whose construction is to be given priority",
    ),
    note=Text(
        zh="原文为“83大项目”(“大”通常接在小数目之后,如“十大”),照录;报告只列出其中2个(以“等”结尾)。",
        en="Written '83大项目' ('83 major projects'; 大 usually follows a small numeral, as in 十大), "
        "recorded as written. The report names only two of them (ending with 等).",
    ),
)

DATONG_GOOD_GRAIN_REPUTATION_2020 = Target(
    id="datong_good_grain_reputation_2020",
    quote="不断提升“大同好粮”知名度、美誉度",
    section="rural_agro_processing_clusters",
    period=YEAR,
    about=("datong_good_grain",),
    requirement=Text(
        zh="不断提升“大同好粮”知名度、美誉度",
        en="keep making the 'Datong Good Grain' brand better known and better regarded",
    ),
    measure=Text(zh="“大同好粮”知名度、美誉度", en="renown and reputation of 'Datong Good Grain'"),
)
AGRO_PROCESSING_CLUSTERS_2020 = Target(
    id="agro_processing_clusters_2020",
    quote="加快培育形成以黄花、黄芪、乳品、肉品、有机杂粮为主导的农产品精深加工产业集群",
    section="rural_agro_processing_clusters",
    period=YEAR,
    requirement=Text(
        zh="加快培育形成以黄花、黄芪、乳品、肉品、有机杂粮为主导的农产品精深加工产业集群",
        en="speed up forming clusters of advanced farm-product processing led by daylilies, astragalus, "
        "dairy, meat and organic coarse grains",
    ),
    measure=Text(zh="农产品精深加工产业集群", en="clusters of advanced farm-product processing"),
)
AGRO_PROCESSING_AS_PILLAR_INDUSTRY_2020 = Target(
    id="agro_processing_as_pillar_industry_2020",
    quote="推动农业从生产型向市场型转变,把农产品深加工业打造成全市转型发展的支柱产业",
    section="rural_agro_processing_clusters",
    period=YEAR,
    requirement=Text(
        zh="推动农业从生产型向市场型转变,把农产品深加工业打造成全市转型发展的支柱产业",
        en="turn agriculture from production-led to market-led and make deep processing of farm products a "
        "pillar industry of the city's transformation",
    ),
    measure=Text(zh="农产品深加工业的支柱产业地位", en="farm-product processing as a pillar industry"),
)

# 三是 提升农村人居环境 -----------------------------------------------------------------------------------
RURAL_LIVING_ENVIRONMENT = Section(
    id="rural_living_environment",
    quote="三是提升农村人居环境。",
    section=PROGRAMME,
    marker="三是",
    part=Part.PLAN,
    title=Text(zh="提升农村人居环境", en="Improving rural living environments"),
)

RURAL_INFRASTRUCTURE_GAPS_2020 = Target(
    id="rural_infrastructure_gaps_2020",
    quote="加大力度补齐农村基础设施建设短板",
    section="rural_living_environment",
    period=YEAR,
    about=("rural_living_environment_improvement",),
    requirement=Text(
        zh="加大力度补齐农村基础设施建设短板",
        en="do more to close the gaps in rural infrastructure",
    ),
    measure=Text(zh="农村基础设施建设短板", en="gaps in rural infrastructure"),
)

_WASTE = "各县都要具备农村生活垃圾无害化处理能力,每个乡镇都要具备生活垃圾转运能力,实现垃圾收运任务全覆盖"

RURAL_WASTE_HANDLING_CAPACITY_2020 = Target(
    id="rural_waste_handling_capacity_2020",
    quote=_WASTE,
    section="rural_living_environment",
    period=YEAR,
    about=("rural_living_environment_improvement",),
    requirement=Text(
        zh=_WASTE,
        en="every county able to treat rural household waste harmlessly, every township able to transfer "
        "household waste, and waste collection and transport covering everywhere",
    ),
    measure=Text(zh="农村生活垃圾处理与转运能力", en="capacity to treat and transfer rural household waste"),
)
RURAL_SEWAGE_PLANS_2020 = Target(
    id="rural_sewage_plans_2020",
    quote="全面编制县级农村生活污水治理专项规划",
    section="rural_living_environment",
    period=YEAR,
    about=("rural_living_environment_improvement",),
    requirement=Text(
        zh="全面编制县级农村生活污水治理专项规划",
        en="draw up, in every county, a special plan for treating rural domestic sewage",
    ),
    measure=Text(
        zh="县级农村生活污水治理专项规划", en="county special plans for rural domestic sewage treatment"
    ),
)
VILLAGE_SEWAGE_PROJECTS_2020 = Target(
    id="village_sewage_projects_2020",
    quote="重点治理沿河流村、城市近郊村、中心村、旅游村等,抓好村庄污水治理项目实施",
    section="rural_living_environment",
    period=YEAR,
    about=("rural_living_environment_improvement",),
    requirement=Text(
        zh="重点治理沿河流村、城市近郊村、中心村、旅游村等,抓好村庄污水治理项目实施",
        en="treat sewage first in villages along rivers, near towns, central villages and tourist villages, "
        "and see the village sewage projects carried out",
    ),
    measure=Text(zh="村庄污水治理项目实施", en="village sewage treatment projects"),
)
RURAL_CLEAN_HEATING_HOUSEHOLDS_2020 = Target(
    id="rural_clean_heating_households_2020",
    quote="以阳高、广灵为试点,完成农村生物质燃料清洁取暖改造4.65万户",
    section="rural_living_environment",
    figure="4.65万户",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    places=("yanggao", "guangling"),
    measure=Text(
        zh="农村生物质燃料清洁取暖改造",
        en="rural households converted to clean heating with biomass fuel",
    ),
    note=Text(
        zh="以阳高、广灵为试点;报告未说明4.65万户是否全部在这两个县。",
        en="Piloted in Yanggao and Guangling; the report does not say whether all 46,500 households are in "
        "those two counties.",
    ),
)

_VILLAGES = "打造乡村环境提升示范村300个,整治残垣断壁废弃院落村500个,完成农村改厕1万座"

RURAL_ENVIRONMENT_MODEL_VILLAGES_2020 = Target(
    id="rural_environment_model_villages_2020",
    quote=_VILLAGES,
    section="rural_living_environment",
    figure="300个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    base="model_villages_created_2019",
    about=("rural_living_environment_improvement",),
    measure=Text(
        zh="打造乡村环境提升示范村", en="model villages of improved rural environment to be created"
    ),
    note=Text(zh="2019年为“创建示范村200个”。", en="In 2019: 200 model villages created (创建示范村200个)."),
)
DERELICT_VILLAGES_CLEARED_2020 = Target(
    id="derelict_villages_cleared_2020",
    quote=_VILLAGES,
    section="rural_living_environment",
    figure="500个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("rural_living_environment_improvement",),
    measure=Text(
        zh="整治残垣断壁废弃院落村",
        en="villages to be cleared of ruined walls and abandoned courtyards",
    ),
    note=Text(
        zh="2019年的“整治村791个”(villages_improved_2019)口径更宽,故不作 base 链接。",
        en="The 791 villages improved in 2019 (villages_improved_2019) are a broader measure, so no base "
        "link is made.",
    ),
)
RURAL_TOILETS_RENOVATED_2020 = Target(
    id="rural_toilets_renovated_2020",
    quote=_VILLAGES,
    section="rural_living_environment",
    figure="1万座",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    base="rural_toilets_renovated_2019",
    about=("rural_living_environment_improvement",),
    measure=Text(zh="农村改厕", en="rural toilets renovated"),
)
ALL_VILLAGES_IMPROVED_2020 = Target(
    id="all_villages_improved_2020",
    quote="逐步实现行政村整治提升全覆盖",
    section="rural_living_environment",
    period=YEAR,
    about=("rural_living_environment_improvement",),
    requirement=Text(
        zh="逐步实现行政村整治提升全覆盖",
        en="step by step, improve every administrative village",
    ),
    measure=Text(zh="行政村整治提升覆盖面", en="share of administrative villages improved"),
)
