"""Markdown editions keep every byte they do not translate (issue 11).

On the conformance corpus (tests/data/corpus: digest articles in zh-Hans and
English, one construct or more each) and on generated documents:
- a Traditional edition with an empty glossary equals an oracle: OpenCC's
  conversion of each unit's text with code, link destinations, autolinks and
  HTML tags masked by a masker of this file's own, split at the source's line
  breaks; with the glossary only glossary renderings differ;
- a reversible translation (each Han character shifted by one code point) is
  laid in place and laid back gives the source byte for byte;
- an English edition keeps every byte outside its units;
- a converted edition has no Simplified-only character outside code and URLs.
"""

from __future__ import annotations

import difflib
import json
import re
from pathlib import Path

import opencc
import polib
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from mdit_py_plugins.front_matter import front_matter_plugin

from digestl10n.build import converter_for, localize
from digestl10n.catalog import template
from digestl10n.cli import main
from digestl10n.config import Variant, parse_settings
from digestl10n.errors import ConfigError
from digestl10n.glossary import load_glossary
from digestl10n.languages import parse_language
from digestl10n.model import Article, UnitKind, VerbatimKind
from digestl10n.render import document
from digestl10n.segment import parse_article
from digestl10n.segment.markdown import bare_urls, protected_spans
from digestl10n.variants import simplified_only, steering_for

from .conftest import NOISE, ROOT
from .test_segment_markdown import documents

CORPUS_DIR = Path(__file__).parent / "data" / "corpus"
CORPUS = sorted(p.name for p in CORPUS_DIR.glob("*.md"))
CHINESE = [n for n in CORPUS if n.startswith("zh-")]
EN = parse_language("en")
ZH_HANS = parse_language("zh-Hans")
VARIANTS = {
    "zh-Hant": Variant(parse_language("zh-Hant"), ZH_HANS, "s2t"),
    "zh-TW": Variant(parse_language("zh-TW"), ZH_HANS, "s2twp"),
    "zh-HK": Variant(parse_language("zh-HK"), ZH_HANS, "s2hk"),
}
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def read(name: str) -> str:
    return (CORPUS_DIR / name).read_bytes().decode("utf-8")


def parse(source: str) -> Article:
    return parse_article(source, name="a", path="source/a.md", noise=NOISE)


def catalog(article: Article, translate=lambda s: s) -> polib.POFile:
    pot = template(article, date="2024-06-15 00:00+0000", source_language=None)
    for e in pot:
        e.msgstr = translate(e.msgid)
    return pot


def edition(source: str, tag: str, glossary=None) -> str:
    article = parse(source)
    variant = VARIANTS[tag]
    convert = converter_for(variant, glossary)
    e = localize(article, variant.target, None, variant=variant, convert=convert)
    return document(e, keep_noise=True)


# --- the oracle: a masker of its own, OpenCC, split at the source's line breaks --------------

_MASKED = re.compile(
    r"(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)"  # code span: runs of equal length
    r"|\]\((?:[^()\s]|\((?:[^()])*\))*(?:\s+\"[^\"]*\")?\s*\)"  # ](destination "title")
    r"|\]\[[^\]]*\]"  # ][reference]
    r"|<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^<>\s]*>"  # autolink
    r"|<[^<>@\s]+@[^<>\s]+>"  # e-mail autolink
    r"|<!--[\s\S]*?-->|</?[A-Za-z][^<>]*>"  # HTML comment, tag
    # A URL set off by a space; it ends where a link's `](destination)` begins, since
    # CommonMark has no bare links: the inline link is the parser's, and prose follows it.
    r"|(?:(?<=\s)|^)[a-z]+://(?:(?!\]\()[^\s<>\"`\u3000-\u303f\uff00-\uffef])+"
    r"|[a-z]+://[A-Za-z0-9_\-.~:/?#\[\]@!$&'()*+,;=%]+"  # glued to the text: RFC 3986 characters
)
_MARK = "\ufdd0"
# Read, so converted, inside what is masked: a link's title (the corpus quotes titles
# with "), and the alt, title, aria-label or placeholder value of an opening tag.
_TITLE = re.compile(r'^\]\(.*\s"([^"]*)"\s*\)$', re.S)
_READ_VALUE = re.compile(r'(?<=[\s"\'])(?i:alt|title|aria-label|placeholder)\s*=\s*"([^"]*)"')


