"""Compiled catalogs: the .mo file GNU `msgfmt --no-hash` writes, byte for byte.

As msgfmt without `--use-fuzzy`: the header (without its POT-Creation-Date, which
msgfmt leaves out so a new template alone does not change the .mo) and every
translated, non-fuzzy, non-obsolete entry, keys sorted bytewise. Untranslated and
fuzzy entries are left out, so a program using the .mo shows its source text for
them. No hash table: GNU gettext, Python's gettext and `msgunfmt` read the file
by binary search, and leaving it out keeps the writer small and fast.
"""

from __future__ import annotations

import struct

import polib

_MAGIC = 0x950412DE


def compile_mo(po: polib.POFile) -> bytes:
    """The .mo bytes of a catalog, identical to `msgfmt --no-hash -o - catalog.po`."""
    header = "".join(f"{k}: {v}\n" for k, v in po.metadata.items() if k != "POT-Creation-Date")
    pairs = [(b"", header.encode("utf-8"))]
    for e in po:
        if not e.msgid or not e.translated():  # translated(): not fuzzy, not obsolete, has msgstr
            continue
        key = (f"{e.msgctxt}\x04" if e.msgctxt is not None else "") + e.msgid
        if e.msgid_plural:
            key += "\0" + e.msgid_plural
            value = "\0".join(e.msgstr_plural[i] for i in sorted(e.msgstr_plural))
        else:
            value = e.msgstr
        pairs.append((key.encode("utf-8"), value.encode("utf-8")))
    pairs.sort(key=lambda kv: kv[0])
    n = len(pairs)
    pos = 28 + 16 * n  # header, then two tables of (length, offset) pairs
    key_table: list[bytes] = []
    value_table: list[bytes] = []
    for k, _ in pairs:
        key_table.append(struct.pack("<2I", len(k), pos))
        pos += len(k) + 1
    for _, v in pairs:
        value_table.append(struct.pack("<2I", len(v), pos))
        pos += len(v) + 1
    return b"".join(
        [
            struct.pack("<7I", _MAGIC, 0, n, 28, 28 + 8 * n, 0, 28 + 16 * n),
            *key_table,
            *value_table,
            *(k + b"\0" for k, _ in pairs),
            *(v + b"\0" for _, v in pairs),
        ]
    )
