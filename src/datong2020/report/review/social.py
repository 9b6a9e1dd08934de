"""Part 一, work area 七是: social programmes ("七是始终坚持人民至上,各项社会事业全面进步。").

Jobs, schools, sport, health care, housing, public safety and the Hengan New District's public works.
Quotes are verbatim; figures are as written. English is ours unless ``en_source`` says otherwise.
What the text reports without a figure (a project completed, a title won, a reform, an event) is an
:class:`Achievement` beside the facts of its passage.
"""

from datong2020.model import Achievement, AchievementKind, Fact, FigureKind, Period, Project, Qualifier
from datong2020.text import STATE_COUNCIL, Text
from datong2020.units import ureg

YEAR = Period.year(2019)
SECTION = "review_social"

# 就业 -------------------------------------------------------------------------------------------------
# The measures are the term eight_measures; the report does not list them.
GRADUATE_RETURN_MEASURES_ISSUED_2019 = Achievement(
    id="graduate_return_measures_issued_2019",
    quote="出台引导和鼓励高校毕业生回乡就业“八项措施”",
    section=SECTION,
    what=Text(
        zh="出台引导和鼓励高校毕业生回乡就业“八项措施”",
        en="issued 'eight measures' to guide and encourage college graduates to come home to work",
    ),
    category=AchievementKind.REFORMED,
    period=YEAR,
)
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

HIGH_SCHOOL_RESULTS_RECORD_2019 = Achievement(
    id="high_school_results_record_2019",
    quote="高中育人质量再创历史新高。",
    section=SECTION,
    what=Text(
        zh="高中育人质量再创历史新高", en="the quality of senior high school education reached a new record"
    ),
    category=AchievementKind.ADVANCED,
    period=YEAR,
    note=Text(
        zh="报告未说明以何衡量(如高考成绩)。",
        en="The report does not say what it is measured by (such as college entrance examination results).",
    ),
)
# The college is a project of part 二 (shanxi_general_aviation_vocational_college), which plans its opening.
GENERAL_AVIATION_COLLEGE_BUILT_2019 = Achievement(
    id="general_aviation_college_built_2019",
    quote="全省首家航空类专业高职院校——山西通用航空职业技术学院建成",
    section=SECTION,
    what=Text(
        zh="山西通用航空职业技术学院建成",
        en="the Shanxi General Aviation Vocational and Technical College, the province's first higher "
        "vocational college for aviation, was built",
    ),
    category=AchievementKind.COMPLETED,
    period=YEAR,
    about=("shanxi_general_aviation_vocational_college",),
)

# 体育 -------------------------------------------------------------------------------------------------
_YOUTH_GAMES = "喜获金牌37枚,全国同类城市排名第二"

SECOND_NATIONAL_YOUTH_GAMES = Project(
    id="second_national_youth_games",
    quote="圆满完成“二青会”承办任务",
    section=SECTION,
    name=Text(zh="二青会", en="2nd National Youth Games"),
)