def _kept(text: str) -> list[tuple[int, int]]:
    """The spans of `text` the oracle keeps as they are, in order."""
    spans = []
    for m in _MASKED.finditer(text):
        piece = m.group()
        if piece.startswith("]("):
            read = [t.span(1) for t in _TITLE.finditer(piece)]
        elif re.match(r"<[A-Za-z]", piece):
            read = [t.span(1) for t in _READ_VALUE.finditer(piece)]
        else:
            read = []
        pos = 0
        for a, b in read:
            if a < b:
                spans.append((m.start() + pos, m.start() + a))
                pos = b
        spans.append((m.start() + pos, m.end()))
    return spans


def oracle_text(text: str, config: str) -> str:
    spans = _kept(text)
    masked, pos = [], 0
    for a, b in spans:
        masked += [text[pos:a], _MARK]
        pos = b
    masked.append(text[pos:])
    out = opencc.OpenCC(f"{config}.json").convert("".join(masked)).split(_MARK)
    assert len(out) == len(spans) + 1
    kept = [text[a:b] for a, b in spans]
    return "".join(p + k for p, k in zip(out, [*kept, ""], strict=True))


def oracle(source: str, config: str) -> str:
    """The source with each unit's oracle text in place, split where its source lines split."""
    article = parse(source)
    out, pos = [], 0
    for unit in article.units:
        converted = oracle_text(unit.text, config)
        assert len(converted) == len(unit.text), "a length-changing conversion needs no oracle"
        for s, e, ts, te in unit.pieces or ((unit.start, unit.end, 0, len(unit.text)),):
            out += [source[pos:s], converted[ts:te]]
            pos = e
    out.append(source[pos:])
    return "".join(out)


def same_outside_han(source: str, out: str) -> None:
    assert HAN.sub("", source) == HAN.sub("", out)
    assert source.count("\n") == out.count("\n")


@pytest.mark.parametrize("tag", ["zh-Hant", "zh-HK"])
@pytest.mark.parametrize("name", CHINESE)
def test_corpus_variant_edition_equals_the_oracle(name, tag):
    source = read(name)
    out = edition(source, tag)
    assert out == oracle(source, VARIANTS[tag].opencc)
    same_outside_han(source, out)


@pytest.mark.parametrize("name", CHINESE)
def test_corpus_taiwan_edition_differs_from_the_oracle_only_in_phrases(name):
    """s2twp's phrases may change a text's length: compare the joined texts, the rest exactly."""
    source = read(name)
    out = edition(source, "zh-TW")
    again = parse(out)
    article = parse(source)
    assert len(again.units) == len(article.units)
    assert [u.text for u in again.units] == [oracle_text(u.text, "s2twp") for u in article.units]
    same_outside_han(source, out)  # phrases are Han too: every other byte stays
    assert outside_units(again) == outside_units(article)


def _glossary():
    text = (ROOT / "glossary.tsv").read_bytes().decode("utf-8")
    return load_glossary(text, "glossary.tsv")


@pytest.mark.parametrize("tag", ["zh-Hant", "zh-TW", "zh-HK"])
@pytest.mark.parametrize("name", CHINESE)
def test_corpus_with_the_glossary_only_glossary_renderings_differ(name, tag):
    source = read(name)
    glossary = _glossary()
    plain, steered = edition(source, tag), edition(source, tag, glossary)
    renderings = sorted(set(steering_for(glossary, VARIANTS[tag]).values()), key=len)
    covered = [False] * len(steered)
    for r in renderings:
        for m in re.finditer(re.escape(r), steered):
            covered[m.start() : m.end()] = [True] * len(r)
    # A term cut out of an OpenCC phrase changes the phrase around it too
    # (函数式编程 → 函數語言程式設計, but 函数式|编程 → 函數式|程式設計): a
    # difference must touch a rendering.
    matcher = difflib.SequenceMatcher(None, plain, steered, autojunk=False)
    for op, _, _, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            assert any(covered[max(0, j1 - 1) : j2 + 1]), (op, steered[j1 - 5 : j2 + 5])


def test_corpus_glossary_steers_something():
    out = edition(read("zh-36-glossary-terms.md"), "zh-TW", _glossary())
    assert "大型語言模型" in out and "資料" in out


# --- the splice code, run with a translation that is not the msgid ---------------------------


