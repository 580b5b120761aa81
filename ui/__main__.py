"""``python -m ui`` starts the windowed application."""

from ui.app import main

raise SystemExit(main())
