"""Part 二's opening paragraphs: the general requirements and the four musts.

The general requirements are the paragraph "2020年是全面建成小康社会和“十三五”规划的收官之年…"
(section ``plan_requirements``); the four musts follow "做好今年工作,重中之重是要坚持“四个必须”:"
(section ``plan_four_musts``, with its tasks "一是必须坚定不移贯彻新发展理念。" … "四是必须始终坚持以人民为
中心的发展思想。", all declared in :mod:`datong2020.report.outline`). The general requirements' headline
commitment is to complete the moderately prosperous society and close the 13th Five-Year Plan; their
other clauses that commit to something (keep the economy in a reasonable range, the six stabilities and
the six guarantees …) are targets of their own. The four musts are statements of principle and method,
excluded as such, but for one target: basic modernisation in step with the province and the country
(the body gives no date; the glossary's "两同步" puts it at 2035). The only Arabic digits are not
figures: "2020年" dates the year, "136" names a strategy. Quotes are verbatim; English is ours unless
``en_source`` says otherwise.
"""

from datong2020.model import Commitment, NotASentence, Period, SentenceReason, Target
from datong2020.text import Text

YEAR = Period.year(2020)
SECTION = "plan_requirements"

COVID_AND_DEVELOPMENT_COORDINATED_2020 = Target(
    id="covid_and_development_coordinated_2020",
    quote="统筹推进疫情防控和经济社会发展工作",
    section=SECTION,
    period=YEAR,
    requirement=Text(
        zh="统筹推进疫情防控和经济社会发展工作",
        en="advance epidemic control and economic and social development together",
    ),
    measure=Text(zh="疫情防控和经济社会发展统筹", en="epidemic control and development, coordinated"),
)
DEVELOPMENT_STRATEGY_136_2020 = Target(
    id="development_strategy_136_2020",
    quote="大力实施“136”发展战略",
    section=SECTION,
    period=YEAR,
    requirement=Text(zh="大力实施“136”发展战略", en="vigorously carry out the '136' development strategy"),
    measure=Text(zh="“136”发展战略", en="the '136' development strategy"),
)
THREE_REVITALISATIONS_2020 = Target(
    id="three_revitalisations_2020",
    quote="持续推进“三大振兴”",
    section=SECTION,
    period=YEAR,
    requirement=Text(zh="持续推进“三大振兴”", en="keep advancing the 'three revitalisations'"),
    measure=Text(zh="“三大振兴”", en="the 'three revitalisations'"),
)
THREE_CRITICAL_BATTLES_2020 = Target(
    id="three_critical_battles_2020",
    quote="坚决打好三大攻坚战",
    section=SECTION,
    period=YEAR,
    requirement=Text(zh="坚决打好三大攻坚战", en="resolutely fight the three critical battles"),
    measure=Text(zh="三大攻坚战", en="the three critical battles"),
)
SIX_STABILITIES_2020 = Target(
    id="six_stabilities_2020",
    quote="加大“六稳”工作力度",
    section=SECTION,
    period=YEAR,
    requirement=Text(zh="加大“六稳”工作力度", en="do more for the 'six stabilities'"),
    measure=Text(zh="“六稳”工作", en="work on the 'six stabilities'"),
)
SIX_GUARANTEES_2020 = Target(
    id="six_guarantees_2020",
    quote="全面做好“六保”工作",
    section=SECTION,
    period=YEAR,
    requirement=Text(zh="全面做好“六保”工作", en="carry out the 'six guarantees' in full"),
    measure=Text(zh="“六保”工作", en="work on the 'six guarantees'"),
)
ECONOMY_WITHIN_REASONABLE_RANGE_2020 = Target(
    id="economy_within_reasonable_range_2020",
    quote="保持经济运行在合理区间",
    section=SECTION,
    period=YEAR,
    requirement=Text(zh="保持经济运行在合理区间", en="keep the economy running within a reasonable range"),
    measure=Text(zh="经济运行区间", en="the range the economy runs in"),
)
MODERATELY_PROSPEROUS_SOCIETY_COMPLETED_2020 = Target(
    id="moderately_prosperous_society_completed_2020",
    quote="确保全面建成小康社会与“十三五”规划圆满收官",
    section=SECTION,
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(
        zh="全面建成小康社会与“十三五”规划圆满收官",
        en="complete the building of a moderately prosperous society in all respects and bring the "
        "13th Five-Year Plan to a successful close",
    ),
    measure=Text(
        zh="全面建成小康社会与“十三五”规划收官",
        en="completion of the moderately prosperous society and close of the 13th Five-Year Plan",
    ),
    note=Text(
        zh="同段开头说明2020年是全面建成小康社会和“十三五”规划的收官之年。",
        en="The paragraph opens by calling 2020 the final year of both, hence the period.",
    ),
)

