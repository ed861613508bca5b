"""glossary.tsv → Glossary: concepts, their renderings per language, and term search.

Where glossary.tsv is read and where ahocorasick-rs is imported (numbers.py has
its own keyword automaton, from pyahocorasick). A glossary is a table: a header
row of language tags (the first one is the source column) and note columns,
then one concept per row. A cell lists terms separated by `|`: the first is the
rendering to use, the others are accepted too, `!term` is forbidden, `=` stands
for the source column's terms kept as-is, and an empty cell sets no rule. Lines
starting with `#` are comments.

Search is exact for CJK; Latin-script terms match whole words, their upper-case
letters must stay upper case (LLM, not llm; but "Large Language Model" in a
title is "large language model"), hyphen and space are interchangeable
(fine-tuning, fine tuning) and English inflections count without being listed
(LLMs, studies, cloning, cloned, faster, model's: `inflections`); a term written
in double quotes ("Go") matches only as written. One Aho-Corasick automaton per
language column finds every term, inflected forms included, in one pass; where
found terms overlap, the leftmost wins and then the longest, which is how the
converter (variants.SteeredConverter) cuts a text into terms, so a check reads
a text the way the tool converted it (开源|代码, not 开|源代码).
"""

from __future__ import annotations

import csv
import io
import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

import ahocorasick_rs
import polib

from .errors import GlossaryError, LanguageTagError
from .languages import Language, column_fallback, parse_language
from .script import is_word_char

NOTE_COLUMNS = ("note", "domain")
KEEP = "="
FORBID = "!"
SEP = "|"
QUOTE = '"'  # "term": matched as written, without inflected forms
COMMENT_PREFIX = "glossary: "
DEFAULT_SOURCE = "zh-Hans"


@dataclass(frozen=True, eq=False)
class Concept:
    """One row of the glossary: terms per language tag (the rendering to use first)."""

    line: int
    accepted: Mapping[str, tuple[str, ...]]
    forbidden: Mapping[str, tuple[str, ...]]
    note: str = ""
    domain: str = ""
    # Terms written in double quotes: matched as written, no inflected form.
    exact: frozenset[str] = frozenset()

    def __repr__(self) -> str:
        first = next(iter(self.accepted.values()), ("?",))[0]
        return f"Concept(line={self.line}, {first!r})"


class Match(NamedTuple):
    """A glossary term found in a text: the concept, the glossary's term, and where."""

    concept: Concept
    term: str
    text: str
    start: int
    end: int


# ---------------------------------------------------------------------------
# Matching rules


# Folding keeps the text's length, so offsets in the folded text are offsets in the original.
_SPACE_LIKE = ("-", "\u2010", "\u2011", "\u00a0", "\u202f")
# What folding can change: upper-case Latin, Greek or Cyrillic letters and hyphen-like
# characters. CJK text is left alone; lowering it all would cost as much as the search.
_FOLDABLE = re.compile("[A-Z\\-\u00a0\u00c0-\u2e7f]+")


def _fold_run(run: str) -> str:
    low = run.lower()
    if len(low) != len(run):  # a character such as İ lowers to two
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in run)
    for ch in _SPACE_LIKE:
        if ch in low:
            low = low.replace(ch, " ")
    return low


def _fold(text: str) -> str:
    """Lower case, with hyphens and no-break spaces read as spaces; same length as `text`."""
    if text.isascii():
        return text.lower().replace("-", " ")
    low = text.lower()  # one C pass, even over CJK text, beats finding the runs to lower
    if len(low) != len(text):  # a character such as İ lowers to two
        return _FOLDABLE.sub(lambda m: _fold_run(m.group()), text)
    for ch in _SPACE_LIKE:
        if ch in low:
            low = low.replace(ch, " ")
    return low


