"""Part 一, work area 六是: reform and opening up ("六是矢志不移深化改革开放,发展动力活力显著增强。").

State-owned enterprise reform, tax and fee cuts, the development zones, the airport, freight trains and
the inland port. Quotes are verbatim; figures are as written. English is ours unless ``en_source`` says
otherwise.
What the text reports without a figure (a project completed, a title won, a reform, an event) is an
:class:`Achievement` beside the facts of its passage.
"""

from datong2020.model import (
    Achievement,
    AchievementKind,
    Direction,
    Fact,
    FigureKind,
    PassingMention,
    Period,
    Project,
    Qualifier,
)
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2019)
RUNNING_TOTAL = Period.cumulative_to(2019)
"""累计, 先后: a total to the end of the year under review, from a start the report does not state."""
SECTION = "review_reform_opening"

# 国资国企改革 -----------------------------------------------------------------------------------------
BEIJING_ENERGY_GROUP_BROUGHT_IN_2019 = Achievement(
    id="beijing_energy_group_brought_in_2019",
    quote="引进战略投资者北京京能集团",
    section=SECTION,
    what=Text(
        zh="引进战略投资者北京京能集团",
        en="brought in Beijing Energy Holding (京能集团) as a strategic investor",
    ),
    category=AchievementKind.LAUNCHED,
    period=YEAR,
    note=Text(
        zh="国资国企改革的一部分。", en="Part of the reform of state assets and state-owned enterprises."
    ),
)
MUNICIPAL_HEATING_COMPANY_RESTRUCTURED_2019 = Achievement(
    id="municipal_heating_company_restructured_2019",
    quote="完成市热力公司重组",
    section=SECTION,
    what=Text(zh="完成市热力公司重组", en="completed the restructuring of the municipal heating company"),
    category=AchievementKind.REFORMED,
    period=YEAR,
)
_EIGHT_PLUS_ONE = "同煤集团晋北物流园、大昶移动能源等“8+1”项目稳步推进"

# Two of the "8+1" projects (the term eight_plus_one); the report does not name the others.
TONGMEI_JINBEI_LOGISTICS_PARK = Project(
    id="tongmei_jinbei_logistics_park",
    quote=_EIGHT_PLUS_ONE,
    section=SECTION,
    name=Text(zh="同煤集团晋北物流园", en="Datong Coal Mine Group's Northern Shanxi logistics park"),
    organisations=("同煤集团",),
)
DACHANG_MOBILE_ENERGY = Project(
    id="dachang_mobile_energy",
    quote=_EIGHT_PLUS_ONE,
    section=SECTION,
    name=Text(zh="大昶移动能源", en="Dachang mobile energy"),
)
EIGHT_PLUS_ONE_PROJECTS_ADVANCED_2019 = Achievement(
    id="eight_plus_one_projects_advanced_2019",
    quote=_EIGHT_PLUS_ONE,
    section=SECTION,
    what=Text(zh="项目稳步推进", en="the '8+1' projects advanced steadily"),
    category=AchievementKind.ADVANCED,
    period=YEAR,
    about=("tongmei_jinbei_logistics_park", "dachang_mobile_energy"),
)
HENGAN_THREE_SUPPLIES_ONE_SERVICE_COMPLETED_2019 = Achievement(
    id="hengan_three_supplies_one_service_completed_2019",
    quote="恒安新区“三供一业”维修改造任务全面完成",
    section=SECTION,
    what=Text(
        zh="恒安新区“三供一业”维修改造任务全面完成",
        en="the repair and renovation of water, power, heating and property services ('three supplies and one "
        "service') in the Hengan New District was completed",
    ),
    category=AchievementKind.COMPLETED,
    period=YEAR,
    about=("hengan_new_district",),
)
RETIREES_UNDER_SOCIALISED_MANAGEMENT_2019 = Fact(
    id="retirees_under_socialised_management_2019",
    quote="11万退休人员稳妥实现社会化管理",
    section=SECTION,
    figure="11万",
    value=ureg.Quantity(11, "万人"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="实现社会化管理的退休人员",
        en="retirees of state-owned enterprises moved to community-based management",
    ),
    note=Text(
        zh="原文为“11万退休人员”,单位“万”后接所计之物,故显式给出数值(11万人)。",
        en="Written '11万退休人员' (110,000 retirees); the value 11万人 is given explicitly.",
    ),
)

