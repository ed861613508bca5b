"""The check step: which catalogs to check, their findings (big ones over processes), the reports.

Catalog texts in, findings and report texts out; the project core supplies the
texts and settings, the `checks` registry the checks themselves.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from . import __version__
from .checks import REGISTRY, Context, run
from .checks.source import judge_unit
from .config import CheckLevel
from .errors import DigestL10nError
from .languages import Language
from .layout import Catalogs, catalog_at
from .model import Finding, Severity
from .po import parse_po
from .po.nogc import no_gc
from .project import Project
from .workers import WorkerPool, can_fork, cores

EXCERPT = 120  # characters of source and translation shown under a finding
SCHEMA_VERSION = 2  # 2: findings carry source_file and source_line
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
# Findings listed in a Markdown report; a pull-request comment has a size limit.
MARKDOWN_ROWS = 100
# From this many characters (about 2,000 entries) a catalog is split over one
# process per core: every entry is judged on its own, and a fork costs milliseconds.
PARALLEL_MIN = 1_000_000
PIECES_PER_WORKER = 4


@dataclass(frozen=True)
class CatalogText:
    """One PO file to check: its path, text, language and article."""

    path: str
    text: str
    language: Language
    article: str


@dataclass(frozen=True)
class CheckResult:
    """The findings of a check run, in catalog and entry order, and what was checked."""

    findings: tuple[Finding, ...]
    catalogs: int  # or articles, for `check --source`
    entries: int  # or units
    # Languages checked against another language's glossary column, or against none.
    glossary_notes: tuple[str, ...] = ()
    sources: bool = False  # the articles themselves were checked, not catalogs

    @property
    def errors(self) -> int:
        """Findings at error severity: any of them fails the run."""
        return sum(f.severity is Severity.ERROR for f in self.findings)

    @property
    def summary(self) -> dict[str, int]:
        """The counts of the report's summary."""
        errors = self.errors
        return {
            "catalogs": self.catalogs,
            "entries": self.entries,
            "errors": errors,
            "warnings": len(self.findings) - errors,
        }


def check_project(
    project: Project,
    languages: tuple[Language, ...],
    articles: tuple[str, ...],
    chosen: list[str] | None,
    severities: Mapping[str, CheckLevel],
) -> CheckResult:
    """Run the `chosen` checks (None: all) over the catalogs of `languages` and `articles`."""
    texts = project.catalog_texts()
    catalogs = select_catalogs(project, texts, languages, articles)
    glossary = project.glossary()
    parsed = Catalogs(texts)
    sources: dict[str, Language | None] = {}
    for cat in catalogs:
        if cat.article not in sources:
            sources[cat.article] = project.recorded_source_language(cat.article, parsed)

    findings: list[Finding] = []
    entries = 0
    for cat in catalogs:
        ctx = Context(
            path=cat.path,
            language=cat.language,
            source_language=sources[cat.article],
            glossary=glossary,
            variant=project.settings.variant(cat.language),
        )
        count, found = check_catalog(cat, ctx, chosen, severities)
        entries += count
        findings.extend(found)
    notes = () if glossary is None else tuple(project.glossary_columns(glossary, languages))
    return CheckResult(tuple(findings), len(catalogs), entries, notes)


SOURCE_CHECKS = ("language", "markup")  # the checks `check --source` runs on the articles


def check_sources(
    project: Project,
    articles: tuple[str, ...],
    chosen: list[str] | None,
    severities: Mapping[str, CheckLevel],
) -> CheckResult:
    """Language, script and link checks on the source articles themselves, unit by unit.

    A finding stands at the article's line, as both its place and its source place.
    """
    wanted = [c for c in SOURCE_CHECKS if chosen is None or c in chosen]
    levels = {c: severities.get(c, REGISTRY[c].severity.value) for c in wanted}
    findings: list[Finding] = []
    units = 0
    documents = project.articles(articles)
    for article in documents:
        language = project.source_language(article)
        if language is None:
            continue  # too little text to tell its language: nothing to hold it to
        for unit in article.units:
            units += 1
            for name, message in judge_unit(unit, language):
                level = levels.get(name, "off")
                if level == "off":
                    continue
                findings.append(
                    Finding(
                        check=name,
                        severity=Severity(level),
                        path=article.path,
                        line=unit.line,
                        message=message,
                        source=unit.text,
                        language=language.tag,
                        source_path=article.path,
                        source_line=unit.line,
                    )
                )
    return CheckResult(tuple(findings), len(documents), units, sources=True)


