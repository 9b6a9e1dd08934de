"""The glossary, 名词解释: the sixteen numbered entries that close the report, in their order.

Source: the section headed "名词解释" at the end of the shipped text (``data/report.txt``), entries
"1.三篇光辉文献" to "16.两下两进两拆". Each numbered term quotes its whole entry ("3.六稳:稳就业、…。");
a composite slogan (2, 6, 10, 11, 16) lists its pieces in ``parts``, and each piece is a term of its own
quoting the piece's explanation ("“四为”,转型为纲、…"), with the entry's number. Entry 12 explains two
terms side by side; each quotes its own explanation and both carry the number 12. Entry 15's “1310” reads
1-3-10 (one main line, three aspects, ten key tasks); its 三个方面 and 十项重点任务 are terms of their own,
with the entry's number, so that the numbered phrases of the entry resolve too.

Members are the items as the report lists them, split at 、, at ; and at a 和 joining two items. Where
the list is wrapped in words that belong to every item (统筹推进 … 治理, … 挂图作战, … 七大河流), the
members are the items without them, and the term's note says so. English is ours unless ``en_source``
names an official rendering.
"""

from datong2020.model import Term
from datong2020.text import STATE_COUNCIL, Text

SECTION = "glossary"

# 1. 三篇光辉文献 ------------------------------------------------------------------------------------
THREE_BRILLIANT_DOCUMENTS = Term(
    id="three_brilliant_documents",
    quote="1.三篇光辉文献:习近平总书记视察山西重要讲话、在推动中部地区崛起工作座谈会重要讲话、在黄河流域生态保护和高质量发展座谈会重要讲话。",
    section=SECTION,
    term="三篇光辉文献",
    english=Text(zh="三篇光辉文献", en="three brilliant documents"),
    members=(
        Text(
            zh="习近平总书记视察山西重要讲话",
            en="General Secretary Xi Jinping's important speech during his inspection of Shanxi",
        ),
        Text(
            zh="在推动中部地区崛起工作座谈会重要讲话",
            en="his important speech at the symposium on promoting the rise of the central region",
        ),
        Text(
            zh="在黄河流域生态保护和高质量发展座谈会重要讲话",
            en="his important speech at the symposium on ecological protection and high-quality "
            "development of the Yellow River basin",
        ),
    ),
    glossary_number=1,
    note=Text(
        zh="“习近平总书记”只写在第一项中,三篇都是他的讲话;第三项中的“和”属于座谈会名称,不是分项",
        en="'General Secretary Xi Jinping' is written only in the first item; all three are his "
        "speeches. The 和 in the third item belongs to the symposium's name and does not split it.",
    ),
)

