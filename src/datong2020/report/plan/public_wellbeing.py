"""Part 二, programme (十): "(十)民生福祉改善工程", public wellbeing.

Its three tasks ("今年抓好三大重点工作"): "一是加快社会事业发展。" (social programmes), "二是提升社会保障水平。"
(social security) and "三是增强社会治理能力。" (social governance). Quotes are verbatim; figures are as
written; English is ours unless ``en_source`` says otherwise.
"""

from datong2020.model import (
    Commitment,
    FigureKind,
    NotASentence,
    Part,
    PassingMention,
    Period,
    Project,
    Qualifier,
    Section,
    SentenceReason,
    Target,
)
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

_EDUCATION_PPP = "推动教育建设PPP项目"

EDUCATION_PPP_PROJECTS = Project(
    id="education_ppp_projects",
    quote=_EDUCATION_PPP,
    section="wellbeing_social_programmes",
    name=Text(zh="教育建设PPP项目", en="public–private partnership (PPP) projects for education buildings"),
)
EDUCATION_PPP_PROJECTS_2020 = Target(
    id="education_ppp_projects_2020",
    quote=_EDUCATION_PPP,
    section="wellbeing_social_programmes",
    period=YEAR,
    about=("education_ppp_projects",),
    requirement=Text(
        zh=_EDUCATION_PPP,
        en="push forward the PPP projects for education buildings",
    ),
    measure=Text(zh="教育建设PPP项目的推进", en="progress of the education PPP projects"),
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
    period=YEAR,
    requirement=Text(zh="启动实施", en="launch the construction projects"),
    places=("pingcheng",),
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
    period=YEAR,
    requirement=Text(zh="挂牌招生", en="be formally established and enrol its first students"),
    about=("shanxi_general_aviation_vocational_college",),
    measure=Text(zh="学院挂牌招生", en="establishment and first enrolment of the college"),
)
_LECTURES = "办好能源革命大讲堂和能源进修学院社会讲习所"

