"""Part 二, programme (三) "(三)创新生态打造工程": building an innovation ecosystem in 2020.

The programme's opening ("今年要突出抓好四大重点。") and its four numbered tasks, declared here as
:class:`Section` records: "一是建好创新平台。", "二是壮大创新主体。", "三是集聚创新人才。" and
"四是培育创新文化。". Platforms declared in part 一 (the CAS-led new energy institute, the Datong branch of
the Institute of Engineering Thermophysics) are linked by their ids; new ones are :class:`Project` records
declared above the targets that use them. Quotes are verbatim; figures are as written; English is ours
unless ``en_source`` says otherwise.
"""

import datetime

from datong2020.model import (
    Commitment,
    FigureKind,
    Part,
    Period,
    PriceBasis,
    Project,
    Qualifier,
    Section,
    Target,
    TimeFrame,
)
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2020)
PROGRAMME = "programme_innovation_ecosystem"

# 四大重点 -----------------------------------------------------------------------------------------
INNOVATION_ECOSYSTEM_PLATFORMS = Section(
    id="innovation_ecosystem_platforms",
    quote="一是建好创新平台。",
    section=PROGRAMME,
    marker="一是",
    part=Part.PLAN,
    title=Text(zh="建好创新平台", en="Building good innovation platforms"),
)
INNOVATION_ECOSYSTEM_FIRMS = Section(
    id="innovation_ecosystem_firms",
    quote="二是壮大创新主体。",
    section=PROGRAMME,
    marker="二是",
    part=Part.PLAN,
    title=Text(zh="壮大创新主体", en="Strengthening the innovators: enterprises"),
)
INNOVATION_ECOSYSTEM_TALENT = Section(
    id="innovation_ecosystem_talent",
    quote="三是集聚创新人才。",
    section=PROGRAMME,
    marker="三是",
    part=Part.PLAN,
    title=Text(zh="集聚创新人才", en="Bringing innovative talent together"),
)
INNOVATION_ECOSYSTEM_CULTURE = Section(
    id="innovation_ecosystem_culture",
    quote="四是培育创新文化。",
    section=PROGRAMME,
    marker="四是",
    part=Part.PLAN,
    title=Text(zh="培育创新文化", en="Fostering a culture of innovation"),
)
INNOVATION_ECOSYSTEM_PRIORITIES_2020 = Target(
    id="innovation_ecosystem_priorities_2020",
    quote="今年要突出抓好四大重点。",
    section=PROGRAMME,
    figure="四大",
    value=ureg.Quantity(4, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="突出抓好的重点", en="priorities to focus on"),
    note=Text(
        zh="四大重点即本工程的一是至四是四项任务(各为一个Section),报告依次列出,数目相符。",
        en="The four priorities are the programme's four tasks 一是 to 四是, encoded as sections "
        "innovation_ecosystem_platforms, innovation_ecosystem_firms, innovation_ecosystem_talent and "
        "innovation_ecosystem_culture: four named, as announced. They are sections, not projects, so they "
        "are not listed as members.",
    ),
)

# 一是 建好创新平台 --------------------------------------------------------------------------------
_ZONE_A_PROJECTS = "加快推进A区西线中科院洁净能源创新研究院、中关村智造大街大同服务平台等项目建成投运"

