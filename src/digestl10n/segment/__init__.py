"""Text ⇄ Article: plain-text digests and Markdown, chosen by file suffix."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Article

MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt",)
SUFFIXES = MARKDOWN_SUFFIXES + TEXT_SUFFIXES


def parse_article(
    source: str,
    *,
    name: str,
    path: str,
    noise: Sequence[re.Pattern[str]] = (),
    keys: Sequence[str] = ("title", "summary", "description"),
) -> Article:
    """Segment an article's text; Markdown for .md/.markdown paths, plain text otherwise.

    `keys` are the front matter and metadata-header keys whose values are translated.
    """
    if path.lower().endswith(MARKDOWN_SUFFIXES):
        from .markdown import parse_markdown  # only Markdown articles pay for the parser

        return parse_markdown(source, name=name, path=path, noise=noise, keys=keys)
    # Here too: a run with every article up to date parses none, and loads no segmenter.
    from .text import parse_text

    return parse_text(source, name=name, path=path, noise=noise)
