"""Part 一, work area 七是: social programmes ("七是始终坚持人民至上,各项社会事业全面进步。").

Jobs, schools, sport, health care, housing, public safety and the Hengan New District's public works.
Quotes are verbatim; figures are as written. English is ours unless ``en_source`` says otherwise.
"""

from datong2020.model import Fact, FigureKind, Period, Project, Qualifier
from datong2020.text import STATE_COUNCIL, Text
from datong2020.units import ureg

YEAR = Period.year(2019)
SECTION = "review_social"

# 就业 -------------------------------------------------------------------------------------------------
VOCATIONAL_SKILLS_TRAINEES_2019 = Fact(
    id="vocational_skills_trainees_2019",
    quote="全民技能培训覆盖5.6万人",
    section=SECTION,
    figure="5.6万人",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="全民技能培训覆盖人数", en="people reached by vocational skills training for all"),
)
NEW_URBAN_JOBS_2019 = Fact(
    id="new_urban_jobs_2019",
    quote="城镇新增就业5.08万人",
    section=SECTION,
    figure="5.08万人",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="城镇新增就业", en="new urban jobs", en_source=STATE_COUNCIL),
)

# 教育 -------------------------------------------------------------------------------------------------
PUBLIC_BENEFIT_KINDERGARTENS_BUILT_2019 = Fact(
    id="public_benefit_kindergartens_built_2019",
    quote="建设普惠性幼儿园31所",
    section=SECTION,
    figure="31所",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="建设普惠性幼儿园", en="public-benefit kindergartens built"),
)
PRESCHOOL_PUBLIC_BENEFIT_RATE_2019 = Fact(
    id="preschool_public_benefit_rate_2019",
    quote="学前教育普惠率达到88%",
    section=SECTION,
    figure="88%",
    figure_kind=FigureKind.RATE,
    period=YEAR,
    measure=Text(zh="学前教育普惠率", en="public-benefit rate of preschool education"),
)
PRESCHOOL_PUBLIC_BENEFIT_RATE_RANK_2019 = Fact(
    id="preschool_public_benefit_rate_rank_2019",
    quote="学前教育普惠率达到88%,居全省首位",
    section=SECTION,
    figure="首位",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    of="preschool_public_benefit_rate_2019",
    measure=Text(
        zh="学前教育普惠率全省位次", en="rank of the public-benefit rate of preschool education in Shanxi"
    ),
)
# Named before the count, split at 、: the three services brought to full coverage.
SCHOOL_SERVICES_AT_FULL_COVERAGE_2019 = Fact(
    id="school_services_at_full_coverage_2019",
    quote="全市公办非寄宿制小学课后托管服务、农村寄宿制学校“留守儿童之家”、义务教育阶段学生营养改善计划实现“三个全覆盖”",
    section=SECTION,
    figure="三个",
    value=ureg.Quantity(3, "个"),
    figure_kind=FigureKind.COUNT,
    period=YEAR,
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
            en="nutrition improvement programme for pupils in compulsory education",
        ),
    ),
    measure=Text(zh="实现全覆盖的教育服务(“三个全覆盖”)", en="school services brought to full coverage"),
)
RURAL_JUNIOR_MIDDLE_SCHOOLS_MERGED_2019 = Fact(
    id="rural_junior_middle_schools_merged_2019",
    quote="成功撤并农村初中学校6所",
    section=SECTION,
    figure="6所",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    places=("hunyuan",),
    measure=Text(
        zh="撤并农村初中学校(浑源县试点)",
        en="rural junior middle schools closed and merged (Hunyuan county pilot)",
    ),
)

# 体育 -------------------------------------------------------------------------------------------------
_YOUTH_GAMES = "喜获金牌37枚,全国同类城市排名第二"

SECOND_NATIONAL_YOUTH_GAMES = Project(
    id="second_national_youth_games",
    quote="圆满完成“二青会”承办任务",
    section=SECTION,
    name=Text(zh="二青会", en="2nd National Youth Games"),
)