def shift(text: str, by: int = 1) -> str:
    """Each CJK ideograph moved `by` code points within U+4E00..U+9FFF: reversible."""
    return "".join(
        chr(0x4E00 + (ord(c) - 0x4E00 + by) % 0x5200) if "\u4e00" <= c <= "\u9fff" else c
        for c in text
    )


def round_trip(source: str) -> None:
    article = parse(source)
    there = document(localize(article, EN, catalog(article, shift)), keep_noise=True)
    if HAN.search("".join(u.text for u in article.units)):
        assert there != source
    same_outside_han(source, there)
    back = parse(there)
    assert [u.text for u in back.units] == [shift(u.text) for u in article.units]
    home = document(localize(back, EN, catalog(back, lambda s: shift(s, -1))), keep_noise=True)
    assert home.encode("utf-8") == source.encode("utf-8")


@pytest.mark.parametrize("name", CORPUS)
def test_corpus_identity_and_reversible_translation(name):
    source = read(name)
    article = parse(source)
    same = document(localize(article, EN, catalog(article)), keep_noise=True)
    assert same.encode("utf-8") == source.encode("utf-8")
    round_trip(source)


# --- an English edition keeps every byte outside its units ----------------------------------


def to_english(msgid: str) -> str:
    """A stand-in English translation: each run of non-ASCII letters becomes words."""
    return re.sub(r"[^\x00-\x7f\s]+", lambda m: " word" * max(1, len(m.group()) // 3) + " ", msgid)


def outside_units(article: Article) -> list[str]:
    src, out, pos = article.source, [], 0
    for unit in article.units:
        out.append(src[pos : unit.start])
        pos = unit.end
    out.append(src[pos:])
    return out


@pytest.mark.parametrize("name", CORPUS)
def test_corpus_english_edition_keeps_every_byte_outside_its_units(name):
    article = parse(read(name))
    out = document(localize(article, EN, catalog(article, to_english)), keep_noise=True)
    again = parse(out)
    assert len(again.units) == len(article.units)
    assert outside_units(again) == outside_units(article)


# --- no Simplified text left outside code and URLs ---------------------------------------


def _readable(article: Article) -> str:
    """The text of an edition a reader sees, without code, URLs, tags and comments."""
    src = article.source
    code = [(v.start, v.end) for v in article.verbatim if v.kind is not VerbatimKind.NOISE]
    for start, end in sorted(code, reverse=True):
        src = src[:start] + src[end:]
    # A reference definition's label and destination; its title is read (a tooltip).
    src = re.sub(r"^((?:> ?)*) {0,3}\[[^\]]+\]:[ \t]*\S+", r"\1", src, flags=re.M)
    return _MASKED.sub("", src)


@pytest.mark.parametrize("tag", ["zh-Hant", "zh-TW", "zh-HK"])
@pytest.mark.parametrize("name", CHINESE)
def test_corpus_converted_edition_leaves_no_simplified_text(name, tag):
    out = parse(edition(read(name), tag, _glossary()))
    assert simplified_only(_readable(out)) == ""


def test_corpus_has_what_the_issue_lists():
    corpus = {n: read(n) for n in CORPUS}
    text = "".join(corpus.values())
    assert len(corpus) >= 40 and sum(n.startswith("en-") for n in corpus) >= 5
    for needle in [
        "](https://example.com/s?q=网络日志)", "[![", "1、", "**1、", "（1）", "<iframe",
        '<p align="center">', "<!--", "&nbsp;", "\u200b", "\u3000\n", ">\u3000", "\u00a0",
        "-\t", "```bash", "讀書", "  \n", "\\\n", "<ins>", "Title: ", "---\ntitle:",
        "_(b)", "\n)", "(\nhttps", "]: https", "\n   存储",
    ]:  # fmt: skip
        assert needle in text, needle
    assert any("\r\n" in t for t in corpus.values())
    assert any(len(line) > 4000 for t in corpus.values() for line in t.splitlines())


# --- generated documents --------------------------------------------------------------------

PROSE = ["选在今天", "放开注册", "发布了", "新版本", "数据", "软件", "。", "，", "模型"]
INLINE_MD = [
    "[语雀](https://yuque.com/)",
    "[个人网站](https://example.com/网络日志)",
    "<https://example.com/a_(b)>",
    "`代码 不转换`",
    "<ins>插入的文字</ins>",
    "&nbsp;",
    "&copy;",
    "[![图](https://example.com/图.png)](https://example.com/x)",
    "https://example.com/p_(q)",
    " https://zh.wikipedia.org/wiki/数据 ",
    "数\u200b据",
    "<!-- note -->",
    "**加粗**",
]
_PIECES = st.lists(st.sampled_from(PROSE + PROSE + INLINE_MD), min_size=1, max_size=8)


@st.composite
def rich_paragraph(draw: st.DrawFn) -> str:
    """CJK prose with inline Markdown, hand-wrapped over lines with a block prefix."""
    lines = ["".join(draw(_PIECES)) for _ in range(draw(st.integers(1, 3)))]
    ends = [draw(st.sampled_from(["", "  ", "\\", "\u3000", " "])) for _ in lines[:-1]]
    lines = [line + end for line, end in zip(lines, ends, strict=False)] + lines[len(ends) :]
    prefix = draw(st.sampled_from(["", "> ", "- ", "1. ", ">\u3000"]))
    rest = {"- ": "  ", "1. ": "   "}.get(prefix, prefix)
    if not lines[0].strip() or lines[0].lstrip().startswith(("<", "!")):
        lines[0] = "开头" + lines[0]
    return "\n".join([prefix + lines[0]] + [rest + line for line in lines[1:]])


HTML_BLOCKS = [
    '<p align="center">\n  <img src="https://example.com/图.png">\n  开源的数据工具\n</p>',
    '<div align="center">这是居中的一句话，说明软件的目标。</div>',
    '<iframe src="https://player.example.com/v/1"></iframe>',
    "<!-- English note for the editor -->",
    "```\n代码块里的数据\n```",
    "| 模型 | 数据 |\n| --- | --- |\n| 甲 | [链接](https://example.com/数据) |",
]
HEADERS = ["", "Title: 数据周刊\nDate: 2024-06-01\nSummary: 本期介绍\n    两篇论文\n\n"]


@st.composite
def rich_documents(draw: st.DrawFn) -> str:
    """Rich CJK paragraphs, HTML blocks, code, tables, then a generated document."""
    block = st.one_of(rich_paragraph(), rich_paragraph(), st.sampled_from(HTML_BLOCKS))
    blocks = draw(st.lists(block, min_size=1, max_size=5))
    base, _ = draw(documents())
    eol = draw(st.sampled_from(["\n", "\r\n"]))
    text = draw(st.sampled_from(HEADERS)) + "\n\n".join(blocks)
    return text.replace("\n", eol) + eol + eol + base


CASES = settings(
    max_examples=120, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)


@CASES
@given(rich_documents(), st.sampled_from(["zh-Hant", "zh-HK"]))
def test_generated_variant_edition_equals_the_oracle(source, tag):
    out = edition(source, tag)
    assert out == oracle(source, VARIANTS[tag].opencc)
    same_outside_han(source, out)


@CASES
@given(rich_documents())
def test_generated_reversible_translation_round_trips(source):
    round_trip(source)


# --- the whole pipeline on the corpus -------------------------------------------------------

CORPUS_PROJECT = """\
[tool.digestl10n]
source_language = "zh-Hans"
targets = ["zh-Hant", "zh-TW", "zh-HK"]
glossary = "glossary.tsv"

[tool.digestl10n.variants]
zh-Hant = { base = "zh-Hans", opencc = "s2t" }
zh-TW = { base = "zh-Hans", opencc = "s2twp" }
zh-HK = { base = "zh-Hans", opencc = "s2hk" }
"""


def test_corpus_through_extract_convert_check_and_build(tmp_path):
    (tmp_path / "source").mkdir()
    for name in CHINESE:
        (tmp_path / "source" / name).write_bytes((CORPUS_DIR / name).read_bytes())
    # The images the corpus links to: build copies them and checks every link.
    for asset in ("img/arch.png", "icon.png"):
        (tmp_path / "source" / asset).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "source" / asset).write_bytes((CORPUS_DIR / asset).read_bytes())
    (tmp_path / "glossary.tsv").write_bytes((ROOT / "glossary.tsv").read_bytes())
    (tmp_path / "pyproject.toml").write_text(CORPUS_PROJECT, encoding="utf-8")

    def run(*args: str):
        return CliRunner().invoke(main, ["-C", str(tmp_path), *args], catch_exceptions=False)

    for step in (["extract"], ["convert"]):
        assert run(*step).exit_code == 0
    checked = run("check", "--format", "json")
    assert checked.exit_code == 0, checked.output
    assert json.loads(checked.output)["findings"] == []
    built = run("build", "--all")
    assert built.exit_code == 0, built.output
    for name in CHINESE:
        source = read(name)
        assert (tmp_path / "build" / "zh-Hans" / name).read_bytes() == source.encode("utf-8")
        for tag in VARIANTS:
            out = (tmp_path / "build" / tag / name).read_bytes().decode("utf-8")
            same_outside_han(source, out)
            assert simplified_only(_readable(parse(out))) == ""


# --- pieces, and containment on the in-place path ------------------------------------------


def check_pieces(article: Article) -> None:
    """Each unit's pieces: in order, inside its span, each the same text in source and msgid."""
    for u in article.units:
        if not u.pieces:
            continue
        assert u.pieces[0][0] == u.start and u.pieces[-1][1] == u.end
        for s, e, ts, te in u.pieces:
            assert article.source[s:e] == u.text[ts:te]
        for a, b in zip(u.pieces, u.pieces[1:], strict=False):
            assert a[1] < b[0] and a[3] <= b[2]
            assert u.text[a[3] : b[2]] in ("", " ", "\n")


@pytest.mark.parametrize("name", CORPUS)
def test_corpus_pieces(name):
    check_pieces(parse(read(name)))


@CASES
@given(documents())
def test_generated_pieces(doc):
    check_pieces(parse(doc[0]))


_HOSTILE = st.lists(
    st.sampled_from(list("#>-*`|[]()<>!\\ \n大譯文") + ["<script>", "```", "\n\n", "1. "]),
    min_size=1,
    max_size=16,
).map("".join)


@CASES
@given(st.data())
def test_a_hostile_variant_msgstr_is_contained_too(data):
    """A reviewer's variant msgstr is contained unless it differs from its msgid in letters only."""
    source = read("zh-35-mixed.md")
    article = parse(source)
    tw = VARIANTS["zh-TW"]
    po = catalog(article, lambda s: data.draw(_HOSTILE.filter(str.strip), label=s))
    out = document(localize(article, tw.target, po, variant=tw), keep_noise=True)
    tokens = MarkdownIt("commonmark").use(front_matter_plugin).parse(out)
    html = [t for t in tokens if t.type == "html_block"]
    html += [c for t in tokens for c in t.children or () if c.type == "html_inline"]
    assert not [t.content for t in html if "<script" in t.content]
    again = parse(out)
    assert [u.kind for u in again.units] == [u.kind for u in article.units]
    # YAML may need a plain value quoted ("#"), outside the value's own span.
    unquoted = [o.replace('"', "") for o in outside_units(article)]
    assert [o.replace('"', "") for o in outside_units(again)] == unquoted


# --- the rules one by one ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("访问https://yuque.com/了解更多", "https://yuque.com/"),
        ("见https://example.com/a_(b)。", "https://example.com/a_(b)"),
        ("（详见https://example.com/p）", "https://example.com/p"),
        (
            "见 https://zh.wikipedia.org/wiki/大语言模型 了解",
            "https://zh.wikipedia.org/wiki/大语言模型",
        ),
        ("See https://example.com/p.", "https://example.com/p"),
        ("https://example.com/q?a=1&b=2，然后", "https://example.com/q?a=1&b=2"),
    ],
)
def test_where_a_bare_url_ends(text, url):
    """The README's table of the URL rule."""
    assert [text[s:e] for s, e in bare_urls(text)] == [url]


