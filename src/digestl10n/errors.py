"""The errors a user can cause, each carrying the file and line it is about."""

from __future__ import annotations


class DigestL10nError(Exception):
    """Base of every error digestl10n reports to a user (never a traceback)."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __reduce__(self) -> tuple[type[DigestL10nError], tuple[str, str | None, int | None]]:
        # Raised in a worker process, it crosses back pickled: keep its file and line.
        return (type(self), (self.message, self.path, self.line))

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = f"{self.path}:{self.line}: " if self.line is not None else f"{self.path}: "
        return f"{where}{self.message}"


class ConfigError(DigestL10nError):
    """pyproject.toml's [tool.digestl10n] table is wrong."""


class LanguageTagError(DigestL10nError):
    """A language tag is malformed or unknown."""


class SourceError(DigestL10nError):
    """An article in source/ is missing, unreadable or not UTF-8."""


class PoSyntaxError(DigestL10nError):
    """A PO or POT file does not parse."""


class GlossaryError(DigestL10nError):
    """A glossary.tsv row is malformed."""
