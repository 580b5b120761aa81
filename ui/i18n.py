"""Translation helpers shared by the UI modules, and the language the screens speak.

The screens speak Persian, right to left (the product). ``SECRETARIAT_LANG=en`` (or the
screen tour's ``--lang en``) shows the English source strings left to right instead, for
people reviewing the screens who do not read Persian; the data stays as typed.
"""

from __future__ import annotations

import os

from secretariat.kernel.vocab import LabeledEnum

LANG_ENV = "SECRETARIAT_LANG"
LANGUAGES = ("fa", "en")
_language = "fa"


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for lupdate under ``context``; translate it later with
    ``QCoreApplication.translate(context, source)``. (Qt's own has an untyped result.)"""
    del context
    return source


def requested_language() -> str:
    wanted = os.environ.get(LANG_ENV, "fa").strip().lower()
    return wanted if wanted in LANGUAGES else "fa"


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else "fa"


def language() -> str:
    return _language


def english() -> bool:
    return _language == "en"


def vocab_label(vocabulary: type[LabeledEnum], value: str | None) -> str:
    """A stored value's word in the screens' language (the value itself when unknown)."""
    try:
        member = vocabulary(value or "")
    except ValueError:
        return value or ""
    return member.label_en if english() else member.label


def ltr_in_rtl(text: str) -> str:
    """Left-to-right text (a path, a user name, a URL) shown in a right-to-left line.

    The right-to-left mark keeps the line right-to-left (so it aligns right,
    next to its label); the isolate keeps the text itself in its own order.
    """
    return "\u200f\u2066" + text + "\u2069"
