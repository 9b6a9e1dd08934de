"""The report's numbered slogans and named enumerations used in its body, other than the 16 terms of
its 名词解释 (those are declared with the glossary).

One :class:`~datong2020.model.Term` per slogan, in the order the slogans first appear in the text. The
quote is the slogan's first use, or the place where the report lists its items when it lists them
later (三大攻坚战, 六最); ``section`` is the innermost section that quote sits in (a programme's numbered
task where it has one). ``members`` are the items where the report lists them, copied verbatim and split at
、 and at a 和 that joins two items; where the report uses a slogan without listing its items, members
stay empty and ``note`` says so (naming the items, as background, only where they are well known).
A shorthand for pieces of a glossary term (五个一, 一园一城) lists the glossary's sub-terms in ``parts``.
A service slogan whose 一 means "one" rather than a count (一网通办, 一枚印章管审批) has no members and a
note saying so. A spelling the report uses for two different sets (三大重点) is two terms, each note naming
the other.
English is ours unless ``en_source`` names an official rendering.
"""

from datong2020.model import Term
from datong2020.text import STATE_COUNCIL, Text

_NOT_LISTED = "报告未列出其内容"
_SERVICE_SLOGAN = "服务口号,“一”意为单一,不是项数,没有条目"

# 一、2019年工作回顾 ---------------------------------------------------------------------------------

