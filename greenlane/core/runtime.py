"""Process-level tuning of a server process once the application is loaded."""

from __future__ import annotations

import gc


def settle_heap() -> None:
    """Collect once, then move every object alive now (modules, settings, URL patterns, the
    ORM's and DRF's class caches) into the collector's permanent generation.

    A full collection scans every tracked object; with the loaded app in the scan it paused a
    request for 70-90 ms at 50,000 projects (bench/pages.py, docs/benchmarks.md). Objects created
    while loading live as long as the process, so scanning them again never frees anything.
    """
    gc.collect()
    gc.freeze()
