"""What gettext 0.21 makes of a ``#,`` flags line, and how msgcat writes it back.

Ported from ``read-catalog-abstract.c`` (``po_parse_comment_special``) and
``write-po.c`` (``make_format_description_string`` and friends): tokens are
split on gettext's separators, unknown flags are dropped, the known ones
come back in gettext's order, and the first affirmed ``*-format`` flag
decides which directives the writer keeps whole.
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = ["FORMAT_LANGUAGES", "NO_FLAGS", "Flags", "flags_of", "parse_flags"]

# fmt: off
FORMAT_LANGUAGES = [
    "c", "objc", "python", "python-brace", "java", "java-printf",
    "csharp", "javascript", "scheme", "lisp", "elisp", "librep",
    "ruby", "sh", "awk", "lua", "object-pascal", "smalltalk",
    "qt", "qt-plural", "kde", "kde-kuit", "boost", "tcl",
    "perl", "perl-brace", "php", "gcc-internal", "gfc-internal", "ycp",
]
# fmt: on
_FORMAT_INDEX = {lang: i for i, lang in enumerate(FORMAT_LANGUAGES)}
_YES, _NO, _POSSIBLE_FMT, _IMPOSSIBLE = 1, 2, 3, 4
_FLAG_SPLIT = re.compile("[ \t\n\r\f\v,]+")  # gettext's separators, not \\s
_RANGE = re.compile(r"([0-9]+)\.\.([0-9]+)")


class Flags:
    """What gettext makes of a ``#,`` line."""

    __slots__ = ("fuzzy", "formats", "range", "no_wrap", "directive_lang")

    def __init__(self, flags: list[str] | tuple[str, ...]):
        self.fuzzy = False
        self.formats: dict[int, int] = {}
        self.range: tuple[int, int] | None = None
        self.no_wrap = False
        tokens = [t for t in _FLAG_SPLIT.split(",".join(flags)) if t]
        k = 0
        while k < len(tokens):
            t = tokens[k]
            k += 1
            if t == "fuzzy":
                self.fuzzy = True
            elif t.endswith("-format"):
                lang = t[:-7]
                value = _YES
                if lang.startswith("no-"):
                    lang, value = lang[3:], _NO
                elif lang.startswith("possible-"):
                    lang, value = lang[9:], _POSSIBLE_FMT
                elif lang.startswith("impossible-"):
                    lang, value = lang[11:], _IMPOSSIBLE
                if lang in _FORMAT_INDEX:
                    self.formats[_FORMAT_INDEX[lang]] = value
            elif t == "range:":
                if k < len(tokens):
                    m = _RANGE.match(tokens[k])
                    k += 1
                    if m:
                        lo, hi = (min(int(g), 2**31 - 1) for g in m.groups())
                        if lo <= hi:
                            self.range = (lo, hi)
            elif t == "wrap":
                self.no_wrap = False
            elif t == "no-wrap":
                self.no_wrap = True
        self.directive_lang = None
        for i in sorted(self.formats):
            if self.formats[i] in (_YES, _POSSIBLE_FMT):
                self.directive_lang = FORMAT_LANGUAGES[i]
                break

    def line(self, msgstr0: str, obsolete: bool) -> str | None:
        """The ``#,`` line msgcat writes for these flags, or None."""
        parts = []
        if self.fuzzy and (obsolete or msgstr0):
            parts.append("fuzzy")
        for i in sorted(self.formats):
            value = self.formats[i]
            if value == _NO:
                parts.append(f"no-{FORMAT_LANGUAGES[i]}-format")
            elif value != _IMPOSSIBLE:
                parts.append(f"{FORMAT_LANGUAGES[i]}-format")
        if self.range is not None and not obsolete:
            parts.append(f"range: {self.range[0]}..{self.range[1]}")
        if self.no_wrap:
            parts.append("no-wrap")
        return "#, " + ", ".join(parts) if parts else None


NO_FLAGS = Flags(())


def flags_of(flags: list[str]) -> Flags:
    """What gettext makes of an entry's flag list (memoized: catalogs repeat them)."""
    if not flags:
        return NO_FLAGS
    return _flags_of(tuple(flags))


@lru_cache(maxsize=4096)
def _flags_of(flags: tuple[str, ...]) -> Flags:
    return Flags(flags)


def parse_flags(text: str) -> list[str]:
    """polib-style flag list of a ``#,`` line, but tokenized the way gettext does."""
    tokens = [t for t in _FLAG_SPLIT.split(text) if t]
    flags = []
    k = 0
    while k < len(tokens):
        t = tokens[k]
        if t == "range:" and k + 1 < len(tokens):
            flags.append(f"range: {tokens[k + 1]}")
            k += 2
        else:
            flags.append(t)
            k += 1
    return flags
