"""Shanxi's 2021 Government Work Report (``shanxi_2021``): what it reports of the province's 2020, as the
outcomes of the 2020 targets of ``shanxi_2020``."""

from typing import Final

# Where the records claim every figure: the account of 2020, from its opening sentence through the
# summary paragraph that gives the year's GDP and income growth. The five-year review before it gives
# multi-year figures, and the thanks after it none.
REGION: Final = (
    "刚刚过去的2020年",
    "粮食产量达到142.4亿公斤，创历史新高。",
)
