"""Format directives in a string, found the way gettext 0.21 finds them.

gettext never breaks a line inside a directive of a string flagged
``c-format``, ``objc-format`` or ``python-format``: ``write-po.c`` asks the
language's parser (``format-c-parse.h``, ``format-python.c``) where the
directives are.  Ported from those parsers, including where they give up:
after the first invalid directive nothing more is protected.

``without_directives`` serves the number checks and notes: the directives of
a string flagged c-, objc-, python- or python-brace-format are no figures
(``%06d``, ``0x%x``, ``%1$s``, ``{0:>10}``), so they are blanked out first.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = [
    "PARSERS",
    "c_directives",
    "objc_directives",
    "python_brace_directives",
    "python_directives",
    "without_directives",
]

_C99_MACRO = re.compile(r"<PRI[diouxX](?:MAX|PTR|(?:LEAST|FAST)?(?:8|16|32|64))>")


def c_directives(s: str, objc: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each valid directive, stopping at the first invalid one.

    gettext marks a directive FMTDIR_START..FMTDIR_END while parsing and
    gives up at the first error; only complete directives are protected.
    """
    out: list[tuple[int, int]] = []
    n = len(s)
    i = 0
    numbered = unnumbered = 0
    conversions = "%mcCsSidouxXeEfFgGaApn@" if objc else "%mcCsSidouxXeEfFgGaApn"

    def digits(k: int) -> int:
        while k < n and "0" <= s[k] <= "9":
            k += 1
        return k

    def argno(k: int) -> tuple[int, int] | None:
        """'N$' at k: (N, index after '$')."""
        if k < n and "0" <= s[k] <= "9":
            e = digits(k)
            if e < n and s[e] == "$":
                return int(s[k:e]), e + 1
        return None

    while i < n:
        if s[i] != "%":
            i += 1
            continue
        start = i
        i += 1
        number = 0
        a = argno(i)
        if a is not None:
            if a[0] == 0:
                return out
            number, i = a
        while i < n and s[i] in " +-#0'":
            i += 1
        for part in ("width", "precision"):
            if part == "precision":
                if i < n and s[i] == ".":
                    i += 1
                else:
                    break
            if i < n and s[i] == "*":
                i += 1
                a = argno(i)
                if a is not None:
                    if a[0] == 0 or unnumbered:
                        return out
                    numbered += 1
                    i = a[1]
                else:
                    if numbered:
                        return out
                    unnumbered += 1
            else:
                i = digits(i)
        if i < n and s[i] == "<":
            m = _C99_MACRO.match(s, i)
            if m is None:
                return out
            i = m.end() - 1
        else:
            while i < n and s[i] in "hlLqjzZt":
                i += 1
            if i >= n or s[i] not in conversions:
                return out
        if s[i] not in "%m":
            if number:
                if unnumbered:
                    return out
                numbered += 1
            else:
                if numbered:
                    return out
                unnumbered += 1
        out.append((start, i))
        i += 1
    return out


def objc_directives(s: str) -> list[tuple[int, int]]:
    """c_directives with Objective-C's extra %@."""
    return c_directives(s, objc=True)


def python_directives(s: str) -> list[tuple[int, int]]:
    """(start, end) of each valid %-directive, stopping at the first invalid one."""
    out: list[tuple[int, int]] = []
    n = len(s)
    i = 0
    named = unnamed = 0
    while i < n:
        if s[i] != "%":
            i += 1
            continue
        start = i
        i += 1
        name = False
        if i < n and s[i] == "(":
            depth = 0
            i += 1
            while i < n:
                if s[i] == "(":
                    depth += 1
                elif s[i] == ")":
                    if depth == 0:
                        break
                    depth -= 1
                i += 1
            if i >= n:
                return out
            i += 1
            name = True
        while i < n and s[i] in "-+ #0":
            i += 1
        for part in ("width", "precision"):
            if part == "precision":
                if i < n and s[i] == ".":
                    i += 1
                else:
                    break
            if i < n and s[i] == "*":
                i += 1
                if named:
                    return out
                unnamed += 1
            else:
                while i < n and "0" <= s[i] <= "9":
                    i += 1
        if i < n and s[i] in "hlL":
            i += 1
        if i >= n or s[i] not in "%csridouxXeEfgG":
            return out
        if name:
            if unnamed:
                return out
            named += 1
        elif s[i] != "%":
            if named:
                return out
            unnamed += 1
        out.append((start, i))
        i += 1
    return out


