"""An edition as a self-contained HTML page: right `lang`, escaped text, links between languages.

Plain-text articles become elements by unit kind (headings, paper titles, list
items, paragraphs, link lines); Markdown articles are rendered from the Markdown
edition by segment.markdown (markdown-it-py), raw HTML disabled, so a
translator's `<script>` shows as text and a `javascript:` link is not made. The
page needs no external asset: the style sheet is inline, fonts come from the
reader's system. The page around the body comes from the `article.html`
template (render/site.py), which a project may override.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import escape

from ..build import Edition
from ..languages import Language, autonym, text_direction
from ..model import Unit, UnitKind, Verbatim, VerbatimKind
from ..script import BLANKS
from ..segment.markdown import markdown_to_html
from . import document
from .site import render_template, trusted


@dataclass(frozen=True, slots=True)
class Alternate:
    """Another language's page of the same article, for hreflang and the switcher."""

    language: Language
    href: str  # relative to the page being rendered


@dataclass(frozen=True, slots=True)
class Chrome:
    """What ties a page into the site: its name, its language's index and feed (relative)."""

    site_title: str = ""
    home_href: str | None = None
    feed_href: str | None = None
    templates: str | None = None  # the project's templates folder, when it has one


_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'\u3000-\u303f\uff01-\uff5e]+", re.I)
_URL_TRAILING = ".,;:!?)]}'\""


def page(
    edition: Edition,
    alternates: Sequence[Alternate],
    *,
    keep_noise: bool = False,
    source_language: Language | None = None,
    chrome: Chrome = Chrome(),
    pages: Mapping[str, str] | None = None,
) -> str:
    """The HTML page of an edition; `alternates`: every language's page of it, this one too.

    `pages`: links to other articles as written (`06-a.md`) → their pages
    (`06-a.html`), for the site's links to go from page to page.
    """
    lang = edition.language
    title = title_of(edition)
    fallback_lang = source_language.tag if source_language is not None else None
    if edition.article.format == "markdown":
        body = markdown_to_html(
            document(edition, keep_noise=keep_noise),
            fallbacks=edition.fell_back() if fallback_lang else (),
            fallback_lang=fallback_lang,
        )
        if "<h1" not in body:
            body = f"<h1>{escape(title, quote=False)}</h1>\n{body}"
        for written, html in (pages or {}).items():
            body = body.replace(f'href="{escape(written)}"', f'href="{escape(html)}"')
    else:
        body = _text_body(edition, keep_noise=keep_noise, source_language=source_language)
        if "<h1" not in body:
            body = f"<h1>{escape(title, quote=False)}</h1>\n{body}"
    return render_template(
        "article.html",
        chrome.templates,
        lang=lang.tag,
        dir=text_direction(lang),
        title=title,
        alternates=switcher(alternates, lang),
        body=trusted(body.rstrip("\n")),
        site_title=chrome.site_title,
        home_href=chrome.home_href,
        feed_href=chrome.feed_href,
    )


def switcher(alternates: Sequence[Alternate], current: Language) -> list[dict[str, object]]:
    """The language links as templates take them: tag, href, short autonym, current or not."""
    return [
        {
            "tag": a.language.tag,
            "href": a.href,
            "name": autonym(a.language),
            "current": a.language == current,
        }
        for a in alternates
    ]


def title_of(edition: Edition) -> str:
    """The edition's title: the front matter title, else its first heading, else its name.

    A plain-text article's first heading is its title line; the file name
    stands in only when it has none.
    """
    article = edition.article
    pairs = list(zip(article.units, edition.texts, strict=True))
    if article.format != "markdown":
        for unit, text in pairs:
            if unit.kind is UnitKind.HEADING:
                return " ".join(text.split())
        return article.name.rsplit("/", 1)[-1]
    for unit, text in pairs:
        if unit.kind not in (UnitKind.FRONT_MATTER, UnitKind.METADATA, UnitKind.HEADING):
            continue
        line = article.source[article.source.rfind("\n", 0, unit.start) + 1 : unit.start]
        if unit.kind is UnitKind.FRONT_MATTER and line.lstrip().startswith("title"):
            return text
        if unit.kind is UnitKind.METADATA and line.lower().startswith("title"):
            return " ".join(text.split())
        if unit.kind is UnitKind.HEADING and line.strip() == "#":
            return " ".join(text.split())
    return article.name.rsplit("/", 1)[-1]


