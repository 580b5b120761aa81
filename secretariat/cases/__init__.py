"""Transferred cases (وظایف واگذارشده): the duties the provincial SMT Organization handed to
the House under their MoU, worked to deadlines in working days.

Public module: ``secretariat.cases.api``; every other module here is private. Cases use
``correspondence.api`` (letters linked both ways, the report's draft letter), ``contacts.api``
(the applicant) and ``printing.api`` (the report PDF); they never touch membership.
"""
