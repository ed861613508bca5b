"""digestl10n: localize a tech digest through gettext catalogs."""

__version__ = "0.1.0"