# 减税降费 ---------------------------------------------------------------------------------------------
TAX_AND_FEE_CUTS_IMPLEMENTED_2019 = Achievement(
    id="tax_and_fee_cuts_implemented_2019",
    quote="减税降费政策全面落实",
    section=SECTION,
    what=Text(zh="减税降费政策全面落实", en="the tax and fee cuts were carried out in full"),
    category=AchievementKind.REFORMED,
    period=YEAR,
)
ENTERPRISE_BURDEN_REDUCTION_2019 = Fact(
    id="enterprise_burden_reduction_2019",
    quote="企业减负61.2亿元",
    section=SECTION,
    figure="61.2亿元",
    figure_kind=FigureKind.CHANGE,
    period=YEAR,
    direction=Direction.DECREASE,
    measure=Text(zh="减税降费企业减负", en="reduction of enterprises' burden through tax and fee cuts"),
)
PRIVATE_ENTERPRISE_ARREARS_CLEARED_2019 = Fact(
    id="private_enterprise_arrears_cleared_2019",
    quote="清理拖欠民营企业账款13.4亿元",
    section=SECTION,
    figure="13.4亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    measure=Text(zh="清理拖欠民营企业账款", en="overdue payments owed to private enterprises cleared"),
)

# 开发区改革 -------------------------------------------------------------------------------------------
_DZ_POWERS = "市级层面累计向大同开发区集中赋权310项"

DATONG_DEVELOPMENT_ZONE = Project(
    id="datong_development_zone",
    quote=_DZ_POWERS,
    section=SECTION,
    name=Text(zh="大同开发区", en="Datong Development Zone"),
)
_PHARMACEUTICAL_PARK = "医药产业园成为全省唯一的国家外贸转型升级基地"

# The project is the designation: 医药产业园 alone is a common noun (part 二 speaks of 两个医药产业园区).
NATIONAL_FOREIGN_TRADE_UPGRADING_BASE = Project(
    id="national_foreign_trade_upgrading_base",
    quote=_PHARMACEUTICAL_PARK,
    section=SECTION,
    name=Text(
        zh="国家外贸转型升级基地",
        en="national base for transforming and upgrading foreign trade (the pharmaceutical industrial park)",
    ),
)
PHARMACEUTICAL_PARK_FOREIGN_TRADE_BASE_2019 = Achievement(
    id="pharmaceutical_park_foreign_trade_base_2019",
    quote=_PHARMACEUTICAL_PARK,
    section=SECTION,
    what=Text(
        zh="成为全省唯一的国家外贸转型升级基地",
        en="the pharmaceutical industrial park became Shanxi's only national base for transforming and "
        "upgrading foreign trade",
    ),
    category=AchievementKind.APPROVED,
    period=YEAR,
    about=("national_foreign_trade_upgrading_base",),
)
_NEW_ZONES = "云冈开发区、平城区现代农业产业示范区正式获批"

YUNGANG_DEVELOPMENT_ZONE = Project(
    id="yungang_development_zone",
    quote=_NEW_ZONES,
    section=SECTION,
    name=Text(zh="云冈开发区", en="Yungang Development Zone"),
)
PINGCHENG_MODERN_AGRICULTURE_DEMONSTRATION_ZONE = Project(
    id="pingcheng_modern_agriculture_demonstration_zone",
    quote=_NEW_ZONES,
    section=SECTION,
    name=Text(zh="平城区现代农业产业示范区", en="Pingcheng District Modern Agriculture Demonstration Zone"),
    places=("pingcheng",),
)

