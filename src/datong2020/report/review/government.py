"""Part 一, work area 八是: the government's own conduct ("八是着力加强政府自身建设,履职能力不断提升。").

Administrative permits (processing time, online availability) and new work rules. Quotes are verbatim;
figures are as written. English is ours unless ``en_source`` says otherwise.
What the text reports without a figure (a project completed, a title won, a reform, an event) is an
:class:`Achievement` beside the facts of its passage.
"""

from datong2020.model import Achievement, AchievementKind, Fact, FigureKind, Period, Project
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2019)
SECTION = "review_government"

# 主题教育、机构改革 -----------------------------------------------------------------------------------
_THEME_EDUCATION = "扎实开展“不忘初心、牢记使命”主题教育"

STAY_TRUE_TO_THE_MISSION_CAMPAIGN = Project(
    id="stay_true_to_the_mission_campaign",
    quote=_THEME_EDUCATION,
    section=SECTION,
    name=Text(
        zh="“不忘初心、牢记使命”主题教育",
        en="'Stay true to our founding mission' education campaign",
    ),
)
STAY_TRUE_TO_THE_MISSION_CAMPAIGN_HELD_2019 = Achievement(
    id="stay_true_to_the_mission_campaign_held_2019",
    quote=_THEME_EDUCATION,
    section=SECTION,
    what=Text(
        zh="扎实开展“不忘初心、牢记使命”主题教育",
        en="carried out the 'Stay true to our founding mission' education campaign",
    ),
    category=AchievementKind.HELD,
    period=YEAR,
    about=("stay_true_to_the_mission_campaign",),
)

_INSTITUTIONAL_REFORM = "政府机构改革全面完成,法治政府建设深入推进,人大代表建议、政协委员提案全部办结"

GOVERNMENT_INSTITUTIONAL_REFORM_COMPLETED_2019 = Achievement(
    id="government_institutional_reform_completed_2019",
    quote=_INSTITUTIONAL_REFORM,
    section=SECTION,
    what=Text(zh="政府机构改革全面完成", en="the reform of government institutions was completed"),
    category=AchievementKind.REFORMED,
    period=YEAR,
)
LAW_BASED_GOVERNMENT_ADVANCED_2019 = Achievement(
    id="law_based_government_advanced_2019",
    quote=_INSTITUTIONAL_REFORM,
    section=SECTION,
    what=Text(zh="法治政府建设深入推进", en="building a law-based government advanced further"),
    category=AchievementKind.ADVANCED,
    period=YEAR,
)
DEPUTIES_PROPOSALS_ALL_HANDLED_2019 = Achievement(
    id="deputies_proposals_all_handled_2019",
    quote=_INSTITUTIONAL_REFORM,
    section=SECTION,
    what=Text(
        zh="人大代表建议、政协委员提案全部办结",
        en="every suggestion of people's congress deputies and every proposal of CPPCC members was dealt with",
    ),
    category=AchievementKind.COMPLETED,
    period=YEAR,
)

# 放管服效改革 -----------------------------------------------------------------------------------------
_STREAMLINING = "数字政府建设正式启动,“一枚印章管审批”便企惠民"

DIGITAL_GOVERNMENT = Project(
    id="digital_government",
    quote=_STREAMLINING,
    section=SECTION,
    name=Text(zh="数字政府建设", en="building a digital government"),
)
DIGITAL_GOVERNMENT_LAUNCHED_2019 = Achievement(
    id="digital_government_launched_2019",
    quote=_STREAMLINING,
    section=SECTION,
    what=Text(zh="数字政府建设正式启动", en="the building of a digital government formally began"),
    category=AchievementKind.LAUNCHED,
    period=YEAR,
    about=("digital_government",),
)
ONE_SEAL_FOR_APPROVALS_2019 = Achievement(
    id="one_seal_for_approvals_2019",
    quote=_STREAMLINING,
    section=SECTION,
    what=Text(
        zh="“一枚印章管审批”便企惠民",
        en="'one seal for all approvals' made things easier for firms and the public",
    ),
    category=AchievementKind.REFORMED,
    period=YEAR,
)

