"""Part 三, "三、全面加强政府自身建设": the government's own conduct.

Its sections are in :mod:`datong2020.report.outline` ("一要加强政治建设。", "二要提升治理效能。",
"三要弘扬实干作风。", "四要保持清正廉洁。" and the closing words). The part has no Arabic digits; what is
encoded here are its concrete commitments, each with its deliverable (or deadline). Quotes are verbatim;
English is ours unless ``en_source`` says otherwise.
"""

import datetime

from datong2020.model import (
    Commitment,
    FigureKind,
    NotASentence,
    Period,
    Project,
    SentenceReason,
    Target,
    TimeFrame,
)
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2020)

# 二要 提升治理效能 --------------------------------------------------------------------------------------
LAW_BASED_GOVERNMENT_2020 = Target(
    id="law_based_government_2020",
    quote="推进法治政府建设,坚持运用法治思维和法治方式开展工作,提高依法行政水平",
    section="self_governance",
    period=YEAR,
    requirement=Text(
        zh="推进法治政府建设,坚持运用法治思维和法治方式开展工作,提高依法行政水平",
        en="build a law-based government, working by the rule of law in thinking and method, and administer "
        "more fully according to law",
    ),
    measure=Text(
        zh="法治政府建设与依法行政水平", en="law-based government and administration according to law"
    ),
)
PEOPLES_CONGRESS_AND_CPPCC_OVERSIGHT_2020 = Target(
    id="peoples_congress_and_cppcc_oversight_2020",
    quote="主动接受人大依法监督、政协民主监督",
    section="self_governance",
    period=YEAR,
    requirement=Text(
        zh="主动接受人大依法监督、政协民主监督",
        en="accept of its own accord the legal oversight of the people's congress and the democratic "
        "oversight of the CPPCC",
    ),
    measure=Text(zh="接受人大和政协监督", en="oversight by the people's congress and the CPPCC"),
)
DEPUTIES_SUGGESTIONS_HANDLED_2020 = Target(
    id="deputies_suggestions_handled_2020",
    quote="用心尽责办好每一件代表建议、每一项委员提案",
    section="self_governance",
    period=YEAR,
    requirement=Text(
        zh="办好每一件代表建议、每一项委员提案",
        en="deal properly with every suggestion of a people's congress deputy and every proposal of a "
        "CPPCC member",
    ),
    measure=Text(
        zh="代表建议和委员提案的办理",
        en="handling of deputies' suggestions and CPPCC members' proposals",
    ),
)
LAW_ENFORCEMENT_SYSTEM_REFORM_2020 = Target(
    id="law_enforcement_system_reform_2020",
    quote="继续深化和完善行政执法体制改革",
    section="self_governance",
    period=YEAR,
    requirement=Text(
        zh="继续深化和完善行政执法体制改革",
        en="keep deepening and refining the reform of the administrative law enforcement system",
    ),
    measure=Text(zh="行政执法体制改革", en="reform of administrative law enforcement"),
)
LAW_ENFORCEMENT_THREE_SYSTEMS_2020 = Target(
    id="law_enforcement_three_systems_2020",
    quote="全面推行行政执法“三项制度”",
    section="self_governance",
    period=YEAR,
    requirement=Text(
        zh="全面推行行政执法“三项制度”",
        en="apply the 'three systems' of administrative law enforcement in full",
    ),
    measure=Text(
        zh="行政执法“三项制度”",
        en="the 'three systems' of administrative law enforcement",
    ),
    note=Text(
        zh="报告未列出三项制度;全国通行的三项制度是行政执法公示、执法全过程记录、重大执法决定法制审核。",
        en="The report does not list them; nationally they are the public disclosure of enforcement, "
        "recording of the whole enforcement process, and legal review of major enforcement decisions.",
    ),
)

SUPERVISION_LAW_APPLIED_2020 = Target(
    id="supervision_law_applied_2020",
    quote="认真落实《监察法》",
    section="self_governance",
    period=YEAR,
    requirement=Text(
        zh="认真落实《监察法》",
        en="apply the Supervision Law conscientiously",
    ),
    measure=Text(zh="《监察法》的落实", en="application of the Supervision Law"),
)
THREE_MAJORS_ONE_LARGE_APPLIED_2020 = Target(
    id="three_majors_one_large_applied_2020",
    quote="严格落实“三重一大”制度,有效约束公职人员依法行使权力",
    section="self_governance",
    period=YEAR,
    requirement=Text(
        zh="严格落实“三重一大”制度,有效约束公职人员依法行使权力",
        en="apply the 'three majors, one large' rule strictly, holding public servants to exercise power "
        "according to law",
    ),
    measure=Text(zh="“三重一大”制度的落实", en="application of the 'three majors, one large' rule"),
)
JUDICIARY_SUPPORTED_2020 = Target(
    id="judiciary_supported_2020",
    quote="支持法检两院公正司法,守护公平正义,确保法治惠民",
    section="self_governance",
    period=YEAR,
    note=Text(
        zh="法检两院即人民法院和人民检察院。",
        en="法检两院: the people's court and the people's procuratorate.",
    ),
    requirement=Text(
        zh="支持法检两院公正司法",
        en="support the court and the procuratorate in administering justice fairly",
    ),
    measure=Text(
        zh="法检两院公正司法", en="fair administration of justice by the court and the procuratorate"
    ),
)

