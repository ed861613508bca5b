"""po/header.py: header text polib's metadata dict cannot hold survives."""

from __future__ import annotations

import pickle

import polib

from digestl10n.po import format_po, parse_po


def test_header_text_that_is_not_key_value_lines_survives() -> None:
    text = (
        'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
        '"X-Odd:no space\\n"\n"continued\\n"\n'
    )
    po = parse_po(text)
    assert po.metadata["X-Odd"] == "no space\ncontinued"
    assert format_po(po) == text
    po.metadata["X-Odd"] = "fixed"
    assert '"X-Odd: fixed\\n"' in format_po(po)


def test_header_text_survives_pickling() -> None:
    # Catalogs cross process boundaries (check and build use worker pools).
    text = 'msgid ""\nmsgstr "X-Odd:no space\\n"\n'
    po = pickle.loads(pickle.dumps(parse_po(text)))
    assert format_po(po) == text


def test_a_plain_polib_catalog_gets_its_header_from_the_fields() -> None:
    po = parse_po('msgid ""\nmsgstr ""\n"X-Odd:no space\\n"\n')
    plain = polib.POFile()
    plain.metadata = po.metadata
    assert format_po(plain) == 'msgid ""\nmsgstr "X-Odd: no space\\n"\n'