FIVE_ONES = Term(
    id="five_ones",
    quote="形成了“一园一城一院一所一委”“五个一”为支撑",
    section="review_energy_revolution",
    term="五个一",
    english=Text(zh="五个一", en="the 'five ones'"),
    parts=("one_park", "one_city", "one_institute", "one_branch", "one_committee"),
    note=Text(
        zh="即“一园一城一院一所一委”(名词解释10)",
        en="The report's count-name for 一园一城一院一所一委 (名词解释 10), written right after it; its "
        "parts are the five pieces of that name, which the glossary explains.",
    ),
)
ONE_PARK_ONE_CITY = Term(
    id="one_park_one_city",
    quote="“一园一城”26个项目",
    section="review_energy_revolution",
    term="一园一城",
    english=Text(zh="一园一城", en="one park, one city"),
    parts=("one_park", "one_city"),
    note=Text(
        zh="“一园一城一院一所一委”的前两项",
        en="The first two pieces of 一园一城一院一所一委 (名词解释 10): the science park and the hydrogen "
        "city, which the same paragraph names as 大同国际能源革命科创园和氢都新能源产业城两大牵引性工程.",
    ),
)
THREE_REVITALISATIONS = Term(
    id="three_revitalisations",
    quote="三大振兴成果明显",
    section="review_industry",
    term="三大振兴",
    english=Text(zh="三大振兴", en="the three revitalisations"),
    note=Text(
        zh=_NOT_LISTED,
        en="The report does not list the three. The work area it heads reports on industry (狠抓工业大振兴), "
        "culture and tourism, and agriculture and the countryside (乡村振兴), which appear to be the three "
        "(our reading, not listed in the report).",
    ),
)
TWO_ASSURANCES_THREE_GUARANTEES = Term(
    id="two_assurances_three_guarantees",
    quote="聚焦“两不愁三保障”",
    section="review_poverty",
    term="两不愁三保障",
    english=Text(zh="两不愁三保障", en="two assurances and three guarantees", en_source=STATE_COUNCIL),
    note=Text(
        zh=_NOT_LISTED,
        en="Not listed in the report: assured food and clothing, and guaranteed compulsory education, "
        "basic medical care and safe housing for the rural poor (background).",
    ),
)
THIRTEENTH_FIVE_YEAR_PLAN_PERIOD = Term(
    id="thirteenth_five_year_plan_period",
    quote="易地搬迁保障有力,“十三五”期间",
    section="review_poverty",
    term="十三五",
    english=Text(zh="十三五", en="13th Five-Year Plan", en_source=STATE_COUNCIL),
    note=Text(
        zh="序数,非数目",
        en="An ordinal, not a count: the plan period 2016–2020 (the years are not stated in the report).",
    ),
)
DOUBLE_SIGNING = Term(
    id="double_signing",
    quote="建档立卡贫困户“双签约”",
    section="review_poverty",
    term="双签约",
    english=Text(zh="双签约", en="'double signing'"),
    note=Text(
        zh=_NOT_LISTED,
        en="Part of health poverty alleviation; the report does not say what the two signed agreements are.",
    ),
)
THREE_COUNTIES_ONE_DISTRICT = Term(
    id="three_counties_one_district",
    quote="“三县一区”完成公路建设任务",
    section="review_poverty",
    term="三县一区",
    english=Text(zh="三县一区", en="the three counties and one district"),
    note=Text(zh=_NOT_LISTED, en="The report does not name the three counties and the district."),
)
TWO_MOUNTAINS_THEORY = Term(
    id="two_mountains_theory",
    quote="坚决践行“两山”理论",
    section="review_ecology",
    term="两山",
    english=Text(zh="两山", en="the 'two mountains' theory"),
    note=Text(
        zh="指“绿水青山就是金山银山”,与名词解释6“两山七河一流域”中的“两山”(太行山、吕梁山)不同",
        en="The idea that lucid waters and lush mountains are invaluable assets (绿水青山就是金山银山), "
        "which the report does not spell out (background). Not the 两山 of 两山七河一流域 (名词解释 6: "
        "太行山、吕梁山), which is spelled the same.",
    ),
)
DATONG_BLUE_CLEAR_GREEN = Term(
    id="datong_blue_clear_green",
    quote="持续开展“巩固大同蓝、建设大同清、厚植大同绿”生态文明建设行动",
    section="review_ecology",
    term="巩固大同蓝、建设大同清、厚植大同绿",
    english=Text(
        zh="巩固大同蓝、建设大同清、厚植大同绿",
        en="consolidate 'Datong blue', build 'Datong clear', deepen 'Datong green'",
    ),
    members=(
        Text(zh="巩固大同蓝", en="consolidate 'Datong blue'"),
        Text(zh="建设大同清", en="build 'Datong clear'"),
        Text(zh="厚植大同绿", en="deepen 'Datong green'"),
    ),
    note=Text(
        zh="“大同蓝”后又单独出现",
        en="An ecological campaign; blue, clear and green are read as sky, water and greenery (our "
        "reading). Programme (八) uses its first item alone: 确保“大同蓝”持续巩固提升.",
    ),
)
SEVEN_IN_A_ROW = Term(
    id="seven_in_a_row",
    quote="实现“七连冠”",
    section="review_ecology",
    term="七连冠",
    english=Text(zh="七连冠", en="seven titles in a row"),
    note=Text(
        zh="报告未列出各年",
        en="First in the province on the three air-quality indicators for the seventh time running, as "
        "the sentence implies; the report does not list the years.",
    ),
)
EIGHT_PLUS_ONE = Term(
    id="eight_plus_one",
    quote="大昶移动能源等“8+1”项目稳步推进",
    section="review_reform_opening",
    term="8+1",
    english=Text(zh="8+1", en="the '8+1' projects"),
    note=Text(
        zh="报告只列出两项(同煤集团晋北物流园、大昶移动能源)",
        en="Projects of the state-enterprise reform. The report names two (同煤集团晋北物流园、大昶移动能源) "
        "followed by 等; the nine are not listed.",
    ),
)
EIGHT_MEASURES = Term(
    id="eight_measures",
    quote="出台引导和鼓励高校毕业生回乡就业“八项措施”",
    section="review_social",
    term="八项措施",
    english=Text(zh="八项措施", en="the eight measures (for graduates returning home to work)"),
    variants=("高校毕业生回同就业八条",),
    note=Text(
        zh=_NOT_LISTED,
        en="The eight measures are not listed. We take 高校毕业生回同就业八条 in programme (三) to be the "
        "same eight measures; the report does not say so.",
    ),
)
THREE_FULL_COVERAGES = Term(
    id="three_full_coverages",
    quote="全市公办非寄宿制小学课后托管服务、农村寄宿制学校“留守儿童之家”、义务教育阶段学生营养改善计划"
    "实现“三个全覆盖”",
    section="review_social",
    term="三个全覆盖",
    english=Text(zh="三个全覆盖", en="three full coverages"),
    members=(
        Text(
            zh="全市公办非寄宿制小学课后托管服务",
            en="after-school care in the city's public non-boarding primary schools",
        ),
        Text(
            zh="农村寄宿制学校“留守儿童之家”", en="'homes for left-behind children' in rural boarding schools"
        ),
        Text(
            zh="义务教育阶段学生营养改善计划",
            en="the nutrition improvement plan for pupils in compulsory education",
        ),
    ),
)
ONE_CARD = Term(
    id="one_card",
    quote="异地就医结算实现“一卡通”",
    section="review_social",
    term="一卡通",
    english=Text(zh="一卡通", en="'one card' (for medical bills settled away from home)"),
    note=Text(
        zh=_SERVICE_SLOGAN,
        en="A service slogan, not a count: 一 is 'one' and there are no items. Said of medical treatment "
        "outside the insured's home area (异地就医结算): the bill is settled directly with one card; the "
        "report does not say which card (presumably the social security card).",
    ),
)
ONE_SEAL_FOR_APPROVALS = Term(
    id="one_seal_for_approvals",
    quote="“一枚印章管审批”便企惠民",
    section="review_government",
    term="一枚印章管审批",
    english=Text(zh="一枚印章管审批", en="one seal for all approvals"),
    note=Text(
        zh=_SERVICE_SLOGAN,
        en="A service slogan, not a count: 一 is 'one' and there are no items. It names the reform that "
        "gathers the approval powers of many departments into one administrative approval body, whose "
        "single seal signs them (background; the report does not explain it). Used again in programme "
        "(九), task 二是: 全面巩固“一枚印章管审批”,努力做到体制最顺 (one of the 六最).",
    ),
)
MAP_STOPWATCH_CHECKPOINT = Term(
    id="map_stopwatch_checkpoint",
    quote="大力推行“挂图作战、跑表计时、到点验收”",
    section="review_government",
    term="挂图作战、跑表计时、到点验收",
    english=Text(
        zh="挂图作战、跑表计时、到点验收",
        en="work to a wall chart, run against the clock, inspect on the due date",
    ),
    members=(
        Text(zh="挂图作战", en="work to a wall chart"),
        Text(zh="跑表计时", en="run against the clock"),
        Text(zh="到点验收", en="inspect on the due date"),
    ),
)
DOUBLE_SUPPORT = Term(
    id="double_support",
    quote="双拥共建",
    section="review_government",
    term="双拥",
    english=Text(zh="双拥", en="'double support' between the army and civilians"),
    note=Text(
        zh=_NOT_LISTED,
        en="Not listed in the report: civilians supporting the army and caring for military families, and "
        "the army supporting the government and cherishing the people (background). Used again in "
        "programme (十): “双拥”创建.",
    ),
)
THREE_CRITICAL_BATTLES = Term(
    id="three_critical_battles",
    quote="“三大攻坚战”决胜工程,事关大同全面小康社会的“成色”",
    section="programme_three_critical_battles",
    term="三大攻坚战",
    english=Text(zh="三大攻坚战", en="three critical battles", en_source=STATE_COUNCIL),
    members=(
        Text(zh="精准脱贫攻坚战", en="the battle for targeted poverty alleviation"),
        Text(zh="污染防治攻坚战", en="the battle against pollution"),
        Text(zh="防范化解重大风险攻坚战", en="the battle to forestall and defuse major risks"),
    ),
    note=Text(
        zh="首见于“三大攻坚战”尚需持续发力;三项为(八)的三项任务",
        en="First used in the review's problems (“三大攻坚战”尚需持续发力); the three are the tasks of "
        "programme (八): 一是决战完胜精准脱贫攻坚战, 二是扎实打好污染防治攻坚战, 三是全面打赢防范化解重大风险攻坚战.",
    ),
)
SIX_BESTS = Term(
    id="six_bests",
    quote="落细落实“三对”“六最”要求",
    section="business_convenient_services",
    term="六最",
    english=Text(zh="六最", en="the 'six bests'"),
    members=(
        Text(zh="审批最少", en="fewest approvals"),
        Text(zh="效率最高", en="highest efficiency"),
        Text(zh="体制最顺", en="smoothest institutions"),
        Text(zh="机制最活", en="most flexible mechanisms"),
        Text(zh="流程最优", en="best procedures"),
        Text(zh="服务最好", en="best service"),
    ),
    note=Text(
        zh="首见于打造“六最”营商环境;六项列于(九)二是",
        en="First used in the review's problems (打造“六最”营商环境); the six are listed in programme (九), "
        "task 二是, each as 努力做到….",
    ),
)