# 2. 四为四高两同步 ----------------------------------------------------------------------------------
FOUR_PRIORITIES_FOUR_HIGHS_TWO_IN_STEP = Term(
    id="four_priorities_four_highs_two_in_step",
    quote="2.四为四高两同步:“四为”,转型为纲、项目为王、改革为要、创新为上;“四高”,高质量发展、高水平崛起、高标准保护、高品质生活;“两同步”,到2020年我省与全国同步全面建成小康社会,到2035年与全国同步基本实现社会主义现代化。",
    section=SECTION,
    term="四为四高两同步",
    english=Text(zh="四为四高两同步", en="four priorities, four highs and two in step"),
    parts=("four_priorities", "four_highs", "two_in_step"),
    glossary_number=2,
    note=Text(
        zh="山西省委提出的总体思路和要求",
        en="The overall approach and requirements set by the Shanxi Provincial Party Committee "
        "(正文: 省委“四为四高两同步”总体思路和要求).",
    ),
)
FOUR_PRIORITIES = Term(
    id="four_priorities",
    quote="“四为”,转型为纲、项目为王、改革为要、创新为上",
    section=SECTION,
    term="四为",
    english=Text(zh="四为", en="four priorities"),
    variants=("转型为纲、项目为王、改革为要、创新为上",),
    members=(
        Text(zh="转型为纲", en="transformation as the guiding principle"),
        Text(zh="项目为王", en="projects as king"),
        Text(zh="改革为要", en="reform as the key"),
        Text(zh="创新为上", en="innovation above all"),
    ),
    glossary_number=2,
    note=Text(
        zh="正文“四个必须”的第三项只引四项内容,不写“四为”,此处作为另一写法",
        en="The third of 四个必须 quotes the four items without the name (把“转型为纲、项目为王、改革为要、"
        "创新为上”贯穿于政府工作全过程); the glossary takes that as another spelling of 四为.",
    ),
)
FOUR_HIGHS = Term(
    id="four_highs",
    quote="“四高”,高质量发展、高水平崛起、高标准保护、高品质生活",
    section=SECTION,
    term="四高",
    english=Text(zh="四高", en="four highs"),
    members=(
        Text(zh="高质量发展", en="high-quality development"),
        Text(zh="高水平崛起", en="a high-level rise"),
        Text(zh="高标准保护", en="high-standard protection"),
        Text(zh="高品质生活", en="a high-quality life"),
    ),
    glossary_number=2,
)
TWO_IN_STEP = Term(
    id="two_in_step",
    quote="“两同步”,到2020年我省与全国同步全面建成小康社会,到2035年与全国同步基本实现社会主义现代化",
    section=SECTION,
    term="两同步",
    english=Text(zh="两同步", en="two in step"),
    members=(
        Text(
            zh="到2020年我省与全国同步全面建成小康社会",
            en="by 2020, Shanxi completes building a moderately prosperous society in all respects "
            "in step with the whole country",
        ),
        Text(
            zh="到2035年与全国同步基本实现社会主义现代化",
            en="by 2035, it basically achieves socialist modernisation in step with the whole country",
        ),
    ),
    glossary_number=2,
    note=Text(
        zh="两项以逗号分隔",
        en="The report separates the two items with a comma (,), not 、; they are split there.",
    ),
)

# 3. 六稳 -------------------------------------------------------------------------------------------
SIX_STABILITIES = Term(
    id="six_stabilities",
    quote="3.六稳:稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。",
    section=SECTION,
    term="六稳",
    english=Text(zh="六稳", en="stability on six fronts", en_source=STATE_COUNCIL),
    members=(
        Text(zh="稳就业", en="stable employment"),
        Text(zh="稳金融", en="a stable financial sector"),
        Text(zh="稳外贸", en="stable foreign trade"),
        Text(zh="稳外资", en="stable foreign investment"),
        Text(zh="稳投资", en="stable domestic investment"),
        Text(zh="稳预期", en="stable expectations"),
    ),
    glossary_number=3,
)

# 4. 六保 -------------------------------------------------------------------------------------------
SIX_GUARANTEES = Term(
    id="six_guarantees",
    quote="4.六保:保居民就业、保基本民生、保市场主体、保粮食能源安全、保产业链供应链稳定、保基层运转。",
    section=SECTION,
    term="六保",
    english=Text(zh="六保", en="security in six areas", en_source=STATE_COUNCIL),
    members=(
        Text(zh="保居民就业", en="job security"),
        Text(zh="保基本民生", en="basic living needs"),
        Text(zh="保市场主体", en="the operations of market entities"),
        Text(zh="保粮食能源安全", en="food and energy security"),
        Text(zh="保产业链供应链稳定", en="stable industrial and supply chains"),
        Text(zh="保基层运转", en="the normal functioning of primary-level governments"),
    ),
    glossary_number=4,
)

# 5. 三个五年分步走 ----------------------------------------------------------------------------------
THREE_FIVE_YEAR_STEPS = Term(
    id="three_five_year_steps",
    quote="5.三个五年分步走:到2025年转型要出雏型,到2030年基本实现转型,到2035年转型全面实现。",
    section=SECTION,
    term="三个五年分步走",
    english=Text(zh="三个五年分步走", en="three five-year steps"),
    members=(
        Text(zh="到2025年转型要出雏型", en="by 2025, the transformation takes embryonic form"),
        Text(zh="到2030年基本实现转型", en="by 2030, the transformation is basically achieved"),
        Text(zh="到2035年转型全面实现", en="by 2035, the transformation is fully achieved"),
    ),
    glossary_number=5,
    note=Text(
        zh="三步以逗号分隔;“雏型”的写法见 quirk embryonic_form_two_spellings",
        en="The three steps of the provincial design for the comprehensive transformation reform "
        "(转型综改), separated by commas (,) and split there. 雏型 is the report's spelling of 雏形 "
        "(see the quirk embryonic_form_two_spellings).",
    ),
)

