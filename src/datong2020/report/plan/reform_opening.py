"""Part 二, programme (七) 改革开放攻坚工程 ("(七)改革开放攻坚工程"): tough reforms and opening up.

Its three numbered tasks ("一是持续深化重点改革。", "二是持续扩大对外开放。", "三是持续扩大招商引资。") are
:class:`Section` records. The bodies and projects the targets are about are :class:`Project` records,
declared above them; the airport and the inland port of part 一 are linked by id where needed. The
"五大措施", "六大机制" and "十大招商办法" of investment promotion are ways of working, not projects: their
counts are targets, and the items the report lists are given in each target's note. Quotes are
verbatim; figures are as written. English is ours unless ``en_source`` says otherwise.
"""

import datetime

from datong2020.model import (
    Commitment,
    FigureKind,
    Part,
    Period,
    Project,
    Qualifier,
    Recurrence,
    Section,
    Target,
    TimeFrame,
)
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2020)
PROGRAMME = "programme_reform_opening"
_WITHIN_THE_YEAR = TimeFrame(wording="年内", end=datetime.date(2020, 12, 31))

# 一是 持续深化重点改革 -----------------------------------------------------------------------------------
REFORM_KEY_REFORMS = Section(
    id="reform_key_reforms",
    quote="一是持续深化重点改革。",
    section=PROGRAMME,
    marker="一是",
    part=Part.PLAN,
    title=Text(zh="持续深化重点改革", en="Deepening the key reforms"),
)
SECTION_REFORMS = "reform_key_reforms"

STATE_ASSETS_RESTRUCTURED_2020 = Target(
    id="state_assets_restructured_2020",
    quote="继续深化国资国企改革,对全市国有资产和国有企业进行整合重组",
    section=SECTION_REFORMS,
    period=YEAR,
    requirement=Text(
        zh="继续深化国资国企改革,对全市国有资产和国有企业进行整合重组",
        en="deepen the reform of state assets and state-owned enterprises, merging and restructuring the "
        "city's state assets and enterprises",
    ),
    measure=Text(
        zh="全市国有资产和国有企业的整合重组",
        en="merger and restructuring of the city's state assets and enterprises",
    ),
)
STATE_ENTERPRISE_GROUPS_2020 = Target(
    id="state_enterprise_groups_2020",
    quote="打造一批主业突出、竞争力强、支撑带动作用明显的国有企业集团",
    section=SECTION_REFORMS,
    period=YEAR,
    requirement=Text(
        zh="打造一批主业突出、竞争力强、支撑带动作用明显的国有企业集团",
        en="build a number of state-owned enterprise groups with a clear core business, strong "
        "competitiveness and a marked pull on the economy",
    ),
    measure=Text(zh="国有企业集团", en="state-owned enterprise groups"),
)

_OLD_TOWN = "成立古城管委会,按股份制模式组建大同市古城发展集团有限责任公司"

