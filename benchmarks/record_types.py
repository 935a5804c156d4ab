"""What the choice of record type costs: frozen dataclasses (zt's), NamedTuples and msgspec.Struct.

For each kind, in fresh processes that have already imported typer and rich.table (as zt has by
the time it loads its model): the import its classes need plus the creation of 14 classes of an
event's shape (paid on every start of zt), and the building of 100,000 such records from keyword
arguments (paid on a cold load of 100,000 events). msgspec is not a dependency of zt; its rows
are left out when it is not installed.

    python benchmarks/record_types.py [--runs 11]
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import subprocess
import sys

FIELDS = '''
        """An event-shaped record."""

        id: str
        date: object
        title: str
        sources: tuple
        end: object = None
        summary: object = None
        actors: tuple = ()
        tags: tuple = ()
        note: object = None
        variants: tuple = ()
        pinpoints: tuple = ()
        disputes: tuple = ()
        by: tuple = ()
        action: object = None
'''
KINDS = {
    "frozen dataclass (slots)": ("import dataclasses",
                                 "@dataclasses.dataclass(frozen=True, slots=True)\n    class Event:"),
    "typing.NamedTuple": ("from typing import NamedTuple", "class Event(NamedTuple):"),
    "msgspec.Struct (frozen)": ("import msgspec", "class Event(msgspec.Struct, frozen=True):"),
}
CHILD = '''
import time, typer, rich.table
start = time.perf_counter()
{imports}
for _ in range(14):
    {header}
{fields}
made = time.perf_counter()
rows = [dict(id=f"e{{i}}", date="2018-04-06", title="t", sources=("s",), tags=("a",)) for i in range(100000)]
begin = time.perf_counter()
built = [Event(**row) for row in rows]
print(made - start, time.perf_counter() - begin)
'''


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=11)
    runs = parser.parse_args().runs
    kinds = {name: spec for name, spec in KINDS.items()
             if "msgspec" not in name or importlib.util.find_spec("msgspec") is not None}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in kinds}
    for _ in range(runs):
        for name, (imports, header) in kinds.items():
            code = CHILD.format(imports=imports, header=header, fields=FIELDS)
            out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
            made, built = map(float, out.split())
            times[name].append((made, built))
    print(f"{'record type':26} {'import + 14 classes':>20} {'100,000 built':>14}")
    for name, measured in times.items():
        made = statistics.median(m for m, _ in measured) * 1000
        built = statistics.median(b for _, b in measured) * 1000
        print(f"{name:26} {made:17.1f} ms {built:11.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
