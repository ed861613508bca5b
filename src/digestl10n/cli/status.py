"""`digestl10n status`: where each language stands (the work is in status.py)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

import click

from ..checks import load_all
from ..status import project_status
from . import ReportFormat, load_project, main, reports_errors


@main.command("status")
@click.argument("articles", nargs=-1)
@click.option("--lang", "langs", multiple=True, help="Only this target language (repeatable).")
@click.option(
    "--format", "fmt", type=click.Choice(get_args(ReportFormat)), default="text", show_default=True
)
@click.pass_obj
@reports_errors
def status_cmd(
    root: Path, articles: tuple[str, ...], langs: tuple[str, ...], fmt: ReportFormat
) -> None:
    """Per language and article: translated / fuzzy / untranslated / obsolete, work left, findings.

    Work left counts the source text of untranslated and fuzzy entries: words
    (Latin-script) and CJK characters, since a Han character is not a word.
    """
    project = load_project(root)
    severities = project.check_severities(load_all())
    report = project_status(project, project.languages(langs), articles, severities)
    for name, paths in project.orphans(project.catalog_paths()).items():
        click.echo(
            f"warning: orphaned catalogs of {name} ({len(paths)} files): no article in "
            f"{project.settings.source_dir}/; `digestl10n extract` carries them over to a "
            "renamed article, `digestl10n extract --prune` removes them",
            err=True,
        )
    if fmt == "json":
        click.echo(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.table())
