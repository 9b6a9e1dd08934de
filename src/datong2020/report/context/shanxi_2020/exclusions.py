"""Shanxi 2020 report, part 二: the digit runs of the region (the two target paragraphs,
:data:`~datong2020.report.context.shanxi_2020.REGION`) that no target's figure covers, with the reason.
"""

from datong2020.model import NotAFigure
from datong2020.text import Text

DOCUMENT = "shanxi_2020"

_BASE_YEAR = Text(
    zh="年份:“较2015年”是五年降幅的基年", en="a year: 较2015年 names the base year of the five-year fall"
)
_DEADLINE = Text(
    zh="期限中的月份(6月底前),不是数量", en="the month of a deadline (by the end of June), not a quantity"
)

NOT_FIGURES = (
    # The binding targets.
    NotAFigure(
        document=DOCUMENT, quote="万元地区生产总值能耗较2015年下降15%", digits="2015", reason=_BASE_YEAR
    ),
    NotAFigure(
        document=DOCUMENT, quote="6月底前汾河流域国考断面水体全面消除劣Ⅴ类", digits="6", reason=_DEADLINE
    ),
)
