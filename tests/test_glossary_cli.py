"""`digestl10n glossary lint|export`, and extract's term comments, as a user runs them."""

from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from digestl10n.cli import main
from digestl10n.glossary import load_glossary
from digestl10n.po import parse_po

from .conftest import needs_gettext

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data" / "glossary"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def run(project: Path, *args: str):
    return CliRunner().invoke(
        main, ["-C", str(project), *args], env={"SOURCE_DATE_EPOCH": "1718000000"}
    )


@pytest.fixture
def with_glossary(project: Path) -> Path:
    shutil.copy(ROOT / "glossary.tsv", project / "glossary.tsv")
    return project


def test_lint_passes_on_the_project_glossary(with_glossary):
    result = run(with_glossary, "glossary", "lint")
    assert result.exit_code == 0, result.output
    assert re.match(
        r"glossary\.tsv: \d+ concepts in 5 languages "
        r"\(zh-Hans, en, zh-Hant, zh-TW, zh-HK\); no errors",
        result.stdout,
    )


MALFORMED = sorted(DATA.glob("malformed/*.tsv"))


@pytest.mark.parametrize("path", MALFORMED, ids=[p.stem for p in MALFORMED])
def test_lint_names_the_line_of_each_malformed_file_and_exits_2(project, path):
    shutil.copy(path, project / "glossary.tsv")
    line = re.match(r"# expect (\d+): ", path.read_text(encoding="utf-8")).group(1)
    result = run(project, "glossary", "lint")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: glossary.tsv:{line}: ")


def test_lint_lists_every_error_and_warns_about_missing_columns(project):
    (project / "glossary.tsv").write_text("zh-Hans\ten\nLLM\t=\nLLM\t=\nx\n", encoding="utf-8")
    result = run(project, "glossary", "lint")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "Error: glossary.tsv:3: duplicate zh-Hans term 'LLM': already on line 2",
        "Error: glossary.tsv:4: expected 2 tab-separated columns as in the header (line 1), "
        "found 1",
        "glossary.tsv: 2 error(s)",
    ]
    (project / "glossary.tsv").write_text("zh-Hans\ten\tzh-TW\nLLM\t=\t\n", encoding="utf-8")
    result = run(project, "glossary", "lint")
    assert result.exit_code == 0
    assert "warning: glossary.tsv: no column for the target language zh-Hant" in result.stderr
    assert "warning: glossary.tsv: 1 concept(s) have no zh-TW rendering (lines 2)" in result.stderr


def test_commands_without_a_glossary_file_exit_2(project):
    for args in (("glossary", "lint"), ("glossary", "export", "--format", "csv")):
        result = run(project, *args)
        assert result.exit_code == 2
        assert result.stderr.startswith("Error: glossary.tsv: no glossary file")


def test_tbx_export_is_well_formed_one_entry_per_concept_a_langset_per_column(
    with_glossary, tmp_path
):
    out = tmp_path / "glossary.tbx"
    result = run(with_glossary, "glossary", "export", "--format", "tbx", "-o", str(out))
    assert result.exit_code == 0, result.output
    glossary = load_glossary((ROOT / "glossary.tsv").read_text(encoding="utf-8"), "glossary.tsv")
    root = ET.parse(out).getroot()  # raises on anything not well-formed
    assert root.tag == "martif" and root.get("type") == "TBX"
    entries = root.findall("./text/body/termEntry")
    assert len(entries) == len(glossary.concepts)
    for entry, concept in zip(entries, glossary.concepts, strict=True):
        langs = [ls.get(XML_LANG) for ls in entry.findall("langSet")]
        assert langs == [
            lang.tag
            for lang in glossary.languages
            if glossary.accepted(concept, lang) or glossary.forbidden(concept, lang)
        ]
        for ls in entry.findall("langSet"):
            lang = glossary.language(ls.get(XML_LANG))
            statuses = [(t.findtext("term"), t.findtext("termNote")) for t in ls.findall("tig")]
            want = [
                (t, "preferredTerm-admn-sts" if i == 0 else "admittedTerm-admn-sts")
                for i, t in enumerate(glossary.accepted(concept, lang))
            ]
            want += [(t, "deprecatedTerm-admn-sts") for t in glossary.forbidden(concept, lang)]
            assert statuses == want
    # A concept complete in every column has a langSet per column.
    first = entries[0]
    assert [ls.get(XML_LANG) for ls in first.findall("langSet")] == [
        "zh-Hans",
        "en",
        "zh-Hant",
        "zh-TW",
        "zh-HK",
    ]
    # Stdout and -o give the same bytes.
    assert (
        run(with_glossary, "glossary", "export", "--format", "tbx").stdout_bytes == out.read_bytes()
    )


