"""Each check on single entries: what it must catch, and the look-alikes it must let pass."""

from __future__ import annotations

import pickle
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace

import polib
import pytest

from digestl10n import langid
from digestl10n.catalog import sync
from digestl10n.checks import REGISTRY, Check, Context, load_all, run
from digestl10n.errors import ConfigError
from digestl10n.glossary import load_glossary
from digestl10n.languages import parse_language
from digestl10n.model import Severity

ZH, EN = parse_language("zh-Hans"), parse_language("en")


def findings(
    check: str,
    msgid: str,
    msgstr: str,
    *,
    lang: str = "en",
    source: str = "zh-Hans",
    **entry: object,
) -> list[str]:
    """The messages one check gives for one entry."""
    glossary = entry.pop("glossary", None)
    e = polib.POEntry(msgid=msgid, msgstr=msgstr, **entry)
    ctx = Context("x.po", parse_language(lang), parse_language(source), glossary)
    return [f.message for f in run([e], ctx, only=[check])]


# language -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "msgid", "msgstr"),
    [
        ("zh-HK", "模型在台湾运行着。", "模型在台灣運行着。"),  # Hong Kong keeps 台 and 着
        ("zh-TW", "模型在台湾运行着。", "模型在臺灣執行著。"),
        ("zh-TW", "皇后与公里", "皇后與公里"),  # characters Traditional writing shares
        ("zh-TW", "WildBench: Benchmarking LLMs", "WildBench: Benchmarking LLMs"),  # a kept title
        ("zh-TW", "LLM推理", "LLM推理"),  # the same in both scripts
        ("en", "注意力模型", "Attention Models"),  # langdetect says German; no reason to believe it
        ("en", "领域专家知识", "Expert domain knowledge"),
        ("en", "使用GPT-4o和Llama-3-8B", "Using GPT-4o and Llama-3-8B"),
        ("en", "双语(中英文)", "bilingual (Chinese and English)"),
    ],
)
def test_language_passes(lang: str, msgid: str, msgstr: str) -> None:
    assert findings("language", msgid, msgstr, lang=lang) == []


@pytest.mark.parametrize(
    ("lang", "msgid", "msgstr", "message"),
    [
        (
            "zh-TW",
            "这个评估重点",
            "这个评估重点",
            "Simplified characters in a Traditional Chinese (zh-TW) catalog: 这 个 评",
        ),
        (
            "zh-HK",
            "这个评估重点",
            "這個评估重點",
            "Simplified characters in a Traditional Chinese (zh-HK) catalog: 评",
        ),
        (
            "zh-HK",
            "多模态大语言模型在大量数据上训练。",
            "Multimodal LLMs are trained on large amounts of data.",
            "not written in Chinese",
        ),
        (
            "zh-Hans",
            "Models are trained on data.",
            "模型在數據上進行訓練。",
            "Traditional characters in a Simplified Chinese (zh-Hans) catalog: 數 據",
        ),
        (
            "en",
            "论文提出了分而治之式算法",
            "The paper proposes a 分而治之式 algorithm",
            "Chinese text left in the en translation: 分而治之式",
        ),
        (
            "en",
            "高分辨率是基础",
            "La haute résolution est à la base des grands modèles multimodaux.",
            "written in French (fr), not English (en)",
        ),
    ],
)
def test_language_catches(lang: str, msgid: str, msgstr: str, message: str) -> None:
    source = "en" if msgid.isascii() else "zh-Hans"
    (found,) = findings("language", msgid, msgstr, lang=lang, source=source)
    assert found.startswith(message)


def test_function_words_spare_langdetect() -> None:
    langid.guess.cache_clear()
    text = (
        "The paper introduces a new framework for evaluating large language models on real tasks."
    )
    assert findings("language", "论文介绍了一个新框架", text) == []
    assert langid.guess.cache_info().misses == 0


# untranslated -------------------------------------------------------------