# Part 一 names it 中科院洁净能源创新研究院大同转化基地, one of the 12 platforms.
CAS_CLEAN_ENERGY_INSTITUTE = Project(
    id="cas_clean_energy_institute",
    quote=_ZONE_A_PROJECTS,
    section="innovation_ecosystem_platforms",
    name=Text(zh="中科院洁净能源创新研究院", en="CAS Clean Energy Innovation Institute (Datong)"),
    organisations=("中科院",),
)
# Part 一 names it 中关村智造大街大同公共服务平台, one of the 12 platforms.
ZHONGGUANCUN_DATONG_SERVICE_PLATFORM = Project(
    id="zhongguancun_datong_service_platform",
    quote=_ZONE_A_PROJECTS,
    section="innovation_ecosystem_platforms",
    name=Text(
        zh="中关村智造大街大同服务平台",
        en="Datong service platform of Zhongguancun Zhizao Street",
    ),
)
SCIENCE_PARK_ZONE_A_WEST_PROJECTS_IN_OPERATION_2020 = Target(
    id="science_park_zone_a_west_projects_in_operation_2020",
    quote=_ZONE_A_PROJECTS,
    section="innovation_ecosystem_platforms",
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(zh="建成投运", en="completed and put into operation"),
    about=("cas_clean_energy_institute", "zhongguancun_datong_service_platform", "science_park"),
    measure=Text(
        zh="科创园A区西线项目建设",
        en="construction of the projects on the western line of Zone A of the science park",
    ),
    note=Text(
        zh="报告列举两个项目后以“等项目”结尾,未给出完成时间。",
        en="The report names two projects and ends with 等项目 (and others); it sets no date.",
    ),
)
KEY_NEW_ENERGY_TECHNOLOGIES_2020 = Target(
    id="key_new_energy_technologies_2020",
    quote="年内攻克10项左右新能源关键核心技术",
    section="innovation_ecosystem_platforms",
    figure="10项",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    qualifier=Qualifier.ABOUT,
    due=TimeFrame(wording="年内", end=datetime.date(2020, 12, 31)),
    about=("cas_new_energy_institute",),
    measure=Text(
        zh="大同全科盟新能源产业研究院攻克的新能源关键核心技术",
        en="key and core new-energy technologies to be mastered by the CAS-led new energy institute",
    ),
    note=Text(
        zh="报告此处称“大同全科盟新能源产业研究院”,即第一部分的“中科院全科盟大同新能源产业技术研究院”。",
        en="Named here 大同全科盟新能源产业研究院; we take it for part 一's "
        "中科院全科盟大同新能源产业技术研究院.",
    ),
)
PILOT_BASES_BY_LEADING_FIRMS_2020 = Target(
    id="pilot_bases_by_leading_firms_2020",
    quote="推动2—3家龙头企业建立中试基地",
    section="innovation_ecosystem_platforms",
    figure="2—3家",
    value=ureg.Quantity(2, "家"),
    upper=ureg.Quantity(3, "家"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    qualifier=Qualifier.BETWEEN,
    about=("cas_thermophysics_datong_branch",),
    measure=Text(
        zh="在中科院工程热物理所大同分所推动下建立中试基地的龙头企业",
        en="leading enterprises to set up pilot-scale testing bases, with the Datong branch of the "
        "CAS Institute of Engineering Thermophysics",
    ),
)

# 二是 壮大创新主体 --------------------------------------------------------------------------------
INNOVATION_AWARD_FUND_2020 = Target(
    id="innovation_award_fund_2020",
    quote="市财政要设立创新专项奖励资金",
    section="innovation_ecosystem_firms",
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(zh="设立创新专项奖励资金", en="set up a special fund for innovation awards"),
    measure=Text(zh="创新专项奖励资金", en="special fund for innovation awards"),
)

_NEW_FIRMS = "新认定“专精特新”中小企业15户以上、“小升规”企业60户以上"

SPECIALISED_SMES_RECOGNISED_2020 = Target(
    id="specialised_smes_recognised_2020",
    quote=_NEW_FIRMS,
    section="innovation_ecosystem_firms",
    figure="15户",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    qualifier=Qualifier.AT_LEAST,
    measure=Text(
        zh="新认定“专精特新”中小企业",
        en="small and medium-sized enterprises newly recognised as specialised, refined, distinctive "
        "and innovative",
    ),
    note=Text(
        zh="2019年的指标是“新培育“专精特新”小微企业”(20户,specialised_small_firms_cultivated_2019):"
        "范围(小微与中小)和口径(培育与认定)不同,故不作为基数。",
        en="The 2019 review counts 专精特新 small and micro firms newly cultivated (20, "
        "specialised_small_firms_cultivated_2019); this target counts small and medium-sized firms newly "
        "recognised, a different measure, so it is not linked as the base.",
    ),
)
FIRMS_GROWN_ABOVE_DESIGNATED_SIZE_2020 = Target(
    id="firms_grown_above_designated_size_2020",
    quote=_NEW_FIRMS,
    section="innovation_ecosystem_firms",
    figure="60户",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    qualifier=Qualifier.AT_LEAST,
    base="firms_grown_above_designated_size_2019",
    measure=Text(
        zh="新认定“小升规”企业",
        en="small firms newly grown to above designated size",
    ),
)
INDUSTRIAL_RD_SPENDING_GROWTH_2020 = Target(
    id="industrial_rd_spending_growth_2020",
    quote="今年全市规模工业研发方面的支出要确保增长10%。",
    section="innovation_ecosystem_firms",
    figure="10%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    commitment=Commitment.ENSURE,
    price_basis=PriceBasis.CURRENT,
    measure=Text(
        zh="全市规模工业研发方面的支出增长",
        en="growth of R&D spending by industrial enterprises above designated size",
    ),
)

# 三是 集聚创新人才 --------------------------------------------------------------------------------
TALENT_ATTRACTION_POLICIES_2020 = Target(
    id="talent_attraction_policies_2020",
    quote="出台创优环境引才政策10条",
    section="innovation_ecosystem_talent",
    figure="10条",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="出台的创优环境引才政策",
        en="policies to be issued for a better environment to attract talent",
    ),
)

# 四是 培育创新文化 --------------------------------------------------------------------------------
INTELLECTUAL_PROPERTY_IMPLEMENTING_RULES_2020 = Target(
    id="intellectual_property_implementing_rules_2020",
    quote="制定出台大同市知识产权保护实施细则",
    section="innovation_ecosystem_culture",
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(
        zh="制定出台大同市知识产权保护实施细则",
        en="draw up and issue Datong's detailed implementing rules for intellectual property protection",
    ),
    measure=Text(zh="大同市知识产权保护实施细则", en="Datong's implementing rules for IP protection"),
)
INNOVATION_AWARDS_CONFERENCE_2020 = Target(
    id="innovation_awards_conference_2020",
    quote="年底召开全市科技创新成果表彰大会",
    section="innovation_ecosystem_culture",
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(
        zh="召开全市科技创新成果表彰大会",
        en="hold a citywide conference to commend achievements in science, technology and innovation",
    ),
    due=TimeFrame(wording="年底", end=datetime.date(2020, 12, 31)),
    measure=Text(
        zh="全市科技创新成果表彰大会",
        en="citywide conference commending science and technology achievements",
    ),
)
