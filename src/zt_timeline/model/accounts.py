"""What records share: where in a source a citation's support is, the disputes of a record and
their accounts, and a record's accounts (its own, then its variants)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Generic, Self, TypeVar

from .kinds import Rank, RecordType
from .schema import Form, declared, spec

if TYPE_CHECKING:
    from typing import Protocol

    class Citing(Protocol):
        """A record or a part of one that cites sources: an actor, a role, an event, a variant, an account."""

        @property
        def sources(self) -> tuple[str, ...]: ...

        @property
        def pinpoints(self) -> tuple[Pinpoint, ...]: ...


RANK = ("`preferred`, `normal` (the default) or `deprecated`: an error, kept and shown, its `note` saying "
        "why (see Ranked accounts)")


@declared
class Pinpoint:
    """Where in a cited source the support for a record is: its words, and a page or paragraph."""

    source: str = spec("the source cited", key="id", refers=RecordType.SOURCE)
    excerpt: str | None = spec("the source's own words that support the record, verbatim", default=None)
    locator: str | None = spec("where they are: `p. 12`, `para. 3`, `sec. 1`, `ECF 71`", default=None)


@declared
class DisputeAccount:
    """What one side of a dispute says, with its sources."""

    says: str = spec("what this side says")
    sources: tuple[str, ...] = spec("where it is said", form=Form.CITATIONS)
    note: str | None = spec(default=None)
    pinpoints: tuple[Pinpoint, ...] = spec(default=(), form=Form.CITED_PARTS)
    rank: Rank = spec(RANK, default=Rank.NORMAL)


@declared
class Dispute:
    """A point on which the sources give different accounts (who received a statement, where it was said)."""

    point: str = spec("what the sources disagree on (who received a statement, where it was said)")
    accounts: tuple[DisputeAccount, ...] = spec("at least two: what each side says, with its sources")
    note: str | None = spec(default=None)


_Variant = TypeVar("_Variant", bound="Citing")


class Accounts(Generic[_Variant]):
    """What the records with variants and disputes (events, quotes, figures) share."""

    __slots__ = ()
    if TYPE_CHECKING:
        variants: tuple[_Variant, ...]
        disputes: tuple[Dispute, ...]
        sources: tuple[str, ...]
        pinpoints: tuple[Pinpoint, ...]

    @property
    def accounts(self) -> tuple[Self | _Variant, ...]:
        """The record's own account, then its variants."""
        return (self, *self.variants)

    @property
    def citing_parts(self) -> tuple[Citing, ...]:
        """The record and each part of it that cites sources: variants, dispute accounts."""
        return (self, *self.variants, *(account for dispute in self.disputes for account in dispute.accounts))
