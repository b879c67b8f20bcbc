"""The governors' report on screen: charts and tables by term and school year, counts under 5
hidden, and the same report saved as a PDF with the same charts.

No name or personal detail is ever shown here: the figures are counts, suppressed before
they reach the screen (services/lifetime/governors_report.py). Anyone who can view records
may open it (a headteacher preparing the governors' papers).
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtWidgets import QWidget

from ypsi_desktop.gui.background import Background
from ypsi_desktop.gui.bar_chart import BarChartWidget
from ypsi_desktop.gui.forms.ui_governors_report_dialog import Ui_GovernorsReportDialog
from ypsi_desktop.gui.lifetime_widgets import RecordsWindow
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.services.lifetime import governors_report as reports
from ypsi_desktop.services.lifetime.governors_report import GovernorsReport, year_label
from ypsi_desktop.services.permissions import NotAllowed
from ypsi_desktop.services.session import CaseFileSession
from ypsi_desktop.storage.errors import CaseFileError
from ypsi_desktop.storage.governors_figures import school_year_of

TITLE = "Governors' report"


def tables_html(report: GovernorsReport) -> str:
    """Every table as escaped HTML (labels come from the app, counts are numbers)."""
    parts = [f"<p>{escape(reports.METHOD)}</p>"]
    for table in report.tables:
        head = "".join(f"<th align='left'>{escape(h)}</th>" for h in table.headers())
        body = "".join(
            "<tr>" + "".join(f"<td>{escape(cell)}</td>" for cell in row) + "</tr>"
            for row in table.rows()
        )
        parts.append(
            f"<h3>{escape(table.title)}</h3>"
            f"<table border='1' cellspacing='0' cellpadding='4'><tr>{head}</tr>{body}</table>"
        )
    return "".join(parts)


class GovernorsReportDialog(RecordsWindow):
    TITLE = TITLE

    def __init__(
        self,
        parent: QWidget | None,
        session: CaseFileSession,
        prompts: Prompts,
        *,
        background: Background | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent, session, prompts, background=background, today=today)
        self.ui = Ui_GovernorsReportDialog()
        self.ui.setupUi(self)
        self.report: GovernorsReport | None = None
        self.charts: list[BarChartWidget] = []
        ui = self.ui
        current = school_year_of(self._today)
        span = reports.years_on_file(session) or (current, current)
        first = min(span[0], current - 2)
        for year in range(first, max(span[1], current) + 1):
            ui.from_combo.addItem(year_label(year), year)
            ui.to_combo.addItem(year_label(year), year)
        ui.to_combo.setCurrentIndex(ui.to_combo.findData(current))
        ui.from_combo.setCurrentIndex(max(0, ui.from_combo.findData(current - 2)))
        ui.from_combo.currentIndexChanged.connect(self.refresh)
        ui.to_combo.currentIndexChanged.connect(self.refresh)
        ui.save_pdf_button.clicked.connect(self.save_pdf)
        ui.button_box.rejected.connect(self.reject)
        self.refresh()

    def refresh(self) -> None:
        ui = self.ui
        first, last = int(ui.from_combo.currentData()), int(ui.to_combo.currentData())
        if first > last:
            ui.summary_label.setText("The first school year must not come after the last.")
            ui.save_pdf_button.setEnabled(False)
            return
        self.report = reports.build_report(self._session, first, last, today=self._today)
        ui.summary_label.setText(
            f"Anonymised figures for {self.report.period}. No child is named, and counts from "
            "1 to 4 are shown as <5 (with any count that would reveal them) so that no child "
            "can be identified."
        )
        for chart in self.charts:
            ui.charts_layout.removeWidget(chart)
            chart.deleteLater()
        self.charts = [BarChartWidget(spec) for spec in self.report.charts]
        for chart in self.charts:
            ui.charts_layout.addWidget(chart)
        ui.tables_view.setHtml(tables_html(self.report))
        ui.save_pdf_button.setEnabled(True)

    def save_pdf(self) -> None:
        from ypsi_desktop.services.lifetime.report_pdf import governors_pdf
        from ypsi_desktop.services.paperwork import save_pdf

        report = self.report
        if report is None:
            return
        path = self._prompts.save_path(
            self,
            "Save the governors' report",
            Path.home() / f"Governors report {report.span.replace('/', '-')}.pdf",
            "PDF (*.pdf)",
        )
        if path is None:
            return

        def work() -> int:
            rendered = governors_pdf(self._session, report)
            save_pdf(rendered.data, path)
            return rendered.pages

        def done(pages: int) -> None:
            self.setEnabled(True)
            self._prompts.inform(
                self,
                TITLE,
                f"Saved {path.name} ({pages} pages). It holds no names, only counts; the file "
                "is not encrypted.",
            )

        def failed(error: BaseException) -> None:
            self.setEnabled(True)
            if isinstance(error, NotAllowed | CaseFileError | OSError):
                self._prompts.warn(self, TITLE, f"The report was not saved. {error}")
            else:
                raise error

        if self._background is None:
            try:
                done(work())
            except (NotAllowed, CaseFileError, OSError) as error:
                failed(error)
            return
        self.setEnabled(False)
        self._background.run(work, done, failed)
