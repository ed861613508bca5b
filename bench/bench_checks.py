"""`digestl10n check` with every check on, against Translate Toolkit's pofilter, on one big catalog.

The catalog is the bundled English edition repeated to 30,000 entries, each
made unique by an issue number in both msgid and msgstr ("(第12期)" / "(issue
12)"), so no cache sees the same text twice. One entry in 200 has a planted
fault (a figure dropped from the translation), so both tools have something to
find. Both run as a user runs them, one process each, parse included: ours
`digestl10n check` (all checks, the bundled glossary), theirs `pofilter` with
its default checks.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

from common import ROOT, Row, fresh_project, timed

from digestl10n.po import format_po, parse_po

ENTRIES = 30_000
QUICK_ENTRIES = 3_000
FAULT_EVERY = 200
RUNS = 5  # each tool's best of this many runs, in turn: a shared machine's noise is only ever added
CATALOG = ROOT / "locales" / "en" / "LC_MESSAGES" / "digest-2024-06-a.po"
PYPROJECT = """[tool.digestl10n]
source_language = "zh-Hans"
targets = ["en"]
"""
_FIGURE = re.compile(r"\d+(?:\.\d+)?%")


def _project(n: int) -> tuple[Path, Path, int]:
    """A project with one n-entry English catalog: its root, the catalog, the faults planted."""
    root = fresh_project(f"checks-{n}", PYPROJECT)
    (root / "locales" / "en" / "LC_MESSAGES").mkdir(parents=True)
    shutil.copy(ROOT / "glossary.tsv", root / "glossary.tsv")
    seed = parse_po(CATALOG.read_text(encoding="utf-8"), str(CATALOG))
    pairs = [e for e in seed if e.msgid and e.msgstr and not e.obsolete and not e.fuzzy]
    template = parse_po("", "bench.pot")
    template.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "X-Source-Language": "zh-Hans",
    }
    (root / "locales" / "bench.pot").write_text(format_po(template), encoding="utf-8")
    po = parse_po(CATALOG.read_text(encoding="utf-8"), str(CATALOG))
    for e in list(po):
        po.remove(e)
    faults = 0
    issue = 0
    while len(po) < n:
        for e in pairs:
            if len(po) >= n:
                break
            new = type(e)(
                msgid=f"{e.msgid}(第{issue}期)",
                msgstr=f"{e.msgstr} (issue {issue})",
                comment=e.comment,
                occurrences=list(e.occurrences),
            )
            # After every FAULT_EVERY entries, the next one with a percentage loses it.
            if len(po) >= (faults + 1) * FAULT_EVERY and _FIGURE.search(new.msgstr):
                new.msgstr = _FIGURE.sub("", new.msgstr, count=1)
                faults += 1
            po.append(new)
        issue += 1
    catalog = root / "locales" / "en" / "LC_MESSAGES" / "bench.po"
    catalog.write_text(format_po(po), encoding="utf-8")
    return root, catalog, faults


def _pofilter() -> list[str] | None:
    exe = Path(sys.executable).parent / "pofilter"
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pofilter")
    return [found] if found else None


def rows(quick: bool) -> list[Row]:
    n = QUICK_ENTRIES if quick else ENTRIES
    root, catalog, planted = _project(n)
    report = root / "report.json"

    def ours_run() -> None:
        with report.open("w", encoding="utf-8") as out:
            subprocess.run(
                [sys.executable, "-m", "digestl10n", "-C", str(root), "check", "--format", "json"],
                stdout=out,
                check=False,
            )

    pofilter = _pofilter()
    filtered = root / "pofilter.po"

    def theirs_run() -> None:
        assert pofilter is not None
        subprocess.run(
            [*pofilter, "--progress=none", str(catalog), str(filtered)],
            check=True,
            capture_output=True,
        )

    # In turn, as the Markdown rows take theirs: a shared machine's slow spell then
    # falls on both tools' runs alike instead of on one tool's block of runs.
    ours_runs: list[float] = []
    theirs_runs: list[float] = []
    for _ in range(RUNS):
        ours_runs.append(timed(ours_run))
        if pofilter is not None:
            theirs_runs.append(timed(theirs_run))
    ours = min(ours_runs)
    summary = json.loads(report.read_text(encoding="utf-8"))
    by_check: dict[str, int] = {}
    for f in summary["findings"]:
        by_check[f["check"]] = by_check.get(f["check"], 0) + 1
    found = ", ".join(f"{k} {v}" for k, v in sorted(by_check.items())) or "none"
    if pofilter is None:
        print("  (translate-toolkit not installed: pip install translate-toolkit)")
        return [
            Row(
                f"check {n} entries, all checks",
                ours,
                "pofilter",
                None,
                note=f"ours found: {found}",
            )
        ]
    theirs = min(theirs_runs)
    flagged = 0
    if filtered.exists():
        flagged = sum(
            1
            for e in parse_po(filtered.read_text(encoding="utf-8"), str(filtered))
            if "(pofilter)" in (e.tcomment or "")
        )
    return [
        Row(
            f"check {n} entries, all checks",
            ours,
            "pofilter, default checks",
            theirs,
            note=(
                f"best of {RUNS} runs each, in turn: ours {n / ours:,.0f} entries/s, "
                f"pofilter {n / theirs:,.0f} entries/s; "
                f"{planted} dropped percentages planted; ours found: {found}; "
                f"pofilter flagged {flagged} entries; runs (s): ours {_list(ours_runs)}, "
                f"pofilter {_list(theirs_runs)}"
            ),
            limit="ours ≥ 5× pofilter's throughput",
            ok=ours * 5 <= theirs,
        )
    ]


def _list(walls: list[float]) -> str:
    return "/".join(f"{w:.2f}" for w in walls)
