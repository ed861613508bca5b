"""The catalog-writing commands' pipeline: extract and convert, run under the project lock.

Around the pure steps (`extract.extract`, `convert.convert_project`) this adds
what touching the project's files needs: renamed articles' catalogs moved to
their new names, orphaned catalogs found (and pruned on request), and every
output written by `writing.write_groups`, so a translator's save made during
the run is merged, never reverted. What is reported is what was written.

Extract streams: articles the cache (incremental.py) vouches for are skipped
unread, the others are merged one at a time (by forked workers when there are
many) and written before the next is taken, so memory follows the largest
article, not the archive.
"""

from __future__ import annotations

import itertools
import os
import re
from collections import deque
from collections.abc import Callable, Generator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from .config import Settings, Variant
from .errors import DigestL10nError, SourceError
from .files import clean_stale, os_error, read_bytes
from .incremental import (
    CACHE_NAME,
    PRERUN,
    Cache,
    GlossaryChange,
    MemoryIndex,
    Snapshot,
    Stamp,
    article_key,
    catalog_strings,
    digest,
    glossary_change,
    memory_keys,
    read_stamped,
    remove_snapshots,
    settings_key,
    term_search,
)
from .languages import Language
from .layout import catalog_at, po_path, pot_path
from .model import Article
from .po import parse_po
from .po.nogc import no_gc
from .project import Project, decode_catalog
from .sources import article_name, decode
from .writing import G, Planned, Written, write_groups

if TYPE_CHECKING:
    from concurrent.futures import Future

    # The merge machinery loads only when a run has something to merge: a run with
    # nothing to do is mostly the interpreter starting.
    from .convert import Converted, Pivoted
    from .extract import ArticleResult
    from .glossary import Glossary
    from .variants import Converters

T = TypeVar("T")
# A catalog's previous msgids (`#|`, `#~|`), once its strings are on one line each.
_PREVIOUS = re.compile(r"^#~?\| .*$", re.M)
# The target languages of an article to redo after a glossary edit, each with the
# changed terms its merge looks for (None: its base is redone, every text may change).
_Redo = dict[str, tuple[str, ...] | None]
# An article to redo, and which of its languages (None: all, the article parsed).
_Todo = tuple[Path, _Redo | None]

# An article whose distinct units are mostly (more than this share, both ways)
# the msgids of an orphaned template is that template's article, renamed.
RENAME_SHARE = 0.5


@dataclass(frozen=True)
class Rename:
    """An orphaned article's catalogs moved to the article that took its units."""

    old: str
    new: str
    moved: tuple[tuple[str, str], ...]  # (old path, new path)


@dataclass(frozen=True)
class Orphan:
    """Catalogs whose article is gone and that no new article matches."""

    name: str
    paths: tuple[str, ...]
    translated: int  # translated entries in its catalogs


@dataclass(frozen=True)
class ArticleDone:
    """One article of an extract run, handed on as soon as it is done.

    `result` is None for an article the cache vouches for (up to date, not
    read); `written` holds the paths of its catalogs this run replaced or created;
    `kept` the target languages whose catalogs the cache vouches for in an article
    redone for the others only (a glossary edit that concerns only them).
    """

    path: str  # the source file, project-relative
    name: str
    result: ArticleResult | None
    written: frozenset[str] = frozenset()
    kept: tuple[str, ...] = ()


@dataclass
class ExtractRun:
    """What extract did, beyond each article: totals, and what it found around them."""

    total: int = 0
    redone: int = 0
    remerged: list[str] = field(default_factory=list)
    stopped: list[str] = field(default_factory=list)
    renamed: list[Rename] = field(default_factory=list)
    orphans: list[Orphan] = field(default_factory=list)
    pruned: list[Orphan] = field(default_factory=list)
    cleaned: list[Path] = field(default_factory=list)
    no_glossary: bool = False


