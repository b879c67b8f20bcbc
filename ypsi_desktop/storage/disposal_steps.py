"""The steps of disposing of a person inside one incident (storage/disposal.py runs them).

Either the whole incident goes (nobody else remains in it) or the person is taken out of it:
their link removed, their name replaced in every shared text, the chronology entries about
them erased and those naming them erased and re-recorded without the name.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from .assessment_seal import new_seal_salt, seal
from .audit import AuditAction, Clock, add_chronology_entry, erase_chronology_entry
from .case_codec import PERSON_TEXT, PERSON_TRI
from .case_history import record_audit
from .connection import Connection
from .name_redaction import NameRedactor

# Incident text columns blanked when an incident is disposed of, and searched for names when
# it is shared. Dates that are only about the incident's handling are cleared too.
INCIDENT_TEXT = (
    "owner",
    "reported_by",
    "how_came_to_light",
    "imagery_description",
    "viewed_by",
    "viewing_reason",
    "viewing_others_present",
    "apps_services",
    "sharing_extent",
    "review_attendees",
    "review_triggers_considered",
    "review_notes",
    "device_steps",
    "parents_contact_details",
    "parents_not_contacted_reason",
    "support_given",
    "outcome",
)
LINK_TEXT = ("own_words", "parents_not_informed_reason", "notes")
REFERRAL_TEXT = ("spoken_to", "agency_reference", "risk_reasons", "agency_decision")
FOLLOW_UP_TEXT = ("description", "owner")
# A remaining person's own details that can mention someone else (never their own names).
PERSON_NOTES = (
    "vulnerability_notes",
    "social_worker",
    "household",
    "parental_responsibility",
    "other_professionals",
    "agency_details",
    "role_or_relationship",
)
ERASE_REASON = "retention disposal"
# Stands in for a disposed incident's decision reasons (an override must still have some).
REASONS_REMOVED = "[Reasons removed when the record was disposed of.]"
MENTION_REASON = "names a person whose record was disposed of"


class IncidentDisposer:
    def __init__(self, conn: Connection, user_id: int, clock: Clock) -> None:
        self.conn = conn
        self.user_id = user_id
        self.clock = clock
        self.result_disposed: list[str] = []
        self.result_redacted: list[str] = []
        self.erased = 0
        self.rerecorded = 0

    # --- helpers ----------------------------------------------------------------------------

    def audit(self, action: AuditAction, record_type: str, record_id: int, detail: str) -> None:
        record_audit(
            self.conn,
            user_id=self.user_id,
            action=action,
            record_type=record_type,
            record_id=record_id,
            detail=detail,
            clock=self.clock,
        )

    def seal_decision(self, assessment_id: int, detail: str) -> None:
        """A redacted decision is sealed again, as it now stands (its salt is new)."""
        seal(
            self.conn,
            assessment_id,
            user_id=self.user_id,
            action=AuditAction.CHANGE,
            detail=detail,
            clock=self.clock,
        )

    def erase(self, entry_id: int, reason: str = ERASE_REASON) -> None:
        erase_chronology_entry(
            self.conn, entry_id, by_user_id=self.user_id, reason=reason, clock=self.clock
        )
        self.erased += 1

    def redact_columns(
        self,
        table: str,
        key_column: str,
        key: int,
        columns: Iterable[str],
        redactor: NameRedactor,
    ) -> bool:
        columns = tuple(columns)
        row = self.conn.execute(
            f"SELECT {', '.join(columns)} FROM {table} WHERE {key_column} = ?", (key,)
        ).fetchone()
        if row is None:
            return False
        changes = {}
        for column, value in zip(columns, row, strict=True):
            redacted = redactor.redact(str(value or ""))
            if redacted.changed:
                changes[column] = redacted.text
        if changes:
            assignments = ", ".join(f"{c} = ?" for c in changes)
            self.conn.execute(
                f"UPDATE {table} SET {assignments} WHERE {key_column} = ?",
                (*changes.values(), key),
            )
        return bool(changes)

    # --- incidents --------------------------------------------------------------------------

    def dispose_incident(self, incident_id: int, reference: str, now: str) -> None:
        conn = self.conn
        blanks = ", ".join(f"{c} = ''" for c in INCIDENT_TEXT)
        conn.execute(
            f"UPDATE incidents SET {blanks}, viewed_at = NULL, review_held_on = NULL,"
            " next_due = NULL, disposed_at = ?, updated_at = ? WHERE id = ?",
            (now, now, incident_id),
        )
        placeholders = [
            int(r[0])
            for r in conn.execute(
                "SELECT ip.person_id FROM incident_people ip JOIN people p ON p.id = ip.person_id"
                " WHERE ip.incident_id = ? AND p.placeholder = 1",
                (incident_id,),
            )
        ]
        conn.execute("DELETE FROM incident_people WHERE incident_id = ?", (incident_id,))
        for person_id in placeholders:
            if not conn.execute(
                "SELECT 1 FROM incident_people WHERE person_id = ?", (person_id,)
            ).fetchone():
                self.blank_person(person_id, now)
        conn.execute(
            "DELETE FROM referral_children WHERE referral_id IN"
            " (SELECT id FROM referrals WHERE incident_id = ?)",
            (incident_id,),
        )
        blanks = ", ".join(f"{c} = ''" for c in REFERRAL_TEXT)
        conn.execute(
            f"UPDATE referrals SET {blanks}, risk_rating = 'unknown' WHERE incident_id = ?",
            (incident_id,),
        )
        conn.execute("DELETE FROM follow_ups WHERE incident_id = ?", (incident_id,))
        for (assessment_id,) in conn.execute(
            "SELECT id FROM assessments WHERE incident_id = ?", (incident_id,)
        ).fetchall():
            conn.execute(
                "UPDATE assessments SET free_text = '{}', reasons = CASE WHEN reasons = ''"
                " THEN '' ELSE ? END, redactions = redactions + 1, seal_salt = ? WHERE id = ?",
                (REASONS_REMOVED, new_seal_salt(), assessment_id),
            )
            self.seal_decision(int(assessment_id), "decision's words removed with the incident")
        for (entry_id,) in conn.execute(
            "SELECT id FROM chronology WHERE incident_id = ? AND erased = 0 ORDER BY id",
            (incident_id,),
        ).fetchall():
            self.erase(int(entry_id))
        conn.execute(
            "DELETE FROM legal_holds WHERE incident_id = ? AND lifted_at IS NOT NULL",
            (incident_id,),
        )
        self.audit(AuditAction.ERASE, "incident", incident_id, "incident disposed of")
        self.result_disposed.append(reference)

    def redact_incident(
        self,
        incident_id: int,
        reference: str,
        person_ids: set[int],
        redactor: NameRedactor,
    ) -> None:
        conn = self.conn
        marks = ", ".join("?" for _ in person_ids)
        ids = tuple(sorted(person_ids))
        conn.execute(
            f"DELETE FROM incident_people WHERE incident_id = ? AND person_id IN ({marks})",
            (incident_id, *ids),
        )
        conn.execute(
            f"DELETE FROM referral_children WHERE person_id IN ({marks}) AND referral_id IN"
            " (SELECT id FROM referrals WHERE incident_id = ?)",
            (*ids, incident_id),
        )
        changed = self.redact_columns("incidents", "id", incident_id, INCIDENT_TEXT, redactor)
        for (person_id,) in conn.execute(
            "SELECT person_id FROM incident_people WHERE incident_id = ?", (incident_id,)
        ).fetchall():
            row = conn.execute(
                f"SELECT {', '.join(LINK_TEXT)} FROM incident_people"
                " WHERE incident_id = ? AND person_id = ?",
                (incident_id, person_id),
            ).fetchone()
            link_texts = [redactor.redact(str(v)) for v in row]
            if any(r.changed for r in link_texts):
                conn.execute(
                    f"UPDATE incident_people SET {', '.join(f'{c} = ?' for c in LINK_TEXT)}"
                    " WHERE incident_id = ? AND person_id = ?",
                    (*(r.text for r in link_texts), incident_id, person_id),
                )
                changed = True
            if self.redact_columns("people", "id", int(person_id), PERSON_NOTES, redactor):
                self.audit(
                    AuditAction.CHANGE,
                    "person",
                    int(person_id),
                    "name of a disposed person removed from details",
                )
        for table, columns in (("referrals", REFERRAL_TEXT), ("follow_ups", FOLLOW_UP_TEXT)):
            for (row_id,) in conn.execute(
                f"SELECT id FROM {table} WHERE incident_id = ?", (incident_id,)
            ).fetchall():
                changed |= self.redact_columns(table, "id", int(row_id), columns, redactor)
        for assessment_id, free_text, reasons in conn.execute(
            "SELECT id, free_text, reasons FROM assessments WHERE incident_id = ?", (incident_id,)
        ).fetchall():
            values = json.loads(free_text)
            new_values = {k: redactor.redact(str(v)).text for k, v in values.items()}
            new_reasons = redactor.redact(str(reasons)).text
            if new_values != values or new_reasons != reasons:
                conn.execute(
                    "UPDATE assessments SET free_text = ?, reasons = ?,"
                    " redactions = redactions + 1, seal_salt = ? WHERE id = ?",
                    (
                        json.dumps(
                            new_values, ensure_ascii=False, sort_keys=True, separators=(",", ":")
                        ),
                        new_reasons,
                        new_seal_salt(),
                        assessment_id,
                    ),
                )
                self.seal_decision(
                    int(assessment_id), "name of a disposed person removed from a decision"
                )
                changed = True
        rows = conn.execute(
            "SELECT id, person_id, occurred_at, kind, body FROM chronology"
            " WHERE incident_id = ? AND erased = 0 ORDER BY id",
            (incident_id,),
        ).fetchall()
        for entry_id, person_id, occurred_at, kind, body in rows:
            if person_id is not None and int(person_id) in person_ids:
                self.erase(int(entry_id))
                changed = True
                continue
            redacted = redactor.redact(str(body))
            if redacted.changed:
                self.erase(int(entry_id), MENTION_REASON)
                add_chronology_entry(
                    conn,
                    incident_id=incident_id,
                    author_id=self.user_id,
                    occurred_at=str(occurred_at),
                    kind=str(kind),
                    body=redacted.text,
                    person_id=None if person_id is None else int(person_id),
                    corrects_id=int(entry_id),
                    clock=self.clock,
                )
                self.rerecorded += 1
                changed = True
        if changed:
            self.audit(
                AuditAction.CHANGE,
                "incident",
                incident_id,
                "name of a disposed person removed",
            )
            self.result_redacted.append(reference)

    def blank_person(self, person_id: int, now: str) -> None:
        blanks = ", ".join(f"{name} = ''" for name in PERSON_TEXT)
        nulls = ", ".join(f"{name} = NULL" for name in PERSON_TRI)
        self.conn.execute(
            f"UPDATE people SET {blanks}, {nulls}, date_of_birth = NULL, age_years = NULL,"
            " age_recorded_on = NULL, sen = 'unknown', plan = 'unknown', name_key = '',"
            " search_key = '', disposed_at = ?, updated_at = ? WHERE id = ?",
            (now, now, person_id),
        )