OLD_TOWN_MANAGEMENT_COMMITTEE = Project(
    id="old_town_management_committee",
    quote=_OLD_TOWN,
    section=SECTION_REFORMS,
    name=Text(zh="古城管委会", en="Old Town Management Committee"),
)
DATONG_OLD_TOWN_DEVELOPMENT_GROUP = Project(
    id="datong_old_town_development_group",
    quote=_OLD_TOWN,
    section=SECTION_REFORMS,
    name=Text(zh="大同市古城发展集团有限责任公司", en="Datong Old Town Development Group Co., Ltd."),
    organisations=("大同市古城发展集团有限责任公司",),
)
OLD_TOWN_MANAGEMENT_COMMITTEE_ESTABLISHED_2020 = Target(
    id="old_town_management_committee_established_2020",
    quote=_OLD_TOWN,
    section=SECTION_REFORMS,
    period=YEAR,
    about=("old_town_management_committee",),
    requirement=Text(zh="成立古城管委会", en="set up the Old Town Management Committee"),
    measure=Text(zh="古城管委会的成立", en="establishment of the Old Town Management Committee"),
)
OLD_TOWN_DEVELOPMENT_GROUP_FORMED_2020 = Target(
    id="old_town_development_group_formed_2020",
    quote=_OLD_TOWN,
    section=SECTION_REFORMS,
    period=YEAR,
    about=("datong_old_town_development_group",),
    requirement=Text(
        zh="按股份制模式组建大同市古城发展集团有限责任公司",
        en="form Datong Old Town Development Group Co., Ltd. on a joint-stock model",
    ),
    measure=Text(
        zh="大同市古城发展集团有限责任公司的组建", en="formation of the Datong Old Town Development Group"
    ),
)
OLD_TOWN_STATE_ASSETS_2020 = Target(
    id="old_town_state_assets_2020",
    quote="加快对古城国有资产整合、管理、运营",
    section=SECTION_REFORMS,
    period=YEAR,
    requirement=Text(
        zh="加快对古城国有资产整合、管理、运营",
        en="speed up the integration, management and operation of the old town's state assets",
    ),
    measure=Text(
        zh="古城国有资产的整合、管理、运营",
        en="integration, management and operation of the old town's state assets",
    ),
)
MIXED_OWNERSHIP_REFORM_2020 = Target(
    id="mixed_ownership_reform_2020",
    quote="要鼓励社会资本参与国企混改",
    section=SECTION_REFORMS,
    period=YEAR,
    requirement=Text(
        zh="鼓励社会资本参与国企混改",
        en="encourage private capital to take part in the mixed-ownership reform of state-owned enterprises",
    ),
    measure=Text(
        zh="社会资本参与国企混合所有制改革",
        en="private capital in the mixed-ownership reform of state-owned enterprises",
    ),
)
SOE_CAPITAL_INCREASE_2020 = Target(
    id="soe_capital_increase_2020",
    quote="完成市供水公司与永定河流域治理公司增资工作",
    section=SECTION_REFORMS,
    period=YEAR,
    requirement=Text(
        zh="完成市供水公司与永定河流域治理公司增资工作",
        en="complete the capital increase of the city water supply company and the Yongding River basin "
        "management company",
    ),
    measure=Text(
        zh="市供水公司与永定河流域治理公司增资",
        en="capital increase of the city water supply company and the Yongding River basin company",
    ),
)
_TASHAN_SUJIN = "加快塔山第二发电公司与苏晋能源公司股权合作重组"

