from __future__ import annotations

import pytest
from hypothesis import HealthCheck, settings

from datong2020 import REPORT, Report

# CI runs on a busy 2-core machine: a property test is judged by what it finds, never by how long one
# example took, and a slow data generator is not a failure.
settings.register_profile(
    "datong2020", deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
settings.load_profile("datong2020")


@pytest.fixture(scope="session")
def report() -> Report:
    return REPORT
