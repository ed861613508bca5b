"""The zh-TW page of the bundled digest in headless Chromium: Traditional Chinese, working links."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from digestl10n.cli import main

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="needs Debian's chromium (/usr/bin/chromium)"
)


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("screenshot", ROOT / "scripts" / "screenshot.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_zh_tw_page_in_chromium(project, tmp_path):
    pyproject = project / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8")
        + '\n[tool.digestl10n.variants]\nzh-Hant = { base = "zh-Hans", opencc = "s2t" }\n'
        'zh-TW = { base = "zh-Hans", opencc = "s2twp" }\n'
        'zh-HK = { base = "zh-Hans", opencc = "s2hk" }\n',
        encoding="utf-8",
    )
    runner = CliRunner()
    assert runner.invoke(main, ["-C", str(project), "extract"]).exit_code == 0
    assert runner.invoke(main, ["-C", str(project), "build", "--all"]).exit_code == 0
    page = project / "build" / "zh-TW" / "digest-2024-06-a.html"
    shot = _script()

    png = shot.screenshot(page, tmp_path / "zh-TW.png")
    data = png.read_bytes()
    assert (
        data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000
    )  # a rendered page, not a blank

    lang, links = shot.language_links(page)
    assert lang == "zh-TW"
    assert {hreflang for _, hreflang, _, _ in links} == {"zh-Hans", "en", "zh-Hant", "zh-HK"}
    assert all(ok for *_, ok in links), links
    text = page.read_text(encoding="utf-8")
    # Traditional Chinese, with Taiwan's phrasing (s2twp): 資訊 for 信息, 使用者 for 用户.
    assert "大語言模型" in text or "大型語言模型" in text
    assert "自動評估框架" in text and "使用者查詢" in text and "任務資訊" in text
    assert not re.search("[这们发评]", text.split("<main>")[1])