# The format flags whose directives the writer keeps whole; gettext also
# knows 27 other languages (a known difference, see writer.py).
PARSERS: dict[str, Callable[[str], list[tuple[int, int]]]] = {
    "c": c_directives,
    "objc": objc_directives,
    "python": python_directives,
}


def python_brace_directives(s: str) -> list[tuple[int, int]]:
    """(start, end) of each ``{field!conv:spec}`` of str.format, stopping at the first invalid one.

    ``{{`` and ``}}`` are literal braces; a spec may nest one level of fields.
    """
    out: list[tuple[int, int]] = []
    n = len(s)
    i = 0
    while i < n:
        c = s[i]
        if c == "}":
            if i + 1 < n and s[i + 1] == "}":
                i += 2
                continue
            return out
        if c != "{":
            i += 1
            continue
        if i + 1 < n and s[i + 1] == "{":
            i += 2
            continue
        end = _brace_field(s, i, nested=True)
        if end is None:
            return out
        out.append((i, end))
        i = end + 1
    return out


_FIELD_NAME = re.compile(
    r"(?:[A-Za-z_][A-Za-z0-9_]*|[0-9]+)?(?:\.[A-Za-z_][A-Za-z0-9_]*|\[[^\]{}]+\])*"
)


def _brace_field(s: str, i: int, nested: bool) -> int | None:
    """Index of the '}' closing the field opened at s[i], or None if it is not one."""
    m = _FIELD_NAME.match(s, i + 1)
    assert m is not None  # the pattern matches the empty string
    j = m.end()
    n = len(s)
    if j + 1 < n and s[j] == "!" and s[j + 1] in "rsa":
        j += 2
    if j < n and s[j] == ":":
        j += 1
        while j < n and s[j] != "}":
            if s[j] == "{":
                if not nested:
                    return None
                inner = _brace_field(s, j, nested=False)
                if inner is None:
                    return None
                j = inner
            j += 1
    return j if j < n and s[j] == "}" else None


_MASKED = {
    "c-format": c_directives,
    "objc-format": objc_directives,
    "python-format": python_directives,
    "python-brace-format": python_brace_directives,
}
# Letters, digits and dots glued to a directive belong to it: the 0x of 0x%x,
# the 2 of %d.2 are no figures either.
_GLUED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.")


def without_directives(text: str, flags: Iterable[str]) -> str:
    """`text` with the format directives its entry's flags announce blanked out.

    Each directive, with any letters and digits glued to it, becomes one space;
    ``%%`` becomes the percent sign it prints. Without a format flag
    (``possible-`` counts; ``no-`` does not), the text is returned as it is.
    """
    spans: list[tuple[int, int]] = []
    for flag in flags:
        parser = _MASKED.get(flag.removeprefix("possible-"))
        if parser is not None and ("%" in text or "{" in text):
            spans += parser(text)
    if not spans:
        return text
    out = []
    pos = 0
    for start, end in sorted(set(spans)):
        if start < pos:
            continue  # two flags found the same directive
        if text[start : end + 1] == "%%":
            out.append(text[pos:start] + "%")
            pos = end + 1
            continue
        while start > pos and text[start - 1] in _GLUED:
            start -= 1
        stop = end + 1
        while stop < len(text) and text[stop] in _GLUED:
            stop += 1
        out.append(text[pos:start] + " ")
        pos = stop
    out.append(text[pos:])
    return "".join(out)
