"""Datong 2021 report, part 一: the digit runs and ranks in Chinese numerals of the region
(:data:`~datong2020.report.context.datong_2021.REGION`) that no record's figure covers, each with the
reason it is not an outcome. The rule the records follow (see the package's docstring): a 2020 figure is
an outcome where it is the same measure as a Datong 2020 target or a 2019 headline indicator. So a
figure is left out when it is a year, a name, a multi-year average or total, or when the 2020 report set
no target for its measure, set one only in words, or set one for a different measure; a comment names
that nearest target where there is one.
"""

from datong2020.model import NotAFigure
from datong2020.text import Text

DOCUMENT = "datong_2021"

_HEADING_YEAR = Text(zh="标题中的年份", en="the year in a heading")
_YEAR = Text(zh="年份,不是数量", en="a year, not a quantity")
_IN_A_NAME = Text(zh="名称的一部分,不是数量", en="part of a name, not a quantity")
_EPIDEMIC = Text(
    zh="疫情防控的天数与人数:2020年的报告未为此设目标,也不是2019年的主要指标",
    en="days and people of the fight against the epidemic: the 2020 report set no target for them, and "
    "they are no 2019 headline indicator",
)
_NO_TARGET = Text(
    zh="2020年的报告未为此设目标,也不是2019年的主要指标",
    en="the 2020 report set no target for it, and it is no 2019 headline indicator",
)
_TARGET_IN_WORDS = Text(
    zh="2020年的报告对此只提了不带数字的要求,没有可以对照的数字;也不是2019年的主要指标",
    en="the 2020 report asks for this only in words, with no figure to hold it against; and it is no 2019 "
    "headline indicator",
)
_OTHER_MEASURE = Text(
    zh="与最近的2020年目标不是同一度量,也不是2019年的主要指标",
    en="not the same measure as the nearest 2020 target, and no 2019 headline indicator",
)
_RANK_WITHOUT_TARGET = Text(
    zh="全省位次:2020年的报告未为此设位次目标,2019年的主要指标也不排此项",
    en="a rank among Shanxi's cities that the 2020 report set no target for, of a measure that is no 2019 "
    "headline indicator",
)
_ECHELON = Text(
    zh="“全省第一方阵”概括主要经济指标增速所在的梯队,不是哪一项指标的位次",
    en="'the province's first echelon' places the main indicators' growth as a group; it is no one "
    "indicator's rank",
)
_ORDINAL_WORD = Text(
    zh="引语“发展是第一要务”中的序数词,不是位次",
    en="the ordinal of the quoted phrase 发展是第一要务 ('development is the first priority'), not a rank",
)
_LEVEL_2015 = Text(
    zh="2015年的水平:比较的起点,不是2020年的数字",
    en="the level of 2015, where the comparison starts: not a 2020 figure",
)
_AVERAGE = Text(
    zh="五年的年均增长(2016—2020年的平均),不是2020年的增速",
    en="a five-year average growth (年均, 2016–2020), not the growth of 2020",
)
_FIVE_YEAR_TOTAL = Text(
    zh="五年的累计,不是2020年一年的数字", en="a total of the five years, not a figure of 2020 alone"
)
_PAGE_NOTICE = Text(
    zh="报纸的转版说明(记为Quirk datong_2021_page_break_notices),不是报告的文字",
    en="the newspaper's continuation notice (the Quirk datong_2021_page_break_notices), not the report's text",
)
_TARGET_FOR_2035 = Text(
    zh="2020年的报告为城镇化率设的目标(78%左右)是2035年的,不是2020年的;也不是2019年的主要指标",
    en="the 2020 report's target for the urbanisation rate (about 78%) is for 2035, not 2020; and it is no "
    "2019 headline indicator",
)

