"""Part 三, "三、全面加强政府自身建设": the government's own conduct.

Its sections are in :mod:`datong2020.report.outline` ("一要加强政治建设。", "二要提升治理效能。",
"三要弘扬实干作风。", "四要保持清正廉洁。" and the closing words). The part has no Arabic digits; what is
encoded here are its concrete commitments, each with its deliverable (or deadline). Quotes are verbatim;
English is ours unless ``en_source`` says otherwise.
"""

import datetime

from datong2020.model import Commitment, FigureKind, Period, Project, Target, TimeFrame
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2020)

# 二要 提升治理效能 --------------------------------------------------------------------------------------
DEPUTIES_SUGGESTIONS_HANDLED_2020 = Target(
    id="deputies_suggestions_handled_2020",
    quote="用心尽责办好每一件代表建议、每一项委员提案",
    section="self_governance",
    figure=None,
    figure_kind=None,
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
LAW_ENFORCEMENT_THREE_SYSTEMS_2020 = Target(
    id="law_enforcement_three_systems_2020",
    quote="全面推行行政执法“三项制度”",
    section="self_governance",
    figure=None,
    figure_kind=None,
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
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(zh="精心编制", en="draw up with care"),
    about=("fourteenth_five_year_plan",),
    measure=Text(zh="编制“十四五”发展规划", en="drafting of the city's 14th Five-Year Development Plan"),
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
ACCOUNTS_SETTLED_AT_YEAR_END_2020 = Target(
    id="accounts_settled_at_year_end_2020",
    quote="确保做到事事建账、时时理账、定期对账、年底交账",
    section="self_work_style",
    figure=None,
    figure_kind=None,
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

# 四要 保持清正廉洁 --------------------------------------------------------------------------------------
INTERNAL_AUDIT_MECHANISM_2020 = Target(
    id="internal_audit_mechanism_2020",
    quote="建立健全内部审计工作机制",
    section="self_integrity",
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(zh="建立健全", en="establish and improve"),
    measure=Text(zh="内部审计工作机制", en="internal audit mechanism"),
)