def _text_body(edition: Edition, *, keep_noise: bool, source_language: Language | None) -> str:
    """A plain-text edition as HTML elements, one per unit or verbatim line, in source order."""
    article = edition.article
    src = article.source
    fell_back = edition.fell_back()
    items: list[tuple[int, Unit | Verbatim, str]] = [
        (u.start, u, t) for u, t in zip(article.units, edition.texts, strict=True)
    ]
    items += [(v.start, v, "") for v in article.verbatim]
    items.sort(key=lambda item: item[0])
    out: list[str] = []
    in_list = False
    # A heading that opens the article is its title line: its <h1>. A heading further
    # down is a section (page() then puts the title in an <h1> above the text).
    first_heading = items[0][1] if items and isinstance(items[0][1], Unit) else None
    if first_heading is not None and first_heading.kind is not UnitKind.HEADING:
        first_heading = None
    for _, item, text in items:
        is_item = isinstance(item, Unit) and item.kind is UnitKind.LIST_ITEM
        if in_list and not is_item:
            out.append("</ul>")
            in_list = False
        if isinstance(item, Verbatim):
            raw = src[item.start : item.end].strip(BLANKS)
            if item.kind is VerbatimKind.URL:
                out.append(f'<p class="url">{_linkify(raw)}</p>')
            elif item.kind is VerbatimKind.CODE:
                out.append(f"<pre><code>{escape(raw)}</code></pre>")
            elif keep_noise:
                out.append(f'<p class="noise">{escape(raw)}</p>')
            continue
        attrs = ""
        if text == item.text and item.text in fell_back and source_language is not None:
            attrs = f' lang="{escape(source_language.tag)}"'  # shown in the original language
        content = "<br>".join(_linkify(line) for line in text.splitlines() if line.strip(BLANKS))
        marker = src[src.rfind("\n", 0, item.start) + 1 : item.start].strip(BLANKS)
        if item.kind is UnitKind.LIST_ITEM:
            if not in_list:
                out.append("<ul>")
                in_list = True
            # A bullet is drawn by the list; a number is part of the text ("1." stays "1.").
            number = escape(marker) + " " if marker and marker[0].isdigit() else ""
            cls = ' class="numbered"' if number else ""
            out.append(f"<li{cls}{attrs}>{number}{content}</li>")
        elif item.kind is UnitKind.HEADING:
            level = 1 if item is first_heading else 2
            out.append(f"<h{level}{attrs}>{content}</h{level}>")
        elif item.kind is UnitKind.TITLE:
            number = f'<span class="number">{escape(marker)}</span>' if marker else ""
            out.append(f"<h3{attrs}>{number}{content}</h3>")
        elif item.kind is UnitKind.AUTHOR:
            out.append(f'<p class="author"{attrs}>{content}</p>')
        else:
            out.append(f"<p{attrs}>{content}</p>")
    if in_list:
        out.append("</ul>")
    return "\n".join(out)


def _linkify(text: str) -> str:
    """Escape `text` and make its http(s) URLs links (the only markup a plain-text edition gets)."""
    if "://" not in text and "www." not in text.lower():
        return escape(text, quote=False)
    out: list[str] = []
    pos = 0
    for m in _URL.finditer(text):
        url = m.group().rstrip(_URL_TRAILING)
        href = "https://" + url if url.lower().startswith("www.") else url
        out.append(escape(text[pos : m.start()], quote=False))
        out.append(f'<a href="{escape(href)}">{escape(url, quote=False)}</a>')
        pos = m.start() + len(url)
    out.append(escape(text[pos:], quote=False))
    return "".join(out)
