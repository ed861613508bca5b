"""The markup check: Markdown inline structure and bracket pairs survive translation.

For units of a Markdown article: the same number of links, images, autolinks,
strong and emphasised spans and inline HTML tags, and the same code spans,
character for character (code is never translated). A link's target is the
urls check's to compare; here a link broken into `[text] (url)` or missing its
`)` counts as lost. For every unit: brackets the source balances stay
balanced, full-width and half-width alike (（…） translates to (…) and back).
"""

from __future__ import annotations

import re
from collections import Counter

import polib

from ..model import Severity
from . import Context, check

_MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd", ".mdx")
_CODE = re.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", re.S)
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)\s]*(?:\([^)\s]*\)[^)\s]*)*(?:\s+[\"'][^\"']*[\"'])?\)")
_LINK = re.compile(
    r"(?<!!)\[[^\]]*\](?:\([^)\s]*(?:\([^)\s]*\)[^)\s]*)*(?:\s+[\"'][^\"']*[\"'])?\)|\[[^\]]*\])"
)
_AUTOLINK = re.compile(r"<(?:https?|ftp|mailto):[^>\s]+>")
_TAG = re.compile(r"</?([A-Za-z][A-Za-z0-9]*)\b[^>]*>")
_STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*|(?<![\w])__(?=\S)(.+?)(?<=\S)__(?![\w])", re.S)
# `*` emphasises inside a word too (CommonMark), which is how Chinese writes it:
# 这是*评估*。 and *评估*结果 are emphasis; `_` only between non-word characters.
_EMPHASIS = re.compile(
    r"(?<!\*)\*(?=[^\s*])(.+?)(?<=[^\s*])\*(?!\*)|(?<![_\w])_(?=[^\s_])(.+?)(?<=[^\s_])_(?![_\w])",
    re.S,
)
_URL = re.compile(r"(?:https?|ftp)://[A-Za-z0-9\-._~:/?#\[\]@!$&*+,;=%()]+")  # ASCII only
_MARKUP_CHARS = re.compile(r"[`*_\[<]")

# Bracket pairs, full-width and half-width forms counted as one.
_OPEN = {"(": "()", "（": "()", "[": "[]", "［": "[]", "【": "[]", "{": "{}", "｛": "{}"}
_CLOSE = {")": "()", "）": "()", "]": "[]", "］": "[]", "】": "[]", "}": "{}", "｝": "{}"}
_ENUMERATOR = re.compile(r"(?:^|[\s,;:：，；、。.])(?:[0-9]{1,2}|[A-Za-z]|[ivx]{1,4})$")
_BRACKETS = re.compile("[" + re.escape("".join(_OPEN) + "".join(_CLOSE)) + "]")


@check("markup", Severity.ERROR)
def structure_kept(entry: polib.POEntry, ctx: Context) -> list[str]:
    """Markdown links, images, code spans (unchanged) and emphasis kept; brackets stay paired."""
    source, translation = entry.msgid, entry.msgstr
    problems = []
    if _is_markdown(entry) and (_MARKUP_CHARS.search(source) or _MARKUP_CHARS.search(translation)):
        problems += _markdown(source, translation)
    plain = _without_code(translation)
    if _BRACKETS.search(plain) and not _balanced(plain) and _balanced(_without_code(source)):
        problems.append(
            f"brackets not paired in the translation ({_count(plain)}), as they are in the source"
        )
    return ["; ".join(problems)] if problems else []


def _is_markdown(entry: polib.POEntry) -> bool:
    """A unit of a Markdown article, by its source reference (or, without one, by its looks)."""
    if entry.occurrences:
        return any(path.lower().endswith(_MARKDOWN_SUFFIXES) for path, _ in entry.occurrences)
    return bool(_CODE.search(entry.msgid) or _LINK.search(entry.msgid))


def _markdown(source: str, translation: str) -> list[str]:
    problems = []
    src_code = Counter(m.group(2) for m in _CODE.finditer(source))
    tgt_code = Counter(m.group(2) for m in _CODE.finditer(translation))
    if src_code != tgt_code:
        lost = list((src_code - tgt_code).elements())
        added = list((tgt_code - src_code).elements())
        if lost:
            problems.append("code spans changed or lost: " + ", ".join(f"`{c}`" for c in lost))
        if added and not lost:
            problems.append("code spans not in the source: " + ", ".join(f"`{c}`" for c in added))
    src, tgt = _shape(source), _shape(translation)
    for what in ("links", "images", "autolinks", "strong", "emphasis"):
        if src[what] != tgt[what]:
            problems.append(f"{what}: {src[what]} in the source, {tgt[what]} in the translation")
    if src["tags"] != tgt["tags"]:
        problems.append(
            "HTML tags differ: "
            + _tags(src["tags"])
            + " in the source, "
            + _tags(tgt["tags"])
            + " in the translation"
        )
    return problems


def _shape(text: str) -> dict[str, Counter[str] | int]:
    """How many of each inline construct `text` has (code spans and URLs set aside first)."""
    text = _CODE.sub(" ", text)
    images = len(_IMAGE.findall(text))
    text = _IMAGE.sub(" ", text)
    autolinks = len(_AUTOLINK.findall(text))
    text = _AUTOLINK.sub(" ", text)
    links = len(_LINK.findall(text))
    tags = Counter(m.group(1).lower() for m in _TAG.finditer(text))
    bare = _URL.sub(" ", _LINK.sub(lambda m: m.group()[: m.group().index("]") + 1], text))
    strong = len(_STRONG.findall(bare))
    emphasis = len(_EMPHASIS.findall(_STRONG.sub(" ", bare)))
    return {
        "links": links,
        "images": images,
        "autolinks": autolinks,
        "strong": strong,
        "emphasis": emphasis,
        "tags": tags,
    }


def _tags(tags: object) -> str:
    assert isinstance(tags, Counter)
    return ", ".join(f"<{t}>×{n}" for t, n in sorted(tags.items())) or "none"


def _count(text: str) -> str:
    found = Counter(_BRACKETS.findall(text))
    return ", ".join(f"{ch}×{n}" for ch, n in sorted(found.items()))


def _without_code(text: str) -> str:
    return _URL.sub(" ", _CODE.sub(" ", text)) if ("`" in text or "://" in text) else text


def _balanced(text: str) -> bool:
    """Every bracket closed by its own kind, in order; full-width and half-width alike.

    A closing bracket with nothing open after an enumerator ("1) first, 2) second",
    "a）") closes nothing and is no fault.
    """
    stack: list[str] = []
    for m in _BRACKETS.finditer(text):
        ch = m.group()
        kind = _OPEN.get(ch)
        if kind is not None:
            stack.append(kind)
            continue
        kind = _CLOSE[ch]
        if not stack:
            if kind == "()" and _ENUMERATOR.search(text, 0, m.start()):
                continue
            return False
        if stack.pop() != kind:
            return False
    return not stack
