"""proposal-tui: draft IGF session proposals offline, in the terminal."""

__version__ = "0.1.0"
