"""Writing PO/POT text, byte-compatible with GNU gettext 0.21's msgcat.

``format_po`` writes exactly what ``msgcat`` 0.21 (default options, UTF-8
catalog) writes for the same catalog, including gettext's line wrapping by
display columns (see linebreak.py): polib wraps by characters with
:mod:`textwrap`, which is wrong for Chinese, and any difference from msgcat
would show as a diff in every catalog a translator saves with gettext tools.

Sources the algorithms were ported from (read, not guessed): gettext 0.21
``gettext-tools/src/write-po.c`` (``wrap``, ``message_print*``),
``msgl-cat.c`` (what msgcat drops); the line breaking, flags and directives
have their own modules and sources.

What ``format_po`` normalizes the way msgcat does: flags are written in
gettext's order and unknown ones dropped, ``fuzzy`` is dropped from
untranslated entries, obsolete entries without a translation are dropped and
the others written last, duplicate references and leading ``./`` go.

Known differences from msgcat: lines end in CRLF when the catalog was read
so (``HeaderTextPOFile.newline``; msgcat writes LF); directives are kept from being split only
for c-, objc- and python-format strings (gettext also knows 27 other
languages); text is always UTF-8 (the reader made the header say so); the header
entry is always written first and keeps only its translator comments and
flags; a catalog holding only a header is still written (msgcat needs
``--force-po``).  What the reader accepts differently is said in reader.py.
"""

from __future__ import annotations

import re

import polib

from .directives import PARSERS
from .flags import NO_FLAGS, Flags, flags_of
from .header import EmptyComment, HeaderTextPOFile, header_flags, header_msgstr
from .linebreak import (
    breaks,
    breaks_exact,
    escape_overrides,
    fast_tables,
    has_break,
    is_special,
    measure,
)
from .nogc import no_gc

__all__ = ["format_entry", "format_po"]

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\t": "\\t",
    "\r": "\\r",
    "\a": "\\a",
    "\b": "\\b",
    "\f": "\\f",
    "\v": "\\v",
}
_ESCAPE_TABLE = str.maketrans(_ESCAPES)
_NEEDS_ESCAPE = re.compile('[\\\\"\n\t\r\a\b\f\v]')
_INT_MAX = 2**31 - 1


def _escape(s: str) -> str:
    return s.translate(_ESCAPE_TABLE) if _NEEDS_ESCAPE.search(s) else s


# An extract run writes each msgid into five catalogs (template and four languages):
# long strings are wrapped once and their lines reused. Bounded: cleared when full.
_WRAPPED: dict[tuple[str, str, str, bool, str | None, int], tuple[str, ...]] = {}
_WRAPPED_MAX = 4096


def _wrap(
    out: list[str], prefix: str, name: str, value: str, flags: Flags, page_width: int
) -> None:
    """Append the lines gettext's wrap() writes for ``name "value"``."""
    if len(value) < 40:  # short strings take the fast path, cheaper than a lookup
        if value:
            _wrap_lines(out, prefix, name, value, flags, page_width)
        else:  # an untranslated msgstr: a fresh catalog's every other string
            out.append(f'{prefix}{name} ""')
        return
    key = (prefix, name, value, flags.no_wrap, flags.directive_lang, page_width)
    lines = _WRAPPED.get(key)
    if lines is None:
        buf: list[str] = []
        _wrap_lines(buf, prefix, name, value, flags, page_width)
        lines = tuple(buf)
        if len(_WRAPPED) >= _WRAPPED_MAX:
            _WRAPPED.clear()
        _WRAPPED[key] = lines
    out.extend(lines)


