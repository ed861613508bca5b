"""Line breaking as GNU gettext 0.21 does it when it writes a PO file.

gettext wraps strings by display columns with libunistring's
``ulc_width_linebreaks``, not by characters: a Chinese string must break
where libunistring breaks it or ``msgcat`` rewrites the file.  This module is
a port of that algorithm, read from libunistring 1.0 (the version gettext
0.21 links against on Debian 12): ``lib/unilbrk/u8-possible-linebreaks.c``,
``u8-width-linebreaks.c``, ``lbrktables.c`` (the pair table) and
``lib/uniwidth/width.c`` (``uc_width``).  Its data (classes, widths, pair
table) is in :mod:`.linebreak_tables`, generated from that library by
``scripts/gen_linebreak_tables.py``.

It works on PO-escaped text, as ``write-po.c:wrap()`` hands it to
libunistring: a break never falls inside an escape sequence nor right before
a final ``\\n``.  Two engines give the same answer: ``breaks_exact`` walks
every character (the port), ``breaks`` only looks near the line ends and is
valid for text without the context-dependent classes (``is_special``); the
writer needs the second one to write a large catalog faster than msgcat.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from .linebreak_tables import CLASS_NAMES, LB_RUNS, PAIR_ROWS, WIDTH_RUNS

__all__ = [
    "CLASS_NAMES",
    "CLASS_OF",
    "WIDTH_OF",
    "FastTables",
    "breaks",
    "breaks_exact",
    "escape_overrides",
    "fast_tables",
    "has_break",
    "is_break",
    "is_special",
    "measure",
    "possible_breaks",
]

# libunistring's LBP_* numbering (CLASS_NAMES); 0..32 index the pair table.
# AI, SA, XX and CB never appear: for a UTF-8 catalog libunistring resolves
# AI/SA/XX to AL and CB to ID1 before using them, and the tables store them
# resolved.
_CLASS = {name: i for i, name in enumerate(CLASS_NAMES)}
_HY, _BA, _AL, _HL, _RI, _ZWJ = (_CLASS[n] for n in ("HY", "BA", "AL", "HL", "RI", "ZWJ"))
_BK, _CR, _LF, _CM, _ZW, _SP = (_CLASS[n] for n in ("BK", "CR", "LF", "CM", "ZW", "SP"))
_HL_BA = 100  # runtime-only state: Hebrew letter followed by HY/BA

# unilbrk_table[before][after]; D = direct break, I = break only across
# spaces, P = prohibited.
_PAIR = [[{"D": 1, "I": 2, "P": 0}[v] for v in row] for row in PAIR_ROWS]

# Results of the break computation, as in unilbrk.h.
_PROHIBITED, _POSSIBLE, _MANDATORY, _CR_BEFORE_LF = 0, 1, 2, 3


class _CharLookup(dict[str, int]):
    """Memo of a range table lookup by character, usable with ``map``."""

    def __init__(self, starts: list[int], values: list[int]):
        super().__init__()
        self._starts = starts
        self._values = values

    def __missing__(self, key: str) -> int:
        value = self._values[bisect_right(self._starts, ord(key)) - 1]
        self[key] = value
        return value


def _decode_runs(runs: str, convert: Callable[[str], int]) -> tuple[list[int], list[int]]:
    """ "START:VALUE" tokens -> (starts, values) for a bisect lookup."""
    starts, values = [], []
    for token in runs.split():
        start, _, value = token.partition(":")
        starts.append(int(start, 16))
        values.append(convert(value))
    return starts, values


_LB_STARTS, _LB_VALUES = _decode_runs(LB_RUNS, _CLASS.__getitem__)
_WIDTH_STARTS, _WIDTH_VALUES = _decode_runs(WIDTH_RUNS, int)
CLASS_OF = _CharLookup(_LB_STARTS, _LB_VALUES)  # character -> class number
WIDTH_OF = _CharLookup(_WIDTH_STARTS, _WIDTH_VALUES)  # character -> columns


def possible_breaks(classes: list[int]) -> list[int]:
    """Port of u8_possible_linebreaks_loop (libunistring 1.0, cr = LBP_CR)."""
    n = len(classes)
    p = [_PROHIBITED] * n
    pair = _PAIR
    prev_prop = last_prop = _BK
    seen_space = False
    ri_count = 0
    for i in range(n):
        prop = classes[i]
        if prop in (_BK, _LF, _CR):
            p[i] = _MANDATORY
            if prev_prop == _CR and prop == _LF:
                p[i - 1] = _CR_BEFORE_LF
            prev_prop = prop
            last_prop = _BK
            seen_space = False
        else:
            if prop == _SP:
                seen_space = True
            elif prop == _ZW:
                last_prop = _ZW
                seen_space = False
            elif prop in (_CM, _ZWJ):
                if last_prop == _BK:
                    last_prop = _AL
                    seen_space = False
                elif last_prop == _ZW or seen_space:
                    p[i] = _POSSIBLE
                    last_prop = _AL
                    seen_space = False
            else:
                if last_prop == _BK:
                    pass
                elif last_prop == _ZW:
                    p[i] = _POSSIBLE
                elif prev_prop == _ZWJ:
                    pass
                elif last_prop == _RI and prop == _RI:
                    if seen_space or ri_count % 2 == 0:
                        p[i] = _POSSIBLE
                elif prev_prop == _HL_BA:
                    pass
                else:
                    v = pair[last_prop][prop]
                    if v == 1 or (v == 2 and seen_space):
                        p[i] = _POSSIBLE
                last_prop = prop
                seen_space = False
            prev_prop = _HL_BA if prev_prop == _HL and (prop in (_HY, _BA)) else prop
        ri_count = ri_count + 1 if prop == _RI else 0
    return p


def breaks_exact(text: str, startcol: int, width: int, overrides: list[bool] | None) -> list[int]:
    """Port of u8_width_linebreaks: indices where gettext starts a new line.

    ``overrides[i]`` true means "no break before text[i]" (gettext's
    UC_BREAK_PROHIBITED override); other positions are left to the algorithm.
    """
    p = possible_breaks(list(map(CLASS_OF.__getitem__, text)))
    widths = list(map(WIDTH_OF.__getitem__, text))
    result: list[int] = []
    last_p = -1
    last_column = startcol
    piece_width = 0
    for i in range(len(text)):
        b = _PROHIBITED if overrides is not None and overrides[i] else p[i]
        if b != _PROHIBITED:
            if last_p >= 0 and last_column + piece_width > width:
                result.append(last_p)
                last_column = 0
            if b == _POSSIBLE:
                last_p = i
                last_column += piece_width
                piece_width = 0
            else:
                # Mandatory break (U+2028 and friends): gettext does not
                # split the line there, but the column count restarts.
                last_p = -1
                last_column = 0
                piece_width = 0
                continue
        piece_width += widths[i]
    if last_p >= 0 and last_column + piece_width > width:
        result.append(last_p)
    return result


# The fast path needs the column width of every character but the
# line-break class of only the few characters it examines.  Both come from
# the character's 256-code-point page, read off its UTF-16 encoding with a
# bytes.translate (Python's per-character str machinery is the cost to
# avoid); a page whose characters differ in class says _MIXED and the few
# characters examined there are looked up one by one.  A string goes to the
# exact port instead if it holds a "special" character: one whose class has
# context-dependent rules, one of zero width, one whose width differs from
# its page's, or one outside the BMP.
_SPECIAL_CLASSES = frozenset((_CM, _ZWJ, _ZW, _RI, _HL, _BK, _CR, _LF))
_MIXED = 255


class FastTables(NamedTuple):
    """What the fast path reads: per-page widths and classes, and the specials."""

    special: re.Pattern[str]  # characters that send a string to breaks_exact
    page_width: bytes  # 256-code-point page -> columns of its usual characters
    page_class: bytes  # page -> class of its usual characters, or _MIXED
    ascii_class: bytes  # byte -> class, for ASCII text


@cache
def fast_tables() -> FastTables:
    """The fast path's tables, built on first use (not every command writes PO)."""
    classes = bytearray(0x10000)
    widths = bytearray(0x10000)
    for starts, values, table in (
        (_LB_STARTS, _LB_VALUES, classes),
        (_WIDTH_STARTS, _WIDTH_VALUES, widths),
    ):
        bounds = [*starts, 0x110000]
        for i, value in enumerate(values):
            a, b = bounds[i], min(bounds[i + 1], 0x10000)
            if a < b:
                table[a:b] = bytes((value,)) * (b - a)
    special_class = bytes(1 if c in _SPECIAL_CLASSES else 0 for c in range(256))
    special = bytearray(classes.translate(special_class))
    special[0xD800:0xE000] = b"\x01" * 0x800  # lone surrogates
    page_width = bytearray(256)
    page_class = bytearray(256)
    for page in range(256):
        lo, hi = page * 256, page * 256 + 256
        usual = [w for w, s in zip(widths[lo:hi], special[lo:hi], strict=True) if not s]
        # Fullwidth forms (U+FF01..FF60) are wide; they matter more to CJK
        # text than the halfwidth forms that outnumber them.
        page_width[page] = 2 if page == 0xFF or usual.count(2) > usual.count(1) else 1
        for cp in range(lo, hi):
            if widths[cp] != page_width[page]:
                special[cp] = 1
        kinds = {c for c, s in zip(classes[lo:hi], special[lo:hi], strict=True) if not s}
        page_class[page] = kinds.pop() if len(kinds) == 1 else _MIXED
    ranges = []
    cp = 0
    while cp < 0x10000:
        if special[cp]:
            end = cp
            while end + 1 < 0x10000 and special[end + 1]:
                end += 1
            ranges.append(f"\\u{cp:04x}-\\u{end:04x}")
            cp = end + 1
        else:
            cp += 1
    return FastTables(
        special=re.compile("[" + "".join(ranges) + "\\U00010000-\\U0010ffff]"),
        page_width=bytes(page_width),
        page_class=bytes(page_class),
        ascii_class=bytes(classes[:128]) + bytes(128),
    )