@dataclass(frozen=True, slots=True)
class _Term:
    """A term compiled for search: its folded surface forms and what a hit must satisfy."""

    text: str
    concept: Concept
    keys: tuple[str, ...]
    stem: str  # a prefix every key starts with: absent stem, absent term
    left: bool  # starts with a word character: needs a boundary before it
    right: bool  # ends with a word character: needs a boundary after it
    uppers: tuple[int, ...]  # positions that must be upper case in the text

    @property
    def plain(self) -> bool:
        """Any occurrence counts (CJK): no word boundary, no case to check."""
        return not (self.left or self.right or self.uppers)

    def fits(self, original: str, start: int, end: int, *, case: bool = True) -> bool:
        """Whether a key found at original[start:end] is this term as a whole word."""
        if self.left and start > 0 and is_word_char(original[start - 1]):
            return False
        if self.right and end < len(original) and is_word_char(original[end]):
            return False
        if case:
            for i in self.uppers:
                if not original[start + i].isupper():
                    return False
        return True

    def spans(self, original: str, folded: str, *, case: bool = True) -> Iterator[tuple[int, int]]:
        """(start, end) of every whole-word occurrence in a text and its fold."""
        if self.stem not in folded:
            return
        for key in self.keys:
            pos = folded.find(key)
            while pos >= 0:
                end = pos + len(key)
                if self.fits(original, pos, end, case=case):
                    yield pos, end
                pos = folded.find(key, pos + 1)

    def occurs(self, original: str, folded: str) -> bool:
        """Whether the term occurs in a text as a whole word (`spans`, but only the first)."""
        if self.plain:
            return self.keys[0] in folded
        # Not next(self.spans(...)): a generator per question costs more than the search.
        if self.stem not in folded:
            return False
        for key in self.keys:
            pos = folded.find(key)
            while pos >= 0:
                if self.fits(original, pos, pos + len(key)):
                    return True
                pos = folded.find(key, pos + 1)
        return False


_VOWELS = frozenset("aeiou")
_APOSTROPHES = ("'", "\u2019")


def inflections(word: str) -> tuple[str, ...]:
    """The regular English forms of a lower-case word: plural/-s, -ing, -ed, -er, -est.

    Spelling rules, no word list: e dropped before a vowel (clone → cloning,
    cloned), consonant y → i (study → studies, studied), ie → y (tie → tying),
    the final consonant of a one-vowel word doubled (run → running, big →
    bigger), a final l both ways (modeling, modelling), -es after sibilants.
    Forms a word does not take (clone → cloner) are harmless: a glossary term's
    forms are only ever searched for, never written. Possessives need no form:
    an apostrophe ends a word, so model's and models' hold model and models.

    >>> inflections("clone")
    ('clones', 'cloning', 'cloned', 'cloner', 'clonest')
    """
    if len(word) < 2 or not word.isalpha() or not word.isascii() or not word.islower():
        return ()
    last, before = word[-1], word[-2]
    if word.endswith(("s", "x", "z", "ch", "sh")):
        plural = word + "es"
    elif last == "y" and before not in _VOWELS:
        plural = word[:-1] + "ies"
    else:
        plural = word + "s"
    forms = [plural]
    if last == "e":  # clone: cloning, cloned, cloner; tie: tying; agree: agreeing
        ing = word[:-2] + "ying" if word.endswith("ie") else word[:-1] + "ing"
        if word.endswith(("ee", "ye", "oe")):
            ing = word + "ing"
        forms += [ing, word + "d", word + "r", word + "st"]
    elif last == "y" and before not in _VOWELS:  # study: studying, studied, studier
        forms += [word + "ing", word[:-1] + "ied", word[:-1] + "ier", word[:-1] + "iest"]
    else:
        stems = [word]
        if _doubles(word):
            if sum(c in _VOWELS for c in word[:-1]) == 1:
                stems = [word + last]  # run → running, big → bigger
            elif last == "l":
                stems = [word, word + last]  # modeling and modelling, labeled and labelled
        for stem in stems:
            forms += [stem + "ing", stem + "ed", stem + "er", stem + "est"]
    return tuple(dict.fromkeys(forms))


