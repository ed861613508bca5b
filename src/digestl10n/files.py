"""Writing files safely: atomic, compare-before-replace, temp files that never outlive a run.

Every file digestl10n writes goes through a temp file beside its target
(`.<name>.digestl10n-XXXXXXXX.tmp`) and a rename, so a reader sees the old file
or the new one, never half of each. A catalog is a translator's work as well
as ours, and their tools take no lock: `replace_if_unchanged` swaps the new
file in only if the old one still holds the bytes the run merged, and reports
what it found otherwise, so the caller merges again instead of reverting a save.

An OSError from here is raised as a `WriteError` naming the file and the reason.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DigestL10nError

if TYPE_CHECKING:
    import ctypes

# The marker in every temp file's name; `clean_stale` removes only files that carry it,
# so a translator's own temp files beside the catalogs are never touched.
TEMP_MARK = ".digestl10n-"
_STALE = re.compile(r"^\..+\.digestl10n-[a-z0-9_]{8}\.tmp$")
# Temp files of versions before the marker (`.<name>.XXXXXXXX.tmp`): only looked for
# where nobody else writes (the build folder).
_LEGACY = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


class WriteError(DigestL10nError):
    """A file could not be read, written or replaced (read-only, permission, disk full, …)."""


def os_error(exc: OSError, path: Path | str) -> WriteError:
    """A WriteError naming `path` and the OS's reason (`Read-only file system`, …)."""
    reason = exc.strerror or str(exc)
    return WriteError(f"cannot write: {reason}", str(path))


