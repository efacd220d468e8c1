"""The one message every wizard editor sends: "this proposal field now holds this value"."""

from __future__ import annotations

from textual.message import Message


class FieldEdited(Message):
    """An editor changed proposal field `field` to `value`; the wizard stores and saves it."""

    def __init__(self, field: str, value: object) -> None:
        self.field = field
        self.value = value
        super().__init__()
