"""Subject access: a response for a child in a multi-child incident names none of the other
children, marks each withheld place with its reason, and shows what the DSL released."""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

import pytest
from lifetime_helpers import ADULT, MAIN_NAME, OTHERS, Scenario, build_scenario, new_session
from pypdf import PdfReader

from ypsi_desktop.domain.calendar import BankHoliday
from ypsi_desktop.domain.case import UserRole
from ypsi_desktop.domain.case_views import DueKind
from ypsi_desktop.services import session as sessions
from ypsi_desktop.services.lifetime import subject_access as sar
from ypsi_desktop.services.permissions import NotAllowed
from ypsi_desktop.services.users import add_user
from ypsi_desktop.storage import subject_access_store as sar_store
from ypsi_desktop.storage.bank_holidays import record_days, remove_days
from ypsi_desktop.storage.due import due_items
from ypsi_desktop.storage.incident_repository import IncidentRepository

RECEIVED = date(2026, 6, 1)
OTHER_WORDS = [w for pair in (*OTHERS, ADULT) for w in pair]


@pytest.fixture
def scenario(tmp_path: Path) -> Scenario:
    session = new_session(tmp_path)
    try:
        found = build_scenario(session)
        IncidentRepository(session.conn).add_note(
            found.shared_id,
            user_id=session.user.id,
            body="Checked in with Marisol privately about her wellbeing.",
            person_id=found.other_ids[0],
        )
        yield found
    finally:
        session.close()


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in reader.pages))


def _request(scenario: Scenario) -> int:
    return sar.record_request(
        scenario.session,
        scenario.main_id,
        received_on=RECEIVED,
        requested_by="The young person, by email",
        today=date(2026, 6, 2),
    )


def test_the_one_month_deadline() -> None:
    assert sar.one_month_after(date(2026, 6, 1)) == date(2026, 7, 1)
    # 31 January: the month after has no 31st, so its last day; 28/02/2026 is a Saturday.
    assert sar.one_month_after(date(2026, 1, 31)) == date(2026, 3, 2)
    assert sar.one_month_after(date(2028, 1, 31)) == date(2028, 2, 29)
    assert sar.one_month_after(date(2026, 12, 15)) == date(2027, 1, 15)
    assert sar.one_month_after(date(2026, 9, 3)) == date(2026, 10, 5)  # Sat 3 Oct → Monday
    assert sar.one_month_after(date(2026, 10, 3)) == date(2026, 11, 3)


def test_the_request_and_its_deadline_are_tracked(scenario: Scenario) -> None:
    request_id = _request(scenario)
    (request,) = sar.list_requests(scenario.session, open_only=True)
    assert request.id == request_id and request.due_on == date(2026, 7, 1)
    items = [
        i for i in due_items(scenario.session.conn, RECEIVED) if i.kind is DueKind.SUBJECT_ACCESS
    ]
    assert [(i.item_id, i.due_on, i.days_overdue) for i in items] == [
        (request_id, date(2026, 7, 1), -30)
    ]
    sar.complete_request(scenario.session, request_id, completed_on=date(2026, 6, 20))
    assert sar.list_requests(scenario.session, open_only=True) == []
    assert [
        i for i in due_items(scenario.session.conn, RECEIVED) if i.kind is DueKind.SUBJECT_ACCESS
    ] == []


def test_a_complex_request_gets_two_more_months_once_within_the_first(
    scenario: Scenario,
) -> None:
    request_id = _request(scenario)  # received 01/06/2026, due 01/07/2026
    session = scenario.session
    with pytest.raises(sar.AccessRequestError, match="Say why"):
        sar.extend_request(session, request_id, reason="  ", today=date(2026, 6, 10))
    with pytest.raises(sar.AccessRequestError, match="by 01/07/2026"):
        sar.extend_request(session, request_id, reason="Many files (test)", today=date(2026, 7, 2))
    due = sar.extend_request(
        session, request_id, reason="Records from three schools (test)", today=date(2026, 6, 10)
    )
    assert due == date(2026, 9, 1)  # three months from receipt
    (request,) = sar.list_requests(session, open_only=True)
    assert request.due_on == due and request.extended_on == date(2026, 6, 10)
    assert request.extension_reason == "Records from three schools (test)"
    items = [i for i in due_items(session.conn, RECEIVED) if i.kind is DueKind.SUBJECT_ACCESS]
    assert [i.due_on for i in items] == [due]
    assert items[0].description.endswith("(deadline extended)")
    with pytest.raises(sar.AccessRequestError, match="already been extended"):
        sar.extend_request(session, request_id, reason="Again (test)", today=date(2026, 6, 11))
    # Received on 30 November: three months on is the end of February, moved off a weekend.
    assert sar_store.months_after(date(2026, 11, 30), 3) == date(2027, 3, 1)


