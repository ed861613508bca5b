"""Markdown articles: translation units from markdown-it-py's block structure.

markdown-it normalizes line endings and strips container markers before it
hands out content, so its strings cannot be used as offsets. Only its block
structure (token types and `.map` line ranges) is used; every offset is computed
on the original source through our own line table, and the column where a line's
content starts after its container prefixes ("> ", list markers, indentation) is
recorded by a probe rule that looks at the block parser's own line markers.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterator, MutableMapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.common.utils import unescapeAll
from markdown_it.rules_block import StateBlock
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin
from mdit_py_plugins.front_matter import front_matter_plugin

from ..model import Article, Unit, UnitKind, Verbatim, VerbatimKind
from ..script import is_wide
from .inline import BLANKS, join_lines, strip_span

_MD_TRIM: str | None
try:
    from markdown_it.common.utils import MD_TRIM_CHARS as _MD_TRIM
except ImportError:  # older markdown-it-py trims with str.strip()
    _MD_TRIM = None

__all__ = [
    "bare_urls",
    "destination",
    "html_tags",
    "link_destinations",
    "markdown_to_html",
    "opens_html_block",
    "parse_markdown",
    "protected_spans",
]

_ENV_KEY = "digestl10n.content_starts"

# The line endings markdown-it normalizes to "\n"; line numbers must agree with its.
_EOL = re.compile(r"\r\n|\r|\n")

_URL_LINE = re.compile(r"(?i:https?)://[^\s<>]+|<(?i:https?)://[^\s<>]*>")

# A metadata header line (Pelican, MultiMarkdown): "Key: value"; its value may
# go on over indented lines.
_META_LINE = re.compile(r"([A-Za-z][\w -]{0,39}?)[ \t]*:(?:[ \t]|$)")
# A header is taken as one only when its first key is one of these (or a
# translated key): "Note: …" opening an English article stays a paragraph.
_META_KEYS = frozenset(
    [
        "title",
        "date",
        "modified",
        "author",
        "authors",
        "category",
        "tags",
        "keywords",
        "slug",
        "lang",
        "summary",
        "description",
        "status",
        "number",
        "subtitle",
        "series",
        "template",
        "translation",
        "url",
        "save_as",
    ]
)
# A value starting with one of these is not a plain one-line scalar.
_FM_NOT_PLAIN = "|>[]{}&*!%@`#,"

# An HTML block kept whole: comments, processing instructions, declarations and
# the elements whose content is not text to read.
_RAW_HTML = re.compile(r"[ \t]*<(?:!|\?|(?i:script|style|pre|textarea)(?:[\s>]|$))")
# A tag or comment inside an HTML block line; one reaching the line's end may go on
# to the next (see _left_open). A "<" not followed by a letter, "/", "!" or "?" is
# text, as HTML reads it ("a < b").
_HTML_MARKUP = re.compile(r"<!--(?:-?>|.*?(?:-->|$))|<[A-Za-z/!?][^<>]*>?")
# A character reference: text inside a unit ("A &amp; B" is one), left out at its edges.
_ENTITIES = re.compile(r"&(?:#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")


def _entity_trimmed(src: str, start: int, end: int) -> tuple[int, int]:
    """src[start:end] without the blanks and character references at its edges (&nbsp;)."""
    start, end = strip_span(src, start, end)
    while (m := _ENTITIES.match(src, start, end)) is not None:
        start, end = strip_span(src, m.end(), end)
    while end > start and src[end - 1] == ";":
        amp = src.rfind("&", start, end)
        if amp < 0 or _ENTITIES.fullmatch(src, amp, end) is None:
            break
        start, end = strip_span(src, start, amp)
    return start, end


def _left_open(markup: str) -> str:
    """What ends `markup`, a tag or comment reaching the end of its line, when it is unclosed."""
    if markup.startswith("<!--"):
        closed = markup in ("<!-->", "<!--->") or (markup.endswith("-->") and len(markup) >= 7)
        return "" if closed else "-->"
    return ">" if markup.startswith("<") and not markup.endswith(">") else ""


_CONTAINERS = {"blockquote_open": "blockquote", "list_item_open": "list_item"}
_CONTAINER_CLOSE = {"blockquote_close", "list_item_close"}


def _probe(state: StateBlock, start_line: int, end_line: int, silent: bool) -> bool:
    """Record where content starts on the lines of the block beginning here.

    Called first at every block start, when bMarks/tShift already skip the
    enclosing blockquote markers and list-item markers; nested blocks are tried
    later, so the innermost container's view is what remains recorded.
    """
    starts = state.env.get(_ENV_KEY)
    if starts is None or silent:
        return False
    line = start_line
    # The blocks whose inner lines matter (paragraphs, headings, tables) hold no
    # blank line; stopping at one keeps the probe linear in the document's length.
    while line < end_line and not state.isEmpty(line):
        starts[line] = state.bMarks[line] + state.tShift[line]
        line += 1
    return False


_PROTECT_KEY = "digestl10n.protected"
_HTML_KEY = "digestl10n.html"
# Inline constructs whose bytes every edition keeps; for links and images only
# what follows the label (destination, title, reference label) is kept.
_PROTECTED_RULES = ("backticks", "link", "image", "autolink", "html_inline")


def _recording(name: str, rule: Any) -> Any:
    """`rule`, also recording the span of what it parsed when a protected_spans parse runs."""

    def record(state: StateInline, silent: bool) -> bool:
        start = state.pos
        ok: bool = rule(state, silent)
        tags = state.env.get(_HTML_KEY)
        if ok and not silent and tags is not None and name == "html_inline":
            tags.append((start, state.pos))
        spans = state.env.get(_PROTECT_KEY)
        # An unmatched backtick run is text, though the rule takes it.
        code = name != "backticks" or (state.tokens and state.tokens[-1].type == "code_inline")
        if ok and not silent and spans is not None and code:
            end = state.pos
            if name in ("link", "image"):
                label = start + 1 if name == "image" else start
                after = state.md.helpers.parseLinkLabel(state, label, name == "link")
                state.pos = end
                if state.src.startswith("[^", start):
                    # A footnote reference: its label must still find its definition.
                    spans.append((start, end))
                # A shortcut reference [label] has nothing after its label: all of it is text.
                elif after + 1 < end:
                    collapsed = state.src.startswith("[]", after + 1)
                    first = label if collapsed else after
                    spans.extend(_kept_around(state.src, first, end, _LINK_TITLE))
            elif name == "html_inline" and _OPENING_TAG.match(state.src, start):
                spans.extend(_kept_around(state.src, start, end, _READ_ATTRIBUTE))
            else:
                spans.append((start, end))
        return ok

    return record


# What a reader reads inside a span otherwise kept: the title of a link or image
# (its tooltip), and in an opening tag the values of alt, title, aria-label and
# placeholder. They are text: converted for a variant, seen by the checks.
_TITLE = r"""(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|\(((?:[^()\\]|\\.)*)\))"""
_LINK_TITLE = re.compile(rf"\s{_TITLE}\s*\)\Z")
# The title ending a link definition's line, at the line's start or after a blank.
_LINE_TITLE = re.compile(rf"(?<![^ \t]){_TITLE}[ \t]*\Z")
_READ_ATTRIBUTE = re.compile(
    r"""(?<=[\s"'])(?i:alt|title|aria-label|placeholder)\s*=\s*(?:"([^"]*)"|'([^']*)')"""
)
_OPENING_TAG = re.compile(r"<[A-Za-z]")


def _values(src: str, start: int, end: int, read: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """The spans of the non-empty values `read` finds in src[start:end] (its one matched group)."""
    for m in read.finditer(src, start, end):
        vs, ve = m.span(m.lastindex or 0)
        if vs < ve:
            yield vs, ve


def _kept_around(src: str, start: int, end: int, read: re.Pattern[str]) -> list[tuple[int, int]]:
    """The pieces of src[start:end] to keep: all of it but the values `read` finds."""
    pieces = []
    pos = start
    for vs, ve in _values(src, start, end, read):
        pieces.append((pos, vs))
        pos = ve
    pieces.append((pos, end))
    return pieces


class _AnyReference(dict[str, Any]):
    """Link references for a text seen without its article: every label is taken as defined.

    A unit's text holds `[text][label]` but not the definition of `label`; taken
    as a link, its label is kept unconverted so it still finds its definition.
    """

    def __contains__(self, key: object) -> bool:
        return True

    def get(self, key: str, default: Any = None) -> Any:
        return {"href": "", "title": ""}

    def __getitem__(self, key: str) -> Any:
        return {"href": "", "title": ""}


def _build_parser(*, blocks: bool) -> MarkdownIt:
    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
    if blocks:
        # A footnote definition ([^1]: 译注) is a block of its own, as GitHub reads it,
        # not a link definition or a paragraph; it stays where it is written (the
        # tail rule would move it to the end, and drop it without the inline parse).
        md.use(footnote_plugin, inline=False, move_to_end=False)
        md.block.ruler.before(md.block.ruler.get_all_rules()[0], "digestl10n_probe", _probe)
        # Units come from the block structure and the source; the inline parse of
        # every paragraph (two thirds of an article's parse) is done by _MD, and
        # only for the few blocks that need it (_hard_breaks, _image_alt).
        md.core.ruler.disable("inline")
    else:
        rules = {r.name: r.fn for r in md.inline.ruler.__rules__}
        for name in _PROTECTED_RULES:
            md.inline.ruler.at(name, _recording(name, rules[name]))
    # Units come from source spans, never from an href: skip percent-encoding and
    # punycode of every link target (a fifth of a link-heavy article's parse). The
    # unsafe-scheme test still sees the scheme, which normalizing leaves alone.
    md.normalizeLink = _as_written  # type: ignore[method-assign]
    return md


def _as_written(url: str) -> str:
    return url


# Articles' block structure; inline text (protected spans, tags, image alts, breaks).
_BLOCKS = _build_parser(blocks=True)
_MD = _build_parser(blocks=False)


def _columns(text: str, col: int = 0) -> int:
    """The column after `text` written from column `col`, tabs stopping every 4 (CommonMark)."""
    for ch in text:
        col = col + 4 - col % 4 if ch == "\t" else col + 1
    return col


class _Lines:
    """Line table of the original source, plus column offsets of markdown-it's view of it."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.starts: list[int] = []
        self.ends: list[int] = []  # end of content, before the line ending
        self.nexts: list[int] = []  # after the line ending
        pos = 0
        for m in _EOL.finditer(source):
            self.starts.append(pos)
            self.ends.append(m.start())
            self.nexts.append(m.end())
            pos = m.end()
        if pos < len(source):
            self.starts.append(pos)
            self.ends.append(len(source))
            self.nexts.append(len(source))
        # Where each line starts in markdown-it's normalized text (one "\n" per ending).
        self.norm_starts: list[int] = []
        npos = 0
        for s, e in zip(self.starts, self.ends, strict=True):
            self.norm_starts.append(npos)
            npos += e - s + 1
        # Filled by the probe: line -> offset in the normalized text where content starts.
        self.content: dict[int, int] = {}

    def __len__(self) -> int:
        return len(self.starts)

    def blank(self, line: int, quote: bool = False) -> bool:
        """Whether the line is blank to CommonMark (spaces and tabs); with `quote`, `>` too."""
        return not self.source[self.starts[line] : self.ends[line]].strip(
            " \t>" if quote else " \t"
        )

    def line_of(self, offset: int) -> int:
        """1-based line number of a character offset."""
        return bisect.bisect_right(self.starts, offset)

    def content_start(self, line: int) -> int:
        """Offset where the line's content starts, after container prefixes and indentation."""
        start, end = self.starts[line], self.ends[line]
        norm = self.content.get(line)
        if norm is not None:
            col = norm - self.norm_starts[line]
            if 0 <= col <= end - start:
                return start + col
        pos = start
        while pos < end and self.source[pos] in " \t":
            pos += 1
        return pos

    def continuation(self, line: int) -> str:
        """What a line break needs to stay in the block that starts on `line`."""
        prefix = self.source[self.starts[line] : self.content_start(line)]
        return "".join(ch if ch in " \t>" else " " for ch in prefix)


@dataclass
class _Builder:
    lines: _Lines
    noise: Sequence[re.Pattern[str]]
    env: MutableMapping[str, Any]
    keys: frozenset[str]
    units: list[Unit] = field(default_factory=list)
    verbatim: list[Verbatim] = field(default_factory=list)
    # Noise lines first in a block of a list item: (index in verbatim, the block's
    # end line, the item's end line), for settle_openers.
    _openers: list[tuple[int, int, int]] = field(default_factory=list)
    # The underlines of headings whose text is all noise: they go with it.
    _underlines: set[int] = field(default_factory=set)

    @property
    def source(self) -> str:
        return self.lines.source

    def unit(
        self,
        kind: UnitKind,
        start: int,
        end: int,
        continuation: str = "",
        text: str = "",
        pieces: tuple[tuple[int, int, int, int], ...] = (),
    ) -> None:
        """Add a unit over src[start:end] trimmed of blanks; its text defaults to the span."""
        start, end = strip_span(self.source, start, end)
        if start >= end:
            return
        text = text or self.source[start:end]
        line = self.lines.line_of(start)
        self.units.append(Unit(kind, text, start, end, line, continuation, pieces))

    def keep(self, kind: VerbatimKind, start: int, end: int) -> None:
        if start < end:
            self.verbatim.append(Verbatim(kind, start, end, self.lines.line_of(start)))

    def is_noise(self, text: str) -> bool:
        stripped = text.strip(BLANKS)
        return any(p.search(stripped) for p in self.noise)

    # --- blocks ---------------------------------------------------------------

    def front_matter(self, token: Token) -> None:
        assert token.map is not None
        first, stop = token.map
        # The closing marker line is part of the map; the opening one is line `first`.
        body = range(first + 1, min(stop - 1, len(self.lines)))
        src = self.source
        for line in body:
            s, e = self.lines.starts[line], self.lines.ends[line]
            m = _META_LINE.match(src, s, e)
            if m is None or m.group(1) not in self.keys:  # YAML keys are case-sensitive
                continue
            vs, ve = strip_span(src, m.end(), e)
            if vs >= ve:
                continue  # empty value or a block below it: not a one-line string
            nxt = line + 1
            if nxt in body:
                ns, ne = self.lines.starts[nxt], self.lines.ends[nxt]
                if ne > ns and src[ns] in " \t" and src[ns:ne].strip(BLANKS):
                    continue  # the value goes on over indented lines
            span = _yaml_scalar(src, vs, ve)
            if span is None:
                continue
            start, end = strip_span(src, *span)
            text = src[start:end]
            if src[vs] in "\"'":
                # The msgid is the string YAML reads; the renderer quotes a translation again.
                text = _yaml_unquote(text, src[vs]).strip(BLANKS)
            if text:
                self.unit(UnitKind.FRONT_MATTER, start, end, text=text)

    def metadata_header(self, stop: int) -> bool:
        """Units of a Pelican/MultiMarkdown `Key: value` header over lines [0, stop), if it is one.

        The header is the first paragraph; each of its lines is `Key: value` or an
        indented continuation of the value above, and its first key is a known
        metadata key. A value of a translated key (any case) is one unit.
        """
        lines, src = self.lines, self.source
        stop = min(stop, len(lines))
        first = _META_LINE.match(src, lines.starts[0], lines.ends[0]) if stop else None
        if first is None or first.group(1).lower() not in _META_KEYS | self.keys:
            return False
        values: list[tuple[str, list[tuple[int, int, bool]]]] = []
        for line in range(stop):
            s, e = lines.starts[line], lines.ends[line]
            m = _META_LINE.match(src, s, e)
            if src[s] in " \t" and values:
                values[-1][1].append((*strip_span(src, s, e), False))
            elif m is not None and src[s] not in " \t":
                values.append((m.group(1).lower(), [(*strip_span(src, m.end(), e), False)]))
            else:
                return False  # not a header after all: markdown-it's reading stands
        for key, run in values:
            if key in self.keys:
                self._flush(run, UnitKind.METADATA, "    ")
        return True

    def html_block(self, token: Token) -> None:
        """Text between the tags of a raw HTML block, one unit per line and stretch.

        HTML blocks are not Markdown: their tags, comments and the lines of a
        <script>, <style> or <pre> are kept as they are; a stretch of text
        holding a letter is a unit. A tag or comment may span lines (an <img>
        with an attribute a line): the lines up to its end are markup too, and
        one left open at the block's end takes the rest. Each line is read from
        its content, after the markers of the quote or list holding the block.
        In an opening tag, a quoted alt, title, aria-label or placeholder value
        holding a letter is a unit too (what a reader reads in a tag).
        """
        assert token.map is not None
        src = self.source
        if _RAW_HTML.match(token.content):
            return
        closing = ""  # what ends the tag or comment an earlier line left open
        for line in range(token.map[0], min(token.map[1], len(self.lines))):
            pos, e = self.lines.content_start(line), self.lines.ends[line]
            if closing:
                end = src.find(closing, pos, e)
                if closing == ">":  # a tag's next line: its values are read too
                    self._read_values(pos, e if end < 0 else end)
                if end < 0:
                    continue
                pos, closing = end + len(closing), ""
            for m in [*_HTML_MARKUP.finditer(src, pos, e), None]:
                stop = m.start() if m is not None else e
                ts, te = _entity_trimmed(src, pos, stop)
                if any(c.isalpha() for c in _ENTITIES.sub("", src[ts:te])):
                    self.unit(UnitKind.HTML_TEXT, ts, te)
                if m is not None:
                    pos = m.end()
                    if pos == e:
                        closing = _left_open(m.group())
                    if _OPENING_TAG.match(src, m.start()):
                        self._read_values(m.start(), pos)

    def _read_values(self, start: int, end: int) -> None:
        """The alt, title, aria-label and placeholder values of the tag text in [start, end)."""
        for value in _values(self.source, start, end, _READ_ATTRIBUTE):
            ts, te = strip_span(self.source, *value)
            if any(c.isalpha() for c in self.source[ts:te]):
                self.unit(UnitKind.HTML_ATTRIBUTE, ts, te)

    def reference_titles(self) -> None:
        """The title of each link reference definition, a unit when it is on one line.

        markdown-it reads a definition (`[x]: url "title"`) into the env, with the
        lines it took and no token; the title, a link's tooltip, is the one part a
        reader reads. A title over several lines stays as written.
        """
        found = self.env.get("references", {})
        for ref in [*found.values(), *self.env.get("duplicate_refs", ())]:
            title, where = ref.get("title"), ref.get("map")
            if not title or not where:
                continue
            last = where[1] - 1
            start = self.lines.content_start(last)
            m = _LINE_TITLE.search(self.source[start : self.lines.ends[last]])
            if m is None or unescapeAll(m.group(m.lastindex or 0)) != title:
                continue  # not the title markdown-it read (one over several lines)
            vs, ve = m.span(m.lastindex or 0)
            ts, te = strip_span(self.source, start + vs, start + ve)
            if any(c.isalpha() for c in self.source[ts:te]):
                self.unit(UnitKind.LINK_TITLE, ts, te)

    def code(self, token: Token) -> None:
        assert token.map is not None
        first, stop = token.map
        stop = min(stop, len(self.lines))
        if first >= stop:
            return
        start = self.lines.content_start(first)
        start, end = strip_span(self.source, start, self.lines.ends[stop - 1])
        self.keep(VerbatimKind.CODE, start, end)

    def atx_heading(self, line: int, item_end: int | None = None) -> None:
        """A `#` heading on `line`; `item_end` as for text_block."""
        src = self.source
        pos, end = self.lines.content_start(line), self.lines.ends[line]
        raw = src[pos:end]
        while pos < end and src[pos] == "#":
            pos += 1
        # Cut a closing sequence the way markdown-it's heading rule does.
        while end > pos and src[end - 1] in " \t":
            end -= 1
        tmp = end
        while tmp > pos and src[tmp - 1] == "#":
            tmp -= 1
        if tmp > pos and src[tmp - 1] in " \t":
            end = tmp
        if self.is_noise(raw) or self.is_noise(src[pos:end]):  # the line, or the heading's text
            self.keep(VerbatimKind.NOISE, self.lines.starts[line], self.lines.nexts[line])
            if item_end is not None:
                self._openers.append((len(self.verbatim) - 1, line + 1, item_end))
            return
        self.unit(UnitKind.HEADING, pos, end)

    def setext_heading(self, first: int, stop: int, inline: Token, item_end: int | None) -> None:
        """A heading over lines [first, stop), the last one its underline.

        When its text is all noise, the underline goes with it: left alone, a `---`
        would become a thematic break and a `===` a paragraph.
        """
        units, verbatim = len(self.units), len(self.verbatim)
        underline = stop - 1
        self.text_block(first, underline, UnitKind.HEADING, inline, item_end)
        added = self.verbatim[verbatim:]
        if len(self.units) > units or len(added) != underline - first:
            return
        if any(v.kind is not VerbatimKind.NOISE for v in added):
            return
        dropped = (self.lines.starts[first], self._gone_to(first, underline + 1))
        self.verbatim[verbatim] = replace(added[0], dropped=dropped)
        self._underlines.add(underline)

    def _gone_to(self, first: int, stop: int) -> int:
        """Where dropping lines [first, stop) ends: after them, and after a blank line
        following them when one precedes them too (as model.render does for a noise line)."""
        lines = self.lines
        if stop < len(lines) and lines.blank(stop) and (first == 0 or lines.blank(first - 1)):
            return lines.nexts[stop]
        return lines.nexts[stop - 1]

    def text_block(
        self,
        first: int,
        stop: int,
        kind: UnitKind,
        inline: Token | None,
        item_end: int | None = None,
    ) -> None:
        """A paragraph or setext heading text over lines [first, stop).

        `item_end` is the line where the innermost list item holding the block ends.
        """
        lines = self.lines
        src = self.source
        stop = min(stop, len(lines))
        if first >= stop:
            return
        continuation = lines.continuation(first)
        hard = self._hard_breaks(first, stop, inline)
        run: list[tuple[int, int, bool]] = []  # (start, end, hard break after) per text line
        for line in range(first, stop):
            cs, ce = lines.content_start(line), lines.ends[line]
            raw = src[cs:ce]
            if self.is_noise(raw):
                self._flush(run, kind, continuation)
                self.keep(VerbatimKind.NOISE, lines.starts[line], lines.nexts[line])
                if line == first and item_end is not None:
                    self._openers.append((len(self.verbatim) - 1, stop, item_end))
                continue
            ts, te = strip_span(src, cs, ce)
            if _URL_LINE.fullmatch(src, ts, te):
                self._flush(run, kind, continuation)
                self.keep(VerbatimKind.URL, ts, te)
                continue
            is_hard = hard[line - first]
            if is_hard and raw.endswith("\\"):
                ce -= 1  # the backslash is markup, not text
            run.append((*strip_span(src, cs, ce), is_hard))
        self._flush(run, kind, continuation)

    def settle_openers(self) -> None:
        """Let a noise line opening a list item keep its marker when the item holds more.

        Dropped whole, the line would take the marker with it and leave the rest of
        the item an indented paragraph (or code) outside the list. Instead the noise
        starts after the marker, and dropping it removes everything up to the item's
        next content that is not noise (blank lines, further noise lines, that
        line's indentation): the content then follows the marker. An item holding
        nothing else goes whole. Called once every block has been read.
        """
        if not self._openers:
            return
        lines, src = self.lines, self.source
        noisy = {v.line - 1 for v in self.verbatim if v.kind is VerbatimKind.NOISE}
        noisy |= self._underlines
        for index, stop, item_end in self._openers:
            span = self.verbatim[index]
            first = span.line - 1
            cs = lines.content_start(first)
            prefix = src[lines.starts[first] : cs]
            if all(ch in " \t>" for ch in prefix):
                continue  # not the item's first line: no marker on it
            for line in range(first + 1, min(item_end, len(lines))):
                s, e = lines.starts[line], lines.ends[line]
                if line in noisy or lines.blank(line, quote=True):
                    continue
                if line < stop:  # the paragraph goes on: its text follows the marker
                    to = lines.content_start(line)
                else:
                    # The item's next block loses as many columns of prefix as the
                    # marker took; indentation or quote markers beyond them are its
                    # own (an indented code block, a nested quote).
                    width, to, col = _columns(prefix), s, 0
                    while to < e and src[to] in " \t>" and col < width:
                        col = _columns(src[to], col)
                        to += 1
                self.verbatim[index] = replace(span, start=cs, dropped=(cs, to))
                break

    def settle_quotes(self) -> None:
        """Let the noise of a quote that holds nothing else take the quote's blank lines along.

        Dropped line by line, a quote of noise lines and `>` lines would leave its
        `>` lines, an empty quote. Such a run of lines, blank lines or the article's
        ends around it, goes whole (with the blank line after it when one precedes).
        """
        lines, src = self.lines, self.source
        noise = {v.line - 1: i for i, v in enumerate(self.verbatim) if v.kind is VerbatimKind.NOISE}
        if not noise:
            return

        def quote_blank(line: int) -> bool:
            return lines.blank(line, quote=True) and not lines.blank(line)

        gone = noise.keys() | self._underlines

        def quoted_noise(line: int) -> bool:
            return line in gone and ">" in src[lines.starts[line] : lines.content_start(line)]

        n = len(lines)
        done = -1  # runs are found from their noise lines: each looked at once
        for at in sorted(k for k in noise if quoted_noise(k)):
            if at <= done:
                continue
            first, line = at, at + 1
            while first > 0 and quote_blank(first - 1):
                first -= 1
            while line < n and (quoted_noise(line) or quote_blank(line)):
                line += 1
            done = line
            if (first and not lines.blank(first - 1)) or (line < n and not lines.blank(line)):
                continue  # the quote holds more: its other lines stay, blank ones too
            start, end = lines.starts[first], self._gone_to(first, line)
            head = self.verbatim[noise[at]]
            if head.dropped is not None:  # a heading's underline with it, say
                start, end = min(start, head.dropped[0]), max(end, head.dropped[1])
            self.verbatim[noise[at]] = replace(head, dropped=(start, end))

    def _hard_breaks(self, first: int, stop: int, inline: Token | None) -> list[bool]:
        """Whether each line of a block ends in a hard line break (the last one never does)."""
        n = stop - first
        src, ends = self.source, self.lines.ends
        # A hard break needs two spaces or a backslash at the end of its line; only
        # then is the inline parse run that tells whether code or a tag hides it.
        if all(
            src[ends[line] - 1 : ends[line]] not in (" ", "\\") for line in range(first, stop - 1)
        ):
            return [False] * n
        tokens = _MD.parseInline(inline.content, dict(self.env)) if inline is not None else []
        children = tokens[0].children if tokens else None
        if children is not None:
            kinds = [c.type for c in children]
            breaks = [k == "hardbreak" for k in kinds if k in ("softbreak", "hardbreak")]
            if len(breaks) == n - 1:
                return [*breaks, False]
        # Line breaks inside code spans or image alts: fall back to the source.
        out = []
        for line in range(first, stop - 1):
            raw = self.source[self.lines.content_start(line) : self.lines.ends[line]]
            trailing = len(raw) - len(raw.rstrip("\\"))
            out.append(raw.endswith("  ") or trailing % 2 == 1)
        return [*out, False]

    def _flush(self, run: list[tuple[int, int, bool]], kind: UnitKind, continuation: str) -> None:
        pieces = list(run)
        run.clear()
        while pieces and pieces[0][0] >= pieces[0][1]:
            pieces.pop(0)
        while pieces and pieces[-1][0] >= pieces[-1][1]:
            pieces.pop()
        if not pieces:
            return
        src = self.source
        start, end = pieces[0][0], pieces[-1][1]
        if kind is not UnitKind.HEADING and self._image_alt(pieces, continuation):
            return
        # The msgid: lines joined as join_lines does, a hard break as "\n" (empty
        # lines add nothing), each line's place in it recorded for the splice.
        text = ""
        placed: list[tuple[int, int, int, int]] = []
        hard_pending = False
        for s, e, is_hard in pieces:
            piece = src[s:e]
            if piece:
                if text:
                    if hard_pending:
                        text += "\n"
                    elif not (is_wide(text[-1]) or is_wide(piece[0])):
                        text += " "
                placed.append((s, e, len(text), len(text) + len(piece)))
                text += piece
                hard_pending = is_hard
            else:
                placed.append((s, e, len(text), len(text)))
                hard_pending = hard_pending or is_hard
        self.unit(kind, start, end, continuation, text, tuple(placed) if len(placed) > 1 else ())

    def _image_alt(self, pieces: list[tuple[int, int, bool]], continuation: str) -> bool:
        """Handle a run that is only an image; True if it was one (with or without alt)."""
        src = self.source
        if not src.startswith("![", pieces[0][0]) or src[pieces[-1][1] - 1] not in ")]":
            return False
        if len(pieces) == 1:
            # `![alt](url)` on one line, read one way only: the parser would say the same.
            m = _SIMPLE_IMAGE.fullmatch(src, pieces[0][0], pieces[0][1])
            if m is not None and _MD.validateLink(m.group(2)):
                alt = join_lines([m.group(1)])
                self.unit(UnitKind.IMAGE_ALT, m.start(1), m.end(1), continuation, alt)
                return True
        # Offsets of each piece inside the joined text, to map the alt back to the source.
        joined_parts: list[str] = []
        bases: list[tuple[int, int]] = []  # (offset in joined, offset in source)
        pos = 0
        for s, e, _ in pieces:
            bases.append((pos, s))
            joined_parts.append(src[s:e])
            pos += e - s + 1
        joined = "\n".join(joined_parts)
        tokens = _MD.parseInline(joined, dict(self.env))
        children = tokens[0].children if tokens else None
        if not children or len(children) != 1 or children[0].type != "image":
            return False
        label = children[0].content
        if joined[2 : 2 + len(label)] != label:
            return False

        def to_source(offset: int) -> int:
            i = bisect.bisect_right([b[0] for b in bases], offset) - 1
            return bases[i][1] + offset - bases[i][0]

        start = to_source(2)
        end = to_source(2 + len(label) - 1) + 1 if label else start
        alt_lines = label.split("\n")
        self.unit(UnitKind.IMAGE_ALT, start, end, continuation, join_lines(alt_lines))
        return True

    def table(self, tokens: list[Token], i: int) -> int:
        """Cells of the table opening at tokens[i]; returns the index of table_close."""
        columns = 0
        rows: list[int] = []
        while i < len(tokens) and tokens[i].type != "table_close":
            tok = tokens[i]
            if tok.type == "th_open":
                columns += 1
            elif tok.type == "tr_open" and tok.map is not None:
                rows.append(tok.map[0])
            i += 1
        src = self.source
        for line in rows:
            if line >= len(self.lines):
                continue
            cs, ce = self.lines.content_start(line), self.lines.ends[line]
            text = src[cs:ce]
            # Split the row exactly as markdown-it does: after its trim, on unescaped pipes.
            base = cs + len(text) - len(text.lstrip(_MD_TRIM))
            for s, e in _split_cells(text.strip(_MD_TRIM))[:columns]:
                ts, te = strip_span(src, base + s, base + e)
                if _URL_LINE.fullmatch(src, ts, te):
                    self.keep(VerbatimKind.URL, ts, te)
                else:
                    self.unit(UnitKind.TABLE_CELL, ts, te)
        return i


def _split_cells(row: str) -> list[tuple[int, int]]:
    """Cell ranges of a trimmed table row, split like markdown-it's escapedSplit."""
    cells: list[tuple[int, int]] = []
    last = 0
    escaped = False
    for pos, ch in enumerate(row):
        if ch == "|" and not escaped:
            cells.append((last, pos))
            last = pos + 1
        escaped = ch == "\\"
    cells.append((last, len(row)))
    if cells and cells[0][0] == cells[0][1]:
        cells.pop(0)
    if cells and cells[-1][0] == cells[-1][1]:
        cells.pop()
    return cells


def _yaml_scalar(src: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a one-line YAML scalar in src[start:end]: inside quotes if quoted.

    None for anything that is not a simple string (block scalars, flow
    collections, anchors, unterminated quotes).
    """
    first = src[start]
    if first in "\"'":
        pos = start + 1
        while pos < end:
            ch = src[pos]
            if first == '"' and ch == "\\":
                pos += 2
                continue
            if ch == first:
                if first == "'" and pos + 1 < end and src[pos + 1] == "'":
                    pos += 2  # '' is an escaped quote
                    continue
                break
            pos += 1
        if pos >= end:
            return None
        rest = src[pos + 1 : end].strip(" \t")
        if rest and not rest.startswith("#"):
            return None
        return start + 1, pos
    if first in _FM_NOT_PLAIN:
        return None
    comment = re.search(r"[ \t]#", src[start:end])
    if comment is not None:
        end = start + comment.start()
    return start, end


_YAML_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v",
    "f": "\f", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
    "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}  # fmt: skip
_YAML_HEX = {"x": 2, "u": 4, "U": 8}


def _yaml_unquote(raw: str, quote: str) -> str:
    """The string a quoted YAML scalar's inside `raw` stands for."""
    if quote == "'":
        return raw.replace("''", "'")
    out: list[str] = []
    pos = 0
    while pos < len(raw):
        ch = raw[pos]
        nxt = raw[pos + 1 : pos + 2]
        if ch != "\\" or not nxt:
            out.append(ch)
            pos += 1
        elif nxt in _YAML_ESCAPES:
            out.append(_YAML_ESCAPES[nxt])
            pos += 2
        elif nxt in _YAML_HEX and (code := _hex_code(raw, pos + 2, _YAML_HEX[nxt])) is not None:
            out.append(chr(code))
            pos += 2 + _YAML_HEX[nxt]
        else:  # not valid YAML; keep it as written rather than guess
            out.append(ch)
            pos += 1
    return "".join(out)


def _hex_code(raw: str, pos: int, width: int) -> int | None:
    digits = raw[pos : pos + width]
    if len(digits) != width or not all(c in "0123456789abcdefABCDEF" for c in digits):
        return None
    code = int(digits, 16)
    # A lone surrogate could not be written to a PO file.
    return None if code > 0x10FFFF or 0xD800 <= code <= 0xDFFF else code


def parse_markdown(
    source: str,
    *,
    name: str,
    path: str,
    noise: Sequence[re.Pattern[str]] = (),
    keys: Sequence[str] = ("title", "summary", "description"),
) -> Article:
    """Split a Markdown article into translation units and verbatim spans.

    `keys` are the front matter and metadata-header keys whose values are translated.
    """
    lines = _Lines(source)
    env: dict[str, Any] = {_ENV_KEY: lines.content}
    tokens = _BLOCKS.parse(source, env)
    env.pop(_ENV_KEY, None)
    b = _Builder(lines, noise, env, frozenset(k.lower() for k in keys))
    containers: list[str] = []
    item_ends: list[int] = []  # where each open list item ends, innermost last
    i = 0
    # A metadata header is the first paragraph to markdown-it: open, inline, close.
    first = tokens[0] if tokens else None
    if first is not None and first.type == "paragraph_open" and first.map and first.map[0] == 0:
        i = 3 if b.metadata_header(first.map[1]) else 0
    while i < len(tokens):
        tok = tokens[i]
        kind = tok.type
        if kind in _CONTAINERS:
            containers.append(_CONTAINERS[kind])
            if kind == "list_item_open":
                item_ends.append(tok.map[1] if tok.map else 0)
        elif kind in _CONTAINER_CLOSE:
            containers.pop()
            if kind == "list_item_close":
                item_ends.pop()
        elif kind == "front_matter":
            b.front_matter(tok)
        elif kind in ("fence", "code_block"):
            b.code(tok)
        elif kind == "html_block":
            b.html_block(tok)
        elif kind == "table_open":
            i = b.table(tokens, i)
        elif kind == "heading_open" and tok.map is not None:
            inline = tokens[i + 1]
            item_end = item_ends[-1] if item_ends else None
            if tok.markup.startswith("#"):
                b.atx_heading(tok.map[0], item_end)
            else:  # setext: the last line of the map is the underline
                b.setext_heading(tok.map[0], tok.map[1], inline, item_end)
            i += 2
        elif kind == "paragraph_open" and tok.map is not None:
            inner = containers[-1] if containers else None
            para_kind = {
                "list_item": UnitKind.LIST_ITEM,
                "blockquote": UnitKind.BLOCKQUOTE,
            }.get(inner or "", UnitKind.PARAGRAPH)
            item_end = item_ends[-1] if item_ends else None
            b.text_block(tok.map[0], tok.map[1], para_kind, tokens[i + 1], item_end)
            i += 1
        i += 1
    b.reference_titles()
    b.settle_openers()
    b.settle_quotes()
    units = tuple(sorted(b.units, key=lambda u: u.start))
    verbatim = tuple(sorted(b.verbatim, key=lambda v: v.start))
    return Article(
        name=name, path=path, format="markdown", source=source, units=units, verbatim=verbatim
    )


# --- Links, for the build's check of relative targets ---------------------------------------------


def link_destinations(source: str) -> frozenset[str]:
    """The destinations of the links, images and link definitions markdown-it reads in `source`.

    As markdown-it reads them: without `<>`, escapes and entities undone (see
    `destination`). What only looks like a link is not one: `[章]({{< relref "x" >}})`
    (a Hugo shortcode), a footnote `[^1]: 注`, a line that is no definition.
    """
    env: dict[str, Any] = {}
    found: set[str] = set()
    stack = list(_links_parser().parse(source, env))
    while stack:
        token = stack.pop()
        if token.children:
            stack += token.children
        target = token.attrs.get("href" if token.type == "link_open" else "src")
        if token.type in ("link_open", "image") and isinstance(target, str):
            found.add(target)
    refs = [*env.get("references", {}).values(), *env.get("duplicate_refs", ())]
    found.update(ref["href"] for ref in refs if ref.get("href"))
    return frozenset(found)


def destination(written: str) -> str:
    """A destination as written in the source (`<>` removed) as markdown-it reads it."""
    return unescapeAll(written)


@cache
def _links_parser() -> MarkdownIt:
    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
    md.use(footnote_plugin, inline=False)
    md.normalizeLink = _as_written  # type: ignore[method-assign]
    return md


# --- Markdown to HTML, for render/html.py: markdown-it stays behind this module ------------------


def markdown_to_html(
    text: str, *, fallbacks: Collection[str] = (), fallback_lang: str | None = None
) -> str:
    """`text` rendered as HTML: CommonMark with tables, raw HTML escaped, no javascript: links.

    A block whose text is one of `fallbacks` (shown in the source language)
    gets `lang="fallback_lang"`, so browsers and screen readers switch to it.
    """
    md = _html_renderer()
    if not fallbacks or fallback_lang is None:
        return md.render(text)
    env: dict[str, object] = {}
    tokens = md.parse(text, env)
    # Compared without whitespace: a msgid joins a paragraph's lines, the token keeps them.
    shown = {"".join(f.split()) for f in fallbacks}
    for i, token in enumerate(tokens):
        if token.type == "inline" and i > 0 and "".join(token.content.split()) in shown:
            tokens[i - 1].attrSet("lang", fallback_lang)
    return md.renderer.render(tokens, md.options, env)


@cache
def _html_renderer() -> MarkdownIt:
    # html=False: raw HTML in the text is escaped, never passed through; markdown-it's
    # default link validation refuses javascript:, vbscript:, file: and data: (but images).
    md = MarkdownIt("commonmark", {"html": False}).enable("table").use(front_matter_plugin)
    md.use(footnote_plugin, inline=False)  # footnotes as extract reads them, listed at the end
    md.add_render_rule("softbreak", _softbreak)
    return md


def _softbreak(
    self: object, tokens: Sequence[Token], idx: int, options: object, env: object
) -> str:
    """A soft line break next to a CJK character joins without a space, as unit texts do."""
    before = tokens[idx - 1].content[-1:] if idx > 0 and tokens[idx - 1].type == "text" else ""
    after = (
        tokens[idx + 1].content[:1]
        if idx + 1 < len(tokens) and tokens[idx + 1].type == "text"
        else ""
    )
    return "" if (before and is_wide(before)) or (after and is_wide(after)) else "\n"


# A bare URL: a scheme, "://", then characters RFC 3986 allows in a URL. Glued
# to Chinese prose, nothing marks where it ends but the first character that
# cannot be in a URL written there: a Han character, full-width punctuation, a
# space. Set off by a space (or the start of the text) it is a word of its own,
# and may carry Han (an IRI): it then ends at a space, full-width punctuation,
# `<`, `>`, `"` or a backtick. Either way trailing ASCII punctuation ends the
# sentence, not the URL, and so does a closing bracket the URL did not open
# (as GFM's autolink extension reads it).
_BARE_URL = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
_IRI_TAIL = re.compile(r"[^\s<>\"`\u3000-\u303f\uff00-\uffef]*")
_URL_TRAILING = ".,:;!?'\"*_~"
_URL_CLOSERS = {")": "(", "]": "["}


def opens_html_block(line: str) -> bool:
    """True if `line`, at the start of a line, would open a raw HTML block."""
    return any(t.type == "html_block" for t in _BLOCKS.parse(line)[:1])


def bare_urls(text: str, pos: int = 0, stop: int | None = None) -> list[tuple[int, int]]:
    """Spans of the bare URLs in text[pos:stop], each ending where a URL written there ends.

    >>> t = "见https://example.com/a_(b)。另见https://example.com/s?q=1）和http://x.org/p了解"
    >>> [t[s:e] for s, e in bare_urls(t)]
    ['https://example.com/a_(b)', 'https://example.com/s?q=1', 'http://x.org/p']
    >>> t = "见 https://zh.wikipedia.org/wiki/大语言模型。"
    >>> [t[s:e] for s, e in bare_urls(t)]
    ['https://zh.wikipedia.org/wiki/大语言模型']
    """
    out = []
    stop = len(text) if stop is None else stop
    while (m := _BARE_URL.search(text, pos, stop)) is not None:
        start, end = m.span()
        if start == 0 or text[start - 1].isspace():
            tail = _IRI_TAIL.match(text, end, stop)
            assert tail is not None  # it matches the empty string
            end = tail.end()
        while end > start:
            last = text[end - 1]
            opener = _URL_CLOSERS.get(last)
            url = text[start:end]
            if last in _URL_TRAILING or (opener and url.count(opener) < url.count(last)):
                end -= 1
            else:
                break
        out.append((start, end))
        pos = max(end, m.end())
    return out


def html_tags(text: str) -> list[tuple[int, int]]:
    """Spans of the raw HTML (tags, comments) markdown-it finds in an inline text.

    >>> t = "```<script>`` `<b>` <ins>字</ins>"
    >>> [t[s:e] for s, e in html_tags(t)]
    ['<script>', '<ins>', '</ins>']
    """
    tags: list[tuple[int, int]] = []
    _MD.parseInline(text, {_HTML_KEY: tags})
    return sorted(tags)


# An inline link markdown-it reads one way only: a label without brackets, code,
# tags or escapes, then a destination with no space, parenthesis, escape or entity.
_SIMPLE_LINK = re.compile(r"\[[^\[\]\\`<]*\](\([^\s()<>\\`&\x00-\x1f\x7f]+\))")
# Outside such links, any of these may start something only the parser can read.
_NOT_SIMPLE = re.compile(r"[\[\]\\`<]")
# An image alone on its line, its alt and destination as simple as a simple link's.
_SIMPLE_IMAGE = re.compile(r"!\[([^\[\]\\`<\n]*)\]\(([^\s()<>\\`&\x00-\x1f\x7f]+)\)")


def _simple_links(text: str) -> list[tuple[int, int]] | None:
    """protected_spans' spans before bare URLs, if `text` holds no markup but simple links.

    None when anything else could be markup (a bracket outside a simple link, an
    image, code, a tag, an escape, a destination markdown-it refuses): the parser
    decides then. Most lines of a weekly are `[title](url) text`.
    """
    spans = []
    last = 0
    for m in _SIMPLE_LINK.finditer(text):
        start = m.start()
        if (start and text[start - 1] == "!") or _NOT_SIMPLE.search(text, last, start):
            return None
        if not _MD.validateLink(m.group(1)[1:-1]):
            return None
        spans.append((m.start(1) - 1, m.end()))
        last = m.end()
    if _NOT_SIMPLE.search(text, last):
        return None
    return spans


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, disjoint spans of an inline Markdown text that no edition may change.

    Taken from markdown-it's own parse of the text: code spans, autolinks, raw
    HTML tags and comments, and after each link or image label its destination
    or reference label; then the bare URLs in the text between them. A link's
    label, an image's alt, a title and a tag's alt or title value are text.

    >>> t = "在[个人网站](https://example.com/网络日志)发布，见 `代码` 和<ins>插入</ins>"
    >>> [t[s:e] for s, e in protected_spans(t)]
    ['](https://example.com/网络日志)', '`代码`', '<ins>', '</ins>']
    >>> t = '[文档](https://example.com "说明") <img alt="图标" src="a.png">'
    >>> [t[s:e] for s, e in protected_spans(t)]
    ['](https://example.com "', '")', '<img alt="', '" src="a.png">']
    """
    found = _simple_links(text)
    if found is None:
        spans: list[tuple[int, int]] = []
        _MD.parseInline(text, {_PROTECT_KEY: spans, "references": _AnyReference()})
        spans.sort()
    else:
        spans = found
    out: list[tuple[int, int]] = []
    pos = 0
    for start, end in [*spans, (len(text), len(text))]:
        if start < pos:
            continue  # inside a span already kept (an image inside a link label is not)
        out.extend(bare_urls(text, pos, start))
        if start < end:
            out.append((start, end))
        pos = end
    return out
