"""Sync as msgmerge for plurals and previous msgids; number notes that ignore format directives."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from digestl10n.catalog import sync
from digestl10n.checks import Context
from digestl10n.checks.numbers import figures_changed, figures_kept
from digestl10n.languages import parse_language
from digestl10n.po import format_po, parse_po

ZH = parse_language("zh-CN")

OLD = """\
# A catalog from elsewhere.
#
msgid ""
msgstr ""
"Project-Id-Version: tool 1.0\\n"
"POT-Creation-Date: 2020-01-01 00:00+0000\\n"
"Language: zh_CN\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"X-Custom: one\\n"
"X-Custom: two\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

#, c-format
msgid "%d file"
msgid_plural "%d files"
msgstr[0] "%d 个文件"
msgstr[1] "%d 个文件"

#, fuzzy, c-format
#| msgid "%d old dir"
#| msgid_plural "%d old dirs"
msgid "%d dir"
msgid_plural "%d dirs"
msgstr[0] "%d 个旧目录"
msgstr[1] "%d 个旧目录"

#, c-format
msgid "Copied %lu bytes at 0x%x"
msgstr "在 0x%x 复制了 %lu 字节"
"""

POT = """\
msgid ""
msgstr ""
"POT-Creation-Date: 2021-02-02 00:00+0000\\n"
"Content-Type: text/plain; charset=CHARSET\\n"

#, c-format
msgid "%d file"
msgid_plural "%d files"
msgstr[0] ""
msgstr[1] ""

#, c-format
msgid "%d dir"
msgid_plural "%d dirs"
msgstr[0] ""
msgstr[1] ""

#, c-format
msgid "%d new item"
msgid_plural "%d new items"
msgstr[0] ""
msgstr[1] ""

#, c-format
msgid "Copied %lu bytes at 0x%x (%06d)"
msgstr ""
"""


def _merged() -> str:
    po, _ = sync(parse_po(OLD), parse_po(POT), ZH, name="tool")
    return format_po(po)


def test_the_catalogs_own_plural_forms_win_and_header_lines_stay() -> None:
    out = _merged()
    assert '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"' in out
    assert "nplurals=1" not in out
    assert '"X-Custom: one\\n"\n"X-Custom: two\\n"' in out  # duplicates kept, in place
    assert '"POT-Creation-Date: 2021-02-02 00:00+0000\\n"' in out


def test_every_plural_entry_has_nplurals_forms_and_previous_plural_is_kept() -> None:
    po = parse_po(_merged())
    by_id = {e.msgid: e for e in po}
    assert len(by_id["%d new item"].msgstr_plural) == 2
    dirs = by_id["%d dir"]
    assert dirs.fuzzy and dirs.previous_msgid_plural == "%d old dirs"


def test_a_new_catalog_gets_cldr_plural_forms() -> None:
    po, _ = sync(None, parse_po(POT), ZH, name="tool")
    assert po.metadata["Plural-Forms"] == "nplurals=1; plural=0;"
    assert all(len(e.msgstr_plural) == 1 for e in po if e.msgid_plural)


def test_fewer_forms_than_nplurals_are_filled_and_made_fuzzy() -> None:
    old = OLD.replace('msgstr[1] "%d 个文件"\n', "")
    po = parse_po(format_po(sync(parse_po(old), parse_po(POT), ZH, name="tool")[0]))
    files = next(e for e in po if e.msgid == "%d file")
    assert files.msgstr_plural == {0: "%d 个文件", 1: "%d 个文件"} and files.fuzzy


@pytest.mark.gettext
@pytest.mark.skipif(shutil.which("msgfmt") is None, reason="no msgfmt")
def test_merged_catalog_passes_msgfmt_c(tmp_path: Path) -> None:
    (tmp_path / "m.po").write_text(_merged(), encoding="utf-8")
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(tmp_path / "m.po")], check=True)


def test_no_numbers_note_from_printf_directives() -> None:
    out = _merged()
    assert "numbers changed" not in out


# (flag, source, translation, previous source): no finding and no note may come from a directive.
DIRECTIVES = [
    ("c-format", "Address 0x%x", "地址 0x%x", "Address 0x%08x"),
    ("c-format", "%-25s %06lx", "%-25s %06lx", "%s %lx"),
    ("c-format", "Name: %-25s", "名称：%s", "Name: %-20s"),  # a width the translation drops
    ("c-format", "%1$s has %2$d files", "%2$d 个文件在 %1$s", "%1$s has %3$d files"),
    ("c-format", "Progress: %.1f%%", "进度：%.1f%%", "Progress: %.2f%%"),
    ("c-format", "%3d of %5d", "第 %3d / %5d", "%d of %d"),
    (
        "python-format",
        "%(count)d of %(total)d",
        "%(total)d 中的 %(count)d",
        "%(count)02d of %(total)d",
    ),
    ("python-format", "Showing %(start)05d to %(end)d", "显示 %(start)05d 到 %(end)d", "%d"),
    ("python-format", "%.2f MB", "%.2f MB", "%.3f MB"),
    ("python-brace-format", "{0:>10} items", "{0:>10} 项", "{0:>12} items"),
]


@pytest.mark.parametrize(("flag", "msgid", "msgstr", "previous"), DIRECTIVES)
def test_directives_are_no_figures(flag: str, msgid: str, msgstr: str, previous: str) -> None:
    text = f"""\
#, fuzzy, {flag}
#| msgid "{previous}"
msgid "{msgid}"
msgstr "{msgstr}"
"""
    entry = parse_po(text)[0]
    ctx = Context(path="x.po", language=ZH, source_language=None)
    assert figures_kept(entry, ctx) == []
    assert figures_changed(entry, ctx) == []
    old = parse_po(text.replace(f'msgid "{msgid}"', f'msgid "{previous}"').replace("#| ", "# "))
    merged, _ = sync(old, parse_po(f'#, {flag}\nmsgid "{msgid}"\nmsgstr ""\n'), ZH, name="x")
    assert "numbers changed" not in format_po(merged)


def test_figures_beside_directives_still_count() -> None:
    entry = parse_po('#, c-format\nmsgid "%d of 30 done"\nmsgstr "已完成 %d / 20"\n')[0]
    assert figures_kept(entry, Context(path="x.po", language=ZH, source_language=None))


def test_crlf_and_a_lone_comment_survive_a_merge() -> None:
    old = OLD.replace('#, c-format\nmsgid "%d file"', '#\n#, c-format\nmsgid "%d file"')
    po, _ = sync(parse_po(old.replace("\n", "\r\n")), parse_po(POT), ZH, name="tool")
    out = format_po(po)
    assert "\r\n" in out and "\n" not in out.replace("\r\n", "")
    assert '\r\n\r\n#\r\n#, c-format\r\nmsgid "%d file"\r\n' in out
