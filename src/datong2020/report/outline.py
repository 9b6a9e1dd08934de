"""The report's outline: its parts and the headed sections within them, in the order of the text.

Source: 大同市2020年政府工作报告 (shipped as ``datong2020/data/report.txt``). Each section quotes its
heading as written; a section runs from its heading to the next heading of the same or a higher level.
English titles are ours. The ten programmes' numbered tasks (一是 …) are left to the plan's own modules.
"""

from datong2020.model import Part, Section
from datong2020.text import Text

# 一、2019年工作回顾 ---------------------------------------------------------------------------------

REVIEW_2019 = Section(
    id="review_2019",
    quote="一、2019年工作回顾",
    section=None,
    marker="一、",
    part=Part.REVIEW,
    title=Text(zh="2019年工作回顾", en="Review of our work in 2019"),
)
REVIEW_HEADLINE = Section(
    id="review_headline",
    quote="2019年,市域主要经济指标增长速度进入全省中上游位次",
    section="review_2019",
    marker="",
    part=Part.REVIEW,
    title=Text(zh="主要经济指标", en="Main economic indicators"),
)
REVIEW_ENERGY_REVOLUTION = Section(
    id="review_energy_revolution",
    quote="一是主动担当国家使命,能源革命综合改革持续深化。",
    section="review_2019",
    marker="一是",
    part=Part.REVIEW,
    title=Text(
        zh="主动担当国家使命,能源革命综合改革持续深化",
        en="Taking on a national mission: deepening the comprehensive reform of the energy revolution",
    ),
)
REVIEW_INNOVATION = Section(
    id="review_innovation",
    quote="二是坚定实施创新驱动战略,科技创新载体建设基本成型。",
    section="review_2019",
    marker="二是",
    part=Part.REVIEW,
    title=Text(
        zh="坚定实施创新驱动战略,科技创新载体建设基本成型",
        en="Innovation-driven development: the platforms for science and technology take shape",
    ),
)
REVIEW_INDUSTRY = Section(
    id="review_industry",
    quote="三是持续加快产业转型升级,三大振兴成果明显。",
    section="review_2019",
    marker="三是",
    part=Part.REVIEW,
    title=Text(
        zh="持续加快产业转型升级,三大振兴成果明显",
        en="Industrial transformation and upgrading: clear results from the three revitalisations",
    ),
)
REVIEW_POVERTY = Section(
    id="review_poverty",
    quote="四是补足全面建成小康社会短板,脱贫攻坚实现决战决胜。",
    section="review_2019",
    marker="四是",
    part=Part.REVIEW,
    title=Text(
        zh="补足全面建成小康社会短板,脱贫攻坚实现决战决胜",
        en="Closing the gaps to moderate prosperity: decisive victory in the fight against poverty",
    ),
)
REVIEW_ECOLOGY = Section(
    id="review_ecology",
    quote="五是坚决践行“两山”理论,生态文明建设有力推进。",
    section="review_2019",
    marker="五是",
    part=Part.REVIEW,
    title=Text(
        zh="坚决践行“两山”理论,生态文明建设有力推进",
        en="Practising the 'two mountains' theory: advancing ecological civilisation",
    ),
)
REVIEW_REFORM_OPENING = Section(
    id="review_reform_opening",
    quote="六是矢志不移深化改革开放,发展动力活力显著增强。",
    section="review_2019",
    marker="六是",
    part=Part.REVIEW,
    title=Text(
        zh="矢志不移深化改革开放,发展动力活力显著增强",
        en="Deepening reform and opening up: markedly stronger drive and vitality",
    ),
)
REVIEW_SOCIAL = Section(
    id="review_social",
    quote="七是始终坚持人民至上,各项社会事业全面进步。",
    section="review_2019",
    marker="七是",
    part=Part.REVIEW,
    title=Text(
        zh="始终坚持人民至上,各项社会事业全面进步",
        en="Putting the people first: all-round progress in social programmes",
    ),
)
REVIEW_GOVERNMENT = Section(
    id="review_government",
    quote="八是着力加强政府自身建设,履职能力不断提升。",
    section="review_2019",
    marker="八是",
    part=Part.REVIEW,
    title=Text(
        zh="着力加强政府自身建设,履职能力不断提升",
        en="Strengthening the government itself: ever better at its duties",
    ),
)
REVIEW_ASSESSMENT = Section(
    id="review_assessment",
    quote="各位代表,过去的一年,是我市综合实力、创新动力、发展活力实现显著提升的一年",
    section="review_2019",
    marker="",
    part=Part.REVIEW,
    title=Text(zh="过去一年的总体评价", en="Assessment of the past year"),
)
REVIEW_PROBLEMS = Section(
    id="review_problems",
    quote="在肯定成绩的同时,我们也清醒地看到,经济社会发展中还存在不少矛盾和问题",
    section="review_2019",
    marker="",
    part=Part.REVIEW,
    title=Text(zh="存在的矛盾和问题", en="Problems and shortcomings"),
)

