"""The setting's own details and its contacts directory, as printed on the paperwork.

A thin service over SettingRepository (which audits each change): anyone signed in may read
them, those who record incidents (the DSL and deputies) may change them, since the details go
out on referral forms. Text is cleaned at this boundary like any other typed text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ypsi_desktop.domain.case import Contact, ContactKind, SettingDetails
from ypsi_desktop.domain.text import LINE_LIMIT, clean, clean_line
from ypsi_desktop.services.permissions import Permission
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.connection import transaction
from ypsi_desktop.storage.setting_repository import SettingRepository

NOTES_LIMIT = 2_000


def setting_details(session: CaseFileSession) -> SettingDetails:
    session.require(Permission.VIEW)
    return SettingRepository(session.conn).details()


def contacts(session: CaseFileSession) -> list[Contact]:
    session.require(Permission.VIEW)
    return SettingRepository(session.conn).contacts()


def _clean_details(details: SettingDetails) -> SettingDetails:
    cleaned = SettingDetails(
        name=clean_line(details.name, limit=200).text,
        address=clean(details.address, limit=LINE_LIMIT).text.strip(),
        telephone=clean_line(details.telephone, limit=100).text,
        email=clean_line(details.email, limit=200).text,
        urn=clean_line(details.urn, limit=20).text,
    )
    if not cleaned.name:
        raise ValueError("Enter the setting's name: it is printed on every form.")
    return cleaned


def _clean_contact(contact: Contact) -> Contact:
    cleaned = replace(
        contact,
        kind=ContactKind(contact.kind),
        name=clean_line(contact.name, limit=200).text,
        telephone=clean_line(contact.telephone, limit=100).text,
        email=clean_line(contact.email, limit=200).text,
        address=clean(contact.address, limit=LINE_LIMIT).text.strip(),
        notes=clean(contact.notes, limit=NOTES_LIMIT).text.strip(),
    )
    if not (cleaned.name or cleaned.telephone or cleaned.email):
        raise ValueError(
            "Each contact needs at least a name, a telephone number or an email address."
        )
    return cleaned


def save_setting(
    session: CaseFileSession,
    details: SettingDetails,
    keep: Sequence[Contact],
) -> tuple[SettingDetails, list[Contact]]:
    """Save the setting's details and make the directory hold exactly `keep` (new contacts
    have no id; contacts left out are removed), in one transaction. Returns what was saved."""
    session.require(Permission.RECORD)
    cleaned = _clean_details(details)
    wanted = [_clean_contact(c) for c in keep]
    repo = SettingRepository(session.conn)
    user_id = session.user.id
    with transaction(session.conn):
        repo.save_details(cleaned, user_id=user_id)
        existing = {c.id for c in repo.contacts()}
        kept = {c.id for c in wanted if c.id is not None}
        unknown = kept - existing
        if unknown:
            raise ValueError("A contact was removed meanwhile; close this window and try again.")
        for contact_id in sorted(i for i in existing - kept if i is not None):
            repo.delete_contact(contact_id, user_id=user_id)
        for contact in wanted:
            repo.save_contact(contact, user_id=user_id)
    return cleaned, repo.contacts()
