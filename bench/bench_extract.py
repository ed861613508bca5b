"""Extract + update of a scaled archive, against GNU msgmerge on the same catalogs.

Steps: make an archive of N articles, extract it, translate every entry (so the
update has translations to keep, fuzz and obsolete), switch to version 2 (~10 %
of paragraphs edited, inserted or deleted), then time `digestl10n extract` and
`msgmerge --previous` doing the same update on copies of the same catalogs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

from common import OUT, Row, discard, fresh_project, have, scaled_archive, timed, write_archive

from digestl10n.po import format_po, parse_po

LANG = "en"
PYPROJECT = f"""[tool.digestl10n]
source_language = "zh-Hans"
targets = ["{LANG}"]
"""
CLI = [sys.executable, "-m", "digestl10n"]


def _project(n: int) -> tuple[Path, dict[str, str]]:
    root = fresh_project(f"extract-{n}", PYPROJECT)
    v1, v2 = scaled_archive(n)
    write_archive(root, v1)
    env = dict(os.environ, SOURCE_DATE_EPOCH="1718000000")
    subprocess.run([*CLI, "-C", str(root), "extract"], check=True, capture_output=True, env=env)
    for po_file in (root / "locales" / LANG / "LC_MESSAGES").glob("*.po"):
        po = parse_po(po_file.read_text(encoding="utf-8"), str(po_file))
        for e in po:
            e.msgstr = "EN " + e.msgid[::-1]
        po_file.write_text(format_po(po), encoding="utf-8")
    write_archive(root, v2)
    shutil.copytree(root / "locales", root / "locales-old")
    return root, v2


def _split(folder: Path) -> Counter[str]:
    c: Counter[str] = Counter()
    for f in folder.glob("*.po"):
        for e in parse_po(f.read_text(encoding="utf-8"), str(f)):
            c[
                "obsolete"
                if e.obsolete
                else "fuzzy"
                if e.fuzzy
                else "translated"
                if e.msgstr
                else "new"
            ] += 1
    return c


def _msgmerge_each(root: Path) -> float:
    """msgmerge, one call per article, on copies of the old catalogs and our new templates."""
    work = root / "msgmerge"
    discard(work)
    work.mkdir()
    olds = sorted((root / "locales-old" / LANG / "LC_MESSAGES").glob("*.po"))

    def go() -> None:
        for old in olds:
            pot = root / "locales" / f"{old.stem}.pot"
            subprocess.run(
                [
                    "msgmerge",
                    "--quiet",
                    "--previous",
                    "-o",
                    str(work / old.name),
                    str(old),
                    str(pot),
                ],
                check=True,
            )

    return timed(go)


def _msgmerge_compendium(root: Path) -> float:
    """msgmerge per article with the other catalogs as compendium: the same update with a
    translation memory, which is what extract does (it offers other articles' translations)."""
    work = root / "msgmerge-tm"
    discard(work)
    work.mkdir()
    olds = sorted((root / "locales-old" / LANG / "LC_MESSAGES").glob("*.po"))
    memory = root / "memory.po"
    subprocess.run(["msgcat", "--use-first", "-o", str(memory), *map(str, olds)], check=True)

    def go() -> None:
        for old in olds:
            pot = root / "locales" / f"{old.stem}.pot"
            subprocess.run(
                [
                    "msgmerge",
                    "--quiet",
                    "--previous",
                    "-C",
                    str(memory),
                    "-o",
                    str(work / old.name),
                    str(old),
                    str(pot),
                ],
                check=True,
            )

    return timed(go)


def _msgmerge_combined(root: Path) -> float:
    """msgmerge on one catalog holding every article, as a single-catalog workflow does."""
    olds = sorted(str(p) for p in (root / "locales-old" / LANG / "LC_MESSAGES").glob("*.po"))
    pots = sorted(str(p) for p in (root / "locales").glob("*.pot"))
    subprocess.run(["msgcat", "--use-first", "-o", str(root / "all-old.po"), *olds], check=True)
    subprocess.run(["msgcat", "--use-first", "-o", str(root / "all.pot"), *pots], check=True)
    return timed(
        lambda: subprocess.run(
            [
                "msgmerge",
                "--quiet",
                "--previous",
                "-o",
                str(root / "all-new.po"),
                str(root / "all-old.po"),
                str(root / "all.pot"),
            ],
            check=True,
        )
    )


def _update(root: Path) -> float:
    env = dict(os.environ, SOURCE_DATE_EPOCH="1718100000")
    return timed(
        lambda: subprocess.run(
            [*CLI, "-C", str(root), "extract"], check=True, capture_output=True, env=env
        )
    )


def rows(quick: bool) -> list[Row]:
    out: list[Row] = []
    if not have("msgmerge"):
        print("  (GNU gettext not installed: msgmerge rows skipped)")
    sizes = [20] if quick else [100, 1000]
    for n in sizes:
        root, _ = _project(n)
        ours = _update(root)
        split = _split(root / "locales" / LANG / "LC_MESSAGES")
        entries = sum(split.values())
        if have("msgmerge"):
            theirs = _msgmerge_each(root)
            mm_split = _split(root / "msgmerge")
            agree = "agree" if _comparable(split) == _comparable(mm_split) else "DIFFER"
            out.append(
                Row(
                    f"extract+update {n} articles ({entries} entries)",
                    ours,
                    "msgmerge, per article",
                    theirs,
                    note=f"ours {dict(split)}; msgmerge {dict(mm_split)} "
                    f"({agree} on translated+cosmetic/fuzzy/obsolete)",
                    limit="1,000 articles under 30 s" if n >= 1000 else "",
                    ok=ours < 30 if n >= 1000 else None,
                )
            )
            if n <= 100:
                with_tm = _msgmerge_compendium(root)
                out.append(
                    Row(
                        f"extract+update {n} articles, with memory",
                        ours,
                        "msgmerge -C (memory)",
                        with_tm,
                        note="both offer other articles' translations; msgmerge's fuzzy "
                        "search of the compendium grows with its size",
                        limit="ours ≤ 1/3 of msgmerge at 100 articles",
                        ok=ours <= with_tm / 3 if n == 100 else None,
                    )
                )
                combined = _msgmerge_combined(root)
                out.append(
                    Row(
                        f"extract+update {n} articles, one catalog",
                        ours,
                        "msgmerge, one catalog",
                        combined,
                        note="all articles in one catalog, no memory",
                    )
                )
        else:
            out.append(Row(f"extract+update {n} articles", ours, "msgmerge", None))
    out.append(_read_write(quick))
    return out


def _comparable(split: Counter[str]) -> tuple[int, int, int]:
    # Cosmetic edits are translated for us and fuzzy for msgmerge, by design.
    return split["obsolete"], split["new"], split["translated"] + split["fuzzy"]


def _read_write(quick: bool) -> Row:
    """Parse + write of one big catalog against msgcat reading and writing it."""
    n = 100 if quick else 1000
    root = OUT / f"extract-{n}"
    if not root.exists():
        _project(n)
    big = root / "big.po"
    # One catalog holding every article's entries; the article number keeps msgids distinct.
    merged = None
    for k, f in enumerate(sorted((root / "locales-old" / LANG / "LC_MESSAGES").glob("*.po"))):
        po = parse_po(f.read_text(encoding="utf-8"), str(f))
        if merged is None:
            merged = po
            merged[:] = []
        for e in po:
            if not e.obsolete:
                e.msgid = f"{k}:{e.msgid}"
                merged.append(e)
    assert merged is not None
    big.write_text(format_po(merged), encoding="utf-8")
    subprocess.run(["msgcat", "-o", str(big), str(big)], check=True)  # gettext's own bytes as input
    entries = len(merged)

    def ours_rw() -> None:
        po = parse_po(big.read_text(encoding="utf-8"), str(big))
        (root / "big-ours.po").write_text(format_po(po), encoding="utf-8")

    ours = timed(ours_rw)
    theirs = timed(
        lambda: subprocess.run(["msgcat", "-o", str(root / "big-msgcat.po"), str(big)], check=True)
    )
    same = (root / "big-ours.po").read_bytes() == (root / "big-msgcat.po").read_bytes()
    return Row(
        f"read+write one {entries}-entry catalog",
        ours,
        "msgcat",
        theirs,
        note=f"outputs byte-identical: {same}",
        limit="ours ≤ msgcat",
        ok=ours <= theirs and same,
    )
