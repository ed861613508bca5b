"""PO/POT text in and out of polib objects, exactly as GNU gettext 0.21 does it.

One module per job: ``reader`` (text -> polib.POFile, our errors with
file:line), ``writer`` (polib.POFile -> msgcat's exact layout), ``linebreak``
with its generated ``linebreak_tables`` (gettext's line breaking and display
widths), ``flags`` (``#,`` lines), ``directives`` (format directives kept
whole), ``header`` (the header entry and its text, the line ending, empty
comments), ``charset`` (the charset a catalog declares, and decoding by
it), ``entry`` (entries made in bulk).  Only polib's public attributes are
used; entries are made by ``entry.new_entry``, which gives them exactly the
attributes polib's constructor does, without its keyword lookups.
"""

from .reader import parse_po
from .writer import format_entry, format_po

__all__ = ["format_entry", "format_po", "parse_po"]
