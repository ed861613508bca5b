"""po/writer.py: PO text out, byte-identical to GNU msgcat 0.21."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import polib
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digestl10n.po import format_po, parse_po

from .samples import GOLDEN, SHORT, TEXT

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


# --------------------------------------------------------------------------
# Generated catalogs
# --------------------------------------------------------------------------

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
    e = polib.POEntry(msgid=draw(TEXT))
    if draw(st.booleans()):
        e.msgctxt = draw(st.sampled_from(["", "menu", "上下文"]) | SHORT)
    obsolete = draw(st.integers(0, 9)) == 0
    if draw(st.integers(0, 4)) == 0:
        e.msgid_plural = draw(TEXT) or "plural"
        forms = draw(st.lists(TEXT, min_size=1, max_size=3))
        if obsolete:
            forms[0] = forms[0] or "x"
        e.msgstr_plural = dict(enumerate(forms))
        first = forms[0]
    else:
        e.msgstr = draw(TEXT)
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
            e.previous_msgid = draw(TEXT)
            if draw(st.booleans()):
                e.previous_msgctxt = draw(SHORT)
            if e.msgid_plural and draw(st.booleans()):
                e.previous_msgid_plural = draw(TEXT)
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
        po.metadata["X-Note"] = draw(SHORT).replace("\n", " ").strip() or "x"
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
