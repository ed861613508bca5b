"""The project lock: one writing run at a time per project.

An advisory lock (`fcntl.flock`) on `.digestl10n.lock` in the project folder,
taken by every command that writes (extract, convert, build, glossary export
into the project). The file holds the holder's pid and start time for the
message a second run prints; it is removed when the run ends. flock is
released by the kernel when a process dies, so a killed run never leaves the
project locked: the next run finds the file unlocked and takes it over.

Translators' tools take no lock: `files.replace_if_unchanged` protects their saves.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

from .errors import DigestL10nError
from .files import os_error

LOCK_NAME = ".digestl10n.lock"
# How long a second run waits for the first before giving up, in seconds.
WAIT = float(os.environ.get("DIGESTL10N_LOCK_WAIT", "5"))

try:
    import fcntl
except ImportError:  # Windows: no flock; runs are not serialised there
    fcntl = None  # type: ignore[assignment]


class LockedError(DigestL10nError):
    """Another digestl10n run holds the project lock."""


class ProjectLock:
    """`with ProjectLock(root):` holds the project's lock for the block."""

    def __init__(self, root: Path, wait: float | None = None):
        self.path = root / LOCK_NAME
        self.wait = WAIT if wait is None else wait
        self._fd: int | None = None

    def __enter__(self) -> ProjectLock:
        self.acquire()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()

    def acquire(self) -> None:
        """Take the lock, waiting up to `wait` seconds; LockedError naming the holder otherwise."""
        if fcntl is None:
            return
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            except OSError as exc:
                raise os_error(exc, self.path.name) from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
                os.close(fd)
                if time.monotonic() >= deadline:
                    raise LockedError(_held(holder), self.path.name) from None
                time.sleep(0.05)
                continue
            # The holder before us may have removed the file between our open and our
            # flock: then we locked a file nobody else sees. Lock the one at the path.
            try:
                same = os.fstat(fd).st_ino == os.stat(self.path).st_ino
            except FileNotFoundError:
                same = False
            if not same:
                os.close(fd)
                continue
            started = datetime.now(UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()} {started}\n".encode(), 0)
            self._fd = fd
            return

    def release(self) -> None:
        """Remove the lock file and let the next run in."""
        if self._fd is None:
            return
        try:
            self.path.unlink(missing_ok=True)  # while still locked: see acquire
        finally:
            os.close(self._fd)
            self._fd = None


def _held(holder: str) -> str:
    pid, _, since = holder.partition(" ")
    if pid.isdigit() and since:
        return (
            f"another digestl10n run holds the lock since {since} (pid {pid}); "
            "try again when it ends"
        )
    return "another digestl10n run holds the lock; try again when it ends"
