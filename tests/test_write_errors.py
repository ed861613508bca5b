"""OS errors end in one line and exit 2 with nothing half-written; Ctrl-C exits 130, tidy."""

from __future__ import annotations

import errno
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from digestl10n import files
from digestl10n.cli import main
from digestl10n.po import parse_po

ARTICLE = "digest-2024-06-a"


def cli(project: Path, *args: str):
    return CliRunner().invoke(
        main, ["-C", str(project), *args], env={"SOURCE_DATE_EPOCH": "1718000000"}
    )


def outputs(project: Path) -> dict[str, bytes]:
    found = [p for d in ("locales", "build") for p in (project / d).rglob("*") if p.is_file()]
    return {p.relative_to(project).as_posix(): p.read_bytes() for p in found}


def temp_files(project: Path) -> list[Path]:
    return [p for p in project.rglob("*") if p.name.endswith(".tmp")]


def edit_source(project: Path) -> None:
    src = project / "source" / f"{ARTICLE}.txt"
    src.write_text(src.read_text(encoding="utf-8").replace("模型", "模形"), encoding="utf-8")


def fail_after(monkeypatch: pytest.MonkeyPatch, n: int, code: int) -> None:
    """The write layer's n+1-th temp file fails with `code`, as the disk or system would."""
    real = tempfile.mkstemp
    calls = []

    def mkstemp(*args, **kwargs):
        calls.append(1)
        if len(calls) > n:
            raise OSError(code, os.strerror(code), os.path.join(kwargs["dir"], "x.tmp"))
        return real(*args, **kwargs)

    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)  # files imports it when it writes


CODES = [errno.EROFS, errno.EACCES, errno.ENOSPC, errno.ENAMETOOLONG]


@pytest.mark.parametrize("code", CODES, ids=errno.errorcode.get)
def test_extract_stops_in_one_line_having_replaced_nothing(project, monkeypatch, code):
    assert cli(project, "extract").exit_code == 0
    edit_source(project)
    before = outputs(project)
    fail_after(monkeypatch, 2, code)  # the template and one catalog staged, then the failure
    result = cli(project, "extract")
    assert result.exit_code == 2
    line = f"cannot write: {os.strerror(code)}"
    assert result.stderr.startswith("Error: locales/") and line in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    assert "updated" not in result.output and "created" not in result.output
    assert outputs(project) == before  # no template without its catalogs
    assert not temp_files(project)


@pytest.mark.parametrize("code", CODES, ids=errno.errorcode.get)
def test_build_stops_in_one_line_having_written_nothing(project, monkeypatch, code):
    assert cli(project, "extract").exit_code == 0
    fail_after(monkeypatch, 3, code)
    result = cli(project, "build", "--all")
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: ") and os.strerror(code) in result.stderr
    assert result.stderr.count("\n") == 1 and "wrote" not in result.output
    assert not (project / "build").exists() or not outputs(project).keys() - {
        k for k in outputs(project) if k.startswith("locales/")
    }
    assert not temp_files(project)


def test_an_unwritable_project_folder_is_one_line_too(project, monkeypatch):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), args[0])

    monkeypatch.setattr(os, "open", refuse)  # the lock file is the first file written
    result = cli(project, "extract")
    assert result.exit_code == 2
    assert result.stderr == "Error: .digestl10n.lock: cannot write: Permission denied\n"


# --- For real, on a tiny tmpfs ------------------------------------------------------------------


@pytest.fixture
def tmpfs(project):
    """Mount a 96 KiB tmpfs on the project's locales/ (needs root and a kernel that allows it)."""
    where = project / "locales"
    where.mkdir()
    if shutil.which("mount") is None:
        pytest.skip("no mount command")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", str(where)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode().strip()}")
    yield where
    subprocess.run(["umount", "-l", str(where)], check=False)


