"""The document model: an article as verbatim text with translatable units spliced in.

Plain frozen objects, stdlib only. Nothing here reads files or prints.
"""

from __future__ import annotations

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
    same block (a blockquote's "> ", a list item's indentation).
    """

    kind: UnitKind
    text: str
    start: int
    end: int
    line: int
    continuation: str = ""


@dataclass(frozen=True, slots=True)
class Verbatim:
    """A span kept byte for byte and not extracted: noise, URL lines, code."""

    kind: VerbatimKind
    start: int
    end: int
    line: int


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
            if unit.continuation:
                text = text.replace("\n", "\n" + unit.continuation)
            cuts.append((unit.start, unit.end, text))
    if not keep_noise:
        for span in article.noise:
            cuts.append((span.start, _noise_drop_end(src, span), ""))
    cuts.sort()
    out: list[str] = []
    pos = 0
    for start, end, text in cuts:
        if start < pos:  # a noise line inside a dropped range; already gone
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
