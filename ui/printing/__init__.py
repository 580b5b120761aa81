"""Printing in the application: preview (QtPdf), print (QPrinter), save, settings.

Entry points for the rest of the UI are in ``ui.printing.actions``.
"""