def _doubles(word: str) -> bool:
    """A word ending in one vowel and one consonant, which may double (run, big, embed)."""
    if len(word) < 3 or word[-1] in _VOWELS or word[-1] in "wxy":
        return False
    return word[-2] in _VOWELS and word[-3] not in _VOWELS


def _compile(text: str, concept: Concept, *, inflect: bool = True) -> _Term:
    folded = _fold(text)
    keys = [folded]
    last = text[-1]
    if inflect and last.isalpha() and last.isascii():
        head, _, word = folded.rpartition(" ")
        forms = inflections(word) if text[len(head) :].strip().islower() else ()
        keys.extend(head + (" " if head else "") + form for form in forms)
        if not forms:  # an acronym or a name takes a plural only (LLMs)
            keys.append(folded + "s")
        if any(c in text for c in _SPACE_LIKE):
            # Hyphenated terms are also written solid (fine-tune, finetune).
            keys.extend([k.replace(" ", "") for k in keys if " " in k])
    keys = list(dict.fromkeys(keys))
    return _Term(
        text=text,
        concept=concept,
        keys=tuple(keys),
        stem=os.path.commonprefix(keys),
        left=is_word_char(text[0]),
        right=is_word_char(last),
        uppers=tuple(i for i, c in enumerate(text) if c.isupper()),
    )


def _leftmost_longest(hits: list[tuple[int, int, _Term]]) -> list[tuple[int, int, _Term]]:
    """Non-overlapping hits, the leftmost winning and then the longest; in text order.

    The converter's term pattern cuts a text the same way, so 开源代码 is 开源|代码
    for the checks as it was for the conversion.
    """
    if len(hits) < 2:
        return hits
    end = -1
    for start, stop, _ in hits:
        if start < end:
            break
        end = stop
    else:
        return hits  # each starts after the one before ends: nothing to choose
    chosen: list[tuple[int, int, _Term]] = []
    end = -1
    for hit in sorted(hits, key=lambda h: (h[0], h[0] - h[1])):
        if hit[0] >= end:
            chosen.append(hit)
            end = hit[1]
    return chosen


class _Column:
    """One language column compiled: an automaton over its accepted terms, terms by concept."""

    def __init__(self, tag: str, concepts: Iterable[Concept]):
        self.accepted: dict[Concept, tuple[_Term, ...]] = {}
        self.forbidden: dict[Concept, tuple[_Term, ...]] = {}
        self._found: dict[str, tuple[Match, ...]] = {}
        self._firsts: dict[str, tuple[Match, ...]] = {}  # find() deduplicated by concept
        by_key: dict[str, list[tuple[int, _Term]]] = {}
        for concept in concepts:
            exact = concept.exact
            acc = tuple(
                _compile(t, concept, inflect=t not in exact) for t in concept.accepted.get(tag, ())
            )
            self.accepted[concept] = acc
            self.forbidden[concept] = tuple(
                _compile(t, concept, inflect=t not in exact) for t in concept.forbidden.get(tag, ())
            )
            for term in acc:
                for rank, key in enumerate(term.keys):
                    # The term as written outranks another term's plural spelled the same.
                    by_key.setdefault(key, []).append((min(rank, 1), term))
        # Per key, in the automaton's pattern order: the term a hit is when no check
        # is needed (a plain first term always wins), and the candidates in rank order.
        self.keys: list[tuple[_Term | None, tuple[_Term, ...]]] = []
        self.automaton: ahocorasick_rs.AhoCorasick | None = None
        if by_key:
            for cands in by_key.values():
                ordered = tuple(t for _, t in sorted(cands, key=lambda c: c[0]))
                self.keys.append((ordered[0] if ordered[0].plain else None, ordered))
            # Searched with overlapping matches (every occurrence of every key), so
            # that the leftmost-longest choice in `find` sees all candidates.
            self.automaton = ahocorasick_rs.AhoCorasick(list(by_key))

    def find(self, text: str) -> list[Match]:
        if self.automaton is None or not text:
            return []
        # Extract annotates each msgid once per language: the same text, searched again.
        hit = self._found.get(text)
        if hit is None:
            if len(self._found) >= 4096:
                self._found.clear()
            hit = self._found[text] = tuple(self._find(text))
        return list(hit)

    def firsts(self, text: str) -> tuple[Match, ...]:
        """`find(text)`, each concept's first match only."""
        got = self._firsts.get(text)
        if got is None:
            if len(self._firsts) >= 4096:
                self._firsts.clear()
            seen: set[Concept] = set()
            out = []
            for m in self.find(text):
                if m.concept not in seen:
                    seen.add(m.concept)
                    out.append(m)
            got = self._firsts[text] = tuple(out)
        return got

    def _find(self, text: str) -> list[Match]:
        hits: list[tuple[int, int, _Term]] = []
        keys = self.keys
        assert self.automaton is not None  # find() answers a column without terms
        for index, start, end in self.automaton.find_matches_as_indexes(
            _fold(text), overlapping=True
        ):
            plain, terms = keys[index]
            if plain is not None:
                hits.append((start, end, plain))
                continue
            for term in terms:
                if term.fits(text, start, end):
                    hits.append((start, end, term))
                    break
        if len(hits) > 1:
            hits = _leftmost_longest(hits)
        return [Match(t.concept, t.text, text[s:e], s, e) for s, e, t in hits]


