"""Number checks: every figure of the source survives translation; stale figures are named.

Figures are compared by value, not by digits (digestl10n.numbers): 3.15亿 and
315 million agree, 38亿 and 38 billion do not.
"""

from __future__ import annotations

import polib

from ..model import Severity
from ..numbers import changes, compare
from . import Context, check


@check("numbers", Severity.ERROR)
def figures_kept(entry: polib.POEntry, ctx: Context) -> list[str]:
    """Every number, percentage, ratio, date and model name of the source, with the same value."""
    result = compare(entry.msgid, entry.msgstr)
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
    changed = changes(entry.previous_msgid, entry.msgid)
    if not changed:
        return []
    return [
        f"source figures changed since translation: {', '.join(changed)}; "
        "update them before clearing fuzzy"
    ]