# 二、2020年工作安排 ---------------------------------------------------------------------------------

_POLITICAL = "增强“四个意识”、坚定“四个自信”、做到“两个维护”"
_FOUR_WAYS = "保证每一个服务对象“看图会办”“一网通办”“窗口快办”“一次妥办”"

FOUR_CONSCIOUSNESSES = Term(
    id="four_consciousnesses",
    quote=_POLITICAL,
    section="plan_requirements",
    term="四个意识",
    english=Text(zh="四个意识", en="the four consciousnesses"),
    note=Text(
        zh=_NOT_LISTED,
        en="Not listed in the report: consciousness of the need to maintain political integrity, think in "
        "big-picture terms, follow the leadership core and keep in alignment (background).",
    ),
)
FOUR_CONFIDENCES = Term(
    id="four_confidences",
    quote=_POLITICAL,
    section="plan_requirements",
    term="四个自信",
    english=Text(zh="四个自信", en="the four matters of confidence"),
    note=Text(
        zh=_NOT_LISTED,
        en="Not listed in the report: confidence in the path, theory, system and culture of socialism with "
        "Chinese characteristics (background).",
    ),
)
TWO_UPHOLDS = Term(
    id="two_upholds",
    quote=_POLITICAL,
    section="plan_requirements",
    term="两个维护",
    english=Text(zh="两个维护", en="the two upholds"),
    note=Text(
        zh=_NOT_LISTED,
        en="Not listed in the report: upholding Xi Jinping's core position in the Party Central Committee "
        "and the whole Party, and upholding the Central Committee's authority and its centralised, unified "
        "leadership (background).",
    ),
)
DEVELOPMENT_STRATEGY_136 = Term(
    id="development_strategy_136",
    quote="大力实施“136”发展战略",
    section="plan_requirements",
    term="136",
    english=Text(zh="136", en="the '136' development strategy"),
    note=Text(
        zh="报告未说明1、3、6所指", en="The report does not say what the 1, the 3 and the 6 stand for."
    ),
)
FOUR_MUSTS = Term(
    id="four_musts",
    quote="重中之重是要坚持“四个必须”",
    section="plan_four_musts",
    term="四个必须",
    english=Text(zh="四个必须", en="the four musts"),
    members=(
        Text(zh="必须坚定不移贯彻新发展理念", en="we must unswervingly apply the new development philosophy"),
        Text(
            zh="必须深刻领会和运用好“五论”重要原则",
            en="we must understand and apply the 'five theses' principles",
        ),
        Text(
            zh="必须高位对标省委“四为四高两同步”总体思路和要求",
            en="we must measure ourselves against the provincial Party committee's 'four priorities, four "
            "highs, two in step' approach",
        ),
        Text(
            zh="必须始终坚持以人民为中心的发展思想",
            en="we must always follow the people-centred philosophy of development",
        ),
    ),
)
NEW_DEVELOPMENT_PHILOSOPHY_FORMULA = Term(
    id="new_development_philosophy_formula",
    quote="深刻把握“创新是第一动力、协调是内在要求、绿色是必要条件、开放是必由之路、共享是本质要求”",
    section="must_new_development_philosophy",
    term="创新是第一动力、协调是内在要求、绿色是必要条件、开放是必由之路、共享是本质要求",
    english=Text(
        zh="创新是第一动力、协调是内在要求、绿色是必要条件、开放是必由之路、共享是本质要求",
        en="innovation is the primary driving force, coordination an inherent requirement, green development "
        "a necessary condition, openness the only way, and sharing an essential requirement",
    ),
    members=(
        Text(zh="创新是第一动力", en="innovation is the primary driving force"),
        Text(zh="协调是内在要求", en="coordination is an inherent requirement"),
        Text(zh="绿色是必要条件", en="green development is a necessary condition"),
        Text(zh="开放是必由之路", en="openness is the only way"),
        Text(zh="共享是本质要求", en="sharing is an essential requirement"),
    ),
    note=Text(
        zh="新发展理念的五个方面,即下文的“五大理念”",
        en="The five concepts of the new development philosophy, which the next task calls 五大理念.",
    ),
)
FIVE_THESES = Term(
    id="five_theses",
    quote="必须深刻领会和运用好“五论”重要原则",
    section="must_five_principles",
    term="五论",
    english=Text(zh="五论", en="the five theses"),
    members=(
        Text(zh="过程论", en="the thesis of process"),
        Text(zh="重点论", en="the thesis of priorities"),
        Text(zh="系统论", en="the thesis of systems"),
        Text(zh="主体论", en="the thesis of agents"),
        Text(zh="标准论", en="the thesis of standards"),
    ),
)
FIVE_DEVELOPMENT_CONCEPTS = Term(
    id="five_development_concepts",
    quote="一体贯彻五大理念",
    section="must_five_principles",
    term="五大理念",
    english=Text(zh="五大理念", en="the five development concepts"),
    note=Text(
        zh="本节未列出;上一项“一是”列出创新、协调、绿色、开放、共享",
        en="Not listed where it is used; the preceding task (一是) spells out the five: innovation, "
        "coordination, green development, openness and sharing (new_development_philosophy_formula).",
    ),
)
TEN_MAJOR_PROGRAMMES = Term(
    id="ten_major_programmes",
    quote="重点抓好“十大工程”",
    section="plan_ten_programmes",
    term="十大工程",
    english=Text(zh="十大工程", en="the ten major programmes"),
    members=(
        Text(zh="转型综改项目建设工程", en="Programme of projects for comprehensive transformation reform"),
        Text(
            zh="能源革命综合改革试点突破工程",
            en="Programme for breakthroughs in the energy revolution comprehensive reform pilot",
        ),
        Text(zh="创新生态打造工程", en="Programme for building an innovation ecosystem"),
        Text(zh="文旅产业壮大工程", en="Programme for growing culture and tourism"),
        Text(zh="乡村振兴强农工程", en="Programme for rural revitalisation and stronger agriculture"),
        Text(zh="省域副中心城市建设工程", en="Programme for building the province's sub-central city"),
        Text(zh="改革开放攻坚工程", en="Programme for tough reforms and opening up"),
        Text(zh="“三大攻坚战”决胜工程", en="Programme for winning the three critical battles"),
        Text(zh="营商环境优化工程", en="Programme for a better business environment"),
        Text(zh="民生福祉改善工程", en="Programme for improving public wellbeing"),
    ),
)
THREE_TRANSFORMATIONS = Term(
    id="three_transformations",
    quote="突出产业转型升级,重点抓好三大转型",
    section="programme_transformation_projects",
    term="三大转型",
    english=Text(zh="三大转型", en="the three transformations"),
    members=(
        Text(zh="以十大产业引领转型", en="leading the transformation with ten industries"),
        Text(
            zh="以五大开发区为载体支撑转型",
            en="supporting the transformation with the five development zones as its platforms",
        ),
        Text(
            zh="以二十大技改项目助力转型",
            en="aiding the transformation with twenty technical upgrading projects",
        ),
    ),
    note=Text(
        zh="三项为其后一是、二是、三是的标题",
        en="The three are the headings of the programme's three tasks that follow (一是…, 二是…, 三是…).",
    ),
)
TEN_INDUSTRIES = Term(
    id="ten_industries",
    quote="以十大产业引领转型",
    section="transformation_ten_industries",
    term="十大产业",
    english=Text(zh="十大产业", en="the ten industries"),
    members=(
        Text(zh="先进制造业", en="advanced manufacturing"),
        Text(zh="通航产业", en="general aviation"),
        Text(zh="数字产业", en="the digital industry"),
        Text(zh="新能源产业", en="new energy"),
        Text(zh="新能源汽车产业", en="new-energy vehicles"),
        Text(zh="新材料产业", en="new materials"),
        Text(zh="节能环保产业", en="energy saving and environmental protection"),
        Text(zh="大健康及现代医药产业", en="health and modern pharmaceuticals"),
        Text(zh="绿色建材产业", en="green building materials"),
        Text(zh="现代纺织产业", en="modern textiles"),
    ),
    note=Text(
        zh="未集中列出:本项在“聚力打造10大……产业集群”之后依次以十个产业开头分述,取为条目(我们的理解);"
        "与回顾部分“农产品精深加工十大产业集群”不同",
        en="Not listed in one place: after 聚力打造10大标志性、引领性、带动性的产业集群 (target "
        "industry_clusters_2020) the task takes ten industries in turn, each opening its own sentence "
        "(先进制造业要…, 通航产业重点…, … 现代纺织产业要…); we take these ten as the members (our "
        "reading). Not the 农产品精深加工十大产业集群 of the 2019 review (fact "
        "agro_processing_industry_clusters_2019), which contains the same four characters.",
    ),
)
THREE_ELECTRICS = Term(
    id="three_electrics",
    quote="电池、电机、电控“三电总成”",
    section="transformation_ten_industries",
    term="三电总成",
    english=Text(zh="三电总成", en="'three electrics' assemblies"),
    members=(
        Text(zh="电池", en="batteries"),
        Text(zh="电机", en="electric motors"),
        Text(zh="电控", en="electronic controls"),
    ),
)
ONE_CITY_FOUR_ZONES = Term(
    id="one_city_four_zones",
    quote="大同开发区要做大做强氢都新能源产业城、装备制造园区、通航园区、医药园区、现代纺织园区等“一城四区”建设",
    section="transformation_development_zones",
    term="一城四区",
    english=Text(zh="一城四区", en="one city and four zones"),
    members=(
        Text(zh="氢都新能源产业城", en="the hydrogen-capital new-energy industry city"),
        Text(zh="装备制造园区", en="the equipment manufacturing zone"),
        Text(zh="通航园区", en="the general aviation zone"),
        Text(zh="医药园区", en="the pharmaceuticals zone"),
        Text(zh="现代纺织园区", en="the modern textiles zone"),
    ),
    note=Text(
        zh="“等”前已列全五项",
        en="All five (one city and four zones) are named before 等, in the Datong development zone.",
    ),
)
FULL_COMMITMENT_NO_APPROVAL = Term(
    id="full_commitment_no_approval",
    quote="一般工业项目审批“全承诺、无审批、拿地即可开工”",
    section="transformation_development_zones",
    term="全承诺、无审批、拿地即可开工",
    english=Text(
        zh="全承诺、无审批、拿地即可开工",
        en="full commitment, no approval, start work as soon as the land is obtained",
    ),
    members=(
        Text(zh="全承诺", en="full commitment"),
        Text(zh="无审批", en="no approval"),
        Text(zh="拿地即可开工", en="start work as soon as the land is obtained"),
    ),
)
DOUBLE_UPGRADE = Term(
    id="double_upgrade",
    quote="存量增量“双升级”",
    section="energy_revolution_institutional_reform",
    term="双升级",
    english=Text(zh="双升级", en="'double upgrade'"),
    note=Text(
        zh=_NOT_LISTED,
        en="Written 探索两大新兴产业的存量增量“双升级” (new energy and big data): the two may be the existing "
        "stock and the new increment, or the two industries; the report does not say.",
    ),
)
ONE_THREE_FIVE_YEARS = Term(
    id="one_three_five_years",
    quote="必须紧扣“一年架梁立柱、三年点上突破、五年基本成型”的目标要求",
    section="programme_innovation_ecosystem",
    term="一年架梁立柱、三年点上突破、五年基本成型",
    english=Text(
        zh="一年架梁立柱、三年点上突破、五年基本成型",
        en="frame in one year, breakthroughs at key points in three, basic shape in five",
    ),
    members=(
        Text(zh="一年架梁立柱", en="put up the beams and pillars in one year"),
        Text(zh="三年点上突破", en="break through at key points in three years"),
        Text(zh="五年基本成型", en="take basic shape in five years"),
    ),
    note=Text(
        zh="数字为年数,非项数",
        en="A three-stage goal for the innovation ecosystem; its numerals are years (1, 3, 5), not counts "
        "of items.",
    ),
)
FOUR_BATCHES = Term(
    id="four_batches",
    quote="大力实施“四个一批”创新人才集聚行动",
    section="innovation_ecosystem_talent",
    term="四个一批",
    english=Text(zh="四个一批", en="the four batches"),
    members=(
        Text(zh="带动一批", en="a batch drawn in by leading figures"),
        Text(zh="引进一批", en="a batch brought in through key platforms"),
        Text(zh="吸纳一批", en="a batch attracted by incentives"),
        Text(zh="培育一批", en="a batch trained locally"),
    ),
)
BIG_INDUSTRY_INTEGRATION_CONSTRUCTION = Term(
    id="big_industry_integration_construction",
    quote="按照“大产业、大融合、大建设”的发展路径",
    section="programme_culture_tourism",
    term="大产业、大融合、大建设",
    english=Text(zh="大产业、大融合、大建设", en="big industry, big integration, big construction"),
    members=(
        Text(zh="大产业", en="big industry"),
        Text(zh="大融合", en="big integration"),
        Text(zh="大建设", en="big construction"),
    ),
)
GREAT_WALL_THEME = Term(
    id="great_wall_theme",
    quote="以“游大同长城、赏古堡风情、品边塞文化”为主题",
    section="culture_tourism_great_wall_byway",
    term="游大同长城、赏古堡风情、品边塞文化",
    english=Text(
        zh="游大同长城、赏古堡风情、品边塞文化",
        en="tour Datong's Great Wall, enjoy the old forts, savour frontier culture",
    ),
    members=(
        Text(zh="游大同长城", en="tour Datong's Great Wall"),
        Text(zh="赏古堡风情", en="enjoy the charm of the old forts"),
        Text(zh="品边塞文化", en="savour frontier culture"),
    ),
)
TWO_PLAYS = Term(
    id="two_plays",
    quote="实施《天下大同》《北魏长歌》“两剧”创排工程",
    section="culture_tourism_art_creation",
    term="两剧",
    english=Text(zh="两剧", en="the two plays"),
    members=(
        Text(zh="《天下大同》", en="Great Harmony under Heaven"),
        Text(zh="《北魏长歌》", en="Long Song of the Northern Wei"),
    ),
)
TWO_CULTURE_TOURISM_PRODUCTIONS = Term(
    id="two_culture_tourism_productions",
    quote="着力打造两大文旅融合演艺剧",
    section="culture_tourism_art_creation",
    term="两大文旅融合演艺剧",
    english=Text(zh="两大文旅融合演艺剧", en="the two stage productions combining culture and tourism"),
    note=Text(
        zh="报告未列出;同句先提《天下大同》《北魏长歌》“两剧”,但未明言即此两部",
        en="Not listed. The same sentence begins with the two plays 《天下大同》《北魏长歌》 (两剧, "
        "two_plays), whose scripts are to be finished this year, and goes on 着力打造两大文旅融合演艺剧、"
        "历史文化歌舞剧和交响音乐史诗; the two productions are presumably those two plays, but the report "
        "does not say so, so no members are given.",
    ),
)
THREE_RURAL_ISSUES = Term(
    id="three_rural_issues",
    quote="做好“三农”工作",
    section="programme_rural_revitalisation",
    term="三农",
    english=Text(zh="三农", en="agriculture, rural areas, and rural people", en_source=STATE_COUNCIL),
    note=Text(
        zh=_NOT_LISTED,
        en="Not listed in the report: agriculture, rural areas and rural people (农业、农村、农民, background).",
    ),
)
RURAL_REVITALISATION_THREE_PRIORITIES = Term(
    id="rural_revitalisation_three_priorities",
    quote="实施乡村振兴强农工程,要突出抓好三大重点",
    section="programme_rural_revitalisation",
    term="三大重点",
    english=Text(zh="三大重点", en="the three priorities (of rural revitalisation)"),
    members=(
        Text(zh="加快特色现代农业发展", en="speeding up distinctive modern agriculture"),
        Text(zh="培育精深加工产业集群", en="building industry clusters for advanced processing"),
        Text(zh="提升农村人居环境", en="improving rural living environments"),
    ),
    note=Text(
        zh="三项为其后一是、二是、三是的标题;该句重复出现两次(见文本问题);与本工程三是中的“清洁取暖三大重点”不同",
        en="The three are the headings of the programme's three tasks that follow (一是…, 二是…, 三是…). "
        "The sentence naming the term is printed twice in a row (quirk repeated_sentence_three_priorities). "
        "Not the 三大重点 of task 三是 (rural_living_environment_three_priorities: waste, sewage and "
        "clean heating), which is spelled the same.",
    ),
)
RURAL_LIVING_ENVIRONMENT_THREE_PRIORITIES = Term(
    id="rural_living_environment_three_priorities",
    quote="紧扣农村生活垃圾无害化处理、污水治理和清洁取暖三大重点",
    section="rural_living_environment",
    term="三大重点",
    english=Text(zh="三大重点", en="the three priorities (of the rural living environment)"),
    members=(
        Text(zh="农村生活垃圾无害化处理", en="safe treatment of rural household waste"),
        Text(zh="污水治理", en="sewage treatment"),
        Text(zh="清洁取暖", en="clean heating"),
    ),
    note=Text(
        zh="与本工程开头的“三大重点”(三项任务)同形异义",
        en="Listed just before the term. Spelled like the programme's 三大重点 "
        "(rural_revitalisation_three_priorities, its three tasks) but a different three, inside that "
        "programme's third task.",
    ),
)
SIX_LIVABILITIES = Term(
    id="six_livabilities",
    quote="“生态宜居、聚商宜业、魅力宜游、繁华宜购、温馨宜娱、开放宜创”“六宜”目标",
    section="sub_central_city_planning",
    term="六宜",
    english=Text(zh="六宜", en="the 'six goods'"),
    members=(
        Text(zh="生态宜居", en="green and good to live in"),
        Text(zh="聚商宜业", en="busy with business and good to work in"),
        Text(zh="魅力宜游", en="charming and good to visit"),
        Text(zh="繁华宜购", en="thriving and good to shop in"),
        Text(zh="温馨宜娱", en="warm and good for leisure"),
        Text(zh="开放宜创", en="open and good for starting up"),
    ),
)
THREE_ZONES_THREE_BASES = Term(
    id="three_zones_three_bases",
    quote="着力建设“三区三地”即国家能源革命综合改革示范区、资源型城市转型发展示范区、"
    "晋北及晋冀蒙长城金三角协同发展示范区和产业创新发展高地、环首都生态屏障和文化休闲康养旅游目的地、"
    "全国性综合交通枢纽基地",
    section="sub_central_city_planning",
    term="三区三地",
    english=Text(zh="三区三地", en="three zones and three bases"),
    members=(
        Text(
            zh="国家能源革命综合改革示范区",
            en="national demonstration zone for comprehensive reform of the energy revolution",
        ),
        Text(
            zh="资源型城市转型发展示范区",
            en="demonstration zone for the transformation of resource-based cities",
        ),
        Text(
            zh="晋北及晋冀蒙长城金三角协同发展示范区",
            en="demonstration zone for coordinated development of northern Shanxi and the "
            "Shanxi–Hebei–Inner Mongolia Great Wall golden triangle",
        ),
        Text(zh="产业创新发展高地", en="highland of industrial innovation"),
        Text(
            zh="环首都生态屏障和文化休闲康养旅游目的地",
            en="ecological barrier around the capital and destination for culture, leisure, wellness and "
            "tourism",
        ),
        Text(zh="全国性综合交通枢纽基地", en="national comprehensive transport hub"),
    ),
    note=Text(
        zh="“环首都生态屏障和文化休闲康养旅游目的地”作一项",
        en="Three zones (示范区) and three bases (地). The 和 inside 环首都生态屏障和文化休闲康养旅游目的地 "
        "joins two halves of one item (the second 地), so it is kept whole; splitting it would give seven.",
    ),
)
ONE_CORE_SIX_COUNTIES_MANY_POINTS = Term(
    id="one_core_six_counties_many_points",
    quote="按照“一核六县多点”的城镇化布局",
    section="sub_central_city_planning",
    term="一核六县多点",
    english=Text(zh="一核六县多点", en="one core, six counties, many points"),
    note=Text(
        zh="核为平城、云冈、云州、新荣四区;六县未列名;多点为重点特色镇",
        en="No item list: the sentence explains the core as 平城、云冈、云州、新荣四区, the six counties as "
        "六大县城 (not named) and the many points as 1-2 key towns per county.",
    ),
)
FOURTEENTH_FIVE_YEAR_PLAN_PERIOD = Term(
    id="fourteenth_five_year_plan_period",
    quote="形成省域副中心城市的“十四五”和远景发展的雏形",
    section="sub_central_city_planning",
    term="十四五",
    english=Text(zh="十四五", en="14th Five-Year Plan", en_source=STATE_COUNCIL),
    note=Text(
        zh="序数,非数目",
        en="An ordinal, not a count: the plan period 2021–2025 (the years are not stated in the report). "
        "Used again in 三要: 精心编制“十四五”发展规划.",
    ),
)
FIVE_DISTRICT_LINKAGE = Term(
    id="five_district_linkage",
    quote="深化“五区联动”",
    section="sub_central_city_development",
    term="五区联动",
    english=Text(zh="五区联动", en="linkage of the five districts"),
    note=Text(zh=_NOT_LISTED, en="The report does not name the five."),
)
EIGHT_CLUSTERS = Term(
    id="eight_clusters",
    quote="推进“八大组团”",
    section="sub_central_city_development",
    term="八大组团",
    english=Text(zh="八大组团", en="the eight urban clusters"),
    note=Text(zh=_NOT_LISTED, en="The report does not name the eight."),
)
TWO_WHEEL_DRIVE = Term(
    id="two_wheel_drive",
    quote="坚持文艺创作、文化运营“两轮驱动”",
    section="sub_central_city_development",
    term="两轮驱动",
    english=Text(zh="两轮驱动", en="two-wheel drive"),
    members=(
        Text(zh="文艺创作", en="artistic creation"),
        Text(zh="文化运营", en="cultural operations"),
    ),
)
ONE_LAKE_THREE_RIVERS = Term(
    id="one_lake_three_rivers",
    quote="发挥“一湖三河”(文瀛湖、御河、十里河和甘河)生态效益",
    section="sub_central_city_development",
    term="一湖三河",
    english=Text(zh="一湖三河", en="one lake and three rivers"),
    members=(
        Text(zh="文瀛湖", en="Wenying Lake"),
        Text(zh="御河", en="Yu River"),
        Text(zh="十里河", en="Shili River"),
        Text(zh="甘河", en="Gan River"),
    ),
)
THREE_INTEGRATIONS = Term(
    id="three_integrations",
    quote="推进城乡基础设施、公共服务、城市管理“三个一体化”",
    section="sub_central_city_urban_rural_integration",
    term="三个一体化",
    english=Text(zh="三个一体化", en="three integrations (of town and country)"),
    members=(
        Text(zh="城乡基础设施", en="urban and rural infrastructure"),
        Text(zh="公共服务", en="public services"),
        Text(zh="城市管理", en="urban management"),
    ),
)
FOUR_GOOD_RURAL_ROADS = Term(
    id="four_good_rural_roads",
    quote="新改建“四好农村路”",
    section="sub_central_city_urban_rural_integration",
    term="四好农村路",
    english=Text(zh="四好农村路", en="'four goods' rural roads"),
    note=Text(
        zh=_NOT_LISTED,
        en="Not listed in the report: rural roads that are well built, well managed, well maintained and "
        "well run (background).",
    ),
)
THREE_BREAKTHROUGHS = Term(
    id="three_breakthroughs",
    quote="重点要抓好三大突破",
    section="programme_reform_opening",
    term="三大突破",
    english=Text(zh="三大突破", en="the three breakthroughs"),
    members=(
        Text(zh="持续深化重点改革", en="deepening the key reforms"),
        Text(zh="持续扩大对外开放", en="opening wider to the outside world"),
        Text(zh="持续扩大招商引资", en="attracting more investment"),
    ),
    note=Text(
        zh="三项为其后一是、二是、三是的标题",
        en="The three are the headings of the programme's three tasks that follow (一是…, 二是…, 三是…).",
    ),
)
TOWNSHIPS_TO_SUBDISTRICTS = Term(
    id="townships_to_subdistricts",
    quote="“乡镇改街道、农村改社区”工作",
    section="reform_key_reforms",
    term="乡镇改街道、农村改社区",
    english=Text(
        zh="乡镇改街道、农村改社区",
        en="townships into sub-districts, villages into communities",
    ),
    members=(
        Text(zh="乡镇改街道", en="turning townships into sub-districts"),
        Text(zh="农村改社区", en="turning villages into communities"),
    ),
)
BELT_AND_ROAD = Term(
    id="belt_and_road",
    quote="主动融入“一带一路”",
    section="reform_opening_up",
    term="一带一路",
    english=Text(zh="一带一路", en="Belt and Road", en_source=STATE_COUNCIL),
    note=Text(
        zh=_NOT_LISTED,
        en="Not listed in the report: the Silk Road Economic Belt and the 21st Century Maritime Silk Road "
        "(background).",
    ),
)
FAST_IN_FAST_OUT = Term(
    id="fast_in_fast_out",
    quote="构筑“快进快出、大进大出”的综合交通骨架网络",
    section="reform_opening_up",
    term="快进快出、大进大出",
    english=Text(zh="快进快出、大进大出", en="fast in and fast out, big in and big out"),
    members=(
        Text(zh="快进快出", en="fast in and fast out"),
        Text(zh="大进大出", en="large volumes in and out"),
    ),
)
FIVE_MEASURES = Term(
    id="five_measures",
    quote="实行分层分级分类分队分度“五大措施”",
    section="reform_investment_promotion",
    term="五大措施",
    english=Text(zh="五大措施", en="the five measures (of investment promotion)"),
    members=(
        Text(zh="分层", en="by tier"),
        Text(zh="分级", en="by level"),
        Text(zh="分类", en="by category"),
        Text(zh="分队", en="by team"),
        Text(zh="分度", en="by degree"),
    ),
    note=Text(
        zh="五项连写为“分层分级分类分队分度”",
        en="The five are written run together, without separators: 分层分级分类分队分度.",
    ),
)
SIX_MECHANISMS = Term(
    id="six_mechanisms",
    quote="建立健全领导包联、审批联动、协调调度、监督考核等“六大机制”",
    section="reform_investment_promotion",
    term="六大机制",
    english=Text(zh="六大机制", en="the six mechanisms (of investment promotion)"),
    note=Text(
        zh="报告只列出四项,后接“等”",
        en="Not fully listed: the report names four (领导包联、审批联动、协调调度、监督考核: leaders' "
        "responsibility, linked approval, coordination and scheduling, supervision and assessment) "
        "followed by 等.",
    ),
)
TEN_INVESTMENT_METHODS = Term(
    id="ten_investment_methods",
    quote="灵活运用以商招商、亲情招商、委托招商、驻外招商、股权招商、基金招商、论坛招商、展会招商、产业链招商、"
    "小分队招商等“十大招商办法”",
    section="reform_investment_promotion",
    term="十大招商办法",
    english=Text(zh="十大招商办法", en="the ten methods of investment promotion"),
    members=(
        Text(zh="以商招商", en="through businesses already here"),
        Text(zh="亲情招商", en="through family and hometown ties"),
        Text(zh="委托招商", en="through agents"),
        Text(zh="驻外招商", en="through offices elsewhere"),
        Text(zh="股权招商", en="through equity"),
        Text(zh="基金招商", en="through funds"),
        Text(zh="论坛招商", en="through forums"),
        Text(zh="展会招商", en="through fairs"),
        Text(zh="产业链招商", en="along industrial chains"),
        Text(zh="小分队招商", en="through small teams"),
    ),
)
THREE_CHECKS = Term(
    id="three_checks",
    quote="坚持排查、督查、普查“三查”并进",
    section="battles_poverty",
    term="三查",
    english=Text(zh="三查", en="the three checks"),
    members=(
        Text(zh="排查", en="screening"),
        Text(zh="督查", en="supervisory inspection"),
        Text(zh="普查", en="general survey"),
    ),
)
TEN_PLUS_ONE_PROBLEMS = Term(
    id="ten_plus_one_problems",
    quote="针对考核、巡视、审计、督导、评估、自查等10个方面以及疫情影响共“10+1”类问题",
    section="battles_poverty",
    term="10+1",
    english=Text(zh="10+1", en="the '10+1' kinds of problems"),
    note=Text(
        zh="十个方面只列出六项(考核、巡视、审计、督导、评估、自查)后接“等”;“+1”为疫情影响",
        en="Not fully listed: of the ten areas the report names six (考核、巡视、审计、督导、评估、自查: "
        "assessment, inspection tours, audit, supervision, evaluation, self-inspection) followed by 等; "
        "the '+1' is the epidemic's impact (疫情影响).",
    ),
)
STRAIGHT_BEND_NEW_LANE = Term(
    id="straight_bend_new_lane",
    quote="实现“直道冲刺、弯道超车、换道领跑”",
    section="programme_business_environment",
    term="直道冲刺、弯道超车、换道领跑",
    english=Text(
        zh="直道冲刺、弯道超车、换道领跑",
        en="sprint on the straight, overtake on the bend, lead in a new lane",
    ),
    members=(
        Text(zh="直道冲刺", en="sprint on the straight"),
        Text(zh="弯道超车", en="overtake on the bend"),
        Text(zh="换道领跑", en="change lanes and lead"),
    ),
)
ONE_CLOUD_ONE_NETWORK = Term(
    id="one_cloud_one_network",
    quote="加快建设“一朵云、一张网、一平台、一系统、一城墙”",
    section="business_digital_platforms",
    term="一朵云、一张网、一平台、一系统、一城墙",
    english=Text(
        zh="一朵云、一张网、一平台、一系统、一城墙",
        en="one cloud, one network, one platform, one system, one wall",
    ),
    members=(
        Text(zh="一朵云", en="one cloud"),
        Text(zh="一张网", en="one network"),
        Text(zh="一平台", en="one platform"),
        Text(zh="一系统", en="one system"),
        Text(zh="一城墙", en="one wall"),
    ),
    note=Text(
        zh="大数据中心建设工程的内容",
        en="What the big-data centre programme is to build; 一城墙 ('one city wall') is presumably a "
        "security barrier, which the report does not explain.",
    ),
)
SIMPLEST_PROCEDURE_ONE_CHART = Term(
    id="simplest_procedure_one_chart",
    quote="制定“极简流程一图清”",
    section="business_digital_platforms",
    term="极简流程一图清",
    english=Text(zh="极简流程一图清", en="the simplest procedure, clear on one chart"),
    note=Text(
        zh=_SERVICE_SLOGAN,
        en="A service slogan, not a count: 一 is 'one' and there are no items. Each procedure is cut to the "
        "minimum and shown on a single chart, so that everyone served can 看图会办 (manage by following "
        "the chart), as the next clause says.",
    ),
)
ONE_NETWORK_SERVICE = Term(
    id="one_network_service",
    quote=_FOUR_WAYS,
    section="business_digital_platforms",
    term="一网通办",
    english=Text(zh="一网通办", en="everything handled through one online network"),
    note=Text(
        zh=_SERVICE_SLOGAN,
        en="A service slogan, not a count: 一 is 'one' and there are no items. Government services handled "
        "online through one integrated platform. One of four in a row: 看图会办、一网通办、窗口快办、一次妥办. "
        "Used again in task 二是: 加快推进“一网通办”,努力做到效率最高 (one of the 六最).",
    ),
)
DONE_RIGHT_AT_ONE_GO = Term(
    id="done_right_at_one_go",
    quote=_FOUR_WAYS,
    section="business_digital_platforms",
    term="一次妥办",
    english=Text(zh="一次妥办", en="done properly at one go"),
    note=Text(
        zh=_SERVICE_SLOGAN,
        en="A service slogan, not a count: 一 is 'one' and there are no items. A matter is settled properly "
        "at the first attempt, without coming back (our reading). The last of four in a row: 看图会办、"
        "一网通办、窗口快办、一次妥办.",
    ),
)
THREE_ALIGNMENTS = Term(
    id="three_alignments",
    quote="落细落实“三对”“六最”要求",
    section="business_convenient_services",
    term="三对",
    english=Text(zh="三对", en="the 'three alignments'"),
    note=Text(zh=_NOT_LISTED, en="The report does not say what the three are."),
)
FIVE_REDUCTIONS = Term(
    id="five_reductions",
    quote="大力开展“五减”专项行动",
    section="business_convenient_services",
    term="五减",
    english=Text(zh="五减", en="the 'five reductions'"),
    note=Text(
        zh=_NOT_LISTED,
        en="The report does not list the five; the campaign serves 审批最少 (fewest approvals).",
    ),
)
FIVE_DELIVERIES = Term(
    id="five_deliveries",
    quote="务实开展“五送”行动",
    section="business_convenient_services",
    term="五送",
    english=Text(zh="五送", en="the 'five deliveries'"),
    note=Text(
        zh=_NOT_LISTED,
        en="The report does not list the five; the campaign serves 服务最好 (best service).",
    ),
)
TWO_DEPUTIES_ONE_MEMBER = Term(
    id="two_deputies_one_member",
    quote="邀请“两代表一委员”参加",
    section="business_rules_based_administration",
    term="两代表一委员",
    english=Text(zh="两代表一委员", en="two kinds of deputies and one kind of member"),
    note=Text(
        zh=_NOT_LISTED,
        en="Not listed in the report: deputies to the Party congress and to the people's congress, and "
        "members of the CPPCC (background).",
    ),
)
WELLBEING_THREE_PRIORITY_TASKS = Term(
    id="wellbeing_three_priority_tasks",
    quote="今年抓好三大重点工作",
    section="programme_public_wellbeing",
    term="三大重点工作",
    english=Text(zh="三大重点工作", en="the three priority tasks (of public wellbeing)"),
    members=(
        Text(zh="加快社会事业发展", en="developing social programmes faster"),
        Text(zh="提升社会保障水平", en="raising the level of social security"),
        Text(zh="增强社会治理能力", en="strengthening social governance"),
    ),
    note=Text(
        zh="三项为其后一是、二是、三是的标题",
        en="The three are the headings of the programme's three tasks that follow (一是…, 二是…, 三是…).",
    ),
)
CERTIFICATES_FOR_ALL = Term(
    id="certificates_for_all",
    quote="坚持“人人持证、技能社会”",
    section="wellbeing_social_programmes",
    term="人人持证、技能社会",
    english=Text(zh="人人持证、技能社会", en="a certificate for everyone, a society of skills"),
    members=(
        Text(zh="人人持证", en="a certificate for everyone"),
        Text(zh="技能社会", en="a society of skills"),
    ),
)
COVID_GENERAL_REQUIREMENT = Term(
    id="covid_general_requirement",
    quote="“坚定信心、同舟共济、科学防治、精准施策”总要求",
    section="plan_covid",
    term="坚定信心、同舟共济、科学防治、精准施策",
    english=Text(
        zh="坚定信心、同舟共济、科学防治、精准施策",
        en="firm confidence, solidarity, science-based prevention and control, targeted measures",
    ),
    members=(
        Text(zh="坚定信心", en="firm confidence"),
        Text(zh="同舟共济", en="solidarity"),
        Text(zh="科学防治", en="science-based prevention and control"),
        Text(zh="精准施策", en="targeted measures"),
    ),
)

