"""The README's two commands are the ones CI runs."""

import re
from pathlib import Path

REPO = Path(__file__).parent.parent


def test_ci_runs_the_readme_commands():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Install and run", 1)[1].split("\n## ", 1)[0]
    install, test = re.findall(r"```sh\n(.+?)\n```", section, re.S)
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    install_step, main_job = install.split(" && ")
    assert install_step in ci
    assert main_job in ci
    assert test in ci
