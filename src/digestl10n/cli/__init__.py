"""The command line: parse arguments, call the core, print, exit. Nothing else lives here.

The group and what every command shares live here; each command family has its
own module in this package, registered at the bottom.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import click

from .. import __version__
from ..config import Settings, parse_settings
from ..errors import DigestL10nError
from ..languages import Language, parse_language
from ..sources import decode

F = TypeVar("F", bound=Callable[..., Any])


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


class Project:
    """The project folder and its settings, loaded once per command."""

    def __init__(self, root: Path):
        self.root = root
        pyproject = root / "pyproject.toml"
        if pyproject.is_file():
            text = decode(pyproject.read_bytes(), "pyproject.toml")
            self.settings = parse_settings(text, "pyproject.toml")
        else:
            self.settings = Settings()

    def languages(self, tags: tuple[str, ...]) -> tuple[Language, ...]:
        """The target languages named by --lang (all targets when none are)."""
        if not tags:
            return self.settings.targets
        chosen = []
        known = {t.tag: t for t in self.settings.targets}
        for tag in tags:
            lang = parse_language(tag)
            if lang.tag not in known:
                raise DigestL10nError(
                    f"{lang.tag} is not a target language of this project "
                    f"(targets: {', '.join(known) or 'none'}; add it to [tool.digestl10n] targets)",
                    "pyproject.toml",
                )
            chosen.append(known[lang.tag])
        return tuple(chosen)

    def glossary(self) -> Any:
        """The project's glossary (a glossary.Glossary), or None when it has no glossary file."""
        path = self.root / self.settings.glossary
        if not path.is_file():
            return None
        from ..glossary import load_glossary

        return load_glossary(
            decode(path.read_bytes(), self.settings.glossary), self.settings.glossary
        )

    def catalog_texts(self) -> dict[str, str]:
        """Every POT and PO under the locales folder, by project-relative path."""
        base = self.root / self.settings.locales_dir
        out: dict[str, str] = {}
        if not base.is_dir():
            return out
        for path in sorted([*base.glob("*.pot"), *base.glob("*/LC_MESSAGES/*.po")]):
            rel = path.relative_to(self.root).as_posix()
            out[rel] = decode(path.read_bytes(), rel)
        return out


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
    "status": "build",
}


class _LazyGroup(click.Group):
    """A click group whose subcommands are imported on first use (click's lazy-loading pattern)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(set(_COMMANDS) | set(self.commands))

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in _COMMANDS:
            import importlib

            importlib.import_module(f"{__name__}.{_COMMANDS[cmd_name]}")
        return self.commands.get(cmd_name)


@click.group(cls=_LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option(
    "-C",
    "--project",
    type=click.Path(file_okay=False, path_type=Path),
    default=".",
    show_default=True,
    help="Project folder (holds pyproject.toml, source/, locales/).",
)
@click.version_option(__version__, prog_name="digestl10n")
@click.pass_context
def main(ctx: click.Context, project: Path) -> None:
    """Localize a digest through gettext catalogs: extract, check, build."""
    ctx.obj = project
