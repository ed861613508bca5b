"""The site around the pages: per-language indexes and Atom feeds, one sitemap, a root page.

`build` writes each article's page per language (publish.py); this module
ties them together once the pages are in place. What the site lists is kept in
a manifest (`<out>/.digestl10n-site.json`: language → article → title and
date), so building one article or one language keeps the others listed; an
entry whose page is gone is dropped. Dates come from the article (front matter
`date:`, else a date in its first lines, else `YYYY-MM[-DD]` in its path) and
order the indexes newest first. Assets an article links to by relative path
(images, PDFs) are copied beside its pages in every language, one file on disk
hard-linked into each; a missing target is a finding.
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .files import write_atomic
from .languages import Language, autonym, parse_language, text_direction
from .model import Article
from .render.html import Alternate, switcher
from .render.site import render_template
from .segment import SUFFIXES
from .segment.markdown import destination, link_destinations

MANIFEST = ".digestl10n-site.json"
# Where `python -m http.server -d build` serves the site: the URL feeds and the
# sitemap use until [tool.digestl10n] site_url says where the site really lives.
LOCAL_URL = "http://localhost:8000/"
ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


@dataclass(frozen=True, slots=True)
class PageEntry:
    """One article's page in one language, as the site lists it."""

    language: str
    name: str
    title: str
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD


@dataclass(frozen=True, slots=True)
class AssetLink:
    """A relative link in an article's source: its target under source/, and where it is."""

    target: str  # the source-relative path it resolves to ('' when it leaves source/)
    written: str  # as the article writes it
    path: str  # the article, project-relative
    line: int


@dataclass(frozen=True, slots=True)
class SiteSettings:
    """What the site needs from the project: its folders, name, URL and language order."""

    root: Path
    source_dir: str
    out: Path
    title: str
    url: str
    order: tuple[Language, ...]  # the switcher's order: the source language, then the targets
    templates: str | None


@dataclass
class SiteOutcome:
    """What writing the site wrote and found."""

    written: list[tuple[Path, bool]]
    findings: list[str]


# --- Reading articles ---------------------------------------------------------------------------

_FRONT_DATE = re.compile(r"^date:\s*['\"]?(\d{4}-\d{2}-\d{2})", re.M)
_TEXT_DATE = re.compile(
    r"(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])?(?:\s*(\d{1,2})\s*日?)?"
)
_PATH_DATE = re.compile(r"(?<!\d)(\d{4})[-/_](\d{2})(?:[-/_](\d{2}))?(?!\d)")


def article_date(article: Article) -> str | None:
    """The article's date as the article gives it: front matter, its first lines, or its path."""
    src = article.source
    if src.startswith("---"):
        end = src.find("\n---", 3)
        m = _FRONT_DATE.search(src[: end if end > 0 else len(src)])
        if m:
            return m.group(1)
    head = "\n".join(src.splitlines()[:3])
    for pattern, text in ((_TEXT_DATE, head), (_PATH_DATE, article.path)):
        m = pattern.search(text)
        if m and 1 <= int(m.group(2)) <= 12:
            day = m.group(3)
            if day and 1 <= int(day) <= 31:
                return f"{m.group(1)}-{int(m.group(2)):02d}-{int(day):02d}"
            return f"{m.group(1)}-{int(m.group(2)):02d}"
    return None


_MD_LINK = re.compile(r"!?\[(?:[^\]\\\n]|\\.)*\]\(\s*(<[^>\n]*>|[^\s)]+)")
# A link definition; a footnote's ([^1]: 译注) is text, not a target.
_MD_DEFINITION = re.compile(r"^ {0,3}\[(?!\^)[^\]\n]+\]:\s*(<[^>\n]*>|\S+)", re.M)
_CODE = re.compile(r"^ {0,3}(```|~~~).*?^ {0,3}\1[^\n]*$|`[^`\n]+`", re.M | re.S)


def asset_links(article: Article, source_dir: str) -> list[AssetLink]:
    """The relative links of a Markdown article (images and files), code spans left out."""
    if article.format != "markdown":
        return []
    # Code is blanked, not cut, so offsets (and line numbers) stay the source's.
    src = _CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), article.source)
    folder = posixpath.dirname(article.name)
    out = []
    read: frozenset[str] | None = None
    for pattern in (_MD_LINK, _MD_DEFINITION):
        for m in pattern.finditer(src):
            written = m.group(1).strip("<>")
            parts = urlsplit(written)
            if parts.scheme or parts.netloc or not parts.path or written.startswith("/"):
                continue
            # The patterns find the candidates; the parser says which are links
            # (parsed once, and only for an article with a relative candidate).
            if read is None:
                read = link_destinations(article.source)
            if destination(written) not in read:
                continue
            target = posixpath.normpath(posixpath.join(folder, unquote(parts.path)))
            out.append(
                AssetLink(
                    "" if target.startswith("../") or target == ".." else target,
                    written,
                    article.path,
                    src.count("\n", 0, m.start(1)) + 1,
                )
            )
    return sorted(out, key=lambda a: (a.line, a.written))


