"""`digestl10n convert`: fill derived variants (zh-Hant, zh-TW, zh-HK, …) by OpenCC."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from ..convert import review_project
from ..languages import parse_language
from ..project import Project
from ..update import run_convert, run_pivot
from ..variants import ConvertStats, Review
from . import load_project, main, reports_errors, stopped_files


@main.command("convert")
@click.option("--lang", "langs", multiple=True, help="Only this derived language (repeatable).")
@click.option(
    "--report",
    is_flag=True,
    help="Write nothing; list, per entry, where the phrase-level conversion differs from s2t.",
)
@click.option("--from", "source", metavar="LANG", help="Derive from this language's catalogs …")
@click.option("--to", "target", metavar="LANG", help="… the catalogs of this language.")
@click.option(
    "--adopt",
    is_flag=True,
    help="Take the existing catalogs' translations as reviewed (one header field).",
)
@click.argument("catalogs", nargs=-1, type=click.Path(dir_okay=False))
@click.pass_obj
@reports_errors
def convert_cmd(
    root: Path,
    langs: tuple[str, ...],
    report: bool,
    source: str | None,
    target: str | None,
    adopt: bool,
    catalogs: tuple[str, ...],
) -> None:
    """Convert each variant's catalog from its base, keeping every reviewer's edit.

    The glossary's renderings win over OpenCC's phrase choices. `extract` runs
    this step itself; run it alone after editing the glossary or a base
    translation. With --from and --to, derive a catalog beside each CATALOG
    (default: the project's catalogs of --from), creating it when missing.
    """
    project = load_project(root)
    if source or target or catalogs:
        if not (source and target) or report or langs:
            raise click.UsageError("--from and --to go together, without --lang or --report")
        _pivot(project, source, target, adopt, catalogs)
        return
    if adopt and report:
        raise click.UsageError("--adopt writes; --report writes nothing")
    chosen = project.variants(langs)
    if report:
        glossary = project.glossary()
        _report(*review_project(project, project.catalog_texts(), chosen, glossary))
        return
    run = run_convert(project, chosen, adopt=adopt)
    if not run.results:
        click.echo("no variant catalogs yet; run `digestl10n extract` first")
    for r in run.results:
        verb = "created" if r.old is None else "updated" if r.path in run.written else "unchanged"
        how = f"{r.variant.opencc} from {r.variant.base}"
        click.echo(f"{verb} {r.path} ({how}): {_summary(r.stats)}")
    for path in run.remerged:
        click.echo(f"converted again: {path} changed while convert ran (a reviewer's save kept)")
    stopped_files(run.stopped)


def _pivot(
    project: Project, source: str, target: str, adopt: bool, catalogs: tuple[str, ...]
) -> None:
    run = run_pivot(project, parse_language(source), parse_language(target), catalogs, adopt=adopt)
    if not run.results:
        click.echo(f"no {source} catalogs to derive from")
    for r in run.results:
        s = r.stats
        verb = "created" if s.created else "updated" if r.path in run.written else "unchanged"
        parts = [
            f"{s.filled} filled",
            f"{s.updated} re-converted" if s.updated else "",
            f"{s.unchanged} up to date" if s.unchanged else "",
            f"{s.kept} reviewer translations kept",
            f"{s.plural} plural",
            f"{s.fuzzy} fuzzy as in the base" if s.fuzzy else "",
            f"{s.no_base} without base translation" if s.no_base else "",
        ]
        click.echo(
            f"{verb} {r.path} ({r.config} from {r.base}): " + "; ".join(p for p in parts if p)
        )
    for path in run.remerged:
        click.echo(f"converted again: {path} changed while convert ran (a reviewer's save kept)")
    stopped_files(run.stopped)


def _summary(s: ConvertStats) -> str:
    parts = [
        f"{s.filled} filled" if s.filled else "",
        f"{s.updated} re-converted" if s.updated else "",
        f"{s.unchanged} up to date" if s.unchanged else "",
        f"{len(s.kept)} reviewer edits kept" if s.kept else "",
        f"{len(s.fuzzy)} reviewer edits fuzzy (source changed)" if s.fuzzy else "",
        f"{len(s.no_base)} without base translation" if s.no_base else "",
    ]
    return "; ".join(p for p in parts if p) or "empty"


def _report(reviews: list[Review], skipped: dict[str, int]) -> None:
    by_path: dict[str, list[Review]] = {}
    for r in reviews:
        by_path.setdefault(r.path, []).append(r)
    for path in sorted(skipped):
        entries = by_path.get(path, [])
        distinct: Counter[tuple[str, str, str, bool]] = Counter()
        click.echo(f"{path}: {len(entries)} entries with phrase-level changes")
        for r in entries:
            click.echo(f"  {r.where}")
            for s in r.spans:
                distinct[(s.source, s.plain, s.phrase, s.glossary)] += 1
                how = "glossary" if s.glossary else "opencc"
                click.echo(f"    {s.source} → {s.phrase}  ({how}; s2t {s.plain})")
        if skipped[path]:
            click.echo(f"  not listed, edited by a reviewer: {skipped[path]}")
        click.echo(f"  {len(distinct)} distinct changes:")
        for (src, plain, phrase, gl), n in sorted(distinct.items(), key=lambda kv: (-kv[1], kv[0])):
            how = "glossary" if gl else "opencc"
            click.echo(f"    {n:4d}  {src} → {phrase}  ({how}; s2t {plain})")
