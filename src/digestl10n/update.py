"""The catalog-writing commands' pipeline: extract and convert, run under the project lock.

Around the pure steps (`extract.extract`, `convert.convert_project`) this adds
what touching the project's files needs: renamed articles' catalogs moved to
their new names, orphaned catalogs found (and pruned on request), and every
output written by `writing.write_groups`, so a translator's save made during
the run is merged, never reverted. What is reported is what was written.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .config import Settings
from .convert import Converted, Pivoted, convert_project, pivot_catalogs
from .errors import DigestL10nError
from .extract import ArticleResult, extract
from .files import clean_stale, os_error
from .languages import Language
from .layout import catalog_at, pot_path
from .model import Article
from .po import parse_po
from .project import Project, decode_catalog
from .writing import G, Planned, Written, write_groups

# An article whose distinct units are mostly (more than this share, both ways)
# the msgids of an orphaned template is that template's article, renamed.
RENAME_SHARE = 0.5


@dataclass(frozen=True)
class Rename:
    """An orphaned article's catalogs moved to the article that took its units."""

    old: str
    new: str
    moved: tuple[tuple[str, str], ...]  # (old path, new path)


@dataclass(frozen=True)
class Orphan:
    """Catalogs whose article is gone and that no new article matches."""

    name: str
    paths: tuple[str, ...]
    translated: int  # translated entries in its catalogs


@dataclass
class ExtractRun:
    """What extract did: the results as written, and what it found around them."""

    results: list[ArticleResult]
    written: set[str] = field(default_factory=set)
    remerged: list[str] = field(default_factory=list)
    stopped: list[str] = field(default_factory=list)
    renamed: list[Rename] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    pruned: list[Orphan] = field(default_factory=list)
    cleaned: list[Path] = field(default_factory=list)
    no_glossary: bool = False


def run_extract(
    project: Project,
    articles: list[Article],
    settings: Settings,
    languages: tuple[Language, ...],
    *,
    now: str,
    check: bool = False,
    prune: bool = False,
) -> ExtractRun:
    """Extract `articles`; unless `check`, under the lock, moving renamed catalogs and writing."""
    glossary = project.glossary()
    sources = {a.name: project.source_language(a) for a in articles}

    def compute(texts: Mapping[str, str], chosen: list[Article]) -> list[ArticleResult]:
        return extract(
            chosen,
            settings,
            texts,
            now=now,
            sources=sources,
            languages=languages,
            glossary=glossary,
        )

    if check:
        existing = project.catalog_texts()
        renamed, orphans = _renames(project, articles, existing)
        return ExtractRun(compute(existing, articles), renamed=renamed, orphans=orphans)

    with project.lock() as cleaned:
        existing = dict(project.catalog_texts())
        renamed, orphans = _renames(project, articles, existing)
        for r in renamed:
            _move(project.root, r, existing)
        pruned = []
        if prune:
            for o in orphans:
                _remove(project.root, o.paths, existing)
            pruned, orphans = orphans, []
        results = compute(existing, articles)

        def redo(result: ArticleResult, fresh: Mapping[str, str | None]) -> ArticleResult:
            texts = dict(existing)
            for path, text in fresh.items():
                if text is None:
                    texts.pop(path, None)
                else:
                    texts[path] = text
            return compute(texts, [result.article])[0]

        done = _written(project, results, lambda r: r.outputs, redo)
    return ExtractRun(
        done.groups,
        written=done.written,
        remerged=done.remerged,
        stopped=done.stopped,
        renamed=renamed,
        orphans=orphans,
        pruned=pruned,
        cleaned=cleaned,
        no_glossary=glossary is None,
    )


@dataclass
class PivotRun:
    """What convert --from/--to wrote: the derived catalogs as written."""

    results: list[Pivoted]
    written: set[str] = field(default_factory=set)
    remerged: list[str] = field(default_factory=list)
    stopped: list[str] = field(default_factory=list)


def run_pivot(
    project: Project,
    source: Language,
    target: Language,
    paths: tuple[str, ...],
    *,
    adopt: bool = False,
) -> PivotRun:
    """Derive the `target` catalog of each `source` catalog under the lock, writing safely."""
    glossary = project.glossary()
    with project.lock():

        def derive(bases: tuple[str, ...]) -> list[Pivoted]:
            return pivot_catalogs(project, source, target, bases, adopt=adopt, glossary=glossary)

        def redo(group: list[Pivoted], fresh: Mapping[str, str | None]) -> list[Pivoted]:
            # A reviewer saved the derived catalog meanwhile: derive again from what is there.
            return derive(tuple(r.base for r in group))

        done = _written(project, [[r] for r in derive(paths)], lambda g: g, redo)
    return PivotRun(
        [r for g in done.groups for r in g],
        written=done.written,
        remerged=done.remerged,
        stopped=done.stopped,
    )


