"""Plain-text editions: a translation stays inside its own block."""

from __future__ import annotations

from ..model import Article, Unit
from ..segment.inline import BLANKS


def eol_at(source: str, offset: int) -> str:
    """The line ending ("\\r\\n" or "\\n") of the line holding `offset`, for inserted breaks."""
    nl = source.find("\n", offset)
    if nl > 0 and source[nl - 1] == "\r":
        return "\r\n"
    if nl < 0 and "\r\n" in source:
        return "\r\n"
    return "\n"


def contain_text(article: Article, unit: Unit, text: str) -> str:
    """A translation made safe for a plain-text edition.

    A blank line would start a new block (and a new unit on the next extract), so
    blank lines are dropped; the remaining line breaks stay, written with the
    source's own line ending (model.render adds the unit's continuation indent).
    """
    lines = [line.rstrip(BLANKS) for line in text.splitlines()]
    return eol_at(article.source, unit.start).join(line for line in lines if line.strip(BLANKS))
