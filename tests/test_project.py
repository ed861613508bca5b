"""The project core and its helpers: languages, layout, source language, workers, staging."""

from __future__ import annotations

from pathlib import Path

import pytest

from digestl10n.config import parse_settings
from digestl10n.errors import DigestL10nError
from digestl10n.languages import parse_language
from digestl10n.layout import CatalogPath, Catalogs, catalog_at, po_path, pot_path
from digestl10n.project import Project
from digestl10n.workers import Staging, WorkerPool

PYPROJECT = """\
[tool.digestl10n]
targets = ["zh-HK", "en", "zh-TW", "zh-Hans"]
locales_dir = "l10n/catalogs"

[tool.digestl10n.variants]
zh-HK = { base = "zh-TW", opencc = "t2hk" }
zh-TW = { base = "zh-Hans", opencc = "s2twp" }
"""


@pytest.fixture
def project(tmp_path: Path) -> Project:
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    return Project(tmp_path)


def tags(languages: tuple) -> list[str]:
    return [lang.tag for lang in languages]


def test_bases_first_puts_every_base_before_what_derives_from_it(project: Project) -> None:
    settings = project.settings
    # zh-HK ← zh-TW ← zh-Hans: a chain through a variant and a translated target.
    assert tags(settings.bases_first(settings.targets)) == ["zh-Hans", "zh-TW", "zh-HK", "en"]
    # A base not chosen is not added, but still orders what is.
    hk, tw = parse_language("zh-HK"), parse_language("zh-TW")
    assert tags(settings.bases_first((hk, tw))) == ["zh-TW", "zh-HK"]
    assert tags(settings.bases_first((hk,))) == ["zh-HK"]


def test_bases_first_ends_on_a_cycle() -> None:
    settings = parse_settings(
        '[tool.digestl10n]\ntargets = ["zh-TW", "zh-HK"]\n'
        "[tool.digestl10n.variants]\n"
        'zh-TW = { base = "zh-HK", opencc = "t2tw" }\nzh-HK = { base = "zh-TW", opencc = "t2hk" }\n'
    )
    assert sorted(tags(settings.bases_first(settings.targets))) == ["zh-HK", "zh-TW"]


def test_languages_and_variants_chosen_by_lang(project: Project) -> None:
    assert tags(project.languages(())) == ["zh-HK", "en", "zh-TW", "zh-Hans"]
    assert tags(project.languages(("zh_tw", "en"))) == ["zh-TW", "en"]
    assert tags(project.variants(())) == ["zh-HK", "zh-TW"]
    with pytest.raises(DigestL10nError, match="fr is not a target language"):
        project.languages(("fr",))
    with pytest.raises(DigestL10nError, match="en is not a derived language"):
        project.variants(("en",))


def test_a_catalog_path_names_its_article_and_language(project: Project) -> None:
    settings = project.settings
    tw = parse_language("zh-TW")
    assert catalog_at(settings, po_path(settings, tw, "a-b")) == CatalogPath("a-b", "zh_TW")
    assert catalog_at(settings, pot_path(settings, "a-b")) == CatalogPath("a-b", None)
    # A nested article's domain is its path under source/: source/2024/06/x.md.
    nested = "2024/06/x"
    assert catalog_at(settings, po_path(settings, tw, nested)) == CatalogPath(nested, "zh_TW")
    assert catalog_at(settings, pot_path(settings, nested)) == CatalogPath(nested, None)
    for other in (
        "locales/a.pot",
        "l10n/catalogs/zh_TW/a.po",
        "l10n/catalogs/zh_TW/sub/LC_MESSAGES/a.po",
        "l10n/catalogs/a.po",
    ):
        assert catalog_at(settings, other) is None, other


def test_the_template_records_the_source_language_else_the_configured_one(
    tmp_path: Path,
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.digestl10n]\nsource_language = "zh-Hans"\ntargets = ["en"]\n', encoding="utf-8"
    )
    project = Project(tmp_path)
    header = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
    catalogs = Catalogs(
        {
            "locales/a.pot": header + '"X-Source-Language: en\\n"\n',
            "locales/b.pot": header,
        }
    )
    assert project.recorded_source_language("a", catalogs) == parse_language("en")
    assert project.recorded_source_language("b", catalogs) == parse_language("zh-Hans")
    assert project.recorded_source_language("c", catalogs) == parse_language("zh-Hans")


def _scaled(state: int, item: int) -> tuple[int, int]:
    return state * item, item


def test_a_worker_pool_hands_its_state_to_every_worker() -> None:
    with WorkerPool(_scaled, 7, 2) as pool:
        assert pool.map(range(5)) == [(7 * i, i) for i in range(5)]
        assert pool.submit(3).result() == (21, 3)


def test_staging_writes_nothing_before_commit_and_leaves_nothing_on_abort(tmp_path: Path) -> None:
    same = tmp_path / "same.txt"
    same.write_text("kept", encoding="utf-8")
    staging = Staging()
    staging.add(tmp_path / "new" / "deep" / "a.txt", "A")
    staging.add(same, "kept")
    assert staging.written == [(tmp_path / "new" / "deep" / "a.txt", True), (same, False)]
    assert not (tmp_path / "new" / "deep" / "a.txt").exists()
    staging.abort()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["same.txt"]

    staging = Staging()
    staging.add(tmp_path / "new" / "a.txt", b"A")
    staging.commit()
    assert (tmp_path / "new" / "a.txt").read_bytes() == b"A"
    assert sorted(p.name for p in (tmp_path / "new").iterdir()) == ["a.txt"]
