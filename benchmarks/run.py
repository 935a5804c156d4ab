"""Measure every start-up and scale target of zt as a ratio against its baseline, in one run.

    python benchmarks/run.py                # all targets
    python benchmarks/run.py --quick        # fewer runs, no 100,000-event file
    python benchmarks/run.py --markdown     # the table as Markdown, for benchmarks/README.md

Each target and its baseline run the same number of times, alternately, as fresh processes of
the same interpreter (this one: run it as /tmp/venv/bin/python benchmarks/run.py). A figure is
the median wall time; the ratio is median(target) / median(baseline). Peak memory is the
child's own maximum resident set size, from os.wait4. Standard output goes to a pipe that is
read and dropped, so zt sees "not a terminal", as in `zt timeline | less`.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
ZT = str(Path(PYTHON).with_name("zt"))
ACTOR = "actor-1"  # the generator always writes this actor (benchmarks/make_timeline.py)
ARTICLE = HERE.parent.parent / "shared" / "sources" / "000_a7613cb33c941bf4.txt"

# Typer 0.29's own floor for an app with one string option: reading any option value imports
# pydantic and builds a TypeAdapter (zt avoids it: src/zt_timeline/cli/coercion.py).
HELLO_SCRIPT = """
from typing import Annotated
import typer
app = typer.Typer()
@app.command()
def main(name: Annotated[str, typer.Option()] = "world"):
    print("hello", name)
app()
"""

# A table-printing Typer app at its most frugal, for reference: the "about 1.38x".
RICH_TABLE_SCRIPT = """
import typer
from rich.console import Console
from rich.table import Table
table = Table("date", "id", "event", "sources")
for n in range(40):
    table.add_row(f"{n + 1} Apr 2018", f"event-{n}", "Something happened on this day " * 2, "source-a, source-b")
Console(width=100).print(table)
"""

# Issue 18's yardstick for the table path: a naive Typer + Rich program that prints the rows zt
# timeline prints at 100 columns (date, id, and the title with its sources), read from the
# TSV of `zt timeline`, letting Rich's Table lay them out.
NAIVE_TABLE_SCRIPT = """
import csv
import typer
from rich.console import Console
from rich.table import Table

def main(path: str):
    table = Table("date", "id", "event")
    with open(path, encoding="utf-8", newline="") as rows:
        for row in csv.DictReader(rows, delimiter="\\t", quoting=csv.QUOTE_NONE):
            date = row["date"] + (" – " + row["end"] if row["end"] else "")
            table.add_row(date, row["id"], row["title"] + "\\n  sources: " + row["sources"])
    Console(width=100).print(table)

typer.run(main)
"""

COMPILE_ALL = """
import compileall, pathlib, rich, typer, zt_timeline
for package in (zt_timeline, typer, rich):
    compileall.compile_dir(pathlib.Path(package.__file__).parent, quiet=1)
