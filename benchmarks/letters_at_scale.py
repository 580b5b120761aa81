"""The letter register at scale: seed N realistic letters, then time what clerks wait for.

    python benchmarks/letters_at_scale.py [--letters N] [--keep DIR] [--database-url URL]

With ``--database-url`` (e.g. a PostgreSQL server's) the same figures are measured on that
database: it is seeded through the same service when it holds no letters (then VACUUM
ANALYZE, as autovacuum would soon do), and the data folder points at it (settings.json), so
the GUI and memory probes use it too.

Seeds through the bulk-import service (the same checks, numbering, search index
and audit entries as registering one letter), then prints one JSON object:

- seed_seconds: the import (N letters, contacts created on the way)
- search_first_page_p95_ms: 1–2 word full-text queries, newest 50, as a clerk
  with normal clearance (the confidentiality filter engaged)
- search_prefix_p95_ms: the same with a prefix word («مصو*»)
- search_count_p95_ms: the match count of those queries
- like_scan_p95_ms: the naive ``LIKE '%word%'`` count over the same text, for the ratio
- register_one_p95_ms: registering one letter through the service (numbering,
  search index, audit: one transaction)
- service_first_page_ms / service_last_page_ms / service_count_all_ms: the
  register's keyset pages as the GUI model will ask for them
- list_first_page_ms / list_jump_to_end_ms: the GUI register (model and table),
  offscreen, from benchmarks/register_view.py run in its own process
- rss_mb: that GUI process with the 1M database open (Qt, the app, the database);
  core_rss_mb: a core-only process that has run a search and a first page
- check_seconds / check_quick_seconds: ``secretariat check`` and ``check --quick`` as an
  admin runs them (a fresh process, signed in), on the seeded database
- database_mb, bytes_per_letter and bytes_per_letter_by_table: SQLite's ``dbstat`` (pages
  in use) per table and index, divided by the number of letters

``--keep DIR`` seeds into DIR (unless it holds a seeded database already, which is reused)
and keeps it, so later runs measure without seeding again. The database's key store is the
folder beside it, ``DIR-keys`` (unless SECRETARIAT_KEYS_DIR is set).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import text  # noqa: E402

from secretariat.correspondence import api as letters  # noqa: E402
from secretariat.correspondence.api import LetterInput, PartyInput  # noqa: E402
from secretariat.kernel import accounts, setup  # noqa: E402
from secretariat.kernel.config import LocalSettings  # noqa: E402
from secretariat.kernel.context import AppContext, CurrentUser, open_context  # noqa: E402
from secretariat.kernel.jalali import from_jalali, today_tehran  # noqa: E402
from secretariat.kernel.keys import KEYS_DIR_ENV  # noqa: E402

PASSWORD = "bench-password-1"

# --- realistic Persian letters ------------------------------------------------------

ORG_KINDS = ["شرکت", "کارخانه", "اداره کل", "سازمان", "انجمن", "اتحادیه", "شهرداری", "بانک"]
ORG_NAMES = [
    "فولاد", "سیمان", "کاشی", "نساجی", "پتروشیمی", "صنایع غذایی", "قطعه‌سازی", "دارویی",
    "پلاستیک", "شیشه", "چرم", "کاغذ", "لاستیک", "آلومینیوم", "مس", "ریخته‌گری", "بسته‌بندی",
    "لبنیات", "نوشابه", "فرش", "مبلمان", "رنگ", "الکترونیک", "ماشین‌سازی", "کشاورزی",
]
PLACES = ["البرز", "کرج", "اشتهارد", "نظرآباد", "هشتگرد", "فردیس", "ساوجبلاغ", "طالقان",
          "کمال‌شهر", "محمدشهر", "ماهدشت", "چهارباغ", "سیمین‌دشت", "صفادشت"]
TOPICS = [
    "بهره‌برداری", "پروانه تأسیس", "تمدید پروانه", "تسهیلات بانکی", "صادرات", "واردات مواد اولیه",
    "گمرک", "مالیات بر ارزش افزوده", "بیمه تأمین اجتماعی", "انرژی و گاز", "برق صنعتی",
    "آب و فاضلاب", "محیط زیست", "استاندارد", "نمایشگاه", "آموزش", "همایش", "عضویت",
    "حق عضویت", "کارت بازرگانی", "گواهی مبدأ", "شهرک صنعتی", "زمین صنعتی", "مجوز",
    "اشتغال", "دانش‌بنیان", "نوسازی", "تعرفه", "قیمت‌گذاری", "ارز", "حمل و نقل", "معدن",
]
VERBS = ["درخواست", "گزارش", "اعلام", "پیگیری", "دعوت به جلسه", "ارسال", "استعلام", "پاسخ",
         "صورت‌جلسه", "بخشنامه", "تقدیرنامه", "معرفی", "اعتراض به", "تمدید", "ابلاغ"]
FILLER = [
    "با سلام و احترام", "به استحضار می‌رساند", "خواهشمند است دستور فرمایید", "پیرو مکاتبات قبلی",
    "در خصوص", "مقتضی است", "نسبت به", "اقدام لازم", "معمول گردد", "واحدهای تولیدی",
    "اعضای محترم", "هیئت مدیره", "کمیسیون", "کارگروه", "مصوبه", "جلسه مورخ", "نتیجه را",
    "اعلام نمایند", "مستندات پیوست", "می‌باشد", "گردیده است", "ضمناً", "شایان ذکر است",
    "با توجه به", "بر اساس", "آیین‌نامه", "ماده", "تبصره", "قانون", "رفع موانع تولید",
]
KEYWORDS = [*TOPICS[:20], "فوری", "جلسه", "مالی", "حقوقی", "فنی", "آمار"]
UNITS = ["دبیرخانه", "امور مالی", "امور حقوقی", "روابط عمومی", "امور اعضا", "فناوری اطلاعات"]


def arabicise(text_: str, rng: random.Random) -> str:
    """Some clerks type with an Arabic keyboard: ي and ك instead of ی and ک."""
    if rng.random() < 0.2:
        return text_.replace("ی", "ي").replace("ک", "ك")
    return text_


def persian_digits(value: int, rng: random.Random) -> str:
    s = str(value)
    return s.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")) if rng.random() < 0.5 else s


def organisations(rng: random.Random, count: int = 3000) -> list[str]:
    names: set[str] = set()
    while len(names) < count:
        names.add(f"{rng.choice(ORG_KINDS)} {rng.choice(ORG_NAMES)} {rng.choice(PLACES)}"
                  f" {persian_digits(rng.randint(1, 99), rng)}")
    return sorted(names)


def letter_stream(n: int, rng: random.Random, years: int = 5) -> Iterator[LetterInput]:
    """``n`` letters spread over the last ``years`` Jalali years, in registration order."""
    orgs = organisations(rng)
    last = today_tehran()
    first = from_jalali(1405 - years + 1, 1, 1)
    span = (last - first).days
    for i in range(n):
        registered = first + timedelta(days=span * i // max(n, 1))
        r = rng.random()
        kind = "incoming" if r < 0.6 else "outgoing" if r < 0.9 else "internal"
        topic = rng.choice(TOPICS)
        subject = arabicise(f"{rng.choice(VERBS)} {topic} {rng.choice(PLACES)}", rng)
        summary = " ".join(rng.choice(FILLER) for _ in range(rng.randint(0, 12)))
        body = ""
        if rng.random() < 0.3:
            body = arabicise(" ".join(rng.choice(FILLER + TOPICS) for _ in range(
                rng.randint(20, 90))), rng)
        common: dict[str, Any] = {
            "subject": subject, "registered_on": registered, "summary": arabicise(summary, rng),
            "body": body,
            "urgency": rng.choices(["normal", "urgent", "immediate"], [85, 12, 3])[0],
            "classification": rng.choices(["normal", "confidential", "secret"], [90, 8, 2])[0],
            "keywords": tuple(rng.sample(KEYWORDS, rng.randint(0, 3))),
        }
        if kind == "incoming":
            yield LetterInput(
                kind=kind, sender=PartyInput(name=arabicise(rng.choice(orgs), rng)),
                sender_number=f"{persian_digits(rng.randint(1, 9999), rng)}/"
                              f"{rng.choice(['ص', 'د', 'م'])}/{rng.randint(1, 99)}",
                sender_date=registered - timedelta(days=rng.randint(0, 10)),
                **common,
            )
        elif kind == "outgoing":
            yield LetterInput(
                kind=kind, recipients=(PartyInput(name=rng.choice(orgs)),),
                cc=tuple(PartyInput(name=rng.choice(orgs)) for _ in range(rng.randint(0, 2))),
                **common,
            )
        else:
            yield LetterInput(kind=kind, from_unit=rng.choice(UNITS), to_unit=rng.choice(UNITS),
                              **common)


# --- timing --------------------------------------------------------------------------

def p95_ms(samples: list[float]) -> float:
    ordered = sorted(samples)
    index = max(0, round(0.95 * len(ordered)) - 1)
    return round(ordered[index] * 1000, 2)


def timed(fn: Callable[[], object], runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def word_queries(rng: random.Random, count: int) -> list[str]:
    words = [w for phrase in TOPICS + VERBS + PLACES + ORG_NAMES for w in phrase.split()]
    words = [w for w in words if len(w) > 2]
    return [" ".join(rng.sample(words, rng.choice([1, 2]))) for _ in range(count)]


def prefix_queries(rng: random.Random, count: int) -> list[str]:
    words = [w for phrase in TOPICS + ORG_NAMES for w in phrase.split() if len(w) >= 4]
    return [rng.choice(words)[: rng.choice([2, 3, 4])] + "*" for _ in range(count)]


def measure(ctx: AppContext, admin: CurrentUser, clerk: CurrentUser, runs: int) -> dict[str, object]:
    rng = random.Random(7)
    words = word_queries(rng, runs)
    prefixes = prefix_queries(rng, runs)
    result: dict[str, object] = {}

    def each(queries_: list[str], fn: Callable[[str], object]) -> list[float]:
        it = iter(queries_)
        return timed(lambda: fn(next(it)), len(queries_))

    def first_page(q: str) -> object:
        return letters.page_letters(ctx, clerk, letters.LetterQuery(text=q), limit=50)

    def count(q: str) -> object:
        return letters.count_letters(ctx, clerk, letters.LetterQuery(text=q))

    result["search_first_page_p95_ms"] = p95_ms(each(words, first_page))
    result["search_prefix_p95_ms"] = p95_ms(each(prefixes, first_page))
    result["search_count_p95_ms"] = p95_ms(each(words, count))
    result["search_count_admin_p95_ms"] = p95_ms(each(
        words, lambda q: letters.count_letters(ctx, admin, letters.LetterQuery(text=q))))

    def like(q: str) -> object:
        # The text as typed (the normalised copy lives only in the index now).
        pattern = "%" + q.split()[0] + "%"
        with ctx.read() as session:
            return session.execute(
                text("SELECT count(*) FROM letters JOIN letter_texts ON letter_id = id"
                     " WHERE subject LIKE :p OR summary LIKE :p OR body LIKE :p"),
                {"p": pattern},
            ).scalar()

    result["like_scan_p95_ms"] = p95_ms(each(words[:5], like))

    plain = letters.LetterQuery()
    result["service_first_page_ms"] = round(min(timed(
        lambda: letters.page_letters(ctx, clerk, plain, limit=100), 5)) * 1000, 2)
    result["service_last_page_ms"] = round(min(timed(
        lambda: letters.last_page(ctx, clerk, plain, limit=100), 5)) * 1000, 2)
    result["service_count_all_ms"] = round(min(timed(
        lambda: letters.count_letters(ctx, clerk, plain), 3)) * 1000, 2)

    counter = iter(range(10**9))

    def register_one() -> object:
        i = next(counter)
        return letters.register_letter(ctx, admin, LetterInput(
            kind="incoming", subject=f"نامهٔ آزمون سرعت {i}",
            sender=PartyInput(name="شرکت فولاد البرز ۱"), sender_number=f"B-{i}",
            sender_date=today_tehran(), summary="با سلام و احترام، به استحضار می‌رساند",
        ))

    result["register_one_p95_ms"] = p95_ms(timed(register_one, min(runs, 100)))
    return result


RSS_PROBE = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from secretariat.correspondence import api as letters
from secretariat.kernel import accounts
from secretariat.kernel.context import open_context
ctx = open_context(Path({data!r}))
clerk = accounts.authenticate(ctx, "clerk", {password!r})
letters.page_letters(ctx, clerk, letters.LetterQuery(), limit=100)
letters.search_letters(ctx, clerk, "بهره برداری")
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"):
        print(int(line.split()[1]) / 1024)
"""


