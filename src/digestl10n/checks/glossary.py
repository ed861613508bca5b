"""Glossary checks: a term in the source gets its required rendering, never a forbidden one.

Both checks judge the same thing of one entry (which concepts its msgid holds and
how its msgstr renders them), so that judgement is made once per entry (through
the context's memo, `Context.once`) and the two checks read their half of it.

The checks read a text as the converter does: terms cut leftmost-longest
(Glossary.find), nothing inside code, URLs or link destinations (kept as
written, so a term there is neither required nor forbidden), and in a variant
catalog a forbidden rendering the converter itself writes for other words
(查看 → 檢視 next to 视图 → 視圖) is the conversion's, not the concept's.
"""

from __future__ import annotations

from dataclasses import dataclass

import polib

from ..glossary import Concept, Glossary, Match
from ..languages import Language
from ..model import Severity
from ..segment.inline import readable
from ..variants import convert_text, steering_for
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
            bad = _not_the_converters(bad, msgid, msgstr, ctx, source)
        if bad:
            want = glossary.rendering(concept, target) or "another rendering"
            forbidden.append(f"{m.term} → {want}, found {bad[0].text} (forbidden)")
        elif not uses and glossary.accepted(concept, target):
            expected = _expected(glossary, concept, target)
            missing.append(
                f"{m.term} → {expected}, found {_instead(glossary, msgstr, concept, target)}"
            )
    return _Verdict(tuple(missing), tuple(forbidden))


def _not_the_converters(
    bad: list[Match], msgid: str, msgstr: str, ctx: Context, source: Language
) -> list[Match]:
    """The forbidden renderings found that the variant's converter does not itself write.

    視圖檢視 converted from 视图查看 holds 檢視 (OpenCC's 查看), not a forbidden
    rendering of 视图: each forbidden text counts only as often as the msgstr has
    it beyond the converter's own output for the msgid. Only a variant made from
    the source text can be judged so (a pivot variant converts another msgstr).
    """
    variant = ctx.variant
    glossary = ctx.glossary
    if variant is None or glossary is None or variant.base.tag != source.tag:
        return bad
    own = readable(convert_text(msgid, variant.opencc, steering_for(glossary, variant)))
    return [b for b in bad if msgstr.count(b.text) > own.count(b.text)]


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
    """What the translation has where the rendering should be.

    A wrong-case spelling, or another column's rendering of the concept (軟件,
    Hong Kong's, where Taiwan's 軟體 was required), or none.
    """
    near = glossary.search(msgstr, concept, target, case=False)
    if near:
        return f"{near[0].text} (wrong case)"
    for lang in glossary.languages:
        if lang.tag == target.tag:
            continue
        for term in glossary.accepted(concept, lang):
            if term in msgstr:
                return f"{term} (the {lang.tag} rendering)"
    return "none"