# ---------------------------------------------------------------------------
# The glossary


class Glossary:
    """A parsed glossary.tsv: its language columns (source first) and concepts."""

    def __init__(self, path: str, languages: tuple[Language, ...], concepts: tuple[Concept, ...]):
        self.path = path
        self.languages = languages
        self.concepts = concepts
        self._columns: dict[str, _Column] = {}
        # describe() per (concept, term, language): extract asks it for each entry of each catalog.
        self._described: dict[tuple[Concept, str, str], str | None] = {}
        self._by_tag = {lang.tag: lang for lang in languages}
        # language tag → (the column serving it, that column's tag or else its own)
        self._serving: dict[str, tuple[Language | None, str]] = {}
        # The last text folded: a check asks several questions of one msgstr.
        self._folded = ("", "")

    @property
    def source(self) -> Language:
        """The source column's language (the first language column)."""
        return self.languages[0]

    def language(self, tag: str) -> Language | None:
        """The column serving `tag`: its own, else its fallback (languages.column_fallback)."""
        return self._serve(tag)[0]

    def _tag(self, language: Language) -> str:
        """The tag of the column serving `language` (its own tag when there is none)."""
        return self._serve(language.tag)[1]

    def _serve(self, tag: str) -> tuple[Language | None, str]:
        # Asked for every entry a check judges, and for every term: worked out once per tag.
        got = self._serving.get(tag)
        if got is None:
            by_tag = self._by_tag
            column = next((by_tag[t] for t in column_fallback(tag) if t in by_tag), None)
            got = self._serving[tag] = (column, column.tag if column is not None else tag)
        return got

    def _column(self, language: Language) -> _Column | None:
        tag = self._tag(language)
        column = self._columns.get(tag)
        if column is None:
            if self.language(tag) is None:
                return None
            column = self._columns[tag] = _Column(tag, self.concepts)
        return column

    def find(self, text: str, language: Language) -> list[Match]:
        """The terms in `text`, written in `language`: leftmost, then longest; text order."""
        column = self._column(language)
        return column.find(text) if column is not None else []

    def concepts_finder(self, language: Language) -> Callable[[str], tuple[Match, ...]]:
        """text → `find(text)`, each concept's first match only: what annotate lists.

        Each text is searched once for all the catalogs of an article.
        """
        column = self._column(language)
        return column.firsts if column is not None else _no_concepts

    def accepted(self, concept: Concept, language: Language) -> tuple[str, ...]:
        """Every rendering of a concept a translation into `language` may use, preferred first."""
        return concept.accepted.get(self._tag(language), ())

    def rendering(self, concept: Concept, language: Language) -> str | None:
        """The rendering to use for a concept in `language`, None when the glossary sets none."""
        terms = self.accepted(concept, language)
        return terms[0] if terms else None

    def forbidden(self, concept: Concept, language: Language) -> tuple[str, ...]:
        """Renderings of a concept a translation into `language` must not use."""
        return concept.forbidden.get(self._tag(language), ())

    def search(
        self,
        text: str,
        concept: Concept,
        language: Language,
        *,
        forbidden: bool = False,
        case: bool = True,
    ) -> list[Match]:
        """Where a concept's accepted (or forbidden) renderings for `language` occur in `text`.

        Same rules as `find`; with `case=False` upper-case letters may be lower
        case, which is how a check spots "llm" written for "LLM".
        """
        column = self._column(language)
        if column is None or not text:
            return []
        terms = (column.forbidden if forbidden else column.accepted).get(concept, ())
        if not terms:
            return []
        folded = self._fold(text)
        return [
            Match(concept, t.text, text[s:e], s, e)
            for t in terms
            for s, e in t.spans(text, folded, case=case)
        ]

    def uses(self, text: str, concept: Concept, language: Language) -> bool:
        """Whether `text` uses one of the renderings `language` accepts for a concept."""
        return self.judge(text, concept, language)[0]

    def judge(self, text: str, concept: Concept, language: Language) -> tuple[bool, list[Match]]:
        """How `text` renders a concept in `language`: (uses an accepted one, forbidden ones used).

        What the glossary checks ask of each concept of a msgid, in one call.
        """
        column = self._columns.get(language.tag) or self._column(language)
        if column is None or not text:
            return False, []
        folded = self._fold(text)
        bad: list[Match] = []
        for term in column.forbidden.get(concept, ()):
            bad.extend(
                Match(concept, term.text, text[s:e], s, e) for s, e in term.spans(text, folded)
            )
        for term in column.accepted.get(concept, ()):
            if term.occurs(text, folded):
                return True, bad
        return False, bad

    def _fold(self, text: str) -> str:
        if self._folded[0] != text:
            self._folded = (text, _fold(text))
        return self._folded[1]

    def steering(self, source: Language, target: Language) -> dict[str, str]:
        """Source term → the rendering `target` must use, where the two differ.

        For a variant converted by OpenCC: replace these (longest first) so the
        glossary wins over OpenCC's phrase choices.
        """
        out: dict[str, str] = {}
        for concept in self.concepts:
            want = self.rendering(concept, target)
            if want is None:
                continue
            for term in self.accepted(concept, source):
                if term != want:
                    out.setdefault(term, want)
        return out

    def describe(self, match: Match, language: Language) -> str | None:
        """The `#.` comment line telling a translator into `language` about a term found."""
        key = (match.concept, match.term, language.tag)
        try:
            return self._described[key]
        except KeyError:
            line = self._described[key] = self._describe(match, language)
            return line

    def _describe(self, match: Match, language: Language) -> str | None:
        concept = match.concept
        accepted = self.accepted(concept, language)
        banned = self.forbidden(concept, language)
        if not accepted and not banned:
            return None
        line = COMMENT_PREFIX + match.term
        if accepted:
            line += f" → {accepted[0]}"
        extra = []
        if len(accepted) > 1:
            extra.append("also " + ", ".join(accepted[1:]))
        if banned:
            extra.append("not " + ", ".join(banned))
        if extra:
            line += f" ({'; '.join(extra)})"
        if concept.note:
            line += f" — {concept.note}"
        return line


