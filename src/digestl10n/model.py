"""The document model: an article as verbatim text with translatable units spliced in.

Plain frozen objects, stdlib only. Nothing here reads files or prints.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum


class UnitKind(StrEnum):
    """What a translation unit is in its article; written to the PO as `#.` comment."""

    HEADING = "heading"
    TITLE = "title"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list-item"
    AUTHOR = "author"
    BLOCKQUOTE = "blockquote"
    TABLE_CELL = "table-cell"
    IMAGE_ALT = "image-alt"
    FRONT_MATTER = "front-matter"
    METADATA = "metadata"  # a Pelican/MultiMarkdown `Key: value` header
    HTML_TEXT = "html-text"  # text between the tags of a raw HTML block
    HTML_ATTRIBUTE = "html-attribute"  # an alt, title, aria-label or placeholder value there
    LINK_TITLE = "link-title"  # the title of a link reference definition: [x]: url "title"


class VerbatimKind(StrEnum):
    """Spans kept exactly as written and never extracted."""

    NOISE = "noise"
    URL = "url"
    CODE = "code"


@dataclass(frozen=True, slots=True)
class Unit:
    """One translatable piece: its msgid and where it stands in the source.

    `start`/`end` are character offsets into `Article.source`; the span runs from
    the first to the last non-blank character of the unit, so indentation, list
    markers, numbering and trailing spaces stay outside it. `text` is the span as
    a reader sees it: soft line breaks joined (no space next to a wide character,
    one space between Latin words), continuation prefixes removed. `continuation`
    is what a line break inside a translation must be followed by to stay in the
    same block (a blockquote's "> ", a list item's indentation). `pieces` is set
    for a unit over several source lines: per line, the (start, end) of its text
    in the source and the (start, end) of that text inside `text`; what lies
    between two pieces in the source (line ending, hard-break marker, prefixes)
    is markup, and what lies between them in `text` is the joint ("", " ", "\n").
    """

    kind: UnitKind
    text: str
    start: int
    end: int
    line: int
    continuation: str = ""
    pieces: tuple[tuple[int, int, int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Verbatim:
    """A span kept byte for byte and not extracted: noise, URL lines, code.

    `dropped`, for a noise line whose leaving out of an edition must take more or
    less than the line and a blank line with it (segment.markdown settles it): the
    (start, end) of what goes. It covers any other noise it reaches over.
    """

    kind: VerbatimKind
    start: int
    end: int
    line: int
    dropped: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class Article:
    """A parsed article: the exact source text plus its units and verbatim spans."""

    name: str
    path: str
    format: str
    source: str
    units: tuple[Unit, ...]
    verbatim: tuple[Verbatim, ...] = ()

    @property
    def noise(self) -> tuple[Verbatim, ...]:
        """The scraped noise lines, in source order."""
        return tuple(v for v in self.verbatim if v.kind is VerbatimKind.NOISE)

    def raw(self, unit: Unit) -> str:
        """The unit's span exactly as it stands in the source."""
        return self.source[unit.start : unit.end]


Translate = Callable[[Unit], "str | None"]


class Laid(str):
    """A replacement already laid over the unit's own source lines: render adds no prefix."""

    __slots__ = ()


def lay_in_place(article: Article, unit: Unit, text: str) -> Laid | None:
    r"""The unit's source span with `text` laid over it in place, or None if it cannot be.

    It can when `text` differs from the unit's msgid only in non-ASCII, non-blank
    characters (what OpenCC changes; a Han-for-Han edit): every ASCII character,
    so all Markdown syntax, and every line break and joint stay where they are,
    each source line gets back the text of the same place, and the bytes between
    the lines (line endings, hard-break markers, "> " and list indentation,
    trailing and ideographic spaces) are kept from the source. A changed run of
    letters that spanned a line break is split at the same proportion.

    >>> a = Article("a", "a.md", "markdown", "> 大语言\n> 模型", ())
    >>> u = Unit(UnitKind.BLOCKQUOTE, "大语言模型", 2, 11, 1, "> ", ((2, 5, 0, 3), (8, 11, 3, 5)))
    >>> lay_in_place(a, u, "大型語言模型")
    '大型語言\n> 模型'
    """
    src = article.source
    msgid = unit.text
    if not unit.pieces:
        if src[unit.start : unit.end] != msgid:  # quoted or unescaped front matter
            return None
        return Laid(text) if _same_skeleton(msgid, text) is not None else None
    where = _same_skeleton(msgid, text)
    if where is None:
        return None
    out: list[str] = []
    pos = unit.start
    for s, e, ts, te in unit.pieces:
        out.append(src[pos:s])
        out.append(text[where(ts) : where(te)])
        pos = e
    out.append(src[pos : unit.end])
    return Laid("".join(out))


