"""The due view on a small real file: what is overdue is listed in words, what is done is not."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ypsi_desktop.domain.case import Agency, FollowUp, Incident, Referral
from ypsi_desktop.gui.due_dialog import NOTHING_DUE, DueDialog
from ypsi_desktop.services.session import CaseFileSession, create
from ypsi_desktop.storage.incident_repository import IncidentRepository
from ypsi_desktop.storage.key_derivation import KdfParams

TODAY = date(2026, 3, 2)  # a Monday


@pytest.fixture
def session(tmp_path: Path) -> Iterator[CaseFileSession]:
    session, _ = create(
        tmp_path / "case.ypsi",
        user_name="Sam Taylor",
        passphrase="otter kettle 7 lantern gravel",
        kdf=KdfParams.for_tests(),
    )
    yield session
    session.close()


def save(session: CaseFileSession, incident: Incident) -> Incident:
    return IncidentRepository(session.conn).save(incident, user_id=session.user.id)


def open_dialog(qtbot: QtBot, session: CaseFileSession) -> DueDialog:
    dialog = DueDialog(session, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def cells(dialog: DueDialog) -> list[list[str]]:
    table = dialog.ui.items_table
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_lists_an_overdue_follow_up_and_an_unacknowledged_referral(
    qtbot: QtBot, session: CaseFileSession
) -> None:
    first = save(
        session,
        Incident(
            owner="Sam Taylor",
            came_to_light_at=datetime(2026, 2, 3, 9, 0),
            follow_ups=[
                FollowUp("Check in with the pupil", owner="Ms Testlead", due_on=date(2026, 2, 20)),
                FollowUp(
                    "Speak to parents",
                    owner="Ms Testlead",
                    due_on=date(2026, 2, 10),
                    done_on=date(2026, 2, 9),
                ),
                FollowUp("Review in a month", owner="Ms Testlead", due_on=date(2026, 3, 20)),
            ],
        ),
    )
    second = save(
        session,
        Incident(
            owner="Mr Deputy",
            came_to_light_at=datetime(2026, 2, 25, 14, 0),
            referrals=[
                Referral(Agency.MASH, made_on=date(2026, 2, 26)),  # due Fri 27th
                Referral(
                    Agency.POLICE, made_on=date(2026, 2, 26), acknowledged_on=date(2026, 2, 27)
                ),
            ],
        ),
    )
    dialog = open_dialog(qtbot, session)
    rows = cells(dialog)
    assert rows == [
        [
            first.reference,
            "Follow-up: Check in with the pupil",
            "Ms Testlead",
            "20/02/2026",
            "10 days overdue",
        ],
        [
            second.reference,
            "Referral to children's social care (MASH) not acknowledged: telephone to check it was"
            " received",
            "Mr Deputy",
            "27/02/2026",
            "3 days overdue",
        ],
    ]
    assert dialog.ui.summary_label.text().startswith("1 follow-up and 1 unacknowledged referral")
    assert all("Speak to parents" not in row[1] and "POLICE" not in row[1] for row in rows)

    with qtbot.waitSignal(dialog.incident_activated) as activated:
        dialog.ui.items_table.setFocus()
        dialog.ui.items_table.selectRow(1)
        qtbot.keyClick(dialog.ui.items_table, Qt.Key.Key_Return)
    assert activated.args == [second.id]
    with qtbot.waitSignal(dialog.incident_activated) as activated:
        dialog.ui.items_table.selectRow(0)
        dialog.ui.open_incident_button.click()
    assert activated.args == [first.id]


def test_nothing_due_says_so(qtbot: QtBot, session: CaseFileSession) -> None:
    save(
        session,
        Incident(
            follow_ups=[
                FollowUp("Done already", due_on=date(2026, 2, 1), done_on=date(2026, 2, 1)),
            ]
        ),
    )
    dialog = open_dialog(qtbot, session)
    assert dialog.ui.summary_label.text() == NOTHING_DUE
    assert dialog.ui.items_table.rowCount() == 0
    assert not dialog.ui.open_incident_button.isEnabled()


def test_a_transfer_awaiting_receipt_is_worded_and_opens_the_childs_file(qtbot: QtBot) -> None:
    from ypsi_desktop.domain.case_views import DueItem, DueKind
    from ypsi_desktop.gui.due_dialog import late_words, summary_words, what_words

    item = DueItem(
        kind=DueKind.TRANSFER_RECEIPT,
        incident_id=0,
        incident_reference="C-0007",
        item_id=1,
        description="Example High School (invented)",
        owner="Sam Taylor",
        due_on=date(2026, 3, 9),
        days_overdue=-3,
        person_id=7,
    )
    assert "Example High School (invented)" in what_words(item)
    assert "receipt not yet confirmed" in what_words(item)
    assert late_words(item) == "Due in 3 days"
    assert summary_words([item], date(2026, 3, 6)).startswith("1 transfer awaiting receipt")
