"""The body's terms: every numbered phrase, abbreviation and coined name the report uses, other than the
16 entries of its 名词解释 (those are declared with the glossary).

What is a term: (1) every numbered phrase: a numeral that counts or orders, with 大, 个, 项 or 条
(四大重点, 两个维护, 十九大) or in a short quoted phrase (“1310”, “十字大街”); tests/test_glossary.py finds
them in the text by that pattern and checks each resolves. A plain count the report does not explain
(六大县城, 四大应急体系) is a term too, whose note says the items are not listed. (2) Every abbreviation:
a short form standing for a longer name (双创, 低保, 五保, 综改, 规上), a contraction of several names
(京津冀, 乌大张, 法检两院, 水电气暖) or a name built on one (三晋通, 集大原). (3) Every slogan and coined
name: the slogans the report sets in quotation marks (六宜, 将转型综改进行到底, 中国古都·天下大同) and the
labels it uses as names (王中之王, 米字型, 第一方阵, 全国十佳生态文明城市). Where the report spells out a
term's items in quotation marks without its name (“生态宜居、…、开放宜创”“六宜”), that is a variant.
Not terms: names of companies, universities and other bodies and their short forms (同煤, 中科院, 世行);
names of events, facilities, projects and campaigns (2019首届…论坛, 留守儿童之家, 健康大同, 大同好粮,
科创园), which are projects where the report names an undertaking; metaphors, quoted or not (网底, 金饭碗,
杠杆效应, 接地气); geographic names (晋北, 塞上); Latin-letter abbreviations in international use (GDP,
PM2.5, 4G/5G, PPP, APP); common contractions of policy prose (文旅, 康养, 技改, 中试, 产城融合; 通航,
which the report also uses for "served by air routes"); and unquoted rhetorical series (稳增长、促改革、
调结构…, 联防联控、严防严控、群防群控).

One :class:`~datong2020.model.Term` per term, in the order of its first use (as
:meth:`~datong2020.terms.Glossary.uses` finds it). The quote is the term's first use, or a later use where
the report lists the items (三大攻坚战, 六最) or where the first use stands in a sentence the ledger
excludes as a statement of principle (十九大); ``section`` is the innermost
section that quote sits in (a programme's numbered task where it has one). ``members`` are the items where
the report lists them, copied verbatim and split at 、 and at a 和 that joins two items; where the report
uses a term without listing its items, members stay empty and ``note`` says so (naming the items, as
background, only where they are well known). A phrase the report explains by the tasks that follow it
(四大重点, 四个突破) has the tasks' headings as members, so that ``glossary.sections_of`` finds the
sections. A shorthand for pieces of a glossary term (五个一, 一园一城) lists the glossary's sub-terms in
``parts``. A service slogan whose 一 means "one" rather than a count (一网通办, 一枚印章管审批) has no
members and a note saying so. A spelling the report uses for two different sets (三大重点) is two terms,
each note naming the other. English is ours unless ``en_source`` names an official rendering.
"""

from datong2020.model import Term
from datong2020.text import NBS, STATE_COUNCIL, Text

_NOT_LISTED = "报告未列出其内容"
_SERVICE_SLOGAN = "服务口号,“一”意为单一,不是项数,没有条目"
_ORDINAL = "序数,非数目"
_TASK_HEADINGS = "各项为其后各任务(一是……)的标题"

# 一、2019年工作回顾 ---------------------------------------------------------------------------------

