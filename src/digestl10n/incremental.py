"""What an extract run may skip: content fingerprints and the cache file that records them.

`locales/.digestl10n-cache` (JSON) records, for each catalog extract wrote, the
digest of its bytes and the fingerprint of what it was made from: the article's
source bytes, the settings, the tool version, and the glossary text. A catalog
is up to date when both still match; an article whose catalogs all are is
skipped without being parsed, because extract run on its own output gives the
same bytes (the translation memory only fills units new to a catalog, and an
up-to-date catalog has none). A glossary edit only redoes the catalogs whose
strings contain a term of a row that changed as their language sees it (its
column, its base's, the source's, the note). The cache is never needed for
correctness: missing, unreadable or from another version, it is ignored and the
run gives the same bytes, only slower. It is safe to delete and to git-ignore.

It also keeps, per catalog, 8-byte digests of the msgids it has translated, so
the translation memory (`MemoryIndex`) finds which catalog holds a translation
without parsing every catalog of the project.
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import xxhash

from . import __version__
from .config import Settings
from .errors import DigestL10nError
from .files import write_atomic

if TYPE_CHECKING:
    from .catalog import Remembered
    from .glossary import Concept

CACHE_NAME = ".digestl10n-cache"
# Folders of hard links to catalogs as they were before a run (see Snapshot).
PRERUN = ".digestl10n-prerun-"
# The cache file's format; moved too when what extract makes of an unchanged source
# changes between two commits of one version (3: a Markdown heading of noise is
# no longer a unit; 4: an HTML block's text is read without its quote markers, and
# the lines of a tag spanning several are no units; 5: a link's title and a tag's
# alt or title value are converted for a variant; 6: such a value in an HTML block
# is a unit; 7: a character reference inside an HTML block's text no longer cuts
# it in two; 8: a link reference definition's title is a unit; 9: a footnote
# definition is a block of its own, its reference's label kept as written), so no
# cache written before vouches for catalogs made before.
FORMAT = 9


# XXH3 (xxhash): a cold run of a 400-issue weekly writes 140 MB of catalogs, each
# digested for the cache; BLAKE2b took 0.38 ms an issue in the process that writes,
# XXH3 takes 0.01 ms. The digests tell versions of one file apart, which a 128-bit
# hash of this quality does; nothing here defends against forged collisions (anyone
# who can write the locales folder can write the catalogs themselves).
def digest(data: bytes) -> str:
    """A content digest: 128-bit XXH3, hex."""
    return xxhash.xxh3_128_hexdigest(data)


def msgid_key(msgid: str) -> bytes:
    """The 8-byte digest under which the memory index files a msgid: 64-bit XXH3."""
    return xxhash.xxh3_64_digest(msgid.encode("utf-8"))


def settings_key(settings: Settings) -> str:
    """The settings as one digest, with the tool's version and this file's format.

    All of them, not a chosen few: a setting that shapes no catalog costs at
    most one run redone when it changes, a forgotten one would cost a wrong skip.
    """
    return digest(repr((__version__, FORMAT, settings)).encode("utf-8"))


def article_key(settings_digest: str, source: bytes) -> str:
    """What an article's catalogs are made from, glossary aside: source bytes and settings."""
    return digest(settings_digest.encode("ascii") + b"\0" + source)


