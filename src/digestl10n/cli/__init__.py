"""The command line: parse arguments, call the core, print, exit.

This module holds the group and what every command shares (the error boundary,
the clock, the grammar); each command has its own module in this package,
loaded on first use. The work itself lives in the project core and the
pipeline modules.

One grammar for every command, given here once when a command is loaded:
`-q/--quiet` and `-v/--verbose`, and `--lang` taking tags repeated or
comma-separated (`--lang en,zh-TW --lang zh-HK`). Articles are arguments.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, Protocol, TypeVar

import click

from .. import __version__
from ..errors import DigestL10nError

if TYPE_CHECKING:
    from ..project import Project

F = TypeVar("F", bound=Callable[..., Any])

# What --format gives: lines for people, or one JSON document for CI.
ReportFormat = Literal["text", "json"]


class InputError(click.ClickException):
    """A user error (bad file, bad tag): one line on stderr, exit 2."""

    exit_code = 2


class Interrupted(click.ClickException):
    """Ctrl-C: the run stopped, its temp files removed; exit 130 as a shell does for SIGINT."""

    exit_code = 130


def reports_errors(func: F) -> F:
    """Turn the library's errors into one 'Error: file:line: message' line and exit 2.

    An OSError that escaped the write layer's own (a read-only disk, a file
    vanished) is reported the same way, naming its file; Ctrl-C exits 130 once
    the code it interrupted has removed its temp files on the way out.
    """

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DigestL10nError as exc:
            raise InputError(str(exc)) from None
        except OSError as exc:
            where = f"{_shown(exc.filename)}: " if exc.filename else ""
            raise InputError(f"{where}{exc.strerror or exc}") from None
        except KeyboardInterrupt:
            raise Interrupted("interrupted; nothing more written") from None

    return wrapper  # type: ignore[return-value]


def _shown(filename: object) -> str:
    """A file named in an OSError, relative to the working folder when it is inside it."""
    path = Path(os.fsdecode(filename)) if isinstance(filename, str | bytes) else Path(str(filename))
    try:
        # The folder resolved, not the file: the file may be the error (a symlink loop).
        where = path.absolute().parent.resolve() / path.name
        return where.relative_to(Path.cwd().resolve()).as_posix()
    except (ValueError, OSError, RuntimeError):
        return path.as_posix()


def load_project(root: Path) -> Project:
    """The project, its whole configuration validated the same way for every command.

    Check names (a misspelt one would leave its check at the default severity)
    and the glossary named in pyproject.toml (missing, it would silently turn
    the glossary off) are errors before any command starts its work.
    """
    from ..project import Project

    project = Project(root)
    if project.settings.checks:  # loading every check's module costs a fast run a fifth
        from ..checks import load_all

        project.check_severities(load_all())
    project.glossary_path()
    return project


def stopped_files(paths: list[str]) -> None:
    """Name each file left unwritten because it changed at every merge; exit 2 if any."""
    for path in paths:
        click.echo(
            f"Error: {path}: changed again each time it was merged; its article's catalogs "
            "are not written, run again when its editor is idle",
            err=True,
        )
    if paths:
        raise SystemExit(2)


def now() -> str:
    """The date stamped on changed templates; SOURCE_DATE_EPOCH makes it reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    moment = datetime.fromtimestamp(int(epoch), UTC) if epoch else datetime.now(UTC)
    return moment.strftime("%Y-%m-%d %H:%M+0000")


# Command name → the module of this package that registers it. Modules load only
# when their command runs, so `digestl10n check` does not pay for the HTML renderer.
_COMMANDS = {
    "extract": "extract",
    "convert": "convert",
    "check": "check",
    "glossary": "glossary",
    "build": "build",
    "status": "status",
    "init": "init",
}

# -q: errors and the closing summary only; default: a line per article or language;
# -v: a line per file too.
QUIET, NORMAL, VERBOSE = -1, 0, 1
_VERBOSITY = "digestl10n.verbosity"


def verbosity() -> int:
    """How much the running command says: QUIET, NORMAL or VERBOSE."""
    ctx = click.get_current_context(silent=True)
    return ctx.meta.get(_VERBOSITY, NORMAL) if ctx is not None else NORMAL