def _written(
    project: Project,
    groups: Sequence[G],
    outputs: Callable[[G], Sequence[Planned]],
    redo: Callable[[G, Mapping[str, str | None]], G],
) -> Written[G]:
    """`write_groups`, then, if it is interrupted, every temp file it may have left removed.

    Ctrl-C can land between a temp file's creation and its listing; under the
    lock, every marked temp file in the locales folder is this run's.
    """
    try:
        return write_groups(project.root, groups, outputs, redo, decode_catalog)
    except BaseException:
        clean_stale([project.root / project.settings.locales_dir])
        raise


def _renames(
    project: Project, articles: list[Article], existing: Mapping[str, str]
) -> tuple[list[Rename], list[Orphan]]:
    """New articles that took over an orphaned template's units, and the orphans left."""
    settings = project.settings
    orphaned = project.orphans(existing)
    ids = {
        name: _msgids(existing[pot_path(settings, name)], pot_path(settings, name))
        for name in orphaned
    }
    renamed = []
    for article in articles:
        if pot_path(settings, article.name) in existing or not orphaned:
            continue
        units = {u.text for u in article.units}
        best, share = None, RENAME_SHARE
        for name in orphaned:
            common = len(units & ids[name])
            s = min(common / len(units), common / len(ids[name])) if units and ids[name] else 0
            if s > share:
                best, share = name, s
        if best is None:
            continue
        moved = []
        for path in orphaned.pop(best):
            where = catalog_at(settings, path)
            assert where is not None  # project.orphans lists catalog paths only
            new = (
                pot_path(settings, article.name)
                if where.locale is None
                else f"{settings.locales_dir}/{where.locale}/LC_MESSAGES/{article.name}.po"
            )
            moved.append((path, new))
        renamed.append(Rename(best, article.name, tuple(moved)))
    orphans = [
        Orphan(name, tuple(paths), sum(_translated(existing[p], p) for p in paths))
        for name, paths in orphaned.items()
    ]
    return renamed, orphans


def _msgids(text: str, path: str) -> set[str]:
    return {e.msgid for e in parse_po(text, path) if not e.obsolete and e.msgid}


def _translated(text: str, path: str) -> int:
    if path.endswith(".pot"):
        return 0
    return sum(1 for e in parse_po(text, path) if not e.obsolete and e.translated())


def _move(root: Path, rename: Rename, existing: dict[str, str]) -> None:
    """Move a renamed article's catalogs as they are (git sees a rename), never over a file."""
    for old, new in rename.moved:
        target = root / new
        if target.exists():
            raise DigestL10nError(
                f"cannot carry {old} over: a catalog is already there; move or remove one", new
            )
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.rename(root / old, target)
        except OSError as exc:
            raise os_error(exc, new) from None
        existing[new] = existing.pop(old)


def _remove(root: Path, paths: tuple[str, ...], existing: dict[str, str]) -> None:
    for rel in paths:
        try:
            (root / rel).unlink(missing_ok=True)
        except OSError as exc:
            raise os_error(exc, rel) from None
        existing.pop(rel, None)


@dataclass
class ConvertRun:
    """What convert wrote: the variant catalogs as written."""

    results: list[Converted]
    written: set[str] = field(default_factory=set)
    remerged: list[str] = field(default_factory=list)
    stopped: list[str] = field(default_factory=list)
    cleaned: list[Path] = field(default_factory=list)


def run_convert(
    project: Project, languages: tuple[Language, ...], *, adopt: bool = False
) -> ConvertRun:
    """Fill the variants of `languages` from their bases under the lock, writing safely."""
    glossary = project.glossary()
    with project.lock() as cleaned:
        existing = project.catalog_texts()
        results = convert_project(project, existing, languages, glossary, adopt=adopt)
        groups: dict[str, list[Converted]] = {}
        for r in results:
            where = catalog_at(project.settings, r.path)
            groups.setdefault(where.article if where else r.path, []).append(r)

        def redo(group: list[Converted], fresh: Mapping[str, str | None]) -> list[Converted]:
            texts = {**existing, **{p: t for p, t in fresh.items() if t is not None}}
            for p, t in fresh.items():
                if t is None:
                    texts.pop(p, None)
            wanted = {c.path for c in group}
            again = convert_project(project, texts, languages, glossary, adopt=adopt)
            return [c for c in again if c.path in wanted]

        done = _written(project, list(groups.values()), lambda g: g, redo)
    return ConvertRun(
        [c for g in done.groups for c in g],
        written=done.written,
        remerged=done.remerged,
        stopped=done.stopped,
        cleaned=cleaned,
    )