# 二、2020年工作安排 ---------------------------------------------------------------------------------

PLAN_2020 = Section(
    id="plan_2020",
    quote="二、2020年工作安排",
    section=None,
    marker="二、",
    part=Part.PLAN,
    title=Text(zh="2020年工作安排", en="Our work in 2020"),
)
PLAN_REQUIREMENTS = Section(
    id="plan_requirements",
    quote="2020年是全面建成小康社会和“十三五”规划的收官之年",
    section="plan_2020",
    marker="",
    part=Part.PLAN,
    title=Text(zh="总的要求", en="General requirements"),
)
PLAN_TARGETS = Section(
    id="plan_targets",
    quote="今年经济社会发展的形势复杂,面临的挑战不容忽视,主要预期目标是:",
    section="plan_2020",
    marker="",
    part=Part.PLAN,
    title=Text(zh="主要预期目标", en="Main projected targets", en_source="State Council English usage"),
)
PLAN_FOUR_MUSTS = Section(
    id="plan_four_musts",
    quote="做好今年工作,重中之重是要坚持“四个必须”:",
    section="plan_2020",
    marker="",
    part=Part.PLAN,
    title=Text(zh="四个必须", en="The four musts"),
)
MUST_NEW_DEVELOPMENT_PHILOSOPHY = Section(
    id="must_new_development_philosophy",
    quote="一是必须坚定不移贯彻新发展理念。",
    section="plan_four_musts",
    marker="一是",
    part=Part.PLAN,
    title=Text(
        zh="必须坚定不移贯彻新发展理念",
        en="We must unswervingly apply the new development philosophy",
    ),
)
MUST_FIVE_PRINCIPLES = Section(
    id="must_five_principles",
    quote="二是必须深刻领会和运用好“五论”重要原则。",
    section="plan_four_musts",
    marker="二是",
    part=Part.PLAN,
    title=Text(
        zh="必须深刻领会和运用好“五论”重要原则",
        en="We must understand and apply the 'five theses' principles",
    ),
)
MUST_PROVINCIAL_APPROACH = Section(
    id="must_provincial_approach",
    quote="三是必须高位对标省委“四为四高两同步”总体思路和要求。",
    section="plan_four_musts",
    marker="三是",
    part=Part.PLAN,
    title=Text(
        zh="必须高位对标省委“四为四高两同步”总体思路和要求",
        en="We must measure ourselves against the provincial Party committee's "
        "'four priorities, four highs, two in step' approach",
    ),
)
MUST_PEOPLE_CENTRED = Section(
    id="must_people_centred",
    quote="四是必须始终坚持以人民为中心的发展思想。",
    section="plan_four_musts",
    marker="四是",
    part=Part.PLAN,
    title=Text(
        zh="必须始终坚持以人民为中心的发展思想",
        en="We must always follow the people-centred philosophy of development",
    ),
)
PLAN_TEN_PROGRAMMES = Section(
    id="plan_ten_programmes",
    quote="今年,在统筹做好各项工作的基础上,重点抓好“十大工程”:",
    section="plan_2020",
    marker="",
    part=Part.PLAN,
    title=Text(zh="十大工程", en="The ten major programmes"),
)
PROGRAMME_TRANSFORMATION_PROJECTS = Section(
    id="programme_transformation_projects",
    quote="(一)转型综改项目建设工程",
    section="plan_ten_programmes",
    marker="(一)",
    part=Part.PLAN,
    title=Text(
        zh="转型综改项目建设工程",
        en="Programme of projects for comprehensive transformation reform",
    ),
)
PROGRAMME_ENERGY_REVOLUTION = Section(
    id="programme_energy_revolution",
    quote="(二)能源革命综合改革试点突破工程",
    section="plan_ten_programmes",
    marker="(二)",
    part=Part.PLAN,
    title=Text(
        zh="能源革命综合改革试点突破工程",
        en="Programme for breakthroughs in the energy revolution comprehensive reform pilot",
    ),
)
PROGRAMME_INNOVATION_ECOSYSTEM = Section(
    id="programme_innovation_ecosystem",
    quote="(三)创新生态打造工程",
    section="plan_ten_programmes",
    marker="(三)",
    part=Part.PLAN,
    title=Text(zh="创新生态打造工程", en="Programme for building an innovation ecosystem"),
)
PROGRAMME_CULTURE_TOURISM = Section(
    id="programme_culture_tourism",
    quote="(四)文旅产业壮大工程",
    section="plan_ten_programmes",
    marker="(四)",
    part=Part.PLAN,
    title=Text(zh="文旅产业壮大工程", en="Programme for growing culture and tourism"),
)
PROGRAMME_RURAL_REVITALISATION = Section(
    id="programme_rural_revitalisation",
    quote="(五)乡村振兴强农工程",
    section="plan_ten_programmes",
    marker="(五)",
    part=Part.PLAN,
    title=Text(
        zh="乡村振兴强农工程",
        en="Programme for rural revitalisation and stronger agriculture",
    ),
)
PROGRAMME_SUB_CENTRAL_CITY = Section(
    id="programme_sub_central_city",
    quote="(六)省域副中心城市建设工程",
    section="plan_ten_programmes",
    marker="(六)",
    part=Part.PLAN,
    title=Text(
        zh="省域副中心城市建设工程",
        en="Programme for building the province's sub-central city",
    ),
)
PROGRAMME_REFORM_OPENING = Section(
    id="programme_reform_opening",
    quote="(七)改革开放攻坚工程",
    section="plan_ten_programmes",
    marker="(七)",
    part=Part.PLAN,
    title=Text(zh="改革开放攻坚工程", en="Programme for tough reforms and opening up"),
)
PROGRAMME_THREE_CRITICAL_BATTLES = Section(
    id="programme_three_critical_battles",
    quote="(八)“三大攻坚战”决胜工程",
    section="plan_ten_programmes",
    marker="(八)",
    part=Part.PLAN,
    title=Text(
        zh="“三大攻坚战”决胜工程",
        en="Programme for winning the three critical battles",
    ),
)
PROGRAMME_BUSINESS_ENVIRONMENT = Section(
    id="programme_business_environment",
    quote="(九)营商环境优化工程",
    section="plan_ten_programmes",
    marker="(九)",
    part=Part.PLAN,
    title=Text(zh="营商环境优化工程", en="Programme for a better business environment"),
)
PROGRAMME_PUBLIC_WELLBEING = Section(
    id="programme_public_wellbeing",
    quote="(十)民生福祉改善工程",
    section="plan_ten_programmes",
    marker="(十)",
    part=Part.PLAN,
    title=Text(zh="民生福祉改善工程", en="Programme for improving public wellbeing"),
)
PLAN_COVID = Section(
    id="plan_covid",
    quote="各位代表,新冠肺炎疫情仍然是我们面临的重大考验",
    section="plan_2020",
    marker="",
    part=Part.PLAN,
    title=Text(zh="新冠肺炎疫情防控", en="COVID-19 prevention and control"),
)

