"""The package as users import it: nothing loads before it is used, every public name resolves (once,
even from many threads), and type checkers see exactly the public names with their types."""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import datong2020

INIT = Path(datong2020.__file__)


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], check=True, capture_output=True, text=True
    ).stdout


def test_importing_the_package_loads_neither_pint_nor_attrs_nor_the_report() -> None:
    loaded = _run(
        """
        import sys, datong2020
        print(sorted(name for name in sys.modules if name.split(".")[0] in ("pint", "attrs", "attr", "babel")
                     or name.startswith("datong2020.")))
        """
    )
    assert loaded.strip() == "[]"


def test_the_help_of_the_command_line_loads_no_data() -> None:
    loaded = _run(
        """
        import sys
        from datong2020.cli import main
        try:
            main(["--help"])
        except SystemExit:
            pass
        heavy = ("pint", "attrs", "attr", "babel")
        print(sorted(name for name in sys.modules if name.split(".")[0] in heavy))
        """
    )
    assert loaded.strip().splitlines()[-1] == "[]"


def test_the_main_job_loads_no_argument_parser_and_nothing_only_errors_need() -> None:
    loaded = _run(
        """
        import io, sys
        from datong2020.cli import main
        sys.stdout = io.StringIO()
        status = main([])
        written, sys.stdout = sys.stdout.getvalue(), sys.__stdout__
        unneeded = ("argparse", "difflib", "babel.dates", "cattrs", "datong2020.checks",
                    "datong2020.report.exclusions")
        loaded = [name for name in unneeded if name in sys.modules]
        print(status, written.startswith("大同市2020年主要预期目标"), loaded)
        """
    )
    assert loaded.split() == ["0", "True", "[]"]


def test_every_public_name_resolves_to_its_modules_object() -> None:
    for name in datong2020.__all__:
        value = getattr(datong2020, name)
        if name != "glossary":
            module = sys.modules[f"datong2020.{datong2020._MODULE_OF[name]}"]
            assert value is getattr(module, name)
    assert set(dir(datong2020)) >= set(datong2020.__all__)


def test_an_unknown_name_is_an_attribute_error_that_names_it() -> None:
    with pytest.raises(AttributeError, match="REPORTT"):
        datong2020.REPORTT  # type: ignore[attr-defined]  # noqa: B018
    with pytest.raises(ImportError):
        from datong2020 import REPORTT  # type: ignore[attr-defined]  # noqa: F401


def test_the_lazy_table_the_type_checking_imports_and_all_name_the_same_things() -> None:
    tree = ast.parse(INIT.read_text(encoding="utf-8"))
    declared = {"glossary"}  # annotated, not imported: it is built, not found in a module
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for statement in node.body:
                if isinstance(statement, ast.ImportFrom):
                    declared |= {alias.asname or alias.name for alias in statement.names}
                    for alias in statement.names:
                        assert datong2020._MODULE_OF[alias.name] == statement.module
    assert declared == set(datong2020.__all__) == {*datong2020._MODULE_OF, "glossary"}


def test_the_report_and_the_glossary_are_built_once_across_threads() -> None:
    identities = _run(
        """
        import threading, datong2020
        barrier = threading.Barrier(8)
        seen = []
        def reach():
            barrier.wait()
            seen.append((id(datong2020.REPORT), id(datong2020.glossary)))
        threads = [threading.Thread(target=reach) for _ in range(8)]
        for thread in threads: thread.start()
        for thread in threads: thread.join()
        print(len(seen), len(set(seen)))
        """
    )
    assert identities.split() == ["8", "1"]
