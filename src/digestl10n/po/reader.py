"""Reading PO/POT text into polib objects, as GNU gettext 0.21 reads it.

polib's own parser is slow on a large catalog and accepts text gettext
refuses (and the reverse); every catalog the pipeline reads goes through
``parse_po`` instead, so that a file gettext rejects is rejected here too, with
our error (``PoSyntaxError``) and its file:line.

Two readers share one state machine: entries laid out the way msgcat writes
them (blank-line separated, comments in msgcat's order) are read whole by
one regular expression; anything else, and every error, goes through a
line-by-line reader that follows gettext's ``po-lex.c`` and
``po-gram-gen.y``.  Comments and flags are parsed as
``read-catalog-abstract.c`` does.

Text comes in decoded: a file's bytes are decoded by its header's charset
(``charset.py``; ``project.decode_catalog``), a legacy charset's header then
saying UTF-8, which is what the writer writes.  A lone ``#`` or ``#.`` is
read as ``EMPTY_COMMENT``; the file's line ending (CRLF or LF, as its first
line ends) is kept on the POFile.

Known differences from gettext: domain directives are rejected; an obsolete entry repeating an
active one is accepted (msgcat refuses the file).  Like gettext, the reader
joins a line ending in a backslash with the next one, so a comment ending in
a backslash does not survive msgcat (nor ``parse_po``) unchanged.
"""

from __future__ import annotations

import re

import polib

from ..errors import PoSyntaxError
from .entry import new_entry
from .flags import parse_flags
from .header import EMPTY_COMMENT, HeaderTextPOFile, parse_header
from .nogc import no_gc

__all__ = ["parse_po"]

_STRING = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"', re.S)
_BACKSLASH = re.compile(r"\\(x[0-9A-Fa-f]+|[0-7]{1,3}|.)", re.S)
_SIMPLE_ESCAPES = {
    "n": "\n",
    "t": "\t",
    "b": "\b",
    "r": "\r",
    "f": "\f",
    "v": "\v",
    "a": "\a",
    "\\": "\\",
    '"': '"',
}
_KEYWORD = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")
_PLURAL_KEYWORD = re.compile(r"msgstr[ \t\f\v\r]*\[[ \t\f\v\r]*([0-9]+)[ \t\f\v\r]*\]")
_SOLARIS_FILEPOS = re.compile(
    r" [Ff]ile:[ \t]*(.*?)[ \t]*,[ \t]*line[ \t]*(?:number[ \t]*)?:([0-9]+)[ \t\n]*\Z"
)
_WS = " \t\r\f\v"
# What can only begin a new entry (#~ and #| lines included).
_STARTS_ENTRY = re.compile(r'#|msgid[ "]|msgctxt[ "]')


# Reader states: what the last keyword line was.
_S_NONE, _S_PREV, _S_CTXT, _S_ID, _S_IDPL, _S_STR, _S_STRN = range(7)