def page_href(from_lang: str, from_name: str, to: str) -> str:
    """The relative link from the page `<from_lang>/<from_name>.html` to `to` (out-relative)."""
    return posixpath.relpath(to, posixpath.dirname(f"{from_lang}/{from_name}"))


# --- Writing the site ---------------------------------------------------------------------------


def write_site(
    site: SiteSettings,
    entries: Sequence[PageEntry],
    links: dict[str, list[AssetLink]],
    *,
    now: str,
) -> SiteOutcome:
    """Copy assets, merge `entries` into the manifest, write indexes, feeds, sitemap and root."""
    out = site.out
    written: list[tuple[Path, bool]] = []
    findings = _copy_assets(site, entries, links, written)
    pages = _manifest(out, entries)
    for lang in site.order:
        if lang.tag not in pages:
            # A language with no page left (refused by this build) must not keep an index
            # or a feed from an earlier one: they would link to pages that are gone.
            for stale in (out / lang.tag / "index.html", out / lang.tag / "feed.xml"):
                stale.unlink(missing_ok=True)
    if not pages:  # nothing built (every language refused): no site to tie together
        return SiteOutcome(written, findings)
    languages = _ordered(site.order, pages)
    write = lambda path, text: written.append((path, write_atomic(path, text.encode("utf-8"))))  # noqa: E731
    for lang in languages:
        listed = _newest_first(pages[lang.tag])
        index = render_template(
            "index.html",
            site.templates,
            lang=lang.tag,
            dir=text_direction(lang),
            title=site.title,
            site_title=site.title,
            alternates=switcher(
                [Alternate(other, f"../{other.tag}/index.html") for other in languages], lang
            ),
            home_href=None,
            feed_href="feed.xml",
            entries=[
                {"title": e["title"], "date": e["date"], "href": f"{name}.html"}
                for name, e in listed
            ],
        )
        write(out / lang.tag / "index.html", index)
        write(out / lang.tag / "feed.xml", _feed(site, lang, listed, now))
    root_lang = languages[0].tag if languages else "en"
    root = render_template(
        "root.html",
        site.templates,
        lang=root_lang,
        site_title=site.title,
        alternates=[
            {"tag": lang.tag, "href": f"{lang.tag}/index.html", "name": autonym(lang)}
            for lang in languages
        ],
    )
    write(out / "index.html", root)
    write(out / "sitemap.xml", _sitemap(site, languages, pages))
    manifest = json.dumps(pages, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    written.append((out / MANIFEST, write_atomic(out / MANIFEST, manifest.encode("utf-8"))))
    return SiteOutcome(written, findings)


def _manifest(out: Path, entries: Iterable[PageEntry]) -> dict[str, dict[str, dict[str, str]]]:
    """The pages the site lists: the previous builds' merged with this one's, gone pages dropped."""
    pages: dict[str, dict[str, dict[str, str]]] = {}
    try:
        old = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
        if isinstance(old, dict):
            pages = old
    except (OSError, ValueError):
        pass  # no manifest yet, or a damaged one: this build's pages start it anew
    for e in entries:
        pages.setdefault(e.language, {})[e.name] = {"title": e.title, "date": e.date or ""}
    return {
        tag: kept
        for tag, listed in sorted(pages.items())
        if (kept := {n: v for n, v in listed.items() if (out / tag / f"{n}.html").is_file()})
    }


def _ordered(order: Sequence[Language], pages: Mapping[str, object]) -> list[Language]:
    known = [lang for lang in order if lang.tag in pages]
    rest = sorted(set(pages) - {lang.tag for lang in known})
    return known + [parse_language(tag) for tag in rest]


def _newest_first(listed: dict[str, dict[str, str]]) -> list[tuple[str, dict[str, str]]]:
    # Dated articles newest first, then undated ones by name; ties by name, for stable output.
    ordered = sorted(listed.items())
    ordered.sort(key=lambda kv: kv[1]["date"], reverse=True)
    return [kv for kv in ordered if kv[1]["date"]] + [kv for kv in ordered if not kv[1]["date"]]


def _timestamp(date: str, now: str) -> str:
    """An RFC 3339 timestamp for a YYYY[-MM[-DD]] date (its first day), else `now`."""
    if not date:
        return now
    parts = (date.split("-") + ["01", "01"])[:3]
    return "-".join(parts) + "T00:00:00Z"


def _feed(
    site: SiteSettings, lang: Language, listed: list[tuple[str, dict[str, str]]], now: str
) -> str:
    """The language's Atom feed (RFC 4287): id, title, updated, author, links; entries."""
    ET.register_namespace("", ATOM)
    base = f"{site.url}{lang.tag}/"
    feed = ET.Element(f"{{{ATOM}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": lang.tag})
    stamps = [_timestamp(e["date"], now) for _, e in listed]

    def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
        el.text = text
        return el

    sub(feed, "id", base)
    sub(feed, "title", site.title)
    sub(feed, "updated", max(stamps) if stamps else now)
    sub(sub(feed, "author"), "name", site.title)
    sub(feed, "link", rel="self", type="application/atom+xml", href=f"{base}feed.xml")
    sub(feed, "link", rel="alternate", type="text/html", href=f"{base}index.html")
    for (name, e), stamp in zip(listed, stamps, strict=True):
        entry = sub(feed, "entry")
        url = f"{base}{name}.html"
        sub(entry, "id", url)
        sub(entry, "title", e["title"])
        sub(entry, "updated", stamp)
        sub(entry, "link", rel="alternate", type="text/html", href=url)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, "unicode") + "\n"


