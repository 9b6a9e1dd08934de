"""The promise to those who pin (docs/versioning.md): within a major version no id disappears and none
changes kind. tests/data/ids.tsv lists every id; ``python tests/ids.py`` adds new ones."""

from __future__ import annotations

from tests.ids import broken, current, listed


def test_no_listed_id_is_gone_or_has_changed_kind() -> None:
    assert broken(listed(), current()) == []


def test_every_id_of_the_report_is_listed() -> None:
    new = sorted(set(current()) - set(listed()))
    assert new == [], f"new ids {new[:5]}…: run `python tests/ids.py` to add them to tests/data/ids.tsv"


def test_the_check_names_a_removed_id_and_a_changed_kind() -> None:
    promised = {"gdp_2019": "fact", "review_2019": "section", "gone_2019": "target"}
    now = {"gdp_2019": "target", "review_2019": "section"}
    assert broken(promised, now) == ["gdp_2019 was a fact and is now a target", "gone_2019 (target) is gone"]
