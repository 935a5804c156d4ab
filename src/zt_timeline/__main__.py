"""The entry point of `zt` and `python -m zt_timeline`.

Loading the CLI (typer and the command modules) and typer's building of the root command take
a noticeable moment; Ctrl-C in that moment exits 130 quietly, as it does once a command runs,
instead of printing a traceback.

The cycle collector is a policy of the program (cli/collector.py), set from here. Start-up
(importing typer, click and zt's modules) makes tens of thousands of objects that live until
the process ends, with no garbage among them: the collector is off while they are made, and
then they are frozen (collector.started), so the command runs with the collector on but it
never walks them again. At the end everything is frozen once more: Python's last collection,
at exit, would otherwise walk every object of the process only to free memory the exit frees
anyway. Together 10-20 ms of a run (benchmarks/README.md).
"""

import gc
import sys

INTERRUPTED = 130


def main() -> None:
    gc.disable()
    try:
        from .cli.app import main as run
        from .cli.collector import started
    except KeyboardInterrupt:
        sys.exit(INTERRUPTED)
    started()
    try:
        run()
    except KeyboardInterrupt:  # while typer builds the root command, before its own handling starts
        sys.exit(INTERRUPTED)
    finally:
        gc.freeze()


if __name__ == "__main__":
    main()
