"""Your own notes over the shared data: `--data +notes.toml` reads the bundled data, then the
notes on top of it, without knowing where the bundled file is installed; `zt show ID --format
toml` writes a record as the data file does, ready to paste into the notes and change.

Before: `zt --data mynotes.toml timeline` read the notes alone and failed with 7 errors, and
`zt show ID --format toml` was refused.
"""

from __future__ import annotations

import tomllib

from clirun import run
from zt_timeline.loading.load import default_data_path, load_timeline, resolve_data_paths
from zt_timeline.model.enums import RecordType

NOTES = """[[events]]
id = "my-own-note"
date = "2018-06-20"
title = "What I found in the archive"
sources = ["rollcall-2017-01-20"]
actors = ["sessions"]
"""


def test_a_plus_reads_the_bundled_data_first(write_toml):
    notes = write_toml(NOTES, "notes.toml")
    assert resolve_data_paths([f"+{notes}"]) == (default_data_path(), notes)
    assert resolve_data_paths(f"+{notes}") == (default_data_path(), notes)
    result = run("timeline", "--on", "2018-06-20", "--format", "tsv", data=None,
                 env={"ZT_DATA": f"+{notes}"})
    assert result.exit_code == 0, result.stderr
    assert "my-own-note" in result.stdout and "eo-13841" in result.stdout
    result = run("--data", f"+{notes}", "show", "my-own-note", data=None)
    assert result.exit_code == 0 and "What I found in the archive" in result.stdout
    result = run("validate", f"+{notes}", data=None)
    assert result.exit_code == 0, result.stderr
    alone = run("--data", str(notes), "timeline", data=None)  # without the +, the notes alone
    assert alone.exit_code == 1


def test_every_record_as_toml_pasted_into_notes_reads_back_the_same(bundled, tmp_path):
    from zt_timeline.interchange.record_toml import record_toml

    for kind in RecordType:  # the command, once for each kind of record
        record = bundled.records(kind)[0]
        result = run("show", record.id, "--format", "toml", data=None)
        assert result.exit_code == 0 and result.stdout == record_toml(record)
    texts = [record_toml(record) for kind in RecordType for record in bundled.records(kind)]
    for text in texts[::25]:
        tomllib.loads(text)  # each one valid TOML on its own
    notes = tmp_path / "notes.toml"
    notes.write_text("\n".join(texts), encoding="utf-8")
    stacked = load_timeline([default_data_path(), notes], use_cache=False)
    for kind in RecordType:
        for record in bundled.records(kind):
            assert stacked.get(record.id) == record, record.id
    assert stacked.records(RecordType.EVENT) == bundled.events  # each in its place
    assert run("validate", f"+{notes}", data=None).exit_code == 0


def test_an_override_changes_the_record_in_its_place(tmp_path):
    text = run("show", "sessions-recusal", "--format", "toml", data=None).stdout
    notes = tmp_path / "notes.toml"
    notes.write_text(text.replace('title = "Sessions recuses himself', 'title = "My title: Sessions recuses himself'),
                     encoding="utf-8")
    result = run("show", "sessions-recusal", "--format", "json", data=None, env={"ZT_DATA": f"+{notes}"})
    assert result.exit_code == 0, result.stderr
    assert '"title": "My title: Sessions recuses himself' in result.stdout