NEW_DEVELOPMENT_ZONES_APPROVED_2019 = Achievement(
    id="new_development_zones_approved_2019",
    quote=_NEW_ZONES,
    section=SECTION,
    what=Text(
        zh="云冈开发区、平城区现代农业产业示范区正式获批",
        en="the Yungang Development Zone and the Pingcheng District Modern Agriculture Demonstration Zone were "
        "formally approved",
    ),
    category=AchievementKind.APPROVED,
    period=YEAR,
    about=("yungang_development_zone", "pingcheng_modern_agriculture_demonstration_zone"),
    places=("pingcheng",),
)

DATONG_DEVELOPMENT_ZONE_POWERS_DELEGATED_2019 = Fact(
    id="datong_development_zone_powers_delegated_2019",
    quote=_DZ_POWERS,
    section=SECTION,
    figure="310项",
    figure_kind=FigureKind.COUNT,
    period=RUNNING_TOTAL,
    about=("datong_development_zone",),
    measure=Text(
        zh="市级层面向大同开发区集中赋权事项(累计)",
        en="powers delegated by the city to the Datong Development Zone (cumulative)",
    ),
    note=Text(
        zh="原文为“累计”,未说明起算时间:period 为截至2019年底的累计数,起点不详。",
        en="The report says 累计 (cumulative) without saying since when: the period is a running total "
        "to the end of 2019 with an unstated start.",
    ),
)

_DZ_SIGNINGS = "大同开发区全年签约项目37个、总投资302亿元,其中10亿元以上项目6个"

DATONG_DEVELOPMENT_ZONE_PROJECTS_SIGNED_2019 = Fact(
    id="datong_development_zone_projects_signed_2019",
    quote=_DZ_SIGNINGS,
    section=SECTION,
    figure="37个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("datong_development_zone",),
    measure=Text(
        zh="大同开发区全年签约项目", en="projects signed by the Datong Development Zone in the year"
    ),
)
DATONG_DEVELOPMENT_ZONE_SIGNED_INVESTMENT_2019 = Fact(
    id="datong_development_zone_signed_investment_2019",
    quote=_DZ_SIGNINGS,
    section=SECTION,
    figure="302亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    of="datong_development_zone_projects_signed_2019",
    about=("datong_development_zone",),
    measure=Text(
        zh="大同开发区签约项目总投资",
        en="total investment of the projects signed by the Datong Development Zone",
    ),
)
DATONG_DEVELOPMENT_ZONE_LARGE_PROJECTS_SIGNED_2019 = Fact(
    id="datong_development_zone_large_projects_signed_2019",
    quote=_DZ_SIGNINGS,
    section=SECTION,
    figure="6个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="datong_development_zone_projects_signed_2019",
    about=("datong_development_zone",),
    measure=Text(
        zh="大同开发区签约项目中10亿元以上项目",
        en="signed projects of the Datong Development Zone with an investment of 1 billion yuan or more",
    ),
)
DATONG_DEVELOPMENT_ZONE_LARGE_PROJECT_THRESHOLD = Fact(
    id="datong_development_zone_large_project_threshold",
    quote=_DZ_SIGNINGS,
    section=SECTION,
    figure="10亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    qualifier=Qualifier.AT_LEAST,
    of="datong_development_zone_large_projects_signed_2019",
    about=("datong_development_zone",),
    measure=Text(
        zh="大项目投资额界限(10亿元以上)",
        en="investment from which a signed project is counted as large (1 billion yuan or more)",
    ),
)

PROVINCIAL_DEVELOPMENT_ZONES_2019 = Fact(
    id="provincial_development_zones_2019",
    quote="全市省级开发区达到4家",
    section=SECTION,
    figure="4家",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("yungang_development_zone", "pingcheng_modern_agriculture_demonstration_zone"),
    measure=Text(zh="全市省级开发区", en="provincial-level development zones in the city"),
    note=Text(
        zh="前一句只列出新获批的云冈开发区、平城区现代农业产业示范区,未列全4家,故不列成员。",
        en="The sentence before names only the two newly approved zones (Yungang Development Zone, "
        "Pingcheng District Modern Agriculture Demonstration Zone), not all four, so no members are listed.",
    ),
)