"""


@dataclass(frozen=True, slots=True)
class Run:
    seconds: float
    peak_mb: float


@dataclass(frozen=True, slots=True)
class Target:
    name: str
    command: list[str]
    baseline_name: str
    baseline: list[str]
    goal: float
    memory_goal: float | None = None  # peak memory, as a ratio to the baseline's
    env: dict[str, str] | None = None


def run_once(command: list[str], env: dict[str, str]) -> Run:
    started = time.perf_counter()
    child = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env)
    child.stdout.read()
    error = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"failed ({child.returncode}): {' '.join(command)}\n{error.decode(errors='replace')}")
    return Run(elapsed, usage.ru_maxrss / 1024)


def measure(target: Target, runs: int, base_env: dict[str, str]) -> tuple[list[Run], list[Run]]:
    env = {**base_env, **(target.env or {})}
    ours, theirs = [], []
    run_once(target.command, env)  # warm the page cache and zt's own cache alike, untimed
    run_once(target.baseline, env)
    for _ in range(runs):
        ours.append(run_once(target.command, env))
        theirs.append(run_once(target.baseline, env))
    return ours, theirs


def median(runs: list[Run], attribute: str) -> float:
    return statistics.median(getattr(run, attribute) for run in runs)


def machine() -> str:
    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    system = f"{platform.system()} {platform.release()}"
    return f"{os.cpu_count()} cores ({cpu}), {system}, Python {platform.python_version()}"


def targets(files: dict[str, Path], cache_home: Path, cache: bool, rows: Path) -> list[Target]:
    typer_only = [PYTHON, "-c", "import typer"]
    typer_rich = [PYTHON, "-c", "import typer, rich.table"]
    found = [
        Target("zt timeline (tsv, piped)", [ZT, "timeline"], "import typer, rich.table", typer_rich, 1.00),
        Target("python -m zt_timeline timeline", [PYTHON, "-m", "zt_timeline", "timeline"],
               "import typer, rich.table", typer_rich, 1.00),
        Target("zt timeline --format table", [ZT, "timeline", "--format", "table"],
               "import typer, rich.table", typer_rich, 1.30),
        Target("zt timeline --format table, 100 columns", [ZT, "timeline", "--format", "table"],
               "naive typer + Rich table of the same rows", [PYTHON, "-c", NAIVE_TABLE_SCRIPT, str(rows)], 0.75),
        Target("(reference) typer + 40-row Rich table", [PYTHON, "-c", RICH_TABLE_SCRIPT],
               "import typer, rich.table", typer_rich, 1.38),
        Target("(reference) typer hello world, one --name option", [PYTHON, "-c", HELLO_SCRIPT, "--name", "zt"],
               "import typer", typer_only, 1.10),
        Target("zt --help", [ZT, "--help"], "import typer", typer_only, 1.10),
        Target("zt --version", [ZT, "--version"], "import typer", typer_only, 1.10),
        Target("python -m zt_timeline --version", [PYTHON, "-m", "zt_timeline", "--version"], "import typer",
               typer_only, 1.10),
    ]
    found.append(Target("completion: zt timeline --actor <Tab>", [ZT], "import typer", typer_only, 1.10,
                        env={"_ZT_COMPLETE": "complete_bash", "COMP_WORDS": "zt timeline --actor ", "COMP_CWORD": "3"}))
    # zt check on the bundled data: one claim, and the UPI article as a draft (issue 10).
    zt_timeline = [ZT, "timeline"]
    found.append(Target("zt check CLAIM", [ZT, "check", "Sessions announced the policy in May 2018"],
                        "zt timeline (piped)", zt_timeline, 1.25))
    if ARTICLE.is_file():
        found.append(Target("zt check --file (the UPI article)", [ZT, "check", "--file", str(ARTICLE), "--dated",
                                                                  "2021-01-14"], "zt timeline (piped)", zt_timeline,
                            2.00))
    # An option name: no data is read, so none of the core is imported (tests/test_startup.py).
    found.append(Target("completion: zt timeline --<Tab>", [ZT], "import typer", typer_only, 1.10,
                        env={"_ZT_COMPLETE": "complete_bash", "COMP_WORDS": "zt timeline --", "COMP_CWORD": "2"}))
    for label, path in files.items():
        parse = [PYTHON, "-c", f"import tomllib; tomllib.load(open({str(path)!r}, 'rb'))"]
        query = ["timeline", "--actor", ACTOR, "--since", "2018-03", "--until", "2019", "--data", str(path)]
        cached = {"XDG_CACHE_HOME": str(cache_home)}
        cold = [ZT, "--no-cache", *query] if cache else [ZT, *query]
        found.append(Target(f"{label}: zt timeline --actor --since --until", cold, "tomllib.load", parse, 1.25,
                            memory_goal=2.0))
        if cache:
            # The goal is for 100,000 events; on a small file start-up dominates, so it is shown only.
            name = f"{label}: the same, model cached"
            found.append(Target(name if "100,000" in label else f"(reference) {name}", [ZT, *query], "tomllib.load",
                                parse, 0.25, env=cached))
    return found


def has_cache_option() -> bool:
    result = subprocess.run([ZT, "--help"], capture_output=True, text=True)
    return "--no-cache" in result.stdout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each start-up command (default 15)")
    parser.add_argument("--large-runs", type=int, default=5, help="runs of each 10,000-event command (default 5)")
    parser.add_argument("--huge-runs", type=int, default=3, help="runs of each 100,000-event command (default 3)")
    parser.add_argument("--quick", action="store_true", help="5 runs, and no 100,000-event file")
    parser.add_argument("--markdown", action="store_true", help="print the table as Markdown")
    parser.add_argument("--only", action="append", help="only targets whose name contains this text (repeatable: "
                        "any of them)")
    args = parser.parse_args(argv)
    if args.quick:
        args.runs, args.large_runs = 5, 3
    if not Path(ZT).exists():
        raise SystemExit(f"no zt entry point beside {PYTHON}: install the project into this interpreter's environment")
    # Byte-code as an installed zt has it: compiled once, then read. (Without this, a module
    # edited since it was last compiled is compiled again on every run, when the environment
    # says PYTHONDONTWRITEBYTECODE, and start-up looks milliseconds slower than it is.)
    base_env = {key: value for key, value in os.environ.items()
                if not key.startswith(("ZT_", "_ZT_")) and key != "PYTHONDONTWRITEBYTECODE"}
    base_env.update({"COLUMNS": "100", "NO_COLOR": "1"})
    subprocess.run([PYTHON, "-c", COMPILE_ALL], check=True, env=base_env)
    work = Path(tempfile.mkdtemp(prefix="zt-bench-"))
    try:
        cache_home = work / "cache"
        cache_home.mkdir(mode=0o700)
        sizes = {"10,000 events": 10_000} if args.quick else {"10,000 events": 10_000, "100,000 events": 100_000}
        # A file is made only if a chosen target reads it (the 100,000-event one takes a while).
        chosen = {target.name for target in targets({label: work for label in sizes}, cache_home, True, work)
                  if wanted(target, args.only)}
        sizes = {label: count for label, count in sizes.items() if any(label in name for name in chosen)}
        files = {}
        for label, count in sizes.items():
            files[label] = work / f"timeline-{count}.toml"
            subprocess.run([PYTHON, str(HERE / "make_timeline.py"), "--events", str(count), "--out",
                            str(files[label])], check=True)
        rows_file = work / "timeline.tsv"
        rows_file.write_bytes(subprocess.run([ZT, "timeline"], check=True, capture_output=True, env=base_env).stdout)
        rows = []
        for target in targets(files, cache_home, cache=has_cache_option(), rows=rows_file):
            if not wanted(target, args.only):
                continue
            runs = args.huge_runs if "100,000" in target.name else args.large_runs if "10,000" in target.name \
                else args.runs
            ours, theirs = measure(target, runs, base_env)
            rows.append(row(target, ours, theirs, runs))
            print(" | ".join(rows[-1]), file=sys.stderr, flush=True)
        print_table(rows, markdown=args.markdown)
        print_growth(rows)
        print(f"\nMachine: {machine()}")
        print(f"Files: {', '.join(f'{label} = {path.stat().st_size / 1e6:.1f} MB' for label, path in files.items())}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def wanted(target: Target, only: list[str] | None) -> bool:
    return not only or any(text in target.name for text in only)


def row(target: Target, ours: list[Run], theirs: list[Run], runs: int) -> list[str]:
    ratio = median(ours, "seconds") / median(theirs, "seconds")
    memory = median(ours, "peak_mb") / median(theirs, "peak_mb")
    met = ratio <= target.goal and (target.memory_goal is None or memory <= target.memory_goal)
    reference = target.name.startswith("(reference)")
    memory_text = f"{memory:.2f}x" + (f" (goal {target.memory_goal:.2f}x)" if target.memory_goal else "")
    return [
        target.name, f"{median(ours, 'seconds') * 1000:,.0f} ms", f"{target.baseline_name}: "
        f"{median(theirs, 'seconds') * 1000:,.0f} ms", f"{ratio:.2f}x", f"{target.goal:.2f}x",
        f"{median(ours, 'peak_mb'):,.0f} MB / {median(theirs, 'peak_mb'):,.0f} MB = {memory_text}",
        str(runs), "-" if reference else ("met" if met else "NOT met"),
    ]


def print_growth(rows: list[list[str]]) -> None:
    """How time grows from 10,000 to 100,000 events: 10x is linear."""
    cold = {cells[0].split(":")[0]: cells for cells in rows if cells[0].endswith("--until")}
    if {"10,000 events", "100,000 events"} <= set(cold):
        def ms(text: str) -> float:
            return float(text.rsplit(":", 1)[-1].replace("ms", "").replace(",", "").strip())

        small, large = cold["10,000 events"], cold["100,000 events"]
        print(f"\nGrowth from 10,000 to 100,000 events (10.0x is linear): zt {ms(large[1]) / ms(small[1]):.1f}x, "
              f"tomllib.load {ms(large[2]) / ms(small[2]):.1f}x")


HEADERS = ["target", "median", "baseline median", "ratio", "goal", "peak memory (ours / baseline)", "runs", ""]


def print_table(rows: list[list[str]], *, markdown: bool) -> None:
    if markdown:
        print("| " + " | ".join(HEADERS) + " |")
        print("|" + "|".join("---" for _ in HEADERS) + "|")
        for cells in rows:
            print("| " + " | ".join(cells) + " |")
        return
    widths = [max(len(cells[i]) for cells in [HEADERS, *rows]) for i in range(len(HEADERS))]
    for cells in [HEADERS, *rows]:
        print("  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True)).rstrip())


if __name__ == "__main__":
    sys.exit(main())
