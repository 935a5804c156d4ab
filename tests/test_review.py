"""`zt check --format html|md`: the review of a draft, read by the clients an editor uses (headless
Chromium, markdown-it, pandoc); --fail-on's exit codes; the pre-commit hook in a scratch repository."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import threading
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from clirun import run
from conftest import BUNDLED, FIXTURES, REPO
from zt_timeline.render.review.place import locate

CHECK = FIXTURES / "check.toml"
ARTICLE = Path(__file__).parent.parent.parent / "shared" / "sources" / "000_a7613cb33c941bf4.txt"
# One sentence of each verdict, the contradicted one twice, with Markdown inside sentences.
DRAFT = """---
date: 2019-01-10
---
# Widget notes

Ann Lee resigned in **March 2019**. The weather was fine. Ann Lee resigned in [November 2018](https://example.org/x).

- Lee announced the *widget seizure policy* in May 2018.
- The agency bought 40 of them in 2019.

Ann Lee resigned in **March 2019**.
"""
VERDICTS = ["contradicted", "supported", "disputed", "unverified", "contradicted"]
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
PANDOC = shutil.which("pandoc")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")


@pytest.fixture
def draft(tmp_path):
    path = tmp_path / "draft.md"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def chk(*args, data=CHECK, **kwargs):
    return run("check", *args, data=data, **kwargs)


class Dom(HTMLParser):
    """The tags, attributes and text of an HTML document; the marks with their verdicts."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str, str | None]] = []
        self.marks: list[tuple[str, str]] = []
        self.text: list[str] = []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, name, value) for name, value in attrs]
        found = dict(attrs)
        if tag == "mark" and found.get("id", "").startswith("claim-"):
            self.marks.append((found["id"], found.get("data-verdict", "")))

    def handle_data(self, data):
        self.text.append(data)


def assert_self_contained(page: str) -> Dom:
    """Nothing a browser would fetch: no script, style sheet, font, image or frame; http(s) only
    in a link's href (and as the text of a citation)."""
    dom = Dom(page)
    assert not set(dom.tags) & {"script", "link", "img", "iframe", "object", "embed", "video", "audio", "source",
                                "base", "form", "svg"}
    for tag, name, value in dom.attrs:
        assert not name.startswith("on") and name not in ("src", "srcset", "background", "style"), (tag, name)
        if name == "href":
            assert tag == "a" and value.startswith(("http://", "https://", "#", "mailto:")), value
    style = "".join(re.findall(r"<style>(.*?)</style>", page, re.S))
    assert "url(" not in style and "@import" not in style and "@font-face" not in style
    return dom


# --- where each sentence stands --------------------------------------------------------------------

def test_each_sentence_is_found_where_it_stands_even_twice_and_inside_markup():
    text = "**Ann** said 2 things. Then he [left](https://x.org/a).\n\n**Ann** said 2 things.\n"
    spans = locate(text, ["Ann said 2 things.", "Then he left.", "Ann said 2 things.", "Nobody said 3 things."])
    assert [text[s.start : s.end] if s else None for s in spans] == [
        "**Ann** said 2 things.", "Then he [left](https://x.org/a).", "**Ann** said 2 things.", None]
    assert spans[0] != spans[2]


# --- the HTML review -------------------------------------------------------------------------------

def test_the_html_review_marks_each_checked_sentence_with_its_verdict(draft):
    claims = json.loads(chk("--file", str(draft), "--format", "json").stdout)
    assert [claim["verdict"] for claim in claims] == VERDICTS
    result = chk("--file", str(draft), "--format", "html")
    assert result.exit_code == 0, result.stderr
    dom = assert_self_contained(result.stdout)
    assert dom.marks == [(f"claim-{n}", verdict) for n, verdict in enumerate(VERDICTS, 1)]
    words = " ".join(dom.text)
    # The summary: counts, the data, the draft's date, zt's version; each verdict as a word too.
    assert "5 sentences checked" in words and "10 Jan 2019" in words and str(CHECK) in words
    for verdict in ("CONTRADICTED", "DISPUTED", "UNVERIFIED", "SUPPORTED"):
        assert verdict in words
    assert words.count("The weather was fine.") == 1  # the draft as written, unmarked sentences too
    assert "What differs" in words and "lee-resigns" in words and "Review of the widget policy" in words
    assert 'href="#claim-1"' in result.stdout and 'id="note-5"' in result.stdout
    assert "@media print" in result.stdout and "print-color-adjust: exact" in result.stdout  # marks print too


