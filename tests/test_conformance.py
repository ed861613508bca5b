"""Conformance on real catalogs the team did not write: the zh catalogs Sphinx and Django ship.

Both are pinned test extras (pyproject.toml), found through importlib.metadata.
For each catalog, and for a richer one GNU msgmerge derives from it (fuzzy
entries with `#|`, plural `#| msgid_plural`, obsolete entries), against gettext:
load+save is msgcat's output; msgfmt's statistics do not change; a merge with
the catalog's own template agrees with `msgmerge --previous` on the counts, the
Plural-Forms and every `#|` line; `msgfmt -c` accepts every result.
"""

from __future__ import annotations

import importlib.metadata
import re
import shutil
import subprocess
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from digestl10n.catalog import sync, translated_counts
from digestl10n.languages import parse_language
from digestl10n.po import format_po, parse_po
from digestl10n.po.charset import declared_charset, is_utf8
from digestl10n.project import decode_catalog

pytestmark = [
    pytest.mark.gettext,
    pytest.mark.skipif(shutil.which("msgmerge") is None, reason="GNU gettext tools not on PATH"),
]


def _catalogs() -> list[tuple[str, Path]]:
    out = []
    for dist in ("sphinx", "django"):
        for f in importlib.metadata.files(dist) or ():
            name = str(f)
            if name.endswith(".po") and "/locale/zh" in name:
                out.append((name, Path(str(f.locate()))))
    return sorted(out)


CATALOGS = _catalogs()


def test_the_packages_ship_the_catalogs() -> None:
    names = [n for n, _ in CATALOGS]
    assert "sphinx/locale/zh_TW.Big5/LC_MESSAGES/sphinx.po" in names
    assert sum("django/" in n for n in names) >= 24


def _run(*args: str, stdin: bytes | None = None) -> bytes:
    return subprocess.run(args, input=stdin, capture_output=True, check=True).stdout


def _language(name: str):
    return parse_language(name.split("/locale/")[1].split("/")[0].split(".")[0])


@cache
def _own_template(path: Path, tmp: Path) -> Path:
    """The catalog's template made by gettext: active msgids, every msgstr emptied."""
    pot = tmp / (re.sub(r"\W", "_", str(path)) + ".pot")
    active = _run("msgattrib", "--no-obsolete", "--clear-fuzzy", "--clear-previous", str(path))
    subprocess.run(
        ["msgfilter", "--keep-header", "-o", str(pot), "sed", "-e", "d"],
        input=active,
        capture_output=True,
        check=True,
    )
    return pot


def _revised(pot: Path, out: Path) -> Path:
    """The template with every third msgid reworded and every eleventh gone."""
    blocks = pot.read_text(encoding="utf-8").split("\n\n")
    kept = [blocks[0]]
    for i, block in enumerate(blocks[1:], 1):
        if i % 11 == 0:
            continue
        if i % 3 == 0:
            block = re.sub(r'^msgid "(.)', r'msgid "Now \1', block, count=1, flags=re.M)
        kept.append(block)
    out.write_text("\n\n".join(kept), encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def work(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("conformance")


@pytest.fixture(scope="module", params=[n for n, _ in CATALOGS], ids=lambda n: n)
def case(request: pytest.FixtureRequest, work: Path) -> tuple[str, Path, Path]:
    """(name, catalog, its template) for the shipped catalog; its msgmerge-derived twin follows."""
    name = request.param
    path = dict(CATALOGS)[name]
    return name, path, _own_template(path, work)


def _variants(case: tuple[str, Path, Path], work: Path) -> list[tuple[str, Path, Path]]:
    """The shipped catalog, and the one msgmerge makes of it for a revised template."""
    name, path, pot = case
    stem = re.sub(r"\W", "_", name)
    revised = _revised(pot, work / f"{stem}.revised.pot")
    derived = work / f"{stem}.derived.po"
    derived.write_bytes(_run("msgmerge", "-q", "--previous", str(path), str(revised)))
    return [(name, path, pot), (name + " (msgmerge-derived)", derived, revised)]


def _load(path: Path, name: str):
    return parse_po(decode_catalog(path.read_bytes(), name), name)


def _msgfmt_check(text: bytes, work: Path) -> str:
    """msgfmt -c --statistics of `text`: its statistics line (raises if msgfmt refuses it)."""
    src = work / "check.po"
    src.write_bytes(text)
    done = subprocess.run(
        ["msgfmt", "-c", "--statistics", "-o", "/dev/null", str(src)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    return done.stderr.strip().splitlines()[-1]


def _previous_lines(text: str) -> Counter[str]:
    return Counter(line for line in text.splitlines() if line.startswith(("#|", "#~|")))


def test_load_save_is_msgcat(case: tuple[str, Path, Path], work: Path) -> None:
    for name, path, _ in _variants(case, work):
        data = path.read_bytes()
        declared = declared_charset(data)
        # Our charset policy: written back in UTF-8, which is msgcat -t UTF-8.
        to_utf8 = [] if declared is None or is_utf8(declared[0]) else ["-t", "UTF-8"]
        expected = _run("msgcat", *to_utf8, str(path))
        ours = format_po(_load(path, name)).encode("utf-8")
        assert ours == expected, name
        assert _msgfmt_check(ours, work) == _msgfmt_check(data, work), name


def test_merge_with_own_template_is_msgmerge(case: tuple[str, Path, Path], work: Path) -> None:
    for name, path, pot in _variants(case, work):
        expected = _run("msgmerge", "-q", "--previous", str(path), str(pot)).decode("utf-8")
        template = parse_po(pot.read_text(encoding="utf-8"), str(pot))
        merged, _ = sync(_load(path, name), template, _language(name), name="conformance")
        ours = format_po(merged)
        theirs_po, ours_po = parse_po(expected), parse_po(ours)
        assert translated_counts(ours_po) == translated_counts(theirs_po), name
        assert ours_po.metadata.get("Plural-Forms") == theirs_po.metadata.get("Plural-Forms")
        assert _previous_lines(ours) == _previous_lines(expected), name
        _msgfmt_check(ours.encode("utf-8"), work)


def test_the_derived_catalogs_hold_what_the_suite_is_for(work: Path) -> None:
    """The msgmerge-derived twins do hold fuzzy, obsolete, #| and #| msgid_plural lines."""
    seen: Counter[str] = Counter()
    for name, path in CATALOGS:
        if "django/conf/" not in name and "sphinx/locale/zh_CN" not in name:
            continue
        pot = _own_template(path, work)
        _, (_, derived, _) = _variants((name, path, pot), work)
        text = derived.read_text(encoding="utf-8")
        seen["#| msgid"] += text.count("\n#| msgid ")
        seen["#| msgid_plural"] += text.count("\n#| msgid_plural ")
        seen["#~"] += text.count("\n#~ msgid ")
        seen["plural"] += text.count("\nmsgstr[0]")
    assert all(seen[k] for k in ("#| msgid", "#| msgid_plural", "#~", "plural")), seen
