"""Editions: fallbacks, thresholds, noise, identity, and containment of what translators type."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import polib
import pytest
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from digestl10n.build import Reason, converter_for, judge, localize, original
from digestl10n.config import Variant
from digestl10n.languages import parse_language
from digestl10n.model import Article, UnitKind
from digestl10n.render import document
from digestl10n.render.html import Alternate, page
from digestl10n.render.markdown import contain_markdown, yaml_scalar
from digestl10n.render.mo import compile_mo
from digestl10n.segment import parse_article

from .conftest import NOISE, needs_gettext

DATA = Path(__file__).parent / "data" / "build"
EN = parse_language("en")
HANS = parse_language("zh-Hans")
TW = parse_language("zh-TW")
HANT = parse_language("zh-Hant")


def article(name: str) -> Article:
    path = DATA / name
    return parse_article(
        path.read_bytes().decode("utf-8"), name=path.stem, path=f"source/{name}", noise=NOISE
    )


def catalog_of(
    art: Article, msgstr: Callable[[str], str], *, fuzzy: Callable[[str], bool] = lambda _: False
) -> polib.POFile:
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "en"}
    for text in dict.fromkeys(u.text for u in art.units):
        po.append(
            polib.POEntry(msgid=text, msgstr=msgstr(text), flags=["fuzzy"] if fuzzy(text) else [])
        )
    return po


def mini_en() -> polib.POFile:
    return polib.pofile(str(DATA / "mini.en.po"))


# --- fallback policy --------------------------------------------------------------------------


def test_fallbacks_are_counted_by_reason_and_show_the_source():
    art = article("mini.txt")
    edition = localize(art, EN, mini_en())
    reasons = Counter(f.reason for f in edition.fallbacks)
    assert reasons == {Reason.FUZZY: 1, Reason.UNTRANSLATED: 1}
    assert edition.total == 9 and edition.translated == 7
    assert round(edition.complete, 1) == 77.8
    by_text = dict(zip((u.text for u in art.units), edition.texts, strict=True))
    # A fuzzy translation is not published: the source stands in for it.
    assert (
        by_text["WildBench是一个自动评估框架,包含1,024个任务。"]
        == "WildBench是一个自动评估框架,包含1,024个任务。"
    )
    assert by_text["进展与基准"] == "Progress and benchmarks"
    text = document(edition)
    assert "WildBench is an evaluation framework." not in text
    assert "开发治疗方法是一个漫长且昂贵的过程。" in text


def test_a_unit_missing_from_a_stale_catalog_falls_back_as_not_in_catalog():
    art = article("mini.txt")
    po = mini_en()
    po.remove(po.find("进展与基准"))
    edition = localize(art, EN, po)
    assert Counter(f.reason for f in edition.fallbacks)[Reason.MISSING] == 1
    no_catalog = localize(art, EN, None)
    assert len(no_catalog.fallbacks) == 9 and no_catalog.complete == 0
    assert {f.reason for f in no_catalog.fallbacks} == {Reason.UNTRANSLATED}


def test_white_space_msgstr_is_untranslated_not_an_empty_block():
    art = article("mini.txt")
    edition = localize(art, EN, catalog_of(art, lambda t: " \u3000 "))
    assert len(edition.fallbacks) == 9
    assert document(edition, keep_noise=True) == art.source


def test_a_variant_falls_back_to_its_conversion_not_the_simplified_source():
    art = article("mini.txt")
    variant = Variant(TW, HANS, "s2twp")
    po = catalog_of(art, lambda t: "")  # nothing converted or reviewed yet
    edition = localize(art, TW, po, variant=variant, convert=converter_for(variant))
    assert all(f.converted for f in edition.fallbacks) and len(edition.fallbacks) == 9
    text = document(edition)
    assert "開發治療方法是一個漫長且昂貴的過程。" in text
    assert "开发" not in text


def test_a_variant_of_a_translation_converts_the_base_translation():
    art = article("mini.txt")
    variant = Variant(HANT, HANS, "s2t")
    base = catalog_of(art, lambda t: "简体译文" if t == "进展与基准" else "")
    edition = localize(art, HANT, None, variant=variant, base=base, convert=converter_for(variant))
    texts = dict(zip((u.text for u in art.units), edition.texts, strict=True))
    assert texts["进展与基准"] == "簡體譯文"  # the base's translation, converted
    assert texts["作者:Youssef Hosni"] == "作者:Youssef Hosni"


# --- thresholds -------------------------------------------------------------------------------


def test_threshold_fails_a_language_below_it_with_a_report_of_what_is_missing():
    edition = localize(article("mini.txt"), EN, mini_en())
    assert judge(edition, min_complete=77) is None
    shortfall = judge(edition, min_complete=80)
    assert shortfall is not None
    report = shortfall.report()
    assert report.splitlines()[0] == (
        "en: source/mini.txt: 77.8% translated, below min_complete 80% (1 fuzzy, 1 untranslated); "
        "no catalog yet: run `digestl10n extract`"
    )
    assert "  source/mini.txt:9: fuzzy: WildBench是一个自动评估框架,包含1,024个任务。" in report
    assert "  source/mini.txt:17: untranslated: 开发治疗方法是一个漫长且昂贵的过程。" in report


def test_strict_turns_any_fallback_into_a_failure():
    art = article("mini.txt")
    edition = localize(art, EN, mini_en(), catalog_path="locales/en/LC_MESSAGES/mini.po")
    shortfall = judge(edition, min_complete=0, strict=True)
    assert shortfall is not None
    assert "--strict: 2 unit(s) would fall back" in shortfall.report()
    assert "catalog locales/en/LC_MESSAGES/mini.po" in shortfall.report()
    complete = localize(art, EN, catalog_of(art, lambda t: "x " + t))
    assert judge(complete, min_complete=100, strict=True) is None


def test_report_lists_at_most_limit_units():
    edition = localize(article("mini.txt"), EN, None)
    report = judge(edition, min_complete=50).report(limit=3)  # type: ignore[union-attr]
    assert report.count("\n  source/mini.txt:") == 3 and report.endswith("… and 6 more")


# --- noise policy and identity ----------------------------------------------------------------


def test_noise_is_dropped_from_editions_unless_kept(seed_text):
    art = parse_article(seed_text, name="d", path="source/d.txt", noise=NOISE)
    edition = localize(art, EN, None)
    dropped = document(edition)
    assert "打开网易新闻" not in dropped
    assert "\n\n\n" not in dropped  # the blank line around a noise line goes with it
    assert dropped == seed_text.replace("打开网易新闻 查看更多图片\n\n", "")
    assert document(edition, keep_noise=True).count("打开网易新闻 查看更多图片") == 29


def test_noise_is_dropped_from_markdown_editions_and_pages():
    art = article("mini.md")
    edition = localize(art, EN, None)
    assert "打开网易新闻" not in document(edition)
    assert "打开网易新闻" not in page(edition, [])
    assert "打开网易新闻" in page(edition, [], keep_noise=True)


def test_identity_on_the_bundled_digest(seed_text):
    art = parse_article(seed_text, name="d", path="source/d.txt", noise=NOISE)
    edition = localize(art, EN, catalog_of(art, lambda t: t))
    assert not edition.fallbacks
    assert document(edition, keep_noise=True).encode("utf-8") == seed_text.encode("utf-8")


@pytest.mark.parametrize("name", ["mini.txt", "mini.md"])
def test_identity_on_fixtures_with_crlf(name):
    source = (DATA / name).read_bytes().decode("utf-8").replace("\n", "\r\n")
    art = parse_article(source, name="m", path=f"source/m{Path(name).suffix}", noise=NOISE)
    edition = localize(art, TW, catalog_of(art, lambda t: t))
    assert document(edition, keep_noise=True) == source


# --- containment ------------------------------------------------------------------------------


def _blocks(md: str) -> list[str]:
    """The block structure a CommonMark renderer that allows HTML would build."""
    tokens = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).parse(md)
    return [f"{t.type}:{t.tag}" for t in tokens if t.type != "inline"]


HOSTILE = [
    "# 标题",
    "> 引用",
    "- 列表",
    "1. 编号",
    "第一行\n\n## 第二段\n- 列表",
    "<script>alert(1)</script>",
    "<div onclick=x>块</div>",
    "```\n代码",
    "a | b\n--- | ---",
    "文字\n===",
    "[x]: https://evil.example",
    "    缩进代码",
    "结尾\\",
    "* * *",
]


@pytest.mark.parametrize("msgstr", HOSTILE)
def test_markdown_msgstr_cannot_restructure_the_page(msgstr):
    art = article("mini.md")
    edition = localize(art, EN, catalog_of(art, lambda t: msgstr))
    out = document(edition, keep_noise=True)
    assert _blocks(out) == _blocks(art.source)
    html = page(edition, [])
    assert "<script>" not in html and "<div onclick" not in html


def test_script_in_markdown_shows_as_text_in_the_page():
    art = article("mini.md")
    edition = localize(
        art,
        EN,
        catalog_of(
            art, lambda t: "见 <script>alert(1)</script> 和 **粗体** [链接](https://example.com)"
        ),
    )
    html = page(edition, [])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<strong>粗体</strong>" in html and '<a href="https://example.com">链接</a>' in html
    md = document(edition)
    assert "\\<script>" in md  # escaped for any renderer, HTML-enabled or not


def test_markdown_line_break_is_a_hard_break_inside_the_same_block():
    art = article("mini.md")
    unit = next(u for u in art.units if u.kind is UnitKind.BLOCKQUOTE)
    edition = localize(art, EN, catalog_of(art, lambda t: "一行\n> 二行" if t == unit.text else t))
    out = document(edition, keep_noise=True)
    assert "> 一行\\\n> \\> 二行\n" in out
    assert _blocks(out) == _blocks(art.source)
    item = next(u for u in art.units if u.kind is UnitKind.LIST_ITEM)
    assert contain_markdown(art, item, "a\nb") == "a\\\nb"


def test_markdown_special_places_are_contained():
    art = article("mini.md")
    cell = next(u for u in art.units if u.kind is UnitKind.TABLE_CELL)
    alt = next(u for u in art.units if u.kind is UnitKind.IMAGE_ALT)
    heading = next(u for u in art.units if u.kind is UnitKind.HEADING)
    front = next(u for u in art.units if u.kind is UnitKind.FRONT_MATTER)
    assert contain_markdown(art, cell, "a | b\nc") == "a \\| b c"
    assert contain_markdown(art, alt, "x] (y) [z") == "x\\] (y) \\[z"
    assert contain_markdown(art, heading, "Title #\nmore") == "Title # more"
    assert contain_markdown(art, heading, "Title #") == "Title \\#"
    assert contain_markdown(art, front, "Papers: June") == '"Papers: June"'
    assert yaml_scalar('say "hi"', '"') == 'say \\"hi\\"'
    assert yaml_scalar("it's", "'") == "it''s"
    assert yaml_scalar("true", "") == '"true"'


def test_plain_text_msgstr_cannot_open_a_new_block():
    art = article("mini.txt")
    edition = localize(art, EN, catalog_of(art, lambda t: "第一行\n\n\n第二行\r\n  \n第三行"))
    out = document(edition, keep_noise=True)
    assert out.count("\n\n") == art.source.count("\n\n")
    assert "第一行\n第二行\n第三行" in out
    # A line break in a bullet keeps the item's indent.
    assert "  • 第一行\n    第二行\n    第三行\n" in out


def test_plain_text_line_breaks_follow_the_source_line_ending():
    source = (DATA / "mini.txt").read_bytes().decode("utf-8").replace("\n", "\r\n")
    art = parse_article(source, name="m", path="source/m.txt", noise=NOISE)
    out = document(localize(art, EN, catalog_of(art, lambda t: "一\n二")))
    assert "\n" not in out.replace("\r\n", "")


# --- HTML page --------------------------------------------------------------------------------


def test_page_has_lang_alternates_switcher_and_no_external_asset():
    art = article("mini.txt")
    edition = localize(art, TW, catalog_of(art, lambda t: t + "（譯）"))
    alternates = [Alternate(lang, f"../{lang.tag}/mini.html") for lang in (HANS, EN, TW)]
    html = page(edition, alternates, source_language=HANS)
    assert html.startswith('<!DOCTYPE html>\n<html lang="zh-TW" dir="ltr">')
    for lang in ("zh-Hans", "en", "zh-TW"):
        assert f'<link rel="alternate" hreflang="{lang}" href="../{lang}/mini.html">' in html
    assert '<a href="../en/mini.html" hreflang="en" lang="en">English</a>' in html
    assert '<span aria-current="page" lang="zh-TW">台灣正體</span>' in html
    assert '<a href="../zh-TW/mini.html"' not in html  # no link to itself
    assert not re.search(r"<(?:script|img|iframe)\b|rel=\"stylesheet\"|@import|url\(", html)
    # The first heading is the title line: the page's <h1> and <title>.
    assert "<h1>进展与基准（譯）</h1>" in html and "<title>进展与基准（譯）</title>" in html
    assert '<h3><span class="number">1、</span>WildBench: Benchmarking LLMs（譯）</h3>' in html
    assert '<a href="https://arxiv.org/abs/2406.04770">https://arxiv.org/abs/2406.04770</a>' in html
    assert "<ul>\n<li>第一点:小分子。（譯）</li>" in html


def test_page_escapes_translations_and_marks_fallbacks_with_the_source_language():
    edition = localize(article("mini.txt"), EN, mini_en())
    html = page(edition, [], source_language=HANS)
    assert "<script>" not in html
    assert "First: &lt;script&gt;alert(1)&lt;/script&gt; small molecules." in html
    assert '<p lang="zh-Hans">开发治疗方法是一个漫长且昂贵的过程。</p>' in html
    assert '<p class="author">Author: Youssef Hosni</p>' in html


def test_source_page_is_the_original():
    art = article("mini.txt")
    html = page(original(art, HANS), [], source_language=HANS)
    assert (
        '<html lang="zh-Hans"' in html
        and "<h1>进展与基准</h1>" in html
        and 'lang="zh-Hans">' not in html
    )


def test_markdown_page_renders_inline_markup_and_structure():
    art = article("mini.md")
    html = page(localize(art, EN, None), [])
    assert "<title>六月上半月的大模型论文</title>" in html
    assert '<a href="https://arxiv.org/abs/2406.04770">自动评估框架</a>' in html
    assert "<table>" in html and "<blockquote>" in html and "<ol>" in html
    assert "print(&quot;不翻译&quot;)" in html
    assert "layout: post" not in html  # front matter is not content
    # A soft line break between Chinese characters joins without a space, as in the msgid.
    assert (
        "<p>大语言模型(LLMs)在近年来取得了快速发展。本文总结了一些<strong>最重要</strong>的论文。</p>"
        in html
    )


def test_markdown_page_makes_no_javascript_link():
    art = article("mini.md")
    edition = localize(art, EN, catalog_of(art, lambda t: "[点我](javascript:alert(1))"))
    assert 'href="javascript' not in page(edition, [])


# --- .mo ---------------------------------------------------------------------------------------


@needs_gettext
def test_mo_round_trips_through_msgunfmt(tmp_path):
    po = mini_en()
    mo = tmp_path / "mini.mo"
    mo.write_bytes(compile_mo(po))
    out = subprocess.run(["msgunfmt", str(mo)], check=True, capture_output=True).stdout.decode(
        "utf-8"
    )
    back = polib.pofile(out)
    got = {e.msgid: e.msgstr for e in back}
    # msgfmt semantics: translated entries only; fuzzy, untranslated and obsolete are left out.
    assert got == {e.msgid: e.msgstr for e in po.translated_entries()}
    assert len(got) == 7 and "WildBench是一个自动评估框架,包含1,024个任务。" not in got
    assert back.metadata["Language"] == "en"
    # GNU msgfmt compiles the same catalog to the same messages.
    ref = tmp_path / "ref.mo"
    subprocess.run(
        ["msgfmt", "-o", str(ref), str(DATA / "mini.en.po")], check=True, capture_output=True
    )
    theirs = subprocess.run(["msgunfmt", str(ref)], check=True, capture_output=True).stdout.decode(
        "utf-8"
    )
    assert out == theirs


@needs_gettext
@pytest.mark.parametrize("name", ["mini.en.po", "fuzzy_header.po"])
def test_mo_is_what_msgfmt_writes(tmp_path, name):
    po_path = DATA / name
    ref = tmp_path / "ref.mo"
    subprocess.run(
        ["msgfmt", "--no-hash", "-o", str(ref), str(po_path)], check=True, capture_output=True
    )
    assert compile_mo(polib.pofile(str(po_path))) == ref.read_bytes()


def test_mo_is_deterministic():
    assert compile_mo(mini_en()) == compile_mo(mini_en())


@pytest.mark.skipif(shutil.which("msgunfmt") is None, reason="needs msgunfmt")
def test_mo_is_read_by_python_gettext(tmp_path):
    import gettext

    (tmp_path / "m.mo").write_bytes(compile_mo(mini_en()))
    with open(tmp_path / "m.mo", "rb") as f:
        t = gettext.GNUTranslations(f)
    assert t.gettext("进展与基准") == "Progress and benchmarks"
    assert (
        t.gettext("开发治疗方法是一个漫长且昂贵的过程。") == "开发治疗方法是一个漫长且昂贵的过程。"
    )
