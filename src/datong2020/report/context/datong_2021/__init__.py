"""Datong's 2021 Government Work Report (``datong_2021``): what it says the city's 2020 came to.

Only part 一 (2020年和“十三五”工作回顾) reports 2020; ``review_2020`` encodes its 一是…六是 and
``five_years`` the 过去五年 paragraphs, where a 2020 level or a 2020 completion stands among the
five-year figures. A figure is an :class:`~datong2020.model.Outcome` only where it is the same measure
as a Datong 2020 target or a 2019 headline indicator (or a completion of a project the 2020 plan
names); a multi-year average (年均增长) never is one.
"""

from typing import Final

# Where the records claim every figure: part 一 whole, from its heading to its last sentence (before the
# heading of part 二, the 14th five-year plan). Both the review of 2020 (一是 … 六是) and the 过去五年
# paragraphs report 2020; the parts after it give the plans for 2021 and the five years after.
REGION: Final = (
    "一、2020年和“十三五”工作回顾",
    "对于这些问题，我们要对症下药、精准施策，认真加以解决。",
)
