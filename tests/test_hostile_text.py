"""Text from a data file is never markup and never raw control characters, in any format.

tests/bad/hostile-markup.toml and hostile-controls.toml are valid timelines whose every text
field holds Rich markup, Markdown/CSV syntax, escape sequences (clear screen, window title,
hyperlink), BEL, C1 controls, NUL, DEL, bidi overrides and line separators; hostile-active.toml
holds every kind of active text at once, and goes through every command, format and export,
each read by the client that reads it for real (see the second half of this file)."""

import json
import re
import tomllib
from pathlib import Path

import pytest

from clirun import run
from zt_timeline.render.safe import md_text

BAD = Path(__file__).parent / "bad"
MARKUP = BAD / "hostile-markup.toml"
CONTROLS = BAD / "hostile-controls.toml"
FORMATS = ("table", "tsv", "csv", "json", "md")
# What must never reach a terminal raw: C0 controls but tab and newline, DEL, C1 controls,
# bidi embeddings/overrides/isolates, and the line and paragraph separators.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
IDS = ("src-one", "hostile-actor", "hostile-org", "hostile-event", "hostile-quote", "hostile-figure")
COMMANDS = (
    ("timeline",), ("quote",), ("actors",), ("actor", "hostile-actor"), ("stats",), ("sources",),
    *(("show", record_id) for record_id in IDS),
    ("search", "hostile"), ("conflicts",), ("cite", "hostile-quote"),
)


