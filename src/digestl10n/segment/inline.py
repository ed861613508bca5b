"""Unit text as a reader sees it: how source lines join into one msgid."""

from __future__ import annotations

from collections.abc import Iterable

# BLANKS and is_wide are script.py's; imported from here by the segmenters.
from ..script import BLANKS, is_wide

__all__ = ["BLANKS", "is_wide", "join_lines", "strip_span"]


def join_lines(lines: Iterable[str]) -> str:
    """Join soft-wrapped lines: nothing between a wide character and its neighbour, else one space.

    >>> join_lines(["大语言模型在近年", "来取得了快速发展。"])
    '大语言模型在近年来取得了快速发展。'
    >>> join_lines(["Benchmarking LLMs with", "Challenging Tasks"])
    'Benchmarking LLMs with Challenging Tasks'
    """
    out = ""
    for line in lines:
        line = line.strip(BLANKS)
        if not line:
            continue
        if out and not (is_wide(out[-1]) or is_wide(line[0])):
            out += " "
        out += line
    return out


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) of `text` so it neither starts nor ends with a blank."""
    while start < end and text[start] in BLANKS:
        start += 1
    while end > start and text[end - 1] in BLANKS:
        end -= 1
    return start, end


# A text without one of these holds nothing markdown.protected_spans would find.
MARKUP_HINTS = ("`", "://", "<", "](", "][", "[^")


def readable(text: str) -> str:
    """`text` with its protected spans (code, URLs, link destinations, tags) blanked out.

    Same length, so offsets stay valid; what is left is what a reader reads and
    a check of script or terms should look at. The Markdown parser is loaded
    only for a text that may hold such a span.

    >>> readable("见[网站](https://example.com/网络)和`代码`")
    '见[网站                         和    '
    """
    if not any(h in text for h in MARKUP_HINTS):
        return text
    from .markdown import protected_spans

    out = list(text)
    for start, end in protected_spans(text):
        out[start:end] = " " * (end - start)
    return "".join(out)
