"""`digestl10n check`: run the named checks over the catalogs, report, exit 0 / 1 / 2.

Exit 0 when no finding is at error severity (warnings are reported but pass),
1 when one is, 2 for a usage or input error (unknown check or language, a
catalog that does not parse), with nothing else printed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import get_args

import click

from ..checking import check_project, json_report, listing, text_report
from ..checks import REGISTRY, load_all
from . import ReportFormat, load_project, main, reports_errors


@main.command("check")
@click.argument("article_args", metavar="[ARTICLES]...", nargs=-1)
@click.option("--lang", "langs", multiple=True, help="Only this target language (repeatable).")
@click.option("--article", "articles", multiple=True, help="Same as naming ARTICLES (repeatable).")
@click.option(
    "--check",
    "names",
    multiple=True,
    help="Only this check (repeatable, or comma-separated); see --list.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(get_args(ReportFormat)),
    default="text",
    show_default=True,
    help="Findings as lines for people, or one JSON document for CI.",
)
@click.option(
    "--list", "list_only", is_flag=True, help="List the checks and their severities, then exit."
)
@click.pass_obj
@reports_errors
def check_cmd(
    root: Path,
    article_args: tuple[str, ...],
    langs: tuple[str, ...],
    articles: tuple[str, ...],
    names: tuple[str, ...],
    fmt: ReportFormat,
    list_only: bool,
) -> None:
    """Check the translations in the catalogs: language, numbers, URLs, markup, glossary, …

    Each finding is printed as `file:line: [check] severity: message` with the
    source and translation below it. Severities come from each check, changed or
    switched off in [tool.digestl10n.checks] (name = "error" | "warning" | "off").
    """
    project = load_project(root)
    registry = load_all()
    severities = project.check_severities(registry)
    if list_only:
        for line in listing(severities):
            click.echo(line)
        return
    chosen = _chosen(names)
    wanted = article_args + articles
    result = check_project(project, project.languages(langs), wanted, chosen, severities)
    for note in result.glossary_notes:
        click.echo(f"warning: {project.settings.glossary}: {note}", err=True)
    if fmt == "json":
        document = json_report(result, chosen or sorted(registry), severities)
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for line in text_report(result):
            click.echo(line)
    if result.errors:
        raise SystemExit(1)


def _chosen(names: tuple[str, ...]) -> list[str] | None:
    """The checks named by --check, validated; None for all."""
    wanted = [n.strip() for raw in names for n in raw.split(",") if n.strip()]
    unknown = [n for n in wanted if n not in REGISTRY]
    if unknown:
        raise click.BadParameter(
            f"unknown check {unknown[0]!r} (known: {', '.join(sorted(REGISTRY))})",
            param_hint="'--check'",
        )
    return sorted(set(wanted)) or None
