"""What every benchmark row shares: a deterministic scaled archive, timing, and the row format.

Not a test: `make bench` runs bench/run.py, which imports each bench_*.py module
and prints one table of digestl10n against the tool a user would use instead,
measured in the same run on the same data.
"""

from __future__ import annotations

import itertools
import os
import random
import re
import resource
import shutil
import subprocess
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "source" / "digest-2024-06-a.txt"
OUT = ROOT / "bench" / "out"


@dataclass
class Row:
    """One line of the report: our time and the other tool's on the same work."""

    task: str
    ours: float
    theirs_name: str
    theirs: float | None
    note: str = ""
    limit: str = ""  # the target, e.g. "ours ≤ 1/3 of theirs"
    ok: bool | None = None
    unit: str = "s"  # what `ours` and `theirs` count: seconds unless said

    @property
    def ratio(self) -> float | None:
        return self.ours / self.theirs if self.theirs else None


@contextmanager
def timer() -> Iterator[list[float]]:
    """`with timer() as t: …` then t[0] is the wall time in seconds."""
    box: list[float] = []
    start = time.perf_counter()
    try:
        yield box
    finally:
        box.append(time.perf_counter() - start)


def timed(func: Callable[[], object]) -> float:
    """Wall time of one call."""
    with timer() as t:
        func()
    return t[0]


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MiB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def have(tool: str) -> bool:
    return shutil.which(tool) is not None