NINETEENTH_PARTY_CONGRESS = Term(
    id="nineteenth_party_congress",
    quote="全面贯彻党的十九大和十九届二中、三中、四中全会精神,深入贯彻",
    section="plan_requirements",
    term="十九大",
    english=Text(
        zh="十九大", en="the 19th National Congress of the Communist Party of China", en_source=STATE_COUNCIL
    ),
    note=Text(
        zh=_ORDINAL + ":中国共产党第十九次全国代表大会的简称",
        en="An ordinal, not a count: short for 中国共产党第十九次全国代表大会, the Party's 19th National "
        "Congress (October 2017; background). Written in the opening of part 一 and in the plan's general "
        "requirements, quoted here.",
    ),
)
NINETEENTH_CENTRAL_COMMITTEE_PLENARY_SESSIONS = Term(
    id="nineteenth_central_committee_plenary_sessions",
    quote="十九届二中、三中、四中全会精神,深入贯彻",
    section="plan_requirements",
    term="十九届二中、三中、四中全会",
    english=Text(
        zh="十九届二中、三中、四中全会",
        en="the second, third, and fourth plenary sessions of the 19th Party Central Committee",
        en_source=STATE_COUNCIL,
    ),
    note=Text(
        zh=_ORDINAL + ":党的十九届中央委员会第二次、第三次、第四次全体会议;“全会”只写一次",
        en="Ordinals, not counts: the second, third and fourth plenary sessions of the Party's 19th "
        "Central Committee (2018, 2018 and 2019; background). The report writes 全会 once for all three. "
        "Part 三 cites the fourth alone (十九届四中全会).",
    ),
)
FIRST_TIER = Term(
    id="first_tier",
    quote="总体跃升第一方阵",
    section="review_headline",
    term="第一方阵",
    english=Text(zh="第一方阵", en="the first tier"),
    note=Text(
        zh="比喻:排名领先的一组城市,不是名次",
        en="A metaphor, not a rank: the leading group (literally 'the first phalanx') of the province's "
        "cities. Used again for medical bills settled away from home (进入全省第一方阵) and as the goal of "
        "programme (九) for the business environment (确保进入全省第一方阵).",
    ),
)
ABOVE_DESIGNATED_SIZE = Term(
    id="above_designated_size",
    quote="规模以上工业增加值完成352.2亿元",
    section="review_headline",
    term="规模以上",
    english=Text(zh="规模以上", en="above designated size", en_source=NBS),
    variants=("规上", "规模工业", "规模企业"),
    note=Text(
        zh="统计口径:工业指年主营业务收入2000万元及以上的企业;报告也写作“规上”“规模工业”“规模企业”",
        en="The statistical threshold for firms counted in the size-based series; for industry, annual "
        "main-business revenue of 20 million yuan or more (background; the report does not state it). "
        "The report also writes 规上 (规上工业增加值), 规模工业 and 规模企业 for the same.",
    ),
)
COMPREHENSIVE_REFORM = Term(
    id="comprehensive_reform",
    quote="对标一流制定综改试点行动方案",
    section="review_energy_revolution",
    term="综改",
    english=Text(zh="综改", en="comprehensive reform"),
    note=Text(
        zh="综合改革的简称",
        en="Short for 综合改革. Here and in 能源革命综改 it is the energy revolution comprehensive reform "
        "pilot (能源革命综合改革试点, as the work area's heading writes it in full); in 转型综改 it is "
        "Shanxi's national pilot of comprehensive reform for transforming its resource-based economy "
        "(background).",
    ),
)
BREAKTHROUGHS_AT_POINTS = Term(
    id="breakthroughs_at_points",
    quote="坚持“点上突破”引领",
    section="review_energy_revolution",
    term="点上突破",
    english=Text(zh="点上突破", en="breakthroughs at selected points"),
    note=Text(
        zh="与同句“面上铺开”成对:以点上突破引领面上铺开",
        en="Paired with 面上铺开 in the same sentence: breakthroughs at selected points lead the roll-out "
        "across the board. Used again in 一年架梁立柱、三年点上突破、五年基本成型.",
    ),
)
ROLL_OUT_ACROSS_THE_BOARD = Term(
    id="roll_out_across_the_board",
    quote="引领“面上铺开”",
    section="review_energy_revolution",
    term="面上铺开",
    english=Text(zh="面上铺开", en="roll-out across the board"),
    note=Text(zh="与同句“点上突破”成对", en="Paired with 点上突破 in the same sentence."),
)
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
TWO_FLAGSHIP_PROJECTS = Term(
    id="two_flagship_projects",
    quote="大同国际能源革命科创园和氢都新能源产业城两大牵引性工程",
    section="review_energy_revolution",
    term="两大牵引性工程",
    english=Text(zh="两大牵引性工程", en="the two flagship projects"),
    members=(
        Text(zh="大同国际能源革命科创园", en="Energy Revolution Science and Technology Innovation Park"),
        Text(zh="氢都新能源产业城", en="Hydrogen Capital New Energy Industrial City"),
    ),
    note=Text(
        zh="即名词解释10中的“一园”“一城”",
        en="The same two as 一园 and 一城 of 一园一城一院一所一委 (名词解释 10).",
    ),
)
MASS_ENTREPRENEURSHIP_AND_INNOVATION = Term(
    id="mass_entrepreneurship_and_innovation",
    quote="上海漕河泾国际双创园",
    section="review_energy_revolution",
    term="双创",
    english=Text(zh="双创", en="mass entrepreneurship and innovation", en_source=STATE_COUNCIL),
    note=Text(
        zh="大众创业、万众创新的简称",
        en="Short for 大众创业、万众创新 (background). The report writes the same park in full as "
        "上海漕河泾国际创新创业园 in the next work area. Also in 同煤双创中心 and 省级双创示范基地.",
    ),
)
FOUR_SCIENCE_PARK_PROJECTS = Term(
    id="four_science_park_projects",
    quote="同煤双创中心和重点实验室等四大项目",
    section="review_energy_revolution",
    term="四大项目",
    english=Text(zh="四大项目", en="the four major projects"),
    members=(
        Text(zh="科创园A区未来能源馆", en="Future Energy Hall in Zone A of the science park"),
        Text(zh="上海漕河泾国际双创园", en="Shanghai Caohejing International Innovation Park"),
        Text(zh="同煤双创中心", en="Datong Coal Mine Group innovation and entrepreneurship centre"),
        Text(zh="重点实验室", en="key laboratory"),
    ),
)
HYDROGEN_CITY_ROAD_PROJECTS = Term(
    id="hydrogen_city_road_projects",
    quote="开发区两大氢都产业城道路骨架项目",
    section="review_energy_revolution",
    term="两大氢都产业城道路骨架项目",
    english=Text(zh="两大氢都产业城道路骨架项目", en="the two road-network projects of the hydrogen city"),
    note=Text(
        zh=_NOT_LISTED,
        en="A count of two whose items the report does not name: the road-network (道路骨架) projects of "
        "the development zone's hydrogen city (氢都新能源产业城), whose first phases were completed.",
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
TRANSFORMATION_REFORM_TO_THE_END = Term(
    id="transformation_reform_to_the_end",
    quote="“将转型综改进行到底”的决心",
    section="review_energy_revolution",
    term="将转型综改进行到底",
    english=Text(zh="将转型综改进行到底", en="carry the transformation reform through to the end"),
    note=Text(
        zh="报告引用的口号,表示决心;“综改”见其条目",
        en="A motto the report quotes as the city's resolve; for 综改 see its own term.",
    ),
)
ENERGY_REVOLUTION_DATONG_VANGUARD = Term(
    id="energy_revolution_datong_vanguard",
    quote="“能源革命·大同尖兵”正以全新的姿态",
    section="review_energy_revolution",
    term="能源革命·大同尖兵",
    english=Text(zh="能源革命·大同尖兵", en="energy revolution: Datong in the vanguard"),
    note=Text(
        zh="口号:大同是能源革命的尖兵",
        en="A motto: Datong as the spearhead of the energy revolution.",
    ),
)
ACADEMICIANS_OF_BOTH_ACADEMIES = Term(
    id="academicians_of_both_academies",
    quote="吸纳集聚了28名两院院士",
    section="review_innovation",
    term="两院院士",
    english=Text(
        zh="两院院士",
        en="academicians of the Chinese Academy of Sciences and the Chinese Academy of Engineering",
    ),
    note=Text(
        zh="两院指中国科学院和中国工程院;与“法检两院”的“两院”不同",
        en="两院, 'the two academies', are the Chinese Academy of Sciences (中国科学院) and the Chinese "
        "Academy of Engineering (中国工程院) (background). Not the 两院 of 法检两院 (the court and the "
        "procuratorate), which is spelled the same.",
    ),
)
TWO_RESEARCH_CENTRES = Term(
    id="two_research_centres",
    quote="“两大研究中心”成功认定省级工程研究中心",
    section="review_innovation",
    term="两大研究中心",
    english=Text(zh="两大研究中心", en="the two research centres"),
    members=(
        Text(zh="大同大学新型炭素功能材料工程", en="Datong University new carbon functional materials"),
        Text(
            zh="同达药业高端控释制剂工程", en="Tongda Pharmaceutical high-end controlled-release formulations"
        ),
    ),
)
SPECIALISED_REFINED_DISTINCTIVE_NOVEL = Term(
    id="specialised_refined_distinctive_novel",
    quote="新培育“专精特新”小微企业",
    section="review_innovation",
    term="专精特新",
    english=Text(zh="专精特新", en="specialised, refined, distinctive and novel"),
    note=Text(
        zh="专业化、精细化、特色化、新颖化的简称",
        en="Short for 专业化、精细化、特色化、新颖化, a designation for small and medium-sized firms "
        "(background). Used again in programme (三): 新认定“专精特新”中小企业15户以上.",
    ),
)
SMALL_TO_ABOVE_SIZE = Term(
    id="small_to_above_size",
    quote="“小升规”企业65户",
    section="review_innovation",
    term="小升规",
    english=Text(zh="小升规", en="small firms growing above designated size"),
    note=Text(
        zh="小微企业升级为规模以上企业",
        en="Short for 小微企业升级为规模以上企业: small firms that grow past the statistical size threshold "
        "(see 规模以上). Used again in programme (三): “小升规”企业60户以上.",
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
FIVE_SCENIC_AREA_PROJECTS = Term(
    id="five_scenic_area_projects",
    quote="等五大景区提升改造工程",
    section="review_industry",
    term="五大景区提升改造工程",
    english=Text(zh="五大景区提升改造工程", en="the five scenic-area upgrading projects"),
    members=(
        Text(zh="古城文旅业态大培育", en="old city: cultivating cultural-tourism businesses"),
        Text(zh="云冈景区大扩容", en="Yungang scenic area: expansion"),
        Text(zh="恒山景区大提升", en="Hengshan scenic area: upgrading"),
        Text(zh="长城1号景区大建设", en="Great Wall No. 1 scenic area: construction"),
        Text(zh="火山景区大完善", en="volcano scenic area: completion"),
    ),
)
AGRO_PROCESSING_TEN_CLUSTERS = Term(
    id="agro_processing_ten_clusters",
    quote="下大气力推进农产品精深加工十大产业集群",
    section="review_industry",
    term="农产品精深加工十大产业集群",
    english=Text(
        zh="农产品精深加工十大产业集群", en="the ten industrial clusters for deep processing of farm products"
    ),
    note=Text(
        zh="报告未列出十个集群;与第二部分(一)的“十大产业”不同",
        en="The report does not list the ten clusters. Not the 十大产业 (ten industries) of programme (一); "
        "programme (五) speaks of 农产品精深加工产业集群 without a count.",
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
SCATTERED_DISORDERLY_POLLUTING = Term(
    id="scattered_disorderly_polluting",
    quote="取缔“散乱污”企业75家",
    section="review_ecology",
    term="散乱污",
    english=Text(zh="散乱污", en="scattered, disorderly and polluting"),
    note=Text(
        zh="指布局分散、经营无序、污染环境的小企业",
        en="Said of small firms that are scattered, run without permits or standards, and pollute "
        "(background). Used again in programme (八): 强力推进“散乱污”企业综合整治.",
    ),
)
THREE_AIR_QUALITY_INDICATORS = Term(
    id="three_air_quality_indicators",
    quote="三项指标均排名全省第一",
    section="review_ecology",
    term="三项指标",
    english=Text(zh="三项指标", en="the three indicators"),
    members=(
        Text(zh="空气质量综合指数", en="composite air-quality index"),
        Text(zh="PM2.5平均浓度", en="average PM2.5 concentration"),
        Text(zh="优良天数比例", en="share of days with good or excellent air"),
    ),
    note=Text(zh="同句前列的三项空气质量指标", en="The three air-quality indicators listed just before it."),
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
TWO_NATIONAL_ASSESSMENT_SECTIONS = Term(
    id="two_national_assessment_sections",
    quote="御河利仁皂和桑干河固定桥两个国考断面",
    section="review_ecology",
    term="两个国考断面",
    english=Text(zh="两个国考断面", en="the two nationally assessed sections"),
    members=(
        Text(zh="御河利仁皂", en="Lirenzao (Yuhe River)"),
        Text(zh="桑干河固定桥", en="Gudingqiao (Sanggan River)"),
    ),
)
NATIONAL_ASSESSMENT_SECTIONS = Term(
    id="national_assessment_sections",
    quote="两个国考断面水质改善为Ⅳ类",
    section="review_ecology",
    term="国考断面",
    english=Text(zh="国考断面", en="nationally assessed water-quality sections"),
    note=Text(
        zh="国家考核断面的简称",
        en="Short for 国家考核断面: river monitoring sections whose water quality the national government "
        "assesses (background). Used again in the same sentence for the national ranking of cities "
        "(全国地级及以上城市国考断面倒数第二).",
    ),
)
TOP_TEN_ECOLOGICAL_CIVILISATION_CITY = Term(
    id="top_ten_ecological_civilisation_city",
    quote="荣获“全国十佳生态文明城市”",
    section="review_ecology",
    term="全国十佳生态文明城市",
    english=Text(
        zh="全国十佳生态文明城市", en="one of the country's ten best ecological-civilisation cities"
    ),
    note=Text(
        zh="荣誉称号;“十佳”是名次,不是条目数;报告未列出其余九市",
        en="An honorary title the city was awarded; the ten is a ranking in the title's name, not a set of "
        "items, and the report does not name the other nine cities.",
    ),
)
BEAUTIFUL_CITY_OF_CHINA = Term(
    id="beautiful_city_of_china",
    quote="“中国美丽城市”称号",
    section="review_ecology",
    term="中国美丽城市",
    english=Text(zh="中国美丽城市", en="Beautiful City of China"),
    note=Text(
        zh="荣誉称号,与“全国十佳生态文明城市”同时获得;报告未说明授予者",
        en="An honorary title, won together with 全国十佳生态文明城市; the report does not say who awards it.",
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
DATONG_ZHANGJIAKOU_RAILWAY = Term(
    id="datong_zhangjiakou_railway",
    quote="大张客专开通",
    section="review_reform_opening",
    term="大张客专",
    english=Text(zh="大张客专", en="the Datong–Zhangjiakou passenger-dedicated railway"),
    note=Text(
        zh="大同至张家口客运专线的简称",
        en="Short for 大同至张家口客运专线, the high-speed passenger line from Datong to Zhangjiakou "
        "(background).",
    ),
)
DATONG_XIAN_RAILWAY = Term(
    id="datong_xian_railway",
    quote="大西全线贯通",
    section="review_reform_opening",
    term="大西",
    english=Text(zh="大西", en="the Datong–Xi'an high-speed railway"),
    note=Text(
        zh="大同至西安高速铁路的简称",
        en="Short for 大同至西安高速铁路 (background); the report says it now runs its whole length.",
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
SECOND_YOUTH_GAMES_SHORT_NAME = Term(
    id="second_youth_games_short_name",
    quote="圆满完成“二青会”承办任务",
    section="review_social",
    term="二青会",
    english=Text(zh="二青会", en="the 2nd National Youth Games"),
    note=Text(
        zh=_ORDINAL + ":第二届全国青年运动会的简称",
        en="An ordinal, not a count: short for 第二届全国青年运动会, held in Shanxi in 2019 (background); "
        "the city co-hosted it (承办).",
    ),
)
MEDICAL_CONSORTIUM = Term(
    id="medical_consortium",
    quote="城市医联体改革走在全省前列",
    section="review_social",
    term="医联体",
    english=Text(zh="医联体", en="medical consortium"),
    note=Text(
        zh="医疗联合体的简称",
        en="Short for 医疗联合体: hospitals and primary clinics working as one network (background). The "
        "sentence goes on: the city is one of 118 national pilot cities.",
    ),
)
INTERNET_PLUS = Term(
    id="internet_plus",
    quote="高起点构筑“互联网+”医疗管理",
    section="review_social",
    term="互联网+",
    english=Text(zh="互联网+", en="Internet Plus", en_source=STATE_COUNCIL),
    note=Text(
        zh="互联网与某一领域相结合",
        en="The internet joined with a sector (here medical management). Programme (九) uses it in "
        "“互联网+政务服务” and “互联网+监管”.",
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
SUBSISTENCE_ALLOWANCES = Term(
    id="subsistence_allowances",
    quote="城乡低保实现应保尽保",
    section="review_social",
    term="低保",
    english=Text(zh="低保", en="subsistence allowances", en_source=STATE_COUNCIL),
    note=Text(
        zh="最低生活保障的简称",
        en="Short for 最低生活保障, the minimum living allowance (background). Used again in programme (十) "
        "beside 五保: 低保五保工作.",
    ),
)
ORGANISED_CRIME_CAMPAIGN = Term(
    id="organised_crime_campaign",
    quote="扫黑除恶专项斗争强力推进",
    section="review_social",
    term="扫黑除恶",
    english=Text(
        zh="扫黑除恶",
        en="combat organized crime and root out local criminal gangs",
        en_source=STATE_COUNCIL,
    ),
    note=Text(
        zh="扫除黑恶势力的全国专项斗争",
        en="The national campaign against organised crime and local gangs (扫黑除恶专项斗争) (background). "
        "Used again in programme (十): 持续深化扫黑除恶专项斗争.",
    ),
)
STAY_TRUE_TO_THE_MISSION = Term(
    id="stay_true_to_the_mission",
    quote="扎实开展“不忘初心、牢记使命”主题教育",
    section="review_government",
    term="不忘初心、牢记使命",
    english=Text(
        zh="不忘初心、牢记使命", en="stay true to our original aspiration and keep our mission firmly in mind"
    ),
    members=(
        Text(zh="不忘初心", en="stay true to our original aspiration"),
        Text(zh="牢记使命", en="keep our mission firmly in mind"),
    ),
    note=Text(
        zh="党的口号,也是2019年主题教育的名称;第三部分又作为制度提出",
        en="The Party's slogan and the name of its education campaign of 2019 (主题教育) (background). "
        "Part 三 makes it a system (不忘初心、牢记使命制度), and the closing repeats it.",
    ),
)
DELEGATION_REGULATION_SERVICE_EFFICIENCY = Term(
    id="delegation_regulation_service_efficiency",
    quote="加大力度深化“放管服效”改革",
    section="review_government",
    term="放管服效",
    english=Text(zh="放管服效", en="delegation, regulation, service and efficiency"),
    note=Text(
        zh="简政放权、放管结合、优化服务,加上提升效能",
        en="Shanxi's name for the national reform that streamlines administration and delegates power (放), "
        "improves regulation (管) and upgrades services (服), with efficiency (效) added (background; "
        "the report does not spell it out).",
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

CENTENARY_GOALS = Term(
    id="centenary_goals",
    quote="是第一个百年奋斗目标的实现之年",
    section="plan_requirements",
    term="百年奋斗目标",
    english=Text(zh="百年奋斗目标", en="centenary goal"),
    note=Text(
        zh="两个一百年奋斗目标:第一个,中国共产党成立一百年时全面建成小康社会;第二个,新中国成立一百年时"
        "建成社会主义现代化强国",
        en="One of the Two Centenary Goals (两个一百年奋斗目标, background): the first, to finish building a "
        "moderately prosperous society in all respects by the Party's centenary (2021); the second, to "
        "build a great modern socialist country by the People's Republic's centenary (2049). The report "
        "writes 第一个 here (2020 is the year it is achieved) and in the closing (about to be achieved), "
        "and 第二个 in the closing (its journey about to begin).",
    ),
)
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
KING_OF_KINGS = Term(
    id="king_of_kings",
    quote="10个高端制造业“王中之王”项目",
    section="transformation_ten_industries",
    term="王中之王",
    english=Text(zh="王中之王", en="'king of kings'"),
    note=Text(
        zh="对其后列出的十个高端制造业项目(一是……十是)的称呼,呼应“项目为王”",
        en="The report's label for the ten high-end manufacturing projects it lists next (一是 … 十是); it "
        "plays on 项目为王 ('projects as king', one of the 四为).",
    ),
)
IT_APPLICATION_INNOVATION = Term(
    id="it_application_innovation",
    quote="数据中心和信创产业聚集地",
    section="transformation_ten_industries",
    term="信创",
    english=Text(zh="信创", en="IT application innovation"),
    note=Text(
        zh="信息技术应用创新的简称",
        en="Short for 信息技术应用创新, China's programme for home-grown information technology (background).",
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
BROAD_HEALTH = Term(
    id="broad_health",
    quote="大健康及现代医药产业",
    section="transformation_ten_industries",
    term="大健康",
    english=Text(zh="大健康", en="broad health"),
    note=Text(
        zh="广义的健康产业",
        en="Health in the broad sense: care, wellness and health products as well as medicine (background).",
    ),
)
TWO_PHARMACEUTICAL_PARKS = Term(
    id="two_pharmaceutical_parks",
    quote="两个医药产业园区",
    section="transformation_ten_industries",
    term="两个医药产业园区",
    english=Text(zh="两个医药产业园区", en="the two pharmaceutical industrial parks"),
    note=Text(zh="报告此处未列出两个园区", en="The report does not name the two parks."),
)
FIVE_DEVELOPMENT_ZONES = Term(
    id="five_development_zones",
    quote="以五大开发区为载体支撑转型",
    section="transformation_development_zones",
    term="五大开发区",
    english=Text(zh="五大开发区", en="the five development zones"),
    members=(
        Text(zh="大同开发区", en="Datong Development Zone"),
        Text(zh="左云", en="Zuoyun"),
        Text(zh="新荣", en="Xinrong"),
        Text(zh="云冈", en="Yungang"),
        Text(zh="平城", en="Pingcheng"),
    ),
    note=Text(
        zh="本项列出:大同开发区与左云、新荣、云冈、平城4个省级开发区",
        en="The task names them: 大同开发区 and the four provincial zones of 左云、新荣、云冈、平城 "
        "(左云、新荣、云冈、平城4个省级开发区); the last four members are written as place names.",
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
SEPARATING_MANAGEMENT_FROM_OPERATION = Term(
    id="separating_management_from_operation",
    quote="云冈经济技术开发区管运分离改革试点",
    section="transformation_development_zones",
    term="管运分离",
    english=Text(zh="管运分离", en="separating management from operation"),
    note=Text(
        zh="管理与运营分离:政府机构管理开发区,企业负责运营",
        en="管理与运营分离: a government body manages the zone while a company runs it, as the sentence's "
        "国企运营开发区 (a state-owned enterprise operating a development zone) says.",
    ),
)
TWENTY_TECHNICAL_UPGRADING_PROJECTS = Term(
    id="twenty_technical_upgrading_projects",
    quote="以二十大技改项目助力转型",
    section="transformation_technical_upgrading",
    term="二十大技改项目",
    english=Text(zh="二十大技改项目", en="the twenty technical upgrading projects"),
    note=Text(
        zh="本项末句再写作“20个技改项目”,列出其中六项后加“等”,未列全;为“三大转型”的第三项",
        en="The task's last sentence gives the count again as 20个技改项目 and names six of the twenty "
        "followed by 等 (云冈纸业年产10万吨纸品、恒岳重工技改扩建、中国兵器、中国中车集团、中化集团、3528), "
        "so the members are not listed in full. The heading is the third of 三大转型.",
    ),
)
FOUR_BREAKTHROUGHS = Term(
    id="four_breakthroughs",
    quote="突出抓好四个突破",
    section="programme_energy_revolution",
    term="四个突破",
    english=Text(zh="四个突破", en="the four breakthroughs"),
    members=(
        Text(
            zh="绿色清洁能源供应体系基本形成", en="a green and clean energy supply system basically in place"
        ),
        Text(zh="绿色环保能源消费市场基本形成", en="a green energy consumption market basically in place"),
        Text(
            zh="能源体制机制重点改革取得突破",
            en="breakthroughs in key reforms of energy institutions and mechanisms",
        ),
        Text(
            zh="能源革命对外开放合作取得新进展",
            en="new progress in opening up and cooperation for the energy revolution",
        ),
    ),
    note=Text(
        zh=_TASK_HEADINGS,
        en="The four are the headings of the programme's four tasks that follow (一是 … 四是).",
    ),
)
WIND_SOLAR_STORAGE = Term(
    id="wind_solar_storage",
    quote="以提升风光储新能源",
    section="energy_revolution_clean_supply",
    term="风光储",
    english=Text(zh="风光储", en="wind, solar and storage"),
    note=Text(
        zh="风电、光伏和储能",
        en="风电、光伏和储能: wind power, solar power and energy storage developed together (background).",
    ),
)
POINT_TO_GRID = Term(
    id="point_to_grid",
    quote="同煤集团“点对网”送京项目",
    section="energy_revolution_clean_supply",
    term="点对网",
    english=Text(zh="点对网", en="point-to-grid"),
    note=Text(
        zh="电厂(点)直接向受端电网(网)送电",
        en="A power plant (the point) sends its output straight into a receiving grid (the network), here "
        "Beijing's (送京) (background reading of the name).",
    ),
)
SOLAR_STORAGE_CHARGING_INSPECTION = Term(
    id="solar_storage_charging_inspection",
    quote="打造光储充检一体化智慧能源示范区",
    section="energy_revolution_green_consumption",
    term="光储充检",
    english=Text(zh="光储充检", en="solar, storage, charging and inspection"),
    note=Text(
        zh="光伏发电、储能、充电、检测",
        en="Solar power, storage, charging and (battery) inspection in one facility, for the electric "
        "vehicles the sentence is about (background reading of the name).",
    ),
)
SOURCE_GRID_LOAD_STORAGE = Term(
    id="source_grid_load_storage",
    quote="“源网荷储”上下游企业",
    section="energy_revolution_institutional_reform",
    term="源网荷储",
    english=Text(zh="源网荷储", en="source, grid, load and storage"),
    note=Text(
        zh="电源、电网、负荷、储能四个环节",
        en="The four links of a power system: generation (源), the grid (网), consumers' load (荷) and "
        "storage (储) (background). The sentence names companies along them: 隆基绿能、国家电网、"
        "宁德时代新能源、城市动力.",
    ),
)
GREEN_CERTIFICATES = Term(
    id="green_certificates",
    quote="开展新能源绿证交易创新试点",
    section="energy_revolution_institutional_reform",
    term="绿证",
    english=Text(zh="绿证", en="green electricity certificates"),
    note=Text(
        zh="绿色电力证书的简称",
        en="Short for 绿色电力证书: certificates issued for power from renewable sources and traded on their "
        "own (background).",
    ),
)
TWO_EMERGING_INDUSTRIES = Term(
    id="two_emerging_industries",
    quote="探索两大新兴产业",
    section="energy_revolution_institutional_reform",
    term="两大新兴产业",
    english=Text(zh="两大新兴产业", en="the two emerging industries"),
    variants=("新能源+大数据",),
    members=(
        Text(zh="新能源", en="new energy"),
        Text(zh="大数据", en="big data"),
    ),
    note=Text(
        zh="即同句前面的“新能源+大数据”",
        en="The two named earlier in the same sentence, “新能源+大数据” (new energy plus big data), which "
        "the glossary takes as another spelling of the same pair.",
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
GOVERNMENT_INDUSTRY_ACADEMIA_RESEARCH = Term(
    id="government_industry_academia_research",
    quote="继续扩大政产学研开放式合作机制",
    section="energy_revolution_opening_up",
    term="政产学研",
    english=Text(zh="政产学研", en="government, industry, universities and research institutes"),
    note=Text(
        zh="政府、产业、高校、科研机构",
        en="Short for 政府、产业、学校、科研机构 working together (background).",
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
FOUR_INNOVATION_PRIORITIES = Term(
    id="four_innovation_priorities",
    quote="今年要突出抓好四大重点",
    section="programme_innovation_ecosystem",
    term="四大重点",
    english=Text(zh="四大重点", en="the four priorities"),
    members=(
        Text(zh="建好创新平台", en="building innovation platforms well"),
        Text(zh="壮大创新主体", en="strengthening the firms that innovate"),
        Text(zh="集聚创新人才", en="gathering innovative talent"),
        Text(zh="培育创新文化", en="fostering a culture of innovation"),
    ),
    note=Text(
        zh=_TASK_HEADINGS,
        en="The four are the headings of the programme's four tasks that follow (一是 … 四是).",
    ),
)
SHAREHOLDING_REFORM_AND_LISTING = Term(
    id="shareholding_reform_and_listing",
    quote="持续推进“企业股改上市”",
    section="innovation_ecosystem_firms",
    term="企业股改上市",
    english=Text(zh="企业股改上市", en="shareholding reform and listing of firms"),
    note=Text(
        zh="股改即股份制改造,是上市前的一步",
        en="股改 is short for 股份制改造, turning a firm into a joint-stock company, the step before listing "
        "on a stock exchange (上市) (background).",
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
DEPARTMENT_UNIVERSITY_COOPERATION = Term(
    id="department_university_cooperation",
    quote="加强厅校共建",
    section="innovation_ecosystem_talent",
    term="厅校共建",
    english=Text(zh="厅校共建", en="joint building by provincial departments and the university"),
    note=Text(
        zh="省直厅局与高校共建;报告未列出所涉厅局",
        en="Provincial departments (厅) and a university (校) building it together; the sentence goes on to "
        "support 大同大学. The report does not name the departments.",
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
FIVE_KEY_CULTURE_TOURISM_PROJECTS = Term(
    id="five_key_culture_tourism_projects",
    quote="今年突出抓好五大重点工程",
    section="programme_culture_tourism",
    term="五大重点工程",
    english=Text(zh="五大重点工程", en="the five key projects"),
    members=(
        Text(zh="加快建设长城1号国家风景道", en="building the Great Wall No. 1 national scenic byway faster"),
        Text(zh="加快大同古城保护修复", en="conserving and restoring Datong's old city faster"),
        Text(zh="提升北岳恒山国家森林公园", en="upgrading the Mount Heng national forest park"),
        Text(zh="建设桑干河康养产业集聚区", en="building the Sanggan River health and wellness cluster"),
        Text(
            zh="实施平城历史文化大型艺术作品创作工程",
            en="carrying out the programme of major artworks on Pingcheng's history and culture",
        ),
    ),
    note=Text(
        zh=_TASK_HEADINGS,
        en="The five are the headings of the programme's five tasks that follow (一是 … 五是).",
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
DATONG_GREAT_WALL_FRONTIER = Term(
    id="datong_great_wall_frontier",
    quote="让“中国大同·塞上长城”成为",
    section="culture_tourism_great_wall_byway",
    term="中国大同·塞上长城",
    english=Text(zh="中国大同·塞上长城", en="Datong, China: the Great Wall on the frontier"),
    note=Text(
        zh="长城旅游的品牌口号",
        en="A brand slogan for Great Wall tourism, which the report wants to become the golden signboard of "
        "culture and tourism in Datong.",
    ),
)
FIVE_CROSS_STREETS = Term(
    id="five_cross_streets",
    quote="古城五个“十字大街”风貌修复",
    section="culture_tourism_old_city",
    term="五个“十字大街”",
    english=Text(zh="五个“十字大街”", en="the five 'cross streets'"),
    note=Text(
        zh=_NOT_LISTED,
        en="The report does not name the five streets of the old city whose townscape is to be restored.",
    ),
)
ANCIENT_CAPITAL_GREAT_HARMONY = Term(
    id="ancient_capital_great_harmony",
    quote="全面提升“中国古都·天下大同”",
    section="culture_tourism_old_city",
    term="中国古都·天下大同",
    english=Text(zh="中国古都·天下大同", en="ancient capital of China: Datong, great harmony under heaven"),
    note=Text(
        zh="古城的品牌口号;“天下大同”既是理想,也嵌入城市名",
        en="A brand slogan for the old city; 天下大同, 'great harmony under heaven', is an old ideal that "
        "also holds the city's name.",
    ),
)
DOUBLE_HERITAGE = Term(
    id="double_heritage",
    quote="国家自然和文化双遗产预备名录",
    section="culture_tourism_hengshan",
    term="双遗产",
    english=Text(zh="双遗产", en="mixed natural and cultural heritage"),
    members=(
        Text(zh="自然", en="natural heritage"),
        Text(zh="文化", en="cultural heritage"),
    ),
    note=Text(
        zh="即前面的“自然和文化”",
        en="The words before it say which two: 自然和文化. The 预备名录 is China's tentative list of sites "
        "for nomination as World Heritage (background).",
    ),
)
HENGSHAN_EPITHETS = Term(
    id="hengshan_epithets",
    quote="努力打造“人天北柱、绝塞名山”",
    section="culture_tourism_hengshan",
    term="人天北柱、绝塞名山",
    english=Text(
        zh="人天北柱、绝塞名山",
        en="the northern pillar of heaven and earth, the famous mountain of the far frontier",
    ),
    members=(
        Text(zh="人天北柱", en="the northern pillar of heaven and earth"),
        Text(zh="绝塞名山", en="the famous mountain of the far frontier"),
    ),
    note=Text(
        zh="北岳恒山的两个传统称誉",
        en="Two traditional epithets of Mount Heng (北岳恒山) (background), which the task sets as the goal.",
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
FLOURISHING_THROUGH_CULTURE = Term(
    id="flourishing_through_culture",
    quote="彰显“文兴大同”的独特魅力",
    section="culture_tourism_art_creation",
    term="文兴大同",
    english=Text(zh="文兴大同", en="Datong flourishing through culture"),
    note=Text(zh="口号:以文化兴盛大同", en="A slogan: culture making Datong prosper."),
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
CHEHE_MODEL = Term(
    id="chehe_model_name",
    quote="在全市大力推广“车河模式”",
    section="rural_modern_agriculture",
    term="车河模式",
    english=Text(zh="车河模式", en="the Chehe model"),
    note=Text(
        zh="以地名车河命名;同句说明其做法",
        en="Named after the place 车河 (background); the sentence says what it does: it draws business "
        "capital into organic dry farming, so that rural resources become assets, funds become shares and "
        "farmers become shareholders (资源变资产、资金变股金、农民变股东).",
    ),
)
NORTHERN_MEAT = Term(
    id="northern_meat",
    quote="聚焦打造全省“北肉”出口平台",
    section="rural_modern_agriculture",
    term="北肉",
    english=Text(zh="北肉", en="'northern meat'"),
    note=Text(
        zh="晋北的肉类产品;报告未解释",
        en="Meat from the north of the province, whose farming plan gives the north to livestock "
        "(background; the report does not explain it). The sentence makes Datong its outlet.",
    ),
)
BEIJING_TIANJIN_HEBEI = Term(
    id="beijing_tianjin_hebei",
    quote="东向对接京津冀",
    section="programme_sub_central_city",
    term="京津冀",
    english=Text(zh="京津冀", en="the Beijing-Tianjin-Hebei region", en_source=STATE_COUNCIL),
    note=Text(
        zh="北京、天津、河北",
        en="北京、天津、河北 by their one-character names. Used again: 融入京津冀.",
    ),
)
BOHAI_RIM = Term(
    id="bohai_rim",
    quote="融入环渤海的重要门户",
    section="programme_sub_central_city",
    term="环渤海",
    english=Text(zh="环渤海", en="the Bohai Rim"),
    note=Text(
        zh="环渤海经济区",
        en="The economic region around the Bohai Sea (background). Used again: 比肩环渤海.",
    ),
)
SHANXI_HEBEI_INNER_MONGOLIA = Term(
    id="shanxi_hebei_inner_mongolia",
    quote="门户和晋冀蒙",
    section="programme_sub_central_city",
    term="晋冀蒙",
    english=Text(zh="晋冀蒙", en="Shanxi, Hebei and Inner Mongolia"),
    note=Text(
        zh="山西、河北、内蒙古",
        en="山西、河北、内蒙古 by their one-character names. Used again in 三区三地: "
        "晋北及晋冀蒙长城金三角协同发展示范区.",
    ),
)
ULANQAB_DATONG_ZHANGJIAKOU = Term(
    id="ulanqab_datong_zhangjiakou",
    quote="晋冀蒙(乌大张)",
    section="programme_sub_central_city",
    term="乌大张",
    english=Text(zh="乌大张", en="Ulanqab, Datong and Zhangjiakou"),
    note=Text(
        zh="乌兰察布、大同、张家口",
        en="乌兰察布、大同、张家口, neighbouring cities of Inner Mongolia, Shanxi and Hebei (background). "
        "Used again: 牵引乌大张.",
    ),
)
GREAT_WALL_GOLDEN_TRIANGLE = Term(
    id="great_wall_golden_triangle",
    quote="长城金三角合作区核心枢纽城市",
    section="programme_sub_central_city",
    term="长城金三角",
    english=Text(zh="长城金三角", en="the Great Wall Golden Triangle"),
    note=Text(
        zh="晋冀蒙交界、乌大张三市一带",
        en="The border area of Shanxi, Hebei and Inner Mongolia around Ulanqab, Datong and Zhangjiakou, "
        "as the report's 晋冀蒙(乌大张)长城金三角合作区 says. Used again in 三区三地.",
    ),
)
SIX_LIVABILITIES = Term(
    id="six_livabilities",
    quote="“生态宜居、聚商宜业、魅力宜游、繁华宜购、温馨宜娱、开放宜创”“六宜”目标",
    section="sub_central_city_planning",
    term="六宜",
    english=Text(zh="六宜", en="the 'six goods'"),
    variants=("生态宜居、聚商宜业、魅力宜游、繁华宜购、温馨宜娱、开放宜创",),
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
SIX_COUNTY_TOWNS = Term(
    id="six_county_towns",
    quote="做优做精六大县城",
    section="sub_central_city_planning",
    term="六大县城",
    english=Text(zh="六大县城", en="the six county towns"),
    note=Text(
        zh="即“一核六县多点”中六县的县城,报告未列名",
        en="The seats of the city's six counties, the 六县 of 一核六县多点; the report does not name them "
        "(background: 阳高、天镇、广灵、灵丘、浑源、左云).",
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
COUNTY_TO_CITY = Term(
    id="county_to_city",
    quote="启动撤县设市工作",
    section="sub_central_city_urban_rural_integration",
    term="撤县设市",
    english=Text(zh="撤县设市", en="turning a county into a county-level city"),
    note=Text(zh="撤销县建制、设立县级市", en="Short for 撤销县建制、设立县级市 (background)."),
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
MIXED_OWNERSHIP_REFORM = Term(
    id="mixed_ownership_reform",
    quote="要鼓励社会资本参与国企混改",
    section="reform_key_reforms",
    term="混改",
    english=Text(zh="混改", en="mixed-ownership reform", en_source=STATE_COUNCIL),
    note=Text(
        zh="混合所有制改革的简称",
        en="Short for 混合所有制改革: bringing non-state capital into state-owned enterprises, as the "
        "sentence says (鼓励社会资本参与).",
    ),
)
ZOMBIE_ENTERPRISES = Term(
    id="zombie_enterprises",
    quote="完成2家“僵尸企业”出清任务",
    section="reform_key_reforms",
    term="僵尸企业",
    english=Text(zh="僵尸企业", en="zombie enterprises", en_source=STATE_COUNCIL),
    note=Text(
        zh="靠补贴和贷款维持的亏损企业",
        en="Loss-making firms kept alive by subsidies and loans (background).",
    ),
)
ECONOMIC_DEVELOPMENT_ZONE_SHORT_NAME = Term(
    id="economic_development_zone_short_name",
    quote="、经开区“乡镇改街道",
    section="reform_key_reforms",
    term="经开区",
    english=Text(zh="经开区", en="the economic and technological development zone"),
    note=Text(
        zh="经济技术开发区的简称,与城区并列;报告未说明是哪一个",
        en="Short for 经济技术开发区, listed with the city's districts; presumably the 大同经济技术开发区 "
        "of part 一 (the report does not say which).",
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
FREE_TRADE_ZONE = Term(
    id="free_trade_zone",
    quote="积极申报建设自贸区",
    section="reform_opening_up",
    term="自贸区",
    english=Text(zh="自贸区", en="pilot free trade zone", en_source=STATE_COUNCIL),
    note=Text(zh="自由贸易试验区的简称", en="Short for 自由贸易试验区 (background)."),
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
CHINA_MONGOLIA_RUSSIA = Term(
    id="china_mongolia_russia",
    quote="第三届中蒙俄(大同)经济合作发展论坛",
    section="reform_opening_up",
    term="中蒙俄",
    english=Text(zh="中蒙俄", en="China, Mongolia and Russia"),
    note=Text(
        zh="中国、蒙古、俄罗斯",
        en="The forum's name joins the three countries' one-character names (中国、蒙古、俄罗斯).",
    ),
)
JINING_DATONG_YUANPING = Term(
    id="jining_datong_yuanping",
    quote="开工建设集大原高铁",
    section="reform_opening_up",
    term="集大原",
    english=Text(zh="集大原", en="Jining–Datong–Yuanping"),
    note=Text(
        zh="集宁、大同、原平",
        en="The railway's name joins the places it links: 集宁 (Inner Mongolia), 大同 and 原平 (Shanxi) "
        "(background).",
    ),
)
RADIAL_NETWORK = Term(
    id="radial_network",
    quote="完善“米字型”高速公路网",
    section="reform_opening_up",
    term="米字型",
    english=Text(zh="米字型", en="米-shaped"),
    note=Text(
        zh="形如“米”字,向八方辐射",
        en="Shaped like the character 米: expressways radiating from the city in eight directions "
        "(background reading of the name).",
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
DATONG_BLUE = Term(
    id="datong_blue",
    quote="确保“大同蓝”持续巩固提升",
    section="battles_pollution",
    term="大同蓝",
    english=Text(zh="大同蓝", en="'Datong blue'"),
    note=Text(
        zh="即第一部分“巩固大同蓝、建设大同清、厚植大同绿”的第一项",
        en="Datong's blue skies: the first item of 巩固大同蓝、建设大同清、厚植大同绿 (part 一), used here alone.",
    ),
)
RIVER_CHIEF_SYSTEM = Term(
    id="river_chief_system",
    quote="通过“河长制”实现",
    section="battles_pollution",
    term="河长制",
    english=Text(zh="河长制", en="river chief system", en_source=STATE_COUNCIL),
    note=Text(
        zh="由各级党政负责人担任河长,负责河流治理",
        en="Party and government officials at each level are named chiefs answerable for each river "
        "(background).",
    ),
)
LASTING_RIVER_GOVERNANCE = Term(
    id="lasting_river_governance",
    quote="实现“河长治”",
    section="battles_pollution",
    term="河长治",
    english=Text(zh="河长治", en="'lasting river governance'"),
    note=Text(
        zh="与“河长制”谐音:河流长治久安",
        en="A play on 河长制, read with 长治 as in 长治久安 (lasting order): through the river chief system "
        "(制) to lasting governance (治) of the rivers.",
    ),
)
RURAL_CREDIT_COOPERATIVES = Term(
    id="rural_credit_cooperatives",
    quote="做好农信社改制化险",
    section="battles_major_risks",
    term="农信社",
    english=Text(zh="农信社", en="rural credit cooperatives"),
    note=Text(
        zh="农村信用合作社的简称",
        en="Short for 农村信用合作社 (background); 改制化险 is restructuring them and defusing their risks.",
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
INTERNET_PLUS_GOVERNMENT_SERVICES = Term(
    id="internet_plus_government_services_name",
    quote="“互联网+政务服务”",
    section="business_digital_platforms",
    term="互联网+政务服务",
    english=Text(zh="互联网+政务服务", en="Internet Plus government services", en_source=STATE_COUNCIL),
    note=Text(zh="政务服务上网办理", en="Government services delivered online (background)."),
)
INTERNET_PLUS_REGULATION = Term(
    id="internet_plus_regulation_name",
    quote="“互联网+监管”",
    section="business_digital_platforms",
    term="互联网+监管",
    english=Text(zh="互联网+监管", en="Internet Plus regulation"),
    note=Text(zh="依托互联网的监管", en="Regulation carried out through an online system (background)."),
)
LEADERS_COCKPIT = Term(
    id="leaders_cockpit",
    quote="“领导驾驶舱”",
    section="business_digital_platforms",
    term="领导驾驶舱",
    english=Text(zh="领导驾驶舱", en="the leaders' cockpit"),
    note=Text(
        zh="供领导一览政务数据的系统",
        en="A dashboard that shows leaders the government's data at a glance (background reading of the "
        "name).",
    ),
)
SANJINTONG = Term(
    id="sanjintong",
    quote="“三晋通”APP终端",
    section="business_digital_platforms",
    term="三晋通",
    english=Text(zh="三晋通", en="Sanjintong"),
    note=Text(
        zh="山西政务服务手机应用的名称;“三晋”是山西的别称,不是数目",
        en="The name of Shanxi's government-services app (APP终端); 三晋, 'the three Jin', is a traditional "
        "name for Shanxi, so the name reads 'all-Shanxi pass'. Not a count.",
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
READ_THE_CHART = Term(
    id="read_the_chart",
    quote="保证每一个服务对象“看图会办”",
    section="business_digital_platforms",
    term="看图会办",
    english=Text(zh="看图会办", en="know what to do from the chart"),
    note=Text(
        zh="看懂前面的“极简流程一图清”即会办理",
        en="Read the chart named just before it (极简流程一图清) and know how to get the matter done.",
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
FAST_AT_THE_COUNTER = Term(
    id="fast_at_the_counter",
    quote="“窗口快办”",
    section="business_digital_platforms",
    term="窗口快办",
    english=Text(zh="窗口快办", en="fast service at the counter"),
    note=Text(zh="在服务窗口快速办理", en="Matters brought to a service counter (窗口) are handled fast."),
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
FAST_AND_DONE = Term(
    id="fast_and_done",
    quote="让不找人就能“快办事、办成事”",
    section="business_digital_platforms",
    term="快办事、办成事",
    english=Text(zh="快办事、办成事", en="get things done fast, and get them done"),
    members=(
        Text(zh="快办事", en="getting things done fast"),
        Text(zh="办成事", en="getting them done"),
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
GOOD_OR_BAD_REVIEWS = Term(
    id="good_or_bad_reviews",
    quote="完善各级政府“好差评”系统",
    section="business_rules_based_administration",
    term="好差评",
    english=Text(zh="好差评", en="good-or-bad reviews"),
    note=Text(
        zh="群众对政务服务给出好评或差评",
        en="The public rates each government service good or bad (好评, 差评) (background); the report "
        "builds a system (系统) for it.",
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
COUNTY_MANAGED_SCHOOL_HIRED = Term(
    id="county_managed_school_hired",
    quote="推进县管校聘和学区制管理改革",
    section="wellbeing_social_programmes",
    term="县管校聘",
    english=Text(zh="县管校聘", en="county-managed, school-hired"),
    note=Text(
        zh="教师由县级教育部门管理、由学校聘用",
        en="Teachers are managed by the county's education authority and hired by the schools (background).",
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
FIVE_GUARANTEES = Term(
    id="five_guarantees",
    quote="低保五保工作落实",
    section="wellbeing_social_security",
    term="五保",
    english=Text(zh="五保", en="the five guarantees"),
    note=Text(
        zh="五保供养:对农村无劳动能力、无生活来源、无法定赡养扶养义务人的老人、残疾人和未成年人,保吃、保穿、"
        "保住、保医、保葬(未成年人保教);报告未列出",
        en="Short for 五保供养, support for rural people who cannot work, have no income and no one obliged "
        "to support them: food, clothing, housing, medical care and burial (schooling for minors) are "
        "guaranteed (background; the report does not list them). Written beside 低保.",
    ),
)
WATER_POWER_GAS_HEATING = Term(
    id="water_power_gas_heating",
    quote="强化水电气暖保障能力建设",
    section="wellbeing_social_security",
    term="水电气暖",
    english=Text(zh="水电气暖", en="water, power, gas and heating"),
    note=Text(zh="供水、供电、供气、供暖", en="供水、供电、供气、供暖: the utilities (background)."),
)
FOUR_EMERGENCY_SYSTEMS = Term(
    id="four_emergency_systems",
    quote="着力完善四大应急体系",
    section="wellbeing_social_governance",
    term="四大应急体系",
    english=Text(zh="四大应急体系", en="the four emergency response systems"),
    note=Text(zh=_NOT_LISTED, en="The report does not name the four systems."),
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

FOURTH_PLENARY_SESSION = Term(
    id="fourth_plenary_session",
    quote="认真贯彻党的十九届四中全会精神",
    section="self_building",
    term="十九届四中全会",
    english=Text(
        zh="十九届四中全会",
        en="the fourth plenary session of the 19th Party Central Committee",
        en_source=STATE_COUNCIL,
    ),
    note=Text(
        zh=_ORDINAL + ":党的十九届中央委员会第四次全体会议",
        en="An ordinal, not a count: the fourth plenary session of the Party's 19th Central Committee "
        "(October 2019; background), on modernising the system and capacity for governance, which the "
        "sentence goes on to take up.",
    ),
)
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
COURT_AND_PROCURATORATE = Term(
    id="court_and_procuratorate",
    quote="支持法检两院公正司法",
    section="self_governance",
    term="法检两院",
    english=Text(zh="法检两院", en="the people's court and the people's procuratorate"),
    note=Text(
        zh="法院和检察院;与“两院院士”的“两院”不同",
        en="法院 and 检察院, the two judicial bodies (两院) (background). Not the 两院 of 两院院士 (the two "
        "academies), which is spelled the same.",
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
