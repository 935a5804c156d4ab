"""Measure `zt check` on sentences from published pieces (the set in benchmarks/check_eval/).

    python benchmarks/check_eval.py                  # dev and heldout (never fresh unasked)
    python benchmarks/check_eval.py --half dev       # the development half only
    python benchmarks/check_eval.py --half fresh     # the fresh held-out half, run once to measure
    python benchmarks/check_eval.py --half fresh2    # the fourth half, run once to measure
    python benchmarks/check_eval.py --half fresh3    # the fifth half, run once to measure
    python benchmarks/check_eval.py --half fresh4    # the sixth half, run once to measure
    python benchmarks/check_eval.py --half fresh5    # the seventh half, run once to measure
    python benchmarks/check_eval.py --half fresh6    # the eighth half, run once to measure
    python benchmarks/check_eval.py --half fresh7    # the ninth half, run once to measure
    python benchmarks/check_eval.py --half fresh8    # the tenth half, run once to measure
    python benchmarks/check_eval.py --half fresh9    # the eleventh half, run once to measure
    python benchmarks/check_eval.py --half fresh10   # the twelfth half, run once to measure
    python benchmarks/check_eval.py --half fresh11   # the thirteenth half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh12   # the fourteenth half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh13   # the fifteenth half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh14   # the sixteenth half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh15   # the seventeenth half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh16   # the eighteenth half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh17   # the nineteenth half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh18   # the twentieth half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh19   # the twenty-first half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh20   # the twenty-second half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh21   # the twenty-third half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh22   # the twenty-fourth half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh23   # the twenty-fifth half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh24   # the twenty-sixth half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh25   # the twenty-seventh half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh26   # the twenty-eighth half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh27   # the twenty-ninth half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh28   # the thirtieth half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh29   # the thirty-first half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh30   # the thirty-second half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh31   # the thirty-third half (spent: run once, measured)
    python benchmarks/check_eval.py --half fresh32   # the thirty-fourth half (unseen: run once, to measure)
    python benchmarks/check_eval.py --json           # the same figures as JSON

Each sentence is checked on its own, as `zt check SENTENCE --format json --dated PUBLISHED`
(the piece's date, when known), in-process through the CLI app. The script prints, per half,
the confusion table (gold label x verdict) and four rates:

- false alarms: true or disputed sentences judged contradicted (a count);
- wrong support: false sentences judged supported (a count);
- catches: of the false sentences whose fact the data holds, the share contradicted by the
  record the sentence is about (a contradicting finding's "record", or the claim's "about"
  record, is one of the sentence's `record` ids);
- confirmations: of the true sentences whose fact the data holds, the share judged supported
  or disputed.

Then every miss (false alarm, wrong support, missed catch) with the record the checker used.
The held-out halves are run to measure, never to tune (README.md in the set's directory):
`heldout` was run once and is spent; `fresh`, built after that run, was run once and is spent;
`fresh2`, built after the fresh half's run, was run once and is spent; `fresh3`, built after the
fresh2 half's run, was run once and is spent; `fresh4`, built after the fresh3 half's run, was run
once and is spent; `fresh5`, built after the fresh4 half's run, was run once and is spent;
`fresh6`, built after the fresh5 half's run, was run once and is spent; `fresh7`, built while
fresh6 was still unseen, was run once after the fixes fresh6 showed and is spent; `fresh8`,
`fresh9` and `fresh10`, built while the halves before them were still unseen, were each run once
(early, in the middle and at the end of the round after fresh7) and are spent;
`fresh11`, built while fresh8 to fresh10 were still unseen, and `fresh12` and `fresh13`, built
while fresh11 was still unseen (from pieces published in 2017-2018, and in 2019 or later), were
each run once (at the start, in the middle and at the end of the round after fresh10) and are
spent; `fresh14`, the sixteenth half, built while fresh11 to fresh13 were still unseen (from
pieces of any year that none of the others has), `fresh15`, the seventeenth, built while fresh14
was still unseen (from pieces published in 2017 or 2018), and `fresh16`, the eighteenth, built
beside it (from pieces published in 2019 or later), were each run once (at the start, in the
middle and at the end of the round after fresh13) and are spent; `fresh17`, the nineteenth, built
while fresh14 to fresh16 were still unseen (from pieces of any year that none of the others has),
was run once after the work that followed fresh16's run and is spent; `fresh18`, the
twentieth, built while fresh17 was still unseen (from pieces of any year that none of the others
has), was run once after the work that followed fresh17's run and is spent; `fresh19`, the
twenty-first, built while fresh18 was still unseen (from pieces of any year that none of the
others has), was run once at the start of the round after fresh18 and is spent; `fresh20`, the
twenty-second, `fresh21`, the twenty-third, and `fresh22`, the twenty-fourth, were built side by
side while fresh19 was still unseen (from pieces that none of the others has: most of fresh20's of
2017 and 2018, fresh21's of 2019 and later, and fresh22's of the kinds the set had least: local
broadcasters, foreign outlets, law firms), were each run once in that round (fresh20 in its
middle, fresh21 and fresh22 each after the work that followed the one before) and are spent;
`fresh23`, the twenty-fifth, built while fresh20 to fresh22 were still unseen (from pieces of any
year that none of the others has), was run once at the start of the round after fresh22, and
`fresh25`, the twenty-seventh, `fresh26`, the twenty-eighth, and `fresh24`, the twenty-sixth, built
side by side while fresh23 was still unseen (from pieces that none of the others has: fresh25's
published in 2019 or later, fresh26's of members' floor speeches, fact-checks and foreign outlets,
fresh24's most of them about 2017 and 2018), were each run once in that round, in that order, each
after the work that followed the one before, and are spent; so is `fresh27`, the twenty-ninth,
built beside them (from pieces of any year that none of the others has), run once at the end of that
round; and so is `fresh28`, the thirtieth, built while fresh27 was still unseen (from pieces of any
year that none of the others has, many of them broadcast and podcast transcripts, local stations and
papers, medical and legal associations, university and think-tank pages and a court-watch page), run
once at the very end of that round, after the work that followed fresh27's run. `fresh29`, the
thirty-first, built beside fresh28 (from pieces of any year that none of the others has, many of
them foreign outlets, fact-checks and retrospectives), was run once at the start of the round after
fresh28; `fresh30`, the thirty-second, built while fresh29 was still unseen (from pieces of any
year that none of the others has, most of them on the aftermath of 2019 to 2023), in its middle; and
`fresh31`, the thirty-third, built beside fresh30 (from pieces that none of the others has, most of
them of 2018: local stations and papers, members' releases, law firms' and advocates' pages), at its
end. `fresh32`, the thirty-fourth, built while fresh30 and
fresh31 were still unseen (from pieces of any year that none of the others has: member stations'
copies of NPR transcripts, Vitiello's confirmation hearing, the Munoz death of May 2018, the April
2017 memo), is unseen: run it once, to measure.
Each is run only when asked (--half NAME or --half all).

Exit status: 0 whatever the figures (this is a measurement, not a test); 2 when the set is
malformed, with a one-line message naming the file, the claim and the field.
"""

