"""The one OpenCC user: glossary-steered conversion, variant catalogs, the Hans/Hant script test.

A derived catalog (zh-TW from zh-Hans by s2twp, …) is filled by converting each
entry's base text. Glossary terms are cut out before OpenCC sees the text and
their renderings put back after: each term becomes one marker character no
OpenCC dictionary contains, so no OpenCC phrase can reach into a term (fed to
OpenCC as a custom dictionary instead, a term would still be cut by its
forward maximum matching: 参数据 segments as 参数|据 whatever the dictionary
says about 数据). Code spans and URLs are cut out the same way. Latin text
needs no marker: only a handful of OpenCC entries touch ASCII (U盘 → 隨身碟),
and a text whose Latin came back changed is redone with every ASCII run cut out.
A catalog goes to OpenCC in batches of texts, one call each, which costs less
than one call per msgid.

Provenance lives in a translator comment (`# machine: opencc s2twp 1a2b3c4d`),
the one place GNU msgcat and our own sync both keep: msgcat drops flags it does
not know, and sync takes `#.` comments fresh from the template. The hash is that
of the text the converter wrote, so an entry still holding it is machine output
even after the glossary or the base translation changed; anything else that
differs from today's conversion is a reviewer's edit and is never overwritten.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

import opencc
import polib

from .config import Variant
from .errors import ConfigError
from .script import ChineseScript, is_han
from .segment.inline import MARKUP_HINTS

if TYPE_CHECKING:  # loading the glossary's matcher costs every command that reads settings
    from .glossary import Glossary

# Unicode noncharacters: no OpenCC dictionary contains them, no real text does.
# MARK stands for a cut-out span inside a text, _SEP between texts of a batch.
MARK = "\ufdd0"
_SEP = "\ufdd1"
# Texts per OpenCC call: long enough to amortise the call, short enough to bound memory.
_BATCH = 4096

# A text holding one of these takes the careful path: markup, or our own markers.
_HINTS = re.compile("|".join(re.escape(h) for h in MARKUP_HINTS))
_SPECIAL = re.compile("|".join(re.escape(h) for h in (MARK, _SEP, *MARKUP_HINTS)))

# OpenCC has a few entries that rewrite Latin letters (U盘 → 隨身碟, B超 → 超音波);
# the careful path keeps every ASCII run out of its reach.
_ASCII = re.compile(r"([\x00-\x7f]+)")
_WORD = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")

# Every OpenCC target standard for each script; a character no standard of a
# script keeps belongs to the other script only.
_TO_TRADITIONAL = ("s2t", "s2tw", "s2twp", "s2hk")
_TO_SIMPLIFIED = ("t2s", "tw2s", "tw2sp", "hk2s")


def known_configs() -> tuple[str, ...]:
    """The conversion configurations the installed OpenCC ships (s2t, s2twp, s2hk, t2s, …)."""
    return tuple(sorted(c.removesuffix(".json") for c in getattr(opencc, "CONFIGS", ())))


@cache
def converter(config: str) -> opencc.OpenCC:
    """A cached OpenCC converter for a configuration such as 's2t' or 's2twp'."""
    name = config if config.endswith(".json") else f"{config}.json"
    try:
        return opencc.OpenCC(name)
    except RuntimeError:
        known = ", ".join(known_configs())
        raise ConfigError(
            f"unknown OpenCC configuration {config!r} (known: {known})", "pyproject.toml"
        ) from None


# --- Steered conversion -------------------------------------------------------------------------


# A text's masked form, what the marks stand for, and which of those are terms (index, term).
_MaskPlan = tuple[str, list[str], list[tuple[int, str]]]


@dataclass
class TextMemo:
    """What steered converters learn of each text, for the converters of one run to share.

    Keyed by the text: its protected spans (markdown.protected_spans); by the
    converter's terms and the text: its masked form; by the converter and the
    text: its conversion. Empty it between articles.
    """

    verbatim: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    masked: dict[tuple[frozenset[str], str], _MaskPlan] = field(default_factory=dict)
    converted: dict[tuple[SteeredConverter, str], str] = field(default_factory=dict)

    def clear(self) -> None:
        """Forget every text."""
        self.verbatim.clear()
        self.masked.clear()
        self.converted.clear()


class SteeredConverter:
    """OpenCC conversion where glossary renderings win and verbatim text passes through.

    `steering` maps a source term to its required rendering in the target variant.
    Build one per (config, glossary): the term pattern is compiled once.
    """

    def __init__(
        self,
        config: str,
        steering: Mapping[str, str] | None = None,
        *,
        memo: TextMemo | None = None,
    ):
        self.config = config
        # What is learnt of each text, shared by the converters of one run: a text is
        # parsed once for all variants, and masked once for all with the same terms.
        self._memo = memo
        self._opencc = converter(config)
        # Terms without a Han character are Latin and already pass through untouched.
        self._renderings = {k: v for k, v in (steering or {}).items() if k and any(map(is_han, k))}
        # A term with a Latin edge must meet a word boundary (GPT模型, not ChatGPT模型);
        # texts holding one take the careful path.
        self._latin_edged = frozenset(
            t for t in self._renderings if t[0] in _WORD or t[-1] in _WORD
        )
        self._split = _trie_pattern(self._renderings).split if self._renderings else None
        self._terms = frozenset(self._renderings)

    def __call__(self, text: str) -> str:
        """`text` converted."""
        return self.convert_many([text])[0]

    def convert_many(self, texts: list[str]) -> list[str]:
        """Each of `texts` converted, through one OpenCC call per batch.

        OpenCC costs far less per character on one long string than per call on
        short ones; a separator it leaves alone keeps the texts apart, and no
        phrase can reach across it. With a memo, texts it holds are not converted
        again, and the new ones are added to it.
        """
        if self._memo is None:
            return self._convert_many(texts)
        known = self._memo.converted
        out = [known.get((self, text)) for text in texts]
        todo = [text for text, done in zip(texts, out, strict=True) if done is None]
        if not todo:
            return out  # type: ignore[return-value]
        new = iter(self._convert_many(todo))
        for i, done in enumerate(out):
            if done is None:
                out[i] = known[(self, texts[i])] = next(new)
        return out  # type: ignore[return-value]

    def _convert_many(self, texts: list[str]) -> list[str]:
        out: list[str | None] = [None] * len(texts)
        plain: list[int] = []
        careful: list[tuple[int, str, list[str]]] = []
        special = _SPECIAL.search
        for i, text in enumerate(texts):
            if text.isascii():
                out[i] = text
            elif special(text) is None:
                plain.append(i)
            elif MARK in text or _SEP in text:
                out[i] = self._careful(text)
            else:
                careful.append((i, *self._careful_masked(text)))
        for start in range(0, len(plain), _BATCH):
            self._convert_plain(texts, plain[start : start + _BATCH], out, careful)
        # The careful texts (links, code: most lines of a Markdown weekly) are batched
        # too: their masked form, converted in one call, put back piece by piece.
        converted = self._convert_batched([masked for _, masked, _ in careful])
        for (i, _, kept), result in zip(careful, converted, strict=True):
            pieces = result.split(MARK)
            if len(pieces) != len(kept) + 1:  # pragma: no cover - OpenCC never drops it
                out[i] = self._careful(texts[i])
                continue
            out[i] = _interleave(pieces, kept)
        return out  # type: ignore[return-value]

    def _convert_plain(
        self,
        texts: list[str],
        chunk: list[int],
        out: list[str | None],
        careful: list[tuple[int, str, list[str]]],
    ) -> None:
        """Convert texts[i] for i in `chunk` (no markup, no marker) into `out`, in one OpenCC call.

        The chunk is joined first and the work done on the whole: one split on the
        term pattern (no term holds the separator, so each text splits as it would
        alone), each term a marker, one call; per text, only the terms go back in.
        Latin needs no marker: OpenCC's keys are Han but for a few (U盘 → 隨身碟);
        a text whose Latin came back changed is redone the careful way, as is one
        holding a term with a Latin edge, which must meet a word boundary.
        """
        joined = _SEP.join([texts[i] for i in chunk])
        parts = self._split(joined) if self._split is not None else [joined]
        masked = MARK.join(parts[0::2]) if len(parts) > 1 else joined
        terms = parts[1::2]
        converted = self._opencc.convert(masked)
        results = converted.split(_SEP)
        if len(results) != len(chunk) or converted.count(MARK) != len(terms):  # pragma: no cover
            for i in chunk:  # OpenCC never drops the separator or the marker
                out[i] = self._careful(texts[i])
            return
        # Latin changed: looked for per text only when the whole chunk shows it (or
        # a text holds a NUL, which would blur where the texts part).
        changed = "\0" in joined or _ascii_of(converted) != _ascii_of(masked)
        mine = masked.split(_SEP) if changed else results
        renderings = self._renderings
        latin = self._latin_edged
        k = 0
        for i, result, before in zip(chunk, results, mine, strict=True):
            if MARK not in result:
                text_terms: list[str] = []
                out[i] = result
            else:
                pieces = result.split(MARK)
                text_terms = terms[k : k + len(pieces) - 1]
                k += len(text_terms)
                if latin and not latin.isdisjoint(text_terms):
                    careful.append((i, *self._careful_masked(texts[i])))
                    continue
                out[i] = _interleave(pieces, [renderings[t] for t in text_terms])
            if changed and _ascii_of(result) != _ascii_of(before):
                out[i] = self._careful(texts[i])

    def _convert_batched(self, masked: list[str]) -> list[str]:
        """Each text converted by OpenCC, `_BATCH` texts joined by `_SEP` per call."""
        out: list[str] = []
        for start in range(0, len(masked), _BATCH):
            chunk = masked[start : start + _BATCH]
            converted = self._opencc.convert(_SEP.join(chunk)).split(_SEP)
            if len(converted) != len(chunk):  # pragma: no cover - OpenCC never drops it
                converted = [self._opencc.convert(text) for text in chunk]
            out += converted
        return out

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, replacement) of the code, URLs and glossary terms in `text`, in order.

        Verbatim spans are replaced by themselves; a term inside one is not a term.
        They come from the Markdown parse of the text (code spans, link
        destinations, autolinks, HTML tags) and the bare-URL rule, so a Han
        character in a URL or in code is kept and one right after a link is text.
        """
        verbatim = []
        if any(m in text for m in MARKUP_HINTS):
            verbatim = [(s, e, text[s:e]) for s, e in self._protected(text)]
        terms = self._term_hits(text)
        if not verbatim:
            return terms
        terms = [t for t in terms if not any(s < t[1] and t[0] < e for s, e, _ in verbatim)]
        return sorted(verbatim + terms)

    def _protected(self, text: str) -> list[tuple[int, int]]:
        """markdown.protected_spans(text), from the shared memo when there is one."""
        from .segment.markdown import protected_spans  # the parser, only when needed

        if self._memo is None:
            return protected_spans(text)
        memo = self._memo.verbatim
        found = memo.get(text)
        if found is None:
            found = memo[text] = protected_spans(text)
        return found

    def _term_hits(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, rendering) of the glossary terms in `text`, leftmost longest first."""
        if self._split is None:
            return []
        hits = []
        pos = 0
        n = len(text)
        for i, part in enumerate(self._split(text)):
            start, pos = pos, pos + len(part)
            if i % 2 == 0:
                continue
            if part in self._latin_edged and (
                (part[0] in _WORD and start and text[start - 1] in _WORD)
                or (part[-1] in _WORD and pos < n and text[pos] in _WORD)
            ):
                continue
            hits.append((start, pos, self._renderings[part]))
        return hits

    def _careful_masked(self, text: str) -> tuple[str, list[str]]:
        """What `_careful` gives OpenCC for a text without the marker, and what it cut out."""
        if self._memo is None:
            masked, kept, terms = self._mask_plan(text)
        else:
            plans = self._memo.masked
            key = (self._terms, text)
            plan = plans.get(key)
            if plan is None:
                plan = plans[key] = self._mask_plan(text)
            masked, kept, terms = plan
        if terms:
            kept = kept.copy()
            for i, term in terms:
                kept[i] = self._renderings[term]
        return masked, kept

    def _mask_plan(self, text: str) -> _MaskPlan:
        """The masked text, what it cut out, and which of those are terms (index, term).

        The same for every converter with the same terms: only the renderings differ.
        """
        verbatim = self._protected(text) if _HINTS.search(text) else []
        hits = self._term_hits(text)
        if verbatim:
            hits = [t for t in hits if not any(s < t[1] and t[0] < e for s, e in verbatim)]
        masked: list[str] = []
        kept: list[str] = []
        terms: list[tuple[int, str]] = []
        pos = 0
        spans = sorted([(s, e, False) for s, e in verbatim] + [(s, e, True) for s, e, _ in hits])
        for start, end, is_term in spans:
            _mask_ascii(text[pos:start], masked, kept)
            masked.append(MARK)
            if is_term:
                terms.append((len(kept), text[start:end]))
            kept.append(text[start:end])
            pos = end
        _mask_ascii(text[pos:], masked, kept)
        return "".join(masked), kept, terms

    def _careful(self, text: str) -> str:
        """Code, URLs, terms and every Latin run cut out before OpenCC sees the text."""
        spans = self.spans(text)
        if MARK in text:
            return self._chunked(text, spans)
        masked: list[str] = []
        kept: list[str] = []
        pos = 0
        for start, end, replacement in spans:
            _mask_ascii(text[pos:start], masked, kept)
            masked.append(MARK)
            kept.append(replacement)
            pos = end
        _mask_ascii(text[pos:], masked, kept)
        if not kept:
            return self._opencc.convert(text)
        out = self._opencc.convert("".join(masked)).split(MARK)
        if len(out) != len(kept) + 1:  # pragma: no cover - OpenCC never drops the marker
            return self._chunked(text, spans)
        return _interleave(out, kept)

    def _chunked(self, text: str, spans: list[tuple[int, int, str]]) -> str:
        """The slow path for text that already holds the marker: one OpenCC call per gap."""
        out = []
        pos = 0
        for start, end, replacement in [*spans, (len(text), len(text), "")]:
            for i, piece in enumerate(_ASCII.split(text[pos:start])):
                out.append(piece if i % 2 else self._opencc.convert(piece))
            out.append(replacement)
            pos = end
        return "".join(out)


def _trie_pattern(terms: Iterable[str]) -> re.Pattern[str]:
    """One capturing regex matching any of `terms`, leftmost and then longest.

    Built as a trie, so terms sharing a beginning are tried together rather than
    one by one; `split` then yields gap, term, gap, ….
    """
    trie: dict[str, Any] = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a term ends here: the longer ones are optional, tried first
            body = f"(?:{body})?"
        return body

    return re.compile(f"({build(trie)})")


def _interleave(pieces: list[str], kept: list[str]) -> str:
    """pieces[0] + kept[0] + pieces[1] + … + pieces[-1]: a text put back together.

    By slice assignment, about twice as fast as joining zip's pairs; a count that
    does not match (one more piece than kept) raises ValueError.
    """
    out = [""] * (2 * len(pieces) - 1)
    out[::2] = pieces
    out[1::2] = kept
    return "".join(out)


def _ascii_of(text: str) -> bytes:
    """The ASCII characters of `text` and its batch separators (as NUL), in order."""
    return text.replace(_SEP, "\0").encode("ascii", "ignore")


def _mask_ascii(gap: str, masked: list[str], kept: list[str]) -> None:
    if not gap:
        return
    if gap.isascii():
        masked.append(MARK)
        kept.append(gap)
        return
    parts = _ASCII.split(gap)
    masked.append(MARK.join(parts[0::2]))
    kept.extend(parts[1::2])


@lru_cache(maxsize=16)
def _steered(config: str, steering: frozenset[tuple[str, str]]) -> SteeredConverter:
    return SteeredConverter(config, dict(steering))


def convert_text(text: str, config: str, steering: Mapping[str, str] | None = None) -> str:
    """`text` converted by OpenCC `config`, glossary renderings winning, verbatim text untouched.

    >>> steering = {"大语言模型": "大型語言模型"}
    >>> convert_text("大语言模型见[数据](https://example.com/数据)和 `数据`", "s2twp", steering)
    '大型語言模型見[資料](https://example.com/数据)和 `数据`'
    >>> convert_text("[语雀](https://yuque.com/)选在今天放开注册", "s2t")
    '[語雀](https://yuque.com/)選在今天放開註冊'
    """
    return _steered(config, frozenset((steering or {}).items()))(text)


# --- What the phrase layer changed --------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Span:
    """Where a variant's conversion differs from plain character conversion (s2t).

    `start`/`end` index the converted text's source; `plain` is s2t's rendering,
    `phrase` the variant's; `glossary` says the glossary decided it.
    """

    start: int
    end: int
    source: str
    plain: str
    phrase: str
    glossary: bool = False


def phrase_report(text: str, config: str, steering: Mapping[str, str] | None = None) -> list[Span]:
    """The spans where `config` (s2twp, s2hk, …) renders `text` otherwise than s2t does.

    With `steering`, each glossary term whose rendering differs from s2t's is one
    span marked `glossary`; between terms, OpenCC's own changes are widened until
    they convert the same on their own as in the text, so a span shows a whole
    phrase (优化 → 最佳化), not the characters a diff happens to pick (优 → 最佳).

    >>> [(s.source, s.plain, s.phrase) for s in phrase_report("优化数据集", "s2twp")]
    [('优化', '優化', '最佳化'), ('数据', '數據', '資料')]
    """
    steered = _steered(config, frozenset((steering or {}).items()))
    bare = _steered(config, frozenset())
    plain = _plain(text)
    spans: list[Span] = []
    pos = 0
    # Terms are converted apart from the text around them, so each gap between
    # two terms is OpenCC's alone and can be compared on its own.
    for start, end, rendering in [*steered.spans(text), (len(text), len(text), "")]:
        if pos < start:
            gap = text[pos:start]
            spans.extend(
                Span(pos + s.start, pos + s.end, s.source, s.plain, s.phrase)
                for s in _opencc_spans(gap, plain[pos:start], bare)
            )
        source = text[start:end]
        if rendering not in (source, plain[start:end]):
            spans.append(Span(start, end, source, plain[start:end], rendering, glossary=True))
        pos = end
    return spans


def _opencc_spans(text: str, plain: str, convert: Callable[[str], str]) -> list[Span]:
    """Where `convert` differs from `plain` (text's s2t rendering), as whole phrases."""
    phrase = convert(text)
    if phrase == plain:
        return []
    n = len(text)
    # Where each boundary of `text` falls in `phrase`: the lowest and highest
    # offset (they differ around an insertion); None inside a changed block.
    low: list[int | None] = [None] * (n + 1)
    high: list[int | None] = [None] * (n + 1)
    changes = []
    import difflib  # for reports and checks only, not for conversion

    matcher = difflib.SequenceMatcher(None, plain, phrase, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            for k in range(i2 - i1 + 1):
                low[i1 + k] = j1 + k if low[i1 + k] is None else low[i1 + k]
                high[i1 + k] = j1 + k
        else:
            seen_low, seen_high = low[i1], high[i2]
            low[i1] = j1 if seen_low is None else min(seen_low, j1)
            high[i2] = j2 if seen_high is None else max(seen_high, j2)
            changes.append((i1, i2))

    def whole(a: int, b: int) -> bool:
        ja, jb = low[a], high[b]
        return ja is not None and jb is not None and a < b and convert(text[a:b]) == phrase[ja:jb]

    cuts: list[tuple[int, int]] = []
    for i1, i2 in changes:
        if cuts and cuts[-1][1] >= max(i2, i1 + 1):
            continue  # already explained by the phrase before
        a, b = _smallest_window(i1, i2, n, whole)
        if cuts and cuts[-1][1] > a:  # overlapping explanations are one phrase
            a = min(a, cuts[-1][0])
            b = max(b, cuts.pop()[1])
        cuts.append((a, b))
    return [
        Span(a, b, text[a:b], plain[a:b], phrase[_known(low, a, -1) : _known(high, b, 1)])
        for a, b in cuts
    ]


# How far a report span may grow (in characters, both sides) to become a whole phrase.
_MAX_GROWTH = 16


def _smallest_window(
    i1: int, i2: int, n: int, whole: Callable[[int, int], bool]
) -> tuple[int, int]:
    """The shortest [a, b) around [i1, i2) that converts on its own as in context."""
    for extra in range(_MAX_GROWTH + 1):
        for left in range(extra + 1):
            a, b = i1 - left, i2 + extra - left
            if a >= 0 and b <= n and whole(a, b):
                return a, b
    return i1, max(i2, i1 + 1)


def _known(offsets: list[int | None], i: int, direction: int) -> int:
    """The nearest defined offset from i outward."""
    while offsets[i] is None:
        i += direction
    return offsets[i]  # type: ignore[return-value]


def _plain(text: str) -> str:
    """s2t's rendering of `text`, character for character aligned with it."""
    out = converter("s2t").convert(text)
    if len(out) != len(text):
        out = "".join(c if len(d := converter("s2t").convert(c)) != 1 else d for c in text)
    return out


# --- Variant catalogs ---------------------------------------------------------------------------

_PROVENANCE = re.compile(r"^(?:machine|reviewed): opencc .*$")
# The header field of an adopted catalog: its entries without provenance are a reviewer's.
ADOPTED = "X-Digestl10n-Adopted"
_MACHINE = re.compile(r"^machine: opencc \S+ ([0-9a-f]{8})$")


@dataclass(frozen=True)
class ConvertStats:
    """What the variant step did to one catalog (msgids where a reader may want to look)."""

    filled: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: tuple[str, ...] = ()
    fuzzy: tuple[str, ...] = ()
    no_base: tuple[str, ...] = ()


def fingerprint(text: str) -> str:
    """The short hash a machine entry records of the text the converter wrote.

    It tells an untouched entry from an edited one, no more: CRC-32 will do.
    """
    return f"{zlib.crc32(text.encode('utf-8')):08x}"


def provenance(entry: polib.POEntry) -> tuple[str, str | None] | None:
    """('machine', hash) or ('reviewed', None) from an entry's translator comment, if any."""
    for line in entry.tcomment.splitlines():
        m = _MACHINE.match(line)
        if m:
            return "machine", m.group(1)
        if _PROVENANCE.match(line):
            return "reviewed", None
    return None


def steering_for(glossary: Glossary | None, variant: Variant) -> dict[str, str]:
    """The glossary's required renderings for converting the variant's base text.

    A term written alike in both scripts is kept too (激活 → 激活): it still
    needs protecting from OpenCC's phrase layer, which would make it 啟用.
    """
    if glossary is None:
        return {}
    steering = dict(glossary.steering(variant.base, variant.target))
    for concept in glossary.concepts:
        want = glossary.rendering(concept, variant.target)
        if want is not None:
            for term in glossary.accepted(concept, variant.base):
                steering.setdefault(term, want)
    return steering


class Converters:
    """The steered converter of each variant, built on first use, for one run over many catalogs.

    Building one loads OpenCC's configuration and compiles the glossary's term
    pattern, so a run builds each variant's once. The converters share one TextMemo
    (the variants of the source convert the same msgids, mostly with the same
    terms); `forget` empties it between articles, so it never holds the archive.
    """

    def __init__(self, glossary: Glossary | None = None) -> None:
        self.glossary = glossary
        self._built: dict[tuple[str, str, str], SteeredConverter] = {}
        self._memo = TextMemo()

    def __call__(self, variant: Variant) -> SteeredConverter:
        """The converter for `variant`, steered by the glossary."""
        key = (variant.target.tag, variant.base.tag, variant.opencc)
        found = self._built.get(key)
        if found is None:
            steering = steering_for(self.glossary, variant)
            found = self._built[key] = _converter_for(variant, steering, self._memo)
        return found

    def forget(self) -> None:
        """Drop what was learnt of the texts seen so far (those of the article just done)."""
        self._memo.clear()

    def prime(self, variants: Iterable[Variant], texts: list[str]) -> None:
        """Convert `texts` for every variant now, one variant after the other, into the memo.

        OpenCC's dictionaries are larger than a processor's cache, and the merging and
        formatting between one variant's catalog and the next evict them: converted
        back to back, a 22 KB issue's texts cost about 1.5 ms less for three variants.
        """
        for variant in variants:
            self(variant).convert_many(texts)


def convert_catalog(
    po: polib.POFile,
    base: Mapping[str, str],
    variant: Variant,
    glossary: Glossary | None = None,
    *,
    converter: SteeredConverter | None = None,
) -> ConvertStats:
    """Fill and refresh a variant's catalog from `base` (msgid → the text to convert), in place.

    Untranslated entries are filled and machine entries re-converted (fuzzy and
    `#|` cleared); an entry whose translation is neither today's conversion (of
    its msgid, or of its previous msgid when fuzzy) nor the converter output its
    comment records is a reviewer's edit: kept, and kept fuzzy if sync made it so.
    Entries without base text (a pivot base not translated yet) are left alone.
    In an adopted catalog (header field ADOPTED), a translated entry without
    provenance is a reviewer's: kept as it is, without a comment.
    `converter`, when given (from `Converters`), is the variant's one, built once per run.
    """
    convert = converter or _converter_for(variant, steering_for(glossary, variant))
    adopted = ADOPTED in po.metadata
    filled = updated = unchanged = 0
    kept: list[str] = []
    fuzzy: list[str] = []
    no_base: list[str] = []
    todo: list[tuple[polib.POEntry, str]] = []
    for entry in po:
        if entry.obsolete or entry.msgid_plural:
            continue
        source = base.get(entry.msgid)
        if source is not None:
            todo.append((entry, source))
        elif not entry.msgstr:
            no_base.append(entry.msgid)
    machine = f"machine: opencc {variant.opencc} "
    reviewed = f"reviewed: opencc {variant.opencc}, differs from its conversion"
    converted = convert.convert_many([source for _, source in todo])
    for (entry, source), new in zip(todo, converted, strict=True):
        if adopted and entry.msgstr and provenance(entry) is None:
            (fuzzy if entry.fuzzy else kept).append(entry.msgid)
            continue
        if not entry.msgstr:
            filled += 1
        elif not _is_machine(entry, new, source, base, convert):
            _mark(entry, reviewed)
            (fuzzy if entry.fuzzy else kept).append(entry.msgid)
            continue
        elif entry.msgstr == new and not entry.fuzzy:
            unchanged += 1
        else:
            updated += 1
        entry.msgstr = new
        if entry.fuzzy:
            from .numbers import STALE_NOTE  # not at the top: see catalog._carry

            entry.flags.remove("fuzzy")
            if STALE_NOTE in entry.comment:
                # The merge notes changed figures on a fuzzy entry that is not machine
                # output; converted anew, this one is no longer fuzzy: the note goes too.
                entry.comment = "\n".join(
                    ln for ln in entry.comment.split("\n") if not ln.startswith(STALE_NOTE)
                )
        entry.previous_msgid = entry.previous_msgctxt = None
        _mark(entry, machine + fingerprint(new))
    return ConvertStats(filled, updated, unchanged, tuple(kept), tuple(fuzzy), tuple(no_base))


def _converter_for(
    variant: Variant,
    steering: Mapping[str, str],
    memo: TextMemo | None = None,
) -> SteeredConverter:
    try:
        return SteeredConverter(variant.opencc, steering, memo=memo)
    except ConfigError as exc:
        raise ConfigError(f"variants.{variant.target.tag}: {exc.message}", exc.path) from None


def _is_machine(
    entry: polib.POEntry,
    new: str,
    source: str,
    base: Mapping[str, str],
    convert: Callable[[str], str],
) -> bool:
    if entry.msgstr == new:
        return True
    recorded = provenance(entry)
    if recorded is not None and recorded[1] == fingerprint(entry.msgstr):
        return True
    if entry.fuzzy and entry.previous_msgid:
        # Derived from the source, the previous msgid is itself the text to convert;
        # from a translation, only while the base still translates it.
        prev = entry.previous_msgid if source == entry.msgid else base.get(entry.previous_msgid)
        return prev is not None and convert(prev) == entry.msgstr
    return False


def _mark(entry: polib.POEntry, line: str) -> None:
    """Replace the entry's provenance line (or add one last), keeping the translator's notes."""
    if entry.tcomment == line or not entry.tcomment:
        entry.tcomment = line
        return
    lines = [ln for ln in (entry.tcomment or "").splitlines() if not _PROVENANCE.match(ln)]
    entry.tcomment = "\n".join([*lines, line])


# --- Script test --------------------------------------------------------------------------------


def simplified_only(text: str) -> str:
    """The characters of `text` that exist only in Simplified form.

    OpenCC round trips decide, not a character list: a character counts when s2t
    rewrites it, and so does every Traditional standard (s2t, s2tw, s2twp, s2hk)
    after a trip through t2s, and on its own. So 干 in 干净 counts; 干 in 干涉
    or 干預 does not, nor 了 in 了解 (only the phrase changes), nor 床 (Taiwan
    writes it so).

    >>> simplified_only("乾淨的牀 干涉 人類干預 干净")
    '干净'
    """
    return _only(text, "t2s", _TO_TRADITIONAL)


def traditional_only(text: str) -> str:
    """The characters of `text` that exist only in Traditional form (the mirror of simplified_only).

    >>> traditional_only("数据資料 著名 显著")
    '資'
    """
    return _only(text, "s2t", _TO_SIMPLIFIED)


def _only(text: str, back: str, configs: tuple[str, ...]) -> str:
    mask = _changed_positions(text, converter(configs[0]).convert(text))
    if not any(mask):
        return ""
    there = converter(back).convert(text)
    for config in configs:
        changed = _changed_positions(text, converter(config).convert(there))
        mask = [a and b for a, b in zip(mask, changed, strict=True)]
        if not any(mask):
            return ""
    return "".join(
        c
        for c, m in zip(text, mask, strict=True)
        if m and all(_alone_changes(c, k) for k in configs)
    )


def _changed_positions(text: str, out: str) -> list[bool]:
    """For each character of `text`, whether `out` (a conversion of it) has rewritten it."""
    if len(out) == len(text):
        return [a != b for a, b in zip(text, out, strict=True)]
    changed = [True] * len(text)
    import difflib

    for block in difflib.SequenceMatcher(None, text, out, autojunk=False).get_matching_blocks():
        changed[block.a : block.a + block.size] = [False] * block.size
    return changed


@lru_cache(maxsize=4096)
def _alone_changes(ch: str, config: str) -> bool:
    return converter(config).convert(ch) != ch


def han_script(text: str) -> ChineseScript | None:
    """'Hans' or 'Hant' for Chinese text by the script-only characters it uses; None if neither."""
    simp = len(simplified_only(text))
    trad = len(traditional_only(text))
    if simp == trad:
        return None
    return "Hans" if simp > trad else "Hant"


# --- The variant step over one catalog -----------------------------------------------------------


def base_texts(po: polib.POFile, base: polib.POFile | None, *, from_source: bool) -> dict[str, str]:
    """msgid → the text a variant's catalog `po` converts.

    Derived from the source, that is the msgid itself; derived from a
    translation, the `base` catalog's translation (none while it has no catalog,
    and none for its fuzzy or untranslated entries).
    """
    if from_source:
        return {e.msgid: e.msgid for e in po if not e.obsolete}
    if base is None:
        return {}
    return {e.msgid: e.msgstr for e in base if not e.obsolete and not e.fuzzy and e.msgstr}


@dataclass(frozen=True)
class Review:
    """The phrase-level spans of one machine-converted entry, for a reviewer to read."""

    path: str
    where: str
    msgid: str
    spans: tuple[Span, ...]


def review_catalog(
    po: polib.POFile,
    path: str,
    base: Mapping[str, str],
    variant: Variant,
    glossary: Glossary | None = None,
    *,
    converter: SteeredConverter | None = None,
) -> tuple[list[Review], int]:
    """The phrase-level spans of every machine entry of a variant catalog, and its reviewer edits.

    Reads the catalog as it is; changes nothing. Reviewer edits are counted, not listed.
    `converter`, when given (from `Converters`), is the variant's one, built once per run.
    """
    steering = steering_for(glossary, variant)
    convert = converter or _converter_for(variant, steering)
    reviews = []
    skipped = 0
    for entry in po:
        source = base.get(entry.msgid)
        if entry.obsolete or source is None:
            continue
        if entry.msgstr and not _is_machine(entry, convert(source), source, base, convert):
            skipped += 1
            continue
        spans = phrase_report(source, variant.opencc, steering)
        if spans:
            first = entry.occurrences[0] if entry.occurrences else (path, entry.linenum)
            where = f"{first[0]}:{first[1]}"
            reviews.append(Review(path, where, entry.msgid, tuple(spans)))
    return reviews, skipped
