"""Article + catalog → a localized edition: what each unit says, and what fell back.

The fallback policy: a unit whose entry is translated (and not fuzzy) shows its
msgstr; an untranslated, fuzzy or missing entry falls back to the source text,
or for a derived variant (zh-TW ← zh-Hans by s2twp) to the OpenCC conversion of
its base text. Every fallback is counted, so a build can refuse a language that
is less complete than `min_complete`, or (strict) any fallback at all.

Pure: polib objects in, frozen objects and strings out; nothing is read or written.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import polib

from .config import Variant
from .languages import Language
from .model import Article, Unit


class Reason(StrEnum):
    """Why a unit shows a fallback instead of a translation."""

    UNTRANSLATED = "untranslated"
    FUZZY = "fuzzy"
    MISSING = "not in catalog"  # the source changed since the last extract


@dataclass(frozen=True, slots=True)
class Fallback:
    """One distinct unit text the edition could not take from the catalog."""

    unit: Unit  # its first occurrence in the article
    reason: Reason
    converted: bool  # True when the fallback is an OpenCC conversion, not the source


@dataclass(frozen=True)
class Edition:
    """An article in one language: the text of every unit, and which ones fell back."""

    article: Article
    language: Language
    texts: tuple[str, ...]  # parallel to article.units
    fallbacks: tuple[Fallback, ...]
    total: int  # distinct unit texts (catalog entries) the article has
    catalog_path: str | None = None

    @property
    def translated(self) -> int:
        """Distinct unit texts the catalog translated."""
        return self.total - len(self.fallbacks)

    @property
    def complete(self) -> float:
        """Percentage of distinct unit texts translated; an article with no units is complete."""
        return 100.0 * self.translated / self.total if self.total else 100.0

    def fell_back(self) -> frozenset[str]:
        """The msgids shown as fallbacks."""
        return frozenset(f.unit.text for f in self.fallbacks)


Convert = Callable[[str], str]


def usable(entry: polib.POEntry | None) -> bool:
    """True when an entry's translation may be published: present, not fuzzy, not obsolete.

    A msgstr of white space only counts as untranslated: spliced in, it would
    erase its block from the edition.
    """
    return (
        entry is not None and not entry.obsolete and not entry.fuzzy and bool(entry.msgstr.strip())
    )


def index(po: polib.POFile | None) -> dict[str, polib.POEntry]:
    """msgid → active entry of a catalog (entries without context win over ones with)."""
    out: dict[str, polib.POEntry] = {}
    if po is None:
        return out
    for e in po:
        if e.obsolete or e.msgid_plural:
            continue
        if e.msgid not in out or (out[e.msgid].msgctxt and not e.msgctxt):
            out[e.msgid] = e
    return out


def localize(
    article: Article,
    language: Language,
    catalog: polib.POFile | None,
    *,
    variant: Variant | None = None,
    base: polib.POFile | None = None,
    convert: Convert | None = None,
    catalog_path: str | None = None,
) -> Edition:
    """The edition of `article` in `language` from its catalog, with fallbacks counted.

    For a variant, `convert` turns a base text into the variant (OpenCC steered
    by the glossary, see `converter_for`) and `base` is the base language's
    catalog when the base is a translation rather than the source.
    """
    entries = index(catalog)
    base_entries = index(base)
    texts: list[str] = []
    fallbacks: dict[str, Fallback] = {}
    for unit in article.units:
        entry = entries.get(unit.text)
        if usable(entry):
            assert entry is not None
            texts.append(entry.msgstr)
            continue
        converted = variant is not None and convert is not None
        if unit.text not in fallbacks:
            fallbacks[unit.text] = Fallback(unit, _reason(entry, catalog), converted)
        if converted:
            assert convert is not None
            b = base_entries.get(unit.text)
            texts.append(convert(b.msgstr if b is not None and usable(b) else unit.text))
        else:
            texts.append(unit.text)
    total = len({u.text for u in article.units})
    return Edition(article, language, tuple(texts), tuple(fallbacks.values()), total, catalog_path)


def _reason(entry: polib.POEntry | None, catalog: polib.POFile | None) -> Reason:
    if entry is None:
        return Reason.UNTRANSLATED if catalog is None else Reason.MISSING
    return Reason.FUZZY if entry.fuzzy and entry.msgstr.strip() else Reason.UNTRANSLATED


def original(article: Article, language: Language) -> Edition:
    """The source itself as an edition (for the source language's page): nothing falls back."""
    texts = tuple(u.text for u in article.units)
    return Edition(article, language, texts, (), len(set(texts)))


def converter_for(variant: Variant, glossary: Any = None) -> Convert:
    """The function turning a base text into `variant`: OpenCC, glossary renderings winning."""
    from .variants import convert_text, steering_for

    return functools.partial(
        convert_text, config=variant.opencc, steering=steering_for(glossary, variant)
    )


@dataclass(frozen=True)
class Shortfall:
    """Why a language's edition of an article may not be published."""

    edition: Edition
    threshold: float
    strict: bool

    def report(self, limit: int = 10) -> str:
        """What is missing, unit by unit (the first `limit`), naming catalog and source lines."""
        e = self.edition
        by_reason: dict[str, int] = {}
        for f in e.fallbacks:
            by_reason[f.reason.value] = by_reason.get(f.reason.value, 0) + 1
        reasons = ", ".join(f"{n} {r}" for r, n in sorted(by_reason.items()))
        why = (
            f"--strict: {len(e.fallbacks)} unit(s) would fall back"
            if self.strict and e.complete >= self.threshold
            else f"{e.complete:.1f}% translated, below min_complete {self.threshold:g}%"
        )
        catalog = (
            f"catalog {e.catalog_path}"
            if e.catalog_path
            else "no catalog yet: run `digestl10n extract`"
        )
        lines = [f"{e.language.tag}: {e.article.path}: {why} ({reasons}); {catalog}"]
        for f in e.fallbacks[:limit]:
            lines.append(
                f"  {e.article.path}:{f.unit.line}: {f.reason.value}: {_clip(f.unit.text)}"
            )
        if len(e.fallbacks) > limit:
            lines.append(f"  … and {len(e.fallbacks) - limit} more")
        return "\n".join(lines)


def judge(edition: Edition, *, min_complete: float, strict: bool = False) -> Shortfall | None:
    """A Shortfall if the edition is below `min_complete` percent or, if strict, has a fallback."""
    if edition.complete < min_complete or (strict and edition.fallbacks):
        return Shortfall(edition, min_complete, strict)
    return None


def _clip(text: str, width: int = 60) -> str:
    one = " ".join(text.split())
    return one if len(one) <= width else one[: width - 1] + "…"
