"""Part 一, work area 七是: social programmes ("七是始终坚持人民至上,各项社会事业全面进步")."""

from datong2020.model import Fact, FigureKind, Period
from datong2020.text import STATE_COUNCIL, Text

YEAR = Period.year(2019)
SECTION = "review_social"

NEW_URBAN_JOBS_2019 = Fact(
    id="new_urban_jobs_2019", quote="城镇新增就业5.08万人", section=SECTION, figure="5.08万人",
    figure_kind=FigureKind.COUNT, period=YEAR,
    measure=Text(zh="城镇新增就业", en="new urban jobs", en_source=STATE_COUNCIL),
)