def test_masking_comes_from_the_parse():
    text = "[语雀](https://yuque.com/)选在今天，`代码`和<ins>插入</ins>见[文][参考]，<https://e.com/数据>"
    kept = [text[s:e] for s, e in protected_spans(text)]
    assert kept == [
        "](https://yuque.com/)", "`代码`", "<ins>", "</ins>", "][参考]", "<https://e.com/数据>",
    ]  # fmt: skip
    # Not a code span: the runs differ; markdown-it reads the tag as HTML.
    assert [text[s:e] for text in ["``<b>`"] for s, e in protected_spans(text)] == ["<b>"]


def _parser_spans(text: str) -> list[tuple[int, int]]:
    """protected_spans' spans before bare URLs, from markdown-it's parse whatever the text."""
    from digestl10n.segment import markdown

    spans: list[tuple[int, int]] = []
    env = {markdown._PROTECT_KEY: spans, "references": markdown._AnyReference()}
    markdown._MD.parseInline(text, env)
    return sorted(spans)


_LINKISH = [
    "[",
    "]",
    "(",
    ")",
    "](",
    "!",
    "\\",
    "<",
    ">",
    "`",
    "&#58;",
    "&",
    " ",
    "\u3000",
    "\n",
    "javascript:",
    "data:image/png,A",
    "data:text/html,A",
    "http://x.org/a_(b)",
    "数据",
    "[a](http://e.com/x)",
    "[网站](https://e.com/数据)",
    "[]",
    "[x][y]",
    "*",
    "[a](javascript:x)",
    "[a](data:text/html,x)",
    "[a](data:image/png,x)",
]


