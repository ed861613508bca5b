"""Markdown editions: a translation keeps its inline markup but cannot re-structure the page.

A translator's msgstr is spliced where the source unit stood. Inline Markdown in
it (emphasis, links, code) is the translator's to keep; what would change the
page's block structure is escaped with a backslash, which CommonMark allows
before any ASCII punctuation and which renders as nothing:
- at the start of each line: `#` headings, `>` quotes, list markers, `1.`
  numbers, fences, setext underlines, thematic breaks, table delimiter rows,
  link reference definitions; indentation that would make a code block is dropped;
- raw HTML tags the source unit does not itself contain (`<script>` shows as text
  in any renderer, whether or not it allows HTML);
- a line break becomes a hard break inside the same block (continued with the
  block's own prefix: "> " in a quote, the item's indent in a list); where no
  break can live (headings, table cells, image alt, front matter) it becomes a space;
- cell pipes in tables, brackets in image alt, a closing `#` run in headings, and
  a trailing backslash that would escape the source's next character.
"""

from __future__ import annotations

import json
import re

from ..model import Article, Unit, UnitKind
from .text import eol_at

# What a line may start with to open a block; a backslash before it keeps it text.
# A backslash before ASCII punctuation that opens nothing still renders as that
# punctuation, so the patterns may be generous.
_BLOCK_START = re.compile(
    r"""
      >                                  # blockquote
    | \#{1,6}(?:[ \t]|$)                # ATX heading
    | [-+*](?:[ \t]|$)                   # bullet list item
    | ([-*_])(?:[ \t]*\1){2,}[ \t]*$     # thematic break
    | =+[ \t]*$                          # setext underline (a dash one is a delimiter row)
    | `{3,} | ~{3,}                      # code fence
    | [|:-][-|: \t]*$                    # table delimiter row
    | \[[^\]\n]*\]:                      # link reference definition
    | <(?![A-Za-z][A-Za-z0-9+.-]{1,31}:)  # HTML block (an autolink is inline, kept)
    """,
    re.X,
)
_ORDERED = re.compile(r"(\d{1,9})([.)])(?=[ \t]|$)")
_TAG = re.compile(r"<(?:[A-Za-z][A-Za-z0-9-]*|/[A-Za-z][A-Za-z0-9-]*|!|\?)[^<>]*>?")
_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)*?(?<!`)\1(?!`)", re.S)
_TRAILING_HASHES = re.compile(r"(^|[ \t])(#+)([ \t]*)$")
_UNESCAPED = r"(?<!\\)((?:\\\\)*)"  # an even run of backslashes before a character


def escape_line_start(line: str) -> str:
    """`line` with a backslash before anything that would open a block at the start of a line."""
    line = line.lstrip(" \t")
    m = _ORDERED.match(line)
    if m:
        return f"{m.group(1)}\\{line[m.end(1) :]}"
    return "\\" + line if _BLOCK_START.match(line) else line


def escape_html(text: str, allowed: str) -> str:
    """Escape the `<` of each raw HTML tag outside code spans, unless `allowed` has that tag."""
    out: list[str] = []
    pos = 0
    for code in _CODE_SPAN.finditer(text):
        out.append(_escape_tags(text[pos : code.start()], allowed))
        out.append(code.group())
        pos = code.end()
    out.append(_escape_tags(text[pos:], allowed))
    return "".join(out)


def _escape_tags(text: str, allowed: str) -> str:
    return _TAG.sub(lambda m: m.group() if m.group() in allowed else "\\" + m.group(), text)


def _even_trailing_backslashes(text: str) -> str:
    run = len(text) - len(text.rstrip("\\"))
    return text + "\\" if run % 2 else text


def _escape_chars(text: str, chars: str) -> str:
    """A backslash before each of `chars` not already escaped."""
    return re.sub(_UNESCAPED + f"([{re.escape(chars)}])", r"\1\\\2", text)


def _one_line(text: str) -> str:
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


def contain_markdown(article: Article, unit: Unit, text: str) -> str:
    """A translation made safe to splice into a Markdown edition in place of `unit`."""
    src = article.source
    if unit.kind is UnitKind.FRONT_MATTER:
        before = src[unit.start - 1] if unit.start else ""
        quote = before if before in "\"'" and src[unit.end : unit.end + 1] == before else ""
        return yaml_scalar(_one_line(text), quote)
    text = escape_html(text, unit.text)
    if unit.kind is UnitKind.IMAGE_ALT:
        return _even_trailing_backslashes(_escape_chars(_one_line(text), "[]`"))
    if unit.kind is UnitKind.TABLE_CELL:
        return _even_trailing_backslashes(_escape_chars(escape_line_start(_one_line(text)), "|"))
    if unit.kind is UnitKind.HEADING:
        line = escape_line_start(_one_line(text))
        line = _TRAILING_HASHES.sub(lambda m: f"{m.group(1)}\\{m.group(2)}{m.group(3)}", line)
        return _even_trailing_backslashes(line)
    # Paragraph-like blocks: a line break is a hard break inside the same block.
    lines = [escape_line_start(line.rstrip(" \t")) for line in text.splitlines()]
    lines = [line for line in lines if line.strip()]
    if not lines:
        return ""
    for i, line in enumerate(lines[:-1]):
        run = len(line) - len(line.rstrip("\\"))
        # The translator's own hard-break backslash, if any, is the one we write.
        lines[i] = (line[:-1] if run % 2 else line) + "\\"
    lines[-1] = _even_trailing_backslashes(lines[-1])
    return eol_at(src, unit.start).join(lines)


_YAML_PLAIN_BAD_START = set("-?:,[]{}#&*!|>'\"%@`")
_YAML_NOT_STRING = re.compile(r"[-+.\d\s:eExXoO_]*|~|(?i:true|false|null|yes|no|on|off|y|n)")


def yaml_scalar(text: str, quote: str) -> str:
    """`text` as the inside of a YAML scalar quoted with `quote` ('' for a plain scalar).

    A plain scalar that would not read back as the same string is written as a
    double-quoted one (JSON string syntax is valid YAML).
    """
    if quote == '"':
        return json.dumps(text, ensure_ascii=False)[1:-1]
    if quote == "'":
        return text.replace("'", "''")
    plain = (
        text
        and text[0] not in _YAML_PLAIN_BAD_START
        and text == text.strip()
        and ": " not in text
        and " #" not in text
        and not text.endswith(":")
        and not _YAML_NOT_STRING.fullmatch(text)
    )
    return text if plain else json.dumps(text, ensure_ascii=False)
