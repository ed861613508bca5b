"""glossary.py: the glossary.tsv format, term matching, steering and catalog comments."""

from __future__ import annotations

import re
from pathlib import Path

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digestl10n.errors import GlossaryError
from digestl10n.glossary import annotate, lint_glossary, load_glossary
from digestl10n.languages import parse_language

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "glossary"
ZH, EN, TW, HK, HANT = (parse_language(t) for t in ("zh-Hans", "en", "zh-TW", "zh-HK", "zh-Hant"))

SMALL = """\
# comment lines and blank lines are skipped

zh-Hans\ten\tzh-TW\tnote\tdomain
LLM\t=\t=\tKeep the acronym.\tmodels
大语言模型|大型语言模型\tlarge language model\t大型語言模型|!大語言模型\t\tmodels
语言模型\tlanguage model\t語言模型\t\tmodels
数据集\tdataset|!data set\t資料集|!數據集\t\tdata
微调\tfine-tuning|fine-tune|fine-tuned\t微調\t\ttraining
消融研究\tablation study\t消融研究\t\tevaluation
MoE\t=\t=\t\tmodels
蒙特卡洛树搜索\tMonte Carlo tree search\t蒙地卡羅樹搜尋\t\tmodels
推理\treasoning|inference\t推理|推論\tTwo senses.\tmodels
算法\talgorithm\t演算法|!算法\t\tgeneral
标记\ttoken\t\t\tmodels
"""


@pytest.fixture(scope="module")
def small():
    return load_glossary(SMALL, "glossary.tsv")


@pytest.fixture(scope="module")
def project_glossary():
    return load_glossary((ROOT / "glossary.tsv").read_text(encoding="utf-8"), "glossary.tsv")


def terms(glossary, text, language):
    return [(m.term, m.text) for m in glossary.find(text, language)]


# --- format


def test_parse_columns_renderings_forbidden_and_notes(small):
    assert [lang.tag for lang in small.languages] == ["zh-Hans", "en", "zh-TW"]
    assert small.source.tag == "zh-Hans"
    llm, big = small.concepts[0], small.concepts[1]
    assert (llm.line, llm.note, llm.domain) == (4, "Keep the acronym.", "models")
    # "=" keeps the source term as-is in that language.
    assert small.rendering(llm, EN) == "LLM" and small.rendering(llm, TW) == "LLM"
    assert small.accepted(big, ZH) == ("大语言模型", "大型语言模型")
    assert small.rendering(big, TW) == "大型語言模型"
    assert small.forbidden(big, TW) == ("大語言模型",)
    # An empty cell sets no rule; a language without a column has none either.
    token = small.concepts[-1]
    assert small.rendering(token, TW) is None and small.rendering(token, HK) is None


def test_crlf_bom_and_trailing_blank_lines_are_accepted(small):
    text = "\ufeff" + SMALL.replace("\n", "\r\n") + "\r\n\r\n"
    crlf = load_glossary(text, "g.tsv")
    assert [c.accepted for c in crlf.concepts] == [c.accepted for c in small.concepts]


MALFORMED = sorted(DATA.glob("malformed/*.tsv"))


@pytest.mark.parametrize("path", MALFORMED, ids=[p.stem for p in MALFORMED])
def test_each_malformed_file_names_its_line(path):
    text = path.read_text(encoding="utf-8")
    m = re.match(r"# expect (\d+): (.+)\n", text)
    assert m, "a malformed fixture states the line and message it expects"
    with pytest.raises(GlossaryError) as info:
        load_glossary(text, path.name)
    err = info.value
    assert (err.path, err.line) == (path.name, int(m.group(1)))
    assert m.group(2) in err.message
    assert str(err).startswith(f"{path.name}:{m.group(1)}: ")


def test_malformed_fixtures_cover_every_error_kind():
    kinds = {p.stem for p in MALFORMED}
    assert {
        "wrong_column_count",
        "unknown_language_column",
        "duplicate_source_term",
        "rendering_also_forbidden",
        "forbidden_elsewhere",
    } <= kinds