class _Reader:
    """PO reader building polib objects directly (polib's own parser is slow).

    Entries laid out as msgcat writes them are read whole by one regular
    expression (run); everything else, and every error, goes through a
    line-by-line state machine that follows po-lex.c and po-gram-gen.y (feed).
    """

    def __init__(self, text: str, path: str):
        self.text = text
        self.path = path
        self.po = HeaderTextPOFile(
            fpath=None if path == "<string>" else path, wrapwidth=79, encoding="utf-8"
        )
        self.entries: list[polib.POEntry] = []
        self.seen: dict[tuple[str | None, str], int] = {}
        self.lineno = 0
        self.reset()

    def error(self, message: str, line: int | None = None) -> PoSyntaxError:
        return PoSyntaxError(message, self.path, self.lineno if line is None else line)

    def reset(self) -> None:
        self.tcomment: list[str] = []
        self.comment: list[str] = []
        self.occurrences: list[tuple[str, str]] = []
        self.flags: list[str] = []
        self.values: dict[str, str] = {}
        self.plural: dict[int, str] = {}
        self.field: str | int | None = None  # what continuation strings extend
        self.field_line = 0
        self.buf: list[str] = []
        self.start = 0  # line of the entry's first keyword
        self.msgid_line = 0
        self.obsolete: bool | None = None
        self.state = _S_NONE

    # -- strings -------------------------------------------------------

    def unescape(self, body: str) -> str:
        def repl(m: re.Match) -> str:
            g = m.group(1)
            if g in _SIMPLE_ESCAPES:
                return _SIMPLE_ESCAPES[g]
            if g[0] == "x" and len(g) > 1:
                value = int(g[1:], 16)
            elif "0" <= g[0] <= "7":
                value = int(g, 8)
            else:
                raise self.error(f"invalid escape sequence \\{g}")
            if value >= 0x80:
                raise self.error(f"unsupported escape sequence \\{g}")
            return chr(value)

        return _BACKSLASH.sub(repl, body)

    def strings(self, rest: str) -> list[str]:
        """Decode the quoted strings making up ``rest``."""
        if len(rest) >= 2 and rest[0] == '"' and rest[-1] == '"':
            body = rest[1:-1]
            if "\\" not in body and '"' not in body and "\x04" not in body and "\x00" not in body:
                return [body]
        out: list[str] = []
        pos = 0
        n = len(rest)
        while True:
            while pos < n and rest[pos] in _WS:
                pos += 1
            if pos >= n:
                return out
            if rest[pos] != '"':
                if out and rest[pos:].rstrip(_WS) in ("#~", "#~|", "#|"):
                    return out  # a bare marker lexes to nothing in gettext
                raise self.error("unexpected text after string" if out else "unquoted string")
            m = _STRING.match(rest, pos)
            if m is None:
                raise self.error("unterminated string")
            body = m.group(1)
            if "\\" in body:
                body = self.unescape(body)
                if "\x00" in body:
                    body = body[: body.index("\x00")]  # gettext's C strings end there
            if "\x04" in body:
                # msgfmt joins msgctxt and msgid with EOT; gettext refuses it.
                raise self.error("context separator (EOT) inside a string")
            out.append(body)
            pos = m.end()

    def open_field(self, field: str | int, rest: str) -> None:
        self.close_field()
        self.field = field
        self.buf = self.strings(rest.lstrip(_WS))

    def close_field(self) -> None:
        field = self.field
        if field is None:
            return
        if not self.buf:
            raise self.error("keyword without a string", self.field_line)
        if isinstance(field, int):
            self.plural[field] = "".join(self.buf)
        else:
            self.values[field] = "".join(self.buf)
        self.field = None

    # -- entries -------------------------------------------------------

    def finish(self) -> None:
        """Complete the entry whose msgstr has been read."""
        self.close_field()
        values = self.values
        msgctxt = values.get("msgctxt")
        msgid = values["msgid"]
        obsolete = bool(self.obsolete)
        if not obsolete:
            key = (msgctxt, msgid)
            first = self.seen.get(key)
            if first is not None:
                raise self.error(
                    f"duplicate message definition (first at line {first})", self.msgid_line
                )
            self.seen[key] = self.msgid_line
        if msgid == "" and msgctxt is None and not obsolete and "msgid_plural" not in values:
            self.set_header(values["msgstr"])
        else:
            self.entries.append(
                new_entry(
                    msgid=msgid,
                    msgstr=values.get("msgstr", ""),
                    msgid_plural=values.get("msgid_plural", ""),
                    msgstr_plural=self.plural,
                    msgctxt=msgctxt,
                    obsolete=obsolete,
                    encoding="utf-8",
                    comment=_joined(self.comment),
                    tcomment=_joined(self.tcomment),
                    occurrences=self.occurrences,
                    flags=self.flags,
                    previous_msgctxt=values.get("previous_msgctxt"),
                    previous_msgid=values.get("previous_msgid"),
                    previous_msgid_plural=values.get("previous_msgid_plural"),
                    linenum=self.msgid_line,
                )
            )
        self.reset()

    def set_header(self, msgstr: str) -> None:
        po = self.po
        po.header = _joined(self.tcomment)
        # polib's own parser also stores the header's flag list here.
        po.metadata_is_fuzzy = self.flags  # type: ignore[assignment]  # types-polib: bool
        po.metadata = parse_header(msgstr)
        po.header_text = msgstr
        po.header_text_fields = dict(po.metadata)

    def incomplete(self) -> PoSyntaxError:
        """The entry in progress cannot be continued the way the file does."""
        if self.state == _S_PREV:
            return self.error("previous msgid (#|) without a message", self.start)
        if self.state == _S_CTXT:
            return self.error("msgctxt without msgid", self.start)
        return self.error("msgid without msgstr", self.msgid_line)

    def enter(self, obsolete: bool) -> None:
        """Account for a keyword line's #~ marker."""
        if self.obsolete is None:
            self.obsolete = obsolete
            self.start = self.lineno
        elif self.obsolete != obsolete:
            raise self.error("inconsistent use of #~")

    def keyword(self, rest: str, obsolete: bool, previous: bool) -> None:
        m = _KEYWORD.match(rest)
        if m is None:
            raise self.error("syntax error")
        word = m.group()
        after = rest[m.end() :]
        state = self.state
        if previous:
            if word not in ("msgctxt", "msgid", "msgid_plural"):
                raise self.error(f'unknown keyword "{word}" after #|')
            if state >= _S_STR:
                self.finish()
            elif state != _S_NONE and state != _S_PREV:
                raise self.error("#| line inside an entry")
            self.enter(obsolete)
            self.state = _S_PREV
            self.field_line = self.lineno
            self.open_field("previous_" + word, after)
            return
        if word == "msgid" or word == "msgctxt":
            if state >= _S_STR:
                self.finish()
            elif state in (_S_ID, _S_IDPL) or state == _S_CTXT and word == "msgctxt":
                raise self.incomplete()
            self.enter(obsolete)
            if word == "msgid":
                self.state = _S_ID
                self.msgid_line = self.lineno
            else:
                self.state = _S_CTXT
        elif word == "msgid_plural":
            if state != _S_ID:
                raise self.error("msgid_plural without msgid")
            self.enter(obsolete)
            self.state = _S_IDPL
        elif word == "msgstr":
            pm = _PLURAL_KEYWORD.match(rest)
            if pm is not None:
                index = int(pm.group(1))
                if state == _S_IDPL:
                    expected = 0
                elif state == _S_STRN:
                    expected = len(self.plural) + 1
                elif state in (_S_ID, _S_STR):
                    raise self.error("msgstr[n] without msgid_plural")
                else:
                    raise self.error("msgstr without msgid")
                if index != expected:
                    raise self.error("plural form has wrong index")
                self.enter(obsolete)
                self.state = _S_STRN
                self.field_line = self.lineno
                self.open_field(index, rest[pm.end() :])
                return
            if state in (_S_IDPL, _S_STRN):
                raise self.error("msgstr needs an index after msgid_plural")
            if state != _S_ID:
                raise self.error("msgstr without msgid")
            self.enter(obsolete)
            self.state = _S_STR
        elif word == "domain":
            raise self.error("domain directives are not supported")
        else:
            raise self.error(f'unknown keyword "{word}"')
        self.field_line = self.lineno
        self.open_field(word, after)

    def continuation(self, rest: str, obsolete: bool, previous: bool) -> None:
        field = self.field
        if field is None or previous != (self.state == _S_PREV):
            raise self.error("string without a keyword before it")
        self.enter(obsolete)
        self.buf.extend(self.strings(rest))

    def comment_line(self, line: str) -> None:
        """A line starting with '#' that is not #~ or #|."""
        state = self.state
        if state >= _S_STR:
            self.finish()
        elif state != _S_NONE:
            raise self.error("comment inside an entry")
        kind = line[1:2]
        if kind == ".":
            text = line[2:]
            self.comment.append(text[1:] if text[:1] == " " else text)
        elif kind == ":":
            self.occurrences.extend(_parse_filepos(line[2:]))
        elif kind == "," or kind == "!":
            # gettext keeps only the last flags line of an entry.
            self.flags = parse_flags(line[2:])
        else:
            text = line[1:]
            m = _SOLARIS_FILEPOS.match(text) if text[:6] in (" File:", " file:") else None
            if m is not None:
                self.occurrences.append((m.group(1), str(int(m.group(2)))))
            else:
                self.tcomment.append(text[1:] if text[:1] == " " else text)

    def run(self) -> polib.POFile:
        text = self.text
        if text.startswith("\ufeff"):
            text = text[1:]
        if "\r" in text:
            # The writer ends lines as the file's first line ends; a file
            # whose every line ends in CRLF (and holds no other CR) is
            # otherwise read like an LF one.
            nl = text.find("\n")
            if nl > 0 and text[nl - 1] == "\r":
                self.po.newline = "\r\n"
            crlf = text.count("\r\n")
            if crlf == text.count("\r") == text.count("\n"):
                text = text.replace("\r\n", "\n")
        if "\r" in text or "\\\n" in text:
            self.feed(_physical_lines(text), 1)
            return self.end()
        if text.endswith("\n"):
            text = text[:-1]
        # Entries are almost always separated by blank lines and laid out the
        # way msgcat writes them: such a block is read with one regular
        # expression; anything else goes through the line-by-line reader,
        # which also produces every error message.
        fullmatch = _BLOCK.fullmatch
        entries = self.entries
        seen = self.seen
        lineno = 1
        clean = True  # the line reader holds nothing that a block would skip
        blocks = text.split("\n\n")
        starts_entry = _STARTS_ENTRY.match
        last = len(blocks) - 1
        for index, block in enumerate(blocks):
            # The entry must also end with the block: blank lines are nothing
            # to gettext, so the next block may still continue it.
            following = blocks[index + 1] if index < last else ""
            m = (
                fullmatch(block)
                if clean
                and block
                and (not following and index + 1 >= last or starts_entry(following))
                and "\x04" not in block
                and "\x00" not in block
                else None
            )
            if m is not None:
                (tcomments, extracted, refs, flag_lines, ctx, ctx_more, msgid, msgid_more, msgstr,
                 msgstr_more) = m.groups()  # fmt: skip
                if tcomments and ("# File:" in tcomments or "# file:" in tcomments):
                    m = None  # perhaps a Solaris-style reference: the line reader knows
                if ctx_more:
                    ctx += ctx_more[1:-2].replace('"\n"', "")
                if msgid_more:
                    msgid += msgid_more[1:-2].replace('"\n"', "")
                if msgstr_more:
                    msgstr += msgstr_more[2:-1].replace('"\n"', "")
            if m is not None:
                try:
                    if "\\" in msgid:
                        msgid = _fast_unescape(msgid)
                    if "\\" in msgstr:
                        msgstr = _fast_unescape(msgstr)
                    if ctx is not None and "\\" in ctx:
                        ctx = _fast_unescape(ctx)
                except ValueError:
                    m = None  # the line reader reports it, with its line
            if m is None:
                self.feed(block.split("\n"), lineno)
                state = self.state
                clean = state >= _S_STR or (
                    state == _S_NONE
                    and not (self.tcomment or self.comment or self.occurrences or self.flags)
                )
                lineno += block.count("\n") + 2
                continue
            if self.state >= _S_STR:
                self.finish()
            msgid_line = lineno + block.count("\n", 0, m.start(7))
            key = (ctx, msgid)
            if key in seen:
                raise self.error(
                    f"duplicate message definition (first at line {seen[key]})", msgid_line
                )
            seen[key] = msgid_line
            tcomment = comment = ""
            occurrences: list[tuple[str, str]] = []
            flags: list[str] = []
            # Comment lines drop their "# " or "#. "; when every line has
            # the space, one replace does it (the common case, and cheaper
            # than a join over the lines).
            if tcomments:
                body = tcomments[:-1]
                if body[:2] == "# " and body.count("\n") == body.count("\n# "):
                    tcomment = body[2:].replace("\n# ", "\n")
                else:
                    tcomment = "\n".join(line[2:] for line in body.split("\n"))
                if not tcomment:
                    tcomment = EMPTY_COMMENT  # a lone "#" line
            if extracted:
                body = extracted[:-1]
                if body[2:3] == " " and body.count("\n") == body.count("\n#. "):
                    comment = body[3:].replace("\n#. ", "\n")
                else:
                    comment = "\n".join(
                        line[3:] if line[2:3] == " " else line[2:] for line in body.split("\n")
                    )
                if not comment:
                    comment = EMPTY_COMMENT  # a lone "#." line
            if refs:
                for line in refs[:-1].split("\n"):
                    occurrences += _parse_filepos(line[2:])
            if flag_lines:
                # gettext keeps only the last flags line of an entry.
                flags = parse_flags(flag_lines[flag_lines.rfind("\n", 0, -1) + 3 : -1])
            lineno += block.count("\n", m.start(7)) + 2 + msgid_line - lineno
            if not msgid and ctx is None:
                self.tcomment = tcomment.split("\n") if tcomments else []
                self.flags = flags
                self.set_header(msgstr)
                self.reset()
                continue
            entries.append(
                new_entry(
                    msgid=msgid,
                    msgstr=msgstr,
                    msgctxt=ctx,
                    comment=comment,
                    tcomment=tcomment,
                    occurrences=occurrences,
                    flags=flags,
                    linenum=msgid_line,
                )
            )
        return self.end()

    def feed(self, lines: list[str], lineno: int) -> None:
        """Run lines (the first one being line ``lineno``) through the reader."""
        for line in lines:
            self.lineno = lineno
            lineno += 1
            if not line:
                continue
            c = line[0]
            if c in _WS:
                line = line.lstrip(_WS)
                if not line:
                    continue
                c = line[0]
            if c == '"':
                if self.field is not None and self.obsolete is False and self.state != _S_PREV:
                    self.buf.extend(self.strings(line))
                else:
                    self.continuation(line, False, False)
            elif c == "#":
                second = line[1:2]
                if second == "~":
                    rest = line[2:]
                    previous = rest[:1] == "|"
                    if previous:
                        rest = rest[1:]
                    rest = rest.lstrip(_WS)
                    if not rest:
                        continue
                    if rest[0] == '"':
                        self.continuation(rest, True, previous)
                    elif rest[0] == "#":
                        raise self.error("comment after #~")
                    else:
                        self.keyword(rest, True, previous)
                elif second == "|":
                    rest = line[2:].lstrip(_WS)
                    if not rest:
                        continue
                    if rest[0] == '"':
                        self.continuation(rest, False, True)
                    else:
                        self.keyword(rest, False, True)
                else:
                    self.comment_line(line)
            else:
                self.keyword(line, False, False)

    def end(self) -> polib.POFile:
        if self.state >= _S_STR:
            self.finish()
        elif self.state != _S_NONE:
            raise self.incomplete()
        self.po.extend(self.entries)
        return self.po