# ---------------------------------------------------------------------------
# Parsing


@dataclass
class _Parser:
    path: str
    errors: list[GlossaryError] = field(default_factory=list)

    def error(self, message: str, line: int) -> None:
        self.errors.append(GlossaryError(message, self.path, line))


def _rows(text: str) -> Iterable[tuple[int, list[str]]]:
    """(line number, cells) of every non-blank, non-comment line."""
    text = text.removeprefix("\ufeff")
    for n, raw in enumerate(text.split("\n"), 1):
        line = raw.removesuffix("\r")
        if not line.strip() or line.startswith("#"):
            continue
        yield n, line.split("\t")


def _parse(text: str, path: str) -> tuple[Glossary | None, list[GlossaryError]]:
    p = _Parser(path)
    rows = iter(_rows(text))
    header = next(rows, None)
    if header is None:
        p.error(
            "no header row: expected language tags and note columns, e.g. zh-Hans<TAB>en<TAB>note",
            1,
        )
        return None, p.errors
    head_line, head = header
    columns: list[tuple[str, Language | None]] = []  # (name, language) per column
    seen: set[str] = set()
    for cell in head:
        name = cell.strip()
        if name.lower() in NOTE_COLUMNS:
            key, lang = name.lower(), None
        else:
            try:
                lang = parse_language(name)
            except LanguageTagError as exc:
                p.error(
                    f"unknown language column {name!r}: {exc.message} "
                    f"(note columns: {', '.join(NOTE_COLUMNS)})",
                    head_line,
                )
                continue
            key = lang.tag
        if key in seen:
            p.error(f"column {key} appears twice in the header", head_line)
            continue
        seen.add(key)
        columns.append((key, lang))
    if p.errors:
        return None, p.errors
    languages = tuple(lang for _, lang in columns if lang is not None)
    if not languages:
        p.error("the header names no language column (e.g. zh-Hans, en, zh-TW)", head_line)
        return None, p.errors
    source = languages[0].tag

    concepts: list[Concept] = []
    source_terms: dict[str, tuple[int, str]] = {}  # folded term → (line, term)
    # Per language: folded term → line, for renderings and for forbidden terms.
    required: dict[str, dict[str, int]] = {lang.tag: {} for lang in languages}
    banned: dict[str, dict[str, int]] = {lang.tag: {} for lang in languages}
    for n, cells in rows:
        if len(cells) != len(columns):
            p.error(
                f"expected {len(columns)} tab-separated columns as in the header "
                f"(line {head_line}), found {len(cells)}",
                n,
            )
            continue
        accepted: dict[str, tuple[str, ...]] = {}
        forbidden: dict[str, tuple[str, ...]] = {}
        notes = {"note": "", "domain": ""}
        ok = True
        cell_items: dict[str, list[str]] = {}
        exact: set[str] = set()
        for (key, lang), cell in zip(columns, cells, strict=True):
            if lang is None:
                notes[key] = cell.strip()
                continue
            cell_items[key] = (
                [_unquote(i.strip(), exact) for i in cell.split(SEP)] if cell.strip() else []
            )
        src_items = cell_items.get(source, [])
        src_terms = [i for i in src_items if i and not i.startswith(FORBID)]
        if KEEP in src_items:
            p.error(f"'{KEEP}' (keep as-is) cannot stand in the source column {source}", n)
            continue
        if not src_terms:
            p.error(f"no {source} term: the source column names the concept", n)
            continue
        for key, items in cell_items.items():
            acc: list[str] = []
            forb: list[str] = []
            folded_seen: dict[str, tuple[bool, str]] = {}
            for item in items:
                is_forbidden = item.startswith(FORBID)
                term = item[1:].strip() if is_forbidden else item
                if not term:
                    p.error(f"{key}: empty term (check for a stray '{SEP}' or '{FORBID}')", n)
                    ok = False
                    continue
                expanded = src_terms if term == KEEP and not is_forbidden else [term]
                if term == KEEP and is_forbidden:
                    p.error(f"{key}: '{FORBID}{KEEP}' would forbid the source term itself", n)
                    ok = False
                    continue
                for t in expanded:
                    f = _fold(t)
                    if f in folded_seen:
                        was_forbidden, first = folded_seen[f]
                        same = "" if first == t else f" (same as {first!r})"
                        if was_forbidden or is_forbidden:
                            p.error(f"{key}: {t!r} is both a rendering and forbidden{same}", n)
                        else:
                            p.error(f"{key}: {t!r} is listed twice{same}", n)
                        ok = False
                        continue
                    folded_seen[f] = (is_forbidden, t)
                    (forb if is_forbidden else acc).append(t)
            if acc:
                accepted[key] = tuple(acc)
            if forb:
                forbidden[key] = tuple(forb)
        if not ok:
            continue
        for t in accepted[source]:
            f = _fold(t)
            if f in source_terms:
                first_line, spelled = source_terms[f]
                what = "duplicate" if spelled == t else f"duplicate (same as {spelled!r})"
                p.error(f"{what} {source} term {t!r}: already on line {first_line}", n)
                ok = False
            else:
                source_terms[f] = (n, t)
        for key, terms in accepted.items():
            for t in terms:
                if (line := banned[key].get(_fold(t))) is not None:
                    p.error(f"{key}: {t!r} is a rendering here but forbidden on line {line}", n)
                    ok = False
        for key, terms in forbidden.items():
            for t in terms:
                if (line := required[key].get(_fold(t))) is not None:
                    p.error(f"{key}: {t!r} is forbidden here but a rendering on line {line}", n)
                    ok = False
        if not ok:
            continue
        for key, terms in accepted.items():
            for t in terms:
                required[key].setdefault(_fold(t), n)
        for key, terms in forbidden.items():
            for t in terms:
                banned[key].setdefault(_fold(t), n)
        concepts.append(
            Concept(n, accepted, forbidden, notes["note"], notes["domain"], frozenset(exact))
        )
    if p.errors:
        return None, p.errors
    return Glossary(path, languages, tuple(concepts)), []


