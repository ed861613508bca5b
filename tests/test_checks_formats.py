"""`check --format json|sarif|github|markdown`: every finding at its catalog and source lines."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jsonschema
import pytest

from digestl10n.checking import SCHEMA_VERSION
from tests.test_checks_cli import check, faults, planted  # noqa: F401  # faults: fixture

SARIF_SCHEMA = Path(__file__).resolve().parent / "data" / "sarif" / "sarif-schema-2.1.0.json"


def _json(root: Path) -> list[dict[str, object]]:
    return json.loads(check(root, "--format", "json")[1])["findings"]


def _source_lines(root: Path) -> dict[tuple[str, int], tuple[str, int]]:
    """(catalog, line) → (article, line) from the `#:` references, read apart from the tool."""
    out = {}
    for po in root.glob("locales/*/LC_MESSAGES/*.po"):
        rel = po.relative_to(root).as_posix()
        lines = po.read_text(encoding="utf-8").splitlines()
        ref = None
        for n, text in enumerate(lines, 1):
            if text.startswith("#: "):
                path, _, line = text[3:].split()[0].rpartition(":")
                ref = (path, int(line))
            elif text.startswith("msgid ") and ref is not None:
                out[rel, n] = ref
                ref = None
    return out


def test_json_findings_carry_the_source_file_and_line(faults: Path) -> None:  # noqa: F811
    report = json.loads(check(faults, "--format", "json")[1])
    assert report["version"] == SCHEMA_VERSION == 2
    where = _source_lines(faults)
    assert report["findings"]
    for f in report["findings"]:
        assert (f["source_file"], f["source_line"]) == where[f["path"], f["line"]], f


def test_json_without_references_has_null_source(faults: Path) -> None:  # noqa: F811
    po = faults / "locales/en/LC_MESSAGES/faults.po"
    po.write_text(re.sub(r"(?m)^#: .*\n", "", po.read_text(encoding="utf-8")), encoding="utf-8")
    findings = [f for f in _json(faults) if f["path"].endswith("en/LC_MESSAGES/faults.po")]
    assert findings and all(f["source_file"] is None and f["source_line"] is None for f in findings)


def test_sarif_validates_against_the_official_schema_and_points_at_sources(
    faults: Path,  # noqa: F811
) -> None:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    assert schema["id"].endswith("/sarif-schema-2.1.0.json")  # the OASIS schema, vendored
    code, out, _ = check(faults, "--format", "sarif")
    assert code == 1
    sarif = json.loads(out)
    jsonschema.Draft4Validator(schema).validate(sarif)
    with pytest.raises(jsonschema.ValidationError):  # the schema does bite
        jsonschema.Draft4Validator(schema).validate({**sarif, "version": "2.0.0"})
    run = sarif["runs"][0]
    results = run["results"]
    expected = json.loads(check(faults, "--format", "json")[1])["findings"]
    assert len(results) == len(expected)
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    for r, f in zip(results, expected, strict=True):
        assert r["ruleId"] == f["check"] == rules[r["ruleIndex"]]
        assert r["level"] == f["severity"]
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uri"] == f["source_file"]
        assert loc["region"]["startLine"] == f["source_line"]
        related = r["relatedLocations"][0]["physicalLocation"]
        assert related["artifactLocation"]["uri"] == f["path"]
        assert related["region"]["startLine"] == f["line"]
        assert f["message"] in r["message"]["text"]


def test_github_annotations(faults: Path) -> None:  # noqa: F811
    code, out, _ = check(faults, "--format", "github")
    assert code == 1
    lines = out.splitlines()
    expected = _json(faults)
    assert len(lines) == len(expected)
    pattern = re.compile(r"^::(error|warning) file=([^,]+),line=(\d+),title=([^:]+)::(.+)$")
    for line, f in zip(lines, expected, strict=True):
        m = pattern.match(line)
        assert m, line
        assert (m[1], m[2], int(m[3])) == (f["severity"], f["source_file"], f["source_line"])
        assert "\n" not in m[5] and "%0Acatalog%3A" not in m[5]
        assert m[5].endswith(f"%0Acatalog: {f['path']}:{f['line']}")


def test_github_escapes_percent_and_newlines() -> None:
    from digestl10n.checking import CheckResult, github_report
    from digestl10n.model import Finding, Severity

    f = Finding("numbers", Severity.WARNING, "l/x.po", 3, "5% off\nnext", source_path="a,b:c.md")
    (line,) = github_report(CheckResult((f,), 1, 1))
    assert line == (
        "::warning file=a%2Cb%3Ac.md,title=digestl10n numbers ()::"
        "5%25 off%0Anext%0Acatalog: l/x.po:3"
    )


def test_markdown_summary_table(faults: Path) -> None:  # noqa: F811
    code, out, _ = check(faults, "--format", "markdown")
    assert code == 1
    expected = _json(faults)
    per_check: dict[str, list[int]] = {}
    for f in expected:
        counts = per_check.setdefault(f["check"], [0, 0])
        counts[f["severity"] == "warning"] += 1
    lines = out.splitlines()
    assert lines[0] == "## digestl10n check"
    for name, (errors, warnings) in per_check.items():
        assert f"| {name} | {errors} | {warnings} |" in lines
    rows = [ln for ln in lines if ln.startswith(("| error |", "| warning |"))]
    assert len(rows) == len(expected)
    for row, f in zip(rows, expected, strict=True):
        assert f"| {f['source_file']}:{f['source_line']} | {f['path']}:{f['line']} |" in row
        assert row.count(" | ") == 4  # no pipe of a message breaks the table


def test_clean_project_formats(tmp_path: Path) -> None:
    from digestl10n.checking import CheckResult, markdown_report, sarif_report

    empty = CheckResult((), 2, 10)
    assert markdown_report(empty)[2] == "2 catalog(s), 10 entries checked: no problems found"
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(sarif_report(empty, ["numbers"], {}))