TASHAN_SUJIN_EQUITY_RESTRUCTURING = Project(
    id="tashan_sujin_equity_restructuring",
    quote=_TASHAN_SUJIN,
    section=SECTION_REFORMS,
    name=Text(
        zh="塔山第二发电公司与苏晋能源公司股权合作重组",
        en="equity restructuring of Tashan No. 2 Power Generation Company with Sujin Energy Company",
    ),
    organisations=("塔山第二发电公司", "苏晋能源公司"),
)
TASHAN_SUJIN_EQUITY_RESTRUCTURING_2020 = Target(
    id="tashan_sujin_equity_restructuring_2020",
    quote=_TASHAN_SUJIN,
    section=SECTION_REFORMS,
    period=YEAR,
    about=("tashan_sujin_equity_restructuring",),
    requirement=Text(
        zh=_TASHAN_SUJIN,
        en="speed up the equity cooperation and restructuring of Tashan No. 2 Power Generation Company and "
        "Sujin Energy Company",
    ),
    measure=Text(
        zh="塔山第二发电公司与苏晋能源公司股权合作重组", en="equity restructuring of the two power companies"
    ),
)
SOE_RETIREES_SOCIALISED_MANAGEMENT_2020 = Target(
    id="soe_retirees_socialised_management_2020",
    quote="完成全市国有企业退休人员社会化管理工作",
    section=SECTION_REFORMS,
    period=YEAR,
    base="retirees_under_socialised_management_2019",
    requirement=Text(
        zh="完成全市国有企业退休人员社会化管理工作",
        en="complete moving the retirees of the city's state-owned enterprises to community-based management",
    ),
    measure=Text(
        zh="国有企业退休人员社会化管理",
        en="community-based management of retirees of state-owned enterprises",
    ),
)
ZOMBIE_ENTERPRISES_CLEARED_2020 = Target(
    id="zombie_enterprises_cleared_2020",
    quote="完成2家“僵尸企业”出清任务",
    section=SECTION_REFORMS,
    figure="2家",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="出清“僵尸企业”", en="'zombie enterprises' to be cleared out"),
)
TOWNSHIPS_TO_SUBDISTRICTS_2020 = Target(
    id="townships_to_subdistricts_2020",
    quote="统筹推进平城、云冈、新荣、云州、经开区“乡镇改街道、农村改社区”工作",
    section=SECTION_REFORMS,
    period=YEAR,
    places=("pingcheng", "yungang", "xinrong", "yunzhou"),
    requirement=Text(
        zh="统筹推进平城、云冈、新荣、云州、经开区“乡镇改街道、农村改社区”工作",
        en="push ahead, in a coordinated way, with turning townships into sub-districts and villages into "
        "communities in Pingcheng, Yungang, Xinrong, Yunzhou and the economic development zone",
    ),
    measure=Text(
        zh="“乡镇改街道、农村改社区”工作",
        en="turning townships into sub-districts and villages into communities",
    ),
)
ADMINISTRATIVE_VILLAGES_MERGED_2020 = Target(
    id="administrative_villages_merged_2020",
    quote="全面完成393个行政村撤并任务",
    section=SECTION_REFORMS,
    figure="393个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="行政村撤并", en="administrative villages to be abolished or merged"),
    note=Text(
        zh="前一句为平城、云冈、新荣、云州、经开区“乡镇改街道、农村改社区”工作;报告未说明393个行政村是否都在这些区。",
        en="The sentence before is about turning townships into sub-districts and villages into communities in "
        "Pingcheng, Yungang, Xinrong, Yunzhou and the economic development zone; the report does not say "
        "whether the 393 villages are all there, so no places are given.",
    ),
)
TAXI_MANAGEMENT_REFORM_2020 = Target(
    id="taxi_management_reform_2020",
    quote="深化出租车管理制度等交通领域重点改革",
    section=SECTION_REFORMS,
    period=YEAR,
    requirement=Text(
        zh="深化出租车管理制度等交通领域重点改革",
        en="deepen the key reforms in transport, such as the system of taxi management",
    ),
    measure=Text(
        zh="出租车管理制度等交通领域重点改革", en="key reforms in transport, taxi management among them"
    ),
)
PARTY_SCHOOL_REFORM_2020 = Target(
    id="party_school_reform_2020",
    quote="启动实施市县区党校运行模式改革",
    section=SECTION_REFORMS,
    period=YEAR,
    requirement=Text(
        zh="启动实施市县区党校运行模式改革",
        en="launch the reform of how the city, county and district Party schools are run",
    ),
    measure=Text(zh="市县区党校运行模式改革", en="reform of the operating model of Party schools"),
)
PARTY_SCHOOL_RESOURCES_2020 = Target(
    id="party_school_resources_2020",
    quote="加快党校资源优化、整合、提升",
    section=SECTION_REFORMS,
    period=YEAR,
    requirement=Text(
        zh="加快党校资源优化、整合、提升",
        en="speed up optimising, integrating and upgrading the resources of the Party schools",
    ),
    measure=Text(
        zh="党校资源的优化、整合、提升",
        en="optimisation, integration and upgrading of Party school resources",
    ),
)
PRIVATE_ECONOMY_MEASURES_2020 = Target(
    id="private_economy_measures_2020",
    quote="落实好省支持民营经济30条",
    section=SECTION_REFORMS,
    figure="30条",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    requirement=Text(
        zh="落实好省支持民营经济30条",
        en="implement the province's 30 measures in support of the private economy",
    ),
    measure=Text(
        zh="省支持民营经济措施", en="provincial measures in support of the private economy to be implemented"
    ),
    note=Text(
        zh="“30条”是省级政策文件的简称,其条目报告未列出。",
        en="'30条' (30 articles) is the short name of a provincial policy document; the report does not list "
        "the articles.",
    ),
)

