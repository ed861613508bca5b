"""Issue 14's cases, table-driven: what the tool writes passes its own checks; real faults don't.

Each row is (case, source language, target, msgid, msgstr, check, expected messages).
A variant row's msgstr is what `digestl10n convert` writes, asserted below, so
the row cannot drift from the converter it is about.
"""

from __future__ import annotations

from pathlib import Path

import polib
import pytest

from digestl10n.checks import Context, run
from digestl10n.config import Variant
from digestl10n.glossary import inflections, load_glossary
from digestl10n.languages import parse_language
from digestl10n.variants import convert_text, steering_for

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = load_glossary((ROOT / "glossary.tsv").read_text(encoding="utf-8"), "glossary.tsv")
CLONE = load_glossary('en\tzh-TW\nclone\t拓製|!克隆\nGo\t"Go"\n', "clone.tsv")
HANS, TW, EN = (parse_language(t) for t in ("zh-Hans", "zh-TW", "en"))
S2TWP = Variant(TW, HANS, "s2twp")


def _messages(msgid: str, msgstr: str, *, source, target, glossary, variant=None, check):
    ctx = Context("x.po", target, source, glossary, variant)
    entry = polib.POEntry(msgid=msgid, msgstr=msgstr, occurrences=[("a.md", "3")])
    return [f.message for f in run([entry], ctx, only=[check])]


def _tw(text: str) -> str:
    return convert_text(text, "s2twp", steering_for(BUNDLED, S2TWP))


# (case, msgid, msgstr written by the tool, check, expected)
TOOL_OUTPUT = [
    ("开源代码: one segmentation", "这是开源代码。", "這是開源程式碼。", "glossary", []),
    ("开源代码: one segmentation", "这是开源代码。", "這是開源程式碼。", "forbidden", []),
    ("视图查看: 檢視 is OpenCC's 查看", "点击视图查看详情", "點選視圖檢視詳情", "forbidden", []),
    ("视图查看: 檢視 is OpenCC's 查看", "点击视图查看详情", "點選視圖檢視詳情", "glossary", []),
    (
        "URL-only: a term in a URL is no term",
        "见 https://www.baidu.com/s?wd=软件的网络日志",
        "見 https://www.baidu.com/s?wd=软件的网络日志",
        "glossary",
        [],
    ),
    ("code: a term in code is no term", "运行 `软件` 即可", "執行 `软件` 即可", "glossary", []),
    (
        "link destination: kept as written",
        "[文档](https://example.com/软件/代码)",
        "[文件](https://example.com/软件/代码)",
        "glossary",
        [],
    ),
]


@pytest.mark.parametrize(("case", "msgid", "msgstr", "check", "expected"), TOOL_OUTPUT)
def test_what_the_converter_writes_passes(case, msgid, msgstr, check, expected):
    assert _tw(msgid) == msgstr, case  # the row holds the tool's own output
    got = _messages(
        msgid, msgstr, source=HANS, target=TW, glossary=BUNDLED, variant=S2TWP, check=check
    )
    assert got == expected, case


# (case, msgid, msgstr, check, expected): real faults the same reading still finds
FAULTS = [
    (
        "视图 rendered 檢視 by hand",
        "点击视图",
        "點選檢視",
        "forbidden",
        ["视图 → 視圖, found 檢視 (forbidden)"],
    ),
    (
        "a second 檢視 beyond OpenCC's",
        "点击视图查看详情",
        "點選檢視檢視詳情",
        "forbidden",
        ["视图 → 視圖, found 檢視 (forbidden)"],
    ),
    (
        "源代码 on its own",
        "源代码已公开",
        "源代碼已公開",
        "forbidden",
        ["源代码 → 原始碼, found 源代碼 (forbidden)"],
    ),
    (
        "软件 where 軟體 was required",
        "软件更新",
        "軟件更新",
        "forbidden",
        ["软件 → 軟體, found 軟件 (forbidden)"],
    ),
    (
        "a term outside the URL still counts",
        "软件见 https://example.com/软件",
        "軟件見 https://example.com/软件",
        "forbidden",
        ["软件 → 軟體, found 軟件 (forbidden)"],
    ),
]


@pytest.mark.parametrize(("case", "msgid", "msgstr", "check", "expected"), FAULTS)
def test_faults_are_still_found(case, msgid, msgstr, check, expected):
    got = _messages(
        msgid, msgstr, source=HANS, target=TW, glossary=BUNDLED, variant=S2TWP, check=check
    )
    assert got == expected, case


# (case, msgid, msgstr, check, expected): English sources, inflected without a hand list
ENGLISH = [
    (
        "Cloning: -ing of clone",
        "Cloning into '%s'…",
        "正在克隆到 '%s'…",
        "forbidden",
        ["clone → 拓製, found 克隆 (forbidden)"],
    ),
    ("Cloning: the rendering passes", "Cloning into '%s'…", "正在拓製到 '%s'…", "forbidden", []),
    ("Cloning: the rendering passes", "Cloning into '%s'…", "正在拓製到 '%s'…", "glossary", []),
    (
        "cloned: -ed",
        "The repository was cloned.",
        "儲存庫已複製。",
        "glossary",
        ["clone → 拓製, found none"],
    ),
    ("clone's: possessive", "The clone's history", "拓製的歷史", "glossary", []),
    (
        "clones: plural",
        "Two clones",
        "兩個克隆",
        "forbidden",
        ["clone → 拓製, found 克隆 (forbidden)"],
    ),
    ('"Go": opted out, Going is not Go', "Going further", "更進一步", "glossary", []),
    (
        '"Go": the term as written',
        "Written in Go",
        "以 Python 寫成",
        "glossary",
        ["Go → Go, found none"],
    ),
]