def rss_mb(data_dir: Path) -> float | None:
    if not Path("/proc/self/status").exists():
        return None
    probe = RSS_PROBE.format(root=str(ROOT), data=str(data_dir), password=PASSWORD)
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return round(float(out.stdout.strip().splitlines()[-1]), 1)


def gui_figures(data_dir: Path) -> dict[str, object]:
    """The register as the GUI paints it, measured in a separate (offscreen) process."""
    script = ROOT / "benchmarks" / "register_view.py"
    out = subprocess.run(
        [sys.executable, str(script), str(data_dir), "--password", PASSWORD],
        capture_output=True, text=True, check=False,
    )
    if out.returncode != 0:
        return {"list_first_page_ms": None, "list_jump_to_end_ms": None, "rss_mb": None,
                "gui_error": out.stderr.strip().splitlines()[-1:]}
    figures = json.loads(out.stdout)
    return {key: figures.get(key) for key in
            ("list_first_page_ms", "list_jump_to_end_ms", "list_count_ms", "rss_mb")}


def database_mb(data_dir: Path, url: str | None) -> float | None:
    if url:
        from sqlalchemy import create_engine

        engine = create_engine(url)
        try:
            with engine.connect() as conn:
                size = conn.exec_driver_sql("SELECT pg_database_size(current_database())").scalar()
        finally:
            engine.dispose()
        return round(int(size or 0) / 2**20, 1)
    db = data_dir / "secretariat.sqlite"
    return round(db.stat().st_size / 2**20, 1) if db.exists() else None


