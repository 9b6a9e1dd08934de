"""Datong 2021 report, part 一, the 过去五年 paragraphs: the thirteenth five-year plan period, 2016–2020.

Most of their figures are averages over the five years (年均增长) or totals of them (民生支出, 棚户区改造):
neither is a 2020 outcome, and none is encoded. What is encoded is what the paragraphs give for 2020
itself: the 2020 level at the end of a "由2015年的…增加到…" sentence, the growth and rank the industry
sentence gives beside the rank's end point, and a completion the 2020 plan still had ahead of it. Each
reading is stated on its record.
"""

from datong2020.model import Direction, FigureKind, Outcome, Period, Quirk
from datong2020.text import NBS, Text

YEAR = Period.year(2020)
DOCUMENT = "datong_2021"

# 综合实力 -------------------------------------------------------------------------------------------
GDP_2020 = Outcome(
    id="gdp_2020",
    quote="推动全市地区生产总值由2015年的984.98亿元增加到1369.9亿元，年均增长5.0％",
    section=None,
    document=DOCUMENT,
    figure="1369.9亿元",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    outcome_of=("gdp_2019",),
    measure=Text(zh="地区生产总值", en="gross regional product", en_source=NBS),
    reading=Text(
        zh="“由2015年的984.98亿元增加到1369.9亿元”的终点是2020年的水平;同句的“年均增长5.0％”"
        "是2016—2020年的平均,不是2020年的增速,未编码。",
        en="The end point of 'from CNY 98.498 billion in 2015 to CNY 136.99 billion' is the 2020 level; the "
        "same sentence's 年均增长5.0％ averages 2016–2020, is not 2020's growth, and is not encoded.",
    ),
)

_INDUSTRY = "规上工业增加值增速达到7.7％，由2016年全省末位逐步前移到全省第2"
_INDUSTRY_READING = Text(
    zh="此句在五年回顾中,但不带“年均”(前后的五年平均都写明“年均”),且与位次由2016年“全省末位”"
    "前移到的终点“全省第2”并列:读作2020年当年的增速及其全省位次。2020年回顾部分未另给此增速。",
    en="The sentence stands in the five-year review, but it lacks the 年均 that marks every five-year average "
    "around it, and it pairs the growth with the end point of a rank that moved from last in Shanxi in 2016 "
    "to second: read as the growth of 2020 itself and its rank. The review of 2020 gives no other figure "
    "for it.",
)

INDUSTRIAL_VALUE_ADDED_GROWTH_2020 = Outcome(
    id="industrial_value_added_growth_2020",
    quote=_INDUSTRY,
    section=None,
    document=DOCUMENT,
    figure="7.7％",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    direction=Direction.INCREASE,
    outcome_of=("industrial_value_added_growth_target_2020", "industrial_value_added_growth_2019"),
    measure=Text(zh="规上工业增加值增长", en="growth of industrial value added above designated size"),
    reading=_INDUSTRY_READING,
)
INDUSTRIAL_VALUE_ADDED_GROWTH_RANK_2020 = Outcome(
    id="industrial_value_added_growth_rank_2020",
    quote=_INDUSTRY,
    section=None,
    document=DOCUMENT,
    figure="第2",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    outcome_of=("industrial_value_added_growth_rank_2019",),
    measure=Text(
        zh="规模以上工业增加值增幅全省位次", en="rank of industrial value-added growth among Shanxi's cities"
    ),
    reading=_INDUSTRY_READING,
)

# The page break of the printed newspaper edition falls inside this paragraph; the transcription keeps
# its two notices between the industry sentence and the next.
PAGE_BREAK_NOTICES = Quirk(
    id="datong_2021_page_break_notices",
    quote="（下转第三版）（上接第一版）",
    section=None,
    document=DOCUMENT,
    description=Text(
        zh="五年回顾的第一段中间夹着报纸版面的转版说明“（下转第三版）（上接第一版）”",
        en="The newspaper's continuation notices ('continued on page 3', 'continued from page 1') stand in "
        "the middle of the first five-year paragraph, between two sentences of the report.",
    ),
)

# 转型 -----------------------------------------------------------------------------------------------
AVIATION_COLLEGE_ENROLLING_2020 = Outcome(
    id="aviation_college_enrolling_2020",
    quote="山西通用航空职业技术学院招生运行",
    section=None,
    document=DOCUMENT,
    period=YEAR,
    outcome_of=("aviation_college_opened_2020", "shanxi_general_aviation_vocational_college"),
    measure=Text(
        zh="山西通用航空职业技术学院", en="Shanxi General Aviation Vocational and Technical College"
    ),
    result=Text(zh="招生运行", en="enrolling students and running"),
    reading=Text(
        zh="五年回顾未写年份。2020年4月的报告还要“推动…挂牌招生”(2019年只是“建成”),2021年2月的报告说已"
        "“招生运行”;高职院校每年秋季招生,故读作2020年秋季首次招生。",
        en="The five-year review gives no year. The report of April 2020 still had to 'push the college to "
        "open and enrol' (2019 had only 'built' it); the report of February 2021 says it enrols and runs. "
        "Vocational colleges take their students in the autumn, so this is read as the first intake, in "
        "the autumn of 2020.",
    ),
)
