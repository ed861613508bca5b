"""Variants: steered OpenCC conversion, the phrase report, provenance, the script test."""

from __future__ import annotations

import doctest
import re
import subprocess

import polib
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digestl10n import variants
from digestl10n.config import Variant
from digestl10n.errors import ConfigError
from digestl10n.glossary import Glossary, load_glossary
from digestl10n.languages import parse_language
from digestl10n.po import format_po, parse_po
from digestl10n.segment import parse_article
from digestl10n.variants import (
    Converters,
    convert_catalog,
    convert_text,
    converter,
    fingerprint,
    han_script,
    phrase_report,
    provenance,
    simplified_only,
    traditional_only,
)

from .conftest import NOISE, needs_gettext

HANS, TW = parse_language("zh-Hans"), parse_language("zh-TW")
S2TWP = Variant(TW, HANS, "s2twp")


def terms(*rows: str) -> Glossary:
    """A glossary of zh-Hans → zh-TW rows ("参数\t參數|!引數")."""
    text = "zh-Hans\tzh-TW\tnote\n" + "".join(f"{row}\t\n" for row in rows)
    return load_glossary(text, "glossary.tsv")


def test_doctests():
    assert doctest.testmod(variants).failed == 0


# --- convert_text --------------------------------------------------------------------------------


def test_glossary_rendering_wins_over_opencc():
    assert converter("s2twp").convert("个人健康大语言模型") == "個人健康大語言模型"
    assert (
        convert_text("个人健康大语言模型", "s2twp", {"大语言模型": "大型語言模型"})
        == "個人健康大型語言模型"
    )


def test_longest_term_wins():
    steering = {"数据": "資料", "数据集": "資料集合"}
    assert convert_text("数据和数据集", "s2twp", steering) == "資料和資料集合"


def test_term_is_never_split_by_opencc_segmentation():
    # OpenCC cuts 参数|据 and would render 引數據; the term 数据 must stay whole.
    assert converter("s2twp").convert("参数据") == "引數據"
    assert convert_text("参数据", "s2twp", {"数据": "資料"}) == "參資料"


@settings(max_examples=60, deadline=None)
@given(
    st.text(alphabet="参数据集大语言模型智能手机算法优化设计计", max_size=8),
    st.text(alphabet="参数据集大语言模型智能手机算法优化设计计", max_size=8),
)
def test_term_rendering_always_appears_whole(before, after):
    steering = {"数据集": "〈資料集〉"}
    out = convert_text(before + "数据集" + after, "s2twp", steering)
    assert out.count("〈資料集〉") >= 1
    assert "〈" not in out.replace("〈資料集〉", "")


@pytest.mark.parametrize(
    "text",
    [
        "见 https://zh.wikipedia.org/wiki/大语言模型 了解",
        "运行 `python 数据.py --参数 1` 即可",
        "用 ``a `数据` b`` 表示",
        "U盘和B超与SQL注入",
        "GPT-4o、MoE、2024年、3.15亿",
    ],
)
def test_verbatim_text_passes_through(text):
    out = convert_text(text, "s2twp", {})
    for keep in re.findall(r"https://\S+(?= )|`+[^`]+`+(?=[^`]|$)|[A-Za-z0-9.\-]+", text):
        assert keep in out, (keep, out)


def test_latin_is_never_rewritten():
    assert converter("s2twp").convert("U盘") == "隨身碟"  # what raw OpenCC does
    assert convert_text("U盘", "s2twp", {}) == "U盤"


def test_latin_only_terms_are_left_to_pass_through():
    assert (
        convert_text("LLM 和 token", "s2twp", {"token": "詞元", "LLM": "大型語言模型"})
        == "LLM 和 token"
    )


def test_term_with_latin_edge_matches_whole_words_only():
    steering = {"GPT模型": "GPT 模型"}
    assert convert_text("用GPT模型", "s2twp", steering) == "用GPT 模型"
    assert convert_text("用ChatGPT模型", "s2twp", steering) == "用ChatGPT模型"


def test_term_inside_url_or_code_is_not_a_term():
    steering = {"数据": "資料"}
    assert convert_text("`数据` 与数据", "s2twp", steering) == "`数据` 與資料"


