"""Readiness: how far a draft is from ready, in four numbers.

Kept apart from the rules (`checks`) so that what the library shows of a draft it has
judged before (see `index`) needs neither the model nor the rules.
"""

from __future__ import annotations

from dataclasses import dataclass


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@dataclass(frozen=True)
class Readiness:
    """How far a draft is from ready: required sections filled, errors and warnings."""

    sections_total: int
    sections_complete: int
    errors: int
    warnings: int

    @property
    def ready(self) -> bool:
        """All required sections filled and no errors (warnings allowed)."""
        return self.sections_complete >= self.sections_total and self.errors == 0

    @property
    def mark(self) -> str:
        """'✓' ready, '!' ready but with warnings, '✗' not ready."""
        if not self.ready:
            return "✗"
        return "!" if self.warnings else "✓"

    def summary(self) -> str:
        """A short line: 'ready: 17/17 sections', '17/17 sections, 1 warning',
        '7/9 sections, 2 problems'."""
        sections = f"{self.sections_complete}/{self.sections_total} sections"
        if self.ready and not self.warnings:
            return f"ready: {sections}"
        parts = [sections]
        if self.errors:
            parts.append(_count(self.errors, "problem"))
        if self.warnings:
            parts.append(_count(self.warnings, "warning"))
        return ", ".join(parts)
