"""`digestl10n extract`: articles → POT and PO files."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click

from ..config import ADD_LOCATION
from ..extract import ArticleResult, extract
from ..files import write_atomic
from ..segment import parse_article
from ..sources import read, select
from . import Project, main, now, reports_errors


@main.command("extract")
@click.argument("articles", nargs=-1)
@click.option("--lang", "langs", multiple=True, help="Only this target language (repeatable).")
@click.option("--check", is_flag=True, help="Write nothing; exit 1 if any file would change.")
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
    show_dropped: bool,
    add_location: str | None,
) -> None:
    """Split articles into units and write locales/<article>.pot and each language's .po."""
    project = Project(root)
    settings = project.settings
    if add_location:
        settings = replace(settings, add_location=add_location)
    languages = project.languages(langs)
    parsed = []
    for path in select(root, settings.source_dir, list(articles)):
        src = read(root, path)
        parsed.append(
            parse_article(
                src.text,
                name=src.name,
                path=src.path,
                noise=settings.noise,
                keys=settings.metadata_keys,
            )
        )
    results = extract(
        parsed,
        settings,
        project.catalog_texts(),
        now=now(),
        languages=languages,
        glossary=project.glossary(),
    )
    changed = [o for r in results for o in r.outputs if o.changed]
    for r in results:
        _report(r, show_dropped=show_dropped, check=check)
    if check:
        if changed:
            click.echo(f"{len(changed)} file(s) out of date; run `digestl10n extract`.", err=True)
            raise SystemExit(1)
        click.echo("catalogs up to date")
        return
    for o in changed:
        write_atomic(root / o.path, o.text.encode("utf-8"))


def _report(r: ArticleResult, *, show_dropped: bool, check: bool) -> None:
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
        click.echo(f"  {verb if o.changed else 'unchanged'} {o.path}")
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