def test_a_full_disk_for_real(project, tmpfs):
    result = cli(project, "extract")  # five catalogs of ~60 KiB each do not fit in 96 KiB
    assert result.exit_code == 2
    assert result.stderr.startswith("Error: locales/")
    assert "No space left on device" in result.stderr and result.stderr.count("\n") == 1
    assert "created" not in result.output
    assert not list(tmpfs.rglob("*.po*")) and not temp_files(project)


def test_a_read_only_disk_for_real(project, tmpfs):
    shutil.rmtree(project / "source")
    (project / "source").mkdir()
    (project / "source" / "short.txt").write_text("一句话。\n\n两句话。\n", encoding="utf-8")
    assert cli(project, "extract").exit_code == 0
    before = outputs(project)
    subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], check=True)
    (project / "source" / "short.txt").write_text("一句新话。\n", encoding="utf-8")
    result = cli(project, "extract")
    assert result.exit_code == 2
    assert "Read-only file system" in result.stderr and result.stderr.count("\n") == 1
    assert "updated" not in result.output
    assert outputs(project) == before


# --- Ctrl-C -------------------------------------------------------------------------------------


def big_project(project: Path, n: int) -> None:
    text = (project / "source" / f"{ARTICLE}.txt").read_text(encoding="utf-8")
    for i in range(n):
        (project / "source" / f"copy-{i:03d}.txt").write_text(
            text.replace("论文", f"论文{i}"), encoding="utf-8"
        )


def interrupt_when_writing(project: Path, *args: str, group: bool = False) -> tuple[int, str]:
    """Start a real run, SIGINT it as soon as its first temp file exists; exit code, stderr.

    With `group`, the signal goes to the run's whole process group (its workers
    too), as Ctrl-C in a terminal does.
    """
    env = dict(os.environ, SOURCE_DATE_EPOCH="1718000000")
    cmd = [sys.executable, "-m", "digestl10n", "-C", str(project), *args]
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, start_new_session=group
    )
    deadline = time.monotonic() + 60
    seen = False
    while not seen and proc.poll() is None and time.monotonic() < deadline:
        seen = any(files.TEMP_MARK in p.name for p in project.rglob(".*.tmp"))
    assert seen, "the run ended before writing: the signal would not land mid-run"
    if group:
        os.killpg(proc.pid, signal.SIGINT)
    else:
        proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    return proc.returncode, err.decode()


def test_ctrl_c_during_extract_exits_130_leaving_no_temp_file(project):
    big_project(project, 40)
    code, err = interrupt_when_writing(project, "extract")
    assert code == 130, err
    assert err == "Error: interrupted; nothing more written\n"
    assert not temp_files(project) and not (project / ".digestl10n.lock").exists()
    for path in project.glob("locales/**/*.po*"):
        parse_po(path.read_text(encoding="utf-8"))  # each one whole, old or new


@pytest.mark.parametrize("group", [False, True], ids=["process", "group"])
def test_ctrl_c_during_build_exits_130_leaving_no_temp_file(project, group):
    big_project(project, 40)
    assert cli(project, "extract").exit_code == 0
    code, err = interrupt_when_writing(project, "build", "--all", group=group)
    assert code == 130, err
    assert not temp_files(project) and not (project / ".digestl10n.lock").exists()


def test_an_os_error_reading_is_one_line_naming_the_file(project, monkeypatch):
    assert cli(project, "extract").exit_code == 0
    broken = project / "locales" / "en" / "LC_MESSAGES" / "broken.po"
    broken.symlink_to("broken.po")  # a loop: unreadable even by root
    monkeypatch.chdir(project)
    # A new paragraph sends extract to the translation memory, which reads every catalog.
    seed = next((project / "source").iterdir())
    seed.write_text(seed.read_text(encoding="utf-8") + "\n新的一段。\n", encoding="utf-8")
    for args in (["extract"], ["check"]):
        result = cli(project, *args)
        assert result.exit_code == 2, args
        assert result.stderr == (
            "Error: locales/en/LC_MESSAGES/broken.po: Too many levels of symbolic links\n"
        )