def test_untranslated_catches_copied_source() -> None:
    assert findings("untranslated", "作者:Youssef Hosni", "作者:Youssef Hosni") != []
    assert findings("untranslated", "LLM推理", "LLM推理 ") != []  # a trailing space changes nothing
    english = "The model is trained on a large corpus of text."
    assert findings("untranslated", english, english, lang="zh-TW", source="en") != []


@pytest.mark.parametrize(
    ("msgid", "lang", "source", "comment"),
    [
        ("WildBench: Benchmarking LLMs with Challenging Tasks", "en", "zh-Hans", "kind: title"),
        ("WildBench: Benchmarking LLMs with Challenging Tasks", "zh-TW", "en", "kind: title"),
        ("NATURAL PLAN", "zh-TW", "en", "kind: paragraph"),
        ("GPT-4o", "zh-TW", "en", ""),
        ("LLM进展", "zh-TW", "zh-Hans", ""),  # the same language in another script
    ],
)
def test_untranslated_lets_kept_text_pass(msgid: str, lang: str, source: str, comment: str) -> None:
    assert findings("untranslated", msgid, msgid, lang=lang, source=source, comment=comment) == []


def test_untranslated_respects_glossary_keep_terms() -> None:
    glossary = load_glossary("en\tzh-TW\nMixture of Experts\t=\n", "glossary.tsv")
    kept = findings(
        "untranslated",
        "Mixture of Experts",
        "Mixture of Experts",
        lang="zh-TW",
        source="en",
        glossary=glossary,
    )
    assert kept == []
    assert (
        findings(
            "untranslated", "Mixture of Experts", "Mixture of Experts", lang="zh-TW", source="en"
        )
        != []
    )


# urls ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("msgid", "msgstr"),
    [
        ("见https://arxiv.org/abs/2406.04770。", "See https://arxiv.org/abs/2406.04770."),
        (
            "[论文](https://en.wikipedia.org/wiki/Transformer_(deep_learning))",
            "[paper](https://en.wikipedia.org/wiki/Transformer_(deep_learning))",
        ),
        ('[论文](https://x.org/a "标题")', '[paper](https://x.org/a "title")'),
        ("DOI 10.1145/3580305.3599572 的论文", "the paper with DOI 10.1145/3580305.3599572"),
        ("没有链接", "no link"),
    ],
)
def test_urls_pass(msgid: str, msgstr: str) -> None:
    assert findings("urls", msgid, msgstr) == []


def test_urls_catch_an_altered_address() -> None:
    assert findings("urls", "见<https://x.org/a>", "see <https://x.org/b>") == [
        "https://x.org/a became https://x.org/b"
    ]
    assert findings("urls", "DOI 10.1145/3580305.3599572", "DOI 10.1145/3580305.3599527") != []
    assert findings("urls", "[a](./setup.md#install)", "[a](./setup.md)") == [
        "./setup.md#install became ./setup.md"
    ]


# markup -------------------------------------------------------------------

MD = {"occurrences": [("source/a.md", "3")]}


def test_markup_treats_full_and_half_width_brackets_alike() -> None:
    assert (
        findings(
            "markup", "大语言模型（LLMs）与(SOTA)", "large language models (LLMs) and （SOTA）"
        )
        == []
    )
    assert (
        findings("markup", "结果(见表1", "results (see table 1") == []
    )  # the source was unbalanced already


def test_markup_leaves_plain_text_asterisks_alone() -> None:
    plain = {"occurrences": [("source/a.txt", "3")]}
    assert findings("markup", "包括V*Bench(80.3%)", "including V-Bench (80.3%)", **plain) == []


def test_markup_in_markdown() -> None:
    assert (
        findings("markup", "用`make`构建**全部**", "build **everything** with `make`", **MD) == []
    )
    assert findings("markup", "![图](a.png)", "figure", **MD) == [
        "images: 1 in the source, 0 in the translation"
    ]
    assert findings("markup", "用`make`构建", "build with `make all`", **MD) == [
        "code spans changed or lost: `make`"
    ]
    assert findings("markup", "*注意*", "note", **MD) == [
        "emphasis: 1 in the source, 0 in the translation"
    ]
    assert findings("markup", "换行<br>之后", "after the break", **MD) == [
        "HTML tags differ: <br>×1 in the source, none in the translation"
    ]


