"""Writes that cannot destroy: atomic, never over an input, never over a device, never a lost update.

- `write_atomic`: the whole output goes to a temporary file beside the target, then replaces it; a
  reader never sees half a file, and a failure (full disk, crash, ^C, SIGTERM) leaves the old file
  as it was and no temporary file behind. A process killed outright (SIGKILL, power loss) cannot
  clean up: its temporary file is named for it (`.NAME.plancraft-HOST-PID-RANDOM.tmp`), and the
  next write into that folder removes it once that process is gone (`remove_stale_temporaries`).
- `check_output`: an output that is the same file as an input, or an existing target that is not a
  regular file (a device, a FIFO, a socket, a folder), is refused before anything is computed; a
  terminal, and `-` (stdout), are written directly.
- `InPlace`: for commands that rewrite the file they read (fmt, sign, revise): follows a symlink to
  the real file, respects a read-only file unless forced, holds an advisory lock from reading to
  renaming, and refuses to replace a file whose bytes changed since they were read.
"""

from __future__ import annotations

import os
import re
import signal
import stat
import sys
from functools import lru_cache
from pathlib import Path
from typing import IO, Callable

try:
    import fcntl
except ImportError:  # pragma: no cover - not on Windows: no advisory lock there, the bytes check stays
    fcntl = None  # type: ignore[assignment]

from plancraft.errors import Refused, UsageError
from plancraft.i18n import N_, _

STDOUT = "-"


class WriteRefused(UsageError):
    """An output that must not be written (exit 2): same file as an input, not a regular file, read-only."""


class ConcurrentChange(Refused):
    """The file changed while the command ran (exit 1); nothing was written."""


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def is_terminal(path: str | Path) -> bool:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NOCTTY | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return False
    try:
        return os.isatty(fd)
    finally:
        os.close(fd)


# What a written file is, as the refusals name it (translated when shown).
OUTPUT_KINDS = (N_("output"), N_("PDF"), N_("controlled copy"), N_("document"), N_("draft"), N_("new plan"), N_("report"))


def check_output(output: str | Path, inputs: list[str | Path] | tuple = (), *, what: str = "output") -> None:
    """Refuse (WriteRefused) an output that is an input, or an existing non-regular file.

    `-` and a terminal pass (they are written directly, see `write_output`)."""
    if str(output) == STDOUT:
        return
    target = Path(output)
    target_id = _identity(target)
    for source in inputs:
        source_id = _identity(Path(source))
        same = (target_id is not None and target_id == source_id) or (os.path.realpath(target) == os.path.realpath(source))
        if same:
            raise WriteRefused(
                _(
                    "{output}: the {what} is the same file as the input {source}; nothing was written — choose another output"
                ).format(output=output, what=_(what), source=source)
            )
    try:
        st = os.stat(target)
    except OSError:  # missing, or under a file: the write itself says why it cannot be made
        return
    if stat.S_ISREG(st.st_mode):
        return
    if stat.S_ISDIR(st.st_mode):
        raise WriteRefused(
            _("{output}: is a folder, not a file; give a file name for the {what}").format(output=output, what=_(what))
        )
    if stat.S_ISCHR(st.st_mode) and is_terminal(target):
        return
    raise WriteRefused(
        _(
            "{output}: is not a regular file (a device, pipe or socket); plancraft writes only regular "
            "files, `-` for standard output, or a terminal — nothing was written"
        ).format(output=output)
    )


def write_output(output: str | Path, data: bytes | str, *, inputs: list[str | Path] | tuple = (), what: str = "output") -> None:
    """Write a command's output: `-` to stdout, a terminal directly, anything else atomically."""
    check_output(output, inputs, what=what)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if str(output) == STDOUT:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return
    if os.path.exists(output) and not os.path.isfile(output):  # a terminal (check_output allowed it)
        with open(output, "wb") as handle:
            handle.write(data)
        return
    write_atomic(output, data)


