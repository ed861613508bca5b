"""Open a built page in headless Chromium, screenshot it, and check its language links.

    python scripts/screenshot.py [PAGE] [PNG]

PAGE defaults to build/zh-TW/digest-2024-06-a.html, PNG to the same path with
.png. The page is loaded from disk with networking off, so what the screenshot
shows needs no external asset. Each link of the language switcher is followed
in the DOM Chromium built: its file must exist and declare the language the
link promises (`<html lang>` equal to the link's hreflang). Exit 1 otherwise.
Needs Debian's `chromium` package (apt-get install chromium fonts-noto-cjk).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

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


def main(argv: list[str]) -> int:
    page = Path(argv[0]) if argv else Path("build/zh-TW/digest-2024-06-a.html")
    png = Path(argv[1]) if len(argv) > 1 else page.with_suffix(".png")
    if not page.is_file():
        print(f"no page {page}: run `digestl10n build --all` first", file=sys.stderr)
        return 2
    screenshot(page, png)
    lang, links = language_links(page)
    print(f"screenshot: {png} (page lang={lang})")
    for href, hreflang, text, ok in links:
        print(f"  {'ok' if ok else 'BROKEN'} {hreflang:<8} {href}  {text}")
    return 0 if links and all(ok for *_, ok in links) else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
