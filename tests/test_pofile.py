"""pofile: PO text in and out, byte-identical to GNU msgcat 0.21."""

from __future__ import annotations

import ctypes
import ctypes.util
import shutil
import subprocess
import tempfile
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digestl10n.errors import PoSyntaxError
from digestl10n.po import format_po, linebreak, parse_po
from digestl10n.po.writer import _escape

DATA = Path(__file__).parent / "data" / "po"
GOLDEN = sorted(DATA.glob("*.po")) + sorted(DATA.glob("*.pot"))
MSGCAT = shutil.which("msgcat")
needs_msgcat = pytest.mark.skipif(MSGCAT is None, reason="GNU msgcat is not installed")


# --------------------------------------------------------------------------
# Golden files written by msgcat
# --------------------------------------------------------------------------


@pytest.mark.parametrize("path", GOLDEN, ids=lambda p: p.name)
def test_golden_files_come_back_byte_identical(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    width = 40 if "-w40" in path.name else 79
    assert format_po(parse_po(text, str(path)), width) == text


def test_golden_files_exist() -> None:
    assert len(GOLDEN) >= 5


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
    # Entries are built without POEntry.__init__: same attributes as polib's.
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


# --------------------------------------------------------------------------
# What msgcat normalizes, format_po normalizes too
# --------------------------------------------------------------------------


def _entry(**kw) -> polib.POEntry:
    return polib.POEntry(**kw)


def _po(*entries: polib.POEntry) -> polib.POFile:
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for e in entries:
        po.append(e)
    return po


def test_format_normalizes_like_msgcat() -> None:
    po = _po(
        _entry(msgid="a", msgstr="", flags=["fuzzy", "c-format"]),
        _entry(
            msgid="b",
            msgstr="x",
            flags=["python-format", "weird", "fuzzy", "no-wrap"],
            occurrences=[("./x.txt", "1"), ("x.txt", 1), ("./x.txt", "01"), ("y.txt", "")],
        ),
        _entry(msgid="gone", msgstr="", obsolete=True),
        _entry(msgid="kept", msgstr="z", obsolete=True, tcomment="old"),
    )
    assert format_po(po) == (
        'msgid ""\n'
        'msgstr "Content-Type: text/plain; charset=UTF-8\\n"\n'
        "\n"
        "#, c-format\n"
        'msgid "a"\n'
        'msgstr ""\n'
        "\n"
        "#: x.txt:1 x.txt:1 y.txt\n"
        "#, fuzzy, python-format, no-wrap\n"
        'msgid "b"\n'
        'msgstr "x"\n'
        "\n"
        "# old\n"
        '#~ msgid "kept"\n'
        '#~ msgstr "z"\n'
    )


def test_wraps_chinese_by_display_columns() -> None:
    text = "一二三四五六七八九十" * 4  # 80 columns
    out = format_po(_po(_entry(msgid=text, msgstr="")))
    lines = out.split("\n")[3:6]
    assert lines[0] == 'msgid ""'
    # 77 columns fit between the quotes: 38 ideographs, not 77 characters.
    assert lines[1] == f'"{text[:38]}"'
    assert lines[2] == f'"{text[38:]}"'


def test_format_directives_are_not_split() -> None:
    text = "x" * 73 + " % d files, and more words after it"
    plain = format_po(_po(_entry(msgid=text, msgstr=""))).split("\n")[3:6]
    c_format = format_po(_po(_entry(msgid=text, msgstr="", flags=["c-format"]))).split("\n")[4:7]
    # Checked against msgcat: the break moves before "% d" when it is a directive.
    assert plain == ['msgid ""', f'"{"x" * 73} % "', '"d files, and more words after it"']
    assert c_format == ['msgid ""', f'"{"x" * 73} "', '"% d files, and more words after it"']


def test_no_header_and_no_entries() -> None:
    assert format_po(polib.POFile()) == ""
    po = polib.POFile()
    po.append(_entry(msgid="x", msgstr="y"))
    assert format_po(po) == 'msgid "x"\nmsgstr "y"\n'


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

HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'  # 4 lines


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


def test_header_text_that_is_not_key_value_lines_survives() -> None:
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"X-Odd:no space\\n"\n"continued\\n"\n'
    )
    po = parse_po(text)
    assert po.metadata["X-Odd"] == "no space\ncontinued"
    assert format_po(po) == text
    po.metadata["X-Odd"] = "fixed"
    assert '"X-Odd: fixed\\n"' in format_po(po)


def test_duplicate_obsolete_entries_are_not_an_error() -> None:
    po = parse_po(HEADER + 'msgid "a"\nmsgstr "b"\n\n#~ msgid "a"\n#~ msgstr "c"\n')
    assert [e.obsolete for e in po] == [False, True]


# --------------------------------------------------------------------------
# Generated catalogs
# --------------------------------------------------------------------------

