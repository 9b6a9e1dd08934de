"""The examples in README.md and docs/ run as written (every ```python block is a doctest), and the
generated pages of the documentation site cover what they claim to."""

from __future__ import annotations

import doctest
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["README.md", "docs/queries.md", "docs/index.md", "docs/outcomes.md"]


def _python_blocks(markdown: str) -> str:
    return "\n".join(re.findall(r"```python\n(.*?)```", markdown, flags=re.DOTALL))


@pytest.mark.parametrize("page", PAGES)
def test_examples_run_as_written(page: str) -> None:
    source = _python_blocks((ROOT / page).read_text(encoding="utf-8"))
    test = doctest.DocTestParser().get_doctest(source, {}, page, page, 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    runner.run(test)
    assert runner.summarize(verbose=False).attempted > 0
    assert runner.summarize(verbose=False).failed == 0


def _generated() -> ModuleType:
    spec = importlib.util.spec_from_file_location("generated", ROOT / "docs" / "_ext" / "generated.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_catalogue_lists_every_encoded_id() -> None:
    from datong2020 import REPORT

    catalogue = _generated().catalogue()
    listed = re.findall(r"^\| `([a-z0-9_]+)` \|", catalogue, flags=re.MULTILINE)
    assert sorted(listed) == sorted(record.id for record in REPORT)


def test_the_units_page_lists_every_unit_of_units_txt() -> None:
    units = _generated().units()
    definitions = (ROOT / "src" / "datong2020" / "units.txt").read_text(encoding="utf-8").splitlines()
    names = [line.split("=")[0].strip() for line in definitions if "=" in line and not line.startswith("#")]
    prefixes = [name for name in names if name.endswith("-")]
    assert prefixes == ["万-", "亿-", "万亿-"]
    symbols = {name for name in names if name not in prefixes and name != "percent"} | {"%"}
    listed = re.findall(r"^\| `([^`]+)` \|", units, flags=re.MULTILINE)
    assert sorted(listed) == sorted(symbols)
    assert "`亩` | `666.6666667 米 ** 2`" in units


def test_every_page_that_asks_for_a_generated_block_gets_one() -> None:
    generated = _generated()
    for page in (ROOT / "docs").glob("*.md"):
        filled = generated.fill(page.read_text(encoding="utf-8"))
        assert "<!-- generated:" not in filled, page.name
    with pytest.raises(KeyError):
        generated.fill("<!-- generated: no_such_block -->")