@pytest.mark.parametrize(("case", "msgid", "msgstr", "check", "expected"), ENGLISH)
def test_english_inflection(case, msgid, msgstr, check, expected):
    got = _messages(msgid, msgstr, source=EN, target=TW, glossary=CLONE, check=check)
    assert got == expected, case


@pytest.mark.parametrize(
    ("word", "forms"),
    [
        ("clone", {"clones", "cloning", "cloned"}),
        ("run", {"runs", "running", "runner"}),
        ("study", {"studies", "studying", "studied"}),
        ("tie", {"ties", "tying", "tied"}),
        ("agree", {"agrees", "agreeing", "agreed"}),
        ("box", {"boxes", "boxing", "boxed"}),
        ("fast", {"faster", "fastest"}),
        ("big", {"bigger", "biggest"}),
        ("model", {"models", "modeling", "modelling", "modeled", "modelled"}),
        ("play", {"plays", "playing", "played", "player"}),
    ],
)
def test_inflections(word, forms):
    assert forms <= set(inflections(word))
    assert "datasetting" not in inflections("dataset")  # no doubling after two vowels' syllables


def test_inflections_leave_names_and_acronyms_alone():
    assert inflections("LLM") == inflections("PyTorch") == inflections("x") == ()


def test_hyphen_space_and_solid_spellings():
    g = load_glossary("en\tzh-TW\nfine-tune\t微調\n", "g.tsv")
    for text in ("fine-tuned", "fine tuning", "finetunes", "Fine-Tuning"):
        assert [m.term for m in g.find(text, EN)] == ["fine-tune"], text


def test_a_glossary_finding_names_another_columns_rendering():
    g = load_glossary("zh-Hans\tzh-TW\tzh-HK\n软件\t軟體\t軟件\n", "g.tsv")
    got = _messages("软件更新", "軟件更新", source=HANS, target=TW, glossary=g, check="glossary")
    assert got == ["软件 → 軟體, found 軟件 (the zh-HK rendering)"]


# (case, check, source language, target, msgid, msgstr, expected): digests as people write them
READERS = [
    (
        "a handle in an English digest",
        "language",
        "en",
        "en",
        "New weights for the 7B model. Shared by [@孤胆枪手](https://t.me/x)",
        "New weights for the 7B model. Shared by [@孤胆枪手](https://t.me/x)",
        [],
    ),
    (
        "a bare handle",
        "language",
        "zh-Hans",
        "en",
        "作者 @孤胆枪手 发布了新模型",
        "New model released by @孤胆枪手",
        [],
    ),
    (
        "names linking to profiles",
        "language",
        "zh-Hans",
        "en",
        "感谢[张三](https://github.com/zhangsan)和[李四](https://x.com/lisi)",
        "Thanks to [张三](https://github.com/zhangsan) and [李四](https://x.com/lisi)",
        [],
    ),
    (
        "a Chinese word left in a link text is still found",
        "language",
        "zh-Hans",
        "en",
        "详见[论文](https://arxiv.org/abs/2401.00001)",
        "See the [论文](https://arxiv.org/abs/2401.00001)",
        ["Chinese text left in the en translation: 论文"],
    ),
    (
        "*评估*。 is emphasis",
        "markup",
        "zh-Hans",
        "en",
        "这是*评估*。",
        "This is an *evaluation*.",
        [],
    ),
    ("*评估*结果", "markup", "zh-Hans", "en", "*评估*结果", "*Evaluation* results", []),
    (
        "emphasis lost is still found",
        "markup",
        "zh-Hans",
        "en",
        "这是*评估*。",
        "This is an evaluation.",
        ["emphasis: 1 in the source, 0 in the translation"],
    ),
    (
        "5 亿 and 720 亿 with a space",
        "numbers",
        "zh-Hans",
        "en",
        "融资 5 亿美元，估值 720 亿元",
        "raised $500 million at a valuation of 72 billion yuan",
        [],
    ),
    (
        "a spaced 亿 that changed",
        "numbers",
        "zh-Hans",
        "en",
        "估值 720 亿元",
        "valued at 72 million yuan",
        [
            "not in the translation: 720 亿 (72,000,000,000); "
            "not in the source: 72 million (72,000,000)"
        ],
    ),
]


@pytest.mark.parametrize(("case", "check", "src", "tgt", "msgid", "msgstr", "expected"), READERS)
def test_digests_as_people_write_them(case, check, src, tgt, msgid, msgstr, expected):
    got = _messages(
        msgid,
        msgstr,
        source=parse_language(src),
        target=parse_language(tgt),
        glossary=None,
        check=check,
    )
    assert got == expected, case
