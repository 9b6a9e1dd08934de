"""Part 二, programme (九): "(九)营商环境优化工程", a better business environment.

Its tasks: "一是加快政务平台数字化。" (digital government platforms), "二是加快政务服务便民化。"
(convenient government services) and "三是加快政务管理制度化。" (rules-based administration). The
programme has no figure in Arabic digits (12345 is the hotline's number); its commitments are encoded
with their deliverables. Quotes are verbatim; English is ours unless ``en_source`` says otherwise.
"""

from datong2020.model import (
    Commitment,
    FigureKind,
    NotASentence,
    Part,
    Period,
    Project,
    Qualifier,
    Section,
    SentenceReason,
    Target,
)
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
    period=YEAR,
    requirement=Text(zh="启动实施", en="launch the project"),
    about=("big_data_centre",),
    measure=Text(zh="大数据中心建设工程启动实施", en="launch of the big data centre project"),
)
ONE_CLOUD_ONE_NETWORK_BUILT_2020 = Target(
    id="one_cloud_one_network_built_2020",
    quote="加快建设“一朵云、一张网、一平台、一系统、一城墙”",
    section="business_digital_platforms",
    period=YEAR,
    requirement=Text(
        zh="加快建设“一朵云、一张网、一平台、一系统、一城墙”",
        en="speed up building 'one cloud, one network, one platform, one system, one city wall'",
    ),
    measure=Text(
        zh="“一朵云、一张网、一平台、一系统、一城墙”",
        en="'one cloud, one network, one platform, one system, one city wall'",
    ),
)
GOVERNMENT_IT_FUNDS_POOLED_2020 = Target(
    id="government_it_funds_pooled_2020",
    quote="全市各级各部门政务信息化经费一律统筹使用",
    section="business_digital_platforms",
    period=YEAR,
    requirement=Text(
        zh="全市各级各部门政务信息化经费一律统筹使用",
        en="pool all the government IT funds of every level and department of the city",
    ),
    measure=Text(zh="政务信息化经费的统筹使用", en="pooled use of government IT funds"),
)

_PLATFORMS = "加快完善“互联网+政务服务”“互联网+监管”“领导驾驶舱”“三晋通”APP终端等硬件设施和平台"

