"""Who a transcript-style claim gives its words to: a label before them ("PENCE: “...”") or
an introduction ("Here is the Attorney General, yesterday: “...”"), whoever it names (an office
read as its holder then, too)."""

from __future__ import annotations

from ..model.records import ActorKind
from .patterns import deferred
from .quotations import Quotation
from .subject import Subject

# A transcript's label before the words: "PENCE: “...”", "Homeland Security Secretary Kirstjen Nielsen: “...”".
_LABEL = deferred(r"(?:^|\n\s*|\.\s+)([A-Z][A-Za-z.'’ -]{1,60}):\s*$")  # (not "the U.S.-Mexico border:")


def labelled_speaker(text: str, quotation: Quotation) -> str | None:
    """The name a transcript-style claim gives its quotation ("PENCE: “...”"), as a name is
    written ("Pence"), or None."""
    match = _LABEL().search(text[: quotation.start])
    if match is None:
        return None
    label = match.group(1).strip()
    return label.title() if label.isupper() else label


# Words a transcript introduces ("Here is the Attorney General, yesterday: “...”"): who is named
# between "Here is" and the colon said them.
_HERE_IS = deferred(r"\b[Hh]ere(?:\s+is|['’]s)\s+(?:[^:“\"]{2,80}):\s*$")


def introduced(text: str, start: int, end: int) -> bool:
    """Whether the name (or office) between `start` and `end` introduces the words after the
    colon that follows it ("Here is the Attorney General, yesterday: “...”")."""
    colon = text.find(":", end)
    return 0 <= colon - end <= 30 and _HERE_IS().search(text, max(0, start - 30), colon + 1) is not None \
        and text[max(0, start - 30) : start].rstrip().casefold().endswith(_INTRODUCING)


_INTRODUCING = ("is", "is the", "’s", "'s", "’s the", "'s the")


def introduced_speakers(subject: Subject, quotation: Quotation) -> tuple[str, ...]:
    """The person a transcript introduces just before the quotation, as the claim names them
    (an office read as its holder then, too)."""
    return tuple(actor.id for actor, start, end in subject.mentions if actor.kind is ActorKind.PERSON
                 and end <= quotation.start and introduced(subject.text, start, end)
                 and not subject.text[end : quotation.start].strip(" ,:").count(":"))