def run(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(cmd, check=True, capture_output=True, **kw)  # type: ignore[call-overload]


def seed_blocks() -> list[str]:
    """The seed digest as blocks separated by blank lines."""
    return SEED.read_text(encoding="utf-8").split("\n\n")


_NUM = re.compile(r"\d+")


def scaled_archive(n_articles: int, *, seed: int = 2024) -> tuple[dict[str, str], dict[str, str]]:
    """A deterministic archive of `n_articles` digests made from the seed, and a second version.

    Each article reshuffles the seed's papers and varies its figures so articles
    differ; version 2 edits, inserts or deletes about 10 % of paragraphs.
    """
    rng = random.Random(seed)
    blocks = seed_blocks()
    # Group the seed into paper records: a title line starting with a number and what follows.
    papers: list[list[str]] = []
    head: list[str] = []
    for b in blocks:
        if re.match(r"^\d{1,2}、", b) and len(b.splitlines()) == 1 and not b.endswith("。"):
            papers.append([b])
        elif papers:
            papers[-1].append(b)
        else:
            head.append(b)
    v1: dict[str, str] = {}
    v2: dict[str, str] = {}
    for i in range(n_articles):
        r = random.Random(rng.random())
        picked = r.sample(papers, k=min(len(papers), 15))
        out = list(head)
        for k, paper in enumerate(picked, 1):
            for j, b in enumerate(paper):
                if j == 0:
                    b = re.sub(r"^\d+、", f"{k}、", b)
                if j and "http" not in b and "打开网易新闻" not in b:
                    shift = (i * 7 + k) % 97
                    b = _NUM.sub(lambda m, shift=shift: str(int(m.group()) + shift), b)
                    b = b + f"(第{i}期)" if r.random() < 0.5 and j else b
                out.append(b)
        name = f"digest-{i:04d}"
        v1[name] = "\n\n".join(out) + "\n"
        v2[name] = "\n\n".join(_edit(out, r)) + "\n"
    return v1, v2


def _edit(blocks: list[str], r: random.Random) -> list[str]:
    """About 10 % of paragraphs edited, inserted or deleted."""
    out = []
    for b in blocks:
        is_para = len(b) > 40 and "http" not in b
        roll = r.random()
        if is_para and roll < 0.05:
            out.append(b.replace("。", "，并且效果显著。", 1) if "。" in b else b + "修改")
        elif is_para and roll < 0.075:
            continue
        elif is_para and roll < 0.10:
            out.append(b)
            out.append(f"新增段落{r.randint(0, 10**6)}:研究人员还发布了代码和数据,方便复现。")
        else:
            out.append(b)
    return out


TRASH = OUT / ".trash"


def discard(path: Path) -> None:
    """Move `path` out of the way, to be deleted by `empty_trash` when the bench is done.

    Deleting thousands of files just before a timed run slows the run down, not
    the deletion: ext4 without a journal (the machine the README's figures come from) skips
    recently freed inodes when it allocates new ones, so every file the run then
    creates costs a scan past them. That is the bench's own doing, and no user's
    first extract meets it.
    """
    if not path.exists():
        return
    TRASH.mkdir(parents=True, exist_ok=True)
    path.rename(TRASH / f"{path.name}-{os.getpid()}-{next(_discarded)}")


def creation_cost(folder: Path, n: int = 1000) -> float:
    """Microseconds to create one empty file in `folder` now (the files are set aside).

    On ext4 without a journal, creating a file scans past the inodes freed in the
    last one to six minutes: after a mass deletion (an earlier bench's clean-up, a
    test run's temp folders) a file can cost twenty times as much to create (0.5 ms
    against 20 µs here). That weighs on a cold extract, which creates five files an
    article, against md2po, which creates one; the cold rows print this figure.
    """
    probe = folder / f".probe-{os.getpid()}-{next(_discarded)}"
    probe.mkdir(parents=True)
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL
    start = time.perf_counter()
    for i in range(n):
        os.close(os.open(probe / f"f{i}", flags, 0o644))
    spent = time.perf_counter() - start
    discard(probe)
    return 1e6 * spent / n


def settled_creation_cost(folder: Path, limit: float, wait: float = 420) -> float:
    """creation_cost(folder), once it is under `limit` µs or `wait` seconds have passed.

    Files deleted in the last minutes (see creation_cost) would charge the cold
    rows for somebody else's clean-up: the bench waits for the file system to
    settle, saying so, rather than time our five files an article in that state.
    """
    cost = creation_cost(folder)
    deadline = time.monotonic() + wait
    while cost > limit and time.monotonic() < deadline:
        print(
            f"  (creating a file takes {cost:.0f} µs, over {limit:.0f}: files were deleted "
            "in the last minutes; waiting 30 s for the file system to settle)",
            flush=True,
        )
        time.sleep(30)
        cost = creation_cost(folder)
    return cost


def empty_trash() -> None:
    """Delete what `discard` set aside: once, after every timed run."""
    shutil.rmtree(TRASH, ignore_errors=True)


_discarded = itertools.count()


def fresh_project(name: str, pyproject: str) -> Path:
    """An empty project folder bench/out/<name> (emptied if it exists) with this pyproject.toml."""
    root = OUT / name
    discard(root)
    root.mkdir(parents=True)
    (root / "pyproject.toml").write_text(pyproject, encoding="utf-8")
    return root


def write_archive(folder: Path, articles: dict[str, str]) -> None:
    """Replace folder/source with these articles."""
    src = folder / "source"
    discard(src)
    src.mkdir(parents=True)
    for name, text in articles.items():
        (src / f"{name}.txt").write_text(text, encoding="utf-8")


def markdown_archive(n_issues: int, *, seed: int = 2025) -> dict[str, str]:
    """A deterministic Markdown weekly of `n_issues` issues of about 22 KB each.

    Shaped like a real Chinese tech weekly: front matter, headings, a paragraph
    or list item with an inline link on most lines, images, blockquotes and a
    few code blocks; the sentences come from the seed digest, figures varied.
    """
    rng = random.Random(seed)
    text = SEED.read_text(encoding="utf-8")
    sentences = [
        s.strip() + "。"
        for b in text.split("\n\n")
        if "http" not in b and "打开网易新闻" not in b
        for s in b.split("。")
        if len(s.strip()) > 12
    ]
    titles = [
        b.split("、", 1)[1]
        for b in text.split("\n\n")
        if re.match(r"^\d{1,2}、", b) and len(b.splitlines()) == 1
    ]
    out: dict[str, str] = {}
    for i in range(n_issues):
        r = random.Random(rng.random())
        shift = i % 89

        def say(k: int, r: random.Random = r, shift: int = shift) -> str:
            s = "".join(r.choice(sentences) for _ in range(k))
            return _NUM.sub(lambda m: str(int(m.group()) + shift), s)

        def link(r: random.Random = r, i: int = i) -> str:
            return f"[{r.choice(titles)[:28]}](https://example.com/{i}/{r.randint(0, 10**6)})"

        parts = [
            f'---\ntitle: "科技周刊第 {i + 1} 期"\ndescription: "{say(1)}"\n'
            f"date: 2024-{i % 12 + 1:02d}-{i % 28 + 1:02d}\n---\n",
            f"# 科技周刊第 {i + 1} 期\n",
            f"{say(2)}\n",
            f"![封面图](https://img.example.com/{i}/cover.jpg)\n",
        ]
        size = sum(len(p.encode()) for p in parts)
        section = 0
        while size < 21_500:
            section += 1
            kind = section % 6
            if kind == 1:
                block = f"## {r.choice(titles)}\n"
            elif kind == 2:
                block = "\n".join(f"{k}. {link()}：{say(1)}" for k in range(1, 6)) + "\n"
            elif kind == 3:
                block = f"> {say(2)}\n>\n> —— {link()}\n"
            elif kind == 4:
                block = "\n".join(f"- {link()}，{say(1)}" for _ in range(4)) + "\n"
            elif kind == 5 and section % 25 == 5:
                block = (
                    f"```python\nprint('issue {i}', {shift})\nfor k in range(3):\n    pass\n```\n"
                )
            elif kind == 5:
                block = f"![{say(1)[:10]}](https://img.example.com/{i}/{section}.png)\n"
            else:
                block = f"### {r.choice(titles)[:30]}\n\n{say(3)}{link()}。\n"
            parts.append(block)
            size += len(block.encode()) + 1
        out[f"weekly-{i + 1:04d}"] = "\n".join(parts)
    return out
