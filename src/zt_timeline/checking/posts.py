"""The post an act done once was to ("nominated Nielsen to be secretary of homeland security",
"confirmed as the nation's new deputy attorney general"): where the record the claim is about
does not name it, or names another rank of it, the post is a part not checked."""

from __future__ import annotations

import functools

from ..model.records import ActorKind
from .index import Entry
from .parts import Finding, PartKind, Verdict
from .patterns import deferred
from .subject import Subject
from .words import content_words

_POST = deferred(r"\b(?:to\s+(?:be|become|serve\s+as|lead|head|run|replace)|as|(?:appointed|named)(?=\s+[A-Z])|"
                 r"(?:appointed|named)(?=\s+(?:acting|interim|deputy)\s))\s+"
                 r"(?P<post>(?:(?:the|his|her|its|their|a|an|new|next)\s+)*[\w’'.-]+(?:\s+(?:of\s+)?[\w’'.-]+){0,5}?)"
                 r"(?=\s*[,.;:]|\s+(?:on|in|at|after|before|when|and|but|who|which|while|until|from|by|is|was|has|had)\b|"
                 r"\s*$)")


@functools.cache  # made on first use: few claims give a post
def _order_words() -> frozenset[str]:
    """Words of order that say which holder of a post, not which post."""
    return frozenset(content_words("first second third fourth fifth new next last former permanent"))


@functools.cache  # made on first use: few claims give a post
def _ranks() -> frozenset[str]:
    """The words that make one post another's deputy ("acting" aside: reporters often leave it out,
    and a title may give it to another person: "... resigns; McAleenan named acting secretary")."""
    return frozenset(content_words("deputy assistant associate principal vice"))


@functools.cache
def _acting() -> frozenset[str]:
    return frozenset(content_words("acting"))


def post_not_checked(subject: Subject, about_title: frozenset[str], about_id: str,
                     acting: bool | None = None) -> Finding | None:
    """The post the claim gives for a once-only act (a nomination, a confirmation, taking
    office) when the record's title says nothing of it, or an acting post that neither the title
    nor (`acting`) the person's roles hold: zt cannot say the act was to that post
    ("Trump nominated Nielsen to be his chief of staff" is not her nomination to lead DHS)."""
    # (a name or a word of order in the post says whose, or which: "President Donald Trump's first attorney general")
    names = set(content_words(" ".join(subject.text[start:end] for actor, start, end in subject.mentions
                                       if actor.kind is ActorKind.PERSON))) \
        | _order_words()
    for match in _POST().finditer(subject.text):
        words = set(content_words(match.group("post"))) - names
        # (nor is "attorney general" the post of a deputy attorney general, nor the other way round)
        # (most of the post's words, not one of them: "his so-called border czar" is not a post of
        # "former Border Patrol chief Mark Morgan to lead ICE")
        shared = words & about_title
        # ("her resignation as acting secretary", of a secretary: acting is left out often, never put
        # in; `acting`: whether the person the claim names held an acting post, where known)
        if words and (2 * len(shared) < len(words) or (shared and (about_title ^ words) & _ranks())
                      or (_acting() & words and not (acting if acting is not None else _acting() & about_title))):
            return Finding(match.group("post").rstrip(".,;:"), PartKind.OFFICE, Verdict.UNVERIFIED, None,
                           f"{about_id} does not name this post", note="the post of the act is not checked")
    return None


def another_post(subject: Subject, about: Entry) -> bool:
    """Whether the claim gives an act done once a post the record it is about does not name."""
    return post_not_checked(subject, about.title, about.record.id) is not None
