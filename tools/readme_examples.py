"""Re-run the examples of README.md and write their real output back (or, with --check, say
which differ). Each ```console block is a series of '$ command' lines, each followed by its
output; the commands run in order, in an 80-column terminal (a pty, through `script`), in a
fresh clone of this repository, so files they write (zt.db, harbour.toml) start absent and
relative paths (data/events.toml) mean what they say. A command that starts a server or
installs something (`datasette`, `pip install`) is shown, not run.

    python tools/readme_examples.py            # rewrite README.md
    python tools/readme_examples.py --check    # exit 1 if an example's output has changed

Needs: script (util-linux), git, jq and sqlite3 for the examples that pipe into them; `zt`
on PATH (the editable install). The UPI article the `zt check --file` example reads is not
in the repository (it is UPI's text): it is copied in as article.txt from the shared sources
beside the checkout, as tests/test_check.py reads it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
README = REPO / "README.md"
# Colours, cursor codes, and OSC 8 hyperlinks (ended by BEL or by ESC \).
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")
NOT_RUN = ("python -m pip", "datasette ")
ARTICLE = REPO.parent / "shared" / "sources" / "000_a7613cb33c941bf4.txt"
BLOCK = re.compile(r"```console\n(.*?)\n```", re.S)


def run(command: str, cwd: Path) -> str:
    env = dict(os.environ, NO_COLOR="1", PAGER="cat", ZT_PAGER="cat")
    for name in ("ZT_DATA", "ZT_DATE_ORDER", "COLUMNS", "LINES"):
        env.pop(name, None)
    wrapped = f"stty cols 80 rows 5000; {command}"
    out = subprocess.run(["script", "-qec", f"bash -c {shlex_quote(wrapped)}", "/dev/null"], capture_output=True,
                         text=True, cwd=cwd, env=env).stdout
    out = ESCAPES.sub("", out.replace("\r", ""))
    return "\n".join(line.rstrip() for line in out.splitlines()).strip("\n")


def shlex_quote(text: str) -> str:
    import shlex

    return shlex.quote(text)


def commands_of(block: str) -> list[str]:
    return [line[2:] for line in block.splitlines() if line.startswith("$ ")]


def rerun(block: str, cwd: Path) -> str:
    lines = []
    for command in commands_of(block):
        lines.append(f"$ {command}")
        if not command.startswith(NOT_RUN):
            output = run(command, cwd)
            if output:
                lines.append(output)
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    check = "--check" in argv
    text = README.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        clone = Path(tmp) / "zt"
        subprocess.run(["git", "clone", "-q", str(REPO), str(clone)], check=True)
        if ARTICLE.is_file():
            shutil.copy(ARTICLE, clone / "article.txt")
        changed = []

        def replace(match: re.Match) -> str:
            block = match.group(1)
            if not block.startswith("$ "):
                return match.group(0)
            new = rerun(block, clone)
            if new != block:
                changed.append(commands_of(block)[0])
            return f"```console\n{new}\n```"

        new_text = BLOCK.sub(replace, text)
    if check:
        for command in changed:
            print(f"readme: the output of '{command}' has changed", file=sys.stderr)
        return 1 if changed else 0
    README.write_text(new_text, encoding="utf-8")
    print(f"readme: {len(changed)} example(s) rewritten", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