PRIVATE_ENTERPRISE_ARREARS_CLEARED_2020 = Target(
    id="private_enterprise_arrears_cleared_2020",
    quote="加快清理拖欠民营企业账款",
    section=SECTION_REFORMS,
    period=YEAR,
    requirement=Text(
        zh="加快清理拖欠民营企业账款",
        en="speed up paying off the sums owed to private enterprises",
    ),
    measure=Text(zh="拖欠民营企业账款的清理", en="settlement of arrears owed to private enterprises"),
)
FURTHER_INSTITUTIONAL_REFORMS_2020 = Target(
    id="further_institutional_reforms_2020",
    quote="强力推进财政体制、科技体制、土地管理制度、招商引资体制、农村集体产权制度等改革向纵深发展",
    section=SECTION_REFORMS,
    period=YEAR,
    requirement=Text(
        zh="强力推进财政体制、科技体制、土地管理制度、招商引资体制、农村集体产权制度等改革向纵深发展",
        en="drive deeper the reforms of the fiscal system, the science and technology system, land "
        "management, investment promotion, rural collective property rights and others",
    ),
    measure=Text(
        zh="财政、科技、土地、招商引资、农村集体产权等体制改革",
        en="reforms of fiscal, science, land, investment-promotion and rural collective property systems",
    ),
)
REFORMS_BRING_VITALITY_2020 = Target(
    id="reforms_bring_vitality_2020",
    quote="确保改出活力、改出效益",
    section=SECTION_REFORMS,
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(
        zh="改出活力、改出效益",
        en="make the reforms bring vitality and results",
    ),
    measure=Text(zh="改革的活力与效益", en="vitality and results brought by the reforms"),
)

# 二是 持续扩大对外开放 -----------------------------------------------------------------------------------
REFORM_OPENING_UP = Section(
    id="reform_opening_up",
    quote="二是持续扩大对外开放。",
    section=PROGRAMME,
    marker="二是",
    part=Part.PLAN,
    title=Text(zh="持续扩大对外开放", en="Opening wider to the outside world"),
)
SECTION_OPENING = "reform_opening_up"

_FREE_TRADE_ZONE = "围绕外经、外资、外贸,积极申报建设自贸区"

PILOT_FREE_TRADE_ZONE = Project(
    id="pilot_free_trade_zone",
    quote=_FREE_TRADE_ZONE,
    section=SECTION_OPENING,
    name=Text(zh="自贸区", en="pilot free trade zone (applied for)"),
    note=Text(
        zh="报告只写“自贸区”,未写名称与范围;此项是申报。",
        en="The report writes only 自贸区 (free trade zone), with no name or extent; what it commits to is "
        "the application.",
    ),
)
FREE_TRADE_ZONE_APPLICATION_2020 = Target(
    id="free_trade_zone_application_2020",
    quote=_FREE_TRADE_ZONE,
    section=SECTION_OPENING,
    period=YEAR,
    about=("pilot_free_trade_zone",),
    requirement=Text(
        zh=_FREE_TRADE_ZONE,
        en="apply actively, for foreign economic cooperation, foreign investment and foreign trade, to "
        "build a free trade zone",
    ),
    measure=Text(zh="自贸区申报", en="application for a pilot free trade zone"),
)
INLAND_PORT_FUNCTIONS_2020 = Target(
    id="inland_port_functions_2020",
    quote="完善大同国际陆港功能",
    section=SECTION_OPENING,
    period=YEAR,
    about=("datong_international_inland_port",),
    requirement=Text(
        zh="完善大同国际陆港功能",
        en="improve the functions of the Datong International Inland Port",
    ),
    measure=Text(zh="大同国际陆港功能", en="functions of the Datong International Inland Port"),
)

_PORTS = "积极推动大同航空口岸、保税物流中心(B型)顺利通过验收、早日投入运营"

DATONG_AVIATION_PORT = Project(
    id="datong_aviation_port",
    quote=_PORTS,
    section=SECTION_OPENING,
    name=Text(zh="大同航空口岸", en="Datong aviation port of entry"),
)
DATONG_BONDED_LOGISTICS_CENTRE = Project(
    id="datong_bonded_logistics_centre",
    quote=_PORTS,
    section=SECTION_OPENING,
    name=Text(zh="保税物流中心(B型)", en="bonded logistics centre (type B)"),
)
PORTS_ACCEPTANCE_2020 = Target(
    id="ports_acceptance_2020",
    quote=_PORTS,
    section=SECTION_OPENING,
    period=YEAR,
    about=("datong_aviation_port", "datong_bonded_logistics_centre"),
    requirement=Text(
        zh="顺利通过验收、早日投入运营", en="pass acceptance inspection and go into operation early"
    ),
    measure=Text(
        zh="大同航空口岸、保税物流中心(B型)的验收与运营",
        en="acceptance and operation of the aviation port of entry and the bonded logistics centre",
    ),
)

CROSS_BORDER_ECOMMERCE_2020 = Target(
    id="cross_border_ecommerce_2020",
    quote="发展跨境电商",
    section=SECTION_OPENING,
    period=YEAR,
    requirement=Text(
        zh="发展跨境电商",
        en="develop cross-border e-commerce",
    ),
    measure=Text(zh="跨境电商", en="cross-border e-commerce"),
)

