"""Sync follows GNU msgmerge: kept, cosmetic, fuzzy with previous msgid, new, obsolete."""

from __future__ import annotations

import polib

from digestl10n import catalog
from digestl10n.catalog import Remembered, cosmetic_key, sync, template
from digestl10n.languages import parse_language
from digestl10n.model import Article, Unit, UnitKind

TW = parse_language("zh-TW")
DATE = "2024-06-20 00:00+0000"


def article(*texts: str) -> Article:
    units = tuple(
        Unit(UnitKind.PARAGRAPH, t, i * 10, i * 10 + 1, i + 1) for i, t in enumerate(texts)
    )
    return Article("a", "source/a.txt", "text", "", units)


def pot(*texts: str) -> polib.POFile:
    return template(article(*texts), date=DATE, source_language=parse_language("zh-Hans"))


def translated(*pairs: tuple[str, str]) -> polib.POFile:
    po, _ = sync(None, pot(*(p[0] for p in pairs)), TW, name="a")
    for e, (_, t) in zip(po, pairs, strict=True):
        e.msgstr = t
    return po


def by_id(po: polib.POFile) -> dict[str, polib.POEntry]:
    return {e.msgid: e for e in po}


def test_template_merges_duplicates_and_records_kind_and_lines():
    units = (
        Unit(UnitKind.HEADING, "模型", 0, 2, 1),
        Unit(UnitKind.PARAGRAPH, "正文。", 3, 6, 3),
        Unit(UnitKind.PARAGRAPH, "模型", 7, 9, 5),
    )
    t = template(Article("a", "source/a.txt", "text", "", units), date=DATE, source_language=None)
    assert [e.msgid for e in t] == ["模型", "正文。"]
    assert t[0].occurrences == [("source/a.txt", "1"), ("source/a.txt", "5")]
    assert t[0].comment == "kind: heading, paragraph"
    never = template(
        Article("a", "source/a.txt", "text", "", units),
        date=DATE,
        source_language=None,
        add_location="never",
    )
    assert never[0].occurrences == []


def test_new_catalog_has_a_complete_header():
    po, stats = sync(None, pot("一。", "二。"), TW, name="a")
    assert po.metadata["Language"] == "zh_TW"
    assert po.metadata["Plural-Forms"] == "nplurals=1; plural=0;"
    assert po.metadata["Content-Type"] == "text/plain; charset=UTF-8"
    assert stats.new == 2 and all(e.msgstr == "" for e in po)


def test_exact_matches_keep_translation_and_order_follows_template():
    old = translated(("甲。", "A"), ("乙。", "B"))
    new, stats = sync(old, pot("乙。", "甲。"), TW, name="a")
    assert [(e.msgid, e.msgstr, e.fuzzy) for e in new] == [
        ("乙。", "B", False),
        ("甲。", "A", False),
    ]
    assert stats.kept == 2


def test_changed_unit_is_fuzzy_with_previous_msgid():
    old = translated(("模型在十个城市的情况下表现均低于5%。", "under 5%"))
    new, stats = sync(old, pot("模型在十个城市的情况下表现均低于8%。"), TW, name="a")
    e = new[0]
    assert e.fuzzy and e.msgstr == "under 5%"
    assert e.previous_msgid == "模型在十个城市的情况下表现均低于5%。"
    assert stats.fuzzy == ("模型在十个城市的情况下表现均低于8%。",)


def test_vanished_translated_unit_becomes_obsolete_and_untranslated_is_dropped():
    old = translated(("留下。", "stay"), ("删除的段落完全不同。", "gone"))
    old.append(polib.POEntry(msgid="从未翻译。", msgstr=""))
    new, stats = sync(old, pot("留下。"), TW, name="a")
    obsolete = [e for e in new if e.obsolete]
    assert [(e.msgid, e.msgstr) for e in obsolete] == [("删除的段落完全不同。", "gone")]
    assert "从未翻译。" not in by_id(new)
    assert stats.obsoleted == ("删除的段落完全不同。",)