def strings(value):
    """Every string in a parsed TOML or JSON value."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def assert_safe(result):
    assert result.exit_code == 0, result.stderr
    assert not UNSAFE.search(result.stdout), UNSAFE.findall(result.stdout)
    assert not UNSAFE.search(result.stderr), UNSAFE.findall(result.stderr)


@pytest.mark.parametrize("data", [MARKUP, CONTROLS], ids=["markup", "controls"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
def test_no_control_character_reaches_the_terminal(command, fmt, data):
    result = run(*command, "--format", fmt, data=data, width=200)
    assert_safe(result)
    if fmt == "json":
        json.loads(result.stdout)


@pytest.mark.parametrize("command", [("validate",), ("chart",), ("cite", "hostile-event", "--style", "chicago"),
                                     ("cite", "src-one", "--style", "bibtex"),
                                     ("cite", "src-one", "--style", "csl-json")], ids=" ".join)
@pytest.mark.parametrize("data", [MARKUP, CONTROLS], ids=["markup", "controls"])
def test_commands_without_format_are_safe_too(command, data):
    assert_safe(run(*command, data=data, width=200))


@pytest.mark.parametrize("export", ["timelinejs", "ics", "markdown", "csv", "json"])
@pytest.mark.parametrize("data", [MARKUP, CONTROLS], ids=["markup", "controls"])
def test_exports_are_safe(export, data):
    assert_safe(run("export", export, data=data))


@pytest.mark.parametrize("fmt", ["table", "tsv", "csv", "md"])
def test_markup_prints_literally(fmt):
    shown = "".join(run("show", record_id, "--format", fmt, data=MARKUP, width=200).stdout for record_id in IDS)
    for text in ("[bold red]x[/]", "[link=https://evil.example]click[/link]", ":warning: [/]", "[red]unclosed",
                 "<b>html</b> `code` *em*"):
        assert (md_text(text) if fmt == "md" else text) in shown  # Markdown shows escaped text as written


@pytest.mark.parametrize("fmt", ["table", "tsv", "csv", "md"])
def test_controls_are_shown_as_escapes(fmt):
    result = run("show", "src-one", "--format", fmt, data=CONTROLS, width=200)
    for escape in (r"\x07", r"\x9b31m", r"\x85", r"\u202e", r"\x1b]8;;https://evil.example"):
        shown = md_text(escape) if fmt == "md" else escape.replace("\\", "\\\\") if fmt == "tsv" else escape
        assert shown in result.stdout


def test_json_keeps_every_hostile_string_exactly():
    """JSON escapes what a terminal would act on, and a JSON reader gets the very same text back."""
    expected = set(strings(tomllib.loads(CONTROLS.read_text())))
    found, written = set(), ""
    for command in (("timeline",), ("quote",), ("actors",), ("stats",), ("sources",)):
        result = run(*command, "--format", "json", data=CONTROLS)
        written += result.stdout
        found |= set(strings(json.loads(result.stdout)))
    for escape in ("\\u001b", "\\u0007", "\\u009b", "\\u0085", "\\u202e", "\\u2066", "\\u0000", "\\u007f",
                   "\\u2028"):
        assert escape in written
    missing = {text for text in expected - found if UNSAFE.search(text)}
    assert "\u202eright-to-left override\u202c" in found
    assert missing <= {"\x1b[2J\x1b[Hcleared", "\x1b]0;owned title\x07"}  # the [timeline] title and description


def test_data_values_in_messages_are_escaped(tmp_path):
    """Error messages quote values from the file: those cannot carry controls to the terminal either."""
    path = tmp_path / "evil.toml"
    path.write_text(CONTROLS.read_text() + '\n"\\u001b]0;key\\u0007\\nnext" = 1\n')
    result = run("validate", str(path), data=None)
    assert result.exit_code == 0
    assert not UNSAFE.search(result.stderr)
    assert len(result.stderr.splitlines()) == 1  # a newline in a key does not start a second line
    lookup = run("actor", "hostile", data=CONTROLS)  # both actors match: their names are listed
    assert lookup.exit_code == 1
    assert not UNSAFE.search(lookup.stderr)
    assert r"\u2066isolate\u2069" in lookup.stderr


# --- one file of every kind of active text, through every output, read by its real client ----
#
# tests/bad/hostile-active.toml: each text field holds terminal escapes, bidi overrides, Rich
# markup, HTML and script tags, Markdown links to javascript: addresses, a spreadsheet formula
# (starting =, +, -, @ or a tab), iCalendar line breaks and properties, BibTeX braces and an @
# entry, and XML entities and markup. Each output is read by what reads it for real: a CSV
# reader, markdown-it (CommonMark), Python's HTML and XML parsers, icalendar, bibtexparser.

ACTIVE = BAD / "hostile-active.toml"
ACTIVE_IDS = ("src-active", "src-report", "active-person", "active-org", "active-event", "active-quote",
              "active-figure")
ACTIVE_COMMANDS = (
    ("timeline",), ("quote",), ("quote", "--provenance"), ("actors",), ("actors", "--as-of", "2018-01"),
    ("actor", "active-person"), ("stats",), ("sources",), *(("show", record_id) for record_id in ACTIVE_IDS),
    ("search", "hyperlink"), ("conflicts",), ("cite", "active-event"),
)
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def active_texts() -> set[str]:
    """Every hostile string of the file (the ones carrying the formula)."""
    return {text for text in strings(tomllib.loads(ACTIVE.read_text(encoding="utf-8"))) if "HYPERLINK" in text}


def rendered_markdown(text: str) -> str:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark").render(text)


class Tags(__import__("html.parser").parser.HTMLParser):
    """The tags, link targets and text of an HTML document."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags, self.hrefs, self.text = [], [], []
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.hrefs += [value for name, value in attrs if name in ("href", "src")]

    def handle_data(self, data):
        self.text.append(data)


def assert_inert_html(text: str, allowed: set[str]) -> Tags:
    parsed = Tags(text)
    assert set(parsed.tags) <= allowed, set(parsed.tags) - allowed
    assert all(href.startswith(("http://", "https://")) for href in parsed.hrefs), parsed.hrefs
    words = "".join(parsed.text)
    assert "<script>alert(1)</script>" in words and "[click](javascript:alert(1))" in words  # shown, as text
    return parsed