def test_lint_reports_every_broken_row_not_just_the_first():
    text = (
        SMALL
        + "数据集\tdata\t數據\t\t\n"
        + "x\ty\n"
        + "量化\tquantization|!quantization\t量化\t\t\n"
    )
    errors = lint_glossary(text, "g.tsv")
    assert [(e.line, e.message.split(":")[0]) for e in errors] == [
        (15, "duplicate zh-Hans term '数据集'"),
        (16, "expected 5 tab-separated columns as in the header (line 3), found 2"),
        (17, "en"),
    ]


def test_the_project_glossary_is_well_formed_and_covers_the_seed(project_glossary):
    g = project_glossary
    assert lint_glossary((ROOT / "glossary.tsv").read_text(encoding="utf-8"), "glossary.tsv") == []
    assert [lang.tag for lang in g.languages][:5] == ["zh-Hans", "en", "zh-Hant", "zh-TW", "zh-HK"]
    assert len(g.concepts) >= 80
    seed_terms = [
        "LLM",
        "大语言模型",
        "大型语言模型",
        "MoE",
        "混合专家",
        "检索增强生成",
        "RAG",
        "蒙特卡洛树搜索",
        "MCTS",
        "标记",
        "数据集",
        "基准测试",
        "微调",
        "预训练",
        "推理",
        "对齐",
        "量化",
        "智能手机",
        "高质量",
        "上下文",
        "参数",
        "多模态",
        "注意力",
        "吞吐量",
        "零样本",
        "思维链",
    ]
    for term in seed_terms:
        found = terms(g, term, ZH)
        assert found == [(term, term)], term
    # Taiwan and Hong Kong usage, where a plain character conversion is wrong.
    expect = {
        ("大语言模型", TW): "大型語言模型",
        ("数据集", TW): "資料集",
        ("智能手机", TW): "智慧型手機",
        ("质量", TW): "品質",
        ("算法", TW): "演算法",
        ("代码", TW): "程式碼",
        ("参数", TW): "參數",
        ("网络", TW): "網路",
        ("内存", TW): "記憶體",
        ("软件", TW): "軟體",
        ("软件", HK): "軟件",
        ("硬件", HK): "硬件",
        ("数据集", HK): "數據集",
        ("智能手机", HK): "智能手機",
        ("LLM", EN): "LLM",
        ("数据集", EN): "dataset",
        ("基准测试", EN): "benchmark",
        ("微调", EN): "fine-tuning",
    }
    for (term, lang), want in expect.items():
        (m,) = g.find(term, ZH)
        assert g.rendering(m.concept, lang) == want, (term, lang.tag)
    (param,) = g.find("参数", ZH)
    assert "引數" in g.forbidden(param.concept, TW)


def test_at_least_80_concepts_have_a_rendering_in_every_column(project_glossary):
    g = project_glossary
    full = [c for c in g.concepts if all(g.accepted(c, lang) for lang in g.languages)]
    assert len(full) >= 80
    # Rows added for Taiwan's review may leave other columns empty, never zh-TW.
    assert all(g.accepted(c, TW) for c in g.concepts)


# --- matching


def test_cjk_is_exact_and_the_longest_term_wins(small):
    assert terms(small, "大语言模型和语言模型", ZH) == [
        ("大语言模型", "大语言模型"),
        ("语言模型", "语言模型"),
    ]
    assert terms(small, "用大型语言模型", ZH) == [("大型语言模型", "大型语言模型")]


def test_latin_terms_are_whole_words(small):
    assert terms(small, "Tx-LLM与ShiftAddLLM和LLM4", ZH) == [("LLM", "LLM")]
    assert terms(small, "大语言模型(LLMs)在近年", ZH) == [
        ("大语言模型", "大语言模型"),
        ("LLM", "LLMs"),
    ]


def test_latin_terms_are_case_aware(small):
    # Upper-case letters must stay upper case; lower-case ones may be capitalised.
    assert terms(small, "llm and Llm and LLMS", EN) == [("LLM", "LLMS")]
    assert terms(small, "MOE or moe", ZH) == [("MoE", "MOE")]
    assert terms(small, "Large Language Models and DATASETS", EN) == [
        ("large language model", "Large Language Models"),
        ("dataset", "DATASETS"),
    ]
    assert terms(small, "Monte Carlo Tree Search, monte carlo tree search", EN) == [
        ("Monte Carlo tree search", "Monte Carlo Tree Search")
    ]


