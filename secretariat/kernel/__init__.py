"""The kernel: database and unit of work, acting user and permissions, audit, errors and
messages, counters, blobs, events, ids/jalali/text helpers. It imports no feature."""