ENERGY_REVOLUTION_LECTURE_HALL = Project(
    id="energy_revolution_lecture_hall",
    quote=_LECTURES,
    section="wellbeing_social_programmes",
    name=Text(zh="能源革命大讲堂", en="Energy Revolution Lecture Hall"),
)
ENERGY_ACADEMY_PUBLIC_LECTURES = Project(
    id="energy_academy_public_lectures",
    quote=_LECTURES,
    section="wellbeing_social_programmes",
    name=Text(zh="能源进修学院社会讲习所", en="public lecture institute of the Energy Academy"),
)
ENERGY_REVOLUTION_LECTURES_2020 = Target(
    id="energy_revolution_lectures_2020",
    quote=_LECTURES,
    section="wellbeing_social_programmes",
    period=YEAR,
    about=("energy_revolution_lecture_hall", "energy_academy_public_lectures"),
    requirement=Text(
        zh=_LECTURES,
        en="run the Energy Revolution Lecture Hall and the Energy Academy's public lecture institute well",
    ),
    measure=Text(
        zh="能源革命大讲堂和能源进修学院社会讲习所的举办", en="running of the energy revolution lectures"
    ),
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
HIGH_SCHOOL_EDUCATION_QUALITY_2020 = Target(
    id="high_school_education_quality_2020",
    quote="全力推进普通高中育人质量实现新提升",
    section="wellbeing_social_programmes",
    period=YEAR,
    requirement=Text(
        zh="全力推进普通高中育人质量实现新提升",
        en="do everything to raise the quality of education in general senior high schools to a new level",
    ),
    measure=Text(zh="普通高中育人质量", en="quality of general senior high school education"),
)
COUNTY_SCHOOL_STAFFING_REFORM_FULL_COVERAGE_2020 = Target(
    id="county_school_staffing_reform_full_coverage_2020",
    quote="推进县管校聘和学区制管理改革实现全市所有县区全覆盖",
    section="wellbeing_social_programmes",
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

WORKFORCE_REGISTERED_AND_TRAINED_2020 = Target(
    id="workforce_registered_and_trained_2020",
    quote="对全市劳动力建档立卡、摸清底数,实行滚动培训、梯次提升",
    section="wellbeing_social_programmes",
    period=YEAR,
    note=Text(
        zh="“人人持证、技能社会”的做法。",
        en="How the report means to reach 人人持证、技能社会 (a certificate for everyone, a skilled society).",
    ),
    requirement=Text(
        zh="对全市劳动力建档立卡、摸清底数,实行滚动培训、梯次提升",
        en="register the whole workforce of the city, know its numbers, and train it in rolling rounds that "
        "raise skills step by step",
    ),
    measure=Text(zh="全市劳动力建档立卡与培训", en="registration and training of the city's workforce"),
)

# 一是 社会事业: health and sport ---------------------------------------------------------------------
_HEALTHY_DATONG = "推进“健康大同”建设"

HEALTHY_DATONG = Project(
    id="healthy_datong",
    quote=_HEALTHY_DATONG,
    section="wellbeing_social_programmes",
    name=Text(zh="“健康大同”", en="Healthy Datong"),
)
HEALTHY_DATONG_2020 = Target(
    id="healthy_datong_2020",
    quote=_HEALTHY_DATONG,
    section="wellbeing_social_programmes",
    period=YEAR,
    about=("healthy_datong",),
    requirement=Text(
        zh=_HEALTHY_DATONG,
        en="push ahead with building a Healthy Datong",
    ),
    measure=Text(zh="“健康大同”建设", en="building of a Healthy Datong"),
)
HEALTH_SYSTEM_REFORM_2020 = Target(
    id="health_system_reform_2020",
    quote="深化医疗卫生体制改革",
    section="wellbeing_social_programmes",
    period=YEAR,
    requirement=Text(
        zh="深化医疗卫生体制改革",
        en="deepen the reform of the medical and health system",
    ),
    measure=Text(zh="医疗卫生体制改革", en="reform of the medical and health system"),
)
URBAN_MEDICAL_GROUPS_2020 = Target(
    id="urban_medical_groups_2020",
    quote="强化城市医疗集团建设",
    section="wellbeing_social_programmes",
    period=YEAR,
    requirement=Text(
        zh="强化城市医疗集团建设",
        en="strengthen the urban medical groups",
    ),
    measure=Text(zh="城市医疗集团建设", en="building of urban medical groups"),
)

_BLOOD_STATION = "稳步推进中心血站建设"

CENTRAL_BLOOD_STATION = Project(
    id="central_blood_station",
    quote=_BLOOD_STATION,
    section="wellbeing_social_programmes",
    name=Text(zh="中心血站", en="central blood station"),
)
CENTRAL_BLOOD_STATION_2020 = Target(
    id="central_blood_station_2020",
    quote=_BLOOD_STATION,
    section="wellbeing_social_programmes",
    period=YEAR,
    about=("central_blood_station",),
    requirement=Text(
        zh=_BLOOD_STATION,
        en="build the central blood station steadily",
    ),
    measure=Text(zh="中心血站建设", en="building of the central blood station"),
)
EPIDEMIC_PREVENTION_SYSTEM_2020 = Target(
    id="epidemic_prevention_system_2020",
    quote="完善重大疫情防控体制机制",
    section="wellbeing_social_programmes",
    period=YEAR,
    requirement=Text(
        zh="完善重大疫情防控体制机制",
        en="improve the institutions and mechanisms for preventing and controlling major epidemics",
    ),
    measure=Text(zh="重大疫情防控体制机制", en="institutions for preventing and controlling major epidemics"),
)

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
    period=YEAR,
    requirement=Text(zh="新建", en="build a new hospital"),
    about=("municipal_infectious_disease_hospital",),
    measure=Text(zh="新建市传染病医院", en="new municipal infectious disease hospital"),
    note=Text(
        zh="报告未说明年内建成还是开工。",
        en="The report does not say whether it is to be completed or begun this year.",
    ),
)

TCM_HOSPITAL_OPERATION_2020 = Target(
    id="tcm_hospital_operation_2020",
    quote="创新市中医院运行机制",
    section="wellbeing_social_programmes",
    period=YEAR,
    requirement=Text(
        zh="创新市中医院运行机制",
        en="find new ways of running the municipal hospital of traditional Chinese medicine",
    ),
    measure=Text(zh="市中医院运行机制", en="operating mechanism of the municipal TCM hospital"),
)
TCM_HOSPITAL_PARTNERSHIP_2020 = Target(
    id="tcm_hospital_partnership_2020",
    quote="推动与京津地区大型中医院合作办院",
    section="wellbeing_social_programmes",
    period=YEAR,
    requirement=Text(
        zh="推动与京津地区大型中医院合作办院",
        en="run the hospital in partnership with large TCM hospitals of Beijing and Tianjin",
    ),
    measure=Text(
        zh="与京津大型中医院合作办院", en="partnership with large TCM hospitals of Beijing and Tianjin"
    ),
)
RESIDENTS_CIVILITY_2020 = Target(
    id="residents_civility_2020",
    quote="提高城市居民素质水平",
    section="wellbeing_social_programmes",
    period=YEAR,
    requirement=Text(
        zh="提高城市居民素质水平",
        en="raise the civic standards of the city's residents",
    ),
    measure=Text(zh="城市居民素质水平", en="civic standards of urban residents"),
)

_CLEAN_HOMES = "开展“清洁家园”行动"

CLEAN_HOMES_CAMPAIGN = Project(
    id="clean_homes_campaign",
    quote=_CLEAN_HOMES,
    section="wellbeing_social_programmes",
    name=Text(zh="“清洁家园”行动", en="'Clean Homes' campaign"),
)
CLEAN_HOMES_CAMPAIGN_2020 = Target(
    id="clean_homes_campaign_2020",
    quote=_CLEAN_HOMES,
    section="wellbeing_social_programmes",
    period=YEAR,
    about=("clean_homes_campaign",),
    requirement=Text(
        zh=_CLEAN_HOMES,
        en="carry out the 'Clean Homes' campaign",
    ),
    measure=Text(zh="“清洁家园”行动", en="the 'Clean Homes' campaign"),
)
NATIONAL_CIVILISED_CITY_2020 = Target(
    id="national_civilised_city_2020",
    quote="加快创建国家级精神文明城市",
    section="wellbeing_social_programmes",
    period=YEAR,
    requirement=Text(
        zh="加快创建国家级精神文明城市",
        en="speed up the bid to become a national civilised city",
    ),
    measure=Text(zh="国家级精神文明城市创建", en="bid for the title of national civilised city"),
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
    period=YEAR,
    requirement=Text(
        zh="承办好2020大同国际马拉松等国际国内赛事",
        en="host the 2020 Datong International Marathon and other international and national events well",
    ),
    about=("datong_international_marathon",),
    measure=Text(zh="承办国际国内赛事", en="international and national sports events hosted"),
)

_PARKS_AND_SPORTS = "积极推进文瀛湖和御河、十里河园林建设和体育建设一体化工程"

LAKE_AND_RIVERS_PARKS_AND_SPORTS_PROJECT = Project(
    id="lake_and_rivers_parks_and_sports_project",
    quote=_PARKS_AND_SPORTS,
    section="wellbeing_social_programmes",
    name=Text(
        zh="文瀛湖和御河、十里河园林建设和体育建设一体化工程",
        en="integrated parks and sports project of Wenying Lake and the Yu and Shili rivers",
    ),
)
LAKE_AND_RIVERS_PARKS_AND_SPORTS_2020 = Target(
    id="lake_and_rivers_parks_and_sports_2020",
    quote=_PARKS_AND_SPORTS,
    section="wellbeing_social_programmes",
    period=YEAR,
    about=("lake_and_rivers_parks_and_sports_project",),
    requirement=Text(
        zh=_PARKS_AND_SPORTS,
        en="push ahead with the project integrating parks and sports along Wenying Lake and the Yu and "
        "Shili rivers",
    ),
    measure=Text(zh="园林建设和体育建设一体化工程", en="integrated parks and sports project"),
)

# 二是 社会保障 ------------------------------------------------------------------------------------------
SOCIAL_SECURITY_SYSTEM_2020 = Target(
    id="social_security_system_2020",
    quote="坚持应扶尽扶、应保尽保,完善社会保障体系",
    section="wellbeing_social_security",
    period=YEAR,
    requirement=Text(
        zh="坚持应扶尽扶、应保尽保,完善社会保障体系",
        en="help all who need help, insure all who should be insured, and improve the social security system",
    ),
    measure=Text(zh="社会保障体系", en="social security system"),
)
MEDICAL_INSURANCE_AND_ASSISTANCE_2020 = Target(
    id="medical_insurance_and_assistance_2020",
    quote="统筹抓好城乡基本医疗保险、大病救助、低保五保工作落实",
    section="wellbeing_social_security",
    period=YEAR,
    note=Text(
        zh="低保即最低生活保障;五保即农村五保供养(吃、穿、住、医、葬)。",
        en="低保 is the minimum living allowance; 五保 the rural 'five guarantees' (food, clothing, housing, "
        "medical care and burial).",
    ),
    requirement=Text(
        zh="统筹抓好城乡基本医疗保险、大病救助、低保五保工作落实",
        en="see through, together, basic medical insurance in town and country, help with serious illness, "
        "minimum living allowances and the 'five guarantees'",
    ),
    measure=Text(
        zh="城乡基本医疗保险、大病救助、低保五保",
        en="basic medical insurance, serious-illness aid, minimum allowances and five guarantees",
    ),
)

_ELDERLY_CARE_PILOT = "推进全国居家和社区养老服务改革试点"

HOME_AND_COMMUNITY_ELDERLY_CARE_PILOT = Project(
    id="home_and_community_elderly_care_pilot",
    quote=_ELDERLY_CARE_PILOT,
    section="wellbeing_social_security",
    name=Text(
        zh="全国居家和社区养老服务改革试点",
        en="national pilot reform of home and community elderly care services",
    ),
)
HOME_AND_COMMUNITY_ELDERLY_CARE_PILOT_2020 = Target(
    id="home_and_community_elderly_care_pilot_2020",
    quote=_ELDERLY_CARE_PILOT,
    section="wellbeing_social_security",
    period=YEAR,
    about=("home_and_community_elderly_care_pilot",),
    requirement=Text(
        zh=_ELDERLY_CARE_PILOT,
        en="push ahead with the national pilot reform of home and community elderly care",
    ),
    measure=Text(zh="居家和社区养老服务改革试点", en="home and community elderly care pilot"),
)

_CENTRAL_KITCHEN = "抓好中央厨房项目建设"

CENTRAL_KITCHEN_PROJECT = Project(
    id="central_kitchen_project",
    quote=_CENTRAL_KITCHEN,
    section="wellbeing_social_security",
    name=Text(zh="中央厨房项目", en="central kitchen project"),
    note=Text(
        zh="报告列在养老服务之后,未说明其用途。",
        en="Listed after elderly care; the report does not say what the kitchen serves.",
    ),
)
CENTRAL_KITCHEN_PROJECT_2020 = Target(
    id="central_kitchen_project_2020",
    quote=_CENTRAL_KITCHEN,
    section="wellbeing_social_security",
    period=YEAR,
    about=("central_kitchen_project",),
    requirement=Text(
        zh=_CENTRAL_KITCHEN,
        en="see the central kitchen project built",
    ),
    measure=Text(zh="中央厨房项目建设", en="building of the central kitchen"),
)

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
    period=YEAR,
    requirement=Text(zh="完成项目建设", en="complete the construction project"),
    about=("municipal_minors_protection_centre",),
    measure=Text(
        zh="市未成年人保护中心项目建设", en="construction of the municipal minors protection centre"
    ),
)
VULNERABLE_GROUPS_CARE_2020 = Target(
    id="vulnerable_groups_care_2020",
    quote="加大对孤儿、农村留守老人、残疾人等特殊群体的关爱和保护力度",
    section="wellbeing_social_security",
    period=YEAR,
    requirement=Text(
        zh="加大对孤儿、农村留守老人、残疾人等特殊群体的关爱和保护力度",
        en="give more care and protection to orphans, elderly people left behind in the countryside, people "
        "with disabilities and other vulnerable groups",
    ),
    measure=Text(zh="特殊群体的关爱和保护", en="care and protection of vulnerable groups"),
)
AFFORDABLE_HOUSING_2020 = Target(
    id="affordable_housing_2020",
    quote="持续抓好保障性安居工程建设",
    section="wellbeing_social_security",
    period=YEAR,
    requirement=Text(
        zh="持续抓好保障性安居工程建设",
        en="keep building government-subsidised housing",
    ),
    measure=Text(zh="保障性安居工程建设", en="building of subsidised housing"),
)
OLD_AREAS_AND_SHANTY_TOWNS_RENEWED_2020 = Target(
    id="old_areas_and_shanty_towns_renewed_2020",
    quote="老城区、棚户区改造建设",
    section="wellbeing_social_security",
    period=YEAR,
    requirement=Text(
        zh="老城区、棚户区改造建设",
        en="renew the old town areas and shanty towns",
    ),
    measure=Text(zh="老城区、棚户区改造", en="renewal of old areas and shanty towns"),
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

UTILITY_SUPPLY_CAPACITY_2020 = Target(
    id="utility_supply_capacity_2020",
    quote="强化水电气暖保障能力建设",
    section="wellbeing_social_security",
    period=YEAR,
    requirement=Text(
        zh="强化水电气暖保障能力建设",
        en="strengthen the capacity to supply water, power, gas and heating",
    ),
    measure=Text(zh="水电气暖保障能力", en="supply capacity of water, power, gas and heating"),
)
RURAL_DILAPIDATED_HOUSING_2020 = Target(
    id="rural_dilapidated_housing_2020",
    quote="做好农村危房改造动态保障工作",
    section="wellbeing_social_security",
    period=YEAR,
    requirement=Text(
        zh="做好农村危房改造动态保障工作",
        en="keep renovating dilapidated rural houses as needs arise",
    ),
    measure=Text(zh="农村危房改造", en="renovation of dilapidated rural houses"),
)

# 三是 社会治理 ------------------------------------------------------------------------------------------
ONLINE_GOVERNANCE_2020 = Target(
    id="online_governance_2020",
    quote="全面提高网络治理能力,营造清朗的网络空间",
    section="wellbeing_social_governance",
    period=YEAR,
    requirement=Text(
        zh="全面提高网络治理能力,营造清朗的网络空间",
        en="govern the internet better in every respect and keep cyberspace clean",
    ),
    measure=Text(zh="网络治理能力", en="capacity to govern the internet"),
)
WORK_SAFETY_RESPONSIBILITY_2020 = Target(
    id="work_safety_responsibility_2020",
    quote="强化安全生产责任制",
    section="wellbeing_social_governance",
    period=YEAR,
    requirement=Text(
        zh="强化安全生产责任制",
        en="tighten the responsibility system for work safety",
    ),
    measure=Text(zh="安全生产责任制", en="work safety responsibility system"),
)
PUBLIC_SAFETY_HAZARD_SYSTEM_2020 = Target(
    id="public_safety_hazard_system_2020",
    quote="建立公共安全隐患排查和安全预防控制体系",
    section="wellbeing_social_governance",
    period=YEAR,
    requirement=Text(
        zh="建立公共安全隐患排查和安全预防控制体系",
        en="set up a system for finding public safety hazards and for preventing and controlling accidents",
    ),
    measure=Text(zh="公共安全隐患排查和安全预防控制体系", en="public safety hazard and prevention system"),
)
WORK_SAFETY_STABLE_2020 = Target(
    id="work_safety_stable_2020",
    quote="确保安全生产形势持续稳定",
    section="wellbeing_social_governance",
    period=YEAR,
    commitment=Commitment.ENSURE,
    requirement=Text(
        zh="安全生产形势持续稳定",
        en="keep work safety stable",
    ),
    measure=Text(zh="安全生产形势", en="work safety situation"),
)
PUBLIC_SECURITY_SYSTEM_2020 = Target(
    id="public_security_system_2020",
    quote="完善立体化、信息化社会治安防控体系",
    section="wellbeing_social_governance",
    period=YEAR,
    requirement=Text(
        zh="完善立体化、信息化社会治安防控体系",
        en="improve the multi-layered, information-based system of public security",
    ),
    measure=Text(zh="社会治安防控体系", en="public security prevention and control system"),
)

_ANTI_GANG = "持续深化扫黑除恶专项斗争"

ANTI_GANG_CRIME_CAMPAIGN = Project(
    id="anti_gang_crime_campaign",
    quote=_ANTI_GANG,
    section="wellbeing_social_governance",
    name=Text(zh="扫黑除恶专项斗争", en="special campaign against organised crime and local mafias"),
)
ANTI_GANG_CRIME_CAMPAIGN_2020 = Target(
    id="anti_gang_crime_campaign_2020",
    quote=_ANTI_GANG,
    section="wellbeing_social_governance",
    period=YEAR,
    about=("anti_gang_crime_campaign",),
    requirement=Text(
        zh=_ANTI_GANG,
        en="keep deepening the special campaign against organised crime",
    ),
    measure=Text(zh="扫黑除恶专项斗争", en="campaign against organised crime"),
)

_SAFE_DATONG = "建设平安大同"

SAFE_DATONG = Project(
    id="safe_datong_in_plan",
    quote=_SAFE_DATONG,
    section="wellbeing_social_governance",
    name=Text(zh="平安大同", en="Safe Datong"),
    same_as="safe_datong",
)
SAFE_DATONG_2020 = Target(
    id="safe_datong_2020",
    quote=_SAFE_DATONG,
    section="wellbeing_social_governance",
    period=YEAR,
    about=("safe_datong_in_plan",),
    requirement=Text(
        zh=_SAFE_DATONG,
        en="build a Safe Datong",
    ),
    measure=Text(zh="平安大同建设", en="building of a Safe Datong"),
)
PETITIONS_AND_STABILITY_2020 = Target(
    id="petitions_and_stability_2020",
    quote="扎实推进信访维稳工作",
    section="wellbeing_social_governance",
    period=YEAR,
    requirement=Text(
        zh="扎实推进信访维稳工作",
        en="handle petitions and keep stability in earnest",
    ),
    measure=Text(zh="信访维稳工作", en="petitions and stability work"),
)
DISPUTE_RESOLUTION_MECHANISM_2020 = Target(
    id="dispute_resolution_mechanism_2020",
    quote="健全社会矛盾纠纷多元预防调处化解综合机制",
    section="wellbeing_social_governance",
    period=YEAR,
    requirement=Text(
        zh="健全社会矛盾纠纷多元预防调处化解综合机制",
        en="improve the comprehensive mechanism for preventing, mediating and resolving social disputes in "
        "many ways",
    ),
    measure=Text(
        zh="社会矛盾纠纷多元预防调处化解综合机制", en="mechanism for preventing and resolving social disputes"
    ),
)
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

DISASTER_CAPACITY_2020 = Target(
    id="disaster_capacity_2020",
    quote="提升防灾减灾救灾能力",
    section="wellbeing_social_governance",
    period=YEAR,
    requirement=Text(
        zh="提升防灾减灾救灾能力",
        en="raise the capacity to prevent, reduce and respond to disasters",
    ),
    measure=Text(zh="防灾减灾救灾能力", en="disaster prevention, reduction and relief capacity"),
)
GRASSROOTS_GOVERNANCE_SYSTEM_2020 = Target(
    id="grassroots_governance_system_2020",
    quote="健全自治、法治、德治相结合的城乡基层治理体系",
    section="wellbeing_social_governance",
    period=YEAR,
    requirement=Text(
        zh="健全自治、法治、德治相结合的城乡基层治理体系",
        en="improve a system of grassroots governance in town and country that combines self-government, "
        "the rule of law and the rule of virtue",
    ),
    measure=Text(zh="城乡基层治理体系", en="grassroots governance system"),
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

NATIONAL_DEFENCE_MOBILISATION_2020 = Target(
    id="national_defence_mobilisation_2020",
    quote="强化国防动员、“双拥”创建、人民防空等工作",
    section="wellbeing_social_governance",
    period=YEAR,
    requirement=Text(
        zh="强化国防动员、“双拥”创建、人民防空等工作",
        en="strengthen national defence mobilisation, the 'double support' campaign between army and "
        "civilians, civil air defence and similar work",
    ),
    measure=Text(
        zh="国防动员、“双拥”创建、人民防空", en="defence mobilisation, double support and civil air defence"
    ),
)
VETERANS_SERVICES_2020 = Target(
    id="veterans_services_2020",
    quote="加强退役军人服务保障体系规范化建设",
    section="wellbeing_social_governance",
    period=YEAR,
    requirement=Text(
        zh="加强退役军人服务保障体系规范化建设",
        en="put the system of services and support for veterans on a more regular footing",
    ),
    measure=Text(zh="退役军人服务保障体系", en="services and support for veterans"),
)
RELIGIOUS_AFFAIRS_2020 = Target(
    id="religious_affairs_2020",
    quote="规范宗教事务管理",
    section="wellbeing_social_governance",
    period=YEAR,
    requirement=Text(
        zh="规范宗教事务管理",
        en="regulate the management of religious affairs",
    ),
    measure=Text(zh="宗教事务管理", en="management of religious affairs"),
)
MASS_ORGANISATIONS_SUPPORTED_2020 = Target(
    id="mass_organisations_supported_2020",
    quote="支持群团组织更好发挥作用",
    section="wellbeing_social_governance",
    period=YEAR,
    requirement=Text(
        zh="支持群团组织更好发挥作用",
        en="support the people's organisations in playing a bigger part",
    ),
    measure=Text(zh="群团组织的作用", en="role of people's organisations"),
)

NOT_SENTENCES = (
    NotASentence(
        quote="人民群众对美好生活的向往就是我们的奋斗目标",
        reason=SentenceReason.PRINCIPLE,
        note=Text(
            zh="本工程的宗旨与原则(以人民为中心),不含可检验的承诺;承诺见其后三大重点工作。",
            en="The programme's purpose and principle (putting the people first), with nothing that can be "
            "checked; its commitments follow in the three priority tasks.",
        ),
    ),
)

_OTHER_SCHOOLS_IN_PINGCHENG = Text(
    zh="引文所列的另两所学校在平城区;报告未写本校区所在的区。",
    en="The quote names two other schools, which are in Pingcheng; the report does not say in which district "
    "this campus lies.",
)

PASSING_MENTIONS = (
    PassingMention(
        record="datong_no6_middle_school_wuzhou_dijing_campus",
        place="pingcheng",
        reason=_OTHER_SCHOOLS_IN_PINGCHENG,
    ),
    PassingMention(
        record="datong_experimental_primary_school_yonghe_branch",
        place="pingcheng",
        reason=_OTHER_SCHOOLS_IN_PINGCHENG,
    ),
)