# 三、全面加强政府自身建设 ---------------------------------------------------------------------------

SELF_BUILDING = Section(
    id="self_building",
    quote="三、全面加强政府自身建设",
    section=None,
    marker="三、",
    part=Part.SELF_BUILDING,
    title=Text(zh="全面加强政府自身建设", en="Strengthening the government in every respect"),
)
SELF_POLITICAL_BUILDING = Section(
    id="self_political_building",
    quote="一要加强政治建设。",
    section="self_building",
    marker="一要",
    part=Part.SELF_BUILDING,
    title=Text(zh="加强政治建设", en="Strengthening political building"),
)
SELF_GOVERNANCE = Section(
    id="self_governance",
    quote="二要提升治理效能。",
    section="self_building",
    marker="二要",
    part=Part.SELF_BUILDING,
    title=Text(zh="提升治理效能", en="Improving the effectiveness of governance"),
)
SELF_WORK_STYLE = Section(
    id="self_work_style",
    quote="三要弘扬实干作风。",
    section="self_building",
    marker="三要",
    part=Part.SELF_BUILDING,
    title=Text(zh="弘扬实干作风", en="Promoting a hands-on style of work"),
)
SELF_INTEGRITY = Section(
    id="self_integrity",
    quote="四要保持清正廉洁。",
    section="self_building",
    marker="四要",
    part=Part.SELF_BUILDING,
    title=Text(zh="保持清正廉洁", en="Staying honest and clean"),
)
SELF_CLOSING = Section(
    id="self_closing",
    quote="各位代表,站在第一个百年奋斗目标即将实现的历史当口",
    section="self_building",
    marker="",
    part=Part.SELF_BUILDING,
    title=Text(zh="结束语", en="Closing words"),
)

# 名词解释 -----------------------------------------------------------------------------------------

GLOSSARY = Section(
    id="glossary",
    quote="名词解释",
    section=None,
    marker="",
    part=Part.GLOSSARY,
    title=Text(zh="名词解释", en="Explanation of terms"),
)
