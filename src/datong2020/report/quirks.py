"""Oddities of the published text, recorded rather than silently corrected.

The encoding keeps what the report says; these records say where it is odd, so that a reader who
meets "第\\n一" or two spellings of one term knows it is the source, not a transcription slip.
"""

from datong2020.model import Quirk
from datong2020.text import Text

LINE_BREAK_INSIDE_DI_YI = Quirk(
    id="line_break_inside_di_yi",
    quote="光伏领跑者基地发电规模居全省第\n一",
    section="review_energy_revolution",
    description=Text(
        zh="“第一”被换行符拆成两行",
        en="A line break splits 第一 ('first') across two lines; figures read through it (parse_figure "
        "ignores white space inside a figure for this reason).",
    ),
)
REPEATED_SENTENCE = Quirk(
    id="repeated_sentence_three_priorities",
    quote="要突出抓好三大重点。要突出抓好三大重点。",
    section="programme_rural_revitalisation",
    description=Text(
        zh="“要突出抓好三大重点。”连续出现两次",
        en="The sentence 'we must focus on three priorities' is printed twice in a row.",
    ),
)
FIVE_WATERS_SPELLINGS = Quirk(
    id="five_waters_two_spellings",
    quote="9.五水同治",
    section="glossary",
    also=("强力实行“五水共治”",),
    description=Text(
        zh="名词解释写作“五水同治”,正文写作“五水共治”",
        en="The glossary spells the term 五水同治; the body writes 五水共治.",
    ),
)
TEN_CLEARANCES_SPELLINGS = Quirk(
    id="ten_clearances_two_spellings",
    quote="8.十大清零专项行动",
    section="glossary",
    also=("全部按照“十大清零行动”动态清零",),
    description=Text(
        zh="名词解释写作“十大清零专项行动”,正文写作“十大清零行动”",
        en="The glossary names the campaign 十大清零专项行动; the body writes 十大清零行动.",
    ),
)
EMBRYONIC_FORM_SPELLINGS = Quirk(
    id="embryonic_form_two_spellings",
    quote="2020年全市能源革命综合改革试点基本形成雏型",
    section="programme_energy_revolution",
    also=("到2025年转型出雏形之时", "到2025年转型要出雏型"),
    description=Text(
        zh="“雏型”与“雏形”两种写法并存",
        en="'Embryonic form' is written both 雏型 and 雏形 (the standard form).",
    ),
)
THERMOPHYSICS_INSTITUTE_NAMES = Quirk(
    id="thermophysics_institute_names",
    quote="“一所”,中科院热物理研究所大同分所",
    section="glossary",
    also=("中科院工程热物理研究所大同分所获批", "中科院工程热物理所大同分所突出中试转化"),
    description=Text(
        zh="名词解释称“中科院热物理研究所大同分所”,正文称“中科院工程热物理研究所大同分所”或“…工程热物理所…”",
        en="The glossary names the Datong branch of the CAS Institute of Engineering Thermophysics without "
        "'工程'; the body names it in full or as 工程热物理所.",
    ),
)
PLATFORM_NAMES_VARY = Quirk(
    id="platform_names_vary_between_work_areas",
    quote="华为大同智能创新中心等18个产业项目",
    section="review_energy_revolution",
    also=(
        "华为(大同)人工智能创新中心、华东理工大学大同研究院",
        "上海漕河泾国际双创园",
        "上海漕河泾国际创新创业园",
        "吸纳集聚了28名两院院士、77名专家组建了新能源战略咨询委员会",
        "大同新能源产业战略咨询委员会",
    ),
    description=Text(
        zh="同一机构在一是与二是中名称不同:华为大同智能创新中心/华为(大同)人工智能创新中心;"
        "上海漕河泾国际双创园/上海漕河泾国际创新创业园;新能源战略咨询委员会/大同新能源产业战略咨询委员会",
        en="The same body is named differently in work areas 一是 and 二是: the Huawei Datong (AI) innovation "
        "centre, the Shanghai Caohejing park (双创园 / 创新创业园), the new-energy strategy advisory committee "
        "(with or without 大同…产业). Each is encoded as one Project.",
    ),
)
TWO_MOUNTAINS_TWO_MEANINGS = Quirk(
    id="two_mountains_two_meanings",
    quote="五是坚决践行“两山”理论",
    section="review_ecology",
    also=("“两山”,太行山、吕梁山",),
    description=Text(
        zh="“两山”在正文指“两山”理论(绿水青山就是金山银山),在名词解释中指太行山、吕梁山",
        en="'两山' names the 'two mountains' theory in the body (lucid waters and lush mountains are "
        "invaluable assets) but the Taihang and Lüliang mountains in the glossary's 两山七河一流域.",
    ),
)
THREE_PRIORITIES_TWO_MEANINGS = Quirk(
    id="three_priorities_two_meanings",
    quote="水治理和清洁取暖三大重点",
    section="rural_living_environment",
    also=("要突出抓好三大重点。要突出抓好三大重点。",),
    description=Text(
        zh="(五)中“三大重点”先指该工程的三项任务,后在三是中指垃圾处理、污水治理和清洁取暖",
        en="In programme (五), '三大重点' first names the programme's three tasks, then, in its third "
        "task, waste treatment, sewage and clean heating: one spelling, two sets of three.",
    ),
)
REPUBLISHER_NOTICE = Quirk(
    id="republisher_notice",
    quote="本文来自大同市人民政府,本文观点不代表石墨烯网立场,转载请联系原作者。",
    section=None,
    description=Text(
        zh="最后一行是转载网站的声明,不属于报告",
        en="The last line is the republishing website's notice, not part of the report.",
    ),
)
