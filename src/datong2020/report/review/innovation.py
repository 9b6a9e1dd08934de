"""Part 一, work area 二是: innovation ("二是坚定实施创新驱动战略,科技创新载体建设基本成型。").

The innovation platforms of the energy revolution science park (the park itself and the platforms named
in both work areas are :class:`Project` records in ``energy_revolution``), the advisory committee, the transfer of
research results, firms' links with Zhongguancun, and counts of innovative firms. Quotes are verbatim;
figures are as written; English is ours unless ``en_source`` says otherwise.
What the text reports without a figure (a project completed, a title won, a reform, an event) is an
:class:`Achievement` beside the facts of its passage.
"""

import datetime

from datong2020.model import Achievement, AchievementKind, Fact, FigureKind, Period, Project
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2019)
SECTION = "review_innovation"

# 科创园建设标准 ---------------------------------------------------------------------------------------
# The park is named here 大同国际能源革命科技创新园, in 一是 大同国际能源革命科创园 (science_park).
_PARK_STANDARDS = "完善了大同国际能源革命科技创新园的建设标准,并全面开工建设"

SCIENCE_PARK_STANDARDS_AND_CONSTRUCTION_2019 = Achievement(
    id="science_park_standards_and_construction_2019",
    quote=_PARK_STANDARDS,
    section=SECTION,
    what=Text(
        zh="完善了大同国际能源革命科技创新园的建设标准,并全面开工建设",
        en="completed the construction standards of the Datong International Energy Revolution Science and "
        "Technology Innovation Park, and started building it across the board",
    ),
    category=AchievementKind.LAUNCHED,
    period=YEAR,
    about=("science_park",),
    note=Text(
        zh="按照“3+4+5”的园区建设规划。",
        en="Following the park's '3+4+5' construction plan.",
    ),
)

# 科技创新平台 ---------------------------------------------------------------------------------------
_PLATFORMS = (
    "中科院全科盟大同新能源产业技术研究院、中科院洁净能源创新研究院大同转化基地、大同新能源产业战略咨询委员会、"
    "中科院工程热物理研究所大同分所、清华启迪未来科技能源集团总部、北大1898众创空间、"
    "中关村智造大街大同公共服务平台和大同企业离岸创新孵化基地北京工作站、上海漕河泾国际创新创业园、"
    "太赫兹(产业)国家研究院、二氧化碳捕集利用国家工程研究中心、华为(大同)人工智能创新中心、"
    "华东理工大学大同研究院等12大科技创新平台进驻园区"
)

CAS_NEW_ENERGY_INSTITUTE = Project(
    id="cas_new_energy_institute",
    quote=_PLATFORMS,
    section=SECTION,
    name=Text(
        zh="中科院全科盟大同新能源产业技术研究院",
        en="Datong New Energy Industrial Technology Research Institute of the CAS alliance (全科盟)",
    ),
    organisations=("中科院",),
)
# Named as 启迪能源集团总部 in 一是 (its opening in Zone B of the science park).
TUS_FUTURE_ENERGY_GROUP_HQ = Project(
    id="tus_future_energy_group_hq",
    quote=_PLATFORMS,
    section=SECTION,
    name=Text(
        zh="清华启迪未来科技能源集团总部", en="headquarters of Tsinghua Tus Future Technology Energy Group"
    ),
    organisations=("清华启迪",),
)
NATIONAL_TERAHERTZ_INSTITUTE = Project(
    id="national_terahertz_institute",
    quote=_PLATFORMS,
    section=SECTION,
    name=Text(zh="太赫兹(产业)国家研究院", en="National Terahertz (Industry) Research Institute"),
)
_OFFSHORE_INCUBATOR = "12家企业入驻大同企业离岸创新孵化基地北京工作站"

OFFSHORE_INCUBATOR_BEIJING_STATION = Project(
    id="offshore_incubator_beijing_station",
    quote=_OFFSHORE_INCUBATOR,
    section=SECTION,
    name=Text(
        zh="大同企业离岸创新孵化基地北京工作站",
        en="Beijing station of the offshore innovation incubator for Datong enterprises",
    ),
)
_COMMITTEE = "吸纳集聚了28名两院院士、77名专家组建了新能源战略咨询委员会"

