"""The one message every wizard editor sends: "this proposal field now holds this value"."""

from __future__ import annotations

from textual.message import Message


class FieldEdited(Message):
    """An editor changed proposal field `field` to `value`; the wizard stores and saves it.

    `replaced` is (old, new) when the person edited one entry in place (not a new or
    another entry): the wizard puts `new` wherever `old` is, so a person held by several
    roles is edited in every one."""

    def __init__(
        self, field: str, value: object, replaced: tuple[object, object] | None = None
    ) -> None:
        self.field = field
        self.value = value
        self.replaced = replaced
        super().__init__()


class PersonRemoved(Message):
    """The person asked to take `person` (this very record) out of the draft: every role."""

    def __init__(self, person: object) -> None:
        self.person = person
        super().__init__()
