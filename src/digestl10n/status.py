"""Where each language stands: counts per catalog, work left, check findings.

Catalogs and findings in, rows, a table and a JSON-ready dict out; only
`project_status` asks the project core for its articles and catalogs.
Work left is measured in the source's own units: Chinese in characters, English
in words. A Han character is not a word: "WildBench是一个框架" is one word
(WildBench) and five characters (是一个框架), so a mixed Chinese text gets both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass

import polib

from .catalog import translated_counts
from .checks import Context, run
from .config import CheckLevel
from .languages import Language
from .model import Article, Finding, Severity
from .project import Project
from .script import is_cjk_letter

_WORD = re.compile(r"\d+(?:[.,]\d+)*|[^\W_]+(?:['’.-][^\W_]+)*")


def measure(text: str) -> tuple[int, int]:
    """(words, CJK characters) of a text.

    >>> measure("WildBench包含1,024个任务")
    (2, 5)
    >>> measure("Benchmarking LLMs with GPT-4-turbo")
    (4, 0)
    """
    chars = sum(1 for ch in text if is_cjk_letter(ch))
    latin = "".join(" " if is_cjk_letter(ch) else ch for ch in text)
    return len(_WORD.findall(latin)), chars


@dataclass(frozen=True)
class Row:
    """One catalog's standing: one language of one article."""

    language: str
    article: str
    catalog: str | None  # project-relative path; None when the catalog does not exist yet
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    obsolete: int = 0
    words_left: int = 0
    chars_left: int = 0
    words_total: int = 0
    chars_total: int = 0
    errors: int = 0
    warnings: int = 0

    @property
    def total(self) -> int:
        """Active entries (obsolete ones are history, not work)."""
        return self.translated + self.fuzzy + self.untranslated

    @property
    def complete(self) -> float:
        """Percentage of active entries translated and not fuzzy (100 for an empty catalog)."""
        return round(100.0 * self.translated / self.total, 1) if self.total else 100.0

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "total": self.total, "complete": self.complete}


_COUNTED = (
    "translated",
    "fuzzy",
    "untranslated",
    "obsolete",
    "words_left",
    "chars_left",
    "words_total",
    "chars_total",
    "errors",
    "warnings",
)


def catalog_row(
    language: str, article: str, path: str, po: polib.POFile, findings: Iterable[Finding] = ()
) -> Row:
    """The row of an existing catalog; work left is the msgids not translated or fuzzy."""
    counts = translated_counts(po)
    words_left = chars_left = words_total = chars_total = 0
    for e in po:
        if e.obsolete or not e.msgid:
            continue
        words, chars = measure(e.msgid)
        words_total += words
        chars_total += chars
        if e.fuzzy or not e.translated():
            words_left += words
            chars_left += chars
    severities = [f.severity for f in findings]
    return Row(
        language,
        article,
        path,
        translated=counts["translated"],
        fuzzy=counts["fuzzy"],
        untranslated=counts["untranslated"],
        obsolete=counts["obsolete"],
        words_left=words_left,
        chars_left=chars_left,
        words_total=words_total,
        chars_total=chars_total,
        errors=severities.count(Severity.ERROR),
        warnings=severities.count(Severity.WARNING),
    )


def missing_row(language: str, article: Article) -> Row:
    """The row of a catalog not created yet: every unit of the article is left."""
    texts = dict.fromkeys(u.text for u in article.units)
    words = chars = 0
    for text in texts:
        w, c = measure(text)
        words += w
        chars += c
    return Row(
        language,
        article.name,
        None,
        untranslated=len(texts),
        words_left=words,
        chars_left=chars,
        words_total=words,
        chars_total=chars,
    )


def totals(rows: Sequence[Row]) -> list[Row]:
    """One row per language summing its articles (article "*"), in first-seen order."""
    out: dict[str, dict[str, int]] = {}
    for r in rows:
        acc = out.setdefault(r.language, dict.fromkeys(_COUNTED, 0))
        for name in _COUNTED:
            acc[name] += getattr(r, name)
    return [Row(lang, "*", None, **acc) for lang, acc in out.items()]


@dataclass(frozen=True)
class Report:
    """Everything `digestl10n status` shows."""

    source_language: str | None
    min_complete: float
    rows: tuple[Row, ...]

    def as_json(self) -> dict[str, object]:
        """The JSON document of `status --format json` (documented in the README)."""
        return {
            "version": 1,
            "source_language": self.source_language,
            "min_complete": self.min_complete,
            "catalogs": [r.as_dict() for r in self.rows],
            "languages": [
                {
                    **{k: v for k, v in t.as_dict().items() if k not in ("article", "catalog")},
                    "below_min_complete": t.complete < self.min_complete,
                }
                for t in totals(self.rows)
            ],
        }

    def table(self) -> str:
        """A fixed-width table: one line per catalog, a total per language when it has several."""
        head = (
            "language",
            "article",
            "translated",
            "fuzzy",
            "untranslated",
            "obsolete",
            "complete",
            "words left",
            "chars left",
            "errors",
            "warnings",
        )
        by_lang = {t.language: t for t in totals(self.rows)}
        articles = {lang: sum(r.language == lang for r in self.rows) for lang in by_lang}
        out: list[tuple[str, ...]] = [head]
        for i, r in enumerate(self.rows):
            out.append(_cells(r))
            last_of_language = i + 1 == len(self.rows) or self.rows[i + 1].language != r.language
            if last_of_language and articles[r.language] > 1:
                out.append(_cells(by_lang[r.language], article="(all)"))
        widths = [max(len(row[c]) for row in out) for c in range(len(head))]
        text = []
        for row in out:
            cells = [row[0].ljust(widths[0]), row[1].ljust(widths[1])]
            cells += [row[c].rjust(widths[c]) for c in range(2, len(head))]
            text.append("  ".join(cells).rstrip())
        if self.min_complete:
            low = [t.language for t in by_lang.values() if t.complete < self.min_complete]
            if low:
                text.append(f"below min_complete {self.min_complete:g}%: {', '.join(low)}")
        return "\n".join(text)


def _cells(r: Row, article: str | None = None) -> tuple[str, ...]:
    name = article or (r.article if r.catalog else f"{r.article} (no catalog)")
    return (
        r.language,
        name,
        str(r.translated),
        str(r.fuzzy),
        str(r.untranslated),
        str(r.obsolete),
        f"{r.complete:.1f}%",
        str(r.words_left),
        str(r.chars_left),
        str(r.errors),
        str(r.warnings),
    )


def project_status(
    project: Project,
    languages: tuple[Language, ...],
    articles: tuple[str, ...],
    severities: Mapping[str, CheckLevel],
) -> Report:
    """The report for `languages` and `articles` (all when none are named), checks included."""
    glossary = project.glossary()
    parsed = project.articles(articles)
    detected = [project.source_language(a) for a in parsed]
    rows: list[Row] = []
    for lang in languages:
        for article, source_language in zip(parsed, detected, strict=True):
            rel = project.po_path(lang, article.name)
            po = project.catalog(rel)
            if po is None:
                rows.append(missing_row(lang.tag, article))
                continue
            ctx = Context(rel, lang, source_language, glossary, project.settings.variant(lang))
            findings = list(run(po, ctx, severities=severities))
            rows.append(catalog_row(lang.tag, article.name, rel, po, findings))
    settings = project.settings
    source = settings.source_language or next((d for d in detected if d is not None), None)
    return Report(source.tag if source else None, settings.min_complete, tuple(rows))
