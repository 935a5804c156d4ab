"""The entry point of `zt` and `python -m zt_timeline`.

Loading the CLI (typer and the command modules) takes a noticeable moment; Ctrl-C in that
moment exits 130 quietly, as it does once a command runs, instead of printing a traceback.
"""

import sys

INTERRUPTED = 130


def main() -> None:
    try:
        from .cli.app import main as run
    except KeyboardInterrupt:
        sys.exit(INTERRUPTED)
    run()


if __name__ == "__main__":
    main()