def test_tbx_reads_back_in_translate_toolkit(with_glossary):
    """Weblate imports TBX through Translate Toolkit's reader."""
    tbx = pytest.importorskip("translate.storage.tbx")
    data = run(with_glossary, "glossary", "export", "--format", "tbx").stdout_bytes
    store = tbx.tbxfile.parsestring(data, sourcelanguage="zh-Hans", targetlanguage="zh-TW")
    by_source = {u.source: u for u in store.units}
    unit = by_source["大语言模型"]
    assert unit.target == "大型語言模型"
    assert [(t.text, t.deprecated) for t in unit.get_target_terms("zh-TW")] == [
        ("大型語言模型", False),
        ("大語言模型", True),
    ]
    assert [t.text for t in unit.get_target_terms("en")] == ["large language model"]


def test_csv_export_has_a_row_per_concept(with_glossary):
    result = run(with_glossary, "glossary", "export", "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0][:7] == ["zh-Hans", "en", "zh-Hant", "zh-TW", "zh-HK", "note", "domain"]
    assert "zh-TW forbidden" in rows[0]
    big = next(r for r in rows if r[0] == "大语言模型; 大型语言模型")
    assert big[1] == "large language model" and big[3] == "大型語言模型"
    assert big[rows[0].index("zh-TW forbidden")] == "大語言模型"
    glossary = load_glossary((ROOT / "glossary.tsv").read_text(encoding="utf-8"), "glossary.tsv")
    assert len(rows) == 1 + len(glossary.concepts)


def test_export_to_a_file_in_a_missing_folder_is_created(with_glossary, tmp_path):
    out = tmp_path / "deep" / "g.csv"
    result = run(with_glossary, "glossary", "export", "--format", "csv", "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("zh-Hans,en,")


# --- extract writes the term comments (Done when 2)


def test_extract_writes_term_comments_for_each_language(with_glossary):
    assert run(with_glossary, "extract").exit_code == 0
    expect = {
        "en": "#. glossary: 大语言模型 → large language model",
        "zh_TW": "#. glossary: 大语言模型 → 大型語言模型 (not 大語言模型)",
        "zh_HK": "#. glossary: 大语言模型 → 大型語言模型 (not 大語言模型)",
        "zh_Hant": "#. glossary: 大语言模型 → 大型語言模型 (also 大語言模型)",
    }
    for locale, line in expect.items():
        text = (with_glossary / f"locales/{locale}/LC_MESSAGES/digest-2024-06-a.po").read_text(
            encoding="utf-8"
        )
        first = text.split("\n\n")[1]  # the first entry after the header
        assert "#. kind: paragraph\n" in first and line in first, locale
        assert "#. glossary: LLM → LLM" in first
    # The template carries no glossary lines: they depend on the catalog's language.
    assert "glossary:" not in (with_glossary / "locales/digest-2024-06-a.pot").read_text(
        encoding="utf-8"
    )
    # Extracting again changes nothing.
    before = {p: p.read_bytes() for p in with_glossary.glob("locales/**/*.po")}
    assert run(with_glossary, "extract", "--check").exit_code == 0
    assert {p: p.read_bytes() for p in with_glossary.glob("locales/**/*.po")} == before


@needs_gettext
def test_msgfmt_accepts_the_annotated_catalogs(with_glossary):
    assert run(with_glossary, "extract").exit_code == 0
    for po in sorted(with_glossary.glob("locales/*/LC_MESSAGES/*.po")):
        done = subprocess.run(
            ["msgfmt", "--check", "-o", "/dev/null", str(po)], capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        catalog = parse_po(po.read_text(encoding="utf-8"), str(po))
        assert sum("glossary: " in e.comment for e in catalog) > 50
