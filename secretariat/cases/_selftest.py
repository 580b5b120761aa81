"""The cases step of ``secretariat self-test`` (named in the registry): the official calendar
loads. In a bundled app the holidays package finds Iran's module and its Persian names only if
the build collected them (build.spec), so the installed program proves it here."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from secretariat.cases._calendar import official_holidays
from secretariat.kernel.jalali import from_jalali


def check_calendar(_workdir: Path) -> str:
    year = date.today().year
    found = official_holidays(year)
    nowruz = from_jalali(year - 621, 1, 1)  # the Jalali year that begins in this one
    if nowruz not in found:
        raise AssertionError(f"Nowruz ({nowruz}) is not among the official holidays of {year}")
    return f"{len(found)} official holidays in {year}; {found[nowruz]}"

