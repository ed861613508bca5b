"""`digestl10n check`: run the named checks over the catalogs, report, exit 0 / 1 / 2.

Exit 0 when no finding is at error severity (warnings are reported but pass),
1 when one is, 2 for a usage or input error (unknown check or language, a
catalog that does not parse), with nothing else printed.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import click

from ..checks import REGISTRY, Context, load_all, run
from ..errors import ConfigError, DigestL10nError
from ..languages import Language, parse_language
from ..model import Finding, Severity
from ..po import parse_po
from . import Project, main, reports_errors

EXCERPT = 120  # characters of source and translation shown under a finding
SCHEMA_VERSION = 1
# From this many characters (about 2,000 entries) a catalog is split over one
# process per core: every entry is judged on its own, and a fork costs milliseconds.
PARALLEL_MIN = 1_000_000
PIECES_PER_WORKER = 4


@dataclass(frozen=True)
class _Catalog:
    path: str
    text: str
    language: Language
    article: str


@main.command("check")
@click.option("--lang", "langs", multiple=True, help="Only this target language (repeatable).")
@click.option("--article", "articles", multiple=True, help="Only this article (repeatable).")
@click.option(
    "--check",
    "names",
    multiple=True,
    help="Only this check (repeatable, or comma-separated); see --list.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Findings as lines for people, or one JSON document for CI.",
)
@click.option(
    "--list", "list_only", is_flag=True, help="List the checks and their severities, then exit."
)
@click.pass_obj
@reports_errors
def check_cmd(
    root: Path,
    langs: tuple[str, ...],
    articles: tuple[str, ...],
    names: tuple[str, ...],
    fmt: str,
    list_only: bool,
) -> None:
    """Check the translations in the catalogs: language, numbers, URLs, markup, glossary, …

    Each finding is printed as `file:line: [check] severity: message` with the
    source and translation below it. Severities come from each check, changed or
    switched off in [tool.digestl10n.checks] (name = "error" | "warning" | "off").
    """
    project = Project(root)
    registry = load_all()
    severities = dict(project.settings.checks)
    _check_config(root, severities)
    if list_only:
        _list(severities)
        return
    chosen = _chosen(names)
    languages = project.languages(langs)
    texts = project.catalog_texts()
    catalogs = _catalogs(project, texts, languages, articles)
    glossary = project.glossary()
    sources = _source_languages(project, texts, catalogs)

    findings: list[Finding] = []
    entries = 0
    for cat in catalogs:
        ctx = Context(
            path=cat.path,
            language=cat.language,
            source_language=sources.get(cat.article),
            glossary=glossary,
            variant=project.settings.variant(cat.language),
        )
        count, found = _check_catalog(cat, ctx, chosen, severities)
        entries += count
        findings.extend(found)

    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = len(findings) - errors
    summary = {
        "catalogs": len(catalogs),
        "entries": entries,
        "errors": errors,
        "warnings": warnings,
    }
    if fmt == "json":
        click.echo(
            json.dumps(
                _document(findings, summary, chosen or sorted(registry), severities),
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for f in findings:
            click.echo(_text(f))
        click.echo(_summary_line(summary))
    if errors:
        raise SystemExit(1)


@dataclass(frozen=True)
class _Job:
    """One catalog to check, shared with forked workers (inherited, never pickled)."""

    catalog: _Catalog
    ctx: Context
    chosen: list[str] | None
    severities: dict[str, str]
    chunks: tuple[tuple[int, int, int], ...]  # (start, end, lines before start) of the text


_job: _Job | None = None


def _check_catalog(
    cat: _Catalog, ctx: Context, chosen: list[str] | None, severities: dict[str, str]
) -> tuple[int, list[Finding]]:
    """How many entries a catalog has and its findings, in entry order.

    A big catalog is cut at entry boundaries and the pieces parsed and checked
    by one process per core: every entry is judged on its own, so the findings
    are the same, in the same order, as from one process.
    """
    global _job
    workers = _workers(len(cat.text))
    if workers == 1:
        return _check_text(cat.text, cat.path, 0, ctx, chosen, severities)
    # More pieces than processes: a process on a slower core ends up taking fewer.
    chunks = _chunks(cat.text, workers * PIECES_PER_WORKER)
    _job = _Job(cat, ctx, chosen, severities, chunks)
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            parts = list(pool.map(_check_chunk, range(len(chunks))))
    except DigestL10nError:
        parse_po(cat.text, cat.path)  # the error again, with its line in the whole file
        raise
    finally:
        _job = None
    return sum(n for n, _ in parts), [f for _, found in parts for f in found]


def _check_chunk(index: int) -> tuple[int, list[Finding]]:
    assert _job is not None  # inherited from the parent through fork
    start, end, lines_before = _job.chunks[index]
    text = _job.catalog.text[start:end]
    return _check_text(
        text, _job.catalog.path, lines_before, _job.ctx, _job.chosen, _job.severities
    )


def _check_text(
    text: str,
    path: str,
    lines_before: int,
    ctx: Context,
    chosen: list[str] | None,
    severities: dict[str, str],
) -> tuple[int, list[Finding]]:
    po = parse_po(text, path)
    entries = [e for e in po if not e.obsolete and e.msgid]
    if lines_before:
        for e in entries:
            e.linenum += lines_before
    return len(entries), list(run(entries, ctx, only=chosen, severities=severities))


def _chunks(text: str, pieces: int) -> tuple[tuple[int, int, int], ...]:
    """`text` cut into about equal pieces at blank lines, which in a PO file separate entries."""
    bounds = [0]
    for k in range(1, pieces):
        cut = text.find("\n\n", max(bounds[-1], len(text) * k // pieces))
        if cut < 0:
            break
        bounds.append(cut + 2)
    bounds.append(len(text))
    bounds = sorted(set(bounds))
    out = []
    lines = 0
    for a, b in zip(bounds, bounds[1:], strict=False):
        out.append((a, b, lines))
        lines += text.count("\n", a, b)  # each piece counted once: the text is large
    return tuple(out)


def _workers(size: int) -> int:
    """Processes for a catalog of `size` characters: one per core for a big one, if fork works."""
    if size < PARALLEL_MIN or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    cores = (
        len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    )
    return max(1, min(cores, size // (PARALLEL_MIN // 2)))


def _chosen(names: tuple[str, ...]) -> list[str] | None:
    """The checks named by --check, validated; None for all."""
    wanted = [n.strip() for raw in names for n in raw.split(",") if n.strip()]
    unknown = [n for n in wanted if n not in REGISTRY]
    if unknown:
        raise click.BadParameter(
            f"unknown check {unknown[0]!r} (known: {', '.join(sorted(REGISTRY))})",
            param_hint="'--check'",
        )
    return sorted(set(wanted)) or None


def _check_config(root: Path, severities: dict[str, str]) -> None:
    """A check named in [tool.digestl10n.checks] must exist: a typo would silently keep it on."""
    for name in severities:
        if name not in REGISTRY:
            line = None
            pyproject = root / "pyproject.toml"
            if pyproject.is_file():
                text = pyproject.read_text(encoding="utf-8", errors="replace")
                key = re.compile(rf"^\s*[\"']?{re.escape(name)}[\"']?\s*=", re.M)
                m = key.search(text)
                line = text.count("\n", 0, m.start()) + 1 if m else None
            raise ConfigError(
                f"[tool.digestl10n.checks]: unknown check {name!r} "
                f"(known: {', '.join(sorted(REGISTRY))})",
                "pyproject.toml",
                line,
            )


def _list(severities: dict[str, str]) -> None:
    width = max(map(len, REGISTRY))
    for name in sorted(REGISTRY):
        c = REGISTRY[name]
        level = severities.get(name, c.severity.value)
        fuzzy = " (also fuzzy entries)" if c.on_fuzzy else ""
        click.echo(f"{name:<{width}}  {level:<7}  {c.title}{fuzzy}")


def _catalogs(
    project: Project,
    texts: dict[str, str],
    languages: tuple[Language, ...],
    articles: tuple[str, ...],
) -> list[_Catalog]:
    """The PO files of the chosen languages and articles, in path order."""
    locales = project.settings.locales_dir
    by_locale = {lang.locale: lang for lang in languages}
    found: list[_Catalog] = []
    known_articles: set[str] = set()
    for path, text in texts.items():
        m = re.fullmatch(rf"{re.escape(locales)}/([^/]+)/LC_MESSAGES/([^/]+)\.po", path)
        if m is None:
            continue
        known_articles.add(m.group(2))
        lang = by_locale.get(m.group(1))
        if lang is None or (articles and m.group(2) not in articles):
            continue
        found.append(_Catalog(path, text, lang, m.group(2)))
    for a in articles:
        if a not in known_articles:
            known = ", ".join(sorted(known_articles)) or "none"
            raise DigestL10nError(
                f"no catalogs for article {a!r} (articles with catalogs: {known})", locales
            )
    if not found:
        tags = ", ".join(lang.tag for lang in languages) or "no target languages"
        raise DigestL10nError(
            f"no catalogs to check for {tags}; run `digestl10n extract` first", locales
        )
    return found


def _source_languages(
    project: Project, texts: dict[str, str], catalogs: list[_Catalog]
) -> dict[str, Language | None]:
    """Each article's source language: its template's X-Source-Language, else the project's."""
    out: dict[str, Language | None] = {}
    for cat in catalogs:
        if cat.article in out:
            continue
        pot = f"{project.settings.locales_dir}/{cat.article}.pot"
        tag = ""
        if pot in texts:
            tag = parse_po(texts[pot], pot).metadata.get("X-Source-Language", "")
        out[cat.article] = (
            parse_language(tag, path=pot) if tag else project.settings.source_language
        )
    return out


