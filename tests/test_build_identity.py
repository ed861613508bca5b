"""Identity: every msgstr equal to its msgid, noise kept, an edition is its source byte for byte.

And its twin for any translation: whatever a translator types, a Markdown
edition keeps the source's block structure and a text edition its blocks.
"""

from __future__ import annotations

import re

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
    # A block that is only a title's number ("1)") holds no text to extract again.
    texts = [b for b in blocks if not re.fullmatch(r"\s*\d+[.)、]\s*", b)]
    assert len(parse_article(out, name="a", path="source/a.txt").units) >= len(texts)


@CASES
@given(markdown_documents())
def test_a_reversible_translation_round_trips_any_markdown_document(source):
    """Identity again, through the splice: a Han-shifted translation laid in and laid back."""
    round_trip(source)


# --- noise dropped, structure kept --------------------------------------------------------------

_NOISE = "打开网易新闻 查看更多图片"
# Lines that open no block of their own: the structure is the generator's.
_LINE = st.one_of(
    st.text(st.sampled_from(list("大语言模型论文。LLMab ")), min_size=1, max_size=12).map(
        lambda w: "字" + w
    ),
    st.just(_NOISE),
)


@st.composite
def _list_item(draw: st.DrawFn, marker: str) -> str:
    """An item: a first line, maybe continuation lines, maybe a second block."""
    pad = " " * len(marker)
    lines = [marker + draw(_LINE)]
    lines += [pad + w for w in draw(st.lists(_LINE, max_size=2))]
    if draw(st.booleans()):  # a setext heading's underline
        lines.append(pad + draw(st.sampled_from(["---", "==="])))
    later = draw(st.sampled_from(["", "paragraph", "quote", "list", "code", "heading"]))
    if later:
        lines.append("")
        word = draw(_LINE) if later != "code" else "code"  # code is never noise
        lines.append(
            pad
            + {"paragraph": "", "quote": "> ", "list": "- ", "code": "    ", "heading": "# "}[later]
            + word
        )
    return "\n".join(lines)


@st.composite
def _noisy_block(draw: st.DrawFn) -> str:
    kinds = ["paragraph", "heading", "setext", "bullets", "numbers", "quote", "quoted list"]
    kind = draw(st.sampled_from(kinds))
    if kind == "paragraph":
        return "\n".join(draw(st.lists(_LINE, min_size=1, max_size=3)))
    if kind == "heading":
        return "## " + draw(_LINE)
    if kind == "setext":
        text = "\n".join(draw(st.lists(_LINE, min_size=1, max_size=2)))
        return text + "\n" + draw(st.sampled_from(["---", "==="]))
    if kind == "quote":
        return "\n".join("> " + w for w in draw(st.lists(_LINE, min_size=1, max_size=3)))
    n = draw(st.integers(1, 3))
    markers = ["- "] * n if kind != "numbers" else [f"{i}. " for i in range(1, n + 1)]
    items = [draw(_list_item(m)) for m in markers]
    sep = draw(st.sampled_from(["\n", "\n\n"]))
    body = sep.join(items)
    if kind == "quoted list":
        body = "\n".join(">" + (" " + ln if ln else "") for ln in body.split("\n"))
    return body


def _without_noise(tokens: list) -> list[str]:
    """Block tokens with the paragraphs and headings of noise only taken out, then every
    container left empty, then the seam of two lists of one kind now side by side."""
    out: list[str] = []
    skip = 0
    for i, t in enumerate(tokens):
        if skip:
            skip -= 1
            continue
        if t.type in ("paragraph_open", "heading_open") and all(
            ln.strip() == _NOISE for ln in tokens[i + 1].content.split("\n")
        ):
            skip = 2
            continue
        if t.type != "inline":
            out.append(f"{t.type}:{t.tag}")
    containers = ("blockquote", "bullet_list", "ordered_list", "list_item")
    changed = True
    while changed:
        changed = False
        for i in range(len(out) - 1):
            a, b = out[i], out[i + 1]
            kind, _, tag = a.partition(":")
            empty = kind in [c + "_open" for c in containers] and b == f"{kind[:-5]}_close:{tag}"
            seam = kind.endswith("_list_close") and b == f"{kind[:-6]}_open:{tag}"
            if empty or seam:
                del out[i : i + 2]
                changed = True
                break
    return out


@CASES
@given(st.lists(_noisy_block(), min_size=1, max_size=5), _EOL)
def test_dropping_noise_lines_keeps_every_other_block_where_it_stood(blocks, eol):
    # A noise line opening a list item went with the item's marker, and the rest
    # of the item became an indented paragraph outside the list.
    source = ("\n\n".join(blocks) + "\n").replace("\n", eol)
    article = parse_article(source, name="a", path="source/a.md", noise=NOISE)
    out = document(localize(article, EN, None))
    assert _NOISE not in out
    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
    assert _blocks(out) == _without_noise(md.parse(source))
