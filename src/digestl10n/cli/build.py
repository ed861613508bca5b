"""`digestl10n build` (localized editions, HTML pages, .mo files) and `digestl10n status`.

A build stages every output as a temp file beside its target and renames them
all only at the end, so an input error found at the last article leaves nothing
written. Many articles are built by worker processes, one chunk of articles
each; every worker stages its own files and the main process renames them.
"""

from __future__ import annotations

import contextlib
import json
import multiprocessing
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import click
import polib

from ..build import Convert, Edition, converter_for, judge, localize, original
from ..checks import Context, run
from ..config import Settings
from ..errors import DigestL10nError
from ..langid import detect_source
from ..languages import Language, parse_language
from ..layout import po_path
from ..pofile import parse_po
from ..render import document, suffix
from ..render.html import Alternate, page
from ..render.mo import compile_mo
from ..segment import parse_article
from ..sources import decode, read, select
from ..status import Report, Row, catalog_row, missing_row
from . import Project, main, reports_errors

# Below this many articles one process is quicker than starting workers.
PARALLEL_MIN = 16
MAX_WORKERS = 4


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
    project = Project(root)
    settings = project.settings
    if not langs and not every:
        raise click.UsageError("name the languages to build: --lang L (repeatable) or --all")
    if langs and every:
        raise click.UsageError("--all builds every target language; give it or --lang, not both")
    # The source language names the source edition (noise dropped), not a target.
    source = settings.source_language
    is_source = [source is not None and parse_language(t).tag == source.tag for t in langs]
    targets = tuple(t for t, src in zip(langs, is_source, strict=True) if not src)
    languages = settings.targets if every else project.languages(targets) if targets else ()
    paths = select(root, settings.source_dir, list(articles))
    glossary = project.glossary()
    job = _Job(
        root,
        settings,
        languages,
        out=out if out is not None else root / settings.build_dir,
        threshold=settings.min_complete if min_complete is None else min_complete,
        strict=strict,
        keep_noise=keep_noise,
        source_edition=every or any(is_source),
        converters={
            lang.tag: converter_for(v, glossary)
            for lang in languages
            if (v := settings.variant(lang)) is not None
        },
    )
    with _progress(len(paths)) as bar:
        outcome = _run(job, paths, bar)

    for target, changed in outcome.written:
        click.echo(f"  {'wrote' if changed else 'unchanged'} {_shown(target)}")
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


@dataclass(frozen=True)
class _Job:
    """What building any article needs; picklable, so a worker process gets its own copy."""

    root: Path
    settings: Settings
    languages: tuple[Language, ...]
    out: Path
    threshold: float
    strict: bool
    keep_noise: bool
    source_edition: bool
    converters: dict[str, Convert]


@dataclass
class _Outcome:
    """What building some articles staged and found; outcomes of chunks add up in order."""

    staged: list[tuple[Path, str | None]] = field(default_factory=list)  # (target, temp or None)
    made: list[Path] = field(default_factory=list)  # folders created for the temp files
    tallies: dict[str, _Tally] = field(default_factory=dict)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (language, report)
    error: tuple[str, str | None, int | None] | None = None  # a DigestL10nError, picklable

    def extend(self, other: _Outcome) -> None:
        self.staged += other.staged
        self.made += other.made
        for tag, tally in other.tallies.items():
            self.tallies.setdefault(tag, _Tally()).merge(tally)
        self.failed += other.failed

    @property
    def written(self) -> list[tuple[Path, bool]]:
        return [(target, tmp is not None) for target, tmp in self.staged]

    def commit(self) -> None:
        """Rename every temp file onto its target."""
        for target, tmp in self.staged:
            if tmp is not None:
                os.replace(tmp, target)

    def abort(self) -> None:
        """Remove every temp file, then every folder made for them that is left empty."""
        for _, tmp in self.staged:
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)
        for folder in sorted(set(self.made), key=lambda p: len(p.parts), reverse=True):
            with contextlib.suppress(OSError):  # not empty: other files live there
                folder.rmdir()


class _Bar(Protocol):
    def update(self, n_steps: int) -> None: ...


def _run(job: _Job, paths: list[Path], bar: _Bar) -> _Outcome:
    """Build every article (in worker processes when there are many); commit only if all succeed."""
    total = _Outcome()
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    workers = min(cpus or 1, MAX_WORKERS)
    try:
        if workers > 1 and len(paths) >= PARALLEL_MIN:
            _run_parallel(job, paths, bar, workers, total)
        else:
            for path in paths:
                _add(total, _build_articles(job, [path]))
                bar.update(1)
        total.commit()
    except BaseException:
        total.abort()
        raise
    return total


