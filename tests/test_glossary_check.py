"""The `glossary` and `forbidden` checks on catalogs with planted violations."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from digestl10n import checks
from digestl10n.cli import main
from digestl10n.glossary import load_glossary
from digestl10n.languages import parse_language
from digestl10n.po import parse_po

PLANTED = Path(__file__).resolve().parent / "data" / "glossary" / "planted"
ZH = parse_language("zh-Hans")
CASES = [("en.po", "en"), ("zh_TW.po", "zh-TW")]


@pytest.fixture(scope="module")
def glossary():
    return load_glossary((PLANTED / "glossary.tsv").read_text(encoding="utf-8"), "glossary.tsv")


def catalog(name: str):
    return parse_po((PLANTED / name).read_text(encoding="utf-8"), name)


def findings(po, tag: str, glossary, path: str) -> list[str]:
    ctx = checks.Context(
        path=path, language=parse_language(tag), source_language=ZH, glossary=glossary
    )
    return [
        f"{f.path}:{f.line}: {f.check}: {f.message}"
        for f in checks.run(po, ctx, only=["glossary", "forbidden"])
    ]


def test_checks_are_registered_with_titles():
    registry = checks.load_all()
    assert registry["glossary"].title.startswith("Glossary terms in the source")
    assert registry["forbidden"].title.startswith("No rendering the glossary forbids")


@pytest.mark.parametrize(("name", "tag"), CASES)
def test_reports_exactly_the_planted_violations(glossary, name, tag):
    po = catalog(name)
    expected = (PLANTED / name.replace(".po", ".expected")).read_text(encoding="utf-8").splitlines()
    assert findings(po, tag, glossary, name) == expected


@pytest.mark.parametrize(("name", "tag"), CASES)
def test_correct_translations_report_nothing(glossary, name, tag):
    po = catalog(name)
    planted = [e for e in po if "planted" in e.comment]
    assert planted
    for e in planted:
        po.remove(e)
    assert findings(po, tag, glossary, name) == []


def test_finding_carries_source_translation_and_severity(glossary):
    po = catalog("zh_TW.po")
    ctx = checks.Context(
        path="zh_TW.po", language=parse_language("zh-TW"), source_language=ZH, glossary=glossary
    )
    first = next(iter(checks.run(po, ctx, only=["forbidden"], severities={"forbidden": "warning"})))
    assert (first.source, first.translation, first.severity.value, first.language) == (
        "智能手机上的大型语言模型",
        "智慧手機上的大型語言模型",
        "warning",
        "zh-TW",
    )


def test_no_glossary_or_no_column_means_no_findings(glossary):
    po = catalog("zh_TW.po")
    for ctx in (
        checks.Context(
            path="x.po", language=parse_language("zh-TW"), source_language=ZH, glossary=None
        ),
        checks.Context(
            path="x.po", language=parse_language("ja"), source_language=ZH, glossary=glossary
        ),
    ):
        assert list(checks.run(po, ctx, only=["glossary", "forbidden"])) == []


def test_a_fixed_translation_is_judged_afresh(glossary):
    """The per-entry judgement is shared by both checks, never reused for an edited entry."""
    po = catalog("zh_TW.po")
    assert len(findings(po, "zh-TW", glossary, "zh_TW.po")) == 4
    for e in po:
        e.msgstr = e.msgstr.replace("智慧手機", "智慧型手機").replace("參量", "參數")
        e.msgstr = e.msgstr.replace("大語言模型", "大型語言模型").replace("llm", "LLM")
    assert findings(po, "zh-TW", glossary, "zh_TW.po") == []


# --- through the command line


@pytest.fixture
def planted_project(project: Path) -> Path:
    shutil.copy(PLANTED / "glossary.tsv", project / "glossary.tsv")
    for name, tag in CASES:
        folder = project / "locales" / parse_language(tag).locale / "LC_MESSAGES"
        folder.mkdir(parents=True)
        shutil.copy(PLANTED / name, folder / "planted.po")
    return project


def test_cli_check_reports_planted_violations_and_exits_1(planted_project):
    result = CliRunner().invoke(
        main, ["-C", str(planted_project), "check", "--check", "glossary", "--check", "forbidden"]
    )
    assert result.exit_code == 1, result.output
    for name, tag in CASES:
        path = f"locales/{parse_language(tag).locale}/LC_MESSAGES/planted.po"
        for line in (
            (PLANTED / name.replace(".po", ".expected")).read_text(encoding="utf-8").splitlines()
        ):
            where, check, message = line.split(": ", 2)
            expected = f"{where.replace(name, path)}: [{check}] error: {message}"
            assert expected in result.stdout.splitlines()
    # Exactly the planted ones: 3 in en, 4 in zh-TW.
    assert (
        result.stdout.count(": [glossary] error: ") + result.stdout.count(": [forbidden] error: ")
        == 7
    )


def test_cli_check_json(planted_project):
    result = CliRunner().invoke(
        main,
        [
            "-C",
            str(planted_project),
            "check",
            "--check",
            "glossary",
            "--format",
            "json",
            "--lang",
            "zh-TW",
        ],
    )
    assert result.exit_code == 1, result.output
    report = json.loads(result.stdout)
    text = json.dumps(report, ensure_ascii=False)
    assert "参数 → 參數, found none" in text and "LLM → LLM, found llm (wrong case)" in text
    assert "智慧手機 (forbidden)" not in text  # only the glossary check was asked for


def test_cli_check_goes_on_after_a_check_raises(planted_project, monkeypatch):
    """The glossary verdict fails once, on the entry of line 22: the check that asked gets
    one internal-error finding; the other check (asking again) and later entries are judged."""
    from digestl10n.checks import glossary as family

    (failing,) = [e for e in catalog("en.po") if e.linenum == 22]
    real = family._verdict
    failed: list[str] = []

    def flaky(msgid: str, msgstr: str, ctx: checks.Context) -> object:
        if msgid == failing.msgid and not failed:
            failed.append(msgid)
            raise RuntimeError("boom")
        return real(msgid, msgstr, ctx)

    monkeypatch.setattr(family, "_verdict", flaky)
    result = CliRunner().invoke(
        main,
        ["-C", str(planted_project), "check", "--lang", "en"]
        + ["--check", "glossary", "--check", "forbidden"],
    )
    assert result.exit_code == 1, result.output
    path = "locales/en/LC_MESSAGES/planted.po"
    heads = [line for line in result.stdout.splitlines() if line.startswith(path)]
    assert heads == [  # forbidden runs first (checks in name order) and meets the error
        f"{path}:22: [forbidden] error: internal error in check forbidden: RuntimeError: boom "
        f"(entry at {path}:22); please report it",
        f"{path}:22: [glossary] error: 数据集 → dataset, found none",
        f"{path}:26: [forbidden] error: 数据集 → dataset, found data set (forbidden)",
        f"{path}:30: [glossary] error: LLM → LLM, found Llms (wrong case)",
    ]
