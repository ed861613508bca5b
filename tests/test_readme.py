"""The README's first hour, run verbatim: its quick-start blocks succeed and print what it shows."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

README = Path(__file__).resolve().parent.parent / "README.md"
# A block the README marks `<!-- quick-start -->`, and the ```text block right after it, if any.
BLOCK = re.compile(r"<!-- quick-start -->\n```sh\n(.*?)```\n(?:\n```text\n(.*?)```\n)?", re.S)


def quick_start() -> list[tuple[str, str | None]]:
    """The README's quick-start shell blocks, each with the output it shows (None: none shown)."""
    return [(m.group(1), m.group(2)) for m in BLOCK.finditer(README.read_text(encoding="utf-8"))]


def test_the_readme_has_the_first_hour_blocks():
    blocks = quick_start()
    assert len(blocks) >= 4
    assert blocks[0][0].startswith(". .venv/bin/activate\n")
    assert any("digestl10n init" in code for code, _ in blocks)
    assert any("digestl10n build" in code for code, _ in blocks)


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_the_quick_start_runs_verbatim_in_a_fresh_folder(tmp_path):
    # The folder stands for a fresh clone after `make demo`: it has the virtual environment.
    (tmp_path / ".venv").symlink_to(Path(sys.prefix), target_is_directory=True)
    blocks = quick_start()
    marker = "@@digestl10n-readme-block@@"
    script = "".join(f"{code}echo {marker}\n" for code, _ in blocks)
    env = {k: v for k, v in os.environ.items() if k not in ("VIRTUAL_ENV", "PYTHONPATH")}
    env["PATH"] = os.pathsep.join(
        p for p in env.get("PATH", "").split(os.pathsep) if not p.startswith(sys.prefix)
    )
    done = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    outputs = done.stdout.split(marker + "\n")
    assert len(outputs) == len(blocks) + 1
    for (code, shown), printed in zip(blocks, outputs, strict=False):
        if shown is not None:
            assert printed == shown, code
    site = tmp_path / "my-digest" / "build"
    for rel in ("index.html", "sitemap.xml", "zh-TW/index.html", "zh-TW/feed.xml"):
        assert (site / rel).is_file(), rel
    assert "本月有三篇值得一讀的論文" in (site / "zh-TW/2024/06-llm.html").read_text("utf-8")
