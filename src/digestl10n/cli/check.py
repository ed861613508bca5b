"""`digestl10n check`: run the named checks over the catalogs, report, exit 0 / 1 / 2.

Exit 0 when no finding is at error severity (warnings are reported but pass),
1 when one is, 2 for a usage or input error (unknown check or language, a
catalog that does not parse), with nothing else printed.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Literal, get_args

import click

from ..checking import (
    SOURCE_CHECKS,
    check_project,
    check_sources,
    github_report,
    json_report,
    listing,
    markdown_report,
    sarif_report,
    text_report,
)
from ..checks import REGISTRY, load_all
from . import load_project, main, reports_errors

# text for people; json (checks/findings.schema.json) and sarif for tools; github
# for workflow annotations; markdown for a pull-request comment.
CheckFormat = Literal["text", "json", "sarif", "github", "markdown"]


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
    type=click.Choice(get_args(CheckFormat)),
    default="text",
    show_default=True,
    help="Lines for people; JSON or SARIF 2.1.0 for tools; GitHub annotations; a Markdown table.",
)
@click.option(
    "--source",
    "sources",
    is_flag=True,
    help="Check the source articles themselves: language, script and links (no --lang).",
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
    fmt: CheckFormat,
    sources: bool,
    list_only: bool,
) -> None:
    """Check the translations in the catalogs: language, numbers, URLs, markup, glossary, …

    Each finding is printed as `file:line: [check] severity: message` with the
    article line, source and translation below it. With --source, the articles
    themselves are checked (a paragraph in another language or script, a broken
    link) before anyone translates them. Severities come from each check, changed or
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
    if sources:
        if langs:
            raise click.UsageError("--source checks the articles themselves; drop --lang")
        result = check_sources(project, wanted, chosen, severities)
        checks = [c for c in SOURCE_CHECKS if chosen is None or c in chosen]
    else:
        result = check_project(project, project.languages(langs), wanted, chosen, severities)
        checks = chosen or sorted(registry)
        for note in result.glossary_notes:
            click.echo(f"warning: {project.settings.glossary}: {note}", err=True)
    if fmt in ("json", "sarif"):
        report = json_report if fmt == "json" else sarif_report
        click.echo(json.dumps(report(result, checks, severities), ensure_ascii=False, indent=2))
    else:
        writer = {"text": text_report, "github": github_report, "markdown": markdown_report}[fmt]
        for line in writer(result):
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
