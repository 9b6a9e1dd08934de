from __future__ import annotations

import pytest

from datong2020 import REPORT, Report


@pytest.fixture(scope="session")
def report() -> Report:
    return REPORT
