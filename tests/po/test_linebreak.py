"""po/linebreak.py against the libunistring gettext wraps with."""

from __future__ import annotations

import ctypes
import ctypes.util

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digestl10n.po import linebreak
from digestl10n.po.writer import _escape

from .samples import TEXT


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
@given(TEXT, st.sampled_from([0, 0, 6, 13, 80]), st.sampled_from([1, 10, 40, 76, 77, 200]))
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
