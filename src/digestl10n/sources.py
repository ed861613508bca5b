"""The one reader of source/: which articles there are, and their text as UTF-8."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from .errors import SourceError
from .segment import SUFFIXES


@dataclass(frozen=True, slots=True)
class SourceFile:
    """An article's name (path under source/ without suffix), project-relative path and text."""

    name: str
    path: str
    text: str


def discover(root: Path, source_dir: str) -> list[Path]:
    """The article files under `source_dir`, at any depth, sorted by their names.

    An article's name is its path under `source_dir` without the suffix
    (`2024/06/x` for `source/2024/06/x.md`): catalogs and pages are named after
    it, so nested folders are mirrored in locales/ and build/. Hidden files and
    folders are skipped.
    """
    folder = root / source_dir
    if not folder.is_dir():
        hint = (
            "" if (root / "pyproject.toml").is_file() else "; or start a project: digestl10n init"
        )
        raise SourceError(
            f"no {source_dir}/ folder: put the digest articles (.txt or .md) there{hint}",
            f"{_rel(root, folder)}/",
        )
    found: list[tuple[str, Path]] = []
    # os.walk and strings rather than rglob: a 1,000-issue archive's pathlib objects
    # cost more than an extract with nothing to do.
    for at, dirs, names_here in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        prefix = os.path.relpath(at, folder).replace(os.sep, "/")
        prefix = "" if prefix == "." else prefix + "/"
        for f in names_here:
            stem, dot, suffix = f.rpartition(".")
            if dot and not f.startswith(".") and f".{suffix.lower()}" in SUFFIXES:
                found.append((prefix + stem, Path(at, f)))
    found.sort(key=lambda item: item[0])
    names: dict[str, Path] = {}
    for name, p in found:
        if name in names:
            raise SourceError(
                f"two articles named {name!r} ({names[name].name} and {p.name}): "
                "catalogs are named after the article, rename one",
                _rel(root, p),
            )
        names[name] = p
    return [p for _, p in found]


def article_name(folder: Path, path: Path) -> str:
    """The article's name: its path under the source folder, '/'-separated, without suffix."""
    full, base = str(path), str(folder) + os.sep
    if not full.startswith(base):  # not spelt under it: let pathlib judge (or refuse)
        return path.relative_to(folder).with_suffix("").as_posix()
    head, sep, last = full[len(base) :].rpartition(os.sep)
    stem, _, suffix = last.rpartition(".")
    if stem and suffix:  # pathlib's rule: ".md" and "a." have no suffix
        last = stem
    return (head + sep + last).replace(os.sep, "/")


def select(
    root: Path, source_dir: str, wanted: list[str], files: list[Path] | None = None
) -> list[Path]:
    """The articles named on the command line (by name or path), or all when none are.

    `files`: what `discover` found, when the caller has it already.
    """
    files = discover(root, source_dir) if files is None else files
    if not wanted:
        return files
    folder = root / source_dir
    by_name = {article_name(folder, p): p for p in files}
    out = []
    for w in wanted:
        key = _key(w, source_dir)
        if key not in by_name:
            raise SourceError(
                f"no article {w!r} in {source_dir}/ (have: {', '.join(sorted(by_name)) or 'none'})",
                w,
            )
        out.append(by_name[key])
    return out


def _key(wanted: str, source_dir: str) -> str:
    """An article named on the command line as its name, its file, or its path in the project."""
    key = wanted.replace("\\", "/")
    if key.lower().endswith(SUFFIXES):
        key = key[: key.rindex(".")]
    prefix = source_dir.rstrip("/") + "/"
    return key[len(prefix) :] if key.startswith(prefix) else key


def read(root: Path, path: Path, source_dir: str) -> SourceFile:
    """Read one article exactly (line endings kept); non-UTF-8 is an error naming its encoding."""
    rel = _rel(root, path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read: {exc.strerror}", rel) from None
    return SourceFile(article_name(root / source_dir, path), rel, decode(data, rel))


def decode(data: bytes, where: str) -> str:
    """UTF-8 text of `data`, or a SourceError naming the line and the encoding it looks like."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise SourceError(
            f"not UTF-8 (byte 0x{data[exc.start]:02x}){_looks_like(data)}", where, line
        ) from None


def _looks_like(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding in ("utf_8", "ascii"):
        return ""
    enc = best.encoding.replace("_", "-").upper()
    enc = {"GB2312": "GBK", "GB18030": "GBK", "CP936": "GBK", "BIG5HKSCS": "BIG5"}.get(enc, enc)
    return f"; it looks like {enc}: convert it with `iconv -f {enc} -t UTF-8`"


def _rel(root: Path, path: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)
