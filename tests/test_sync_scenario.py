"""Editing the source over translated catalogs, as an editor does, judged as msgmerge would."""

from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

from click.testing import CliRunner

from digestl10n.cli import main
from digestl10n.po import format_po, parse_po

from .conftest import needs_gettext

ARTICLE = "digest-2024-06-a"
PO = f"locales/zh_TW/LC_MESSAGES/{ARTICLE}.po"

CHANGED_OLD = "WildBench包含1,024个任务和精心挑选超过一百万个人机对话日志。"
CHANGED_NEW = "WildBench包含2,048个任务和精心挑选超过一百万个人机对话日志。"
DELETED = (
    "开发治疗方法是一个漫长且昂贵的过程,需要满足许多不同的标准,而能够加速此过程的AI模型非常宝贵。"
)
INSERTED = "编者按:欢迎读者来信讨论,本栏目每月更新两次。"
SWAP_A = (
    "NATURAL PLAN是一个在自然语言中进行现实规划的基准测试,"
    "包含三个关键任务:旅行规划、会议规划和日历安排。"
)
SWAP_B_START = "这个评估重点是在完全了解任务信息的情况下"
REWRAP = "在健康领域,大多数大语言模型(LLM)研究侧重于临床任务。"
COMMA = "论文介绍了个人健康大语言模型(PH-LLM),它是从Gemini微调而来,"


def extract(project: Path, epoch: str) -> str:
    result = CliRunner().invoke(
        main,
        ["-C", str(project), "extract", "-v", "--lang", "zh-TW"],
        env={"SOURCE_DATE_EPOCH": epoch},
    )
    assert result.exit_code == 0, result.output
    return result.output


def edit_source(text: str) -> str:
    lines = text.split("\n")
    # one sentence changed
    text = text.replace("WildBench包含1,024个任务", "WildBench包含2,048个任务")
    # one paragraph deleted (with its blank line)
    text = text.replace(DELETED + "\n\n", "")
    # one paragraph inserted
    text = text.replace(
        "https://arxiv.org/abs/2406.04770\n",
        "https://arxiv.org/abs/2406.04770\n\n" + INSERTED + "\n",
    )
    # two paragraphs swapped
    b = next(line for line in lines if line.startswith(SWAP_B_START))
    text = text.replace(SWAP_A + "\n\n" + b, b + "\n\n" + SWAP_A)
    # one paragraph only re-wrapped
    text = text.replace(REWRAP, "在健康领域,大多数大语言模型\n(LLM)研究侧重于\n临床任务。")
    # one comma made full-width
    text = text.replace(COMMA, COMMA.replace("而来,", "而来，"))
    return text


def entries(po_text: str):
    return {e.msgid: e for e in parse_po(po_text)}


def find(got: dict, fragment: str):
    (entry,) = [e for m, e in got.items() if fragment in m]
    return entry


def split(po_text: str) -> Counter[str]:
    c: Counter[str] = Counter()
    for e in parse_po(po_text):
        c[
            "obsolete"
            if e.obsolete
            else "fuzzy"
            if e.fuzzy
            else "translated"
            if e.msgstr
            else "untranslated"
        ] += 1
    return c


def translate_all(project: Path) -> str:
    path = project / PO
    po = parse_po(path.read_text(encoding="utf-8"))
    for e in po:
        e.msgstr = "譯:" + e.msgid
    text = format_po(po)
    path.write_text(text, encoding="utf-8")
    return text


def test_editor_changes_keep_translator_work(project, tmp_path):
    extract(project, "1718000000")
    old_po = translate_all(project)
    src = project / "source" / f"{ARTICLE}.txt"
    original = src.read_text(encoding="utf-8")
    src.write_text(edit_source(original), encoding="utf-8")
    report = extract(project, "1718100000")
    new_po = (project / PO).read_text(encoding="utf-8")
    got = entries(new_po)

    changed = find(got, CHANGED_NEW)
    assert changed.fuzzy and CHANGED_OLD in changed.previous_msgid
    assert changed.msgstr.startswith("譯:")
    assert "#| msgid " in new_po
    assert got[DELETED].obsolete and got[DELETED].msgstr == "譯:" + DELETED
    assert got[INSERTED].msgstr == "" and not got[INSERTED].fuzzy
    swapped = [e for m, e in got.items() if m == SWAP_A or m.startswith(SWAP_B_START)]
    assert len(swapped) == 2 and all(e.msgstr and not e.fuzzy for e in swapped)
    rewrapped = next(e for m, e in got.items() if m.startswith(REWRAP))
    assert rewrapped.msgstr and not rewrapped.fuzzy
    comma = next(e for m, e in got.items() if m.startswith(COMMA.replace("而来,", "而来，")))
    assert (
        comma.msgstr == "譯:" + next(m for m in entries(old_po) if m.startswith(COMMA))
        and not comma.fuzzy
    )
    assert "1 kept without fuzzy: edit only cosmetic" in report
    assert split(new_po) == {"translated": 137, "fuzzy": 1, "untranslated": 1, "obsolete": 1}


@needs_gettext
def test_msgmerge_agrees_on_the_non_cosmetic_edits(project, tmp_path):
    extract(project, "1718000000")
    old_po = translate_all(project)
    (tmp_path / "old.po").write_text(old_po, encoding="utf-8")
    src = project / "source" / f"{ARTICLE}.txt"
    src.write_text(edit_source(src.read_text(encoding="utf-8")), encoding="utf-8")
    extract(project, "1718100000")
    shutil.copy(project / f"locales/{ARTICLE}.pot", tmp_path / "new.pot")
    subprocess.run(
        [
            "msgmerge",
            "--quiet",
            "--previous",
            "-o",
            str(tmp_path / "mm.po"),
            str(tmp_path / "old.po"),
            str(tmp_path / "new.pot"),
        ],
        check=True,
    )
    ours = entries((project / PO).read_text(encoding="utf-8"))
    theirs = entries((tmp_path / "mm.po").read_text(encoding="utf-8"))
    assert set(ours) == set(theirs)
    cosmetic = {m for m in ours if m.startswith(COMMA.replace("而来,", "而来，"))}
    for msgid in set(ours) - cosmetic:
        a, b = ours[msgid], theirs[msgid]
        assert (a.obsolete, a.fuzzy, bool(a.msgstr)) == (b.obsolete, b.fuzzy, bool(b.msgstr)), msgid
        if a.fuzzy:
            assert (a.previous_msgid, a.msgstr) == (b.previous_msgid, b.msgstr)
    # msgmerge fuzzies the comma-only edit; we keep it translated and say so.
    (c,) = cosmetic
    assert theirs[c].fuzzy and not ours[c].fuzzy and ours[c].msgstr == theirs[c].msgstr
