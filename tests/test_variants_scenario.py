"""Variants as an editor and reviewers live with them: through the CLI, on a project on disk."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from digestl10n.cli import main
from digestl10n.po import format_po, parse_po
from digestl10n.variants import provenance

from .conftest import ROOT

ARTICLE = "digest-2024-06-a"
TW = f"locales/zh_TW/LC_MESSAGES/{ARTICLE}.po"
DATA = Path(__file__).parent / "data" / "variants"

# Two entries a reviewer fixes, and a machine entry whose source the editor changes.
EDITED_A = "论文将Samba扩展到38亿参数"  # its source changes later
EDITED_B = "论文识别并分析了流行的大规模多任务语言理解"
MACHINE_C = "通过实证研究探讨了在增加计算时"


def run(project: Path, *args: str) -> str:
    env = {"SOURCE_DATE_EPOCH": "1718000000"}
    result = CliRunner().invoke(main, ["-C", str(project), *args], env=env)
    assert result.exit_code == 0, result.output
    return result.output


def variants_table() -> str:
    """The bundled project's [tool.digestl10n.variants] table, as a user would copy it."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    m = re.search(r"^\[tool\.digestl10n\.variants\]\n(?:[^\[\n].*\n|\n)*", text, re.M)
    assert m is not None
    return m.group()


def files(project: Path) -> dict[str, bytes]:
    return {
        p.relative_to(project).as_posix(): p.read_bytes()
        for pattern in ("locales/*.pot", "locales/*/LC_MESSAGES/*.po")
        for p in sorted(project.glob(pattern))
    }


def find(po, start: str):
    (e,) = [e for e in po if e.msgid.startswith(start) and not e.obsolete]
    return e


@pytest.fixture
def variant_project(project: Path) -> Path:
    with (project / "pyproject.toml").open("a", encoding="utf-8") as f:
        f.write("\n" + variants_table())
    return project


def test_reviewer_edits_survive_and_source_changes_are_handled(variant_project):
    project = variant_project
    run(project, "extract")
    tw = parse_po((project / TW).read_text(encoding="utf-8"))
    assert all(e.msgstr and provenance(e)[0] == "machine" for e in tw)
    a, b = find(tw, EDITED_A), find(tw, EDITED_B)
    assert "引數" in a.msgstr and "多工" in b.msgstr  # OpenCC's software vocabulary
    fixed_a = a.msgstr.replace("擴充套件", "擴展").replace("引數", "參數")
    fixed_b = b.msgstr.replace("多工", "多任務")
    a.msgstr, b.msgstr = fixed_a, fixed_b
    (project / TW).write_text(format_po(tw), encoding="utf-8")
    before = {e.msgid: e.msgstr for e in tw}

    # No source change: the edits stay, and only their provenance line says so.
    edited = files(project)
    run(project, "extract")
    after = files(project)
    assert {p for p in after if after[p] != edited[p]} == {TW}
    tw = parse_po(after[TW].decode())
    assert {e.msgid: e.msgstr for e in tw} == before
    assert {e.msgid for e in tw if provenance(e)[0] == "reviewed"} == {a.msgid, b.msgid}
    assert not any(e.fuzzy for e in tw)
    run(project, "extract")
    run(project, "convert")
    assert files(project) == after

    # The editor changes edited unit A and machine unit C.
    src = project / "source" / f"{ARTICLE}.txt"
    text = src.read_text(encoding="utf-8")
    text = text.replace("Samba扩展到38亿参数", "Samba扩展到40亿参数").replace(
        MACHINE_C, "论文" + MACHINE_C
    )
    src.write_text(text, encoding="utf-8")
    old_c = find(tw, MACHINE_C)
    run(project, "extract")
    tw = parse_po((project / TW).read_text(encoding="utf-8"))

    a2 = find(tw, EDITED_A.replace("38", "40"))
    assert a2.fuzzy and a2.previous_msgid == a.msgid and a2.msgstr == fixed_a
    b2 = find(tw, EDITED_B)
    assert not b2.fuzzy and b2.msgstr == fixed_b
    c2 = find(tw, "论文" + MACHINE_C)
    assert c2.msgstr == "論文" + old_c.msgstr
    assert not c2.fuzzy and c2.previous_msgid is None and provenance(c2)[0] == "machine"
    rest = {e.msgid: e.msgstr for e in tw if e.msgid not in (a2.msgid, c2.msgid) and not e.obsolete}
    assert rest == {k: v for k, v in before.items() if k not in (a.msgid, old_c.msgid)}
    assert sum(e.fuzzy for e in tw) == 1