INTERNET_PLUS_GOVERNMENT_SERVICES = Project(
    id="internet_plus_government_services",
    quote=_PLATFORMS,
    section="business_digital_platforms",
    name=Text(zh="“互联网+政务服务”", en="'Internet Plus government services' platform"),
)
INTERNET_PLUS_REGULATION = Project(
    id="internet_plus_regulation",
    quote=_PLATFORMS,
    section="business_digital_platforms",
    name=Text(zh="“互联网+监管”", en="'Internet Plus regulation' platform"),
)
LEADERSHIP_COCKPIT = Project(
    id="leadership_cockpit",
    quote=_PLATFORMS,
    section="business_digital_platforms",
    name=Text(zh="“领导驾驶舱”", en="'leadership cockpit' dashboard"),
)
SANJINTONG_APP = Project(
    id="sanjintong_app",
    quote=_PLATFORMS,
    section="business_digital_platforms",
    name=Text(zh="“三晋通”APP", en="Sanjintong app (Shanxi's government-services app)"),
    note=Text(zh="三晋通见名词解释。", en="The report's glossary explains 三晋通."),
)
GOVERNMENT_PLATFORMS_IMPROVED_2020 = Target(
    id="government_platforms_improved_2020",
    quote=_PLATFORMS,
    section="business_digital_platforms",
    period=YEAR,
    about=(
        "internet_plus_government_services",
        "internet_plus_regulation",
        "leadership_cockpit",
        "sanjintong_app",
    ),
    requirement=Text(
        zh=_PLATFORMS,
        en="speed up improving the hardware and platforms such as 'Internet Plus government services', "
        "'Internet Plus regulation', the 'leadership cockpit' and the Sanjintong app",
    ),
    measure=Text(zh="政务服务硬件设施和平台", en="hardware and platforms of government services"),
)
GOVERNMENT_DATA_SHARED_2020 = Target(
    id="government_data_shared_2020",
    quote="推进政务信息数据资源共享,尽可能让数据多跑路、让群众少跑腿",
    section="business_digital_platforms",
    period=YEAR,
    requirement=Text(
        zh="推进政务信息数据资源共享,尽可能让数据多跑路、让群众少跑腿",
        en="share government information and data, so that data rather than people make the journeys "
        "wherever possible",
    ),
    measure=Text(zh="政务信息数据资源共享", en="sharing of government information and data"),
)
MINIMAL_PROCESS_CHART_2020 = Target(
    id="minimal_process_chart_2020",
    quote="制定“极简流程一图清”",
    section="business_digital_platforms",
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

SERVICE_BY_CHART_AND_ONLINE_2020 = Target(
    id="service_by_chart_and_online_2020",
    quote="保证每一个服务对象“看图会办”“一网通办”“窗口快办”“一次妥办”",
    section="business_digital_platforms",
    period=YEAR,
    requirement=Text(
        zh="保证每一个服务对象“看图会办”“一网通办”“窗口快办”“一次妥办”",
        en="make sure everyone served can get it done from the chart, all online, quickly at the counter "
        "and in one go",
    ),
    measure=Text(zh="服务对象的办事方式", en="how everyone served gets things done"),
)

# 二是 政务服务便民化 ------------------------------------------------------------------------------------
_FIVE_REDUCTIONS = "大力开展“五减”专项行动,努力做到审批最少"

FEWEST_APPROVALS_2020 = Target(
    id="fewest_approvals_2020",
    quote=_FIVE_REDUCTIONS,
    section="business_convenient_services",
    period=YEAR,
    note=Text(zh="“五减”见术语 five_reductions。", en="五减 is the term five_reductions."),
    requirement=Text(
        zh=_FIVE_REDUCTIONS,
        en="carry out the 'five reductions' campaign vigorously, striving for the fewest approvals",
    ),
    measure=Text(
        zh="审批事项(“六最”之审批最少)", en="approvals required (fewest approvals, one of the six bests)"
    ),
)
HIGHEST_EFFICIENCY_2020 = Target(
    id="highest_efficiency_2020",
    quote="加快推进“一网通办”,努力做到效率最高",
    section="business_convenient_services",
    period=YEAR,
    requirement=Text(
        zh="加快推进“一网通办”,努力做到效率最高",
        en="push 'all online in one network' faster, striving for the highest efficiency",
    ),
    measure=Text(
        zh="政务服务效率(“六最”之效率最高)",
        en="efficiency of government services (highest efficiency, one of the six bests)",
    ),
)
SMOOTHEST_SYSTEM_2020 = Target(
    id="smoothest_system_2020",
    quote="全面巩固“一枚印章管审批”,努力做到体制最顺",
    section="business_convenient_services",
    period=YEAR,
    note=Text(
        zh="第一部分说“一枚印章管审批”已便企惠民;此处为巩固。",
        en="Part 一 reports that 一枚印章管审批 already serves firms and people; here it is to be consolidated.",
    ),
    requirement=Text(
        zh="全面巩固“一枚印章管审批”,努力做到体制最顺",
        en="consolidate 'one seal for all approvals' fully, striving for the smoothest system",
    ),
    measure=Text(
        zh="审批体制(“六最”之体制最顺)", en="approval system (smoothest system, one of the six bests)"
    ),
)
INVESTMENT_PROJECT_COMMITMENT_SYSTEM_2020 = Target(
    id="investment_project_commitment_system_2020",
    quote="强力推行投资项目承诺制,努力做到机制最活",
    section="business_convenient_services",
    period=YEAR,
    requirement=Text(
        zh="强力推行投资项目承诺制,努力做到机制最活",
        en="apply the commitment system for investment projects firmly, striving for the most flexible "
        "mechanisms",
    ),
    measure=Text(
        zh="投资项目承诺制(“六最”之机制最活)",
        en="commitment system for investment projects (most flexible mechanisms, one of the six bests)",
    ),
)
ENTERPRISE_CONCIERGE_SERVICE_2020 = Target(
    id="enterprise_concierge_service_2020",
    quote="全程开展企业跟踪化保姆式服务,努力做到流程最优",
    section="business_convenient_services",
    period=YEAR,
    requirement=Text(
        zh="全程开展企业跟踪化保姆式服务,努力做到流程最优",
        en="follow enterprises with concierge-style service all the way, striving for the best procedures",
    ),
    measure=Text(
        zh="企业跟踪化保姆式服务(“六最”之流程最优)",
        en="concierge-style service for enterprises (best procedures, one of the six bests)",
    ),
)

_FIVE_DELIVERIES = "务实开展“五送”行动,努力做到服务最好"

BEST_SERVICE_2020 = Target(
    id="best_service_2020",
    quote=_FIVE_DELIVERIES,
    section="business_convenient_services",
    period=YEAR,
    note=Text(zh="“五送”见术语 five_deliveries。", en="五送 is the term five_deliveries."),
    requirement=Text(
        zh=_FIVE_DELIVERIES,
        en="carry out the 'five deliveries' campaign in earnest, striving for the best service",
    ),
    measure=Text(
        zh="政务服务(“六最”之服务最好)", en="government service (best service, one of the six bests)"
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

SERVICE_STANDARDISATION_2020 = Target(
    id="service_standardisation_2020",
    quote="加快政务服务线上线下标准化建设",
    section="business_rules_based_administration",
    period=YEAR,
    requirement=Text(
        zh="加快政务服务线上线下标准化建设",
        en="speed up standardising government services online and offline",
    ),
    measure=Text(zh="政务服务线上线下标准化", en="standardisation of government services online and offline"),
)

_RATINGS = "完善各级政府“好差评”系统"

GOOD_BAD_RATING_SYSTEM = Project(
    id="good_bad_rating_system",
    quote=_RATINGS,
    section="business_rules_based_administration",
    name=Text(zh="“好差评”系统", en="'good or bad' rating system for government services"),
)
GOOD_BAD_RATING_SYSTEM_2020 = Target(
    id="good_bad_rating_system_2020",
    quote=_RATINGS,
    section="business_rules_based_administration",
    period=YEAR,
    about=("good_bad_rating_system",),
    requirement=Text(
        zh=_RATINGS,
        en="improve the 'good or bad' rating systems of governments at every level",
    ),
    measure=Text(zh="各级政府“好差评”系统", en="'good or bad' rating systems of every level of government"),
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
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(
        zh="人民群众诉求即接即办",
        en="every request from the public is dealt with as soon as it is received",
    ),
    about=("citizen_service_hotline_12345",),
    measure=Text(zh="热线诉求办理", en="handling of requests made to the hotline"),
)

NOT_SENTENCES = (
    NotASentence(
        quote="优化营商环境就是解放生产力、就是提升竞争力",
        reason=SentenceReason.PRINCIPLE,
        note=Text(
            zh="说明优化营商环境的意义,不含承诺;本工程的承诺见下一句及各项目标。",
            en="Says why the business environment matters and commits to nothing; the programme's commitments "
            "follow in the next sentence and its targets.",
        ),
    ),
)
