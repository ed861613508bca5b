"""From `init` to a published site: nested articles, indexes, feeds, sitemap, links."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from digestl10n.cli import main
from digestl10n.site import broken_links

SCHEMA = Path(__file__).parent / "data" / "site" / "sitemap.xsd"
ATOM = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"

JUNE = """\
# 六月上半月的大模型论文

大语言模型发展很快。代码 `pip install x` 很短。

![结构图](img/fig.png)

```sh
pip install digestl10n
```
"""
JULY = """\
---
title: 七月的论文
date: 2024-07-15
---

本月论文很多,见[六月](06-a.md)。
"""


def run(*args: str, ok: bool = True):  # type: ignore[no-untyped-def]
    result = CliRunner().invoke(main, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    return result


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """init in an empty folder, two articles in source/2024/, extract, build --all from below."""
    monkeypatch.chdir(tmp_path)
    run("init", "--target", "en,zh-TW", "--target", "zh-HK")
    folder = tmp_path / "source" / "2024"
    (folder / "img").mkdir(parents=True)
    (folder / "06-a.md").write_text(JUNE, encoding="utf-8")
    (folder / "07-a.md").write_text(JULY, encoding="utf-8")
    (folder / "img" / "fig.png").write_bytes(b"\x89PNG not really")
    monkeypatch.chdir(folder)  # every later command finds the project upward
    run("extract", "-q")
    run("build", "--all")
    return tmp_path


def test_init_refuses_to_overwrite_and_fills_an_existing_pyproject(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    (tmp_path / ".gitignore").write_text(".venv/", encoding="utf-8")
    run("init")
    text = (tmp_path / "pyproject.toml").read_text(encoding="utf-8")
    assert text.startswith('[project]\nname = "x"\n\n[tool.digestl10n]\n')
    assert 'targets = ["en"]' in text
    assert (tmp_path / ".gitignore").read_text(encoding="utf-8") == (
        ".venv/\n/build/\n/locales/.digestl10n-cache\n"
    )
    assert (tmp_path / "glossary.tsv").read_text(encoding="utf-8").endswith("zh-Hans\ten\tnote\n")
    assert (tmp_path / "source").is_dir()
    again = run("init", ok=False)
    assert again.exit_code == 2
    assert again.output.strip().splitlines()[-1] == (
        "Error: pyproject.toml:4: already a digestl10n project: [tool.digestl10n] exists"
    )
    assert (tmp_path / "pyproject.toml").read_text(encoding="utf-8") == text


def test_nested_articles_mirror_their_folders_in_locales_and_build(site):
    for rel in (
        "locales/2024/06-a.pot",
        "locales/zh_TW/LC_MESSAGES/2024/07-a.po",
        "build/zh-TW/2024/06-a.html",
        "build/zh-TW/2024/06-a.md",
        "build/zh-Hans/2024/07-a.html",  # the source language is a language of the site
        "build/en/LC_MESSAGES/2024/07-a.mo",
        "build/zh-HK/2024/img/fig.png",
    ):
        assert (site / rel).is_file(), rel
    # The asset is one file on disk, linked into every edition.
    copies = {(site / "build" / t / "2024/img/fig.png").stat().st_ino for t in ("en", "zh-TW")}
    assert len(copies) == 1


def test_indexes_list_articles_newest_first_with_titles_from_the_article(site):
    index = (site / "build" / "en" / "index.html").read_text(encoding="utf-8")
    july, june = index.index("七月的论文"), index.index("六月上半月的大模型论文")
    assert july < june
    assert '<time datetime="2024-07-15">' in index and 'href="2024/07-a.html"' in index
    for tag in ("zh-Hans", "en", "zh-TW", "zh-HK"):
        assert f'<link rel="alternate" hreflang="{tag}" href="../{tag}/index.html">' in index
    root = (site / "build" / "index.html").read_text(encoding="utf-8")
    assert "<script" not in root
    assert re.findall(r'<a href="([^"]+)"', root) == [
        "zh-Hans/index.html",
        "en/index.html",
        "zh-TW/index.html",
        "zh-HK/index.html",
    ]


def test_pages_title_switcher_code_and_fallback_lang(site):
    page = (site / "build" / "zh-TW" / "2024" / "06-a.html").read_text(encoding="utf-8")
    assert "<title>六月上半月的大模型论文</title>" in page
    assert '<h1 lang="zh-Hans">六月上半月的大模型论文</h1>' in page  # untranslated: a fallback
    names = re.findall(r'<li><(?:a|span)[^>]*lang="([^"]+)"[^>]*>([^<]+)<', page)
    assert names == [
        ("zh-Hans", "简体中文"),
        ("en", "English"),
        ("zh-TW", "台灣正體"),
        ("zh-HK", "香港繁體"),
    ]
    july = (site / "build" / "en" / "2024" / "07-a.html").read_text(encoding="utf-8")
    assert "<title>七月的论文</title>" in july and "<h1>七月的论文</h1>" in july
    assert ":not(pre,code,kbd,samp)" in page and "@media print" in page


def test_atom_feeds_have_what_rfc_4287_requires(site):
    for tag in ("zh-Hans", "en", "zh-TW", "zh-HK"):
        feed = ET.parse(site / "build" / tag / "feed.xml").getroot()
        assert feed.tag == f"{ATOM}feed"
        assert feed.get("{http://www.w3.org/XML/1998/namespace}lang") == tag
        stamp = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:Z|[+-]\d{2}:\d{2})$")
        # 4.1.1: exactly one id, title, updated; an author unless every entry has one.
        for child in ("id", "title", "updated", "author"):
            assert len(feed.findall(f"{ATOM}{child}")) == 1, child
        assert feed.find(f"{ATOM}author/{ATOM}name").text
        assert stamp.match(feed.find(f"{ATOM}updated").text)
        assert feed.find(f"{ATOM}link[@rel='self']").get("href").startswith("http")
        entries = feed.findall(f"{ATOM}entry")
        assert len(entries) == 2
        for entry in entries:
            # 4.1.2: one id, title, updated; with no content, a rel=alternate link.
            for child in ("id", "title", "updated"):
                assert len(entry.findall(f"{ATOM}{child}")) == 1, child
            assert stamp.match(entry.find(f"{ATOM}updated").text)
            assert entry.find(f"{ATOM}link[@rel='alternate']") is not None
            assert re.match(r"^[a-z][a-z0-9+.-]*:", entry.find(f"{ATOM}id").text)
        ids = [e.find(f"{ATOM}id").text for e in entries]
        assert len(set(ids)) == len(ids)
        assert [e.find(f"{ATOM}updated").text for e in entries] == [
            "2024-07-15T00:00:00Z",
            "2024-06-01T00:00:00Z",
        ]


def test_sitemap_validates_against_the_sitemaps_org_schema(site):
    etree = pytest.importorskip("lxml.etree", reason="lxml validates XSD (pip install lxml)")
    schema = etree.XMLSchema(etree.parse(str(SCHEMA)))
    doc = etree.parse(str(site / "build" / "sitemap.xml"))
    urls = doc.getroot().findall(f"{SM}url")
    links = {}
    for url in urls:
        loc = url.find(f"{SM}loc").text
        links[loc] = [
            (x.get("rel"), x.get("hreflang"), x.get("href")) for x in url.findall(f"{XHTML}link")
        ]
        # The schema's wildcard is strict and the XHTML schema is not vendored (see
        # tests/data/site/README.md): the alternates are checked by hand below.
        for x in url.findall(f"{XHTML}link"):
            url.remove(x)
    schema.assertValid(doc)
    pages = sorted(
        p.relative_to(site / "build").as_posix() for p in (site / "build").glob("*/**/*.html")
    )
    assert sorted(loc.removeprefix("http://localhost:8000/") for loc in links) == pages
    for loc, alternates in links.items():
        assert len(alternates) == 4, loc  # every language has every page here
        assert all(rel == "alternate" and href.startswith("http://") for rel, _, href in alternates)
        assert (("alternate", loc.split("/")[3], loc)) in alternates  # itself included
        for _, _, href in alternates:  # and the set is the same from every member
            assert sorted(links[href]) == sorted(alternates)


def test_no_broken_link_or_image_in_the_site(site):
    assert broken_links(site / "build") == []
    # The checker is not blind: a page's missing image is found.
    (site / "build" / "en" / "2024" / "img" / "fig.png").unlink()
    [broken] = broken_links(site / "build")
    assert re.fullmatch(r"en/2024/06-a\.html:\d+: img/fig\.png", broken)


def test_a_missing_asset_is_a_finding_and_exit_1(site):
    source = site / "source" / "2024" / "06-a.md"
    source.write_text(JUNE + "\n![缺](img/missing.png)\n", encoding="utf-8")
    run("extract", "-q")
    result = run("build", "--lang", "en", ok=False)
    assert result.exit_code == 1
    assert "Error: source/2024/06-a.md:11: link target 'img/missing.png' not found" in result.output


def test_one_article_keeps_the_others_listed_and_out_is_relative_to_the_project(site):
    run("build", "2024/07-a", "--lang", "en,zh-TW", "-q")
    index = (site / "build" / "en" / "index.html").read_text(encoding="utf-8")
    assert "六月上半月的大模型论文" in index and "七月的论文" in index
    run("build", "--article", "source/2024/06-a.md", "--lang", "en", "--out", "public")
    assert (site / "public" / "en" / "2024" / "06-a.html").is_file()
    assert not (site / "source" / "2024" / "public").exists()


def test_templates_are_overridable_from_the_project(site):
    (site / "templates").mkdir()
    (site / "templates" / "index.html").write_text(
        '{% extends "base.html" %}{% block main %}<p class="mine">{{ site_title }}'
        "</p>{% endblock %}",
        encoding="utf-8",
    )
    (site / "pyproject.toml").write_text(
        (site / "pyproject.toml").read_text(encoding="utf-8") + 'site_title = "<Digest & Co>"\n',
        encoding="utf-8",
    )
    run("build", "--all", "-q")
    index = (site / "build" / "en" / "index.html").read_text(encoding="utf-8")
    assert '<p class="mine">&lt;Digest &amp; Co&gt;</p>' in index  # autoescaped


def test_one_grammar_articles_as_arguments_comma_langs_quiet_verbose(site):
    assert run("check", "2024/06-a", "--lang", "en,zh-TW", "-q").exit_code == 0
    assert run("check", "--article", "2024/07-a", "--lang", "zh-HK").exit_code == 0
    status = run("status", "source/2024/06-a.md", "--lang", "en", "--lang", "zh-TW").output
    assert "2024/06-a" in status and "2024/07-a" not in status and "zh-HK" not in status
    both = run("build", "--all", "-q", "-v", ok=False)
    assert both.exit_code == 2 and "give -q or -v, not both" in both.output
    assert run("build", "--all", "-q").output.startswith("en: 2 articles")


def test_the_project_is_found_upward_past_a_pyproject_without_the_table(site, monkeypatch):
    inner = site / "source" / "2024" / "tool"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[project]\nname = "helper"\n', encoding="utf-8")
    monkeypatch.chdir(inner)
    assert "2024/07-a" in run("status").output


def test_build_all_with_no_targets_says_so(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "source").mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[tool.digestl10n]\nsource_language = "zh-Hans"\n', encoding="utf-8"
    )
    result = run("build", "--all", ok=False)
    assert result.exit_code == 2 and "no target languages: add targets" in result.output
