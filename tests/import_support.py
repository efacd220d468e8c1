"""Helpers of the importer's tests: the names of a list of people, and whether a guess
note says something."""

from __future__ import annotations

from proposal_tui.importer import ImportResult
from proposal_tui.model import Person


def names(people: list[Person]) -> list[str]:
    """The names of `people`, in their order."""
    return [person.name for person in people]


def guessed(result: ImportResult, words: str) -> bool:
    """True when a guess note mentions `words`."""
    return any(words in note for note in result.guesses)
