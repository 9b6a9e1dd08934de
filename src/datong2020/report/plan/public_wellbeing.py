"""Part 二, programme (十): "(十)民生福祉改善工程", public wellbeing.

Its three tasks ("今年抓好三大重点工作"): "一是加快社会事业发展。" (social programmes), "二是提升社会保障水平。"
(social security) and "三是增强社会治理能力。" (social governance). Quotes are verbatim; figures are as
written; English is ours unless ``en_source`` says otherwise.
"""

from datong2020.model import FigureKind, Part, Period, Project, Qualifier, Section, Target
from datong2020.text import Text
from datong2020.units import ureg

YEAR = Period.year(2020)
PROGRAMME = "programme_public_wellbeing"

# Tasks -----------------------------------------------------------------------------------------------
WELLBEING_SOCIAL_PROGRAMMES = Section(
    id="wellbeing_social_programmes",
    quote="一是加快社会事业发展。",
    section=PROGRAMME,
    marker="一是",
    part=Part.PLAN,
    title=Text(zh="加快社会事业发展", en="Developing social programmes faster"),
)
WELLBEING_SOCIAL_SECURITY = Section(
    id="wellbeing_social_security",
    quote="二是提升社会保障水平。",
    section=PROGRAMME,
    marker="二是",
    part=Part.PLAN,
    title=Text(zh="提升社会保障水平", en="Raising the level of social security"),
)
WELLBEING_SOCIAL_GOVERNANCE = Section(
    id="wellbeing_social_governance",
    quote="三是增强社会治理能力。",
    section=PROGRAMME,
    marker="三是",
    part=Part.PLAN,
    title=Text(zh="增强社会治理能力", en="Strengthening social governance"),
)

# 一是 社会事业: education ----------------------------------------------------------------------------
PUBLIC_BENEFIT_KINDERGARTENS_2020 = Target(
    id="public_benefit_kindergartens_2020",
    quote="建设43所普惠性幼儿园",
    section="wellbeing_social_programmes",
    figure="43所",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    base="public_benefit_kindergartens_built_2019",
    measure=Text(zh="建设普惠性幼儿园", en="public-benefit kindergartens to be built"),
)

_SCHOOL_PROJECTS = (
    "启动实施大同六中五州帝景校区、大同市实验小学永和分校、平城区18校和阳校区、平城区47校武定校区建设项目"
)

DATONG_NO6_MIDDLE_SCHOOL_WUZHOU_DIJING_CAMPUS = Project(
    id="datong_no6_middle_school_wuzhou_dijing_campus",
    quote=_SCHOOL_PROJECTS,
    section="wellbeing_social_programmes",
    name=Text(zh="大同六中五州帝景校区", en="Wuzhou Dijing campus of Datong No. 6 Middle School"),
)
DATONG_EXPERIMENTAL_PRIMARY_SCHOOL_YONGHE_BRANCH = Project(
    id="datong_experimental_primary_school_yonghe_branch",
    quote=_SCHOOL_PROJECTS,
    section="wellbeing_social_programmes",
    name=Text(zh="大同市实验小学永和分校", en="Yonghe branch of Datong Experimental Primary School"),
)
PINGCHENG_SCHOOL_NO18_HEYANG_CAMPUS = Project(
    id="pingcheng_school_no18_heyang_campus",
    quote=_SCHOOL_PROJECTS,
    section="wellbeing_social_programmes",
    name=Text(zh="平城区18校和阳校区", en="Heyang campus of Pingcheng District School No. 18"),
    places=("pingcheng",),
)
PINGCHENG_SCHOOL_NO47_WUDING_CAMPUS = Project(
    id="pingcheng_school_no47_wuding_campus",
    quote=_SCHOOL_PROJECTS,
    section="wellbeing_social_programmes",
    name=Text(zh="平城区47校武定校区", en="Wuding campus of Pingcheng District School No. 47"),
    places=("pingcheng",),
)
SCHOOL_CONSTRUCTION_PROJECTS_STARTED_2020 = Target(
    id="school_construction_projects_started_2020",
    quote=_SCHOOL_PROJECTS,
    section="wellbeing_social_programmes",
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(zh="启动实施", en="launch the construction projects"),
    about=(
        "datong_no6_middle_school_wuzhou_dijing_campus",
        "datong_experimental_primary_school_yonghe_branch",
        "pingcheng_school_no18_heyang_campus",
        "pingcheng_school_no47_wuding_campus",
    ),
    measure=Text(zh="四个学校建设项目启动实施", en="launch of four school construction projects"),
    note=Text(
        zh="报告列出四个项目而未另报总数,故无计数目标。“18校”“47校”是校名。",
        en="The report names four projects without announcing a count, so there is no count target. "
        "18校 and 47校 are school names (School No. 18, No. 47).",
    ),
)
RURAL_BOARDING_SCHOOLS_2020 = Target(
    id="rural_boarding_schools_2020",
    quote="再建设31所乡镇寄宿制学校",
    section="wellbeing_social_programmes",
    figure="31所",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="再建设乡镇寄宿制学校", en="more township boarding schools to be built"),
    note=Text(
        zh="“再”表明此前已有建设,但第一部分未给出对应数字。",
        en="再 ('more') implies earlier building, but part 一 gives no matching figure.",
    ),
)
ICE_SNOW_SPORTS_VENUE_SCHOOLS_2020 = Target(
    id="ice_snow_sports_venue_schools_2020",
    quote="选择4至8所学校建设冰雪运动场馆",
    section="wellbeing_social_programmes",
    figure="4至8所",
    value=ureg.Quantity(4, "所"),
    upper=ureg.Quantity(8, "所"),
    qualifier=Qualifier.BETWEEN,
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(
        zh="建设冰雪运动场馆的学校",
        en="schools chosen to build ice and snow sports venues",
    ),
)

