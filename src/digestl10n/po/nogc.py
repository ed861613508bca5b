"""Reading, merging or writing catalogs with the cyclic garbage collector paused.

The polib objects made while reading or writing hold no reference cycles;
the collector would only rescan the growing catalog (a third of the parse
time of a large one). Extract pauses it while it redoes each group of articles
too: what they make dies by reference counting as the group ends (conversion
memo included), and the collections a merge would set off rescan the run's
long-lived state instead.
Check pauses it while it judges a catalog's entries, for the same reason.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["no_gc"]


@contextmanager
def no_gc() -> Iterator[None]:
    """Pause the cyclic collector for the block, if it was running."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
