"""Part 一, its close: the assessment of the year ("各位代表,过去的一年,是…的一年") and the problems the
report admits ("还存在不少矛盾和问题:一是……五是").

The assessment sums up the eight work areas and credits its causes; it reports nothing of its own, so its
sentences are declared as such. The five problems are :class:`Shortcoming` records, each quoting its item
whole (the second runs over a semicolon into a second sentence). Quotes are verbatim; English is ours.
"""

from datong2020.model import NotASentence, SentenceReason, Shortcoming
from datong2020.text import Text

# 总体评价 ---------------------------------------------------------------------------------------------
_SUMS_UP = Text(
    zh="“是…的一年”总括第一部分八个方面已编码的成绩,本身不另报告成绩。",
    en="'A year of …' sums up the achievements of the eight work areas, encoded there; it reports none of "
    "its own.",
)

# 存在的矛盾和问题 -------------------------------------------------------------------------------------
SECTION = "review_problems"

SMALL_ECONOMY_AND_LOW_QUALITY_INDUSTRY = Shortcoming(
    id="small_economy_and_low_quality_industry",
    quote=(
        "一是经济总量不大,产业发展质量不高,传统产业占比仍然较大,新兴产业增速较快但体量很小,"
        "构建多点支撑的产业体系还需加大力度,保持财政收支平衡难度增大,与重塑全省第二大城市的要求不相适应。"
    ),
    section=SECTION,
    number=1,
    problem=Text(
        zh="经济总量不大,产业发展质量不高",
        en="the economy is small and the quality of industrial development is low",
    ),
    note=Text(
        zh="并指传统产业占比仍大、新兴产业体量很小、保持财政收支平衡难度增大,"
        "与重塑全省第二大城市的要求不相适应。",
        en="Also: traditional industries still weigh heavily, emerging ones are very small, balancing the "
        "budget grows harder, and all this falls short of restoring Datong as Shanxi's second city.",
    ),
)
WEAK_REFORM_OPENING_AND_INNOVATION = Shortcoming(
    id="weak_reform_opening_and_innovation",
    quote=(
        "二是改革力度不大,对外开放水平不高,民营经济发展面临不少困难,园区的集聚效应、引领作用没有充分发挥;"
        "自主创新能力不强,科技创新支撑产业发展驱动力不够,制约发展的结构性、体制性、素质性矛盾仍需大力破解。"
    ),
    section=SECTION,
    number=2,
    problem=Text(
        zh="改革力度不大,对外开放水平不高",
        en="reform lacks force and the economy is not open enough",
    ),
    note=Text(
        zh="并指民营经济发展困难、园区作用未充分发挥、自主创新能力不强。"
        "本项在分号后延续到下一句,引文完整包含两句。",
        en="Also: private firms face many difficulties, the parks do not draw business or lead as they "
        "should, and home-grown innovation is weak. The item runs past a semicolon into a second "
        "sentence; the quote holds both whole.",
    ),
)
LIVELIHOOD_GAPS = Shortcoming(
    id="livelihood_gaps",
    quote=(
        "三是民生领域还有不少短板,城乡基础设施建设滞后,“三大攻坚战”尚需持续发力,"
        "公共服务供给能力和人居环境建设水平与群众需求还有较大差距。"
    ),
    section=SECTION,
    number=3,
    problem=Text(
        zh="民生领域还有不少短板",
        en="there are still many gaps in people's wellbeing",
    ),
    note=Text(
        zh="并指城乡基础设施建设滞后、“三大攻坚战”尚需持续发力、公共服务与人居环境与群众需求差距较大。",
        en="Also: urban and rural infrastructure lags, the three critical battles need sustained effort, and "
        "public services and living environments fall well short of what people need.",
    ),
)
BUSINESS_ENVIRONMENT_NEEDS_IMPROVING = Shortcoming(
    id="business_environment_needs_improving",
    quote="四是发展环境有待进一步优化,打造“六最”营商环境任务还很艰巨。",
    section=SECTION,
    number=4,
    problem=Text(
        zh="发展环境有待进一步优化",
        en="the environment for development needs further improvement",
    ),
    note=Text(
        zh="打造“六最”营商环境任务还很艰巨。",
        en="Building the 'six bests' business environment remains a hard task.",
    ),
)
GOVERNANCE_CAPACITY_SHORT = Shortcoming(
    id="governance_capacity_short",
    quote=(
        "五是政府治理能力和治理体系现代化水平还需进一步提高,"
        "运用法治思维和法治方式解决问题、推动工作的能力还不够强。"
    ),
    section=SECTION,
    number=5,
    problem=Text(
        zh="政府治理能力和治理体系现代化水平还需进一步提高",
        en="the government's capacity and system of governance need further modernisation",
    ),
    note=Text(
        zh="运用法治思维和法治方式解决问题、推动工作的能力还不够强。",
        en="Its ability to solve problems and get work done by the rule of law is not yet strong enough.",
    ),
)

NOT_SENTENCES = (
    NotASentence(
        quote="是经济发展方式加快转变、重点领域改革不断深化、对外开放全面扩大、发展动能显著增强的一年;",
        reason=SentenceReason.APPRAISAL,
        note=_SUMS_UP,
    ),
    NotASentence(
        quote="是发展矛盾有力化解、历史遗留问题有序解决、民生福祉有效改善、人民群众收入不断提高的一年。",
        reason=SentenceReason.APPRAISAL,
        note=_SUMS_UP,
    ),
    NotASentence(
        quote="这些成绩的取得,根本在于习近平新时代中国特色社会主义思想的科学指引",
        reason=SentenceReason.APPRAISAL,
    ),
    NotASentence(
        quote="在此,我代表市人民政府,向所有为大同改革发展作出贡献的同志们、朋友们,表示崇高的敬意和衷心的感谢!",
        reason=SentenceReason.ADDRESS,
    ),
    NotASentence(quote="对此,我们还需要下大气力解决。", reason=SentenceReason.TRANSITION),
)
