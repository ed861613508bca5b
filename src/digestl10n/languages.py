"""Language tags: BCP 47 on the command line and in config, gettext locale names on disk.

The module that imports Babel: its CLDR data decides what exists and gives the
plural rules and the languages' names. A tag that Babel would quietly widen
(zh-Hanx → zh-Hans, en-Hant → en) is refused, so a tag never falls back to
another language and never reaches a path unchecked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.localedata import locale_identifiers

from .errors import LanguageTagError

_TAG = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|[0-9]{3}))?$")

# Regions whose Chinese is written in Traditional characters.
_HANT_REGIONS = {"TW", "HK", "MO"}


@dataclass(frozen=True, slots=True, order=True)
class Language:
    """A checked language: its BCP 47 tag, gettext locale name and plural rule."""

    tag: str
    locale: str
    language: str
    script: str | None
    region: str | None

    @property
    def plural_forms(self) -> str:
        """The gettext Plural-Forms of the language (CLDR's rule, as Babel gives it)."""
        return _plural_forms(self.locale)

    @property
    def writing(self) -> str | None:
        """The Chinese script this language is written in ('Hans'/'Hant'), else None."""
        if self.language != "zh":
            return None
        if self.script:
            return self.script
        return "Hant" if self.region in _HANT_REGIONS else "Hans"

    def __str__(self) -> str:
        return self.tag


@cache
def _known() -> tuple[str, ...]:
    return tuple(sorted({i.replace("_", "-") for i in locale_identifiers()}))


def parse_language(text: str, *, path: str | None = None, line: int | None = None) -> Language:
    """Check a tag such as `zh-Hant`, `zh_TW` or `EN` and return its Language."""
    m = _TAG.match(text.strip())
    if not m:
        raise LanguageTagError(
            f"malformed language tag {text!r}: expected e.g. en, zh-Hant, zh-TW{_hint(text)}",
            path,
            line,
        )
    lang = m.group(1).lower()
    script = m.group(2).title() if m.group(2) else None
    region = m.group(3).upper() if m.group(3) else None
    locale_name = "_".join(p for p in (lang, script, region) if p)
    tag = "-".join(p for p in (lang, script, region) if p)
    try:
        loc = Locale.parse(locale_name)
    except (UnknownLocaleError, ValueError):
        loc = None
    if (
        loc is None
        or loc.language != lang
        or (script is not None and loc.script != script)
        or (region is not None and loc.territory != region)
    ):
        raise LanguageTagError(f"unknown language tag {text!r}{_hint(tag)}", path, line)
    return Language(tag=tag, locale=locale_name, language=lang, script=script, region=region)


@cache
def _plural_forms(locale_name: str) -> str:
    # Imported when a catalog is made: babel.messages loads Babel's catalog code
    # and time zones, which a run with every catalog up to date would load for nothing.
    from babel.messages.plurals import get_plural

    nplurals, expr = get_plural(locale_name)
    return f"nplurals={nplurals}; plural={expr};"


def column_fallback(tag: str) -> tuple[str, ...]:
    """The glossary columns that serve `tag`, best first: itself, then its explicit fallbacks.

    Chinese falls back to the column of its script, never to bare `zh` (which
    would mix Simplified and Traditional): zh-TW, zh-HK, zh-MO → zh-Hant;
    zh-CN, zh-SG, zh-MY → zh-Hans; zh-Hant-TW → zh-TW → zh-Hant. Other
    languages drop their region, then their script only when they have none
    (en-GB → en; sr-Latn-RS → sr-Latn). Nothing else is guessed.

    >>> column_fallback("zh-TW")
    ('zh-TW', 'zh-Hant')
    >>> column_fallback("en-GB")
    ('en-GB', 'en')
    """
    parts = tag.split("-")
    language = parts[0]
    script = next((p for p in parts[1:] if len(p) == 4), None)
    region = next((p for p in parts[1:] if len(p) != 4), None)
    out = [tag]
    if language == "zh":
        if script and region:
            out.append(f"zh-{region}")
        writing = script or (
            "Hant" if region in _HANT_REGIONS else "Hans" if region in _HANS_REGIONS else None
        )
        if writing:
            out.append(f"zh-{writing}")
    elif region:
        out.append(f"{language}-{script}" if script else language)
    return tuple(dict.fromkeys(out))


# Regions whose Chinese is written in Simplified characters.
_HANS_REGIONS = {"CN", "SG", "MY"}


def _hint(text: str) -> str:
    import difflib  # for an error message only

    close = difflib.get_close_matches(text.replace("_", "-"), _known(), n=3, cutoff=0.6)
    return f" (did you mean {', '.join(close)}?)" if close else ""


@cache
def display_name(language: Language) -> str:
    """The language's name in English ("Chinese (Traditional, Taiwan)"), else its tag."""
    return Locale.parse(language.locale).get_display_name("en") or language.tag


# Chinese editions as their readers name them in a language menu. CLDR's own names
# ("中文 (繁體字, 中國香港特別行政區)") are too long for a switcher and miss the
# custom of naming an edition by its standard (台灣正體, 香港繁體).
_CHINESE = {
    ("Hans", None): "简体中文",
    ("Hant", None): "繁體中文",
    ("Hans", "CN"): "简体中文",
    ("Hans", "SG"): "新加坡简体",
    ("Hant", "TW"): "台灣正體",
    ("Hant", "HK"): "香港繁體",
    ("Hant", "MO"): "澳門繁體",
}


@cache
def autonym(language: Language) -> str:
    """The language's short name in itself (繁體中文 readers find their edition by it)."""
    if language.language == "zh":
        short = _CHINESE.get((language.writing or "Hans", language.region))
        if short is not None:
            return short
    loc = Locale.parse(language.locale)
    return loc.get_display_name(loc) or language.tag


@cache
def text_direction(language: Language) -> str:
    """'ltr' or 'rtl', as CLDR writes the language."""
    return Locale.parse(language.locale).text_direction


def from_langdetect(code: str) -> Language | None:
    """Map a langdetect result ('zh-cn', 'zh-tw', 'en', …) to a Language, None if unknown."""
    mapped = {"zh-cn": "zh-Hans", "zh-tw": "zh-Hant"}.get(code, code)
    try:
        return parse_language(mapped)
    except LanguageTagError:
        return None
