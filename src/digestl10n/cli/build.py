"""`digestl10n build`: localized editions, HTML pages and .mo files (the work is in publish.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from ..publish import Progress, build_job, publish
from . import load_project, main, reports_errors


@main.command("build")
@click.option(
    "--lang",
    "langs",
    multiple=True,
    help="Build this language (repeatable): a target, or the source language for its own edition.",
)
@click.option(
    "--all", "every", is_flag=True, help="Build every target language and the source edition."
)
@click.option(
    "--article", "articles", multiple=True, help="Only this article (repeatable); default all."
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder. Default: build_dir from config (build/).",
)
@click.option("--keep-noise", is_flag=True, help="Keep scraped noise lines in the editions.")
@click.option(
    "--strict", is_flag=True, help="Fail a language if any unit falls back to the source."
)
@click.option(
    "--min-complete",
    type=click.FloatRange(0, 100),
    help="Fail a language below this percentage translated. Default: min_complete from config.",
)
@click.pass_obj
@reports_errors
def build_cmd(
    root: Path,
    langs: tuple[str, ...],
    every: bool,
    articles: tuple[str, ...],
    out: Path | None,
    keep_noise: bool,
    strict: bool,
    min_complete: float | None,
) -> None:
    """Write each article in each language: its own format, an HTML page and a compiled .mo.

    Untranslated and fuzzy units fall back to the source text (for an OpenCC
    variant, to its conversion) and are counted. A language below the completeness
    threshold, or with any fallback under --strict, is not written: exit 1 with a
    report of what is missing. Output: <out>/<lang>/<article>.txt|.md, .html, and
    <out>/<lang>/LC_MESSAGES/<article>.mo.
    """
    project = load_project(root)
    settings = project.settings
    if not langs and not every:
        raise click.UsageError("name the languages to build: --lang L (repeatable) or --all")
    if langs and every:
        raise click.UsageError("--all builds every target language; give it or --lang, not both")
    languages, source_edition = (settings.targets, True) if every else project.editions(langs)
    paths = project.article_paths(articles)
    job = build_job(
        project,
        languages,
        out=out if out is not None else root / settings.build_dir,
        threshold=settings.min_complete if min_complete is None else min_complete,
        strict=strict,
        keep_noise=keep_noise,
        source_edition=source_edition,
    )
    with _progress(len(paths)) as bar:
        outcome = publish(job, paths, bar)

    for target, changed in outcome.written:
        click.echo(f"  {'wrote' if changed else 'unchanged'} {_shown(target)}")
    for target in outcome.staging.removed:
        click.echo(f"  removed {_shown(target)} (its language is not built)")
    for lang in languages:
        if lang.tag in outcome.tallies:
            click.echo(outcome.tallies[lang.tag].summary(lang))
    if outcome.failed:
        for _, report in outcome.failed:
            click.echo(report, err=True)
        failed = sorted({tag for tag, _ in outcome.failed})
        why = "--strict" if strict else f"min_complete {job.threshold:g}%"
        click.echo(f"Error: not built: {', '.join(failed)} ({why}; see above)", err=True)
        raise SystemExit(1)


def _shown(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


class _NoBar:
    def update(self, n_steps: int) -> None:
        pass


@contextmanager
def _progress(length: int) -> Iterator[Progress]:
    """A progress bar on stderr when it is a terminal and there is more than one article."""
    if length > 1 and sys.stderr.isatty():
        with click.progressbar(length=length, label="building", file=sys.stderr) as bar:
            yield bar
    else:
        yield _NoBar()
