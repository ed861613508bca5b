"""Where a project's catalogs live on disk, and its existing catalog texts parsed at most once.

Shared by extract, the variant converter and build; it imports nothing heavier
than the PO reader, so a command that only reads catalogs does not load the
merge machinery.
"""

from __future__ import annotations

from collections.abc import Mapping

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


class Catalogs:
    """Existing catalog texts by path, parsed at most once."""

    def __init__(self, texts: Mapping[str, str]):
        self.texts = texts
        self._parsed: dict[str, polib.POFile] = {}

    def get(self, path: str) -> polib.POFile | None:
        if path not in self.texts:
            return None
        if path not in self._parsed:
            self._parsed[path] = parse_po(self.texts[path], path)
        return self._parsed[path]