_FREIGHT_TRAINS = "继续开行中欧(亚)班列"

CHINA_EUROPE_ASIA_FREIGHT_TRAINS = Project(
    id="china_europe_asia_freight_trains",
    quote=_FREIGHT_TRAINS,
    section=SECTION_OPENING,
    name=Text(zh="中欧(亚)班列", en="China–Europe (Central Asia) freight trains"),
    note=Text(
        zh="第一部分写作“中欧中亚班列”(china_europe_central_asia_freight_trains_2019)。",
        en="Part 一 writes 中欧中亚班列 (china_europe_central_asia_freight_trains_2019).",
    ),
)
FREIGHT_TRAINS_CONTINUED_2020 = Target(
    id="freight_trains_continued_2020",
    quote=_FREIGHT_TRAINS,
    section=SECTION_OPENING,
    period=YEAR,
    base="china_europe_central_asia_freight_trains_2019",
    about=("china_europe_asia_freight_trains",),
    requirement=Text(
        zh=_FREIGHT_TRAINS,
        en="keep running the China–Europe (Central Asia) freight trains",
    ),
    measure=Text(zh="中欧(亚)班列开行", en="running of China–Europe (Central Asia) freight trains"),
)

_FORUM = "举办好第三届中蒙俄(大同)经济合作发展论坛暨国际商品博览会"

CHINA_MONGOLIA_RUSSIA_FORUM = Project(
    id="china_mongolia_russia_forum",
    quote=_FORUM,
    section=SECTION_OPENING,
    name=Text(
        zh="中蒙俄(大同)经济合作发展论坛暨国际商品博览会",
        en="China–Mongolia–Russia (Datong) Economic Cooperation and Development Forum and International "
        "Commodity Expo",
    ),
    note=Text(zh="2020年为第三届。", en="The 2020 edition is the third."),
)
CHINA_MONGOLIA_RUSSIA_FORUM_HELD_2020 = Target(
    id="china_mongolia_russia_forum_held_2020",
    quote=_FORUM,
    section=SECTION_OPENING,
    period=YEAR,
    about=("china_mongolia_russia_forum",),
    requirement=Text(zh=_FORUM, en="hold the third forum and expo well"),
    measure=Text(zh="第三届中蒙俄(大同)论坛暨博览会的举办", en="holding of the third forum and expo"),
)

_FOREIGN_TRADE_LEADERS = "年内培育2家进出口额10亿元以上的外贸龙头企业"

FOREIGN_TRADE_LEADING_ENTERPRISES_2020 = Target(
    id="foreign_trade_leading_enterprises_2020",
    quote=_FOREIGN_TRADE_LEADERS,
    section=SECTION_OPENING,
    figure="2家",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    due=_WITHIN_THE_YEAR,
    measure=Text(
        zh="培育进出口额10亿元以上的外贸龙头企业",
        en="leading foreign trade enterprises with imports and exports of 1 billion yuan or more to be "
        "fostered",
    ),
)
FOREIGN_TRADE_LEADER_THRESHOLD_2020 = Target(
    id="foreign_trade_leader_threshold_2020",
    quote=_FOREIGN_TRADE_LEADERS,
    section=SECTION_OPENING,
    figure="10亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    qualifier=Qualifier.AT_LEAST,
    due=_WITHIN_THE_YEAR,
    measure=Text(
        zh="外贸龙头企业进出口额(每家)",
        en="imports and exports of each of those leading foreign trade enterprises",
    ),
    note=Text(
        zh="foreign_trade_leading_enterprises_2020 所培育企业的进出口额门槛。",
        en="The threshold each enterprise counted by foreign_trade_leading_enterprises_2020 must reach.",
    ),
)

OUTWARD_ECONOMY_2020 = Target(
    id="outward_economy_2020",
    quote="全面提升大同外向型经济水平",
    section=SECTION_OPENING,
    period=YEAR,
    requirement=Text(
        zh="全面提升大同外向型经济水平",
        en="raise the level of Datong's outward-oriented economy across the board",
    ),
    measure=Text(zh="大同外向型经济水平", en="level of Datong's outward-oriented economy"),
)

_AIRPORT = "加快云冈机场三期扩建"