# A string body, as an unrolled loop (much faster in re than an alternation).
_Q = r'[^"\\\n]*(?:\\.[^"\\\n]*)*'
# An entry as msgcat writes it, comments in its order: translator,
# extracted, references, flags.
_BLOCK = re.compile(
    r"((?:# [^\n]*\n|#\n)*)((?:#\.[^\n]*\n)*)((?:#:[^\n]*\n)*)((?:#,[^\n]*\n)*)"
    rf'(?:msgctxt "({_Q})"\n((?:"{_Q}"\n)*))?'
    rf'msgid "({_Q})"\n((?:"{_Q}"\n)*)'
    rf'msgstr "({_Q})"((?:\n"{_Q}")*)'
)


def _joined(lines: list[str]) -> str:
    """Comment lines as polib holds them; one empty line is EMPTY_COMMENT, not no comment."""
    text = "\n".join(lines)
    return EMPTY_COMMENT if lines and not text else text


def _fast_unescape(s: str) -> str:
    def repl(m: re.Match) -> str:
        g = m.group(1)
        if g in _SIMPLE_ESCAPES:
            return _SIMPLE_ESCAPES[g]
        raise ValueError(g)

    return _BACKSLASH.sub(repl, s)


def _physical_lines(text: str) -> list[str]:
    """Lines as gettext's lexer sees them: backslash-newline joins two lines.

    The joined line keeps the number of its first part; an empty line is
    left in place of the second so that later line numbers stay right.
    """
    lines = text.split("\n")
    out = []
    i = 0
    while i < len(lines):
        line = lines[i]
        joined = 0
        while line.endswith("\\") and i + 1 < len(lines):
            i += 1
            joined += 1
            line = line[:-1] + lines[i]
        out.append(line.rstrip("\r"))
        out.extend([""] * joined)
        i += 1
    return out


