"""Incremental extract: the cache skips work, never changes a byte of the result."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from digestl10n.catalog import memory_of
from digestl10n.cli import main
from digestl10n.files import write_atomic
from digestl10n.incremental import (
    CACHE_NAME,
    Cache,
    MemoryIndex,
    Record,
    Snapshot,
    Stamp,
    catalog_strings,
    glossary_change,
    msgid_key,
)
from digestl10n.po import format_po, parse_po
from digestl10n.project import decode_catalog

from .conftest import ROOT, SEED

ARTICLE = "digest-2024-06-a"
GLOSSARY = (ROOT / "glossary.tsv").read_text(encoding="utf-8")


def run(project: Path, *args: str) -> str:
    result = CliRunner().invoke(
        main, ["-C", str(project), "extract", *args], env={"SOURCE_DATE_EPOCH": "1718000000"}
    )
    assert result.exit_code == 0, result.output
    return result.output


def outputs(project: Path) -> dict[str, bytes]:
    files = [*project.glob("locales/*.pot"), *project.glob("locales/*/LC_MESSAGES/*.po")]
    return {p.relative_to(project).as_posix(): p.read_bytes() for p in sorted(files)}


def two_articles(project: Path) -> Path:
    """The seed and a sibling sharing most of its text, glossary included."""
    src = project / "source"
    text = (src / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    (src / "sibling.txt").write_text(text.replace("模型", "模形", 3), encoding="utf-8")
    (project / "glossary.tsv").write_text(GLOSSARY, encoding="utf-8")
    return project


def with_variants(project: Path, zh_hk: str = 'zh-HK = { base = "zh-Hans", opencc = "s2hk" }'):
    """The project's Traditional targets filled by OpenCC (zh-HK as given)."""
    (project / "pyproject.toml").write_text(
        (project / "pyproject.toml").read_text(encoding="utf-8")
        + '\n[tool.digestl10n.variants]\nzh-Hant = { base = "zh-Hans", opencc = "s2t" }\n'
        f'zh-TW = {{ base = "zh-Hans", opencc = "s2twp" }}\n{zh_hk}\n',
        encoding="utf-8",
    )


def translate(project: Path, rel: str, prefix: str) -> None:
    po = parse_po((project / rel).read_text(encoding="utf-8"))
    for e in po:
        if not e.obsolete:
            e.msgstr = prefix + e.msgid
    (project / rel).write_text(format_po(po), encoding="utf-8")


def test_nothing_changed_redoes_nothing_and_a_translator_save_redoes_its_article(project):
    two_articles(project)
    assert "2 extracted, 0 up to date" in run(project)
    assert (project / "locales" / CACHE_NAME).is_file()
    assert "0 extracted, 2 up to date" in run(project)
    assert "0 extracted, 2 up to date" in run(project, "--check")
    translate(project, "locales/en/LC_MESSAGES/sibling.po", "EN ")
    out = run(project, "-v")
    assert "1 extracted, 1 up to date" in out and f"source/{ARTICLE}.txt: up to date" in out


def test_outputs_are_the_same_bytes_with_and_without_the_cache(project, tmp_path):
    two_articles(project)
    run(project)
    translate(project, "locales/en/LC_MESSAGES/sibling.po", "EN ")
    run(project)
    # Edits of every kind at once: a source, a translator's save, a glossary row.
    src = project / "source" / f"{ARTICLE}.txt"
    src.write_text(
        src.read_text(encoding="utf-8").replace("注意力模型", "注意力机制模型") + "\n新段落。\n",
        encoding="utf-8",
    )
    translate(project, f"locales/zh_TW/LC_MESSAGES/{ARTICLE}.po", "審:")
    gl = project / "glossary.tsv"
    gl.write_text(gl.read_text(encoding="utf-8").replace("參數", "参量", 1), encoding="utf-8")
    copy = tmp_path / "copy"
    shutil.copytree(project, copy)
    (copy / "locales" / CACHE_NAME).unlink()
    with_cache = run(project)
    without = run(copy)
    assert outputs(project) == outputs(copy)
    assert "2 extracted, 0 up to date" in without and "2 article(s)" in with_cache
    # And again with the cache each side now has: still nothing to do, same bytes.
    assert "0 extracted" in run(project) and "0 extracted" in run(copy)
    assert outputs(project) == outputs(copy)


