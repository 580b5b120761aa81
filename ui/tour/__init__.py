"""The screen tour: ``python -m ui.tour --out DIR [--lang fa|en] [--size 1366x768]`` renders
every page and dialog of every feature, on realistic sample data, into PNGs and a
``screens.json`` (see ``ui.tour.runner``). Features join through the UI registry: a
``UiFeature.tour`` module with ``seed(ctx, admin)`` and ``screens(ctx, user)``."""
