"""Cold-import time of datong2020 and build time of its registry, against pint's default registry.

    python benchmarks/import_time.py [runs]

Each cold measurement is a fresh interpreter, so nothing is cached in memory between runs; the median
of the runs is reported.
"""

from __future__ import annotations

import statistics
import subprocess
import sys

RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 15

PROBES = {
    "python -c pass (interpreter start-up)": "pass",
    "import pint": "import pint",
    "import pint; pint.UnitRegistry()": "import pint; pint.UnitRegistry()",
    "import datong2020 (registry + whole report)": "import datong2020",
}
TIMED = "import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"

REGISTRY_BUILD = """
import time, pint
from datong2020.units import _build_registry
t = time.perf_counter(); _build_registry(); ours = time.perf_counter() - t
t = time.perf_counter(); pint.UnitRegistry(); default = time.perf_counter() - t
print(ours, default)
"""


def _run(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout


def main() -> None:
    print(f"{RUNS} runs each, median, on Python {sys.version.split()[0]}")
    for label, code in PROBES.items():
        seconds = [float(_run(TIMED.format(code=code))) for _ in range(RUNS)]
        print(f"  {label:<48} {statistics.median(seconds) * 1000:8.1f} ms (in-process, after start-up)")
    pairs = [tuple(map(float, _run(REGISTRY_BUILD).split())) for _ in range(RUNS)]
    print(
        f"  {'build datong2020 registry (pint already imported)':<48} "
        f"{statistics.median(p[0] for p in pairs) * 1000:8.1f} ms"
    )
    print(
        f"  {'build pint default registry (pint already imported)':<48} "
        f"{statistics.median(p[1] for p in pairs) * 1000:8.1f} ms"
    )


if __name__ == "__main__":
    main()
