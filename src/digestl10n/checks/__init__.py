"""The check registry: small named functions that yield problems; the runner collects them.

A check is registered with `@check(name, severity)`; its docstring's first line is
its title (`digestl10n check --list`). It receives one catalog entry and the
context of its catalog and yields messages; it never raises for a bad entry, so
one entry never stops the run. Check families live in modules of this package.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import polib

from ..config import Variant
from ..languages import Language
from ..model import Finding, Severity

CheckFunc = Callable[[polib.POEntry, "Context"], Iterable[str]]


@dataclass(frozen=True)
class Context:
    """What a check may know about the catalog an entry comes from."""

    path: str
    language: Language
    source_language: Language | None
    glossary: Any = None  # glossary.Glossary when the project has one
    variant: Variant | None = None


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
    limits the run to the named checks.
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
        for c, level in active:
            if fuzzy and not c.on_fuzzy:
                continue
            for message in c.func(entry, ctx):
                yield Finding(
                    check=c.name,
                    severity=level,
                    path=ctx.path,
                    line=entry.linenum,
                    message=message,
                    source=entry.msgid,
                    translation=entry.msgstr,
                    language=ctx.language.tag,
                )