YUNGANG_AIRPORT_PHASE_THREE_EXPANSION = Project(
    id="yungang_airport_phase_three_expansion",
    quote=_AIRPORT,
    section=SECTION_OPENING,
    name=Text(zh="云冈机场三期扩建", en="third-phase expansion of Datong Yungang Airport"),
)
YUNGANG_AIRPORT_EXPANSION_2020 = Target(
    id="yungang_airport_expansion_2020",
    quote=_AIRPORT,
    section=SECTION_OPENING,
    period=YEAR,
    about=("yungang_airport_phase_three_expansion", "yungang_airport"),
    requirement=Text(
        zh=_AIRPORT,
        en="speed up the third-phase expansion of Yungang Airport",
    ),
    measure=Text(zh="云冈机场三期扩建", en="third-phase expansion of Yungang Airport"),
)

_RAILWAY = "开工建设集大原高铁"

JINING_DATONG_YUANPING_HIGH_SPEED_RAILWAY = Project(
    id="jining_datong_yuanping_high_speed_railway",
    quote=_RAILWAY,
    section=SECTION_OPENING,
    name=Text(zh="集大原高铁", en="Jining–Datong–Yuanping high-speed railway"),
)
JINING_DATONG_YUANPING_RAILWAY_CONSTRUCTION_START_2020 = Target(
    id="jining_datong_yuanping_railway_construction_start_2020",
    quote=_RAILWAY,
    section=SECTION_OPENING,
    period=YEAR,
    about=("jining_datong_yuanping_high_speed_railway",),
    requirement=Text(zh="开工建设", en="start construction"),
    measure=Text(zh="集大原高铁开工建设", en="start of construction of the Jining–Datong–Yuanping railway"),
)

_EXPRESSWAYS = "完善“米字型”高速公路网"

MI_SHAPED_EXPRESSWAY_NETWORK = Project(
    id="mi_shaped_expressway_network",
    quote=_EXPRESSWAYS,
    section=SECTION_OPENING,
    name=Text(zh="“米字型”高速公路网", en="the 米-shaped (eight-spoked) expressway network"),
)
MI_SHAPED_EXPRESSWAY_NETWORK_2020 = Target(
    id="mi_shaped_expressway_network_2020",
    quote=_EXPRESSWAYS,
    section=SECTION_OPENING,
    period=YEAR,
    about=("mi_shaped_expressway_network",),
    requirement=Text(
        zh=_EXPRESSWAYS,
        en="complete the 米-shaped expressway network",
    ),
    measure=Text(zh="“米字型”高速公路网", en="the 米-shaped expressway network"),
)
TRANSPORT_FRAMEWORK_NETWORK_2020 = Target(
    id="transport_framework_network_2020",
    quote="构筑“快进快出、大进大出”的综合交通骨架网络",
    section=SECTION_OPENING,
    period=YEAR,
    requirement=Text(
        zh="构筑“快进快出、大进大出”的综合交通骨架网络",
        en="build a comprehensive transport framework network for getting in and out fast and in large "
        "volumes",
    ),
    measure=Text(zh="综合交通骨架网络", en="comprehensive transport framework network"),
)

# 三是 持续扩大招商引资 -----------------------------------------------------------------------------------
REFORM_INVESTMENT_PROMOTION = Section(
    id="reform_investment_promotion",
    quote="三是持续扩大招商引资。",
    section=PROGRAMME,
    marker="三是",
    part=Part.PLAN,
    title=Text(zh="持续扩大招商引资", en="Attracting more investment"),
)
SECTION_INVESTMENT = "reform_investment_promotion"

_COMMAND = "自上而下建立招商指挥机构,搭建数字化指挥平台,制定完善招商考核工作方案"

