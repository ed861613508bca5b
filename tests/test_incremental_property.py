"""The cache never changes a byte: after any mix of edits, a cached run writes what a cold one does.

Over real-shaped Markdown articles (the conformance corpus) and the bundled
glossary, hypothesis draws a sequence of what a team does between two runs —
an editor's source edit, an article added or removed, a translator's save, a
glossary row added or changed — and after each step compares the project as
extract leaves it with the cache and without it (`--no-cache` on a copy).
"""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from digestl10n.cli import main
from digestl10n.incremental import CACHE_NAME
from digestl10n.po import format_po, parse_po

from .conftest import ROOT

CORPUS = ROOT / "tests" / "data" / "corpus"
ARTICLES = sorted(CORPUS.glob("zh-0*.md"))
PYPROJECT = """[tool.digestl10n]
source_language = "zh-Hans"
targets = ["en", "zh-Hant", "zh-TW", "zh-HK"]
glossary = "glossary.tsv"

[tool.digestl10n.variants]
zh-Hant = { base = "zh-Hans", opencc = "s2t" }
zh-TW = { base = "zh-Hans", opencc = "s2twp" }
zh-HK = { base = "zh-Hans", opencc = "s2hk" }
"""

STEP = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 99), st.sampled_from(["模型", "数据", "。", "\n"])),
    st.tuples(st.just("add"), st.integers(0, 99), st.just("")),
    st.tuples(st.just("remove"), st.integers(0, 99), st.just("")),
    st.tuples(st.just("translate"), st.integers(0, 99), st.sampled_from(["en", "zh_TW"])),
    # A term of the glossary (its row changed) or of the articles only (a row added).
    st.tuples(
        st.just("glossary"), st.integers(0, 99), st.sampled_from(["模型", "开源", "周刊", "工具"])
    ),
)


def _extract(project: Path, *args: str) -> None:
    result = CliRunner().invoke(
        main,
        ["-C", str(project), "extract", "-q", *args],
        env={"SOURCE_DATE_EPOCH": "1718000000"},
    )
    assert result.exit_code == 0, result.output


def _outputs(project: Path) -> dict[str, bytes]:
    return {
        p.relative_to(project).as_posix(): p.read_bytes()
        for p in sorted((project / "locales").rglob("*"))
        if p.is_file() and p.name != CACHE_NAME
    }


def _apply(project: Path, step: tuple[str, int, str]) -> None:
    kind, n, arg = step
    sources = sorted((project / "source").glob("*.md"))
    if kind == "edit" and sources:
        src = sources[n % len(sources)]
        text = src.read_text(encoding="utf-8")
        at = text.find(arg, len(text) * (n % 7) // 7)
        text = (
            text + f"\n新增的第{n}段,讲{arg.strip() or '换行'}。\n"
            if at < 0
            else text[:at] + "改" + text[at:]
        )
        src.write_text(text, encoding="utf-8")
    elif kind == "add":
        shutil.copy(ARTICLES[n % len(ARTICLES)], project / "source" / f"added-{n}.md")
    elif kind == "remove" and len(sources) > 1:
        sources[n % len(sources)].unlink()
    elif kind == "translate":
        catalogs = sorted((project / "locales" / arg / "LC_MESSAGES").glob("*.po"))
        if catalogs:
            path = catalogs[n % len(catalogs)]
            po = parse_po(path.read_text(encoding="utf-8"))
            for i, e in enumerate(e for e in po if not e.obsolete):
                if i % 3 == n % 3:
                    e.msgstr = f"[{arg}] {e.msgid}"
            path.write_text(format_po(po), encoding="utf-8")
    elif kind == "glossary":
        gl = project / "glossary.tsv"
        text = gl.read_text(encoding="utf-8")
        row = next((r for r in text.splitlines() if r.split("\t")[0] == arg), None)
        if row is not None:  # a changed row: its English, zh-TW or zh-HK cell, or its note
            cells = row.split("\t")
            column = (1, 3, 4, 6)[n % 4]
            if column in (1, 6):
                cells[column] = f"term{n}"
            elif f"詞{n}|" not in cells[column]:  # listed twice, the glossary would be refused
                cells[column] = f"詞{n}|{cells[column]}"
            text = text.replace(row, "\t".join(cells))
        else:  # a new row, its term in the articles
            text += f"{arg}\tterm{n}\t=\t=\t=\t\t\n"
        gl.write_text(text, encoding="utf-8")


@settings(
    max_examples=8,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(STEP, min_size=1, max_size=4))
# Each kind of step at least once, whatever hypothesis draws.
@example(steps=[("glossary", 1, "模型"), ("glossary", 2, "周刊")])
@example(steps=[("glossary", 1, "开源"), ("glossary", 2, "开源"), ("glossary", 3, "开源")])
@example(steps=[("edit", 3, "模型"), ("translate", 1, "zh_TW"), ("edit", 5, "\n")])
# The same rendering added twice to one cell: the second edit leaves the row as it is.
@example(steps=[("glossary", 1, "模型"), ("glossary", 1, "模型"), ("glossary", 1, "开源")])
@example(steps=[("add", 7, ""), ("translate", 2, "en"), ("remove", 0, "")])
def test_a_cached_run_writes_what_a_cold_run_writes(tmp_path_factory, steps):
    project = tmp_path_factory.mktemp("cached")
    (project / "source").mkdir()
    (project / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    shutil.copy(ROOT / "glossary.tsv", project / "glossary.tsv")
    for src in ARTICLES[:5]:
        shutil.copy(src, project / "source" / src.name)
    _extract(project)
    for step in steps:
        _apply(project, step)
        cold = project.parent / f"{project.name}-cold"
        shutil.rmtree(cold, ignore_errors=True)
        shutil.copytree(project, cold)
        _extract(project)
        _extract(cold, "--no-cache")
        assert _outputs(project) == _outputs(cold), step
