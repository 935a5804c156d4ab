"""`zt check`: fact-check a claim, or a whole draft, against the sourced data."""

# No `from __future__ import annotations` in a module of commands, and the core imported
# inside the command: see cli/lookup.py.

import sys
from typing import TYPE_CHECKING, Annotated

import typer

from ..errors import UsageError
from ..model.enums import CheckFormat, FailOn, OutputFormat
from .app import registry
from .common import chosen_format, load, show
from .options import DataOption

if TYPE_CHECKING:
    from ..checking.parts import ClaimCheck
    from ..model.dates import PartialDate
    from ..model.timeline import Timeline


@registry.command()
def check(
    claim: Annotated[list[str] | None, typer.Argument(metavar="CLAIM", show_default=False,
                                                      help="The claim, as a reporter would write it; with "
                                                           "--drafts, the draft files.")] = None,
    file: Annotated[str | None, typer.Option("--file", metavar="PATH", help="Check a whole draft (plain text or "
                                                                             "Markdown), sentence by sentence; - "
                                                                             "reads standard input.")] = None,
    drafts: Annotated[bool, typer.Option("--drafts", help="Read every argument as a draft file, as --file does "
                                                          "(for a pre-commit hook or a script); several are "
                                                          "reported one after another, as tables.")] = False,
    dated: Annotated[str | None, typer.Option("--dated", metavar="DATE", help="When the text was written, to "
                                                                              "read 'last month' or 'Thursday' "
                                                                              "(a Markdown draft may say it in "
                                                                              "front matter: date: ...).")] = None,
    data: DataOption = None,
    fmt: Annotated[CheckFormat | None, typer.Option("--format", "-f", case_sensitive=False, show_default=False,
                                                    help="table (default on a terminal), tsv (default when piped), "
                                                         "csv, json, claimreview (schema.org JSON-LD), or the "
                                                         "review for an editor: html (one file) or md.")] = None,
    output: Annotated[str | None, typer.Option("--output", "-o", metavar="FILE",
                                               help="Write to FILE instead of standard output.")] = None,
    style: Annotated[str, typer.Option("--style", metavar="STYLE", help="How the review (html, md) cites its "
                                                                         "sources: a style of zt cite (plain, "
                                                                         "apa, chicago, ...).")]
    = "plain",
    fail_on: Annotated[FailOn | None, typer.Option("--fail-on", case_sensitive=False, show_default=False,
                                                   help="Exit 1 (after writing everything) when a claim is "
                                                        "LEVEL or worse: contradicted, then disputed, then "
                                                        "unverified.")] = None,
) -> None:
    """Fact-check a claim (or a draft) against the sourced data: each quotation, date, number,
    speaker, outlet, doer and office-holder gets a verdict, judged only against a record the
    claim is shown to be about, and so does the claim.

    supported: the record the claim is about says the same. contradicted: it says otherwise.
    disputed: the sources disagree, and the claim sides with one account. unverified: the claim
    is not shown to be about a record that settles it. The claim is contradicted if any part is,
    else disputed if any part is, else supported if every part is, else unverified. Parts found
    but not checked are listed as such.

    --format html writes the review an editor reads: the draft itself, each checked sentence
    marked with its verdict, and beside it what the data records and the sources to cite;
    --format md the same in Markdown (pandoc makes it a .docx). The check exits 0 whatever the
    verdicts, unless --fail-on says otherwise.

    \b
    Examples:
      zt check "Sessions announced the policy in May 2018"
      zt check 'Rosenstein said it "never should have been proposed"'
      zt check --file draft.md --dated 2021-01-14
      zt check --file draft.md --format html -o review.html
      zt check --file - --format claimreview < draft.txt
      zt check --fail-on contradicted --drafts *.md
    """
    words = list(claim or ())
    if drafts:
        if file is not None or not words:
            raise UsageError("--drafts reads its arguments as draft files: give one or more, and no --file")
        paths: list[str | None] = list(words)
    elif (not words) == (file is None):
        raise UsageError("give a claim to check, or --file PATH (- for standard input), not both")
    else:
        paths = [file] if file is not None else [None]
    chosen = chosen_format(fmt, CheckFormat, "check")
    # A name, not a member: CheckFormat is built from OutputFormat (enums.py).
    name = chosen.value if chosen else ("table" if drafts else None)  # --drafts: a table even piped (a hook)
    if len(paths) > 1 and name != "table":
        raise UsageError(f"several drafts are reported as tables: check one at a time for --format {name}")
    tl = load(data)
    from .collector import collector_off

    # The collector off while the checker starts up and checks: see collector_off.
    with collector_off():
        import io
        from contextlib import nullcontext, redirect_stdout

        from ..render.check_views import check_output
        from .common import user_date

        # With -o everything is written to FILE at the end; else as it comes, as every command does.
        sink = io.StringIO() if output is not None else None
        failed = False
        for path in paths:
            text = _read(path) if path is not None else " ".join(words)
            when = user_date(dated) if dated else (_draft_date(text) if path is not None else None)
            results = _results(tl, text, when, path is not None)
            shown = check_output(results)
            claims = shown.json_data()
            failed = failed or _fails(claims, fail_on)
            with redirect_stdout(sink) if sink is not None else nullcontext():
                if name in ("html", "md"):
                    sys.stdout.write(_review(tl, claims, text, path, when, name, style))
                elif name == "claimreview":
                    from ..render.check_views import claim_reviews
                    from ..render.safe import json_document

                    sys.stdout.write(json_document(claim_reviews(tl, results)))
                else:
                    heading = path if drafts else None
                    show(shown._replace(heading=heading), OutputFormat(name) if name else None)
    if sink is not None and output is not None:
        from ..render.exports.formats import save_text

        save_text(output, sink.getvalue(), data_files=(*tl.files, *(p for p in paths if p not in (None, "-"))))
    if failed:
        raise typer.Exit(1)