def test_a_title_and_an_alt_value_are_text_and_their_urls_and_tags_stay():
    # A tooltip or an image's description is read: left Simplified, a Traditional
    # edition showed it so (HelloGitHub's licence footer, a link title).
    text = (
        '[文档](https://example.com/数据 "说明文档") 和 '
        '<img alt="知识共享许可协议" src="图/a.png"> <a title=\'许可\' href="x">链接</a>'
    )
    assert convert_text(text, "s2t", {}) == (
        '[文檔](https://example.com/数据 "說明文檔") 和 '
        '<img alt="知識共享許可協議" src="图/a.png"> <a title=\'許可\' href="x">鏈接</a>'
    )
    # A comment and a closing tag are kept whole.
    assert convert_text('<!-- alt="图" --> </a>', "s2t", {}) == '<!-- alt="图" --> </a>'


def test_text_already_holding_the_marker():
    text = f"数据{variants.MARK}参数 GPT"
    assert convert_text(text, "s2twp", {"参数": "參數"}) == f"資料{variants.MARK}參數 GPT"


def test_unknown_opencc_configuration_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown OpenCC configuration 's2xx'.*s2twp"):
        converter("s2xx")


# --- phrase_report -------------------------------------------------------------------------------


def test_phrase_report_lists_whole_phrases():
    spans = phrase_report("论文将模型扩展到38亿参数", "s2twp")
    assert [(s.source, s.plain, s.phrase, s.glossary) for s in spans] == [
        ("扩展", "擴展", "擴充套件", False),
        ("参数", "參數", "引數", False),
    ]
    assert all("论文将模型扩展到38亿参数"[s.start : s.end] == s.source for s in spans)


def test_phrase_report_marks_glossary_decisions():
    steering = {"参数": "參數", "大语言模型": "大型語言模型"}
    spans = phrase_report("大语言模型的参数", "s2twp", steering)
    assert [(s.source, s.phrase, s.glossary) for s in spans] == [
        ("大语言模型", "大型語言模型", True)
    ]


def test_phrase_report_for_hong_kong_and_plain():
    assert [(s.source, s.phrase) for s in phrase_report("用户说", "s2hk")] == [("户说", "户説")]
    assert phrase_report("用户说", "s2t") == []


# --- the script test -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "simp", "trad"),
    [
        ("干净的数据", "干净数据", ""),
        ("乾淨的資料", "", "乾淨資"),
        ("人類干預與干涉", "", "類預與"),
        ("我們了解這個問題", "", "們這個問題"),  # 了 stays: only 了解 → 瞭解 is a phrase rule
        ("臨床的床", "", "臨"),  # Taiwan writes 床; OpenCC standard writes 牀
        ("用户和平台", "", ""),  # Hong Kong forms of 戶 and 臺
        ("LLM 2024", "", ""),
    ],
)
def test_script_only_characters(text, simp, trad):
    assert simplified_only(text) == simp
    assert traditional_only(text) == trad


def test_han_script():
    assert han_script("大语言模型的数据") == "Hans"
    assert han_script("大型語言模型的資料") == "Hant"
    assert han_script("模型") is None


def test_converted_seed_has_no_simplified_only_character(seed_text):
    article = parse_article(seed_text, name="seed", path="source/seed.txt", noise=NOISE)
    units = list(dict.fromkeys(u.text for u in article.units))
    assert all(traditional_only(u) == "" for u in units)
    for config in ("s2t", "s2twp", "s2hk"):
        leftovers = {u: simplified_only(convert_text(u, config)) for u in units}
        assert {u: s for u, s in leftovers.items() if s} == {}, config


# --- convert_catalog -----------------------------------------------------------------------------


def catalog(*entries: polib.POEntry) -> polib.POFile:
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Language": "zh_TW"}
    for e in entries:
        po.append(e)
    return po


def entry(msgid: str, msgstr: str = "", **kw) -> polib.POEntry:
    return polib.POEntry(msgid=msgid, msgstr=msgstr, **kw)


def identity(po: polib.POFile) -> dict[str, str]:
    return {e.msgid: e.msgid for e in po}


def test_fills_untranslated_entries_with_provenance():
    po = catalog(entry("大语言模型的参数"), entry("GPT-4"))
    stats = convert_catalog(
        po, identity(po), S2TWP, terms("大语言模型\t大型語言模型", "参数\t參數|!引數")
    )
    assert [e.msgstr for e in po] == ["大型語言模型的參數", "GPT-4"]
    assert po[0].tcomment == f"machine: opencc s2twp {fingerprint('大型語言模型的參數')}"
    assert provenance(po[0]) == ("machine", fingerprint("大型語言模型的參數"))
    assert stats.filled == 2


