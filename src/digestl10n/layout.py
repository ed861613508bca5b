"""Where a project's catalogs live on disk, and its existing catalog texts parsed at most once.

The one answer to "catalog path → (article, language)" and back. It imports
nothing heavier than the PO reader, so a command that only reads catalogs does
not load the merge machinery.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

import polib

from .config import Settings
from .languages import Language
from .po import parse_po


def pot_path(settings: Settings, name: str) -> str:
    """Where an article's template lives."""
    return f"{settings.locales_dir}/{name}.pot"


def po_path(settings: Settings, language: Language, name: str) -> str:
    """Where an article's catalog for a language lives (gettext locale name on disk)."""
    return f"{settings.locales_dir}/{language.locale}/LC_MESSAGES/{name}.po"


@dataclass(frozen=True, slots=True)
class CatalogPath:
    """What a catalog path names: its article, and its locale (None for the template)."""

    article: str
    locale: str | None


def catalog_at(settings: Settings, path: str) -> CatalogPath | None:
    """What the project-relative `path` is a catalog of; None when it is not one."""
    base = re.escape(settings.locales_dir)
    m = re.fullmatch(rf"{base}/(?:([^/]+)/LC_MESSAGES/(.+)\.po|(.+)\.pot)", path)
    if m is None:
        return None
    if m.group(3) is not None:
        return CatalogPath(m.group(3), None)
    return CatalogPath(m.group(2), m.group(1))


class Catalogs:
    """Existing catalog texts by path, parsed at most once."""

    def __init__(self, texts: Mapping[str, str]):
        self.texts = texts
        self._parsed: dict[str, polib.POFile] = {}

    def get(self, path: str) -> polib.POFile | None:
        """The catalog at `path`, parsed; None when the project has none there."""
        if path not in self.texts:
            return None
        if path not in self._parsed:
            self._parsed[path] = parse_po(self.texts[path], path)
        return self._parsed[path]
