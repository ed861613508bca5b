"""`digestl10n status`: numbers pinned on a fixture, CJK-aware work left, the JSON document."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import polib
import pytest
from click.testing import CliRunner

from digestl10n.checks import Context, run
from digestl10n.cli import main
from digestl10n.languages import parse_language
from digestl10n.model import Finding, Severity
from digestl10n.status import Report, catalog_row, measure, totals

DATA = Path(__file__).parent / "data" / "build"

PYPROJECT = """\
[tool.digestl10n]
source_language = "zh-Hans"
targets = ["en", "zh-TW"]
min_complete = 80
"""


@pytest.fixture
def mini(tmp_path: Path) -> Path:
    """A project with the mini article, its English catalog (7 translated, 1 fuzzy, 1 untranslated,
    1 obsolete) and no zh-TW catalog yet."""
    (tmp_path / "source").mkdir()
    shutil.copy(DATA / "mini.txt", tmp_path / "source" / "mini.txt")
    (tmp_path / "locales" / "en" / "LC_MESSAGES").mkdir(parents=True)
    shutil.copy(DATA / "mini.en.po", tmp_path / "locales" / "en" / "LC_MESSAGES" / "mini.po")
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("text", "words", "chars"),
    [
        ("WildBench是一个自动评估框架", 1, 9),  # a Han character is not a word
        ("大语言模型", 0, 5),
        ("Benchmarking LLMs with GPT-4-turbo", 4, 0),
        ("包含1,024个任务，提升5.5%。", 2, 7),
        ("作者:Youssef Hosni", 2, 2),
        ("日本語のテキスト", 0, 8),  # kana count as characters too
        ("，。：！", 0, 0),
    ],
)
def test_measure_counts_words_and_cjk_characters_apart(text, words, chars):
    assert measure(text) == (words, chars)


def test_status_json_numbers_are_pinned(mini):
    result = CliRunner().invoke(main, ["-C", str(mini), "status", "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.output)
    assert (
        doc["version"] == 1 and doc["source_language"] == "zh-Hans" and doc["min_complete"] == 80.0
    )
    en, tw = doc["catalogs"]
    assert en == {
        "language": "en",
        "article": "mini",
        "catalog": "locales/en/LC_MESSAGES/mini.po",
        "translated": 7,
        "fuzzy": 1,
        "untranslated": 1,
        "obsolete": 1,
        "total": 9,
        "complete": 77.8,
        # Left: the fuzzy "WildBench是一个自动评估框架,包含1,024个任务。" (2 words, 14 characters)
        # and the untranslated "开发治疗方法是一个漫长且昂贵的过程。" (17 characters).
        "words_left": 2,
        "chars_left": 31,
        "words_total": 15,
        "chars_total": 68,
        "errors": en["errors"],
        "warnings": en["warnings"],
    }
    assert tw["catalog"] is None and tw["untranslated"] == 9 and tw["complete"] == 0.0
    assert (tw["words_left"], tw["chars_left"]) == (15, 68)
    langs = {t["language"]: t for t in doc["languages"]}
    assert langs["en"]["below_min_complete"] is True and langs["en"]["complete"] == 77.8
    assert "article" not in langs["en"]


def test_status_findings_are_the_checks_findings_by_severity(mini):
    po = polib.pofile(str(DATA / "mini.en.po"))
    ctx = Context("locales/en/LC_MESSAGES/mini.po", parse_language("en"), parse_language("zh-Hans"))
    expected = [f.severity for f in run(po, ctx)]
    doc = json.loads(
        CliRunner().invoke(main, ["-C", str(mini), "status", "--format", "json"]).output
    )
    en = doc["catalogs"][0]
    assert (en["errors"], en["warnings"]) == (
        expected.count(Severity.ERROR),
        expected.count(Severity.WARNING),
    )


def test_status_table_is_readable(mini):
    result = CliRunner().invoke(main, ["-C", str(mini), "status"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].split() == [
        "language",
        "article",
        "translated",
        "fuzzy",
        "untranslated",
        "obsolete",
        "complete",
        "words",
        "left",
        "chars",
        "left",
        "errors",
        "warnings",
    ]
    assert lines[1].split()[:9] == ["en", "mini", "7", "1", "1", "1", "77.8%", "2", "31"]
    assert lines[2].split()[:10] == [
        "zh-TW",
        "mini",
        "(no",
        "catalog)",
        "0",
        "0",
        "9",
        "0",
        "0.0%",
        "15",
    ]
    assert lines[-1] == "below min_complete 80%: en, zh-TW"
    # Columns line up: every row is as wide as the header or narrower.
    assert len({ln.index("%") for ln in lines[1:3]}) == 1


def test_status_per_language_totals_over_several_articles(mini):
    (mini / "source" / "second.txt").write_text("第二篇文章。\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["-C", str(mini), "status", "--lang", "en"])
    lines = result.output.splitlines()
    assert [ln.split()[1] for ln in lines[1:4]] == ["mini", "second", "(all)"]
    assert lines[3].split()[2:7] == ["7", "1", "2", "1", "70.0%"]


def test_rows_count_findings_by_severity():
    po = polib.pofile(str(DATA / "mini.en.po"))
    findings = [
        Finding("numbers", Severity.ERROR, "p", 1, "m"),
        Finding("glossary", Severity.WARNING, "p", 2, "m"),
        Finding("glossary", Severity.WARNING, "p", 3, "m"),
    ]
    row = catalog_row("en", "mini", "p", po, findings)
    assert (row.errors, row.warnings) == (1, 2)
    report = Report("zh-Hans", 0.0, (row,))
    assert report.as_json()["languages"][0]["below_min_complete"] is False  # type: ignore[index]
    assert totals([row, row])[0].translated == 14


def test_status_bad_language_is_an_input_error(mini):
    result = CliRunner().invoke(main, ["-C", str(mini), "status", "--lang", "fr"])
    assert result.exit_code == 2 and result.stderr.startswith(
        "Error: pyproject.toml: fr is not a target"
    )


@pytest.mark.parametrize("command", ["status", "check"])
def test_a_misspelt_check_in_config_is_refused_by_every_command(mini, command):
    """status and check validate [tool.digestl10n.checks] alike: same one line, exit 2."""
    text = PYPROJECT + '\n[tool.digestl10n.checks]\nnumbers = "warning"\nurl = "off"\n'
    (mini / "pyproject.toml").write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["-C", str(mini), command])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(
        f"Error: pyproject.toml:{text.count(chr(10))}: "
        "[tool.digestl10n.checks]: unknown check 'url' (known: "
    )
    assert result.stderr.count("\n") == 1
