"""`digestl10n build` (localized editions, HTML pages, .mo files) and `digestl10n status`."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import click
import polib

from ..build import Edition, Shortfall, converter_for, judge, localize, original
from ..checks import Context, run
from ..extract import po_path
from ..langid import detect_source
from ..languages import Language
from ..model import Article
from ..pofile import parse_po
from ..render import document, suffix
from ..render.html import Alternate, page
from ..render.mo import compile_mo
from ..segment import parse_article
from ..sources import decode, read, select
from ..status import Report, Row, catalog_row, missing_row
from . import Project, main, reports_errors


@main.command("build")
@click.option("--lang", "langs", multiple=True, help="Build this target language (repeatable).")
@click.option("--all", "every", is_flag=True, help="Build every target language.")
@click.option("--article", "articles", multiple=True, help="Only this article (repeatable); default all.")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    help="Output folder. Default: build_dir from config (build/).",
)
@click.option("--keep-noise", is_flag=True, help="Keep scraped noise lines in the editions.")
@click.option("--strict", is_flag=True, help="Fail a language if any unit falls back to the source.")
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
    project = Project(root)
    settings = project.settings
    if not langs and not every:
        raise click.UsageError("name the languages to build: --lang L (repeatable) or --all")
    languages = settings.targets if every else project.languages(langs)
    threshold = settings.min_complete if min_complete is None else min_complete
    out_dir = out if out is not None else root / settings.build_dir
    paths = select(root, settings.source_dir, list(articles))
    glossary = project.glossary()
    converters = {
        lang.tag: converter_for(v, glossary)
        for lang in languages
        if (v := settings.variant(lang)) is not None
    }
    written: list[tuple[Path, bool]] = []
    shortfalls: list[Shortfall] = []
    built: dict[str, list[Edition]] = {lang.tag: [] for lang in languages}

    with _staged() as stage, _progress(paths) as progress:
        for path in progress:
            src = read(root, path)
            article = parse_article(src.text, name=src.name, path=src.path, noise=settings.noise)
            source_language = settings.source_language or detect_source(
                "\n".join(u.text for u in article.units)
            )
            catalogs: dict[str, polib.POFile | None] = {}

            def catalog(lang: Language, article: Article = article) -> polib.POFile | None:
                if lang.tag not in catalogs:
                    catalogs[lang.tag] = _load(root, po_path(settings, lang, article.name))
                return catalogs[lang.tag]

            editions: list[Edition] = []
            for lang in languages:
                variant = settings.variant(lang)
                base = None
                if variant is not None and (source_language is None or variant.base.tag != source_language.tag):
                    base = catalog(variant.base)
                rel = po_path(settings, lang, article.name)
                edition = localize(
                    article,
                    lang,
                    catalog(lang),
                    variant=variant,
                    base=base,
                    convert=converters.get(lang.tag),
                    catalog_path=rel if catalogs[lang.tag] is not None else None,
                )
                shortfall = judge(edition, min_complete=threshold, strict=strict)
                if shortfall is not None:
                    shortfalls.append(shortfall)
                else:
                    editions.append(edition)
                    built[lang.tag].append(edition)

            pages = [e.language for e in editions]
            if source_language is not None:
                pages.insert(0, source_language)
            for target in settings.targets:  # pages built by an earlier run stay linked
                if target not in pages and (out_dir / target.tag / f"{article.name}.html").is_file():
                    pages.append(target)
            alternates = [Alternate(lang, f"../{lang.tag}/{article.name}.html") for lang in pages]
            if source_language is not None and editions:
                html = page(original(article, source_language), alternates, keep_noise=keep_noise)
                written.append(stage(out_dir / source_language.tag / f"{article.name}.html", html))
            for e in editions:
                folder = out_dir / e.language.tag
                text = document(e, keep_noise=keep_noise)
                written.append(stage(folder / f"{article.name}{suffix(e)}", text))
                html = page(e, alternates, keep_noise=keep_noise, source_language=source_language)
                written.append(stage(folder / f"{article.name}.html", html))
                po = catalogs.get(e.language.tag)
                if po is not None:
                    written.append(stage(folder / "LC_MESSAGES" / f"{article.name}.mo", compile_mo(po)))

    for target, changed in written:
        click.echo(f"  {'wrote' if changed else 'unchanged'} {_shown(target)}")
    for lang in languages:
        eds = built[lang.tag]
        if eds:
            click.echo(_summary(lang, eds))
    if shortfalls:
        for s in shortfalls:
            click.echo(s.report(), err=True)
        failed = sorted({s.edition.language.tag for s in shortfalls})
        click.echo(
            f"Error: not built: {', '.join(failed)} "
            f"({'--strict' if strict else f'min_complete {threshold:g}%'}; see above)",
            err=True,
        )
        raise SystemExit(1)


def _load(root: Path, rel: str) -> polib.POFile | None:
    path = root / rel
    if not path.is_file():
        return None
    return parse_po(decode(path.read_bytes(), rel), rel)


def _summary(lang: Language, editions: Sequence[Edition]) -> str:
    units = sum(e.total for e in editions)
    fallbacks = [f for e in editions for f in e.fallbacks]
    pct = 100.0 * (units - len(fallbacks)) / units if units else 100.0
    n = len(editions)
    head = f"{lang.tag}: {n} article{'s' if n != 1 else ''}, {pct:.1f}% translated"
    if not fallbacks:
        return head + ", no fallback"
    by: dict[str, int] = {}
    for f in fallbacks:
        by[f.reason.value] = by.get(f.reason.value, 0) + 1
    kinds = ", ".join(f"{k} {r}" for r, k in sorted(by.items()))
    to = "its OpenCC conversion" if fallbacks[0].converted else "the source text"
    return f"{head}, {len(fallbacks)} unit(s) fell back to {to} ({kinds})"


def _shown(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


@contextmanager
def _progress(paths: list[Path]) -> Iterator[Sequence[Path]]:
    """A progress bar on stderr when it is a terminal and there is more than one article."""
    if len(paths) > 1 and sys.stderr.isatty():
        with click.progressbar(paths, label="building", file=sys.stderr) as bar:
            yield bar  # type: ignore[misc]
    else:
        yield paths


@contextmanager
def _staged() -> Iterator:  # type: ignore[type-arg]
    """Write files as temp files beside their targets; rename them all only if nothing failed.

    A bad catalog found halfway through leaves no output written. Unchanged files
    are not rewritten. No fsync: build output is regenerated, not precious.
    """
    pending: list[tuple[str, Path]] = []
    made: list[Path] = []

    def stage(target: Path, content: str | bytes) -> tuple[Path, bool]:
        data = content.encode("utf-8") if isinstance(content, str) else content
        try:
            if target.read_bytes() == data:
                return target, False
        except FileNotFoundError:
            pass
        folder = target.parent
        missing = [p for p in (folder, *folder.parents) if not p.exists()]
        folder.mkdir(parents=True, exist_ok=True)
        made.extend(reversed(missing))
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        pending.append((tmp, target))
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        return target, True

    try:
        yield stage
    except BaseException:
        for tmp, _ in pending:
            Path(tmp).unlink(missing_ok=True)
        for folder in reversed(made):
            try:
                folder.rmdir()
            except OSError:
                pass
        raise
    for tmp, target in pending:
        os.replace(tmp, target)


@main.command("status")
@click.argument("articles", nargs=-1)
@click.option("--lang", "langs", multiple=True, help="Only this target language (repeatable).")
@click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True
)
@click.pass_obj
@reports_errors
def status_cmd(root: Path, articles: tuple[str, ...], langs: tuple[str, ...], fmt: str) -> None:
    """Per language and article: translated / fuzzy / untranslated / obsolete, work left, findings.

    Work left counts the source text of untranslated and fuzzy entries: words
    (Latin-script) and CJK characters, since a Han character is not a word.
    """
    project = Project(root)
    settings = project.settings
    languages = project.languages(langs)
    glossary = project.glossary()
    paths = select(root, settings.source_dir, list(articles))
    parsed = []
    for path in paths:
        src = read(root, path)
        parsed.append(parse_article(src.text, name=src.name, path=src.path, noise=settings.noise))
    detected = [
        settings.source_language or detect_source("\n".join(u.text for u in a.units)) for a in parsed
    ]
    rows: list[Row] = []
    for lang in languages:
        for article, source_language in zip(parsed, detected, strict=True):
            rel = po_path(settings, lang, article.name)
            po = _load(root, rel)
            if po is None:
                rows.append(missing_row(lang.tag, article))
                continue
            ctx = Context(rel, lang, source_language, glossary, settings.variant(lang))
            findings = list(run(po, ctx, severities=settings.checks))
            rows.append(catalog_row(lang.tag, article.name, rel, po, findings))
    source = settings.source_language or next((d for d in detected if d is not None), None)
    report = Report(source.tag if source else None, settings.min_complete, tuple(rows))
    if fmt == "json":
        click.echo(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(report.table())
