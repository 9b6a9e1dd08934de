"""Part 一, work area 六是: reform and opening up ("六是矢志不移深化改革开放,发展动力活力显著增强。").

State-owned enterprise reform, tax and fee cuts, the development zones, the airport, freight trains and
the inland port. Quotes are verbatim; figures are as written. English is ours unless ``en_source`` says
otherwise.
"""

from datong2020.model import Direction, Fact, FigureKind, Period, Project, Qualifier
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2019)
RUNNING_TOTAL = Period.cumulative_to(2019)
"""累计, 先后: a total to the end of the year under review, from a start the report does not state."""
SECTION = "review_reform_opening"

# 国资国企改革 -----------------------------------------------------------------------------------------
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
