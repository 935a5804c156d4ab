"""The evaluation set of published sentences (benchmarks/check_eval/) keeps its shape: every
field, enough pieces and sentences, thirty-four halves kept apart, no piece the data itself cites, and
records that exist. It never runs the checker: the held-out halves are only run to measure."""

from __future__ import annotations

import importlib.util
import tomllib
from collections import Counter
from urllib.parse import urlsplit

import pytest

from conftest import BUNDLED, REPO

SCRIPT = REPO / "benchmarks" / "check_eval.py"
SET_DIR = REPO / "benchmarks" / "check_eval"


def _script():
    spec = importlib.util.spec_from_file_location("check_eval", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check_eval = _script()


@pytest.fixture(scope="module")
def evaluation_set():
    return check_eval.load_set(SET_DIR)


@pytest.fixture(scope="module")
def bundled():
    return tomllib.loads(BUNDLED.read_text(encoding="utf-8"))


def _normal(url: str) -> str:
    """A URL without scheme, 'www.', port 443, query or trailing slash, lower-cased host; but a
    query that alone names the page ("blog.example.org/?p=123") is kept."""
    parts = urlsplit(url.strip())
    host = parts.hostname or ""
    host = host.removeprefix("www.")
    path = parts.path.rstrip("/")
    names_the_page = parts.query and path in ("", "/index.php")
    return f"{host}{path}".lower() + (f"?{parts.query}" if names_the_page else "")


def test_no_two_pieces_share_an_address(evaluation_set):
    pieces, _ = evaluation_set
    addresses = Counter(_normal(p["url"]) for p in pieces.values())
    assert [address for address, count in addresses.items() if count > 1] == []


def test_a_query_that_alone_names_a_page_is_part_of_its_address():
    assert _normal("https://blog.example.org/?p=123") != _normal("https://blog.example.org/?p=456")
    assert _normal("https://www.example.org/story/?utm_source=x") == _normal("http://example.org/story")


def test_the_set_loads_with_every_field(evaluation_set):
    pieces, claims = evaluation_set
    assert all(p["title"] and p["publisher"] and p["url"].startswith("http") for p in pieces.values())
    for claim in claims:
        assert claim["sentence"].strip() and claim["note"].strip()
        assert claim["evidence_url"].startswith("http"), claim["id"]
        assert claim["evidence_excerpt"].strip(), claim["id"]


def test_enough_pieces_sentences_and_altered_copies(evaluation_set):
    pieces, claims = evaluation_set
    kinds = Counter(c["kind"] for c in claims)
    assert len(pieces) >= 12
    assert kinds["original"] >= 150
    assert kinds["altered"] >= 60
    assert len({p["kind"] for p in pieces.values()}) >= 6


def test_both_halves_hold_sentences_of_several_kinds(evaluation_set):
    pieces, claims = evaluation_set
    for half in ("dev", "heldout"):
        in_half = [c for c in claims if c["half"] == half]
        assert len(in_half) >= 80, half
        assert len({pieces[c["piece"]]["kind"] for c in in_half}) >= 4, half
        assert {c["label"] for c in in_half} >= {"true", "false"}, half


@pytest.mark.parametrize("half", ["fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7",
                                  "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13",
                                  "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19",
                                  "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26",
                                  "fresh27", "fresh28", "fresh29", "fresh30", "fresh31",
                                  "fresh32"])
def test_each_fresh_half_is_a_held_out_half_of_its_own(evaluation_set, half):
    pieces, claims = evaluation_set
    fresh = [c for c in claims if c["half"] == half]
    kinds = Counter(c["kind"] for c in fresh)
    assert kinds["original"] >= 60 and kinds["altered"] >= 25
    assert len({pieces[c["piece"]]["kind"] for c in fresh}) >= 4
    assert {c["label"] for c in fresh} >= {"true", "false"}


@pytest.mark.parametrize("half", ["fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7",
                                  "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13",
                                  "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19",
                                  "fresh20", "fresh21", "fresh22", "fresh23", "fresh24", "fresh25", "fresh26",
                                  "fresh27", "fresh28", "fresh29", "fresh30", "fresh31",
                                  "fresh32"])
def test_the_fresh_pieces_are_none_of_the_other_halves_pieces(evaluation_set, half):
    pieces, _ = evaluation_set
    others = [p for p in pieces.values() if p["half"] != half]
    fresh = [p for p in pieces.values() if p["half"] == half]
    assert fresh
    seen_urls = {_normal(p["url"]) for p in others}
    seen_titles = {p["title"].casefold() for p in others}
    assert not [p["id"] for p in fresh if _normal(p["url"]) in seen_urls]
    assert not [p["id"] for p in fresh if p["title"].casefold() in seen_titles]


def test_the_fresh_halves_are_run_only_when_asked():
    assert check_eval.CHOICES["both"] == ("dev", "heldout")
    assert check_eval.CHOICES["fresh"] == ("fresh",)
    assert check_eval.CHOICES["fresh2"] == ("fresh2",)
    assert check_eval.CHOICES["fresh3"] == ("fresh3",)
    assert check_eval.CHOICES["fresh4"] == ("fresh4",)
    assert check_eval.CHOICES["fresh5"] == ("fresh5",)
    assert check_eval.CHOICES["fresh6"] == ("fresh6",)
    assert check_eval.CHOICES["fresh7"] == ("fresh7",)
    assert check_eval.CHOICES["fresh8"] == ("fresh8",)
    assert check_eval.CHOICES["fresh9"] == ("fresh9",)
    assert check_eval.CHOICES["fresh10"] == ("fresh10",)
    assert check_eval.CHOICES["fresh11"] == ("fresh11",)
    assert check_eval.CHOICES["fresh12"] == ("fresh12",)
    assert check_eval.CHOICES["fresh13"] == ("fresh13",)
    assert check_eval.CHOICES["fresh14"] == ("fresh14",)
    assert check_eval.CHOICES["fresh15"] == ("fresh15",)
    assert check_eval.CHOICES["fresh16"] == ("fresh16",)
    assert check_eval.CHOICES["fresh17"] == ("fresh17",)
    assert check_eval.CHOICES["fresh18"] == ("fresh18",)
    assert check_eval.CHOICES["fresh19"] == ("fresh19",)
    assert check_eval.CHOICES["fresh20"] == ("fresh20",)
    assert check_eval.CHOICES["fresh21"] == ("fresh21",)
    assert check_eval.CHOICES["fresh22"] == ("fresh22",)
    assert check_eval.CHOICES["fresh23"] == ("fresh23",)
    assert check_eval.CHOICES["fresh25"] == ("fresh25",)
    assert check_eval.CHOICES["fresh26"] == ("fresh26",)
    assert check_eval.CHOICES["fresh24"] == ("fresh24",)
    assert check_eval.CHOICES["fresh27"] == ("fresh27",)
    assert check_eval.CHOICES["fresh28"] == ("fresh28",)
    assert check_eval.CHOICES["fresh29"] == ("fresh29",)
    assert check_eval.CHOICES["fresh30"] == ("fresh30",)
    assert check_eval.CHOICES["fresh31"] == ("fresh31",)
    assert check_eval.CHOICES["fresh32"] == ("fresh32",)
    assert set(check_eval.CHOICES["all"]) == set(check_eval.HALVES) == {
        "dev", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7",
        "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15",
        "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22",
        "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29",
        "fresh30", "fresh31", "fresh32"}


def test_an_altered_copy_changes_its_true_original_and_stays_in_its_piece(evaluation_set):
    _, claims = evaluation_set
    originals = {c["id"]: c for c in claims if c["kind"] == "original"}
    for claim in (c for c in claims if c["kind"] == "altered"):
        original = originals[claim["altered_from"]]
        assert original["label"] == "true" and claim["label"] == "false"
        assert claim["piece"] == original["piece"] and claim["sentence"] != original["sentence"]


def test_no_piece_is_a_source_the_data_cites(evaluation_set, bundled):
    pieces, _ = evaluation_set
    cited = {_normal(source["url"]) for source in bundled["sources"] if source.get("url")}
    assert not [p["id"] for p in pieces.values() if _normal(p["url"]) in cited]


def test_every_record_a_sentence_is_about_exists_in_the_bundled_data(evaluation_set, bundled):
    _, claims = evaluation_set
    known = {r["id"] for section in ("events", "quotes", "figures", "actors") for r in bundled[section]}
    missing = [(c["id"], r) for c in claims for r in c["records"] if r not in known]
    assert not missing


def test_a_malformed_set_exits_2_naming_file_claim_and_field(tmp_path, capsys):
    (tmp_path / "pieces.toml").write_text((SET_DIR / "pieces.toml").read_text(encoding="utf-8"),
                                          encoding="utf-8")
    (tmp_path / "claims.toml").write_text(
        '[[claims]]\nid = "c1"\npiece = "clinic-timeline"\nkind = "original"\nsentence = "x"\n'
        'label = "maybe"\nevidence_url = "https://example.org"\nevidence_excerpt = "x"\n'
        'note = "x"\nfact_in_data = false\n', encoding="utf-8")
    assert check_eval.main(["--set", str(tmp_path)]) == 2
    message = capsys.readouterr().err.strip()
    assert message.count("\n") == 0
    assert "claims.toml" in message and "c1" in message and "'label'" in message


def test_a_catch_needs_the_sentences_own_record():
    claim = {"records": ("zero-tolerance-announced",)}
    by_record = {"verdict": "contradicted", "findings": [
        {"part": "May 2018", "verdict": "contradicted", "record": "zero-tolerance-announced"}]}
    elsewhere = {"verdict": "contradicted", "findings": [
        {"part": "May 2018", "verdict": "contradicted", "record": "eo-13841"}]}
    by_about = {"verdict": "contradicted", "about": {"record": "zero-tolerance-announced"},
                "findings": [{"part": "May 2018", "verdict": "contradicted", "record": None}]}
    assert check_eval.judge(claim, by_record)["caught"]
    assert not check_eval.judge(claim, elsewhere)["caught"]
    assert check_eval.judge(claim, elsewhere)["used"] == ["eo-13841"]
    assert check_eval.judge(claim, by_about)["caught"]


def test_a_sentence_split_into_claims_takes_zts_own_rule():
    supported, unverified = {"verdict": "supported"}, {"verdict": "unverified"}
    assert check_eval.combine([supported, {"verdict": "disputed"}])["verdict"] == "disputed"
    assert check_eval.combine([supported, unverified])["verdict"] == "unverified"
    assert check_eval.combine([supported, supported])["verdict"] == "supported"
    assert check_eval.combine([unverified, {"verdict": "contradicted"}])["verdict"] == "contradicted"


def test_the_rates_count_as_the_issue_defines_them():
    rows = [
        {"label": "true", "verdict": "contradicted", "fact_in_data": True, "caught": False},
        {"label": "disputed", "verdict": "contradicted", "fact_in_data": True, "caught": False},
        {"label": "true", "verdict": "disputed", "fact_in_data": True, "caught": False},
        {"label": "true", "verdict": "unverified", "fact_in_data": False, "caught": False},
        {"label": "false", "verdict": "supported", "fact_in_data": True, "caught": False},
        {"label": "false", "verdict": "contradicted", "fact_in_data": True, "caught": True},
        {"label": "opinion", "verdict": "unverified", "fact_in_data": False, "caught": False},
    ]
    summary = check_eval.summarise(rows)
    assert (summary["false_alarms"], summary["wrong_support"]) == (2, 1)
    assert summary["catches"] == {"count": 1, "of": 2, "share": 0.5}
    assert summary["confirmations"] == {"count": 1, "of": 2, "share": 0.5}
    assert summary["confusion"]["opinion"] == {"unverified": 1}
