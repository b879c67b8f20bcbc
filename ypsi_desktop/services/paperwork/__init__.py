"""Referral paperwork: the forms a DSL prints, laid out with ReportLab, and the use cases
around them (who may print what, and recording each print or save).

May import domain, storage and the other services; never PySide6. Laying out a form needs no
database: `prepare` reads a snapshot on the caller's thread, `render` turns it into PDF bytes
anywhere (a worker thread in the app), `record_output` writes the chronology and audit entry.
"""

from ypsi_desktop.services.paperwork.service import (
    FORM_NAMES,
    FormChoice,
    FormKind,
    NothingToPrint,
    Output,
    PreparedForm,
    blank_form,
    child_chronology,
    forms_for_incident,
    incident_form,
    record_output,
    render,
    save_pdf,
)

__all__ = [
    "FORM_NAMES",
    "FormChoice",
    "FormKind",
    "NothingToPrint",
    "Output",
    "PreparedForm",
    "blank_form",
    "child_chronology",
    "forms_for_incident",
    "incident_form",
    "record_output",
    "render",
    "save_pdf",
]