@given(st.lists(st.sampled_from(_LINKISH), max_size=10).map("".join))
@settings(max_examples=3000)
def test_simple_links_are_read_as_the_parser_reads_them(text):
    from digestl10n.segment.markdown import _simple_links

    found = _simple_links(text)
    if found is not None:
        assert found == _parser_spans(text)


@pytest.mark.parametrize(
    ("text", "simple"),
    [
        ("见[网站](https://e.com/网络)和[b](http://x.y/z)。", True),
        ("没有链接 https://e.com/", True),
        ("![图](https://e.com/a.png)", False),  # an image
        ("[a](javascript:alert)", False),  # markdown-it refuses the destination
        ("[a](https://e.com/a b)", False),  # a title may follow
        ("[a](https://e.com/) `代码`", False),
        ("[a][b] 和 [c](d)", False),
    ],
)
def test_simple_links_leave_the_rest_to_the_parser(text, simple):
    from digestl10n.segment.markdown import _simple_links

    found = _simple_links(text)
    assert (found is not None) is simple
    assert found is None or found == _parser_spans(text)


def test_metadata_header_values_are_units_and_the_rest_is_kept():
    source = read("zh-07-metadata-header.md")
    article = parse(source)
    meta = [u for u in article.units if u.kind is UnitKind.METADATA]
    assert [u.text for u in meta] == [
        "第一百期：回顾与展望",
        "本期回顾过去两年的变化，并展望下一阶段的计划。",
    ]
    assert article.units[2].text == "周刊已经连续出版了一百期，感谢每一位读者。"
    assert not any("weekly" in u.text or "2024" in u.text for u in article.units)
    out = edition(source, "zh-Hant")
    assert out.startswith("Title: 第一百期：回顧與展望\nDate: 2024-06-15 10:00\nCategory: weekly\n")
    assert "Summary: 本期回顧過去兩年的變化，\n    並展望下一階段的計劃。\n" in out


