"""Quantities in Chinese or English text, normalised so a source and its translation compare.

Pure: text in, `Quantity` objects out. One scanner reads both notations, so the
same code serves zh→en and en→zh: 3.15亿, 315 million and 315M are all
315,000,000; 3.73倍, 3.73× and 3.73 times are the ratio 3.73; 80.3% and 80.3
percent are the percentage 80.3; 2024年6月 and June 2024 are the date 2024-06.

Not every number a text contains is a figure a reader relies on. A figure
written in digits or with a scale (一百万, one million) must survive
translation both ways. A small number written as a word (三个, four) must
survive from the source, but a translator may add one ("both", "two of
them"), so an unmatched one in a translation is no fault. "One", "a",
ordinals and the like may match but are never required. Numbers inside
product names (GPT-4o, Llama-3-8B), URLs, arXiv ids and code are not
quantities; names with digits are returned separately so a check can demand
they be kept exactly.

>>> [q.show() for q in quantities("它涵盖了163种语言、3.15亿文档和12亿图像")]
['163', '3.15亿 (315,000,000)', '12亿 (1,200,000,000)']
>>> [q.show() for q in quantities("163 languages, 315 million documents and 1.2B images")]
['163', '315 million (315,000,000)', '1.2B (1,200,000,000)']
>>> compare("高出3.73倍", "3.73x higher").ok
True
>>> [q.show() for q in compare("38亿参数", "38 billion parameters").missing]
['38亿 (3,800,000,000)']
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from operator import itemgetter
from typing import NamedTuple

NUMBER = "number"
PERCENT = "percent"
RATIO = "ratio"
DATE = "date"

Key = tuple[str, object]


class Quantity(NamedTuple):
    """One quantity as written (`text` at `start`) and its normalised `kind` and `value`.

    `need`: the other text must contain it. `firm`: if the other text lacks it,
    that is a fault of this text (an added or altered figure). `alts` are other
    keys it may match (the "3 times" of "repeated 3 times" is a count).
    """

    kind: str
    value: object  # Decimal, or (year, month, day) with None for missing parts
    text: str
    start: int
    need: bool = True
    firm: bool = True
    alts: tuple[Key, ...] = ()
    bare: bool = False  # a plain number with no scale or unit, which a range partner may lend

    @property
    def key(self) -> Key:
        return (self.kind, self.value)

    def show(self) -> str:
        """The text as written, plus the normalised value when it reads differently."""
        plain = _format(self.kind, self.value)
        same = _bare(self.text) == _bare(plain) and (
            self.kind == NUMBER or _bare(self.text) != self.text
        )
        return self.text if same else f"{self.text} ({plain})"


@dataclass(frozen=True)
class Comparison:
    """What a translation lost and gained against its source."""

    missing: tuple[Quantity, ...] = ()
    extra: tuple[Quantity, ...] = ()
    missing_names: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not (self.missing or self.extra or self.missing_names)


@dataclass(frozen=True)
class Reading:
    """Everything the scanner found in one text."""

    quantities: tuple[Quantity, ...] = ()
    names: tuple[str, ...] = ()  # product names with digits: GPT-4o, C4


# ---------------------------------------------------------------------------
# Vocabulary

_ZH_DIGITS = {
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}  # fmt: skip
_ZH_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
_ZH_BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
_ZH_SCALE = {**_ZH_SMALL_UNITS, **_ZH_BIG_UNITS}
_ZH_BIG_SCALE = frozenset("百千万萬亿億")  # what makes a numeral big: all of _ZH_SCALE but 十
# Measure words that make a small Chinese numeral a count ("三个任务", "四個月").
_MEASURES = set(
    "个個种種项項类類位名篇条條张張家组組层層步次轮輪份台臺块塊款部句段章节節本件道届屆期年天周週"
)
# Prefixes that make a numeral vague (数千, 几十) or ordinal (第一).
_VAGUE_BEFORE = set("数數几幾上成好若")
_ORDINAL_BEFORE = set("第首")
# Words where a numeral and a measure word mean something else.
_IDIOMS = ("二次",)  # quadratic

_EN_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_EN_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_EN_SCALES = {
    "hundred": 100,
    "thousand": 10**3,
    "million": 10**6,
    "billion": 10**9,
    "trillion": 10**12,
}
# Words that may stand for a number in a translation but are never required.
_EN_LOOSE = {
    "both": (NUMBER, 2), "pair": (NUMBER, 2), "couple": (NUMBER, 2), "dual": (NUMBER, 2),
    "single": (NUMBER, 1), "once": (NUMBER, 1), "twice": (RATIO, 2), "double": (RATIO, 2),
    "doubled": (RATIO, 2), "triple": (RATIO, 3), "tripled": (RATIO, 3), "dozen": (NUMBER, 12),
    "first": (NUMBER, 1), "second": (NUMBER, 2), "third": (NUMBER, 3), "fourth": (NUMBER, 4),
    "fifth": (NUMBER, 5), "sixth": (NUMBER, 6), "seventh": (NUMBER, 7), "eighth": (NUMBER, 8),
    "ninth": (NUMBER, 9), "tenth": (NUMBER, 10),
}  # fmt: skip
_SUFFIX_SCALE = {"K": 10**3, "k": 10**3, "M": 10**6, "B": 10**9, "b": 10**9, "T": 10**12}
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

# Full-width digits and signs read as their ASCII forms; one character for one,
# so offsets stay valid.
_FOLD = str.maketrans("０１２３４５６７８９％～", "0123456789%~")
_FULL_WIDTH = re.compile("[０-９％～]")

# ---------------------------------------------------------------------------
# The scanner: find where a quantity may start, then read it with an anchored
# pattern for its shape.

_EN_UNIT_WORD = "|".join(sorted(_EN_UNITS, key=len, reverse=True))
_EN_TENS_WORD = "|".join(_EN_TENS)
_EN_DIGIT_WORD = "one|two|three|four|five|six|seven|eight|nine"
_EN_SCALE_WORD = "|".join(_EN_SCALES)
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTH_WORD = (
    "(?:" + "|".join(_MONTH_NAMES) + r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_NUM = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+)(?:\.[0-9]+)?"
_ZH_NUMERAL = "〇零一二两兩三四五六七八九十百千万萬亿億"
_ZH_DAY = rf"(?:[0-9]{{1,2}}|[{_ZH_NUMERAL}]{{1,3}})"
# A URL is ASCII: it ends where Chinese text (or a space, quote or angle bracket) begins.
_URL_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&*+,;=%()]+"

# Where a quantity may start: digits and English words found in a one-byte-a-character
# view of the text (below), Chinese numerals by regular expression.
_SKIP = re.compile(
    rf"(?:https?|ftp)://{_URL_CHARS}|www\.{_URL_CHARS}|`[^`\n]*`"
    r"|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+"
)
# An arXiv id or a version number is not a quantity.
_BARE_ID = re.compile(
    r"(?<![0-9.])(?:[0-9]{4}\.[0-9]{5}(?:v[0-9]+)?(?![0-9.])|[0-9]+(?:\.[0-9]+){2,}(?![0-9]))"
)
_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*")
_NAME_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.")
# "mid-2024", "top-5": a word and a number, not a name.
_NOT_NAME = re.compile(
    r"(?i:mid|pre|post|early|late|top|bottom|over|under|non|sub|circa)-[0-9][0-9.,]*"
)
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_")
_ARXIV = re.compile(r"(?i:arxiv)[:\s]*[0-9]{4}\.[0-9]{4,5}(?:v[0-9]+)?")
_ISO_DATE = re.compile(
    r"(?<![0-9.])(?P<y>[0-9]{4})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>[0-3][0-9]))?(?![0-9])"
)
_ZH_DATE = re.compile(
    r"(?<![0-9.])(?:(?P<y>[0-9]{4}|[〇零一二三四五六七八九]{4})\s*年\s*)?"
    rf"(?P<m>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月(?:\s*(?P<d>{_ZH_DAY})\s*[日号號])?"
)
_EN_DATE = re.compile(
    rf"(?:(?P<d1>[0-9]{{1,2}})(?:st|nd|rd|th)?\s+)?(?P<mon>{_MONTH_WORD})"
    r"(?:\s+(?P<d2>[0-9]{1,2})(?:st|nd|rd|th)?(?![0-9]))?"
    r"(?:,?\s+(?:of\s+)?(?P<y>[0-9]{4})(?![0-9]))?(?![A-Za-z])"
)
_EN_DATE_AFTER_DAY = re.compile(r"(?:st|nd|rd|th)?\s+[A-Z]")
_ZH_PERCENT = re.compile(rf"百分之(?:(?P<n>{_NUM})|(?P<w>[{_ZH_NUMERAL}]+))")
_EN_WORDS = re.compile(
    rf"(?i:(?:(?:{_EN_TENS_WORD})(?:[-\s](?:{_EN_DIGIT_WORD}))?|{_EN_UNIT_WORD}"
    rf"|a(?=\s+(?:{_EN_SCALE_WORD})\b))\b(?:\s+(?:{_EN_SCALE_WORD})\b)*"
    r"(?:\s*(?:%|percent\b|per\s+cent\b|times\b|-?fold\b))?)"
)
_VAGUE_WORDS = ("tens", "hundreds", "thousands", "millions", "billions", "trillions", "dozens")
_VAGUE = re.compile(
    rf"(?i:(?:{'|'.join(_VAGUE_WORDS)})\b"
    rf"(?:\s+of\s+(?:{_EN_SCALE_WORD})s\b)?)"
)
_DIGITS = re.compile(
    rf"(?P<n>{_NUM})"
    r"(?:(?P<sfx>[KkMBbT])(?![A-Za-z])"
    r"|[ \u00a0\u2009\u202f]?多?(?P<zhscale>[十百千万萬亿億]+)"  # 5亿 and 5 亿 alike
    rf"|\s+(?P<enscale>(?i:{_EN_SCALE_WORD}))\b)?"
    r"(?P<unit>\s*%|\s?(?:[×xX](?!\s?[0-9])(?![A-Za-z])|倍)|\s?-?fold\b|\s+per\s*cent\b"
    r"|\s+percent\b|\s+times\b)?"
    r"(?:st|nd|rd|th\b)?"
)
# The characters after a run of digits with which _DIGITS may take more than the
# digits (grouping, a fraction, a scale, a unit, an ordinal's letters), whitespace aside.
_DIGITS_GO_ON = frozenset(",.KkMBbT多十百千万萬亿億%×xX倍-fsnrt")
# What may follow a one-character numeral that is a quantity: a measure word, 倍, 成, 月, 多.
_ZH_FOLLOW = frozenset(_MEASURES | set("倍成月多余餘"))
# Where a run of Chinese numerals may start a quantity. Most in prose are a lone 一
# (一种, 统一): a numeral of one character counts only if it is 百 or _ZH_FOLLOW
# follows. (Starting with a character class, not a repeat, lets the engine skip to
# a candidate.)
_ZH_START = re.compile(
    f"[{_ZH_NUMERAL}](?:[{_ZH_NUMERAL}]+|(?<=百)|(?=[{''.join(sorted(_ZH_FOLLOW))}]))"
)

# How a number runs on into another: "2-5倍", "2.5 and 4.3 billion", "10至20万".
_JOIN = re.compile(r"\s*(?:-|–|—|~|至|到|和|或|\bto\b|\band\b|\bor\b)\s*")


def quantities(text: str) -> tuple[Quantity, ...]:
    """Every quantity `text` states, in order."""
    return read(text).quantities


def names(text: str) -> tuple[str, ...]:
    """Product and model names that contain digits (GPT-4o, Llama-3-8B, C4), in order."""
    return read(text).names


# ---------------------------------------------------------------------------
# Views: a text as bytes, one a character ("?" for anything not ASCII), so offsets
# carry over, with the characters of interest mapped to a few classes. A bytes
# translate and find are several times faster than a regular expression over
# str, which tries its pattern at every position of a long English text.

_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def _view_table(*groups: tuple[str, str]) -> bytes:
    """A bytes.translate table: the characters of each group to its class, all else to a space."""
    table = bytearray(b" " * 256)
    for chars, to in groups:
        for i, ch in enumerate(chars):
            table[ord(ch)] = ord(to[i % len(to)])
    return bytes(table)


# Digits as "0".
_DIGIT_VIEW = _view_table(("0123456789", "0"))
# Digits as "0", the other characters of a figure token (_figure_tokens) as "a".
_FIGURE_VIEW = _view_table(("0123456789", "0"), (_LETTERS + "_.,%-", "a"))
# Letters lowered, the other word characters (digits, "_") as "0": a keyword with a
# word boundary either side is then the word between two spaces.
_WORD_VIEW = _view_table((_LETTERS, _LETTERS.lower()), ("0123456789_", "0"))
# The characters besides ASCII letters that lower to an ASCII letter: the view would
# miss the letter.
_LOWERS_TO_ASCII = ("\u212a", "\u0130")  # Kelvin sign → "k"; İ → "i" and a combining dot


def _digit_runs(raw: bytes) -> list[tuple[int, int, str]]:
    """(start, end, "digit") for every run of ASCII digits in `raw`, a text encoded for a view."""
    view = raw.translate(_DIGIT_VIEW)
    out = []
    at = view.find(b"0")
    while at >= 0:
        end = view.find(b" ", at)
        if end < 0:
            end = len(view)
        out.append((at, end, "digit"))
        at = view.find(b"0", end)
    return out


def _word_view(raw: bytes) -> str:
    """`raw` through _WORD_VIEW, a space added at either end so every word has two."""
    return (b" " + raw.translate(_WORD_VIEW) + b" ").decode("ascii")


_EN_START_WORDS = {*_EN_UNITS, *_EN_TENS, *_EN_LOOSE, *_EN_SCALES, *_VAGUE_WORDS, "arxiv"}
_MONTH_KEYS = [m.lower() for m in _MONTH_NAMES]
_MONTH_KEYS += ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
_UNIT_WORDS = ("percent", "cent", "times", "fold")  # no quantity alone, but see _same_figures
# The words that fail _same_figures. Not the loose ones (both, first), which are
# never required, nor plurals (thousands), which are vague: no quantity, and no
# scale to a number before them ("5 thousands" is 5).
_QUICK_WORDS = {*_EN_UNITS, *_EN_TENS, *_EN_SCALES, *_UNIT_WORDS, "arxiv"}


@lru_cache(maxsize=1)
def _keywords() -> object:
    """The automaton of English words that may start a quantity, run over a _word_view.

    Number words, months and "arxiv", each as a whole word: between two spaces.
    Values are (word, "word" or "month").
    """
    import ahocorasick

    auto = ahocorasick.Automaton()
    for w in _EN_START_WORDS:
        auto.add_word(f" {w} ", (w, "word"))
    for w in _MONTH_KEYS:
        auto.add_word(f" {w} ", (w, "month"))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=1)
def _quick_keywords() -> object:
    """The automaton of what may fail _same_figures, run over a _word_view.

    _QUICK_WORDS as whole words, and months before no letter ("15 May2024" is a
    date, and so the "mar" of "grammar " is a candidate). Values are (word,
    "word" or "month").
    """
    import ahocorasick

    auto = ahocorasick.Automaton()
    for w in _QUICK_WORDS:
        auto.add_word(f" {w} ", (w, "word"))
    for w in _MONTH_KEYS:
        auto.add_word(f"{w} ", (w, "month"))
        auto.add_word(f"{w}0", (w, "month"))
    auto.make_automaton()
    return auto


@lru_cache(maxsize=4096)
def read(text: str) -> Reading:
    """Quantities and digit-bearing names of `text` (cached: catalogs repeat sentences)."""
    plain = text.isascii()  # then no full-width digit and no Chinese numeral: two scans spared
    folded = text if plain or not _FULL_WIDTH.search(text) else text.translate(_FOLD)
    starts: list[tuple[int, int, str]] = []  # (start, end, what)
    if "://" in folded or "www." in folded or "`" in folded or "@" in folded:
        starts += [(m.start(), m.end(), "skip") for m in _SKIP.finditer(folded)]
    raw = folded.encode("ascii", "replace")
    starts += _digit_runs(raw)
    if not plain:
        starts += [(m.start(), m.end(), "zh") for m in _ZH_START.finditer(folded)]
        if _LOWERS_TO_ASCII[0] in folded:
            # Words are matched in the text lowered, where the Kelvin sign is a "k"
            # (unless something lowers to two characters: then only ASCII is lowered).
            low = folded.lower()
            if len(low) == len(folded):
                raw = low.encode("ascii", "replace")
    for end, (word, what) in _keywords().iter(_word_view(raw)):  # type: ignore[attr-defined]
        # `end` is the space after the word in the view: one on from the text's offsets.
        starts.append((end - len(word) - 1, end - 1, what))
    starts.sort()
    found: list[Quantity] = []
    found_names: list[str] = []
    pos = 0
    for at, end, what in starts:
        if at < pos:
            continue
        if what == "skip":
            pos = end
        elif what == "digit":
            pos = _digit_quantity(folded, at, end, found, found_names)
        elif what == "zh":
            pos = _zh_quantity(folded, at, end, found)
        elif what == "month":
            d = _EN_DATE.match(folded, at)
            q = _en_date(d, at) if d else None
            if d and q is not None:
                found.append(q)
                pos = d.end()
        else:
            pos = _word_quantity(folded, at, folded[at:end].lower(), found, end)
    if len(found) > 1:
        found = _spread_ranges(found, folded)
    return Reading(tuple(found), tuple(found_names))


def _word_quantity(text: str, at: int, low: str, found: list[Quantity], end: int) -> int:
    if low == "arxiv":
        a = _ARXIV.match(text, at)
        return a.end() if a else end
    if low in _EN_SCALES:  # "a million"; "315 million" was read from its digits
        if text[at - 2 : at].lower() == "a " and (at < 3 or text[at - 3] not in _WORD_CHARS):
            at -= 2
        else:
            return end
    v = _VAGUE.match(text, at) if low in _VAGUE_WORDS else None  # (it matches only these)
    if v:
        return v.end()
    w = _EN_WORDS.match(text, at)
    if w:
        q = _en_words(w.group(), at)
        if q is not None:
            found.append(q)
            return w.end()
    if low in _EN_LOOSE:
        kind, value = _EN_LOOSE[low]
        alts: tuple[Key, ...] = ((NUMBER, Decimal(value)),) if kind == RATIO else ()
        found.append(
            Quantity(kind, Decimal(value), text[at:end], at, need=False, firm=False, alts=alts)
        )
    return end


def _digit_quantity(
    text: str, at: int, end: int, found: list[Quantity], found_names: list[str]
) -> int:
    """Read what starts with the digits text[at:end]; a pattern is tried only where it may match."""
    if at and text[at - 1] in _NAME_CHARS:
        left = at
        while left and text[left - 1] in _NAME_CHARS:
            left -= 1
        name = _NAME.search(text, left, at + 1)
        if name is not None and name.start() < at:
            token = _NAME.match(text, name.start())
            assert token is not None
            if token.end() > at and not _NOT_NAME.fullmatch(token.group()):
                found_names.append(token.group())
                return token.end()
    after = text[end : end + 4]
    nxt = after[:1]
    if nxt == ".":
        bare = _BARE_ID.match(text, at)
        if bare:
            return bare.end()
    elif nxt == "-" and end - at == 4:
        iso = _ISO_DATE.match(text, at)
        if iso:
            y, mo, d = iso.group("y"), iso.group("m"), iso.group("d")
            found.append(Quantity(DATE, (int(y), int(mo), int(d) if d else None), iso.group(), at))
            return iso.end()
    if "年" in after or "月" in after:
        m = _ZH_DATE.match(text, at)
        if m:
            q = _zh_date(m, at)
            if q is not None:
                found.append(q)
                return m.end()
    if nxt not in _DIGITS_GO_ON and not nxt.isspace():
        # A plain number, as most are: _DIGITS would match the digits alone (and no
        # day of a date is next to these characters).
        digits = text[at:end]
        found.append(Quantity(NUMBER, Decimal(digits), digits, at, True, True, (), True))
        return end
    if end - at <= 2 and nxt in (" ", "s", "n", "r", "t") and _EN_DATE_AFTER_DAY.match(text, end):
        m = _EN_DATE.match(text, at)
        q = _en_date(m, at) if m else None
        if m and q is not None:
            found.append(q)
            return m.end()
    m = _DIGITS.match(text, at)
    assert m is not None  # a digit starts here
    found.append(_digits(m))
    return m.end()


def _zh_quantity(text: str, at: int, end: int, found: list[Quantity]) -> int:
    """Read what starts with the Chinese numerals text[at:end]."""
    if text.startswith("百分之", at):
        p = _ZH_PERCENT.match(text, at)
        if p:
            raw = p.group("n")
            value = _decimal(raw) if raw else _zh_value(p.group("w"))
            if value is not None:
                found.append(Quantity(PERCENT, value, p.group(), at, firm=raw is not None))
            return p.end()
    # A date's month or year is the whole run, with 月 or 年 next (after any space).
    nxt = text[end : end + 1]
    d = _ZH_DATE.match(text, at) if nxt in ("年", "月") or nxt.isspace() else None
    if d:
        q = _zh_date(d, at)
        if q is not None:
            found.append(q)
            return d.end()
    q = _zh_numeral(text, at, end)
    if q is not None:
        found.append(q)
    return end


def _digits(m: re.Match[str]) -> Quantity:
    raw, sfx, zhscale, enscale, unit = m.group("n", "sfx", "zhscale", "enscale", "unit")
    value = _decimal(raw)
    scaled = True
    if sfx:
        value *= _SUFFIX_SCALE[sfx]
    elif zhscale:
        value *= _zh_multiplier(zhscale)
    elif enscale:
        value *= _EN_SCALES[enscale.lower()]
    else:
        scaled = False
    kind, alts = _unit_kind(unit, value) if unit else (NUMBER, ())
    bare = not scaled and kind == NUMBER
    return Quantity(kind, value, m.group().rstrip(), m.start(), True, True, alts, bare)


def _unit_kind(unit: str | None, value: Decimal) -> tuple[str, tuple[Key, ...]]:
    if not unit:
        return NUMBER, ()
    u = unit.strip().lower()
    if u == "%" or "cent" in u:
        return PERCENT, ()
    if u == "times":  # "3.73 times faster", but also "repeated 3 times"
        return RATIO, ((NUMBER, value),)
    return RATIO, ()


def _spread_ranges(found: list[Quantity], text: str) -> list[Quantity]:
    """In "2-5倍" or "2.5 and 4.3 billion" the scale and unit of the second number apply to both."""
    out = list(found)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if (
            not a.bare
            or b.bare
            or not isinstance(a.value, Decimal)
            or not isinstance(b.value, Decimal)
        ):
            continue
        if not _JOIN.fullmatch(text, a.start + len(a.text), b.start):
            continue
        factor = Decimal(1)
        if b.kind == NUMBER:
            b_raw = _plain_number(_leading_number(b.text))
            if not b_raw:
                continue
            factor = b.value / b_raw
        value = a.value * factor
        alts: tuple[Key, ...] = ((NUMBER, a.value),) if b.alts else ()
        out[i] = Quantity(b.kind, value, a.text, a.start, a.need, a.firm, alts)
    return out


def _leading_number(text: str) -> str:
    m = re.match(_NUM, text)
    return m.group() if m else ""


def _plain_number(text: str) -> Decimal | None:
    return _decimal(text) if re.fullmatch(_NUM, text) else None


def _decimal(raw: str) -> Decimal:
    return Decimal(raw.replace(",", ""))


def _zh_multiplier(units: str) -> int:
    """万亿 → 10**12, 千万 → 10**7: the scale characters after a number multiply."""
    out = 1
    for ch in units:
        out *= _ZH_SCALE[ch]
    return out


def _zh_value(numeral: str) -> Decimal | None:
    """The value of a Chinese numeral: 一百万 → 1000000, 十二 → 12, 二〇二四 → 2024.

    None when it is not one number (七八 is "seven or eight").
    """
    if _ZH_DIGITS.keys() >= set(numeral):
        if len(numeral) == 1:
            return Decimal(_ZH_DIGITS[numeral])
        if any(ch in "〇零" for ch in numeral):  # 二〇二四: read digit by digit
            return Decimal("".join(str(_ZH_DIGITS[ch]) for ch in numeral))
        return None
    total = section = num = 0
    last_unit = None
    for ch in numeral:
        if ch in _ZH_DIGITS:
            if num and ch not in "〇零":
                return None  # two digits in a row, as in 三四十
            num = _ZH_DIGITS[ch]
        elif ch in _ZH_SMALL_UNITS:
            unit = _ZH_SMALL_UNITS[ch]
            if last_unit is not None and last_unit <= unit and num == 0:
                return None  # 十百: not a number
            section += (num or (1 if unit == 10 else 0) or 1) * unit
            num = 0
            last_unit = unit
        else:
            unit = _ZH_BIG_UNITS[ch]
            if unit == 10**8:
                total = (total + section + num) * unit
            else:
                total += (section + num) * unit
            section = num = 0
            last_unit = None
    return Decimal(total + section + num)


def _zh_numeral(text: str, start: int, end: int) -> Quantity | None:
    """The quantity the run of Chinese numerals text[start:end] states, if any."""
    numeral = text[start:end]
    before = text[start - 1] if start else ""
    # A numeral may not start with a unit: 千万 ("by all means"), 万一 ("in case").
    while numeral and numeral[0] in "百千万萬亿億":
        numeral = numeral[1:]
        start += 1
        before = ""
    if not numeral:
        return None
    if before in _VAGUE_BEFORE:
        return None
    after = text[end : end + 2]
    if after[:1] and after[0] in "几幾":
        return None  # 十几个: "a dozen or so"
    value = _zh_value(numeral)
    if value is None:
        return None
    big = not _ZH_BIG_SCALE.isdisjoint(numeral)
    rest = after[1:] if after[:1] and after[0] in "多余餘" else after
    kind, shown = NUMBER, value
    if rest[:1] == "倍":
        kind = RATIO
    elif rest[:1] == "成" and not big:
        kind, shown = PERCENT, value * 10  # 八成 = 80%
    elif not big and rest[:1] not in _MEASURES:
        return None
    if len(numeral) == 1 and text.startswith(_IDIOMS, start):
        return None
    ordinal = before in _ORDINAL_BEFORE
    bare = kind == NUMBER and not big
    if big:
        return Quantity(kind, shown, numeral, start, need=not ordinal, firm=not ordinal)
    need = value >= 2 and not ordinal
    return Quantity(kind, shown, numeral, start, need=need, firm=False, bare=bare)


def _zh_date(m: re.Match[str], start: int) -> Quantity | None:
    year = m.group("y")
    month = m.group("m")
    day = m.group("d")
    y = int(_zh_value(year) or 0) if year and not year.isdigit() else (int(year) if year else None)
    mo = int(month) if month.isdigit() else int(_zh_value(month) or 0)
    d = None
    if day:
        d = int(day) if day.isdigit() else int(_zh_value(day) or 0)
    if not 1 <= mo <= 12 or (d is not None and not 1 <= d <= 31):
        return None
    digits = any(c.isdigit() for c in m.group())
    return Quantity(DATE, (y, mo, d), m.group().strip(), start, firm=digits or y is not None)


def _en_date(m: re.Match[str], start: int) -> Quantity | None:
    word = m.group("mon")
    month = _MONTHS[word[:3].lower()]
    day_raw = m.group("d1") or m.group("d2")
    year = int(m.group("y")) if m.group("y") else None
    day = int(day_raw) if day_raw else None
    if day is not None and not 1 <= day <= 31:
        return None
    if year is None and day is None:
        # A month named alone: "June" must survive, but "May" is also a verb and
        # "Mar" a word, so those may match and are never required.
        need = word not in ("May",) and len(word.rstrip(".")) > 3
        return Quantity(DATE, (None, month, None), word, start, need=need, firm=False)
    return Quantity(DATE, (year, month, day), m.group().strip(), start)


_EN_MARKERS = (
    ("%", PERCENT),
    ("per cent", PERCENT),
    ("percent", PERCENT),
    ("times", RATIO),
    ("fold", RATIO),
)
_EN_MARKER_ENDS = tuple(marker for marker, _ in _EN_MARKERS)
_EN_SPLIT = re.compile(r"[-\s]+")


def _en_words(words: str, start: int) -> Quantity | None:
    """'one million' → 1000000, 'twenty-seven' → 27, 'three percent' → 3 %."""
    text = words.strip()
    low = text.lower()
    kind = NUMBER
    alts: tuple[Key, ...] = ()
    if low.endswith(_EN_MARKER_ENDS):
        for marker, k in _EN_MARKERS:
            if low.endswith(marker):
                kind = k
                low = low[: -len(marker)].rstrip(" -")
                break
    tokens = _EN_SPLIT.split(low)
    if tokens == ["a"]:
        return None  # a lone article
    value = 0
    current = 0
    scaled = False
    for tok in tokens:
        if tok == "a":
            current = 1
        elif tok in _EN_UNITS:
            current += _EN_UNITS[tok]
        elif tok in _EN_TENS:
            current += _EN_TENS[tok]
        elif tok == "hundred":
            current = (current or 1) * 100
            scaled = True
        elif tok in _EN_SCALES:
            value += (current or 1) * _EN_SCALES[tok]
            current = 0
            scaled = True
    value += current
    number = Decimal(value)
    if kind == RATIO and low.split()[-1:] != ["fold"]:
        alts = ((NUMBER, number),)
    if scaled:
        return Quantity(kind, number, text, start, alts=alts)
    bare = kind == NUMBER
    return Quantity(kind, number, text, start, need=value >= 2, firm=False, alts=alts, bare=bare)


# ---------------------------------------------------------------------------
# Comparing


def compare(source: str, translation: str) -> Comparison:
    """The quantities of `source` missing from `translation`, and the figures it adds.

    >>> compare("包含1,024个任务", "contains 1024 tasks").ok
    True
    >>> [q.show() for q in compare("低于5%", "below 5").missing]
    ['5%']
    """
    if _same_figures(source, translation):
        return _AGREE
    src = read(source)
    tgt = read(translation)
    missing, extra = match(src.quantities, tgt.quantities)
    lost: tuple[str, ...] = ()
    if src.names:
        have = set(tgt.names)
        lost = tuple(dict.fromkeys(n for n in src.names if n not in have))
    if not (missing or extra or lost):
        return _AGREE
    return Comparison(tuple(missing), tuple(extra), lost)


_AGREE = Comparison()
# What the reader would take with a figure after its run of name characters: the
# scale or unit (_DIGITS: 6000多万, 3 倍, 80 %, 5 ×), the 年 or 月 of a date.
_FIGURE_SUFFIX = re.compile(
    r"(?:[ \u00a0\u2009\u202f]?多?[十百千万萬亿億]+)?"
    r"(?:\s*%|\s?(?:[×xX](?!\s?[0-9])(?![A-Za-z])|倍))?(?:\s*[年月日号號])?"
)
# Where _FIGURE_SUFFIX may start, whitespace aside (%, x, X would be in the run).
_SUFFIX_STARTS = frozenset("多十百千万萬亿億×倍年月日号號")
# What else the reader may turn into a quantity: full-width digits and signs, 百分之, a
# Chinese numeral with a measure word or scale after it (not a lone 一, which is
# never required, nor the 二 of 二次, "quadratic"), any numeral with 倍 or 成 (it
# may lend a range its unit), a month or a year in numerals.
_ZH_D = "〇零一二两兩三四五六七八九十"
_ZH_COUNTED = f"[多余餘]?[{''.join(sorted(_MEASURES))}倍成月日号號]"


def _first_char_pattern(*alternatives: tuple[str, str]) -> re.Pattern[str]:
    """A pattern for alternatives given as (class of the first character, pattern for the rest).

    Written as one character class and then the rest behind a look-behind on it,
    so the engine skips to a candidate character, which an alternation of
    patterns does not let it do (twice as fast here).
    """
    first = "".join(chars for chars, _ in alternatives)
    rest = "|".join(f"(?<=[{chars}]){tail}" for chars, tail in alternatives)
    return re.compile(f"[{first}](?:{rest})")


_OTHER_FIGURES = _first_char_pattern(
    ("０-９％～", ""),
    ("百", "分之"),
    (_ZH_D, f"[{_ZH_D}]+{_ZH_COUNTED}"),  # two numerals or more
    ("两兩三四五六七八九十", _ZH_COUNTED),  # one, but not 一
    ("二", f"(?!次){_ZH_COUNTED}"),
    (_ZH_D, f"[{_ZH_D}]*[百千万萬亿億]"),
    (_ZH_D, f"[{_ZH_D}]*[多余餘]?[倍成]"),
    ("一", "月"),
    ("〇零一二三四五六七八九", "[〇零一二三四五六七八九]{3}\\s*年"),
)
_UNITS = re.compile("[%倍×xXKkMBbT十百千万萬亿億]")
# A month as the date pattern spells it (_MONTH_WORD, case and all), before no
# letter: the reader may read a date there ("15 May2024" too), and never where
# this fails to match ("may", "MAY", "grammar").
_MONTH_AHEAD = re.compile(
    "(?:"
    + "|".join([*_MONTH_NAMES, *(f"{a}\\.?" for a in ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul",
                                                     "Aug", "Sept?", "Oct", "Nov", "Dec"))])
    + ")(?![A-Za-z])"
)  # fmt: skip
_ID_LIKE = re.compile(r"[0-9]{4}\.[0-9]{4}|[0-9]\.[0-9]+\.[0-9]")
# Digits grouped by commas, as the reader takes them: not after a name character,
# where they would be part of a name (x1,024 is the name x1) or a fraction (0.1,024).
_GROUPING = re.compile(r"(?<![A-Za-z0-9_.,\-])[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])")
# Two numbers joined as a range where the second has a unit or scale it may lend
# the first ("2-5倍", "2 to 5%", "2.5 and 4.3 billion", "2nd to 5倍"); the reader
# spreads it. (Tried where a run of digits starts: _has_range.)
_RANGE = re.compile(
    r"[0-9][0-9.,]*(?:st|nd|rd|th)?\s*(?:[-–—~至到和或]|to\b|and\b|or\b)\s*[0-9][0-9.,]*"
    r"(?:[KkMBbT](?![A-Za-z])|[ \u00a0\u2009\u202f]?多?[十百千万萬亿億]"
    r"|\s*%|\s?[×xX倍]|\s*-?fold|\s+[A-Za-z])"
)


def _same_figures(source: str, translation: str) -> bool:
    """True when both texts state the same figures in the same words, so reading them is moot.

    That is: the same figure tokens (_figure_tokens), with every digit in one,
    and nothing else that could be read as a quantity: no Chinese numeral but a
    lone 一, no number, scale or unit word, no month as the date pattern spells
    it, no range, no full-width digit. Cheapest tests first: most texts fail one
    early or pass them all.
    """
    # Both texts at once where a test may: no pattern below runs across a NUL.
    pair = f"{source}\0{translation}"
    if "://" in pair or "www." in pair or "`" in pair or "@" in pair:
        return False  # the reader skips URLs, code and addresses; tokens would not
    for text in (source, translation):
        if not text.isascii() and (
            _OTHER_FIGURES.search(text)
            # These lower to ASCII letters, which the word view would not see.
            or _LOWERS_TO_ASCII[0] in text
            or _LOWERS_TO_ASCII[1] in text
        ):
            return False
    raw = pair.encode("ascii", "replace")
    tokens = _figure_tokens(pair, raw, len(source))
    if tokens is None:
        return False
    a, b = tokens
    if len(a) != len(b):
        return False
    if a:
        if a != b and sorted(map(_token, a)) != sorted(map(_token, b)):
            return False
        joined = " ".join(a)
        # An arXiv id or a version, skipped or read by what follows it. (A token of
        # `b` with one has a "." some token of `a` has too.)
        if "." in joined and _ID_LIKE.search(f"{joined} {' '.join(b)}"):
            return False
        # Only a number with a unit or scale can lend it across a range ("2-5倍", "2 to 5fold").
        if (_UNITS.search(joined) or "fold" in joined) and _has_range(pair, raw):
            return False
    for end, (word, what) in _quick_keywords().iter(_word_view(raw)):  # type: ignore[attr-defined]
        if what == "word":
            return False
        # A month in lower case, before no letter: the date pattern wants its case too.
        if _MONTH_AHEAD.match(pair, end - len(word) - 1):
            return False
    return True


def _has_range(text: str, raw: bytes) -> bool:
    """_RANGE.search(text) (`raw`: it encoded for a view), tried only where a run of digits starts.

    A match may start at any digit, but one that starts inside a run of digits
    also starts at the run's first digit.
    """
    return any(_RANGE.match(text, at) for at, _, _ in _digit_runs(raw))


def _figure_tokens(pair: str, raw: bytes, split: int) -> tuple[list[str], list[str]] | None:
    """The figure tokens of each text of `pair` (two joined by a NUL at `split`; `raw`: it
    encoded for a view), or None if they may not tell what the reader reads: a
    digit is in none, or what follows a token matters.

    A token is a maximal run of name characters [A-Za-z0-9_.,%-] with a digit in
    it, and what _FIGURE_SUFFIX takes after the run. A run that the suffix of the
    token before reached into ("5 %3", "5 x-2") is no token: its digits are in none.
    """
    view = raw.translate(_FIGURE_VIEW)
    tokens = []
    first = 0  # how many tokens the first text has
    end = 0
    at = view.find(b"0")  # the first digit of a run: later ones are inside its token
    while at >= 0:
        start = view.rfind(b" ", end, at) + 1
        if not start:  # the run reaches back to the token before, or to the start
            if end and view[end - 1] != 0x20:
                return None
            start = end
        end = view.find(b" ", at)
        if end < 0:
            end = len(view)
        after = pair[end : end + 1]
        if after in _SUFFIX_STARTS or after.isspace():
            suffix = _FIGURE_SUFFIX.match(pair, end)
            assert suffix is not None  # it may match nothing, never fails
            end = suffix.end()
        if pair[end - 1] in "xX年月d" and _READ_ON.match(pair, end):
            return None
        tokens.append(pair[start:end])
        if start < split:
            first += 1
        at = view.find(b"0", end)
    return tokens[:first], tokens[first:]


# Where what follows a token changes how the reader reads it: the x of "5x" is no
# unit in "5x 3"; the fold of "5fold" none in "5fold种" (\b is Unicode); and a
# year or month joins the day or month after it ("2024年6月").
_READ_ON = re.compile(r"(?<=[xX])\s[0-9]|(?<=fold)\w|(?<=[年月])\s*[0-9]")


def _token(figure: str) -> str:
    """A figure token as the reader values it: 1,024 and 1024 alike, no sentence punctuation.

    A comma before it (",58" in Chinese punctuated with ASCII) is no part of it
    either: the reader looks back from a digit only for a name or a decimal point.
    """
    figure = figure.rstrip(".,-").lstrip(",")
    if "," not in figure:
        return figure
    return _GROUPING.sub(lambda m: m.group().replace(",", ""), figure)


def match(
    source: Iterable[Quantity], target: Iterable[Quantity]
) -> tuple[list[Quantity], list[Quantity]]:
    """Pair quantities by value; left over: the required of `source`, the firm of `target`."""
    pool: dict[Key, list[Quantity]] = {}
    # Firm figures are offered first, so a required figure takes the "0" and
    # leaves "zero-shot" alone rather than the other way round. (A stable sort,
    # reversed: firm before loose, each in order. q[:2] is q.key, without a call.)
    for t in sorted(target, key=_FIRM, reverse=True):
        pool.setdefault(t[:2], []).append(t)
        for alt in t.alts:
            pool.setdefault(alt, []).append(t)
    used: set[int] = set()
    # Required quantities choose first, so a loose one never takes a figure they need.
    ordered = sorted(source, key=_NEED_FIRM, reverse=True)
    leftover: list[Quantity] = []
    for q in ordered:
        hit = None
        for key in (q[:2], *q.alts):
            for t in pool.get(key, ()):
                if id(t) not in used:
                    hit = t
                    break
            if hit is not None:
                break
        if hit is not None:
            used.add(id(hit))
        elif q.need:
            leftover.append(q)
    leftover.sort(key=_START)
    added = [t for t in target if t.firm and id(t) not in used]
    return leftover, added


_START = itemgetter(3)  # Quantity.start
_FIRM = itemgetter(5)  # Quantity.firm
_NEED_FIRM = itemgetter(4, 5)  # Quantity.need, Quantity.firm


def changes(old: str, new: str) -> list[str]:
    """How the figures of `old` became those of `new`: ['70亿→130亿', 'removed 5%'].

    >>> changes("参数量为70亿", "参数量为130亿")
    ['70亿→130亿']
    >>> changes("提升了5%", "提升了5%")
    []
    """
    a = [q for q in quantities(old) if q.need or q.firm]
    b = [q for q in quantities(new) if q.need or q.firm]
    gone, _ = match(a, b)
    came, _ = match(b, a)
    out = [f"{x.text}→{y.text}" for x, y in zip(gone, came, strict=False)]
    out += [f"removed {x.text}" for x in gone[len(came) :]]
    out += [f"added {y.text}" for y in came[len(gone) :]]
    return out


# How the extracted comment that stale_comment writes begins.
STALE_NOTE = "numbers changed: "


def stale_comment(previous: str | None, current: str) -> str | None:
    """The extracted comment for a fuzzy entry whose figures changed, else None."""
    if not previous:
        return None
    changed = changes(previous, current)
    return STALE_NOTE + ", ".join(changed) if changed else None


# ---------------------------------------------------------------------------
# Showing


def _format(kind: str, value: object) -> str:
    if kind == DATE:
        assert isinstance(value, tuple)
        y, m, d = value
        return "-".join(
            p
            for p in (f"{y:04d}" if y else "", f"{m:02d}" if m else "", f"{d:02d}" if d else "")
            if p
        )
    assert isinstance(value, Decimal)
    v = value.normalize()
    if v == v.to_integral_value():
        body = f"{int(v):,}"
    else:
        whole, frac = f"{v:f}".split(".")
        body = f"{int(whole):,}.{frac}"
    return body + {PERCENT: "%", RATIO: "×"}.get(kind, "")


def _bare(text: str) -> str:
    return re.sub(r"[\s,]|percent|times|[×xX倍%]$", "", text)