def is_special(text: str) -> bool:
    """Whether text needs breaks_exact (a context-dependent class, a width
    unlike its page's, a character outside the BMP)."""
    return fast_tables().special.search(text) is not None


def measure(text: str) -> tuple[bytes | None, bytes]:
    """(column widths or None when all are 1, classes) of non-special text."""
    tables = fast_tables()
    if text.isascii():
        return None, text.encode("ascii").translate(tables.ascii_class)
    # Non-special text is all BMP: UTF-16's high bytes are the pages.
    pages = text.encode("utf-16-le")[1::2]
    return pages.translate(tables.page_width), pages.translate(tables.page_class)


def is_break(text: str, classes: bytes, i: int, ends_with_newline: bool) -> bool:
    """Whether a line may start at text[i], for non-special text."""
    c = classes[i]
    if c == _MIXED:
        c = CLASS_OF[text[i]]
    if c == _SP:
        return False
    if text[i - 1] == "\\":
        k = i - 1
        while k >= 0 and text[k] == "\\":
            k -= 1
        if (i - 1 - k) & 1:
            return False  # second character of an escape sequence
    if ends_with_newline and i == len(text) - 2:
        return False  # never right before the final "\n"
    j = i - 1
    while j >= 0:
        p = classes[j]
        if p == _MIXED:
            p = CLASS_OF[text[j]]
        if p != _SP:
            v = _PAIR[p][c]
            return v == 1 or (v == 2 and j < i - 1)
        j -= 1
    return False