# Named in the list of platforms as 大同新能源产业战略咨询委员会.
NEW_ENERGY_ADVISORY_COMMITTEE = Project(
    id="new_energy_advisory_committee",
    quote=_COMMITTEE,
    section=SECTION,
    name=Text(zh="新能源战略咨询委员会", en="New Energy Strategy Advisory Committee"),
)
# The 12 platforms are named before the count; the split rule (at every 、, and at the 和 joining
# 中关村智造大街大同公共服务平台 and 大同企业离岸创新孵化基地北京工作站) gives 13 items.
INNOVATION_PLATFORMS_IN_PARK_2019 = Fact(
    id="innovation_platforms_in_park_2019",
    quote=_PLATFORMS,
    section=SECTION,
    figure="12大",
    value=ureg.Quantity(12, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="进驻园区的科技创新平台", en="science and technology innovation platforms that moved into the park"
    ),
    members=(
        Text(zh="中科院全科盟大同新能源产业技术研究院", en="CAS alliance Datong New Energy Institute"),
        Text(
            zh="中科院洁净能源创新研究院大同转化基地",
            en="Datong transfer base of the CAS Clean Energy Institute",
        ),
        Text(zh="大同新能源产业战略咨询委员会", en="Datong New Energy Strategy Advisory Committee"),
        Text(
            zh="中科院工程热物理研究所大同分所",
            en="Datong branch of the CAS Engineering Thermophysics Institute",
        ),
        Text(
            zh="清华启迪未来科技能源集团总部", en="Tsinghua Tus Future Technology Energy Group headquarters"
        ),
        Text(zh="北大1898众创空间", en="Peking University 1898 maker space"),
        Text(
            zh="中关村智造大街大同公共服务平台",
            en="Datong public service platform of Zhongguancun Zhizao Street",
        ),
        Text(zh="大同企业离岸创新孵化基地北京工作站", en="Beijing station of the Datong offshore incubator"),
        Text(zh="上海漕河泾国际创新创业园", en="Shanghai Caohejing International Innovation Park"),
        Text(zh="太赫兹(产业)国家研究院", en="National Terahertz (Industry) Research Institute"),
        Text(
            zh="二氧化碳捕集利用国家工程研究中心",
            en="National Engineering Research Centre for CO2 Capture and Use",
        ),
        Text(zh="华为(大同)人工智能创新中心", en="Huawei (Datong) Artificial Intelligence Innovation Centre"),
        Text(
            zh="华东理工大学大同研究院",
            en="Datong Research Institute of East China University of Science and Technology",
        ),
    ),
    about=(
        "science_park",
        "cas_new_energy_institute",
        "new_energy_advisory_committee",
        "cas_thermophysics_datong_branch",
        "tus_future_energy_group_hq",
        "offshore_incubator_beijing_station",
        "caohejing_innovation_park",
        "national_terahertz_institute",
        "huawei_datong_innovation_centre",
    ),
    note=Text(
        zh="按拆分规则(以“、”及连接两个平台名称的“和”拆分)列出13个平台,与“12大”不符;"
        "若将“中关村智造大街大同公共服务平台和大同企业离岸创新孵化基地北京工作站”视为一项则为12个。",
        en="Split at every 、 and at the 和 joining two named platforms, the list gives 13 platforms, not 12; "
        "it gives 12 only if the Zhongguancun platform and the Beijing offshore incubator station count as one.",
    ),
)

