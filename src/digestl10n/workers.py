"""Worker processes and staged output: the helpers `check` and `build` share.

A `WorkerPool` runs `fn(state, item)` in other processes. The state (a catalog
and its check context, or what building any article needs) is handed to each
worker once, at its start: under fork it is inherited, never pickled; without
fork it is pickled once per worker, not once per item.

`Staging` writes outputs as temp files beside their targets and renames them
all only when the whole run has succeeded, so an error found at the last item
leaves nothing written.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Generic, TypeVar

from .files import os_error, temp_beside

S = TypeVar("S")
T = TypeVar("T")
R = TypeVar("R")


def cores() -> int:
    """The processors this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether worker processes can start by fork (inheriting loaded modules and state)."""
    return "fork" in multiprocessing.get_all_start_methods()


# Set once in each worker process by _start, from the pool's initializer arguments;
# the parent process never sets it.
_task: tuple[Callable[[Any, Any], Any], Any] | None = None


def _start(fn: Callable[[Any, Any], Any], state: Any) -> None:
    global _task
    _task = (fn, state)


def _call(item: Any) -> Any:
    assert _task is not None  # set by _start when the worker process began
    fn, state = _task
    return fn(state, item)


class WorkerPool(Generic[S, T, R]):
    """`fn(state, item)` in `workers` processes, fork where the platform has it.

    `fn` must be a module-level function; items and results are pickled.
    """

    def __init__(self, fn: Callable[[S, T], R], state: S, workers: int) -> None:
        # fork: workers inherit the loaded modules and the state instead of re-importing.
        context = multiprocessing.get_context("fork" if can_fork() else None)
        self._pool = ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=_start, initargs=(fn, state)
        )

    def __enter__(self) -> WorkerPool[S, T, R]:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._pool.shutdown(wait=True)

    def submit(self, item: T) -> Future[R]:
        """Run `fn(state, item)` in a worker."""
        return self._pool.submit(_call, item)

    def map(self, items: Iterable[T]) -> list[R]:
        """`fn(state, item)` for every item, in order."""
        return list(self._pool.map(_call, items))

    def stop(self, futures: Iterable[Future[R]]) -> None:
        """Cancel the futures not started yet and wait for the running ones to end."""
        for future in futures:
            future.cancel()
        self._pool.shutdown(wait=True)


@dataclass
class Staging:
    """Outputs written as temp files beside their targets, renamed onto them by `commit`.

    Memory stays flat however many outputs there are (each goes to disk at once);
    an unchanged file is not rewritten. No fsync: staged output is regenerated,
    not precious. Picklable, so a worker process can stage and hand back its list.
    """

    staged: list[tuple[Path, str | None]] = field(default_factory=list)  # (target, temp or None)
    made: list[Path] = field(default_factory=list)  # folders created for the temp files
    removed: list[Path] = field(default_factory=list)  # outputs to delete at commit
    _dirs: set[Path] = field(default_factory=set)

    def add(self, target: Path, content: str | bytes) -> None:
        """Write `content` beside `target`, to be renamed onto it when the whole run succeeds."""
        data = content.encode("utf-8") if isinstance(content, str) else content
        try:
            if target.read_bytes() == data:
                self.staged.append((target, None))
                return
        except FileNotFoundError:
            pass
        folder = target.parent
        try:
            if folder not in self._dirs:
                self.made += [p for p in (folder, *folder.parents) if not p.exists()]
                folder.mkdir(parents=True, exist_ok=True)
                self._dirs.add(folder)
            tmp = temp_beside(target, data, sync=False)
        except OSError as exc:
            raise os_error(exc, target) from None
        self.staged.append((target, str(tmp)))

    def remove(self, target: Path) -> None:
        """Delete `target` when the whole run succeeds, if it is there (an output now refused)."""
        if target.exists():
            self.removed.append(target)

    def extend(self, other: Staging) -> None:
        """Take over what another staging (a worker's) wrote, after what this one did."""
        self.staged += other.staged
        self.made += other.made
        self.removed += other.removed

    @property
    def written(self) -> list[tuple[Path, bool]]:
        """(target, whether its bytes change) for every output, in staging order."""
        return [(target, tmp is not None) for target, tmp in self.staged]

    def commit(self) -> None:
        """Rename every temp file onto its target, then delete the outputs to remove."""
        for target, tmp in self.staged:
            if tmp is not None:
                try:
                    os.replace(tmp, target)
                except OSError as exc:
                    raise os_error(exc, target) from None
        for target in self.removed:
            try:
                target.unlink(missing_ok=True)
            except OSError as exc:
                raise os_error(exc, target) from None

    def abort(self) -> None:
        """Remove every temp file, then every folder made for them that is left empty."""
        for _, tmp in self.staged:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
        for folder in sorted(set(self.made), key=lambda p: len(p.parts), reverse=True):
            with contextlib.suppress(OSError):  # not empty: other files live there
                folder.rmdir()
