"""Plain-text digests (the seed's shape) → Article.

A block is a run of non-blank lines. Inside it: noise lines and URL lines are
kept verbatim and split the block; `•`-style bullets start list items; `1、` lines
are paper titles (or numbered list items when they read as sentences); a lone
short line without closing punctuation is a section heading; `作者：` starts the
author line; everything else is a paragraph whose lines join as one unit.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Article, Unit, UnitKind, Verbatim, VerbatimKind
from .inline import BLANKS, join_lines, strip_span

_URL = re.compile(r"^(?:<)?(?:https?://|www\.)\S+?(?:>)?$")
_BULLET = re.compile(r"^[ \t\u3000]*[•·●▪◦‣∙\-*+][ \t\u3000]+")
_NUMBER = re.compile(r"^[ \t\u3000]*\d{1,3}(?:、|．|\.(?=[ \t])|\)|）)[ \t\u3000]*")
_AUTHOR = re.compile(r"^[ \t\u3000]*(?:作者|译者|譯者|编辑|編輯|来源|來源|Author|By)\s*[:：]", re.I)
# A line ending like this reads as a sentence, not as a heading or a title.
_SENTENCE_END = tuple("。！？；…，、：:,;")
_TITLE_SENTENCE_END = tuple("。！；")
_HEADING_MAX = 40


@dataclass
class _Line:
    start: int  # offset of the line in the source
    end: int  # offset after the content, before the line ending
    stop: int  # offset after the line ending
    number: int

    def content(self, src: str) -> str:
        return src[self.start : self.end]


def parse_text(
    source: str, *, name: str, path: str, noise: Sequence[re.Pattern[str]] = ()
) -> Article:
    """Segment a plain-text digest into units and verbatim spans."""
    lines = _lines(source)
    units: list[Unit] = []
    verbatim: list[Verbatim] = []
    block: list[_Line] = []

    def flush() -> None:
        if block:
            units.extend(_units(source, block))
            block.clear()

    for ln in lines:
        text = ln.content(source).strip(BLANKS)
        if not text:
            flush()
        elif any(p.search(text) for p in noise):
            flush()
            verbatim.append(Verbatim(VerbatimKind.NOISE, ln.start, ln.stop, ln.number))
        elif _URL.match(text):
            flush()
            s, e = strip_span(source, ln.start, ln.end)
            verbatim.append(Verbatim(VerbatimKind.URL, s, e, ln.number))
        else:
            block.append(ln)
    flush()
    return Article(name, path, "text", source, tuple(units), tuple(verbatim))


def _lines(source: str) -> list[_Line]:
    out = []
    pos = 0
    for number, raw in enumerate(source.splitlines(keepends=True), 1):
        content = raw.rstrip("\r\n")
        out.append(_Line(pos, pos + len(content), pos + len(raw), number))
        pos += len(raw)
    return out


def _units(src: str, block: list[_Line]) -> list[Unit]:
    """Split one block into items (a marker line starts a new one) and classify each."""
    items: list[tuple[str, list[_Line], int]] = []  # (marker kind, lines, marker length)
    for ln in block:
        text = ln.content(src)
        bullet = _BULLET.match(text)
        number = _NUMBER.match(text)
        author = _AUTHOR.match(text)
        if bullet:
            items.append(("bullet", [ln], bullet.end()))
        elif number:
            items.append(("number", [ln], number.end()))
        elif author:
            items.append(("author", [ln], 0))
        elif items and items[-1][0] in ("bullet", "number") or items and items[-1][0] == "plain":
            items[-1][1].append(ln)
        else:
            items.append(("plain", [ln], 0))
    out = []
    for marker, item_lines, skip in items:
        first = item_lines[0]
        start, end = strip_span(src, first.start + skip, item_lines[-1].end)
        if start >= end:
            continue
        text = join_lines(
            ln.content(src) if i else ln.content(src)[skip:] for i, ln in enumerate(item_lines)
        )
        kind = _kind(marker, text, single=len(item_lines) == 1, alone=len(items) == 1)
        continuation = " " * skip if marker == "bullet" else ""
        out.append(Unit(kind, text, start, end, first.number, continuation))
    return out


def _kind(marker: str, text: str, *, single: bool, alone: bool) -> UnitKind:
    if marker == "bullet":
        return UnitKind.LIST_ITEM
    if marker == "author":
        return UnitKind.AUTHOR
    if marker == "number":
        if single and not text.endswith(_TITLE_SENTENCE_END):
            return UnitKind.TITLE
        return UnitKind.LIST_ITEM
    if alone and single and len(text) <= _HEADING_MAX and not text.endswith(_SENTENCE_END):
        return UnitKind.HEADING
    return UnitKind.PARAGRAPH
