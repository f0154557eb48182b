"""A server process settles its heap once the app is loaded (p95 latency, docs/benchmarks.md)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

from greenlane.core.runtime import settle_heap

ROOT = Path(__file__).resolve().parents[2]


def test_settling_moves_the_live_objects_out_of_the_collectors_scan() -> None:
    gc.unfreeze()
    try:
        settle_heap()
        assert gc.get_freeze_count() > 1000
    finally:
        gc.unfreeze()


def test_the_wsgi_application_settles_its_heap_when_loaded(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "GREENLANE_DATA_DIR": str(tmp_path),
        "GREENLANE_SECRET_KEY": "test-" + "x" * 50,
        "DJANGO_SETTINGS_MODULE": "greenlane.settings",
    }
    code = "import gc, greenlane.wsgi; print(gc.get_freeze_count())"
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert int(out.stdout.strip().splitlines()[-1]) > 10_000
