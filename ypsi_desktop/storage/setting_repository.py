"""The setting's own details (printed on every form) and its directory of agency contacts.

Both are small and change rarely, but they are printed on referral forms sent to other
agencies, so every change is audited (field names only) like any record.
"""

from __future__ import annotations

from dataclasses import fields

from ypsi_desktop.domain.case import Contact, ContactKind, SettingDetails

from .audit import AuditAction, Clock, format_time, utc_now
from .case_codec import short_list
from .case_history import record_audit
from .connection import Connection, transaction

_SETTING = tuple(f.name for f in fields(SettingDetails))
_CONTACT = ("name", "telephone", "email", "address", "notes")


class SettingRepository:
    def __init__(self, conn: Connection, *, clock: Clock = utc_now) -> None:
        self.conn = conn
        self.clock = clock

    def details(self) -> SettingDetails:
        row = self.conn.execute(
            f"SELECT {', '.join(_SETTING)} FROM setting_details WHERE singleton = 1"
        ).fetchone()
        if row is not None:
            return SettingDetails(*(str(v) for v in row))
        return SettingDetails()

    def save_details(self, details: SettingDetails, *, user_id: int) -> SettingDetails:
        with transaction(self.conn):
            old = self.details()
            changed = [n for n in _SETTING if getattr(old, n) != getattr(details, n)]
            if not changed:
                return details
            values = [str(getattr(details, n)) for n in _SETTING]
            self.conn.execute(
                f"INSERT INTO setting_details (singleton, {', '.join(_SETTING)}, updated_at)"
                f" VALUES (1, {', '.join('?' for _ in _SETTING)}, ?)"
                " ON CONFLICT (singleton) DO UPDATE SET "
                + ", ".join(f"{n} = excluded.{n}" for n in (*_SETTING, "updated_at")),
                (*values, format_time(self.clock())),
            )
            record_audit(
                self.conn,
                user_id=user_id,
                action=AuditAction.CHANGE,
                record_type="setting",
                record_id=1,
                detail=short_list("changed", changed),
                clock=self.clock,
            )
        return details

    def contacts(self, kind: ContactKind | None = None) -> list[Contact]:
        sql = f"SELECT id, kind, {', '.join(_CONTACT)} FROM contacts"
        params: tuple[str, ...] = ()
        if kind is not None:
            sql += " WHERE kind = ?"
            params = (ContactKind(kind).value,)
        return [
            Contact(
                id=int(r[0]),
                kind=ContactKind(r[1]),
                **{n: str(v) for n, v in zip(_CONTACT, r[2:], strict=True)},
            )
            for r in self.conn.execute(sql + " ORDER BY kind, name, id", params)
        ]

    def save_contact(self, contact: Contact, *, user_id: int) -> Contact:
        """Insert or update a contact; writes the new id back into `contact`."""
        values = [ContactKind(contact.kind).value, *(str(getattr(contact, n)) for n in _CONTACT)]
        now = format_time(self.clock())
        with transaction(self.conn):
            if contact.id is None:
                cursor = self.conn.execute(
                    f"INSERT INTO contacts (kind, {', '.join(_CONTACT)}, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (*values, now),
                )
                contact.id = int(cursor.lastrowid or 0)
                action, detail = AuditAction.CREATE, "contact added"
            else:
                old = next((c for c in self.contacts() if c.id == contact.id), None)
                if old is None:
                    raise LookupError(f"there is no contact {contact.id}")
                changed = [n for n in ("kind", *_CONTACT) if getattr(old, n) != getattr(contact, n)]
                if not changed:
                    return contact
                self.conn.execute(
                    f"UPDATE contacts SET kind = ?, {', '.join(f'{n} = ?' for n in _CONTACT)},"
                    " updated_at = ? WHERE id = ?",
                    (*values, now, contact.id),
                )
                action, detail = AuditAction.CHANGE, short_list("changed", changed)
            record_audit(
                self.conn,
                user_id=user_id,
                action=action,
                record_type="contact",
                record_id=contact.id,
                detail=detail,
                clock=self.clock,
            )
        return contact

    def delete_contact(self, contact_id: int, *, user_id: int) -> None:
        with transaction(self.conn):
            cursor = self.conn.execute("DELETE FROM contacts WHERE id = ?", (contact_id,))
            if cursor.rowcount != 1:
                raise LookupError(f"there is no contact {contact_id}")
            record_audit(
                self.conn,
                user_id=user_id,
                action=AuditAction.CHANGE,
                record_type="contact",
                record_id=contact_id,
                detail="contact removed",
                clock=self.clock,
            )
