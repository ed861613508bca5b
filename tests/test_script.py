"""script.py: one table of character classes, checked character by character and against Unicode."""

from __future__ import annotations

import unicodedata

import pytest

from digestl10n import script
from digestl10n.script import (
    BLANKS,
    CJK_LETTER_RUN,
    HAN_CHAR,
    is_cjk_letter,
    is_han,
    is_wide,
    is_word_char,
)

# char, name, (han, cjk letter, wide, word character, blank)
CASES = [
    ("中", "URO ideograph", (True, True, True, False, False)),
    ("\u3400", "Extension A, first", (True, True, True, False, False)),
    ("\U00020000", "Extension B, first", (True, True, True, False, False)),
    ("\U0002a6d6", "Extension B, last", (True, True, True, False, False)),
    ("\U00030000", "Extension G", (True, True, True, False, False)),
    ("\U00031350", "Extension H (newer than Python's database)", (True, True, True, False, False)),
    ("\uf900", "Compatibility ideograph", (True, True, True, False, False)),
    ("\u3000", "ideographic space", (False, False, True, False, True)),
    ("\u200b", "zero-width space", (False, False, False, False, True)),
    ("\ufeff", "byte order mark", (False, False, False, False, True)),
    ("\u00a0", "no-break space", (False, False, False, False, True)),
    (" ", "space", (False, False, False, False, True)),
    ("Ａ", "full-width Latin letter", (False, False, True, False, False)),
    ("１", "full-width digit", (False, False, True, False, False)),
    ("，", "full-width comma", (False, False, True, False, False)),
    ("。", "ideographic full stop", (False, False, True, False, False)),
    ("あ", "hiragana", (False, True, True, False, False)),
    ("カ", "katakana", (False, True, True, False, False)),
    ("ー", "prolonged sound mark (a letter)", (False, True, True, False, False)),
    ("・", "katakana middle dot (punctuation)", (False, False, True, False, False)),
    ("ｱ", "halfwidth katakana", (False, True, False, False, False)),
    ("한", "hangul syllable", (False, True, True, False, False)),
    ("\u1100", "hangul jamo", (False, True, True, False, False)),
    ("\u11a8", "hangul jamo final (narrow)", (False, True, False, False, False)),
    ("ㄅ", "bopomofo", (False, True, True, False, False)),
    ("々", "iteration mark", (False, True, True, False, False)),
    ("〇", "ideographic zero (a number, not a letter)", (False, False, True, False, False)),
    ("a", "ASCII letter", (False, False, False, True, False)),
    ("7", "ASCII digit", (False, False, False, True, False)),
    ("-", "hyphen", (False, False, False, False, False)),
    ("é", "Latin-1 letter", (False, False, False, True, False)),
    ("Ж", "Cyrillic letter", (False, False, False, True, False)),
    ("\ua733", "Latin Extended-D letter", (False, False, False, True, False)),
    ("ﬁ", "Latin ligature", (False, False, False, True, False)),
    ("\U0001d400", "mathematical bold A", (False, False, False, True, False)),
]


@pytest.mark.parametrize(("ch", "name", "expected"), CASES, ids=[c[1] for c in CASES])
def test_character_classes(ch: str, name: str, expected: tuple[bool, ...]) -> None:
    got = (is_han(ch), is_cjk_letter(ch), is_wide(ch), is_word_char(ch), ch in BLANKS)
    assert got == expected, name


def test_regexes_agree_with_predicates_everywhere() -> None:
    """HAN_CHAR and CJK_LETTER_RUN are the predicates' ranges, for every code point of the
    planes that hold CJK (0 to 3)."""
    for o in range(0x40000):
        if 0xD800 <= o <= 0xDFFF:
            continue
        ch = chr(o)
        assert (HAN_CHAR.match(ch) is not None) == is_han(ch), hex(o)
        assert (CJK_LETTER_RUN.match(ch) is not None) == is_cjk_letter(ch), hex(o)


def test_cjk_letters_are_letters() -> None:
    """Every assigned character of the kana, hangul and bopomofo ranges is a letter, and no
    letter of those blocks is left out (the ranges were cut from Unicode's categories)."""
    for ranges in (script.KANA, script.HANGUL, script.BOPOMOFO, script.CJK_MARKS):
        for a, b in ranges:
            for o in range(a, b + 1):
                cat = unicodedata.category(chr(o))
                assert cat == "Cn" or cat.startswith("L"), hex(o)
    for block in ((0x3040, 0x30FF), (0x3130, 0x318F), (0xAC00, 0xD7FF), (0x3100, 0x312F)):
        for o in range(block[0], block[1] + 1):
            if unicodedata.category(chr(o)).startswith("L"):
                assert is_cjk_letter(chr(o)), hex(o)


def test_every_assigned_ideograph_is_han() -> None:
    """Python's database calls them CJK UNIFIED/COMPATIBILITY IDEOGRAPH; so does script.py."""
    for o in range(0x40000):  # planes 0 to 3: every ideograph there is
        name = unicodedata.name(chr(o), "") if not 0xD800 <= o <= 0xDFFF else ""
        if name.startswith(("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH-")):
            assert is_han(chr(o)), hex(o)
        elif is_han(chr(o)):
            assert name == "", hex(o)  # only unassigned code points inside the blocks


def test_nothing_below_the_first_cjk_character_is_wide_or_cjk() -> None:
    """is_word_char's quick path: below U+1100 a word character is just a letter or digit."""
    for o in range(0x1100):
        ch = chr(o)
        if unicodedata.category(ch) == "Cn":
            continue  # unassigned: Python's database calls them wide
        assert not is_wide(ch) and not is_cjk_letter(ch), hex(o)
        assert is_word_char(ch) == ch.isalnum()
