"""A catalog's charset: the one its header declares, and decoding by it.

gettext reads a catalog in the charset its header's ``Content-Type`` names
(``po-charset.c``); so do we, for every charset Python has a codec for
(GB2312, GBK, GB18030, Big5, Big5-HKSCS, EUC-JP, …).  The bytes are decoded
whole before any parsing, so a Big5 or GBK trail byte equal to ``\\`` or ``"``
is never taken for PO syntax.  Our policy on write: the catalog is converted
to UTF-8 and its header says so (``msgconv -t UTF-8`` does the same); the
conversion is made here, by rewriting the charset in the decoded header, so
every later step sees a header that matches what the writer produces.

A header contradicting the bytes is an error naming the header's line: text
that is valid UTF-8 under a legacy charset (a file converted by ``iconv``
whose header was not updated: msgfmt would decode it as the header says),
or bytes the declared charset cannot decode.
"""

from __future__ import annotations

import codecs
import re

from ..errors import PoSyntaxError

__all__ = ["declared_charset", "decode_legacy", "is_utf8"]

# The header entry: msgid "" then its msgstr strings, at the start of a line.
_HEADER = re.compile(rb'^msgid[ \t]*""[ \t\r]*\nmsgstr[ \t]*"(?:[^\n]*\n[ \t]*")*[^\n]*', re.M)
# gettext looks for "charset=" anywhere in the header, case-sensitively.
_CHARSET = re.compile(rb'charset=([^ \t"\\;\n]+)')
# Names that mean "UTF-8 or its subset"; CHARSET is a template's placeholder,
# which gettext treats as ASCII.
_UTF8 = frozenset({"UTF-8", "UTF8", "ASCII", "US-ASCII", "ANSI_X3.4-1968", "CHARSET"})


def is_utf8(name: str) -> bool:
    """True when a declared charset is UTF-8, ASCII or a template's CHARSET placeholder."""
    return name.upper() in _UTF8


def declared_charset(data: bytes) -> tuple[str, int] | None:
    """The charset the header entry of a catalog's bytes declares, and its line; None if none."""
    header = _HEADER.search(data)
    if header is None:
        return None
    m = _CHARSET.search(data, header.start(), header.end())
    if m is None:
        return None
    return m.group(1).decode("ascii", "replace"), data.count(b"\n", 0, m.start()) + 1


def decode_legacy(data: bytes, charset: str, line: int, path: str) -> str:
    """Decode a catalog declaring a charset other than UTF-8; its header then says UTF-8.

    Raises PoSyntaxError (file:line) for an unknown charset, bytes it cannot
    decode, and UTF-8 text under a legacy charset.
    """
    try:
        codec = codecs.lookup(charset).name
    except LookupError:
        raise PoSyntaxError(
            f"unknown charset {charset!r} in the header's Content-Type", path, line
        ) from None
    if not data.isascii():
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            raise PoSyntaxError(
                f"the header says charset={charset}, but the file is UTF-8 text: "
                "change the header to charset=UTF-8",
                path,
                line,
            )
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        bad = data.count(b"\n", 0, exc.start) + 1
        raise PoSyntaxError(
            f"not {charset} text (byte 0x{data[exc.start]:02x}), though the header on line "
            f"{line} says charset={charset}: correct the header or the bytes",
            path,
            bad,
        ) from None
    # The decoded text is UTF-8's business from now on: say so where the header
    # said otherwise, on the same line (line numbers stay those of the file).
    lines = text.split("\n", line)
    lines[line - 1] = lines[line - 1].replace(f"charset={charset}", "charset=UTF-8", 1)
    return "\n".join(lines)
