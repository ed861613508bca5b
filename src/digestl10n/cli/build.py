"""`digestl10n build` (localized editions, HTML pages, .mo files) and `digestl10n status`."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import click
import polib

from ..build import Convert, Edition, converter_for, judge, localize, original
from ..checks import Context, run
from ..config import Settings
from ..extract import po_path
from ..langid import detect_source
from ..languages import Language
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
    project = Project(root)
    settings = project.settings
    if not langs and not every:
        raise click.UsageError("name the languages to build: --lang L (repeatable) or --all")
    languages = settings.targets if every else project.languages(langs)
    paths = select(root, settings.source_dir, list(articles))
    glossary = project.glossary()
    with _staged() as staging, _progress(paths) as progress:
        builder = _Builder(
            root,
            settings,
            languages,
            out=out if out is not None else root / settings.build_dir,
            threshold=settings.min_complete if min_complete is None else min_complete,
            strict=strict,
            keep_noise=keep_noise,
            staging=staging,
            converters={
                lang.tag: converter_for(v, glossary)
                for lang in languages
                if (v := settings.variant(lang)) is not None
            },
        )
        for path in progress:
            builder.article(path)
        written = staging.commit()

    for target, changed in written:
        click.echo(f"  {'wrote' if changed else 'unchanged'} {_shown(target)}")
    for lang in languages:
        if lang.tag in builder.tallies:
            click.echo(builder.tallies[lang.tag].summary(lang))
    if builder.failed:
        for _, report in builder.failed:
            click.echo(report, err=True)
        failed = sorted({tag for tag, _ in builder.failed})
        why = "--strict" if strict else f"min_complete {builder.threshold:g}%"
        click.echo(f"Error: not built: {', '.join(failed)} ({why}; see above)", err=True)
        raise SystemExit(1)


@dataclass
class _Builder:
    """Builds one article after another into the staging area, tallying what it built."""

    root: Path
    settings: Settings
    languages: tuple[Language, ...]
    out: Path
    threshold: float
    strict: bool
    keep_noise: bool
    staging: _Staging
    converters: dict[str, Convert]
    failed: list[tuple[str, str]] = field(default_factory=list)  # (language, report)
    tallies: dict[str, _Tally] = field(default_factory=dict)

    def article(self, path: Path) -> None:
        """Localize one article in every language; stage the outputs of those that pass."""
        settings = self.settings
        src = read(self.root, path)
        article = parse_article(src.text, name=src.name, path=src.path, noise=settings.noise)
        source_language = settings.source_language or detect_source(
            "\n".join(u.text for u in article.units)
        )
        catalogs: dict[str, polib.POFile | None] = {}

        def catalog(lang: Language) -> polib.POFile | None:
            if lang.tag not in catalogs:
                catalogs[lang.tag] = _load(self.root, po_path(settings, lang, article.name))
            return catalogs[lang.tag]

        editions: list[Edition] = []
        for lang in self.languages:
            variant = settings.variant(lang)
            from_translation = variant is not None and (
                source_language is None or variant.base.tag != source_language.tag
            )
            po = catalog(lang)
            edition = localize(
                article,
                lang,
                po,
                variant=variant,
                base=catalog(variant.base) if variant is not None and from_translation else None,
                convert=self.converters.get(lang.tag),
                catalog_path=po_path(settings, lang, article.name) if po is not None else None,
            )
            shortfall = judge(edition, min_complete=self.threshold, strict=self.strict)
            if shortfall is not None:
                self.failed.append((lang.tag, shortfall.report()))
            else:
                editions.append(edition)
                self.tallies.setdefault(lang.tag, _Tally()).add(edition)
        if not editions:
            return

        name = article.name
        pages = [e.language for e in editions]
        if source_language is not None:
            pages.insert(0, source_language)
        for target in settings.targets:  # pages built by an earlier run stay linked
            if target not in pages and (self.out / target.tag / f"{name}.html").is_file():
                pages.append(target)
        alternates = [Alternate(lang, f"../{lang.tag}/{name}.html") for lang in pages]
        keep = self.keep_noise
        if source_language is not None:
            html = page(original(article, source_language), alternates, keep_noise=keep)
            self.staging.add(self.out / source_language.tag / f"{name}.html", html)
        for e in editions:
            folder = self.out / e.language.tag
            self.staging.add(folder / f"{name}{suffix(e)}", document(e, keep_noise=keep))
            html = page(e, alternates, keep_noise=keep, source_language=source_language)
            self.staging.add(folder / f"{name}.html", html)
            po = catalogs[e.language.tag]
            if po is not None:
                self.staging.add(folder / "LC_MESSAGES" / f"{name}.mo", compile_mo(po))


def _load(root: Path, rel: str) -> polib.POFile | None:
    path = root / rel
    if not path.is_file():
        return None
    return parse_po(decode(path.read_bytes(), rel), rel)


@dataclass
class _Tally:
    """What was built for one language, for the closing summary (editions are not kept)."""

    articles: int = 0
    units: int = 0
    fallbacks: Counter[str] = field(default_factory=Counter)
    converted: bool = False

    def add(self, edition: Edition) -> None:
        self.articles += 1
        self.units += edition.total
        self.fallbacks.update(f.reason.value for f in edition.fallbacks)
        self.converted = self.converted or any(f.converted for f in edition.fallbacks)

    def summary(self, lang: Language) -> str:
        fell = sum(self.fallbacks.values())
        pct = 100.0 * (self.units - fell) / self.units if self.units else 100.0
        n = self.articles
        head = f"{lang.tag}: {n} article{'s' if n != 1 else ''}, {pct:.1f}% translated"
        if not fell:
            return head + ", no fallback"
        kinds = ", ".join(f"{k} {r}" for r, k in sorted(self.fallbacks.items()))
        to = "its OpenCC conversion" if self.converted else "the source text"
        return f"{head}, {fell} unit(s) fell back to {to} ({kinds})"


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
            yield bar  # type: ignore[misc]  # a ProgressBar iterates like the sequence it wraps
    else:
        yield paths


class _Staging:
    """Output files written as temp files beside their targets, renamed only when all succeeded.

    A bad catalog found halfway through leaves nothing written, and memory stays
    flat however many articles there are (each output goes to disk at once).
    Unchanged files are not rewritten. No fsync: build output is regenerated,
    not precious. (Writing on worker threads was measured: no faster on two
    cores, more system time.)
    """

    def __init__(self) -> None:
        self._done: list[tuple[Path, str | None]] = []  # (target, temp file or None if unchanged)
        self._dirs: set[Path] = set()
        self._made: list[Path] = []

    def add(self, target: Path, content: str | bytes) -> None:
        """Write `content` beside `target`, to be renamed onto it by commit()."""
        data = content.encode("utf-8") if isinstance(content, str) else content
        try:
            if target.read_bytes() == data:
                self._done.append((target, None))
                return
        except FileNotFoundError:
            pass
        folder = target.parent
        if folder not in self._dirs:
            missing = [p for p in (folder, *folder.parents) if not p.exists()]
            folder.mkdir(parents=True, exist_ok=True)
            self._made.extend(reversed(missing))
            self._dirs.add(folder)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        self._done.append((target, tmp))
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)

    def commit(self) -> list[tuple[Path, bool]]:
        """Rename every temp file into place; (target, written) in the order added."""
        for target, tmp in self._done:
            if tmp is not None:
                os.replace(tmp, target)
        return [(target, tmp is not None) for target, tmp in self._done]

    def abort(self) -> None:
        """Remove every temp file and every folder made for them."""
        for _, tmp in self._done:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
        for folder in reversed(self._made):
            with contextlib.suppress(OSError):  # not empty: someone else's files are there
                folder.rmdir()


@contextmanager
def _staged() -> Iterator[_Staging]:
    """A _Staging committed when the block ends normally, aborted when it raises."""
    staging = _Staging()
    try:
        yield staging
    except BaseException:
        staging.abort()
        raise


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
        settings.source_language or detect_source("\n".join(u.text for u in a.units))
        for a in parsed
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
