"""`convert --from zh-CN --to zh-TW`: Traditional catalogs derived from a Simplified translation."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from digestl10n.cli import main
from digestl10n.languages import parse_language
from digestl10n.pivot import ADOPTED, default_opencc, pivot_path
from digestl10n.po import parse_po

needs_gettext = pytest.mark.skipif(
    shutil.which("msgcmp") is None or shutil.which("msgfmt") is None, reason="no gettext tools"
)

ZH_CN = """\
# Chinese translations for tool.
#
msgid ""
msgstr ""
"Project-Id-Version: tool 2.0\\n"
"Report-Msgid-Bugs-To: bugs@example.org\\n"
"POT-Creation-Date: 2024-01-01 00:00+0000\\n"
"PO-Revision-Date: 2024-02-01 00:00+0000\\n"
"Last-Translator: Someone <s@example.org>\\n"
"Language-Team: Chinese (simplified) <zh@example.org>\\n"
"Language: zh_CN\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"

#: src/main.c:10
#, c-format
msgid "Cannot open file %s: %s"
msgstr "无法打开文件 %s：%s"

#: src/main.c:20
#, c-format
msgid "%d file deleted"
msgid_plural "%d files deleted"
msgstr[0] "已删除 %d 个文件"

#: src/main.c:30
#, python-format
msgid "%(count)d packages will be updated from the server"
msgid_plural "%(count)d packages will be updated from the server"
msgstr[0] "将从服务器更新 %(count)d 个软件包"

#: src/main.c:40
msgctxt "menu"
msgid "Open"
msgstr "打开"

#: src/main.c:41
msgctxt "state"
msgid "Open"
msgstr "开放的"

#: src/main.c:50
#, fuzzy, c-format
#| msgid "Search the network for %s"
msgid "Search the whole network for %s"
msgstr "在网络中搜索 %s"

