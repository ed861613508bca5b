"""`digestl10n build --all` on a scaled archive, against Translate Toolkit's po2txt, same files.

Setup (not timed): an archive of N articles in a project configured like the
bundled one (en translated by hand, zh-Hant / zh-TW / zh-HK converted by OpenCC),
extracted by `digestl10n extract`, every English entry translated. Then, in the
same run, on the same articles and catalogs:
- ours: one `digestl10n build --all` command writing, per article and language,
  the text edition, the HTML page and the .mo (plus the source page); it
  spreads the articles over worker processes, one per core (up to 4);
- theirs: `po2txt -t source/ -i locales/<ll>/LC_MESSAGES/ -o …` once per language,
  writing the text edition only.
Both start from an empty output folder and run as their own process, which
reports its own peak memory. Target: ours no slower per article and language.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from common import Row, discard, fresh_project, scaled_archive, timer, write_archive

from digestl10n.po import format_po, parse_po

PYPROJECT = """[tool.digestl10n]
source_language = "zh-Hans"
targets = ["en", "zh-Hant", "zh-TW", "zh-HK"]
noise = ['^打开网易新闻 查看更多图片$']

[tool.digestl10n.variants]
zh-Hant = { base = "zh-Hans", opencc = "s2t" }
zh-TW = { base = "zh-Hans", opencc = "s2twp" }
zh-HK = { base = "zh-Hans", opencc = "s2hk" }
"""
LOCALES = {"en": "en", "zh-Hant": "zh_Hant", "zh-TW": "zh_TW", "zh-HK": "zh_HK"}

# Run a CLI's main() in a fresh interpreter and report that process's peak RSS on stderr.
_PEAK = """
import resource, sys
{imports}
try:
    code = {call}
except SystemExit as exc:
    code = exc.code
print("PEAK_KB", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
      resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)
sys.exit(code or 0)
"""


def _measured(imports: str, call: str, cwd: Path) -> tuple[float, float, float]:
    """(wall seconds, peak MiB, largest child process's peak MiB) of a process running `call`."""
    code = _PEAK.format(imports=imports, call=call)
    with timer() as t:
        done = subprocess.run(
            [sys.executable, "-c", code], cwd=cwd, capture_output=True, check=False, env=_env()
        )
    if done.returncode not in (0,):
        raise RuntimeError(done.stderr.decode("utf-8", "replace")[-2000:])
    peak, child = next(
        map(int, line.split()[1:])
        for line in done.stderr.decode().splitlines()
        if line.startswith("PEAK_KB")
    )
    return t[0], peak / 1024, child / 1024


def _env() -> dict[str, str]:
    return dict(os.environ, SOURCE_DATE_EPOCH="1718000000")


def _project(n: int) -> Path:
    root = fresh_project(f"build-{n}", PYPROJECT)
    v1, _ = scaled_archive(n)
    write_archive(root, v1)
    subprocess.run(
        [sys.executable, "-m", "digestl10n", "-C", str(root), "extract"],
        check=True,
        capture_output=True,
        env=_env(),
    )
    for po_file in (root / "locales" / "en" / "LC_MESSAGES").glob("*.po"):
        po = parse_po(po_file.read_text(encoding="utf-8"), str(po_file))
        for e in po:
            if e.msgid:
                e.msgstr = "EN " + e.msgid[::-1]
        po_file.write_text(format_po(po), encoding="utf-8")
    return root


def rows(quick: bool) -> list[Row]:
    n = 50 if quick else 1000
    root = _project(n)
    ours_out, theirs_out = root / "build", root / "po2txt"
    for folder in (ours_out, theirs_out):
        discard(folder)
    theirs_out.mkdir()  # po2txt creates one folder level only

    ours, ours_peak, worker_peak = _measured(
        "from digestl10n.cli import main",
        f"main(['-C', {str(root)!r}, 'build', '--all', '--out', {str(ours_out)!r}])",
        root,
    )
    theirs = 0.0
    theirs_peak = 0.0
    for tag, locale in LOCALES.items():
        argv = [
            "-t",
            "source",
            "-i",
            f"locales/{locale}/LC_MESSAGES",
            "-o",
            f"po2txt/{tag}",
            "--progress",
            "none",
        ]
        seconds, peak, _ = _measured(
            "from translate.convert.po2txt import main", f"main({argv!r})", root
        )
        theirs += seconds
        theirs_peak = max(theirs_peak, peak)

    # --all also writes the source edition and the site (indexes, feeds, sitemap):
    # counted as our cost, not as target editions.
    built = len([p for p in ours_out.glob("*/*.txt") if p.parent.name in LOCALES])
    converted = len(list(theirs_out.glob("*/*.txt")))
    per = n * len(LOCALES)
    if built != per or converted != per:
        raise RuntimeError(f"expected {per} text editions, got ours {built}, po2txt {converted}")
    return [
        Row(
            task=f"build {n} articles × {len(LOCALES)} languages",
            ours=ours,
            theirs_name="po2txt (Translate Toolkit)",
            theirs=theirs,
            note=(
                f"per article and language: ours {1000 * ours / per:.1f} ms (text + HTML + .mo), "
                f"po2txt {1000 * theirs / per:.1f} ms (text only); "
                f"peak memory: ours {ours_peak:.0f} MiB"
                + (f" + ≤ {worker_peak:.0f} MiB per worker process" if worker_peak else "")
                + ", "
                f"po2txt {theirs_peak:.0f} MiB (largest of its runs)"
            ),
            limit="ours no slower per article and language",
            ok=ours <= theirs,
        )
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    for row in rows("--quick" in sys.argv):
        print(row)
