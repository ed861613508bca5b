"""An edition as a self-contained HTML page: right `lang`, escaped text, links between languages.

Plain-text articles become elements by unit kind (headings, paper titles, list
items, paragraphs, link lines); Markdown articles are rendered from the Markdown
edition by segment.markdown (markdown-it-py), raw HTML disabled, so a
translator's `<script>` shows as text and a `javascript:` link is not made. The
page needs no external asset: the style sheet is inline, fonts come from the
reader's system.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from ..build import Edition
from ..languages import Language, autonym, text_direction
from ..model import Unit, UnitKind, Verbatim, VerbatimKind
from ..script import BLANKS
from ..segment.markdown import markdown_to_html
from . import document


@dataclass(frozen=True, slots=True)
class Alternate:
    """Another language's page of the same article, for hreflang and the switcher."""

    language: Language
    href: str  # relative to the page being rendered


_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'\u3000-\u303f\uff01-\uff5e]+", re.I)
_URL_TRAILING = ".,;:!?)]}'\""


def page(
    edition: Edition,
    alternates: Sequence[Alternate],
    *,
    keep_noise: bool = False,
    source_language: Language | None = None,
) -> str:
    """The HTML page of an edition; `alternates`: every language's page of it, this one too."""
    lang = edition.language
    body = (
        markdown_to_html(document(edition, keep_noise=keep_noise))
        if edition.article.format == "markdown"
        else _text_body(edition, keep_noise=keep_noise, source_language=source_language)
    )
    links = [
        f'<link rel="alternate" hreflang="{escape(a.language.tag)}" href="{escape(a.href)}">'
        for a in alternates
    ]
    switcher = [
        f'<li><span aria-current="page">{escape(autonym(a.language))}</span></li>'
        if a.language == lang
        else f'<li><a href="{escape(a.href)}" hreflang="{escape(a.language.tag)}" '
        f'lang="{escape(a.language.tag)}">{escape(autonym(a.language))}</a></li>'
        for a in alternates
    ]
    return "\n".join(
        [
            "<!DOCTYPE html>",
            f'<html lang="{escape(lang.tag)}" dir="{text_direction(lang)}">',
            "<head>",
            '<meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{escape(_title(edition))}</title>",
            *links,
            f"<style>{_CSS}</style>",
            "</head>",
            "<body>",
            '<nav class="languages" aria-label="Languages"><ul>',
            *switcher,
            "</ul></nav>",
            "<main><article>",
            body.rstrip("\n"),
            "</article></main>",
            "</body>",
            "</html>",
            "",
        ]
    )


def _title(edition: Edition) -> str:
    """The front matter or metadata-header title, else the first level-1 heading, else the name."""
    article = edition.article
    if article.format != "markdown":
        return article.name
    for unit, text in zip(article.units, edition.texts, strict=True):
        if unit.kind not in (UnitKind.FRONT_MATTER, UnitKind.METADATA, UnitKind.HEADING):
            continue
        line = article.source[article.source.rfind("\n", 0, unit.start) + 1 : unit.start]
        if unit.kind is UnitKind.FRONT_MATTER and line.lstrip().startswith("title"):
            return text
        if unit.kind is UnitKind.METADATA and line.lower().startswith("title"):
            return " ".join(text.split())
        if unit.kind is UnitKind.HEADING and line.strip() == "#":
            return " ".join(text.split())
    return article.name


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
            out.append(f"<h2{attrs}>{content}</h2>")
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


_CSS = """
:root{color-scheme:light dark;
--fg:#1f2328;--bg:#fff;--muted:#59636e;--link:#0b57d0;--rule:#d1d9e0}
@media (prefers-color-scheme:dark){:root{
--fg:#e6edf3;--bg:#0d1117;--muted:#9198a1;--link:#6ea8fe;--rule:#3d444d}}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
line-height:1.75;color:var(--fg);background:var(--bg);-webkit-text-size-adjust:100%}
:lang(zh-Hans),:lang(zh-CN){
font-family:system-ui,"PingFang SC","Noto Sans CJK SC","Microsoft YaHei",sans-serif}
:lang(zh-Hant),:lang(zh-TW){
font-family:system-ui,"PingFang TC","Noto Sans CJK TC","Microsoft JhengHei",sans-serif}
:lang(zh-HK){
font-family:system-ui,"PingFang HK","Noto Sans CJK HK","Microsoft JhengHei",sans-serif}
body{max-width:46rem;margin:0 auto;padding:1rem 1.25rem 3rem}
a{color:var(--link);overflow-wrap:anywhere}
nav.languages ul{list-style:none;display:flex;flex-wrap:wrap;gap:.25rem 1rem;margin:0 0 1.5rem;
padding:0 0 .75rem;border-bottom:1px solid var(--rule);font-size:.9rem}
nav.languages span[aria-current]{font-weight:600}
h1,h2,h3{line-height:1.35}
h2{margin-top:2.5rem;padding-bottom:.3rem;border-bottom:1px solid var(--rule)}
h3{margin-top:2rem;font-size:1.1rem}
h3 .number{margin-right:.25em}
li.numbered{list-style:none}
p.url{margin-top:-.5rem;font-size:.9rem}
p.noise{color:var(--muted);font-size:.85rem}
pre{overflow-x:auto;padding:.75rem;border:1px solid var(--rule);border-radius:6px}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.9em}
table{border-collapse:collapse}th,td{border:1px solid var(--rule);padding:.3rem .6rem}
blockquote{margin-left:0;padding-left:1rem;border-left:3px solid var(--rule);color:var(--muted)}
img{max-width:100%}
""".strip().replace("\n", "")