def test_a_mark_nests_in_the_markup_it_crosses(tmp_path):
    """A sentence over two list items is marked in each (one mark with its id, one that goes on);
    one that starts with a link keeps the link inside its mark."""
    path = tmp_path / "draft.md"
    path.write_text("- Ann Lee resigned\n- in *March\n  2019*. Then more.\n\n[Ann Lee](https://example.org/a) resigned "
                    "in March 2019.\n", encoding="utf-8")
    page = chk("--file", str(path), "--format", "html").stdout
    assert Dom(page).marks == [("claim-1", "contradicted"), ("claim-2", "contradicted")]
    assert '<li><mark id="claim-1"' in page and '<li><mark class="cont m v-contradicted"' in page
    assert 'data-verdict="contradicted"><a href="https://example.org/a">Ann Lee</a> resigned in March 2019.</mark>' \
        in page
    assert page.count("<aside") == 2  # the notes after the list, and after the paragraph


def test_the_review_cites_in_the_style_asked_for(draft):
    plain = chk("--file", str(draft), "--format", "html").stdout
    apa = chk("--file", str(draft), "--format", "html", "--style", "apa").stdout
    assert plain != apa and "Citations</dt><dd>apa" in apa
    result = chk("--file", str(draft), "--format", "html", "--style", "bibtex")
    assert result.exit_code == 2 and "reference managers" in result.stderr


def test_a_plain_text_draft_keeps_its_paragraphs(tmp_path):
    path = tmp_path / "draft.txt"
    path.write_text("Ann Lee resigned in March 2019.\nA second line *as typed*.\n\nA new paragraph.\n", "utf-8")
    page = chk("--file", str(path), "--format", "html").stdout
    assert "<p><mark" in page and "<br />A second line *as typed*.</p>" in page and "<p>A new paragraph.</p>" in page


def test_the_review_is_written_to_a_file_and_never_over_the_draft(draft, tmp_path):
    out = tmp_path / "review.html"
    result = chk("--file", str(draft), "--format", "html", "-o", str(out))
    assert result.exit_code == 0 and result.stdout == ""
    assert Dom(out.read_text(encoding="utf-8")).marks
    refused = chk("--file", str(draft), "--format", "html", "-o", str(draft))
    assert refused.exit_code == 1 and draft.read_text(encoding="utf-8") == DRAFT


def test_keys_the_checker_may_add_are_shown_and_none_is_needed(draft):
    """The review reads the claims as the JSON has them: "about", "closest" and "not_checked" are
    shown when a claim has them, and a kind of part it does not know is shown as it is."""
    from zt_timeline.loading.load import load_timeline
    from zt_timeline.model.enums import CitationStyle
    from zt_timeline.render.review.build import build_review
    from zt_timeline.render.review.html import review_html
    from zt_timeline.render.review.markdown import review_md

    claims = [
        {"claim": "Ann Lee resigned in March 2019.", "verdict": "contradicted",
         "about": {"record": "lee-resigns", "title": "Ann Lee resigns"},
         "closest": {"record": "pilot", "title": "The widget pilot"},
         "not_checked": [{"part": "Ann Lee", "kind": "agent", "reason": "who resigned is not recorded"}],
         "findings": [{"part": "March 2019", "kind": "date", "verdict": "contradicted", "record": "lee-resigns",
                       "recorded": "7 Nov 2018", "sources": ["review"], "note": None},
                      {"part": "as director", "kind": "office", "verdict": "supported", "record": "lee-resigns",
                       "recorded": "director", "sources": [], "note": "held 2017-2018"}]},
        {"claim": "The weather was fine.", "verdict": "unverified", "findings": []},
    ]
    review = build_review(load_timeline(CHECK), claims, DRAFT, "draft.md", None, CitationStyle.PLAIN, "plain")
    page, text = review_html(review), review_md(review)
    for shown in ("Ann Lee resigns", "The widget pilot", "who resigned is not recorded", "office", "held 2017-2018",
                  "Review of the widget policy"):
        assert shown in page and shown in text
    assert Dom(page).marks == [("claim-1", "contradicted"), ("claim-2", "unverified")]


# --- the Markdown review, read by markdown-it and pandoc -------------------------------------------