def test_converters_build_each_variant_once_and_parse_each_text_once(monkeypatch):
    from digestl10n.segment import markdown

    parsed: list[str] = []
    real = markdown.protected_spans

    def counting(text: str) -> list[tuple[int, int]]:
        parsed.append(text)
        return real(text)

    monkeypatch.setattr(markdown, "protected_spans", counting)
    planned: list[str] = []
    plan = variants.SteeredConverter._mask_plan

    def counting_plans(self, text):  # type: ignore[no-untyped-def]
        planned.append(text)
        return plan(self, text)

    monkeypatch.setattr(variants.SteeredConverter, "_mask_plan", counting_plans)
    glossary = load_glossary("zh-Hans\tzh-TW\tzh-HK\tnote\n数据\t資料\t數據\t\n", "glossary.tsv")
    converters = Converters(glossary)
    hk = Variant(parse_language("zh-HK"), HANS, "s2hk")
    assert converters(S2TWP) is converters(S2TWP)
    text = "见[数据](https://example.com/数据)和 `数据`"
    for variant in (S2TWP, hk):
        po = catalog(entry(text))
        convert_catalog(po, identity(po), variant, glossary, converter=converters(variant))
        alone = catalog(entry(text))
        convert_catalog(alone, identity(alone), variant, glossary)
        assert po[0].msgstr == alone[0].msgstr
    assert po[0].msgstr.endswith("(https://example.com/数据)和 `数据`")
    # Once for both variants through the shared memo, once more per converter built alone.
    assert parsed == [text] * 3
    # Masked once for both variants too: same terms, only their renderings differ.
    assert planned == [text] * 3
    converters.forget()
    converters(hk).convert_many([text])
    assert parsed == [text] * 4


def test_without_glossary_opencc_decides():
    po = catalog(entry("大语言模型"))
    convert_catalog(po, identity(po), S2TWP, None)
    assert po[0].msgstr == "大語言模型"


def test_machine_entries_follow_a_glossary_change():
    po = catalog(entry("模型参数"))
    convert_catalog(po, identity(po), S2TWP, None)
    assert po[0].msgstr == "模型引數"
    stats = convert_catalog(po, identity(po), S2TWP, terms("参数\t參數"))
    assert po[0].msgstr == "模型參數"
    assert stats.updated == 1 and not stats.kept


def test_reviewer_edit_is_kept_and_marked():
    po = catalog(entry("模型参数"))
    convert_catalog(po, identity(po), S2TWP, None)
    po[0].msgstr = "模型的參數"
    po[0].tcomment = "Checked with the editor.\n" + po[0].tcomment
    for _ in range(2):
        stats = convert_catalog(po, identity(po), S2TWP, terms("参数\t參數"))
        assert po[0].msgstr == "模型的參數"
        assert stats.kept == ("模型参数",)
        assert po[0].tcomment.splitlines() == [
            "Checked with the editor.",
            "reviewed: opencc s2twp, differs from its conversion",
        ]


def test_a_translation_equal_to_todays_conversion_is_machine_even_without_provenance():
    po = catalog(entry("数据", "資料"))
    stats = convert_catalog(po, identity(po), S2TWP, None)
    assert stats.unchanged == 1 and provenance(po[0])[0] == "machine"


def test_hand_translation_without_provenance_is_a_reviewers():
    po = catalog(entry("数据", "數據"))
    stats = convert_catalog(po, identity(po), S2TWP, None)
    assert po[0].msgstr == "數據" and stats.kept == ("数据",)


def test_machine_entry_whose_source_changed_is_reconverted():
    old = "模型的数据"
    po = catalog(
        entry("模型的新数据", convert_text(old, "s2twp"), flags=["fuzzy"], previous_msgid=old)
    )
    stats = convert_catalog(po, identity(po), S2TWP, None)
    assert po[0].msgstr == "模型的新資料"
    assert not po[0].fuzzy and po[0].previous_msgid is None
    assert stats.updated == 1