# fmt: off
_PIECES = [
    *"大语言模型在近年来取得了快速发展本文总结月发布的一些最重要论文可以让你及时了解进展",
    *"㐀㑇豈更車",  # CJK extension A, compatibility ideographs
    *"ひらがなカタカナぁっゃーｶﾀｶﾅ한국어",
    *"，。、；：？！「」『』（）《》〈〉【】“”‘’…—·",
    *"ＡＢＣ１２３！（）",
    *"abcxyzABC0123456789",
    *" -/.,;:!?()[]<>'%$#&*+=_|~^`{}@",
    # spaces, joiners, separators, combining marks, emoji
    "  ", "\u3000", "\u00a0", "\u200b", "\u00ad", "\u2028", "é", "e\u0301",
    "😀", "👍🏻", "❤️\u200d🔥", "🇨🇳", "\u2014", "\u2010",
    # what needs escaping
    '"', "\\", "\t", "\n", "\r",
    " the ", " model ", "LLM", "GPT-4-turbo", "1,024", "e.g.", "A/B",
    "https://arxiv.org/abs/2406.04770", "x" * 85,
    # format directives, valid and not
    "%s", "%d", "%1$s", "%5.2f", "%-10s", "%%", "% d", "%(name)s", "%(n)d", "%lu", "%zu",
    "%<PRIu64>", "%",
]
# fmt: on
_LONG = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)
_SHORT = st.lists(st.sampled_from(_PIECES), max_size=8).map("".join)
_TEXT = st.one_of(_SHORT, _SHORT, _LONG)
_COMMENT = (
    st.lists(
        st.text(st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), max_size=30)
        # gettext joins a line ending in a backslash with the next one, even a
        # comment line (msgcat itself then misreads what it wrote).
        .filter(lambda s: not s.startswith((" File:", " file:")) and not s.endswith("\\")),
        min_size=1,
        max_size=3,
    )
    .map("\n".join)
    .filter(bool)
)
_FILE = st.sampled_from(
    [
        "source/a.txt",
        "source/digest-2024-06-a.txt",
        "文件/文章.txt",
        "source/" + "very-long-directory-name/" * 3 + "article.txt",
    ]
)
_REF = st.tuples(_FILE, st.sampled_from(["", "1", "42", "123456"]))
# Flags in the order gettext writes them; fuzzy is added separately.
_FLAG_ORDER = [
    "c-format",
    "no-c-format",
    "python-format",
    "no-python-format",
    "range: 1..3",
    "no-wrap",
]


@st.composite
def _entries(draw, canonical: bool) -> polib.POEntry:
    e = polib.POEntry(msgid=draw(_TEXT))
    if draw(st.booleans()):
        e.msgctxt = draw(st.sampled_from(["", "menu", "上下文"]) | _SHORT)
    obsolete = draw(st.integers(0, 9)) == 0
    if draw(st.integers(0, 4)) == 0:
        e.msgid_plural = draw(_TEXT) or "plural"
        forms = draw(st.lists(_TEXT, min_size=1, max_size=3))
        if obsolete:
            forms[0] = forms[0] or "x"
        e.msgstr_plural = dict(enumerate(forms))
        first = forms[0]
    else:
        e.msgstr = draw(_TEXT)
        if obsolete:
            e.msgstr = e.msgstr or "x"
        first = e.msgstr
    e.obsolete = obsolete
    if draw(st.booleans()):
        e.tcomment = draw(_COMMENT)
    if draw(st.booleans()):
        e.comment = draw(_COMMENT)
    if draw(st.booleans()):
        e.occurrences = draw(st.lists(_REF, max_size=12, unique=True))
    flags = [f for f in _FLAG_ORDER if draw(st.integers(0, 5)) == 0]
    if "c-format" in flags and "no-c-format" in flags:
        flags.remove("no-c-format")
    if "python-format" in flags and "no-python-format" in flags:
        flags.remove("no-python-format")
    if obsolete and "range: 1..3" in flags:
        flags.remove("range: 1..3")  # gettext does not keep it on obsolete entries
    if draw(st.booleans()) and (first or not canonical or obsolete):
        flags.insert(0, "fuzzy")
        if draw(st.booleans()):
            e.previous_msgid = draw(_TEXT)
            if draw(st.booleans()):
                e.previous_msgctxt = draw(_SHORT)
            if e.msgid_plural and draw(st.booleans()):
                e.previous_msgid_plural = draw(_TEXT)
    if not canonical and draw(st.booleans()):
        draw(st.randoms()).shuffle(flags)
    e.flags = flags
    return e


