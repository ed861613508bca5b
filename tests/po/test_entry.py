"""po/entry.py: entries made without polib's constructor are the entries it makes."""

from __future__ import annotations

import polib

from digestl10n.po.entry import new_entry

EVERY_FIELD = {
    "msgid": "大语言模型",
    "msgstr": "large language model",
    "msgid_plural": "models",
    "msgstr_plural": {0: "model", 1: "models"},
    "msgctxt": "title",
    "obsolete": True,
    "encoding": "utf-8",
    "comment": "kind: heading",
    "tcomment": "machine: opencc s2t",
    "occurrences": [("source/a.md", "3")],
    "flags": ["fuzzy"],
    "previous_msgctxt": "old title",
    "previous_msgid": "语言模型",
    "previous_msgid_plural": "old models",
    "linenum": 12,
}


def test_a_default_entry_is_polibs_default_entry() -> None:
    ours, theirs = new_entry(), polib.POEntry()
    assert type(ours) is polib.POEntry
    # Same names in the same order: the object has polib's layout, and every one of
    # polib's methods finds what it reads.
    assert list(vars(ours)) == list(vars(theirs))
    assert vars(ours) == vars(theirs)


def test_every_field_is_set_as_polib_sets_it() -> None:
    ours, theirs = new_entry(**EVERY_FIELD), polib.POEntry(**EVERY_FIELD)
    assert list(vars(ours)) == list(vars(theirs))
    assert vars(ours) == vars(theirs)
    assert str(ours) == str(theirs)
    assert ours.fuzzy and ours.obsolete


def test_entries_never_share_their_lists() -> None:
    a, b = new_entry(), new_entry()
    a.flags.append("fuzzy")
    a.occurrences.append(("a.md", "1"))
    a.msgstr_plural[0] = "x"
    assert (b.flags, b.occurrences, b.msgstr_plural) == ([], [], {})
