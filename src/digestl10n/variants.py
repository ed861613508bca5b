"""The one OpenCC user: converters by configuration name, and the Hans/Hant script test."""

from __future__ import annotations

from functools import cache

import opencc


@cache
def converter(config: str) -> opencc.OpenCC:
    """A cached OpenCC converter for a configuration such as 's2t' or 's2twp'."""
    return opencc.OpenCC(config if config.endswith(".json") else f"{config}.json")


def is_han(ch: str) -> bool:
    """True for CJK ideographs (the characters OpenCC converts)."""
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF or 0x20000 <= o <= 0x3134F


def simplified_only(text: str) -> str:
    """The characters of `text` that exist only in Simplified form (s2t changes them)."""
    return _changed(text, "s2t")


def traditional_only(text: str) -> str:
    """The characters of `text` that exist only in Traditional form (t2s changes them)."""
    return _changed(text, "t2s")


def _changed(text: str, config: str) -> str:
    conv = converter(config)
    after = conv.convert(text)
    if len(after) != len(text):
        # A phrase rule changed the length; compare character by character instead.
        return "".join(c for c in text if conv.convert(c) != c)
    return "".join(c for c, d in zip(text, after, strict=True) if c != d)


def han_script(text: str) -> str | None:
    """'Hans' or 'Hant' for Chinese text by which script-only characters it uses; None if neither."""
    simp = len(simplified_only(text))
    trad = len(traditional_only(text))
    if simp == trad:
        return None
    return "Hans" if simp > trad else "Hant"