INVESTMENT_PROMOTION_COMMAND_2020 = Target(
    id="investment_promotion_command_2020",
    quote=_COMMAND,
    section=SECTION_INVESTMENT,
    period=YEAR,
    requirement=Text(
        zh=_COMMAND,
        en="set up investment-promotion command bodies from top to bottom, build a digital command platform, "
        "and draw up and refine a plan for assessing investment promotion",
    ),
    measure=Text(
        zh="招商指挥机构、数字化指挥平台与招商考核工作方案",
        en="investment-promotion command bodies, digital platform and assessment plan",
    ),
)
FIVE_INVESTMENT_MEASURES_2020 = Target(
    id="five_investment_measures_2020",
    quote="实行分层分级分类分队分度“五大措施”",
    section=SECTION_INVESTMENT,
    figure="五大",
    value=ureg.Quantity(5, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="招商引资“五大措施”", en="the 'five measures' of investment promotion"),
    note=Text(
        zh="报告列出全部5项:分层、分级、分类、分队、分度。措施不是项目,故未作为 members 记录。",
        en="The report lists all five: by tier (分层), by level (分级), by category (分类), by team (分队) and "
        "by degree (分度). They are measures, not projects, so they are not recorded as members.",
    ),
)
SIX_INVESTMENT_MECHANISMS_2020 = Target(
    id="six_investment_mechanisms_2020",
    quote="建立健全领导包联、审批联动、协调调度、监督考核等“六大机制”",
    section=SECTION_INVESTMENT,
    figure="六大",
    value=ureg.Quantity(6, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    lists_all=False,
    measure=Text(zh="招商引资“六大机制”", en="the 'six mechanisms' of investment promotion"),
    note=Text(
        zh="报告只列出6项中的4项(以“等”结尾):领导包联、审批联动、协调调度、监督考核。",
        en="The report names only four of the six (ending with 等): leaders each responsible for projects "
        "(领导包联), linked approvals (审批联动), coordination and scheduling (协调调度), supervision and "
        "assessment (监督考核). They are mechanisms, not projects, so they are not recorded as members.",
    ),
)
TEN_INVESTMENT_METHODS_2020 = Target(
    id="ten_investment_methods_2020",
    quote="产业链招商、小分队招商等“十大招商办法”",
    section=SECTION_INVESTMENT,
    figure="十大",
    value=ureg.Quantity(10, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="“十大招商办法”", en="the 'ten methods' of attracting investment"),
    note=Text(
        zh="报告列出全部10项:以商招商、亲情招商、委托招商、驻外招商、股权招商、基金招商、论坛招商、展会招商、"
        "产业链招商、小分队招商。办法不是项目,故未作为 members 记录。",
        en="The report lists all ten: through businesses already here, through hometown ties, by commission, "
        "through offices elsewhere, through equity, through funds, at forums, at trade fairs, along industrial "
        "chains and by small teams. They are methods, not projects, so they are not recorded as members.",
    ),
)

ROLLING_PROJECT_PIPELINE_2020 = Target(
    id="rolling_project_pipeline_2020",
    quote="着力打造大项目好项目滚动上马、梯次建设、成批投产发展的工作格局",
    section=SECTION_INVESTMENT,
    period=YEAR,
    requirement=Text(
        zh="着力打造大项目好项目滚动上马、梯次建设、成批投产发展的工作格局",
        en="set up a way of working in which big, good projects start one after another, are built in tiers "
        "and go into production in batches",
    ),
    measure=Text(
        zh="大项目好项目滚动上马、梯次建设、成批投产的工作格局",
        en="pipeline of big projects started, built and put into production in sequence",
    ),
)

_MONTHLY = "今年从6月份起,每个月都要有竣工投产项目,每个月都要有招商引资新开工项目"
_EVERY_MONTH_FROM_JUNE = TimeFrame(
    wording="今年从6月份起,每个月",
    start=datetime.date(2020, 6, 1),
    end=datetime.date(2020, 12, 31),
    recurrence=Recurrence.MONTHLY,
)

MONTHLY_PROJECTS_COMPLETED_2020 = Target(
    id="monthly_projects_completed_2020",
    quote=_MONTHLY,
    section=SECTION_INVESTMENT,
    period=YEAR,
    due=_EVERY_MONTH_FROM_JUNE,
    requirement=Text(
        zh="每个月都要有竣工投产项目", en="projects completed and put into production every month"
    ),
    measure=Text(zh="竣工投产项目", en="projects completed and put into production"),
)
MONTHLY_INVESTMENT_PROJECTS_STARTED_2020 = Target(
    id="monthly_investment_projects_started_2020",
    quote=_MONTHLY,
    section=SECTION_INVESTMENT,
    period=YEAR,
    due=_EVERY_MONTH_FROM_JUNE,
    requirement=Text(
        zh="每个月都要有招商引资新开工项目",
        en="newly started projects from investment promotion every month",
    ),
    measure=Text(zh="招商引资新开工项目", en="newly started projects attracted by investment promotion"),
)