def temp_beside(target: Path, data: bytes, *, sync: bool = True, mode: int = 0o644) -> Path:
    """Write `data` to a new marked temp file beside `target`; the caller renames or removes it."""
    # Here, not at the top: it brings random, shutil, bz2 and lzma, which a run
    # with nothing to write (most runs of extract) would load for nothing.
    import tempfile

    fd, tmp = tempfile.mkstemp(
        prefix=f".{target.name}{TEMP_MARK}", suffix=".tmp", dir=target.parent
    )
    try:
        # On the descriptor itself: a file object would add a buffer copy and a few
        # system calls (tty check, seek, stat) to each of a cold run's thousands of files.
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            if sync:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(tmp, mode)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def read_bytes(path: Path) -> bytes | None:
    """The file's bytes, None when there is no file."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        return None


def write_atomic(path: Path, data: bytes) -> bool:
    """Write `data` to `path` through a temp file and rename; skip when the bytes are unchanged.

    Returns True when the file was written. A crash or kill at any point leaves
    either the previous file or the complete new one (rename is atomic on POSIX).
    """
    try:
        if read_bytes(path) == data:
            return False
        path.parent.mkdir(parents=True, exist_ok=True)
        mode = path.stat().st_mode & 0o777 if path.exists() else 0o644
        tmp = temp_beside(path, data, mode=mode)
        try:
            os.replace(tmp, path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    except OSError as exc:
        raise os_error(exc, path) from None
    return True


def replace_if_unchanged(tmp: Path, target: Path, expected: bytes | None) -> bytes | None:
    """Rename `tmp` onto `target` if `target` still holds `expected` (None: no file).

    Returns None when done. Otherwise returns what `target` holds now (b"" for
    no file) and leaves `target` holding it: the caller merges again from it.
    The check and the rename are one atomic exchange where the system has it
    (Linux renameat2 RENAME_EXCHANGE): the old file is swapped out, compared,
    and swapped back if someone saved in between, so even a save landing
    between the check and the rename is never overwritten; our file stands in
    for it only while one inode is looked up. Elsewhere the check comes just
    before the rename, leaving a window of microseconds.
    """
    if expected is None:
        current = read_bytes(target)
        if current is not None:
            tmp.unlink(missing_ok=True)
            return current
        if _create(tmp, target):
            return None
        return read_bytes(target) or b""
    try:
        held = open(target, "rb")  # noqa: SIM115 - closed by the with below
    except FileNotFoundError:
        tmp.unlink(missing_ok=True)
        return b""
    # Held open until the end: the checked file's inode cannot be reused meanwhile,
    # so the inode found behind the exchange tells whether it is still that file.
    with held:
        checked = os.fstat(held.fileno()).st_ino
        current = held.read()
        if current != expected:
            tmp.unlink(missing_ok=True)
            return current
        if _renameat2() is not None:
            return _exchange_if_unchanged(tmp, target, expected, checked)
    # No exchange on this system; closed first, as Windows cannot replace an open file.
    os.replace(tmp, target)
    return None


def _exchange_if_unchanged(tmp: Path, target: Path, expected: bytes, checked: int) -> bytes | None:
    ours = os.lstat(tmp).st_ino
    try:
        exchanged = _exchange(tmp, target)
    except FileNotFoundError:  # removed since the check: not what was merged
        tmp.unlink(missing_ok=True)
        return read_bytes(target) or b""
    if not exchanged:
        os.replace(tmp, target)
        return None
    # Our file now stands at `target` and `tmp` holds what stood there. If a save
    # landed since the check, a translator's tool could read our file and save
    # over theirs from it: decide by inode alone, one system call, before reading
    # anything, so that moment lasts microseconds. The bytes are compared only
    # when the inode is the checked one (an editor that writes in place).
    if os.lstat(tmp).st_ino == checked and read_bytes(tmp) == expected:
        tmp.unlink()
        return None
    # Swap the save back. Should yet another save have replaced our file
    # meanwhile, that one is newer: keep it.
    try:
        _exchange(tmp, target)
    except FileNotFoundError:  # our file was removed meanwhile: the save goes back alone
        _create(tmp, target)
        return read_bytes(target) or b""
    if os.lstat(tmp).st_ino != ours:
        _exchange(tmp, target)
    tmp.unlink(missing_ok=True)
    return read_bytes(target) or b""


def _create(tmp: Path, target: Path) -> bool:
    """Rename `tmp` to `target` unless a file is there (then `tmp` is removed); whether it was."""
    try:
        os.link(tmp, target)  # fails if a file appeared meanwhile: never overwrite it
    except FileExistsError:
        tmp.unlink(missing_ok=True)
        return False
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP):  # no hard links on this file system
            raise
        os.replace(tmp, target)
        return True
    tmp.unlink()
    return True


@cache
def _renameat2() -> ctypes._CFuncPtr | None:  # type: ignore[name-defined]
    import ctypes  # only to replace a file: a run with nothing to write never needs it

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return None
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    fn.restype = ctypes.c_int
    return fn


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(a: Path, b: Path) -> bool:
    """Swap two existing files atomically; False where the system or file system cannot."""
    fn = _renameat2()
    if fn is None:
        return False
    rc = fn(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE)
    if rc == 0:
        return True
    import ctypes

    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EPERM):
        return False
    if err == errno.ENOENT:
        raise FileNotFoundError(err, os.strerror(err), str(b))
    raise OSError(err, os.strerror(err), str(b))


def clean_stale(folders: Iterable[Path], legacy: Iterable[Path] = ()) -> list[Path]:
    """Remove the temp files a killed run left under `folders` (and old-style ones under `legacy`).

    Call it only while holding the project lock: another run's temp files are live.
    """
    marked, old = list(folders), list(legacy)
    removed = []
    # Each folder walked once, whatever it is looked in for: the build folder, both,
    # holds thousands of pages, and every extract, however little it has to do, cleans.
    for folder in dict.fromkeys(marked + old):
        if not folder.is_dir():
            continue
        patterns = [p for p, where in ((_STALE, marked), (_LEGACY, old)) if folder in where]
        for dirpath, _, names in os.walk(folder):
            for name in names:
                # Both kinds are named `.<name>….tmp`: the patterns only see those.
                if name[0] != "." or not name.endswith(".tmp"):
                    continue
                if any(p.match(name) for p in patterns):
                    path = Path(dirpath, name)
                    try:
                        path.unlink()
                    except FileNotFoundError:
                        continue
                    removed.append(path)
    return removed
