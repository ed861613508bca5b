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
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal, TypeVar

import click

from .. import __version__
from ..errors import DigestL10nError

F = TypeVar("F", bound=Callable[..., Any])

# What --format gives: lines for people, or one JSON document for CI.
ReportFormat = Literal["text", "json"]


class InputError(click.ClickException):
    """A user error (bad file, bad tag): one line on stderr, exit 2."""

    exit_code = 2


def reports_errors(func: F) -> F:
    """Turn the library's errors into one 'Error: file:line: message' line and exit 2."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except DigestL10nError as exc:
            raise InputError(str(exc)) from None

    return wrapper  # type: ignore[return-value]


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
    """Print `message` on stdout when the command's verbosity is at least `level`."""
    if verbosity() >= level:
        click.echo(message)


def _set_verbosity(ctx: click.Context, param: click.Parameter, value: int) -> None:
    if value:
        level = QUIET if param.name == "quiet" else VERBOSE
        if ctx.meta.get(_VERBOSITY, NORMAL) not in (NORMAL, level):
            raise click.UsageError("give -q or -v, not both")
        ctx.meta[_VERBOSITY] = level


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
                    flags,
                    name,
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
