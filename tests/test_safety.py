"""The project lock, compare-before-replace, temp files, missing inputs, renames and orphans."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from digestl10n import files, lock
from digestl10n.cli import main
from digestl10n.files import clean_stale, replace_if_unchanged, temp_beside
from digestl10n.lock import LOCK_NAME, ProjectLock
from digestl10n.po import format_po, parse_po

from .conftest import ROOT

ARTICLE = "digest-2024-06-a"
EN = f"locales/en/LC_MESSAGES/{ARTICLE}.po"


def cli(project: Path, *args: str):
    return CliRunner().invoke(
        main, ["-C", str(project), *args], env={"SOURCE_DATE_EPOCH": "1718000000"}
    )


# --- The lock -----------------------------------------------------------------------------------


def test_a_second_run_waits_then_stops_naming_the_holder(project, monkeypatch):
    monkeypatch.setattr(lock, "WAIT", 0.2)
    with ProjectLock(project):
        result = cli(project, "extract")
        assert result.exit_code == 2
        assert "another digestl10n run holds the lock since " in result.stderr
        assert "(pid " in result.stderr and result.stderr.count("\n") == 1
        assert not (project / "locales").exists()
    assert not (project / LOCK_NAME).exists()  # released: the file goes with it
    assert cli(project, "extract").exit_code == 0
    assert not (project / LOCK_NAME).exists()


def test_a_lock_file_left_by_a_killed_run_does_not_block(project):
    (project / LOCK_NAME).write_text("999999 2020-01-01 00:00:00 UTC\n")  # no process holds it
    assert cli(project, "extract").exit_code == 0


def test_the_lock_serialises_build_convert_and_export_too(project, monkeypatch, tmp_path_factory):
    monkeypatch.setattr(lock, "WAIT", 0.1)
    pyproject = project / "pyproject.toml"
    variants = '[tool.digestl10n.variants]\nzh-TW = { base = "zh-Hans", opencc = "s2twp" }\n'
    pyproject.write_text(pyproject.read_text() + variants, "utf-8")
    shutil.copy(ROOT / "glossary.tsv", project / "glossary.tsv")
    assert cli(project, "extract").exit_code == 0
    elsewhere = tmp_path_factory.mktemp("out") / "g.tbx"
    with ProjectLock(project):
        for args in (
            ["build", "--all"],
            ["convert"],
            ["glossary", "export", "--format", "tbx", "-o", str(project / "g.tbx")],
        ):
            result = cli(project, *args)
            assert result.exit_code == 2 and "holds the lock" in result.stderr, args
        # reading, or writing outside the project, needs no lock
        assert cli(project, "extract", "--check").exit_code == 0
        assert cli(project, "convert", "--report").exit_code == 0
        assert cli(project, "status").exit_code == 0
        export = ["glossary", "export", "--format", "tbx", "-o", str(elsewhere)]
        assert cli(project, *export).exit_code == 0


# --- Compare before replace ---------------------------------------------------------------------


@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "no-exchange"])
def test_replace_if_unchanged_replaces_only_what_it_merged(tmp_path, monkeypatch, exchange):
    if not exchange:  # a system without renameat2 (macOS, Windows): check, then rename
        monkeypatch.setattr(files, "_renameat2", lambda: None)
    target = tmp_path / "a.po"
    target.write_bytes(b"old")
    assert replace_if_unchanged(temp_beside(target, b"new"), target, b"old") is None
    assert target.read_bytes() == b"new"
    # Someone saved since we read: their file stays, and what they saved comes back.
    assert replace_if_unchanged(temp_beside(target, b"ours"), target, b"old") == b"new"
    assert target.read_bytes() == b"new"
    # A file that appeared after we found none is never overwritten.
    fresh = tmp_path / "b.po"
    tmp = temp_beside(fresh, b"ours")
    fresh.write_bytes(b"theirs")
    assert replace_if_unchanged(tmp, fresh, None) == b"theirs"
    assert fresh.read_bytes() == b"theirs"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.po", "b.po"]


@pytest.fixture
def swappable(tmp_path: Path) -> Path:
    """A catalog holding b"old" where files can be swapped atomically (else the test skips)."""
    if not files._exchange(temp_beside(tmp_path / "x", b"1"), temp_beside(tmp_path / "y", b"2")):
        pytest.skip("no atomic exchange (renameat2) on this system or file system")
    target = tmp_path / "a.po"
    target.write_bytes(b"old")
    return target


def _save_by_rename(path: Path, data: bytes) -> None:
    """Save as most editors do: a new file renamed over the old one."""
    fresh = path.with_name(path.name + ".editor")
    fresh.write_bytes(data)
    os.replace(fresh, path)


@pytest.mark.parametrize("save", [_save_by_rename, Path.write_bytes], ids=["rename", "in-place"])
def test_a_save_landing_between_check_and_swap_is_swapped_back(
    swappable, tmp_path, monkeypatch, save
):
    target = swappable
    real = files._exchange
    calls = []

    def save_then_exchange(a, b):  # the translator saves right after our check
        if not calls:
            save(target, b"saved")
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(files, "_exchange", save_then_exchange)
    assert replace_if_unchanged(temp_beside(target, b"ours"), target, b"old") == b"saved"
    assert target.read_bytes() == b"saved"
    assert len(calls) == 2
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("a.po")) == ["a.po"]


def test_a_save_swapped_out_goes_back_even_if_our_file_was_removed(
    swappable, tmp_path, monkeypatch
):
    target = swappable
    real = files._exchange
    calls = []

    def exchange(a, b):
        calls.append(a)
        if len(calls) == 1:
            _save_by_rename(target, b"saved")  # lands between the check and the exchange
        else:
            target.unlink()  # and then our file, standing in for it, is deleted
        return real(a, b)

    monkeypatch.setattr(files, "_exchange", exchange)
    assert replace_if_unchanged(temp_beside(target, b"ours"), target, b"old") == b"saved"
    assert target.read_bytes() == b"saved"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("a.po")) == ["a.po"]


def test_a_save_swapped_out_is_swapped_back_before_anything_is_read(swappable, monkeypatch):
    """While our file stands in for a translator's save, their tool could read it and save
    from it, losing the save; so nothing that takes time runs before the swap back."""
    target = swappable
    real_exchange, real_read = files._exchange, Path.read_bytes
    swaps = []
    reads_while_exposed = []

    def exchange(a, b):
        if not swaps:
            _save_by_rename(target, b"saved")
        swaps.append(a)
        return real_exchange(a, b)

    def read_bytes(path):
        if len(swaps) == 1:  # our file is in, the save not yet swapped back
            reads_while_exposed.append(path)
        return real_read(path)

    monkeypatch.setattr(files, "_exchange", exchange)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert replace_if_unchanged(temp_beside(target, b"ours"), target, b"old") == b"saved"
    assert len(swaps) == 2
    assert not reads_while_exposed


def test_a_catalog_saved_during_extract_is_merged_not_reverted(project, monkeypatch):
    assert cli(project, "extract").exit_code == 0
    src = project / "source" / f"{ARTICLE}.txt"
    src.write_text(src.read_text(encoding="utf-8").replace("注意力模型", "注意力"), "utf-8")
    catalog = project / EN
    real = files.replace_if_unchanged
    saved = []

    def translator_saves_first(tmp, target, expected):
        if target == catalog and not saved:  # a translator saves just before our replace
            po = parse_po(catalog.read_text(encoding="utf-8"))
            entry = next(e for e in po if e.msgid and not e.msgstr)
            entry.msgstr = "saved by a translator"
            catalog.write_text(format_po(po), encoding="utf-8")
            saved.append(entry.msgid)
        return real(tmp, target, expected)

    monkeypatch.setattr("digestl10n.writing.replace_if_unchanged", translator_saves_first)
    result = cli(project, "extract")
    assert result.exit_code == 0, result.output
    assert f"merged again: {EN} changed while extract ran" in result.output
    po = parse_po(catalog.read_text(encoding="utf-8"))
    assert next(e for e in po if e.msgid == saved[0]).msgstr == "saved by a translator"
    assert not any("注意力模型" in e.msgid for e in po if not e.obsolete)  # and merged


def test_a_catalog_that_changes_at_every_merge_is_left_alone_and_named(project, monkeypatch):
    assert cli(project, "extract").exit_code == 0
    shutil.copy(project / "source" / f"{ARTICLE}.txt", project / "source" / "later.txt")
    src = project / "source" / f"{ARTICLE}.txt"
    src.write_text(src.read_text(encoding="utf-8").replace("注意力模型", "注意力"), "utf-8")
    catalog = project / EN
    real = files.replace_if_unchanged
    saves = []

    def busy_translator(tmp, target, expected):
        if target == catalog:  # saves again before every replace
            saves.append(1)
            catalog.write_text(catalog.read_text(encoding="utf-8") + f"\n# {len(saves)}\n")
        return real(tmp, target, expected)

    monkeypatch.setattr("digestl10n.writing.replace_if_unchanged", busy_translator)
    result = cli(project, "extract", "-v")
    assert result.exit_code == 2
    assert result.stderr == (
        f"Error: {EN}: changed again each time it was merged; its article's catalogs are not "
        "written, run again when its editor is idle\n"
    )
    assert catalog.read_text(encoding="utf-8").endswith(f"\n# {len(saves)}\n")  # theirs
    assert "created locales/en/LC_MESSAGES/later.po" in result.output  # others written
    assert f"unchanged {EN}" in result.output
    assert not list(project.rglob("*.tmp"))


def test_stale_temp_files_are_removed_by_the_next_run(project):
    assert cli(project, "extract").exit_code == 0
    stale = project / "locales" / "en" / "LC_MESSAGES" / f".{ARTICLE}.po.digestl10n-abcd1234.tmp"
    stale.write_bytes(b"")
    old_mo = project / "build" / "en" / "LC_MESSAGES" / f".{ARTICLE}.mo.k2j4h5g6.tmp"
    old_mo.parent.mkdir(parents=True)
    old_mo.write_bytes(b"")
    editors = project / "locales" / "en" / "LC_MESSAGES" / ".editor-save.tmp"
    editors.write_bytes(b"")  # not ours: left alone
    result = cli(project, "extract")
    assert f"removed {stale.relative_to(project).as_posix()}" in result.output
    assert not stale.exists() and not old_mo.exists() and editors.exists()


def test_clean_stale_leaves_translator_temp_files_in_catalog_folders(tmp_path):
    (tmp_path / ".a.po.abcd1234.tmp").write_bytes(b"")  # mkstemp-like, but not marked ours
    assert clean_stale([tmp_path]) == []
    assert clean_stale([], legacy=[tmp_path]) == [tmp_path / ".a.po.abcd1234.tmp"]


def test_clean_stale_finds_both_kinds_in_a_folder_looked_in_for_both(tmp_path):
    build, locales = tmp_path / "build", tmp_path / "locales"
    (build / "en" / "LC_MESSAGES").mkdir(parents=True)
    locales.mkdir()
    marked = build / "en" / ".a.html.digestl10n-abcd1234.tmp"
    legacy = build / "en" / "LC_MESSAGES" / ".a.mo.k2j4h5g6.tmp"
    kept = [
        build / "en" / "a.html",
        build / "en" / ".notes.tmp",  # a dot and .tmp, but neither pattern
        build / "en" / "a.digestl10n-abcd1234.tmp",  # no leading dot
        locales / ".a.po.abcd1234.tmp",  # legacy-like, where only marked files are ours
    ]
    for path in [marked, legacy, *kept]:
        path.write_bytes(b"")
    removed = clean_stale([locales, build], legacy=[build])
    assert sorted(removed) == sorted([marked, legacy])
    assert all(path.exists() for path in kept)
    assert clean_stale([locales, build], legacy=[build]) == []


# --- Explicit inputs ----------------------------------------------------------------------------


def test_a_named_glossary_that_is_missing_stops_every_command(project):
    pyproject = project / "pyproject.toml"
    pyproject.write_text(pyproject.read_text() + 'glossary = "terms/glossary.tsv"\n', "utf-8")
    for args in (["extract"], ["check"], ["status"], ["build", "--all"]):
        result = cli(project, *args)
        assert result.exit_code == 2, args
        assert result.stderr.startswith("Error: terms/glossary.tsv: glossary file not found")
        assert "Traceback" not in result.output
    assert not (project / "locales").exists()


def test_without_a_glossary_variants_convert_and_extract_says_so_once(project):
    pyproject = project / "pyproject.toml"
    variants = '[tool.digestl10n.variants]\nzh-TW = { base = "zh-Hans", opencc = "s2twp" }\n'
    pyproject.write_text(pyproject.read_text() + variants, "utf-8")
    result = cli(project, "extract")
    assert result.exit_code == 0, result.output
    assert result.output.count("note: no glossary (glossary.tsv)") == 1


def _zh_hant_only_glossary(project: Path) -> None:
    lines = (ROOT / "glossary.tsv").read_text(encoding="utf-8").splitlines()
    out = []
    for line in lines:
        if line.startswith("#") or not line:
            out.append(line)
            continue
        cells = line.split("\t")
        out.append("\t".join([cells[0], cells[2], *cells[5:]]))  # zh-Hans, zh-Hant, notes
    (project / "glossary.tsv").write_text("\n".join(out) + "\n", encoding="utf-8")


def test_a_zh_hant_column_serves_zh_tw_and_says_so(project):
    _zh_hant_only_glossary(project)
    assert cli(project, "extract").exit_code == 0
    tw = parse_po((project / f"locales/zh_TW/LC_MESSAGES/{ARTICLE}.po").read_text("utf-8"))
    assert any("glossary: 大语言模型 → 大型語言模型" in (e.comment or "") for e in tw)
    lint = cli(project, "glossary", "lint")
    assert "no column for zh-TW: using the zh-Hant column (fallback)" in lint.stderr
    assert "no column for zh-HK: using the zh-Hant column (fallback)" in lint.stderr
    assert "no column for the target language en: " in lint.stderr
    check = cli(project, "check", "--lang", "zh-TW")
    assert "warning: glossary.tsv: no column for zh-TW: using the zh-Hant column" in check.stderr
    # and the checks use it: a zh-TW translation lacking the zh-Hant rendering is found
    path = project / f"locales/zh_TW/LC_MESSAGES/{ARTICLE}.po"
    po = parse_po(path.read_text(encoding="utf-8"))
    entry = next(e for e in po if "大语言模型" in e.msgid)
    entry.msgstr = "某種語言模型。"
    path.write_text(format_po(po), encoding="utf-8")
    found = cli(project, "check", "--lang", "zh-TW", "--check", "glossary")
    assert "[glossary]" in found.output and "大语言模型 → 大型語言模型" in found.output


# --- Renames, orphans, memory -------------------------------------------------------------------


def _translate_all(path: Path) -> dict[str, str]:
    po = parse_po(path.read_text(encoding="utf-8"))
    for i, e in enumerate(po):
        if e.msgid and not e.obsolete:
            e.msgstr = f"EN {i}"
            if e.fuzzy:
                e.flags.remove("fuzzy")
    path.write_text(format_po(po), encoding="utf-8")
    return {e.msgid: e.msgstr for e in po if not e.obsolete}


def test_a_renamed_article_takes_its_catalogs_along(project, tmp_path_factory):
    assert cli(project, "extract").exit_code == 0
    translations = _translate_all(project / EN)
    assert cli(project, "build", "--lang", "en").exit_code == 0
    before = (project / "build" / "en" / f"{ARTICLE}.txt").read_bytes()
    old_pot = (project / f"locales/{ARTICLE}.pot").read_bytes()

    (project / "source" / f"{ARTICLE}.txt").rename(project / "source" / "renamed.txt")
    check = cli(project, "extract", "--check")
    assert check.exit_code == 1 and f"would rename {ARTICLE} → renamed" in check.output
    assert (project / EN).exists()  # --check moves nothing
    status = cli(project, "status")
    assert f"warning: orphaned catalogs of {ARTICLE} (5 files)" in status.stderr
    result = cli(project, "extract")
    assert result.exit_code == 0, result.output
    assert f"renamed {ARTICLE} → renamed: its 5 catalog(s) move with it" in result.output
    assert "orphaned" not in result.output + result.stderr
    assert not list((project / "locales").rglob(f"{ARTICLE}.*"))
    po = parse_po((project / "locales/en/LC_MESSAGES/renamed.po").read_text(encoding="utf-8"))
    assert {e.msgid: e.msgstr for e in po if not e.obsolete} == translations
    assert not any(e.fuzzy for e in po)
    # Same content, new path: only the template's references and name lines differ.
    new_pot = (project / "locales/renamed.pot").read_bytes()
    assert new_pot.replace(b"renamed", ARTICLE.encode()) == old_pot
    assert cli(project, "build", "--lang", "en").exit_code == 0
    assert (project / "build" / "en" / "renamed.txt").read_bytes() == before


def test_an_orphan_is_reported_and_pruned_only_on_request(project):
    assert cli(project, "extract").exit_code == 0
    _translate_all(project / EN)
    (project / "source" / f"{ARTICLE}.txt").write_text("完全不同的一篇文章。\n", "utf-8")
    shutil.move(project / "source" / f"{ARTICLE}.txt", project / "source" / "other.txt")
    result = cli(project, "extract")
    assert result.exit_code == 0
    assert f"warning: orphaned catalogs of {ARTICLE} (5 files, 139 translated" in result.stderr
    assert (project / EN).exists()
    assert f"orphaned catalogs of {ARTICLE}" in cli(project, "status").stderr
    pruned = cli(project, "extract", "--prune")
    assert f"pruned {ARTICLE}: removed locales/{ARTICLE}.pot" in pruned.output
    assert "(139 translated entries)" in pruned.output
    assert not (project / EN).exists()
    assert "orphaned" not in cli(project, "status").stderr


def test_memory_offers_exact_matches_as_translated_naming_the_article(project):
    assert cli(project, "extract").exit_code == 0
    translations = _translate_all(project / EN)
    shutil.copy(project / "source" / f"{ARTICLE}.txt", project / "source" / "copy.txt")
    assert cli(project, "extract").exit_code == 0
    po = parse_po((project / "locales/en/LC_MESSAGES/copy.po").read_text(encoding="utf-8"))
    assert all(e.msgstr == translations[e.msgid] and not e.fuzzy for e in po)
    assert all(e.tcomment == f"memory: {ARTICLE}" for e in po)


def test_memory_fuzzy_or_off_by_config(project):
    assert cli(project, "extract").exit_code == 0
    _translate_all(project / EN)
    shutil.copy(project / "source" / f"{ARTICLE}.txt", project / "source" / "copy.txt")
    pyproject = project / "pyproject.toml"
    text = pyproject.read_text()
    pyproject.write_text(text + 'memory = "fuzzy"\n', "utf-8")
    assert cli(project, "extract").exit_code == 0
    po = parse_po((project / "locales/en/LC_MESSAGES/copy.po").read_text(encoding="utf-8"))
    assert all(e.fuzzy and e.msgstr for e in po)
    pyproject.write_text(text + 'memory = "never"\n', "utf-8")
    bad = cli(project, "extract")
    assert bad.exit_code == 2 and "memory: expected one of translated, fuzzy, off" in bad.stderr