def select_catalogs(
    project: Project,
    texts: Mapping[str, str],
    languages: tuple[Language, ...],
    articles: tuple[str, ...],
) -> list[CatalogText]:
    """The PO files of the chosen languages and articles, in path order."""
    locales = project.settings.locales_dir
    by_locale = {lang.locale: lang for lang in languages}
    found: list[CatalogText] = []
    known_articles: set[str] = set()
    for path, text in texts.items():
        where = catalog_at(project.settings, path)
        if where is None or where.locale is None:
            continue
        known_articles.add(where.article)
        lang = by_locale.get(where.locale)
        if lang is None or (articles and where.article not in articles):
            continue
        found.append(CatalogText(path, text, lang, where.article))
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


@dataclass(frozen=True)
class _Job:
    """One catalog to check in pieces: handed to each worker process once, at its start."""

    catalog: CatalogText
    ctx: Context
    chosen: list[str] | None
    severities: Mapping[str, CheckLevel]


def check_catalog(
    cat: CatalogText, ctx: Context, chosen: list[str] | None, severities: Mapping[str, CheckLevel]
) -> tuple[int, list[Finding]]:
    """How many entries a catalog has and its findings, in entry order.

    A big catalog is cut at entry boundaries and the pieces parsed and checked
    by one process per core: every entry is judged on its own, so the findings
    are the same, in the same order, as from one process.
    """
    workers = _workers(len(cat.text))
    if workers == 1:
        return _check_text(cat.text, cat.path, 0, ctx, chosen, severities)
    # More pieces than processes: a process on a slower core ends up taking fewer.
    chunks = _chunks(cat.text, workers * PIECES_PER_WORKER)
    try:
        with WorkerPool(_check_chunk, _Job(cat, ctx, chosen, severities), workers) as pool:
            parts = pool.map(chunks)
    except DigestL10nError:
        parse_po(cat.text, cat.path)  # the error again, with its line in the whole file
        raise
    return sum(n for n, _ in parts), [f for _, found in parts for f in found]


def _check_chunk(job: _Job, chunk: tuple[int, int, int]) -> tuple[int, list[Finding]]:
    start, end, lines_before = chunk
    text = job.catalog.text[start:end]
    return _check_text(text, job.catalog.path, lines_before, job.ctx, job.chosen, job.severities)


def _check_text(
    text: str,
    path: str,
    lines_before: int,
    ctx: Context,
    chosen: list[str] | None,
    severities: Mapping[str, CheckLevel],
) -> tuple[int, list[Finding]]:
    # Each entry is judged on its own and what judging makes dies by refcount; the
    # collector would only rescan the parsed catalog (a tenth of the time).
    with no_gc():
        po = parse_po(text, path)
        entries = [e for e in po if not e.obsolete and e.msgid]
        if lines_before:
            for e in entries:
                if e.linenum is not None:
                    e.linenum += lines_before
        count, found = len(entries), list(run(entries, ctx, only=chosen, severities=severities))
        del po, entries  # gone before the collector resumes, which would rescan them again
    return count, found


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
    if size < PARALLEL_MIN or not can_fork():
        return 1
    return max(1, min(cores(), size // (PARALLEL_MIN // 2)))


# --- Reports ------------------------------------------------------------------------------------


def listing(severities: Mapping[str, CheckLevel]) -> list[str]:
    """One line per check: name, severity as configured, title."""
    width = max(map(len, REGISTRY))
    lines = []
    for name in sorted(REGISTRY):
        c = REGISTRY[name]
        level = severities.get(name, c.severity.value)
        fuzzy = " (also fuzzy entries)" if c.on_fuzzy else ""
        lines.append(f"{name:<{width}}  {level:<7}  {c.title}{fuzzy}")
    return lines


def text_report(result: CheckResult) -> list[str]:
    """The findings as lines for people (each with its source and translation), then a summary."""
    return [*(_text(f) for f in result.findings), _summary_line(result.summary, result.sources)]


def json_report(
    result: CheckResult, checks: list[str], severities: Mapping[str, CheckLevel]
) -> dict[str, object]:
    """The JSON report; its shape is checks/findings.schema.json."""
    return {
        "version": SCHEMA_VERSION,
        "summary": result.summary,
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
                "source_file": f.source_path or None,
                "source_line": f.source_line or None,
            }
            for f in result.findings
        ],
    }