NATIONAL_YOUTH_GAMES_GOLD_MEDALS_2019 = Fact(
    id="national_youth_games_gold_medals_2019",
    quote=_YOUTH_GAMES,
    section=SECTION,
    figure="37枚",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("second_national_youth_games",),
    measure=Text(zh="“二青会”金牌", en="gold medals won at the 2nd National Youth Games"),
)
NATIONAL_YOUTH_GAMES_GOLD_MEDALS_RANK_2019 = Fact(
    id="national_youth_games_gold_medals_rank_2019",
    quote=_YOUTH_GAMES,
    section=SECTION,
    figure="第二",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    of="national_youth_games_gold_medals_2019",
    about=("second_national_youth_games",),
    measure=Text(
        zh="“二青会”金牌全国同类城市排名",
        en="rank of the gold-medal tally among comparable cities nationwide",
    ),
)

# 医疗卫生 ---------------------------------------------------------------------------------------------
URBAN_MEDICAL_ALLIANCE_REFORM = Project(
    id="urban_medical_alliance_reform",
    quote="城市医联体改革走在全省前列",
    section=SECTION,
    name=Text(zh="城市医联体改革", en="urban medical alliance reform"),
)
URBAN_MEDICAL_ALLIANCE_PILOT_CITIES_2019 = Fact(
    id="urban_medical_alliance_pilot_cities_2019",
    quote="成为全国118个试点城市之一",
    section=SECTION,
    figure="118个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("urban_medical_alliance_reform",),
    measure=Text(
        zh="全国城市医联体试点城市数(大同为其一)",
        en="pilot cities for urban medical alliances nationwide (Datong is one of them)",
    ),
)
VILLAGE_CLINICS_BUILT_IN_POOR_VILLAGES_2019 = Fact(
    id="village_clinics_built_in_poor_villages_2019",
    quote="新改建完成88个贫困村卫生室",
    section=SECTION,
    figure="88个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="新改建贫困村卫生室", en="clinics in poor villages newly built or rebuilt"),
)

# 安居 -------------------------------------------------------------------------------------------------
URBAN_RURAL_HOUSING_PROGRAMME = Project(
    id="urban_rural_housing_programme",
    quote="城乡安居工程成效突出",
    section=SECTION,
    name=Text(zh="城乡安居工程", en="urban and rural housing programme"),
)
SHANTY_TOWN_HOMES_RENOVATED_2019 = Fact(
    id="shanty_town_homes_renovated_2019",
    quote="城镇棚户区改造4207套",
    section=SECTION,
    figure="4207套",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("urban_rural_housing_programme",),
    measure=Text(zh="城镇棚户区改造", en="homes in urban shanty towns rebuilt"),
)
RURAL_HOUSEHOLDS_MOVED_TO_NEW_HOMES_2019 = Fact(
    id="rural_households_moved_to_new_homes_2019",
    quote="农村又有2.8万户喜迁新居",
    section=SECTION,
    figure="2.8万户",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("urban_rural_housing_programme",),
    measure=Text(zh="农村喜迁新居户数", en="rural households moved into new homes"),
)

# 安全生产、公安 ---------------------------------------------------------------------------------------
WORK_SAFETY_ASSESSMENT_RANK_2019 = Fact(
    id="work_safety_assessment_rank_2019",
    quote="考核成绩全省第一",
    section=SECTION,
    figure="第一",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    measure=Text(zh="安全生产考核成绩全省位次", en="rank of the work-safety assessment score in Shanxi"),
)

_POLICE = "全省公安工作大考核50项重点工作中,我市有12项排名第一、23项全省前三"

