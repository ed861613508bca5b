"""What a catalog from another tool keeps: empty comments, CRLF, legacy charsets, its header."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from digestl10n.cli import main
from digestl10n.errors import PoSyntaxError
from digestl10n.po import format_po, parse_po
from digestl10n.project import decode_catalog

needs_msgfmt = pytest.mark.skipif(shutil.which("msgfmt") is None, reason="no msgfmt")

HEADER = (
    'msgid ""\n'
    'msgstr ""\n'
    '"Project-Id-Version: t\\n"\n'
    '"Language: zh_TW\\n"\n'
    '"MIME-Version: 1.0\\n"\n'
    '"Content-Type: text/plain; charset={charset}\\n"\n'
    '"Content-Transfer-Encoding: 8bit\\n"\n'
    '"Plural-Forms: nplurals=1; plural=0;\\n"\n'
)


@pytest.mark.parametrize(
    "entry",
    [
        '#\nmsgid "a"\nmsgstr "b"\n',
        '#.\nmsgid "a"\nmsgstr "b"\n',
        '#\n#.\n#: f.c:1\nmsgid "a"\nmsgstr "b"\n',
        '#\n#\nmsgid "a"\nmsgstr "b"\n',
        '# x\n#\nmsgid "a"\nmsgstr "b"\n',
        '#\n#, fuzzy\n#| msgid "z"\nmsgid "a"\nmsgstr "b"\n',
        '#\n#~ msgid "a"\n#~ msgstr "b"\n',
    ],
)
def test_empty_comments_survive(entry: str) -> None:
    text = HEADER.format(charset="UTF-8") + "\n" + entry
    assert format_po(parse_po(text)) == text
    # the line reader too (a stray continuation forces it)
    slow = text.replace('\nmsgid "a"', '\nmsgid ""\n"a"')
    assert format_po(parse_po(slow)) == text


def test_a_lone_header_comment_survives() -> None:
    text = "#\n" + HEADER.format(charset="UTF-8")
    assert format_po(parse_po(text)) == text


@needs_msgfmt
@pytest.mark.gettext
def test_empty_comments_are_what_msgcat_writes(tmp_path: Path) -> None:
    text = HEADER.format(charset="UTF-8") + '\n#\n#.\nmsgid "a"\nmsgstr "b"\n'
    (tmp_path / "a.po").write_text(text, encoding="utf-8")
    out = subprocess.run(["msgcat", str(tmp_path / "a.po")], capture_output=True, check=True)
    assert out.stdout.decode() == format_po(parse_po(text))


def test_crlf_is_kept() -> None:
    lf = HEADER.format(charset="UTF-8") + '\n# note\nmsgid "a"\nmsgstr "b"\n'
    crlf = lf.replace("\n", "\r\n")
    po = parse_po(crlf)
    assert po[0].msgstr == "b" and po[0].tcomment == "note"
    assert format_po(po) == crlf
    assert format_po(parse_po(lf)) == lf


def test_crlf_with_a_continued_line_is_kept() -> None:
    crlf = (HEADER.format(charset="UTF-8") + '\nmsgid ""\n"a"\nmsgstr "b"\n').replace("\n", "\r\n")
    assert format_po(parse_po(crlf)) == crlf.replace('msgid ""\r\n"a"', 'msgid "a"')


BIG5_BACKSLASH = "許功蓋"  # each has 0x5C ("\") as its trail byte in Big5


@pytest.mark.parametrize(
    ("charset", "codec", "word"),
    [
        ("GB2312", "gb2312", "简体中文"),
        ("GBK", "gbk", "镕"),  # not in GB2312
        ("GB18030", "gb18030", "简体"),
        ("Big5", "big5", BIG5_BACKSLASH),
        ("BIG5-HKSCS", "big5hkscs", "香港" + BIG5_BACKSLASH),
    ],
)
def test_legacy_charsets_are_read_and_written_as_utf8(
    charset: str, codec: str, word: str, tmp_path: Path
) -> None:
    if codec == "big5":
        assert all(b"\\" in ch.encode("big5") for ch in BIG5_BACKSLASH)
    text = HEADER.format(charset=charset) + f'\nmsgid "a \\"q\\""\nmsgstr "{word}\\\\"\n'
    data = text.encode(codec)
    po = parse_po(decode_catalog(data, "x.po"), "x.po")
    assert po[0].msgstr == word + "\\"
    out = format_po(po)
    assert "charset=UTF-8" in out and f"charset={charset}" not in out
    assert out == text.replace(f"charset={charset}", "charset=UTF-8")
    if shutil.which("msgfmt"):
        (tmp_path / "out.po").write_bytes(out.encode("utf-8"))
        (tmp_path / "in.po").write_bytes(data)
        for f in ("in.po", "out.po"):
            subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(tmp_path / f)], check=True)


def test_utf8_under_a_legacy_header_is_an_error_on_its_line() -> None:
    # what `iconv -f GB2312 -t UTF-8` leaves: UTF-8 bytes, the header unchanged
    data = (HEADER.format(charset="GB2312") + '\nmsgid "a"\nmsgstr "简体"\n').encode("utf-8")
    with pytest.raises(PoSyntaxError) as err:
        decode_catalog(data, "x.po")
    assert err.value.line == 6
    assert "charset=GB2312" in str(err.value) and "UTF-8" in str(err.value)


def test_bytes_the_declared_charset_cannot_decode_are_an_error() -> None:
    data = (HEADER.format(charset="GB2312") + '\nmsgid "a"\nmsgstr "x"\n').encode()
    data = data.replace(b'"x"', b'"\xb3\x5c\xff"')  # Big5 and a stray byte, not GB2312
    with pytest.raises(PoSyntaxError) as err:
        decode_catalog(data, "x.po")
    assert err.value.line == 11


def test_an_unknown_charset_is_an_error() -> None:
    data = (HEADER.format(charset="KLINGON-8") + '\nmsgid "a"\nmsgstr "x"\n').encode()
    with pytest.raises(PoSyntaxError, match="unknown charset"):
        decode_catalog(data, "x.po")


def test_a_contradicting_header_is_one_line_exit_2(project: Path) -> None:
    runner = CliRunner()
    assert runner.invoke(main, ["-C", str(project), "extract"]).exit_code == 0
    path = project / "locales" / "zh_TW" / "LC_MESSAGES" / "digest-2024-06-a.po"
    text = path.read_text(encoding="utf-8").replace("charset=UTF-8", "charset=GB2312")
    path.write_text(text, encoding="utf-8")
    result = runner.invoke(main, ["-C", str(project), "check"])
    assert result.exit_code == 2
    lines = result.output.strip().splitlines()
    assert len(lines) == 1, result.output
    line = text[: text.index("charset=GB2312")].count("\n") + 1
    assert lines[0].startswith(f"Error: locales/zh_TW/LC_MESSAGES/digest-2024-06-a.po:{line}: ")