def _wrap_lines(
    out: list[str], prefix: str, name: str, value: str, flags: Flags, page_width: int
) -> None:
    """Append the lines gettext's wrap() writes for ``name "value"``, computed."""
    after_break = len(prefix) + 1
    width = (_INT_MAX if flags.no_wrap else page_width) - 1 - after_break
    first_col = len(name) + 1
    directives = None
    lang = flags.directive_lang
    if lang is not None and value:
        parser = PARSERS.get(lang)
        if parser is not None:
            directives = parser(value) or None
    nl = value.find("\n")
    if nl < 0 or nl == len(value) - 1:
        portions = [value]
        if directives is None and first_col <= width:
            # The common case, a single portion, with no detours.
            esc = _escape(value)
            n = len(esc)
            ascii_only = esc.isascii()
            # Short strings fit whatever their characters (at most 2 columns).
            if first_col + (n if ascii_only else 2 * n) <= width:
                out.append(f'{prefix}{name} "{esc}"')
                return
            tables = fast_tables()
            if tables.special.search(esc) is None:
                ends_nl = nl >= 0
                # measure(), inlined: this is the hot path of a large catalog.
                if ascii_only:
                    widths = None
                    classes = esc.encode("ascii").translate(tables.ascii_class)
                    total = n
                else:
                    pages = esc.encode("utf-16-le")[1::2]
                    widths = pages.translate(tables.page_width)
                    classes = pages.translate(tables.page_class)
                    total = n + widths.count(2)
                if first_col + total <= width or not has_break(esc, classes, ends_nl):
                    out.append(f'{prefix}{name} "{esc}"')
                    return
                out.append(f'{prefix}{name} ""')
                lead = f'{prefix}"'
                pos = 0
                if total > width:
                    for b in breaks(esc, widths, classes, width, ends_nl):
                        out.append(f'{lead}{esc[pos:b]}"')
                        pos = b
                out.append(f'{lead}{esc[pos:]}"')
                return
    else:
        parts = value.split("\n")
        portions = [part + "\n" for part in parts[:-1]]
        if parts[-1]:
            portions.append(parts[-1])
    first_line = True
    offset = 0
    last = len(portions) - 1
    for k, portion in enumerate(portions):
        esc = _escape(portion)
        ends_nl = portion[-1:] == "\n"
        if directives is not None or is_special(esc):
            overrides = (
                escape_overrides(esc, ends_nl)
                if directives is None
                else _directive_overrides(portion, esc, offset, directives, ends_nl)
            )
            brk = breaks_exact(esc, first_col if first_line else 0, width, overrides)
            if first_line and esc and (k < last or first_col > width or brk):
                out.append(f'{prefix}{name} ""')
                first_line = False
                brk = breaks_exact(esc, 0, width, overrides)
        else:
            widths, classes = measure(esc)
            total = len(esc) if widths is None else len(esc) + widths.count(2)
            # On the first line gettext breaks iff the text does not fit and
            # has a break opportunity (the last piece then overflows).
            if (
                first_line
                and esc
                and (
                    k < last
                    or first_col > width
                    or (first_col + total > width and has_break(esc, classes, ends_nl))
                )
            ):
                out.append(f'{prefix}{name} ""')
                first_line = False
            brk = (
                breaks(esc, widths, classes, width, ends_nl)
                if total > width and not first_line
                else []
            )
        lead = f'{prefix}{name} "' if first_line else f'{prefix}"'
        first_line = False
        pos = 0
        for b in brk:
            out.append(f'{lead}{esc[pos:b]}"')
            lead = f'{prefix}"'
            pos = b
        out.append(f'{lead}{esc[pos:]}"')
        offset += len(portion)


def _directive_overrides(
    portion: str, esc: str, offset: int, directives: list[tuple[int, int]], ends_nl: bool
) -> list[bool]:
    """Overrides for an escaped portion: escapes plus directive interiors."""
    inside: set[int] = set()
    end = offset + len(portion)
    for start, stop in directives:
        if stop >= offset and start < end:
            inside.update(range(max(start + 1, offset), min(stop + 1, end)))
    overrides = []
    for i, ch in enumerate(portion):
        interior = (offset + i) in inside
        if ch in _ESCAPES:
            overrides.append(interior)
            overrides.append(True)
        else:
            overrides.append(interior)
    if ends_nl:
        overrides[len(esc) - 2] = True
    return overrides


def _filepos_lines(out: list[str], occurrences, page_width: int) -> None:
    if len(occurrences) == 1:
        # One reference is never wrapped; skip the bookkeeping when it is
        # already in gettext's spelling.
        occ = occurrences[0]
        if len(occ) == 2:
            fname, line = occ
            if (
                fname[:2] != "./"
                and isinstance(line, str)
                and (line == "" or (line.isdigit() and line.isascii() and line[0] != "0"))
            ):
                out.append(f"#: {fname}:{line}" if line else f"#: {fname}")
                return
    seen: set[tuple[str, int | str | None]] = set()
    refs = []
    for occ in occurrences:
        fname, line = occ[0], occ[1] if len(occ) > 1 else ""
        line = "" if line is None else str(line)
        key: tuple[str, int | str | None]
        if line.isascii() and line.isdigit():
            key = (fname, int(line))
        elif line == "":
            key = (fname, None)
        else:
            key = (fname, line)
        if key in seen:
            continue
        seen.add(key)
        while fname.startswith("./"):
            fname = fname[2:]
        refs.append(fname if key[1] is None else f"{fname}:{key[1]}")
    line_parts = ["#:"]
    column = 2
    for ref in refs:
        size = (len(ref) if ref.isascii() else len(ref.encode("utf-8"))) + 1
        if column > 2 and column + size > page_width:
            out.append("".join(line_parts))
            line_parts = ["#:"]
            column = 2
        line_parts.append(" ")
        line_parts.append(ref)
        column += size
    out.append("".join(line_parts))