def assert_no_formula(rows: list[list[str]]) -> None:
    for row in rows:
        for cell in row:
            assert not cell.startswith(TRIGGERS) or re.fullmatch(r"-?\d+(\.\d+)?", cell), cell


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", ACTIVE_COMMANDS, ids=" ".join)
def test_active_text_is_inert_in_every_command_and_format(command, fmt):
    import csv
    import io

    result = run(*command, "--format", fmt, data=ACTIVE, width=200)
    assert_safe(result)
    out = result.stdout
    if fmt == "json":
        found = set(strings(json.loads(out)))
        assert found & active_texts() or command[0] == "cite"  # exact: the very strings of the file
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(result.stdout_bytes.decode(), newline="")))
        assert_no_formula(rows)
        exact = list(csv.reader(io.StringIO(run(*command, "--format", "csv", "--raw", data=ACTIVE).stdout_bytes
                                            .decode(), newline="")))
        cells = {cell for row in exact for cell in row}
        assert any(cell.startswith(TRIGGERS) for cell in cells)  # --raw: the cells as the data has them
    elif fmt == "md":
        html = rendered_markdown(out)
        assert_inert_html(html, {"h1", "h2", "table", "thead", "tbody", "tr", "th", "td", "br", "p"})
    elif fmt in ("table", "tsv"):
        assert "[bold red]x[/]" in out  # markup printed as written
    if fmt == "tsv" and command[0] != "cite":
        assert '=HYPERLINK("https://evil.example","x")' in out.replace("'=", "=") and "\t'=" not in out  # exact


def test_active_text_in_csv_raw_is_exact():
    import csv
    import io

    [header, row] = list(csv.reader(io.StringIO(run("timeline", "--format", "csv", "--raw", data=ACTIVE)
                                                .stdout_bytes.decode(), newline="")))
    from zt_timeline.render.safe import visible

    title = next(text for text in active_texts() if text.startswith("="))
    assert row[header.index("title")] == visible(title)
    escaped = list(csv.reader(io.StringIO(run("timeline", "--format", "csv", data=ACTIVE).stdout_bytes.decode(),
                                          newline="")))[1]
    assert escaped[header.index("title")] == "'" + visible(title)


def test_active_text_in_every_export_is_inert():
    import csv
    import io

    import icalendar

    from zt_timeline.render.safe import visible

    title = next(text for text in active_texts() if text.startswith("="))
    # iCalendar: one event, no property the text tried to add, the summary exactly as shown.
    calendar = icalendar.Calendar.from_ical(run("export", "ics", data=ACTIVE).stdout)
    [event] = calendar.walk("VEVENT")
    assert "ATTENDEE" not in event and str(event["summary"]).endswith(f"] {visible(title)}")  # "[Apr - May 2018] "
    assert "url" not in event or str(event["url"]).startswith("https://")
    # Markdown: nothing but the document's own markup; the javascript: address is not a link.
    html = rendered_markdown(run("export", "markdown", data=ACTIVE).stdout)
    assert_inert_html(html, {"h1", "h2", "h3", "h4", "p", "ul", "li", "blockquote", "code", "a", "br", "em"})
    # TimelineJS: HTML that TimelineJS sanitises anyway, escaped here; only http(s) links.
    document = json.loads(run("export", "timelinejs", data=ACTIVE).stdout)
    [slide] = document["events"]
    assert Tags(slide["text"]["headline"]).tags == [] and "".join(Tags(slide["text"]["headline"]).text) == title
    assert_inert_html(slide["text"]["text"], {"p", "ul", "li", "a"})
    for era in document.get("eras", []):
        assert Tags(era["text"]["headline"]).tags == []
    # CSV: no formula; JSON: exact.
    assert_no_formula(list(csv.reader(io.StringIO(run("export", "csv", data=ACTIVE).stdout_bytes.decode(),
                                                  newline=""))))
    assert set(strings(json.loads(run("export", "json", data=ACTIVE).stdout))) >= {title}


