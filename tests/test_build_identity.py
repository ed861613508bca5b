"""Identity: every msgstr equal to its msgid, noise kept, an edition is its source byte for byte.

And its twin for any translation: whatever a translator types, a Markdown
edition keeps the source's block structure and a text edition its blocks.
"""

from __future__ import annotations

import polib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from digestl10n.build import localize
from digestl10n.catalog import template
from digestl10n.languages import parse_language
from digestl10n.model import Article
from digestl10n.render import document
from digestl10n.segment import parse_article

from .conftest import NOISE
from .test_markdown_editions import round_trip

EN = parse_language("en")
TW = parse_language("zh-TW")
CASES = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Characters scraped digests carry: CJK, Latin, full-width punctuation, ideographic
# and zero-width spaces, non-breaking spaces, tabs.
_CHARS = st.sampled_from(
    list("大语言模型发展的论文。，：（）LLMsGPT-4 1,024%ab\u3000\u200b\u00a0\t")
)
_WORDS = st.text(_CHARS, min_size=1, max_size=24)
_EOL = st.sampled_from(["\n", "\r\n"])


def _catalog_of(article: Article) -> polib.POFile:
    """The article's template with every msgstr set to its msgid, as a translator might leave it."""
    pot = template(article, date="2024-06-15 00:00+0000", source_language=None)
    for e in pot:
        e.msgstr = e.msgid
    return pot


def _identity(source: str, path: str) -> None:
    article = parse_article(source, name="a", path=path, noise=NOISE)
    edition = localize(article, TW, _catalog_of(article))
    assert not edition.fallbacks
    assert document(edition, keep_noise=True).encode("utf-8") == source.encode("utf-8")


# --- plain text ---------------------------------------------------------------------------------

_TEXT_LINE = st.one_of(
    _WORDS,
    _WORDS.map(lambda w: "  • " + w),
    st.integers(1, 30).flatmap(lambda n: _WORDS.map(lambda w: f"{n}、{w}")),
    st.just("打开网易新闻 查看更多图片"),
    st.just("https://arxiv.org/abs/2406.04770"),
    _WORDS.map(lambda w: "作者：" + w),
    st.sampled_from(["", " ", "\u3000", "  "]),
)


@st.composite
def text_documents(draw: st.DrawFn) -> str:
    lines = draw(st.lists(_TEXT_LINE, min_size=1, max_size=14))
    eols = draw(st.lists(_EOL, min_size=len(lines), max_size=len(lines)))
    last = draw(st.sampled_from(["", "\n", "\r\n"]))
    return (
        "".join(line + eol for line, eol in zip(lines[:-1], eols, strict=False)) + lines[-1] + last
    )


@CASES
@given(text_documents())
def test_identity_holds_for_any_plain_text_document(source):
    _identity(source, "source/a.txt")


# --- Markdown -----------------------------------------------------------------------------------

_MD_BLOCK = st.one_of(
    _WORDS.map(lambda w: "# " + w),
    _WORDS.map(lambda w: "## " + w + " ##"),
    st.lists(_WORDS, min_size=1, max_size=3).map("\n".join),
    st.lists(_WORDS, min_size=1, max_size=3).map(lambda ws: "  \n".join(ws)),
    st.lists(_WORDS, min_size=1, max_size=3).map(lambda ws: "\n".join("- " + w for w in ws)),
    st.lists(_WORDS, min_size=1, max_size=3).map(
        lambda ws: "\n".join(f"{i}. {w}" for i, w in enumerate(ws, 1))
    ),
    st.lists(_WORDS, min_size=1, max_size=2).map(lambda ws: "\n".join("> " + w for w in ws)),
    _WORDS.map(lambda w: f"**{w}** 和 [链接](https://example.com/a) `code`"),
    _WORDS.map(lambda w: f"![{w}](https://example.com/fig.png)"),
    st.tuples(_WORDS, _WORDS).map(lambda p: f"| {p[0]} | b |\n| --- | --- |\n| {p[1]} | c |"),
    st.just("```\n不翻译 code\n```"),
    st.just("打开网易新闻 查看更多图片"),
    st.just("https://arxiv.org/abs/2406.04770"),
)