# 6. 两山七河一流域 ----------------------------------------------------------------------------------
TWO_MOUNTAINS_SEVEN_RIVERS_ONE_BASIN = Term(
    id="two_mountains_seven_rivers_one_basin",
    quote="6.两山七河一流域:“两山”,太行山、吕梁山;“七河”,汾河、桑干河、滹沱河、漳河、沁河、涑水河、大清河七大河流;“一流域”,黄河流域。",
    section=SECTION,
    term="两山七河一流域",
    english=Text(zh="两山七河一流域", en="two mountains, seven rivers and one basin"),
    parts=("two_mountains", "seven_rivers", "one_basin"),
    glossary_number=6,
)
TWO_MOUNTAINS = Term(
    id="two_mountains",
    quote="“两山”,太行山、吕梁山",
    section=SECTION,
    term="两山",
    english=Text(zh="两山", en="two mountains"),
    members=(
        Text(zh="太行山", en="the Taihang Mountains"),
        Text(zh="吕梁山", en="the Lüliang Mountains"),
    ),
    glossary_number=6,
)
SEVEN_RIVERS = Term(
    id="seven_rivers",
    quote="“七河”,汾河、桑干河、滹沱河、漳河、沁河、涑水河、大清河七大河流",
    section=SECTION,
    term="七河",
    english=Text(zh="七河", en="seven rivers"),
    variants=("七大河流",),
    members=(
        Text(zh="汾河", en="the Fen River"),
        Text(zh="桑干河", en="the Sanggan River"),
        Text(zh="滹沱河", en="the Hutuo River"),
        Text(zh="漳河", en="the Zhang River"),
        Text(zh="沁河", en="the Qin River"),
        Text(zh="涑水河", en="the Sushui River"),
        Text(zh="大清河", en="the Daqing River"),
    ),
    glossary_number=6,
    note=Text(
        zh="列举后的“七大河流”是总称,不计入最后一项;它是“七河”的另一写法",
        en="The closing 七大河流 ('seven major rivers') sums up the list and is not part of its last item; "
        "the glossary takes it as another spelling of 七河.",
    ),
)
ONE_BASIN = Term(
    id="one_basin",
    quote="“一流域”,黄河流域",
    section=SECTION,
    term="一流域",
    english=Text(zh="一流域", en="one basin"),
    members=(Text(zh="黄河流域", en="the Yellow River basin"),),
    glossary_number=6,
)

# 7. 四个不摘 ---------------------------------------------------------------------------------------
FOUR_NO_REMOVALS = Term(
    id="four_no_removals",
    quote="7.四个不摘:摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶、摘帽不摘监管。",
    section=SECTION,
    term="四个不摘",
    english=Text(zh="四个不摘", en="four no-removals"),
    members=(
        Text(zh="摘帽不摘责任", en="responsibilities stay after the poverty label is removed"),
        Text(zh="摘帽不摘政策", en="policies stay after the poverty label is removed"),
        Text(zh="摘帽不摘帮扶", en="assistance stays after the poverty label is removed"),
        Text(zh="摘帽不摘监管", en="oversight stays after the poverty label is removed"),
    ),
    glossary_number=7,
)

