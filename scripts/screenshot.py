"""Look at a built site in headless Chromium: screenshots, and what a reader's browser sees.

    python scripts/screenshot.py [BUILD] [LANG]

BUILD defaults to build/, LANG to zh-TW. Writes PNGs of LANG's index and of its
first article at desktop and phone widths into BUILD/screenshots/, then loads
every page of the site in Chromium and checks, in the DOM and layout Chromium
built: every link and image resolves to a file, each language link's target
declares the language it promises, the language switcher lists the same
languages in the same order on every page, and code is set in a monospace
font. Prints what it found; exit 1 on any problem. Pages are loaded from disk
with networking off, so what they show needs no external asset. Needs Debian's
`chromium` package (apt-get install chromium fonts-noto-cjk).
"""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
    "--hide-scrollbars",
]


def _chromium(args: list[str]) -> str:
    with tempfile.TemporaryDirectory(prefix="digestl10n-chromium-") as profile:
        done = subprocess.run(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *args],
            capture_output=True,
            timeout=120,
            check=True,
        )
    return done.stdout.decode("utf-8")


def screenshot(page: Path, png: Path, *, width: int = 1000, height: int = 1400) -> Path:
    """Write a PNG of `page` as Chromium renders it at width × height."""
    png.parent.mkdir(parents=True, exist_ok=True)
    _chromium(
        [
            f"--window-size={width},{height}",
            f"--screenshot={png.resolve()}",
            page.resolve().as_uri(),
        ]
    )
    return png


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.lang: str | None = None
        self.links: list[tuple[str, str, str]] = []  # (href, hreflang, text)
        self._open: dict[str, str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "a" and "hreflang" in a:
            self._open = a
            self.links.append((a["href"], a["hreflang"], ""))

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            href, lang, text = self.links[-1]
            self.links[-1] = (href, lang, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "a":
            self._open = None


def _parse(html: str) -> _Links:
    p = _Links()
    p.feed(html)
    return p


def language_links(page: Path) -> tuple[str | None, list[tuple[str, str, str, bool]]]:
    """The page's `<html lang>` as Chromium parsed it, and each switcher link:
    (href, hreflang, text, True when the target exists and declares that language)."""
    dom = _parse(_chromium(["--dump-dom", page.resolve().as_uri()]))
    out = []
    for href, hreflang, text in dom.links:
        target = (page.parent / href).resolve()
        ok = target.is_file() and _parse(target.read_text(encoding="utf-8")).lang == hreflang
        out.append((href, hreflang, text, ok))
    return dom.lang, out


# Measures in the page itself: a run of "i" and one of "M" are as wide as each
# other only in a monospace font, whatever font-family the style sheet names.
_PROBE = """<script>(() => {
  const width = (host, text) => {
    const s = document.createElement("span");
    s.textContent = text;
    host.append(s);
    const w = s.getBoundingClientRect().width;
    s.remove();
    return w;
  };
  const measure = (el) => [width(el, "iiiiiiiiii"), width(el, "MMMMMMMMMM")];
  const out = {
    lang: document.documentElement.lang,
    switcher: [...document.querySelectorAll("nav.languages li")].map(
      (li) => (li.firstElementChild.getAttribute("hreflang") || li.firstElementChild.lang)
        + " " + li.textContent.trim()),
    links: [...document.querySelectorAll("[href], [src]")].map((e) => [
      e.tagName.toLowerCase(), e.getAttribute("hreflang") || "", e.href || e.src]),
    code: [...document.querySelectorAll("code")].map(measure),
    prose: [...document.querySelectorAll("main p")].slice(0, 1).map(measure),
  };
  const pre = document.createElement("pre");
  pre.id = "digestl10n-probe";
  pre.textContent = JSON.stringify(out);
  document.body.append(pre);
})();</script>"""


def probe(page: Path) -> dict:
    """What Chromium makes of `page`: lang, switcher, links (absolute), code and prose widths.

    The page is copied beside itself with a measuring script added (the site
    has none), so its links, style sheet and language apply unchanged.
    """
    text = page.read_text(encoding="utf-8")
    copy = page.with_name(f".probe-{page.name}")
    copy.write_text(text.replace("</body>", _PROBE + "</body>"), encoding="utf-8")
    try:
        dom = _chromium(["--virtual-time-budget=5000", "--dump-dom", copy.resolve().as_uri()])
    finally:
        copy.unlink(missing_ok=True)
    start = dom.index('<pre id="digestl10n-probe">') + len('<pre id="digestl10n-probe">')
    found = json.loads(html.unescape(dom[start : dom.index("</pre>", start)]))
    found["links"] = [
        (tag, hreflang, _local(url, copy, page)) for tag, hreflang, url in found["links"]
    ]
    return found


def _local(url: str, copy: Path, page: Path) -> str:
    """A file:// URL as a path (the probe's copy read as the page itself); others as they are."""
    parts = urlsplit(url)
    if parts.scheme != "file":
        return url
    path = Path(unquote(parts.path))
    return str(page.resolve() if path == copy.resolve() else path)


def site_problems(build: Path) -> tuple[list[str], int]:
    """Every problem Chromium shows in the site under `build`, and how many pages it loaded."""
    problems = []
    orders: dict[tuple[str, ...], list[str]] = {}
    pages = sorted(p for p in build.rglob("*.html") if not p.name.startswith("."))
    # One Chromium per page, a few at once: each is a separate process with its own profile.
    with ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1)) as pool:
        probed = list(pool.map(probe, pages))
    for page, found in zip(pages, probed, strict=True):
        rel = page.relative_to(build).as_posix()
        for tag, hreflang, target in found["links"]:
            if "://" in target:
                continue  # the web: not this site's to check
            path = Path(target)
            if not path.is_file():
                problems.append(f"{rel}: broken {tag} -> {target}")
            elif hreflang and tag == "a" and _parse(path.read_text("utf-8")).lang != hreflang:
                problems.append(f"{rel}: {target} does not declare lang={hreflang}")
        if found["switcher"]:
            # Compared as the languages' order: a page lists the languages it exists in.
            orders.setdefault(tuple(found["switcher"]), []).append(rel)
        for narrow, wide in found["code"]:
            if abs(narrow - wide) > 0.5:
                problems.append(f"{rel}: code not monospace (iiiii {narrow:.1f}, MMMMM {wide:.1f})")
    # A page lists the languages it exists in: each list must follow the fullest one's order.
    full = max(orders, key=len, default=())
    for order, where in orders.items():
        if [x for x in full if x in order] != list(order):
            problems.append(f"switcher order {order} on {where[0]} differs from {full}")
    return problems, len(pages)


def main(argv: list[str]) -> int:
    build = Path(argv[0]) if argv else Path("build")
    lang = argv[1] if len(argv) > 1 else "zh-TW"
    index = build / lang / "index.html"
    if not index.is_file():
        print(f"no page {index}: run `digestl10n build --all` first", file=sys.stderr)
        return 2
    articles = sorted(
        p
        for p in (build / lang).rglob("*.html")
        if p.name != "index.html" and not p.name.startswith(".")
    )
    shots = build / "screenshots"
    for page, label in ((index, "index"), *((a, "article") for a in articles[:1])):
        for width, height, device in ((1280, 900, "desktop"), (390, 844, "phone")):
            png = screenshot(
                page, shots / f"{lang}-{label}-{device}.png", width=width, height=height
            )
            print(f"screenshot: {png}")
    problems, pages = site_problems(build)
    for problem in problems:
        print(f"  PROBLEM {problem}")
    print(
        f"checked {pages} pages in Chromium: {'no problem' if not problems else 'problems above'}"
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
