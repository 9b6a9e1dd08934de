"""Part 二's opening paragraphs: the general requirements and the four musts.

The general requirements are the paragraph "2020年是全面建成小康社会和“十三五”规划的收官之年…"
(section ``plan_requirements``); the four musts follow "做好今年工作,重中之重是要坚持“四个必须”:"
(section ``plan_four_musts``, with its tasks "一是必须坚定不移贯彻新发展理念。" … "四是必须始终坚持以人民为
中心的发展思想。", all declared in :mod:`datong2020.report.outline`). Both are statements of principle:
the one commitment with a deliverable is the year's headline task, to complete the moderately
prosperous society and close the 13th Five-Year Plan. The four musts set no target (the "三个五年分步走"
design and "与全省全国同步基本实现社会主义现代化" give no date). Their only Arabic digits are not figures:
"2020年" dates the year, "136" names a strategy. Quotes are verbatim; English is ours unless
``en_source`` says otherwise.
"""

from datong2020.model import Commitment, Period, Target
from datong2020.text import Text

YEAR = Period.year(2020)
SECTION = "plan_requirements"

MODERATELY_PROSPEROUS_SOCIETY_COMPLETED_2020 = Target(
    id="moderately_prosperous_society_completed_2020",
    quote="确保全面建成小康社会与“十三五”规划圆满收官",
    section=SECTION,
    figure=None,
    figure_kind=None,
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