@dataclass(frozen=True, slots=True)
class Stamp:
    """A file's identity as the OS reports it: unchanged stamp, unchanged bytes.

    The inode change time moves on every write and rename and cannot be set
    back from user space, so an equal stamp means the bytes were not touched.
    """

    size: int
    mtime_ns: int
    ctime_ns: int
    ino: int

    @classmethod
    def of(cls, st: os.stat_result) -> Stamp:
        return cls(st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


@dataclass
class Record:
    """What the cache knows of one catalog file."""

    digest: str  # digest of its bytes as written
    key: str  # the article key it was made from
    glossary: str | None  # digest of the glossary text it was made with (None: no glossary)
    stamp: Stamp | None = None
    # The concatenated msgid_key()s of its translated entries, in base64 as the file
    # holds them: decoded only when an article is redone (`memory`), not at every load.
    packed: str = ""
    source: str | None = None  # a template's: the article's source language tag

    @property
    def memory(self) -> bytes | None:
        """The concatenated msgid_key()s of its translated entries; None when damaged."""
        try:
            keys = base64.b64decode(self.packed, validate=True)
        except ValueError:
            return None
        return keys if len(keys) % 8 == 0 else None


@dataclass
class Cache:
    """The cache file's content; `load` never fails, `save` writes it atomically."""

    path: Path
    records: dict[str, Record] = field(default_factory=dict)
    glossaries: dict[str, str] = field(default_factory=dict)  # digest → glossary text
    changed: bool = False  # whether `save` has anything new to write
    # Catalogs recorded by this run: it has just written or checked them, so
    # `forget_missing` need not look for them (2,000 stats at the end of a cold run).
    recorded: set[str] = field(default_factory=set)

    @classmethod
    def load(cls, path: Path) -> Cache:
        """The cache at `path`; an empty one when it is missing, damaged or of another version."""
        cache = cls(path)
        try:
            data = json.loads(path.read_bytes())
            if data.get("format") != FORMAT or data.get("version") != __version__:
                return cache
            for rel, r in data["catalogs"].items():
                stamp = Stamp(*r["stamp"]) if r.get("stamp") else None
                packed = r.get("memory", "")
                if not isinstance(packed, str):
                    raise TypeError("memory")
                cache.records[rel] = Record(
                    r["digest"], r["key"], r["glossary"], stamp, packed, r.get("source")
                )
            cache.glossaries = dict(data.get("glossaries", {}))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls(path)
        return cache

    def save(self) -> None:
        """Write the cache (temp file and rename: a killed run leaves the old or the new one)."""
        used = {r.glossary for r in self.records.values()}
        data = {
            "format": FORMAT,
            "version": __version__,
            "about": "digestl10n extract's record of what it wrote; safe to delete",
            "glossaries": {k: v for k, v in self.glossaries.items() if k in used},
            "catalogs": {
                rel: {
                    "digest": r.digest,
                    "key": r.key,
                    "glossary": r.glossary,
                    "stamp": [r.stamp.size, r.stamp.mtime_ns, r.stamp.ctime_ns, r.stamp.ino]
                    if r.stamp
                    else None,
                    "memory": r.packed,
                    "source": r.source,
                }
                for rel, r in sorted(self.records.items())
            },
        }
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(self.path, text.encode("utf-8"))

    def unchanged(self, root: Path, rel: str) -> Record | None:
        """The record of catalog `rel` when the file still has the bytes it records, else None."""
        r = self.records.get(rel)
        if r is None:
            return None
        try:
            # os.stat on a joined string: a Path per catalog costs a run with nothing
            # to do a tenth of its time at 2,000 catalogs.
            if r.stamp is not None and Stamp.of(os.stat(os.path.join(root, rel))) == r.stamp:
                return r
            data, stamp = read_stamped(root / rel)
        except OSError:
            return None
        if data is None or digest(data) != r.digest:
            return None
        if stamp is not None:
            r.stamp = stamp  # the next run needs no read
            self.changed = True
        return r

    def record(
        self,
        rel: str,
        data: bytes,
        key: str,
        glossary: str | None,
        memory: bytes = b"",
        source: str | None = None,
        stamp: Stamp | None = None,
        packed: str | None = None,
    ) -> None:
        """Remember that catalog `rel` now holds `data`, made from `key` and `glossary`.

        `stamp`: the file's, when the caller knows it is the file it wrote;
        without one the next run compares the bytes once and takes it then.
        `packed`: its memory keys as a record holds them (`Record.packed`), to keep
        them as they were, instead of `memory`.
        """
        if packed is None:
            packed = base64.b64encode(memory).decode("ascii")
        self.records[rel] = Record(digest(data), key, glossary, stamp, packed, source)
        self.recorded.add(rel)
        self.changed = True

    def restamp(self, root: Path, rels: Collection[str]) -> None:
        """Take the stamps of `rels` again where only their change time moved (a link removed)."""
        for rel in rels:
            r = self.records.get(rel)
            if r is None or r.stamp is None:
                continue
            try:
                now = Stamp.of((root / rel).stat())
            except OSError:
                continue
            if (now.size, now.mtime_ns, now.ino) == (r.stamp.size, r.stamp.mtime_ns, r.stamp.ino):
                r.stamp = now
                self.changed = True

    def forget_missing(self, root: Path, listed: Collection[str]) -> None:
        """Drop the records of catalogs that are gone (a deleted or renamed article's).

        `listed`: the catalogs found at the start of the run; only the others are looked
        for, and not those this run recorded. One deleted since is still no harm: the
        next run finds its record stale and redoes the article.
        """
        unseen = [r for r in self.records if r not in listed and r not in self.recorded]
        for rel in [r for r in unseen if not (root / r).is_file()]:
            del self.records[rel]
            self.changed = True


def read_stamped(path: Path) -> tuple[bytes | None, Stamp | None]:
    """A file's bytes and the stamp that stands for them; (None, None) when there is no file.

    The stamp is None when the file moved while it was read (a save landed).
    """
    try:
        before = Stamp.of(path.stat())
        data = path.read_bytes()
    except FileNotFoundError:
        return None, None
    after = Stamp.of(path.stat())
    return data, (after if after == before else None)


def memory_keys(msgids: tuple[str, ...], known: dict[str, bytes] | None = None) -> bytes:
    """The packed msgid_key()s of a catalog's translated msgids.

    `known` keeps the keys already worked out, for the catalogs of one article
    (its languages mostly translate the same msgids).
    """
    if known is None:
        return b"".join(msgid_key(m) for m in msgids)
    out = []
    for m in msgids:
        k = known.get(m)
        if k is None:
            k = known[m] = msgid_key(m)
        out.append(k)
    return b"".join(out)


# --- Glossary edits ---------------------------------------------------------------------------

_Cells = tuple[tuple[str, tuple[str, ...]], ...]  # (language tag, terms) per column
# A glossary row as `_row` gives it: accepted, forbidden, note, domain, exact terms.
_RowKey = tuple[_Cells, _Cells, str, str, tuple[str, ...]]


@dataclass(frozen=True)
class GlossaryChange:
    """What changed between the glossary a catalog was made with and the current one.

    `removed` and `added` are the rows (as `_row` gives them) of one text and not
    the other; `columns` the glossary's language columns (the same in both).
    """

    everything: bool
    removed: tuple[_RowKey, ...] = ()
    added: tuple[_RowKey, ...] = ()
    columns: tuple[str, ...] = field(default=(), compare=False)

    def terms_for(
        self, seen: Collection[str] | None, searched: Collection[str] | None
    ) -> tuple[str, ...]:
        """The terms to look for in a catalog whose merge reads the `seen` languages' columns.

        A row counts as changed when its cells in those columns, its note, domain
        or exact terms differ (a row changed only in another language's column
        changes nothing here); its terms are those of the `searched` columns, the
        ones the merge looks for in a text. None: every column. Loosened, a Latin
        one stemmed (see TermSearch).
        """
        keep_seen, keep_searched = self._serving(seen), self._serving(searched)

        def as_seen(row: _RowKey) -> _RowKey:
            if keep_seen is None:
                return row
            accepted, forbidden, note, domain, exact = row
            return (
                tuple(c for c in accepted if c[0] in keep_seen),
                tuple(c for c in forbidden if c[0] in keep_seen),
                note,
                domain,
                exact,
            )

        before, after = Counter(map(as_seen, self.removed)), Counter(map(as_seen, self.added))
        terms = {
            _stem(_loose(term))
            for accepted, forbidden, _, _, _ in (before - after) + (after - before)
            for tag, cell in (*accepted, *forbidden)
            if keep_searched is None or tag in keep_searched
            for term in cell
        }
        terms.discard("")
        return tuple(sorted(terms))

    def _serving(self, tags: Collection[str] | None) -> set[str] | None:
        """The columns serving `tags` (a language without its own column falls back)."""
        if tags is None:
            return None
        from .languages import column_fallback

        return {next((c for c in column_fallback(tag) if c in self.columns), tag) for tag in tags}


@dataclass(frozen=True)
class TermSearch:
    """Looks for terms (loosened, a Latin one stemmed: `terms_for`) in a text.

    A Latin term starts a word (its ending may vary: plurals) and matches in any
    case, its words parted by any run of spaces, dashes or underscores, as in a
    loosened text; a CJK one is anywhere.
    """

    plain: bool  # every term is CJK-like: found in the text as it is, no case folded
    words: tuple[str, ...]  # a literal part of each term (its first word): a cheap test first
    search: Callable[[str], re.Match[str] | None]  # over the case-folded text

    def found(self, text: str, folded: Callable[[], str] | None = None) -> bool:
        """Whether a term may occur in `text`; `folded`, when given, gives text.casefold()."""
        hay = text if self.plain else folded() if folded is not None else text.casefold()
        if not any(word in hay for word in self.words):
            return False
        return self.plain or self.search(hay) is not None


@lru_cache(maxsize=64)
def term_search(terms: tuple[str, ...]) -> TermSearch:
    """The search for `terms`, compiled once."""
    if all(map(_plain, terms)):
        return TermSearch(True, terms, re.compile("|".join(map(re.escape, terms))).search)
    pattern = re.compile(
        "|".join(
            (r"(?<![a-z0-9])" if t[0].isascii() and t[0].isalnum() else "")
            + _SEPARATORS.join(map(re.escape, t.split(" ")))
            for t in terms
        )
    )
    return TermSearch(False, tuple(t.split(" ")[0] for t in terms), pattern.search)


def _plain(term: str) -> bool:
    """Whether a term is found in a text as it is, without folding the text's case.

    Loosening folds case and turns runs of spaces and dashes into one space: a
    term of characters without case (no letter folds into one), that is neither
    a space, a dash nor a combining mark, and not Latin, occurs in a loosened
    text exactly where it occurs in the text.
    """
    return all(
        not ch.isascii()
        and ch.lower() == ch == ch.upper()
        and not ch.isspace()
        and ch not in _DASHES
        and not unicodedata.category(ch).startswith("M")
        for ch in term
    )


def glossary_change(old: str | None, new: str | None) -> GlossaryChange:
    """The rows that changed between two glossary texts (columns changed: everything).

    Both texts are read by the glossary's own parser, so a row that only moved,
    or changed only in spacing or comments, changes nothing.
    """
    if old == new:
        return GlossaryChange(False)
    if old is None or new is None:
        return GlossaryChange(True)
    from .glossary import load_glossary

    try:
        before, after = load_glossary(old, "glossary"), load_glossary(new, "glossary")
    except DigestL10nError:
        return GlossaryChange(True)
    columns = tuple(c.tag for c in after.languages)
    if [c.tag for c in before.languages] != list(columns):
        return GlossaryChange(True)
    rows_before = Counter(map(_row, before.concepts))
    rows_after = Counter(map(_row, after.concepts))
    return GlossaryChange(
        False,
        tuple(sorted((rows_before - rows_after).elements())),
        tuple(sorted((rows_after - rows_before).elements())),
        columns,
    )


def _row(concept: Concept) -> _RowKey:
    """A concept as what it says, not where it stands: two rows alike are the same row."""
    return (
        tuple(sorted(concept.accepted.items())),
        tuple(sorted(concept.forbidden.items())),
        concept.note,
        concept.domain,
        tuple(sorted(concept.exact)),
    )


_DASHES = "-‐‑–—_"
# What a space in a loosened term matches in a text that is only case-folded.
_SEPARATORS = r"[\s\-‐‑–—_]+"


def _loose(term: str) -> str:
    """Case, hyphens and line breaks folded, as the glossary's Latin matching ignores them.

    Runs of white space and dashes become one space (none at either end).
    """
    return re.sub(_SEPARATORS, " ", term.casefold()).strip()


# A string's continuation lines, whichever kind of line carries it (msgid, #| previous,
# #~ obsolete), and the escapes inside strings.
_CONTINUED = re.compile(r'"\r?\n(?:#~\| |#~ |#\| )?"')
_ESCAPED = re.compile(r"\\(.)")
_UNESCAPE = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}