def test_obsolete_entries_are_kept_and_revived():
    old = translated(("一。", "one"), ("回来的段落。", "back"))
    mid, _ = sync(old, pot("一。"), TW, name="a")
    assert by_id(mid)["回来的段落。"].obsolete
    again, stats = sync(mid, pot("一。", "回来的段落。"), TW, name="a")
    e = by_id(again)["回来的段落。"]
    assert not e.obsolete and e.msgstr == "back" and stats.revived == 1
    # And an obsolete entry nobody claims stays obsolete, run after run.
    third, _ = sync(mid, pot("一。"), TW, name="a")
    assert by_id(third)["回来的段落。"].obsolete


def test_cosmetic_edit_keeps_translation_without_fuzzy():
    old = translated(("WildBench包含1,024个任务,使用GPT-4。", "1,024 tasks"))
    new, stats = sync(old, pot("WildBench包含1,024个任务，使用 GPT-4。"), TW, name="a")
    assert (new[0].msgstr, new[0].fuzzy) == ("1,024 tasks", False)
    assert len(stats.cosmetic) == 1
    assert not [e for e in new if e.obsolete]


def test_a_template_matched_exactly_needs_no_cosmetic_keys(monkeypatch):
    # A run over catalogs the template still matches (CI on a fresh clone, no cache)
    # merges every article: keying each old entry for cosmetic edits first cost three
    # times the rest of the merge. Only a unit without an exact match looks for one.
    old = translated(("一。", "one"), ("二。", "two"))
    keyed: list[str] = []
    monkeypatch.setattr(catalog, "cosmetic_key", lambda t: keyed.append(t) or cosmetic_key(t))
    new, stats = sync(old, pot("一。", "二。"), TW, name="a")
    assert [e.msgstr for e in new] == ["one", "two"] and keyed == []
    new, stats = sync(old, pot("一。", "二 。"), TW, name="a")
    assert [e.msgstr for e in new] == ["one", "two"] and len(stats.cosmetic) == 1
    assert sorted(keyed) == ["一。", "二 。", "二。"]


def test_cosmetic_key():
    assert cosmetic_key("你好，世界。") == cosmetic_key("你好, 世界.")
    assert cosmetic_key("Ｇ Ｐ Ｔ") == cosmetic_key("G P T")
    assert cosmetic_key("large model") != cosmetic_key("largemodel")
    assert cosmetic_key("70亿") != cosmetic_key("130亿")


def test_dissimilar_new_unit_is_new_and_translator_comments_carry():
    old = translated(("一段关于模型训练的文字。", "training"))
    old[0].tcomment = "checked by Mei"
    new, stats = sync(
        old, pot("一段关于模型训练的文字!", "完全无关的新内容出现在这里"), TW, name="a"
    )
    assert by_id(new)["一段关于模型训练的文字!"].tcomment == "checked by Mei"
    assert by_id(new)["完全无关的新内容出现在这里"].msgstr == ""
    assert stats.new == 1


MEMORY = {"共享的句子。": Remembered("共享的句子。", "other")}


def test_translation_memory_offers_translated_naming_the_article():
    new, stats = sync(None, pot("共享的句子。"), TW, name="a", memory=MEMORY)
    assert not new[0].fuzzy and new[0].msgstr == "共享的句子。" and stats.from_memory == 1
    assert new[0].tcomment == "memory: other"


def test_translation_memory_fuzzy_or_off_by_setting():
    fuzzy, _ = sync(None, pot("共享的句子。"), TW, name="a", memory=MEMORY, memory_mode="fuzzy")
    assert fuzzy[0].fuzzy and fuzzy[0].msgstr == "共享的句子。"
    off, stats = sync(None, pot("共享的句子。"), TW, name="a", memory=MEMORY, memory_mode="off")
    assert off[0].msgstr == "" and stats.from_memory == 0 and stats.new == 1


def test_sync_is_idempotent():
    old = translated(("甲。", "A"), ("乙丙丁。", "B"))
    t = pot("甲。", "乙丙丁戊。", "新。")
    once, _ = sync(old, t, TW, name="a")
    twice, stats = sync(once, t, TW, name="a")
    assert [(e.msgid, e.msgstr, e.flags, e.previous_msgid, e.obsolete) for e in once] == [
        (e.msgid, e.msgstr, e.flags, e.previous_msgid, e.obsolete) for e in twice
    ]
    assert stats.fuzzy == () and stats.obsoleted == ()
