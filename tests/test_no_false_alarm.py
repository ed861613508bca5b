"""No false alarm on correct text: 2,000 generated digest paragraphs, their conversions by the
tool and their English translations pass every check, and every source check.

The paragraphs come from tests/realtext.py (a bank of bilingual templates, fixed
seed); the Traditional editions are the tool's own conversion with the bundled
glossary, so this is also the self-consistency test: what the tool writes passes
its own checks.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import polib
import pytest

from digestl10n.checks import Context, load_all, run
from digestl10n.checks.source import judge_unit
from digestl10n.config import Variant
from digestl10n.glossary import load_glossary
from digestl10n.languages import parse_language
from digestl10n.model import Unit, UnitKind
from digestl10n.numbers import quantities
from digestl10n.variants import SteeredConverter, steering_for
from tests.realtext import SIZE, corpus

ROOT = Path(__file__).resolve().parent.parent
HANS = parse_language("zh-Hans")
VARIANTS = (("zh-TW", "s2twp"), ("zh-HK", "s2hk"), ("zh-Hant", "s2t"))


@pytest.fixture(scope="module")
def glossary():
    return load_glossary((ROOT / "glossary.tsv").read_text(encoding="utf-8"), "glossary.tsv")


@pytest.fixture(scope="module")
def paragraphs():
    return corpus()


@pytest.fixture(scope="module")
def editions(paragraphs, glossary) -> dict[str, list[str]]:
    """Target tag → the msgstr of each paragraph: the English, and the tool's conversions."""
    out = {"en": [p.en for p in paragraphs]}
    for tag, config in VARIANTS:
        variant = Variant(parse_language(tag), HANS, config)
        convert = SteeredConverter(config, steering_for(glossary, variant))
        out[tag] = convert.convert_many([p.zh for p in paragraphs])
    return out


def test_the_corpus_is_big_and_realistic(paragraphs) -> None:
    assert len(paragraphs) == SIZE >= 2000
    assert len({p.zh for p in paragraphs}) == SIZE
    zh = "\n".join(p.zh for p in paragraphs)
    # Figures written every way, links, handles, names and code all occur, often.
    for needle in (" 亿", "亿美元", "万", "%", "倍", " 年 ", "](https://", "[@", "`", "**", "*"):
        assert zh.count(needle) >= 50, needle
    assert sum(bool(quantities(p.zh)) for p in paragraphs) >= 0.8 * SIZE  # 88 % today


@pytest.mark.parametrize("tag", ["en", *(t for t, _ in VARIANTS)])
def test_every_check_is_silent_on_correct_text(paragraphs, editions, glossary, tag) -> None:
    variant = next((Variant(parse_language(t), HANS, c) for t, c in VARIANTS if t == tag), None)
    ctx = Context(f"locales/{tag}.po", parse_language(tag), HANS, glossary, variant)
    entries = [
        polib.POEntry(msgid=p.zh, msgstr=s, occurrences=[("source/corpus.md", str(2 * i + 1))])
        for i, (p, s) in enumerate(zip(paragraphs, editions[tag], strict=True))
    ]
    found = list(run(entries, ctx))
    assert len(load_all()) >= 8
    assert [(f.check, f.message, f.source[:80]) for f in found[:5]] == []
    assert Counter(f.check for f in found) == Counter()


@pytest.mark.parametrize("tag", ["zh-Hans", "en", "zh-TW"])
def test_check_source_is_silent_on_correct_articles(paragraphs, editions, tag) -> None:
    texts = [p.zh for p in paragraphs] if tag == "zh-Hans" else editions[tag]
    language = parse_language(tag)
    problems = [
        (text, judge_unit(Unit(UnitKind.PARAGRAPH, text, 0, len(text), 1), language))
        for text in texts
    ]
    assert [p for p in problems if p[1]][:5] == []


def _cli(root: Path, *args: str) -> tuple[int, str]:
    from click.testing import CliRunner

    from digestl10n.cli import main

    result = CliRunner().invoke(main, ["-C", str(root), *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def test_the_bundled_project_converted_by_the_tool_is_clean(tmp_path: Path) -> None:
    import shutil

    root = tmp_path / "bundled"
    shutil.copytree(ROOT / "source", root / "source")
    shutil.copytree(ROOT / "locales", root / "locales")
    for name in ("glossary.tsv", "pyproject.toml"):
        shutil.copy(ROOT / name, root / name)
    assert _cli(root, "convert")[0] == 0
    code, out = _cli(root, "check")
    assert (code, out.splitlines()[-1]) == (
        0,
        "4 catalog(s), 556 entries checked: no problems found",
    )


def test_markdown_articles_converted_by_the_tool_are_clean(tmp_path: Path) -> None:
    """The Chinese Markdown articles of the check --source corpus, extracted and converted
    to three variants with the bundled glossary: every check passes."""
    import shutil

    root = tmp_path / "md"
    (root / "source").mkdir(parents=True)
    for article in (ROOT / "tests/data/check_source/source").glob("weekly-*.md"):
        shutil.copy(article, root / "source" / article.name)
    shutil.copy(ROOT / "glossary.tsv", root / "glossary.tsv")
    (root / "pyproject.toml").write_text(
        '[tool.digestl10n]\nsource_language = "zh-Hans"\n'
        'targets = ["zh-TW", "zh-HK", "zh-Hant"]\n\n[tool.digestl10n.variants]\n'
        'zh-TW = { base = "zh-Hans", opencc = "s2twp" }\n'
        'zh-HK = { base = "zh-Hans", opencc = "s2hk" }\n'
        'zh-Hant = { base = "zh-Hans", opencc = "s2t" }\n',
        encoding="utf-8",
    )
    assert _cli(root, "extract")[0] == 0
    assert _cli(root, "convert")[0] == 0
    code, out = _cli(root, "check")
    assert (code, out.splitlines()[-1]) == (
        0,
        "6 catalog(s), 228 entries checked: no problems found",
    )