def has_break(text: str, classes: bytes, ends_with_newline: bool) -> bool:
    """Whether text holds any break opportunity (gettext then breaks the
    first line of a string that does not fit on it)."""
    n = len(text)
    if (n > 3 or (n > 1 and not ends_with_newline)) and is_break(
        text, classes, 1, ends_with_newline
    ):
        return True  # e.g. between two ideographs
    # Most often, after the first space.
    i = text.find(" ", 1) + 1
    if i > 0:
        while i < n and text[i] == " ":
            i += 1
        if i < n and is_break(text, classes, i, ends_with_newline):
            return True
    return any(is_break(text, classes, i, ends_with_newline) for i in range(1, n))


def breaks(
    text: str, widths: bytes | None, classes: bytes, width: int, ends_with_newline: bool
) -> list[int]:
    """Same result as breaks_exact(text, 0, width, ...) for non-special text.

    Instead of walking every character, find the first character that
    overflows each line (counting wide characters with bytes.count) and look
    back for the nearest break opportunity, decided locally from the pair
    table.  That local rule is only valid without the special classes.
    """
    n = len(text)
    pair = _PAIR
    result: list[int] = []
    start = 0
    while True:
        # x = first character that does not fit on the line starting at start.
        if widths is None:
            x = start + width
            if x >= n:
                return result
        else:
            count = widths.count
            k = start
            used = 0
            while True:
                rem = width - used
                if rem >= 2:
                    stop = k + (rem >> 1)  # fits even if all are wide
                    if stop >= n:
                        return result
                    used += stop - k + count(2, k, stop)
                    k = stop
                elif k >= n:
                    return result
                elif used + widths[k] > width:
                    break
                else:
                    used += widths[k]
                    k += 1
            x = k
        b = x
        while b > start:
            c = classes[b]
            p = classes[b - 1]
            if c < _MIXED and p < _MIXED and c != _SP and p != _SP and text[b - 1] != "\\":
                # Two neighbours from uniform pages, say ideographs.
                if pair[p][c] == 1 and not (ends_with_newline and b == n - 2):
                    break
            elif is_break(text, classes, b, ends_with_newline):
                break
            b -= 1
        if b <= start:
            # The piece at the start of this line overflows on its own: the
            # line ends at the next opportunity, wherever that is.
            b = x + 1
            while b < n and not is_break(text, classes, b, ends_with_newline):
                b += 1
            if b >= n:
                return result
        result.append(b)
        start = b


def escape_overrides(text: str, ends_with_newline: bool) -> list[bool]:
    """Positions of an escaped portion where gettext forbids a break."""
    n = len(text)
    overrides = [False] * n
    i = 0
    while i < n:
        if text[i] == "\\":
            overrides[i + 1] = True
            i += 2
        else:
            i += 1
    if ends_with_newline:
        overrides[n - 2] = True
    return overrides