# 对外开放 ---------------------------------------------------------------------------------------------
# The port is a project of part 二 (datong_aviation_port), which plans its acceptance.
DATONG_AVIATION_PORT_OPENED_2019 = Achievement(
    id="datong_aviation_port_opened_2019",
    quote="大同航空口岸正式开放",
    section=SECTION,
    what=Text(zh="大同航空口岸正式开放", en="the Datong aviation port of entry formally opened"),
    category=AchievementKind.COMPLETED,
    period=YEAR,
    about=("datong_aviation_port",),
    note=Text(
        zh="第二部分仍要求推动大同航空口岸“顺利通过验收、早日投入运营”(ports_acceptance_2020)。",
        en="Part 二 still asks for the port to pass acceptance inspection and go into operation early "
        "(ports_acceptance_2020).",
    ),
)
_AIRPORT = "云冈机场国内国际航线达23条、通航城市达29个,旅客吞吐量突破130万人次"

YUNGANG_AIRPORT = Project(
    id="yungang_airport",
    quote=_AIRPORT,
    section=SECTION,
    name=Text(zh="云冈机场", en="Datong Yungang Airport"),
)

YUNGANG_AIRPORT_ROUTES_2019 = Fact(
    id="yungang_airport_routes_2019",
    quote=_AIRPORT,
    section=SECTION,
    figure="23条",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("yungang_airport",),
    measure=Text(zh="云冈机场国内国际航线", en="domestic and international routes of Yungang Airport"),
)
YUNGANG_AIRPORT_DESTINATIONS_2019 = Fact(
    id="yungang_airport_destinations_2019",
    quote=_AIRPORT,
    section=SECTION,
    figure="29个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="yungang_airport_routes_2019",
    about=("yungang_airport",),
    measure=Text(zh="云冈机场通航城市", en="cities served from Yungang Airport"),
)
YUNGANG_AIRPORT_PASSENGERS_2019 = Fact(
    id="yungang_airport_passengers_2019",
    quote=_AIRPORT,
    section=SECTION,
    figure="130万人次",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    qualifier=Qualifier.EXCEED,
    of="yungang_airport_routes_2019",
    about=("yungang_airport",),
    measure=Text(zh="云冈机场旅客吞吐量", en="passenger throughput of Yungang Airport"),
)
CHINA_EUROPE_CENTRAL_ASIA_FREIGHT_TRAINS_2019 = Fact(
    id="china_europe_central_asia_freight_trains_2019",
    quote="3列中欧中亚班列顺利开行",
    section=SECTION,
    figure="3列",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="开行中欧中亚班列", en="China–Europe and China–Central Asia freight trains run"),
)
# 大同保税物流中心、杂粮检测实验室 -------------------------------------------------------------------
_BONDED_AND_GRAIN_LAB = "大同保税物流中心(B型)获批建设,建成了国家杂粮检疫检测重点实验室"

# The centre is a project of part 二 (datong_bonded_logistics_centre, "保税物流中心(B型)"), which plans its
# acceptance; the approval links it.
BONDED_LOGISTICS_CENTRE_APPROVED_2019 = Achievement(
    id="bonded_logistics_centre_approved_2019",
    quote=_BONDED_AND_GRAIN_LAB,
    section=SECTION,
    what=Text(
        zh="大同保税物流中心(B型)获批建设",
        en="the Datong bonded logistics centre (type B) was approved for construction",
    ),
    category=AchievementKind.APPROVED,
    period=YEAR,
    about=("datong_bonded_logistics_centre",),
)
NATIONAL_COARSE_GRAIN_INSPECTION_LAB = Project(
    id="national_coarse_grain_inspection_lab",
    quote=_BONDED_AND_GRAIN_LAB,
    section=SECTION,
    name=Text(
        zh="国家杂粮检疫检测重点实验室",
        en="National Key Laboratory for Quarantine Inspection and Testing of Coarse Grains",
    ),
)
NATIONAL_COARSE_GRAIN_INSPECTION_LAB_BUILT_2019 = Achievement(
    id="national_coarse_grain_inspection_lab_built_2019",
    quote=_BONDED_AND_GRAIN_LAB,
    section=SECTION,
    what=Text(
        zh="建成了国家杂粮检疫检测重点实验室",
        en="built the national key laboratory for quarantine inspection and testing of coarse grains",
    ),
    category=AchievementKind.COMPLETED,
    period=YEAR,
    about=("national_coarse_grain_inspection_lab",),
)
OVERSEAS_MARKET_PROCESSING_PLATFORM_2019 = Achievement(
    id="overseas_market_processing_platform_2019",
    quote="为华阳食品、中安众果等企业搭建了海外市场加工平台",
    section=SECTION,
    what=Text(
        zh="为华阳食品、中安众果等企业搭建了海外市场加工平台",
        en="set up a processing platform for overseas markets for Huayang Foods, Zhong'an Zhongguo and other "
        "firms",
    ),
    category=AchievementKind.LAUNCHED,
    period=YEAR,
)