@st.composite
def _catalogs(draw, canonical: bool = False) -> polib.POFile:
    po = polib.POFile()
    po.metadata = {
        "Project-Id-Version": "digest",
        "Language": draw(st.sampled_from(["", "en", "zh_TW"])),
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    if draw(st.booleans()):
        po.metadata["X-Note"] = draw(_SHORT).replace("\n", " ").strip() or "x"
    po.header = draw(st.sampled_from(["", "Title.\nCopyright", "标题\n\n第二段"]))
    po.metadata_is_fuzzy = draw(st.sampled_from([[], ["fuzzy"]]))
    seen = {(None, "")}
    entries = draw(st.lists(_entries(canonical), max_size=25))
    if canonical:
        entries.sort(key=lambda e: e.obsolete)  # msgcat writes obsolete entries last
    for e in entries:
        key = (e.msgctxt, e.msgid)
        if key not in seen:  # msgcat refuses duplicates, obsolete ones too
            seen.add(key)
            po.append(e)
    return po


def _fields(e: polib.POEntry) -> tuple:
    return (
        e.msgctxt,
        e.msgid,
        e.msgid_plural,
        e.msgstr,
        dict(e.msgstr_plural),
        e.obsolete,
        e.tcomment,
        e.comment,
        [tuple(o) for o in e.occurrences],
        list(e.flags),
        e.previous_msgctxt,
        e.previous_msgid,
        e.previous_msgid_plural,
    )


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_catalogs(canonical=True))
def test_round_trip_keeps_every_field(po: polib.POFile) -> None:
    back = parse_po(format_po(po))
    assert back.metadata == po.metadata
    assert back.header == po.header
    assert list(back.metadata_is_fuzzy) == po.metadata_is_fuzzy
    assert [_fields(e) for e in back] == [_fields(e) for e in po]


@pytest.mark.gettext
@needs_msgcat
@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(_catalogs(), st.sampled_from([79, 79, 79, 40, 120]))
def test_msgcat_writes_exactly_what_format_po_writes(po: polib.POFile, width: int) -> None:
    text = format_po(po, width)
    with tempfile.TemporaryDirectory() as tmp:
        src, dst = Path(tmp, "in.po"), Path(tmp, "out.po")
        src.write_bytes(text.encode("utf-8"))
        # --force-po: without it msgcat writes no file for a header-only catalog.
        subprocess.run(
            [MSGCAT, "--force-po", f"--width={width}", str(src), "-o", str(dst)],
            check=True,
            capture_output=True,
        )
        expected = dst.read_bytes()
    assert text.encode("utf-8") == expected
    assert format_po(parse_po(text), width) == text


# --------------------------------------------------------------------------
# The line breaking engine against the libunistring gettext uses
# --------------------------------------------------------------------------


def _libunistring():
    name = ctypes.util.find_library("unistring")
    if name is None:
        return None
    try:
        lib = ctypes.CDLL(name)
        f = lib.u8_width_linebreaks_v2
    except (OSError, AttributeError):
        return None
    f.argtypes = [
        ctypes.c_char_p,
        ctypes.c_size_t,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_char_p,
        ctypes.c_char_p,
    ]
    f.restype = ctypes.c_int
    return f


_LINEBREAKS = _libunistring()


def _reference_breaks(text: str, startcol: int, width: int, overrides: list[bool]) -> list[int]:
    data = text.encode("utf-8")
    o = bytearray(len(data))  # UC_BREAK_UNDEFINED
    starts = []
    pos = 0
    for ch, prohibited in zip(text, overrides, strict=True):
        starts.append(pos)
        if prohibited:
            o[pos] = 1  # UC_BREAK_PROHIBITED
        pos += len(ch.encode("utf-8"))
    out = ctypes.create_string_buffer(len(data))
    _LINEBREAKS(data, len(data), width, startcol, 0, bytes(o), b"UTF-8", out)
    return [i for i, b in enumerate(starts) if out.raw[b] == 2]  # UC_BREAK_POSSIBLE


@pytest.mark.gettext
@pytest.mark.skipif(_LINEBREAKS is None, reason="libunistring is not installed")
@settings(max_examples=500, deadline=None)
@given(_TEXT, st.sampled_from([0, 0, 6, 13, 80]), st.sampled_from([1, 10, 40, 76, 77, 200]))
def test_break_engine_matches_libunistring(value: str, startcol: int, width: int) -> None:
    esc = _escape(value.replace("\n", " "))
    overrides = linebreak.escape_overrides(esc, False)
    expected = _reference_breaks(esc, startcol, width, overrides)
    assert linebreak.breaks_exact(esc, startcol, width, overrides) == expected
    if not linebreak.is_special(esc) and startcol == 0:
        widths, classes = linebreak.measure(esc)
        assert linebreak.breaks(esc, widths, classes, width, False) == expected


def test_line_break_classes_of_digest_characters() -> None:
    cls = {
        ch: linebreak.CLASS_NAMES[linebreak.CLASS_OF[ch]]
        for ch in "中，。（）“”《》…—·a1 \u3000\u00a0\u200b😀㐀豈ー"
    }
    assert cls["中"] == cls["㐀"] == cls["豈"] == "ID1"
    assert cls["，"] == cls["。"] == cls["）"] == cls["》"] == "CL"
    assert cls["（"] == cls["《"] == "OP2"
    assert cls["“"] == cls["”"] == "QU"
    assert cls["…"] == "IN" and cls["—"] == "B2" and cls["·"] == "AL"
    assert cls["a"] == "AL" and cls["1"] == "NU" and cls[" "] == "SP"
    assert cls["\u3000"] == "BA" and cls["\u00a0"] == "GL" and cls["\u200b"] == "ZW"
    assert cls["😀"] == "ID1" and cls["ー"] == "NS"
    assert [linebreak.WIDTH_OF[ch] for ch in "中，a“\u200b😀ｶ"] == [2, 2, 1, 1, 0, 2, 1]