def _parse_filepos(text: str) -> list[tuple[str, str]]:
    """Port of po_parse_comment_filepos; line '' when there is none."""
    out = []
    for t in text.split():
        if t[0] == ":" or t[-1] == ":" or t.isdigit():
            return _parse_filepos_spaced(text)  # "file : 12" and similar
        name, sep, num = t.rpartition(":")
        if sep and name and num.isdigit() and num.isascii():
            out.append((name, num if num[0] != "0" or len(num) == 1 else str(int(num))))
        else:
            out.append((t, ""))
    return out


def _parse_filepos_spaced(text: str) -> list[tuple[str, str]]:
    out = []
    s = text
    n = len(s)
    i = 0
    ws = " \t\n"

    def number_at(k: int) -> tuple[int, int] | None:
        if k < n and "0" <= s[k] <= "9":
            e = k
            while e < n and "0" <= s[e] <= "9":
                e += 1
            if e >= n or s[e] in ws:
                return int(s[k:e]), e
        return None

    while i < n:
        while i < n and s[i] in ws:
            i += 1
        if i >= n:
            break
        start = i
        i += 1
        while i < n and s[i] not in ws:
            i += 1
        p = i
        while p < n and s[p] in ws:
            p += 1
        if p < n and s[p] == ":":
            p += 1
            while p < n and s[p] in ws:
                p += 1
            num = number_at(p)
            if num is not None:
                out.append((s[start:i], str(num[0])))
                i = num[1]
                continue
        if s[i - 1] == ":":
            p = i
            while p < n and s[p] in ws:
                p += 1
            num = number_at(p)
            if num is not None:
                out.append((s[start : i - 1], str(num[0])))
                i = num[1]
                continue
        p = i
        while p > start and "0" <= s[p - 1] <= "9":
            p -= 1
        if p < i and p > start + 1 and s[p - 1] == ":":
            out.append((s[start : p - 1], str(int(s[p:i]))))
            continue
        out.append((s[start:i], ""))
    return out


def parse_po(text: str, path: str = "<string>") -> polib.POFile:
    """Parse PO/POT ``text`` into a polib POFile; raise PoSyntaxError on bad syntax."""
    with no_gc():
        return _Reader(text, path).run()
