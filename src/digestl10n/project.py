"""The project core: one digest project's folder, settings, languages, articles and catalogs.

Built once per command and passed on, so every project question has one answer
here: which languages a command works on, an article's source language, where
catalogs live, which articles there are, the glossary, the check settings. The
core reads the project's files; the pipeline modules take what it reads.
"""

from __future__ import annotations

import os
import re
from collections.abc import Collection, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import polib

from .config import CheckLevel, Settings, parse_settings
from .errors import ConfigError, DigestL10nError
from .languages import Language, column_fallback, parse_language
from .layout import Catalogs, catalog_at, po_path, pot_path
from .model import Article
from .po import parse_po
from .po.charset import declared_charset, decode_legacy, is_utf8
from .sources import article_name, decode, discover, read, select
from .variants import known_configs

if TYPE_CHECKING:
    from .glossary import Glossary

PYPROJECT = "pyproject.toml"


def find_root(start: Path) -> Path:
    """The project folder: `start` or the nearest folder above it with [tool.digestl10n].

    Walks up as git and pytest do, so a command run from source/2024/ finds its
    project. A pyproject.toml without the table is passed over (a Python
    package inside the digest is not the project); with none found, `start`.
    """
    start = start.resolve()
    for folder in (start, *start.parents):
        pyproject = folder / PYPROJECT
        if pyproject.is_file() and _TABLE.search(pyproject.read_bytes()):
            return folder
    return start


_TABLE = re.compile(rb"^\s*\[\s*tool\s*\.\s*digestl10n\s*[\].]", re.M)


