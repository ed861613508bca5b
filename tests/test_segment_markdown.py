"""Markdown articles: units, verbatim spans, byte-exact rendering, spans proven by re-parsing."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digestl10n.model import Article, UnitKind, VerbatimKind, render
from digestl10n.segment.inline import BLANKS, is_wide
from digestl10n.segment.markdown import parse_markdown, protected_spans

from .conftest import NOISE

DATA = Path(__file__).parent / "data" / "markdown"
CORPUS = sorted(p.name for p in DATA.glob("*.md"))

H = UnitKind.HEADING
P = UnitKind.PARAGRAPH
LI = UnitKind.LIST_ITEM
BQ = UnitKind.BLOCKQUOTE
TC = UnitKind.TABLE_CELL
IMG = UnitKind.IMAGE_ALT
FM = UnitKind.FRONT_MATTER
LT = UnitKind.LINK_TITLE


def parse(source: str) -> Article:
    return parse_markdown(source, name="a", path="source/a.md", noise=NOISE)


def read(name: str) -> str:
    # Bytes, not text mode: text mode would turn the CRLF file into LF.
    return (DATA / name).read_bytes().decode("utf-8")


def triples(article: Article) -> list[tuple[UnitKind, str, int]]:
    return [(u.kind, u.text, u.line) for u in article.units]


def check_spans(article: Article) -> None:
    """Units and verbatim spans are sorted, disjoint, trimmed and on the line they claim."""
    src = article.source
    spans = sorted(
        [(u.start, u.end) for u in article.units] + [(v.start, v.end) for v in article.verbatim]
    )
    for (_, end), (start, _) in zip(spans, spans[1:], strict=False):
        assert end <= start
    assert [u.start for u in article.units] == sorted(u.start for u in article.units)
    assert [v.start for v in article.verbatim] == sorted(v.start for v in article.verbatim)
    for unit in article.units:
        raw = article.raw(unit)
        assert unit.text and raw
        assert raw[0] not in BLANKS and raw[-1] not in BLANKS
        assert (
            unit.line
            == src.count("\n", 0, unit.start)
            + src.count("\r", 0, unit.start)
            - src.count("\r\n", 0, unit.start)
            + 1
        )
    for span in article.verbatim:
        if span.kind is VerbatimKind.NOISE:
            assert span.end == len(src) or src[span.end - 1] in "\r\n"


def check_structure(article: Article, style: str = "latin") -> None:
    """Replace every unit by a distinct placeholder, parse again: the same units come back."""
    if style == "latin":
        placeholders = [f"T{i}" for i in range(len(article.units))]
    else:
        placeholders = [f"译文{i}" for i in range(len(article.units))]
    by_start = {u.start: p for u, p in zip(article.units, placeholders, strict=True)}
    out = render(article, lambda u: by_start[u.start])
    again = parse(out)
    assert [u.kind for u in again.units] == [u.kind for u in article.units]
    assert [u.text for u in again.units] == placeholders
    assert [v.kind for v in again.verbatim] == [v.kind for v in article.verbatim]
    assert [u.continuation for u in again.units] == [u.continuation for u in article.units]
    check_spans(again)


# --- corpus ---------------------------------------------------------------------


@pytest.mark.parametrize("name", CORPUS)
def test_corpus_renders_byte_for_byte(name):
    source = read(name)
    article = parse(source)
    assert article.format == "markdown"
    assert render(article, lambda u: u.text) == source
    assert render(article) == source
    check_spans(article)


@pytest.mark.parametrize("style", ["latin", "cjk"])
@pytest.mark.parametrize("name", CORPUS)
def test_corpus_structure_survives_placeholders(name, style):
    article = parse(read(name))
    assert article.units, name
    check_structure(article, style)


PINNED: dict[str, list[tuple[UnitKind, str, int]]] = {
    "headings.md": [
        (H, "大语言模型进展", 1),
        (H, "Benchmarking LLMs", 3),
        (H, "第三级标题", 5),
        (H, "Closing hashes are #not# removed here", 7),
        (H, "Setext 一级标题", 9),
        (H, "Setext heading that spans two lines", 12),
        (H, "引用中的标题", 16),
        (H, "Heading in a list", 18),
        (P, "####### Seven hashes make a paragraph", 22),
    ],
    "paragraphs.md": [
        (
            P,
            "大语言模型(LLMs)在近年来取得了快速发展。本文总结了2024年6月上半月发布的一些"
            "最重要的LLM论文,可以让你及时了解最新进展。",
            1,
        ),
        (
            P,
            "WildBench is an automated evaluation framework designed to benchmark large "
            "language models using challenging, real-world user queries.",
            4,
        ),
        (
            P,
            "WildBench是一个自动评估框架,使用具有挑战性的real-world用户查询来基准测试"
            "LLMs。Tx-LLM (PaLM-2 微调)编码了关于多种治疗方式的知识。",
            8,
        ),
        (P, "这是一个用全角空格缩进的段落，第二行也缩进了。", 13),
    ],
    "nested_lists.md": [
        (LI, "第一项：大语言模型在近年来取得了快速发展。", 1),
        (LI, "Second item with a wrapped line", 3),
        (LI, "嵌套的列表项继续一行", 5),
        (LI, "Nested item two", 7),
        (LI, "有序列表第一项", 9),
        (LI, "Ordered item two", 10),
        (LI, "A second paragraph in item two.", 12),
        (LI, "Parenthesis marker with continuation", 14),
        (LI, "引用中的列表项继续", 17),
        (LI, "Quoted item two", 19),
        (BQ, "列表中的引用第二行", 21),
    ],
    "blockquotes.md": [
        (BQ, "这是一段引用，跨越两行。", 1),
        (BQ, "First quoted paragraph with a lazy continuation line.", 4),
        (BQ, "Second paragraph in the same quote.", 8),
        (BQ, "外层引用", 10),
        (BQ, "内层引用的文字第二行", 12),
        (BQ, "No space after the marker on both lines.", 15),
    ],
    "tables.md": [
        (TC, "模型", 1),
        (TC, "Score", 1),
        (TC, "备注", 1),
        (TC, "GPT-4-turbo", 3),
        (TC, "92.1", 3),
        (TC, "最强", 3),
        (TC, "Tx-LLM", 4),
        (TC, "88", 4),
        (TC, r"`a\|b` escaped pipe", 4),
        (TC, "only one", 5),
        (TC, "a", 6),
        (TC, "b", 6),
        (TC, "c", 6),
        (TC, "全角空格", 7),
        (TC, "Name", 9),
        (TC, "Value", 9),
        (TC, "plain", 11),
        (TC, "table", 11),
        (TC, "引用", 13),
        (TC, "表格", 13),
        (TC, "单元格", 15),
        (TC, "cell", 15),
    ],
    "code.md": [
        (P, "Intro paragraph.", 1),
        (LI, "List with code:", 17),
        (P, "Closing paragraph.", 27),
    ],
    "inline_code.md": [
        (P, "Use `pip install digestl10n` to install 工具。", 1),
        (P, "代码 `x = 1` 和 `y = 2` 都保留原样，包括跨行的 `code span` 也一样。", 3),
        (P, "`only code`", 7),
    ],
    "links_images.md": [
        (
            P,
            'See [the paper](https://arxiv.org/abs/2406.04770 "WildBench") for details, '
            "and ![an inline image](img/a.png) inside text.",
            1,
        ),
        (IMG, "模型架构图", 4),
        (IMG, "Alt text that is wrapped over two lines", 8),
        (P, "[![linked image](img/b.png)](https://example.com)", 11),
        (P, "[参考链接][ref]", 13),
        (IMG, "引用式图片", 15),
        (LT, "Ref image", 18),
    ],
    "front_matter.md": [
        (FM, "大语言模型论文速览", 2),
        (FM, "A digest of the most important LLM papers", 3),
        (H, "正文标题", 16),
        (P, "Body paragraph.", 18),
    ],
    "noise.md": [
        (P, "LLM进展与基准测试", 1),
        (P, "WildBench是一个自动评估框架，", 5),
        (P, "使用具有挑战性的用户查询。", 7),
        (LI, "列表项", 9),
        (BQ, "引用", 12),
    ],
    "urls.md": [
        (P, "论文链接：", 5),
        (LI, "列表项 https://example.com/inline 不是整行", 9),
        (P, "Text with an autolink <https://example.com> inside stays a unit.", 11),
    ],
    "crlf.md": [
        (H, "CRLF 标题", 1),
        (P, "这是一段使用CRLF换行的中文段落。", 3),
        (P, "Hard break here\nand continued.", 6),
        (LI, "item one wrapped", 9),
        (LI, "第二项", 11),
        (TC, "a", 13),
        (TC, "b", 13),
        (TC, "1", 15),
        (TC, "二", 15),
    ],
    "blanks.md": [
        (P, "全角空格缩进的段落。", 1),
        (P, "零宽空格开头和结尾", 3),
        (P, "Trailing spaces", 5),
        (P, "No-break\u00a0space inside, and at the end", 7),
        (P, "Line with trailing ideographic space next line", 15),
    ],
    "hard_breaks.md": [
        (P, "第一行\n第二行\n第三行", 1),
        (P, "Line one with two spaces\nline two with backslash\nline three soft line four.", 5),
        (P, "Trailing backslash at the end stays\\", 10),
        (LI, "列表项第一行\n列表项第二行", 12),
        (BQ, "引用第一行\n引用第二行", 15),
    ],
    # Text between the tags of an HTML block is a unit (issue 11); the comment is not.
    "html.md": [(UnitKind.HTML_TEXT, "这是HTML块，不提取。", 2), (P, "Paragraph after HTML.", 9)],
}


@pytest.mark.parametrize(
    ("source", "titles"),
    [
        ('[a]: https://x.com "标题"\n', ["标题"]),
        ("[a]: https://x.com '单引号'\r\n[b]: <https://y.com/a b> (括号)\r\n", ["单引号", "括号"]),
        ('> [a]: https://x.com "引用里"\n', ["引用里"]),
        ('- 列表\n\n  [a]: https://x.com "列表里"\n', ["列表里"]),
        ('[a]:\nhttps://x.com\n"自成一行"  \n', ["自成一行"]),
        ('[a]: https://x.com "带\\"转义\\"的"\n', ['带\\"转义\\"的']),
        ('[a]: https://x.com "一"\n[a]: https://y.com "重复的定义"\n', ["一", "重复的定义"]),
        ('[a]: https://x.com "  留白  "\n', ["留白"]),
        # Not a title: a quoted destination, a title over two lines (kept as written),
        # a definition in a code block or a paragraph, digits only.
        ('[a]: "网址"\n', []),
        ('[a]: https://x.com/"路径"\n', []),
        ('[a]: https://x.com "跨\n行"\n', []),
        ('    [a]: https://x.com "代码"\n', []),
        ('段落\n[a]: https://x.com "段落里"\n', []),
        ('[a]: https://x.com "2024"\n', []),
    ],
)
def test_a_reference_definition_title_on_one_line_is_a_unit(source, titles):
    units = parse(source).units
    assert [u.text for u in units if u.kind is LT] == titles
    for u in units:
        if u.kind is LT:
            assert source[u.start : u.end] == u.text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("[^1]: 译注: 语法\n[^2]: 译注： 缓存\n", [(P, "译注: 语法"), (P, "译注： 缓存")]),
        ("[^a]: 第一段\n    续行\n\n    第二段\n", [(P, "第一段续行"), (P, "第二段")]),
        ("> [^q]: 引用里的注\n", [(BQ, "引用里的注")]),
        # Valid CommonMark link definitions, and footnotes to GitHub: text, not kept.
        ("正文[^n]。\n\n[^n]: 译者的说明。\n", [(P, "正文[^n]。"), (P, "译者的说明。")]),
    ],
)
def test_a_footnote_definition_is_a_block_of_its_own(source, expected):
    assert [(u.kind, u.text) for u in parse(source).units] == expected


def test_a_footnote_reference_label_is_kept_as_written():
    text = "缓存[^注释]和[^1]，[注]是文字。"
    assert [text[a:b] for a, b in protected_spans(text)] == ["[^注释]", "[^1]"]


@pytest.mark.parametrize("name", sorted(PINNED))
def test_corpus_pinned_units(name):
    assert triples(parse(read(name))) == PINNED[name]


def test_corpus_pinned_verbatim():
    def kinds(name):
        article = parse(read(name))
        return [(v.kind, v.line, article.source[v.start : v.end]) for v in article.verbatim]

    assert kinds("noise.md") == [
        (VerbatimKind.NOISE, 3, "打开网易新闻 查看更多图片\n"),
        (VerbatimKind.NOISE, 6, "打开网易新闻 查看更多图片\n"),
        (VerbatimKind.NOISE, 10, "  打开网易新闻 查看更多图片\n"),
        (VerbatimKind.NOISE, 13, "> 打开网易新闻 查看更多图片\n"),
        (VerbatimKind.NOISE, 15, "\u3000打开网易新闻 查看更多图片\u3000\n"),
    ]
    assert kinds("urls.md") == [
        (VerbatimKind.URL, 1, "https://arxiv.org/abs/2406.04770"),
        (VerbatimKind.URL, 3, "<https://arxiv.org/abs/2406.04520>"),
        (VerbatimKind.URL, 6, "https://arxiv.org/abs/2406.06316"),
        (VerbatimKind.URL, 8, "https://example.com/in-a-list"),
    ]
    assert [k for k, _, _ in kinds("code.md")] == [VerbatimKind.CODE] * 5
    assert kinds("crlf.md") == [
        (VerbatimKind.CODE, 17, "```\r\ncode\r\n```"),
        (VerbatimKind.URL, 21, "https://example.com/crlf"),
    ]
    assert kinds("html.md") == []


def test_corpus_continuations():
    article = parse(read("nested_lists.md"))
    assert [u.continuation for u in article.units] == [
        "  ", "  ", "    ", "    ", "   ", "   ", "   ", "    ", ">   ", ">   ", "  > ",
    ]  # fmt: skip
    article = parse(read("blockquotes.md"))
    assert [u.continuation for u in article.units] == ["> ", "> ", "> ", "> ", "> > ", ">"]
    assert {u.continuation for u in parse(read("headings.md")).units} == {""}


def test_corpus_seed_excerpt():
    article = parse(read("digest_excerpt.md"))
    assert [u.line for u in article.units] == [1, 3, 5, 9, 11, 15]
    assert [(v.kind, v.line) for v in article.verbatim] == [
        (VerbatimKind.NOISE, 7),
        (VerbatimKind.URL, 13),
        (VerbatimKind.NOISE, 17),
    ]


# --- explicit behaviour -----------------------------------------------------------


def test_code_urls_and_other_front_matter_keys_yield_no_units():
    source = (
        "---\n"
        "author: 某人\n"
        "tags: [llm, 评估]\n"
        "meta:\n"
        "  title: nested\n"
        "title_alt: not a title\n"
        "---\n"
        "\n"
        "```\n"
        "# 代码里的标题\n"
        "打开网易新闻 查看更多图片\n"
        "```\n"
        "\n"
        "    indented 代码\n"
        "\n"
        "https://arxiv.org/abs/2406.04770\n"
        "<https://arxiv.org/abs/2406.04520>\n"
        "\n"
        "- https://example.com/a\n"
    )
    article = parse(source)
    assert article.units == ()
    assert [v.kind for v in article.verbatim] == [
        VerbatimKind.CODE,
        VerbatimKind.CODE,
        VerbatimKind.URL,
        VerbatimKind.URL,
        VerbatimKind.URL,
    ]
    assert render(article, lambda u: "X") == source


def test_rewrapped_cjk_paragraph_has_the_same_msgid():
    one = (
        "大语言模型(LLMs)在近年来取得了快速发展。"
        "本文总结了2024年6月上半月发布的LLM论文,可以让你及时了解最新进展。\n"
    )
    wrapped = (
        "大语言模型(LLMs)在近年来取得\n了快速发展。本文总结了2024年6月\n"
        "上半月发布的LLM\n论文,可以让你及时了解最新进展。\n"
    )
    indented = "- " + wrapped.replace("\n", "\n  ").rstrip(" ")
    quoted = "> " + wrapped.replace("\n", "\n> ").rstrip("> ") + "\n"
    texts = {
        parse(s).units[0].text
        for s in (one, wrapped, indented, quoted, wrapped.replace("\n", "\r\n"))
    }
    assert texts == {one.strip()}


def test_latin_soft_breaks_join_with_one_space():
    article = parse("Benchmarking LLMs with\nChallenging Tasks  from\n  Real Users\n")
    assert article.units[0].text == "Benchmarking LLMs with Challenging Tasks  from Real Users"


def test_noise_line_splits_a_paragraph_and_spans_its_line_ending():
    source = "前一段文字，\r\n打开网易新闻 查看更多图片\r\n后一段文字。\r\n"
    article = parse(source)
    assert [u.text for u in article.units] == ["前一段文字，", "后一段文字。"]
    (noise,) = article.verbatim
    assert noise.kind is VerbatimKind.NOISE
    assert source[noise.start : noise.end] == "打开网易新闻 查看更多图片\r\n"
    assert render(article, keep_noise=False) == "前一段文字，\r\n后一段文字。\r\n"


N = "打开网易新闻 查看更多图片"


@pytest.mark.parametrize(
    ("source", "dropped"),
    [
        # The item's next line follows its marker, not an indented paragraph outside it.
        (f"- {N}\n  第二行。\n- 条目\n", "- 第二行。\n- 条目\n"),
        (f"1. {N}\n   内容\n2. 下一条\n", "1. 内容\n2. 下一条\n"),
        (f"- {N}\r\n  {N}\r\n  内容\r\n", "- 内容\r\n"),
        (f"> - {N}\n>   内容\n", "> - 内容\n"),
        (f"- - {N}\n    内容\n", "- - 内容\n"),
        (f"-\t{N}\n\n\t段\n", "-\t段\n"),
        # The item's next block, its own indentation or quote beyond the item's kept.
        (f"- {N}\n\n  第二段。\n\n后文\n", "- 第二段。\n\n后文\n"),
        (f"- {N}\n\n  > 引用\n", "- > 引用\n"),
        (f"- {N}\n\n      代码\n", "-     代码\n"),
        (f"- {N}\n\n  - {N}\n  - 子条目\n", "- - 子条目\n"),
        (f"> - {N}\n>\n>   第二段\n", "> - 第二段\n"),
        # An item of noise only goes whole; a quote of noise only too, its `>` lines with it.
        (f"- {N}\n- 条目\n", "- 条目\n"),
        (f"段落\n\n- {N}\n\n后文\n", "段落\n\n后文\n"),
        (f"段落\n\n> {N}\n>\n> {N}\n\n后文\n", "段落\n\n后文\n"),
        (f"> 引用\n>\n> {N}\n\n后文\n", "> 引用\n>\n\n后文\n"),
        # A heading of noise: its `#` or its underline go too (`---` alone is a rule).
        (f"前文\n\n# {N}\n\n后文\n", "前文\n\n后文\n"),
        (f"前文\n\n{N}\n---\n\n后文\n", "前文\n\n后文\n"),
        (f"前文\n\n{N}\n===\n\n后文\n", "前文\n\n后文\n"),
        (f"前文\n\n正文\n{N}\n---\n\n后文\n", "前文\n\n正文\n---\n\n后文\n"),
        (f"- {N}\n  ---\n\n  内容\n", "- 内容\n"),
        (f"> - {N}\n>   ---\n>\n>   {N}\n\n后文\n", "后文\n"),
        # Not the item's first line: the line goes, the marker is elsewhere.
        (f"- 内容\n  {N}\n- 下一条\n", "- 内容\n- 下一条\n"),
    ],
)
def test_a_noise_line_opening_a_list_item_leaves_the_marker(source, dropped):
    article = parse(source)
    assert render(article, keep_noise=False) == dropped
    assert render(article, keep_noise=True) == source
    # Each noise line is still one line to report.
    assert all(source[v.start : v.end].rstrip().endswith(N) for v in article.noise)
    assert all(source[v.start : v.end].count(N) == 1 for v in article.noise)
    assert len(article.noise) == source.count(N)


def test_noise_patterns_are_the_callers():
    source = "广告：点击查看\n\n正文。\n"
    assert len(parse_markdown(source, name="a", path="a.md").units) == 2
    article = parse_markdown(source, name="a", path="a.md", noise=[re.compile(r"^广告：.*$")])
    assert [u.text for u in article.units] == ["正文。"]
    assert article.noise[0].line == 1


def test_hard_breaks_are_newlines_and_markers_stay_outside():
    source = "甲行  \n乙行\\\n丙行\n\nLast line keeps its backslash\\\n"
    article = parse(source)
    assert [u.text for u in article.units] == [
        "甲行\n乙行\n丙行",
        "Last line keeps its backslash\\",
    ]
    # A hard break before a URL line ends the unit; its backslash stays markup.
    article = parse("See the paper\\\nhttps://example.com/p\n")
    assert article.units[0].text == "See the paper"
    assert article.raw(article.units[0]) == "See the paper"


def test_multiline_translation_stays_in_its_block():
    source = "> - 引用中的列表项\n>   继续\n> - 第二项\n"
    article = parse(source)
    first = article.units[0]
    assert (first.kind, first.continuation) == (LI, ">   ")
    out = render(article, lambda u: "First line  \nsecond line" if u is first else None)
    assert out == "> - First line  \n>   second line\n> - 第二项\n"
    again = parse(out)
    assert [(u.kind, u.text) for u in again.units] == [
        (LI, "First line\nsecond line"),
        (LI, "第二项"),
    ]


def test_image_alt_spans_only_the_alt():
    source = '![架构图](img/arch.png "Title stays")\n\n![](img/none.png)\n\n- ![列表图](x.png)\n'
    article = parse(source)
    assert [(u.kind, u.text, u.line) for u in article.units] == [
        (IMG, "架构图", 1),
        (IMG, "列表图", 5),
    ]
    out = render(article, lambda u: "Diagram" if u.text == "架构图" else None)
    assert out.startswith('![Diagram](img/arch.png "Title stays")\n')


def test_table_cells_and_delimiter_row():
    source = "| 甲 | 乙 |\n|:--|--:|\n| 1 | `x\\|y` |\n| 只有一格 |\n| a | b | extra |\n"
    article = parse(source)
    assert [(u.text, u.line) for u in article.units] == [
        ("甲", 1),
        ("乙", 1),
        ("1", 3),
        ("`x\\|y`", 3),
        ("只有一格", 4),
        ("a", 5),
        ("b", 5),
    ]
    assert all(u.kind is TC for u in article.units)


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ('title: "引号里的标题"\n', ["引号里的标题"]),
        ("title: 'It''s quoted'\n", ["It's quoted"]),
        ('title: "say \\"hi\\" \\u00e9"\n', ['say "hi" é']),
        ('title: "  padded  " # note\n', ["padded"]),
        ("description:   plain value   # comment\n", ["plain value"]),
        ("title:\n", []),
        ("title: |\n  block scalar\n", []),
        ("title: >-\n  folded\n", []),
        ("title: [a, b]\n", []),
        ("title: &anchor value\n", []),
        ('title: "unterminated\n  still going"\n', []),
        ("title: plain that\n  continues here\n", []),
        ("title: 标题\ndescription: 描述\n", ["标题", "描述"]),
        ("title\n: odd\n{not yaml at all\n  - [\n", []),
        ("  title: indented is not top-level\n", []),
        ("Title: case matters\n", []),
    ],
)
def test_front_matter_values(front, expected):
    source = "---\n" + front + "---\n\n正文。\n"
    article = parse(source)
    fm = [u for u in article.units if u.kind is FM]
    assert [u.text for u in fm] == expected
    assert article.units[-1].text == "正文。"
    assert render(article, lambda u: u.text) == source
    check_structure(article)


def test_front_matter_is_only_at_the_top():
    article = parse("正文。\n\n---\ntitle: not front matter\n---\n")
    assert FM not in {u.kind for u in article.units}


def test_doctests():
    import doctest

    import digestl10n.segment.markdown as markdown

    assert doctest.testmod(markdown).failed == 0


def test_html_blocks_are_left_alone():
    article = parse('<div align="center">\n\n**不提取**\n\n</div>\n\n<!-- 注释 -->\n')
    # The paragraph between blank lines inside the div is Markdown again.
    assert [u.text for u in article.units] == ["**不提取**"]


@pytest.mark.parametrize(
    ("source", "texts"),
    [
        # In a quote, a line's text starts after its ">": a translation replacing
        # "> 中文说明" would have taken the line out of the quote.
        ("> <div>\n> 中文说明\n> </div>\n", ["中文说明"]),
        ("> - <p>\n>   列表里的说明\n>   </p>\n", ["列表里的说明"]),
        # A tag over several lines, an attribute a line: the lines up to its ">"
        # are the tag's, the text after it is text.
        (
            '<p align="center">\n  <img\n    src="https://example.com/a.png"\n'
            '    alt="示意图" width="300">图注\n  图片下面的说明\n</p>\n',
            ["示意图", "图注", "图片下面的说明"],
        ),
        ('<div\n  class="note"\n  title="标题">正文</div>\n', ["标题", "正文"]),
        # A tag left open takes the rest of the block (HTML reads on to the next ">").
        ('<iframe\n  width="560"\n  title="视频"\n\n后面的段落\n', ["视频", "后面的段落"]),
        # What a reader reads in a tag: alt, title, aria-label, placeholder values.
        (
            '<p>\n<img alt=\'图标\' src="a.png" TITLE="提示"><input placeholder="搜索">\n'
            '<a href="https://example.com/说明" aria-label="链接" data-x="不读">正文</a>\n</p>\n',
            ["图标", "提示", "搜索", "链接", "正文"],
        ),
        ('<div title="" alt="123">无值</div>\n', ["无值"]),
        # A character reference is text inside a unit, left out at its edges.
        ("<p>\nTom &amp; Jerry 的对比\n</p>\n", ["Tom &amp; Jerry 的对比"]),
        (
            "<p>\n&nbsp;&nbsp;图片说明&nbsp;\n&copy;&nbsp;\n<b>甲</b>&middot;<b>乙</b>\n</p>\n",
            ["图片说明", "甲", "乙"],
        ),
        ("<div>\n&中文;不是实体\n</div>\n", ["&中文;不是实体"]),
        # A comment over lines; an empty one ends where it starts.
        (
            "<div>\n说明 <!-- 注释\n  第二行 -->之后\n<!--> 空注释之后\n</div>\n",
            ["说明", "之后", "空注释之后"],
        ),
        # A "<" that starts no tag is text.
        ("<div>\n比较 a < b 的大小\n</div>\n", ["比较 a < b 的大小"]),
        # "</" opens markup whatever follows (HTML: a bogus comment up to ">").
        ("<div>\n结束标签前 </ 注释 > 之后\n</div>\n", ["结束标签前", "之后"]),
    ],
)
def test_html_block_text_is_read_from_its_content_and_never_inside_a_tag(source, texts):
    article = parse(source)
    assert [u.text for u in article.units] == texts
    kinds = {u.text: u.kind for u in article.units}
    assert all(k in (UnitKind.HTML_TEXT, UnitKind.HTML_ATTRIBUTE, P) for k in kinds.values())
    assert all(
        (kinds[t] is UnitKind.HTML_ATTRIBUTE) == (source[source.index(t) - 1] in "\"'")
        for t in texts
    )
    assert render(article, lambda u: u.text) == source
    check_structure(article)


def test_line_endings_and_odd_characters_survive():
    for source in (
        "标题\r\n===\r\n\r\n段落\r\n第二行\r\n",
        "旧式\r换行\r\rsecond\r",
        "NUL\x00 inside\n\n\ufeffBOM then text\n",
        "no final newline",
        "\u3000\u3000全角缩进\u3000\n\u200b零宽\u200b\n",
        "tab\tinside\n\n-\titem with a tab\n\n>\tquote with a tab\n",
        "  \n \n",
        "",
    ):
        article = parse(source)
        assert render(article, lambda u: u.text) == source
        check_spans(article)
        check_structure(article)


def test_lone_cr_lines_are_counted_like_markdown_it():
    article = parse("第一段\r\r# 标题\r")
    assert [(u.kind, u.text, u.line) for u in article.units] == [(P, "第一段", 1), (H, "标题", 3)]


def test_article_fields():
    article = parse_markdown("# T\n", name="n", path="source/n.md")
    assert (article.name, article.path, article.format) == ("n", "source/n.md", "markdown")


# --- generated documents ------------------------------------------------------------

CJK_WORDS = ["大语言模型", "评估", "基准测试", "论文", "数据集", "推理能力", "。", "，", "（实验）"]
LATIN_WORDS = ["LLM", "benchmark", "model", "tasks", "GPT-4", "real-world", "agents", "Tx-LLM"]
INLINE = [
    "`code`",
    "`x = 1`",
    "*emph*",
    "**强调**",
    "[链接](https://example.com/a)",
    '[link text](https://example.com/b "t")',
    "![图](img/c.png)",
]
URL_LINES = ["https://arxiv.org/abs/2406.04770", "<https://example.com/p?q=1>"]
NOISE_LINE = "打开网易新闻 查看更多图片"
CODE_LINES = [
    "# codeonly",
    "- codeonly",
    "| codeonly | x |",
    "> codeonly",
    NOISE_LINE,
    "https://codeonly.example",
    "",
]

words = st.sampled_from(CJK_WORDS + LATIN_WORDS)
tokens = st.one_of(words, words, words, st.sampled_from(INLINE))


def sep(a: str, b: str) -> str:
    return "" if is_wide(a[-1]) or is_wide(b[0]) else " "


def joined(toks: list[str]) -> str:
    out = toks[0]
    for a, b in zip(toks, toks[1:], strict=False):
        out += sep(a, b) + b
    return out


@st.composite
def text_run(draw, *, hard_ok: bool = True):
    """Lines of wrapped text and the msgid they must give: (lines, text)."""
    toks = [draw(words), *draw(st.lists(tokens, max_size=7))]
    lines = [draw(st.sampled_from(["", "\u3000\u3000", "\u200b"])) + toks[0]]
    segments = [[toks[0]]]
    for tok in toks[1:]:
        gaps = ["same", "same", "soft", "hard"] if hard_ok else ["same", "soft"]
        gap = draw(st.sampled_from(gaps))
        if gap == "same":
            lines[-1] += sep(segments[-1][-1], tok) + tok
            segments[-1].append(tok)
            continue
        if gap == "soft":
            lines[-1] += draw(st.sampled_from(["", " ", "\u3000", "\u200b"]))
            segments[-1].append(tok)
        else:
            lines[-1] += draw(st.sampled_from(["  ", "   ", "\\", "\u3000  "]))
            segments.append([tok])
        lines.append(draw(st.sampled_from(["", "", " ", "\u3000", "\u200b"])) + tok)
    return lines, "\n".join(joined(seg) for seg in segments)


@st.composite
def paragraph_lines(draw):
    """Text runs separated by noise and URL lines: (lines, [msgid, ...])."""
    lines: list[str] = []
    texts: list[str] = []
    if draw(st.integers(0, 5)) == 0:
        lines.append(draw(st.sampled_from([NOISE_LINE, *URL_LINES])))
    for i in range(draw(st.integers(1, 3))):
        if i:
            lines.append(draw(st.sampled_from([NOISE_LINE, *URL_LINES])))
        run, text = draw(text_run())
        lines += run
        texts.append(text)
    lines[-1] += draw(st.sampled_from(["", "", " ", "  ", "\u3000"]))
    if draw(st.integers(0, 5)) == 0:
        lines.append(draw(st.sampled_from([NOISE_LINE, *URL_LINES])))
    return lines, texts


def prefixed(lines: list[str], first: str, rest: str, lazy: list[bool]) -> list[str]:
    tail = zip(lines[1:], lazy, strict=False)
    return [first + lines[0]] + [("" if lz else rest) + line for line, lz in tail]


@st.composite
def paragraph_block(draw):
    lines, texts = draw(paragraph_lines())
    return lines, [(P, t) for t in texts]


@st.composite
def list_block(draw):
    out: list[str] = []
    expected = []
    ordered = draw(st.booleans())
    in_quote = draw(st.booleans())
    for n in range(1, draw(st.integers(1, 3)) + 1):
        marker = f"{n}. " if ordered else "- "
        lines, texts = draw(paragraph_lines())
        lazy = draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
        out += prefixed(lines, marker, " " * len(marker), lazy)
        expected += [(LI, t) for t in texts]
        if draw(st.integers(0, 3)) == 0:
            inner, text = draw(text_run())
            indent = " " * len(marker)
            out += prefixed(inner, indent + "- ", indent + "  ", [False] * len(inner))
            expected.append((LI, text))
    if in_quote:
        out = ["> " + line for line in out]
    return out, expected


@st.composite
def quote_block(draw):
    lines, texts = draw(paragraph_lines())
    depth = draw(st.sampled_from(["> ", "> > ", ">"]))
    lazy = draw(st.lists(st.booleans(), min_size=len(lines), max_size=len(lines)))
    return prefixed(lines, depth, depth, lazy), [(BQ, t) for t in texts]


@st.composite
def heading_block(draw):
    toks = [draw(words), *draw(st.lists(tokens, max_size=4))]
    if draw(st.booleans()):
        hashes = "#" * draw(st.integers(1, 6))
        closing = draw(st.sampled_from(["", " #", " " + hashes, "  "]))
        return [f"{hashes} {joined(toks)}{closing}"], [(H, joined(toks))]
    lines, text = draw(text_run(hard_ok=False))
    return [*lines, draw(st.sampled_from(["===", "---", "======"]))], [(H, text)]


@st.composite
def table_block(draw):
    columns = draw(st.integers(2, 3))
    cell = st.one_of(
        st.lists(words, min_size=1, max_size=2).map(joined),
        st.sampled_from(["`x = 1`", "a\\|b", "[链接](https://example.com/a)", "\u3000全角\u3000"]),
    )
    quote = draw(st.sampled_from(["", "> "]))
    pipes = draw(st.booleans())

    def row(cells):
        body = " | ".join(cells)
        return quote + (f"| {body} |" if pipes or len(cells) < 2 else body)

    header = [draw(cell) for _ in range(columns)]
    aligns = [draw(st.sampled_from(["---", ":--", "--:", ":-:"])) for _ in header]
    lines = [row(header), quote + "|" + "|".join(aligns) + "|"]
    expected = [(TC, c.strip(BLANKS)) for c in header]
    for _ in range(draw(st.integers(0, 3))):
        cells = [draw(cell) for _ in range(draw(st.integers(1, columns + 1)))]
        lines.append(row(cells))
        expected += [(TC, c.strip(BLANKS)) for c in cells[:columns]]
    return lines, expected


@st.composite
def code_block(draw):
    body = draw(st.lists(st.sampled_from(CODE_LINES), min_size=1, max_size=4))
    if draw(st.booleans()):
        fence = draw(st.sampled_from(["```", "~~~", "```python"]))
        return [fence, *body, fence[:3]], []
    return ["    " + line if line else "" for line in body if line] or ["    codeonly"], []


@st.composite
def image_block(draw):
    alt = draw(st.one_of(st.just([]), st.lists(words, min_size=1, max_size=3)))
    title = draw(st.sampled_from(["", ' "A title"']))
    text = joined(alt) if alt else ""
    return [f"![{text}](img/x.png{title})"], [(IMG, text)] if text else []


@st.composite
def reference_block(draw):
    """Link reference definitions, some with a title (a unit when it holds a letter)."""
    lines, expected = [], []
    prefix = draw(st.sampled_from(["", "> ", "   "]))
    for n in range(draw(st.integers(1, 3))):
        title = joined(draw(st.lists(words, min_size=1, max_size=3)))
        quote = draw(st.sampled_from(["", '"…"', "'…'", "(…)"]))
        written = f" {quote[0]}{title}{quote[-1]}" if quote else ""
        lines.append(f"{prefix}[ref{n}]: https://example.com/{n}{written}")
        if quote and any(c.isalpha() for c in title):
            expected.append((LT, title))
    return lines, expected


@st.composite
def url_block(draw):
    return draw(st.lists(st.sampled_from([*URL_LINES, NOISE_LINE]), min_size=1, max_size=3)), []


@st.composite
def front_matter(draw):
    lines = ["---"]
    expected = []
    for key in draw(st.permutations(["title", "description", "author", "tags", "meta"])):
        if key in ("title", "description"):
            toks = draw(st.lists(words, min_size=1, max_size=3))
            quote = draw(st.sampled_from(["", '"', "'"]))
            lines.append(f"{key}: {quote}{joined(toks)}{quote}")
            expected.append((FM, joined(toks)))
        elif key == "tags":
            lines += ["tags:", "  - llm", "  - 评估"]
        elif key == "meta":
            lines += ["meta:", "  title: nested"]
        else:
            lines.append("author: 某人")
    lines.append("---")
    return lines, expected


BLOCKS = st.one_of(
    paragraph_block(),
    paragraph_block(),
    list_block(),
    quote_block(),
    heading_block(),
    table_block(),
    code_block(),
    image_block(),
    url_block(),
    reference_block(),
)


@st.composite
def documents(draw):
    """A Markdown document from building blocks: (source, expected (kind, text) pairs)."""
    blocks = []
    if draw(st.booleans()):
        blocks.append(draw(front_matter()))
    previous_is_list = False
    for block in draw(st.lists(BLOCKS, min_size=1, max_size=7)):
        lines, _ = block
        # An indented code block right after a list would continue the list item.
        if previous_is_list and lines[0].startswith("    "):
            continue
        previous_is_list = bool(lines) and lines[0].lstrip("> ").startswith(("- ", "1. "))
        blocks.append(block)
    lines: list[str] = []
    expected = []
    for i, (block_lines, block_expected) in enumerate(blocks):
        if i:
            lines.append(draw(st.sampled_from(["", "", " "])))
        lines += block_lines
        expected += block_expected
    mode = draw(st.sampled_from(["lf", "crlf", "mixed"]))
    eols = {
        "lf": st.just("\n"),
        "crlf": st.just("\r\n"),
        "mixed": st.sampled_from(["\n", "\r\n"]),
    }[mode]
    source = "".join(line + draw(eols) for line in lines)
    if draw(st.booleans()):
        source = source.rstrip("\r\n")
    return source, expected


@settings(
    max_examples=250,
    deadline=None,
    database=None,  # no .hypothesis/ folder in the tree
    suppress_health_check=[HealthCheck.too_slow],
)
@given(documents(), st.sampled_from(["latin", "cjk"]))
def test_generated_documents(doc, style):
    source, expected = doc
    article = parse(source)
    assert render(article, lambda u: u.text) == source
    check_spans(article)
    missing = Counter(expected) - Counter((u.kind, u.text) for u in article.units)
    assert not missing, (missing, [(u.kind, u.text) for u in article.units])
    assert not any("codeonly" in u.text or NOISE_LINE in u.text for u in article.units)
    check_structure(article, style)


_ALT = st.lists(
    st.sampled_from([*"ab 图片\\[]()<>`&*_!#:/.\t\u3000\u200b", "&amp;", "\n"]), max_size=6
).map("".join)
# Mostly destinations markdown-it takes, so that the alt decides.
_DEST = st.one_of(
    st.sampled_from(["https://x.y/图.png", "a.png", "/p?q=1&r=2", "javascript:alert(1)"]),
    st.lists(st.sampled_from([*"a/.:图 ()<>\\`&", "%20", "&amp;"]), max_size=6).map("".join),
)


@settings(max_examples=300, deadline=None, database=None)
@given(_ALT, _DEST, st.sampled_from(["", "- ", "> ", "1. "]))
def test_an_image_read_without_the_parser_is_read_as_the_parser_reads_it(alt, dest, prefix):
    # `![alt](url)` alone on a line skips markdown-it's inline parse when only one
    # reading is possible; any image it takes must come out as the parser's would.
    import digestl10n.segment.markdown as md

    source = f"前文\n\n{prefix}![{alt}]({dest})\n\n后文\n"
    fast = parse(source)
    simple = md._SIMPLE_IMAGE
    md._SIMPLE_IMAGE = re.compile(r"(?!)")
    try:
        assert parse(source) == fast
    finally:
        md._SIMPLE_IMAGE = simple
