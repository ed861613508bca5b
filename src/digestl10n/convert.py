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
from .errors import DigestL10nError
from .languages import Language
from .layout import Catalogs, catalog_at
from .pivot import (
    PivotStats,
    adopt_catalog,
    default_opencc,
    derive_catalog,
    empty_catalog,
    pivot_path,
)
from .po import format_po, parse_po
from .project import PYPROJECT, Project
from .variants import (
    Converters,
    ConvertStats,
    Review,
    base_texts,
    convert_catalog,
    review_catalog,
    steering_for,
)

if TYPE_CHECKING:
    from .glossary import Glossary


@dataclass(frozen=True)
class Converted:
    """One variant catalog after the variant step: its path, new and old text, what changed."""

    path: str
    variant: Variant
    text: str
    old: str | None  # None: the catalog is created by this run
    stats: ConvertStats

    @property
    def changed(self) -> bool:
        """Whether the catalog's text changes."""
        return self.text != self.old

    @property
    def data(self) -> bytes:
        """The new text, UTF-8."""
        return self.text.encode("utf-8")


def convert_project(
    project: Project,
    existing: Mapping[str, str],
    languages: tuple[Language, ...],
    glossary: Glossary | None = None,
    *,
    adopt: bool = False,
) -> list[Converted]:
    """Run the variant step on the existing catalogs of `languages` (each a variant), bases first.

    `existing` maps project-relative paths to the text of every POT and PO; a
    variant deriving from another language's translation reads that catalog,
    as updated in this same run when it is a variant too. With `adopt`, each
    existing catalog is first adopted (pivot.adopt_catalog).
    """
    catalogs = Catalogs(existing)
    done: dict[str, polib.POFile] = {}
    converters = Converters(glossary)  # each variant's converter built once per run
    last = None
    out = []
    for name, source, variant, path, po in _variant_catalogs(
        project, catalogs, languages, done, create=True
    ):
        if name != last:
            converters.forget()
            last = name
        base = _base_texts(project, catalogs, done, name, source, variant, po)
        if adopt and path in existing:
            adopt_catalog(po, variant.opencc)
        stats = convert_catalog(po, base, variant, glossary, converter=converters(variant))
        done[path] = po
        text = format_po(po, project.settings.width)
        out.append(Converted(path, variant, text, existing.get(path), stats))
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
    converters = Converters(glossary)  # each variant's converter built once per run
    last = None
    reviews = []
    skipped: dict[str, int] = {}
    for name, source, variant, path, po in _variant_catalogs(project, catalogs, languages, {}):
        if name != last:
            converters.forget()
            last = name
        base = _base_texts(project, catalogs, {}, name, source, variant, po)
        found, skipped[path] = review_catalog(
            po, path, base, variant, glossary, converter=converters(variant)
        )
        reviews += found
    return reviews, skipped


def _variant_catalogs(
    project: Project,
    catalogs: Catalogs,
    languages: tuple[Language, ...],
    done: Mapping[str, polib.POFile],
    *,
    create: bool = False,
) -> Iterator[tuple[str, Language | None, Variant, str, polib.POFile]]:
    """(article, source language, variant, path, catalog) of each variant catalog, bases first.

    With `create`, a variant of a translation whose catalog is missing while its
    base's exists starts as the base's catalog, msgstrs emptied (a variant of the
    source gets its catalog from `extract`).
    """
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
            (v, p)
            for v in variants
            if (p := project.po_path(v.target, name)) in catalogs.texts
            or (create and project.po_path(v.base, name) in catalogs.texts)
        ]
        if not pending:
            continue
        source = project.recorded_source_language(name, catalogs)  # once per article
        for variant, path in pending:
            po = catalogs.get(path)
            if po is None:
                if source is not None and source.tag == variant.base.tag:
                    continue
                base_path = project.po_path(variant.base, name)
                base = done.get(base_path) or catalogs.get(base_path)
                assert base is not None  # its text is there
                po = empty_catalog(base, variant.target)
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


@dataclass(frozen=True)
class Pivoted:
    """One catalog derived from another language's translation: paths, new and old text, stats."""

    base: str
    path: str
    config: str
    text: str
    old: str | None
    stats: PivotStats

    @property
    def changed(self) -> bool:
        """Whether the catalog's text changes (or the catalog is new)."""
        return self.text != self.old

    @property
    def data(self) -> bytes:
        """The new text, UTF-8."""
        return self.text.encode("utf-8")


def pivot_catalogs(
    project: Project,
    source: Language,
    target: Language,
    paths: tuple[str, ...],
    *,
    adopt: bool = False,
    glossary: Glossary | None = None,
) -> list[Pivoted]:
    """Derive the `target` catalog of each `source` catalog (`paths`, else the project's).

    The OpenCC configuration is the project's variant for `target` when it
    derives from `source`, else the usual one (s2twp for zh-TW, s2hk for zh-HK,
    s2t for zh-Hant, and back).
    """
    variant = project.settings.variant(target)
    if variant is not None and variant.base.tag == source.tag:
        config = variant.opencc
    else:
        found = default_opencc(source, target)
        if found is None:
            raise DigestL10nError(
                f"no OpenCC conversion from {source.tag} to {target.tag} "
                "(both must be Chinese, one Simplified and one Traditional)",
                PYPROJECT,
            )
        config = found
    if not paths:
        existing = project.catalog_texts()
        paths = tuple(
            p
            for p in existing
            if (where := catalog_at(project.settings, p)) is not None
            and where.locale == source.locale
        )
    steering = {}
    if glossary is not None:
        steering = steering_for(glossary, Variant(target=target, base=source, opencc=config))
    out = []
    for base_path in paths:
        path = pivot_path(base_path, source, target)
        if path is None:
            raise DigestL10nError(
                f"cannot tell where its {target.tag} catalog goes: name the folder or the file "
                f"after the locale ({source.locale}/LC_MESSAGES/… or {source.locale}.po)",
                base_path,
            )
        base_text = project.catalog_text(base_path)
        if base_text is None:
            raise DigestL10nError("no such catalog", base_path)
        base = parse_po(base_text, base_path)
        old = project.catalog_text(path)
        po, stats = derive_catalog(
            base,
            None if old is None else parse_po(old, path),
            target,
            config,
            steering,
            adopt=adopt,
        )
        out.append(
            Pivoted(base_path, path, config, format_po(po, project.settings.width), old, stats)
        )
    return out
