"""What the coverage counts deliberately leave out, each with the reason a reviewer accepted.

- ``NOT_FIGURES``: digit runs that are not figures. Dates that are only dates, numbers inside names and
  ordinals in titles are not quantities; ``python -m datong2020 coverage`` treats them as accounted for.
- ``NOT_TERMS``: phrases the term pattern finds (a quoted phrase with a number in it, or a numeral with
  大/个 and a noun) that are not terms.

Sentences that no record encodes are declared beside the records of their part (``NOT_SENTENCES`` in
each data module), since a reviewer reads them with the passage they belong to.
"""

from datong2020.model import NotAFigure, NotATerm
from datong2020.text import Text

_DATE = Text(zh="日期", en="a date, not a quantity")
_TITLE_DATE = Text(zh="标题中的年份与日期", en="the year and date in the report's title line")
_IN_A_NAME = Text(zh="名称的一部分", en="part of a proper name, not a quantity")
_DEADLINE = Text(
    zh="期限中的日期(已编码为TimeFrame)", en="a date in a deadline, encoded as the target's TimeFrame"
)
_5G = Text(zh="通信制式名称", en="the name of a mobile standard (5G)")
_IN_A_TERM = Text(zh="术语名称的一部分(见名词解释)", en="part of a coined term's name (see the glossary)")

