"""Shared fixtures: the seed digest and a fresh project folder built like the bundled one."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "source" / "digest-2024-06-a.txt"
NOISE = (re.compile(r"^打开网易新闻 查看更多图片$"),)

needs_gettext = pytest.mark.skipif(
    shutil.which("msgfmt") is None or shutil.which("msgmerge") is None,
    reason="GNU gettext tools not on PATH",
)

PYPROJECT = """\
[project]
name = "a-digest"
version = "0"

[tool.digestl10n]
source_language = "zh-Hans"
targets = ["en", "zh-Hant", "zh-TW", "zh-HK"]
noise = ['^打开网易新闻 查看更多图片$']
"""


@pytest.fixture
def seed_text() -> str:
    return SEED.read_bytes().decode("utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A digest project with the seed article and no catalogs yet."""
    (tmp_path / "source").mkdir()
    shutil.copy(SEED, tmp_path / "source" / SEED.name)
    (tmp_path / "pyproject.toml").write_text(PYPROJECT, encoding="utf-8")
    return tmp_path