def _sitemap(
    site: SiteSettings, languages: list[Language], pages: dict[str, dict[str, dict[str, str]]]
) -> str:
    """One sitemap: every index and page, each with `xhtml:link` alternates for every language."""
    ET.register_namespace("", SITEMAP)
    ET.register_namespace("xhtml", XHTML)
    urlset = ET.Element(f"{{{SITEMAP}}}urlset")
    groups: list[tuple[list[tuple[str, str]], str]] = [
        ([(lang.tag, f"{lang.tag}/index.html") for lang in languages], "")
    ]
    names = sorted({n for listed in pages.values() for n in listed})
    for name in names:
        here = [
            (lang.tag, f"{lang.tag}/{name}.html") for lang in languages if name in pages[lang.tag]
        ]
        dates = {pages[tag][name]["date"] for tag, _ in here}
        date = next(iter(dates)) if len(dates) == 1 else ""
        groups.append((here, date if len(date) == 10 else ""))
    for group, lastmod in groups:
        for _, path in group:
            url = ET.SubElement(urlset, f"{{{SITEMAP}}}url")
            ET.SubElement(url, f"{{{SITEMAP}}}loc").text = site.url + path
            if lastmod:
                ET.SubElement(url, f"{{{SITEMAP}}}lastmod").text = lastmod
            if len(group) > 1:
                for tag, other in group:
                    attrs = {"rel": "alternate", "hreflang": tag, "href": site.url + other}
                    ET.SubElement(url, f"{{{XHTML}}}link", attrs)
    ET.indent(urlset)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(urlset, "unicode") + "\n"


def _copy_assets(
    site: SiteSettings,
    entries: Sequence[PageEntry],
    links: dict[str, list[AssetLink]],
    written: list[tuple[Path, bool]],
) -> list[str]:
    """Put each linked file beside the article's pages in every language; missing ones: findings."""
    findings: list[str] = []
    source = site.root / site.source_dir
    languages: dict[str, list[str]] = {}
    for e in entries:
        languages.setdefault(e.name, []).append(e.language)
    for name, found in sorted(links.items()):
        for link in found:
            where = f"{link.path}:{link.line}"
            if not link.target:
                findings.append(f"{where}: link {link.written!r} leaves {site.source_dir}/")
                continue
            file = source / link.target
            if not file.is_file():
                findings.append(f"{where}: link target {link.written!r} not found")
                continue
            if file.suffix.lower() in SUFFIXES:
                continue  # another article: its editions are built, not copied
            data = file.read_bytes()
            first: Path | None = None
            for tag in languages.get(name, []):
                dest = site.out / tag / link.target
                first = _place(dest, data, first, written)
    return findings


def _place(dest: Path, data: bytes, first: Path | None, written: list[tuple[Path, bool]]) -> Path:
    """Write `data` at `dest`: a hard link to `first` (one file on disk) when it can be."""
    if first is None or not hasattr(os, "link"):
        written.append((dest, write_atomic(dest, data)))
        return dest
    try:
        if dest.exists() and os.path.samefile(dest, first):
            written.append((dest, False))
            return first
    except OSError:
        pass
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.parent / f".{dest.name}.{os.getpid()}.tmp"
    try:
        os.link(first, tmp)
        os.replace(tmp, dest)
        written.append((dest, True))
    except OSError:  # another file system, or links refused: a copy does too
        tmp.unlink(missing_ok=True)
        written.append((dest, write_atomic(dest, data)))
    return first


# --- Checking the result ------------------------------------------------------------------------


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.refs: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for key, value in attrs:
            if key in ("href", "src") and value is not None:
                self.refs.append((self.getpos()[0], value))


def broken_links(out: Path) -> list[str]:
    """Every relative link or image of every HTML page under `out` whose target is missing."""
    broken = []
    for page in sorted(out.rglob("*.html")):
        parser = _Refs()
        parser.feed(page.read_text(encoding="utf-8"))
        for line, ref in parser.refs:
            parts = urlsplit(ref)
            if parts.scheme or parts.netloc or not parts.path:
                continue
            target = (page.parent / unquote(parts.path)).resolve()
            if not target.is_file():
                broken.append(f"{page.relative_to(out).as_posix()}:{line}: {ref}")
    return broken