def _run_parallel(job: _Job, paths: list[Path], bar: _Bar, workers: int, total: _Outcome) -> None:
    size = max(1, min(16, -(-len(paths) // (workers * 4))))
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    # fork: workers inherit the loaded modules and OpenCC converters instead of re-importing.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        futures: list[Future[_Outcome]] = [pool.submit(_build_articles, job, c) for c in chunks]
        taken: set[int] = set()
        try:
            for i, (future, chunk) in enumerate(zip(futures, chunks, strict=True)):
                taken.add(i)
                _add(total, future.result())
                bar.update(len(chunk))
        except BaseException:
            for future in futures:
                future.cancel()
            pool.shutdown(wait=True)
            # Chunks that finished anyway staged files too: collect them so they are removed.
            for i, future in enumerate(futures):
                finished = i not in taken and future.done() and not future.cancelled()
                if finished and future.exception() is None:
                    total.extend(future.result())
            raise


def _add(total: _Outcome, part: _Outcome) -> None:
    total.extend(part)
    if part.error is not None:
        raise DigestL10nError(*part.error)


def _build_articles(job: _Job, paths: list[Path]) -> _Outcome:
    """Build some articles into staged temp files (in a worker process, or in this one)."""
    outcome = _Outcome()
    staging = _Staging(outcome)
    try:
        for path in paths:
            _build_article(job, path, staging, outcome)
    except DigestL10nError as exc:
        # Its path and line would not survive pickling: carry them as plain data.
        outcome.abort()
        return _Outcome(error=(exc.message, exc.path, exc.line))
    except BaseException:
        outcome.abort()
        raise
    return outcome


def _build_article(job: _Job, path: Path, staging: _Staging, outcome: _Outcome) -> None:
    """Localize one article in every language; stage the outputs of those that pass."""
    settings = job.settings
    src = read(job.root, path)
    article = parse_article(
        src.text, name=src.name, path=src.path, noise=settings.noise, keys=settings.metadata_keys
    )
    source_language = settings.source_language or detect_source(
        "\n".join(u.text for u in article.units)
    )
    catalogs: dict[str, polib.POFile | None] = {}

    def catalog(lang: Language) -> polib.POFile | None:
        if lang.tag not in catalogs:
            catalogs[lang.tag] = _load(job.root, po_path(settings, lang, article.name))
        return catalogs[lang.tag]

    editions: list[Edition] = []
    for lang in job.languages:
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
            convert=job.converters.get(lang.tag),
            catalog_path=po_path(settings, lang, article.name) if po is not None else None,
        )
        shortfall = judge(edition, min_complete=job.threshold, strict=job.strict)
        if shortfall is not None:
            outcome.failed.append((lang.tag, shortfall.report()))
        else:
            editions.append(edition)
            outcome.tallies.setdefault(lang.tag, _Tally()).add(edition)
    if not editions and not (job.source_edition and source_language is not None):
        return

    name = article.name
    pages = [e.language for e in editions]
    if source_language is not None:
        pages.insert(0, source_language)
    for target in settings.targets:  # pages built by an earlier run stay linked
        if target not in pages and (job.out / target.tag / f"{name}.html").is_file():
            pages.append(target)
    alternates = [Alternate(lang, f"../{lang.tag}/{name}.html") for lang in pages]
    keep = job.keep_noise
    if source_language is not None:
        source_edition = original(article, source_language)
        html = page(source_edition, alternates, keep_noise=keep)
        staging.add(job.out / source_language.tag / f"{name}.html", html)
        if job.source_edition:
            text = document(source_edition, keep_noise=keep)
            staging.add(job.out / source_language.tag / f"{name}{suffix(source_edition)}", text)
    for e in editions:
        folder = job.out / e.language.tag
        staging.add(folder / f"{name}{suffix(e)}", document(e, keep_noise=keep))
        html = page(e, alternates, keep_noise=keep, source_language=source_language)
        staging.add(folder / f"{name}.html", html)
        po = catalogs[e.language.tag]
        if po is not None:
            staging.add(folder / "LC_MESSAGES" / f"{name}.mo", compile_mo(po))


class _Staging:
    """Writes each output as a temp file beside its target, recorded in an _Outcome.

    Memory stays flat however many articles there are (each output goes to disk
    at once); unchanged files are not rewritten. No fsync: build output is
    regenerated, not precious.
    """

    def __init__(self, outcome: _Outcome) -> None:
        self.outcome = outcome
        self._dirs: set[Path] = set()

    def add(self, target: Path, content: str | bytes) -> None:
        """Write `content` beside `target`, to be renamed onto it when the whole build succeeds."""
        data = content.encode("utf-8") if isinstance(content, str) else content
        try:
            if target.read_bytes() == data:
                self.outcome.staged.append((target, None))
                return
        except FileNotFoundError:
            pass
        folder = target.parent
        if folder not in self._dirs:
            self.outcome.made += [p for p in (folder, *folder.parents) if not p.exists()]
            folder.mkdir(parents=True, exist_ok=True)
            self._dirs.add(folder)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        self.outcome.staged.append((target, tmp))
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)


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

    def merge(self, other: _Tally) -> None:
        self.articles += other.articles
        self.units += other.units
        self.fallbacks.update(other.fallbacks)
        self.converted = self.converted or other.converted

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


class _NoBar:
    def update(self, n_steps: int) -> None:
        pass


@contextmanager
def _progress(length: int) -> Iterator[_Bar]:
    """A progress bar on stderr when it is a terminal and there is more than one article."""
    if length > 1 and sys.stderr.isatty():
        with click.progressbar(length=length, label="building", file=sys.stderr) as bar:
            yield bar
    else:
        yield _NoBar()


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
        parsed.append(
            parse_article(
                src.text,
                name=src.name,
                path=src.path,
                noise=settings.noise,
                keys=settings.metadata_keys,
            )
        )
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
