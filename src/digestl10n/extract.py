"""Articles → the text of every POT and PO they need, given the files as they are now.

Pure: takes articles and existing file texts, returns new texts; the CLI decides
whether to write them (or, with --check, only to compare).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import polib

from .catalog import Remembered, SyncStats, memory_of, remembered, sync, template
from .config import Settings
from .languages import Language
from .layout import Catalogs, catalog_at, po_path, pot_path
from .model import Article
from .po import format_po

if TYPE_CHECKING:
    from .config import Variant
    from .glossary import Glossary
    from .variants import Converters, SteeredConverter


@dataclass(frozen=True)
class Output:
    """One file extract would write: its project-relative path, new text and current text.

    The new text is held encoded, as it is written and hashed: a worker process
    hands back bytes, which cost nothing to unpickle, where a str is decoded
    there and encoded again to be written (0.7 ms an article of five catalogs).
    Build one with `Output.of`.
    """

    path: str
    data: bytes  # the new text, UTF-8
    old: str | None
    # A catalog's translated, non-fuzzy msgids: what it gives the translation memory.
    remembered: tuple[str, ...] = ()
    changed: bool = True  # whether the new text differs from the current one
    # `remembered` as the cache files it (incremental.memory_keys), when the process
    # that merged worked it out: 8 bytes a msgid travel back instead of the msgids.
    memory: bytes | None = None
    # Whether the catalog gives the memory what the cache records of it already (a
    # catalog patched for a glossary edit, the state of every entry as it was).
    memory_kept: bool = False

    @classmethod
    def of(cls, path: str, text: str, old: str | None, remembered: tuple[str, ...] = ()) -> Output:
        """The output of `text` at `path`, where `old` is there now (None: no file)."""
        return cls(path, text.encode("utf-8"), old, remembered, text != old)

    @property
    def text(self) -> str:
        """The new text."""
        return self.data.decode("utf-8")


@dataclass(frozen=True)
class ArticleResult:
    """What extract did for one article.

    `article` is None when the caller did not ask for it back from a worker
    process (update.run_extract): its units cost more to hand back than its catalogs.
    """

    article: Article | None
    source_language: Language | None
    outputs: tuple[Output, ...]
    stats: Mapping[str, SyncStats] = field(default_factory=dict)

    @property
    def kinds(self) -> Counter[str]:
        return Counter(u.kind.value for u in self.article.units) if self.article else Counter()


def extract(
    articles: list[Article],
    settings: Settings,
    existing: Mapping[str, str],
    *,
    now: str,
    sources: Mapping[str, Language | None],
    languages: tuple[Language, ...] | None = None,
    glossary: Glossary | None = None,
    memory: Mapping[str, Mapping[str, Remembered]] | None = None,
    converters: Converters | None = None,
) -> list[ArticleResult]:
    """Template and updated catalogs for each article, msgmerge-style.

    `existing` maps project-relative paths to the current text of catalog files
    (every PO of the languages concerned, for the translation memory). `now` is
    the date written when a template's content changes; `sources` gives each
    article's source language by name. With a `glossary`, each
    entry lists the terms it contains; variants (settings.variants) are filled
    by OpenCC from their base after the sync. `memory` (language tag → msgid →
    translation) replaces the translation memory built from `existing`, so a
    caller can pass the catalogs of one article and a memory of them all;
    `converters` (made with the same glossary) lets calls share the variants'
    converters, built once per run: the caller then empties their memo
    (`Converters.forget`) when it likes, and may fill it beforehand
    (`Converters.prime`).
    """
    catalogs = Catalogs(existing)
    targets = settings.bases_first(languages if languages is not None else settings.targets)
    where_of = {path: where for path in existing if (where := catalog_at(settings, path))}
    memory = (
        memory
        if memory is not None
        else {
            lang.tag: memory_of(
                [
                    (where_of[path].article, po)
                    for path in sorted(where_of)
                    if where_of[path].locale == lang.locale
                    and (po := catalogs.get(path)) is not None
                ]
            )
            for lang in targets
        }
    )
    results = []
    own = converters is None  # made here: forgotten between articles, so it never holds them all
    if own and any(settings.variant(lang) is not None for lang in targets):
        from .variants import Converters

        converters = Converters(glossary)
    for article in articles:
        if own and converters is not None:
            converters.forget()
        source_language = sources[article.name]
        tpath = pot_path(settings, article.name)
        old_text = existing.get(tpath)

        # The date moves only when the template's content does: same input, same bytes.
        old_date = _pot_date(old_text)
        pot = template(
            article,
            date=old_date or now,
            source_language=source_language,
            add_location=settings.add_location,
        )
        pot_text = format_po(pot, settings.width)
        if old_date is not None and old_date != now and pot_text != old_text:
            pot.metadata["POT-Creation-Date"] = now  # before sync: the catalogs' headers copy it
            # Only the date line differs from a fresh format: swap it rather than format again.
            pot_text = pot_text.replace(_date_line(old_date), _date_line(now), 1)
        merged, stats = _merge(
            article.name,
            pot,
            source_language,
            targets,
            catalogs,
            settings,
            glossary=glossary,
            memory=memory,
            converters=converters,
        )
        outputs = (Output.of(tpath, pot_text, old_text), *merged)
        results.append(ArticleResult(article, source_language, outputs, stats))
    return results


def remerge(
    name: str,
    settings: Settings,
    catalogs: Catalogs,
    *,
    source_language: Language | None,
    languages: tuple[Language, ...],
    memory: Mapping[str, Mapping[str, Remembered]],
    glossary: Glossary | None = None,
    converters: Converters | None = None,
    concerned: Mapping[str, Callable[[str], bool]] | None = None,
) -> ArticleResult:
    """An article's catalogs in `languages` made again after a glossary edit, unparsed.

    What `extract` gives for an article whose source and catalogs are as the last
    run left them, the glossary aside. `concerned` maps a language to a test of a
    text: whether it may hold a term the edit changed. A catalog of such a language
    (not a variant of a translation) is patched: only its entries the test picks
    are read, given their glossary comments and conversions again and written in
    place, every other entry's lines kept as they are, which is what a merge would
    write for them. Any other catalog is merged again with the template on disk
    (in `catalogs`, the one the source gives), a variant of a translation with its
    base as patched.
    """
    tpath = pot_path(settings, name)
    old_text = catalogs.texts.get(tpath)
    if old_text is None:
        raise ValueError(f"{tpath}: remerge needs the article's template")
    concerned = concerned or {}
    targets = [
        lang
        for lang in settings.bases_first(languages)
        if source_language is None or lang.tag != source_language.tag
    ]
    outputs: dict[str, Output] = {}
    stats: dict[str, SyncStats] = {}
    rest = []
    for lang in targets:
        path = po_path(settings, lang, name)
        variant = settings.variant(lang)
        test = concerned.get(lang.tag)
        text = catalogs.texts.get(path)
        from_source = variant is None or (
            source_language is not None and variant.base.tag == source_language.tag
        )
        patched = None
        if glossary is not None and test is not None and text is not None and from_source:
            convert = None
            if variant is not None:
                if converters is None:
                    from .variants import Converters

                    converters = Converters(glossary)
                convert = converters(variant)
            patched = _patched(
                text, path, test, lang, glossary, source_language, variant, convert, settings.width
            )
        if patched is None:
            rest.append(lang)
        else:
            outputs[path], stats[lang.tag] = patched, SyncStats()
    if rest:
        # Merged against the catalogs as patched: a variant of a translation reads its base.
        merging = Catalogs({**catalogs.texts, **{o.path: o.text for o in outputs.values()}})
        pot = merging.get(tpath)
        assert pot is not None  # its text is there
        merged, more = _merge(
            name,
            pot,
            source_language,
            tuple(rest),
            merging,
            settings,
            glossary=glossary,
            memory=memory,
            converters=converters,
        )
        outputs.update((o.path, o) for o in merged)
        stats.update(more)
    ordered = [outputs[po_path(settings, lang, name)] for lang in targets]
    return ArticleResult(
        None,
        source_language,
        (Output.of(tpath, old_text, old_text), *ordered),
        {lang.tag: stats[lang.tag] for lang in targets},
    )


def _patched(
    text: str,
    path: str,
    concerned: Callable[[str], bool],
    lang: Language,
    glossary: Glossary,
    source_language: Language | None,
    variant: Variant | None,
    convert: SteeredConverter | None,
    width: int,
) -> Output | None:
    """A catalog as the last run wrote it, patched for a glossary edit; None when it cannot be.

    Entries are the blocks between blank lines (the header first, obsolete ones
    last); a block the test picks (in its strings, each on one line) is parsed with
    the header, annotated and converted as a merge would, and formatted again.
    Not for a catalog with CRLF line ends, nor when an entry's state for the
    translation memory changes (a reviewer's fuzzy entry found to be machine
    output): the cache's record of it would no longer hold.
    """
    from .glossary import annotate
    from .incremental import catalog_strings
    from .po import format_entry, parse_po

    if "\r" in text or not text.endswith("\n"):
        return None
    blocks = text[:-1].split("\n\n")
    picked = [
        i
        for i in range(1, len(blocks))
        if not blocks[i].startswith("#~") and concerned(catalog_strings(blocks[i]))
    ]
    if not picked:
        return Output(path, text.encode("utf-8"), text, changed=False, memory_kept=True)
    po = parse_po("\n\n".join([blocks[0], *(blocks[i] for i in picked)]) + "\n", path)
    entries = list(po)
    if len(entries) != len(picked) or any(e.obsolete for e in entries):
        return None
    before = remembered(po)
    annotate(po, glossary, lang, source=source_language)
    if variant is not None:
        from .variants import base_texts, convert_catalog

        convert_catalog(
            po, base_texts(po, None, from_source=True), variant, glossary, converter=convert
        )
    if remembered(po) != before:
        return None
    for i, entry in zip(picked, entries, strict=True):
        blocks[i] = format_entry(entry, width)
    new = "\n\n".join(blocks) + "\n"
    return Output(path, new.encode("utf-8"), text, changed=new != text, memory_kept=True)


def _merge(
    name: str,
    pot: polib.POFile,
    source_language: Language | None,
    targets: tuple[Language, ...],
    catalogs: Catalogs,
    settings: Settings,
    *,
    glossary: Glossary | None,
    memory: Mapping[str, Mapping[str, Remembered]],
    converters: Converters | None,
) -> tuple[list[Output], dict[str, SyncStats]]:
    """Each target's catalog of an article merged with its template, annotated, converted."""
    stats = {}
    done: dict[str, polib.POFile] = {}
    merged: list[tuple[str, polib.POFile]] = []
    for lang in targets:
        if source_language is not None and lang.tag == source_language.tag:
            continue
        path = po_path(settings, lang, name)
        po, stats[lang.tag] = sync(
            catalogs.get(path),
            pot,
            lang,
            name=name,
            memory=memory[lang.tag],
            memory_mode=settings.memory,
        )
        if glossary is not None:
            from .glossary import annotate

            annotate(po, glossary, lang, source=source_language)
        variant = settings.variant(lang)
        if variant is not None:
            from .variants import Converters, base_texts, convert_catalog

            converters = converters or Converters(glossary)

            from_source = source_language is not None and (variant.base.tag == source_language.tag)
            base = None
            if not from_source:
                base_path = po_path(settings, variant.base, name)
                base = done.get(variant.base.tag) or catalogs.get(base_path)
            convert_catalog(
                po,
                base_texts(po, base, from_source=from_source),
                variant,
                glossary,
                converter=converters(variant),
            )
        done[lang.tag] = po
        merged.append((path, po))
    # The catalogs formatted after every merge, one after the other: the formatter's
    # code and tables stay in the processor's caches (between merges, they did not).
    outputs = [
        Output.of(path, format_po(po, settings.width), catalogs.texts.get(path), remembered(po))
        for path, po in merged
    ]
    return outputs, stats


_POT_DATE = re.compile(r'^"POT-Creation-Date: ([^"\\]*)\\n"$', re.M)


def _pot_date(text: str | None) -> str | None:
    """The POT-Creation-Date in a template's header, read without parsing the whole file."""
    if text is None:
        return None
    m = _POT_DATE.search(text, 0, text.find("\n\n") if "\n\n" in text else len(text))
    return m.group(1) if m else None


def _date_line(date: str) -> str:
    return f'"POT-Creation-Date: {date}\\n"'
