"""The untranslated check: a translation that is a copy of a source in another language.

A copy is often right: an English paper title stays English in every edition,
a name or an acronym (GPT-4o, NATURAL PLAN) has no translation, a glossary term
marked `=` is kept as-is, and Simplified → Traditional conversion leaves many
sentences unchanged (the language check judges their script). What is left
after those is source-language prose that nobody translated.
"""

from __future__ import annotations

import re

import polib

from .. import langid
from ..catalog import cosmetic_key
from ..model import Severity
from ..script import HAN_CHAR
from . import Context, check

_WORD = re.compile(r"[^\W\d_]{2,}")
# Units whose text stays in its original language by convention.
_KEPT_KINDS = {"title"}


@check("untranslated", Severity.ERROR)
def not_a_copy(entry: polib.POEntry, ctx: Context) -> list[str]:
    """The translation is not a copy of a source written in another language."""
    msgid = entry.msgid
    target, source = ctx.language, ctx.source_language
    if source is not None and source.language == target.language:
        return []  # zh-Hans → zh-TW: the same language in another script
    if not is_copy(msgid, entry.msgstr):
        return []
    rest = langid.prose(msgid, _kept(msgid, ctx))
    if HAN_CHAR.search(rest):
        if target.language == "zh":
            return []
        return [f"copied from the source: its Chinese is not translated into {target.tag}"]
    if _kinds(entry) & _KEPT_KINDS:
        return []
    words = [w for w in _WORD.findall(rest) if not w.isupper()]
    if len(words) < 2:
        return []  # a name or an acronym
    source_is_latin = (
        source is not None and source.writing is None and source.language not in ("ja", "ko")
    )
    if target.writing is not None or source_is_latin:
        return [
            f"copied from the source: {' '.join(words[:4])} … is not translated into {target.tag}"
        ]
    return []


def is_copy(source: str, translation: str) -> bool:
    """The translation is the source, give or take spacing and full/half-width punctuation."""
    if source == translation:
        return True
    longer, shorter = max(len(source), len(translation)), min(len(source), len(translation))
    if longer > shorter * 1.2 + 4:
        return False  # too different in length to differ only cosmetically
    # Cosmetic edits touch spaces and punctuation only: a letter or digit on one
    # side alone settles it, and is much cheaper to find than the two keys.
    if any(c.isalnum() for c in set(source).symmetric_difference(translation)):
        return False
    return cosmetic_key(source) == cosmetic_key(translation)


def _kept(msgid: str, ctx: Context) -> list[str]:
    """The glossary terms of `msgid` that the catalog's language keeps as written (LLM, MoE)."""
    glossary = ctx.glossary
    if glossary is None:
        return []
    target = glossary.language(ctx.language.tag)
    if target is None:
        return []
    source = (
        glossary.language(ctx.source_language.tag) if ctx.source_language else None
    ) or glossary.source
    return [
        m.text
        for m in glossary.find(msgid, source)
        if m.term in glossary.accepted(m.concept, target)
    ]


def _kinds(entry: polib.POEntry) -> set[str]:
    for line in (entry.comment or "").splitlines():
        if line.startswith("kind: "):
            return {k.strip() for k in line[len("kind: ") :].split(",")}
    return set()
