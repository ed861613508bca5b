"""`digestl10n build` on the command line: files, exit codes, thresholds, nothing half-written."""

from __future__ import annotations

from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from digestl10n.cli import main
from digestl10n.po import format_po, parse_po

ARTICLE = "digest-2024-06-a"
EN_PO = f"locales/en/LC_MESSAGES/{ARTICLE}.po"
VARIANTS = """
[tool.digestl10n.variants]
zh-Hant = { base = "zh-Hans", opencc = "s2t" }
zh-TW = { base = "zh-Hans", opencc = "s2twp" }
zh-HK = { base = "zh-Hans", opencc = "s2hk" }
"""


def cli(project: Path, *args: str):
    return CliRunner().invoke(main, ["-C", str(project), *args], catch_exceptions=False)


def extract(project: Path) -> None:
    result = cli(project, "extract")
    assert result.exit_code == 0, result.output


def add_zh_hant(project: Path) -> None:
    with (project / "pyproject.toml").open("a", encoding="utf-8") as f:
        f.write('\n[tool.digestl10n.variants]\nzh-Hant = { base = "zh-Hans", opencc = "s2t" }\n')


def extracted(project: Path, name: str, source: str) -> str:
    """The template of a new Markdown article `name` after an extract."""
    (project / "source" / f"{name}.md").write_text(source, encoding="utf-8")
    extract(project)
    return (project / "locales" / f"{name}.pot").read_text(encoding="utf-8")


def edit_po(project: Path, rel: str, change) -> None:  # type: ignore[no-untyped-def]
    path = project / rel
    po = parse_po(path.read_text(encoding="utf-8"), rel)
    for e in po:
        if not e.obsolete and e.msgid:
            change(e)
    path.write_text(format_po(po), encoding="utf-8")


def files(folder: Path) -> list[str]:
    return (
        sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
        if folder.exists()
        else []
    )