#~ msgid "Obsolete message"
#~ msgstr "过时的信息"
"""


def _project(tmp_path: Path) -> Path:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.digestl10n]\nsource_language = "en"\ntargets = ["zh-CN", "zh-TW"]\n',
        encoding="utf-8",
    )
    base = tmp_path / "po" / "zh_CN" / "LC_MESSAGES" / "tool.po"
    base.parent.mkdir(parents=True)
    base.write_text(ZH_CN, encoding="utf-8")
    return base


def _convert(root: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["-C", str(root), "convert", *args])
    return result.exit_code, result.output


def test_paths_and_configurations() -> None:
    cn, tw = parse_language("zh-CN"), parse_language("zh-TW")
    assert pivot_path("po/zh_CN/LC_MESSAGES/x.po", cn, tw) == "po/zh_TW/LC_MESSAGES/x.po"
    assert pivot_path("po/zh_CN.po", cn, tw) == "po/zh_TW.po"
    assert pivot_path("po/x.po", cn, tw) is None
    assert default_opencc(cn, tw) == "s2twp"
    assert default_opencc(cn, parse_language("zh-HK")) == "s2hk"
    assert default_opencc(tw, cn) == "tw2sp"


def test_creates_the_missing_catalog_with_every_entry_filled(tmp_path: Path) -> None:
    base = _project(tmp_path)
    code, out = _convert(tmp_path, "--from", "zh-CN", "--to", "zh-TW", str(base))
    assert code == 0, out
    target = tmp_path / "po" / "zh_TW" / "LC_MESSAGES" / "tool.po"
    assert out.startswith(
        f"created {target} (s2twp from {base}): 7 filled; "
    )  # 6 active, 1 obsolete
    assert "2 plural" in out and "1 fuzzy as in the base" in out
    text = target.read_text(encoding="utf-8")
    po = parse_po(text)
    assert po.metadata["Language"] == "zh_TW"
    assert po.metadata["Plural-Forms"] == "nplurals=1; plural=0;"
    assert po.metadata["Last-Translator"] == "Someone <s@example.org>"  # the base's header
    by_key = {(e.msgctxt, e.msgid): e for e in po if not e.obsolete}
    assert by_key[(None, "Cannot open file %s: %s")].msgstr == "無法開啟檔案 %s：%s"
    assert by_key[(None, "%d file deleted")].msgstr_plural == {0: "已刪除 %d 個檔案"}
    assert by_key[("menu", "Open")].msgstr == "開啟"
    fuzzy = by_key[(None, "Search the whole network for %s")]
    assert fuzzy.fuzzy and fuzzy.previous_msgid == "Search the network for %s"
    assert all(e.translated() or e.fuzzy for e in by_key.values())
    assert [e.msgstr for e in po if e.obsolete] == ["過時的資訊"]
    # a second run changes nothing
    code, out = _convert(tmp_path, "--from", "zh-CN", "--to", "zh-TW", str(base))
    assert code == 0 and out.startswith(f"unchanged {target}")


@needs_gettext
@pytest.mark.gettext
def test_msgids_and_directives_untouched(tmp_path: Path) -> None:
    base = _project(tmp_path)
    assert _convert(tmp_path, "--from", "zh-CN", "--to", "zh-TW", str(base))[0] == 0
    target = tmp_path / "po" / "zh_TW" / "LC_MESSAGES" / "tool.po"
    same = ["msgcmp", "--use-fuzzy", "--use-untranslated"]
    subprocess.run([*same, str(target), str(base)], check=True, capture_output=True)
    subprocess.run([*same, str(base), str(target)], check=True, capture_output=True)
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(target)], check=True)


def test_without_catalogs_takes_the_projects(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.digestl10n]\nsource_language = "en"\ntargets = ["zh-CN", "zh-TW"]\n',
        encoding="utf-8",
    )
    base = tmp_path / "locales" / "zh_CN" / "LC_MESSAGES" / "a.po"
    base.parent.mkdir(parents=True)
    base.write_text(ZH_CN, encoding="utf-8")
    code, out = _convert(tmp_path, "--from", "zh-CN", "--to", "zh-TW")
    assert code == 0, out
    assert out.startswith("created locales/zh_TW/LC_MESSAGES/a.po (s2twp from locales/zh_CN")


def test_adopt_takes_a_human_catalog_as_reviewed(tmp_path: Path) -> None:
    base = _project(tmp_path)
    target = tmp_path / "po" / "zh_TW" / "LC_MESSAGES" / "tool.po"
    target.parent.mkdir(parents=True)
    human = (
        ZH_CN.replace("zh_CN", "zh_TW")
        .replace("无法打开文件 %s：%s", "檔案 %s 打不開：%s")  # a human wording
        .replace("打开", "開啟")
        .replace('msgstr "开放的"', 'msgstr ""')  # untranslated: gets filled
    )
    target.write_text(human, encoding="utf-8")
    code, out = _convert(tmp_path, "--from", "zh-CN", "--to", "zh-TW", "--adopt", str(base))
    assert code == 0, out
    text = target.read_text(encoding="utf-8")
    assert "reviewed: opencc" not in text
    assert text.count("# machine: opencc") == 1  # only the entry it filled
    po = parse_po(text)
    assert po.metadata[ADOPTED] == "opencc s2twp"
    by_key = {(e.msgctxt, e.msgid): e for e in po if not e.obsolete}
    assert by_key[(None, "Cannot open file %s: %s")].msgstr == "檔案 %s 打不開：%s"
    assert by_key[("state", "Open")].msgstr == "開放的"
    assert by_key[(None, "Search the whole network for %s")].fuzzy  # not un-fuzzied
    # later runs (no --adopt) honour the header field
    code, out = _convert(tmp_path, "--from", "zh-CN", "--to", "zh-TW", str(base))
    assert code == 0 and out.startswith(f"unchanged {target}"), out


def test_without_adopt_a_human_entry_gets_a_reviewed_comment(tmp_path: Path) -> None:
    base = _project(tmp_path)
    target = tmp_path / "po" / "zh_TW" / "LC_MESSAGES" / "tool.po"
    target.parent.mkdir(parents=True)
    target.write_text(
        ZH_CN.replace("zh_CN", "zh_TW").replace("无法打开文件 %s：%s", "檔案 %s 打不開：%s"),
        encoding="utf-8",
    )
    assert _convert(tmp_path, "--from", "zh-CN", "--to", "zh-TW", str(base))[0] == 0
    assert "# reviewed: opencc s2twp" in target.read_text(encoding="utf-8")


def test_usage_errors(tmp_path: Path) -> None:
    base = _project(tmp_path)
    assert _convert(tmp_path, "--from", "zh-CN", str(base))[0] == 2
    code, out = _convert(tmp_path, "--from", "zh-CN", "--to", "en", str(base))
    assert code == 2 and out.startswith("Error: pyproject.toml: no OpenCC conversion")
    code, out = _convert(tmp_path, "--from", "zh-CN", "--to", "zh-TW", "po/zh_CN.po")
    assert code == 2 and out == "Error: po/zh_CN.po: no such catalog\n"
    code, out = _convert(tmp_path, "--from", "zh-CN", "--to", "zh-TW", "po/nowhere.po")
    assert code == 2 and "cannot tell where its zh-TW catalog goes" in out


def _sphinx_zh_cn() -> Path | None:
    for f in importlib.metadata.files("sphinx") or ():
        if str(f) == "sphinx/locale/zh_CN/LC_MESSAGES/sphinx.po":
            return Path(str(f.locate()))
    return None


@needs_gettext
@pytest.mark.gettext
def test_sphinx_zh_cn_to_zh_tw(tmp_path: Path) -> None:
    real = _sphinx_zh_cn()
    assert real is not None
    base = tmp_path / "zh_CN" / "LC_MESSAGES" / "sphinx.po"
    base.parent.mkdir(parents=True)
    shutil.copy(real, base)
    (tmp_path / "pyproject.toml").write_text("[tool.digestl10n]\n", encoding="utf-8")
    code, out = _convert(tmp_path, "--from", "zh-CN", "--to", "zh-TW", str(base))
    assert code == 0, out
    target = tmp_path / "zh_TW" / "LC_MESSAGES" / "sphinx.po"
    same = ["msgcmp", "--use-fuzzy", "--use-untranslated"]
    subprocess.run([*same, str(target), str(base)], check=True, capture_output=True)
    subprocess.run([*same, str(base), str(target)], check=True, capture_output=True)
    subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(target)], check=True)
    untranslated_base = sum(
        1 for e in parse_po(base.read_text(encoding="utf-8")) if not e.obsolete and not e.msgstr
    )
    po = parse_po(target.read_text(encoding="utf-8"))
    untranslated = sum(1 for e in po if not e.obsolete and not e.translated() and not e.fuzzy)
    assert untranslated == untranslated_base  # every translated base entry filled


def test_a_project_variant_of_a_translation_gets_its_missing_catalog(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.digestl10n]\nsource_language = "en"\ntargets = ["zh-Hans", "zh-TW"]\n\n'
        '[tool.digestl10n.variants]\nzh-TW = { base = "zh-Hans", opencc = "s2twp" }\n',
        encoding="utf-8",
    )
    base = tmp_path / "locales" / "zh_Hans" / "LC_MESSAGES" / "a.po"
    base.parent.mkdir(parents=True)
    base.write_text(ZH_CN.replace("zh_CN", "zh_Hans"), encoding="utf-8")
    (tmp_path / "locales" / "a.pot").write_text(
        'msgid ""\nmsgstr ""\n"X-Source-Language: en\\n"\n', encoding="utf-8"
    )
    code, out = _convert(tmp_path)
    assert code == 0, out
    assert out.startswith("created locales/zh_TW/LC_MESSAGES/a.po (s2twp from zh-Hans): ")
    po = parse_po((tmp_path / "locales/zh_TW/LC_MESSAGES/a.po").read_text(encoding="utf-8"))
    assert po.metadata["Language"] == "zh_TW"
    assert {e.msgid: e.msgstr for e in po}["Cannot open file %s: %s"] == "無法開啟檔案 %s：%s"


def test_adopt_in_a_project_variant(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.digestl10n]\nsource_language = "en"\ntargets = ["zh-Hans", "zh-TW"]\n\n'
        '[tool.digestl10n.variants]\nzh-TW = { base = "zh-Hans", opencc = "s2twp" }\n',
        encoding="utf-8",
    )
    (tmp_path / "locales").mkdir()
    (tmp_path / "locales" / "a.pot").write_text(
        'msgid ""\nmsgstr ""\n"X-Source-Language: en\\n"\n', encoding="utf-8"
    )
    for locale, text in (
        ("zh_Hans", ZH_CN),
        (
            "zh_TW",
            ZH_CN.replace("无法打开文件 %s：%s", "檔案 %s 打不開：%s").replace("打开", "開啟"),
        ),
    ):
        path = tmp_path / "locales" / locale / "LC_MESSAGES" / "a.po"
        path.parent.mkdir(parents=True)
        path.write_text(text.replace("zh_CN", locale), encoding="utf-8")
    tw = tmp_path / "locales/zh_TW/LC_MESSAGES/a.po"
    code, out = _convert(tmp_path, "--adopt")
    assert code == 0, out
    text = tw.read_text(encoding="utf-8")
    assert "reviewed: opencc" not in text and "X-Digestl10n-Adopted: opencc s2twp" in text
    po = parse_po(text)
    assert {e.msgid: e.msgstr for e in po}["Cannot open file %s: %s"] == "檔案 %s 打不開：%s"
    assert next(e for e in po if e.msgid.startswith("Search the whole")).fuzzy
    assert _convert(tmp_path)[1].startswith("unchanged locales/zh_TW")


@needs_gettext
@pytest.mark.gettext
def test_django_zh_hans_catalogs_to_zh_tw(tmp_path: Path) -> None:
    """Every zh_Hans catalog Django ships (plural entries included) → zh_TW, checked by gettext."""
    bases = []
    for f in importlib.metadata.files("django") or ():
        if str(f).endswith(".po") and "/zh_Hans/" in str(f):
            base = tmp_path / str(f)
            base.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(Path(str(f.locate())), base)
            bases.append(base)
    assert len(bases) >= 12
    (tmp_path / "pyproject.toml").write_text("[tool.digestl10n]\n", encoding="utf-8")
    code, out = _convert(tmp_path, "--from", "zh-Hans", "--to", "zh-TW", *map(str, bases))
    assert code == 0, out
    plural = 0
    for base in bases:
        target = Path(str(base).replace("/zh_Hans/", "/zh_TW/"))
        same = ["msgcmp", "--use-fuzzy", "--use-untranslated"]
        subprocess.run([*same, str(target), str(base)], check=True, capture_output=True)
        subprocess.run([*same, str(base), str(target)], check=True, capture_output=True)
        subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(target)], check=True)
        theirs = parse_po(base.read_text(encoding="utf-8"))
        ours = parse_po(target.read_text(encoding="utf-8"))
        assert ours.metadata["Plural-Forms"] == theirs.metadata["Plural-Forms"]
        assert sum(e.translated() for e in ours) == sum(e.translated() for e in theirs)
        plural += sum(bool(e.msgid_plural) and e.translated() for e in ours)
    assert plural >= 50
