"""Part 二, programme (九): "(九)营商环境优化工程", a better business environment.

Its tasks: "一是加快政务平台数字化。" (digital government platforms), "二是加快政务服务便民化。"
(convenient government services) and "三是加快政务管理制度化。" (rules-based administration). The
programme has no figure in Arabic digits (12345 is the hotline's number); its commitments are encoded
with their deliverables. Quotes are verbatim; English is ours unless ``en_source`` says otherwise.
"""

from datong2020.model import Commitment, FigureKind, Part, Period, Project, Qualifier, Section, Target
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2020)
PROGRAMME = "programme_business_environment"

# Tasks -----------------------------------------------------------------------------------------------
BUSINESS_DIGITAL_PLATFORMS = Section(
    id="business_digital_platforms",
    quote="一是加快政务平台数字化。",
    section=PROGRAMME,
    marker="一是",
    part=Part.PLAN,
    title=Text(zh="加快政务平台数字化", en="Digitising government platforms faster"),
)
BUSINESS_CONVENIENT_SERVICES = Section(
    id="business_convenient_services",
    quote="二是加快政务服务便民化。",
    section=PROGRAMME,
    marker="二是",
    part=Part.PLAN,
    title=Text(zh="加快政务服务便民化", en="Making government services more convenient"),
)
BUSINESS_RULES_BASED_ADMINISTRATION = Section(
    id="business_rules_based_administration",
    quote="三是加快政务管理制度化。",
    section=PROGRAMME,
    marker="三是",
    part=Part.PLAN,
    title=Text(zh="加快政务管理制度化", en="Putting government administration on a basis of rules"),
)

# The programme's aim --------------------------------------------------------------------------------
BUSINESS_ENVIRONMENT_FIRST_TIER_2020 = Target(
    id="business_environment_first_tier_2020",
    quote="确保进入全省第一方阵",
    section=PROGRAMME,
    figure=None,
    figure_kind=None,
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(zh="进入全省第一方阵", en="be among the province's leading group"),
    measure=Text(zh="全市营商环境在全省的位置", en="standing of the city's business environment in Shanxi"),
)

# 一是 政务平台数字化 ------------------------------------------------------------------------------------
_BIG_DATA_CENTRE = "启动实施大数据中心建设工程"

BIG_DATA_CENTRE = Project(
    id="big_data_centre",
    quote=_BIG_DATA_CENTRE,
    section="business_digital_platforms",
    name=Text(zh="大数据中心建设工程", en="Big data centre construction project"),
    note=Text(
        zh="其后所列“一朵云、一张网、一平台、一系统、一城墙”未明言属于本工程。",
        en="The report goes on to list 'one cloud, one network, one platform, one system, one city wall' "
        "without saying they are part of this project.",
    ),
)
BIG_DATA_CENTRE_STARTED_2020 = Target(
    id="big_data_centre_started_2020",
    quote=_BIG_DATA_CENTRE,
    section="business_digital_platforms",
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(zh="启动实施", en="launch the project"),
    about=("big_data_centre",),
    measure=Text(zh="大数据中心建设工程启动实施", en="launch of the big data centre project"),
)
MINIMAL_PROCESS_CHART_2020 = Target(
    id="minimal_process_chart_2020",
    quote="制定“极简流程一图清”",
    section="business_digital_platforms",
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(
        zh="制定“极简流程一图清”",
        en="draw up the 'minimal procedures at a glance' charts",
    ),
    measure=Text(
        zh="“极简流程一图清”",
        en="'minimal procedures at a glance' charts of government services",
    ),
)

# 三是 政务管理制度化 ------------------------------------------------------------------------------------
PUBLIC_APPRAISALS_OF_DEPARTMENTS_2020 = Target(
    id="public_appraisals_of_departments_2020",
    quote="对所有政府职能部门实行每半年一次、每年至少两次公开评议和量化打分",
    section="business_rules_based_administration",
    figure="两次",
    value=ureg.Quantity(2, "次"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    qualifier=Qualifier.AT_LEAST,
    measure=Text(
        zh="每年对所有政府职能部门的公开评议和量化打分次数",
        en="public appraisals and quantified scorings of every government department in a year",
    ),
    note=Text(
        zh="每半年一次;由“两代表一委员”参加。",
        en="Once every half year, with deputies to the people's congress, Party congress deputies and "
        "CPPCC members taking part ('两代表一委员'). TimeFrame has no half-yearly recurrence.",
    ),
)

_HOTLINE = "全面改进12345便民服务热线办理机制,确保人民群众诉求即接即办"

CITIZEN_SERVICE_HOTLINE_12345 = Project(
    id="citizen_service_hotline_12345",
    quote=_HOTLINE,
    section="business_rules_based_administration",
    name=Text(zh="12345便民服务热线", en="12345 citizen service hotline"),
)
HOTLINE_REQUESTS_HANDLED_ON_RECEIPT_2020 = Target(
    id="hotline_requests_handled_on_receipt_2020",
    quote=_HOTLINE,
    section="business_rules_based_administration",
    figure=None,
    figure_kind=None,
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(
        zh="人民群众诉求即接即办",
        en="every request from the public is dealt with as soon as it is received",
    ),
    about=("citizen_service_hotline_12345",),
    measure=Text(zh="热线诉求办理", en="handling of requests made to the hotline"),
)