SECOND_NATIONAL_YOUTH_GAMES_HOSTED_2019 = Achievement(
    id="second_national_youth_games_hosted_2019",
    quote="圆满完成“二青会”承办任务",
    section=SECTION,
    what=Text(
        zh="圆满完成“二青会”承办任务",
        en="hosted its part of the 2nd National Youth Games successfully",
    ),
    category=AchievementKind.HELD,
    period=YEAR,
    about=("second_national_youth_games",),
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

_MARATHON_2019 = "成功举办大同国际马拉松等一系列国际国内赛事"

# Part 二's datong_international_marathon is the 2020 race ("2020大同国际马拉松"); this is the 2019 one.
DATONG_INTERNATIONAL_MARATHON_2019 = Project(
    id="datong_international_marathon_2019",
    quote=_MARATHON_2019,
    section=SECTION,
    name=Text(zh="大同国际马拉松", en="Datong International Marathon (the 2019 race)"),
)
DATONG_INTERNATIONAL_MARATHON_HELD_2019 = Achievement(
    id="datong_international_marathon_held_2019",
    quote=_MARATHON_2019,
    section=SECTION,
    what=Text(
        zh="成功举办大同国际马拉松等一系列国际国内赛事",
        en="held the Datong International Marathon and a series of other international and national events",
    ),
    category=AchievementKind.HELD,
    period=YEAR,
    about=("datong_international_marathon_2019",),
)

# 医疗卫生 ---------------------------------------------------------------------------------------------
URBAN_MEDICAL_ALLIANCE_REFORM = Project(
    id="urban_medical_alliance_reform",
    quote="城市医联体改革走在全省前列",
    section=SECTION,
    name=Text(zh="城市医联体改革", en="urban medical alliance reform"),
)
URBAN_MEDICAL_ALLIANCE_REFORM_AHEAD_IN_SHANXI_2019 = Achievement(
    id="urban_medical_alliance_reform_ahead_in_shanxi_2019",
    quote="城市医联体改革走在全省前列",
    section=SECTION,
    what=Text(
        zh="城市医联体改革走在全省前列",
        en="the urban medical alliance reform is among the most advanced in Shanxi",
    ),
    category=AchievementKind.ADVANCED,
    period=YEAR,
    about=("urban_medical_alliance_reform",),
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
_MEDICAL_1310 = "“1310”兴医工程高水平推进,成功引进宁光、邱贵兴等院博士团队,形成一批具有地区影响力的专科集群"

# The glossary explains the programme (the term medical_revitalisation_1310); the project is what the
# review reports progress on.
MEDICAL_REVITALISATION_PROGRAMME_1310 = Project(
    id="medical_revitalisation_programme_1310",
    quote=_MEDICAL_1310,
    section=SECTION,
    name=Text(zh="“1310”兴医工程", en="the '1310' medical revitalisation programme"),
)
MEDICAL_REVITALISATION_PROGRAMME_ADVANCED_2019 = Achievement(
    id="medical_revitalisation_programme_advanced_2019",
    quote=_MEDICAL_1310,
    section=SECTION,
    what=Text(zh="“1310”兴医工程高水平推进", en="the '1310' programme advanced to a high standard"),
    category=AchievementKind.ADVANCED,
    period=YEAR,
    about=("medical_revitalisation_programme_1310",),
)
ACADEMICIAN_TEAMS_BROUGHT_IN_2019 = Achievement(
    id="academician_teams_brought_in_2019",
    quote=_MEDICAL_1310,
    section=SECTION,
    what=Text(
        zh="成功引进宁光、邱贵兴等院博士团队",
        en="brought in the teams of academicians and doctors such as Ning Guang and Qiu Guixing",
    ),
    category=AchievementKind.LAUNCHED,
    period=YEAR,
    about=("medical_revitalisation_programme_1310",),
)
SPECIALIST_CLUSTERS_FORMED_2019 = Achievement(
    id="specialist_clusters_formed_2019",
    quote=_MEDICAL_1310,
    section=SECTION,
    what=Text(
        zh="形成一批具有地区影响力的专科集群",
        en="formed a number of clusters of medical specialties with regional standing",
    ),
    category=AchievementKind.ADVANCED,
    period=YEAR,
    about=("medical_revitalisation_programme_1310",),
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

INTERNET_PLUS_HEALTH_PLATFORMS_AHEAD_IN_SHANXI_2019 = Achievement(
    id="internet_plus_health_platforms_ahead_in_shanxi_2019",
    quote="全民健康信息、分级诊疗和医药改革综合监管平台建设走在全省前列",
    section=SECTION,
    what=Text(
        zh="全民健康信息、分级诊疗和医药改革综合监管平台建设走在全省前列",
        en="the building of platforms for population health information, tiered diagnosis and treatment, "
        "and comprehensive supervision of the medical reform is among the best in Shanxi",
    ),
    category=AchievementKind.ADVANCED,
    period=YEAR,
    note=Text(
        zh="句首“高起点构筑‘互联网+’医疗管理‘阵地’”总括这三个平台。",
        en="The sentence opens with 'building a high-level Internet Plus base for medical management', "
        "which these three platforms make up.",
    ),
)
_INSURANCE = "城乡居民实现参保全覆盖,异地就医结算实现“一卡通”,进入全省第一方阵"

HEALTH_INSURANCE_FOR_ALL_RESIDENTS_2019 = Achievement(
    id="health_insurance_for_all_residents_2019",
    quote=_INSURANCE,
    section=SECTION,
    what=Text(
        zh="城乡居民实现参保全覆盖",
        en="every urban and rural resident is insured",
    ),
    category=AchievementKind.COMPLETED,
    period=YEAR,
)
# 一卡通 is the term one_card.
ONE_CARD_SETTLEMENT_AWAY_FROM_HOME_2019 = Achievement(
    id="one_card_settlement_away_from_home_2019",
    quote=_INSURANCE,
    section=SECTION,
    what=Text(
        zh="异地就医结算实现“一卡通”",
        en="medical bills incurred away from home are settled with one card",
    ),
    category=AchievementKind.COMPLETED,
    period=YEAR,
    note=Text(
        zh="报告称“进入全省第一方阵”。", en="The report says this puts Datong in Shanxi's leading group."
    ),
)
MINIMUM_LIVING_ALLOWANCE_FOR_ALL_ELIGIBLE_2019 = Achievement(
    id="minimum_living_allowance_for_all_eligible_2019",
    quote="城乡低保实现应保尽保",
    section=SECTION,
    what=Text(
        zh="城乡低保实现应保尽保",
        en="every eligible urban and rural resident received the minimum living allowance",
    ),
    category=AchievementKind.COMPLETED,
    period=YEAR,
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

_LANDMARKS = "永泰门广场、体育中心、大剧院等重大工程全面完工并投入使用"

YONGTAIMEN_SQUARE = Project(
    id="yongtaimen_square",
    quote=_LANDMARKS,
    section=SECTION,
    name=Text(zh="永泰门广场", en="Yongtaimen Square"),
)
DATONG_SPORTS_CENTRE = Project(
    id="datong_sports_centre",
    quote=_LANDMARKS,
    section=SECTION,
    name=Text(zh="体育中心", en="Sports Centre"),
)
DATONG_GRAND_THEATRE = Project(
    id="datong_grand_theatre",
    quote=_LANDMARKS,
    section=SECTION,
    name=Text(zh="大剧院", en="Grand Theatre"),
)
LANDMARK_PROJECTS_IN_USE_2019 = Achievement(
    id="landmark_projects_in_use_2019",
    quote=_LANDMARKS,
    section=SECTION,
    what=Text(
        zh="等重大工程全面完工并投入使用",
        en="these and other major works were completed and put into use",
    ),
    category=AchievementKind.COMPLETED,
    period=YEAR,
    about=("yongtaimen_square", "datong_sports_centre", "datong_grand_theatre"),
)
_CIVILISED_CITY = "省级文明城市创建工程扎实推进"

PROVINCIAL_CIVILISED_CITY_CAMPAIGN = Project(
    id="provincial_civilised_city_campaign",
    quote=_CIVILISED_CITY,
    section=SECTION,
    name=Text(zh="省级文明城市创建工程", en="campaign to become a provincial civilised city"),
)
PROVINCIAL_CIVILISED_CITY_CAMPAIGN_ADVANCED_2019 = Achievement(
    id="provincial_civilised_city_campaign_advanced_2019",
    quote=_CIVILISED_CITY,
    section=SECTION,
    what=Text(zh="扎实推进", en="the campaign to become a provincial civilised city made solid progress"),
    category=AchievementKind.ADVANCED,
    period=YEAR,
    about=("provincial_civilised_city_campaign",),
)
VETERANS_SERVICE_SYSTEM_IMPROVED_2019 = Achievement(
    id="veterans_service_system_improved_2019",
    quote="退役军人组织管理和服务保障体系持续健全",
    section=SECTION,
    what=Text(
        zh="退役军人组织管理和服务保障体系持续健全",
        en="the system for organising, serving and supporting veterans kept improving",
    ),
    category=AchievementKind.ADVANCED,
    period=YEAR,
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

_SAFE_DATONG = "扫黑除恶专项斗争强力推进,信访维稳工作成效显著,平安大同建设不断深化"

ANTI_ORGANISED_CRIME_CAMPAIGN = Project(
    id="anti_organised_crime_campaign",
    quote=_SAFE_DATONG,
    section=SECTION,
    name=Text(
        zh="扫黑除恶专项斗争",
        en="special campaign against organised crime and local mafias",
    ),
)
SAFE_DATONG = Project(
    id="safe_datong",
    quote=_SAFE_DATONG,
    section=SECTION,
    name=Text(zh="平安大同建设", en="Safe Datong initiative"),
)
ANTI_ORGANISED_CRIME_CAMPAIGN_ADVANCED_2019 = Achievement(
    id="anti_organised_crime_campaign_advanced_2019",
    quote=_SAFE_DATONG,
    section=SECTION,
    what=Text(
        zh="扫黑除恶专项斗争强力推进",
        en="the special campaign against organised crime was pressed forward forcefully",
    ),
    category=AchievementKind.ADVANCED,
    period=YEAR,
    about=("anti_organised_crime_campaign",),
)
PETITIONS_AND_STABILITY_WORK_2019 = Achievement(
    id="petitions_and_stability_work_2019",
    quote=_SAFE_DATONG,
    section=SECTION,
    what=Text(
        zh="信访维稳工作成效显著",
        en="handling of public petitions and keeping stability showed marked results",
    ),
    category=AchievementKind.ADVANCED,
    period=YEAR,
)
SAFE_DATONG_DEEPENED_2019 = Achievement(
    id="safe_datong_deepened_2019",
    quote=_SAFE_DATONG,
    section=SECTION,
    what=Text(zh="平安大同建设不断深化", en="the Safe Datong initiative kept deepening"),
    category=AchievementKind.ADVANCED,
    period=YEAR,
    about=("safe_datong",),
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

MAJOR_RISKS_UNDER_CONTROL_2019 = Achievement(
    id="major_risks_under_control_2019",
    quote="全力防范化解重大风险,各类风险总体稳定可控",
    section=SECTION,
    what=Text(
        zh="各类风险总体稳定可控",
        en="risks of every kind were, on the whole, stable and under control",
    ),
    category=AchievementKind.ADVANCED,
    period=YEAR,
    note=Text(
        zh="“全力防范化解重大风险”是三大攻坚战之一。",
        en="Preventing and defusing major risks is one of the three critical battles.",
    ),
)

# 恒安新区专项治理 -------------------------------------------------------------------------------------
_HENGAN = "新建10公里智能健身步道、整治改造30条街巷等10件民生实事全部兑现"

HENGAN_NEW_DISTRICT = Project(
    id="hengan_new_district",
    quote="恒安新区专项治理取得重大成效",
    section=SECTION,
    name=Text(zh="恒安新区", en="Hengan New District"),
)
HENGAN_SPECIAL_CAMPAIGN_RESULTS_2019 = Achievement(
    id="hengan_special_campaign_results_2019",
    quote="恒安新区专项治理取得重大成效",
    section=SECTION,
    what=Text(
        zh="恒安新区专项治理取得重大成效",
        en="the special campaign to put the Hengan New District in order achieved major results",
    ),
    category=AchievementKind.ADVANCED,
    period=YEAR,
    about=("hengan_new_district",),
)
HENGAN_RESIDENTIAL_FACILITIES_FIXED_2019 = Achievement(
    id="hengan_residential_facilities_fixed_2019",
    quote="尽心尽力解决了泰昌园、振华街、物资园等一大批小区的公共设施问题",
    section=SECTION,
    what=Text(
        zh="解决了泰昌园、振华街、物资园等一大批小区的公共设施问题",
        en="solved the problems with the public facilities of Taichangyuan, Zhenhuajie, Wuziyuan and a large "
        "number of other residential compounds",
    ),
    category=AchievementKind.COMPLETED,
    period=YEAR,
    about=("hengan_new_district",),
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

# 新中国成立70周年 -------------------------------------------------------------------------------------
_ANNIVERSARY = "庆祝新中国成立70周年系列活动隆重举行"

PRC_70TH_ANNIVERSARY_CELEBRATIONS = Project(
    id="prc_70th_anniversary_celebrations",
    quote=_ANNIVERSARY,
    section=SECTION,
    name=Text(
        zh="庆祝新中国成立70周年系列活动",
        en="events celebrating the 70th anniversary of the founding of the People's Republic of China",
    ),
)
PRC_70TH_ANNIVERSARY_CELEBRATIONS_HELD_2019 = Achievement(
    id="prc_70th_anniversary_celebrations_held_2019",
    quote=_ANNIVERSARY,
    section=SECTION,
    what=Text(
        zh="庆祝新中国成立70周年系列活动隆重举行",
        en="a series of events celebrating the 70th anniversary of the People's Republic was held",
    ),
    category=AchievementKind.HELD,
    period=YEAR,
    about=("prc_70th_anniversary_celebrations",),
)