@pytest.mark.parametrize("style", ["plain", "apa", "chicago", "chicago-notes", "ieee"])
@pytest.mark.parametrize("fmt", ["text", "md", "html"])
def test_active_text_in_citations_is_inert(style, fmt):
    result = run("cite", "active-event", "--style", style, "--format", fmt, data=ACTIVE)
    assert_safe(result)
    if fmt == "html":
        assert_inert_html(result.stdout, {"div", "i"})
    elif fmt == "md":
        assert_inert_html(rendered_markdown(result.stdout), {"p", "em", "br"})


def test_active_text_in_bibtex_and_csl_json():
    import bibtexparser

    bib = run("cite", "active-event", "--style", "bibtex", data=ACTIVE)
    assert_safe(bib)
    library = bibtexparser.parse_string(bib.stdout)
    assert [entry.key for entry in library.entries] == ["src-active", "src-report"]  # no "evil" entry
    assert library.failed_blocks == [] and not library.comments
    items = json.loads(run("sources", "--format", "csl-json", data=ACTIVE).stdout)
    assert {items[0]["title"], items[0]["container-title"]} <= active_texts()  # exact


@pytest.mark.parametrize("command", [("timeline",), ("quote",), ("actors",), ("stats",), ("chart",)], ids=" ".join)
def test_active_text_in_svg_is_text(command, tmp_path):
    import xml.etree.ElementTree as ElementTree

    path = tmp_path / "picture.svg"
    result = run(*command, "--svg", str(path), data=ACTIVE, width=120)
    assert_safe(result)
    svg = path.read_text(encoding="utf-8")
    assert "<!ENTITY" not in svg and "<script" not in svg
    root = ElementTree.fromstring(svg)  # well-formed, with no entity of the data's making
    names = {element.tag.rpartition("}")[2] for element in root.iter()}
    assert names <= {"svg", "style", "defs", "clipPath", "rect", "g", "text", "circle"}, names
    if command != ("chart",):
        shown = "".join(element.text or "" for element in root.iter() if element.tag.endswith("text"))
        assert "<script>alert(1)</script>" in shown.replace("\u00a0", " ")


# A draft as hostile as the data: raw HTML, a javascript: link, a remote image, controls.
HOSTILE_DRAFT = ("# Hyperlink <script>alert(1)</script>\n\nOn April 6, 2018 the hyperlink evil click happened. "
                 "[click](javascript:alert(1)) ![x](http://evil.example/x.png) <img src=x onerror=alert(1)> "
                 "\x1b[2J\u202eevil\u202c\n\nThere were 2,342 hyperlink evil click things in 2018.\n")


@pytest.mark.parametrize("style", ["plain", "apa"])
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_active_text_in_the_review_of_a_draft_is_inert(fmt, style, tmp_path):
    draft = tmp_path / "draft.md"
    draft.write_text(HOSTILE_DRAFT, encoding="utf-8")
    result = run("check", "--file", str(draft), "--format", fmt, "--style", style, data=ACTIVE, width=200)
    assert_safe(result)
    page = result.stdout if fmt == "html" else rendered_markdown(result.stdout)  # markdown-it: raw HTML allowed
    allowed = {"h1", "h2", "h3", "h4", "p", "ul", "ol", "li", "blockquote", "strong", "em", "a", "code", "hr",
               "br", "i", "q", "span", "table", "thead", "tbody", "tr", "th", "td", "div", "section", "aside",
               "mark", "main", "header", "footer", "dl", "dt", "dd"} | ({"html", "head", "meta", "title", "style",
                                                                          "body"} if fmt == "html" else set())
    parsed = Tags(page)
    assert set(parsed.tags) <= allowed, set(parsed.tags) - allowed
    assert all(href.startswith(("http://", "https://", "#")) for href in parsed.hrefs), parsed.hrefs
    words = "".join(parsed.text)
    assert "<script>alert(1)</script>" in words  # the draft's and the data's: shown, as text
    assert "[click](javascript:alert(1))" in words  # the data's Markdown link: text
    assert "img" not in parsed.tags  # the draft's image is a link at most: nothing is fetched
    # The event the dated sentence is about, and the number whose count is not said, not checked.
    assert "active-event" in words and "2,342" in words