def say(message: str, level: int = NORMAL) -> None:
    """Print `message` on stdout when the command's verbosity is at least `level`.

    A reader that went away (`digestl10n extract | head`) ends the output, not
    the run: the work is finished and the exit is quiet.
    """
    global _reader_gone
    if verbosity() < level or _reader_gone:
        return
    try:
        click.echo(message)
        sys.stdout.flush()
    except BrokenPipeError:
        _reader_gone = True
        # Python flushes stdout again at exit; pointed at /dev/null, that flush cannot fail.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)


_reader_gone = False


class Bar(Protocol):
    """A progress bar, or nothing shown."""

    def update(self, n_steps: int) -> None: ...


class _NoBar:
    def update(self, n_steps: int) -> None:
        pass


@contextmanager
def progress(length: int, label: str) -> Iterator[Bar]:
    """A progress bar on stderr when it is a terminal and there is more than one item."""
    if length > 1 and sys.stderr.isatty():
        with click.progressbar(length=length, label=label, file=sys.stderr) as bar:
            yield bar
    else:
        yield _NoBar()


def _set_verbosity(ctx: click.Context, param: click.Parameter, value: int) -> None:
    if value:
        level = QUIET if param.name == "quiet" else VERBOSE
        if ctx.meta.get(_VERBOSITY, NORMAL) not in (NORMAL, level):
            raise click.UsageError("give -q or -v, not both")
        ctx.meta[_VERBOSITY] = level


def quiet_option(help_: str) -> Callable[[F], F]:
    """A command's own -q/--quiet, for one whose quiet output differs from the common one."""
    return click.option(
        "-q",
        "--quiet",
        "quiet",
        is_flag=True,
        expose_value=False,
        callback=_set_verbosity,
        help=help_,
    )


def _split_tags(ctx: click.Context, param: click.Parameter, value: tuple[str, ...]) -> tuple:
    return tuple(t.strip() for v in value for t in v.split(",") if t.strip())


def _shared_grammar(cmd: click.Command) -> click.Command:
    """Give a command the options every command has, once, however its module declares it."""
    names = {p.name for p in cmd.params}
    for name, flags, help_ in (
        ("quiet", ("-q", "--quiet"), "Say only what went wrong and the summary."),
        ("verbose", ("-v", "--verbose"), "Also name every file read or written."),
    ):
        if name not in names:
            cmd.params.append(
                click.Option(
                    [*flags, name],
                    is_flag=True,
                    expose_value=False,
                    callback=_set_verbosity,
                    help=help_,
                )
            )
    for p in cmd.params:
        if p.name == "langs" and p.callback is None:
            p.callback = _split_tags
            if isinstance(p, click.Option) and p.help:
                p.help = p.help.replace("(repeatable)", "(repeatable, or comma-separated)")
    return cmd


class _LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use (click's lazy-loading pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(_COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in _COMMANDS:
            import importlib

            importlib.import_module(f"{__name__}.{_COMMANDS[cmd_name]}")
        cmd = self.commands.get(cmd_name)
        return _shared_grammar(cmd) if cmd is not None else None


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "-C",
    "--project",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Start here instead of the current folder; the project is the nearest folder "
    "upward whose pyproject.toml has [tool.digestl10n].",
)
@click.version_option(__version__, prog_name="digestl10n")
@click.pass_context
def main(ctx: click.Context, project: Path | None) -> None:
    """Localize a digest through gettext catalogs: extract, check, build."""
    from ..project import find_root

    start = Path.cwd() if project is None else project
    # `init` makes a project where it is told, even inside another one.
    ctx.obj = start if ctx.invoked_subcommand == "init" else find_root(start)


def run() -> None:
    """The `digestl10n` program: `main`, then an exit that does not free the heap.

    A normal exit frees every object one at a time, OpenCC's converters above
    all (their phrase tables: 70 ms for three), memory the system reclaims at
    once anyway: a tenth of a second, a quarter of a one-article extract. So
    the streams are flushed and the exit handlers run, as at a normal exit,
    then the process ends. Every pool and file has been closed by then: the
    commands close them in `with` blocks and `finally` clauses, not at exit.
    """
    import atexit
    import contextlib

    try:
        main()  # standalone mode: it ends in SystemExit, success included
    except SystemExit as exc:
        code = exc.code
    else:  # pragma: no cover - click always exits
        code = 0
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code
    else:  # sys.exit("message"): printed, status 1, as Python does
        print(code, file=sys.stderr)
        status = 1
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # the reader went away (see say)
            stream.flush()
    atexit._run_exitfuncs()  # coverage and other tools save their data here
    os._exit(status)
