"""`digestl10n extract`: articles → POT and PO files."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..config import ADD_LOCATION, AddLocation
from ..update import ArticleDone, run_extract
from . import (
    QUIET,
    VERBOSE,
    load_project,
    main,
    now,
    progress,
    quiet_option,
    reports_errors,
    say,
    stopped_files,
    verbosity,
)

if TYPE_CHECKING:
    from ..catalog import SyncStats
    from ..extract import ArticleResult
    from ..model import Article
    from ..project import Project


@main.command("extract")
@click.argument("articles", nargs=-1)
@click.option("--lang", "langs", multiple=True, help="Only this target language (repeatable).")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if any file would change.")
@click.option(
    "--prune", is_flag=True, help="Remove orphaned catalogs (their article is gone), listing them."
)
@click.option("--show-dropped", is_flag=True, help="List the noise lines left out of the catalogs.")
@click.option(
    "--add-location",
    type=click.Choice(ADD_LOCATION),
    help="#: references: file and line (full), file only, or none. Default from config.",
)
@quiet_option("Print only what went wrong (no summary).")
@click.option(
    "--no-cache",
    is_flag=True,
    help="Redo every article, as if locales/.digestl10n-cache were not there (same result).",
)
@click.pass_obj
@reports_errors
def extract_cmd(
    root: Path,
    articles: tuple[str, ...],
    langs: tuple[str, ...],
    check: bool,
    prune: bool,
    show_dropped: bool,
    add_location: AddLocation | None,
    no_cache: bool,
) -> None:
    """Split articles into units and write locales/<article>.pot and each language's .po.

    Only articles whose source, catalogs, settings or glossary terms changed
    since the last run are redone (locales/.digestl10n-cache remembers; safe to
    delete). Prints a summary per language; -v names every article and file,
    -q prints only what went wrong.

    Takes the project lock. A catalog a translator saves while extract runs is
    merged again, never overwritten. An article whose units mostly match the
    catalogs of a vanished article takes them over (reported as renamed);
    catalogs no article matches are reported, and removed with --prune.
    """
    project = load_project(root)
    settings = project.settings
    if add_location:
        settings = replace(settings, add_location=add_location)
    languages = project.languages(langs)
    tags = [lang.tag for lang in settings.bases_first(languages)]
    summary = _Summary(check=check, tags=tags)
    total = len(project.article_paths(articles))

    with progress(total if verbosity() > QUIET else 0, "extracting") as bar:

        def each(done: ArticleDone) -> None:
            bar.update(1)
            summary.add(done)
            _tell(project, done, check=check, show_dropped=show_dropped)

        run = run_extract(
            project,
            articles,
            settings,
            languages,
            now=now(),
            check=check,
            prune=prune,
            use_cache=not no_cache,
            each=each,
            # Only -v and --show-dropped print from the parsed articles.
            keep_articles=verbosity() >= VERBOSE or show_dropped,
        )
    for stale in run.cleaned:
        say(f"removed {_rel(root, stale)}: a temp file left by an interrupted run")
    for moved in run.renamed:
        verb = "would rename" if check else "renamed"
        say(f"{verb} {moved.old} → {moved.new}: its {len(moved.moved)} catalog(s) move with it")
    for path in run.remerged:
        say(f"merged again: {path} changed while extract ran (a translator's save kept)")
    for orphan in run.orphans:
        click.echo(
            f"warning: orphaned catalogs of {orphan.name} ({len(orphan.paths)} files, "
            f"{orphan.translated} "
            "translated entries): no article in the source folder; "
            "rename the article back, or run `digestl10n extract --prune` to remove them",
            err=True,
        )
    for gone in run.pruned:
        say(
            f"pruned {gone.name}: removed {', '.join(gone.paths)} "
            f"({gone.translated} translated entries)"
        )
    if run.no_glossary and settings.variants:
        say(f"note: no glossary ({settings.glossary}): variants converted without one")
    for line in summary.lines(run.total, run.total - run.redone):
        say(line)
    if check:
        if summary.changed or run.renamed:
            n = summary.changed + len(run.renamed)
            click.echo(f"{n} file(s) out of date; run `digestl10n extract`.", err=True)
            raise SystemExit(1)
        say("catalogs up to date")
    stopped_files(run.stopped)


def _rel(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _tell(project: Project, done: ArticleDone, *, check: bool, show_dropped: bool) -> None:
    """-v: what extract did for one article; --show-dropped: its noise lines."""
    r = done.result
    # Built only to be printed: this runs for every article of the archive.
    if verbosity() >= VERBOSE:
        if r is None:
            say(f"{done.path}: up to date", VERBOSE)
        else:
            for line in _report(r, check=check, written=done.written):
                say(line, VERBOSE)
    if show_dropped:
        article = r.article if r is not None else None
        if article is None:
            article = project.article(project.root / done.path)
        for line in _dropped(article):
            say(line)


def _dropped(a: Article) -> list[str]:
    return [f"  dropped {a.path}:{v.line}: {a.source[v.start : v.end].rstrip()}" for v in a.noise]


def _report(r: ArticleResult, *, check: bool, written: frozenset[str]) -> list[str]:
    a = r.article
    assert a is not None  # kept whenever -v is given (extract_cmd)
    kinds = ", ".join(
        f"{n} {k}" for k, n in sorted(r.kinds.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    lang = f" [{r.source_language}]" if r.source_language else ""
    out = [f"{a.path}{lang}: {len(a.units)} units ({kinds}); {len(a.noise)} noise lines dropped"]
    for o in r.outputs:
        verb = (
            ("would update" if check else "updated")
            if o.old is not None
            else ("would create" if check else "created")
        )
        done = o.changed if check else o.path in written
        out.append(f"  {verb if done else 'unchanged'} {o.path}")
    for tag, s in r.stats.items():
        parts = [f"{n} {what}" for what, n in _parts(s, why=True) if n]
        if parts:
            out.append(f"  {tag}: " + "; ".join(parts))
    return out


def _parts(s: SyncStats, *, why: bool = False) -> list[tuple[str, int]]:
    """What a merge did to a catalog, as (label, count); `why` explains the cosmetic ones."""
    cosmetic = "kept without fuzzy" + (
        ": edit only cosmetic (spacing, line breaks, full/half-width punctuation)" if why else ""
    )
    return [
        ("fuzzy", len(s.fuzzy)),
        ("new", s.new),
        ("obsolete", len(s.obsoleted)),
        ("revived from obsolete", s.revived),
        ("offered from translation memory", s.from_memory),
        (cosmetic, len(s.cosmetic)),
    ]


class _Summary:
    """Totals over the run, per language: files created, updated, unchanged; sync counts."""

    def __init__(self, *, check: bool, tags: list[str]):
        self.check = check
        self.order = ["template", *tags]
        self.files: dict[str, Counter[str]] = defaultdict(Counter)
        self.stats: dict[str, Counter[str]] = defaultdict(Counter)
        self.changed = 0  # files that differ from what the run computed

    def add(self, done: ArticleDone) -> None:
        r = done.result
        if r is None:
            return
        tags = ["template", *r.stats]
        for tag, o in zip(tags, r.outputs, strict=True):
            changed = o.changed if self.check else o.path in done.written
            verb = "unchanged" if not changed else "updated" if o.old is not None else "created"
            self.files[tag][verb] += 1
            self.changed += o.changed
        for tag, s in r.stats.items():
            for what, n in _parts(s):
                self.stats[tag][what] += n
        for tag in done.kept:
            self.files[tag]["unchanged"] += 1

    def lines(self, total: int, skipped: int) -> list[str]:
        would = "would be " if self.check else ""
        out = [f"{total} article(s): {total - skipped} extracted, {skipped} up to date"]
        for tag in self.order:
            files = self.files[tag]
            counts = [f"{files[v]} {would}{v}" for v in ("created", "updated") if files[v]]
            rest = files["unchanged"] + skipped
            if rest:
                counts.append(f"{rest} unchanged")
            extra = "; ".join(f"{n} {what}" for what, n in self.stats[tag].items() if n)
            if counts or extra:
                out.append(f"  {tag}: {', '.join(counts)}" + (f"; {extra}" if extra else ""))
        return out
