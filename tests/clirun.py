"""Run zt in-process with a fixed width and no colour, as the CLI tests need."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from zt_timeline.cli.app import app

MINI = Path(__file__).parent / "fixtures" / "mini.toml"


def run(*args: str, data: Path | str | None = MINI, width: int = 100, env: dict | None = None,
        input: str | None = None):
    environment = {"COLUMNS": str(width), "NO_COLOR": "1", "ZT_DATA": str(data) if data else ""}
    environment.update(env or {})
    return CliRunner().invoke(app, list(args), env=environment, input=input)
