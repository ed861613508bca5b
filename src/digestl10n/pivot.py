"""A catalog derived from another language's translation catalog by OpenCC (the pivot case).

`digestl10n convert --from zh-CN --to zh-TW` turns a Simplified *translation*
catalog (English msgids, say) into a Traditional one: entry by entry, keyed by
msgctxt and msgid, every plural form included. A missing catalog is created
from the base's header (its own lines, Plural-Forms included; Language set);
an existing one keeps its msgids and every reviewer's edit, as `variants`
does: provenance is the same `# machine: opencc <config> <hash>` comment, the
hash taken over the plural forms joined by NUL.

A base entry's state carries over: converted from a fuzzy base translation,
the entry is fuzzy too, with the base's `#|` lines; it is re-converted (and
made non-fuzzy) once the base is.

Adopting an existing human catalog (`--adopt`) records one header field,
`X-Digestl10n-Adopted: opencc <config>`, instead of a comment per entry: in a
catalog holding it, a translated entry without a machine comment is a
reviewer's, kept as it is, fuzzy state included.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath

import polib

from .languages import Language
from .po.header import HeaderTextPOFile, copy_header, nplurals, set_header_field
from .variants import ADOPTED, SteeredConverter, fingerprint, provenance

__all__ = [
    "ADOPTED",
    "PivotStats",
    "adopt_catalog",
    "default_opencc",
    "derive_catalog",
    "empty_catalog",
    "pivot_path",
]
_REVIEWED = "reviewed: opencc {config}, differs from its conversion"


@dataclass(frozen=True)
class PivotStats:
    """What deriving one catalog did: entries filled, re-converted, kept, and the plural ones."""

    created: bool = False
    filled: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0
    plural: int = 0
    fuzzy: int = 0
    no_base: int = 0


def default_opencc(source: Language, target: Language) -> str | None:
    """The OpenCC configuration that turns `source`'s Chinese into `target`'s; None if none."""
    if source.writing == "Hans" and target.writing == "Hant":
        return {"TW": "s2twp", "HK": "s2hk"}.get(target.region or "", "s2t")
    if source.writing == "Hant" and target.writing == "Hans":
        return {"TW": "tw2sp", "HK": "hk2s"}.get(source.region or "", "t2s")
    return None


def pivot_path(path: str, source: Language, target: Language) -> str | None:
    """Where the `target` catalog beside the `source` one at `path` lives; None if it cannot tell.

    `…/zh_CN/LC_MESSAGES/x.po` → `…/zh_TW/LC_MESSAGES/x.po`; `po/zh_CN.po` → `po/zh_TW.po`.
    """
    p = PurePosixPath(path)
    if p.stem == source.locale:
        return str(p.with_name(target.locale + p.suffix))
    parts = list(p.parts)
    if source.locale in parts[:-1]:
        i = len(parts) - 2 - parts[:-1][::-1].index(source.locale)
        parts[i] = target.locale
        return str(PurePosixPath(*parts))
    return None


def adopt_catalog(po: polib.POFile, config: str) -> None:
    """Record that `po`'s translations without provenance are a reviewer's (one header field)."""
    _set_field(po, ADOPTED, f"opencc {config}")


def derive_catalog(
    base: polib.POFile,
    target: polib.POFile | None,
    language: Language,
    config: str,
    steering: Mapping[str, str] | None = None,
    *,
    adopt: bool = False,
) -> tuple[polib.POFile, PivotStats]:
    """The `language` catalog converted from `base` by OpenCC `config`: `target` updated, or new."""
    created = target is None
    po = empty_catalog(base, language) if target is None else target
    if adopt and not created:
        adopt_catalog(po, config)
    adopted = ADOPTED in po.metadata
    n = nplurals(po.metadata.get("Plural-Forms", ""))
    active = {(e.msgctxt, e.msgid): e for e in base if not e.obsolete}
    gone = {(e.msgctxt, e.msgid): e for e in base if e.obsolete}
    todo: list[tuple[polib.POEntry, polib.POEntry]] = []
    no_base = 0
    for entry in po:
        if entry.obsolete and not created:
            continue
        b = (gone if entry.obsolete else active).get((entry.msgctxt, entry.msgid))
        if b is None or not any(_forms(b)):
            no_base += not any(_forms(entry))
            continue
        todo.append((entry, b))
    convert = SteeredConverter(config, steering)
    flat = [form for _, b in todo for form in _forms(b)]
    converted = iter(convert.convert_many(flat))
    filled = updated = unchanged = kept = plural = fuzzy = 0
    machine = f"machine: opencc {config} "
    for entry, b in todo:
        new = [next(converted) for _ in _forms(b)]
        current = _forms(entry)
        if any(current):
            recorded = provenance(entry)
            is_machine = recorded is not None and recorded[1] == fingerprint("\0".join(current))
            if not is_machine and (adopted or recorded is not None or current != new):
                if adopted:
                    _mark(entry, None)  # a human's now: a stale machine line would say otherwise
                elif recorded is None or recorded[0] == "machine":
                    _mark(entry, _REVIEWED.format(config=config))
                kept += 1
                continue
            if current == new and entry.fuzzy == b.fuzzy:
                unchanged += 1
            else:
                updated += 1
        else:
            filled += 1
        _set_forms(entry, new, n)
        plural += bool(entry.msgid_plural)
        _take_state(entry, b)
        fuzzy += entry.fuzzy
        _mark(entry, machine + fingerprint("\0".join(_forms(entry))))
    return po, PivotStats(created, filled, updated, unchanged, kept, plural, fuzzy, no_base)


def _forms(e: polib.POEntry) -> list[str]:
    if e.msgid_plural:
        return [v for _, v in sorted(e.msgstr_plural.items())] or [""]
    return [e.msgstr]


def _set_forms(e: polib.POEntry, forms: list[str], n: int) -> None:
    if e.msgid_plural:
        forms = forms[:n] + [forms[-1]] * (n - len(forms))
        e.msgstr_plural = dict(enumerate(forms))
    else:
        e.msgstr = forms[0]


def _take_state(e: polib.POEntry, b: polib.POEntry) -> None:
    """The base entry's fuzzy state and `#|` lines (a base still in doubt leaves us in doubt)."""
    e.flags = [f for f in e.flags if f != "fuzzy"]
    if b.fuzzy:
        e.flags.insert(0, "fuzzy")
        e.previous_msgctxt = b.previous_msgctxt
        e.previous_msgid = b.previous_msgid
        e.previous_msgid_plural = b.previous_msgid_plural
    else:
        e.previous_msgctxt = e.previous_msgid = e.previous_msgid_plural = None