# 8. 十大清零专项行动 --------------------------------------------------------------------------------
TEN_CLEARANCE_CAMPAIGNS = Term(
    id="ten_clearance_campaigns",
    quote="8.十大清零专项行动:剩余任务要清零、失学辍学要清零、基本医疗保障问题要清零、危房改造问题要清零、安全饮水问题要清零、产业扶贫问题要清零、就业扶贫问题要清零、易地扶贫搬迁问题要清零、兜底保障问题要清零、账实不符问题要清零。",
    section=SECTION,
    term="十大清零专项行动",
    english=Text(zh="十大清零专项行动", en="ten special clearance campaigns"),
    variants=("十大清零行动",),
    members=(
        Text(zh="剩余任务要清零", en="remaining tasks cleared"),
        Text(zh="失学辍学要清零", en="children out of school and dropouts cleared"),
        Text(zh="基本医疗保障问题要清零", en="problems of basic medical security cleared"),
        Text(zh="危房改造问题要清零", en="problems of dilapidated-housing renovation cleared"),
        Text(zh="安全饮水问题要清零", en="problems of safe drinking water cleared"),
        Text(zh="产业扶贫问题要清零", en="problems of industry-based poverty alleviation cleared"),
        Text(zh="就业扶贫问题要清零", en="problems of employment-based poverty alleviation cleared"),
        Text(zh="易地扶贫搬迁问题要清零", en="problems of poverty-alleviation relocation cleared"),
        Text(zh="兜底保障问题要清零", en="problems of the basic safety net cleared"),
        Text(zh="账实不符问题要清零", en="discrepancies between records and reality cleared"),
    ),
    glossary_number=8,
    note=Text(
        zh="正文写作“十大清零行动”,见 quirk ten_clearances_two_spellings",
        en="The body writes 十大清零行动 (see the quirk ten_clearances_two_spellings).",
    ),
)

# 9. 五水同治 ---------------------------------------------------------------------------------------
FIVE_WATERS_GOVERNANCE = Term(
    id="five_waters_governance",
    quote="9.五水同治:统筹推进饮用水源、黑臭水体、工业废水、城镇污水、农村排水治理。",
    section=SECTION,
    term="五水同治",
    english=Text(zh="五水同治", en="joint governance of five waters"),
    variants=("五水共治",),
    members=(
        Text(zh="饮用水源", en="drinking-water sources"),
        Text(zh="黑臭水体", en="black and malodorous water bodies"),
        Text(zh="工业废水", en="industrial wastewater"),
        Text(zh="城镇污水", en="urban sewage"),
        Text(zh="农村排水", en="rural drainage"),
    ),
    glossary_number=9,
    note=Text(
        zh="成员不含所有项共用的“统筹推进……治理”;正文写作“五水共治”,见 quirk five_waters_two_spellings",
        en="The members leave out the frame 统筹推进 … 治理 ('advance in a coordinated way the governance "
        "of …') that every item shares. The body writes 五水共治 (see the quirk five_waters_two_spellings).",
    ),
)

# 10. 一园一城一院一所一委 ---------------------------------------------------------------------------
ONE_PARK_ONE_CITY_ONE_INSTITUTE_ONE_BRANCH_ONE_COMMITTEE = Term(
    id="one_park_one_city_one_institute_one_branch_one_committee",
    quote="10.一园一城一院一所一委:“一园”,大同国际能源革命科技创新园;“一城”,氢都新能源产业城;“一院”,大同全科盟新能源产业技术研究院;“一所”,中科院热物理研究所大同分所;“一委”,新能源产业战略咨询委员会。",
    section=SECTION,
    term="一园一城一院一所一委",
    english=Text(
        zh="一园一城一院一所一委", en="one park, one city, one institute, one branch and one committee"
    ),
    parts=("one_park", "one_city", "one_institute", "one_branch", "one_committee"),
    glossary_number=10,
    note=Text(
        zh="正文中紧随其后写作“五个一”:形成了“一园一城一院一所一委”“五个一”为支撑的能源革命工作格局",
        en="In the body the term is followed at once by “五个一” ('the five ones'), naming the same five "
        "as a count; it is not recorded as a variant spelling. The five are the energy-revolution "
        "platforms also encoded as projects (science_park, hydrogen_city, cas_new_energy_institute, "
        "cas_thermophysics_datong_branch, new_energy_advisory_committee), named differently in the body.",
    ),
)
ONE_PARK = Term(
    id="one_park",
    quote="“一园”,大同国际能源革命科技创新园",
    section=SECTION,
    term="一园",
    english=Text(zh="一园", en="one park"),
    members=(
        Text(
            zh="大同国际能源革命科技创新园",
            en="Datong International Energy Revolution Science and Technology Innovation Park",
        ),
    ),
    glossary_number=10,
)
ONE_CITY = Term(
    id="one_city",
    quote="“一城”,氢都新能源产业城",
    section=SECTION,
    term="一城",
    english=Text(zh="一城", en="one city"),
    members=(Text(zh="氢都新能源产业城", en="Hydrogen Capital New Energy Industrial City"),),
    glossary_number=10,
)
ONE_INSTITUTE = Term(
    id="one_institute",
    quote="“一院”,大同全科盟新能源产业技术研究院",
    section=SECTION,
    term="一院",
    english=Text(zh="一院", en="one institute"),
    members=(
        Text(
            zh="大同全科盟新能源产业技术研究院",
            en="Datong New Energy Industrial Technology Research Institute of the CAS alliance (全科盟)",
        ),
    ),
    glossary_number=10,
)
ONE_BRANCH = Term(
    id="one_branch",
    quote="“一所”,中科院热物理研究所大同分所",
    section=SECTION,
    term="一所",
    english=Text(zh="一所", en="one branch institute"),
    members=(
        Text(
            zh="中科院热物理研究所大同分所",
            en="Datong branch of the CAS Institute of Engineering Thermophysics",
        ),
    ),
    glossary_number=10,
    note=Text(
        zh="名词解释漏写“工程”二字,见 quirk thermophysics_institute_names",
        en="The glossary leaves 工程 ('engineering') out of the institute's name; the body writes it "
        "(see the quirk thermophysics_institute_names).",
    ),
)
ONE_COMMITTEE = Term(
    id="one_committee",
    quote="“一委”,新能源产业战略咨询委员会",
    section=SECTION,
    term="一委",
    english=Text(zh="一委", en="one committee"),
    members=(Text(zh="新能源产业战略咨询委员会", en="New Energy Industry Strategy Advisory Committee"),),
    glossary_number=10,
)

