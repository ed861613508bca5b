"""Markdown editions: a translation keeps its inline markup but cannot re-structure the page.

A translator's msgstr is spliced where the source unit stood (an OpenCC variant's
text is laid over the source lines in place instead: model.lay_in_place). Inline Markdown in
it (emphasis, links, code) is the translator's to keep; what would change the
page's block structure is escaped with a backslash, which CommonMark allows
before any ASCII punctuation and which renders as nothing:
- at the start of each line: `#` headings, `>` quotes, list markers, `1.`
  numbers, fences, setext underlines, thematic breaks, table delimiter rows,
  link reference definitions (one whose label a line break splits too);
  indentation that would make a code block is dropped;
- raw HTML tags the source unit does not itself contain (`<script>` shows as text
  in any renderer, whether or not it allows HTML);
- a line break becomes a hard break inside the same block, written as the unit's
  source writes its own (two spaces or a backslash) and continued with the
  block's own prefix ("> " in a quote, the item's indent in a list); where no
  break can live (headings, table cells, image alt, front matter) it becomes a space;
- cell pipes in tables, brackets in image alt, a closing `#` run in headings, and
  a trailing backslash that would escape the source's next character;
- in a metadata header value and in the text of a raw HTML block, a line
  break becomes a space; in HTML, a `<` that would open a tag or comment
  becomes `&lt;`.
"""

from __future__ import annotations

import json
import re

