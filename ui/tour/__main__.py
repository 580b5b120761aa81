"""``python -m ui.tour``: see ``ui.tour.runner``."""

from ui.tour.runner import main

raise SystemExit(main())
