"""The shipped text is the published report, byte for byte."""

from __future__ import annotations

import datetime
import hashlib
from importlib.resources import files

from datong2020 import SHA256, SOURCE


def test_shipped_bytes_match_the_recorded_sha256() -> None:
    raw = files("datong2020").joinpath("data").joinpath("report.txt").read_bytes()
    assert hashlib.sha256(raw).hexdigest() == SHA256 == SOURCE.sha256


def test_text_is_the_23280_characters_the_brief_describes() -> None:
    assert len(SOURCE.text) == 23280
    assert SOURCE.text.startswith("大同市2020年政府工作报告")


def test_republisher_notice_is_the_last_line_and_outside_the_report() -> None:
    last_line = SOURCE.text.splitlines()[-1]
    assert SOURCE.republisher_notice == last_line
    assert "石墨烯网" in last_line
    assert "石墨烯网" not in SOURCE.report_text
    assert SOURCE.report_text + SOURCE.republisher_notice == SOURCE.text


def test_metadata_agrees_with_the_title_lines() -> None:
    title_line, speaker_line = SOURCE.text.splitlines()[:2]
    assert SOURCE.title.zh in title_line
    assert SOURCE.occasion.zh in title_line
    assert f"{SOURCE.delivered.year}年{SOURCE.delivered.month}月{SOURCE.delivered.day}日" in title_line
    assert SOURCE.delivered == datetime.date(2020, 4, 22)
    assert speaker_line == SOURCE.speaker.zh