# The four musts ------------------------------------------------------------------------------------
MODERNISATION_IN_STEP_2035 = Target(
    id="modernisation_in_step_2035",
    quote="与全省全国同步基本实现社会主义现代化",
    section="must_provincial_approach",
    period=Period.year(2035),
    requirement=Text(
        zh="与全省全国同步基本实现社会主义现代化",
        en="basically achieve socialist modernisation in step with the province and the country",
    ),
    measure=Text(zh="基本实现社会主义现代化", en="basic socialist modernisation"),
    note=Text(
        zh="本句未写年份;名词解释“两同步”写明“到2035年与全国同步基本实现社会主义现代化”,故期间取2035年。",
        en="The sentence names no year; the glossary's 两同步 says 到2035年与全国同步基本实现社会主义现代化 "
        "(by 2035, in step with the country), hence the period 2035. No deadline is given, as the sentence "
        "words none.",
    ),
)

_FOUR_MUSTS_METHOD = Text(
    zh="“四个必须”的工作方法,不承诺可核查的事项。",
    en="A working method of the four musts; it commits to nothing checkable.",
)
_FOUR_HIGHS = Text(
    zh="以“四高”之一为维度的城市定位,未给出可核查的内容或时间;具体任务见“十大工程”。",
    en="One of the 四高 (four highs) as a dimension of the city's aim; nothing checkable and no date. The ten "
    "programmes set out what is to be done.",
)

NOT_SENTENCES = (
    NotASentence(quote="深刻把握过程论", reason=SentenceReason.PRINCIPLE, note=_FOUR_MUSTS_METHOD),
    NotASentence(quote="深刻把握重点论", reason=SentenceReason.PRINCIPLE, note=_FOUR_MUSTS_METHOD),
    NotASentence(quote="深刻把握主体论", reason=SentenceReason.PRINCIPLE, note=_FOUR_MUSTS_METHOD),
    NotASentence(quote="深刻把握标准论", reason=SentenceReason.PRINCIPLE, note=_FOUR_MUSTS_METHOD),
    NotASentence(
        quote="把“转型为纲、项目为王、改革为要、创新为上”贯穿于政府工作全过程。",
        reason=SentenceReason.PRINCIPLE,
        note=Text(
            zh="即名词解释第2条的“四为”。",
            en="The 四为 (four priorities) of the glossary's entry 2, as a principle for all the government's "
            "work.",
        ),
    ),
    NotASentence(quote="以高水平崛起为横向维度", reason=SentenceReason.PRINCIPLE, note=_FOUR_HIGHS),
    NotASentence(quote="以高质量发展为纵向主轴", reason=SentenceReason.PRINCIPLE, note=_FOUR_HIGHS),
    NotASentence(quote="以高标准保护为重要内涵", reason=SentenceReason.PRINCIPLE, note=_FOUR_HIGHS),
    NotASentence(quote="以高品质生活为根本目的", reason=SentenceReason.PRINCIPLE, note=_FOUR_HIGHS),
    NotASentence(
        quote="把实现好、维护好、发展好最广大人民根本利益作为出发点和落脚点",
        reason=SentenceReason.PRINCIPLE,
        note=Text(
            zh="以人民为中心的原则;“更多民生工程、惠民举措”未给出可核查的内容,见第(十)项工程。",
            en="The people-centred principle; its 'more livelihood projects and measures' name nothing "
            "checkable (programme (十) sets them out).",
        ),
    ),
    NotASentence(quote="只要是人民群众向往的", reason=SentenceReason.PRINCIPLE),
)
