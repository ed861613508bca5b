"""po/linebreak_tables.py: generated from libunistring, and says from which."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import pytest

from digestl10n.po import linebreak_tables

ROOT = Path(__file__).resolve().parents[2]
GENERATOR = ROOT / "scripts" / "gen_linebreak_tables.py"
TABLES = Path(linebreak_tables.__file__)


def _generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location("gen_linebreak_tables", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_header_names_the_versions_the_module_declares() -> None:
    doc = linebreak_tables.__doc__ or ""
    m = re.match(r"Line breaking data of libunistring (\S+) \(Unicode (\S+)\)\.", doc)
    assert m is not None, doc
    assert m.groups() == (linebreak_tables.LIBUNISTRING_VERSION, linebreak_tables.UNICODE_VERSION)
    assert "``python scripts/gen_linebreak_tables.py``" in doc
    assert GENERATOR.exists()


def test_regenerating_gives_the_committed_module() -> None:
    gen = _generator()
    lib = gen.load()
    if lib is None:
        pytest.skip("libunistring (the tables' source) is not installed")
    release = gen.version(lib)[1]
    if release != linebreak_tables.LIBUNISTRING_VERSION:
        pytest.skip(f"installed libunistring is {release}, the tables come from another version")
    assert gen.render(lib) == TABLES.read_text(encoding="utf-8")
