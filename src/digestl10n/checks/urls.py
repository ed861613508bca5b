"""The urls check: every URL, link target and arXiv id of the source, unchanged in the translation.

A link's text is translated, its target never is; an arXiv id or a DOI written
in prose is an address too. Compared as written, character for character: one
wrong digit sends the reader to another paper.
"""

from __future__ import annotations

import re
from collections import Counter

import polib

from ..model import Severity
from . import Context, check

# A URL is ASCII: it ends where Chinese text, a space, a quote or an angle bracket begins
# (sentence punctuation and an unopened bracket at its end are trimmed after).
_URL_CHARS = r"[A-Za-z0-9\-._~:/?#\[\]@!$&*+,;=%()]+"
_URL = re.compile(rf"(?:https?|ftp)://{_URL_CHARS}|www\.{_URL_CHARS}")
_LINK_TARGET = re.compile(
    r"\]\(\s*<?([^\s()<>]+(?:\([^\s()]*\)[^\s()<>]*)*)>?(?:\s+[\"'(][^)]*)?\)"
)
# A link definition: a destination, maybe a title, then the line's end. Not a
# footnote ([^1]: 注), nor a line with more text after ([注]: 原文脚注 1：…).
_REFERENCE = re.compile(
    r"""^\s*\[(?!\^)[^\]]+\]:\s*<?(\S+?)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$""", re.M
)
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>")
_ARXIV = re.compile(
    r"(?<![\d.])(?:\d{4}\.\d{4,5}|(?:[a-z\-]+(?:\.[A-Z]{2})?)/\d{7})(?:v\d+)?(?![\d.])"
)
_DOI = re.compile(r"(?<![0-9A-Za-z.])10\.\d{4,9}/[A-Za-z0-9\-._;()/:]+")
_TRAILING = ".,;:!?"
# Most units hold no address at all; these tell cheaply which might.
_ID_HINT = re.compile(r"[0-9]\.[0-9]{4}")


@check("urls", Severity.ERROR)
def addresses_kept(entry: polib.POEntry, ctx: Context) -> list[str]:
    """Every URL, link target and arXiv id of the source appears unchanged in the translation."""
    if not (_may_hold(entry.msgid) or _may_hold(entry.msgstr)):
        return []
    source = addresses(entry.msgid)
    target = addresses(entry.msgstr)
    if source == target:
        return []
    missing = list((source - target).elements())
    extra = list((target - source).elements())
    parts = []
    for old, new in zip(missing, extra, strict=False):
        parts.append(f"{old} became {new}")
    if len(missing) > len(extra):
        parts.append("not in the translation: " + ", ".join(missing[len(extra) :]))
    if len(extra) > len(missing):
        parts.append("not in the source: " + ", ".join(extra[len(missing) :]))
    return ["; ".join(parts)]


def _may_hold(text: str) -> bool:
    """Whether `text` may hold an address at all (a cheap test, true for every text that does)."""
    return (
        "://" in text
        or "www." in text
        or "](" in text
        or "]:" in text
        or "<" in text
        or "/" in text
        or ("." in text and _ID_HINT.search(text) is not None)
    )


def addresses(text: str) -> Counter[str]:
    """The URLs, link targets, arXiv ids and DOIs of `text`, as written."""
    found: Counter[str] = Counter()
    if not _may_hold(text):
        return found
    spans: list[tuple[int, int]] = []
    for pattern in (_LINK_TARGET, _REFERENCE, _AUTOLINK):
        for m in pattern.finditer(text):
            found[_trim(m.group(1))] += 1
            spans.append(m.span(1))
    for m in _URL.finditer(text):
        if any(a <= m.start() < b for a, b in spans):
            continue  # the target of a link, counted once
        found[_trim(m.group())] += 1
        spans.append(m.span())
    for pattern in (_DOI, _ARXIV):
        for m in pattern.finditer(text):
            if not any(a <= m.start() < b for a, b in spans):
                found[_trim(m.group())] += 1
                spans.append(m.span())
    return found


def _trim(url: str) -> str:
    """A URL without the sentence punctuation after it; a closing bracket only if unopened."""
    while url and url[-1] in _TRAILING:
        url = url[:-1]
    while url.endswith(")") and url.count(")") > url.count("("):
        url = url[:-1]
    return url
