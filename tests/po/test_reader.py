"""po/reader.py: PO text in, as gettext reads it; our errors with file:line."""

from __future__ import annotations

import polib
import pytest

from digestl10n.errors import PoSyntaxError
from digestl10n.po import parse_po

from .samples import DATA, HEADER


def test_parse_reads_every_field() -> None:
    po = parse_po((DATA / "digest.po").read_text(encoding="utf-8"))
    assert list(po.metadata)[:3] == [
        "Project-Id-Version",
        "Report-Msgid-Bugs-To",
        "POT-Creation-Date",
    ]
    assert list(po.metadata)[-1] == "X-Source-Language"
    assert po.metadata["Report-Msgid-Bugs-To"] == ""
    assert po.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"
    assert po.header.startswith("Chinese (Simplified) → English translation")
    assert po.header.endswith("\n")  # the lone "#" line
    assert not po.metadata_is_fuzzy

    first = po[0]
    # Entries have exactly the attributes polib's constructor sets (po/entry.py).
    assert set(vars(first)) == set(vars(polib.POEntry()))
    assert set(vars(next(e for e in po if e.obsolete))) == set(vars(polib.POEntry()))
    assert first.comment == "paragraph"
    assert first.occurrences == [("source/digest-2024-06-a.txt", "1")]
    assert first.msgid.startswith("大语言模型(LLMs)")
    assert first.msgctxt is None and first.msgid_plural == "" and not first.obsolete
    assert first.linenum == 21

    url = po.find("https://arxiv.org/abs/2406.04770")
    assert [line for _, line in url.occurrences] == ["13", "27", "41"]

    fuzzy = next(e for e in po if e.previous_msgid)
    assert fuzzy.flags == ["fuzzy"] and fuzzy.fuzzy
    assert fuzzy.tcomment == "Needs review: the number was changed."
    assert fuzzy.previous_msgid.endswith("均低于5%，这凸显了在自然语言规划中存在的显著差距。")

    multi = next(e for e in po if "\n" in e.msgid)
    assert multi.msgid.startswith("第一行\n第二行")
    assert multi.msgstr.startswith('First line\nSecond line "quote"')

    obsolete = [e for e in po if e.obsolete]
    assert [e.msgid for e in obsolete][0] == "打开网易新闻 查看更多图片"
    assert obsolete[1].previous_msgid == "旧的段落：开发治疗方法是一个漫长且昂贵的过程"
    assert obsolete[1].flags == ["fuzzy"]


def test_parse_plural_context_and_escapes() -> None:
    po = parse_po((DATA / "formats.po").read_text(encoding="utf-8"))
    plural = po.find("One file")
    assert plural.msgid_plural == "%d files" and plural.msgstr_plural == {0: "%d 个文件"}
    assert po.find("File", msgctxt="menu").msgstr == "文件"
    tab = next(e for e in po if e.msgid.startswith("tab"))
    assert tab.msgid == 'tab\there, quote " and backslash \\ and bell \a and CR \r done\n'
    refs = po[0].occurrences
    assert ("src/main.c", "10") in refs and ("src/other.c", "") in refs
    assert po[0].flags == ["c-format"]


def test_template_header_is_fuzzy() -> None:
    pot = parse_po((DATA / "template.pot").read_text(encoding="utf-8"))
    assert pot.metadata_is_fuzzy == ["fuzzy"]
    assert pot.metadata["Language"] == ""
    assert all(e.msgstr == "" for e in pot)


def test_parse_accepts_gettext_variants() -> None:
    text = (
        "\ufeff# c\r\n"
        "#: a.c:1 b.c : 2 c.c: 3 d.c :4\r\n"
        "#, fuzzy c-format\r\n"
        'msgid "a" "b"\r\n'
        "msgstr\r\n"
        '  "x\\x41\\101"\r\n'
    )
    po = parse_po(text)
    e = po[0]
    assert e.msgid == "ab" and e.msgstr == "xAA"
    assert e.occurrences == [("a.c", "1"), ("b.c", "2"), ("c.c", "3"), ("d.c", "4")]
    assert e.flags == ["fuzzy", "c-format"]
    assert e.tcomment == "c"