def run_extract(
    project: Project,
    wanted: tuple[str, ...],
    settings: Settings,
    languages: tuple[Language, ...],
    *,
    now: str,
    check: bool = False,
    prune: bool = False,
    use_cache: bool = True,
    each: Callable[[ArticleDone], None] | None = None,
    keep_articles: bool = True,
) -> ExtractRun:
    """Extract the `wanted` articles (all when none), one at a time; `each` hears of every one.

    Unless `check`, under the lock: renamed articles' catalogs moved first, then
    each article redone and its catalogs written before the next is read, so
    memory stays bounded by the largest article. Articles the cache
    (incremental.py) vouches for are skipped unread; `use_cache=False` redoes
    every one, to the same bytes. `keep_articles=False`: the results `each` hears of
    hold no parsed article (ArticleResult.article is None), which workers then
    need not hand back.
    """
    if check:
        return _Extraction(project, settings, languages, now, check=True, keep=keep_articles).run(
            wanted, prune=False, use_cache=use_cache, each=each
        )
    with project.lock() as cleaned:
        run = _Extraction(project, settings, languages, now, check=False, keep=keep_articles).run(
            wanted, prune=prune, use_cache=use_cache, each=each
        )
    run.cleaned = cleaned
    return run


# Worker processes redo articles when a run has at least this many to redo (forking
# and handing results back costs a few milliseconds) and the platform can fork.
PARALLEL_FROM = 8
MAX_WORKERS = 4
# Articles redone together (see redo_group): enough to share the caches' warmth (8
# measured 5 % faster than 4, 16 no faster than 8), few enough that memory stays that
# of a handful of articles.
GROUP = 8


