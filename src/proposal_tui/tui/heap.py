"""Keeping the collector's full passes off the keys typed over thousands of drafts.

A library of 5,000 drafts (its rows, their filter keys, the People directory) is a heap
whose full garbage collections take a tenth to a third of a second, at moments the
collector picks: often while a person types in a filter.  Once a screen has built what
it keeps, `settle` gives back what was kept out before, collects what is garbage now
(a screen closed since, say) and moves everything alive out of the collector's way
(`gc.freeze`); objects that die later are still freed when nothing refers to them, and
cyclic ones at the next `settle`.  The library settles after every read of the folder
(so on coming back from any other screen) and gives it all back when the app closes.
A few hundred drafts make full passes short: below `LARGE` things kept, nothing is done
(the collection `settle` starts with costs more than it saves there).
"""

from __future__ import annotations

import gc

LARGE = 1000
"""Drafts listed, or people in the directory, from which `settle` acts."""


def settle(kept: int) -> None:
    """With `kept` things (rows, people) at least `LARGE`: collect now, then keep every
    living object out of later full collections."""
    if kept < LARGE:
        return
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def unsettle() -> None:
    """Give every object kept out back to the collector."""
    gc.unfreeze()
