"""Two real processes saving one draft: every save reported done is on disk or a revision."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

from proposal_tui.model import Proposal
from proposal_tui.store import (
    REVISIONS_KEPT,
    ConflictError,
    list_revisions,
    load_draft,
    read_draft,
    save_draft,
)

SAVES_EACH = 24
"""Two writers × 24 saves stay under the 50 revisions kept whole, so none is thinned."""


def _writer(path: str, name: str, barrier, results) -> None:
    barrier.wait()
    done, conflicts = [], 0
    for number in range(SAVES_EACH):
        title = f"{name}-{number}"
        while True:
            draft = read_draft(path)
            try:
                save_draft(path, Proposal(title=title), expected=draft.fingerprint)
            except ConflictError:
                conflicts += 1
                continue
            done.append(title)
            break
    results.put((done, conflicts))


def test_no_save_reported_done_is_lost(tmp_path: Path) -> None:
    assert 2 * SAVES_EACH < REVISIONS_KEPT
    path = tmp_path / "shared.toml"
    save_draft(path, Proposal(title="start"))
    context = multiprocessing.get_context("fork")
    barrier, results = context.Barrier(2), context.Queue()
    writers = [
        context.Process(target=_writer, args=(str(path), name, barrier, results))
        for name in ("a", "b")
    ]
    for writer in writers:
        writer.start()
    outcomes = [results.get(timeout=120) for _ in writers]
    for writer in writers:
        writer.join(timeout=60)
        assert writer.exitcode == 0
    reported = [title for done, _ in outcomes for title in done]
    assert len(reported) == 2 * SAVES_EACH
    kept = {load_draft(path).title} | {load_draft(r.path).title for r in list_revisions(path)}
    lost = [title for title in reported if title not in kept]
    assert lost == []
    assert len(kept) == 2 * SAVES_EACH + 1  # every save, plus the start
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".shared.toml.")]
