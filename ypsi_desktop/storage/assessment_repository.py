"""Assessments: each completed run of the wizard, with the DSL's decision, kept for good.

Saved from the wizard's plain dict (`CompletedAssessment.to_dict()`), checked by the same
domain code that reads it back, so nothing malformed gets in. Rows are append-only (the
database refuses UPDATE and DELETE): a changed decision is a new assessment, and the history
shows both. Saving one also updates the incident's latest category and route (what the case
list shows), adds a chronology entry and an audit entry, all in one transaction.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from ypsi_desktop.domain.case import AssessmentRecord
from ypsi_desktop.domain.guidance_text import label
from ypsi_desktop.domain.wizard_decision import CompletedAssessment

from .assessment_seal import new_seal_salt, seal
from .audit import AuditAction, Clock, format_time, utc_now
from .case_codec import date_out
from .case_history import record_story
from .connection import Connection, transaction
from .search import refresh

_COLUMNS = (
    "id, incident_id, rules_version, facts, free_text, suggestion, category, route,"
    " accepted_suggestion, reasons, decided_by, decided_at, review_meeting_on"
)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _label(id_: str) -> str:
    try:
        return label(id_)
    except KeyError:
        return id_


def _record(row: tuple[Any, ...]) -> AssessmentRecord:
    decided_at = datetime.fromisoformat(str(row[11]).replace("Z", "+00:00"))
    return AssessmentRecord(
        id=int(row[0]),
        incident_id=int(row[1]),
        rules_version=str(row[2]),
        facts=dict(json.loads(row[3])),
        free_text={str(k): str(v) for k, v in json.loads(row[4]).items()},
        suggestion=dict(json.loads(row[5])),
        category=str(row[6]),
        route=str(row[7]),
        accepted_suggestion=bool(row[8]),
        reasons=str(row[9]),
        decided_by=int(row[10]),
        decided_at=decided_at if decided_at.tzinfo else decided_at.replace(tzinfo=UTC),
        review_meeting_on=date_out(row[12]),
    )


class AssessmentRepository:
    def __init__(self, conn: Connection, *, clock: Clock = utc_now) -> None:
        self.conn = conn
        self.clock = clock

    def save(
        self,
        incident_id: int,
        data: Mapping[str, object],
        *,
        user_id: int,
        review_meeting_on: date | None = None,
    ) -> AssessmentRecord:
        """Record a completed assessment. `data` is `CompletedAssessment.to_dict()`; a
        malformed one raises ValueError. `review_meeting_on` defaults to the incident's
        initial review meeting date."""
        checked = CompletedAssessment.from_dict(data).to_dict()
        decision = checked["decision"]
        suggestion = checked["suggestion"]
        if not isinstance(decision, dict) or not isinstance(suggestion, dict):
            raise ValueError("saved assessment: decision or suggestion malformed")
        moment = self.clock()
        with transaction(self.conn):
            row = self.conn.execute(
                "SELECT review_held_on FROM incidents WHERE id = ?", (incident_id,)
            ).fetchone()
            if row is None:
                raise LookupError(f"there is no incident {incident_id}")
            meeting = review_meeting_on or date_out(row[0])
            cursor = self.conn.execute(
                "INSERT INTO assessments (incident_id, rules_version, facts, free_text,"
                " suggestion, category, route, accepted_suggestion, reasons, decided_by,"
                " decided_at, review_meeting_on, seal_salt)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    incident_id,
                    checked["rules_version"],
                    _json(checked["facts"]),
                    _json(checked["free_text"]),
                    _json(suggestion),
                    decision["category"],
                    decision["route"],
                    int(bool(decision["accepted_suggestion"])),
                    decision["reasons"],
                    user_id,
                    format_time(moment),
                    None if meeting is None else meeting.isoformat(),
                    new_seal_salt(),
                ),
            )
            assessment_id = int(cursor.lastrowid or 0)
            self.conn.execute(
                "UPDATE incidents SET latest_category = ?, latest_route = ? WHERE id = ?",
                (decision["category"], decision["route"], incident_id),
            )
            accepted = bool(decision["accepted_suggestion"])
            seal(
                self.conn,
                assessment_id,
                user_id=user_id,
                action=AuditAction.CREATE,
                detail=f"decision recorded for incident {incident_id}; suggestion "
                + ("accepted" if accepted else "not followed"),
                clock=self.clock,
            )
            body = (
                f"Decision recorded: {_label(str(decision['category']))}; route: "
                f"{_label(str(decision['route']))}. "
            )
            if accepted:
                body += "This follows the suggestion."
            else:
                body += (
                    f"The suggestion was {_label(str(suggestion.get('category', '')))}; route: "
                    f"{_label(str(suggestion.get('route', '')))}. Reasons are recorded with "
                    "the assessment."
                )
            record_story(
                self.conn,
                incident_id=incident_id,
                user_id=user_id,
                kind="assessment",
                body=body,
                occurred_at=moment,
                clock=self.clock,
            )
            refresh(self.conn, incident_id)
        found = self.get(assessment_id)
        if found is None:
            raise LookupError(f"assessment {assessment_id} was not saved")
        return found

    def get(self, assessment_id: int) -> AssessmentRecord | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM assessments WHERE id = ?", (assessment_id,)
        ).fetchone()
        return None if row is None else _record(tuple(row))

    def history(self, incident_id: int) -> list[AssessmentRecord]:
        """Every assessment of the incident, oldest first."""
        return [
            _record(tuple(row))
            for row in self.conn.execute(
                f"SELECT {_COLUMNS} FROM assessments WHERE incident_id = ? ORDER BY id",
                (incident_id,),
            )
        ]

    def latest(self, incident_id: int) -> AssessmentRecord | None:
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM assessments WHERE incident_id = ? ORDER BY id DESC LIMIT 1",
            (incident_id,),
        ).fetchone()
        return None if row is None else _record(tuple(row))
