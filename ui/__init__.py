"""The Qt presentation: app bootstrap, main window, pages, dialogs, models and widgets.

Talks to the core only through ``secretariat.services`` and plain data objects.
"""