def _unquote(item: str, exact: set[str]) -> str:
    """A cell item with its double quotes taken off; the quoted term is noted as exact."""
    bang = FORBID if item.startswith(FORBID) else ""
    term = item[len(bang) :].strip()
    if len(term) > 2 and term[0] == term[-1] == QUOTE:
        term = term[1:-1].strip()
        exact.add(term)
        return bang + term
    return item


def load_glossary(text: str, path: str) -> Glossary:
    """Parse glossary.tsv's text; the first malformed row raises GlossaryError naming its line."""
    glossary, errors = _parse(text, path)
    if errors:
        raise errors[0]
    assert glossary is not None
    return glossary


def lint_glossary(text: str, path: str) -> list[GlossaryError]:
    """Every error in glossary.tsv's text, in line order (empty when it is well-formed)."""
    return _parse(text, path)[1]


# ---------------------------------------------------------------------------
# Catalog comments


def annotate(
    po: polib.POFile, glossary: Glossary, language: Language, source: Language | None = None
) -> None:
    """List in each active entry's `#.` comment the glossary terms its msgid contains.

    One line per concept, `glossary: 大语言模型 → 大型語言模型 (not 大語言模型) — note`
    (the rendering to use, the others accepted, the forbidden ones, the note),
    after the comment's other lines. Earlier glossary lines are replaced, so
    annotating twice changes nothing. The msgid's language is `source`, else the
    catalog's X-Source-Language, else zh-Hans, else the glossary's source column.
    """
    src = source or _source_of(po, glossary)
    describe = glossary.describe
    concepts_in = glossary.concepts_finder(src)
    for entry in po:
        if entry.obsolete or not entry.msgid:
            continue
        comment = entry.comment
        found = [
            line for m in concepts_in(entry.msgid) if (line := describe(m, language)) is not None
        ]
        if COMMENT_PREFIX not in comment:  # no earlier glossary line: the common case
            if found:
                entry.comment = "\n".join([comment, *found]) if comment else "\n".join(found)
            continue
        lines = [ln for ln in comment.split("\n") if not ln.startswith(COMMENT_PREFIX)]
        entry.comment = "\n".join(lines + found)