_AVIATION_COLLEGE = "推动山西通用航空职业技术学院挂牌招生"

SHANXI_GENERAL_AVIATION_VOCATIONAL_COLLEGE = Project(
    id="shanxi_general_aviation_vocational_college",
    quote=_AVIATION_COLLEGE,
    section="wellbeing_social_programmes",
    name=Text(
        zh="山西通用航空职业技术学院",
        en="Shanxi General Aviation Vocational and Technical College",
    ),
)
AVIATION_COLLEGE_OPENED_2020 = Target(
    id="aviation_college_opened_2020",
    quote=_AVIATION_COLLEGE,
    section="wellbeing_social_programmes",
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(zh="挂牌招生", en="be formally established and enrol its first students"),
    about=("shanxi_general_aviation_vocational_college",),
    measure=Text(zh="学院挂牌招生", en="establishment and first enrolment of the college"),
)
ENERGY_REVOLUTION_SCHOOLS_2020 = Target(
    id="energy_revolution_schools_2020",
    quote="再打造20所能源革命校园",
    section="wellbeing_social_programmes",
    figure="20所",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    base="energy_revolution_schools_2019",
    measure=Text(zh="再打造能源革命校园", en="more energy revolution model schools to be created"),
)
COUNTY_SCHOOL_STAFFING_REFORM_FULL_COVERAGE_2020 = Target(
    id="county_school_staffing_reform_full_coverage_2020",
    quote="推进县管校聘和学区制管理改革实现全市所有县区全覆盖",
    section="wellbeing_social_programmes",
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(
        zh="实现全市所有县区全覆盖",
        en="cover every county and district of the city",
    ),
    measure=Text(
        zh="县管校聘和学区制管理改革覆盖的县区",
        en="counties and districts covered by the reform of county-managed teacher hiring and "
        "school-district management",
    ),
)

# 一是 社会事业: health and sport ---------------------------------------------------------------------
_INFECTIOUS_DISEASE_HOSPITAL = "新建市传染病医院"

MUNICIPAL_INFECTIOUS_DISEASE_HOSPITAL = Project(
    id="municipal_infectious_disease_hospital",
    quote=_INFECTIOUS_DISEASE_HOSPITAL,
    section="wellbeing_social_programmes",
    name=Text(zh="市传染病医院", en="Municipal infectious disease hospital"),
)
INFECTIOUS_DISEASE_HOSPITAL_BUILT_2020 = Target(
    id="infectious_disease_hospital_built_2020",
    quote=_INFECTIOUS_DISEASE_HOSPITAL,
    section="wellbeing_social_programmes",
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(zh="新建", en="build a new hospital"),
    about=("municipal_infectious_disease_hospital",),
    measure=Text(zh="新建市传染病医院", en="new municipal infectious disease hospital"),
    note=Text(
        zh="报告未说明年内建成还是开工。",
        en="The report does not say whether it is to be completed or begun this year.",
    ),
)

