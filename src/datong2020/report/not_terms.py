"""Phrases the term pattern finds that are not terms, each with the reason a reviewer accepted.

``python -m datong2020 coverage`` lists every slogan-shaped phrase of the report (a quoted phrase with a
number in it, or a numeral with 大/个 and a noun) that no encoded term, figure or project name covers
and that is not listed here.
"""

from datong2020.coverage import NotATerm
from datong2020.text import Text

_PARTY_CONGRESS = Text(
    zh="党的代表大会的名称", en="the name of a Party congress (the 19th National Congress)"
)

NOT_TERMS = (
    NotATerm(
        quote="全面贯彻党的十九大和十九届二中、三中、四中全会精神,不折不扣",
        phrase="十九大",
        reason=_PARTY_CONGRESS,
    ),
    NotATerm(
        quote="全面贯彻党的十九大和十九届二中、三中、四中全会精神,深入贯彻",
        phrase="十九大",
        reason=_PARTY_CONGRESS,
    ),
    NotATerm(
        quote="开发区两大氢都产业城道路骨架项目首期建成投产",
        phrase="两大氢都产",
        reason=Text(
            zh="普通数目:开发区氢都产业城的两个道路骨架项目,报告未列名,不是口号",
            en="A plain count, not a slogan or named set: the two road-network projects of the development "
            "zone's hydrogen city, whose first phases were completed; the report does not name them.",
        ),
    ),
    NotATerm(
        quote="荣获“全国十佳生态文明城市”和“中国美丽城市”称号",
        phrase="全国十佳生态文明城市",
        reason=Text(
            zh="荣誉称号;“十佳”是名次,不是条目数",
            en="An honorary title the city was awarded ('one of China's ten best eco-civilisation cities'); "
            "the ten is a ranking in the title's name, not a set of items.",
        ),
    ),
    NotATerm(
        quote="大健康及现代医药产业要注重依托两个医药产业园区",
        phrase="两个医药产",
        reason=Text(
            zh="普通数目:两个医药产业园区,此处未列名,不是口号",
            en="A plain count, not a slogan: two pharmaceutical industrial parks, not named here.",
        ),
    ),
    NotATerm(
        quote="三是以二十大技改项目助力转型",
        phrase="二十大技改项",
        reason=Text(
            zh="任务标题,复述本项末句“20个技改项目”(已编码为目标);该标题作为“三大转型”的第三项",
            en="A task heading that restates the count in the task's last sentence, 20个技改项目 (target "
            "key_technical_upgrading_projects_2020); the report names six of the twenty followed by 等. "
            "The heading is the third member of 三大转型 (three_transformations).",
        ),
    ),
    NotATerm(
        quote="探索两大新兴产业的存量增量",
        phrase="两大新兴产",
        reason=Text(
            zh="指同句“新能源+大数据”中的两个产业,普通数目,不是口号",
            en="A plain count referring back to the two industries named earlier in the same sentence, "
            "“新能源+大数据” (new energy and big data); not a slogan.",
        ),
    ),
    NotATerm(
        quote="做优做精六大县城",
        phrase="六大县城",
        reason=Text(
            zh="即“一核六县多点”中“六县”的县城,普通数目,报告未列名",
            en="A plain count: the county towns of the city's six counties, the 六县 of 一核六县多点 "
            "(one_core_six_counties_many_points, whose note explains it); the report does not name them.",
        ),
    ),
    NotATerm(
        quote="“三晋通”APP终端",
        phrase="三晋通",
        reason=Text(
            zh="手机应用名称;“三晋”为山西别称,不是数目",
            en="The name of an app (Shanxi's government-services app); 三晋, 'the three Jin', is a "
            "traditional name for Shanxi, not a count.",
        ),
    ),
)