from __future__ import annotations

import argparse
import json
import sys
import tomllib
from collections import Counter
from pathlib import Path

SET_DIR = Path(__file__).resolve().parent / "check_eval"
HALVES = ("dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7",
          "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14",
          "fresh15", "fresh16", "fresh17", "fresh18", "fresh19",
          "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26", "fresh27",
          "fresh28", "fresh29", "fresh30", "fresh31", "fresh32")
# What --half names: one half, "both" (dev and the spent heldout, as before there was a third),
# or "all". The fresh halves are left out of the default so that they stay unseen until measured.
CHOICES = {**{half: (half,) for half in HALVES}, "both": ("dev", "heldout"), "all": HALVES}
LABELS = ("true", "false", "disputed", "opinion")
VERDICTS = ("supported", "contradicted", "disputed", "unverified")
KINDS = ("original", "altered")
CHANGES = ("date", "number", "speaker", "agent", "recipient", "office-holder", "quote-word")
PIECE_KINDS = ("wire", "newspaper", "broadcaster", "fact-check", "encyclopedia", "advocacy",
               "government")
MALFORMED = 2


class SetError(Exception):
    """The evaluation set breaks its own format."""


def _need(row: dict, field: str, kind: type, where: str) -> object:
    value = row.get(field)
    if not isinstance(value, kind) or (isinstance(value, str) and not value.strip()):
        raise SetError(f"{where}: field {field!r} is missing or not a {kind.__name__}")
    return value


