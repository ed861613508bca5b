"""Articles → the text of every POT and PO they need, given the files as they are now.

Pure: takes articles and existing file texts, returns new texts; the CLI decides
whether to write them (or, with --check, only to compare).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import polib

from .catalog import SyncStats, memory_of, sync, template
from .config import Settings
from .langid import detect_source
from .languages import Language
from .layout import Catalogs, po_path, pot_path
from .model import Article
from .po import format_po


@dataclass(frozen=True)
class Output:
    """One file extract would write: its project-relative path, new text and current text."""

    path: str
    text: str
    old: str | None

    @property
    def changed(self) -> bool:
        return self.text != self.old


@dataclass(frozen=True)
class ArticleResult:
    """What extract did for one article."""

    article: Article
    source_language: Language | None
    outputs: tuple[Output, ...]
    stats: Mapping[str, SyncStats] = field(default_factory=dict)

    @property
    def kinds(self) -> Counter[str]:
        return Counter(u.kind.value for u in self.article.units)


def extract(
    articles: list[Article],
    settings: Settings,
    existing: Mapping[str, str],
    *,
    now: str,
    languages: tuple[Language, ...] | None = None,
    glossary: Any = None,
) -> list[ArticleResult]:
    """Template and updated catalogs for each article, msgmerge-style.

    `existing` maps project-relative paths to the current text of catalog files
    (every PO of the languages concerned, for the translation memory). `now` is
    the date written when a template's content changes. With a `glossary`, each
    entry lists the terms it contains; variants (settings.variants) are filled
    by OpenCC from their base after the sync.
    """
    catalogs = Catalogs(existing)
    targets = _bases_first(languages if languages is not None else settings.targets, settings)
    memory = {
        lang.tag: memory_of(
            [
                po
                for path in sorted(existing)
                if path.startswith(f"{settings.locales_dir}/{lang.locale}/LC_MESSAGES/")
                and path.endswith(".po")
                and (po := catalogs.get(path)) is not None
            ]
        )
        for lang in targets
    }
    results = []
    for article in articles:
        source_language = settings.source_language or detect_source(
            "\n".join(u.text for u in article.units)
        )
        outputs = []
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
            pot.metadata["POT-Creation-Date"] = now
            # Only the date line differs from a fresh format: swap it rather than format again.
            pot_text = pot_text.replace(_date_line(old_date), _date_line(now), 1)
        outputs.append(Output(tpath, pot_text, old_text))
        stats = {}
        done: dict[str, polib.POFile] = {}
        for lang in targets:
            if source_language is not None and lang.tag == source_language.tag:
                continue
            path = po_path(settings, lang, article.name)
            po, stats[lang.tag] = sync(
                catalogs.get(path), pot, lang, name=article.name, memory=memory[lang.tag]
            )
            if glossary is not None:
                from .glossary import annotate

                annotate(po, glossary, lang, source=source_language)
            variant = settings.variant(lang)
            if variant is not None:
                from .variants import convert_catalog

                base = _base_texts(
                    variant.base, source_language, pot, done, catalogs, settings, article
                )
                convert_catalog(po, base, variant, glossary)
            done[lang.tag] = po
            outputs.append(Output(path, format_po(po, settings.width), existing.get(path)))
        results.append(ArticleResult(article, source_language, tuple(outputs), stats))
    return results


_POT_DATE = re.compile(r'^"POT-Creation-Date: ([^"\\]*)\\n"$', re.M)


def _pot_date(text: str | None) -> str | None:
    """The POT-Creation-Date in a template's header, read without parsing the whole file."""
    if text is None:
        return None
    m = _POT_DATE.search(text, 0, text.find("\n\n") if "\n\n" in text else len(text))
    return m.group(1) if m else None


def _date_line(date: str) -> str:
    return f'"POT-Creation-Date: {date}\\n"'


def _bases_first(targets: tuple[Language, ...], settings: Settings) -> tuple[Language, ...]:
    """Targets ordered so a variant comes after the translation it derives from."""
    ordered: list[Language] = []

    def visit(lang: Language, depth: int = 0) -> None:
        if lang in ordered or depth > len(settings.targets):
            return
        variant = settings.variant(lang)
        if variant is not None:
            base = next((t for t in settings.targets if t.tag == variant.base.tag), None)
            if base is not None:
                visit(base, depth + 1)
        if lang in targets and lang not in ordered:
            ordered.append(lang)

    for lang in targets:
        visit(lang)
    return tuple(ordered)


def _base_texts(
    base: Language,
    source_language: Language | None,
    pot: polib.POFile,
    done: Mapping[str, polib.POFile],
    catalogs: Catalogs,
    settings: Settings,
    article: Article,
) -> dict[str, str]:
    """msgid → the text a variant converts: the source, or the base language's translation."""
    if source_language is not None and base.tag == source_language.tag:
        return {e.msgid: e.msgid for e in pot}
    po = done.get(base.tag) or catalogs.get(po_path(settings, base, article.name))
    if po is None:
        return {}
    return {e.msgid: e.msgstr for e in po if not e.obsolete and not e.fuzzy and e.msgstr}