class _Extraction:
    """One extract run's state: what every article's redo needs, inherited by forked workers."""

    def __init__(
        self,
        project: Project,
        settings: Settings,
        languages: tuple[Language, ...],
        now: str,
        *,
        check: bool,
        keep: bool = True,
    ):
        self.project = project
        self.root = project.root
        self.settings = settings
        self.targets = settings.bases_first(languages)
        # The run's languages and, transitively, the bases their variants are filled from:
        # the catalogs an article's merge reads, and whose change makes it redone.
        read = list(self.targets)
        for lang in read:
            variant = settings.variant(lang)
            if variant is None:
                continue
            base = next((t for t in settings.targets if t.tag == variant.base.tag), None)
            if base is not None and base not in read:
                read.append(base)
        self.read = tuple(read)
        # Each target's bases among the targets, transitively: redone when one of them is.
        self.bases: dict[str, set[str]] = {}
        for lang in self.targets:
            chain: set[str] = set()
            variant = settings.variant(lang)
            while variant is not None and variant.base.tag not in chain:
                chain.add(variant.base.tag)
                variant = settings.variant(variant.base)
            self.bases[lang.tag] = chain & {t.tag for t in self.targets}
        self.now = now
        self.check = check
        self.keep = keep  # whether results hold their parsed article
        self.glossary: Glossary | None = None
        self.memory: dict[str, MemoryIndex] = {}
        self.converters: Converters | None = None

    def run(
        self,
        wanted: tuple[str, ...],
        *,
        prune: bool,
        use_cache: bool,
        each: Callable[[ArticleDone], None] | None,
    ) -> ExtractRun:
        """Plan from the cache, then redo and write each article not up to date, in order."""
        project, settings, root = self.project, self.settings, self.root
        paths = project.article_paths(wanted)
        folder = root / settings.source_dir
        names = [article_name(folder, p) for p in paths]
        listing = set(project.catalog_paths())
        run = ExtractRun(total=len(paths))
        run.renamed, run.orphans = self._renames(paths, names, listing)
        if not self.check:
            for r in run.renamed:
                _move(root, r, listing)
            if prune:
                for o in run.orphans:
                    _remove(root, o.paths, listing)
                run.pruned, run.orphans = run.orphans, []

        gpath = project.glossary_path()
        gtext = project.glossary_text()[0] if gpath is not None else None
        gdig = digest(gtext.encode("utf-8")) if gtext is not None else None
        run.no_glossary = gtext is None
        cache_path = root / settings.locales_dir / CACHE_NAME
        cache = Cache.load(cache_path) if use_cache else Cache(cache_path)
        skey = settings_key(settings)

        # Pass 1: which articles are up to date. Reads the sources, and a catalog
        # only when its stamp moved; parses nothing.
        plan: list[tuple[Path, str, str, _Redo | None]] = []
        changes: dict[str | None, GlossaryChange] = {}
        for path, name in zip(paths, names, strict=True):
            rel = path.relative_to(root).as_posix()
            data = read_bytes(path)
            if data is None:
                raise SourceError("cannot read: the file is gone", rel)
            key = article_key(skey, data)
            redo = self._fresh(cache, name, key, gdig, gtext, changes)
            if redo is None or redo:
                decode(data, rel)  # a non-UTF-8 article stops the run before anything is written
            plan.append((path, name, key, redo))
        dirty = [(path, redo) for path, _, _, redo in plan if redo is None or redo]
        run.redone = len(dirty)

        if dirty or changes:
            # Parsed whenever it is not the glossary every catalog was made with: a
            # malformed row is reported even when no article contains its term.
            self.glossary = project.glossary()
        if dirty and settings.variants:
            from .variants import Converters

            # Built once here, before workers fork: OpenCC configs and the term pattern.
            self.converters = Converters(self.glossary)
            for lang in self.targets:
                if (variant := settings.variant(lang)) is not None:
                    self.converters(variant)
        prerun = None
        redone = self._redo(dirty)  # a generator: nothing runs before the first article
        try:
            if dirty:
                if gdig is not None and gtext is not None:
                    cache.glossaries[gdig] = gtext
                if not self.check:
                    # The memory answers as the catalogs were when the run began: keep the
                    # bytes of those the run may replace.
                    locales = root / settings.locales_dir
                    remove_snapshots(locales)
                    prerun = Snapshot(locales / f"{PRERUN}{os.getpid()}")
                    for path, _ in dirty:
                        for rel in self._catalog_paths(article_name(folder, path), None):
                            if rel in listing:
                                prerun.keep(root, rel)
                self.memory = {
                    lang.tag: MemoryIndex(
                        root,
                        [
                            (rel, where.article)
                            for rel in listing
                            if (where := catalog_at(settings, rel)) and where.locale == lang.locale
                        ],
                        cache,
                        prerun,
                        decode_catalog,
                    )
                    for lang in self.targets
                }
            for path, name, key, redo in plan:
                rel = path.relative_to(root).as_posix()
                if redo is not None and not redo:
                    if each is not None:
                        each(ArticleDone(rel, name, None))
                    continue
                result = next(redone)
                written: frozenset[str] = frozenset()
                if not self.check:
                    result, written = self._write(path, result, run, cache, key, gdig)
                if each is not None:
                    done = result.result
                    source = done.source_language.tag if done.source_language else None
                    vouched = tuple(
                        t.tag for t in self.targets if t.tag not in done.stats and t.tag != source
                    )
                    each(ArticleDone(rel, name, done, written, vouched))
            if not self.check:
                if prerun is not None:
                    kept = prerun.kept()
                    prerun.remove()
                    prerun = None
                    # Removing a hard link moves the inode's change time of what it linked.
                    cache.restamp(root, kept)
                cache.forget_missing(root, listing)
                if cache.changed:
                    cache.save()
        finally:
            # Stopped early (an error, Ctrl-C): the workers end here, not whenever
            # the generator is collected.
            redone.close()
            if prerun is not None:
                prerun.remove()
        return run

    # --- Up to date? ----------------------------------------------------------------------------

    def _catalog_paths(self, name: str, source: str | None) -> list[str]:
        """An article's template and its catalogs in the run's languages (not its source's)."""
        out = [pot_path(self.settings, name)]
        out += [po_path(self.settings, lang, name) for lang in self.read if lang.tag != source]
        return out

    def _fresh(
        self,
        cache: Cache,
        name: str,
        key: str,
        gdig: str | None,
        gtext: str | None,
        changes: dict[str | None, GlossaryChange],
    ) -> _Redo | None:
        """Which target languages of an article to redo: None for all, none when up to date.

        The cache must vouch for every catalog of the article, made from `key`.
        After a glossary edit, a language's catalog is redone only when a term of a
        row that changed as that language sees it (its column, its base's and the
        source's, the note) occurs where its merge looks for terms: the msgids (in
        the template), the catalog's own previous msgids, its base's translations.
        A variant whose base is redone is redone after it. Each language redone
        comes with the terms looked for, so that its merge can tell the entries
        the edit concerns (`extract.remerge`).
        """
        root, settings = self.root, self.settings
        pot = cache.unchanged(root, pot_path(settings, name))
        if pot is None or pot.key != key:
            return None
        records = [pot]
        langs = [lang for lang in self.read if lang.tag != pot.source]
        for lang in langs:
            r = cache.unchanged(root, po_path(settings, lang, name))
            if r is None or r.key != key:
                return None
            records.append(r)
        moved = [
            (lang, r) for lang, r in zip(langs, records[1:], strict=True) if r.glossary != gdig
        ]
        if not moved:
            return {}
        # Where a merge looks for terms: a file's strings, or (in the catalog's own file,
        # whose msgids the template holds too) only its previous msgids.
        texts: dict[tuple[str, bool], str] = {}
        folded: dict[tuple[str, bool], str] = {}

        def text(where: tuple[str, bool]) -> str:
            found = texts.get(where)
            if found is None:
                rel, previous_only = where
                found = catalog_strings((root / rel).read_text("utf-8", "replace"))
                if previous_only:
                    found = "\n".join(_PREVIOUS.findall(found))
                texts[where] = found
            return found

        def folded_text(where: tuple[str, bool]) -> str:
            found = folded.get(where)
            if found is None:
                found = folded[where] = text(where).casefold()
            return found

        redo: _Redo = {}
        for lang, r in moved:
            if r.glossary not in changes:
                old = cache.glossaries.get(r.glossary) if r.glossary is not None else None
                if r.glossary is not None and old is None:
                    return None
                changes[r.glossary] = glossary_change(old, gtext)
            change = changes[r.glossary]
            if change.everything:
                return None
            variant = settings.variant(lang)
            base = variant.base.tag if variant is not None else None
            seen = searched = None  # no source language recorded: every column counts
            if pot.source is not None:
                searched = {pot.source} if base is None else {pot.source, base}
                seen = {lang.tag, *searched}
            terms = change.terms_for(seen, searched)
            wheres = [(pot_path(settings, name), False), (po_path(settings, lang, name), True)]
            if variant is not None and base != pot.source:
                wheres.append((po_path(settings, variant.base, name), False))
            search = term_search(terms) if terms else None
            if search is not None and any(
                search.found(text(w), partial(folded_text, w)) for w in wheres
            ):
                redo[lang.tag] = terms  # a language only read (a base) is left as it is
            else:
                r.glossary = gdig  # the glossary edit does not concern this catalog
                cache.changed = True
        redo = {tag: terms for tag, terms in redo.items() if tag in self.bases}
        if redo:
            for tag, bases in self.bases.items():
                if not bases.isdisjoint(redo):
                    redo[tag] = None
        else:
            pot.glossary = gdig
        if gdig is not None and gtext is not None:
            cache.glossaries[gdig] = gtext  # what the next edit is compared with
        cache.changed = True
        return redo

    # --- Renamed articles -----------------------------------------------------------------------

    def _renames(
        self, paths: list[Path], names: list[str], listing: set[str]
    ) -> tuple[list[Rename], list[Orphan]]:
        """Renamed articles and orphaned catalogs; reads only what orphans concern."""
        project, settings = self.project, self.settings
        orphaned = project.orphans(listing)
        if not orphaned:
            return [], []
        fresh = [
            p for p, n in zip(paths, names, strict=True) if pot_path(settings, n) not in listing
        ]
        texts = {
            rel: decode_catalog((self.root / rel).read_bytes(), rel)
            for rels in orphaned.values()
            for rel in rels
        }
        return _renames(project, [project.article(p) for p in fresh], texts, orphaned)

    # --- Redo and write -------------------------------------------------------------------------

    def redo(self, path: Path) -> _Redone:
        """One article read, parsed and merged with its catalogs as they are on disk now."""
        return self.redo_group([(path, None)])[0]

    def redo_group(self, todo: list[_Todo]) -> list[_Redone]:
        """A few articles redone together, each as `redo` would, in one pass per kind of work.

        Each comes with the target languages to redo (None: all; see `_fresh`).

        All are parsed first, then their texts converted for every OpenCC variant in
        one burst (Converters.prime), then each merged: a worker doing one kind of
        work over several articles keeps that work's code and OpenCC's dictionaries
        in the processor's caches, about a tenth less CPU than article after article.
        """
        with no_gc():  # the group's objects die with it, by refcount: a collection only rescans
            # After a glossary edit an article is merged again from its template on disk,
            # unparsed, unless its units are wanted back (-v).
            parse = [i for i, (_, redo) in enumerate(todo) if redo is None or self.keep]
            articles = [self.project.article(todo[i][0]) for i in parse]
            # Once per article: without a configured one, it is detected from the text.
            sources = [self.project.source_language(a) for a in articles]
            langs = [self._languages(todo[i][1]) for i in parse]
            try:
                if self.converters is not None and articles:
                    self._prime(articles, sources, langs)
                redone: dict[int, _Redone] = {
                    i: self._redo_one(a, s, ls)
                    for i, a, s, ls in zip(parse, articles, sources, langs, strict=True)
                }
                done = []
                for i, (path, redo) in enumerate(todo):
                    if i in redone:
                        done.append(redone[i])
                    else:
                        assert redo is not None  # parsed when every language is redone
                        done.append(self._remerge(path, redo))
            finally:
                if self.converters is not None:
                    # The group's texts only, never the archive's; forgotten now, not when
                    # the next group begins, or the collector would rescan them.
                    self.converters.forget()
            if not self.keep:
                done = [_Redone(replace(r.result, article=None), r.stamps) for r in done]
            del articles, sources  # gone before the collector resumes, which would rescan them
        return done

    def _languages(self, redo: _Redo | None) -> tuple[Language, ...]:
        """The run's target languages, or those of them in `redo`."""
        return self.targets if redo is None else tuple(t for t in self.targets if t.tag in redo)

    def _prime(
        self,
        articles: list[Article],
        sources: list[Language | None],
        langs: list[tuple[Language, ...]],
    ) -> None:
        """The articles' texts converted for each variant filled from their source language."""
        assert self.converters is not None
        by_variant: dict[Variant, list[str]] = {}
        for article, source, targets in zip(articles, sources, langs, strict=True):
            if source is None:
                continue
            texts = [u.text for u in article.units]
            for lang in targets:
                v = self.settings.variant(lang)
                if v is not None and v.base.tag == source.tag and lang.tag != source.tag:
                    by_variant.setdefault(v, []).extend(texts)
        for variant, texts in by_variant.items():
            self.converters.prime([variant], texts)

    def _redo_one(
        self, article: Article, source: Language | None, languages: tuple[Language, ...]
    ) -> _Redone:
        from .extract import extract

        texts, stamps = self._read(article.name)
        result = extract(
            [article],
            self.settings,
            texts,
            now=self.now,
            sources={article.name: source},
            languages=languages,
            glossary=self.glossary,
            memory=self.memory,
            converters=self.converters,
        )[0]
        return _Redone(self._keyed(result), stamps)

    def _remerge(self, path: Path, redo: _Redo) -> _Redone:
        """An article's catalogs in the languages of `redo` made again, the article unparsed.

        For a glossary edit (see `_fresh`): the source and catalogs are as the
        last run left them, so each catalog is patched where a changed term may
        be, or merged with the template on disk (`extract.remerge`).
        """
        from .extract import remerge
        from .layout import Catalogs

        name = article_name(self.root / self.settings.source_dir, path)
        texts, stamps = self._read(name)
        tpath = pot_path(self.settings, name)
        if tpath not in texts:  # deleted since the plan: made anew
            article = self.project.article(path)
            return self._redo_one(article, self.project.source_language(article), self.targets)
        # The template's header says the source language: parsed alone, as patching
        # the catalogs needs no more of the template.
        header = Catalogs({tpath: texts[tpath].split("\n\n", 1)[0] + "\n"})
        concerned = {
            tag: term_search(terms).found for tag, terms in redo.items() if terms is not None
        }
        result = remerge(
            name,
            self.settings,
            Catalogs(texts),
            source_language=self.project.recorded_source_language(name, header),
            languages=self._languages(redo),
            memory=self.memory,
            glossary=self.glossary,
            converters=self.converters,
            concerned=concerned,
        )
        return _Redone(self._keyed(result), stamps)

    def _read(self, name: str) -> tuple[dict[str, str], dict[str, Stamp]]:
        """An article's catalogs as they are now, and the stamps they had when read."""
        texts = {}
        stamps = {}
        for rel in self._catalog_paths(name, None):
            data, stamp = read_stamped(self.root / rel)
            if data is not None:
                texts[rel] = decode_catalog(data, rel)
            if stamp is not None:
                stamps[rel] = stamp
        return texts, stamps

    def _keyed(self, result: ArticleResult) -> ArticleResult:
        """`result` with each catalog's translated msgids as the cache records them."""
        if self.check:
            return result
        # Keyed here, in the worker: what the cache records of each catalog's
        # translated msgids, without the msgids themselves.
        keys: dict[str, bytes] = {}
        outputs = tuple(
            o
            if o.memory_kept
            else replace(o, remembered=(), memory=memory_keys(o.remembered, keys))
            for o in result.outputs
        )
        return replace(result, outputs=outputs)

    def _redo(self, todo: list[_Todo]) -> Generator[_Redone]:
        """Each article of `todo` redone, in order, GROUP at a time; on several cores, by workers.

        Workers only compute; this process writes, so the lock, the
        compare-before-replace and the cache stay in one place. Results come
        back in order, a few groups ahead of the writing.
        """
        from .workers import WorkerPool, can_fork, cores

        workers = min(cores(), MAX_WORKERS)
        if workers < 2 or len(todo) < PARALLEL_FROM or not can_fork():
            for i in range(0, len(todo), GROUP):
                yield from self.redo_group(todo[i : i + GROUP])
            return
        groups = _groups(todo, workers)
        window = 2 * workers
        with WorkerPool(_redo_in_worker, self, workers) as pool:
            pending: deque[Future[list[_Redone]]] = deque()
            items = iter(groups)
            try:
                for group in itertools.islice(items, window):
                    pending.append(pool.submit(group))
                while pending:
                    results = pending.popleft().result()
                    for group in itertools.islice(items, 1):
                        pending.append(pool.submit(group))
                    yield from results
            except BaseException:
                pool.stop(pending)
                raise

    def _write(
        self,
        path: Path,
        redone: _Redone,
        run: ExtractRun,
        cache: Cache,
        key: str,
        gdig: str | None,
    ) -> tuple[_Redone, frozenset[str]]:
        """An article's catalogs written safely, and recorded in the cache as written."""

        def again(_: _Redone, fresh: Mapping[str, str | None]) -> _Redone:
            # A translator saved meanwhile: merge again from what is on disk now.
            return self.redo(path)

        done = _written(self.project, [redone], lambda r: r.result.outputs, again)
        run.remerged += done.remerged
        run.stopped += done.stopped
        redone = done.groups[0]
        result = redone.result
        source = result.source_language.tag if result.source_language else None
        for o in result.outputs:
            if done.stopped:
                cache.records.pop(o.path, None)
                continue
            packed = None
            if o.memory_kept:  # patched: its entries give the memory what they gave
                old = cache.records.get(o.path)
                if old is None:  # pragma: no cover - the plan found it; without it, redo next run
                    continue
                packed = old.packed
            else:
                assert o.memory is not None  # keyed in the worker (_keyed), for every output
            is_pot = o.path.endswith(".pot")
            cache.record(
                o.path,
                o.data,
                key,
                gdig,
                o.memory or b"",
                source=source if is_pot else None,
                stamp=self._stamp(o.path, done.inodes.get(o.path), redone.stamps.get(o.path)),
                packed=packed,
            )
        return redone, frozenset(done.written)

    def _stamp(self, rel: str, inode: int | None, read: Stamp | None) -> Stamp | None:
        """The stamp of a catalog as this run leaves it, when it can tell the file is that one.

        Written by the run: the file there has the inode it wrote (an editor's
        save through a temp file and rename brings another; one into it in the
        microseconds before this stat would only make the next run skip
        re-merging it). Left as it was: the file still has the stamp it had
        when the merge read it.
        """
        try:
            st = Stamp.of(os.stat(self.root / rel))
        except OSError:
            return None
        if inode is not None:
            return st if st.ino == inode else None
        return st if st == read else None