# 三、全面加强政府自身建设 ---------------------------------------------------------------------------

THREE_SYSTEMS = Term(
    id="three_systems",
    quote="全面推行行政执法“三项制度”",
    section="self_governance",
    term="三项制度",
    english=Text(zh="三项制度", en="the three systems (of administrative law enforcement)"),
    note=Text(
        zh=_NOT_LISTED,
        en="Not listed in the report: public disclosure of enforcement, recording of the whole enforcement "
        "process, and legal review of major enforcement decisions (background).",
    ),
)
THREE_MAJORS_ONE_LARGE = Term(
    id="three_majors_one_large",
    quote="严格落实“三重一大”制度",
    section="self_governance",
    term="三重一大",
    english=Text(zh="三重一大", en="'three majors and one large'"),
    note=Text(
        zh=_NOT_LISTED,
        en="Not listed in the report: collective decisions on major matters, the appointment and removal of "
        "important officials, major investment projects, and the use of large sums (background).",
    ),
)
TWO_RESPONSIBILITIES = Term(
    id="two_responsibilities",
    quote="坚定扛起“两个责任”",
    section="self_integrity",
    term="两个责任",
    english=Text(zh="两个责任", en="the two responsibilities"),
    note=Text(
        zh=_NOT_LISTED,
        en="Not listed in the report: the Party committees' principal responsibility and the discipline "
        "inspection commissions' supervisory responsibility for clean government (background).",
    ),
)
ONE_POST_TWO_DUTIES = Term(
    id="one_post_two_duties",
    quote="全面压实“一岗双责”",
    section="self_integrity",
    term="一岗双责",
    english=Text(zh="一岗双责", en="one post, two duties"),
    note=Text(
        zh=_NOT_LISTED,
        en="Not listed in the report: each official answers both for the work of the post and for clean "
        "government within it (background).",
    ),
)
EIGHT_POINT_RULES = Term(
    id="eight_point_rules",
    quote="模范践行中央八项规定",
    section="self_integrity",
    term="中央八项规定",
    english=Text(zh="中央八项规定", en="the central leadership's eight-point rules on conduct"),
    note=Text(zh=_NOT_LISTED, en="The eight rules are not listed in the report."),
)