def sarif_report(
    result: CheckResult, checks: list[str], severities: Mapping[str, CheckLevel]
) -> dict[str, object]:
    """The findings as SARIF 2.1.0, for code scanning: each at its source line, the catalog related.

    A finding without a source reference stands at its catalog line instead.
    """
    rules = [
        {
            "id": name,
            "name": name,
            "shortDescription": {"text": REGISTRY[name].title},
            "defaultConfiguration": {
                "level": _sarif_level(severities.get(name, REGISTRY[name].severity.value))
            },
        }
        for name in checks
    ]
    index = {name: i for i, name in enumerate(checks)}
    results = []
    for f in result.findings:
        catalog = _sarif_location(f.path, f.line, "catalog entry")
        entry: dict[str, object] = {
            "ruleId": f.check,
            "level": _sarif_level(f.severity.value),
            "message": {"text": f"{f.message} ({f.language})"},
        }
        if f.check in index:
            entry["ruleIndex"] = index[f.check]
        if f.source_path:
            entry["locations"] = [_sarif_location(f.source_path, f.source_line, "")]
            entry["relatedLocations"] = [{"id": 0, **catalog}]
        else:
            entry["locations"] = [_sarif_location(f.path, f.line, "")]
        results.append(entry)
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "digestl10n",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/digestl10n/",
                        "rules": rules,
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": results,
            }
        ],
    }


def _sarif_level(level: str) -> str:
    return {"error": "error", "warning": "warning"}.get(level, "none")


def _sarif_location(path: str, line: int, what: str) -> dict[str, object]:
    physical: dict[str, object] = {"artifactLocation": {"uri": path}}
    if line > 0:
        physical["region"] = {"startLine": line}
    location: dict[str, object] = {"physicalLocation": physical}
    if what:
        location["message"] = {"text": f"{what} {path}:{line}"}
    return location


def github_report(result: CheckResult) -> list[str]:
    """GitHub Actions workflow commands: one annotation per finding, at its source line."""
    lines = []
    for f in result.findings:
        path, line = (f.source_path, f.source_line) if f.source_path else (f.path, f.line)
        props = f"file={_gh_property(path)}"
        if line > 0:
            props += f",line={line}"
        props += f",title={_gh_property(f'digestl10n {f.check} ({f.language})')}"
        message = f"{f.message}\ncatalog: {f.path}:{f.line}"
        lines.append(f"::{f.severity.value} {props}::{_gh_data(message)}")
    return lines


def _gh_data(text: str) -> str:
    """A workflow command's message, escaped as GitHub's toolkit does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _gh_property(text: str) -> str:
    return _gh_data(text).replace(":", "%3A").replace(",", "%2C")


def markdown_report(result: CheckResult) -> list[str]:
    """A pull-request comment: the summary, a table per check, then the findings (the first 100)."""
    summary = result.summary
    lines = ["## digestl10n check", "", _summary_line(summary, result.sources), ""]
    if not result.findings:
        return lines
    per_check: Counter[tuple[str, str]] = Counter(
        (f.check, f.severity.value) for f in result.findings
    )
    lines += ["| Check | Errors | Warnings |", "| --- | ---: | ---: |"]
    for name in sorted({c for c, _ in per_check}):
        lines.append(f"| {name} | {per_check[name, 'error']} | {per_check[name, 'warning']} |")
    lines += [
        "",
        "| Severity | Check | Source | Catalog | Message |",
        "| --- | --- | --- | --- | --- |",
    ]
    for f in result.findings[:MARKDOWN_ROWS]:
        where = f"{f.source_path}:{f.source_line}" if f.source_path else ""
        lines.append(
            f"| {f.severity.value} | {f.check} | {_md_cell(where)} | "
            f"{_md_cell(f'{f.path}:{f.line}')} | {_md_cell(f.message)} |"
        )
    if len(result.findings) > MARKDOWN_ROWS:
        lines += ["", f"… and {len(result.findings) - MARKDOWN_ROWS} more finding(s)."]
    return lines


def _md_cell(text: str) -> str:
    """Text safe in a table cell: pipes and HTML escaped, line breaks shown as ⏎."""
    text = text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "⏎")
    return text.replace("&", "&amp;").replace("<", "&lt;")


def _text(f: Finding) -> str:
    head = f"{f.path}:{f.line}: [{f.check}] {f.severity.value}: {f.message}"
    if f.path == f.source_path and not f.translation:  # a finding on the article itself
        return f"{head}\n    text:        {_excerpt(f.source)}"
    article = f"\n    article:     {f.source_path}:{f.source_line}" if f.source_path else ""
    return (
        f"{head}{article}\n    source:      {_excerpt(f.source)}"
        f"\n    translation: {_excerpt(f.translation)}"
    )


def _excerpt(text: str) -> str:
    one_line = text.replace("\n", "⏎")
    return one_line if len(one_line) <= EXCERPT else one_line[: EXCERPT - 1] + "…"


def _summary_line(summary: dict[str, int], sources: bool = False) -> str:
    found = (
        f"{summary['errors']} error(s), {summary['warnings']} warning(s)"
        if summary["errors"] or summary["warnings"]
        else "no problems found"
    )
    if sources:
        return f"{summary['catalogs']} article(s), {summary['entries']} units checked: {found}"
    return f"{summary['catalogs']} catalog(s), {summary['entries']} entries checked: {found}"
