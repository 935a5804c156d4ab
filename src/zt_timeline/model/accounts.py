"""What records share: where in a source a citation's support is, the disputes of a record and
their accounts, and a record's accounts (its own, then its variants)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Generic, Self, TypeVar

import msgspec

from .enums import Rank, RecordType
from .schema import Declared, Form, Spec

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


class Pinpoint(Declared, frozen=True):
    """Where in a cited source the support for a record is: its words, and a page or paragraph."""

    source: Annotated[str, Spec("the source cited", refers=RecordType.SOURCE)] = msgspec.field(name="id")
    excerpt: Annotated[str | None, Spec("the source's own words that support the record, verbatim")] = None
    locator: Annotated[str | None, Spec("where they are: `p. 12`, `para. 3`, `sec. 1`, `ECF 71`")] = None


class DisputeAccount(Declared, frozen=True):
    """What one side of a dispute says, with its sources."""

    says: Annotated[str, Spec("what this side says")]
    sources: Annotated[tuple[str, ...], Spec("where it is said", form=Form.CITATIONS)]
    note: str | None = None
    pinpoints: Annotated[tuple[Pinpoint, ...], Spec(form=Form.CITED_PARTS)] = ()
    rank: Annotated[Rank, Spec(RANK)] = Rank.NORMAL


class Dispute(Declared, frozen=True):
    """A point on which the sources give different accounts (who received a statement, where it was said)."""

    point: Annotated[str, Spec("what the sources disagree on (who received a statement, where it was said)")]
    accounts: Annotated[tuple[DisputeAccount, ...], Spec("at least two: what each side says, with its sources")]
    note: str | None = None


_Variant = TypeVar("_Variant", bound="Citing")


class Accounts(Declared, Generic[_Variant], frozen=True):
    """What the records with variants and disputes (events, quotes, figures) share."""

    if TYPE_CHECKING:  # the fields each record declares (as properties here, so they are no fields of this class)
        @property
        def variants(self) -> tuple[_Variant, ...]: ...
        @property
        def disputes(self) -> tuple[Dispute, ...]: ...
        @property
        def sources(self) -> tuple[str, ...]: ...
        @property
        def pinpoints(self) -> tuple[Pinpoint, ...]: ...

    @property
    def accounts(self) -> tuple[Self | _Variant, ...]:
        """The record's own account, then its variants."""
        return (self, *self.variants)

    @property
    def citing_parts(self) -> tuple[Citing, ...]:
        """The record and each part of it that cites sources: variants, dispute accounts."""
        return (self, *self.variants, *(account for dispute in self.disputes for account in dispute.accounts))
