"""The one langdetect user, through its public API only: seeded, so a text always gets one answer.

langdetect is slow (milliseconds a sentence) and unsure of short text, so the
checks ask it last: a script test settles Chinese, and a few function words
settle most sentences of a Latin-script language (the table below).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from types import ModuleType

from .languages import Language, from_langdetect
from .script import is_han

# langdetect guesses wildly on short strings; below this many letters we say "don't know".
MIN_LETTERS = 20
_NOT_PROSE = re.compile(r"https?://\S+|`[^`]*`|\d+")


@cache
def _langdetect() -> ModuleType:
    """langdetect, seeded: imported on first use (its profiles take a while to load, once)."""
    import langdetect

    # Detectors take their seed from the factory class; the same seed, the same answer.
    langdetect.DetectorFactory.seed = 0
    return langdetect


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Words so frequent in a language that two of them settle what a sentence is written in.
FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "en": _words(
        "the of and to in is are was were be been for with on by from that this these "
        "those as at an a it its which or not can has have had their than into such while "
        "when how what"
    ),
    "fr": _words(
        "le la les des du de et un une est sont pour dans sur avec par que qui ne pas au aux ce"
    ),
    "de": _words(
        "der die das und ist sind ein eine einen mit von zu den dem des für auf nicht im "
        "wird werden sich auch als bei oder wir es"
    ),
    "es": _words("el la los las de del y en un una es son para con por que se al lo como"),
    "it": _words("il lo la gli le di del della e un una è sono per con che non nel alla"),
    "pt": _words("o a os as de do da dos das e em um uma é são para com por que não no na"),
    "nl": _words("de het een en van in is zijn op met voor dat die niet te aan"),
}
_PUNCTUATION = "\"'“”‘’()[]{}«»,.;:!?¿¡…—–-"
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Where a person's page is: a link there names someone (GitHub, X, Weibo, Zhihu, Bilibili).
_PROFILE = (
    r"https?://(?:www\.)?(?:github\.com|x\.com|twitter\.com|weibo\.com|zhihu\.com/people"
    r"|space\.bilibili\.com|juejin\.cn/user)/[^/\s)]+/?"
)
# What is not prose: handles and names (a link text starting with @, or linking to a
# profile: "Shared by [@孤胆枪手](…)" in an English digest), URLs (Chinese in an address
# too: wiki/人工智能), code, e-mail, and names with digits (GPT-4o).
_NOT_WORDS = re.compile(
    rf"\[@[^\]]*\]|\[[^\]\n]{{1,24}}\]\({_PROFILE}\)|(?<![\w@.])@[^\s\[\](),，。:：;；!！?？]+"
    r"|https?://[^\s()<>（），。；！？、「」『』【】《》“”‘’]+|www\.[!-~]+|`[^`]*`|[!-~]+@[!-~]+|[A-Za-z][A-Za-z0-9.\-_]*\d[A-Za-z0-9.\-_]*"
    r"|\d[A-Za-z0-9.,]*"
)


def prose(text: str, ignore: Iterable[str] = ()) -> str:
    """`text` without URLs, code, numbers and names with digits, nor the terms in `ignore`.

    A Latin term also takes its inflections with it (LLM → LLMs).

    >>> prose("GPT-4o 在 https://x.y/z 上 `a b` 用 LLMs 提速3.5倍", ["LLM"]).split()
    ['在', '上', '用', '提速', '倍']
    """
    out = _NOT_WORDS.sub(" ", text)
    for term in sorted(set(ignore), key=len, reverse=True):
        if not term:
            continue
        if term[-1].isascii() and term[-1].isalpha():
            out = re.sub(rf"(?<![A-Za-z]){re.escape(term)}[A-Za-z]*", " ", out)
        else:
            out = out.replace(term, " ")
    return out


def has_function_words(text: str, language: Language, enough: int = 2) -> bool | None:
    """Whether `text` has `enough` of `language`'s function words; None when the table lacks it."""
    table = FUNCTION_WORDS.get(language.language)
    if table is None:
        return None
    found = 0
    for word in text.lower().split():
        if word in table or word.strip(_PUNCTUATION) in table:
            found += 1
            if found >= enough:
                return True
    return False


def function_word_languages(text: str) -> set[str]:
    """The languages of the table with at least one function word in `text`."""
    words = set(_WORD.findall(text.lower()))
    return {lang for lang, table in FUNCTION_WORDS.items() if words & table}


@lru_cache(maxsize=8192)
def guess(text: str) -> tuple[Language, float] | None:
    """langdetect's most likely language of `text` and its probability; None if too short to tell.

    Cached, since a catalog repeats itself and langdetect costs milliseconds.
    """
    prose_text = _NOT_PROSE.sub(" ", text)
    if sum(ch.isalpha() for ch in prose_text) < MIN_LETTERS:
        return None
    langdetect = _langdetect()
    try:
        best = langdetect.detect_langs(prose_text)[0]
    except (langdetect.LangDetectException, IndexError):
        return None
    lang = from_langdetect(best.lang)
    return (lang, best.prob) if lang is not None else None


def detect(text: str) -> Language | None:
    """The language `text` is written in, or None when it is too short to tell."""
    prose = _NOT_PROSE.sub(" ", text)
    if sum(ch.isalpha() for ch in prose) < MIN_LETTERS:
        return None
    langdetect = _langdetect()
    try:
        code = langdetect.detect(prose)
    except langdetect.LangDetectException:
        return None
    return from_langdetect(code)


def detect_source(text: str) -> Language | None:
    """The language an article is written in; Chinese by its script, others by langdetect.

    langdetect cannot tell Simplified from Traditional and takes Traditional
    Chinese for Korean, so text that is mostly Han characters is decided by the
    OpenCC script test instead.
    """
    from .languages import parse_language
    from .variants import han_script

    letters = [ch for ch in text if ch.isalpha()]
    if letters and sum(map(is_han, letters)) / len(letters) >= 0.3:
        return parse_language(f"zh-{han_script(text) or 'Hans'}")
    return detect(text)
