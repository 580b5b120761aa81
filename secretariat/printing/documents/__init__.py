"""Printed documents: letter, pre-printed letter, calibration page, register book, receipt,
envelope. Each renderer takes plain frozen data (``data.py``) and returns the PDF as bytes,
so documents are testable without a database and the printing service stays thin.
"""
