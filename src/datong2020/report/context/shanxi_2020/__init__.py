"""Shanxi's 2020 Government Work Report (``shanxi_2020``): the province's main expected targets for 2020
and its binding targets, each linked to the Datong 2020 target for the same measure where Datong
sets one."""