NOT_FIGURES = (
    # Front matter: the title line.
    NotAFigure(quote="大同市2020年政府工作报告", digits="2020", reason=_TITLE_DATE),
    NotAFigure(quote="——2020年4月22日", digits="2020", reason=_TITLE_DATE),
    NotAFigure(quote="——2020年4月22日", digits="4", reason=_TITLE_DATE),
    NotAFigure(quote="——2020年4月22日", digits="22", reason=_TITLE_DATE),
    # Part 一
    NotAFigure(
        quote="一、2019年工作回顾", digits="2019", reason=Text(zh="标题中的年份", en="the year in a heading")
    ),
    NotAFigure(quote="2019年,市域主要经济指标", digits="2019", reason=_DATE),
    NotAFigure(quote="从去年5月8日开工", digits="5", reason=_DATE),
    NotAFigure(quote="从去年5月8日开工", digits="8", reason=_DATE),
    NotAFigure(quote="到8月27日建成", digits="8", reason=_DATE),
    NotAFigure(quote="到8月27日建成", digits="27", reason=_DATE),
    NotAFigure(quote="“2019首届中国(大同)新能源国际高峰论坛”", digits="2019", reason=_IN_A_NAME),
    NotAFigure(quote="按照“3+4+5”的园区建设规划", digits="3", reason=_IN_A_TERM),
    NotAFigure(quote="按照“3+4+5”的园区建设规划", digits="4", reason=_IN_A_TERM),
    NotAFigure(quote="按照“3+4+5”的园区建设规划", digits="5", reason=_IN_A_TERM),
    NotAFigure(quote="北大1898众创空间、中关村", digits="1898", reason=_IN_A_NAME),
    NotAFigure(quote="长城1号景区大建设", digits="1", reason=_IN_A_NAME),
    NotAFigure(quote="长城1号旅游公路工程", digits="1", reason=_IN_A_NAME),
    NotAFigure(quote="。2019年危房改造", digits="2019", reason=_DATE),
    NotAFigure(
        quote="行政村4G网络全覆盖",
        digits="4",
        reason=Text(zh="通信制式名称", en="the name of a mobile standard (4G)"),
    ),
    NotAFigure(
        quote="PM2.5平均浓度", digits="2", reason=Text(zh="污染物名称", en="the name of a pollutant (PM2.5)")
    ),
    NotAFigure(
        quote="PM2.5平均浓度", digits="5", reason=Text(zh="污染物名称", en="the name of a pollutant (PM2.5)")
    ),
    NotAFigure(quote="由2018年全国地级及以上城市", digits="2018", reason=_DATE),
    NotAFigure(quote="大昶移动能源等“8+1”项目", digits="8", reason=_IN_A_NAME),
    NotAFigure(quote="大昶移动能源等“8+1”项目", digits="1", reason=_IN_A_NAME),
    NotAFigure(quote="“1310”兴医工程高水平推进", digits="1310", reason=_IN_A_TERM),
    NotAFigure(
        quote="庆祝新中国成立70周年系列活动",
        digits="70",
        reason=Text(zh="纪念活动名称中的周年数", en="the anniversary in the name of a celebration"),
    ),
    NotAFigure(
        quote="建立完善12345政府服务热线",
        digits="12345",
        reason=Text(zh="热线电话号码", en="a telephone hotline number"),
    ),
    # Part 二
    NotAFigure(
        quote="二、2020年工作安排", digits="2020", reason=Text(zh="标题中的年份", en="the year in a heading")
    ),
    NotAFigure(quote="2020年是全面建成小康社会", digits="2020", reason=_DATE),
    NotAFigure(quote="大力实施“136”发展战略", digits="136", reason=_IN_A_TERM),
    NotAFigure(
        quote="项目C42E型飞机", digits="42", reason=Text(zh="飞机型号", en="an aircraft model (C42E)")
    ),
    NotAFigure(
        quote="积极引进北航V2微型涡喷发动机",
        digits="2",
        reason=Text(zh="发动机型号", en="an engine model (V2)"),
    ),
    NotAFigure(
        quote="CCAR-147部维修基地",
        digits="147",
        reason=Text(zh="民航规章编号", en="an aviation regulation (CCAR-147)"),
    ),
    NotAFigure(quote="及早布局以5G、物联网", digits="5", reason=_5G),
    NotAFigure(quote="1700座5G基站", digits="5", reason=_5G),
    NotAFigure(quote="实现中心城区5G网络", digits="5", reason=_5G),
    NotAFigure(quote="玄武岩纤维型材5G杆塔项目", digits="5", reason=_5G),
    NotAFigure(
        quote="中化集团、3528等总投资",
        digits="3528",
        reason=Text(zh="企业代号", en="an enterprise's designation (3528)"),
    ),
    NotAFigure(quote="2020年全市能源革命综合改革试点基本形成雏型", digits="2020", reason=_DATE),
    NotAFigure(quote="北大1898众创空间、太赫兹", digits="1898", reason=_IN_A_NAME),
    NotAFigure(quote="长城1号国家风景道", digits="1", reason=_IN_A_NAME),
    NotAFigure(quote="创建5A级景区", digits="5", reason=Text(zh="景区等级", en="a scenic-area grade (5A)")),
    NotAFigure(quote="康养产业正在成为21世纪", digits="21", reason=Text(zh="世纪", en="a century, a date")),
    NotAFigure(quote="加快398博爱康养服务中心", digits="398", reason=_IN_A_NAME),
    NotAFigure(quote="到2025年转型出雏形之时", digits="2025", reason=_DEADLINE),
    NotAFigure(quote="到2035年转型全面实现之时", digits="2035", reason=_DEADLINE),
    NotAFigure(quote="确保今年按照6月30日", digits="6", reason=_DEADLINE),
    NotAFigure(quote="确保今年按照6月30日", digits="30", reason=_DEADLINE),
    NotAFigure(quote="、8月30日建成通车", digits="8", reason=_DEADLINE),
    NotAFigure(quote="、8月30日建成通车", digits="30", reason=_DEADLINE),
    NotAFigure(quote="今年从6月份起", digits="6", reason=_DEADLINE),
    NotAFigure(quote="共“10+1”类问题", digits="10", reason=_IN_A_TERM),
    NotAFigure(quote="10+1”类问题", digits="1", reason=_IN_A_TERM),
    NotAFigure(quote="动态清零,6月底前全面完成", digits="6", reason=_DEADLINE),
    NotAFigure(
        quote="全面改进12345便民服务热线",
        digits="12345",
        reason=Text(zh="热线电话号码", en="a telephone hotline number"),
    ),
    NotAFigure(quote="平城区18校和阳校区", digits="18", reason=_IN_A_NAME),
    NotAFigure(quote="平城区47校武定校区", digits="47", reason=_IN_A_NAME),
    NotAFigure(quote="承办好2020大同国际马拉松", digits="2020", reason=_IN_A_NAME),
)

# Phrases that are not terms ---------------------------------------------------------------------
# Every phrase the pattern finds is now a term's use, a figure or a project's name: a plain count the
# report does not explain (六大县城) is a term whose note says so, and a name with a numeral in it
# (十九大, 三晋通, 全国十佳生态文明城市) is a term that explains it. A phrase that is truly none of these
# goes here with its reason.

NOT_TERMS: tuple[NotATerm, ...] = ()
