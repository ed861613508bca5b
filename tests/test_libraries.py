"""Each outside library is imported by exactly one module of the package (and langdetect through
its public API only): the module that also translates its errors and hides its quirks."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "digestl10n"

# Top-level import name → the one module (relative to the package) that may import it.
OWNERS = {
    "babel": "languages.py",
    "markdown_it": "segment/markdown.py",
    "mdit_py_plugins": "segment/markdown.py",
    "opencc": "variants.py",
    "langdetect": "langid.py",
    "ahocorasick": "numbers.py",
    "ahocorasick_rs": "glossary.py",
    "rapidfuzz": "catalog.py",
    "charset_normalizer": "sources.py",
    "jinja2": "render/site.py",
    "xxhash": "incremental.py",
}


def _imports() -> list[tuple[str, str, int]]:
    """(module path, imported dotted name, line) of every import in the package, nested ones too."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), rel)):
            if isinstance(node, ast.Import):
                out += [(rel, alias.name, node.lineno) for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                out += [(rel, node.module, node.lineno)]
    return out


@pytest.mark.parametrize("library", sorted(OWNERS))
def test_library_is_imported_by_its_one_module(library: str) -> None:
    users = {rel for rel, name, _ in _imports() if name.split(".")[0] == library}
    assert users == {OWNERS[library]}


def test_langdetect_is_used_through_its_public_api() -> None:
    """No submodule (detector_factory, lang_detect_exception) and no private name."""
    found = [(rel, name, line) for rel, name, line in _imports() if name.startswith("langdetect.")]
    assert found == []
    source = (PACKAGE / OWNERS["langdetect"]).read_text(encoding="utf-8")
    for node in ast.walk(ast.parse(source)):
        named = isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
        if named and node.value.id == "langdetect":
            assert not node.attr.startswith("_"), node.attr