def test_build_writes_text_html_and_mo_and_prints_the_paths(project):
    extract(project)
    edit_po(project, EN_PO, lambda e: setattr(e, "msgstr", "EN " + e.msgid))
    result = cli(project, "build", "--lang", "en")
    assert result.exit_code == 0, result.output
    assert files(project / "build") == [
        ".digestl10n-site.json",  # what the site lists, kept across partial builds
        f"en/LC_MESSAGES/{ARTICLE}.mo",
        f"en/{ARTICLE}.html",
        f"en/{ARTICLE}.txt",
        "en/feed.xml",
        "en/index.html",
        "index.html",
        "sitemap.xml",
        f"zh-Hans/{ARTICLE}.html",  # the original, so the switcher's link to it works
        "zh-Hans/feed.xml",
        "zh-Hans/index.html",
    ]
    out = result.output
    assert "11 file(s) written, 0 unchanged" in out and "  wrote" not in out
    verbose = cli(project, "build", "--lang", "en", "-v").output
    for rel in files(project / "build"):
        assert f"  unchanged {(project / 'build' / rel).as_posix()}\n" in verbose
    assert "en: 1 article, 100.0% translated, no fallback" in out
    text = (project / "build" / "en" / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    assert text.startswith("EN 大语言模型(LLMs)在近年来取得了快速发展。")
    assert "1、EN WildBench:" in text and "打开网易新闻" not in text
    again = cli(project, "build", "--lang", "en")
    assert again.exit_code == 0 and "0 file(s) written, 11 unchanged" in again.output


def test_identity_through_the_cli_with_keep_noise(project):
    extract(project)
    edit_po(project, EN_PO, lambda e: setattr(e, "msgstr", e.msgid))
    result = cli(project, "build", "--lang", "en", "--keep-noise")
    assert result.exit_code == 0, result.output
    built = (project / "build" / "en" / f"{ARTICLE}.txt").read_bytes()
    assert built == (project / "source" / f"{ARTICLE}.txt").read_bytes()


def test_fallbacks_are_counted_in_the_summary(project):
    extract(project)
    seen = []

    def half(e: polib.POEntry) -> None:
        seen.append(e)
        if len(seen) % 2:
            e.msgstr = "EN " + e.msgid
        elif len(seen) % 4 == 0:
            e.msgstr = "EN?"
            e.flags.append("fuzzy")

    edit_po(project, EN_PO, half)
    result = cli(project, "build", "--lang", "en")
    assert result.exit_code == 0
    # 139 units: 70 translated, 34 fuzzy, 35 untranslated.
    assert (
        "en: 1 article, 50.4% translated, "
        "69 unit(s) fell back to the source text (34 fuzzy, 35 untranslated)" in result.output
    )


def test_below_min_complete_a_language_is_not_built_and_the_run_fails(project):
    extract(project)
    edit_po(
        project, EN_PO, lambda e: setattr(e, "msgstr", "EN " + e.msgid) if e.linenum % 3 else None
    )
    result = CliRunner().invoke(
        main, ["-C", str(project), "build", "--all", "--min-complete", "90"]
    )
    assert result.exit_code == 1
    assert (
        "Error: not built: en, zh-HK, zh-Hant, zh-TW (min_complete 90%; see above)" in result.stderr
    )
    first = result.stderr.splitlines()[0]
    assert (
        first.startswith("en: source/digest-2024-06-a.txt: ")
        and "translated, below min_complete 90%" in first
    )
    assert f"catalog {EN_PO}" in first
    assert "untranslated: " in result.stderr and "… and " in result.stderr
    assert not (project / "build" / "en").exists()
    # The threshold from config works the same, and a lower one lets en through.
    pyproject = project / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8") + "min_complete = 50\n", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["-C", str(project), "build", "--all"])
    assert (
        result.exit_code == 1
        and "Error: not built: zh-HK, zh-Hant, zh-TW (min_complete 50%" in result.stderr
    )
    assert (project / "build" / "en" / f"{ARTICLE}.txt").is_file()
    assert cli(project, "build", "--lang", "en", "--min-complete", "0").exit_code == 0


def test_strict_fails_on_a_single_fallback(project):
    extract(project)
    edit_po(
        project,
        EN_PO,
        lambda e: setattr(e, "msgstr", "" if e.msgid.startswith("WildBench是") else "EN"),
    )
    result = CliRunner().invoke(main, ["-C", str(project), "build", "--lang", "en", "--strict"])
    assert result.exit_code == 1
    assert (
        "en: source/digest-2024-06-a.txt: --strict: 1 unit(s) would fall back (1 untranslated)"
        in result.stderr
    )
    assert (
        "source/digest-2024-06-a.txt:9: untranslated: WildBench是一个自动评估框架" in result.stderr
    )
    assert not (project / "build").exists()
    assert cli(project, "build", "--lang", "en").exit_code == 0


def test_variants_fall_back_to_their_conversion(project):
    (project / "pyproject.toml").write_text(
        (project / "pyproject.toml").read_text(encoding="utf-8") + VARIANTS, encoding="utf-8"
    )
    result = cli(project, "build", "--lang", "zh-TW", "--strict")  # no catalogs yet
    assert result.exit_code == 1
    result = cli(project, "build", "--lang", "zh-TW")
    assert result.exit_code == 0
    assert (
        "zh-TW: 1 article, 0.0% translated, 139 unit(s) fell back to its OpenCC conversion"
        in result.output
    )
    text = (project / "build" / "zh-TW" / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    assert "WildBench是一個自動評估框架" in text
    extract(project)  # fills the variant catalogs by OpenCC: nothing falls back any more
    result = cli(project, "build", "--lang", "zh-TW", "--strict")
    assert result.exit_code == 0, result.output
    html = (project / "build" / "zh-TW" / f"{ARTICLE}.html").read_text(encoding="utf-8")
    assert '<html lang="zh-TW"' in html and "自動評估框架" in html


def test_without_a_language_it_is_a_usage_error(project):
    result = CliRunner().invoke(main, ["-C", str(project), "build"])
    assert result.exit_code == 2
    assert "--lang L (repeatable) or --all" in result.stderr
    result = CliRunner().invoke(main, ["-C", str(project), "build", "--all", "--lang", "en"])
    assert result.exit_code == 2 and "not both" in result.stderr
    result = CliRunner().invoke(main, ["-C", str(project), "build", "--lang", "zh-XX"])
    assert result.exit_code == 2 and "Error:" in result.stderr


def test_a_broken_catalog_is_one_error_line_and_nothing_is_written(project):
    extract(project)
    edit_po(project, EN_PO, lambda e: setattr(e, "msgstr", "EN " + e.msgid))
    broken = project / "locales" / "zh_TW" / "LC_MESSAGES" / f"{ARTICLE}.po"
    broken.write_text(
        broken.read_text(encoding="utf-8") + '\nmsgid "unterminated\n', encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["-C", str(project), "build", "--all"])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: locales/zh_TW/LC_MESSAGES/{ARTICLE}.po:")
    assert len(result.stderr.splitlines()) == 1
    assert files(project / "build") == []  # not even the en edition built before the error


def test_out_and_article_options(project, tmp_path):
    extract(project)
    out = tmp_path / "site"
    result = cli(project, "build", "--lang", "en", "--article", ARTICLE, "--out", str(out))
    assert result.exit_code == 0
    assert (out / "en" / f"{ARTICLE}.html").is_file() and not (project / "build").exists()
    result = CliRunner().invoke(
        main, ["-C", str(project), "build", "--lang", "en", "--article", "nope"]
    )
    assert result.exit_code == 2 and "no article 'nope'" in result.stderr


def test_pages_link_every_language_built(project):
    extract(project)
    cli(project, "build", "--lang", "en")
    result = cli(project, "build", "--lang", "zh-TW")
    assert result.exit_code == 0
    html = (project / "build" / "zh-TW" / f"{ARTICLE}.html").read_text(encoding="utf-8")
    # en was built by the earlier run: still linked; zh-HK never was: not linked.
    assert f'href="../en/{ARTICLE}.html"' in html and f'href="../zh-Hans/{ARTICLE}.html"' in html
    assert "../zh-HK/" not in html


def test_no_progress_bar_when_not_on_a_terminal(project):
    extract(project)
    (project / "source" / "second.txt").write_text("第二篇。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["-C", str(project), "build", "--lang", "en"])
    assert result.exit_code == 0
    assert "building" not in result.output and "building" not in result.stderr
    assert "en: 2 articles" in result.output


@pytest.mark.parametrize("flag", ["--keep-noise", None])
def test_noise_policy_on_the_command_line(project, flag):
    args = ["build", "--lang", "en", *([flag] if flag else [])]
    assert cli(project, *args).exit_code == 0
    text = (project / "build" / "en" / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    html = (project / "build" / "en" / f"{ARTICLE}.html").read_text(encoding="utf-8")
    assert ("打开网易新闻" in text) == bool(flag)
    assert ("打开网易新闻" in html) == bool(flag)


def test_a_noise_line_first_in_a_list_item_keeps_the_list_in_every_edition(project):
    # The noise line took the item's marker with it: the item's second line became a
    # paragraph of its own, outside the list, in the Markdown and in the page.
    add_zh_hant(project)
    (project / "source" / "list.md").write_text(
        "# 周刊\n\n- 打开网易新闻 查看更多图片\n  这是条目的内容。\n- 第二条\n", encoding="utf-8"
    )
    assert cli(project, "extract").exit_code == 0
    assert cli(project, "build", "--lang", "zh-Hant").exit_code == 0
    edition = (project / "build" / "zh-Hant" / "list.md").read_text(encoding="utf-8")
    assert edition == "# 週刊\n\n- 這是條目的內容。\n- 第二條\n"
    html = (project / "build" / "zh-Hant" / "list.html").read_text(encoding="utf-8")
    assert "<li>這是條目的內容。</li>" in html and "打开网易新闻" not in html


def test_html_in_a_quote_and_a_tag_over_lines_give_translators_text_only(project):
    # The quoted line's unit held its "> " (translated, the line left the quote), and
    # each attribute line of the <img> was a unit of its own.
    pot = extracted(
        project,
        "html",
        "> <div>\n> 中文说明\n> </div>\n\n"
        '<p align="center">\n  <img\n    src="https://example.com/a.png"\n'
        '    width="300">\n  图片说明\n</p>\n',
    )
    assert 'msgid "中文说明"' in pot and 'msgid "图片说明"' in pot
    assert "width" not in pot and "example.com" not in pot
    edit_po(project, "locales/en/LC_MESSAGES/html.po", lambda e: setattr(e, "msgstr", "Note"))
    assert cli(project, "build", "--lang", "en").exit_code == 0
    edition = (project / "build" / "en" / "html.md").read_text(encoding="utf-8")
    assert edition == (
        "> <div>\n> Note\n> </div>\n\n"
        '<p align="center">\n  <img\n    src="https://example.com/a.png"\n'
        '    width="300">\n  Note\n</p>\n'
    )


def test_footnotes_and_what_only_looks_like_a_link_build_in_every_edition(project):
    # Real translated articles: each footnote definition was merged into one unit with
    # the next (its line break lost in a translation), its text taken for a missing
    # link target ("link target '译注:' not found", the build refused the article),
    # and a converted reference label no longer found its definition. A Hugo
    # shortcode and a line that is no definition were taken for links too.
    add_zh_hant(project)
    pot = extracted(
        project,
        "notes",
        '缩进不重要[^1]，缓存[^注释]。详见[第十二章]({{< relref "../ch12/_index.md" >}})。\n\n'
        "[^1]: 译注: 这里是指语法\n[^注释]: 译注： 缓存默认生效\n\n[注]: 原文脚注 1：严格来说。\n",
    )
    assert 'msgid "译注: 这里是指语法"' in pot and 'msgid "译注： 缓存默认生效"' in pot
    edit_po(
        project,
        "locales/en/LC_MESSAGES/notes.po",
        lambda e: setattr(e, "msgstr", {"译注: 这里是指语法": "TN: syntax"}.get(e.msgid, "")),
    )
    result = cli(project, "build", "--lang", "zh-Hant", "--lang", "en")
    assert result.exit_code == 0, result.output
    edition = (project / "build" / "zh-Hant" / "notes.md").read_text(encoding="utf-8")
    assert edition == (
        '縮進不重要[^1]，緩存[^注释]。詳見[第十二章]({{< relref "../ch12/_index.md" >}})。\n\n'
        "[^1]: 譯註: 這裏是指語法\n[^注释]: 譯註： 緩存默認生效\n\n[注]: 原文腳註 1：嚴格來說。\n"
    )
    html = (project / "build" / "zh-Hant" / "notes.html").read_text(encoding="utf-8")
    assert html.count('class="footnote-item"') == 2 and "譯註： 緩存默認生效" in html
    english = (project / "build" / "en" / "notes.md").read_text(encoding="utf-8")
    assert "[^1]: TN: syntax\n[^注释]: 译注： 缓存默认生效\n" in english
    check = cli(project, "check", "--lang", "zh-Hant")
    assert check.exit_code == 0, check.output


def _three_articles(project: Path) -> None:
    seed = (project / "source" / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    for n in (1, 2):
        (project / "source" / f"copy-{n}.txt").write_text(
            seed.replace("2024", f"202{n}"), encoding="utf-8"
        )
    extract(project)


def test_worker_processes_build_the_same_files(project, tmp_path, monkeypatch):
    import digestl10n.publish as build_cli

    _three_articles(project)
    one = cli(project, "build", "--all", "--out", str(tmp_path / "one"))
    monkeypatch.setattr(build_cli, "PARALLEL_MIN", 2)
    many = cli(project, "build", "--all", "--out", str(tmp_path / "many"))
    assert one.exit_code == many.exit_code == 0
    assert many.output.replace("/many/", "/one/") == one.output
    names = files(tmp_path / "one")
    # Per article: the source edition and its page, three files for each of 4 targets;
    # per language an index and a feed; the root page, the sitemap and the site manifest.
    assert names == files(tmp_path / "many") and len(names) == 3 * (2 + 4 * 3) + 5 * 2 + 3
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "many" / name).read_bytes()


def test_the_source_language_builds_the_source_edition(project):
    result = cli(project, "build", "--lang", "zh-Hans")
    assert result.exit_code == 0, result.output
    edition = (project / "build" / "zh-Hans" / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    seed = (project / "source" / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    assert "打开网易新闻" in seed and "打开网易新闻" not in edition  # noise dropped
    assert (project / "build" / "zh-Hans" / f"{ARTICLE}.html").is_file()
    assert not (project / "build" / "en").exists()
    with_noise = cli(project, "build", "--lang", "zh-Hans", "--keep-noise")
    assert with_noise.exit_code == 0
    kept = (project / "build" / "zh-Hans" / f"{ARTICLE}.txt").read_bytes()
    assert kept == (project / "source" / f"{ARTICLE}.txt").read_bytes()


def test_worker_processes_leave_nothing_behind_on_an_input_error(project, monkeypatch):
    import digestl10n.publish as build_cli

    _three_articles(project)
    broken = project / "locales" / "en" / "LC_MESSAGES" / "copy-2.po"
    broken.write_text(broken.read_text(encoding="utf-8") + '\nmsgid "x\n', encoding="utf-8")
    monkeypatch.setattr(build_cli, "PARALLEL_MIN", 2)
    result = CliRunner().invoke(main, ["-C", str(project), "build", "--all"])
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: locales/en/LC_MESSAGES/copy-2.po:")
    assert files(project / "build") == []


def test_a_refused_language_leaves_no_page_and_no_link(project):
    """A language built once, then refused: its old pages go, and no switcher links to them."""
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text(encoding="utf-8") + VARIANTS, encoding="utf-8")
    extract(project)
    edit_po(project, EN_PO, lambda e: setattr(e, "msgstr", "EN " + e.msgid))
    assert cli(project, "build", "--all").exit_code == 0
    assert f"zh-TW/{ARTICLE}.html" in files(project / "build")
    assert f"../zh-TW/{ARTICLE}.html" in (project / "build" / "en" / f"{ARTICLE}.html").read_text()

    tw = f"locales/zh_TW/LC_MESSAGES/{ARTICLE}.po"
    edit_po(project, tw, lambda e: setattr(e, "msgstr", "") if e.linenum % 2 else None)
    result = CliRunner().invoke(
        main, ["-C", str(project), "build", "--all", "--min-complete", "90"]
    )
    assert result.exit_code == 1 and "Error: not built: zh-TW" in result.stderr
    assert f"build/zh-TW/{ARTICLE}.html (its language is not built)" in result.output
    built = files(project / "build")
    assert not [f for f in built if f.startswith("zh-TW/")], built
    assert f"zh-Hant/{ARTICLE}.html" in built
    for page in (project / "build").rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        assert "/zh-TW/" not in html and 'hreflang="zh-TW"' not in html, page
        if page.parent == project / "build":  # the root page links each language's index
            assert 'href="zh-Hant/index.html"' in html, page
        else:
            assert "/zh-Hant/" in html or page.parent.name == "zh-Hant", page
