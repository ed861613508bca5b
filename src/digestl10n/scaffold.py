"""`digestl10n init`: a new digest project's files, never over an existing one's."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .errors import DigestL10nError
from .incremental import CACHE_NAME
from .languages import Language
from .project import PYPROJECT

GLOSSARY = "glossary.tsv"
_TABLE = re.compile(r"^[ \t]*\[\s*tool\s*\.\s*digestl10n\s*[\].]", re.M)


@dataclass(frozen=True, slots=True)
class Created:
    """A file or folder `init` made or extended, project-relative, and how."""

    path: str
    how: str  # "created" or "added to"


def init_project(root: Path, source: Language, targets: Sequence[Language]) -> list[Created]:
    """Write [tool.digestl10n], source/, a glossary and .gitignore entries in `root`.

    Refuses (an error, nothing written) when `root` already has the table or a
    glossary; an existing pyproject.toml gets the table appended, an existing
    .gitignore the lines for `build/` and extract's cache it lacks.
    """
    pyproject = root / PYPROJECT
    old = pyproject.read_text(encoding="utf-8") if pyproject.is_file() else None
    if old is not None and _TABLE.search(old):
        line = old.count("\n", 0, _TABLE.search(old).start()) + 1  # type: ignore[union-attr]
        raise DigestL10nError(
            "already a digestl10n project: [tool.digestl10n] exists", PYPROJECT, line
        )
    if (root / GLOSSARY).exists():
        raise DigestL10nError(
            "exists already; init writes a new glossary, move it away first", GLOSSARY
        )
    if source.tag in {t.tag for t in targets}:
        raise DigestL10nError(f"--target {source.tag} is the source language")
    done: list[Created] = []
    root.mkdir(parents=True, exist_ok=True)
    table = _table(source, targets)
    if old is None:
        pyproject.write_text(table, encoding="utf-8")
        done.append(Created(PYPROJECT, "created"))
    else:
        sep = "" if old.endswith("\n\n") or not old else ("\n" if old.endswith("\n") else "\n\n")
        pyproject.write_text(old + sep + table, encoding="utf-8")
        done.append(Created(PYPROJECT, "added [tool.digestl10n] to"))
    if not (root / "source").is_dir():
        (root / "source").mkdir()
        done.append(Created("source/", "created"))
    header = "\t".join([source.tag, *(t.tag for t in targets), "note"])
    (root / GLOSSARY).write_text(_GLOSSARY_HEAD + header + "\n", encoding="utf-8")
    done.append(Created(GLOSSARY, "created"))
    ignore = root / ".gitignore"
    text = ignore.read_text(encoding="utf-8") if ignore.is_file() else None
    have = {x.strip() for x in (text or "").splitlines()}
    wanted = [
        line
        for line, known in (
            ("/build/", {"build", "build/", "/build", "/build/"}),
            # extract's record of what it wrote: rebuilt by any run, never worth committing.
            ("/locales/" + CACHE_NAME, {CACHE_NAME, "/locales/" + CACHE_NAME}),
        )
        if not known & have
    ]
    if text is None:
        ignore.write_text("".join(f"{line}\n" for line in wanted), encoding="utf-8")
        done.append(Created(".gitignore", "created"))
    elif wanted:
        sep = "" if text.endswith("\n") or not text else "\n"
        ignore.write_text(text + sep + "".join(f"{line}\n" for line in wanted), encoding="utf-8")
        done.append(Created(".gitignore", f"added {', '.join(wanted)} to"))
    return done


def _table(source: Language, targets: Sequence[Language]) -> str:
    quoted = ", ".join(f'"{t.tag}"' for t in targets)
    return (
        "[tool.digestl10n]\n"
        f'source_language = "{source.tag}"\n'
        f"targets = [{quoted}]\n"
        "# Where build/ is served, for the feeds' and the sitemap's absolute URLs:\n"
        '# site_url = "https://example.org/digest/"\n'
    )


_GLOSSARY_HEAD = (
    "# digestl10n glossary: one concept per row, one column per language, then note columns.\n"
    "# A cell lists renderings separated by |: the first is the one to use, the others are\n"
    "# accepted, !term is forbidden, = keeps the source term as-is, an empty cell sets no rule.\n"
)
