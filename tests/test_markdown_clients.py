"""`zt export markdown` as markdown-it (CommonMark, as GitHub reads it) and pandoc render it.

Before: a second wording of a quote ran into its attribution in one paragraph (its "— As
quoted by ..." line joined to the words), and a source without a date ended "n.d.." (68 times
in one export).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess

import pytest

from clirun import run
from conftest import BUNDLED

PANDOC = shutil.which("pandoc")


@pytest.fixture(scope="module")
def markdown() -> str:
    result = run("export", "markdown", data=BUNDLED)
    assert result.exit_code == 0
    return result.stdout


def _paragraphs(rendered: str) -> list[str]:
    return [html.unescape(re.sub(r"<[^>]+>", "", found)).strip() for found in re.findall(r"<p>(.*?)</p>", rendered,
                                                                                          re.S)]


def _check(paragraphs: list[str], items: list[str]) -> None:
    wordings = [text for text in paragraphs if text.startswith("Another account of the words:")]
    assert len(wordings) > 20
    for text in wordings:
        # The words alone: who gives them is the next paragraph.
        assert "— " not in text.replace("“", "").split("”")[-1], text
    attributions = [text for text in paragraphs if text.startswith("— ")]
    assert len(attributions) > len(wordings)
    assert not [item for item in items if ".." in item.replace("...", "")], "a double full stop"
    assert any("n.d." in item for item in items)


def test_markdown_it_shows_each_wording_on_its_own_and_one_full_stop(markdown):
    from markdown_it import MarkdownIt

    rendered = MarkdownIt("commonmark").render(markdown)
    items = [html.unescape(re.sub(r"<[^>]+>", "", item)) for item in re.findall(r"<li>(.*?)</li>", rendered, re.S)]
    _check(_paragraphs(rendered), items)


@pytest.mark.skipif(PANDOC is None, reason="pandoc (Debian: pandoc) is not installed")
def test_pandoc_shows_each_wording_on_its_own_and_one_full_stop(markdown):
    done = subprocess.run([PANDOC, "--from", "commonmark", "--to", "html", "--wrap", "none"], input=markdown,
                          capture_output=True, text=True, check=True, timeout=60)
    items = [html.unescape(re.sub(r"<[^>]+>", "", item)) for item in re.findall(r"<li>(.*?)</li>", done.stdout,
                                                                                 re.S)]
    _check(_paragraphs(done.stdout), items)
