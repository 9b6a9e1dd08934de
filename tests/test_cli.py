"""The command line under hostile use: one line on stderr and a non-zero status, never a traceback."""

from __future__ import annotations

import errno
import io
import json
import os
import stat
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import IO

import pytest

from datong2020 import REPORT, output
from datong2020.cli import main
from datong2020.commands import summary
from datong2020.interchange import dump_json, json_schema
from datong2020.tables import write_csv

# The schema is the smallest export: the file-writing tests need its path, not its size.
SCHEMA = json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n"
PACKAGE = ["datapackage.json", "figures.csv", "projects.csv", "scorecard.csv", "sections.csv", "terms.csv"]
POSIX = pytest.mark.skipif(os.name != "posix", reason="needs POSIX files, pipes and resource limits")


def _tree(root: Path) -> dict[str, bytes | None]:
    """Every file (with its bytes) and directory (None) under ``root``, hidden ones included."""
    return {
        str(path.relative_to(root)): None if path.is_dir() else path.read_bytes()
        for path in sorted(root.rglob("*"))
    }


def _error_line(stderr: str) -> str:
    assert stderr.endswith("\n")
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("datong2020: error: ")
    return lines[0]


def _fails(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    assert main(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    return _error_line(captured.err)


def _usage_error(argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Traceback" not in captured.err
    return captured.err.splitlines()[-1]


def test_commands_print_what_they_printed_before(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 0
    assert capsys.readouterr().out == summary(REPORT, "zh")
    assert main(["--lang", "en", "summary"]) == 0
    assert capsys.readouterr().out == summary(REPORT, "en")
    assert main(["export", "--format", "csv"]) == 0
    assert capsys.readouterr().out == write_csv(REPORT)


def test_a_missing_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "missing" / "schema.json"
    line = _fails(["export", "--format", "schema", "-o", str(target)], capsys)
    assert line == f"datong2020: error: cannot write output ({target}): No such file or directory"
    assert _tree(tmp_path) == {}


def test_a_directory_as_the_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "kept.txt").write_text("kept", encoding="utf-8")
    before = _tree(tmp_path)
    for force in ([], ["--force"]):
        line = _fails(["export", "--format", "schema", "-o", str(tmp_path), *force], capsys)
        assert line == f"datong2020: error: cannot write output ({tmp_path}): Is a directory"
        assert _tree(tmp_path) == before


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_a_full_device(capsys: pytest.CaptureFixture[str]) -> None:
    line = _fails(["export", "--format", "schema", "-o", "/dev/full"], capsys)
    assert line == "datong2020: error: cannot write output (/dev/full): No space left on device"


def test_a_device_is_written_without_force(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--format", "schema", "-o", os.devnull]) == 0
    assert capsys.readouterr() == ("", "")


def test_an_existing_file_is_replaced_only_with_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "schema.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o600)
    line = _fails(["export", "--format", "schema", "-o", str(target)], capsys)
    assert (
        line == f"datong2020: error: cannot write output ({target}): File exists; pass --force to replace it"
    )
    assert _tree(tmp_path) == {"schema.json": b"old"}

    assert main(["export", "--format", "schema", "-o", str(target), "--force"]) == 0
    assert capsys.readouterr() == ("", "")
    assert _tree(tmp_path) == {"schema.json": SCHEMA.encode("utf-8")}
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600


@POSIX
def test_a_new_file_gets_the_mode_open_would_give(tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    reference.write_text("", encoding="utf-8")
    assert main(["export", "--format", "schema", "-o", str(tmp_path / "schema.json")]) == 0
    assert (tmp_path / "schema.json").stat().st_mode == reference.stat().st_mode


@POSIX
def test_a_symbolic_link_is_written_through(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "real.json").write_text("old", encoding="utf-8")
    (tmp_path / "link.json").symlink_to("real.json")
    _fails(["export", "--format", "schema", "-o", str(tmp_path / "link.json")], capsys)
    assert main(["export", "--format", "schema", "-o", str(tmp_path / "link.json"), "--force"]) == 0
    assert (tmp_path / "link.json").is_symlink()
    assert (tmp_path / "real.json").read_text(encoding="utf-8") == SCHEMA


def test_a_directory_closed_to_new_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def refused(target: Path) -> tuple[int, Path]:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))

    # Simulated: as root (in containers, often) permissions would not stop the temporary file.
    monkeypatch.setattr(output, "_open_beside", refused)
    target = tmp_path / "schema.json"
    line = _fails(["export", "--format", "schema", "-o", str(target)], capsys)
    assert line == f"datong2020: error: cannot write output ({target}): {os.strerror(errno.EACCES)}"
    assert _tree(tmp_path) == {}
    # An existing file it may write is written in place, as before atomic writes.
    target.write_text("old", encoding="utf-8")
    assert main(["export", "--format", "schema", "-o", str(target), "--force"]) == 0
    assert _tree(tmp_path) == {"schema.json": SCHEMA.encode("utf-8")}


def test_a_data_package_replaces_files_only_with_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "package"
    package.mkdir()
    (package / "terms.csv").write_text("old", encoding="utf-8")
    (package / "notes.txt").write_text("mine", encoding="utf-8")
    before = _tree(tmp_path)
    line = _fails(["export", "--format", "datapackage", str(package)], capsys)
    assert line == (
        f"datong2020: error: cannot write data package ({package}): it already holds terms.csv; "
        "pass --force to replace them"
    )
    assert _tree(tmp_path) == before

    assert main(["export", "--format", "datapackage", str(package), "--force"]) == 0
    assert capsys.readouterr() == (f"wrote {package / 'datapackage.json'}\n", "")
    assert sorted(path.name for path in package.iterdir()) == sorted([*PACKAGE, "notes.txt"])
    assert (package / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (package / "terms.csv").read_text(encoding="utf-8") != "old"


def test_a_data_package_creates_its_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    package = tmp_path / "new" / "package"
    assert main(["export", "--format", "datapackage", str(package)]) == 0
    assert capsys.readouterr() == (f"wrote {package / 'datapackage.json'}\n", "")
    assert sorted(path.name for path in package.iterdir()) == PACKAGE


def test_a_data_package_into_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "file"
    target.write_text("kept", encoding="utf-8")
    line = _fails(["export", "--format", "datapackage", str(target), "--force"], capsys)
    assert line == f"datong2020: error: cannot write data package ({target}): Not a directory"
    assert _tree(tmp_path) == {"file": b"kept"}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--format", "json", "a.json", "-o", "b.json"], "give either DIR"),
        (["--format", "datapackage", "a", "-o", "b"], "give either DIR"),
        (["a.json"], "DIR is only for --format datapackage; to write json to a file, use -o a.json"),
        (["--format", "csv", "a.csv"], "DIR is only for --format datapackage"),
        (["--format", "datapackage", "-o", "a"], "give it as DIR, not with -o"),
        (["--format", "datapackage"], "--format datapackage needs DIR"),
        (["--format", "xml"], "invalid choice"),
    ],
)
def test_conflicting_arguments_are_usage_errors(
    argv: list[str],
    message: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    line = _usage_error(["export", *argv], capsys)
    assert line.startswith("datong2020 export: error: ")
    assert message in line
    assert _tree(tmp_path) == {}


def test_a_closed_stdout(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdout", None)  # what Python makes of a closed descriptor 1 (>&-)
    line = _fails([], capsys)
    assert line == "datong2020: error: cannot write output (stdout): Bad file descriptor"


def test_a_text_only_stdout(monkeypatch: pytest.MonkeyPatch) -> None:
    stdout = io.StringIO()
    monkeypatch.setattr(sys, "stdout", stdout)
    assert main([]) == 0
    assert stdout.getvalue() == summary(REPORT, "zh")


def test_a_text_only_stdout_that_cannot_encode_chinese(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    class AsciiOnly(io.StringIO):
        def write(self, text: str) -> int:
            text.encode("ascii")
            return super().write(text)

    monkeypatch.setattr(sys, "stdout", AsciiOnly())
    line = _fails([], capsys)
    assert line.startswith("datong2020: error: cannot write output (stdout): 'ascii' codec can't encode")


# Below, a real process: pipes, encodings, exit-time flushing and resource limits live outside main().


def _environment(*, unbuffered: bool = False, **extra: str) -> dict[str, str]:
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    if unbuffered:
        environment["PYTHONUNBUFFERED"] = "1"
    return environment | extra


def _run(
    argv: list[str],
    environment: dict[str, str] | None = None,
    stdout: int | IO[bytes] = subprocess.PIPE,
    preexec_fn: Callable[[], object] | None = None,
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "datong2020", *argv],
        env=environment or _environment(),
        stdout=stdout,
        stderr=subprocess.PIPE,
        preexec_fn=preexec_fn,
        timeout=60,
        check=False,
    )


@POSIX
@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
def test_a_pipe_closed_early_ends_quietly(unbuffered: bool) -> None:
    # The JSON export (over half a megabyte) cannot fit in a pipe's buffer, so the writer is still
    # writing when the reader leaves.
    with subprocess.Popen(
        [sys.executable, "-m", "datong2020", "export"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=_environment(unbuffered=unbuffered),
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        assert process.stdout.read(10) == b'{"format":'
        process.stdout.close()
        assert process.wait(timeout=60) == 1
        assert process.stderr.read() == b""


@pytest.mark.parametrize("unbuffered", [False, True], ids=["buffered", "unbuffered"])
def test_the_program_ends_without_teardown_and_with_all_its_output(unbuffered: bool) -> None:
    # run_as_program leaves through os._exit, which flushes nothing itself: every byte must be out first.
    exported = _run(["export"], _environment(unbuffered=unbuffered))
    assert (exported.returncode, exported.stderr) == (0, b"")
    assert exported.stdout.decode("utf-8") == dump_json(REPORT)
    summary_run = _run([], _environment(unbuffered=unbuffered))
    assert summary_run.stdout.decode("utf-8") == summary(REPORT, "zh")


def test_an_ascii_stdout_gets_utf8() -> None:
    result = _run([], _environment(PYTHONIOENCODING="ascii"))
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout.decode("utf-8") == summary(REPORT, "zh")


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full")
def test_a_full_stdout_gives_one_line_even_at_exit() -> None:
    with open("/dev/full", "wb") as full:
        # Buffered, as by default, and shorter than the buffer: the failed bytes stay pending, and Python
        # would try them again at exit with a second message.
        result = _run([], stdout=full)
    assert result.returncode == 1
    assert _error_line(result.stderr.decode()) == (
        "datong2020: error: cannot write output (stdout): No space left on device"
    )


def _small_files() -> None:
    import resource

    # Python ignores SIGXFSZ, so a write past the limit fails with EFBIG, as on a full device.
    resource.setrlimit(resource.RLIMIT_FSIZE, (4096, resource.RLIM_INFINITY))


@pytest.fixture
def old_files(tmp_path: Path) -> Path:
    (tmp_path / "schema.json").write_text("old", encoding="utf-8")
    (tmp_path / "package").mkdir()
    for name in PACKAGE:
        (tmp_path / "package" / name).write_text(f"old {name}", encoding="utf-8")
    return tmp_path


@POSIX
@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", "-o", "{root}/schema.json", "--force"], "cannot write output ({root}/schema.json)"),
        (["export", "--format", "datapackage", "{root}/package", "--force"], "cannot write data package"),
        (["export", "--format", "datapackage", "{root}/new/package"], "cannot write data package"),
    ],
    ids=["file", "package", "new-package"],
)
def test_a_failed_write_changes_nothing(argv: list[str], message: str, old_files: Path) -> None:
    before = _tree(old_files)
    result = _run([part.format(root=old_files) for part in argv], preexec_fn=_small_files)
    assert (result.returncode, result.stdout) == (1, b"")
    line = _error_line(result.stderr.decode())
    assert message.format(root=old_files) in line
    assert line.endswith(": File too large")
    assert _tree(old_files) == before
