"""Keeping the collector's full passes off the keys typed over thousands of drafts.

A library of 5,000 drafts (its rows, their filter keys, the People directory) is a heap
whose full garbage collections take a tenth to a third of a second, at moments the
collector picks: often while a person types in a filter.  Once a screen has built what
it keeps, `settle` gives back what was kept out before, collects what is garbage now
(a screen closed since, say) and moves everything alive out of the collector's way
(`gc.freeze`); objects that die later are still freed when nothing refers to them, and
cyclic ones at the next `settle`.  The library settles once after each read of the folder
that found a change (its rows and the People directory built ahead, together), and
gives it all back when the app closes.
A few hundred drafts make full passes short: below `LARGE` things kept, nothing is done
(the collection `settle` starts with costs more than it saves there), and what was
settled already is not settled again.
"""

from __future__ import annotations

import gc

LARGE = 1000
"""Drafts listed, or people in the directory, from which `settle` acts."""


_settled: tuple[object, ...] = ()
"""What the last `settle` was asked to keep (held: their identities stay theirs)."""


def settle(kept: int, *values: object) -> None:
    """With `kept` things (rows, people) at least `LARGE`: collect now, then keep every
    living object out of later full collections.  `values` are what is kept (the
    library's rows, the People directory): when the last settle kept each of them
    already, nothing is done (a screen shown again over the same things costs nothing)."""
    global _settled
    if kept < LARGE or (values and all(any(v is s for s in _settled) for v in values)):
        return
    _settled = values
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def unsettle() -> None:
    """Give every object kept out back to the collector."""
    global _settled
    _settled = ()
    gc.unfreeze()