def catalog_strings(text: str) -> str:
    """A catalog's text with each string on one line and its escapes read.

    gettext wraps a long string between any two CJK characters, so a term can
    be cut in two in the file (and again in the source, where a soft line break
    between two CJK characters joins without a space): searched as written,
    the catalog would not show it.
    """
    joined = _CONTINUED.sub("", text)
    if "\\" not in joined:
        return joined
    return _ESCAPED.sub(lambda m: _UNESCAPE.get(m.group(1), m.group()), joined)


def _stem(term: str) -> str:
    """A Latin term without its last letter, so plurals (-s, -es, y → -ies) still contain it."""
    if term and term[-1].isascii() and term[-1].isalpha() and len(term) > 2:
        return term[:-1]
    return term


# --- Translation memory over the catalogs as they were before the run -------------------------


class MemoryIndex(Mapping[str, "Remembered"]):
    """A language's translation memory, as `catalog.memory_of` over its catalogs before the run.

    The same answers (the first catalog by path order that has a msgid
    translated wins), found without parsing every catalog: the index maps msgid
    digests to the first catalog holding them, taken from the cache for a
    catalog it vouches for and from the catalog itself otherwise, and parses
    that one catalog on a hit. Catalogs the run may replace are read from their
    pre-run snapshot. `read` decodes a catalog's bytes (legacy charsets too).
    """

    def __init__(
        self,
        root: Path,
        catalogs: list[tuple[str, str]],
        cache: Cache,
        prerun: Snapshot | None,
        read: Callable[[bytes, str], str],
    ):
        self._root = root
        self._catalogs = sorted(catalogs)  # (path, article)
        self._cache = cache
        self._prerun = prerun
        self._read = read
        self._index: dict[bytes, int] | None = None
        self._parsed: tuple[int, dict[str, Remembered]] | None = None

    def __bool__(self) -> bool:
        return bool(self._catalogs)

    def _build(self) -> dict[bytes, int]:
        index: dict[bytes, int] = {}
        for n, (rel, _) in enumerate(self._catalogs):
            # A catalog the run may replace is read as it was; the others are as they were.
            kept = self._prerun is not None and self._prerun.has(rel)
            r = None if kept else self._cache.unchanged(self._root, rel)
            # A damaged record is no answer: the catalog itself is read instead.
            keys = r.memory if r is not None else None
            if keys is not None:
                for i in range(0, len(keys), 8):
                    index.setdefault(keys[i : i + 8], n)
            else:
                for msgid in self._memory(n):
                    index.setdefault(msgid_key(msgid), n)
        return index

    def _memory(self, n: int) -> dict[str, Remembered]:
        if self._parsed is not None and self._parsed[0] == n:
            return self._parsed[1]
        from .catalog import memory_of
        from .po import parse_po

        rel, article = self._catalogs[n]
        path = self._prerun.path(rel) if self._prerun is not None else None
        try:
            data = (path or self._root / rel).read_bytes()
        except FileNotFoundError:
            found: dict[str, Remembered] = {}
        else:
            found = memory_of([(article, parse_po(self._read(data, rel), rel))])
        self._parsed = (n, found)
        return found

    def get(self, msgid: str, default: Remembered | None = None) -> Remembered | None:  # type: ignore[override]
        """The remembered translation of `msgid`, else `default`.

        The index is built at the first question: a run whose units are all in
        their catalogs already (every run but one with new text) never needs it.
        """
        if self._index is None:
            self._index = self._build()
        n = self._index.get(msgid_key(msgid))
        if n is None:
            return default
        # Two msgids with one 8-byte digest: the first catalog after it that has it.
        for m in range(n, len(self._catalogs)):
            hit = self._memory(m).get(msgid)
            if hit is not None:
                return hit
        return default

    def __getitem__(self, msgid: str) -> Remembered:
        hit = self.get(msgid)
        if hit is None:
            raise KeyError(msgid)
        return hit

    def __iter__(self) -> Iterator[str]:
        for n in range(len(self._catalogs)):
            yield from self._memory(n)

    def __len__(self) -> int:
        return sum(1 for _ in self)


