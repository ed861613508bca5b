"""`python -m digestl10n` runs the command line."""

from .cli import main

main()
