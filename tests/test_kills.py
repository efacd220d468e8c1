"""SIGKILL at random moments of saves and revision writes: no draft is ever torn.

One child process saves the draft in a loop (each save also writes a revision); the
test kills it 200 times, then checks every file parses and holds one of the versions
saved, and that the next start leaves no temp file behind. Half the kills land at a
random moment; the other half at a known one, when a temp file is whole and about to
replace its target, so the test proves something even on a machine so busy that no
random kill lands inside a write.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest

from proposal_tui.model import Proposal
from proposal_tui.store import list_library, list_revisions, load_draft, read_draft, save_draft

KILLS = 200
VERSIONS = 40


def _version(number: int) -> Proposal:
    paragraph = f"Version {number} of a long description. " * 500  # ~20 KB
    return Proposal(call="igf-2025", title=f"v{number}", description=paragraph)


def _stall_before_replace(said: int) -> None:
    """In the child: the next `os.replace` says so on `said` and waits to be killed."""

    def stall(*_args: object, **_kwargs: object) -> None:
        os.write(said, b"R")
        signal.pause()

    os.replace = stall  # the child's own os module; the parent's is untouched


def _save_forever(path: Path, started: int, seed: int, *, stall: bool) -> None:
    """The child: save random versions until killed, saying so before each save."""
    chooser = random.Random(seed)
    if stall:
        _stall_before_replace(started)
    while True:
        os.write(started, b".")
        draft = read_draft(path)
        save_draft(path, _version(chooser.randrange(VERSIONS)), expected=draft.fingerprint)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
def test_two_hundred_kills_during_saves_tear_nothing(tmp_path: Path) -> None:
    path = tmp_path / "draft.toml"
    save_draft(path, _version(0))
    began = time.perf_counter()  # how long one save takes here, to spread the kills over it
    save_draft(path, _version(1), expected=read_draft(path).fingerprint)
    save_time = time.perf_counter() - began
    titles = {f"v{n}" for n in range(VERSIONS)}
    chooser = random.Random(20260601)
    temps_seen = 0
    for kill in range(KILLS):
        readable, writable = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover - the child never returns
            try:
                os.close(readable)
                _save_forever(path, writable, kill, stall=kill % 2 == 1)
            finally:
                os._exit(0)
        os.close(writable)
        try:
            assert os.read(readable, 1) == b"."  # the child is starting a save
            if kill % 2:  # the known moment: a whole temp file, not yet renamed
                while (said := os.read(readable, 1)) == b".":  # a save that changed nothing
                    pass
                assert said == b"R"
            else:  # a random moment of that save (not a wait)
                kill_at = time.perf_counter() + chooser.uniform(0, save_time)
                while time.perf_counter() < kill_at:
                    pass
        finally:  # never leave a child behind, even when an assertion fails
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        os.close(readable)
        temps_seen += len(list(tmp_path.rglob("*.tmp")))
        assert load_draft(path).title in titles
    for revision in list_revisions(path):
        assert load_draft(revision.path).title in titles
    assert temps_seen > 0, "no kill landed inside a write: the test proved nothing"
    entries = list_library(tmp_path)  # the next start
    assert [e.path.name for e in entries] == ["draft.toml"] and entries[0].error is None
    assert list(tmp_path.rglob("*.tmp")) == []
