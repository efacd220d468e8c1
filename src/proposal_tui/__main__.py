"""`python -m proposal_tui` runs the command line."""

from proposal_tui.cli import main

raise SystemExit(main())
