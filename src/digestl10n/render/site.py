"""Pages through Jinja2 templates: the one module that imports Jinja2.

Templates live in the package's templates/ folder; a project overrides any of
them by putting a file of the same name in its templates folder
(`templates_dir`, default `templates/`). Autoescaping is on for every template:
a title or a translator's text is escaped wherever a template puts it, and only
HTML our own renderers produced (already escaped) is passed as `trusted`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from jinja2 import ChoiceLoader, Environment, FileSystemLoader, PackageLoader, StrictUndefined
from jinja2 import TemplateError as _JinjaError
from markupsafe import Markup

from ..errors import DigestL10nError


def trusted(html: str) -> Markup:
    """HTML that our renderers built and escaped, to be inserted as is."""
    return Markup(html)


def render_template(name: str, templates: str | None, **context: Any) -> str:
    """The template `name` (the project's own when `templates` holds one) filled with `context`."""
    try:
        return _environment(templates).get_template(name).render(**context)
    except _JinjaError as exc:
        where = getattr(exc, "filename", None) or name
        line = getattr(exc, "lineno", None)
        raise DigestL10nError(f"template: {exc.message}", where, line) from None


@cache  # one environment per templates folder and process: templates compile once
def _environment(templates: str | None) -> Environment:
    loaders: list[Any] = [FileSystemLoader(templates)] if templates else []
    loaders.append(PackageLoader("digestl10n", "templates"))
    return Environment(
        loader=ChoiceLoader(loaders),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
