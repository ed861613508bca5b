"""Glossary checks: a term in the source gets its required rendering, never a forbidden one.

Both checks judge the same thing of one entry (which concepts its msgid holds and
how its msgstr renders them), so that judgement is made once per entry (through
the context's memo, `Context.once`) and the two checks read their half of it.
"""

from __future__ import annotations

from dataclasses import dataclass

import polib

from ..glossary import Concept, Glossary, Match
from ..languages import Language
from ..model import Severity
from ..segment.inline import readable
from . import Context, check


@dataclass(frozen=True)
class _Verdict:
    missing: tuple[str, ...] = ()
    forbidden: tuple[str, ...] = ()


_NOTHING = _Verdict()


@check("glossary", Severity.ERROR)
def glossary_followed(entry: polib.POEntry, ctx: Context) -> tuple[str, ...]:
    """Glossary terms in the source are translated with the glossary's rendering."""
    return ctx.once(entry, _judge).missing


@check("forbidden", Severity.ERROR)
def forbidden_absent(entry: polib.POEntry, ctx: Context) -> tuple[str, ...]:
    """No rendering the glossary forbids for a term of the source."""
    return ctx.once(entry, _judge).forbidden


def _judge(entry: polib.POEntry, ctx: Context) -> _Verdict:
    """Both checks' verdict on an entry; asked through ctx.once, so made once per entry."""
    return _verdict(entry.msgid, entry.msgstr, ctx)


def _verdict(msgid: str, msgstr: str, ctx: Context) -> _Verdict:
    glossary = ctx.glossary
    if glossary is None or not msgstr:
        return _NOTHING
    target = glossary.language(ctx.language.tag)
    if target is None:
        return _NOTHING
    source = _source(glossary, ctx.source_language)
    if source.tag == target.tag:
        return _NOTHING
    # A term inside code or a URL is not one: the edition keeps it as written.
    msgid, msgstr = readable(msgid), readable(msgstr)
    found: dict[Concept, Match] = {}
    for m in glossary.find(msgid, source):
        found.setdefault(m.concept, m)
    if not found:
        return _NOTHING
    missing: list[str] = []
    forbidden: list[str] = []
    covered: list[Match] | None = None
    for concept, m in found.items():
        uses, bad = glossary.judge(msgstr, concept, target)
        if bad:
            if covered is None:
                # A forbidden term inside a required one (算法 in 演算法) is no violation.
                covered = [a for c in found for a in glossary.search(msgstr, c, target)]
            bad = [
                b for b in bad if not any(a.start <= b.start and b.end <= a.end for a in covered)
            ]
        if bad:
            want = glossary.rendering(concept, target) or "another rendering"
            forbidden.append(f"{m.term} → {want}, found {bad[0].text} (forbidden)")
        elif not uses and glossary.accepted(concept, target):
            expected = _expected(glossary, concept, target)
            missing.append(
                f"{m.term} → {expected}, found {_instead(glossary, msgstr, concept, target)}"
            )
    return _Verdict(tuple(missing), tuple(forbidden))


def _source(glossary: Glossary, language: Language | None) -> Language:
    """The column the msgids are written in: the project's source language, else the glossary's."""
    if language is not None:
        column = glossary.language(language.tag)
        if column is not None:
            return column
    return glossary.source


def _expected(glossary: Glossary, concept: Concept, target: Language) -> str:
    terms = glossary.accepted(concept, target)
    return terms[0] + (f" (or {', '.join(terms[1:])})" if len(terms) > 1 else "")


def _instead(glossary: Glossary, msgstr: str, concept: Concept, target: Language) -> str:
    """What the translation has where the rendering should be: a wrong-case spelling, or none."""
    near = glossary.search(msgstr, concept, target, case=False)
    return f"{near[0].text} (wrong case)" if near else "none"