# 11. 3+4+5 -----------------------------------------------------------------------------------------
THREE_FOUR_FIVE = Term(
    id="three_four_five",
    quote="11.3+4+5:园区采用“3+4+5”顶层规划模式,“三全”即全系统、全过程、全参与,“四园”即零碳园区、绿色园区、海绵园区、智慧园区,“五零”即零碳排放、雨水零外排、垃圾零废弃、交通零换乘、灵活智慧办公。",
    section=SECTION,
    term="3+4+5",
    english=Text(zh="3+4+5", en="the '3+4+5' top-level planning model"),
    parts=("three_alls", "four_parks", "five_zeros"),
    glossary_number=11,
    note=Text(
        zh="大同国际能源革命科技创新园的顶层规划模式",
        en="The top-level planning model of the park (the Datong International Energy Revolution Science "
        "and Technology Innovation Park, per the body: 按照“3+4+5”的园区建设规划).",
    ),
)
THREE_ALLS = Term(
    id="three_alls",
    quote="“三全”即全系统、全过程、全参与",
    section=SECTION,
    term="三全",
    english=Text(zh="三全", en="three alls"),
    members=(
        Text(zh="全系统", en="the whole system"),
        Text(zh="全过程", en="the whole process"),
        Text(zh="全参与", en="everyone taking part"),
    ),
    glossary_number=11,
)
FOUR_PARKS = Term(
    id="four_parks",
    quote="“四园”即零碳园区、绿色园区、海绵园区、智慧园区",
    section=SECTION,
    term="四园",
    english=Text(zh="四园", en="four parks"),
    members=(
        Text(zh="零碳园区", en="a zero-carbon park"),
        Text(zh="绿色园区", en="a green park"),
        Text(zh="海绵园区", en="a sponge park"),
        Text(zh="智慧园区", en="a smart park"),
    ),
    glossary_number=11,
)
FIVE_ZEROS = Term(
    id="five_zeros",
    quote="“五零”即零碳排放、雨水零外排、垃圾零废弃、交通零换乘、灵活智慧办公",
    section=SECTION,
    term="五零",
    english=Text(zh="五零", en="five zeros"),
    members=(
        Text(zh="零碳排放", en="zero carbon emissions"),
        Text(zh="雨水零外排", en="zero rainwater discharge"),
        Text(zh="垃圾零废弃", en="zero waste"),
        Text(zh="交通零换乘", en="zero-transfer transport"),
        Text(zh="灵活智慧办公", en="flexible smart working"),
    ),
    glossary_number=11,
    note=Text(
        zh="五项数目相符,但第五项“灵活智慧办公”不含“零”字",
        en="Five items as the numeral says, but the fifth, 灵活智慧办公 ('flexible smart working'), is not "
        "a 'zero' (it has no 零).",
    ),
)