# 行政许可 ---------------------------------------------------------------------------------------------
_PERMIT_TIME = "市本级行政许可事项平均办理时限由原来的8.76个工作日压缩为3.22个工作日"

PERMIT_PROCESSING_TIME_2019 = Fact(
    id="permit_processing_time_2019",
    quote=_PERMIT_TIME,
    section=SECTION,
    figure="3.22个工作日",
    value=ureg.Quantity(3.22, "工作日"),
    figure_kind=FigureKind.DURATION,
    period=YEAR,
    measure=Text(
        zh="市本级行政许可事项平均办理时限",
        en="average time to process a city-level administrative permit",
    ),
    note=Text(
        zh="“个工作日”不能直接读作单位,故显式给出数值(3.22工作日)。",
        en="'个工作日' does not parse as a unit, so the value (3.22 working days) is given explicitly.",
    ),
)
PERMIT_PROCESSING_TIME_BEFORE_REFORM = Fact(
    id="permit_processing_time_before_reform",
    quote=_PERMIT_TIME,
    section=SECTION,
    figure="8.76个工作日",
    value=ureg.Quantity(8.76, "工作日"),
    figure_kind=FigureKind.DURATION,
    period=Period.year(2018),
    of="permit_processing_time_2019",
    measure=Text(
        zh="市本级行政许可事项平均办理时限(原来)",
        en="average time to process a city-level administrative permit, before the reform",
    ),
    note=Text(
        zh="原文只说“原来的”,未给年份;按起始值记为2018年。“个工作日”不能直接读作单位,故显式给出数值。",
        en="The report says only 原来的 (previously), giving no year; recorded as the 2018 start value. "
        "'个工作日' does not parse as a unit, so the value (8.76 working days) is given explicitly.",
    ),
)
PERMITS_AVAILABLE_ONLINE_RATE_2019 = Fact(
    id="permits_available_online_rate_2019",
    quote="网上可办率达到81%",
    section=SECTION,
    figure="81%",
    figure_kind=FigureKind.RATE,
    period=YEAR,
    measure=Text(
        zh="市本级行政许可事项网上可办率",
        en="share of city-level administrative permits that can be handled online",
    ),
)

# 工作制度 ---------------------------------------------------------------------------------------------
GOVERNMENT_WORK_RULES_ESTABLISHED_2019 = Fact(
    id="government_work_rules_established_2019",
    quote="保障小区物业正常运行等16项工作制度",
    section=SECTION,
    figure="16项",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="建立完善的工作制度",
        en="work rules established or improved (12345 hotline, residential property services and others)",
    ),
    note=Text(
        zh="原文只列出16项中的2项(12345政府服务热线问题办理、保障小区物业正常运行)后接“等”,故不列成员。",
        en="The report names only 2 of the 16 (handling 12345 hotline issues, keeping residential property "
        "services running) before 等, so no members are listed.",
    ),
)

# 其他工作 ---------------------------------------------------------------------------------------------
OTHER_GOVERNMENT_WORK_ADVANCED_2019 = Achievement(
    id="other_government_work_advanced_2019",
    quote="国防动员、双拥共建、审计统计、民族宗教、人民防空、气象地震、档案史志、妇女儿童、社会救助、老龄、残疾人等工作迈出新步伐",
    section=SECTION,
    what=Text(
        zh="等工作迈出新步伐",
        en="defence mobilisation, mutual support of the army and civilians, audit and statistics, ethnic and "
        "religious affairs, civil air defence, meteorology and seismology, archives and local history, women "
        "and children, social assistance, the elderly, the disabled and other work took new steps",
    ),
    category=AchievementKind.ADVANCED,
    period=YEAR,
)
