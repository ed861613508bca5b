"""Character classes and widths: the one table of what script a character is and how wide.

Every question the pipeline asks of a single character is answered here: is it a
Han ideograph (what OpenCC converts, what makes text Chinese), a CJK letter (Han,
kana, hangul, bopomofo: writing without spaces between words), a wide character
(two columns; soft line breaks next to one join without a space), a character
that continues a Latin-script word (a glossary term must not start or end inside
one), or a blank a unit's text never starts or ends with.

Ranges are Unicode blocks (Blocks.txt, Unicode 15.1) for Han, so ideographs newer
than Python's own Unicode database still count; for kana, hangul and bopomofo
they are the blocks' letters only (not the middle dot ・ or the voicing marks).
Widths are Unicode's East Asian Width (W or F), from Python's database.
Stdlib only: the model layer may use it.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Literal

Ranges = tuple[tuple[int, int], ...]
# The two ways of writing Chinese, as BCP 47 script subtags.
ChineseScript = Literal["Hans", "Hant"]

# CJK Unified Ideographs and their extensions, and the compatibility ideographs:
# Extension A, the URO, Compatibility Ideographs, then planes 2 and 3 (Extensions
# B to I and Compatibility Ideographs Supplement; plane 3 holds G and H).
HAN: Ranges = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x323AF))
# Hiragana, Katakana (and its phonetic extensions, halfwidth forms, supplements).
KANA: Ranges = (
    (0x3041, 0x3096),
    (0x309D, 0x309F),
    (0x30A1, 0x30FA),
    (0x30FC, 0x30FF),
    (0x31F0, 0x31FF),
    (0xFF66, 0xFF9F),
    (0x1AFF0, 0x1B16F),
)
# Hangul Jamo, Compatibility Jamo, Jamo Extended-A/B, Syllables, halfwidth Jamo.
HANGUL: Ranges = (
    (0x1100, 0x11FF),
    (0x3131, 0x318E),
    (0xA960, 0xA97C),
    (0xAC00, 0xD7A3),
    (0xD7B0, 0xD7C6),
    (0xD7CB, 0xD7FB),
    (0xFFA0, 0xFFBE),
    (0xFFC2, 0xFFC7),
    (0xFFCA, 0xFFCF),
    (0xFFD2, 0xFFD7),
    (0xFFDA, 0xFFDC),
)
BOPOMOFO: Ranges = ((0x3105, 0x312F), (0x31A0, 0x31BF))
# Iteration and repeat marks that are letters: 々 〆, the kana repeat marks 〱–〵, 〻 〼.
CJK_MARKS: Ranges = ((0x3005, 0x3006), (0x3031, 0x3035), (0x303B, 0x303C))
CJK_LETTERS: Ranges = tuple(sorted(HAN + KANA + HANGUL + BOPOMOFO + CJK_MARKS))

# Whitespace a unit's text never starts or ends with. Includes the ideographic
# space (U+3000) used to indent Chinese paragraphs and zero-width characters
# that scraped text carries; they stay in the source, outside the unit's span.
BLANKS = " \t\r\n\u3000\u200b\u200c\u200d\ufeff\u00a0"

# The first code point that can be wide or a CJK letter (Hangul Jamo); below it a
# word character is simply a letter or digit.
_FIRST_CJK = "\u1100"


def char_class(ranges: Ranges) -> str:
    """The inside of a regular expression's [...] matching exactly `ranges`."""
    return "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)


# One Han character (HAN_CHAR); a run of CJK letters (CJK_LETTER_RUN). Compiled on
# first use, by __getattr__ below: the classes take about 5 ms to compile, which a
# run with nothing to do (most runs of extract) would spend for nothing.
_PATTERNS = {
    "HAN_CHAR": f"[{char_class(HAN)}]",
    "CJK_LETTER_RUN": f"[{char_class(CJK_LETTERS)}]+",
}


@cache
def _compiled(name: str) -> re.Pattern[str]:
    return re.compile(_PATTERNS[name])


def __getattr__(name: str) -> re.Pattern[str]:
    if name not in _PATTERNS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    pattern = globals()[name] = _compiled(name)  # the next lookup does not come here
    return pattern


HAN_CHAR: re.Pattern[str]
CJK_LETTER_RUN: re.Pattern[str]


def is_han(ch: str) -> bool:
    """True for a CJK ideograph (the characters OpenCC converts), Extension B and later too."""
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x323AF
    )


def is_cjk_letter(ch: str) -> bool:
    """True for a letter of a CJK script: Han, kana, hangul, bopomofo (not punctuation)."""
    return ch >= "\u1100" and _compiled("CJK_LETTER_RUN").match(ch) is not None


def is_wide(ch: str) -> bool:
    """True for characters that take two columns (CJK ideographs, kana, full-width forms)."""
    return unicodedata.east_asian_width(ch) in ("W", "F")


def is_word_char(ch: str) -> bool:
    """True for a character that continues a Latin-script (or other spaced) word.

    A letter or digit that is neither wide nor a CJK letter: Han, kana, hangul and
    full-width forms never continue a word, so a term can follow them directly.
    """
    if ch < _FIRST_CJK:
        return ch.isalnum()
    if "\u4e00" <= ch <= "\u9fff":
        return False  # the usual neighbour of a term in Chinese text: answered first
    return ch.isalnum() and not _cjk_or_wide(ch)


@cache
def _cjk_or_wide(ch: str) -> bool:
    # Cached: asked of the Han character next to every Latin term found in Chinese text.
    return is_wide(ch) or is_cjk_letter(ch)
