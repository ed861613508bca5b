"""The build step: every chosen article in every chosen language, staged and written all at once.

Per article: localize it in each language (`build.localize`), judge each
edition against the completeness threshold, and stage the outputs of those
that pass: the edition in its own format, an HTML page linking the other
languages, the compiled .mo. Outputs are staged as temp files beside their
targets and renamed only when every article has succeeded, so an input error
found at the last article leaves nothing written. Many articles are built by
worker processes, one chunk of articles each; every worker stages its own
files and the main process renames them.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

import polib

from .build import Convert, Edition, converter_for, judge, localize, original
from .files import clean_stale
from .languages import Language
from .project import Project
from .render import document, suffix
from .render.html import Alternate, Chrome, page, title_of
from .render.mo import compile_mo
from .segment import SUFFIXES
from .site import (
    LOCAL_URL,
    AssetLink,
    PageEntry,
    SiteOutcome,
    SiteSettings,
    article_date,
    asset_links,
    page_href,
    write_site,
)
from .workers import Staging, WorkerPool, cores

# Below this many articles one process is quicker than starting workers.
PARALLEL_MIN = 16
MAX_WORKERS = 4


@dataclass(frozen=True)
class BuildJob:
    """What building any article needs; handed to each worker process once, at its start."""

    project: Project
    languages: tuple[Language, ...]
    out: Path
    threshold: float
    strict: bool
    keep_noise: bool
    converters: dict[str, Convert]
    site: SiteSettings
    source_edition: bool = False  # also write the source language's own edition (noise dropped)


def build_job(
    project: Project,
    languages: tuple[Language, ...],
    *,
    out: Path,
    threshold: float,
    strict: bool,
    keep_noise: bool,
    source_edition: bool = False,
) -> BuildJob:
    """The job for `languages`, with an OpenCC converter (steered by the glossary) per variant."""
    glossary = project.glossary()
    settings = project.settings
    converters = {
        lang.tag: converter_for(v, glossary)
        for lang in languages
        if (v := settings.variant(lang)) is not None
    }
    return BuildJob(
        project,
        languages,
        out,
        threshold,
        strict,
        keep_noise,
        converters,
        site_settings(project, out),
        source_edition,
    )


def site_settings(project: Project, out: Path) -> SiteSettings:
    """The site's settings: its name, URL, templates and language order (the switcher's)."""
    settings = project.settings
    source = settings.source_language
    order = ((source,) if source is not None else ()) + settings.targets
    templates = project.root / settings.templates_dir
    return SiteSettings(
        root=project.root,
        source_dir=settings.source_dir,
        out=out,
        title=settings.site_title or project.root.resolve().name,
        url=settings.site_url or LOCAL_URL,
        order=order,
        templates=str(templates) if templates.is_dir() else None,
    )


def publish_site(job: BuildJob, outcome: Outcome, *, now: str) -> SiteOutcome:
    """After the pages are written: assets, indexes, feeds, sitemap and the root page."""
    return write_site(job.site, outcome.pages, outcome.links, now=now)


@dataclass
class Tally:
    """What was built for one language, for the closing summary (editions are not kept)."""

    articles: int = 0
    units: int = 0
    fallbacks: Counter[str] = field(default_factory=Counter)
    converted: bool = False

    def add(self, edition: Edition) -> None:
        """Count one edition built."""
        self.articles += 1
        self.units += edition.total
        self.fallbacks.update(f.reason.value for f in edition.fallbacks)
        self.converted = self.converted or any(f.converted for f in edition.fallbacks)

    def merge(self, other: Tally) -> None:
        """Add another chunk's tally of the same language."""
        self.articles += other.articles
        self.units += other.units
        self.fallbacks.update(other.fallbacks)
        self.converted = self.converted or other.converted

    def summary(self, lang: Language) -> str:
        """The closing line for the language: articles, percentage translated, fallbacks."""
        fell = sum(self.fallbacks.values())
        pct = 100.0 * (self.units - fell) / self.units if self.units else 100.0
        n = self.articles
        head = f"{lang.tag}: {n} article{'s' if n != 1 else ''}, {pct:.1f}% translated"
        if not fell:
            return head + ", no fallback"
        kinds = ", ".join(f"{k} {r}" for r, k in sorted(self.fallbacks.items()))
        to = "its OpenCC conversion" if self.converted else "the source text"
        return f"{head}, {fell} unit(s) fell back to {to} ({kinds})"


