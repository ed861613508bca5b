"""The program's exit (cli.run): the status, the output and the exit handlers a normal exit has.

`run` ends the process without freeing the heap; these run the real program in
a process of its own and look at what a shell or a CI job sees.
"""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points
from pathlib import Path

ENV = {"SOURCE_DATE_EPOCH": "1718000000", "PATH": "/usr/bin:/bin"}


def program(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "digestl10n", *args],
        capture_output=True,
        text=True,
        env=ENV,
        cwd=cwd,
    )


def test_the_installed_command_is_run():
    (script,) = entry_points(group="console_scripts", name="digestl10n")
    assert script.value == "digestl10n.cli:run"


def test_a_run_prints_everything_and_exits_0(project):
    done = program("-C", str(project), "extract", "-v")
    assert done.returncode == 0, done.stderr
    # -v names every file written: the last line too reached the pipe before the exit.
    written = sorted(p.relative_to(project).as_posix() for p in project.glob("locales/**/*.po*"))
    assert len(written) == 5
    for path in written:
        assert path in done.stdout
    assert done.stdout.endswith("\n") and done.stderr == ""


def test_a_user_error_exits_2_with_one_line(project):
    done = program("-C", str(project), "build", "--lang", "xx-Nope-Not")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "Traceback" not in done.stderr
    assert done.stderr.startswith("Error:")


def test_usage_errors_and_help_keep_clicks_statuses(tmp_path):
    assert program("--version").stdout.startswith("digestl10n, version ")
    assert program("--help").returncode == 0
    assert program("no-such-command", cwd=tmp_path).returncode == 2


def test_exit_handlers_run_as_at_a_normal_exit(project, tmp_path):
    """Coverage and other tools save their data at exit: run keeps them working."""
    mark = tmp_path / "handler-ran"
    probe = (
        "import atexit, pathlib, sys\n"
        f"atexit.register(pathlib.Path({str(mark)!r}).write_text, 'yes')\n"
        "from digestl10n.cli import run\n"
        f"sys.argv = ['digestl10n', '-C', {str(project)!r}, 'status']\n"
        "run()\n"
        "print('not reached')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=ENV, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "not reached" not in done.stdout
    assert mark.read_text() == "yes"
