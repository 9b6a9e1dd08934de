"""Shanxi's 2020 Government Work Report (``shanxi_2020``): the province's main expected targets for 2020
and its binding targets, each linked to the Datong 2020 target for the same measure where Datong
sets one."""

from typing import Final

# Where the records claim every figure: the two paragraphs that set the 2020 targets, the main expected
# targets and the binding targets; the rest of part 二 states how the year's work is to reach them.
REGION: Final = (
    "**今年经济社会发展的主要预期目标是：**",
    "城镇棚户区住房改造开工2.7万套。",
)