class Project:
    """The project folder and its settings, loaded once per command."""

    def __init__(self, root: Path):
        self.root = root
        self._files: list[Path] | None = None
        pyproject = root / PYPROJECT
        self._pyproject: str | None = None
        if pyproject.is_file():
            self._pyproject = decode(pyproject.read_bytes(), PYPROJECT)
            self.settings = parse_settings(self._pyproject, PYPROJECT, known_configs())
        else:
            self.settings = Settings()

    # --- Languages ------------------------------------------------------------------------------

    def languages(self, tags: tuple[str, ...]) -> tuple[Language, ...]:
        """The target languages named by --lang (all targets when none are)."""
        if not tags:
            return self.settings.targets
        chosen = []
        known = {t.tag: t for t in self.settings.targets}
        for tag in tags:
            lang = parse_language(tag)
            if lang.tag not in known:
                raise DigestL10nError(
                    f"{lang.tag} is not a target language of this project "
                    f"(targets: {', '.join(known) or 'none'}; add it to [tool.digestl10n] targets)",
                    PYPROJECT,
                )
            chosen.append(known[lang.tag])
        return tuple(chosen)

    def editions(self, tags: tuple[str, ...]) -> tuple[tuple[Language, ...], bool]:
        """The target languages named by --lang, and whether the source language is named too.

        The source language names its own edition (the source, noise dropped).
        """
        source = self.settings.source_language
        is_source = [source is not None and parse_language(t).tag == source.tag for t in tags]
        targets = tuple(t for t, src in zip(tags, is_source, strict=True) if not src)
        return (self.languages(targets) if targets else ()), any(is_source)

    def variants(self, tags: tuple[str, ...]) -> tuple[Language, ...]:
        """The derived languages named by --lang (all of them when none are)."""
        derived = {v.target.tag for v in self.settings.variants}
        if not derived:
            raise DigestL10nError(
                "no derived languages configured (add [tool.digestl10n.variants])", PYPROJECT
            )
        chosen = tuple(lang for lang in self.languages(tags) if lang.tag in derived)
        for tag in tags:
            if parse_language(tag).tag not in derived:
                raise DigestL10nError(
                    f"{parse_language(tag).tag} is not a derived language "
                    f"(variants: {', '.join(sorted(derived))})",
                    PYPROJECT,
                )
        return chosen

    def source_language(self, article: Article) -> Language | None:
        """An article's source language: the configured one, else what its text looks like."""
        if self.settings.source_language is not None:
            return self.settings.source_language
        # Here, not at the top, like the parser below: a run whose articles are all
        # up to date reads none, and loads neither.
        from .langid import detect_source

        return detect_source("\n".join(u.text for u in article.units))

    def recorded_source_language(self, name: str, catalogs: Catalogs) -> Language | None:
        """The source language an article's template records, else the configured one.

        For commands that read catalogs, not articles: `extract` wrote the
        template's X-Source-Language from `source_language` above.
        """
        path = pot_path(self.settings, name)
        pot = catalogs.get(path)
        tag = pot.metadata.get("X-Source-Language", "") if pot is not None else ""
        return parse_language(tag, path=path) if tag else self.settings.source_language

    # --- Articles and catalogs ------------------------------------------------------------------

    def article_paths(self, wanted: tuple[str, ...] = ()) -> list[Path]:
        """The article files named (by name or path), or all of them when none are.

        The source folder is walked once per command (extract asks three times).
        """
        if self._files is None:
            self._files = discover(self.root, self.settings.source_dir)
        return select(self.root, self.settings.source_dir, list(wanted), list(self._files))

    def article(self, path: Path) -> Article:
        """One article file read and split into units."""
        from .segment import parse_article

        src = read(self.root, path, self.settings.source_dir)
        return parse_article(
            src.text,
            name=src.name,
            path=src.path,
            noise=self.settings.noise,
            keys=self.settings.metadata_keys,
        )

    def articles(self, wanted: tuple[str, ...] = ()) -> list[Article]:
        """The articles named, or all of them, read and split into units."""
        return [self.article(path) for path in self.article_paths(wanted)]

    def pot_path(self, name: str) -> str:
        """Where an article's template lives, relative to the project folder."""
        return pot_path(self.settings, name)

    def po_path(self, language: Language, name: str) -> str:
        """Where an article's catalog for a language lives, relative to the project folder."""
        return po_path(self.settings, language, name)

    def catalog_paths(self) -> list[str]:
        """The project-relative path of every POT and PO under the locales folder, sorted."""
        locales = self.settings.locales_dir.strip("/")
        found = []
        # Nested articles (source/2024/x.md) have nested catalogs (locales/2024/x.pot).
        # os.walk and plain strings: an archive's thousands of pathlib objects cost more
        # than a run with nothing to do.
        for folder, _dirs, files in os.walk(self.root / locales):
            rel = Path(folder).relative_to(self.root).as_posix()
            parts = rel.split("/")[len(locales.split("/")) :]
            in_messages = len(parts) >= 2 and parts[1] == "LC_MESSAGES"
            for f in files:
                if f.endswith(".pot") or (f.endswith(".po") and in_messages):
                    found.append(f"{rel}/{f}")
        return sorted(found, key=lambda rel: rel.split("/"))

    def catalog_texts(self) -> dict[str, str]:
        """Every POT and PO under the locales folder, by project-relative path."""
        return {
            rel: decode_catalog((self.root / rel).read_bytes(), rel) for rel in self.catalog_paths()
        }

    def catalog(self, rel: str) -> polib.POFile | None:
        """The catalog at project-relative `rel`, parsed; None when there is none."""
        path = self.root / rel
        if not path.is_file():
            return None
        return parse_po(decode_catalog(path.read_bytes(), rel), rel)

    def catalog_text(self, rel: str) -> str | None:
        """The decoded catalog at `rel` (project-relative or absolute); None if there is none."""
        path = self.root / rel
        if not path.is_file():
            return None
        return decode_catalog(path.read_bytes(), rel)

    def glossary(self) -> Glossary | None:
        """The project's glossary; None when none is named and glossary.tsv is absent."""
        if self.glossary_path() is None:
            return None
        from .glossary import load_glossary

        return load_glossary(*self.glossary_text())

    def glossary_path(self) -> Path | None:
        """The glossary file; None when none is named and glossary.tsv is absent.

        A glossary named in pyproject.toml must exist: running without it would
        silently re-convert the variants and check nothing.
        """
        path = self.root / self.settings.glossary
        if path.is_file():
            return path
        if self.settings.glossary_named:
            raise DigestL10nError(
                "glossary file not found (named by [tool.digestl10n] glossary in "
                f"{PYPROJECT}: restore it, or remove the setting to work without one)",
                self.settings.glossary,
            )
        return None

    def glossary_text(self) -> tuple[str, str]:
        """The glossary file's text and project-relative path; an error when there is none."""
        rel = self.settings.glossary
        path = self.root / rel
        if not path.is_file():
            raise DigestL10nError(
                "no glossary file (create it, or point [tool.digestl10n] glossary at yours)", rel
            )
        return decode(path.read_bytes(), rel), rel

    def glossary_gaps(self, glossary: Glossary) -> list[str]:
        """What a well-formed glossary still leaves undone for this project's languages."""
        out = []
        settings = self.settings
        source = settings.source_language
        if source is not None and glossary.language(source.tag) is None:
            out.append(
                f"no column for the source language {source.tag}: "
                "no term can be found in the msgids"
            )
        out += self.glossary_columns(glossary, settings.targets)
        for lang in settings.targets:
            column = glossary.language(lang.tag)
            if column is None:
                continue
            bare = [c.line for c in glossary.concepts if not glossary.accepted(c, column)]
            if bare:
                lines = ", ".join(map(str, bare[:10])) + (", …" if len(bare) > 10 else "")
                out.append(f"{len(bare)} concept(s) have no {lang.tag} rendering (lines {lines})")
        return out

    def glossary_columns(self, glossary: Glossary, languages: tuple[Language, ...]) -> list[str]:
        """A line for each language the glossary has no column of its own for: fallback or none."""
        out = []
        for lang in languages:
            column = glossary.language(lang.tag)
            if column is None:
                tried = " nor ".join(column_fallback(lang.tag))
                out.append(
                    f"no column for the target language {tried}: "
                    "its catalogs get no term comments or checks"
                )
            elif column.tag != lang.tag:
                out.append(f"no column for {lang.tag}: using the {column.tag} column (fallback)")
        return out

    def orphans(self, texts: Collection[str]) -> dict[str, list[str]]:
        """Article name → its catalog paths among `texts`, for templates whose article is gone.

        Without a source folder (a checkout holding only catalogs) nothing can be told gone.
        """
        if not (self.root / self.settings.source_dir).is_dir():
            return {}
        folder = self.root / self.settings.source_dir
        names = {article_name(folder, path) for path in self.article_paths()}
        out: dict[str, list[str]] = {}
        for rel in sorted(texts):
            where = catalog_at(self.settings, rel)
            if where is not None and where.article not in names:
                out.setdefault(where.article, []).append(rel)
        return {name: paths for name, paths in out.items() if self.pot_path(name) in paths}

    # --- Writing --------------------------------------------------------------------------------

    @contextmanager
    def lock(self, also: tuple[Path, ...] = ()) -> Iterator[list[Path]]:
        """Hold the project lock; yields the temp files of killed runs it removed.

        Temp files are looked for in the locales and build folders and in `also`
        (an output folder outside the project).
        """
        from .files import clean_stale
        from .lock import ProjectLock

        with ProjectLock(self.root):
            settings = self.settings
            built = [self.root / settings.build_dir, *also]
            yield clean_stale([self.root / settings.locales_dir, *built], legacy=built)

    # --- Checks ---------------------------------------------------------------------------------

    def check_severities(self, known: Collection[str]) -> dict[str, CheckLevel]:
        """[tool.digestl10n.checks], every name in it one of the `known` checks.

        A misspelt name would silently keep the check it meant at its default
        severity, so it is an error naming its line, for every command.
        """
        for name in self.settings.checks:
            if name not in known:
                line = None
                if self._pyproject is not None:
                    key = re.compile(rf"^\s*[\"']?{re.escape(name)}[\"']?\s*=", re.M)
                    m = key.search(self._pyproject)
                    line = self._pyproject.count("\n", 0, m.start()) + 1 if m else None
                raise ConfigError(
                    f"[tool.digestl10n.checks]: unknown check {name!r} "
                    f"(known: {', '.join(sorted(known))})",
                    PYPROJECT,
                    line,
                )
        return dict(self.settings.checks)


def decode_catalog(data: bytes, rel: str) -> str:
    """A catalog's text, decoded by its header's charset; a legacy one's header then says UTF-8.

    UTF-8 (or no charset) goes through `decode`, whose error names the encoding
    the bytes look like.
    """
    declared = declared_charset(data)
    if declared is None or is_utf8(declared[0]):
        return decode(data, rel)
    return decode_legacy(data, declared[0], declared[1], rel)