@pytest.mark.parametrize(
    "source",
    [
        "Note: this opens an English article.\nIt goes on.\n",  # not a metadata key
        "Title: a\nnot a key line\n",  # a line that is neither key nor continuation
        "---\ntitle: 前言\n---\n",  # YAML front matter instead
    ],
)
def test_what_is_not_a_metadata_header(source):
    assert UnitKind.METADATA not in {u.kind for u in parse(source).units}


def test_metadata_keys_are_configurable():
    settings = parse_settings('[tool.digestl10n]\nmetadata_keys = ["Title", "Category"]\n')
    assert settings.metadata_keys == ("title", "category")
    source = "Title: 标题\nCategory: 周刊\nSummary: 摘要\n\n正文。\n"
    article = parse_article(source, name="a", path="a.md", keys=settings.metadata_keys)
    assert [u.text for u in article.units] == ["标题", "周刊", "正文。"]
    with pytest.raises(ConfigError, match="metadata_keys"):
        parse_settings("[tool.digestl10n]\nmetadata_keys = 'title'\n")


def test_html_block_text_is_a_unit_and_its_translation_stays_html_text():
    source = '<p align="center">\n  <img src="a.png">\n  开源的知识管理工具\n</p>\n'
    article = parse(source)
    assert [(u.kind, u.text) for u in article.units] == [(UnitKind.HTML_TEXT, "开源的知识管理工具")]
    out = document(localize(article, EN, catalog(article, lambda s: "A <script> tool\nfor notes")))
    assert out == source.replace("开源的知识管理工具", "A &lt;script> tool for notes")
    # A "<" that opens no tag is text to HTML, and stays as written.
    text = "If a < b, </p> <!-- x --> <?php <br/>"
    out = document(localize(article, EN, catalog(article, lambda s: text)))
    escaped = "If a < b, &lt;/p> &lt;!-- x --> &lt;?php &lt;br/>"
    assert out == source.replace("开源的知识管理工具", escaped)


