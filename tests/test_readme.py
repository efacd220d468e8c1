"""The README's set-up commands are the ones CI and a newcomer actually run."""

from __future__ import annotations

import re

from conftest import REPO


def _shell_blocks() -> list[str]:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.*?)\n```", text, flags=re.DOTALL)


def test_readme_opens_with_exactly_two_setup_commands() -> None:
    blocks = _shell_blocks()
    assert len(blocks) == 2
    assert all("\n" not in block for block in blocks)
    assert "demo" in blocks[0]
    assert "pytest" in blocks[1]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test_command = _shell_blocks()[1]
    ci_lines = (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test_command in ci_lines


def test_demo_never_edits_the_samples_in_place() -> None:
    assert "--data-dir sample_proposals" not in (REPO / "README.md").read_text(encoding="utf-8")
