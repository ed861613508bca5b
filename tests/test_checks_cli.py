"""`digestl10n check` end to end: planted faults found exactly, exit codes, JSON schema, config."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from collections import Counter
from importlib import resources
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from digestl10n.cli import main
from digestl10n.po import parse_po

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = Path(__file__).resolve().parent / "data" / "checks" / "project"


@pytest.fixture
def faults(tmp_path: Path) -> Path:
    """A copy of the planted-faults project: each entry marked `# planted: <check>` is wrong."""
    root = tmp_path / "faults"
    shutil.copytree(FIXTURE, root)
    return root


def check(root: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["-C", str(root), "check", *args])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


def planted(root: Path) -> set[tuple[str, int, str]]:
    """(catalog, line, check) of every fault the fixture plants, from its translator comments."""
    out = set()
    for po_file in sorted(root.glob("locales/*/LC_MESSAGES/*.po")):
        rel = po_file.relative_to(root).as_posix()
        for e in parse_po(po_file.read_text(encoding="utf-8"), rel):
            for line in e.tcomment.splitlines():
                if line.startswith("planted: "):
                    out.add((rel, e.linenum, line.removeprefix("planted: ")))
    return out


def test_every_planted_fault_and_nothing_else(faults: Path) -> None:
    code, out, _ = check(faults, "--format", "json")
    report = json.loads(out)
    found = {(f["path"], f["line"], f["check"]) for f in report["findings"]}
    expected = planted(faults)
    assert found == expected
    per_check = Counter(c for _, _, c in expected)
    for name in ("numbers", "untranslated", "language", "urls", "markup", "stale-numbers"):
        assert per_check[name] >= 3, name
    for name in ("glossary", "forbidden"):
        assert per_check[name] >= 2, name
    assert code == 1


def test_findings_name_what_is_wrong(faults: Path) -> None:
    _, out, _ = check(faults, "--lang", "en", "--article", "faults", "--check", "numbers")
    assert (
        "locales/en/LC_MESSAGES/faults.po:90: [numbers] error: not in the translation: "
        "3.15亿 (315,000,000); not in the source: 31.5 million (31,500,000)\n"
        "    article:     source/faults.txt:15\n"
        "    source:      它涵盖了163种语言、3.15亿文档" in out
    )
    assert "    translation: It covers 163 languages, 31.5 million documents" in out
    assert out.rstrip().endswith("1 catalog(s), 28 entries checked: 7 error(s), 0 warning(s)")


def test_json_validates_against_the_published_schema(faults: Path) -> None:
    schema = json.loads(
        resources.files("digestl10n.checks").joinpath("findings.schema.json").read_text()
    )
    jsonschema.Draft202012Validator.check_schema(schema)
    _, out, _ = check(faults, "--format", "json")
    report = json.loads(out)
    jsonschema.validate(report, schema)
    assert report["summary"] == {"catalogs": 4, "entries": 61, "errors": 32, "warnings": 3}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**report, "findings": [{"path": "x.po", "line": 0}]}, schema)


def test_exit_codes(faults: Path) -> None:
    assert check(faults)[0] == 1  # errors
    assert check(faults, "--check", "stale-numbers")[0] == 0  # warnings only
    assert check(faults, "--lang", "zh-HK", "--check", "urls,glossary,forbidden")[0] == 0  # clean
    for args, needle in [
        (("--check", "nubmers"), "unknown check 'nubmers'"),
        (("--lang", "fr"), "fr is not a target language"),
        (("--lang", "xx-YY"), "unknown language tag"),
        (("--article", "nope"), "no catalogs for article 'nope'"),
        (("--format", "xml"), "Invalid value for '--format'"),
    ]:
        code, out, err = check(faults, *args)
        assert code == 2 and needle in err and out == "", args


def test_a_broken_catalog_is_an_input_error_naming_its_line(faults: Path) -> None:
    po = faults / "locales" / "en" / "LC_MESSAGES" / "links.po"
    po.write_text(po.read_text(encoding="utf-8") + '\nmsgid "dangling\n', encoding="utf-8")
    code, out, err = check(faults)
    assert code == 2 and out == ""
    assert err.startswith("Error: locales/en/LC_MESSAGES/links.po:")


def test_no_catalogs_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.digestl10n]\ntargets = ["en"]\n', encoding="utf-8"
    )
    code, _, err = check(tmp_path)
    assert code == 2 and "run `digestl10n extract` first" in err


def test_config_switches_checks_off_or_to_warning(faults: Path) -> None:
    pyproject = faults / "pyproject.toml"
    pyproject.write_text(
        pyproject.read_text(encoding="utf-8")
        + '\n[tool.digestl10n.checks]\nnumbers = "warning"\nlanguage = "off"\n'
        'untranslated = "off"\n'
        'urls = "off"\nmarkup = "off"\nglossary = "off"\nforbidden = "off"\n',
        encoding="utf-8",
    )
    code, out, _ = check(faults, "--format", "json")
    report = json.loads(out)
    assert code == 0  # what is left are warnings
    assert {f["check"] for f in report["findings"]} == {"numbers", "stale-numbers"}
    assert {f["severity"] for f in report["findings"]} == {"warning"}
    assert report["checks"]["language"] == "off"
    _, listing, _ = check(faults, "--list")
    assert "numbers        warning" in listing and "language       off" in listing


def test_a_misspelt_check_in_config_names_its_line(faults: Path) -> None:
    pyproject = faults / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8") + '\n[tool.digestl10n.checks]\nnumber = "off"\n'
    pyproject.write_text(text, encoding="utf-8")
    code, _, err = check(faults)
    assert code == 2
    assert (
        f"Error: pyproject.toml:{text.count(chr(10))}: "
        "[tool.digestl10n.checks]: unknown check 'number'" in err
    )


def test_list_shows_every_check_with_its_title(faults: Path) -> None:
    code, out, _ = check(faults, "--list")
    names = [line.split()[0] for line in out.splitlines()]
    assert code == 0
    assert {"language", "untranslated", "numbers", "stale-numbers", "urls", "markup"} <= set(names)
    assert names == sorted(names)


def test_a_big_catalog_split_over_processes_gives_the_same_report(
    faults: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from digestl10n import checking as check_module

    _, serial, _ = check(faults, "--format", "json")
    pieces: list[int] = []
    cut = check_module._chunks

    def chunks(text: str, n: int) -> tuple[tuple[int, int, int], ...]:
        pieces.append(len(cut(text, n)))
        return cut(text, n)

    monkeypatch.setattr(check_module, "_workers", lambda size: 2)  # every catalog counts as big
    monkeypatch.setattr(check_module, "_chunks", chunks)
    _, parallel, _ = check(faults, "--format", "json")
    assert pieces and all(n > 2 for n in pieces)  # every catalog cut into several pieces
    assert parallel == serial


def test_chunks_cut_between_entries() -> None:
    from digestl10n.checking import _chunks

    text = (FIXTURE / "locales" / "en" / "LC_MESSAGES" / "faults.po").read_text(encoding="utf-8")
    pieces = _chunks(text, 3)
    assert len(pieces) == 3 and pieces[0][0] == 0 and pieces[-1][1] == len(text)
    entries = 0
    for start, end, lines_before in pieces:
        assert text.count("\n", 0, start) == lines_before
        entries += len(parse_po(text[start:end], "piece.po"))
    assert entries == len(parse_po(text, "whole.po"))


def test_the_bundled_project_has_no_error(tmp_path: Path) -> None:
    """The bundled digest, its English edition and OpenCC editions: nothing at error severity."""
    root = tmp_path / "bundled"
    root.mkdir()
    for name in ("pyproject.toml", "glossary.tsv"):
        shutil.copy(ROOT / name, root / name)
    shutil.copytree(ROOT / "source", root / "source")
    shutil.copytree(ROOT / "locales", root / "locales")
    extracted = CliRunner().invoke(main, ["-C", str(root), "extract"])
    assert extracted.exit_code == 0, extracted.output
    code, out, _ = check(root, "--format", "json")
    report = json.loads(out)
    errors = [f for f in report["findings"] if f["severity"] == "error"]
    assert errors == [] and code == 0
    assert report["summary"]["catalogs"] == 4


def test_check_loads_neither_the_merge_matcher_nor_the_build(faults: Path) -> None:
    """Subcommands load on first use: `check` pays for no fuzzy matcher, renderer or builder."""
    probe = (
        "import sys\n"
        "from digestl10n.cli import main\n"
        "try:\n"
        "    main(['-C', sys.argv[1], 'check', '--format', 'json'])\n"
        "except SystemExit:\n"
        "    pass\n"
        "wanted = ('rapidfuzz', 'digestl10n.extract', 'digestl10n.publish', 'digestl10n.render')\n"
        "print(sorted(m for m in sys.modules if m.startswith(wanted)), file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe, str(faults)], capture_output=True, text=True, check=True
    )
    assert done.stderr.strip().splitlines()[-1] == "[]"
    assert json.loads(done.stdout)["summary"]["catalogs"] == 4
