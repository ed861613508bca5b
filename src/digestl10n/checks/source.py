"""Checks of the source articles themselves (`digestl10n check --source`), before anyone translates.

Three questions per unit of an article: is it in the article's language (a
paragraph of English in a Chinese issue), in its script (Traditional text in a
Simplified article), and are its links whole (`[text] (url)`, `[text](url` with
no `)`, `[text]()`, brackets left open). The translation checks' machinery
answers them (langid, the OpenCC script test, the markup check's brackets), with
what a source holds and a translation does not taken into account: product
names, English titles, handles and lines that are nothing but links are no
paragraph in another language. Registers no check: these judge units, not entries.
"""

from __future__ import annotations

import re

from .. import langid
from ..languages import Language, display_name
from ..model import Unit, UnitKind
from ..script import HAN_CHAR
from .language import other_script
from .markup import _balanced, _count, _without_code

# Units that are the article's own sentences: headings, titles, names, alt texts and
# table cells are often English in a Chinese digest (paper titles, product names),
# and a blockquote quotes someone in their own words; those are not judged.
PROSE_KINDS = frozenset({UnitKind.PARAGRAPH, UnitKind.LIST_ITEM})
_LATIN_WORD = re.compile(r"[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ'’\-]*")
_LINK = re.compile(r"!?\[[^\]\n]*\]\([^)\s]*\)|<https?://[^>\s]+>|https?://\S+")
# A whole link or image, its destination possibly holding balanced parentheses.
_WHOLE_LINK = re.compile(r"!?\[[^\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*\)")
_HAN_SHARE = 0.25  # below this share of Han characters (each worth three letters): not Chinese
_FUNCTION_WORDS = 3  # a sentence, not a title or a list of names, has this many
_TITLE_CASE = 0.6  # this share of capitalised words or more: a title, not a sentence
_SHOWN = 8
_BROKEN_LINKS = (
    (re.compile(r"(?<!!)\[[^\]\n]+\][ \t]+\((?:https?://|/|\.)[^)\s]*\)"), "space between ] and ("),
    (re.compile(r"\[[^\]\n]+\]\((?:https?://|/|\.)[^)\s]*(?=\s|$)"), "no closing )"),
    (re.compile(r"\[[^\]\n]+\]\(\s*\)"), "empty target"),
)


def judge_unit(unit: Unit, language: Language) -> list[tuple[str, str]]:
    """(check, message) for each problem of one source unit in an article written in `language`."""
    text = unit.text
    problems: list[tuple[str, str]] = []
    if unit.kind in PROSE_KINDS:
        other = _other_language(text, language)
        if other:
            problems.append(("language", other))
    script = _mixed_script(text, language)
    if script:
        problems.append(("language", script))
    problems.extend(("markup", m) for m in _links(text))
    return problems


def _other_language(text: str, language: Language) -> str:
    """Why a prose unit is not in `language`, or "" when it is (or is too short to tell)."""
    bare = langid.prose(_LINK.sub(" ", text)) if _LINK.search(text) else langid.prose(text)
    words = _LATIN_WORD.findall(bare)
    letters = sum(map(len, words))
    han = len(HAN_CHAR.findall(bare))
    if language.language == "zh":
        if letters < 2 * langid.MIN_LETTERS or 3 * han / (3 * han + letters) >= _HAN_SHARE:
            return ""
        if not _sentence(words):
            return ""  # names, an English title: kept as written in a Chinese digest
        guess = langid.guess(" ".join(words))
        reads = f"; reads as {_name(guess[0])}" if guess and guess[1] >= 0.9 else ""
        return f"not written in Chinese{reads}: {_clip(' '.join(words))}"
    if language.writing is None and han >= langid.MIN_LETTERS // 2 and 3 * han > letters:
        return (
            f"written in Chinese, not {_name(language)}: {_clip(''.join(HAN_CHAR.findall(bare)))}"
        )
    return ""


def _sentence(words: list[str]) -> bool:
    """Words that make a sentence of some language, not a title or a run of names."""
    if not words:
        return False
    capitalised = sum(w[0].isupper() for w in words) / len(words)
    if capitalised >= _TITLE_CASE:
        return False
    text = " ".join(words).lower()
    return any(
        sum(w in table for w in text.split()) >= _FUNCTION_WORDS
        for table in langid.FUNCTION_WORDS.values()
    )


def _mixed_script(text: str, language: Language) -> str:
    """Characters of the other Chinese script in a unit of a Simplified or Traditional article."""
    found = other_script(text, language)
    if found is None:
        return ""
    chars, script, other = found
    return f"{other} characters in a {script} Chinese ({language.tag}) article: {_clip(chars)}"


def _links(text: str) -> list[str]:
    """Broken Markdown links and brackets left open."""
    if "[" not in text and "]" not in text and "(" not in text and "（" not in text:
        return []
    out = []
    for pattern, what in _BROKEN_LINKS:
        for m in pattern.finditer(text):
            out.append(f"broken link ({what}): {_clip(m.group(), words=False)}")
    plain = _without_code(_WHOLE_LINK.sub(" ", text))
    if not out and not _balanced(plain):
        out.append(f"brackets not paired ({_count(plain)})")
    return out


def _name(language: Language) -> str:
    return f"{display_name(language)} ({language.tag})"


def _clip(text: str, *, words: bool = True) -> str:
    if not words:
        return text if len(text) <= 60 else text[:59] + "…"
    parts = text.split(" ")
    return " ".join(parts[:_SHOWN]) + (" …" if len(parts) > _SHOWN else "")
