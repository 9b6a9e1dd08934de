"""Part 二, the binding targets for 2020: the paragraph "约束性指标是：…", as far as it gives figures.

Three falls per 10,000 yuan of GDP and the homes whose rebuilding is to start are encoded. The
paragraph's other targets give no figure (环境质量改善指标…完成国家下达的目标任务, 6月底前…消除劣Ⅴ类,
剩余农村贫困人口全部脱贫) and are not. None of these has a counterpart: Datong's 2020 main expected
targets set none of these measures, and Datong's 各项约束性指标完成省下达任务 (``binding_targets_2020``)
is a requirement on all its binding targets together, not the same measure as any one of them.

A fall is written unsigned, as the document writes it (下降15%), and the word 下降 stays in the measure;
so the figure is the size of the fall, and a larger one is the better: these targets aim to increase.
"""

from datong2020.model import FigureKind, Period, ProvinceTarget, Quirk
from datong2020.text import Text

YEAR = Period.year(2020)
DOCUMENT = "shanxi_2020"

_FALL_IS_THE_FIGURE = Text(
    zh="数字是降幅:降得越多越好,故以增大为目标",
    en="the figure is the size of the fall: the larger the fall the better, so the target aims to increase",
)

# 较2015年: the fall is measured from 2015's level, over the five years of the 13th Five-Year Plan.
SHANXI_ENERGY_INTENSITY_DECLINE_TARGET_2016_2020 = ProvinceTarget(
    id="shanxi_energy_intensity_decline_target_2016_2020",
    quote="万元地区生产总值能耗较2015年下降15%",
    section=None,
    document=DOCUMENT,
    figure="15%",
    figure_kind=FigureKind.GROWTH,
    period=Period.years(2016, 2020),
    measure=Text(
        zh="万元地区生产总值能耗较2015年下降",
        en="fall in energy consumption per 10,000 yuan of gross regional product from 2015",
    ),
    note=Text(
        zh="较2015年下降,是“十三五”五年的降幅,不是2020年一年的降幅;" + _FALL_IS_THE_FIGURE.zh,
        en="a fall from the level of 2015, over the five years 2016–2020, not a fall within 2020; "
        + _FALL_IS_THE_FIGURE.en,
    ),
)
SHANXI_CARBON_INTENSITY_DECLINE_TARGET_2020 = ProvinceTarget(
    id="shanxi_carbon_intensity_decline_target_2020",
    quote="万元地区生产总值二氧化碳排放量下降3.6%",
    section=None,
    document=DOCUMENT,
    figure="3.6%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    measure=Text(
        zh="万元地区生产总值二氧化碳排放量下降",
        en="fall in carbon dioxide emissions per 10,000 yuan of gross regional product",
    ),
    note=_FALL_IS_THE_FIGURE,
)
SHANXI_WATER_INTENSITY_DECLINE_TARGET_2020 = ProvinceTarget(
    id="shanxi_water_intensity_decline_target_2020",
    quote="万元地区生产总值用水量下降2%",
    section=None,
    document=DOCUMENT,
    figure="2%",
    figure_kind=FigureKind.GROWTH,
    period=YEAR,
    measure=Text(
        zh="万元地区生产总值用水量下降", en="fall in water use per 10,000 yuan of gross regional product"
    ),
    note=_FALL_IS_THE_FIGURE,
)
SHANXI_SHANTY_TOWN_HOMES_STARTED_TARGET_2020 = ProvinceTarget(
    id="shanxi_shanty_town_homes_started_target_2020",
    quote="城镇棚户区住房改造开工2.7万套",
    section=None,
    document=DOCUMENT,
    figure="2.7万套",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="城镇棚户区住房改造开工", en="homes in urban shanty towns whose rebuilding starts"),
)

WORST_WATER_GRADE_TWO_SPELLINGS = Quirk(
    id="shanxi_2020_worst_water_grade_two_spellings",
    quote="国考断面退出劣V类",
    section=None,
    document=DOCUMENT,
    also=("6月底前汾河流域国考断面水体全面消除劣Ⅴ类", "力争实现地表水国考断面年底全部退出劣Ⅴ类"),
    description=Text(
        zh="“劣V类”在2019年工作回顾中用拉丁字母V,在约束性指标和工作安排中用罗马数字Ⅴ",
        en="The worst water grade is written 劣V类 with the Latin letter V in the 2019 review, and 劣Ⅴ类 with "
        "the Roman numeral Ⅴ (U+2164) in the binding targets and the 2020 plan; a search for one spelling "
        "misses the other (Shanxi's 2021 report writes the Latin V).",
    ),
)