class Snapshot:
    """Hard links to catalogs as they were before the run, for the ones the run replaces.

    A link costs no copy; the replaced file's old bytes live on under it until
    the run ends and the folder is removed.
    """

    def __init__(self, folder: Path):
        self.folder = folder
        self._kept: dict[str, Path] = {}

    def keep(self, root: Path, rel: str) -> None:
        """Keep catalog `rel`'s current bytes (nothing when it does not exist)."""
        src = root / rel
        dst = self.folder / str(len(self._kept))
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            os.link(src, dst)
        except FileNotFoundError:
            return
        except OSError:  # no hard links on this file system: copy
            try:
                dst.write_bytes(src.read_bytes())
            except FileNotFoundError:
                return
        self._kept[rel] = dst

    def kept(self) -> list[str]:
        """The catalogs kept."""
        return list(self._kept)

    def has(self, rel: str) -> bool:
        """Whether `rel` was kept (the run may replace it)."""
        return rel in self._kept

    def path(self, rel: str) -> Path | None:
        """Where `rel`'s pre-run bytes are, when it was kept."""
        return self._kept.get(rel)

    def remove_all(self) -> None:
        """Delete every link in the folder, and the folder (a killed run's leftovers)."""
        for p in self.folder.iterdir():
            p.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            self.folder.rmdir()

    def remove(self) -> None:
        """Delete the links (the catalogs themselves stay)."""
        for p in self._kept.values():
            p.unlink(missing_ok=True)
        self._kept.clear()
        with contextlib.suppress(OSError):
            self.folder.rmdir()


def remove_snapshots(locales: Path) -> None:
    """Every pre-run snapshot folder in `locales`: under the project lock, all are stale."""
    for folder in locales.glob(f"{PRERUN}*"):
        Snapshot(folder).remove_all()
