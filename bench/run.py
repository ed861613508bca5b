"""`make bench`: every benchmark row, ours beside the tool a user would use instead.

Each bench/bench_*.py module has `rows(quick: bool) -> list[Row]`. Run with
`--only NAME` to run one module, `--quick` for a smaller archive.
"""

from __future__ import annotations

import argparse
import compileall
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, empty_trash, peak_rss_mb  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", action="append", help="module name, e.g. extract")
    ap.add_argument("--quick", action="store_true", help="smaller data, for a smoke run")
    args = ap.parse_args()
    here = Path(__file__).resolve().parent
    names = sorted(p.stem.removeprefix("bench_") for p in here.glob("bench_*.py"))
    if args.only:
        names = [n for n in names if n in args.only]
    # pip compiles an installed package's bytecode, and the tools we are measured
    # against ran from theirs; an editable install under PYTHONDONTWRITEBYTECODE
    # would recompile every one of our modules in every timed run instead.
    compileall.compile_dir(str(here.parent / "src"), quiet=1)
    rows: list[Row] = []
    try:
        for name in names:
            mod = importlib.import_module(f"bench_{name}")
            print(f"== {name}", flush=True)
            for row in mod.rows(args.quick):
                rows.append(row)
                _print(row)
    finally:
        empty_trash()  # after every timed run: see common.discard
    print(f"\npeak memory of the bench process: {peak_rss_mb():.0f} MiB")
    failed = [r for r in rows if r.ok is False]
    for r in failed:
        print(f"TARGET MISSED: {r.task}: {r.limit}")
    return 1 if failed else 0


def _print(r: Row) -> None:
    theirs = f"{r.theirs:8.2f}{r.unit}" if r.theirs is not None else "     n/a"
    ratio = f"{r.ratio:6.2f}x" if r.ratio is not None else "    - "
    status = "" if r.ok is None else (" ok" if r.ok else " MISSED")
    ours = f"{r.ours:8.2f}{r.unit}"
    print(f"  {r.task:<48} ours {ours} | {r.theirs_name:<22} {theirs} | ratio {ratio}{status}")
    if r.limit:
        print(f"      target: {r.limit}")
    if r.note:
        print(f"      {r.note}")


if __name__ == "__main__":
    raise SystemExit(main())