def test_reviewer_entry_whose_source_changed_stays_fuzzy():
    po = catalog(
        entry(
            "模型的新数据",
            "模型之資料",
            flags=["fuzzy"],
            previous_msgid="模型的数据",
            tcomment="reviewed: opencc s2twp, differs from its conversion",
        )
    )
    stats = convert_catalog(po, identity(po), S2TWP, None)
    assert po[0].msgstr == "模型之資料" and po[0].fuzzy and po[0].previous_msgid == "模型的数据"
    assert stats.fuzzy == ("模型的新数据",)


def test_pivot_entries_without_base_translation_are_left_alone():
    machine = convert_text("旧的译文", "s2twp")
    po = catalog(
        entry("Old text", machine, tcomment=f"machine: opencc s2twp {fingerprint(machine)}"),
        entry("New text"),
        entry("Changed text", "舊譯文", flags=["fuzzy"], previous_msgid="Change text"),
    )
    base = {"Old text": "新的译文"}  # the base translator changed it
    stats = convert_catalog(po, base, S2TWP, None)
    assert [e.msgstr for e in po] == ["新的譯文", "", "舊譯文"]
    assert po[2].fuzzy
    assert stats.no_base == ("New text",)


def test_obsolete_entries_are_not_touched():
    po = catalog(entry("数据", "", obsolete=True))
    convert_catalog(po, {"数据": "数据"}, S2TWP, None)
    assert po[0].msgstr == ""


@needs_gettext
def test_provenance_survives_msgfmt_and_msgcat(tmp_path):
    po = catalog(entry("大语言模型的参数", occurrences=[("source/a.txt", "3")]))
    po[0].comment = "kind: paragraph"
    convert_catalog(po, identity(po), S2TWP, None)
    path = tmp_path / "zh_TW.po"
    path.write_text(format_po(po), encoding="utf-8")
    subprocess.run(["msgfmt", "--check", "-o", "/dev/null", str(path)], check=True)
    again = subprocess.run(["msgcat", str(path)], check=True, capture_output=True).stdout.decode()
    assert again == path.read_text(encoding="utf-8")
    assert provenance(parse_po(again)[0])[0] == "machine"


def test_a_term_written_alike_in_both_scripts_is_still_protected():
    # 激活 is 激活 in Taiwan too, but s2twp's phrase layer makes it 啟用 (to enable).
    po = catalog(entry("稀疏激活模式"))
    convert_catalog(po, identity(po), S2TWP, terms("激活\t激活|!啟用"))
    assert po[0].msgstr == "稀疏激活模式"
    assert converter("s2twp").convert("稀疏激活模式") == "稀疏啟用模式"


PRIMED_TEXTS = st.lists(
    st.sampled_from(
        [
            "大语言模型的参数",
            "见[数据](https://example.com/数据)和 `数据`",
            "U盘里的数据",
            "GPT-4 发布",
            "后来",
            "软件和硬件",
            "ChatGPT模型",
        ]
    ),
    min_size=1,
    max_size=8,
    unique=True,
)


@given(PRIMED_TEXTS)
@settings(max_examples=30, deadline=None)
def test_primed_conversions_are_the_ones_each_catalog_would_make(texts):
    glossary = load_glossary(
        "zh-Hans\tzh-TW\tzh-HK\tnote\n大语言模型\t大型語言模型\t大型語言模型\t\n数据\t資料\t數據\t\n",
        "glossary.tsv",
    )
    hk = Variant(parse_language("zh-HK"), HANS, "s2hk")
    converters = Converters(glossary)
    converters.prime([S2TWP, hk], texts)
    calls: list[str] = []
    for variant in (S2TWP, hk):
        made = converters(variant)
        made._opencc = _Counting(made._opencc, calls)
        po = catalog(*(entry(t) for t in texts))
        convert_catalog(po, identity(po), variant, glossary, converter=made)
        alone = catalog(*(entry(t) for t in texts))
        convert_catalog(alone, identity(alone), variant, glossary)
        assert [e.msgstr for e in po] == [e.msgstr for e in alone]
    assert calls == []  # every text was converted by prime, none again by the catalogs
    converters.forget()
    converters(S2TWP).convert_many(texts[:1])
    assert calls  # forgotten: converted again


class _Counting:
    """An OpenCC converter that records what it is asked to convert."""

    def __init__(self, real, calls: list[str]):  # type: ignore[no-untyped-def]
        self.real, self.calls = real, calls

    def convert(self, text: str) -> str:
        self.calls.append(text)
        return self.real.convert(text)
