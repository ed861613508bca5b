"""Format directives in a string, found the way gettext 0.21 finds them.

gettext never breaks a line inside a directive of a string flagged
``c-format``, ``objc-format`` or ``python-format``: ``write-po.c`` asks the
language's parser (``format-c-parse.h``, ``format-python.c``) where the
directives are.  Ported from those parsers, including where they give up:
after the first invalid directive nothing more is protected.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["PARSERS", "c_directives", "objc_directives", "python_directives"]

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