# ASCII and the blanks segment/inline.py trims: the characters a laid translation keeps.
_BLANKS = frozenset(" \t\r\n\u3000\u200b\u200c\u200d\ufeff\u00a0")


def _is_skeleton(ch: str) -> bool:
    return ch.isascii() or ch in _BLANKS


def _runs(text: str) -> list[tuple[bool, int, int]]:
    """(is skeleton, start, end) of the maximal runs of skeleton / other characters."""
    out: list[tuple[bool, int, int]] = []
    for i, ch in enumerate(text):
        kind = _is_skeleton(ch)
        if out and out[-1][0] == kind:
            out[-1] = (kind, out[-1][1], i + 1)
        else:
            out.append((kind, i, i + 1))
    return out


def _same_skeleton(old: str, new: str) -> Callable[[int], int] | None:
    """A map from offsets in `old` to offsets in `new`, if they differ only outside the skeleton.

    Runs of skeleton characters must be equal and in the same order; runs of
    other characters may change in content and length, but not vanish. An
    offset inside a changed run maps in proportion, one at a run's edge to that edge.
    """
    a, b = _runs(old), _runs(new)
    if len(a) != len(b):
        return None
    for (ka, sa, ea), (kb, sb, eb) in zip(a, b, strict=True):
        if ka != kb or (ka and old[sa:ea] != new[sb:eb]):
            return None
    starts = [r[1] for r in a]

    def where(offset: int) -> int:
        if offset >= len(old):
            return len(new)
        i = bisect.bisect_right(starts, offset) - 1
        _, sa, ea = a[i]
        _, sb, eb = b[i]
        k = offset - sa
        if k == 0:
            return sb
        return sb + (k if ea - sa == eb - sb else round(k * (eb - sb) / (ea - sa)))

    return where


def render(article: Article, translate: Translate | None = None, *, keep_noise: bool = True) -> str:
    """Splice translations into the article's source.

    `translate(unit)` returns the text to put in place of the unit, or None to keep
    the source span. A translation equal to the unit's own text keeps the source
    span too, so rendering with every msgstr equal to its msgid gives the source
    back byte for byte. Without `keep_noise`, noise lines are dropped together with
    one of the blank lines around them, so paragraphs stay one blank line apart.
    """
    src = article.source
    cuts: list[tuple[int, int, str]] = []
    if translate is not None:
        for unit in article.units:
            text = translate(unit)
            if text is None or text == unit.text:
                continue
            if unit.continuation and not isinstance(text, Laid):
                text = text.replace("\n", "\n" + unit.continuation)
            cuts.append((unit.start, unit.end, text))
    if not keep_noise:
        for span in article.noise:
            cuts.append((*(span.dropped or (span.start, _noise_drop_end(src, span))), ""))
    cuts.sort()
    out: list[str] = []
    pos = 0
    for start, end, text in cuts:
        if start < pos:  # noise inside a dropped range: gone with it, and what it takes
            pos = max(pos, end)
            continue
        out.append(src[pos:start])
        out.append(text)
        pos = end
    out.append(src[pos:])
    return "".join(out)


def _noise_drop_end(src: str, span: Verbatim) -> int:
    """End of what to drop for a noise line: the line, and a following blank line
    when a blank line also precedes it (so no double blank line is left)."""
    end = span.end
    before = src[: span.start]
    preceded_by_blank = before == "" or before.endswith(("\n\n", "\r\n\r\n"))
    if preceded_by_blank:
        for eol in ("\r\n", "\n"):
            if src.startswith(eol, end):
                return end + len(eol)
    return end


class Severity(StrEnum):
    """How bad a check finding is: errors fail `check` (exit 1), warnings only report."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem a check found in one catalog entry (`path`:`line`), whose text is at
    `source_path`:`source_line` in the article (from the entry's `#:` reference;
    "" and 0 when it has none, or no line)."""

    check: str
    severity: Severity
    path: str
    line: int
    message: str
    source: str = ""
    translation: str = ""
    language: str = ""
    source_path: str = ""
    source_line: int = 0
