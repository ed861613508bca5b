"""The header entry: its "Key: value" fields, and the text they were read from.

polib keeps a header as a dict (``POFile.metadata``), which cannot hold
every header gettext accepts: a field without a space after its colon, an
empty line, text before the first field.  msgcat writes such a header back
unchanged, so the reader keeps the text beside the dict (in a POFile
subclass, polib having no place for it) and the writer uses that text for as
long as the dict is left as it was read; ``set_header_field`` edits both, as
msgmerge edits a header (the other lines, duplicates included, stay as written).
The same subclass remembers the file's line ending.

polib also holds each comment as one string, "" meaning none; a lone ``#``
(or ``#.``) line is an empty comment gettext keeps, read as ``EMPTY_COMMENT``:
a falsy string the writer tells apart, which survives being copied as it is.
"""

from __future__ import annotations

import re

import polib

__all__ = [
    "EMPTY_COMMENT",
    "EmptyComment",
    "HeaderTextPOFile",
    "copy_header",
    "header_flags",
    "header_msgstr",
    "header_text_of",
    "nplurals",
    "parse_header",
    "set_header_field",
]


class EmptyComment(str):
    """The comment of a lone ``#`` or ``#.`` line: empty, yet written back."""

    __slots__ = ()


EMPTY_COMMENT = EmptyComment()


class HeaderTextPOFile(polib.POFile):
    """A polib.POFile that remembers the header msgstr it was read from, and its line ending."""

    header_text: str | None = None  # the header's msgstr as read
    header_text_fields: dict[str, str] | None = None  # metadata as read from it
    newline: str = "\n"  # "\r\n" when the file was read with CRLF line endings


def parse_header(msgstr: str) -> dict[str, str]:
    """The fields of a header msgstr; a line without a colon continues the last field."""
    metadata: dict[str, str] = {}
    key = None
    for line in msgstr.split("\n"):
        if not line:
            continue
        name, sep, value = line.partition(":")
        # Only the space the writer puts after the colon is dropped, so that
        # values survive a round trip unchanged.
        if sep:
            key = name
            metadata[key] = value[1:] if value[:1] == " " else value
        elif key is not None:
            metadata[key] += "\n" + line
    return metadata


def header_msgstr(po: polib.POFile) -> str:
    """The header msgstr to write: the text read, unless the fields changed since."""
    text = header_text_of(po)
    if text is not None:
        return text
    return "".join(f"{k}: {v}\n" for k, v in po.metadata.items())


def header_text_of(po: polib.POFile) -> str | None:
    """The header msgstr text a POFile still holds as read, else None."""
    if (
        isinstance(po, HeaderTextPOFile)
        and po.header_text is not None
        and po.header_text_fields == po.metadata
    ):
        return po.header_text
    return None


def copy_header(source: polib.POFile, target: HeaderTextPOFile) -> None:
    """Give `target` the header of `source` as written: text, fields, fuzzy flag, line ending."""
    target.header = source.header
    target.metadata = dict(source.metadata)
    target.metadata_is_fuzzy = source.metadata_is_fuzzy
    text = header_text_of(source)
    if text is not None:
        target.header_text, target.header_text_fields = text, dict(source.metadata)
    if isinstance(source, HeaderTextPOFile):
        target.newline = source.newline


def set_header_field(po: HeaderTextPOFile, key: str, value: str) -> None:
    """Set one header field, in place in the header text when the POFile holds one.

    Every line of a duplicated field gets the value; a field the header lacks
    is added last, as msgmerge adds one.
    """
    text = header_text_of(po)
    po.metadata[key] = value
    if text is None:
        return
    line = f"{key}: {value}"
    field = re.compile(rf"^{re.escape(key)}:[^\n]*", re.M)
    if field.search(text):
        text = field.sub(lambda _: line, text)
    else:
        text = f"{text}{line}\n" if not text or text.endswith("\n") else f"{text}\n{line}\n"
    po.header_text = text
    po.header_text_fields = parse_header(text)
    po.metadata = dict(po.header_text_fields)


def nplurals(plural_forms: str) -> int:
    """The nplurals of a Plural-Forms value; 2, gettext's default, when it names none."""
    m = re.search(r"nplurals\s*=\s*([0-9]+)", plural_forms)
    return int(m.group(1)) if m and int(m.group(1)) > 0 else 2


def header_flags(po: polib.POFile) -> list[str]:
    """The header entry's flags.

    polib's own parser stores the header's flag list in ``metadata_is_fuzzy``
    (types-polib says bool), and so does our reader; a bool or 0 is accepted.
    """
    fuzzy: object = po.metadata_is_fuzzy
    if isinstance(fuzzy, list | tuple):
        return list(fuzzy)
    return ["fuzzy"] if fuzzy else []
