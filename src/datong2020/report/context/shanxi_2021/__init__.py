"""Shanxi's 2021 Government Work Report (``shanxi_2021``): what it reports of the province's 2020, as the
outcomes of the 2020 targets of ``shanxi_2020``."""