# 新能源战略咨询委员会 -----------------------------------------------------------------------------
ADVISORY_COMMITTEE_ACADEMICIANS_2019 = Fact(
    id="advisory_committee_academicians_2019",
    quote=_COMMITTEE,
    section=SECTION,
    figure="28名",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("new_energy_advisory_committee",),
    measure=Text(
        zh="新能源战略咨询委员会两院院士",
        en="academicians of the Chinese Academies of Sciences and of Engineering on the advisory committee",
    ),
)
ADVISORY_COMMITTEE_EXPERTS_2019 = Fact(
    id="advisory_committee_experts_2019",
    quote=_COMMITTEE,
    section=SECTION,
    figure="77名",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("new_energy_advisory_committee",),
    measure=Text(zh="新能源战略咨询委员会专家", en="experts on the new energy advisory committee"),
    note=Text(
        zh="报告未说明77名专家是否包含28名两院院士。",
        en="The report does not say whether the 77 experts include the 28 academicians.",
    ),
)
ADVISORY_REPORTS_2019 = Fact(
    id="advisory_reports_2019",
    quote="提供有价值的咨情报告92份",
    section=SECTION,
    figure="92份",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("new_energy_advisory_committee",),
    measure=Text(
        zh="为能源革命重大政策和项目提供的咨情报告",
        en="advisory reports on major energy revolution policies and projects",
    ),
)

