"""The header entry: its "Key: value" fields, and the text they were read from.

polib keeps a header as a dict (``POFile.metadata``), which cannot hold
every header gettext accepts: a field without a space after its colon, an
empty line, text before the first field.  msgcat writes such a header back
unchanged, so the reader keeps the text beside the dict (in a POFile
subclass, polib having no place for it) and the writer uses that text for as
long as the dict is left as it was read.
"""

from __future__ import annotations

import polib

__all__ = ["HeaderTextPOFile", "header_flags", "header_msgstr", "parse_header"]


class HeaderTextPOFile(polib.POFile):
    """A polib.POFile that also remembers the header msgstr it was read from."""

    header_text: str | None = None  # the header's msgstr as read
    header_text_fields: dict[str, str] | None = None  # metadata as read from it


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
    if (
        isinstance(po, HeaderTextPOFile)
        and po.header_text is not None
        and po.header_text_fields == po.metadata
    ):
        return po.header_text
    return "".join(f"{k}: {v}\n" for k, v in po.metadata.items())


def header_flags(po: polib.POFile) -> list[str]:
    """The header entry's flags.

    polib's own parser stores the header's flag list in ``metadata_is_fuzzy``
    (types-polib says bool), and so does our reader; a bool or 0 is accepted.
    """
    fuzzy: object = po.metadata_is_fuzzy
    if isinstance(fuzzy, list | tuple):
        return list(fuzzy)
    return ["fuzzy"] if fuzzy else []
