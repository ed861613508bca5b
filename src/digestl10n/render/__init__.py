"""Editions → publishable bytes: the source's own format, an HTML page, a compiled .mo.

Each renderer takes a build.Edition and returns a string (or bytes); none of
them reads or writes files. A translation is contained before it is spliced in,
so whatever a translator types stays inside its own unit: it cannot open a new
block in a text edition, re-structure a Markdown page, or inject markup in HTML.
"""

from __future__ import annotations

from ..build import Edition
from ..model import Unit, lay_in_place, render
from .markdown import contain_markdown
from .text import contain_text

__all__ = ["document", "suffix"]


def suffix(edition: Edition) -> str:
    """The file suffix of the edition in the source's own format."""
    return ".md" if edition.article.format == "markdown" else ".txt"


def document(edition: Edition, *, keep_noise: bool = False) -> str:
    """The edition in the source's format: structure, blank lines and line endings as the source.

    A unit whose text equals its msgid keeps its source span byte for byte, so an
    edition whose every text is its msgid, with `keep_noise`, is the source itself.
    In Markdown, a text that differs from its msgid only in non-ASCII letters (an
    OpenCC variant) is laid over the unit's own lines in place (model.lay_in_place);
    any other text replaces the unit's span, contained.
    """
    article = edition.article
    markdown = article.format == "markdown"
    contain = contain_markdown if markdown else contain_text
    texts = {id(u): t for u, t in zip(article.units, edition.texts, strict=True)}

    def translate(unit: Unit) -> str | None:
        text = texts[id(unit)]
        if text == unit.text:
            return None
        if markdown:
            laid = lay_in_place(article, unit, text)
            if laid is not None:
                return laid
        return contain(article, unit, text)

    return render(article, translate, keep_noise=keep_noise)