def test_a_glossary_edit_redoes_only_articles_containing_a_changed_term(project):
    two_articles(project)
    gl = project / "glossary.tsv"
    run(project)
    absent = "ZZunusedterm"
    gl.write_text(gl.read_text(encoding="utf-8") + f"{absent}\t=\t=\t=\t=\t\t\n", "utf-8")
    change = glossary_change(GLOSSARY, gl.read_text(encoding="utf-8"))
    assert not change.everything and change.terms_for(None, None)
    assert "0 extracted, 2 up to date" in run(project)
    src = project / "source" / "sibling.txt"
    src.write_text(src.read_text(encoding="utf-8") + f"\n{absent} 很好。\n", "utf-8")
    gl.write_text(
        gl.read_text(encoding="utf-8").replace(f"{absent}\t=", f"{absent}\tZZrendered"), "utf-8"
    )
    assert "1 extracted, 1 up to date" in run(project)  # the seed lacks the term


def test_a_damaged_cache_is_ignored(project):
    two_articles(project)
    run(project)
    before = outputs(project)
    (project / "locales" / CACHE_NAME).write_text("{not json", encoding="utf-8")
    assert "2 extracted" in run(project)
    assert outputs(project) == before


def test_memory_index_answers_as_memory_of_before_the_run(tmp_path):
    root = tmp_path
    folder = root / "locales/en/LC_MESSAGES"
    folder.mkdir(parents=True)
    texts = {
        "a": [("one", "1a"), ("two", ""), ("three", "3a")],
        "b": [("one", "1b"), ("two", "2b"), ("four", "4b")],
    }
    rels = []
    for name, pairs in texts.items():
        po = parse_po('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n')
        for msgid, msgstr in pairs:
            po.append(_entry(msgid, msgstr))
        (folder / f"{name}.po").write_text(format_po(po), encoding="utf-8")
        rels.append(f"locales/en/LC_MESSAGES/{name}.po")
    expected = memory_of(
        [(Path(r).stem, parse_po((root / r).read_text(encoding="utf-8"))) for r in sorted(rels)]
    )
    prerun = Snapshot(root / "locales/.prerun")
    prerun.keep(root, rels[0])
    # The run replaces a catalog by rename (never in place): the link keeps the old bytes.
    write_atomic(root / rels[0], format_po(parse_po('msgid ""\nmsgstr ""\n')).encode())
    catalogs = [(r, Path(r).stem) for r in rels]
    index = MemoryIndex(root, catalogs, Cache(root / "c"), prerun, decode_catalog)
    got = {m: index.get(m) for m in ["one", "two", "three", "four", "five"]}
    assert got == {m: expected.get(m) for m in got}
    prerun.remove()
    assert not (root / "locales/.prerun").exists()


def test_a_damaged_memory_record_is_read_from_its_catalog(tmp_path):
    """The cache is never needed for correctness: damaged keys are no empty memory."""
    folder = tmp_path / "locales/en/LC_MESSAGES"
    folder.mkdir(parents=True)
    po = parse_po('msgid ""\nmsgstr "Content-Type: text/plain; charset=UTF-8\\n"\n')
    po.append(_entry("one", "1a"))
    rel = "locales/en/LC_MESSAGES/a.po"
    data = format_po(po).encode("utf-8")
    (tmp_path / rel).write_bytes(data)
    stamp = Stamp.of((tmp_path / rel).stat())
    for packed in ("%%% not base64", "AAAA"):  # not base64; not whole 8-byte keys
        cache = Cache(tmp_path / "c")
        cache.record(rel, data, "key", None, memory=msgid_key("one"), stamp=stamp)
        assert cache.records[rel].memory == msgid_key("one")
        cache.records[rel].packed = packed
        index = MemoryIndex(tmp_path, [(rel, "a")], cache, None, decode_catalog)
        found = index.get("one")
        assert found is not None and found.text == "1a"


def _entry(msgid: str, msgstr: str):  # type: ignore[no-untyped-def]
    import polib

    return polib.POEntry(msgid=msgid, msgstr=msgstr)


