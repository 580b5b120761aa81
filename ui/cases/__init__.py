"""Transferred cases on screen: my cases and everyone's (coloured by SLA state), the case
form and the case page with its timeline, the working-day calendar, the MoU and its duty
types, the workgroup, the monthly report, and the letter page's «cases» section.

Imports only ``secretariat.cases.api`` (and the kernel's value types); never membership.
"""
