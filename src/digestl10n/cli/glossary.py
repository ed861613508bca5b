"""`digestl10n glossary lint|export`: check glossary.tsv, hand it to other tools."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import DigestL10nError
from ..files import write_atomic
from ..glossary import Glossary, lint_glossary, load_glossary, to_csv, to_tbx
from ..project import Project
from ..sources import decode
from . import main, reports_errors


@main.group("glossary")
def glossary_group() -> None:
    """Check the project's glossary (glossary.tsv) or export it as TBX or CSV."""


def _text(project: Project) -> tuple[str, str]:
    rel = project.settings.glossary
    path = project.root / rel
    if not path.is_file():
        raise DigestL10nError(
            "no glossary file (create it, or point [tool.digestl10n] glossary at yours)", rel
        )
    return decode(path.read_bytes(), rel), rel


@glossary_group.command("lint")
@click.pass_obj
@reports_errors
def lint_cmd(root: Path) -> None:
    """Report every malformed row (exit 2), and languages or renderings the glossary lacks."""
    project = Project(root)
    text, rel = _text(project)
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
    for message in _warnings(glossary, project):
        click.echo(f"warning: {rel}: {message}", err=True)


def _warnings(glossary: Glossary, project: Project) -> list[str]:
    """What a well-formed glossary still leaves undone for this project."""
    out = []
    settings = project.settings
    source = settings.source_language
    if source is not None and glossary.language(source.tag) is None:
        out.append(
            f"no column for the source language {source.tag}: no term can be found in the msgids"
        )
    for lang in settings.targets:
        column = glossary.language(lang.tag)
        if column is None:
            out.append(
                f"no column for the target language {lang.tag}: "
                "its catalogs get no term comments or checks"
            )
            continue
        bare = [c.line for c in glossary.concepts if not glossary.accepted(c, column)]
        if bare:
            lines = ", ".join(map(str, bare[:10])) + (", …" if len(bare) > 10 else "")
            out.append(f"{len(bare)} concept(s) have no {lang.tag} rendering (lines {lines})")
    return out


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
    text, rel = _text(project)
    glossary = load_glossary(text, rel)
    data = to_tbx(glossary) if fmt == "tbx" else to_csv(glossary)
    if output is None:
        click.echo(data, nl=False)
        return
    write_atomic(output, data.encode("utf-8"))
    click.echo(f"wrote {output} ({len(glossary.concepts)} concepts, {fmt})", err=True)
