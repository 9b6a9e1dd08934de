"""Output at the edge: stdout as UTF-8 whatever the locale, files written whole or not at all.

Every failure is an :class:`OutputError` that the command line prints as one line; a file that exists is
replaced only when the caller says so, and then through a temporary file renamed over it.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Final

__all__ = ["OutputError", "emit", "silence_stdout", "write_file", "write_package"]

_WRITE_OUTPUT: Final = "cannot write output"
_WRITE_PACKAGE: Final = "cannot write data package"
_DESCRIPTOR: Final = "datapackage.json"


class OutputError(Exception):
    """An I/O failure the command line reports in one line: what it was doing, where, and why."""

    def __init__(self, what: str, where: str, reason: str) -> None:
        super().__init__(what, where, reason)
        self.what, self.where, self.reason = what, where, reason

    def __str__(self) -> str:
        return f"{self.what} ({_printable(self.where)}): {_printable(self.reason)}"


def _printable(text: str) -> str:
    # A newline or an undecodable byte in a hostile file name must not break the one-line message.
    return text if text.isprintable() else repr(text)


def _reason(error: OSError | UnicodeError) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


def silence_stdout() -> None:
    # Python flushes stdout again at exit; a dead or full stdout would then print "Exception ignored"
    # and exit 120. Pointing the descriptor at devnull is the recipe of the signal module's docs.
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, sys.stdout.fileno())
        finally:
            os.close(devnull)


def emit(text: str) -> None:
    """Write ``text`` to stdout as UTF-8, whatever the locale says, like every file the library writes."""
    stdout = sys.stdout
    if stdout is None:  # started with stdout closed (``>&-``)
        raise OutputError(_WRITE_OUTPUT, "stdout", os.strerror(errno.EBADF))
    binary = getattr(stdout, "buffer", None)
    try:
        if binary is None:  # a stand-in such as io.StringIO holds text only
            stdout.write(text)
            stdout.flush()
            return
        stdout.flush()
        # Text mode translated newlines; keep doing so where the platform's differ.
        data = memoryview(text.replace("\n", os.linesep).encode("utf-8"))
        while data:
            # Unbuffered (python -u, PYTHONUNBUFFERED) this is a raw file, which may take only part of
            # the data: a pipe closed midway would otherwise truncate the output without an error.
            written: int | None = binary.write(data)
            if written is None:
                raise BlockingIOError(errno.EAGAIN, os.strerror(errno.EAGAIN))
            data = data[written:]
        binary.flush()
    except BrokenPipeError:
        raise
    except (OSError, UnicodeError) as error:
        silence_stdout()
        raise OutputError(_WRITE_OUTPUT, "stdout", _reason(error)) from error


def _open_beside(target: Path) -> tuple[int, Path]:
    # Not tempfile.mkstemp: its 0600 mode would survive the rename, where the caller's umask should rule.
    import secrets  # here, not at the top: the main job writes to stdout and need not load it

    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    while True:
        candidate = target.with_name(f".datong2020-{secrets.token_hex(6)}.tmp")
        try:
            return os.open(candidate, flags, 0o666), candidate
        except FileExistsError:
            continue


def _replace(target: Path, text: str, mode: int | None) -> None:
    """Write a temporary file beside ``target`` and rename it over: a failure leaves ``target`` as it was."""
    descriptor, temporary = _open_beside(target)
    try:
        with open(descriptor, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            # Without this a crash soon after the rename can leave an empty file on some file systems.
            os.fsync(stream.fileno())
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def write_file(path: Path, text: str, *, force: bool) -> None:
    where = str(path)
    try:
        if path.is_dir():
            raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), where)
        try:
            status: os.stat_result | None = path.stat()
        except FileNotFoundError:
            status = None  # missing, or a dangling symbolic link
        if status is not None and not stat.S_ISREG(status.st_mode):
            # A device or a pipe (/dev/null, /dev/stdout, a FIFO) holds nothing to lose and cannot be
            # renamed over; as with the shell's noclobber, only regular files are protected.
            with path.open("w", encoding="utf-8") as stream:
                stream.write(text)
            return
        if not force and (status is not None or path.is_symlink()):
            raise OutputError(_WRITE_OUTPUT, where, "File exists; pass --force to replace it")
        # Through a symbolic link, replace the file it names, not the link.
        target = path.resolve() if path.is_symlink() else path
        try:
            _replace(target, text, None if status is None else stat.S_IMODE(status.st_mode))
        except PermissionError:
            if status is None:
                raise
            # A directory we may not add to can hold a file we may write: write it in place, as before.
            with target.open("w", encoding="utf-8") as stream:
                stream.write(text)
    except OSError as error:
        raise OutputError(_WRITE_OUTPUT, where, _reason(error)) from error


def _missing_directories(directory: Path) -> list[Path]:
    missing = []
    for candidate in (directory, *directory.parents):
        if os.path.lexists(candidate):
            break
        missing.append(candidate)
    return missing


def write_package(directory: Path, write: Callable[[Path], Path], *, force: bool) -> Path:
    """Let ``write`` fill a directory, then move its files into ``directory``, refusing to replace any of
    them unless ``force``.

    The package is written into a hidden directory inside ``directory`` and its files are renamed into
    place only once all of them are complete, so a failure (a full device) leaves ``directory`` as it
    was, and does not leave behind the directories it would have created.
    """
    where = str(directory)
    created = _missing_directories(directory)
    staging: Path | None = None
    try:
        if directory.exists() and not directory.is_dir():
            raise NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR), where)
        directory.mkdir(parents=True, exist_ok=True)
        import tempfile  # as secrets in _open_beside

        staging = Path(tempfile.mkdtemp(prefix=".datong2020-", dir=directory))
        write(staging)
        # The descriptor goes in last, so whoever finds it finds its tables complete.
        names = sorted(
            (entry.name for entry in staging.iterdir()), key=lambda name: (name == _DESCRIPTOR, name)
        )
        existing = [name for name in names if os.path.lexists(directory / name)]
        if existing and not force:
            raise OutputError(
                _WRITE_PACKAGE, where, f"it already holds {', '.join(existing)}; pass --force to replace them"
            )
        blocking = [name for name in existing if (directory / name).is_dir()]
        if blocking:
            raise OutputError(_WRITE_PACKAGE, where, f"{', '.join(blocking)} is a directory")
        for name in names:
            os.replace(staging / name, directory / name)
        staging.rmdir()
    except BaseException as error:
        if staging is not None:
            import shutil

            shutil.rmtree(staging, ignore_errors=True)
        for made in created:  # deepest first; rmdir leaves alone whatever someone else put there
            with contextlib.suppress(OSError):
                made.rmdir()
        if isinstance(error, OSError):
            raise OutputError(_WRITE_PACKAGE, where, _reason(error)) from error
        raise
    return directory / _DESCRIPTOR
