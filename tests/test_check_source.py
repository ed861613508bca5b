"""`digestl10n check --source`: the articles themselves, before anyone translates them."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from digestl10n.checks.source import judge_unit
from digestl10n.cli import main
from digestl10n.languages import parse_language
from digestl10n.model import Unit, UnitKind

DATA = Path(__file__).resolve().parent / "data" / "check_source"
ROOT = Path(__file__).resolve().parent.parent
HANS, EN = parse_language("zh-Hans"), parse_language("en")


def _run(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["-C", str(root), "check", "--source", *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.output


def _planted() -> set[tuple[str, int, str]]:
    out = set()
    for line in (DATA / "expected.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            where, check = line.split(" — ")[0].rsplit(": ", 1)
            path, _, n = where.rpartition(":")
            out.add((path, int(n), check))
    return out


def test_reports_exactly_the_planted_paragraphs(tmp_path: Path) -> None:
    root = tmp_path / "p"
    shutil.copytree(DATA, root)
    code, out = _run(root, "--format", "json")
    assert code == 1
    report = json.loads(out)
    found = {(f["path"], f["line"], f["check"]) for f in report["findings"]}
    assert found == _planted()
    assert len(report["findings"]) == len(found)  # one finding per planted paragraph
    assert all(
        (f["source_file"], f["source_line"]) == (f["path"], f["line"]) for f in report["findings"]
    )
    assert report["summary"]["catalogs"] == 3  # articles


def test_text_report_and_summary(tmp_path: Path) -> None:
    root = tmp_path / "p"
    shutil.copytree(DATA, root)
    _, out = _run(root, "--check", "language")
    assert (
        "source/weekly-102.md:9: [language] error: not written in Chinese; reads as French" in out
    )
    assert "    text:        La plupart des contenus" in out
    assert out.rstrip().endswith("3 article(s), 89 units checked: 6 error(s), 0 warning(s)")


def test_the_bundled_project_is_clean(tmp_path: Path) -> None:
    root = tmp_path / "b"
    for name in ("source", "locales", "glossary.tsv", "pyproject.toml"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy)(src, root / name)
    assert _run(root) == (0, "1 article(s), 139 units checked: no problems found\n")


def test_source_and_lang_do_not_mix() -> None:
    code, out = _run(DATA, "--lang", "en")
    assert code == 2 and "drop --lang" in out


def _unit(text: str, kind: UnitKind = UnitKind.PARAGRAPH) -> Unit:
    return Unit(kind, text, 0, len(text), 1)


TOLERATED = [
    (
        "a product name run",
        "本周推荐：Open WebUI、LocalAI、LM Studio、Jan、GPT4All 和 Ollama WebUI Lite",
    ),
    (
        "an English paper title as a paragraph",
        "Scaling Laws for Neural Language Models and Their Limits in Practice",
    ),
    (
        "a link-only line",
        "[How We Built a Search Engine for the Whole of the Web in a Weekend](https://x.y/z)",
    ),
    (
        "handles",
        "Shared by [@孤胆枪手](https://github.com/gudan) and [@西瓜](https://weibo.com/xigua)",
    ),
    (
        "code and a URL",
        "运行 `pip install --upgrade the-package-with-a-long-name-for-the-test` 即可，详见 https://example.com/docs/getting-started-with-the-tool",
    ),
    ("an English heading", "What the Bitter Lesson Means for the Rest of Us in the Age of Agents"),
]


@pytest.mark.parametrize(("case", "text"), TOLERATED)
def test_tolerated_in_a_chinese_article(case: str, text: str) -> None:
    kind = UnitKind.HEADING if "heading" in case else UnitKind.PARAGRAPH
    assert judge_unit(_unit(text, kind), HANS) == [], case


def test_an_english_quote_in_a_blockquote_is_tolerated() -> None:
    quote = "The best way to predict the future is to invent it, said the man on the stage."
    assert judge_unit(_unit(quote, UnitKind.BLOCKQUOTE), HANS) == []
    assert judge_unit(_unit(quote), HANS)[0][0] == "language"


def test_an_english_article_with_chinese_names() -> None:
    text = "Thanks to [王五](https://github.com/wangwu) and [@小明](https://t.me/x) for the fixes."
    assert judge_unit(_unit(text), EN) == []
    chinese = "这篇论文的核心观点是小模型的能力主要取决于训练数据的质量。"
    assert judge_unit(_unit(chinese), EN) == [
        ("language", "written in Chinese, not English (en): " + chinese.rstrip("。"))
    ]
