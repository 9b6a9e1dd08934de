"""Datong's 2021 Government Work Report (``datong_2021``): what it says the city's 2020 came to.

Only part 一 (2020年和“十三五”工作回顾) reports 2020; ``review_2020`` encodes its 一是…六是 and
``five_years`` the 过去五年 paragraphs, where a 2020 level or a 2020 completion stands among the
five-year figures. A figure is an :class:`~datong2020.model.Outcome` only where it is the same measure
as a Datong 2020 target or a 2019 headline indicator (or a completion of a project the 2020 plan
names); a multi-year average (年均增长) never is one.
"""