def _comment_lines(out: list[str], mark: str, text: str) -> None:
    if "\n" not in text:
        out.append(f"{mark} {text}")
        return
    if "\n\n" not in text and text[0] != "\n" and text[-1] != "\n":
        # No empty line (which gets the bare mark): one replace instead of a line loop,
        # for the glossary lines of every entry of every catalog.
        out.append(f"{mark} " + text.replace("\n", f"\n{mark} "))
        return
    for line in text.split("\n"):
        out.append(f"{mark} {line}" if line else mark)


def _entry_lines(out: list[str], e: polib.POEntry, page_width: int, is_header: bool) -> None:
    obsolete = bool(e.obsolete) and not is_header
    plural = bool(e.msgid_plural) or bool(e.msgstr_plural)
    if plural:
        forms = [v for _, v in sorted(e.msgstr_plural.items())] or ["", ""]
        msgstr0 = forms[0]
    else:
        msgstr0 = e.msgstr
    if obsolete and not msgstr0:
        return  # msgcat drops untranslated obsolete entries
    if e.tcomment:
        _comment_lines(out, "#", e.tcomment)
    elif e.tcomment.__class__ is EmptyComment:
        out.append("#")
    if e.comment:
        _comment_lines(out, "#.", e.comment)
    elif e.comment.__class__ is EmptyComment:
        out.append("#.")
    if e.occurrences:
        _filepos_lines(out, e.occurrences, page_width)
    if e.flags:
        flags = flags_of(e.flags)
        flag_line = flags.line(msgstr0, obsolete)
        if flag_line is not None:
            out.append(flag_line)
    else:
        flags = NO_FLAGS
    prefix = "#~ " if obsolete else ""
    prev_prefix = "#~| " if obsolete else "#| "
    if e.previous_msgctxt is not None:
        _wrap(out, prev_prefix, "msgctxt", e.previous_msgctxt, flags, page_width)
    if e.previous_msgid is not None:
        _wrap(out, prev_prefix, "msgid", e.previous_msgid, flags, page_width)
    if e.previous_msgid_plural is not None:
        _wrap(out, prev_prefix, "msgid_plural", e.previous_msgid_plural, flags, page_width)
    if e.msgctxt is not None:
        _wrap(out, prefix, "msgctxt", e.msgctxt, flags, page_width)
    _wrap(out, prefix, "msgid", e.msgid, flags, page_width)
    if plural:
        _wrap(out, prefix, "msgid_plural", e.msgid_plural, flags, page_width)
        for i, form in enumerate(forms):
            _wrap(out, prefix, f"msgstr[{i}]", form, flags, page_width)
    else:
        _wrap(out, prefix, "msgstr", e.msgstr, flags, page_width)


def _header_entry(po: polib.POFile) -> polib.POEntry | None:
    flags = header_flags(po)
    if not (po.metadata or po.header or flags):
        return None
    return polib.POEntry(msgid="", msgstr=header_msgstr(po), tcomment=po.header, flags=flags)


def format_entry(entry: polib.POEntry, width: int = 79) -> str:
    """What ``format_po`` writes for one entry other than the header, without a last newline.

    Empty for an entry msgcat drops (obsolete and untranslated).
    """
    out: list[str] = []
    with no_gc():
        _entry_lines(out, entry, width, False)
    return "\n".join(out)


def format_po(po: polib.POFile, width: int = 79) -> str:
    """The text GNU msgcat 0.21 writes for ``po`` (page width ``width``)."""
    with no_gc():
        return _format_po(po, width)


def _format_po(po: polib.POFile, width: int) -> str:
    out: list[str] = []
    blocks: list[str] = []
    header = _header_entry(po)
    if header is not None:
        _entry_lines(out, header, width, True)
        blocks.append("\n".join(out))
    obsolete = []
    for e in po:
        if e.obsolete:
            obsolete.append(e)
            continue
        out = []
        _entry_lines(out, e, width, False)
        blocks.append("\n".join(out))
    for e in obsolete:  # msgcat writes them last
        out = []
        _entry_lines(out, e, width, False)
        if out:
            blocks.append("\n".join(out))
    if not blocks:
        return ""
    text = "\n\n".join(blocks) + "\n"
    if isinstance(po, HeaderTextPOFile) and po.newline != "\n":
        text = text.replace("\n", po.newline)  # line endings as the file was read
    return text


# --------------------------------------------------------------------------
# Reading
