"""The variant step over a project's catalogs: each derived language filled from its base by OpenCC.

Catalog texts in, new texts (or a review) out; the conversion of one catalog
is `variants.convert_catalog`. The CLI decides whether to write.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

import polib

from .config import Variant
from .languages import Language
from .layout import Catalogs, catalog_at
from .po import format_po
from .project import Project
from .variants import ConvertStats, Review, base_texts, convert_catalog, review_catalog

if TYPE_CHECKING:
    from .glossary import Glossary


@dataclass(frozen=True)
class Converted:
    """One variant catalog after the variant step: its path, new and old text, what changed."""

    path: str
    variant: Variant
    text: str
    old: str
    stats: ConvertStats

    @property
    def changed(self) -> bool:
        """Whether the catalog's text changes."""
        return self.text != self.old


def convert_project(
    project: Project,
    existing: Mapping[str, str],
    languages: tuple[Language, ...],
    glossary: Glossary | None = None,
) -> list[Converted]:
    """Run the variant step on the existing catalogs of `languages` (each a variant), bases first.

    `existing` maps project-relative paths to the text of every POT and PO; a
    variant deriving from another language's translation reads that catalog,
    as updated in this same run when it is a variant too.
    """
    catalogs = Catalogs(existing)
    done: dict[str, polib.POFile] = {}
    out = []
    for name, source, variant, path, po in _variant_catalogs(project, catalogs, languages):
        base = _base_texts(project, catalogs, done, name, source, variant, po)
        stats = convert_catalog(po, base, variant, glossary)
        done[path] = po
        text = format_po(po, project.settings.width)
        out.append(Converted(path, variant, text, existing[path], stats))
    return out


def review_project(
    project: Project,
    existing: Mapping[str, str],
    languages: tuple[Language, ...],
    glossary: Glossary | None = None,
) -> tuple[list[Review], dict[str, int]]:
    """The phrase-level spans of every machine entry of the variants, and reviewer edits skipped.

    Reads the catalogs as they are (run `convert` or `extract` first to bring
    them up to date); writes nothing.
    """
    catalogs = Catalogs(existing)
    reviews = []
    skipped: dict[str, int] = {}
    for name, source, variant, path, po in _variant_catalogs(project, catalogs, languages):
        base = _base_texts(project, catalogs, {}, name, source, variant, po)
        found, skipped[path] = review_catalog(po, path, base, variant, glossary)
        reviews += found
    return reviews, skipped


def _variant_catalogs(
    project: Project, catalogs: Catalogs, languages: tuple[Language, ...]
) -> Iterator[tuple[str, Language | None, Variant, str, polib.POFile]]:
    """(article, source language, variant, path, catalog) of each variant catalog, bases first."""
    settings = project.settings
    chosen = {lang.tag for lang in languages}
    in_table = tuple(v.target for v in settings.variants if v.target.tag in chosen)
    variants = [
        v for lang in settings.bases_first(in_table) if (v := settings.variant(lang)) is not None
    ]
    names = sorted(
        where.article
        for p in catalogs.texts
        if (where := catalog_at(settings, p)) is not None and where.locale is None
    )
    for name in names:
        pending = [
            (v, p) for v in variants if (p := project.po_path(v.target, name)) in catalogs.texts
        ]
        if not pending:
            continue
        source = project.recorded_source_language(name, catalogs)  # once per article
        for variant, path in pending:
            po = catalogs.get(path)
            assert po is not None  # its text is there
            yield name, source, variant, path, po


def _base_texts(
    project: Project,
    catalogs: Catalogs,
    done: Mapping[str, polib.POFile],
    name: str,
    source: Language | None,
    variant: Variant,
    po: polib.POFile,
) -> dict[str, str]:
    """msgid → the text the variant converts: the msgid itself, or the base's translation."""
    if source is not None and source.tag == variant.base.tag:
        return base_texts(po, None, from_source=True)
    path = project.po_path(variant.base, name)
    return base_texts(po, done.get(path) or catalogs.get(path), from_source=False)