def write_atomic(path: str | Path, data: bytes | str, *, mode: int | None = None) -> None:
    """Write `data` to `path` atomically, keeping the existing file's permission bits.

    The data goes to a temporary file in the same folder (so the rename cannot cross file
    systems), is flushed and fsynced, gets the mode, and is renamed over `path`; on any failure
    the temporary file is removed and `path` is as it was (SIGTERM and SIGINT included: see
    `cleanup_on_signals`). A symlink at `path` is replaced by the new file (the file it pointed to
    is left alone); in-place commands use `InPlace`, which writes through it.
    """
    path = Path(path)
    if isinstance(data, str):
        data = data.encode("utf-8")
    if mode is None:
        try:
            mode = stat.S_IMODE(path.stat().st_mode)
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
    folder = path.parent if str(path.parent) else Path(".")
    import tempfile  # only when writing: a lint that writes nothing never imports it

    remove_stale_temporaries(folder)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.plancraft-{_host()}-{os.getpid()}-", suffix=".tmp", dir=folder)
    _PENDING.add(temporary)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise
    finally:
        _PENDING.discard(temporary)
    _fsync_folder(folder)


# ---------------------------------------------------------------- temporary files left by a killed writer


# This machine, in temporary file names: on a folder shared between machines a process id is only
# known to be gone on the machine that wrote it.
def _hostname() -> str:
    """socket.gethostname(), which on POSIX is uname's node name: socket is not imported for it."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


@lru_cache(maxsize=None)
def _host() -> str:
    """This machine's tag in temporary file names (worked out at the first write, not at import)."""
    import hashlib

    return hashlib.sha256(_hostname().encode("utf-8", "replace")).hexdigest()[:8]


def __getattr__(name: str):  # `fileio._HOST`, as before the tag became lazy
    if name == "_HOST":
        return _host()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_TEMPORARY = re.compile(r"^\..+\.plancraft-([0-9a-f]{8})-([0-9]+)-[^/]*\.tmp$")
_SWEPT: set[str] = set()


