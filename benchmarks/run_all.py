"""Every benchmark in turn (``make bench``); figures are printed, not asserted."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

for script in ("throughput.py", "memory.py", "repair_bench.py", "hostile.py"):
    if (HERE / script).exists():
        print(f"== {script}", flush=True)
        sys.argv = [str(HERE / script)]
        runpy.run_path(str(HERE / script), run_name="__main__")