def _draft_date(text: str) -> "PartialDate | None":
    from ..checking.drafts import draft_date  # a draft's reading: a single claim never needs it

    return draft_date(text)


def _results(tl: "Timeline", text: str, when: "PartialDate | None", is_draft: bool) -> "tuple[ClaimCheck, ...]":
    from ..checking.checker import Checker

    checker = Checker(tl, when)
    return checker.check_draft(text) if is_draft else (checker.check(text),)


def _fails(claims: list, level: FailOn | None) -> bool:
    if level is None:
        return False  # the review's module only when --fail-on asks
    from ..render.review.build import fails

    return fails(claims, level.value)


def _review(tl: "Timeline", claims: list, text: str, path: str | None, when: "PartialDate | None",
            fmt: str, style: str) -> str:
    """The review of a draft (or of one claim) for an editor, in HTML or Markdown."""
    from ..citations.cite import find_style, is_document
    from ..render.review.build import build_review

    chosen = find_style(style)
    if is_document(chosen):
        raise UsageError(f"--style {style} writes a file for reference managers: a review cites in a text style "
                         f"(plain, apa, chicago, chicago-notes, or a CSL style)")
    name = "standard input" if path == "-" else path or "the claim"
    review = build_review(tl, claims, text, name, when, chosen, getattr(chosen, "value", style),
                          markdown=None if path not in (None, "-") else path == "-")
    if fmt == "html":
        from ..render.review.html import review_html

        return review_html(review)
    from ..render.review.markdown import review_md

    return review_md(review)


def _read(path: str) -> str:
    """The draft's text, or DataError naming the file (as for a data file)."""
    if path == "-":
        return sys.stdin.read()
    from pathlib import Path

    from ..loading.read import read_bytes

    raw = read_bytes(Path(path))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        from ..errors import DataError
        from ..loading.problems import Problem, ProblemCode  # (only a draft that cannot be read needs them)

        message = "is not UTF-8 text: expected a UTF-8 draft"
        raise DataError(path, (Problem(path, None, None, message, ProblemCode.UNREADABLE),)) from None
