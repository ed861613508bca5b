"""A run's catalogs written without losing anyone's save: stage all, then replace each if unchanged.

Extract and convert compute every new catalog text from the texts they read
(`Output.old`). Here those texts are first all written to temp files (a full
disk fails before any catalog is replaced: no template without its catalogs),
then each is renamed onto its catalog only if the catalog still holds the text
that was merged (`files.replace_if_unchanged`). When a translator saved in
between, the group the file belongs to (an article: its template and
catalogs) is merged again from what is on disk now, by the caller's `redo`,
and staged again. A file that keeps changing is left alone, its group unwritten,
and named in `Written.stopped`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from .errors import DigestL10nError
from .files import os_error, read_bytes, replace_if_unchanged, temp_beside
from .sources import decode

# How often one group is merged again before the run gives up on it.
ATTEMPTS = 5


class Planned(Protocol):
    """A file a run would write: project-relative path, new text, the text it was merged from."""

    @property
    def path(self) -> str: ...
    @property
    def data(self) -> bytes: ...  # the new text, UTF-8
    @property
    def old(self) -> str | None: ...
    @property
    def changed(self) -> bool: ...  # whether the new text differs from `old`


G = TypeVar("G")


@dataclass
class Written(Generic[G]):
    """The groups as finally written, and the files merged again because they changed meanwhile."""

    groups: list[G]
    remerged: list[str] = field(default_factory=list)
    written: set[str] = field(default_factory=set)  # paths whose file this run replaced or created
    # The inode of each written file as this run wrote it: a later stat of the path
    # that finds another inode is someone else's file.
    inodes: dict[str, int] = field(default_factory=dict)
    # Files that changed again at every merge: their group was left unwritten.
    stopped: list[str] = field(default_factory=list)


def write_groups(
    root: Path,
    groups: Sequence[G],
    outputs: Callable[[G], Sequence[Planned]],
    redo: Callable[[G, Mapping[str, str | None]], G],
    read: Callable[[bytes, str], str] = decode,
) -> Written[G]:
    """Write every changed output of every group; merge a group again when a file changed under it.

    `redo(group, fresh)` recomputes a group from `fresh`: the current text (None:
    no file) of every path of the group, decoded by `read` (a catalog in a legacy
    charset is compared and re-read as the text it decodes to). Temp files are
    removed whatever happens.
    """
    done: Written[G] = Written(list(groups))
    staged: dict[int, list[tuple[Planned, Path]]] = {}
    try:
        for i, group in enumerate(done.groups):
            staged[i] = _stage(root, outputs(group))
        for i in range(len(done.groups)):
            for _ in range(ATTEMPTS):
                changed = _commit(root, staged[i], done.written, done.inodes, read)
                if changed is None:
                    break
                done.remerged.append(changed)
                paths = [o.path for o in outputs(done.groups[i])]
                fresh = {p: _text(root, p, read) for p in paths}
                done.groups[i] = redo(done.groups[i], fresh)
                staged[i] = _stage(root, outputs(done.groups[i]))
            else:
                # Stop for this group only: its files stay as their editors left them.
                done.stopped.append(done.remerged[-1])
                for _, tmp in staged[i]:
                    tmp.unlink(missing_ok=True)
                staged[i] = []
    finally:
        for pending in staged.values():
            for _, tmp in pending:
                tmp.unlink(missing_ok=True)
    return done


def _text(root: Path, rel: str, read: Callable[[bytes, str], str]) -> str | None:
    data = read_bytes(root / rel)
    return read(data, rel) if data is not None else None


def _stage(root: Path, outputs: Sequence[Planned]) -> list[tuple[Planned, Path]]:
    staged: list[tuple[Planned, Path]] = []
    try:
        for o in outputs:
            if not o.changed:
                continue
            target = root / o.path
            try:
                try:
                    mode = target.stat().st_mode & 0o777
                except FileNotFoundError:
                    mode = 0o644
                # fsync protects work already on disk; a file created now holds nobody's
                # work yet (a crash costs a rerun), and cold runs create thousands.
                data = o.data
                sync = o.old is not None
                try:
                    tmp = temp_beside(target, data, mode=mode, sync=sync)
                except FileNotFoundError:  # its folder is new (a language's first catalog)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    tmp = temp_beside(target, data, mode=mode, sync=sync)
                staged.append((o, tmp))
            except OSError as exc:
                raise os_error(exc, o.path) from None
    except BaseException:
        for _, tmp in staged:
            tmp.unlink(missing_ok=True)
        raise
    return staged


def _commit(
    root: Path,
    staged: list[tuple[Planned, Path]],
    written: set[str],
    inodes: dict[str, int],
    read: Callable[[bytes, str], str],
) -> str | None:
    """Replace each staged file's target; the path of the first that changed since read, if any.

    Entries done are taken off `staged`; on a change the rest are removed.
    """
    while staged:
        o, tmp = staged[0]
        try:
            ino = tmp.stat().st_ino
        except OSError as exc:
            raise os_error(exc, o.path) from None
        expected = o.old.encode("utf-8") if o.old is not None else None
        try:
            now = replace_if_unchanged(tmp, root / o.path, expected)
            if now is not None and o.old is not None and _decodes_to(now, o.path, o.old, read):
                # The same text in another charset (a legacy catalog we convert to UTF-8).
                now = replace_if_unchanged(tmp, root / o.path, now)
        except OSError as exc:
            raise os_error(exc, o.path) from None
        staged.pop(0)
        if now is None:
            written.add(o.path)
            inodes[o.path] = ino
        else:
            for _, rest in staged:
                rest.unlink(missing_ok=True)
            staged.clear()
            return o.path
    return None


def _decodes_to(data: bytes, rel: str, text: str, read: Callable[[bytes, str], str]) -> bool:
    try:
        return read(data, rel) == text
    except DigestL10nError:
        return False
