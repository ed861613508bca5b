"""`digestl10n extract`: articles → POT and PO files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click

from ..config import ADD_LOCATION, AddLocation
from ..extract import ArticleResult
from ..update import run_extract
from . import load_project, main, now, reports_errors, stopped_files


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
) -> None:
    """Split articles into units and write locales/<article>.pot and each language's .po.

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
    parsed = project.articles(articles)
    run = run_extract(project, parsed, settings, languages, now=now(), check=check, prune=prune)
    for stale in run.cleaned:
        click.echo(f"removed {_rel(root, stale)}: a temp file left by an interrupted run")
    for moved in run.renamed:
        verb = "would rename" if check else "renamed"
        click.echo(
            f"{verb} {moved.old} → {moved.new}: its {len(moved.moved)} catalog(s) move with it"
        )
    changed = [o for r in run.results for o in r.outputs if o.changed]
    for r in run.results:
        _report(r, show_dropped=show_dropped, check=check, written=run.written)
    for path in run.remerged:
        click.echo(f"merged again: {path} changed while extract ran (a translator's save kept)")
    for orphan in run.orphans:
        click.echo(
            f"warning: orphaned catalogs of {orphan.name} ({len(orphan.paths)} files, "
            f"{orphan.translated} "
            "translated entries): no article in the source folder; "
            "rename the article back, or run `digestl10n extract --prune` to remove them",
            err=True,
        )
    for gone in run.pruned:
        click.echo(
            f"pruned {gone.name}: removed {', '.join(gone.paths)} "
            f"({gone.translated} translated entries)"
        )
    if run.no_glossary and settings.variants:
        click.echo(f"note: no glossary ({settings.glossary}): variants converted without one")
    if check:
        if changed or run.renamed:
            n = len(changed) + len(run.renamed)
            click.echo(f"{n} file(s) out of date; run `digestl10n extract`.", err=True)
            raise SystemExit(1)
        click.echo("catalogs up to date")
    stopped_files(run.stopped)


def _rel(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()


def _report(r: ArticleResult, *, show_dropped: bool, check: bool, written: set[str]) -> None:
    a = r.article
    kinds = ", ".join(
        f"{n} {k}" for k, n in sorted(r.kinds.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    noise = a.noise
    lang = f" [{r.source_language}]" if r.source_language else ""
    click.echo(f"{a.path}{lang}: {len(a.units)} units ({kinds}); {len(noise)} noise lines dropped")
    if show_dropped:
        for v in noise:
            click.echo(f"  dropped {a.path}:{v.line}: {a.source[v.start : v.end].rstrip()}")
    for o in r.outputs:
        verb = (
            ("would update" if check else "updated")
            if o.old is not None
            else ("would create" if check else "created")
        )
        done = o.changed if check else o.path in written
        click.echo(f"  {verb if done else 'unchanged'} {o.path}")
    for tag, s in r.stats.items():
        parts = []
        if s.fuzzy:
            parts.append(f"{len(s.fuzzy)} fuzzy")
        if s.new:
            parts.append(f"{s.new} new")
        if s.obsoleted:
            parts.append(f"{len(s.obsoleted)} obsolete")
        if s.revived:
            parts.append(f"{s.revived} revived from obsolete")
        if s.from_memory:
            parts.append(f"{s.from_memory} offered from translation memory")
        if s.cosmetic:
            parts.append(
                f"{len(s.cosmetic)} kept without fuzzy: edit only cosmetic (spacing, line breaks, "
                "full/half-width punctuation)"
            )
        if parts:
            click.echo(f"  {tag}: " + "; ".join(parts))