def test_english_plurals_and_hyphen_or_space_are_tolerated(small):
    text = "ablation studies on datasets, fine tuning and fine-tuned LLMs"
    assert terms(small, text, EN) == [
        ("ablation study", "ablation studies"),
        ("dataset", "datasets"),
        ("fine-tuning", "fine tuning"),
        ("fine-tuned", "fine-tuned"),
        ("LLM", "LLMs"),
    ]
    assert terms(small, "datasetting fine-tunings' datas", EN) == [("fine-tuning", "fine-tunings")]


def test_unknown_language_and_empty_text_find_nothing(small):
    assert small.find("数据集", parse_language("ja")) == []
    assert small.find("", ZH) == []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="大语言模型型数据集 LLMsMoEl-", max_size=40))
def test_matches_are_real_non_overlapping_and_ordered(text):
    g = load_glossary(SMALL, "g.tsv")
    found = g.find(text, ZH)
    for m in found:
        assert text[m.start : m.end] == m.text
    for a, b in zip(found, found[1:], strict=False):
        assert a.end <= b.start


def test_steering_maps_every_source_term_to_the_rendering_to_use(small):
    steer = small.steering(ZH, TW)
    assert steer["大语言模型"] == "大型語言模型"
    assert steer["大型语言模型"] == "大型語言模型"
    assert steer["数据集"] == "資料集"
    assert "推理" not in steer and "LLM" not in steer  # nothing to change
    assert "标记" not in steer  # no zh-TW rule


# --- catalog comments


def catalog(*msgids: str, source: str | None = "zh-Hans") -> polib.POFile:
    po = polib.POFile()
    if source:
        po.metadata["X-Source-Language"] = source
    for msgid in msgids:
        e = polib.POEntry(msgid=msgid, msgstr="")
        e.comment = "kind: paragraph"
        po.append(e)
    return po


def test_annotate_lists_each_concept_once_with_its_rendering(small):
    po = catalog("大语言模型(LLMs)和LLM使用数据集", "没有术语")
    annotate(po, small, TW)
    assert po[0].comment.split("\n") == [
        "kind: paragraph",
        "glossary: 大语言模型 → 大型語言模型 (not 大語言模型)",
        "glossary: LLM → LLM — Keep the acronym.",
        "glossary: 数据集 → 資料集 (not 數據集)",
    ]
    assert po[1].comment == "kind: paragraph"


def test_annotate_shows_alternatives_and_skips_languages_without_a_rule(small):
    po = catalog("推理和标记")
    annotate(po, small, EN)
    assert po[0].comment.split("\n")[1:] == [
        "glossary: 推理 → reasoning (also inference) — Two senses.",
        "glossary: 标记 → token",
    ]
    po = catalog("推理和标记")
    annotate(po, small, TW)
    assert po[0].comment.split("\n")[1:] == ["glossary: 推理 → 推理 (also 推論) — Two senses."]


def test_annotate_is_idempotent_and_follows_the_source_language(small):
    po = catalog("大语言模型", source=None)  # no header: zh-Hans
    annotate(po, small, EN)
    once = po[0].comment
    annotate(po, small, EN)
    assert po[0].comment == once == "kind: paragraph\nglossary: 大语言模型 → large language model"
    po = catalog("Large language models", source="en")
    annotate(po, small, TW)
    assert po[0].comment.endswith("glossary: large language model → 大型語言模型 (not 大語言模型)")


def test_annotate_drops_glossary_lines_the_msgid_no_longer_earns(small):
    po = catalog("没有术语", "大语言模型")
    po[0].comment = "kind: paragraph\nglossary: 数据集 → 資料集 (not 數據集)\nsee also: x"
    po[1].comment = "glossary: 数据集 → 資料集 (not 數據集)"
    annotate(po, small, TW)
    assert po[0].comment == "kind: paragraph\nsee also: x"
    assert po[1].comment == "glossary: 大语言模型 → 大型語言模型 (not 大語言模型)"
    # A source language the glossary has no column for: no term is found, old lines go.
    po = catalog("数据集", source=None)
    po[0].comment = "kind: paragraph\nglossary: 数据集 → 資料集 (not 數據集)"
    annotate(po, small, TW, source=parse_language("fr"))
    assert po[0].comment == "kind: paragraph"