NOT_FIGURES = (
    # The opening of part 一.
    NotAFigure(document=DOCUMENT, quote="一、2020年和“十三五”工作回顾", digits="2020", reason=_HEADING_YEAR),
    NotAFigure(
        document=DOCUMENT,
        quote="2020年是大同发展史上极不平凡、极具特殊意义的一年",
        digits="2020",
        reason=_YEAR,
    ),
    NotAFigure(document=DOCUMENT, quote="认真落实市委“136”发展战略", digits="136", reason=_IN_A_NAME),
    # 一是: the epidemic and the economy.
    NotAFigure(document=DOCUMENT, quote="19天消除新发病例", digits="19", reason=_EPIDEMIC),
    NotAFigure(document=DOCUMENT, quote="48天实现本土病例清零", digits="48", reason=_EPIDEMIC),
    NotAFigure(document=DOCUMENT, quote="12名确诊病例全部康复出院", digits="12", reason=_EPIDEMIC),
    NotAFigure(document=DOCUMENT, quote="5批152名医护人员驰援湖北", digits="5", reason=_EPIDEMIC),
    NotAFigure(document=DOCUMENT, quote="5批152名医护人员驰援湖北", digits="152", reason=_EPIDEMIC),
    NotAFigure(document=DOCUMENT, quote="全年减免企业各类税费56.5亿元", digits="56", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="全年减免企业各类税费56.5亿元", digits="5", reason=_NO_TARGET),
    NotAFigure(
        document=DOCUMENT, quote="主要经济指标增速总体稳定在全省第一方阵", digits="第一", reason=_ECHELON
    ),
    # 二是: the 六新 breakthroughs. The 2020 report ranks no 5G figure.
    NotAFigure(document=DOCUMENT, quote="5G网络基站建成1767个、全省排名第二", digits="5", reason=_IN_A_NAME),
    NotAFigure(
        document=DOCUMENT,
        quote="5G网络基站建成1767个、全省排名第二",
        digits="第二",
        reason=_RANK_WITHOUT_TARGET,
    ),
    # 三是: poverty and agriculture.
    NotAFigure(document=DOCUMENT, quote="建设高标准农田20万亩", digits="20", reason=_NO_TARGET),
    # sanggan_core_demonstration_zone_area_2020: the area of one demonstration zone (10万亩), not of all organic dry farming.
    NotAFigure(document=DOCUMENT, quote="发展有机旱作农业25万亩", digits="25", reason=_OTHER_MEASURE),
    NotAFigure(document=DOCUMENT, quote="粮食总产量达到12.37亿公斤", digits="12", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="粮食总产量达到12.37亿公斤", digits="37", reason=_NO_TARGET),
    # The daylily targets (daylily_standardised_planting_2020, daylily_processing_and_sales_chain_2020) give no figure.
    NotAFigure(document=DOCUMENT, quote="全产业链产值达到18.4亿元", digits="18", reason=_TARGET_IN_WORDS),
    NotAFigure(document=DOCUMENT, quote="全产业链产值达到18.4亿元", digits="4", reason=_TARGET_IN_WORDS),
    # 四是: the energy revolution. tongmei_smart_mining_2020 (加快提升先进产能) gives no figure; 2019's share (71.5%) is
    # a figure of the review, not a headline indicator.
    NotAFigure(document=DOCUMENT, quote="煤炭先进产能占比达到90.7％", digits="90", reason=_TARGET_IN_WORDS),
    NotAFigure(document=DOCUMENT, quote="煤炭先进产能占比达到90.7％", digits="7", reason=_TARGET_IN_WORDS),
    # vehicle_electrification_2020 gives no figure.
    NotAFigure(
        document=DOCUMENT, quote="投入电动公交车300台、氢能公交车100台", digits="300", reason=_TARGET_IN_WORDS
    ),
    NotAFigure(
        document=DOCUMENT, quote="投入电动公交车300台、氢能公交车100台", digits="100", reason=_TARGET_IN_WORDS
    ),
    # rural_clean_heating_households_2020 counts rural biomass heating in the pilot counties (4.65万户); this sums
    # electric, gas and biomass heating.
    NotAFigure(
        document=DOCUMENT,
        quote="煤改电、煤改气、生物质取暖工程完成13万户",
        digits="13",
        reason=_OTHER_MEASURE,
    ),
    # pilot_bases_by_leading_firms_2020 counts firms' pilot bases (2—3家), not the institute's own test platforms.
    NotAFigure(
        document=DOCUMENT,
        quote="中科院工程热物理所大同分所7个试验平台全部建成、4个投入运行",
        digits="7",
        reason=_OTHER_MEASURE,
    ),
    NotAFigure(
        document=DOCUMENT,
        quote="中科院工程热物理所大同分所7个试验平台全部建成、4个投入运行",
        digits="4",
        reason=_OTHER_MEASURE,
    ),
    # distributed_power_market_trading_2020 is about distributed wind and solar power only, and gives no figure.
    NotAFigure(document=DOCUMENT, quote="电力市场化交易电量60亿度", digits="60", reason=_OTHER_MEASURE),
    NotAFigure(document=DOCUMENT, quote="惠及企业360余户", digits="360", reason=_OTHER_MEASURE),
    # 五是: ecology. datong_blue_skies_2020 (“大同蓝”持续巩固提升) gives no figure; 2019's air-quality ranks are
    # figures of the review, not headline indicators.
    NotAFigure(
        document=DOCUMENT, quote="全年二级以上良好天数达到315天", digits="315", reason=_TARGET_IN_WORDS
    ),
    NotAFigure(document=DOCUMENT, quote="PM2.5年均浓度31微克/立方米", digits="2", reason=_IN_A_NAME),
    NotAFigure(document=DOCUMENT, quote="PM2.5年均浓度31微克/立方米", digits="5", reason=_IN_A_NAME),
    NotAFigure(document=DOCUMENT, quote="PM2.5年均浓度31微克/立方米", digits="31", reason=_TARGET_IN_WORDS),
    NotAFigure(document=DOCUMENT, quote="两项指标均排名全省第一", digits="第一", reason=_RANK_WITHOUT_TARGET),
    # surface_water_sections_compliance_2020 (圆满完成“十三五”地表水断面水质达标任务) gives no figure.
    NotAFigure(
        document=DOCUMENT,
        quote="全市12个国省考断面水质优良比例达到42％、劣Ⅴ类断面全部稳定退出",
        digits="12",
        reason=_TARGET_IN_WORDS,
    ),
    NotAFigure(
        document=DOCUMENT,
        quote="全市12个国省考断面水质优良比例达到42％、劣Ⅴ类断面全部稳定退出",
        digits="42",
        reason=_TARGET_IN_WORDS,
    ),
    # land_greening_and_afforestation_2020 gives no figure (hengshan_regreening_area_2020 is one mine area's 2万亩).
    NotAFigure(document=DOCUMENT, quote="完成人工造林33.5万亩", digits="33", reason=_TARGET_IN_WORDS),
    NotAFigure(document=DOCUMENT, quote="完成人工造林33.5万亩", digits="5", reason=_TARGET_IN_WORDS),
    # 六是: people's livelihoods. workforce_registered_and_trained_2020 gives no figure; 2019's 全民技能培训覆盖5.6万人
    # counts people trained, not certificates.
    NotAFigure(document=DOCUMENT, quote="5.6万人取得技能证书", digits="5", reason=_TARGET_IN_WORDS),
    NotAFigure(document=DOCUMENT, quote="5.6万人取得技能证书", digits="6", reason=_TARGET_IN_WORDS),
    NotAFigure(document=DOCUMENT, quote="实现失业人员再就业2.45万人", digits="2", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="实现失业人员再就业2.45万人", digits="45", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="农村劳动力转移就业2.5万人", digits="2", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="农村劳动力转移就业2.5万人", digits="5", reason=_NO_TARGET),
    # graduate_return_employment_measures_2020 asks that a policy be carried out, with no figure.
    NotAFigure(
        document=DOCUMENT, quote="4173名高校毕业生回乡就业创业", digits="4173", reason=_TARGET_IN_WORDS
    ),
    # ice_snow_sports_venue_schools_2020 counts schools that build venues (4至8所), not model schools.
    NotAFigure(
        document=DOCUMENT,
        quote="建设乡镇寄宿制学校31所、冰雪运动示范校10所",
        digits="10",
        reason=_OTHER_MEASURE,
    ),
    NotAFigure(document=DOCUMENT, quote="15个临床重点专科建设初见成效", digits="15", reason=_NO_TARGET),
    # 2019's 10件民生实事全部兑现 is a figure of the review, not a headline indicator.
    NotAFigure(document=DOCUMENT, quote="10件民生实事全部兑现落实", digits="10", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="推动2020年各项目标任务圆满完成", digits="2020", reason=_YEAR),
    # The 过去五年 paragraphs. The page break of the newspaper edition falls in the first.
    NotAFigure(document=DOCUMENT, quote="“发展是第一要务”", digits="第一", reason=_ORDINAL_WORD),
    NotAFigure(document=DOCUMENT, quote="由2015年的984.98亿元", digits="2015", reason=_YEAR),
    NotAFigure(document=DOCUMENT, quote="由2015年的984.98亿元", digits="984", reason=_LEVEL_2015),
    NotAFigure(document=DOCUMENT, quote="由2015年的984.98亿元", digits="98", reason=_LEVEL_2015),
    NotAFigure(document=DOCUMENT, quote="年均增长5.0％", digits="5", reason=_AVERAGE),
    NotAFigure(document=DOCUMENT, quote="年均增长5.0％", digits="0", reason=_AVERAGE),
    NotAFigure(document=DOCUMENT, quote="由2016年全省末位逐步前移到全省第2", digits="2016", reason=_YEAR),
    NotAFigure(document=DOCUMENT, quote="（下转第三版）（上接第一版）", digits="第三", reason=_PAGE_NOTICE),
    NotAFigure(document=DOCUMENT, quote="（下转第三版）（上接第一版）", digits="第一", reason=_PAGE_NOTICE),
    # strategic_emerging_industries_2020 (培育壮大战略性新兴产业) gives no figure.
    NotAFigure(
        document=DOCUMENT,
        quote="战略性新兴产业增加值占规上工业比重达到16.9％",
        digits="16",
        reason=_TARGET_IN_WORDS,
    ),
    NotAFigure(
        document=DOCUMENT,
        quote="战略性新兴产业增加值占规上工业比重达到16.9％",
        digits="9",
        reason=_TARGET_IN_WORDS,
    ),
    NotAFigure(document=DOCUMENT, quote="固定资产投资年均增长9.2％", digits="9", reason=_AVERAGE),
    NotAFigure(document=DOCUMENT, quote="固定资产投资年均增长9.2％", digits="2", reason=_AVERAGE),
    NotAFigure(document=DOCUMENT, quote="一般公共预算收入年均增长7.9％", digits="7", reason=_AVERAGE),
    NotAFigure(document=DOCUMENT, quote="一般公共预算收入年均增长7.9％", digits="9", reason=_AVERAGE),
    NotAFigure(document=DOCUMENT, quote="社会消费品零售总额年均增长4.8％", digits="4", reason=_AVERAGE),
    NotAFigure(document=DOCUMENT, quote="社会消费品零售总额年均增长4.8％", digits="8", reason=_AVERAGE),
    # ecological_industrialisation_2020 (强力推进产业结构调整) gives no figure.
    NotAFigure(
        document=DOCUMENT, quote="三次产业结构优化为5.1∶37.0∶57.9", digits="5", reason=_TARGET_IN_WORDS
    ),
    NotAFigure(
        document=DOCUMENT, quote="三次产业结构优化为5.1∶37.0∶57.9", digits="1", reason=_TARGET_IN_WORDS
    ),
    NotAFigure(
        document=DOCUMENT, quote="三次产业结构优化为5.1∶37.0∶57.9", digits="37", reason=_TARGET_IN_WORDS
    ),
    NotAFigure(
        document=DOCUMENT, quote="三次产业结构优化为5.1∶37.0∶57.9", digits="0", reason=_TARGET_IN_WORDS
    ),
    NotAFigure(
        document=DOCUMENT, quote="三次产业结构优化为5.1∶37.0∶57.9", digits="57", reason=_TARGET_IN_WORDS
    ),
    NotAFigure(
        document=DOCUMENT, quote="三次产业结构优化为5.1∶37.0∶57.9", digits="9", reason=_TARGET_IN_WORDS
    ),
    # jinbei_wind_base_completed_2020 is one wind base's capacity (200万千瓦), not all new-energy capacity.
    NotAFigure(
        document=DOCUMENT, quote="新能源电力总装机容量达到628万千瓦", digits="628", reason=_OTHER_MEASURE
    ),
    NotAFigure(document=DOCUMENT, quote="占全市电力装机总容量的42％", digits="42", reason=_NO_TARGET),
    # high_tech_firms_share_2020 is a share of industrial firms, without a figure; this counts firms.
    NotAFigure(document=DOCUMENT, quote="省级高新技术企业达到74户", digits="74", reason=_OTHER_MEASURE),
    NotAFigure(document=DOCUMENT, quote="对外贸易拓展至64个国家和地区", digits="64", reason=_NO_TARGET),
    # Five years' poverty exits; 2020's remaining_poor_people_lifted_2020 (4734名) has no figure here.
    NotAFigure(document=DOCUMENT, quote="6个贫困县成功脱贫摘帽", digits="6", reason=_FIVE_YEAR_TOTAL),
    NotAFigure(
        document=DOCUMENT,
        quote="745个村、31.14万名贫困人口从此告别贫困",
        digits="745",
        reason=_FIVE_YEAR_TOTAL,
    ),
    NotAFigure(
        document=DOCUMENT,
        quote="745个村、31.14万名贫困人口从此告别贫困",
        digits="31",
        reason=_FIVE_YEAR_TOTAL,
    ),
    NotAFigure(
        document=DOCUMENT,
        quote="745个村、31.14万名贫困人口从此告别贫困",
        digits="14",
        reason=_FIVE_YEAR_TOTAL,
    ),
    NotAFigure(document=DOCUMENT, quote="森林覆盖率达到20.29％", digits="20", reason=_NO_TARGET),
    NotAFigure(document=DOCUMENT, quote="森林覆盖率达到20.29％", digits="29", reason=_NO_TARGET),
    NotAFigure(
        document=DOCUMENT, quote="全市常住人口城镇化率达到65.62％", digits="65", reason=_TARGET_FOR_2035
    ),
    NotAFigure(
        document=DOCUMENT, quote="全市常住人口城镇化率达到65.62％", digits="62", reason=_TARGET_FOR_2035
    ),
    NotAFigure(
        document=DOCUMENT, quote="新建、改造城市道路达到282公里", digits="282", reason=_FIVE_YEAR_TOTAL
    ),
    NotAFigure(
        document=DOCUMENT, quote="投资27亿元用于改善农村人居环境", digits="27", reason=_FIVE_YEAR_TOTAL
    ),
    NotAFigure(document=DOCUMENT, quote="民生支出达到1327.65亿元", digits="1327", reason=_FIVE_YEAR_TOTAL),
    NotAFigure(document=DOCUMENT, quote="民生支出达到1327.65亿元", digits="65", reason=_FIVE_YEAR_TOTAL),
    NotAFigure(document=DOCUMENT, quote="全市城乡人均可支配收入年均增长6.5％", digits="6", reason=_AVERAGE),
    NotAFigure(document=DOCUMENT, quote="全市城乡人均可支配收入年均增长6.5％", digits="5", reason=_AVERAGE),
    NotAFigure(document=DOCUMENT, quote="8.5％，跑赢地区生产总值增速", digits="8", reason=_AVERAGE),
    NotAFigure(document=DOCUMENT, quote="8.5％，跑赢地区生产总值增速", digits="5", reason=_AVERAGE),
    # 2019's 学前教育普惠率…居全省首位 is a figure of the review, not a headline indicator.
    NotAFigure(
        document=DOCUMENT, quote="学前教育普惠率位居全省第一", digits="第一", reason=_RANK_WITHOUT_TARGET
    ),
    NotAFigure(document=DOCUMENT, quote="完成城镇棚户区住房改造8.3万套", digits="8", reason=_FIVE_YEAR_TOTAL),
    NotAFigure(document=DOCUMENT, quote="完成城镇棚户区住房改造8.3万套", digits="3", reason=_FIVE_YEAR_TOTAL),
    NotAFigure(document=DOCUMENT, quote="农村危房改造20.5万户", digits="20", reason=_FIVE_YEAR_TOTAL),
    NotAFigure(document=DOCUMENT, quote="农村危房改造20.5万户", digits="5", reason=_FIVE_YEAR_TOTAL),
    NotAFigure(
        document=DOCUMENT,
        quote="综合治理老旧小区135个、惠及居民4.34万户",
        digits="135",
        reason=_FIVE_YEAR_TOTAL,
    ),
    NotAFigure(
        document=DOCUMENT,
        quote="综合治理老旧小区135个、惠及居民4.34万户",
        digits="4",
        reason=_FIVE_YEAR_TOTAL,
    ),
    NotAFigure(
        document=DOCUMENT,
        quote="综合治理老旧小区135个、惠及居民4.34万户",
        digits="34",
        reason=_FIVE_YEAR_TOTAL,
    ),
    NotAFigure(
        document=DOCUMENT,
        quote="办理人大代表建议1134件、政协提案1198件",
        digits="1134",
        reason=_FIVE_YEAR_TOTAL,
    ),
    NotAFigure(
        document=DOCUMENT,
        quote="办理人大代表建议1134件、政协提案1198件",
        digits="1198",
        reason=_FIVE_YEAR_TOTAL,
    ),
    NotAFigure(document=DOCUMENT, quote="12345市民热线", digits="12345", reason=_IN_A_NAME),
)
