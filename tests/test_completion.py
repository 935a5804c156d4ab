"""Shell completion of values: the functions directly, then through typer's bash and zsh protocol
in a fresh process, the way a shell calls zt on each Tab."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import BUNDLED, MINI
from zt_timeline.cli.completion import actor_candidates, event_candidates, record_candidates, tag_candidates


def test_actor_candidates_are_ids_then_names_and_aliases_any_case(mini):
    assert actor_candidates(mini, "a") == ["ann-lee", "agency", "Ann Lee", "A. Lee", "Annie"]
    assert actor_candidates(mini, "BOB") == ["bob-stone", "Bob Stone"]
    assert actor_candidates(mini, "w") == ["Widget Agency", "WA"]
    assert actor_candidates(mini, "zz") == []
    assert len(actor_candidates(mini, "")) == 3 + 3 + 3  # every id, name and alias


def test_tag_record_and_event_candidates(mini, bundled):
    assert tag_candidates(mini, "p") == ["personnel", "pilot", "policy"]
    assert record_candidates(mini, "p") == ["pilot", "policy-announced", "paper-a"]
    assert record_candidates(mini, "bob") == ["bob-regret", "bob-stone"]
    assert event_candidates(mini, "p") == ["pilot", "policy-announced"]
    assert record_candidates(bundled, "zero-tolerance-a") == ["zero-tolerance-announced"]
    assert "reunification" in tag_candidates(bundled, "re")


def complete(words: str, env: dict[str, str] | None = None, shell: str = "bash") -> subprocess.CompletedProcess:
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("ZT_", "_ZT_"))}
    if shell == "bash":
        environment.update({"_ZT_COMPLETE": "complete_bash", "COMP_WORDS": words,
                            "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1))})
    else:
        environment.update({"_ZT_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": words})
    environment.update(env or {})
    probe = ("import sys, json\nfrom zt_timeline.cli.app import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
             "sys.stdout.flush()\n"
             "heavy = sorted({m.split('.')[0] for m in sys.modules} & {'rich', 'dateutil', 'icalendar'})\n"
             "sys.stderr.write('HEAVY ' + json.dumps(heavy))\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=environment,
                            timeout=60)
    assert result.stderr.startswith("HEAVY "), result.stderr  # nothing else on stderr: no error, no traceback
    assert json.loads(result.stderr.removeprefix("HEAVY ")) == []  # fast: no Rich, no dateutil on a Tab
    return result


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("zt timeline --actor an", ["ann-lee"]),
        ("zt timeline --actor A", ["Ann Lee", "A. Lee", "Annie"]),  # typer keeps what starts as typed
        ("zt quote --speaker bob", ["bob-stone"]),
        ("zt timeline --tag p", ["personnel", "pilot", "policy"]),
        ("zt export ics --tag ov", ["oversight"]),
        ("zt show po", ["policy-announced"]),
        ("zt chart --mark re", ["report-out"]),
    ],
)
def test_bash_completion_through_typer(words, expected):
    result = complete(words, {"ZT_DATA": str(MINI)})
    assert result.stdout.splitlines() == expected


def test_the_data_option_on_the_command_line_is_the_file_completed_from():
    words = f"zt timeline --data {BUNDLED} --actor sess"
    assert complete(words, {"ZT_DATA": str(MINI)}).stdout.splitlines() == ["sessions"]
    assert complete("zt timeline --actor sess").stdout.splitlines() == ["sessions"]  # default: the bundled file


def test_a_broken_data_file_completes_nothing_and_says_nothing(tmp_path):
    broken = tmp_path / "broken.toml"
    broken.write_text("[[events]\n")
    result = complete("zt timeline --actor a", {"ZT_DATA": str(broken)})
    assert result.returncode == 0 and result.stdout.strip() == ""


def test_zsh_completion_quotes_names_with_spaces():
    result = complete("zt quote --speaker B", {"ZT_DATA": str(MINI)}, shell="zsh")
    assert result.stdout.strip() == "_arguments '*: :((\"Bob Stone\"))'"


def test_install_completion_script_names_zt():
    result = subprocess.run([sys.executable, "-m", "zt_timeline", "--show-completion", "bash"], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0
    assert "_ZT_COMPLETE=complete_bash" in result.stdout and result.stdout.rstrip().endswith("zt")