_MARATHON = "承办好2020大同国际马拉松等国际国内赛事"

DATONG_INTERNATIONAL_MARATHON = Project(
    id="datong_international_marathon",
    quote=_MARATHON,
    section="wellbeing_social_programmes",
    name=Text(zh="2020大同国际马拉松", en="2020 Datong International Marathon"),
)
DATONG_MARATHON_HOSTED_2020 = Target(
    id="datong_marathon_hosted_2020",
    quote=_MARATHON,
    section="wellbeing_social_programmes",
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(
        zh="承办好2020大同国际马拉松等国际国内赛事",
        en="host the 2020 Datong International Marathon and other international and national events well",
    ),
    about=("datong_international_marathon",),
    measure=Text(zh="承办国际国内赛事", en="international and national sports events hosted"),
)

# 二是 社会保障 ------------------------------------------------------------------------------------------
_MINORS_PROTECTION_CENTRE = "完成市未成年人保护中心项目建设"

MUNICIPAL_MINORS_PROTECTION_CENTRE = Project(
    id="municipal_minors_protection_centre",
    quote=_MINORS_PROTECTION_CENTRE,
    section="wellbeing_social_security",
    name=Text(zh="市未成年人保护中心", en="Municipal centre for the protection of minors"),
)
MINORS_PROTECTION_CENTRE_COMPLETED_2020 = Target(
    id="minors_protection_centre_completed_2020",
    quote=_MINORS_PROTECTION_CENTRE,
    section="wellbeing_social_security",
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(zh="完成项目建设", en="complete the construction project"),
    about=("municipal_minors_protection_centre",),
    measure=Text(
        zh="市未成年人保护中心项目建设", en="construction of the municipal minors protection centre"
    ),
)
RENTAL_SUBSIDIES_2020 = Target(
    id="rental_subsidies_2020",
    quote="发放租赁补贴数17100套",
    section="wellbeing_social_security",
    figure="17100套",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="发放租赁补贴数", en="housing rental subsidies granted (counted in homes)"),
    note=Text(
        zh="原文以“套”计租赁补贴数;第一部分无对应数字。",
        en="The report counts rental subsidies in 套 (homes); part 一 gives no matching figure.",
    ),
)

# 三是 社会治理 ------------------------------------------------------------------------------------------
EMERGENCY_RESPONSE_SYSTEMS_2020 = Target(
    id="emergency_response_systems_2020",
    quote="着力完善四大应急体系",
    section="wellbeing_social_governance",
    figure="四大",
    value=ureg.Quantity(4, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    lists_all=False,
    measure=Text(zh="着力完善的应急体系", en="emergency response systems to be improved"),
    note=Text(
        zh="报告未列出四大应急体系的名称。",
        en="The report does not name the four emergency response systems.",
    ),
)

_CENSUS = "做好第七次全国人口普查工作"

SEVENTH_NATIONAL_CENSUS = Project(
    id="seventh_national_census",
    quote=_CENSUS,
    section="wellbeing_social_governance",
    name=Text(zh="第七次全国人口普查", en="Seventh National Population Census"),
)
SEVENTH_NATIONAL_CENSUS_CARRIED_OUT_2020 = Target(
    id="seventh_national_census_carried_out_2020",
    quote=_CENSUS,
    section="wellbeing_social_governance",
    figure=None,
    figure_kind=None,
    period=YEAR,
    requirement=Text(
        zh="做好第七次全国人口普查工作", en="carry out the work of the seventh national census well"
    ),
    about=("seventh_national_census",),
    measure=Text(zh="第七次全国人口普查工作", en="the city's work on the seventh national census"),
    note=Text(
        zh="“第七次”是普查名称中的序数,不是计数目标。",
        en="第七次 ('seventh') is the ordinal in the census's name, not a count target.",
    ),
)
