"""`digestl10n glossary lint|export`: check glossary.tsv, hand it to other tools."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..files import write_atomic
from ..glossary import lint_glossary, load_glossary, to_csv, to_tbx
from ..project import Project
from . import main, reports_errors


@main.group("glossary")
def glossary_group() -> None:
    """Check the project's glossary (glossary.tsv) or export it as TBX or CSV."""


@glossary_group.command("lint")
@click.pass_obj
@reports_errors
def lint_cmd(root: Path) -> None:
    """Report every malformed row (exit 2), and languages or renderings the glossary lacks."""
    project = Project(root)
    text, rel = project.glossary_text()
    errors = lint_glossary(text, rel)
    if errors:
        for e in errors:
            click.echo(f"Error: {e}", err=True)
        click.echo(f"{rel}: {len(errors)} error(s)", err=True)
        sys.exit(2)
    glossary = load_glossary(text, rel)
    tags = ", ".join(lang.tag for lang in glossary.languages)
    click.echo(
        f"{rel}: {len(glossary.concepts)} concepts in {len(glossary.languages)} languages "
        f"({tags}); no errors"
    )
    for message in project.glossary_gaps(glossary):
        click.echo(f"warning: {rel}: {message}", err=True)


@glossary_group.command("export")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["tbx", "csv"]),
    required=True,
    help="TBX (Weblate, OmegaT) or CSV.",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, writable=True, path_type=Path),
    help="Write to this file instead of standard output.",
)
@click.pass_obj
@reports_errors
def export_cmd(root: Path, fmt: str, output: Path | None) -> None:
    """Write the glossary as TBX (one termEntry per concept) or CSV (one row per concept)."""
    project = Project(root)
    text, rel = project.glossary_text()
    glossary = load_glossary(text, rel)
    data = to_tbx(glossary) if fmt == "tbx" else to_csv(glossary)
    if output is None:
        click.echo(data, nl=False)
        return
    if output.resolve().is_relative_to(root.resolve()):  # into the project: one writer at a time
        with project.lock():
            write_atomic(output, data.encode("utf-8"))
    else:
        write_atomic(output, data.encode("utf-8"))
    click.echo(f"wrote {output} ({len(glossary.concepts)} concepts, {fmt})", err=True)
