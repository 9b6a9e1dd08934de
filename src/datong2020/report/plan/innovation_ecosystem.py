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
SCIENCE_PARK_AS_INNOVATION_BRAIN_2020 = Target(
    id="science_park_as_innovation_brain_2020",
    quote="大同国际能源革命科创园要突出新能源技术研发、产业的孵化、成果转化“大脑”作用",
    section="innovation_ecosystem_platforms",
    period=YEAR,
    requirement=Text(
        zh="突出新能源技术研发、产业的孵化、成果转化“大脑”作用",
        en="act as the 'brain' for new energy research and development, incubation of industries and "
        "commercialisation of results",
    ),
    measure=Text(zh="科创园的“大脑”作用", en="the science park's role as the 'brain' of innovation"),
    about=("science_park",),
)
SCIENCE_PARK_COMPANY_OPERATION_2020 = Target(
    id="science_park_company_operation_2020",
    quote="科创园投资发展公司要加大市场化运营发展的水平,全面提升建设、发展、管理、运营的能力",
    section="innovation_ecosystem_platforms",
    period=YEAR,
    requirement=Text(
        zh="全面提升建设、发展、管理、运营的能力",
        en="raise its market-based operation and its ability to build, develop, manage and run the park",
    ),
    measure=Text(
        zh="科创园投资发展公司的市场化运营能力",
        en="market-based operation of the science park's investment company",
    ),
    about=("science_park",),
    note=Text(
        zh="“科创园投资发展公司”为报告所写的公司名。",
        en="科创园投资发展公司 (the science park investment and development company) as the report names it.",
    ),
)

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
SCIENTIFIC_RESULTS_COMMERCIALISED_2020 = Target(
    id="scientific_results_commercialised_2020",
    quote="落地转化一批科技成果",
    section="innovation_ecosystem_platforms",
    period=YEAR,
    due=TimeFrame(wording="年内", end=datetime.date(2020, 12, 31)),
    requirement=Text(
        zh="落地转化一批科技成果", en="put a batch of scientific and technological results into use"
    ),
    measure=Text(zh="落地转化的科技成果", en="scientific results put into use"),
    about=("cas_new_energy_institute",),
)
HIGH_END_TALENT_VIA_ADVISORY_COMMITTEE_2020 = Target(
    id="high_end_talent_via_advisory_committee_2020",
    quote="新能源战略咨询委员会突出高端专家智库集聚人才,再引进一大批科技创新高端人才",
    section="innovation_ecosystem_platforms",
    period=YEAR,
    requirement=Text(
        zh="再引进一大批科技创新高端人才",
        en="bring in a further large number of top scientific and technological talent",
    ),
    measure=Text(zh="引进的科技创新高端人才", en="top scientific and technological talent brought in"),
    about=("new_energy_advisory_committee",),
)
NATIONWIDE_RESEARCH_AND_PILOT_PROJECTS_2020 = Target(
    id="nationwide_research_and_pilot_projects_2020",
    quote="扩大承接全国范围内的科研项目或中试试验项目",
    section="innovation_ecosystem_platforms",
    period=YEAR,
    requirement=Text(
        zh="扩大承接全国范围内的科研项目或中试试验项目",
        en="take on more research and pilot-scale testing projects from across the country",
    ),
    measure=Text(zh="承接的科研项目或中试试验项目", en="research and pilot-scale testing projects taken on"),
    about=("cas_thermophysics_datong_branch",),
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
PILOT_SCALE_SERVICES_FOR_SMALL_FIRMS_2020 = Target(
    id="pilot_scale_services_for_small_firms_2020",
    quote="为中小微企业开展中试熟化与产业化开发提供服务",
    section="innovation_ecosystem_platforms",
    period=YEAR,
    requirement=Text(
        zh="为中小微企业开展中试熟化与产业化开发提供服务",
        en="serve small, medium and micro firms with pilot-scale maturation and industrial development",
    ),
    measure=Text(zh="为中小微企业提供的中试服务", en="pilot-scale services for small firms"),
    about=("cas_thermophysics_datong_branch",),
)

_SMART_INNOVATION_CITY = "全面融入省级智创城建设工程"

PROVINCIAL_SMART_INNOVATION_CITY = Project(
    id="provincial_smart_innovation_city",
    quote=_SMART_INNOVATION_CITY,
    section="innovation_ecosystem_platforms",
    name=Text(zh="省级智创城建设工程", en="Provincial 'smart innovation city' programme"),
)
PROVINCIAL_SMART_INNOVATION_CITY_2020 = Target(
    id="provincial_smart_innovation_city_2020",
    quote=_SMART_INNOVATION_CITY,
    section="innovation_ecosystem_platforms",
    period=YEAR,
    requirement=Text(zh="全面融入", en="take full part in it"),
    measure=Text(
        zh="融入省级智创城建设工程", en="taking part in the provincial smart innovation city programme"
    ),
    about=("provincial_smart_innovation_city",),
)
INNOVATION_ECOSYSTEM_UPGRADE_2020 = Target(
    id="innovation_ecosystem_upgrade_2020",
    quote="打造以新能源、通航、生物医药等为核心的创新生态升级版",
    section="innovation_ecosystem_platforms",
    period=YEAR,
    requirement=Text(
        zh="打造以新能源、通航、生物医药等为核心的创新生态升级版",
        en="build an upgraded innovation ecosystem centred on new energy, general aviation, biomedicine and "
        "other fields",
    ),
    measure=Text(zh="创新生态升级版", en="upgraded innovation ecosystem"),
)

# 二是 壮大创新主体 --------------------------------------------------------------------------------
ENTERPRISE_TECHNOLOGY_CENTRES_2020 = Target(
    id="enterprise_technology_centres_2020",
    quote="加快创建企业技术中心、工程技术中心等高水平创新平台",
    section="innovation_ecosystem_firms",
    period=YEAR,
    requirement=Text(
        zh="加快创建企业技术中心、工程技术中心等高水平创新平台",
        en="set up enterprise technology centres, engineering technology centres and other high-level "
        "innovation platforms faster",
    ),
    measure=Text(
        zh="规模企业创建的高水平创新平台",
        en="high-level innovation platforms set up by enterprises above designated size",
    ),
)

_ENTERPRISE_CORES = (
    "支持同药集团生物制药院士工作站、玄武岩新材料创新研究中心、泰瑞研发中心等“企业硬核”发展壮大"
)

TONGYAO_BIOPHARMA_ACADEMICIAN_WORKSTATION = Project(
    id="tongyao_biopharma_academician_workstation",
    quote=_ENTERPRISE_CORES,
    section="innovation_ecosystem_firms",
    name=Text(zh="同药集团生物制药院士工作站", en="Tongyao Group biopharmaceutical academician workstation"),
    organisations=("同药集团",),
)
BASALT_NEW_MATERIALS_INNOVATION_CENTRE = Project(
    id="basalt_new_materials_innovation_centre",
    quote=_ENTERPRISE_CORES,
    section="innovation_ecosystem_firms",
    name=Text(zh="玄武岩新材料创新研究中心", en="Basalt new materials innovation research centre"),
)
TAIRUI_RD_CENTRE = Project(
    id="tairui_rd_centre",
    quote=_ENTERPRISE_CORES,
    section="innovation_ecosystem_firms",
    name=Text(zh="泰瑞研发中心", en="Tairui R&D centre"),
    organisations=("泰瑞",),
)
ENTERPRISE_CORE_RD_UNITS_2020 = Target(
    id="enterprise_core_rd_units_2020",
    quote=_ENTERPRISE_CORES,
    section="innovation_ecosystem_firms",
    period=YEAR,
    requirement=Text(zh="发展壮大", en="help them grow stronger"),
    measure=Text(zh="企业研发机构(“企业硬核”)", en="firms' own research units ('enterprise hard cores')"),
    about=(
        "tongyao_biopharma_academician_workstation",
        "basalt_new_materials_innovation_centre",
        "tairui_rd_centre",
    ),
    note=Text(zh="报告列举三个后以“等”结尾。", en="The report names three and ends with 等 (and others)."),
)
SME_RESEARCH_UNITS_2020 = Target(
    id="sme_research_units_2020",
    quote="积极组建小型研发机构,完成“从无到有”的突破",
    section="innovation_ecosystem_firms",
    period=YEAR,
    requirement=Text(
        zh="积极组建小型研发机构,完成“从无到有”的突破",
        en="set up small research units, going from having none to having some",
    ),
    measure=Text(
        zh="中小企业组建的小型研发机构", en="small research units set up by small and medium-sized firms"
    ),
    note=Text(
        zh="由中小企业与高校、科研院所、大企业携手合作组建。",
        en="To be set up by small and medium-sized firms together with universities, research institutes "
        "and large firms.",
    ),
)
INNOVATION_AWARD_FUND_2020 = Target(
    id="innovation_award_fund_2020",
    quote="市财政要设立创新专项奖励资金",
    section="innovation_ecosystem_firms",
    period=YEAR,
    requirement=Text(zh="设立创新专项奖励资金", en="set up a special fund for innovation awards"),
    measure=Text(zh="创新专项奖励资金", en="special fund for innovation awards"),
)

INNOVATION_AWARDS_FOR_RD_INTENSIVE_FIRMS_2020 = Target(
    id="innovation_awards_for_rd_intensive_firms_2020",
    quote="对企业研发投入占比高、创新成果转化多的加大奖励力度",
    section="innovation_ecosystem_firms",
    period=YEAR,
    requirement=Text(
        zh="对企业研发投入占比高、创新成果转化多的加大奖励力度",
        en="give bigger awards to firms with a high share of R&D spending and many results put into use",
    ),
    measure=Text(
        zh="对研发投入高、成果转化多企业的奖励",
        en="awards to firms that spend much on R&D and commercialise much",
    ),
)
SHAREHOLDING_REFORM_AND_LISTING_2020 = Target(
    id="shareholding_reform_and_listing_2020",
    quote="持续推进“企业股改上市”",
    section="innovation_ecosystem_firms",
    period=YEAR,
    requirement=Text(
        zh="持续推进“企业股改上市”", en="keep moving firms to shareholding reform and stock market listing"
    ),
    measure=Text(zh="企业股改上市", en="shareholding reform and listing of firms"),
)
HIGH_TECH_FIRMS_SHARE_2020 = Target(
    id="high_tech_firms_share_2020",
    quote="提升高新技术企业在规模工业企业总量的比重",
    section="innovation_ecosystem_firms",
    period=YEAR,
    requirement=Text(
        zh="提升高新技术企业在规模工业企业总量的比重",
        en="raise the share of high-tech enterprises among industrial enterprises above designated size",
    ),
    measure=Text(
        zh="高新技术企业在规模工业企业总量的比重",
        en="share of high-tech enterprises among industrial enterprises above designated size",
    ),
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
_FOUR_BATCHES = "大力实施“四个一批”创新人才集聚行动"

FOUR_BATCHES_TALENT_ACTION = Project(
    id="four_batches_talent_action",
    quote=_FOUR_BATCHES,
    section="innovation_ecosystem_talent",
    name=Text(zh="创新人才集聚行动", en="'Four batches' campaign to gather innovative talent"),
    note=Text(
        zh="报告称“四个一批”创新人才集聚行动;名称不含术语“四个一批”(four_batches),其四项即术语的成员。",
        en="The report calls it the “四个一批” campaign; the name leaves out the term 四个一批 (four_batches), "
        "whose members are its four batches.",
    ),
)
FOUR_BATCHES_TALENT_ACTION_2020 = Target(
    id="four_batches_talent_action_2020",
    quote=_FOUR_BATCHES,
    section="innovation_ecosystem_talent",
    period=YEAR,
    requirement=Text(zh="大力实施", en="carry it out vigorously"),
    measure=Text(zh="“四个一批”创新人才集聚行动", en="the 'four batches' talent campaign"),
    about=("four_batches_talent_action",),
)
TALENT_DRAWN_BY_LEADING_FIGURES_2020 = Target(
    id="talent_drawn_by_leading_figures_2020",
    quote="依托中国工程院院士李灿、全科盟理事长霍国庆、清华大学启迪能源集团总裁王继武等科学家企业家在行业内的影响力带动一批",
    section="innovation_ecosystem_talent",
    period=YEAR,
    requirement=Text(
        zh="带动一批",
        en="draw in a batch of talent through the standing of leading scientists and entrepreneurs",
    ),
    measure=Text(zh="由科学家企业家带动的人才", en="talent drawn in by leading scientists and entrepreneurs"),
    about=("four_batches_talent_action",),
    note=Text(
        zh="报告点名中国工程院院士李灿、全科盟理事长霍国庆、清华大学启迪能源集团总裁王继武。",
        en="The report names Li Can (member of the Chinese Academy of Engineering), Huo Guoqing (chair of "
        "全科盟) and Wang Jiwu (president of Tsinghua's TUS energy group).",
    ),
)

_KEY_PLATFORMS = (
    "发挥北大1898众创空间、太赫兹(产业)国家研究院、清华启迪大同能源产业创新中心、"
    "华为(大同)人工智能创新中心等重点平台作用引进一批"
)

PKU_1898_MAKERSPACE = Project(
    id="pku_1898_makerspace",
    quote=_KEY_PLATFORMS,
    section="innovation_ecosystem_talent",
    name=Text(zh="北大1898众创空间", en="PKU 1898 makerspace"),
    note=Text(
        zh="第一部分将其列为进驻科创园的12大科技创新平台之一。",
        en="Part 一 lists it among the 12 science and innovation platforms that moved into the science park.",
    ),
)
TERAHERTZ_NATIONAL_RESEARCH_INSTITUTE = Project(
    id="terahertz_national_research_institute",
    quote=_KEY_PLATFORMS,
    section="innovation_ecosystem_talent",
    name=Text(zh="太赫兹(产业)国家研究院", en="National Terahertz (Industry) Research Institute"),
    note=Text(
        zh="第一部分将其列为进驻科创园的12大科技创新平台之一。",
        en="Part 一 lists it among the 12 science and innovation platforms that moved into the science park.",
    ),
)
TUS_DATONG_ENERGY_INNOVATION_CENTRE = Project(
    id="tus_datong_energy_innovation_centre",
    quote=_KEY_PLATFORMS,
    section="innovation_ecosystem_talent",
    name=Text(zh="清华启迪大同能源产业创新中心", en="Tsinghua TUS Datong energy industry innovation centre"),
    organisations=("清华启迪",),
    note=Text(
        zh="第一部分有“科创园B区启迪大同新能源产业创新中心”开园揭牌;报告未说明两者是否为同一中心。",
        en="Part 一 reports the opening of the 启迪大同新能源产业创新中心 in Zone B of the science park; the "
        "report does not say whether it is the same centre.",
    ),
)
HUAWEI_DATONG_AI_INNOVATION_CENTRE = Project(
    id="huawei_datong_ai_innovation_centre",
    quote=_KEY_PLATFORMS,
    section="innovation_ecosystem_talent",
    name=Text(
        zh="华为(大同)人工智能创新中心", en="Huawei (Datong) Artificial Intelligence Innovation Centre"
    ),
    organisations=("华为",),
    same_as="huawei_datong_innovation_centre",
    note=Text(
        zh="第一部分称“华为大同智能创新中心”,又在12大平台中写作“华为(大同)人工智能创新中心”。",
        en="Part 一 calls it 华为大同智能创新中心, and 华为(大同)人工智能创新中心 in its list of 12 platforms.",
    ),
)
TALENT_BROUGHT_IN_BY_PLATFORMS_2020 = Target(
    id="talent_brought_in_by_platforms_2020",
    quote=_KEY_PLATFORMS,
    section="innovation_ecosystem_talent",
    period=YEAR,
    requirement=Text(zh="引进一批", en="bring in a batch of talent through key platforms"),
    measure=Text(zh="由重点平台引进的人才", en="talent brought in through key platforms"),
    about=(
        "four_batches_talent_action",
        "pku_1898_makerspace",
        "terahertz_national_research_institute",
        "tus_datong_energy_innovation_centre",
        "huawei_datong_ai_innovation_centre",
    ),
)
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

GRADUATE_RETURN_EMPLOYMENT_MEASURES_2020 = Target(
    id="graduate_return_employment_measures_2020",
    quote="落实“高校毕业生回同就业八条”",
    section="innovation_ecosystem_talent",
    period=YEAR,
    requirement=Text(
        zh="落实“高校毕业生回同就业八条”",
        en="carry out the eight measures for graduates returning to work in Datong",
    ),
    measure=Text(zh="“高校毕业生回同就业八条”", en="the eight measures for graduates returning to Datong"),
)
INNOVATION_VOUCHERS_2020 = Target(
    id="innovation_vouchers_2020",
    quote="继续用好科技创新券",
    section="innovation_ecosystem_talent",
    period=YEAR,
    requirement=Text(
        zh="继续用好科技创新券", en="keep making good use of science and technology innovation vouchers"
    ),
    measure=Text(zh="科技创新券", en="science and technology innovation vouchers"),
)
GREEN_CHANNELS_FOR_ENTREPRENEURS_2020 = Target(
    id="green_channels_for_entrepreneurs_2020",
    quote="为来同创业者尝试建立住房、子女上学、家属就业等绿色通道",
    section="innovation_ecosystem_talent",
    period=YEAR,
    requirement=Text(
        zh="尝试建立住房、子女上学、家属就业等绿色通道",
        en="try out fast tracks for housing, children's schooling, spouses' jobs and the like",
    ),
    measure=Text(zh="来同创业者的绿色通道", en="fast tracks for entrepreneurs coming to Datong"),
)
TALENT_ATTRACTED_BY_AWARDS_2020 = Target(
    id="talent_attracted_by_awards_2020",
    quote="拿出真金白银奖励吸纳一批",
    section="innovation_ecosystem_talent",
    period=YEAR,
    requirement=Text(zh="拿出真金白银奖励吸纳一批", en="attract a batch of talent with real-money awards"),
    measure=Text(zh="以奖励吸纳的人才", en="talent attracted by awards"),
    about=("four_batches_talent_action",),
)
DATONG_UNIVERSITY_SUPPORTED_2020 = Target(
    id="datong_university_supported_2020",
    quote="加强厅校共建,支持大同大学做大做强",
    section="innovation_ecosystem_talent",
    period=YEAR,
    requirement=Text(
        zh="加强厅校共建,支持大同大学做大做强",
        en="strengthen co-building with provincial departments and help Datong University grow bigger and "
        "stronger",
    ),
    measure=Text(zh="对大同大学的支持", en="support for Datong University"),
)

_FUTURE_ENERGY_COLLEGE = "加快大同启迪未来能源学院建设"

DATONG_TUS_FUTURE_ENERGY_COLLEGE = Project(
    id="datong_tus_future_energy_college",
    quote=_FUTURE_ENERGY_COLLEGE,
    section="innovation_ecosystem_talent",
    name=Text(zh="大同启迪未来能源学院", en="Datong TUS Future Energy College"),
)
DATONG_TUS_FUTURE_ENERGY_COLLEGE_2020 = Target(
    id="datong_tus_future_energy_college_2020",
    quote=_FUTURE_ENERGY_COLLEGE,
    section="innovation_ecosystem_talent",
    period=YEAR,
    requirement=Text(
        zh="加快大同启迪未来能源学院建设", en="speed up the building of the Datong TUS Future Energy College"
    ),
    measure=Text(zh="大同启迪未来能源学院建设", en="building of the Datong TUS Future Energy College"),
    about=("datong_tus_future_energy_college",),
)
LOCAL_TALENT_TRAINED_2020 = Target(
    id="local_talent_trained_2020",
    quote="整合全市职业教育资源,聚焦本土人才主力军培育一批",
    section="innovation_ecosystem_talent",
    period=YEAR,
    requirement=Text(
        zh="整合全市职业教育资源,聚焦本土人才主力军培育一批",
        en="pool the city's vocational education resources and train a batch of local talent, the main force",
    ),
    measure=Text(zh="本土培育的人才", en="talent trained locally"),
    about=("four_batches_talent_action",),
)

# 四是 培育创新文化 --------------------------------------------------------------------------------
INNOVATION_PUBLICITY_2020 = Target(
    id="innovation_publicity_2020",
    quote="利用电视、报纸、微信、融媒体、短视频等新兴媒体进行宣传报道",
    section="innovation_ecosystem_culture",
    period=YEAR,
    requirement=Text(
        zh="利用电视、报纸、微信、融媒体、短视频等新兴媒体进行宣传报道",
        en="publicise innovation on television, in newspapers, on WeChat, in converged media, in short "
        "videos and other new media",
    ),
    measure=Text(zh="创新文化宣传报道", en="publicity for a culture of innovation"),
)

_ENERGY_LITERACY = (
    "继续做好大同电视台新闻联播后半个小时、大同日报一个版面和能源一号每周两讲的全民能源素质提升行动"
)

ENERGY_LITERACY_CAMPAIGN = Project(
    id="energy_literacy_campaign",
    quote=_ENERGY_LITERACY,
    section="innovation_ecosystem_culture",
    name=Text(zh="全民能源素质提升行动", en="Campaign to raise everyone's energy literacy"),
    note=Text(
        zh="载体为大同电视台新闻联播后半个小时、大同日报一个版面和能源一号每周两讲。",
        en="Carried by half an hour after the evening news on Datong TV, a page of the Datong Daily and two "
        "talks a week on 能源一号 (Energy No. 1).",
    ),
)
ENERGY_LITERACY_CAMPAIGN_2020 = Target(
    id="energy_literacy_campaign_2020",
    quote=_ENERGY_LITERACY,
    section="innovation_ecosystem_culture",
    period=YEAR,
    requirement=Text(zh="继续做好", en="keep it up well"),
    measure=Text(zh="全民能源素质提升行动", en="the energy literacy campaign"),
    about=("energy_literacy_campaign",),
)
FAULT_TOLERANT_INNOVATION_MECHANISM_2020 = Target(
    id="fault_tolerant_innovation_mechanism_2020",
    quote="建立健全鼓励创新、宽容失败、合理容错机制",
    section="innovation_ecosystem_culture",
    period=YEAR,
    requirement=Text(
        zh="建立健全鼓励创新、宽容失败、合理容错机制",
        en="set up and improve mechanisms that encourage innovation, tolerate failure and allow reasonable "
        "mistakes",
    ),
    measure=Text(
        zh="鼓励创新、宽容失败、合理容错机制", en="mechanisms that encourage innovation and tolerate failure"
    ),
)
INTELLECTUAL_PROPERTY_IMPLEMENTING_RULES_2020 = Target(
    id="intellectual_property_implementing_rules_2020",
    quote="制定出台大同市知识产权保护实施细则",
    section="innovation_ecosystem_culture",
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

INNOVATION_AWARDS_FOR_PEOPLE_2020 = Target(
    id="innovation_awards_for_people_2020",
    quote="拿出专门资金奖励模范科技工作者、优秀企业家、杰出时代工匠",
    section="innovation_ecosystem_culture",
    period=YEAR,
    due=TimeFrame(wording="年底", end=datetime.date(2020, 12, 31)),
    requirement=Text(
        zh="拿出专门资金奖励模范科技工作者、优秀企业家、杰出时代工匠",
        en="set aside special funds to reward model scientists and engineers, excellent entrepreneurs and "
        "outstanding craftsmen",
    ),
    measure=Text(
        zh="对科技工作者、企业家、工匠的专门奖励",
        en="special awards for scientists, entrepreneurs and craftsmen",
    ),
)