def _mark(entry: polib.POEntry, line: str | None) -> None:
    """Put the provenance line last in the translator comment (replacing any), or drop it."""
    if line is None and "opencc " not in entry.tcomment:
        return
    lines = [
        ln
        for ln in entry.tcomment.splitlines()
        if not ln.startswith(("machine: opencc ", "reviewed: opencc "))
    ]
    entry.tcomment = "\n".join([*lines, line] if line is not None else lines)


def empty_catalog(base: polib.POFile, language: Language) -> HeaderTextPOFile:
    """A catalog for `language` with the base's header and entries, msgstrs emptied."""
    po = HeaderTextPOFile(wrapwidth=79)
    copy_header(base, po)
    _set_field(po, "Language", language.locale)
    for b in base:
        e = polib.POEntry(
            msgid=b.msgid,
            msgctxt=b.msgctxt,
            msgid_plural=b.msgid_plural,
            msgstr="",
            obsolete=b.obsolete,
            comment=b.comment,
            tcomment=b.tcomment,
            occurrences=list(b.occurrences),
            flags=[f for f in b.flags if f != "fuzzy"],
        )
        if b.msgid_plural:
            e.msgstr_plural = {0: ""}
        po.append(e)
    return po


def _set_field(po: polib.POFile, key: str, value: str) -> None:
    if isinstance(po, HeaderTextPOFile):
        set_header_field(po, key, value)
    else:
        po.metadata[key] = value