@dataclass(frozen=True)
class _Redone:
    """An article merged, and the stamps of the catalogs it read (unchanged while read)."""

    result: ArticleResult
    stamps: dict[str, Stamp]


def _groups(paths: list[T], workers: int) -> list[list[T]]:
    """`paths` cut into the groups workers redo, in order.

    GROUP at a time, fewer when there are few articles (at least two groups per
    worker), and smaller towards the end, halving whenever fewer than two rounds of
    the current size are left: the workers then finish within about one article of
    each other, where a last group of 8 kept one core idle for a tenth of a second.
    """
    size = max(1, min(GROUP, -(-len(paths) // (2 * workers))))
    groups = []
    i = 0
    while i < len(paths):
        while size > 1 and len(paths) - i < 2 * workers * size:
            size //= 2
        groups.append(paths[i : i + size])
        i += size
    return groups


def _redo_in_worker(run: _Extraction, todo: list[_Todo]) -> list[_Redone]:
    return run.redo_group(todo)


@dataclass
class PivotRun:
    """What convert --from/--to wrote: the derived catalogs as written."""

    results: list[Pivoted]
    written: set[str] = field(default_factory=set)
    remerged: list[str] = field(default_factory=list)
    stopped: list[str] = field(default_factory=list)


def run_pivot(
    project: Project,
    source: Language,
    target: Language,
    paths: tuple[str, ...],
    *,
    adopt: bool = False,
) -> PivotRun:
    """Derive the `target` catalog of each `source` catalog under the lock, writing safely."""
    from .convert import pivot_catalogs

    glossary = project.glossary()
    with project.lock():

        def derive(bases: tuple[str, ...]) -> list[Pivoted]:
            return pivot_catalogs(project, source, target, bases, adopt=adopt, glossary=glossary)

        def redo(group: list[Pivoted], fresh: Mapping[str, str | None]) -> list[Pivoted]:
            # A reviewer saved the derived catalog meanwhile: derive again from what is there.
            return derive(tuple(r.base for r in group))

        done = _written(project, [[r] for r in derive(paths)], lambda g: g, redo)
    return PivotRun(
        [r for g in done.groups for r in g],
        written=done.written,
        remerged=done.remerged,
        stopped=done.stopped,
    )


def _written(
    project: Project,
    groups: Sequence[G],
    outputs: Callable[[G], Sequence[Planned]],
    redo: Callable[[G, Mapping[str, str | None]], G],
) -> Written[G]:
    """`write_groups`, then, if it is interrupted, every temp file it may have left removed.

    Ctrl-C can land between a temp file's creation and its listing; under the
    lock, every marked temp file in the locales folder is this run's.
    """
    try:
        return write_groups(project.root, groups, outputs, redo, decode_catalog)
    except BaseException:
        clean_stale([project.root / project.settings.locales_dir])
        raise


def _renames(
    project: Project,
    articles: list[Article],
    existing: Mapping[str, str],
    orphaned: dict[str, list[str]],
) -> tuple[list[Rename], list[Orphan]]:
    """New articles that took over an orphaned template's units, and the orphans left."""
    settings = project.settings
    ids = {
        name: _msgids(existing[pot_path(settings, name)], pot_path(settings, name))
        for name in orphaned
    }
    renamed = []
    for article in articles:
        if pot_path(settings, article.name) in existing or not orphaned:
            continue
        units = {u.text for u in article.units}
        best, share = None, RENAME_SHARE
        for name in orphaned:
            common = len(units & ids[name])
            s = min(common / len(units), common / len(ids[name])) if units and ids[name] else 0
            if s > share:
                best, share = name, s
        if best is None:
            continue
        moved = []
        for path in orphaned.pop(best):
            where = catalog_at(settings, path)
            assert where is not None  # project.orphans lists catalog paths only
            new = (
                pot_path(settings, article.name)
                if where.locale is None
                else f"{settings.locales_dir}/{where.locale}/LC_MESSAGES/{article.name}.po"
            )
            moved.append((path, new))
        renamed.append(Rename(best, article.name, tuple(moved)))
    orphans = [
        Orphan(name, tuple(paths), sum(_translated(existing[p], p) for p in paths))
        for name, paths in orphaned.items()
    ]
    return renamed, orphans


def _msgids(text: str, path: str) -> set[str]:
    return {e.msgid for e in parse_po(text, path) if not e.obsolete and e.msgid}


def _translated(text: str, path: str) -> int:
    if path.endswith(".pot"):
        return 0
    return sum(1 for e in parse_po(text, path) if not e.obsolete and e.translated())


def _move(root: Path, rename: Rename, listing: set[str]) -> None:
    """Move a renamed article's catalogs as they are (git sees a rename), never over a file."""
    for old, new in rename.moved:
        target = root / new
        if target.exists():
            raise DigestL10nError(
                f"cannot carry {old} over: a catalog is already there; move or remove one", new
            )
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            os.rename(root / old, target)
        except OSError as exc:
            raise os_error(exc, new) from None
        listing.discard(old)
        listing.add(new)


def _remove(root: Path, paths: tuple[str, ...], listing: set[str]) -> None:
    for rel in paths:
        try:
            (root / rel).unlink(missing_ok=True)
        except OSError as exc:
            raise os_error(exc, rel) from None
        listing.discard(rel)


@dataclass
class ConvertRun:
    """What convert wrote: the variant catalogs as written."""

    results: list[Converted]
    written: set[str] = field(default_factory=set)
    remerged: list[str] = field(default_factory=list)
    stopped: list[str] = field(default_factory=list)
    cleaned: list[Path] = field(default_factory=list)


def run_convert(
    project: Project, languages: tuple[Language, ...], *, adopt: bool = False
) -> ConvertRun:
    """Fill the variants of `languages` from their bases under the lock, writing safely."""
    from .convert import convert_project

    glossary = project.glossary()
    with project.lock() as cleaned:
        existing = project.catalog_texts()
        results = convert_project(project, existing, languages, glossary, adopt=adopt)
        groups: dict[str, list[Converted]] = {}
        for r in results:
            where = catalog_at(project.settings, r.path)
            groups.setdefault(where.article if where else r.path, []).append(r)

        def redo(group: list[Converted], fresh: Mapping[str, str | None]) -> list[Converted]:
            texts = {**existing, **{p: t for p, t in fresh.items() if t is not None}}
            for p, t in fresh.items():
                if t is None:
                    texts.pop(p, None)
            wanted = {c.path for c in group}
            again = convert_project(project, texts, languages, glossary, adopt=adopt)
            return [c for c in again if c.path in wanted]

        done = _written(project, list(groups.values()), lambda g: g, redo)
    return ConvertRun(
        [c for g in done.groups for c in g],
        written=done.written,
        remerged=done.remerged,
        stopped=done.stopped,
        cleaned=cleaned,
    )
