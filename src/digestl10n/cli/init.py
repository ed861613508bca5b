"""`digestl10n init`: start a digest project in the current folder (or -C's)."""

from __future__ import annotations

from pathlib import Path

import click

from ..languages import parse_language
from ..scaffold import init_project
from . import main, reports_errors, say


@main.command("init")
@click.option(
    "--source-language",
    default="zh-Hans",
    show_default=True,
    help="The language the articles are written in.",
)
@click.option(
    "--target",
    "targets",
    multiple=True,
    help="A language to translate into (repeatable, or comma-separated). Default: en.",
)
@click.pass_obj
@reports_errors
def init_cmd(root: Path, source_language: str, targets: tuple[str, ...]) -> None:
    """Make this folder a digest project: [tool.digestl10n], source/, glossary.tsv, .gitignore.

    An existing pyproject.toml gets the table added; a folder that is already a
    project, or has a glossary.tsv, is refused and nothing is written.
    """
    tags = [t.strip() for v in targets for t in v.split(",") if t.strip()] or ["en"]
    source = parse_language(source_language)
    created = init_project(root, source, [parse_language(t) for t in tags])
    for c in created:
        say(f"  {c.how} {c.path}")
    say(
        f"digestl10n project ready: {source.tag} → {', '.join(tags)}. "
        "Put articles (.md or .txt) in source/, then run `digestl10n extract`."
    )