def _text(f: Finding) -> str:
    head = f"{f.path}:{f.line}: [{f.check}] {f.severity.value}: {f.message}"
    return (
        f"{head}\n    source:      {_excerpt(f.source)}\n    translation: {_excerpt(f.translation)}"
    )


def _excerpt(text: str) -> str:
    one_line = text.replace("\n", "⏎")
    return one_line if len(one_line) <= EXCERPT else one_line[: EXCERPT - 1] + "…"


def _summary_line(summary: dict[str, int]) -> str:
    found = (
        f"{summary['errors']} error(s), {summary['warnings']} warning(s)"
        if summary["errors"] or summary["warnings"]
        else "no problems found"
    )
    return f"{summary['catalogs']} catalog(s), {summary['entries']} entries checked: {found}"


def _document(
    findings: list[Finding], summary: dict[str, int], checks: list[str], severities: dict[str, str]
) -> dict[str, object]:
    """The JSON report; its shape is checks/findings.schema.json."""
    return {
        "version": SCHEMA_VERSION,
        "summary": summary,
        "checks": {name: severities.get(name, REGISTRY[name].severity.value) for name in checks},
        "findings": [
            {
                "path": f.path,
                "line": f.line,
                "check": f.check,
                "severity": f.severity.value,
                "language": f.language,
                "message": f.message,
                "source": f.source,
                "translation": f.translation,
            }
            for f in findings
        ],
    }