def _process_gone(pid: int) -> bool:
    """True only when no process `pid` runs on this machine (a process of another user still runs)."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except (PermissionError, OSError):
        return False
    return False


def remove_stale_temporaries(folder: str | Path) -> list[Path]:
    """Remove the temporary files that plancraft writers on this machine left in `folder` when they
    were killed (`kill -9`, a crash): those whose process is gone, and this process's own that no
    write of it is using (its pid was reused). Another live process's temporary file is never
    touched, nor any file not named like one. Once per folder and process; returns what was removed."""
    folder = Path(folder)
    key = os.path.realpath(folder)
    if key in _SWEPT:
        return []
    _SWEPT.add(key)
    removed: list[Path] = []
    try:
        names = [entry.name for entry in os.scandir(folder) if entry.name.endswith(".tmp")]
    except OSError:
        return removed
    me = os.getpid()
    pending = {os.path.realpath(name) for name in _PENDING}
    for name in names:
        match = _TEMPORARY.match(name)
        if match is None or match.group(1) != _host():
            continue
        pid = int(match.group(2))
        path = folder / name
        if pid == me:
            if os.path.realpath(path) in pending:
                continue
        elif not _process_gone(pid):
            continue
        try:
            if stat.S_ISREG(os.lstat(path).st_mode):
                os.unlink(path)
                removed.append(path)
        except OSError:
            pass
    return removed


# ---------------------------------------------------------------- signals

_PENDING: set[str] = set()


def cleanup_on_signals() -> Callable[[], None]:
    """Make SIGTERM (and SIGHUP) end the process like ^C does: as an exception, so that every
    `finally` runs and `write_atomic` removes its temporary file. Returns a function that puts the
    previous handlers back (the command line calls it when the command ends)."""

    def stop(signum, frame):  # noqa: ARG001
        for temporary in list(_PENDING):  # in case the exception is swallowed somewhere
            try:
                os.unlink(temporary)
            except OSError:
                pass
        raise SystemExit(128 + signum)

    previous = {}
    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            try:
                previous[number] = signal.signal(number, stop)
            except (ValueError, OSError):  # not the main thread
                pass

    def restore() -> None:
        for number, handler in previous.items():
            try:
                signal.signal(number, handler)
            except (ValueError, OSError, TypeError):
                pass

    return restore


def end_quietly_on_signals() -> None:
    """For a forked helper that speaks only through a pipe (render's second process): from now on it
    writes nothing to stderr, and SIGTERM or SIGHUP removes the temporary files it was writing and
    ends it at once. An exception raised by a signal handler can land where Python only prints it
    (inside an import's callback) and the process would then go on, its traceback in the user's
    terminal."""

    def stop(signum, frame):  # noqa: ARG001
        for temporary in list(_PENDING):
            try:
                os.unlink(temporary)
            except OSError:
                pass
        os._exit(128 + signum)

    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, stop)
    try:
        quiet = os.open(os.devnull, os.O_WRONLY)
        os.dup2(quiet, 2)
        os.close(quiet)
    except OSError:
        pass


# ---------------------------------------------------------------- in-place updates


class InPlace:
    """Read, then replace, the file at `path` as one transaction against other writers.

        with InPlace(path, force=force) as place:
            new = compute(place.original)
            place.replace(new)

    The symlink (if any) is followed: the real file is read and replaced, the link stays. A file
    without write permission is refused (WriteRefused) unless `force`. An advisory lock (flock) on
    the file is held from reading to renaming, so two plancraft commands on one plan run one after
    the other; and before the rename the file must still hold the bytes that were read (an editor
    that takes no lock) — otherwise ConcurrentChange and nothing is written.
    """

    def __init__(self, path: str | Path, *, force: bool = False, max_bytes: int | None = None) -> None:
        self.path = Path(path)
        self.real = Path(os.path.realpath(self.path))
        self.force = force
        self.max_bytes = max_bytes
        self.original = b""
        self._handle: IO[bytes] | None = None

    def check(self) -> InPlace:
        """Refuse, before anything is read, a plan that is a device, FIFO or socket (reading a FIFO
        would wait for a writer); a missing file or a folder is left to the reader's own message."""
        try:
            st = os.stat(self.real)
        except OSError:
            return self
        if not stat.S_ISREG(st.st_mode) and not stat.S_ISDIR(st.st_mode):
            raise WriteRefused(_("{path}: is not a regular file; it cannot be rewritten in place").format(path=self.path))
        return self

    def __enter__(self) -> InPlace:
        self.check()
        for _attempt in range(100):
            handle = open(self.real, "rb")
            st = os.fstat(handle.fileno())
            if not stat.S_ISREG(st.st_mode):
                handle.close()
                raise WriteRefused(_("{path}: is not a regular file; it cannot be rewritten in place").format(path=self.path))
            if not self.force and (not st.st_mode & stat.S_IWUSR or not os.access(self.real, os.W_OK)):
                handle.close()
                raise WriteRefused(
                    _("{path}: the file is read-only; nothing was written (make it writable, or give --force)").format(
                        path=self.path
                    )
                )
            if fcntl is not None:
                fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            if _identity(self.real) == (st.st_dev, st.st_ino):  # not replaced while we waited
                break
            handle.close()
        else:  # pragma: no cover - a file replaced a hundred times while waiting
            raise ConcurrentChange(_("{path}: the file keeps being replaced; nothing was written").format(path=self.path))
        self._handle = handle
        limit = -1 if self.max_bytes is None else self.max_bytes + 1
        self.original = handle.read(limit)
        return self

    def replace(self, data: bytes | str) -> None:
        if isinstance(data, str):
            data = data.encode("utf-8")
        try:
            with open(self.real, "rb") as now:
                current = now.read(len(self.original) + 1)
        except OSError:
            current = None
        if current != self.original or _identity(self.real) != self._id():
            raise ConcurrentChange(
                _(
                    "{path}: the file changed while plancraft was working on it; nothing was written — run the command again"
                ).format(path=self.path)
            )
        write_atomic(self.real, data)

    def _id(self) -> tuple[int, int] | None:
        if self._handle is None:
            return None
        st = os.fstat(self._handle.fileno())
        return (st.st_dev, st.st_ino)

    def __exit__(self, *exc) -> None:
        if self._handle is not None:
            self._handle.close()  # closing releases the lock
            self._handle = None


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system can open a folder)."""
    try:
        handle = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
