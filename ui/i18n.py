"""Translation helpers shared by the UI modules."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for lupdate under ``context``; translate it later with
    ``QCoreApplication.translate(context, source)``. (Qt's own has an untyped result.)"""
    del context
    return source


def ltr_in_rtl(text: str) -> str:
    """Left-to-right text (a path, a user name, a URL) shown in a right-to-left line.

    The right-to-left mark keeps the line right-to-left (so it aligns right,
    next to its label); the isolate keeps the text itself in its own order.
    """
    return "\u200f\u2066" + text + "\u2069"
