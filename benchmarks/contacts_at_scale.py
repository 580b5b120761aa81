"""The address book at scale: what a clerk waits for when contacts are scoped to what he may see.

    python benchmarks/contacts_at_scale.py [--letters N] [--keep DIR] [--runs R]

Seeds N letters exactly as ``letters_at_scale.py`` does (its bulk import, its contacts: about
3,000 organisations, made by the admin), then times, as the admin (no scope) and as a clerk of
normal clearance (every contact filtered by the letters he may see), and prints one JSON object:

- list_first_page_ms: ``list_contacts`` with nothing typed (the contacts page), p95
- list_prefix_ms: ``list_contacts`` with one typed word (the contact picker), p95
- similar_ms: ``find_similar_contacts`` of an existing name (the form's warning), p95
- get_ms: ``get_contact`` of an existing contact, p95
- contacts: how many contacts the database holds; clerk_sees_of_first_1000: how many of
  the first 1,000 by name the clerk may list

``--keep DIR`` reuses a database seeded there before (by either benchmark).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from letters_at_scale import PASSWORD, letter_stream  # noqa: E402
from sqlalchemy import text  # noqa: E402

from secretariat.contacts import api as contacts  # noqa: E402
from secretariat.correspondence import api as letters  # noqa: E402
from secretariat.kernel import accounts, setup  # noqa: E402
from secretariat.kernel.context import AppContext, CurrentUser, open_context  # noqa: E402
from secretariat.kernel.keys import KEYS_DIR_ENV  # noqa: E402


def p95_ms(fn: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return round(samples[min(len(samples) - 1, int(len(samples) * 0.95))], 2)


def figures(ctx: AppContext, user: CurrentUser, runs: int) -> dict[str, float]:
    rng = random.Random(7)
    names = [c.name for c in contacts.list_contacts(ctx, user, limit=1000)] or ["x"]
    words = [name.split()[1] if len(name.split()) > 1 else name for name in names]
    some = [c.id for c in contacts.list_contacts(ctx, user, limit=1000)] or [1]
    return {
        "list_first_page_ms": p95_ms(lambda: contacts.list_contacts(ctx, user), runs),
        "list_prefix_ms": p95_ms(
            lambda: contacts.list_contacts(ctx, user, rng.choice(words), limit=20), runs),
        "similar_ms": p95_ms(
            lambda: contacts.find_similar_contacts(ctx, user, rng.choice(names)), runs),
        "get_ms": p95_ms(lambda: contacts.get_contact(ctx, user, rng.choice(some)), runs),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR")
    parser.add_argument("--runs", type=int, default=100)
    args = parser.parse_args()
    data_dir = args.keep or Path(tempfile.mkdtemp(prefix="contacts-at-scale-"))
    os.environ.setdefault(KEYS_DIR_ENV, str(data_dir.parent / f"{data_dir.name}-keys"))
    ctx = open_context(data_dir, create=True)
    result: dict[str, object] = {"letters": args.letters}
    try:
        if setup.is_initialized(ctx):
            admin = accounts.authenticate(ctx, "admin", PASSWORD)
        else:
            admin = setup.initialize(ctx, "admin", PASSWORD, "مدیر")
            accounts.add_user(ctx, admin, "clerk", PASSWORD, "clerk", "normal", "دبیر")
            letters.import_letters(ctx, admin, letter_stream(args.letters, random.Random(1405)),
                                   batch_size=2000)
        clerk = accounts.authenticate(ctx, "clerk", PASSWORD)
        with ctx.read() as session:
            result["contacts"] = session.scalar(text("SELECT count(*) FROM contacts"))
            # What the database holds (with --keep, not what --letters asked for).
            result["letters"] = session.scalar(text("SELECT count(*) FROM letters"))
        result["clerk_sees_of_first_1000"] = len(
            contacts.list_contacts(ctx, clerk, limit=contacts.MAX_LIST))
        result["admin"] = figures(ctx, admin, args.runs)
        result["clerk"] = figures(ctx, clerk, args.runs)
    finally:
        ctx.close()
    result["load_average"] = os.getloadavg()
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