_INLAND_PORT = "大同国际陆港先后引进各类外贸企业21家"

DATONG_INTERNATIONAL_INLAND_PORT = Project(
    id="datong_international_inland_port",
    quote=_INLAND_PORT,
    section=SECTION,
    name=Text(zh="大同国际陆港", en="Datong International Inland Port"),
)
INLAND_PORT_FOREIGN_TRADE_FIRMS_2019 = Fact(
    id="inland_port_foreign_trade_firms_2019",
    quote=_INLAND_PORT,
    section=SECTION,
    figure="21家",
    figure_kind=FigureKind.COUNT,
    period=RUNNING_TOTAL,
    about=("datong_international_inland_port",),
    measure=Text(
        zh="大同国际陆港引进各类外贸企业",
        en="foreign trade enterprises brought into the Datong International Inland Port",
    ),
    note=Text(
        zh="原文为“先后引进”,未说明起算时间:period 为截至2019年底的累计数,起点不详。",
        en="The report says 先后 (one after another) without saying since when: the period is a running "
        "total to the end of 2019 with an unstated start.",
    ),
)

# 高铁 -------------------------------------------------------------------------------------------------
DATONG_ZHANGJIAKOU_PASSENGER_LINE = Project(
    id="datong_zhangjiakou_passenger_line",
    quote="大张客专开通",
    section=SECTION,
    name=Text(zh="大张客专", en="Datong–Zhangjiakou passenger-dedicated railway"),
)
DATONG_ZHANGJIAKOU_PASSENGER_LINE_OPENED_2019 = Achievement(
    id="datong_zhangjiakou_passenger_line_opened_2019",
    quote="大张客专开通",
    section=SECTION,
    what=Text(zh="大张客专开通", en="the Datong–Zhangjiakou passenger-dedicated railway opened"),
    category=AchievementKind.COMPLETED,
    period=YEAR,
    about=("datong_zhangjiakou_passenger_line",),
    note=Text(
        zh="报告称此举“结束了大同铁路枢纽城市无高铁的历史”。",
        en="The report says this 'ended the history of Datong as a railway hub without high-speed rail'.",
    ),
)
DATONG_XIAN_HIGH_SPEED_RAILWAY = Project(
    id="datong_xian_high_speed_railway",
    quote="大西全线贯通",
    section=SECTION,
    name=Text(zh="大西", en="Datong–Xi'an high-speed railway"),
)
DATONG_XIAN_HIGH_SPEED_RAILWAY_COMPLETED_2019 = Achievement(
    id="datong_xian_high_speed_railway_completed_2019",
    quote="大西全线贯通",
    section=SECTION,
    what=Text(
        zh="大西全线贯通", en="the Datong–Xi'an high-speed railway was linked up along its whole length"
    ),
    category=AchievementKind.COMPLETED,
    period=YEAR,
    about=("datong_xian_high_speed_railway",),
)

PASSING_MENTIONS = (
    PassingMention(
        record="yungang_development_zone",
        place="pingcheng",
        reason=Text(
            zh="引文同时列出平城区现代农业产业示范区;云冈开发区本身不在平城区的名下。",
            en="The quote also names the Pingcheng District modern agriculture zone; the Yungang zone is not "
            "named as being in Pingcheng.",
        ),
    ),
)