def test_the_markdown_review_renders_with_a_blockquote_per_sentence(draft):
    from markdown_it import MarkdownIt

    result = chk("--file", str(draft), "--format", "md")
    assert result.exit_code == 0
    page = MarkdownIt("commonmark").render(result.stdout)
    # summary 2, draft, parts 5, what differs 3, not checked 3 (who resigned or announced; what "40" counts)
    assert page.count("<blockquote>") == 5 and page.count("<ul>") == 2 + 1 + 5 + 3 + 3
    assert "[1 CONTRADICTED]" in page and "[5 CONTRADICTED]" in page and "[3 DISPUTED]" in page
    assert "Ann Lee resigned in <strong>March 2019</strong>. <strong>[1 CONTRADICTED]</strong>" in page
    assert 'href="https://example.org/x"' in page  # the draft's own link stays one


@pytest.mark.skipif(PANDOC is None, reason="pandoc is not installed (.ci/run installs it)")
def test_pandoc_turns_the_markdown_review_into_a_word_file(draft, tmp_path):
    review = tmp_path / "review.md"
    assert chk("--file", str(draft), "--format", "md", "-o", str(review)).exit_code == 0
    docx = tmp_path / "review.docx"
    subprocess.run([PANDOC, str(review), "-f", "markdown", "-t", "docx", "-o", str(docx)], check=True, timeout=60)
    back = subprocess.run([PANDOC, str(docx), "-t", "plain", "--wrap=none"], check=True, capture_output=True,
                          text=True, timeout=60).stdout
    for text in ("Fact-check review", "Ann Lee resigned in March 2019. [1 CONTRADICTED]", "What differs",
                 "The weather was fine.", "Review of the widget policy"):
        assert text in back, text


# --- in Chromium --------------------------------------------------------------------------------------

class _Recorder(BaseHTTPRequestHandler):
    """A proxy that answers nothing and remembers every request a browser sends it."""

    seen: list[str]

    def _record(self):
        self.seen.append(f"{self.command} {self.path}")
        self.send_response(502)
        self.end_headers()

    do_GET = do_POST = do_CONNECT = do_HEAD = _record

    def log_message(self, *args):
        pass


def chromium(page: Path, tmp_path: Path, *extra: str) -> tuple[str, list[str]]:
    """The DOM Chromium builds from a file, and every request it sent through a recording proxy on
    127.0.0.1 (every address goes through it, loopback too)."""
    seen: list[str] = []
    handler = type("Recorder", (_Recorder,), {"seen": seen})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        profile = tmp_path / f"profile-{len(list(tmp_path.iterdir()))}"
        proxy = f"--proxy-server=http://127.0.0.1:{server.server_port}"
        dom = subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", proxy, "--proxy-bypass-list=<-loopback>",
                              *extra, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=90).stdout
    finally:
        server.shutdown()
        server.server_close()
    return dom, seen


def page_requests(seen: list[str]) -> list[str]:
    """The requests a page made: not those Chromium makes of its own to Google's update and
    safe-browsing services, which a headless run still tries (they reach only the proxy)."""
    return [request for request in seen if not re.search(r"\.(googleapis|google|gstatic|gvt1)\.com(:443)?\b", request)]


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
def test_chromium_shows_one_mark_per_sentence_and_fetches_nothing(draft, tmp_path):
    page = tmp_path / "review.html"
    assert chk("--file", str(draft), "--format", "html", "-o", str(page)).exit_code == 0
    dom, seen = chromium(page, tmp_path)
    assert Dom(dom).marks == [(f"claim-{n}", verdict) for n, verdict in enumerate(VERDICTS, 1)]
    assert not page_requests(seen)
    # The proxy does see what a page fetches: the same test of a page that loads an image.
    control = tmp_path / "control.html"
    control.write_text('<!DOCTYPE html><p>x</p><img src="http://example.invalid/x.png">', encoding="utf-8")
    _, fetched = chromium(control, tmp_path)
    assert any("example.invalid" in request for request in fetched)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")
@pytest.mark.skipif(not ARTICLE.is_file(), reason="the shared primary source is not beside this checkout")
def test_chromium_shows_the_review_of_the_upi_article(tmp_path):
    page = tmp_path / "upi.html"
    result = run("check", "--file", str(ARTICLE), "--dated", "2021-01-14", "--format", "html", "-o", str(page),
                 data=BUNDLED)
    assert result.exit_code == 0
    claims = json.loads(run("check", "--file", str(ARTICLE), "--dated", "2021-01-14", "--format", "json",
                            data=BUNDLED).stdout)
    dom, seen = chromium(page, tmp_path)
    assert Dom(dom).marks == [(f"claim-{n}", c["verdict"]) for n, c in enumerate(claims, 1)]
    assert not page_requests(seen) and "Checked sentences not found" not in dom


