"""Translators save while extract runs: no saved translation is ever lost.

The stress test races a real extract loop (another process) against a
translator saving into the catalog at random moments, the way an editor does
(read, change one entry, write a temp file, rename). The state machine walks
edit / extract / translate / rename steps in one process and checks after
each that every translation ever saved is still in a catalog.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import polib
from click.testing import CliRunner
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from digestl10n.cli import main
from digestl10n.po import format_po, parse_po

PYPROJECT = """\
[tool.digestl10n]
source_language = "zh-Hans"
targets = ["en"]
"""

STABLE = [f"第{i}句话讲的是模型训练中的第{i}个问题。" for i in range(40)]
# One sentence the extract loop keeps rewriting, so each run really changes the catalogs.
MOVING = "这句话在每次运行时都会改变：{}。"

LOOP = r"""
import sys, time
from pathlib import Path
from digestl10n.project import Project
from digestl10n.update import run_extract

root, seconds = Path(sys.argv[1]), float(sys.argv[2])
src = root / "source" / "a.txt"
base = src.read_text(encoding="utf-8")
deadline = time.monotonic() + seconds
runs = remerged = stopped = 0
while time.monotonic() < deadline:
    src.write_text(base.replace("MOVING", f"版本{runs % 5}"), encoding="utf-8")
    project = Project(root)
    runs += 1
    run = run_extract(
        project, (), project.settings, project.languages(()), now="2024-06-01 00:00+0000"
    )
    remerged += len(run.remerged)
    stopped += len(run.stopped)  # kept changing: reported, nothing written over it
print(runs, remerged, stopped)
"""


def _project(root: Path) -> Path:
    (root / "source").mkdir(parents=True)
    (root / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    text = "\n\n".join([*STABLE[:20], MOVING.format("MOVING"), *STABLE[20:]]) + "\n"
    (root / "source" / "a.txt").write_text(text, encoding="utf-8")
    return root


def _save(path: Path, po: polib.POFile) -> None:
    """Save as an editor does: a whole new file renamed over the old one."""
    fd, tmp = tempfile.mkstemp(prefix=".editor-", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(format_po(po))
    os.replace(tmp, path)


def test_saves_racing_an_extract_loop_are_all_kept(tmp_path):
    root = _project(tmp_path)
    assert CliRunner().invoke(main, ["-C", str(root), "extract"]).exit_code == 0
    catalog = root / "locales" / "en" / "LC_MESSAGES" / "a.po"
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    loop = subprocess.Popen(
        [sys.executable, "-c", LOOP, str(root), "4"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    rng = random.Random(12)
    saved: dict[str, str] = {}
    saves = 0
    while loop.poll() is None:
        time.sleep(rng.uniform(0, 0.008))
        try:
            po = parse_po(catalog.read_text(encoding="utf-8"))
        except FileNotFoundError:  # pragma: no cover - extract never removes it
            continue
        msgid = rng.choice(STABLE)
        entry = next(e for e in po if e.msgid == msgid)
        entry.msgstr = f"translation {saves}"
        _save(catalog, po)
        saved[entry.msgid] = entry.msgstr
        saves += 1
    out, err = loop.communicate()
    assert loop.returncode == 0, err
    runs, remerged, stopped = map(int, out.split())
    assert CliRunner().invoke(main, ["-C", str(root), "extract"]).exit_code == 0

    final = {e.msgid: e.msgstr for e in parse_po(catalog.read_text(encoding="utf-8"))}
    lost = {m: s for m, s in saved.items() if final.get(m) != s}
    assert not lost, f"{len(lost)} of {len(saved)} translations lost"
    # The race really happened: many runs, many saves, and saves landing inside a run.
    print(f"{runs} extract runs, {saves} saves, {remerged} merged again, {stopped} stopped")
    assert runs >= 20 and saves >= 200 and remerged >= 1, (runs, saves, remerged)
    assert stopped < runs / 2, (runs, stopped)
    assert not [p for p in root.rglob("*.tmp")]


class Workflow(RuleBasedStateMachine):
    """An editor edits and renames articles and runs extract; a translator saves between."""

    def __init__(self) -> None:
        super().__init__()
        self.root = Path(tempfile.mkdtemp(prefix="digestl10n-sm-"))
        (self.root / "source").mkdir()
        (self.root / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
        self.articles: dict[str, list[str]] = {}
        self.saved: set[str] = set()
        self.n = 0
        for name in ("a", "b"):
            self._write(name, [f"{name}的第{i}句关于模型的话。" for i in range(6)])

    def _write(self, name: str, sentences: list[str]) -> None:
        self.articles[name] = sentences
        text = "\n\n".join(sentences) + "\n"
        (self.root / "source" / f"{name}.txt").write_text(text, encoding="utf-8")

    def _catalogs(self) -> list[Path]:
        return sorted((self.root / "locales").glob("en/LC_MESSAGES/*.po"))

    @rule(data=st.data())
    def edit(self, data: st.DataObject) -> None:
        name = data.draw(st.sampled_from(sorted(self.articles)))
        sentences = list(self.articles[name])
        i = data.draw(st.integers(0, len(sentences) - 1))
        how = data.draw(st.sampled_from(["reword", "replace", "insert", "delete"]))
        self.n += 1
        if how == "reword":
            sentences[i] = sentences[i].replace("。", f"，第{self.n}次修改。")
        elif how == "replace":
            sentences[i] = f"全新的第{self.n}句。"
        elif how == "insert":
            sentences.insert(i, f"插入的第{self.n}句。")
        elif len(sentences) > 2:
            del sentences[i]
        self._write(name, sentences)

    @rule(data=st.data())
    def rename(self, data: st.DataObject) -> None:
        old = data.draw(st.sampled_from(sorted(self.articles)))
        self.n += 1
        new = f"r{self.n}"
        (self.root / "source" / f"{old}.txt").rename(self.root / "source" / f"{new}.txt")
        self.articles[new] = self.articles.pop(old)

    @rule()
    def extract(self) -> None:
        result = CliRunner().invoke(main, ["-C", str(self.root), "extract"])
        assert result.exit_code == 0, result.output

    @precondition(lambda self: (self.root / "locales").is_dir())
    @rule(data=st.data())
    def translate(self, data: st.DataObject) -> None:
        paths = self._catalogs()
        if not paths:
            return
        path = data.draw(st.sampled_from(paths))
        po = parse_po(path.read_text(encoding="utf-8"))
        active = [e for e in po if not e.obsolete]
        if not active:
            return
        entry = data.draw(st.sampled_from(active))
        self.n += 1
        self.saved.discard(entry.msgstr)  # the translator replaces it on purpose
        entry.msgstr = f"translation {self.n}"
        if entry.fuzzy:
            entry.flags.remove("fuzzy")
        _save(path, po)
        self.saved.add(entry.msgstr)

    @invariant()
    def no_translation_lost(self) -> None:
        present = set()
        for path in self._catalogs():
            present |= {e.msgstr for e in parse_po(path.read_text(encoding="utf-8"))}
        assert self.saved <= present, sorted(self.saved - present)

    def teardown(self) -> None:
        import shutil

        shutil.rmtree(self.root, ignore_errors=True)


Workflow.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=12,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
test_workflow_never_loses_a_translation = Workflow.TestCase
