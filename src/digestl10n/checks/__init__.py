"""The check registry: small named functions that yield problems; the runner collects them.

A check is registered with `@check(name, severity)`; its docstring's first line is
its title (`digestl10n check --list`). It receives one catalog entry and the
context of its catalog and yields messages. A check is not meant to raise; one
that does (a bug, or an entry nobody foresaw) gives one internal-error finding
for that entry, and the run goes on with the other checks and entries.
Check families live in modules of this package.

Checks share no module state: what several checks conclude about the same entry
(the glossary checks' verdict) is worked out once through `Context.once`, whose
memo belongs to the context.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import TypeVar

import polib

from ..config import Variant
from ..errors import DigestL10nError
from ..glossary import Glossary
from ..languages import Language
from ..model import Finding, Severity

CheckFunc = Callable[[polib.POEntry, "Context"], Iterable[str]]
T = TypeVar("T")


class _EntryMemo:
    """Judgements about the latest entry, each worked out once however many checks ask.

    run() gives an entry to every check before the next entry, so the latest
    entry is the only one worth keeping. An entry edited in place is judged anew.
    """

    __slots__ = ("_entry", "_msgid", "_msgstr", "_results")

    def __init__(self) -> None:
        self._entry: polib.POEntry | None = None
        self._msgid = ""
        self._msgstr = ""
        self._results: dict[object, object] = {}

    def __reduce__(self) -> tuple[type[_EntryMemo], tuple[()]]:
        # A context sent to another process (or copied) starts with an empty memo.
        return (_EntryMemo, ())

    def get(
        self, entry: polib.POEntry, ctx: Context, judge: Callable[[polib.POEntry, Context], T]
    ) -> T:
        if entry is self._entry and entry.msgid == self._msgid and entry.msgstr == self._msgstr:
            results = self._results
            if judge in results:
                return results[judge]  # type: ignore[return-value]  # stored by this judge
        else:
            self._entry, self._msgid, self._msgstr = entry, entry.msgid, entry.msgstr
            results = self._results = {}
        result = results[judge] = judge(entry, ctx)
        return result


@dataclass(frozen=True)
class Context:
    """What a check may know about the catalog an entry comes from."""

    path: str
    language: Language
    source_language: Language | None
    glossary: Glossary | None = None
    variant: Variant | None = None
    # Not an argument, and new in every Context (dataclasses.replace too): no two
    # contexts or processes share a memo.
    _memo: _EntryMemo = field(
        default_factory=_EntryMemo, init=False, repr=False, compare=False, hash=False
    )

    def once(self, entry: polib.POEntry, judge: Callable[[polib.POEntry, Context], T]) -> T:
        """`judge(entry, self)`, worked out once for this entry however many checks ask."""
        return self._memo.get(entry, self, judge)


@dataclass(frozen=True)
class Check:
    """A registered check: name, default severity, title, and the function."""

    name: str
    severity: Severity
    title: str
    func: CheckFunc
    on_fuzzy: bool = False  # most checks judge finished translations only


REGISTRY: dict[str, Check] = {}


def check(
    name: str, severity: Severity = Severity.ERROR, *, on_fuzzy: bool = False
) -> Callable[[CheckFunc], CheckFunc]:
    """Register a check function under `name`."""

    def register(func: CheckFunc) -> CheckFunc:
        title = (func.__doc__ or name).strip().splitlines()[0]
        REGISTRY[name] = Check(name, severity, title, func, on_fuzzy)
        return func

    return register


def load_all() -> dict[str, Check]:
    """Import every check family so the registry is complete; returns it."""
    import importlib
    import pkgutil

    for mod in pkgutil.iter_modules(__path__):
        importlib.import_module(f"{__name__}.{mod.name}")
    return REGISTRY


def run(
    po: Iterable[polib.POEntry],
    ctx: Context,
    *,
    only: Iterable[str] | None = None,
    severities: Mapping[str, str] | None = None,
) -> Iterator[Finding]:
    """Run the enabled checks over every translated entry of a catalog (or a slice of its entries).

    `severities` maps check names to "error", "warning" or "off" (config); `only`
    limits the run to the named checks. A check that raises gives one error
    finding for the entry instead of its messages; a DigestL10nError (a user's
    error) is raised on.
    """
    registry = load_all()
    chosen = list(only) if only else sorted(registry)
    active: list[tuple[Check, Severity]] = []
    for name in chosen:
        c = registry[name]
        level = (severities or {}).get(name, c.severity.value)
        if level != "off":
            active.append((c, Severity(level)))
    for entry in po:
        if entry.obsolete or not entry.msgid:
            continue
        translated = bool(entry.msgstr) or any(entry.msgstr_plural.values())
        if not translated:
            continue
        fuzzy = entry.fuzzy
        line = entry.linenum or 0  # 0: an entry made in memory, not read from a file
        origin: tuple[str, int] | None = None  # worked out for an entry with findings only
        for c, level in active:
            if fuzzy and not c.on_fuzzy:
                continue
            try:
                messages = list(c.func(entry, ctx))
            except DigestL10nError:
                raise  # a user's error (a bad setting), for the CLI to report as such
            except Exception as exc:  # a bug in one check must not stop the others
                yield _internal_error(c, entry, ctx, line, exc)
                continue
            if not messages:
                continue
            if origin is None:
                origin = source_of(entry)
            for message in messages:
                yield Finding(
                    check=c.name,
                    severity=level,
                    path=ctx.path,
                    line=line,
                    message=message,
                    source=entry.msgid,
                    translation=entry.msgstr,
                    language=ctx.language.tag,
                    source_path=origin[0],
                    source_line=origin[1],
                )


def source_of(entry: polib.POEntry) -> tuple[str, int]:
    """Where an entry's text stands in its article: its first `#:` reference (path, line).

    ("", 0) without a reference; line 0 when the reference has no line
    (add_location = "file").
    """
    if not entry.occurrences:
        return "", 0
    path, line = entry.occurrences[0]
    return path, int(line) if str(line).isdigit() else 0


def _internal_error(
    c: Check, entry: polib.POEntry, ctx: Context, line: int, exc: Exception
) -> Finding:
    """The one finding a check that raised gives for the entry: an error, whatever its severity."""
    return Finding(
        check=c.name,
        severity=Severity.ERROR,
        path=ctx.path,
        line=line,
        message=(
            f"internal error in check {c.name}: {type(exc).__name__}: {exc} "
            f"(entry at {ctx.path}:{line}); please report it"
        ),
        source=entry.msgid,
        translation=entry.msgstr,
        language=ctx.language.tag,
        source_path=source_of(entry)[0],
        source_line=source_of(entry)[1],
    )
