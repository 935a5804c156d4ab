"""Real processes: `zt ... | head -n 1` exits 0 with nothing on stderr, and Ctrl-C exits 130 quietly."""

import os
import subprocess
import sys

import pytest

from clirun import MINI
from test_exit_codes import COMMANDS, ok_args

ZT = [sys.executable, "-m", "zt_timeline"]
FORMATS = ("table", "tsv", "csv", "json", "md")
EVENTS = 20_000


@pytest.fixture(scope="module")
def environment(tmp_path_factory):
    home = tmp_path_factory.mktemp("pipes")
    # Its own cache directory: the first run fills it, the others read it, none touches the user's.
    return {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", "XDG_CACHE_HOME": str(home / "cache"),
            "ZT_DATA": ""}


@pytest.fixture(scope="module")
def big_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("big") / "big.toml"
    parts = ['[[sources]]\nid = "s"\ntitle = "A source"\npublisher = "P"\ndate = "2020"\n']
    parts += [f'[[events]]\nid = "e{i}"\ndate = "2018-{i % 12 + 1:02d}-{i % 28 + 1:02d}"\n'
              f'title = "Event {i}, with a title long enough to wrap in a narrow table"\nsources = ["s"]\n'
              for i in range(EVENTS)]
    path.write_text("".join(parts))
    return path


def through_head(args, env):
    """Start `zt ARGS | head -n 1`; the caller collects it with finish()."""
    zt = subprocess.Popen([*ZT, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    head = subprocess.Popen(["head", "-n", "1"], stdin=zt.stdout, stdout=subprocess.PIPE)
    zt.stdout.close()  # only head reads it now: when head exits, zt's next write meets a closed pipe
    return zt, head


def finish(zt, head):
    first, _ = head.communicate(timeout=120)
    errors = zt.stderr.read()
    zt.stderr.close()
    return zt.wait(timeout=120), first.decode(), errors.decode()


def test_head_closes_the_pipe_in_every_format(big_file, environment):
    # The first run fills the cache; the others read it.
    subprocess.run([*ZT, "validate", str(big_file)], env=environment, check=True, capture_output=True)
    # All formats at once: each is its own process, and the table takes longest to draw.
    running = {fmt: through_head(["timeline", "--data", str(big_file), "--format", fmt], environment)
               for fmt in FORMATS}
    for fmt, (zt, head) in running.items():
        code, first, errors = finish(zt, head)
        assert (fmt, code, errors) == (fmt, 0, "")
        assert first.strip(), fmt


@pytest.mark.parametrize("args", [["--help"], ["timeline", "--help"], ["--version"],
                                  *(["--format", fmt] for fmt in FORMATS),
                                  *([name, *ok_args(name)] for name in COMMANDS)], ids=" ".join)
def test_reader_gone_before_the_first_write(args, environment):
    """A reader that quits at once (`zt ... | true`): the very first write fails, still quietly."""
    if args[0] == "--format":
        args = ["timeline", *args]
    zt = subprocess.Popen([*ZT, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          env={**environment, "ZT_DATA": str(MINI)})
    zt.stdout.close()
    errors = zt.stderr.read()
    zt.stderr.close()
    assert (zt.wait(timeout=60), errors) == (0, b"")


def test_ctrl_c_exits_130_quietly(environment):
    # Interrupt the process itself while it is loading the data: the real signal, no timing guesswork.
    code = (
        "import os, signal, sys, time\n"
        "from zt_timeline.loading import validate\n"
        "def interrupted(*args, **kwargs):\n"
        "    os.kill(os.getpid(), signal.SIGINT)\n"
        "    time.sleep(30)\n"
        "validate.build_timeline = interrupted\n"
        "from zt_timeline.cli.app import main\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code, "timeline"], env=environment, capture_output=True,
                          timeout=60)
    assert (done.returncode, done.stdout, done.stderr) == (130, b"", b"")


def test_ctrl_c_while_the_cli_is_still_loading_exits_130_quietly():
    # Ctrl-C arrives while `zt_timeline.cli` (typer and the command modules) is imported.
    script = (
        "import sys\n"
        "class Interrupt:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'zt_timeline.cli':\n"
        "            raise KeyboardInterrupt\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        "from zt_timeline.__main__ import main\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 130
    assert result.stderr == ""


def test_ctrl_c_while_typer_builds_the_root_command_exits_130_quietly():
    # Ctrl-C arrives after the imports, while typer turns the app into its click group: before the
    # root group's own handling of Ctrl-C starts.
    script = (
        "import typer.main\n"
        "def interrupted(*args, **kwargs):\n"
        "    raise KeyboardInterrupt\n"
        "typer.main.get_command = interrupted\n"
        "from zt_timeline.__main__ import main\n"
        "main()\n"
    )
    result = subprocess.run([sys.executable, "-c", script, "timeline"], capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stderr) == (130, "")
