"""Correspondence: the letter register (وارده، صادره، داخلی), contacts, referrals, attachments.

Services (no Qt): ``letters`` (register, sign, edit, status, cancel, get),
``queries`` (lists, search, counts, keyset pages), ``referrals`` (ارجاع and the
کارتابل), ``attachments``, ``contacts``, ``bulk`` (import). They take an
``AppContext`` and a ``CurrentUser`` and return the frozen dataclasses of ``dto``.
"""

# Importing the package registers what `secretariat check` verifies: the audited
# state of letters, contacts and referrals, and the attachments' hashes.
from secretariat.correspondence import attachments as _attachments  # noqa: F401
from secretariat.correspondence import snapshots as _snapshots  # noqa: F401
