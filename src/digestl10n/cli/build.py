"""`digestl10n build`: localized editions, HTML pages and .mo files (the work is in publish.py)."""

from __future__ import annotations

import os
from pathlib import Path

import click

from ..publish import build_job, publish, publish_site
from ..site import LOCAL_URL
from . import VERBOSE, load_project, main, now, progress, reports_errors, say


@main.command("build")
@click.argument("article_args", metavar="[ARTICLES]...", nargs=-1)
@click.option(
    "--lang",
    "langs",
    multiple=True,
    help="Build this language (repeatable): a target, or the source language for its own edition.",
)
@click.option(
    "--all", "every", is_flag=True, help="Build every target language and the source edition."
)
@click.option("--article", "articles", multiple=True, help="Same as naming ARTICLES (repeatable).")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder, relative to the project. Default: build_dir from config (build/).",
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
    article_args: tuple[str, ...],
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
    <out>/<lang>/LC_MESSAGES/<article>.mo; the site around the pages: per language
    index.html and feed.xml (Atom), and <out>/index.html, <out>/sitemap.xml.
    Files an article links to by relative path are copied beside its pages; a
    missing one is reported and the build exits 1.
    """
    project = load_project(root)
    settings = project.settings
    if not langs and not every:
        raise click.UsageError("name the languages to build: --lang L (repeatable) or --all")
    if langs and every:
        raise click.UsageError("--all builds every target language; give it or --lang, not both")
    if every and not settings.targets:
        raise click.UsageError(
            "no target languages: add targets = [...] to [tool.digestl10n] in pyproject.toml"
        )
    languages, source_edition = (settings.targets, True) if every else project.editions(langs)
    paths = project.article_paths(article_args + articles)
    job = build_job(
        project,
        languages,
        out=root / (out if out is not None else settings.build_dir),
        threshold=settings.min_complete if min_complete is None else min_complete,
        strict=strict,
        keep_noise=keep_noise,
        source_edition=source_edition,
    )
    with progress(len(paths), "building") as bar:
        outcome = publish(job, paths, bar)
    site = publish_site(job, outcome, now=now().replace(" ", "T").replace("+0000", ":00Z"))

    written = outcome.written + site.written
    for target, changed in written:
        say(f"  {'wrote' if changed else 'unchanged'} {_shown(target, root)}", VERBOSE)
    for target in outcome.staging.removed:
        say(f"  removed {_shown(target, root)} (its language is not built)")
    n_changed = sum(1 for _, c in written if c)
    kept = len(written) - n_changed
    say(f"{n_changed} file(s) written, {kept} unchanged in {_shown(job.out, root)}/")
    if settings.site_url is None:
        say(
            f"note: feeds and sitemap use {LOCAL_URL} until [tool.digestl10n] site_url "
            "says where the site is served"
        )
    for lang in languages:
        if lang.tag in outcome.tallies:
            click.echo(outcome.tallies[lang.tag].summary(lang))
    if outcome.failed:
        for _, report in outcome.failed:
            click.echo(report, err=True)
        failed = sorted({tag for tag, _ in outcome.failed})
        why = "--strict" if strict else f"min_complete {job.threshold:g}%"
        click.echo(f"Error: not built: {', '.join(failed)} ({why}; see above)", err=True)
    for finding in site.findings:
        click.echo(f"Error: {finding}", err=True)
    if outcome.failed or site.findings:
        raise SystemExit(1)


def _shown(path: Path, root: Path) -> str:
    """`path` as the user reaches it: from the current folder while both are in the project."""
    if not path.is_absolute():
        return path.as_posix()
    cwd = Path.cwd()
    try:
        return path.relative_to(cwd).as_posix()
    except ValueError:
        pass
    root = root.resolve()
    if path.resolve().is_relative_to(root) and cwd.is_relative_to(root):
        return Path(os.path.relpath(path, cwd)).as_posix()  # ../../build from source/2024
    return path.as_posix()
