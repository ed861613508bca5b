"""`make demo` on a copy of the bundled project: the site, where to open it, the screenshots."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.skipif(shutil.which("make") is None, reason="needs make")
def test_make_demo_builds_the_site_and_says_where_to_open_it(tmp_path):
    for name in ("Makefile", "pyproject.toml", "glossary.tsv"):
        shutil.copy(ROOT / name, tmp_path / name)
    for name in ("source", "locales", "scripts"):
        shutil.copytree(ROOT / name, tmp_path / name)
    (tmp_path / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    # -o: the environment running these tests is installed already; never re-install it here.
    done = subprocess.run(
        ["make", "-o", ".venv/.installed", "demo"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "Demo site: build/index.html" in out
    assert f"open file://{tmp_path}/build/index.html in a browser" in out
    build = tmp_path / "build"
    for lang in ("zh-Hans", "en", "zh-Hant", "zh-TW", "zh-HK"):
        assert (build / lang / "index.html").is_file() and (build / lang / "feed.xml").is_file()
        assert (build / lang / "digest-2024-06-a.html").is_file()
    assert (build / "index.html").is_file() and (build / "sitemap.xml").is_file()
    shots = sorted(p.name for p in (build / "screenshots").glob("*.png"))
    if CHROMIUM.exists():
        assert shots == [
            "zh-TW-article-desktop.png",
            "zh-TW-article-phone.png",
            "zh-TW-index-desktop.png",
            "zh-TW-index-phone.png",
        ]
        assert "checked 11 pages in Chromium: no problem" in out
    else:
        assert shots == [] and "no /usr/bin/chromium" in out