def storage(db: Path, letters_count: int) -> dict[str, object]:
    """Where the bytes go: SQLite's dbstat, pages in use per table and index."""
    import sqlite3

    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name"
                           " ORDER BY 2 DESC").fetchall()
    finally:
        con.close()
    per = max(letters_count, 1)
    total = sum(size for _name, size in rows)
    return {
        "bytes_per_letter": round(total / per),
        "bytes_per_letter_by_table": {name: round(size / per) for name, size in rows
                                      if size / per >= 1},
    }


def check_figures(data_dir: Path) -> dict[str, object]:
    """``secretariat check`` and ``check --quick`` as an admin runs them, each in its own
    process (start-up and sign-in included)."""
    import os

    env = {**os.environ, "SECRETARIAT_DATA_DIR": str(data_dir), "SECRETARIAT_USER": "admin",
           "SECRETARIAT_PASSWORD": PASSWORD, "PYTHONPATH": str(ROOT)}
    figures: dict[str, object] = {}
    for key, extra in (("check_seconds", []), ("check_quick_seconds", ["--quick"])):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-m", "secretariat", "check", *extra, "--json"],
                             capture_output=True, text=True, env=env, check=False)
        figures[key] = round(time.perf_counter() - start, 1)
        report = json.loads(out.stdout) if out.stdout.strip() else {}
        figures[key.replace("seconds", "ok")] = report.get("ok")
        if not report.get("ok"):
            figures[key.replace("seconds", "problems")] = (
                report.get("problems") or out.stderr.strip().splitlines()[-3:])[:5]
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1_000_000)
    parser.add_argument("--keep", type=Path, default=None, metavar="DIR",
                        help="seed into DIR and keep it; a DIR seeded before is reused")
    parser.add_argument("--runs", type=int, default=200, help="queries per measurement")
    parser.add_argument("--batch", type=int, default=2000)
    parser.add_argument("--database-url", default=None,
                        help="measure on this database (PostgreSQL), seeded if it is empty")
    args = parser.parse_args()

    data_dir = args.keep or Path(tempfile.mkdtemp(prefix="letters-at-scale-"))
    # The key store beside the data, not in this user's own config folder.
    os.environ.setdefault(KEYS_DIR_ENV, str(data_dir.parent / f"{data_dir.name}-keys"))
    if args.database_url:
        data_dir.mkdir(parents=True, exist_ok=True)
        LocalSettings(database_url=args.database_url).save(data_dir)
    ctx = open_context(data_dir, create=True)
    result: dict[str, object] = {"letters": args.letters,
                                 "database": ctx.engine.dialect.name}
    try:
        if setup.is_initialized(ctx):
            admin = accounts.authenticate(ctx, "admin", PASSWORD)
            result["seed_seconds"] = None  # reused an earlier seed
        else:
            admin = setup.initialize(ctx, "admin", PASSWORD, "مدیر")
            accounts.add_user(ctx, admin, "clerk", PASSWORD, "clerk", "normal", "دبیر")
            start = time.perf_counter()
            done = letters.import_letters(
                ctx, admin, letter_stream(args.letters, random.Random(1405)),
                batch_size=args.batch,
                progress=lambda n: print(f"\r{n:,} letters", end="", file=sys.stderr),
            )
            print(file=sys.stderr)
            result["seed_seconds"] = round(time.perf_counter() - start, 1)
            result["seeded"] = done.count
            if ctx.engine.dialect.name == "postgresql":
                with ctx.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as c:
                    c.exec_driver_sql("VACUUM ANALYZE")
        clerk = accounts.authenticate(ctx, "clerk", PASSWORD)
        result.update(measure(ctx, admin, clerk, args.runs))
        counted = letters.count_letters(ctx, admin, letters.LetterQuery())
    finally:
        ctx.close()
    result["core_rss_mb"] = rss_mb(data_dir)
    result.update(gui_figures(data_dir))
    result.update(check_figures(data_dir))
    result["database_mb"] = database_mb(data_dir, args.database_url)
    if not args.database_url:
        result.update(storage(data_dir / "secretariat.sqlite", counted))
    result["load_average"] = os.getloadavg() if hasattr(os, "getloadavg") else None
    print(json.dumps(result, ensure_ascii=False, indent=2))
    if args.keep is None:
        import shutil

        shutil.rmtree(data_dir, ignore_errors=True)
        shutil.rmtree(os.environ[KEYS_DIR_ENV], ignore_errors=True)
    else:
        print(f"data kept in {data_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
