"""Number checks: every figure of the source survives translation; stale figures are named.

Format directives are no figures (po.directives.without_directives); figures
are compared by value, not by digits (digestl10n.numbers): 3.15亿 and
315 million agree, 38亿 and 38 billion do not.
"""

from __future__ import annotations

import polib

from ..model import Severity
from ..numbers import changes, compare
from ..po.directives import without_directives
from . import Context, check


@check("numbers", Severity.ERROR)
def figures_kept(entry: polib.POEntry, ctx: Context) -> list[str]:
    """Every number, percentage, ratio, date and model name of the source, with the same value."""
    flags = entry.flags
    result = compare(
        without_directives(entry.msgid, flags), without_directives(entry.msgstr, flags)
    )
    if result.ok:
        return []
    parts = []
    if result.missing:
        parts.append("not in the translation: " + ", ".join(q.show() for q in result.missing))
    if result.extra:
        parts.append("not in the source: " + ", ".join(q.show() for q in result.extra))
    if result.missing_names:
        parts.append("names not kept: " + ", ".join(result.missing_names))
    return ["; ".join(parts)]


@check("stale-numbers", Severity.WARNING, on_fuzzy=True)
def figures_changed(entry: polib.POEntry, ctx: Context) -> list[str]:
    """A fuzzy translation whose source changed its figures since it was translated."""
    if not entry.fuzzy or not entry.previous_msgid:
        return []
    flags = entry.flags
    changed = changes(
        without_directives(entry.previous_msgid, flags), without_directives(entry.msgid, flags)
    )
    if not changed:
        return []
    return [
        f"source figures changed since translation: {', '.join(changed)}; "
        "update them before clearing fuzzy"
    ]
