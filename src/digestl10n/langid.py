"""The one langdetect user: seeded once, so the same text always gets the same answer."""

from __future__ import annotations

import re
from functools import cache

from .languages import Language, from_langdetect

# langdetect guesses wildly on short strings; below this many letters we say "don't know".
MIN_LETTERS = 20
_NOT_PROSE = re.compile(r"https?://\S+|`[^`]*`|\d+")


@cache
def _factory() -> object:
    from langdetect import DetectorFactory
    from langdetect.detector_factory import init_factory

    DetectorFactory.seed = 0
    init_factory()
    from langdetect import detector_factory

    return detector_factory._factory


def detect(text: str) -> Language | None:
    """The language `text` is written in, or None when it is too short to tell."""
    prose = _NOT_PROSE.sub(" ", text)
    if sum(ch.isalpha() for ch in prose) < MIN_LETTERS:
        return None
    from langdetect.lang_detect_exception import LangDetectException

    factory = _factory()
    try:
        detector = factory.create()  # type: ignore[attr-defined]
        detector.append(prose)
        code = detector.detect()
    except LangDetectException:
        return None
    return from_langdetect(code)


def detect_source(text: str) -> Language | None:
    """The language an article is written in; Chinese by its script, others by langdetect.

    langdetect cannot tell Simplified from Traditional and takes Traditional
    Chinese for Korean, so text that is mostly Han characters is decided by the
    OpenCC script test instead.
    """
    from .languages import parse_language
    from .variants import han_script, is_han

    letters = [ch for ch in text if ch.isalpha()]
    if letters and sum(map(is_han, letters)) / len(letters) >= 0.3:
        return parse_language(han_script(text) and f"zh-{han_script(text)}" or "zh-Hans")
    return detect(text)