@dataclass
class Outcome:
    """What building some articles staged and found; outcomes of chunks add up in order."""

    staging: Staging = field(default_factory=Staging)
    tallies: dict[str, Tally] = field(default_factory=dict)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (language, report)
    pages: list[PageEntry] = field(default_factory=list)  # for the site's indexes
    links: dict[str, list[AssetLink]] = field(default_factory=dict)  # article → relative links

    def extend(self, other: Outcome) -> None:
        """Add a later chunk's outcome."""
        self.staging.extend(other.staging)
        self.pages += other.pages
        self.links.update(other.links)
        for tag, tally in other.tallies.items():
            self.tallies.setdefault(tag, Tally()).merge(tally)
        self.failed += other.failed

    @property
    def written(self) -> list[tuple[Path, bool]]:
        """(output, whether its bytes changed), in build order."""
        return self.staging.written


class Progress(Protocol):
    """Told how many more articles are done (a progress bar, or nothing)."""

    def update(self, n_steps: int) -> None: ...


def publish(job: BuildJob, paths: Sequence[Path], progress: Progress) -> Outcome:
    """Build every article (in worker processes when there are many); commit only if all succeed."""
    with job.project.lock(also=(job.out,)):
        try:
            return _publish(job, paths, progress)
        except BaseException:
            # A worker stopped by Ctrl-C may not hand back the list of its temp files; under
            # the lock every marked temp file in the output folder is this run's.
            clean_stale([job.out])
            raise


def _publish(job: BuildJob, paths: Sequence[Path], progress: Progress) -> Outcome:
    total = Outcome()
    workers = min(cores(), MAX_WORKERS)
    try:
        if workers > 1 and len(paths) >= PARALLEL_MIN:
            _publish_parallel(job, list(paths), progress, workers, total)
        else:
            for path in paths:
                total.extend(build_articles(job, [path]))
                progress.update(1)
        total.staging.commit()
    except BaseException:
        total.staging.abort()
        raise
    return total