_FIVE_YEAR_PLAN = "精心编制“十四五”发展规划"

FOURTEENTH_FIVE_YEAR_PLAN = Project(
    id="fourteenth_five_year_plan",
    quote=_FIVE_YEAR_PLAN,
    section="self_governance",
    name=Text(zh="“十四五”发展规划", en="14th Five-Year Development Plan"),
)
FOURTEENTH_FIVE_YEAR_PLAN_DRAFTED_2020 = Target(
    id="fourteenth_five_year_plan_drafted_2020",
    quote=_FIVE_YEAR_PLAN,
    section="self_governance",
    period=YEAR,
    requirement=Text(zh="精心编制", en="draw up with care"),
    about=("fourteenth_five_year_plan",),
    measure=Text(zh="编制“十四五”发展规划", en="drafting of the city's 14th Five-Year Development Plan"),
)

_DIGITAL_GOVERNMENT = "突出数字政府建设,用好大数据,让便民服务更加人性化,政府治理更加“接地气”"

DIGITAL_GOVERNMENT = Project(
    id="digital_government_in_plan",
    quote=_DIGITAL_GOVERNMENT,
    section="self_governance",
    name=Text(zh="数字政府建设", en="building a digital government"),
    same_as="digital_government",
    note=Text(
        zh="第一部分说数字政府建设已于2019年正式启动。",
        en="Part 一 reports that building a digital government was formally launched in 2019.",
    ),
)
DIGITAL_GOVERNMENT_2020 = Target(
    id="digital_government_2020",
    quote=_DIGITAL_GOVERNMENT,
    section="self_governance",
    period=YEAR,
    about=("digital_government_in_plan",),
    requirement=Text(
        zh=_DIGITAL_GOVERNMENT,
        en="put the building of a digital government first, use big data well, and make services more "
        "people-friendly and government closer to the ground",
    ),
    measure=Text(zh="数字政府建设", en="building of a digital government"),
)

# 三要 弘扬实干作风 --------------------------------------------------------------------------------------
TWO_SETS_OF_TARGETS_2020 = Target(
    id="two_sets_of_targets_2020",
    quote="实行考核、工作两套目标体系",
    section="self_work_style",
    figure="两套",
    value=ureg.Quantity(2, "套"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="实行的目标体系", en="sets of targets in force"),
    note=Text(
        zh="两套即考核目标体系和工作目标体系。",
        en="One set of targets for assessment (考核) and one for the work (工作).",
    ),
)
CITY_AND_COUNTY_RESPONSIBILITIES_2020 = Target(
    id="city_and_county_responsibilities_2020",
    quote="压紧压实市县两级责任",
    section="self_work_style",
    period=YEAR,
    requirement=Text(
        zh="压紧压实市县两级责任",
        en="hold the city and the counties firmly to their responsibilities",
    ),
    measure=Text(zh="市县两级责任", en="responsibilities of city and counties"),
)
PROJECT_AND_CHECKLIST_MANAGEMENT_2020 = Target(
    id="project_and_checklist_management_2020",
    quote="推行项目化、清单化、销号制管理",
    section="self_work_style",
    period=YEAR,
    requirement=Text(
        zh="推行项目化、清单化、销号制管理",
        en="manage government work as projects, on lists, crossed off when done",
    ),
    measure=Text(zh="项目化、清单化、销号制管理", en="management by projects, lists and crossing off"),
)
ACCOUNTS_SETTLED_AT_YEAR_END_2020 = Target(
    id="accounts_settled_at_year_end_2020",
    quote="确保做到事事建账、时时理账、定期对账、年底交账",
    section="self_work_style",
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(
        zh="事事建账、时时理账、定期对账、年底交账",
        en="a ledger for every task, kept up at all times, checked regularly and settled at the year's end",
    ),
    due=TimeFrame(wording="年底", end=datetime.date(2020, 12, 31)),
    measure=Text(
        zh="政府工作项目化、清单化、销号制管理",
        en="government work managed as projects, on lists, crossed off when done",
    ),
)