# stale numbers -------------------------------------------------------------


def test_sync_names_changed_figures_and_the_check_reports_them() -> None:
    old = polib.POFile()
    old.append(
        polib.POEntry(
            msgid="Samba扩展到38亿参数,性能提高了5%。",
            msgstr="Samba scales to 3.8 billion parameters, 5% faster.",
        )
    )
    pot = polib.POFile()
    pot.append(
        polib.POEntry(
            msgid="Samba扩展到70亿参数,性能提高了5%。", msgstr="", comment="kind: paragraph"
        )
    )
    new, _ = sync(old, pot, EN, name="a")
    (entry,) = list(new)
    assert entry.fuzzy and entry.comment == "kind: paragraph\nnumbers changed: 38亿→70亿"
    ctx = Context("a.po", EN, ZH)
    (found,) = run([entry], ctx, only=["stale-numbers", "numbers"])
    assert found.check == "stale-numbers" and "38亿→70亿" in found.message
    # Once the translator updates the figure and clears fuzzy, the note goes away on the next sync.
    entry.flags.remove("fuzzy")
    entry.previous_msgid = None
    entry.msgstr = "Samba scales to 7 billion parameters, 5% faster."
    again, _ = sync(new, pot, EN, name="a")
    assert list(again)[0].comment == "kind: paragraph"
    assert list(run(again, ctx)) == []


def test_a_reworded_fuzzy_entry_is_not_reported() -> None:
    e = polib.POEntry(
        msgid="本文总结了最近发布的论文",
        msgstr="This article summarizes recent papers.",
        flags=["fuzzy"],
    )
    e.previous_msgid = "本文总结了最近发表的论文"
    assert list(run([e], Context("a.po", EN, ZH))) == []


