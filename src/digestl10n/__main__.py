"""`python -m digestl10n` runs the command line."""

from .cli import run

run()