WORK_METHODS_APPLIED_2020 = Target(
    id="work_methods_applied_2020",
    quote="在经济运行和重大项目建设中,落实“五图作战”“六个精准”“四个超常规”",
    section="self_work_style",
    period=YEAR,
    note=Text(
        zh="三个提法见名词解释。",
        en="The report's glossary explains the three phrases.",
    ),
    requirement=Text(
        zh="在经济运行和重大项目建设中,落实“五图作战”“六个精准”“四个超常规”",
        en="apply the 'five charts', 'six precisions' and 'four extraordinary measures' in running the "
        "economy and building major projects",
    ),
    measure=Text(
        zh="“五图作战”“六个精准”“四个超常规”的落实",
        en="application of the five charts, six precisions and four extraordinary measures",
    ),
)
PUBLIC_CONCERNS_ADDRESSED_2020 = Target(
    id="public_concerns_addressed_2020",
    quote="大兴调研之风,回应群众关切,尽心尽力解决人民群众的操心事、烦心事、揪心事",
    section="self_work_style",
    period=YEAR,
    requirement=Text(
        zh="大兴调研之风,回应群众关切,尽心尽力解决人民群众的操心事、烦心事、揪心事",
        en="investigate on the ground much more, respond to the public's concerns and do everything to "
        "solve the worries and troubles of the people",
    ),
    measure=Text(zh="群众关切的回应与解决", en="response to and resolution of the public's concerns"),
)

# 四要 保持清正廉洁 --------------------------------------------------------------------------------------
CLEAN_GOVERNMENT_AND_ANTI_CORRUPTION_2020 = Target(
    id="clean_government_and_anti_corruption_2020",
    quote="持之以恒抓好政府系统党风廉政建设和反腐败工作",
    section="self_integrity",
    period=YEAR,
    requirement=Text(
        zh="持之以恒抓好政府系统党风廉政建设和反腐败工作",
        en="keep up, without let-up, the work on clean conduct and against corruption in the government "
        "system",
    ),
    measure=Text(
        zh="政府系统党风廉政建设和反腐败", en="clean conduct and anti-corruption in the government system"
    ),
)
AUDIT_OVERSIGHT_2020 = Target(
    id="audit_oversight_2020",
    quote="加强审计监督,做好常态化的“经济体检”工作",
    section="self_integrity",
    period=YEAR,
    requirement=Text(
        zh="加强审计监督,做好常态化的“经济体检”工作",
        en="strengthen audit oversight and carry out regular 'economic check-ups'",
    ),
    measure=Text(zh="审计监督与常态化“经济体检”", en="audit oversight and regular economic check-ups"),
)
INTERNAL_AUDIT_MECHANISM_2020 = Target(
    id="internal_audit_mechanism_2020",
    quote="建立健全内部审计工作机制",
    section="self_integrity",
    period=YEAR,
    requirement=Text(zh="建立健全", en="establish and improve"),
    measure=Text(zh="内部审计工作机制", en="internal audit mechanism"),
)

POWER_AND_ACCOUNTABILITY_REGULATED_2020 = Target(
    id="power_and_accountability_regulated_2020",
    quote="规范权力运行和责任落实",
    section="self_integrity",
    period=YEAR,
    requirement=Text(
        zh="规范权力运行和责任落实",
        en="regulate how power is exercised and how responsibilities are carried out",
    ),
    measure=Text(zh="权力运行和责任落实", en="exercise of power and of responsibility"),
)
ADMINISTRATIVE_SPENDING_CUT_2020 = Target(
    id="administrative_spending_cut_2020",
    quote="大力度压缩行政运行支出,把有限的钱用在刀刃上",
    section="self_integrity",
    period=YEAR,
    requirement=Text(
        zh="大力度压缩行政运行支出,把有限的钱用在刀刃上",
        en="cut the costs of running the administration hard and spend the limited money where it counts",
    ),
    measure=Text(zh="行政运行支出", en="administrative running costs"),
)
EIGHT_POINT_RULES_OBSERVED_2020 = Target(
    id="eight_point_rules_observed_2020",
    quote="模范践行中央八项规定,力戒形式主义、官僚主义",
    section="self_integrity",
    period=YEAR,
    requirement=Text(
        zh="模范践行中央八项规定,力戒形式主义、官僚主义",
        en="observe the central eight-point rules as a model and guard against formalism and bureaucratism",
    ),
    measure=Text(zh="中央八项规定的践行", en="observance of the eight-point rules"),
)
CLEAN_CADRES_AND_GOVERNMENT_2020 = Target(
    id="clean_cadres_and_government_2020",
    quote="确保干部清正、政府清廉、政治清明",
    section="self_integrity",
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(
        zh="干部清正、政府清廉、政治清明",
        en="upright officials, a clean government and clean politics",
    ),
    measure=Text(zh="干部、政府与政治的清廉", en="integrity of officials, government and politics"),
)

_IDEOLOGY = Text(
    zh="政治原则与思想要求,不含可检验的承诺。",
    en="A political principle or ideological requirement with nothing that can be checked.",
)

NOT_SENTENCES = (
    NotASentence(quote="始终把政治建设摆在首位", reason=SentenceReason.PRINCIPLE, note=_IDEOLOGY),
    NotASentence(
        quote="时时处处把维护习近平总书记的核心地位作为第一位的政治要求",
        reason=SentenceReason.PRINCIPLE,
        note=_IDEOLOGY,
    ),
    NotASentence(
        quote="高位对表省委“四为四高两同步”总体思路和要求,确保经济社会发展始终在党的领导下奋力前行",
        reason=SentenceReason.PRINCIPLE,
        note=_IDEOLOGY,
    ),
)