def _records(claim: dict, where: str) -> tuple[str, ...]:
    """The claim's `record`: one id or a list of ids, each a record it may be about."""
    record = claim.get("record")
    if record is None:
        return ()
    ids = [record] if isinstance(record, str) else record
    if not isinstance(ids, list) or not ids or not all(isinstance(i, str) and i for i in ids):
        raise SetError(f"{where}: field 'record' must be an id or a list of ids")
    return tuple(ids)


def load_set(directory: Path = SET_DIR) -> tuple[dict[str, dict], list[dict]]:
    """Read and validate pieces.toml and claims.toml; raise SetError naming file, id and field."""
    pieces_file, claims_file = directory / "pieces.toml", directory / "claims.toml"
    try:
        pieces_doc = tomllib.loads(pieces_file.read_text(encoding="utf-8"))
        claims_doc = tomllib.loads(claims_file.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise SetError(f"{directory}: cannot read the set ({error})") from error
    pieces: dict[str, dict] = {}
    for index, piece in enumerate(pieces_doc.get("pieces", [])):
        where = f"{pieces_file.name}: piece {piece.get('id', f'#{index + 1}')}"
        for field in ("id", "title", "publisher", "kind", "url", "half"):
            _need(piece, field, str, where)
        if piece["kind"] not in PIECE_KINDS:
            raise SetError(f"{where}: field 'kind' is {piece['kind']!r}, not one of {PIECE_KINDS}")
        if piece["half"] not in HALVES:
            raise SetError(f"{where}: field 'half' is {piece['half']!r}, not one of {HALVES}")
        if "published" in piece:
            _need(piece, "published", str, where)
        if piece["id"] in pieces:
            raise SetError(f"{where}: field 'id' repeats an earlier piece")
        pieces[piece["id"]] = piece
    claims: list[dict] = []
    seen: dict[str, dict] = {}
    for index, claim in enumerate(claims_doc.get("claims", [])):
        where = f"{claims_file.name}: claim {claim.get('id', f'#{index + 1}')}"
        for field in ("id", "piece", "kind", "sentence", "label", "evidence_url",
                      "evidence_excerpt", "note"):
            _need(claim, field, str, where)
        _need(claim, "fact_in_data", bool, where)
        if claim["id"] in seen:
            raise SetError(f"{where}: field 'id' repeats an earlier claim")
        if claim["piece"] not in pieces:
            raise SetError(f"{where}: field 'piece' names no piece in {pieces_file.name}")
        if claim["label"] not in LABELS:
            raise SetError(f"{where}: field 'label' is {claim['label']!r}, not one of {LABELS}")
        if claim["kind"] not in KINDS:
            raise SetError(f"{where}: field 'kind' is {claim['kind']!r}, not original or altered")
        records = _records(claim, where)
        if claim["fact_in_data"] and not records:
            raise SetError(f"{where}: field 'record' is needed when fact_in_data is true")
        if not claim["fact_in_data"] and records:
            raise SetError(f"{where}: field 'record' is set but fact_in_data is false")
        if claim["kind"] == "altered":
            original = seen.get(_need(claim, "altered_from", str, where))
            if original is None or original["kind"] != "original":
                raise SetError(f"{where}: field 'altered_from' names no earlier original claim")
            if original["label"] != "true":
                raise SetError(f"{where}: field 'altered_from' names a claim not labelled true")
            if original["piece"] != claim["piece"]:
                raise SetError(f"{where}: field 'piece' differs from its original's")
            if claim["label"] != "false":
                raise SetError(f"{where}: field 'label' of an altered copy must be false")
            if claim.get("changed") not in CHANGES:
                raise SetError(f"{where}: field 'changed' is not one of {CHANGES}")
            if claim["sentence"] == original["sentence"]:
                raise SetError(f"{where}: field 'sentence' is the same as its original's")
        elif "altered_from" in claim or "changed" in claim:
            raise SetError(f"{where}: field 'altered_from'/'changed' belongs to altered copies")
        claim = {**claim, "records": records, "half": pieces[claim["piece"]]["half"]}
        seen[claim["id"]] = claim
        claims.append(claim)
    if not pieces or not claims:
        raise SetError(f"{directory}: the set has no pieces or no claims")
    return pieces, claims


def check(sentence: str, dated: str | None, data: str | None) -> dict:
    """Run `zt check` on one sentence in-process and return its first claim object."""
    from typer.testing import CliRunner  # only when checking: the test of the set never does

    from zt_timeline.cli.app import app

    args = ["check", sentence, "--format", "json"]
    if dated:
        args += ["--dated", dated]
    if data:
        args += ["--data", data]
    env = {"NO_COLOR": "1", "COLUMNS": "100", "ZT_DATA": ""}
    result = CliRunner().invoke(app, args, env=env)
    try:
        claims = [c for c in json.loads(result.stdout) if isinstance(c, dict)]
    except (ValueError, TypeError):
        message = (result.stdout or result.output or "").strip().splitlines()
        return {"verdict": "error", "findings": [], "error": message[-1] if message else ""}
    return combine(claims)


def combine(claims: list[dict]) -> dict:
    """One result for a sentence the checker split into several claims, by zt's own rule:
    contradicted if any is, else disputed if any is, else supported if all are, else unverified."""
    if len(claims) == 1:
        return claims[0]
    verdicts = [c.get("verdict") for c in claims]
    if not claims:
        verdict = "no claim"
    elif "contradicted" in verdicts or "disputed" in verdicts:
        verdict = "contradicted" if "contradicted" in verdicts else "disputed"
    else:
        verdict = "supported" if all(v == "supported" for v in verdicts) else "unverified"
    findings = [f for c in claims for f in c.get("findings") or []]
    abouts = [c["about"] for c in claims if isinstance(c.get("about"), dict)
              and c.get("verdict") == verdict]
    return {"verdict": verdict, "findings": findings, **({"about": abouts[0]} if abouts else {})}


def judge(claim: dict, result: dict) -> dict:
    """The verdict, whether a contradiction came from the sentence's own record, and records used."""
    verdict = result.get("verdict", "error")
    findings = [f for f in result.get("findings") or [] if isinstance(f, dict)]
    about = result.get("about") if isinstance(result.get("about"), dict) else {}
    against = [f.get("record") for f in findings if f.get("verdict") == "contradicted"]
    used = [r for r in against if r] or [f.get("record") for f in findings if f.get("record")]
    if about.get("record"):
        used.append(about["record"])
    right = set(claim["records"])
    caught = verdict == "contradicted" and bool(
        right & (set(against) | ({about.get("record")} if about.get("record") else set())))
    return {"verdict": verdict, "caught": caught, "used": list(dict.fromkeys(used)),
            "error": result.get("error")}


def _share(hits: int, total: int) -> dict:
    return {"count": hits, "of": total, "share": round(hits / total, 3) if total else None}


def summarise(rows: list[dict]) -> dict:
    """Confusion table, the four rates and the misses of one half (or of both)."""
    confusion = {label: Counter() for label in LABELS}
    for row in rows:
        confusion[row["label"]][row["verdict"]] += 1
    false_alarms = [r for r in rows if r["label"] in ("true", "disputed")
                    and r["verdict"] == "contradicted"]
    wrong_support = [r for r in rows if r["label"] == "false" and r["verdict"] == "supported"]
    false_in_data = [r for r in rows if r["label"] == "false" and r["fact_in_data"]]
    true_in_data = [r for r in rows if r["label"] == "true" and r["fact_in_data"]]
    missed = [r for r in false_in_data if not r["caught"]]
    confirmed = [r for r in true_in_data if r["verdict"] in ("supported", "disputed")]
    return {
        "sentences": len(rows),
        "confusion": {label: dict(counts) for label, counts in confusion.items()},
        "false_alarms": len(false_alarms),
        "wrong_support": len(wrong_support),
        "catches": _share(len(false_in_data) - len(missed), len(false_in_data)),
        "confirmations": _share(len(confirmed), len(true_in_data)),
        "misses": {"false_alarm": false_alarms, "wrong_support": wrong_support,
                   "missed_catch": missed},
    }


def _percent(rate: dict) -> str:
    share = "n/a" if rate["share"] is None else f"{rate['share']:.0%}"
    return f"{share} ({rate['count']} of {rate['of']})"


def render(name: str, summary: dict) -> str:
    verdicts = list(VERDICTS) + sorted({v for c in summary["confusion"].values() for v in c}
                                       - set(VERDICTS))
    lines = [f"== {name}: {summary['sentences']} sentences ==", "",
             "gold \\ verdict | " + " | ".join(verdicts) + " | total"]
    for label, counts in summary["confusion"].items():
        cells = [str(counts.get(v, 0)) for v in verdicts]
        lines.append(f"{label:<14} | " + " | ".join(cells) + f" | {sum(counts.values())}")
    lines += ["",
              f"false alarms (true or disputed judged contradicted): {summary['false_alarms']}",
              f"wrong support (false judged supported): {summary['wrong_support']}",
              f"catches (false, fact in data, contradicted by its record): "
              f"{_percent(summary['catches'])}",
              f"confirmations (true, fact in data, supported or disputed): "
              f"{_percent(summary['confirmations'])}"]
    for kind, rows in summary["misses"].items():
        if rows:
            lines += ["", f"{kind.replace('_', ' ')} ({len(rows)}):"]
        for row in rows:
            used = ", ".join(row["used"]) or "no record"
            lines.append(f"  {row['id']} [{row['verdict']}; record used: {used}; "
                         f"expected: {', '.join(row['records']) or 'none'}]")
            lines.append(f"    {row['sentence']}")
    return "\n".join(lines)


def run(half: str, data: str | None, directory: Path = SET_DIR) -> dict[str, dict]:
    pieces, claims = load_set(directory)
    halves = CHOICES[half]
    chosen = [c for c in claims if c["half"] in halves]
    rows = []
    for claim in chosen:
        result = check(claim["sentence"], pieces[claim["piece"]].get("published"), data)
        rows.append({**{k: claim[k] for k in ("id", "half", "label", "sentence", "fact_in_data",
                                              "records", "kind")},
                     **judge(claim, result)})
    return {h: summarise([r for r in rows if r["half"] == h]) for h in halves}


PINNED = SET_DIR / "dev-verdicts.json"  # the development half's verdicts, which tests/test_check_eval_dev.py pins


def dev_verdicts(directory: Path = SET_DIR) -> dict[str, str]:
    """Each development sentence's verdict, from the checker in-process (never the held-out half)."""
    from zt_timeline.checking.checker import Checker
    from zt_timeline.loading.load import default_data_path, load_timeline
    from zt_timeline.model.typed_dates import parse_user_date

    pieces, claims = load_set(directory)
    timeline = load_timeline(default_data_path())
    checkers: dict[str, Checker] = {}
    verdicts = {}
    for claim in claims:
        if claim["half"] != "dev":
            continue
        published = pieces[claim["piece"]].get("published")
        if published not in checkers:
            checkers[published] = Checker(timeline, parse_user_date(published) if published else None)
        verdicts[claim["id"]] = checkers[published].check(claim["sentence"]).verdict.value
    return verdicts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=tuple(CHOICES), default="both",
                        help=("dev, heldout, fresh, fresh2, fresh3, fresh4, fresh5, fresh6, fresh7, "
                              "fresh8, fresh9, fresh10, fresh11, fresh12, fresh13, fresh14, fresh15, fresh16, "
                              "fresh17, fresh18, fresh19, fresh20, fresh21, fresh22, fresh23, fresh24, fresh25, "
                              "fresh26, fresh27, fresh28, fresh29, fresh30, fresh31, fresh32, both (dev and heldout) "
                              "or all"))
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--data", help="timeline file for zt check (default: the bundled data)")
    parser.add_argument("--set", type=Path, default=SET_DIR, help="directory of the set")
    parser.add_argument("--pin", action="store_true",
                        help=f"write the development half's verdicts to {PINNED.name} (the tests compare them)")
    args = parser.parse_args(argv)
    if args.pin:
        PINNED.write_text(json.dumps(dev_verdicts(args.set), indent=1, sort_keys=True) + "\n", encoding="utf-8")
        return 0
    try:
        results = run(args.half, args.data, args.set)
    except SetError as error:
        print(f"check_eval: {error}", file=sys.stderr)
        return MALFORMED
    if args.json:
        print(json.dumps(results, indent=2, ensure_ascii=False))
    else:
        print("\n\n".join(render(name, summary) for name, summary in results.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