def test_every_check_has_a_title_and_runs_on_an_empty_context(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Every registered check is called on entries of a context that knows nothing (no source
    language, glossary or variant), and none raises."""
    registry = load_all()
    assert {"language", "untranslated", "numbers", "stale-numbers", "urls", "markup"} <= set(
        registry
    )
    for c in registry.values():
        assert c.title and not c.title.endswith(" ")
    calls: Counter[str] = Counter()

    def counted(c: Check) -> Check:
        def func(entry: polib.POEntry, ctx: Context) -> Iterable[str]:
            calls[c.name] += 1
            return c.func(entry, ctx)

        return replace(c, func=func)

    for name, c in list(registry.items()):
        monkeypatch.setitem(REGISTRY, name, counted(c))
    done = polib.POEntry(
        msgid="见 https://arxiv.org/abs/2406.04770,提高了5%。", msgstr="See it, 5% better."
    )
    fuzzy = polib.POEntry(msgid="提高了6%。", msgstr="5% better.", flags=["fuzzy"])
    fuzzy.previous_msgid = "提高了5%。"
    found = list(run([done, fuzzy], Context("x.po", EN, None)))
    assert set(calls) == set(registry)  # every check ran, on-fuzzy ones on both entries
    assert all(calls[c.name] == (2 if c.on_fuzzy else 1) for c in registry.values())
    assert not [f for f in found if "internal error" in f.message]
    assert {f.check for f in found} == {"urls", "stale-numbers"}


def _raises(entry: polib.POEntry, ctx: Context) -> Iterator[str]:
    if "5%" in entry.msgid:
        yield "a message that the error after it takes back"
        raise KeyError("no such thing")
    yield from ()


def test_a_check_that_raises_gives_one_finding_and_the_run_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(REGISTRY, "boom", Check("boom", Severity.WARNING, "Raises.", _raises))
    first = polib.POEntry(msgid="提高了5%。", msgstr="Better.")  # the figure is lost
    first.linenum = 12
    second = polib.POEntry(msgid="提高了7%。", msgstr="Better.")
    second.linenum = 16
    found = list(run([first, second], Context("x.po", EN, ZH), only=["boom", "numbers"]))
    assert [(f.check, f.line) for f in found] == [("boom", 12), ("numbers", 12), ("numbers", 16)]
    boom = found[0]
    assert boom.severity is Severity.ERROR  # whatever the check's own severity
    assert boom.message == (
        "internal error in check boom: KeyError: 'no such thing' (entry at x.po:12); "
        "please report it"
    )
    assert (boom.source, boom.translation, boom.path) == ("提高了5%。", "Better.", "x.po")


def test_a_user_error_inside_a_check_still_reaches_the_cli(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def bad_setting(entry: polib.POEntry, ctx: Context) -> list[str]:
        raise ConfigError("unknown OpenCC configuration 'x'", "pyproject.toml", 3)

    monkeypatch.setitem(REGISTRY, "bad", Check("bad", Severity.ERROR, "Bad.", bad_setting))
    with pytest.raises(ConfigError):
        list(run([polib.POEntry(msgid="a", msgstr="b")], Context("x.po", EN, ZH), only=["bad"]))


def test_context_once_judges_each_entry_once_and_an_edited_entry_again() -> None:
    judged: list[str] = []

    def judge(entry: polib.POEntry, ctx: Context) -> str:
        judged.append(entry.msgstr)
        return entry.msgstr.upper()

    ctx = Context("x.po", EN, ZH)
    e = polib.POEntry(msgid="一", msgstr="one")
    assert [ctx.once(e, judge) for _ in range(3)] == ["ONE"] * 3
    assert judged == ["one"]
    e.msgstr = "uno"  # edited in place: the same object, judged again
    assert ctx.once(e, judge) == "UNO"
    other = Context("x.po", EN, ZH)  # another context keeps its own memo
    assert other.once(e, judge) == "UNO"
    assert replace(ctx, language=ZH).once(e, judge) == "UNO"  # so does a replaced one
    assert judged == ["one", "uno", "uno", "uno"]
    sent = pickle.loads(pickle.dumps(ctx))  # to a worker process: the memo stays behind
    assert sent == ctx and sent.once(e, judge) == "UNO"
    assert judged == ["one", "uno", "uno", "uno", "uno"]


def test_machine_output_gets_no_stale_note() -> None:
    """Its converter redoes it from the new source and clears fuzzy; a note would outlive that."""
    old = polib.POFile()
    e = polib.POEntry(
        msgid="扩展到38亿参数。",
        msgstr="擴展到38億參數。",
        tcomment="machine: opencc s2twp 1a2b3c4d",
    )
    old.append(e)
    pot = polib.POFile()
    pot.append(polib.POEntry(msgid="扩展到70亿参数。", msgstr="", comment="kind: paragraph"))
    new, _ = sync(old, pot, parse_language("zh-TW"), name="a")
    assert list(new)[0].fuzzy and list(new)[0].comment == "kind: paragraph"


def test_a_url_ends_where_chinese_text_begins() -> None:
    """Link targets glued to Chinese text, as Markdown digests write them."""
    md = {"occurrences": [("source/a.md", "3")]}
    source = "论文[Samba](https://arxiv.org/abs/2406.07522)将模型扩展到38亿参数,见https://x.org/a。"
    good = "[Samba](https://arxiv.org/abs/2406.07522) scales the model to 3.8B parameters; see https://x.org/a."
    bad = good.replace("3.8B", "38B")
    assert findings("urls", source, good, **md) == []
    assert findings("markup", source, good, **md) == []
    assert findings("numbers", source, good, **md) == []
    assert findings("numbers", source, bad, **md) == [
        "not in the translation: 38亿 (3,800,000,000); not in the source: 38B (38,000,000,000)"
    ]
    assert (
        findings("urls", "DOI为10.1145/3580305.3599572的论文", "the paper 10.1145/3580305.3599572")
        == []
    )


def test_markup_lets_enumerators_pass() -> None:
    source = "训练了两种模型:(1)在子集上训练的模型以及(2)仅在标题数据上训练的模型"
    assert (
        findings("markup", source, "two models: 1) one trained on a subset and 2) one on captions")
        == []
    )
    assert (
        findings("markup", source, "two models: (1) one trained on a subset and (2 one on captions")
        != []
    )