def test_a_bank_holiday_listed_later_moves_an_open_requests_deadline(scenario: Scenario) -> None:
    request_id = _request(scenario)  # received 01/06/2026: due Wednesday 01/07/2026
    conn, user = scenario.session.conn, scenario.session.user.id
    holiday = BankHoliday(date(2026, 7, 1), "Made-up holiday (test)")
    record_days(conn, [holiday], user_id=user)
    (request,) = sar.list_requests(scenario.session, open_only=True)
    assert request.id == request_id and request.due_on == date(2026, 7, 2)
    # The first month now ends on 02/07: an extension decided that day is still in time.
    sar.extend_request(
        scenario.session, request_id, reason="Complex (test)", today=date(2026, 7, 2)
    )
    remove_days(conn, [holiday.day], user_id=user)
    (request,) = sar.list_requests(scenario.session, open_only=True)
    assert request.due_on == date(2026, 9, 1)  # three months on, the holiday gone again


def test_the_response_names_none_of_the_other_children(scenario: Scenario) -> None:
    request_id = _request(scenario)
    response = sar.build_response(scenario.session, request_id)
    kinds = {r.kind for r in response.withheld}
    assert kinds == {"child", "adult", "reporter", "entry", "account"}
    text = _text(sar.render_response(scenario.session, response))
    assert MAIN_NAME in text and "Group chat shared across the tutor group" in text
    for word in OTHER_WORDS:
        assert word not in text, word
    assert "Checked in with Marisol" not in text
    for redaction in response.withheld:
        assert redaction.marker in text
        assert redaction.reason in text
    assert "OFFICIAL-SENSITIVE" in text and "Page 1 of" in text
    # What each mark hides is shown to the DSL on screen, never printed.
    hidden = {r.description for r in response.withheld}
    assert any("Marisol Fakename" in d for d in hidden)


def test_a_released_redaction_shows_with_its_reason(scenario: Scenario) -> None:
    request_id = _request(scenario)
    response = sar.build_response(scenario.session, request_id)
    marisol = next(
        r for r in response.redactions if "Marisol" in r.description and r.kind == "child"
    )
    sar.release_redaction(
        scenario.session, request_id, marisol.key, reason="Her parent consented in writing (test)"
    )
    with pytest.raises(sar.AccessRequestError, match="already been released"):
        sar.release_redaction(scenario.session, request_id, marisol.key, reason="again")
    response = sar.build_response(scenario.session, request_id)
    text = _text(sar.render_response(scenario.session, response))
    assert "Marisol" in text and "Fakename" in text
    assert "Her parent consented in writing (test)" in text
    for word in [w for pair in (*OTHERS[1:], ADULT) for w in pair]:
        assert word not in text, word


def test_only_the_dsl_handles_subject_access(scenario: Scenario) -> None:
    session = scenario.session
    request_id = _request(scenario)
    add_user(session, "Deputy Testperson", UserRole.DEPUTY, "green-lantern-fossil-77-harbour")
    path = session.path
    session.close()
    deputy = sessions.unlock(
        path, user_name="Deputy Testperson", passphrase="green-lantern-fossil-77-harbour"
    )
    try:
        with pytest.raises(NotAllowed):
            sar.build_response(deputy, request_id)
        with pytest.raises(NotAllowed):
            sar.release_redaction(deputy, request_id, "person:2", reason="test")
    finally:
        deputy.close()
        scenario.session = deputy
