"""Language tags: BCP 47 in, gettext locale names out, no silent fallback."""

from __future__ import annotations

import doctest

import pytest

from digestl10n import languages
from digestl10n.config import parse_settings
from digestl10n.errors import ConfigError, LanguageTagError
from digestl10n.languages import column_fallback, parse_language
from digestl10n.variants import known_configs


@pytest.mark.parametrize(
    ("tag", "canonical", "locale", "writing"),
    [
        ("zh-Hant", "zh-Hant", "zh_Hant", "Hant"),
        ("zh-hans", "zh-Hans", "zh_Hans", "Hans"),
        ("zh_TW", "zh-TW", "zh_TW", "Hant"),
        ("ZH-hk", "zh-HK", "zh_HK", "Hant"),
        ("en", "en", "en", None),
        ("pt_br", "pt-BR", "pt_BR", None),
    ],
)
def test_tags_are_normalised(tag, canonical, locale, writing):
    lang = parse_language(tag)
    assert (lang.tag, lang.locale, lang.writing) == (canonical, locale, writing)


def test_plural_forms_are_gettext_standard():
    assert parse_language("zh-TW").plural_forms == "nplurals=1; plural=0;"
    assert parse_language("en").plural_forms == "nplurals=2; plural=(n != 1);"


@pytest.mark.parametrize(
    "tag", ["zh-Hanx", "en-Hant", "zh-XX", "xx", "klingon", "../etc", "zh/TW", ""]
)
def test_bad_tags_are_refused(tag):
    with pytest.raises(LanguageTagError):
        parse_language(tag)


def test_bad_tag_gets_a_hint():
    with pytest.raises(LanguageTagError, match="did you mean.*zh-Hant"):
        parse_language("zh-Hanx")


def test_config_error_names_the_line():
    text = (
        '[project]\nname="x"\n\n[tool.digestl10n]\nsource_language = "zh-Hans"\n'
        'targets = [\n  "en",\n  "zh-TX",\n]\n'
    )
    with pytest.raises(ConfigError) as err:
        parse_settings(text)
    assert (err.value.path, err.value.line) == ("pyproject.toml", 8)
    assert "zh-TX" in str(err.value)


def test_config_rejects_unknown_keys_and_bad_values():
    with pytest.raises(ConfigError, match="unknown setting"):
        parse_settings("[tool.digestl10n]\ntargetz = ['en']\n")
    with pytest.raises(ConfigError, match="add_location"):
        parse_settings("[tool.digestl10n]\nadd_location = 'sometimes'\n")
    with pytest.raises(ConfigError, match="source language"):
        parse_settings("[tool.digestl10n]\nsource_language='en'\ntargets = ['en']\n")


def test_config_defaults():
    s = parse_settings("[project]\nname='x'\n")
    assert s.targets == () and s.source_language is None and s.add_location == "full"
    assert s.noise[0].search("打开网易新闻 查看更多图片")


def test_config_rejects_unknown_opencc_configuration_with_its_line():
    text = (
        '[tool.digestl10n]\nsource_language = "zh-Hans"\ntargets = ["zh-TW"]\n\n'
        '[tool.digestl10n.variants]\nzh-TW = { base = "zh-Hans", opencc = "s2twx" }\n'
    )
    with pytest.raises(ConfigError, match="unknown OpenCC configuration 's2twx'") as err:
        parse_settings(text, opencc_configs=known_configs())
    assert err.value.line == 6


@pytest.mark.parametrize(
    ("tag", "columns"),
    [
        ("zh-TW", ("zh-TW", "zh-Hant")),
        ("zh-HK", ("zh-HK", "zh-Hant")),
        ("zh-MO", ("zh-MO", "zh-Hant")),
        ("zh-CN", ("zh-CN", "zh-Hans")),
        ("zh-SG", ("zh-SG", "zh-Hans")),
        ("zh-Hant-TW", ("zh-Hant-TW", "zh-TW", "zh-Hant")),
        ("zh-Hant", ("zh-Hant",)),  # never bare zh: it would mix the scripts
        ("en-GB", ("en-GB", "en")),
        ("sr-Latn-RS", ("sr-Latn-RS", "sr-Latn")),
        ("en", ("en",)),
    ],
)
def test_glossary_column_fallback_is_explicit(tag, columns):
    assert column_fallback(tag) == columns


def test_column_fallback_doctests():
    assert doctest.testmod(languages).failed == 0