def test_a_run_with_nothing_to_do_loads_no_parser_nor_writer(project):
    """Imports are most of such a run's time: what only redoing or writing needs stays unloaded."""
    two_articles(project)
    (project / "source" / "weekly.md").write_text("# 周报\n\n见[链接](https://a.example/)。\n")
    run(project)
    probe = (
        "import sys\n"
        "from digestl10n.cli import main\n"
        f"main(['-C', {str(project)!r}, 'extract', '-q'], standalone_mode=False)\n"
        "loaded = [m for m in ('markdown_it', 'digestl10n.segment.text', "
        "'digestl10n.langid', 'langdetect', 'tempfile', 'ctypes', 'babel.messages', "
        "'digestl10n.extract', 'rapidfuzz') if m in sys.modules]\n"
        # script's character classes, compiled only when first used (5 ms).
        "script = vars(sys.modules.get('digestl10n.script', sys))\n"
        "loaded += [n for n in ('HAN_CHAR', 'CJK_LETTER_RUN') if n in script]\n"
        "print(' '.join(loaded))\n"
    )
    env = {"SOURCE_DATE_EPOCH": "1718000000", "PATH": "/usr/bin:/bin"}
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert proc.stdout.strip() == ""
    # An edited article loads what it needs, and its catalogs are written.
    src = project / "source" / "weekly.md"
    src.write_text(src.read_text(encoding="utf-8") + "\n又一段。\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, check=True
    )
    assert {"markdown_it", "tempfile", "digestl10n.extract"} <= set(proc.stdout.split())
    assert "又一段。" in (project / "locales" / "weekly.pot").read_text(encoding="utf-8")


def test_a_closed_pipe_ends_quietly_with_every_catalog_written(project, tmp_path):
    two_articles(project)
    done = tmp_path / "done"
    shutil.copytree(project, done)
    env = {"SOURCE_DATE_EPOCH": "1718000000", "PATH": "/usr/bin:/bin"}
    cmd = [sys.executable, "-m", "digestl10n", "-C"]
    subprocess.run([*cmd, str(done), "extract"], check=True, capture_output=True, env=env)
    proc = subprocess.run(
        f"'{sys.executable}' -m digestl10n -C '{project}' extract -v --show-dropped | head -n 1",
        shell=True,
        capture_output=True,
        env=env,
    )
    assert proc.returncode == 0
    assert b"Traceback" not in proc.stderr and b"Error" not in proc.stderr, proc.stderr
    assert outputs(project) == outputs(done)