# --------------------------------------------------------------------------
# Syntax errors
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "line", "fragment"),
    [
        pytest.param(HEADER + 'msgid "abc\nmsgstr ""\n', 5, "unterminated", id="unterminated"),
        pytest.param(
            HEADER + 'msgid "a\\"\nmsgstr ""\n', 5, "unterminated", id="escaped-quote-at-end"
        ),
        pytest.param(HEADER + 'msgid abc\nmsgstr ""\n', 5, "unquoted", id="unquoted"),
        pytest.param(
            HEADER + 'msgid "a"\nmsgfoo "b"\n', 6, 'unknown keyword "msgfoo"', id="unknown-keyword"
        ),
        pytest.param(
            HEADER + 'msgid "a"\nmsgstr "b\\qc"\n', 6, "invalid escape", id="invalid-escape"
        ),
        pytest.param('# c\nmsgstr "x"\n', 2, "msgstr without msgid", id="msgstr-without-msgid"),
        pytest.param(
            HEADER + 'msgid "a"\nmsgstr[0] "b"\n',
            6,
            "without msgid_plural",
            id="plural-without-msgid-plural",
        ),
        pytest.param(
            HEADER + '#. c\n"orphan"\nmsgid "a"\nmsgstr ""\n',
            6,
            "string without a keyword",
            id="orphan-continuation",
        ),
        pytest.param('"orphan"\n', 1, "string without a keyword", id="orphan-at-start"),
        pytest.param(
            HEADER + 'msgid "a"\nmsgstr ""\n\n#: x\nmsgid "a"\nmsgstr "b"\n',
            9,
            "duplicate message definition (first at line 5)",
            id="duplicate",
        ),
        pytest.param(
            HEADER + 'msgctxt "c"\nmsgid "a"\nmsgstr ""\n\nmsgctxt "c"\nmsgid "a"\nmsgstr ""\n',
            10,
            "duplicate",
            id="duplicate-with-context",
        ),
        pytest.param(HEADER + '#. c\nmsgid "a"\n', 6, "msgid without msgstr", id="eof-mid-entry"),
        pytest.param(HEADER + 'msgctxt "a"\n', 5, "msgctxt without msgid", id="eof-after-msgctxt"),
        pytest.param(
            HEADER + 'msgid "a"\nmsgid_plural "b"\nmsgstr[1] "c"\n',
            7,
            "wrong index",
            id="plural-index",
        ),
        pytest.param(HEADER + 'msgid "a"\n#~ msgstr "b"\n', 6, "#~", id="inconsistent-obsolete"),
        pytest.param(HEADER + 'domain "d"\n', 5, "domain", id="domain"),
        pytest.param(HEADER + 'msgid "a\x04b"\nmsgstr ""\n', 5, "EOT", id="context-separator"),
    ],
)
def test_syntax_errors_report_their_line(text: str, line: int, fragment: str) -> None:
    with pytest.raises(PoSyntaxError) as info:
        parse_po(text, "de.po")
    err = info.value
    assert err.path == "de.po"
    assert err.line == line, err
    assert fragment in err.message
    assert str(err).startswith(f"de.po:{line}: ")


def test_backslash_newline_joins_lines_like_gettext() -> None:
    po = parse_po(HEADER + '#. a\\\nb\nmsgid "x\\\ny"\nmsgstr "z"\n\nmsgid "w"\nmsgstr ""\n')
    assert po[0].comment == "ab" and po[0].msgid == "xy"
    assert po[0].linenum == 7 and po[1].linenum == 11


def test_odd_layouts_read_as_gettext_reads_them() -> None:
    po = parse_po(HEADER + 'msgid "a"\n\n"b"\nmsgstr "x\\0y" "z"\n\nmsgid "c" #~\nmsgstr ""\n')
    assert po[0].msgid == "ab"  # blank lines are nothing, even inside an entry
    assert po[0].msgstr == "xz"  # a NUL ends gettext's C string
    assert po[1].msgid == "c"


def test_duplicate_obsolete_entries_are_not_an_error() -> None:
    po = parse_po(HEADER + 'msgid "a"\nmsgstr "b"\n\n#~ msgid "a"\n#~ msgstr "c"\n')
    assert [e.obsolete for e in po] == [False, True]
