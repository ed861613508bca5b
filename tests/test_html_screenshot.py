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


CODE_PAGE = """\
# 安装与使用

运行 `pip install digestl10n` 即可安装,然后执行:

```sh
digestl10n build --all
```
"""


def _site(root: Path) -> Path:
    """A new project with two Chinese articles (one with code), built in every language."""
    runner = CliRunner()
    init = runner.invoke(main, ["-C", str(root), "init", "--target", "en,zh-TW,zh-HK"])
    assert init.exit_code == 0, init.output
    folder = root / "source" / "2024"
    folder.mkdir(parents=True)
    (folder / "install.md").write_text(CODE_PAGE, encoding="utf-8")
    (folder / "news.md").write_text("# 新闻\n\n本月[安装说明](install.md)已更新。\n", "utf-8")
    for args in (["extract"], ["build", "--all"]):
        result = runner.invoke(main, ["-C", str(root), *args])
        assert result.exit_code == 0, result.output
    return root / "build"


def test_the_site_in_chromium_code_monospace_switcher_stable_links_resolve(tmp_path, capsys):
    shot = _script()
    build = _site(tmp_path)
    page = build / "zh-TW" / "2024" / "install.html"
    found = shot.probe(page)
    assert found["lang"] == "zh-TW"
    # Measured in Chromium's layout: "iiiii" as wide as "MMMMM" in the code only.
    assert len(found["code"]) == 2
    assert all(abs(narrow - wide) < 0.5 for narrow, wide in found["code"]), found["code"]
    [(narrow, wide)] = found["prose"]
    assert wide > narrow * 1.5  # the measure tells a proportional font apart

    assert shot.main([str(build), "zh-TW"]) == 0
    out = capsys.readouterr().out
    assert "checked 13 pages in Chromium: no problem" in out
    for name in ("index", "article"):
        for device in ("desktop", "phone"):
            png = build / "screenshots" / f"zh-TW-{name}-{device}.png"
            assert png.read_bytes().startswith(b"\x89PNG\r\n\x1a\n"), png


def test_the_chromium_checks_see_proportional_code_and_a_broken_link(tmp_path):
    shot = _script()
    build = _site(tmp_path)
    # The rule the issue found: a :lang() font rule outranks a bare `code` selector.
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "style.css").write_text(
        "code{font-family:monospace}:lang(zh-TW){font-family:sans-serif}", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["-C", str(tmp_path), "build", "--lang", "zh-TW"])
    assert result.exit_code == 0, result.output
    found = shot.probe(build / "zh-TW" / "2024" / "install.html")
    # The code block (no fallback lang on it) falls to the :lang(zh-TW) rule.
    assert abs(found["code"][1][0] - found["code"][1][1]) > 5, found["code"]
    (build / "en" / "2024" / "install.html").unlink()
    problems, _ = shot.site_problems(build)
    assert any("code not monospace" in p for p in problems)
    assert any(p.startswith("en/2024/news.html: broken a -> ") for p in problems), problems
