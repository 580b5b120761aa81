"""Correspondence: the letter register (وارده، صادره، داخلی), referrals, attachments, search.

Public module: ``secretariat.correspondence.api``; every other module here is private.
"""
