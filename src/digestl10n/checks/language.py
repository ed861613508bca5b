"""The language check: a translation is written in its catalog's language and script.

Decided by script first, because it is cheap and because langdetect is wrong
exactly where a digest needs it: it cannot tell Simplified from Traditional
Chinese and calls short Traditional Chinese Korean. So a Chinese catalog gets
the OpenCC script test (variants.simplified_only / traditional_only); a
Latin-script catalog is checked for Chinese left in it, then settled by its
function words (langid.FUNCTION_WORDS); only a sentence with none of them goes
to langdetect, cached. Names and terms the translation keeps from its source
(WildBench, GPT-4o, LLM) are not evidence either way.
"""

from __future__ import annotations

import re

import polib

from .. import langid
from ..languages import Language, display_name
from ..model import Severity
from ..script import CJK_LETTER_RUN, HAN_CHAR
from ..segment.inline import readable
from ..variants import simplified_only, traditional_only
from . import Context, check
from .untranslated import is_copy

_LATIN = re.compile(r"[A-Za-zÀ-ɏ]")
_LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z0-9'’\-]*")
_CJK_LANGUAGES = {"zh", "ja", "ko"}

# Characters OpenCC converts although Traditional writing uses them too, in the
# right words (台灣, 皇后, 公里, 干擾, 于 and 余 as names, 游泳, 准許, 范 as a name,
# Hong Kong's 着); one of these alone does not make a sentence Simplified.
_BOTH_IN_HANT = set("台着里后干余于准游采斗范冲征凶占划郁岩杰朴仆尸吁咸佣")
# Traditional characters that Simplified writing also uses in some words
# (乾坤, 於 as a name, 藉口, 瞭望, 著作).
_BOTH_IN_HANS = set("乾於藉瞭夥覆著麽")

# Less than this share of Han characters (each worth about three Latin letters)
# and the text is mostly not Chinese.
_HAN_SHARE = 0.25
_SHOWN = 8  # characters or words quoted in a message
_SURE = 0.95  # langdetect's probability needed to call a text another language
_LONG = 40  # letters from which langdetect is believed without a function word


@check("language", Severity.ERROR)
def written_in_catalog_language(entry: polib.POEntry, ctx: Context) -> list[str]:
    """The translation is in the catalog's language (and, for Chinese, its script)."""
    text = entry.msgstr
    language = ctx.language
    source = ctx.source_language
    if is_copy(entry.msgid, text) and (source is None or source.language != language.language):
        return []  # a copy into another language is the untranslated check's to judge
    if language.writing is not None:
        return _chinese(entry.msgid, text, language)
    if language.language in _CJK_LANGUAGES:
        return []  # Japanese and Korean mix scripts; no rule for them yet
    return _alphabetic(entry.msgid, text, language)


def _chinese(msgid: str, text: str, language: Language) -> list[str]:
    if sum(map(len, _LATIN_WORD.findall(text))) >= langid.MIN_LETTERS:
        foreign = _foreign_words(msgid, text)
        latin = sum(map(len, foreign))
        han = len(HAN_CHAR.findall(text))
        if latin >= langid.MIN_LETTERS and 3 * han / (3 * han + latin) < _HAN_SHARE:
            return [f"not written in Chinese{_reads_as(' '.join(foreign))}"]
    found = other_script(text, language)
    if found is None:
        return []
    chars, script, other = found
    return [f"{other} characters in a {script} Chinese ({language.tag}) catalog: {_clip(chars)}"]


def other_script(text: str, language: Language) -> tuple[str, str, str] | None:
    """The characters of the other Chinese script in `text` written in `language`, and the
    names of both scripts (its own first); None when there are none.

    Code, URLs and link destinations keep the source's characters on purpose: not judged.
    """
    if language.writing is None:
        return None
    text = readable(text)
    if not HAN_CHAR.search(text):
        return None
    if language.writing == "Hant":
        wrong = [c for c in simplified_only(text) if c not in _BOTH_IN_HANT]
        script, other = "Traditional", "Simplified"
    else:
        wrong = [c for c in traditional_only(text) if c not in _BOTH_IN_HANS]
        script, other = "Simplified", "Traditional"
    if not wrong:
        return None
    return " ".join(dict.fromkeys(wrong)), script, other


def _alphabetic(msgid: str, text: str, language: Language) -> list[str]:
    if not text.isascii() and CJK_LETTER_RUN.search(text):
        runs = CJK_LETTER_RUN.findall(langid.prose(text))
        if sum(map(len, runs)) >= 2:
            return [f"Chinese text left in the {language.tag} translation: {_clip(' '.join(runs))}"]
    if langid.has_function_words(text, language):
        return []
    # No function word settles it: ask langdetect about what is left once the
    # names and terms kept from the source are set aside.
    foreign = " ".join(_foreign_words(msgid, text))
    letters = len(_LATIN.findall(foreign))
    if letters < langid.MIN_LETTERS:
        return []  # too short to tell
    # langdetect is sure of short title-case text it has no business being sure
    # of ("Attention Models" reads as German): believe it on a function word of
    # the language it names, or on a long enough text. Knowing that before
    # asking spares loading its profiles, which costs more than checking a
    # catalog.
    hinted = langid.function_word_languages(foreign) - {language.language}
    if letters < _LONG and not hinted:
        return []
    guess = langid.guess(foreign)
    if guess is None:
        return []
    other, probability = guess
    if other.language == language.language or probability < _SURE:
        return []
    if letters < _LONG and other.language not in hinted:
        return []
    return [f"written in {_name(other)}, not {_name(language)}"]


def _foreign_words(msgid: str, text: str) -> list[str]:
    """The Latin words of `text` that its source does not have (names and kept terms left out)."""
    kept = set(_LATIN_WORD.findall(msgid))
    return [
        w
        for w in _LATIN_WORD.findall(langid.prose(text))
        if w not in kept and w.rstrip("s") not in kept
    ]


def _reads_as(prose: str) -> str:
    guess = langid.guess(prose)
    if guess is None or guess[1] < 0.9 or guess[0].language == "zh":
        return ""
    return f"; reads as {_name(guess[0])}"


def _name(language: Language) -> str:
    return f"{display_name(language)} ({language.tag})"


def _clip(text: str) -> str:
    parts = text.split(" ")
    return " ".join(parts[:_SHOWN]) + (" …" if len(parts) > _SHOWN else "")
