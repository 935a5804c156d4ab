"""The development half of the evaluation set, pinned: every verdict zt check gives its
published sentences is the one benchmarks/check_eval/dev-verdicts.json records, so a change
to the checker that moves one shows here at once (re-pin with `python benchmarks/check_eval.py
--pin` when the move is meant, and say why in the commit). The held-out half is never run here."""

from __future__ import annotations

import json

from test_check_eval_set import SET_DIR, check_eval


def test_the_development_half_gets_the_pinned_verdicts():
    pinned = json.loads((SET_DIR / "dev-verdicts.json").read_text(encoding="utf-8"))
    found = check_eval.dev_verdicts()
    assert found.keys() == pinned.keys()
    moved = {claim: (pinned[claim], verdict) for claim, verdict in found.items() if verdict != pinned[claim]}
    assert not moved, moved


def test_the_script_checks_a_sentence_through_the_command():
    result = check_eval.check("Sessions resigned in November 2019.", "2021-01-14", None)
    assert result["verdict"] == "contradicted" and result["about"]["record"] == "sessions-resigns"