from ..model import Article, Unit, UnitKind
from ..segment.markdown import html_tags, opens_html_block
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
    """,
    re.X,
)
_ORDERED = re.compile(r"(\d{1,9})([.)])(?=[ \t]|$)")
# A link reference definition whose label runs over a line break (`[\` + newline +
# `]:#`): the lines are joined before it shows, so each line alone cannot tell.
_LABEL_DEFINITION = re.compile(r"\[(?:[^\]\\]|\\.)*\]:", re.S)
_TRAILING_HASHES = re.compile(r"(^|[ \t])(#+)([ \t]*)$")
_SPACES_BREAK = re.compile(r"(?<! ) {2,}\r?\n")
# A "<" HTML would read as the start of a tag, end tag or comment (segment.markdown
# reads the text of an HTML block the same way).
_MARKUP_OPENER = re.compile(r"<(?=[A-Za-z/!?])")
_UNESCAPED = r"(?<!\\)((?:\\\\)*)"  # an even run of backslashes before a character


def escape_line_start(line: str) -> str:
    """`line` with a backslash before anything that would open a block at the start of a line.

    Whether a `<` opens an HTML block is markdown-it's call, so `<ins>插入</ins>…`
    at a line start stays as written (it is inline HTML in a paragraph).
    """
    line = line.lstrip(" \t")
    m = _ORDERED.match(line)
    if m:
        return f"{m.group(1)}\\{line[m.end(1) :]}"
    if _BLOCK_START.match(line) or (line.startswith("<") and opens_html_block(line)):
        return "\\" + line
    return line


def escape_html(text: str, allowed: str) -> str:
    """A backslash before each raw HTML tag markdown-it finds in `text`, unless `allowed` has it.

    markdown-it decides what is a tag (not one inside a code span, one after an
    unmatched backtick run is); a tag it still finds after a round of escapes,
    which only a contrived text could make, leaves every `<` escaped.
    """
    for _ in range(4):
        tags = [(s, e) for s, e in html_tags(text) if text[s:e] not in allowed]
        if not tags:
            return text
        for start, _end in reversed(tags):
            text = text[:start] + "\\" + text[start:]
    return re.sub(_UNESCAPED + "<", r"\1\\<", text)


def _even_trailing_backslashes(text: str) -> str:
    run = len(text) - len(text.rstrip("\\"))
    return text + "\\" if run % 2 else text


def _escape_chars(text: str, chars: str) -> str:
    """A backslash before each of `chars` not already escaped."""
    return re.sub(_UNESCAPED + f"([{re.escape(chars)}])", r"\1\\\2", text)


def _one_line(text: str) -> str:
    return " ".join(part.strip() for part in text.splitlines() if part.strip())


# Text that is no Markdown inline content, so raw HTML in it is no concern: YAML,
# an HTML block's own text and values, a link title (an attribute once rendered).
_NOT_HTML = (
    UnitKind.FRONT_MATTER,
    UnitKind.HTML_TEXT,
    UnitKind.HTML_ATTRIBUTE,
    UnitKind.LINK_TITLE,
)


def contain_markdown(article: Article, unit: Unit, text: str) -> str:
    """A translation made safe to splice into a Markdown edition in place of `unit`."""
    if unit.kind in _NOT_HTML:
        return _contain(article, unit, text)
    # Raw HTML is judged on the text as it will stand, escapes included.
    return escape_html(_contain(article, unit, text), unit.text)


def _contain(article: Article, unit: Unit, text: str) -> str:
    src = article.source
    if unit.kind is UnitKind.FRONT_MATTER:
        before = src[unit.start - 1] if unit.start else ""
        quote = before if before in "\"'" and src[unit.end : unit.end + 1] == before else ""
        return yaml_scalar(_one_line(text), quote)
    if unit.kind is UnitKind.HTML_TEXT:
        # Inside an HTML block Markdown escapes show as written; an entity does not.
        # Only a "<" that would open markup is escaped: "a < b" is text to HTML.
        return _MARKUP_OPENER.sub("&lt;", _one_line(text))
    if unit.kind is UnitKind.HTML_ATTRIBUTE:
        # A quote would end the value, whichever the source's quotes are.
        return _one_line(text).replace('"', "&quot;").replace("'", "&#39;")
    if unit.kind is UnitKind.LINK_TITLE:
        # The delimiters of the source's title are escaped: "…", '…' or (…).
        pos = unit.start - 1
        while src[pos] in " \t":  # the unit starts after the blanks inside the title
            pos -= 1
        chars = "()" if src[pos] == "(" else src[pos]
        return _even_trailing_backslashes(_escape_chars(_one_line(text), chars))
    if unit.kind is UnitKind.METADATA:
        return _even_trailing_backslashes(_one_line(text))
    if unit.kind is UnitKind.IMAGE_ALT:
        return _even_trailing_backslashes(_escape_chars(_one_line(text), "[]`"))
    if unit.kind is UnitKind.TABLE_CELL:
        return _even_trailing_backslashes(_escape_chars(escape_line_start(_one_line(text)), "|"))
    if unit.kind is UnitKind.HEADING:
        line = escape_line_start(_one_line(text))
        line = _TRAILING_HASHES.sub(lambda m: f"{m.group(1)}\\{m.group(2)}{m.group(3)}", line)
        return _even_trailing_backslashes(line)
    # Paragraph-like blocks: a line break is a hard break inside the same block.
    written = [line.rstrip(" \t") for line in text.splitlines()]
    lines = []
    for i, line in enumerate(written):
        run = len(line) - len(line.rstrip("\\"))
        if run % 2 and i < len(written) - 1:
            line = line[:-1].rstrip(" \t")  # the translator's own hard break: ours replaces it
        # Escaped after the break is gone: `#\` without its backslash opens a heading.
        line = escape_line_start(line)
        if line.strip():
            lines.append(line)
    if not lines:
        # Nothing but blanks and line-break backslashes: an empty block would end
        # the list item or paragraph it stands in, so the source's text stays.
        return article.raw(unit)
    # A hard break is written the way the unit's source writes its own: two
    # spaces or a backslash (the backslash when it has none, as it shows).
    spaces = _SPACES_BREAK.search(article.raw(unit)) is not None
    for i, line in enumerate(lines[:-1]):
        lines[i] = _even_trailing_backslashes(line) + "  " if spaces else line + "\\"
    lines[-1] = _even_trailing_backslashes(lines[-1])
    out = eol_at(src, unit.start).join(lines)
    return "\\" + out if _LABEL_DEFINITION.match(out) else out


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
