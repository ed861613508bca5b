"""Compiled catalogs: a .mo file with msgfmt's semantics.

As `msgfmt` without `--use-fuzzy`: the header and every translated, non-fuzzy,
non-obsolete entry; untranslated and fuzzy entries are left out, so a program
using the .mo shows its source text for them. `msgunfmt` reads the result back.
"""

from __future__ import annotations

import polib


def compile_mo(po: polib.POFile) -> bytes:
    """The .mo bytes of a catalog (keys sorted as msgfmt sorts them, UTF-8)."""
    # polib's writer takes translated_entries(): fuzzy and obsolete ones are out.
    return bytes(po.to_binary())
