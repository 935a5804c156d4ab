"""`zt check`: fact-check a claim, or a whole draft, against the sourced data."""

# No `from __future__ import annotations` in a module of commands, and the core imported
# inside the command: see cli/lookup.py.

import sys
from typing import Annotated

import typer

from ..errors import UsageError
from ..model.kinds import CheckFormat, OutputFormat
from .app import registry
from .common import chosen_format, load, show
from .options import DataOption


@registry.command()
def check(
    claim: Annotated[str | None, typer.Argument(metavar="[CLAIM]", help="The claim, as a reporter would write it.",
                                                show_default=False)] = None,
    file: Annotated[str | None, typer.Option("--file", metavar="PATH", help="Check a whole draft (plain text or "
                                                                             "Markdown), sentence by sentence; - "
                                                                             "reads standard input.")] = None,
    dated: Annotated[str | None, typer.Option("--dated", metavar="DATE", help="When the text was written, to "
                                                                              "read 'last month' or 'Thursday' "
                                                                              "(a Markdown draft may say it in "
                                                                              "front matter: date: ...).")] = None,
    data: DataOption = None,
    fmt: Annotated[CheckFormat | None, typer.Option("--format", "-f", case_sensitive=False, show_default=False,
                                                    help="table (default on a terminal), tsv (default when piped), "
                                                         "csv, json, md, or claimreview (schema.org JSON-LD).")]
    = None,
) -> None:
    """Fact-check a claim (or a draft) against the sourced data: each quotation, date, number,
    speaker and outlet gets a verdict, and so does the claim.

    supported: a record says the same. contradicted: the record the claim is about says
    otherwise. disputed: the sources disagree, and the claim sides with one account.
    unverified: nothing in the data bears on it. The claim is contradicted if any part is,
    else disputed if any part is, else supported if every part is, else unverified. The
    check exits 0 whatever the verdicts.

    \b
    Examples:
      zt check "Sessions announced the policy in May 2018"
      zt check 'Rosenstein said it "never should have been proposed"'
      zt check --file draft.md --dated 2021-01-14
      zt check --file - --format claimreview < draft.txt
    """
    if (claim is None) == (file is None):
        raise UsageError("give a claim to check, or --file PATH (- for standard input), not both")
    text = _read(file) if file is not None else claim
    assert text is not None  # one of the two, checked above
    tl = load(data)
    from ..checking.checker import Checker
    from ..checking.drafts import draft_date
    from .common import user_date

    when = user_date(dated) if dated else (draft_date(text) if file is not None else None)
    checker = Checker(tl, when)
    results = checker.check_draft(text) if file is not None else (checker.check(text),)
    fmt = chosen_format(fmt, CheckFormat, "check")
    if fmt is not None and fmt.value == "claimreview":
        from ..render.check_views import claim_reviews
        from ..render.safe import json_document

        sys.stdout.write(json_document(claim_reviews(tl, results)))
        return
    from ..render.check_views import check_output

    show(check_output(results), OutputFormat(fmt.value) if fmt else None)


def _read(path: str) -> str:
    """The draft's text, or DataError naming the file (as for a data file)."""
    if path == "-":
        return sys.stdin.read()
    from pathlib import Path

    from ..errors import DataError
    from ..loading.problems import Problem
    from ..loading.read import read_bytes

    raw = read_bytes(Path(path))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise DataError(path, (Problem(path, None, None, "is not UTF-8 text: expected a UTF-8 draft"),)) from None
