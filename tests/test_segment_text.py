"""Plain-text digests: the seed's structure, CJK-correct joins, byte-exact rendering."""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from digestl10n.model import UnitKind, VerbatimKind, render
from digestl10n.segment import parse_article
from digestl10n.segment.text import parse_text

from .conftest import NOISE


def parse(text: str):
    return parse_text(text, name="a", path="source/a.txt", noise=NOISE)


def test_seed_counts_by_kind(seed_text):
    article = parse_article(seed_text, name="d", path="source/d.txt", noise=NOISE)
    kinds = Counter(u.kind for u in article.units)
    # Counted by hand in the seed: 6 section headings, 29 paper titles, 98 summary
    # paragraphs, 3 bullets + the C4 article's 2 numbered points, the author line.
    assert kinds == {
        UnitKind.HEADING: 6,
        UnitKind.TITLE: 29,
        UnitKind.PARAGRAPH: 98,
        UnitKind.LIST_ITEM: 5,
        UnitKind.AUTHOR: 1,
    }
    verbatim = Counter(v.kind for v in article.verbatim)
    assert verbatim == {VerbatimKind.NOISE: 29, VerbatimKind.URL: 29}
    texts = [u.text for u in article.units]
    assert not any("打开网易新闻" in t or "arxiv.org" in t for t in texts)


def test_seed_renders_byte_for_byte(seed_text):
    article = parse(seed_text)
    assert render(article, lambda u: u.text) == seed_text
    assert render(article) == seed_text


def test_titles_keep_their_number_outside_the_unit(seed_text):
    article = parse(seed_text)
    titles = [u for u in article.units if u.kind is UnitKind.TITLE]
    assert (
        titles[0].text
        == "WildBench: Benchmarking LLMs with Challenging Tasks from Real Users in the Wild"
    )
    assert titles[0].line == 5
    # "11、 Why …": the space after the number is structure, not text.
    assert any(t.text.startswith("Why Has Predicting") for t in titles)
    out = render(article, lambda u: "T" if u.kind is UnitKind.TITLE else None)
    assert "\n1、T\n" in out and "\n11、 T\n" in out


def test_numbered_sentences_are_list_items_not_titles(seed_text):
    article = parse(seed_text)
    items = [u for u in article.units if u.kind is UnitKind.LIST_ITEM]
    assert items[3].text.startswith("硬件故障不可避免")
    assert [u.text for u in items[:3]][1] == "领域专家知识"


def test_rewrapped_cjk_paragraph_keeps_its_text():
    one = parse("大语言模型(LLMs)在近年来取得了快速发展。本文总结了论文。\n")
    wrapped = parse("大语言模型(LLMs)在近年\n来取得了快速发展。本文\n  总结了论文。\n")
    assert one.units[0].text == wrapped.units[0].text


def test_latin_soft_break_is_one_space():
    a = parse("Large language models\nare evaluated on many\n  benchmarks today, and more.\n")
    assert (
        a.units[0].text == "Large language models are evaluated on many benchmarks today, and more."
    )


def test_crlf_ideographic_and_trailing_spaces_survive():
    text = (
        "\u3000\u3000第一段落，有缩进。  \r\n第二行。\r\n\r\n"
        "打开网易新闻 查看更多图片\r\n\r\n作者：某人\r\n"
    )
    a = parse(text)
    assert [u.text for u in a.units] == ["第一段落，有缩进。第二行。", "作者：某人"]
    assert render(a, lambda u: u.text) == text
    assert render(a, lambda u: "X") == "\u3000\u3000X\r\n\r\n打开网易新闻 查看更多图片\r\n\r\nX\r\n"


def test_noise_dropped_with_one_blank_line():
    text = "标题一\n\n打开网易新闻 查看更多图片\n\n正文。\n"
    a = parse(text)
    assert render(a, keep_noise=False) == "标题一\n\n正文。\n"
    assert render(a, keep_noise=True) == text


def test_noise_patterns_are_configurable():
    text = "正文。\n\n广告：点击这里\n\n更多正文。\n"
    a = parse_text(text, name="a", path="a.txt", noise=(re.compile(r"^广告："),))
    assert [u.text for u in a.units] == ["正文。", "更多正文。"]
    assert a.noise[0].line == 3


_cjk = st.text(alphabet="大语言模型训练数据评估推理，。", min_size=1, max_size=12)
_latin = st.lists(
    st.sampled_from(["LLM", "model", "data", "GPT-4", "the", "1,024"]), min_size=1, max_size=5
).map(" ".join)
_line = st.lists(st.one_of(_cjk, _latin), min_size=1, max_size=4).map("".join)
_block = st.one_of(
    st.lists(_line, min_size=1, max_size=3).map("\n".join),
    _line.map(lambda s: "  • " + s),
    _line.map(lambda s: "3、" + s),
    st.just("打开网易新闻 查看更多图片"),
    st.just("https://arxiv.org/abs/2406.04770"),
)


@given(st.lists(_block, min_size=1, max_size=8), st.sampled_from(["\n", "\r\n"]), st.booleans())
def test_property_render_and_structure(blocks, eol, trailing):
    text = ("\n\n".join(blocks) + ("\n" if trailing else "")).replace("\n", eol)
    a = parse(text)
    assert render(a, lambda u: u.text) == text
    for u in a.units:
        assert (
            u.text and a.source[u.start] not in " \t\r\n" and a.source[u.end - 1] not in " \t\r\n"
        )
    # Replace every unit with a placeholder: the structure must survive a re-parse.
    placeholders = {u.start: f"P{i}" for i, u in enumerate(a.units)}
    again = parse(render(a, lambda u: placeholders[u.start]))
    assert [u.text for u in again.units] == [placeholders[u.start] for u in a.units]
    assert [v.kind for v in again.verbatim] == [v.kind for v in a.verbatim]