def _no_concepts(text: str) -> tuple[Match, ...]:
    return ()


def _source_of(po: polib.POFile, glossary: Glossary) -> Language:
    for tag in (po.metadata.get("X-Source-Language", ""), DEFAULT_SOURCE):
        if tag and (lang := glossary.language(_tag(tag))) is not None:
            return lang
    return glossary.source


def _tag(text: str) -> str:
    try:
        return parse_language(text).tag
    except LanguageTagError:
        return text


# ---------------------------------------------------------------------------
# Interchange


_ADMIN = {
    "preferred": "preferredTerm-admn-sts",
    "admitted": "admittedTerm-admn-sts",
    "forbidden": "deprecatedTerm-admn-sts",
}


def to_tbx(glossary: Glossary) -> str:
    """The glossary as TBX (ISO 30042 core, TBX-Basic statuses), as Weblate and OmegaT import it.

    One termEntry per concept, one langSet per language column that has terms;
    the rendering to use is preferredTerm, other accepted ones admittedTerm,
    forbidden ones deprecatedTerm.
    """
    root = ET.Element("martif", {"type": "TBX", "xml:lang": glossary.source.tag})
    file_desc = ET.SubElement(ET.SubElement(root, "martifHeader"), "fileDesc")
    ET.SubElement(ET.SubElement(file_desc, "titleStmt"), "title").text = glossary.path
    ET.SubElement(
        ET.SubElement(file_desc, "sourceDesc"), "p"
    ).text = f"Exported by digestl10n from {glossary.path}"
    body = ET.SubElement(ET.SubElement(root, "text"), "body")
    for concept in glossary.concepts:
        entry = ET.SubElement(body, "termEntry", {"id": f"line-{concept.line}"})
        if concept.domain:
            ET.SubElement(entry, "descrip", {"type": "subjectField"}).text = concept.domain
        if concept.note:
            ET.SubElement(entry, "note").text = concept.note
        for lang in glossary.languages:
            acc = glossary.accepted(concept, lang)
            forb = glossary.forbidden(concept, lang)
            if not acc and not forb:
                continue
            lang_set = ET.SubElement(entry, "langSet", {"xml:lang": lang.tag})
            statuses = [(t, "preferred" if i == 0 else "admitted") for i, t in enumerate(acc)]
            for term, status in statuses + [(t, "forbidden") for t in forb]:
                tig = ET.SubElement(lang_set, "tig")
                ET.SubElement(tig, "term").text = term
                ET.SubElement(tig, "termNote", {"type": "administrativeStatus"}).text = _ADMIN[
                    status
                ]
    ET.indent(root, space="  ")
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n'
        + ET.tostring(root, encoding="unicode")
        + "\n"
    )


def to_csv(glossary: Glossary) -> str:
    """The glossary as CSV: one row per concept; renderings (preferred first) joined by "; "."""
    with_forbidden = [
        lang
        for lang in glossary.languages
        if any(c.forbidden.get(lang.tag) for c in glossary.concepts)
    ]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [lang.tag for lang in glossary.languages]
        + list(NOTE_COLUMNS)
        + [f"{lang.tag} forbidden" for lang in with_forbidden]
    )
    for c in glossary.concepts:
        writer.writerow(
            ["; ".join(glossary.accepted(c, lang)) for lang in glossary.languages]
            + [c.note, c.domain]
            + ["; ".join(glossary.forbidden(c, lang)) for lang in with_forbidden]
        )
    return out.getvalue()