POLICE_ASSESSMENT_KEY_TASKS_2019 = Fact(
    id="police_assessment_key_tasks_2019",
    quote=_POLICE,
    section=SECTION,
    figure="50项",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="全省公安工作大考核重点工作", en="key tasks in the provincial assessment of police work"),
)
POLICE_ASSESSMENT_TASKS_RANKED_FIRST_2019 = Fact(
    id="police_assessment_tasks_ranked_first_2019",
    quote=_POLICE,
    section=SECTION,
    figure="12项",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="police_assessment_key_tasks_2019",
    measure=Text(
        zh="公安工作大考核重点工作中排名第一的项数",
        en="key tasks of the police assessment in which Datong ranked first",
    ),
)
POLICE_ASSESSMENT_FIRST_PLACE_2019 = Fact(
    id="police_assessment_first_place_2019",
    quote=_POLICE,
    section=SECTION,
    figure="第一",
    figure_kind=FigureKind.RANK,
    period=YEAR,
    of="police_assessment_tasks_ranked_first_2019",
    measure=Text(zh="上述12项的全省排名", en="Datong's rank in Shanxi in those 12 key tasks"),
)
POLICE_ASSESSMENT_TASKS_IN_TOP_THREE_2019 = Fact(
    id="police_assessment_tasks_in_top_three_2019",
    quote=_POLICE,
    section=SECTION,
    figure="23项",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="police_assessment_key_tasks_2019",
    measure=Text(
        zh="公安工作大考核重点工作中全省前三的项数",
        en="key tasks of the police assessment in which Datong ranked in Shanxi's top three",
    ),
    note=Text(
        zh="原文未说明这23项是否包含排名第一的12项。",
        en="The report does not say whether these 23 include the 12 ranked first.",
    ),
)
POLICE_ASSESSMENT_TOP_PLACES_2019 = Fact(
    id="police_assessment_top_places_2019",
    quote=_POLICE,
    section=SECTION,
    figure="前三",
    figure_kind=FigureKind.RANK,
    qualifier=Qualifier.WITHIN,
    period=YEAR,
    of="police_assessment_tasks_in_top_three_2019",
    measure=Text(zh="全省前三的位次界限", en="the lowest place counted as Shanxi's top three (3rd)"),
    note=Text(
        zh="“前三”即第1至第3位;数值取其界限3。",
        en="前三 means places 1 to 3; the value is the bound, 3.",
    ),
)

# 房屋权属登记 -----------------------------------------------------------------------------------------
_TITLE_REGISTRATION = "116个小区、4.5万套房屋办理权属登记"

HOUSING_ESTATES_TITLE_REGISTERED_2019 = Fact(
    id="housing_estates_title_registered_2019",
    quote=_TITLE_REGISTRATION,
    section=SECTION,
    figure="116个",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    measure=Text(zh="办理权属登记的小区", en="housing estates whose homes were given title registration"),
)
HOMES_TITLE_REGISTERED_2019 = Fact(
    id="homes_title_registered_2019",
    quote=_TITLE_REGISTRATION,
    section=SECTION,
    figure="4.5万套",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="housing_estates_title_registered_2019",
    measure=Text(zh="办理权属登记的房屋", en="homes given title registration"),
)

# 恒安新区专项治理 -------------------------------------------------------------------------------------
_HENGAN = "新建10公里智能健身步道、整治改造30条街巷等10件民生实事全部兑现"

HENGAN_NEW_DISTRICT = Project(
    id="hengan_new_district",
    quote="恒安新区专项治理取得重大成效",
    section=SECTION,
    name=Text(zh="恒安新区", en="Hengan New District"),
)

HENGAN_PUBLIC_WELLBEING_PROJECTS_2019 = Fact(
    id="hengan_public_wellbeing_projects_2019",
    quote=_HENGAN,
    section=SECTION,
    figure="10件",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    about=("hengan_new_district",),
    measure=Text(
        zh="恒安新区兑现的民生实事", en="projects for public wellbeing delivered in the Hengan New District"
    ),
    note=Text(
        zh="原文只列出10件中的2件(新建智能健身步道、整治改造街巷)后接“等”,故不列成员。",
        en="The report names only 2 of the 10 (the smart fitness trail, the street renovation) before 等, "
        "so no members are listed.",
    ),
)
HENGAN_SMART_FITNESS_TRAIL_BUILT_2019 = Fact(
    id="hengan_smart_fitness_trail_built_2019",
    quote=_HENGAN,
    section=SECTION,
    figure="10公里",
    figure_kind=FigureKind.LEVEL,
    period=YEAR,
    of="hengan_public_wellbeing_projects_2019",
    about=("hengan_new_district",),
    measure=Text(zh="新建智能健身步道", en="length of smart fitness trail built"),
)
HENGAN_STREETS_RENOVATED_2019 = Fact(
    id="hengan_streets_renovated_2019",
    quote=_HENGAN,
    section=SECTION,
    figure="30条",
    figure_kind=FigureKind.COUNT,
    period=YEAR,
    of="hengan_public_wellbeing_projects_2019",
    about=("hengan_new_district",),
    measure=Text(zh="整治改造街巷", en="streets and lanes renovated"),
)
