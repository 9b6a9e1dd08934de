"""Part 二, the COVID-19 paragraph after the ten programmes: "各位代表,新冠肺炎疫情仍然是我们面临的重大考验".

Its figures describe the city's epidemic from its outbreak to the report (given on 22 April 2020), so
their period is the year 2020 with a note saying they cover only January to April. The second "152名"
restates the first. Quotes are verbatim; figures are as written; English is ours unless ``en_source``
says otherwise.
"""

from datong2020.model import Commitment, Fact, FigureKind, Period, Target
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2020)
SECTION = "plan_covid"

_JANUARY_TO_APRIL = Text(
    zh="指疫情爆发至报告发表(2020年4月22日),即2020年1月至4月。",
    en="From the outbreak to the report (22 April 2020), i.e. January to April 2020, not the whole year.",
)

COVID_CONFIRMED_CASES_2020 = Fact(
    id="covid_confirmed_cases_2020",
    quote="全市12例确诊病例全部治愈康复",
    section=SECTION,
    figure="12例",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="全市确诊病例(全部治愈康复)",
        en="confirmed COVID-19 cases in the city, all of them cured",
    ),
    note=_JANUARY_TO_APRIL,
)

_HUBEI = "五批152名白衣战士闻令而动、驰援湖北、载誉凯旋"

HUBEI_MEDICAL_WORKERS_2020 = Fact(
    id="hubei_medical_workers_2020",
    quote=_HUBEI,
    section=SECTION,
    figure="152名",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="驰援湖北的白衣战士",
        en="medical workers sent to help Hubei, all returned with honour",
    ),
    note=_JANUARY_TO_APRIL,
)
HUBEI_MEDICAL_TEAM_BATCHES_2020 = Fact(
    id="hubei_medical_team_batches_2020",
    quote=_HUBEI,
    section=SECTION,
    figure="五批",
    value=ureg.Quantity(5, "批"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="hubei_medical_workers_2020",
    measure=Text(
        zh="驰援湖北的医疗队批次",
        en="batches in which the medical workers went to Hubei",
    ),
    note=_JANUARY_TO_APRIL,
)
NORMALISED_EPIDEMIC_CONTROL_2020 = Target(
    id="normalised_epidemic_control_2020",
    quote="要继续实施常态化疫情防控,外防输入、内防反弹,不断巩固疫情持续向好形势",
    section=SECTION,
    period=YEAR,
    requirement=Text(
        zh="继续实施常态化疫情防控,外防输入、内防反弹",
        en="keep epidemic control as a routine: stop cases coming in from outside and a resurgence inside",
    ),
    measure=Text(zh="常态化疫情防控", en="routine epidemic prevention and control"),
)
EPIDEMIC_FIGHT_WON_2020 = Target(
    id="epidemic_fight_won_2020",
    quote="确保打赢疫情防控的人民战争、总体战、阻击战",
    section=SECTION,
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(
        zh="打赢疫情防控的人民战争、总体战、阻击战",
        en="win the people's war, the all-out war and the blocking war against the epidemic",
    ),
    measure=Text(zh="疫情防控的人民战争、总体战、阻击战", en="the fight against the epidemic"),
)
HUBEI_MEDICAL_WORKERS_2020_RESTATED = Fact(
    id="hubei_medical_workers_2020_restated",
    quote="为152名英雄驰援湖北、贡献大同表示衷心的感谢",
    section=SECTION,
    figure="152名",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="hubei_medical_workers_2020",
    measure=Text(
        zh="驰援湖北的英雄(重述)",
        en="medical workers sent to help Hubei (restated, as 'heroes')",
    ),
    note=Text(
        zh="与“五批152名白衣战士”为同一数字的重述。",
        en="The same number as the 152 medical workers above, restated; it covers January to April 2020.",
    ),
)