def test_worker_processes_write_what_one_process_writes(project, tmp_path, monkeypatch):
    import digestl10n.update

    two_articles(project)
    text = (project / "source" / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    for i in range(digestl10n.update.PARALLEL_FROM):
        (project / "source" / f"copy-{i}.txt").write_text(
            text.replace("模型", f"模型{i}", i + 1), encoding="utf-8"
        )
    serial = tmp_path / "serial"
    shutil.copytree(project, serial)
    alone = tmp_path / "alone"
    shutil.copytree(project, alone)
    run(project)
    monkeypatch.setattr(digestl10n.update, "PARALLEL_FROM", 10**9)
    run(serial)
    assert outputs(project) == outputs(serial)
    # Articles redone in groups (texts converted for the whole group first) give the
    # bytes they give one at a time.
    monkeypatch.setattr(digestl10n.update, "GROUP", 1)
    run(alone)
    assert outputs(alone) == outputs(serial)


def test_workers_hand_back_parsed_articles_only_when_asked(project, tmp_path):
    import digestl10n.update
    from digestl10n.project import Project
    from digestl10n.update import run_extract

    text = (project / "source" / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    for i in range(digestl10n.update.PARALLEL_FROM):
        (project / "source" / f"copy-{i}.txt").write_text(text, encoding="utf-8")
    kept = tmp_path / "kept"
    shutil.copytree(project, kept)
    results = {}
    for root, keep in ((project, False), (kept, True)):
        p = Project(root)
        done: list = []
        run_extract(
            p,
            (),
            p.settings,
            p.languages(()),
            now="2024-06-10 00:00+0000",
            each=done.append,
            keep_articles=keep,
        )
        results[keep] = done
    assert [d.result.article for d in results[False]] == [None] * len(results[False])
    assert all(d.result.article.units for d in results[True])
    assert outputs(project) == outputs(kept)
    # The command line keeps them for what it prints from them, workers or not.
    for what in ("-v", "--show-dropped"):
        shutil.rmtree(kept / "locales")
        printed = run(kept, what)
        assert ("units (" in printed) == (what == "-v")
        assert ("dropped source/copy-0.txt:" in printed) == (what == "--show-dropped")


def test_quiet_prints_nothing_and_verbose_lists_files(project):
    two_articles(project)
    assert run(project, "-q") == ""
    verbose = run(project, "-v")
    assert "source/sibling.txt: up to date" in verbose
    src = project / "source" / "sibling.txt"
    src.write_text(src.read_text(encoding="utf-8") + "\n又一段。\n", encoding="utf-8")
    listed = run(project, "-v")
    assert "  updated locales/en/LC_MESSAGES/sibling.po" in listed
    assert "0 extracted, 2 up to date" in run(project, "-v")


def test_a_glossary_made_malformed_is_reported_though_no_article_needs_redoing(project):
    two_articles(project)
    run(project)
    gl = project / "glossary.tsv"
    gl.write_text(gl.read_text(encoding="utf-8") + "ZZonly\n", encoding="utf-8")  # one cell short
    before = outputs(project)
    result = CliRunner().invoke(main, ["-C", str(project), "extract"])
    assert result.exit_code == 2
    assert result.output.startswith("Error: glossary.tsv:") and "Traceback" not in result.output
    assert outputs(project) == before


def test_glossary_change_names_the_terms_of_changed_rows_only():
    moved = GLOSSARY.replace("\n# ", "\n#  ", 1) + "# a comment added\n"
    assert glossary_change(GLOSSARY, moved) == glossary_change(GLOSSARY, GLOSSARY)
    line = next(r for r in GLOSSARY.splitlines() if r.startswith("开源\t"))
    change = glossary_change(GLOSSARY, GLOSSARY.replace(line, line + "a new note"))
    terms = change.terms_for(None, None)
    assert not change.everything and "开源" in terms and len(terms) < 10
    assert glossary_change(GLOSSARY, GLOSSARY.replace("zh-HK\t", "zh-MO\t", 1)).everything


def test_worker_groups_keep_every_article_once_in_order_and_shrink_at_the_end():
    from digestl10n.update import GROUP, _groups

    for n in (1, 2, 7, 8, 9, 20, 40, 400, 1000):
        for workers in (2, 3, 4):
            groups = _groups([Path(f"a{i}") for i in range(n)], workers)
            assert [p for g in groups for p in g] == [Path(f"a{i}") for i in range(n)]
            sizes = [len(g) for g in groups]
            assert max(sizes) <= GROUP and sizes == sorted(sizes, reverse=True)
            if n >= 2 * workers:
                assert sizes[-workers:] == [1] * workers  # the workers end an article apart


def test_records_of_a_deleted_article_go_and_a_deleted_catalog_is_made_again(project):
    two_articles(project)
    run(project)
    cache = project / "locales" / CACHE_NAME
    assert "sibling.po" in cache.read_text(encoding="utf-8")
    (project / "source" / "sibling.txt").unlink()
    run(project, "--prune")
    assert "sibling" not in cache.read_text(encoding="utf-8")
    # A catalog the last run wrote (and so did not look for at its end) deleted since.
    po = project / "locales" / "en" / "LC_MESSAGES" / f"{ARTICLE}.po"
    po.unlink()
    assert "1 extracted, 0 up to date" in run(project)
    assert po.is_file()
    assert "0 extracted, 1 up to date" in run(project)


def test_forget_missing_looks_only_for_catalogs_this_run_did_not_record(tmp_path):
    cache = Cache(tmp_path / CACHE_NAME)
    for rel in ("listed.po", "gone.po", "kept.po"):  # records of an earlier run
        cache.records[rel] = Record("digest", "key", None)
    (tmp_path / "kept.po").write_text("", encoding="utf-8")
    cache.record("written.po", b"x", "key", None)  # recorded now, its file not looked for
    cache.forget_missing(tmp_path, {"listed.po"})
    assert sorted(cache.records) == ["kept.po", "listed.po", "written.po"]


def test_a_new_term_split_by_a_line_break_and_by_the_catalog_wrapping_is_found(project):
    # Soft-wrapped Chinese Markdown: the unit joins 大语|言模型 into one msgid, which
    # the catalogs wrap again elsewhere; neither file holds 语言模型 on one line.
    (project / "source" / SEED.name).unlink()
    head = "这" * 35
    (project / "source" / "wrapped.md").write_text(
        f"# 标题\n\n{head}大语\n言模型的介绍，{'内容很长' * 12}。\n", encoding="utf-8"
    )
    gl = project / "glossary.tsv"
    gl.write_text("zh-Hans\ten\tzh-Hant\tzh-TW\tzh-HK\n内容\tcontent\t=\t=\t=\n", "utf-8")
    run(project)
    pot = (project / "locales" / "wrapped.pot").read_text(encoding="utf-8")
    assert "语言模型" not in pot and "大语言模型" in pot.replace('"\n"', "")
    gl.write_text(gl.read_text("utf-8") + "语言模型\tlanguage model\t=\t語言模式\t=\n", "utf-8")
    assert "1 extracted" in run(project)
    assert "glossary: 语言模型 → 語言模式" in (
        project / "locales" / "zh_TW" / "LC_MESSAGES" / "wrapped.po"
    ).read_text(encoding="utf-8")


def test_catalog_strings_joins_every_kind_of_continued_string_and_reads_escapes():
    text = (
        '#| msgid ""\n#| "大语"\n#| "言模型"\nmsgid ""\n"大语"\n"言模型 \\"引\\"\\n"\n'
        'msgstr "x"\n\n#~| msgid ""\n#~| "old "\n#~| "text"\n#~ msgid ""\r\n#~ "a"\r\n#~ "b"\n'
    )
    joined = catalog_strings(text)
    assert '#| msgid "大语言模型"' in joined
    assert 'msgid "大语言模型 "引"\n"' in joined
    assert '#~| msgid "old text"' in joined and '#~ msgid "ab"' in joined
    assert 'msgstr "x"\n\n#~|' in joined  # entries stay apart


def test_a_glossary_edit_of_one_language_redoes_that_language_only(project, tmp_path):
    two_articles(project)
    run(project)
    before = outputs(project)
    gl = project / "glossary.tsv"
    # Only the zh-TW column of 参数 changes: the other languages' catalogs stay unread.
    gl.write_text(
        gl.read_text(encoding="utf-8").replace("參數|!引數", "參數|參量|!引數", 1), "utf-8"
    )
    copy = tmp_path / "copy"
    shutil.copytree(project, copy)
    out = run(project, "-v")
    assert "2 extracted, 0 up to date" in out
    for tag in ("en", "zh-Hant", "zh-HK"):
        assert f"  {tag}: 2 unchanged" in out
    assert "  zh-TW: 2 updated" in out and "zh_TW/LC_MESSAGES/sibling.po" in out
    assert "en/LC_MESSAGES/sibling.po" not in out  # not even merged
    after = outputs(project)
    assert {p for p in after if after[p] != before[p]} == {
        f"locales/zh_TW/LC_MESSAGES/{ARTICLE}.po",
        "locales/zh_TW/LC_MESSAGES/sibling.po",
    }
    run(copy, "--no-cache")
    assert outputs(copy) == after
    assert "0 extracted, 2 up to date" in run(project)


def test_a_variant_is_redone_when_the_glossary_edit_concerns_only_its_base(project, tmp_path):
    # zh-HK filled from the zh-Hant translation: a zh-Hant rendering that changes
    # changes the text zh-HK is converted from.
    with_variants(project, 'zh-HK = { base = "zh-Hant", opencc = "t2hk" }')
    two_articles(project)
    gl = project / "glossary.tsv"
    row = "数据\tdata\t數據\t資料|數據\t"  # zh-HK's cell left empty: it follows zh-Hant
    gl.write_text(gl.read_text(encoding="utf-8").replace(row + "數據\t", row + "\t", 1), "utf-8")
    run(project)
    gl.write_text(
        gl.read_text(encoding="utf-8").replace(row, "数据\tdata\t資料\t資料|數據\t", 1), "utf-8"
    )
    copy = tmp_path / "copy"
    shutil.copytree(project, copy)
    out = run(project)
    assert "  zh-Hant: 2 updated" in out and "  zh-HK: 2 updated" in out
    assert "  en: 2 unchanged" in out and "  zh-TW: 2 unchanged" in out
    run(copy, "--no-cache")
    assert outputs(copy) == outputs(project)


def test_a_glossary_edit_reaches_a_reviewed_entry_through_its_previous_msgid(project, tmp_path):
    # A reviewer wrote 參量 for 参数; the paragraph then lost 参数 (fuzzy, its old
    # msgid as #|); now the glossary asks for 參量, so the reviewer's text is the
    # conversion of the previous msgid: machine output, converted anew. Only the
    # catalog's #| line holds the term.
    with_variants(project)
    (project / "source" / SEED.name).unlink()
    src = project / "source" / "a.md"
    said = "论文将模型扩展到38亿参数，并展示了它在一系列基准上的显著效果。"
    src.write_text(f"# 周报\n\n{said}\n\n另一段。\n", encoding="utf-8")
    gl = project / "glossary.tsv"
    gl.write_text(GLOSSARY, encoding="utf-8")
    run(project)
    rel = "locales/zh_TW/LC_MESSAGES/a.po"
    po = parse_po((project / rel).read_text(encoding="utf-8"))
    entry = next(e for e in po if e.msgid == said)
    assert "參數" in entry.msgstr
    entry.msgstr = entry.msgstr.replace("參數", "參量")
    (project / rel).write_text(format_po(po), encoding="utf-8")
    run(project)
    # The figure changes too: a fuzzy reviewed entry gets a "numbers changed" note.
    src.write_text(src.read_text(encoding="utf-8").replace("38亿参数", "40亿权重"), "utf-8")
    run(project)
    fuzzy = [e for e in parse_po((project / rel).read_text(encoding="utf-8")) if e.fuzzy]
    assert [e.previous_msgid for e in fuzzy] == [said]
    assert "numbers changed" in fuzzy[0].comment
    gl.write_text(gl.read_text(encoding="utf-8").replace("參數|!引數", "參量|參數|!引數"), "utf-8")
    copy = tmp_path / "copy"
    shutil.copytree(project, copy)
    assert "zh-TW: 1 updated" in run(project)
    run(copy, "--no-cache")
    assert outputs(project) == outputs(copy)
    done = [e for e in parse_po((project / rel).read_text(encoding="utf-8")) if "40亿" in e.msgid]
    assert not done[0].fuzzy and "machine: opencc" in done[0].tcomment
    # Machine output now, not fuzzy: the note went with the fuzzy flag, and a run with
    # the cache or without has nothing left to change.
    assert "numbers changed" not in done[0].comment
    assert "0 extracted" in run(project) and "1 unchanged" in run(copy, "--no-cache")
    assert outputs(project) == outputs(copy)


def test_a_glossary_edit_merges_from_the_template_without_parsing_articles(project, monkeypatch):
    from digestl10n.project import Project

    with_variants(project)
    two_articles(project)
    run(project)
    gl = project / "glossary.tsv"
    gl.write_text(gl.read_text(encoding="utf-8").replace("參數|!引數", "參量|!引數", 1), "utf-8")

    def no_parse(self, path):
        raise AssertionError(f"parsed {path}")

    monkeypatch.setattr(Project, "article", no_parse)
    assert "  zh-TW: 2 updated" in run(project)
    assert "參量" in (project / "locales" / "zh_TW" / "LC_MESSAGES" / "sibling.po").read_text(
        encoding="utf-8"
    )


TERMS = ["LLM", "large language model", "GPT模型", "大语言模型", "token", "fine-tuning", "Go"]
PIECES = [
    *TERMS,
    "llm",
    "LLMs",
    "Large-Language\nModels",
    "fine tuning",
    "FINE_TUNING",
    "大语",
    "言模型",
    "tokens",
    "Tokenizer",
    "go",
    "ago",
    "ChatGPT模型",
    " ",
    "\n",
    "-",
    "，",
    "x",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12), st.sampled_from(TERMS))
def test_the_term_search_finds_every_term_the_glossary_finds(pieces, term):
    # A catalog is left alone when the search finds none of the changed terms: it
    # must find every one the glossary's own matching would (annotate, conversion).
    from digestl10n.glossary import load_glossary
    from digestl10n.incremental import term_search
    from digestl10n.languages import parse_language

    text = "".join(pieces)
    glossary = load_glossary(f"zh-Hans\ten\n{term}\tx\n", "glossary.tsv")
    change = glossary_change("zh-Hans\ten\n", f"zh-Hans\ten\n{term}\tx\n")
    terms = change.terms_for({"zh-Hans", "en"}, {"zh-Hans"})
    if glossary.find(text, parse_language("zh-Hans")):
        assert term_search(terms).found(text), (term, text)


def test_a_glossary_edit_over_a_catalog_saved_with_crlf_keeps_its_line_ends(project, tmp_path):
    with_variants(project)
    two_articles(project)
    run(project)
    po = project / "locales" / "zh_TW" / "LC_MESSAGES" / "sibling.po"
    po.write_bytes(po.read_bytes().replace(b"\n", b"\r\n"))  # a translator's tool saved it so
    run(project)
    gl = project / "glossary.tsv"
    gl.write_text(gl.read_text(encoding="utf-8").replace("參數|!引數", "參量|!引數", 1), "utf-8")
    copy = tmp_path / "copy"
    shutil.copytree(project, copy)
    run(project)
    run(copy, "--no-cache")
    assert outputs(project) == outputs(copy)
    assert "參量".encode() in po.read_bytes() and po.read_bytes().count(b"\r\n") > 100