@st.composite
def markdown_documents(draw: st.DrawFn) -> str:
    blocks = draw(st.lists(_MD_BLOCK, min_size=1, max_size=8))
    if draw(st.booleans()):
        blocks.insert(
            0,
            "---\ntitle: "
            + draw(_WORDS.filter(lambda w: w.strip() == w and ":" not in w))
            + "\n---",
        )
    eol = draw(_EOL)
    text = "\n\n".join(blocks) + draw(st.sampled_from(["", "\n"]))
    return text.replace("\n", eol)


@CASES
@given(markdown_documents())
def test_identity_holds_for_any_markdown_document(source):
    _identity(source, "source/a.md")


# --- containment of arbitrary translations ------------------------------------------------------

_HOSTILE_CHARS = st.sampled_from(
    list("#>-+*=_`~|:[]()<>!\\/1.) \n\t大译文aZ") + ["<script>", "```", "\n\n", "1. ", "- "]
)
_MSGSTR = st.lists(_HOSTILE_CHARS, min_size=1, max_size=20).map("".join).filter(lambda s: s.strip())

_MD_FIXTURE = """\
---
title: 标题
---

# 标题

第一段
第二行

- 列表一
- 列表二

> 引用

| 模型 | 得分 |
| --- | --- |
| A | 高 |

![图](https://example.com/a.png)

1. 第一步
2. 第二步

## 小节

结尾段落。
"""


def _blocks(md: str) -> list[str]:
    tokens = MarkdownIt("commonmark").enable("table").use(front_matter_plugin).parse(md)
    return [f"{t.type}:{t.tag}" for t in tokens if t.type != "inline"]


@CASES
@given(st.data())
def test_no_translation_changes_the_markdown_block_structure(data):
    article = parse_article(_MD_FIXTURE, name="a", path="source/a.md")
    po = _catalog_of(article)
    for e in po:
        e.msgstr = data.draw(_MSGSTR, label=e.msgid)
    out = document(localize(article, EN, po))
    assert _blocks(out) == _blocks(_MD_FIXTURE)


def test_a_link_definition_split_over_lines_is_no_definition():
    # Found by the property above: the blank line becomes a hard break, and the
    # joined lines read `[\<newline>]:#`, a definition that swallowed the paragraph.
    article = parse_article(_MD_FIXTURE, name="a", path="source/a.md")
    po = _catalog_of(article)
    for e in po:
        e.msgstr = {"结尾段落。": "[\n\n]:#", "第一段第二行": "[a\nb]: /x"}.get(e.msgid, "#")
    out = document(localize(article, EN, po))
    assert _blocks(out) == _blocks(_MD_FIXTURE)
    assert out.endswith("\\[\\\n]:#\n")


@CASES
@given(st.data())
def test_no_translation_adds_a_block_to_a_text_edition(data):
    source = "标题\n\n1、论文\n\n第一段\n第二行\n\n  • 列表一\n  • 列表二\n\n作者：某人\n"
    article = parse_article(source, name="a", path="source/a.txt")
    po = _catalog_of(article)
    for e in po:
        e.msgstr = data.draw(_MSGSTR, label=e.msgid)
    out = document(localize(article, EN, po))
    blocks = [b for b in out.split("\n\n") if b.strip()]
    assert len(blocks) == 5
    assert len(parse_article(out, name="a", path="source/a.txt").units) >= len(blocks)


@CASES
@given(markdown_documents())
def test_a_reversible_translation_round_trips_any_markdown_document(source):
    """Identity again, through the splice: a Han-shifted translation laid in and laid back."""
    round_trip(source)
