"""Regenerate src/digestl10n/po/linebreak_tables.py from the installed libunistring.

Usage: python scripts/gen_linebreak_tables.py [--check]

gettext 0.21 wraps PO strings with libunistring 1.0, so the tables that must
agree with it are libunistring's own, not the Unicode Character Database's:
libunistring splits classes (CP1/CP2, OP1/OP2, ID1/ID2) and resolves others
(AI, SA, XX, CB) in ways LineBreak.txt does not say.  This script reads them
from the shared library gettext runs with (Debian 12: libunistring2 1.0-2,
Unicode 14.0.0) through ctypes:

* ``libunistring_unilbrkprop``, the three-level class table of
  ``lib/unilbrk/lbrkprop2.h`` (layout in ``lbrkprop1.h``, lookup in
  ``lbrktables.h``), expanded to one class per code point;
* ``libunistring_unilbrk_table``, the pair table of ``lbrktables.c``;
* ``uc_width(c, "UTF-8")`` for every code point (``lib/uniwidth/width.c``).

It is a maintainer tool, not run by ``make``: it needs that exact library
version, because po/linebreak.py ports libunistring 1.0's algorithm and class
numbering (1.1 and later renumber the classes and change the rules for newer
Unicode).  Moving to another libunistring means porting the engine again,
then extending UNICODE_OF below.

With --check, write nothing and exit 1 if the committed module differs.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import struct
import sys
from pathlib import Path

TARGET = Path(__file__).resolve().parents[1] / "src" / "digestl10n" / "po" / "linebreak_tables.py"
COMMAND = "python scripts/gen_linebreak_tables.py"

# _libunistring_version (major << 16 | minor << 8 | patch) -> the Unicode
# version its tables implement, from libunistring's NEWS ("New in 1.0: the
# data tables and algorithms have been updated to Unicode version 14.0.0").
UNICODE_OF = {0x010000: "14.0.0"}

# libunistring 1.0's LBP_* enum (lbrktables.h), by value.  0..32 index the
# pair table; 33 and up are handled outside it, 39..42 are resolved before
# use (u8-possible-linebreaks.c: AI -> AL for a non-CJK encoding such as
# UTF-8, SA and XX -> AL, CB -> ID1).
# fmt: off
LBP = [
    "WJ", "GL", "B2", "BA", "BB", "HY", "CL", "CP1", "CP2", "EX", "IN", "NS",
    "OP1", "OP2", "QU", "IS", "NU", "PO", "PR", "SY", "AL", "H2", "H3", "ID1",
    "ID2", "JL", "JV", "JT", "HL", "RI", "ZWJ", "EB", "EM", "BK", "CR", "LF",
    "CM", "ZW", "SP", "CB", "AI", "SA", "XX",
]
# fmt: on
RESOLVED = {"AI": "AL", "SA": "AL", "XX": "AL", "CB": "ID1"}
PAIR_SIZE = LBP.index("BK")  # the pair table covers WJ..EM
# lbrkprop1.h: lbrkprop_header_0 .. lbrkprop_header_4
HEADER_0, HEADER_1, HEADER_2, HEADER_3, HEADER_4 = 16, 15, 7, 511, 127
# lbrktables.h: #define D 1, I 2, P 3
PAIR_LETTER = {1: "D", 2: "I", 3: "P"}


def load() -> ctypes.CDLL | None:
    """The installed libunistring, or None when there is none."""
    name = ctypes.util.find_library("unistring")
    if name is None:
        return None
    try:
        return ctypes.CDLL(name)
    except OSError:
        return None


def version(lib: ctypes.CDLL) -> tuple[int, str]:
    """(_libunistring_version, "major.minor.patch")."""
    v = ctypes.c_int.in_dll(lib, "_libunistring_version").value
    return v, f"{v >> 16}.{(v >> 8) & 0xFF}.{v & 0xFF}"


def _symbol_bytes(lib: ctypes.CDLL, name: str, size: int) -> bytes:
    return ctypes.string_at(ctypes.addressof(ctypes.c_char.in_dll(lib, name)), size)


def line_break_classes(lib: ctypes.CDLL) -> list[str]:
    """Resolved class name of every code point, as unilbrkprop_lookup gives it."""
    name = "libunistring_unilbrkprop"
    level1 = struct.unpack(f"<{HEADER_1}i", _symbol_bytes(lib, name, 4 * HEADER_1))
    # level2 and level3 end with the last block level1 and level2 point into.
    size2 = max(level1) + HEADER_3 + 1
    head = _symbol_bytes(lib, name, 4 * (HEADER_1 + size2))
    level2 = struct.unpack_from(f"<{size2}i", head, 4 * HEADER_1)
    size3 = max(level2) + HEADER_4 + 1
    level3 = _symbol_bytes(lib, name, len(head) + size3)[len(head) :]
    if max(level3) >= len(LBP):
        raise SystemExit(f"unexpected class number in {name}: not libunistring 1.0's layout")
    out = []
    for uc in range(0x110000):
        prop = LBP.index("XX")
        index1 = uc >> HEADER_0
        if index1 < HEADER_1 and level1[index1] >= 0:
            lookup2 = level2[level1[index1] + ((uc >> HEADER_2) & HEADER_3)]
            if lookup2 >= 0:
                prop = level3[lookup2 + (uc & HEADER_4)]
        cls = LBP[prop]
        out.append(RESOLVED.get(cls, cls))
    return out


def pair_rows(lib: ctypes.CDLL) -> list[str]:
    """unilbrk_table[before][after] as one string of D/I/P per row."""
    raw = _symbol_bytes(lib, "libunistring_unilbrk_table", PAIR_SIZE * PAIR_SIZE)
    return [
        "".join(PAIR_LETTER[raw[row * PAIR_SIZE + col]] for col in range(PAIR_SIZE))
        for row in range(PAIR_SIZE)
    ]


def widths(lib: ctypes.CDLL) -> list[int]:
    """uc_width(c, "UTF-8") of every code point, control characters as 0."""
    uc_width = lib.uc_width
    uc_width.argtypes = [ctypes.c_uint32, ctypes.c_char_p]
    uc_width.restype = ctypes.c_int
    # u8_width_linebreaks skips what uc_width calls -1 (control characters).
    return [max(uc_width(uc, b"UTF-8"), 0) for uc in range(0x110000)]


def runs(values: list[str] | list[int]) -> list[str]:
    """ "START:VALUE" tokens, START in hex, one where the value changes."""
    out = []
    for uc, value in enumerate(values):
        if uc == 0 or value != values[uc - 1]:
            out.append(f"{uc:X}:{value}")
    return out


def _string_lines(tokens: list[str], width: int = 76) -> list[str]:
    lines, line = [], ""
    for token in tokens:
        if line and len(line) + len(token) + 1 > width:
            lines.append(line)
            line = ""
        line += token + " "
    lines.append(line)
    return [f'    "{line}"' for line in lines]


def render(lib: ctypes.CDLL) -> str:
    """The text of linebreak_tables.py."""
    v, release = version(lib)
    if v not in UNICODE_OF:
        raise SystemExit(
            f"libunistring {release} is not the 1.0 that po/linebreak.py ports "
            "(see this script's docstring)"
        )
    unicode_version = UNICODE_OF[v]
    names = LBP[: LBP.index("SP") + 1]
    out = [
        f'"""Line breaking data of libunistring {release} (Unicode {unicode_version}).',
        "",
        f"Generated by ``{COMMAND}`` from the installed library;",
        "do not edit.  That script says where each table comes from.",
        '"""',
        "",
        f'UNICODE_VERSION = "{unicode_version}"',
        f'LIBUNISTRING_VERSION = "{release}"',
        "",
        "# fmt: off",
        "# libunistring's LBP_* classes by number, as far as they occur below.",
        "CLASS_NAMES = (",
    ]
    line = "   "
    for name in names:
        item = f' "{name}",'
        if len(line) + len(item) > 80:
            out.append(line)
            line = "   "
        line += item
    out.append(line)
    out += [
        ")",
        "",
        "# unilbrk_table[before][after]: D = direct break, I = break only across",
        "# spaces, P = prohibited.",
        "PAIR_ROWS = (",
        *(f'    "{row}",  # {names[i]}' for i, row in enumerate(pair_rows(lib))),
        ")",
        "",
        '# "START:CLASS": line-break class from code point START (hex) up to the next',
        "# token, resolved for a non-CJK encoding (AI, SA, XX -> AL; CB -> ID1).",
        "LB_RUNS = (",
        *_string_lines(runs(line_break_classes(lib))),
        ")",
        "",
        '# "START:W": columns uc_width() gives from code point START on (control',
        "# characters, which gettext skips when counting, are 0).",
        "WIDTH_RUNS = (",
        *_string_lines(runs(widths(lib))),
        ")",
        "# fmt: on",
        "",
    ]
    return "\n".join(out)


def main(argv: list[str]) -> int:
    lib = load()
    if lib is None:
        print("libunistring is not installed (Debian: apt-get install libunistring2)")
        return 2
    if argv[1:] not in ([], ["--check"]):
        print(__doc__.split("\n\n")[1])
        return 2
    text = render(lib)
    if argv[1:] == ["--check"]:
        if TARGET.read_text(encoding="utf-8") != text:
            print(f"{TARGET} differs from what {COMMAND} writes")
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