# 12. 六个精准、四个超常规 ---------------------------------------------------------------------------
SIX_PRECISIONS = Term(
    id="six_precisions",
    # Entry 12 explains two terms; this one quotes the entry's heading too, so its number is encoded.
    quote="12.六个精准、四个超常规:“六个精准”,精准监测、精准调度、精准帮扶、精准运行、精准入库、精准统计",
    section=SECTION,
    term="六个精准",
    english=Text(zh="六个精准", en="six precisions"),
    members=(
        Text(zh="精准监测", en="precise monitoring"),
        Text(zh="精准调度", en="precise scheduling"),
        Text(zh="精准帮扶", en="precise assistance"),
        Text(zh="精准运行", en="precise operation"),
        Text(zh="精准入库", en="precise entry into the statistical database"),
        Text(zh="精准统计", en="precise statistics"),
    ),
    glossary_number=12,
    note=Text(
        zh="第12条“六个精准、四个超常规”并列解释两个术语,此处引用其中“六个精准”部分",
        en="Entry 12 explains two terms side by side; this one quotes its own half of the entry.",
    ),
)
FOUR_EXTRAORDINARIES = Term(
    id="four_extraordinaries",
    quote="“四个超常规”,超常规思路、超常规措施、超常规机制、超常规努力",
    section=SECTION,
    term="四个超常规",
    english=Text(zh="四个超常规", en="four extraordinaries"),
    members=(
        Text(zh="超常规思路", en="extraordinary thinking"),
        Text(zh="超常规措施", en="extraordinary measures"),
        Text(zh="超常规机制", en="extraordinary mechanisms"),
        Text(zh="超常规努力", en="extraordinary effort"),
    ),
    glossary_number=12,
    note=Text(
        zh="第12条“六个精准、四个超常规”并列解释两个术语,此处引用其中“四个超常规”部分",
        en="Entry 12 explains two terms side by side; this one quotes its own half of the entry.",
    ),
)

# 13. 五图作战 --------------------------------------------------------------------------------------
FIVE_MAPS_OPERATIONS = Term(
    id="five_maps_operations",
    quote="13.五图作战:一产、二产、三产、固定资产投资、开发区挂图作战。",
    section=SECTION,
    term="五图作战",
    english=Text(zh="五图作战", en="five-map operations"),
    members=(
        Text(zh="一产", en="the primary sector"),
        Text(zh="二产", en="the secondary sector"),
        Text(zh="三产", en="the tertiary sector"),
        Text(zh="固定资产投资", en="fixed-asset investment"),
        Text(zh="开发区", en="development zones"),
    ),
    glossary_number=13,
    note=Text(
        zh="成员不含五项共用的“挂图作战”",
        en="Each item is worked to a wall chart (挂图作战, 'battle by the map'); the members leave out "
        "that shared ending, written once after the last item.",
    ),
)

# 14. 三供一业 --------------------------------------------------------------------------------------
THREE_SUPPLIES_ONE_SERVICE = Term(
    id="three_supplies_one_service",
    quote="14.三供一业:供水、供电、供暖和物业管理。",
    section=SECTION,
    term="三供一业",
    english=Text(zh="三供一业", en="three supplies and one service"),
    members=(
        Text(zh="供水", en="water supply"),
        Text(zh="供电", en="power supply"),
        Text(zh="供暖", en="heating supply"),
        Text(zh="物业管理", en="property management"),
    ),
    glossary_number=14,
    note=Text(
        zh="3项“供”加1项“业”,共4项",
        en="Three supplies plus one service: four members.",
    ),
)