def _publish_parallel(
    job: BuildJob, paths: list[Path], progress: Progress, workers: int, total: Outcome
) -> None:
    size = max(1, min(16, -(-len(paths) // (workers * 4))))
    chunks = [paths[i : i + size] for i in range(0, len(paths), size)]
    with WorkerPool(build_articles, job, workers) as pool:
        futures: list[Future[Outcome]] = [pool.submit(c) for c in chunks]
        taken: set[int] = set()
        try:
            for i, (future, chunk) in enumerate(zip(futures, chunks, strict=True)):
                outcome = future.result()
                total.extend(outcome)  # its temp files are now total's to remove on failure
                taken.add(i)
                progress.update(len(chunk))
        except BaseException:
            pool.stop(futures)
            # Chunks that finished anyway staged files too: collect them so they are removed.
            for i, future in enumerate(futures):
                finished = i not in taken and future.done() and not future.cancelled()
                if finished and future.exception() is None:
                    total.extend(future.result())
            raise


def build_articles(job: BuildJob, paths: list[Path]) -> Outcome:
    """Build some articles into staged temp files (in a worker process, or in this one).

    On any error this chunk's temp files are removed before it propagates; a
    DigestL10nError keeps its path and line through pickling (they live in the
    exception's __dict__), so a worker's input error reaches the user whole.
    """
    outcome = Outcome()
    try:
        for path in paths:
            _build_article(job, path, outcome)
    except BaseException:
        outcome.staging.abort()
        raise
    return outcome


def _build_article(job: BuildJob, path: Path, outcome: Outcome) -> None:
    """Localize one article in every language; stage the outputs of those that pass."""
    project = job.project
    article = project.article(path)
    source_language = project.source_language(article)
    catalogs: dict[str, polib.POFile | None] = {}

    def catalog(lang: Language) -> polib.POFile | None:
        if lang.tag not in catalogs:
            catalogs[lang.tag] = project.catalog(project.po_path(lang, article.name))
        return catalogs[lang.tag]

    editions: list[Edition] = []
    refused: list[Language] = []
    for lang in job.languages:
        variant = project.settings.variant(lang)
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
            catalog_path=project.po_path(lang, article.name) if po is not None else None,
        )
        shortfall = judge(edition, min_complete=job.threshold, strict=job.strict)
        if shortfall is not None:
            outcome.failed.append((lang.tag, shortfall.report()))
            refused.append(lang)
        else:
            editions.append(edition)
            outcome.tallies.setdefault(lang.tag, Tally()).add(edition)
    name = article.name
    # A refused edition's pages from an earlier build would claim it is published: remove them.
    for lang in refused:
        folder = job.out / lang.tag
        for output in (
            *(folder / f"{name}{ext}" for ext in (".html", ".txt", ".md")),
            folder / "LC_MESSAGES" / f"{name}.mo",
        ):
            outcome.staging.remove(output)
    if not editions and not (job.source_edition and source_language is not None):
        return

    pages = [e.language for e in editions]
    if source_language is not None:
        pages.insert(0, source_language)
    for target in project.settings.targets:  # pages of languages this build did not touch
        if (
            target not in pages
            and target not in job.languages
            and (job.out / target.tag / f"{name}.html").is_file()
        ):
            pages.append(target)
    # The switcher's order is the project's (source, then targets as configured), on every page.
    order = {lang.tag: i for i, lang in enumerate(job.site.order)}
    pages.sort(key=lambda lang: (order.get(lang.tag, len(order)), lang.tag))
    keep = job.keep_noise
    stage = outcome.staging.add
    date = article_date(article)
    links = asset_links(article, project.settings.source_dir)
    outcome.links[name] = links
    # Links to other articles go to their pages: an edition in .md is not the site's page.
    to_pages = {
        link.written: re.sub(r"\.(?:md|markdown|txt)(?=$|[#?])", ".html", link.written, flags=re.I)
        for link in links
        if link.target and Path(link.target).suffix.lower() in SUFFIXES
    }

    def render(edition: Edition) -> str:
        tag = edition.language.tag
        alternates = [
            Alternate(lang, page_href(tag, name, f"{lang.tag}/{name}.html")) for lang in pages
        ]
        chrome = Chrome(
            site_title=job.site.title,
            home_href=page_href(tag, name, f"{tag}/index.html"),
            feed_href=page_href(tag, name, f"{tag}/feed.xml"),
            templates=job.site.templates,
        )
        outcome.pages.append(PageEntry(tag, name, title_of(edition), date))
        return page(
            edition,
            alternates,
            keep_noise=keep,
            source_language=source_language,
            chrome=chrome,
            pages=to_pages,
        )

    if source_language is not None:
        source_edition = original(article, source_language)
        stage(job.out / source_language.tag / f"{name}.html", render(source_edition))
        if job.source_edition:
            text = document(source_edition, keep_noise=keep)
            stage(job.out / source_language.tag / f"{name}{suffix(source_edition)}", text)
    for e in editions:
        folder = job.out / e.language.tag
        stage(folder / f"{name}{suffix(e)}", document(e, keep_noise=keep))
        stage(folder / f"{name}.html", render(e))
        po = catalogs[e.language.tag]
        if po is not None:
            stage(folder / "LC_MESSAGES" / f"{name}.mo", compile_mo(po))
