"""`zt init`: a small, commented starter timeline that validates, for a file of one's own."""

from __future__ import annotations

# Every kind of record once, each field explained where it is first used. Test: the text
# validates without warnings (tests/test_conventions.py).
STARTER = '''\
# A zt timeline: check it with `zt validate FILE`, read it with `zt --data FILE timeline`.
# The format is described in docs/data-format.md of the zt project.
# Every record has an id (lowercase letters, digits and hyphens), unique in the file.

[timeline]
title = "My timeline"
description = "What this timeline is about, in a sentence."

# Sources: every record below cites at least one of these by its id.
[[sources]]
id = "example-report"
title = "The report's own title, as it shows it"
publisher = "Who published it"
date = "2021-01-14"            # as the work shows it; leave it out if you did not see it
url = "https://example.org/report"
kind = "report"                # news, report, court-filing, court-order, statement, press-release, ...
evidence = "primary"           # primary (the document itself), secondary (reporting), tertiary

[[actors]]
id = "jane-doe"
name = "Jane Doe"
kind = "person"                # or "organization"
aliases = ["Doe"]              # other names people type; never a title

[[actors.roles]]
title = "Director of the Example Agency"
from = "2017-02-09"
until = "2018-11"              # a date has the precision the source gives: a year, a month or a day
sources = ["example-report"]

[[events]]
id = "policy-announced"
date = "2018-04-06"
title = "Doe announces the policy"
summary = "In your own words: what happened."
actors = ["jane-doe"]
tags = ["policy"]
# A citation may carry the source's own words and where they are.
sources = [
  { id = "example-report", excerpt = "On April 6, 2018, the Director announced the policy.", locator = "p. 2" },
]

[[events]]
id = "projection"
date = "2018?"                 # no source states it: ? uncertain, ~ approximate (EDTF)
title = "The agency projects a shortfall"
sources = ["example-report"]
note = "The report does not say when the projection was made."

[[quotes]]
id = "doe-regret"
speaker = "jane-doe"
form = "written"               # spoken, written, notes (someone's notes), paraphrase
text = "The words, verbatim, character for character, from the source."
date = "2021-01-14"
context = "statement to a newspaper"
sources = ["example-report"]

[[figures]]
id = "people-affected"
label = "what the number counts"
value = 3000
unit = "people"
qualifier = "more than"
date = "2021-01-14"
sources = ["example-report"]
'''