# --- --fail-on, several drafts, the pre-commit hook -----------------------------------------------

@pytest.mark.parametrize(("text", "level", "code"), [
    ("Ann Lee resigned in March 2019.", None, 0),
    ("Ann Lee resigned in March 2019.", "contradicted", 1),
    ("Lee announced the widget seizure policy in May 2018.", "contradicted", 0),
    ("Lee announced the widget seizure policy in May 2018.", "disputed", 1),
    ("The agency bought 40 of them in 2019.", "disputed", 0),
    ("The agency bought 40 of them in 2019.", "unverified", 1),
    ("Ann Lee resigned in November 2018.", "unverified", 0),
    ("Ann Lee resigned in March 2019.", "unverified", 1),
])
def test_fail_on_exits_1_at_that_level_or_worse(text, level, code):
    args = ("--fail-on", level) if level else ()
    result = chk(text, "--format", "json", *args)
    assert result.exit_code == code, result.stderr


@pytest.mark.parametrize("fmt", ["table", "tsv", "csv", "json", "md", "html", "claimreview"])
def test_fail_on_writes_the_whole_output_first_in_every_format(fmt, draft):
    failed = chk("--file", str(draft), "--format", fmt, "--fail-on", "contradicted")
    assert failed.exit_code == 1 and failed.stdout.strip()
    assert failed.stdout == chk("--file", str(draft), "--format", fmt).stdout


def test_several_drafts_are_checked_one_after_another(tmp_path):
    good, bad = tmp_path / "good.md", tmp_path / "bad.md"
    good.write_text("Ann Lee resigned in November 2018.\n", encoding="utf-8")
    bad.write_text("Ann Lee resigned in March 2019.\n", encoding="utf-8")
    result = chk("--drafts", str(good), str(bad), "--fail-on", "contradicted")
    assert result.exit_code == 1
    assert result.stdout.index(str(good)) < result.stdout.index("1. SUPPORTED") < result.stdout.index(str(bad)) \
        < result.stdout.index("1. CONTRADICTED")
    assert chk("--drafts", str(good), "--fail-on", "contradicted").exit_code == 0
    assert chk("--drafts", str(good), str(bad), "--format", "json").exit_code == 2
    assert chk("--drafts").exit_code == 2


def _hook() -> dict:
    yaml = pytest.importorskip("yaml")
    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    return hook


def test_the_pre_commit_hook_stops_a_commit_with_a_contradicted_sentence(tmp_path):
    """The hook as .pre-commit-hooks.yaml defines it, run by pre-commit in a scratch repository; its
    zt is this one (language: system), so nothing is installed or fetched."""
    pytest.importorskip("pre_commit")
    yaml = pytest.importorskip("yaml")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    hook = _hook()
    assert hook["id"] == "zt-check" and "--fail-on contradicted" in hook["entry"]
    repo = tmp_path / "drafts"
    repo.mkdir()
    local = {**hook, "language": "system"}
    config = {"repos": [{"repo": "local", "hooks": [local]}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    bin_dir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""), "ZT_DATA": str(CHECK),
           "PRE_COMMIT_HOME": str(tmp_path / "cache"), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org", "NO_COLOR": "1"}

    def git(*args):
        return subprocess.run(["git", *args], cwd=repo, env=env, capture_output=True, text=True, timeout=120)

    assert git("init", "-q").returncode == 0
    install = subprocess.run([sys.executable, "-m", "pre_commit", "install"], cwd=repo, env=env,
                             capture_output=True, text=True, timeout=120)
    assert install.returncode == 0, install.stderr
    (repo / "notes.txt").write_text("Ann Lee resigned in March 2019.\n", encoding="utf-8")  # not Markdown: not read
    (repo / "draft.md").write_text("# Draft\n\nAnn Lee resigned in March 2019.\n", encoding="utf-8")
    git("add", "-A")
    refused = git("commit", "-q", "-m", "draft")
    assert refused.returncode != 0
    assert "CONTRADICTED" in refused.stdout + refused.stderr and "draft.md" in refused.stdout + refused.stderr
    (repo / "draft.md").write_text("# Draft\n\nAnn Lee resigned in November 2018.\n", encoding="utf-8")
    git("add", "-A")
    accepted = git("commit", "-q", "-m", "draft")
    assert accepted.returncode == 0, accepted.stdout + accepted.stderr
    assert git("log", "--oneline").stdout.count("\n") == 1