def test_an_alt_or_title_value_in_an_html_block_is_a_unit_translated_in_place():
    source = (
        '<p align="center">\n  <img alt="知识共享许可协议" src="图/a.png">\n'
        "  <a title='许可' href=\"https://example.com/许可\">署名</a>\n</p>\n"
    )
    article = parse(source)
    assert [(u.kind, u.text) for u in article.units] == [
        (UnitKind.HTML_ATTRIBUTE, "知识共享许可协议"),
        (UnitKind.HTML_ATTRIBUTE, "许可"),
        (UnitKind.HTML_TEXT, "署名"),
    ]
    english = {"知识共享许可协议": 'A "CC" licence', "许可": "It's licensed", "署名": "Attribution"}
    out = document(localize(article, EN, catalog(article, english.get)))
    assert out == (
        '<p align="center">\n  <img alt="A &quot;CC&quot; licence" src="图/a.png">\n'
        "  <a title='It&#39;s licensed' href=\"https://example.com/许可\">Attribution</a>\n</p>\n"
    )
    assert [u.text for u in parse(out).units] == [
        "A &quot;CC&quot; licence",
        "It&#39;s licensed",
        "Attribution",
    ]
    assert edition(source, "zh-Hant", _glossary()) == (
        '<p align="center">\n  <img alt="知識共享許可協議" src="图/a.png">\n'
        "  <a title='許可' href=\"https://example.com/许可\">署名</a>\n</p>\n"
    )


def _reference_titles(text: str) -> list[str]:
    env: dict = {}
    MarkdownIt("commonmark").parse(text, env)
    return [r["title"] for r in env.get("references", {}).values()]


@pytest.mark.parametrize("quote", ['"…"', "'…'", "(…)"])
def test_a_reference_definition_title_is_translated_in_its_own_quotes(quote):
    opener, closer = quote[0], quote[-1]
    source = f"见[文档][doc]。\n\n[doc]: https://example.com/文档 {opener}说明文档{closer}\n"
    article = parse(source)
    assert [(u.kind, u.text) for u in article.units][1:] == [(UnitKind.LINK_TITLE, "说明文档")]
    english = 'The "docs" (it\'s here)'
    out = document(localize(article, EN, catalog(article, lambda s: english)))
    assert _reference_titles(out) == [english]
    assert out.split("\n\n")[1].startswith("[doc]: https://example.com/文档 ")
    assert edition(source, "zh-Hant") == (
        f"見[文檔][doc]。\n\n[doc]: https://example.com/文档 {opener}說明文檔{closer}\n"
    )


def test_an_english_translation_keeps_the_source_hard_break_style():
    source = "> 第一行  \n> 第二行\n\n甲\\\n乙\n"
    article = parse(source)
    out = document(localize(article, EN, catalog(article, lambda s: "One\nTwo")))
    assert out == "> One  \n> Two\n\nOne\\\nTwo\n"


def test_inline_html_at_a_line_start_is_not_escaped_but_an_html_block_opener_is():
    source = "<ins>首先</ins>，买来以后。\n"
    article = parse(source)
    out = document(localize(article, EN, catalog(article, lambda s: "<ins>First</ins>, then.")))
    assert out == "<ins>First</ins>, then.\n"
    hostile = "<ins>First</ins>\n<div>\n"
    out = document(localize(article, EN, catalog(article, lambda s: hostile)))
    assert out == "<ins>First</ins>\\\n\\<div>\n"


@pytest.mark.parametrize("msgstr", ["\\\n\n", "#\\\n\n", "#\\", "  \\\n  "])
def test_a_msgstr_of_breaks_and_markers_keeps_its_block(msgstr):
    """Found by the hostile property: a translator's hard break must not leave a block opener
    (`#`) or an empty block behind, which would end the list item it stands in."""
    source = "- 第一项\n- [链接二](https://example.com/2)：后面跟着说明文字。\n"
    article = parse(source)
    po = catalog(article, lambda s: msgstr if s.startswith("[") else s)
    tw = VARIANTS["zh-TW"]
    out = document(localize(article, tw.target, po, variant=tw), keep_noise=True)
    again = parse(out)
    assert [u.kind for u in again.units] == [u.kind for u in article.units]
    assert out.count("\n") == source.count("\n")