# 科技成果转化 -----------------------------------------------------------------------------------------
RESEARCH_RESULTS_INTRODUCED_2019 = Fact(
    id="research_results_introduced_2019",
    quote="引进推介新能源领域科技成果95项",
    section=SECTION,
    figure="95项",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("cas_new_energy_institute",),
    measure=Text(
        zh="全科盟新能源产业技术研究院引进推介新能源领域科技成果",
        en="new-energy research results introduced and promoted by the industrial technology institute",
    ),
)
# Named before the count; the 及 in 生物质分级生产新材料及液体燃料 joins two products of one technology,
# not two separately named results, so the split rule gives 6 items.
RESEARCH_RESULTS_IN_TRANSFER_2019 = Fact(
    id="research_results_in_transfer_2019",
    quote=(
        "对接落地的煤制烯烃技术、零排放煤化工示范、石墨电极生产线技术升级改造、碳纤维供热技术产品、"
        "生物质分级生产新材料及液体燃料、无胶无醛环保型生物质板材6大科技成果正在推进转化应用"
    ),
    section=SECTION,
    figure="6大",
    value=ureg.Quantity(6, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="research_results_introduced_2019",
    about=("cas_new_energy_institute",),
    measure=Text(
        zh="对接落地、正在推进转化应用的科技成果",
        en="research results matched and being put into application",
    ),
    members=(
        Text(zh="煤制烯烃技术", en="coal-to-olefins technology"),
        Text(zh="零排放煤化工示范", en="zero-emission coal chemicals demonstration"),
        Text(zh="石墨电极生产线技术升级改造", en="technical upgrade of a graphite electrode production line"),
        Text(zh="碳纤维供热技术产品", en="carbon-fibre heating technology products"),
        Text(
            zh="生物质分级生产新材料及液体燃料",
            en="new materials and liquid fuels from graded biomass processing",
        ),
        Text(zh="无胶无醛环保型生物质板材", en="glue-free, formaldehyde-free biomass boards"),
    ),
)

_COMPRESSED_AIR_STORAGE = "与同煤集团关闭矿井云冈矿共同开工建设了煤矿废弃巷道压缩空气储能项目"

# The report does not tie this to the 100 MW station of 一是 by name; both are Tus's compressed-air storage
# in disused coal-mine tunnels begun in 2019, so the record links that project.
COMPRESSED_AIR_STORAGE_STARTED_AT_YUNGANG_MINE_2019 = Achievement(
    id="compressed_air_storage_started_at_yungang_mine_2019",
    quote=_COMPRESSED_AIR_STORAGE,
    section=SECTION,
    what=Text(
        zh="共同开工建设了煤矿废弃巷道压缩空气储能项目",
        en="began building, with Datong Coal Mine Group at its closed Yungang colliery, a compressed-air "
        "energy storage project in disused mine tunnels",
    ),
    category=AchievementKind.LAUNCHED,
    period=YEAR,
    about=("compressed_air_storage_station",),
    note=Text(
        zh="由科创园启迪能源集团在考察全市煤矿废弃巷道后实施;“云冈矿”是同煤集团的矿井,不是云冈区。",
        en="Carried out by Tus Energy Group of the science park after surveying the city's disused mine "
        "tunnels; 云冈矿 is a Datong Coal Mine Group colliery, not Yungang District.",
    ),
)
LOW_TEMPERATURE_NUCLEAR_HEATING_IN_TRANSFER_2019 = Achievement(
    id="low_temperature_nuclear_heating_in_transfer_2019",
    quote="低温核能供暖等成果正在推进转化应用",
    section=SECTION,
    what=Text(
        zh="低温核能供暖等成果正在推进转化应用",
        en="low-temperature nuclear heating and other results are being put into application",
    ),
    category=AchievementKind.ADVANCED,
    period=YEAR,
)

# 太赫兹测温安检门 (2020年疫情防控期间) -------------------------------------------------------------
_TERAHERTZ_SCREENING = "将太赫兹技术应用转化到测温安检门产品的生产中,并实现了批量生产"

TERAHERTZ_SCREENING_GATES_IN_PRODUCTION_2020 = Achievement(
    id="terahertz_screening_gates_in_production_2020",
    quote=_TERAHERTZ_SCREENING,
    section=SECTION,
    what=Text(
        zh="将太赫兹技术应用转化到测温安检门产品的生产中,并实现了批量生产",
        en="put terahertz technology into the making of temperature-screening security gates, and "
        "reached batch production",
    ),
    category=AchievementKind.COMPLETED,
    period=Period(start=datetime.date(2020, 1, 1), end=datetime.date(2020, 4, 22)),
    about=("national_terahertz_institute",),
    note=Text(
        zh="“应疫情防控需要”,太赫兹(产业)国家研究院与大同快安公司合作;报告未给日期,"
        "期间记为2020年初至报告日(2020年4月22日)。",
        en="Done 'for epidemic control' by the terahertz institute with Datong Kuai'an company; the report "
        "gives no date, so the period runs from the start of 2020 to the report's date (22 April 2020).",
    ),
)

# 企业创新对接 ---------------------------------------------------------------------------------------
_ZHONGGUANCUN = "组织全市260家规模工业企业分三批赴中关村智造大街"

ZHONGGUANCUN_ZHIZAO_STREET = Project(
    id="zhongguancun_zhizao_street",
    quote=_ZHONGGUANCUN,
    section=SECTION,
    name=Text(zh="中关村智造大街", en="Zhongguancun Zhizao Street"),
)

FIRMS_SENT_TO_ZHONGGUANCUN_2019 = Fact(
    id="firms_sent_to_zhongguancun_2019",
    quote=_ZHONGGUANCUN,
    section=SECTION,
    figure="260家",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("zhongguancun_zhizao_street", "offshore_incubator_beijing_station"),
    measure=Text(
        zh="赴中关村智造大街对接的规模工业企业",
        en="industrial enterprises above designated size sent to Zhongguancun Zhizao Street for matching",
    ),
)
ZHONGGUANCUN_MATCHING_BATCHES_2019 = Fact(
    id="zhongguancun_matching_batches_2019",
    quote=_ZHONGGUANCUN,
    section=SECTION,
    figure="三批",
    value=ureg.Quantity(3, "批"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="firms_sent_to_zhongguancun_2019",
    about=("zhongguancun_zhizao_street",),
    measure=Text(zh="赴中关村智造大街的批次", en="batches in which the enterprises went"),
)
TECHNICAL_PROBLEMS_MATCHED_2019 = Fact(
    id="technical_problems_matched_2019",
    quote="就企业急需攻关的153项技术课题",
    section=SECTION,
    figure="153项",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="firms_sent_to_zhongguancun_2019",
    about=("zhongguancun_zhizao_street",),
    measure=Text(
        zh="与中关村智造大街创新研究院点对点对接的企业急需攻关技术课题",
        en="urgent technical problems of the enterprises matched one-to-one with the Zhongguancun institute",
    ),
)
FIRMS_IN_BEIJING_OFFSHORE_INCUBATOR_2019 = Fact(
    id="firms_in_beijing_offshore_incubator_2019",
    quote=_OFFSHORE_INCUBATOR,
    section=SECTION,
    figure="12家",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("offshore_incubator_beijing_station",),
    measure=Text(
        zh="入驻大同企业离岸创新孵化基地北京工作站的企业",
        en="firms that moved into the Beijing station of Datong's offshore innovation incubator",
    ),
)

# 研究中心与创新主体 ---------------------------------------------------------------------------------
_CLEAN_COMBUSTION_LAB = "中科院工程热物理研究所大同分所获批“中国科学院煤炭清洁燃烧与气化工程实验室”"

CAS_COAL_CLEAN_COMBUSTION_GASIFICATION_LAB = Project(
    id="cas_coal_clean_combustion_gasification_lab",
    quote=_CLEAN_COMBUSTION_LAB,
    section=SECTION,
    name=Text(
        zh="中国科学院煤炭清洁燃烧与气化工程实验室",
        en="CAS Engineering Laboratory for Clean Coal Combustion and Gasification",
    ),
    organisations=("中国科学院",),
)
CAS_COAL_CLEAN_COMBUSTION_GASIFICATION_LAB_APPROVED_2019 = Achievement(
    id="cas_coal_clean_combustion_gasification_lab_approved_2019",
    quote=_CLEAN_COMBUSTION_LAB,
    section=SECTION,
    what=Text(
        zh="获批“中国科学院煤炭清洁燃烧与气化工程实验室”",
        en="the Datong branch of the CAS Institute of Engineering Thermophysics was approved as the CAS "
        "Engineering Laboratory for Clean Coal Combustion and Gasification",
    ),
    category=AchievementKind.APPROVED,
    period=YEAR,
    about=("cas_thermophysics_datong_branch", "cas_coal_clean_combustion_gasification_lab"),
)
# 大同经济技术开发区 is the zone the review calls 大同开发区 elsewhere (datong_development_zone).
DEVELOPMENT_ZONE_INNOVATION_DEMONSTRATION_BASE_APPROVED_2019 = Achievement(
    id="development_zone_innovation_demonstration_base_approved_2019",
    quote="大同经济技术开发区成功获批省级双创示范基地",
    section=SECTION,
    what=Text(
        zh="大同经济技术开发区成功获批省级双创示范基地",
        en="the Datong Economic and Technological Development Zone was approved as a provincial demonstration "
        "base for innovation and entrepreneurship",
    ),
    category=AchievementKind.APPROVED,
    period=YEAR,
    about=("datong_development_zone",),
)
PROVINCIAL_ENGINEERING_RESEARCH_CENTRES_2019 = Fact(
    id="provincial_engineering_research_centres_2019",
    quote="大同大学新型炭素功能材料工程、同达药业高端控释制剂工程“两大研究中心”成功认定省级工程研究中心",
    section=SECTION,
    figure="两大",
    value=ureg.Quantity(2, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="认定为省级工程研究中心的研究中心",
        en="research centres recognised as provincial engineering research centres",
    ),
    members=(
        Text(zh="大同大学新型炭素功能材料工程", en="Datong University new carbon functional materials"),
        Text(
            zh="同达药业高端控释制剂工程", en="Tongda Pharmaceutical high-end controlled-release formulations"
        ),
    ),
)

_FIRMS = "全市高新技术企业达到58家、省级以上众创空间16家"

HIGH_TECH_ENTERPRISES_2019 = Fact(
    id="high_tech_enterprises_2019",
    quote=_FIRMS,
    section=SECTION,
    figure="58家",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="全市高新技术企业", en="high-tech enterprises in the city"),
)
PROVINCIAL_MAKER_SPACES_2019 = Fact(
    id="provincial_maker_spaces_2019",
    quote=_FIRMS,
    section=SECTION,
    figure="16家",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="省级以上众创空间", en="maker spaces of provincial level or above"),
)

_NEW_FIRMS = "新培育“专精特新”小微企业20户、“小升规”企业65户"

SPECIALISED_SMALL_FIRMS_CULTIVATED_2019 = Fact(
    id="specialised_small_firms_cultivated_2019",
    quote=_NEW_FIRMS,
    section=SECTION,
    figure="20户",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="新培育“专精特新”小微企业",
        en="new small and micro firms that are specialised, refined, distinctive and innovative",
    ),
)
FIRMS_GROWN_ABOVE_DESIGNATED_SIZE_2019 = Fact(
    id="firms_grown_above_designated_size_2019",
    quote=_NEW_FIRMS,
    section=SECTION,
    figure="65户",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="新培育“小升规”企业", en="small firms newly grown to above designated size"),
)
