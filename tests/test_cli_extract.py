"""`digestl10n extract` as a user runs it: files written, gettext-valid, stable, safe."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from digestl10n import writing
from digestl10n.cli import main
from digestl10n.po import parse_po

from .conftest import needs_gettext

ARTICLE = "digest-2024-06-a"
LANGS = ("en", "zh_Hant", "zh_TW", "zh_HK")


def run(project: Path, *args: str, env: dict[str, str] | None = None):
    runner = CliRunner()
    return runner.invoke(
        main, ["-C", str(project), *args], env={"SOURCE_DATE_EPOCH": "1718000000", **(env or {})}
    )


def catalogs(project: Path) -> list[Path]:
    return sorted([*project.glob("locales/*.pot"), *project.glob("locales/*/LC_MESSAGES/*.po")])


def snapshot(project: Path) -> dict[str, bytes]:
    return {p.relative_to(project).as_posix(): p.read_bytes() for p in catalogs(project)}


def test_extract_writes_template_and_catalogs(project):
    result = run(project, "extract", "-v")
    assert result.exit_code == 0, result.output
    names = [p.relative_to(project).as_posix() for p in catalogs(project)]
    assert names == [
        f"locales/{ARTICLE}.pot",
        *sorted(f"locales/{lang}/LC_MESSAGES/{ARTICLE}.po" for lang in LANGS),
    ]
    assert "139 units" in result.output and "29 noise lines dropped" in result.output
    pot = parse_po((project / f"locales/{ARTICLE}.pot").read_text(encoding="utf-8"))
    assert len(pot) == 139
    assert pot.metadata["X-Source-Language"] == "zh-Hans"
    first = pot[0]
    assert first.occurrences == [(f"source/{ARTICLE}.txt", "1")]
    assert "kind: paragraph" in first.comment
    assert not any("arxiv.org" in e.msgid or "打开网易新闻" in e.msgid for e in pot)
    tw = parse_po((project / f"locales/zh_TW/LC_MESSAGES/{ARTICLE}.po").read_text(encoding="utf-8"))
    assert tw.metadata["Language"] == "zh_TW"
    assert tw.metadata["Plural-Forms"] == "nplurals=1; plural=0;"


def test_show_dropped_lists_every_noise_line(project):
    result = run(project, "extract", "--show-dropped")
    dropped = [line for line in result.output.splitlines() if line.strip().startswith("dropped")]
    assert len(dropped) == 29
    assert dropped[0].strip() == f"dropped source/{ARTICLE}.txt:7: 打开网易新闻 查看更多图片"


@needs_gettext
def test_gettext_accepts_and_reproduces_every_file(project, tmp_path):
    assert run(project, "extract").exit_code == 0
    for path in catalogs(project):
        check = subprocess.run(
            ["msgfmt", "--check", "-o", os.devnull, str(path)], capture_output=True, text=True
        )
        assert check.returncode == 0, (path, check.stderr)
        out = tmp_path / (path.name + ".msgcat")
        subprocess.run(["msgcat", "-o", str(out), str(path)], check=True)
        assert out.read_bytes() == path.read_bytes(), path


def test_second_run_changes_nothing_and_check_mode(project):
    assert run(project, "extract").exit_code == 0
    before = snapshot(project)
    later = run(project, "extract", env={"SOURCE_DATE_EPOCH": "1900000000"})
    assert later.exit_code == 0 and snapshot(project) == before
    assert run(project, "extract", "--check").exit_code == 0

    src = project / "source" / f"{ARTICLE}.txt"
    src.write_text(
        src.read_text(encoding="utf-8").replace("注意力模型", "注意力机制模型"), encoding="utf-8"
    )
    checked = run(project, "extract", "--check", "-v")
    assert checked.exit_code == 1
    assert "would update" in checked.output
    assert snapshot(project) == before  # --check writes nothing
    assert run(project, "extract", env={"SOURCE_DATE_EPOCH": "1900000000"}).exit_code == 0
    pot = (project / f"locales/{ARTICLE}.pot").read_text(encoding="utf-8")
    assert '"POT-Creation-Date: 2030-03-17 17:46+0000\\n"' in pot
    for lang in LANGS:  # each catalog's header follows its template's new date
        po = (project / f"locales/{lang}/LC_MESSAGES/{ARTICLE}.po").read_text(encoding="utf-8")
        assert '"POT-Creation-Date: 2030-03-17 17:46+0000\\n"' in po, lang


@pytest.mark.parametrize(
    ("mode", "ref"),
    [
        ("full", f"#: source/{ARTICLE}.txt:3\n"),
        ("file", f"#: source/{ARTICLE}.txt\n"),
        ("never", None),
    ],
)
def test_add_location(project, mode, ref):
    assert run(project, "extract", "--add-location", mode).exit_code == 0
    pot = (project / f"locales/{ARTICLE}.pot").read_text(encoding="utf-8")
    if ref is None:
        assert "#: " not in pot
    else:
        assert ref in pot


def test_lang_option_limits_and_rejects(project):
    assert run(project, "extract", "--lang", "zh_tw").exit_code == 0
    assert [p.parent.parent.name for p in project.glob("locales/*/LC_MESSAGES/*.po")] == ["zh_TW"]
    bad = run(project, "extract", "--lang", "zh-Hanx")
    assert bad.exit_code == 2 and "unknown language tag 'zh-Hanx'" in bad.output
    missing = run(project, "extract", "--lang", "ja")
    assert missing.exit_code == 2 and "not a target language" in missing.output


# --- bad input: one line, exit 2, nothing written -------------------------------------


def error_line(result) -> str:
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert result.exit_code == 2, result.output
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert "Traceback" not in result.output
    return lines[0]


def test_missing_source_folder(project):
    shutil.rmtree(project / "source")
    assert "no source/ folder" in error_line(run(project, "extract"))
    assert catalogs(project) == []


def test_non_utf8_article_names_encoding_and_line(project):
    assert run(project, "extract").exit_code == 0
    before = snapshot(project)
    (project / "source" / "gbk-article.txt").write_bytes("标题\n\n正文第一段。\n".encode("gbk"))
    line = error_line(run(project, "extract"))
    assert line.startswith("Error: source/gbk-article.txt:1: not UTF-8")
    assert "GBK" in line
    assert snapshot(project) == before


def test_po_syntax_error_names_file_and_line(project):
    assert run(project, "extract").exit_code == 0
    po = project / f"locales/zh_TW/LC_MESSAGES/{ARTICLE}.po"
    lines = po.read_text(encoding="utf-8").splitlines(keepends=True)
    n = next(i for i, line in enumerate(lines) if line.startswith("msgstr") and i > 20)
    lines[n] = 'msgstr "unterminated\n'
    po.write_text("".join(lines), encoding="utf-8")
    before = snapshot(project)
    (project / "source" / f"{ARTICLE}.txt").write_text("全新的内容。\n", encoding="utf-8")
    line = error_line(run(project, "extract"))
    assert line.startswith(f"Error: locales/zh_TW/LC_MESSAGES/{ARTICLE}.po:{n + 1}: ")
    assert snapshot(project) == before


def test_unknown_language_in_config(project):
    cfg = project / "pyproject.toml"
    cfg.write_text(cfg.read_text(encoding="utf-8").replace('"zh-HK"', '"zh-HX"'), encoding="utf-8")
    line = error_line(run(project, "extract"))
    assert line.startswith("Error: pyproject.toml:7: unknown language tag 'zh-HX'")
    assert catalogs(project) == []


def test_unknown_article(project):
    assert "no article 'nope'" in error_line(run(project, "extract", "nope"))


def test_interrupted_write_leaves_old_catalog(project, monkeypatch):
    assert run(project, "extract").exit_code == 0
    before = snapshot(project)
    src = project / "source" / f"{ARTICLE}.txt"
    src.write_text(
        src.read_text(encoding="utf-8").replace("注意力模型", "注意力"), encoding="utf-8"
    )

    real_replace = writing.replace_if_unchanged
    calls = []

    def crash(tmp, target, expected):  # the process dies after the first replace
        calls.append(target)
        if len(calls) > 1:
            raise RuntimeError("process killed")
        return real_replace(tmp, target, expected)

    monkeypatch.setattr(writing, "replace_if_unchanged", crash)
    with pytest.raises(RuntimeError, match="process killed"):
        CliRunner().invoke(main, ["-C", str(project), "extract"], catch_exceptions=False)
    after = snapshot(project)
    changed = [k for k in after if after[k] != before[k]]
    assert len(changed) == 1  # the one file renamed before the crash is complete
    assert not list(project.glob("locales/**/.*.tmp"))
    for text in after.values():
        parse_po(text.decode("utf-8"))


def _stat(path: Path) -> tuple[int, int, int]:
    """What changes when a file is replaced or written in place."""
    st = path.stat()
    return st.st_ino, st.st_mtime_ns, st.st_size


def test_killed_extract_never_leaves_a_truncated_catalog(project, tmp_path_factory):
    """SIGKILL while a real run is replacing catalogs: every catalog is old or new, whole.

    The kill is sent as soon as the first catalog has been replaced, so it lands
    in the write phase; the test insists on a run killed between the first
    catalog replaced and the last, or it would prove nothing about the writes.
    """
    big = project / "source" / f"{ARTICLE}.txt"
    text = big.read_text(encoding="utf-8")
    for i in range(6):  # more articles, so more catalogs to write
        (project / "source" / f"copy-{i}.txt").write_text(
            text.replace("论文", f"论文{i}"), encoding="utf-8"
        )
    env = dict(os.environ, SOURCE_DATE_EPOCH="1718000000")
    cmd = [sys.executable, "-m", "digestl10n", "-C", str(project), "extract"]
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    for i in range(6):
        p = project / "source" / f"copy-{i}.txt"
        p.write_text(p.read_text(encoding="utf-8").replace("模型", "模形"), encoding="utf-8")
    old = snapshot(project)
    # What the interrupted run would write, from an uninterrupted run on a copy.
    done = tmp_path_factory.mktemp("done")
    shutil.copytree(project, done, dirs_exist_ok=True)
    subprocess.run([*cmd[:3], "-C", str(done), "extract"], check=True, capture_output=True, env=env)
    new = snapshot(done)
    assert new.keys() == old.keys()
    to_write = sorted(k for k in old if new[k] != old[k])
    assert len(to_write) >= 14  # 7 articles: their template and the en catalog at least

    partial = 0
    for _ in range(5):
        for name, data in old.items():  # back to the state before the run
            (project / name).write_bytes(data)
        for tmp in project.glob("locales/**/.*.tmp"):
            tmp.unlink()
        stats = {k: _stat(project / k) for k in to_write}
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + 120
        while all(_stat(project / k) == stats[k] for k in to_write):
            assert proc.poll() is None, "the run ended before replacing a catalog"
            assert time.monotonic() < deadline
            time.sleep(0.0005)
        proc.send_signal(signal.SIGKILL)  # the first catalog has just been written
        proc.wait()
        after = snapshot(project)
        for name, data in after.items():
            assert data in (old[name], new[name]), f"{name}: neither the old nor the new catalog"
            parse_po(data.decode("utf-8"), name)
        replaced = sum(after[k] == new[k] for k in to_write)
        assert replaced >= 1
        if replaced < len(to_write):
            partial += 1
            break
    assert partial, "no kill landed between the first catalog replaced and the last"
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    assert snapshot(project) == new
    assert subprocess.run([*cmd, "--check"], capture_output=True, env=env).returncode == 0


def test_extract_leaves_the_garbage_collector_running_even_after_an_error(project):
    # Each article's merge pauses the collector; a long-lived process (an editor
    # plugin, this test run) must get it back, also when a merge fails.
    import gc

    assert gc.isenabled()
    assert run(project, "extract").exit_code == 0
    assert gc.isenabled()
    (project / "source" / f"{ARTICLE}.txt").write_text("新的一段。\n", encoding="utf-8")
    bad = project / "locales" / "zh_TW" / "LC_MESSAGES" / f"{ARTICLE}.po"
    bad.write_text('msgid "a"\nmsgstr "b"\nmsgstr "c"\n', encoding="utf-8")
    result = run(project, "extract")
    assert result.exit_code != 0 and "zh_TW" in result.output
    assert gc.isenabled()
