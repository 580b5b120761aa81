"""Printing: letters on letterhead or pre-printed paper, the register book, receipts,
envelopes, and the right-to-left PDF toolkit other features print with.

Public module: ``secretariat.printing.api``. ``documents/``, ``rtl*``, ``bidi_order``,
``fonts``, ``layout_settings`` and ``selftest_pdf`` are private to the package (their names
predate the underscore rule; import-linter's ``printing-internals`` contract guards them).
"""
