"""The cases' part of the screen tour: the sample data goes in through the api (and
``check`` finds every case as audited), and each screen builds on it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from secretariat.cases import api as cases
from secretariat.kernel.context import AppContext, CurrentUser
from secretariat.kernel.integrity import run_check
from tests.conftest import WaitTasks
from ui.cases import _tour

pytestmark = pytest.mark.gui


def test_seed_then_every_screen(qtbot: QtBot, ctx: AppContext, admin: CurrentUser,
                                wait_tasks: WaitTasks) -> None:
    _tour.seed(ctx, admin)
    _tour.seed(ctx, admin)  # a second run adds nothing
    assert cases.count_cases(ctx, admin) == 40
    assert len(cases.list_duties(ctx, admin)) == len(_tour.DUTIES)
    report = run_check(ctx, admin)
    assert report.ok, report.problems
    names = []
    for name, widget in _tour.screens(ctx, admin):
        qtbot.addWidget(widget)
        names.append(name)
    assert names == ["cases-mine", "cases-all", "case-page", "case-form", "cases-calendar",
                     "cases-duties", "cases-workgroup", "cases-report", "cases-report-preview"]
    wait_tasks()