def test_convert_report_lists_phrase_changes_and_writes_nothing(variant_project):
    project = variant_project
    run(project, "extract")
    snapshot = files(project)
    out = run(project, "convert", "--report", "--lang", "zh-TW")
    assert files(project) == snapshot
    assert f"{TW}: " in out
    assert "参数 → 引數  (opencc; s2t 參數)" in out
    assert f"source/{ARTICLE}.txt:127" in out
    assert "zh_HK" not in out


def test_convert_rejects_a_language_that_is_not_a_variant(variant_project):
    result = CliRunner().invoke(main, ["-C", str(variant_project), "convert", "--lang", "en"])
    assert result.exit_code == 2
    assert (
        "Error: pyproject.toml: en is not a derived language (variants: zh-HK, zh-Hant, zh-TW)"
        in result.output
    )


def test_pivot_english_source_through_a_hand_written_zh_hans_catalog(tmp_path):
    """An English article translated into zh-Hans by hand; zh-TW derives from that translation.

    The project's glossary has an English source column; its zh-TW renderings
    still steer the conversion from zh-Hans.
    """
    shutil.copytree(DATA / "pivot", tmp_path, dirs_exist_ok=True)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.digestl10n]\nsource_language = "en"\ntargets = ["zh-Hans", "zh-TW"]\n\n'
        '[tool.digestl10n.variants]\nzh-TW = { base = "zh-Hans", opencc = "s2twp" }\n',
        encoding="utf-8",
    )
    hans_path = tmp_path / "locales/zh_Hans/LC_MESSAGES/llm-news.po"
    tw_path = tmp_path / "locales/zh_TW/LC_MESSAGES/llm-news.po"
    run(tmp_path, "extract")
    assert [e.msgstr for e in parse_po(tw_path.read_text(encoding="utf-8"))] == [
        "LLM 新聞,2024 年 6 月",
        "大型語言模型持續進步。本期收集了三篇關於資料和評估的論文。",
        "智慧型手機對話資料集",
        "作者釋出了一個高品質資料集,包含在智慧型手機上錄製的 10,000 段對話,程式碼見 "
        "`github.com/example/chat`。",
        "最佳化模型參數",
        "論文表明,最佳化更少的參數可以帶來更好的軟體效能。",
    ]

    # The zh-Hans translator revises one entry and marks another fuzzy;
    # a zh-TW reviewer edits a third.
    hans = parse_po(hans_path.read_text(encoding="utf-8"))
    hans[4].msgstr = "模型参数的优化"
    hans[5].flags.append("fuzzy")
    hans_path.write_text(format_po(hans), encoding="utf-8")
    twpo = parse_po(tw_path.read_text(encoding="utf-8"))
    twpo[2].msgstr = "智慧型手機的對話資料集"
    tw_path.write_text(format_po(twpo), encoding="utf-8")
    run(tmp_path, "extract")
    twpo = parse_po(tw_path.read_text(encoding="utf-8"))
    assert twpo[4].msgstr == "模型參數的最佳化"  # follows its base
    assert (
        twpo[5].msgstr == "論文表明,最佳化更少的參數可以帶來更好的軟體效能。"
    )  # base unsure: left as is
    assert twpo[2].msgstr == "智慧型手機的對話資料集" and provenance(twpo[2])[0] == "reviewed"
    assert not any(e.fuzzy for e in twpo)


def test_an_unknown_opencc_configuration_is_one_error_line_and_nothing_written(project):
    with (project / "pyproject.toml").open("a", encoding="utf-8") as f:
        f.write('\n[tool.digestl10n.variants]\nzh-TW = { base = "zh-Hans", opencc = "s2twx" }\n')
    result = CliRunner().invoke(main, ["-C", str(project), "extract"])
    assert result.exit_code == 2
    assert result.output.startswith(
        "Error: pyproject.toml:11: variants.zh-TW: unknown OpenCC configuration 's2twx' (known: "
    )
    assert len(result.output.splitlines()) == 1
    assert not (project / "locales").exists()


def test_report_leaves_out_reviewer_edits(variant_project):
    project = variant_project
    run(project, "extract")
    tw = parse_po((project / TW).read_text(encoding="utf-8"))
    find(tw, EDITED_A).msgstr = "論文把Samba擴展到38億參數。"
    (project / TW).write_text(format_po(tw), encoding="utf-8")
    out = run(project, "convert", "--report", "--lang", "zh-TW")
    assert f"source/{ARTICLE}.txt:127" not in out
    assert "not listed, edited by a reviewer: 1" in out
