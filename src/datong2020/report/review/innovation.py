"""Part 一, work area 二是: innovation ("二是坚定实施创新驱动战略,科技创新载体建设基本成型。").

The innovation platforms of the energy revolution science park, the advisory committee, the transfer of
research results, firms' links with Zhongguancun, and counts of innovative firms. Quotes are verbatim;
figures are as written; English is ours unless ``en_source`` says otherwise.
"""

from datong2020.model import Fact, FigureKind, Period
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2019)
SECTION = "review_innovation"

# 科技创新平台 ---------------------------------------------------------------------------------------
# The platforms are named before the count; read as 12 when "中关村智造大街大同公共服务平台和大同企业离岸
# 创新孵化基地北京工作站" is taken as one item (13 if its "和" is read as joining two).
INNOVATION_PLATFORMS_IN_PARK_2019 = Fact(
    id="innovation_platforms_in_park_2019",
    quote="华东理工大学大同研究院等12大科技创新平台进驻园区",
    section=SECTION,
    figure="12大",
    value=ureg.Quantity(12, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="进驻园区的科技创新平台", en="science and technology innovation platforms that moved into the park"
    ),
)

# 新能源战略咨询委员会 -----------------------------------------------------------------------------
_COMMITTEE = "吸纳集聚了28名两院院士、77名专家组建了新能源战略咨询委员会"

ADVISORY_COMMITTEE_ACADEMICIANS_2019 = Fact(
    id="advisory_committee_academicians_2019",
    quote=_COMMITTEE,
    section=SECTION,
    figure="28名",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="新能源战略咨询委员会两院院士",
        en="academicians of the Chinese Academies of Sciences and of Engineering on the advisory committee",
    ),
)
ADVISORY_COMMITTEE_EXPERTS_2019 = Fact(
    id="advisory_committee_experts_2019",
    quote=_COMMITTEE,
    section=SECTION,
    figure="77名",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="新能源战略咨询委员会专家", en="experts on the new energy advisory committee"),
    note=Text(
        zh="报告未说明77名专家是否包含28名两院院士。",
        en="The report does not say whether the 77 experts include the 28 academicians.",
    ),
)
ADVISORY_REPORTS_2019 = Fact(
    id="advisory_reports_2019",
    quote="提供有价值的咨情报告92份",
    section=SECTION,
    figure="92份",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="为能源革命重大政策和项目提供的咨情报告",
        en="advisory reports on major energy revolution policies and projects",
    ),
)

# 科技成果转化 -----------------------------------------------------------------------------------------
RESEARCH_RESULTS_INTRODUCED_2019 = Fact(
    id="research_results_introduced_2019",
    quote="引进推介新能源领域科技成果95项",
    section=SECTION,
    figure="95项",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="全科盟新能源产业技术研究院引进推介新能源领域科技成果",
        en="new-energy research results introduced and promoted by the industrial technology institute",
    ),
)
# Named before the count: 煤制烯烃技术, 零排放煤化工示范, 石墨电极生产线技术升级改造, 碳纤维供热技术产品,
# 生物质分级生产新材料及液体燃料, 无胶无醛环保型生物质板材.
RESEARCH_RESULTS_IN_TRANSFER_2019 = Fact(
    id="research_results_in_transfer_2019",
    quote="无胶无醛环保型生物质板材6大科技成果正在推进转化应用",
    section=SECTION,
    figure="6大",
    value=ureg.Quantity(6, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="research_results_introduced_2019",
    measure=Text(
        zh="对接落地、正在推进转化应用的科技成果",
        en="research results matched and being put into application",
    ),
)

# 企业创新对接 ---------------------------------------------------------------------------------------
_ZHONGGUANCUN = "组织全市260家规模工业企业分三批赴中关村智造大街"

FIRMS_SENT_TO_ZHONGGUANCUN_2019 = Fact(
    id="firms_sent_to_zhongguancun_2019",
    quote=_ZHONGGUANCUN,
    section=SECTION,
    figure="260家",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="赴中关村智造大街对接的规模工业企业",
        en="industrial enterprises above designated size sent to Zhongguancun Zhizao Street for matching",
    ),
)
ZHONGGUANCUN_MATCHING_BATCHES_2019 = Fact(
    id="zhongguancun_matching_batches_2019",
    quote=_ZHONGGUANCUN,
    section=SECTION,
    figure="三批",
    value=ureg.Quantity(3, "批"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="firms_sent_to_zhongguancun_2019",
    measure=Text(zh="赴中关村智造大街的批次", en="batches in which the enterprises went"),
)
TECHNICAL_PROBLEMS_MATCHED_2019 = Fact(
    id="technical_problems_matched_2019",
    quote="就企业急需攻关的153项技术课题",
    section=SECTION,
    figure="153项",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="firms_sent_to_zhongguancun_2019",
    measure=Text(
        zh="与中关村智造大街创新研究院点对点对接的企业急需攻关技术课题",
        en="urgent technical problems of the enterprises matched one-to-one with the Zhongguancun institute",
    ),
)
FIRMS_IN_BEIJING_OFFSHORE_INCUBATOR_2019 = Fact(
    id="firms_in_beijing_offshore_incubator_2019",
    quote="12家企业入驻大同企业离岸创新孵化基地北京工作站",
    section=SECTION,
    figure="12家",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="入驻大同企业离岸创新孵化基地北京工作站的企业",
        en="firms that moved into the Beijing station of Datong's offshore innovation incubator",
    ),
)

# 研究中心与创新主体 ---------------------------------------------------------------------------------
# Named before the count: 大同大学新型炭素功能材料工程, 同达药业高端控释制剂工程.
PROVINCIAL_ENGINEERING_RESEARCH_CENTRES_2019 = Fact(
    id="provincial_engineering_research_centres_2019",
    quote="大同大学新型炭素功能材料工程、同达药业高端控释制剂工程“两大研究中心”成功认定省级工程研究中心",
    section=SECTION,
    figure="两大",
    value=ureg.Quantity(2, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="认定为省级工程研究中心的研究中心",
        en="research centres recognised as provincial engineering research centres",
    ),
)

_FIRMS = "全市高新技术企业达到58家、省级以上众创空间16家"

HIGH_TECH_ENTERPRISES_2019 = Fact(
    id="high_tech_enterprises_2019",
    quote=_FIRMS,
    section=SECTION,
    figure="58家",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="全市高新技术企业", en="high-tech enterprises in the city"),
)
PROVINCIAL_MAKER_SPACES_2019 = Fact(
    id="provincial_maker_spaces_2019",
    quote=_FIRMS,
    section=SECTION,
    figure="16家",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="省级以上众创空间", en="maker spaces of provincial level or above"),
)

_NEW_FIRMS = "新培育“专精特新”小微企业20户、“小升规”企业65户"

SPECIALISED_SMALL_FIRMS_CULTIVATED_2019 = Fact(
    id="specialised_small_firms_cultivated_2019",
    quote=_NEW_FIRMS,
    section=SECTION,
    figure="20户",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="新培育“专精特新”小微企业",
        en="new small and micro firms that are specialised, refined, distinctive and innovative",
    ),
)
FIRMS_GROWN_ABOVE_DESIGNATED_SIZE_2019 = Fact(
    id="firms_grown_above_designated_size_2019",
    quote=_NEW_FIRMS,
    section=SECTION,
    figure="65户",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="新培育“小升规”企业", en="small firms newly grown to above designated size"),
)
