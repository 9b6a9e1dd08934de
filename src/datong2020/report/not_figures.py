"""Digit runs in the report that are not figures, each with the reason a reviewer accepted.

Dates that are only dates, numbers inside names and ordinals in titles are not quantities; the
coverage count (``python -m datong2020 coverage``) treats the runs listed here as accounted for.
"""

from datong2020.coverage import NotAFigure
from datong2020.text import Text

_DATE = Text(zh="日期", en="a date, not a quantity")
_TITLE_DATE = Text(zh="标题中的年份与日期", en="the year and date in the report's title line")
_IN_A_NAME = Text(zh="名称的一部分", en="part of a proper name, not a quantity")
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
)