# 15. “1310”兴医工程 ---------------------------------------------------------------------------------
MEDICAL_REVITALISATION_1310 = Term(
    id="medical_revitalisation_1310",
    quote="15.“1310”兴医工程:以全面提升医疗水平这一主线,紧紧围绕推进兴医提质、推进领军临床专科、推进卓越医学团队建设三个方面,重点完成建设十项重点任务。",
    section=SECTION,
    term="“1310”兴医工程",
    english=Text(zh="“1310”兴医工程", en="the '1310' medical revitalisation programme"),
    members=(
        Text(zh="推进兴医提质", en="revitalising medicine and raising its quality"),
        Text(zh="推进领军临床专科", en="leading clinical specialties"),
        Text(zh="推进卓越医学团队建设", en="building excellent medical teams"),
    ),
    glossary_number=15,
    note=Text(
        zh="1:一条主线(全面提升医疗水平);3:三个方面(已列出,即成员);10:十项重点任务(报告未列出)",
        en="'1310' reads 1-3-10: 1 main line (全面提升医疗水平, raising the level of medical care across "
        "the board), 3 aspects (listed in the report; these are the members), and 10 key tasks (not "
        "listed in the report). The members are the three listed aspects only, since the main line is "
        "of another kind and the ten tasks are not named; so the members agree with the 3 of 1310, not "
        "with the numeral as a whole. The term keeps the report's quotation marks around 1310.",
    ),
)

MEDICAL_REVITALISATION_THREE_ASPECTS = Term(
    id="medical_revitalisation_three_aspects",
    quote="推进卓越医学团队建设三个方面",
    section=SECTION,
    term="三个方面",
    english=Text(zh="三个方面", en="the three aspects"),
    members=(
        Text(zh="推进兴医提质", en="revitalising medicine and raising its quality"),
        Text(zh="推进领军临床专科", en="leading clinical specialties"),
        Text(zh="推进卓越医学团队建设", en="building excellent medical teams"),
    ),
    glossary_number=15,
    note=Text(zh="“1310”中的3", en="The 3 of “1310”兴医工程: the three aspects its entry lists."),
)
MEDICAL_REVITALISATION_TEN_KEY_TASKS = Term(
    id="medical_revitalisation_ten_key_tasks",
    quote="重点完成建设十项重点任务",
    section=SECTION,
    term="十项重点任务",
    english=Text(zh="十项重点任务", en="the ten key tasks"),
    glossary_number=15,
    note=Text(
        zh="“1310”中的10;报告未列出",
        en="The 10 of “1310”兴医工程; the report does not list the ten tasks.",
    ),
)

# 16. 两下两进两拆 ----------------------------------------------------------------------------------
TWO_DOWN_TWO_IN_TWO_REMOVALS = Term(
    id="two_down_two_in_two_removals",
    quote="16.两下两进两拆:“两下”,管线下地和广告下墙;“两进”,停车进库进位;“两拆”,拆除违建和围墙。",
    section=SECTION,
    term="两下两进两拆",
    english=Text(zh="两下两进两拆", en="two down, two in, two removals"),
    parts=("two_down", "two_in", "two_removals"),
    glossary_number=16,
)
TWO_DOWN = Term(
    id="two_down",
    quote="“两下”,管线下地和广告下墙",
    section=SECTION,
    term="两下",
    english=Text(zh="两下", en="two down"),
    members=(
        Text(zh="管线下地", en="pipelines and cables underground"),
        Text(zh="广告下墙", en="advertisements off the walls"),
    ),
    glossary_number=16,
)
TWO_IN = Term(
    id="two_in",
    quote="“两进”,停车进库进位",
    section=SECTION,
    term="两进",
    english=Text(zh="两进", en="two in"),
    members=(
        Text(zh="停车进库", en="cars parked in garages"),
        Text(zh="进位", en="cars parked in marked bays"),
    ),
    glossary_number=16,
    note=Text(
        zh="报告把两项写成一个短语“停车进库进位”,此处在“进库”之后拆分,“停车”留在第一项",
        en="The report runs both items into one phrase, 停车进库进位, with no 、 or 和 between them; they "
        "are split after 进库, the shared 停车 ('parking') staying with the first item as 拆除 does in "
        "“两拆”.",
    ),
)
TWO_REMOVALS = Term(
    id="two_removals",
    quote="“两拆”,拆除违建和围墙",
    section=SECTION,
    term="两拆",
    english=Text(zh="两拆", en="two removals"),
    members=(
        Text(zh="拆除违建", en="demolishing illegal buildings"),
        Text(zh="围墙", en="demolishing enclosure walls"),
    ),
    glossary_number=16,
    note=Text(
        zh="在“和”处拆分,共用的“拆除”留在第一项",
        en="Split at 和; the shared verb 拆除 ('demolish') stays with the first item.",
    ),
)
