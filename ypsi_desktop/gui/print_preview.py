"""Print preview: the form's PDF shown page by page, printed, or saved as a PDF on request.

Nothing reaches the disk unless the user chooses "Save as PDF…" and confirms that the file is
not encrypted. The PDF stays in memory: pypdfium2 turns its pages into pictures of the pages
for the screen and for the printer (QtPdf would do the same, but its library links QtNetwork,
which the app never loads). The printer gets each page rendered at its own resolution (at most
300 dpi), scaled to fit the printable area so the marking at the foot of the page is never cut
off. The print dialog's "print to file" is switched off; a file is always a deliberate save.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QImage, QKeySequence, QPainter, QPixmap, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget

from ypsi_desktop import APP_NAME
from ypsi_desktop.gui.forms.ui_print_preview_dialog import Ui_PrintPreviewDialog
from ypsi_desktop.gui.prompts import Prompts
from ypsi_desktop.services.paperwork import save_pdf
from ypsi_desktop.storage.targets import TargetIsCaseFile

SCREEN_DPI = 96
PRINT_DPI_LIMIT = 300
ZOOMS = (50, 75, 100, 125, 150, 200)
UNENCRYPTED_WARNING = (
    "The PDF file will NOT be encrypted: anyone who can open the file can read the record. "
    "Save it only where it is needed (for example to send it through a secure system), and "
    "delete it securely afterwards. Printing needs no file: use Print instead if you can."
)


class PrintFailed(Exception):
    """The printer could not be started; the message is for the user."""


class PdfPages:
    """A PDF held in memory, rendered a page at a time."""

    def __init__(self, data: bytes) -> None:
        self._doc = pdfium.PdfDocument(data)
        self.sizes = [self._doc[i].get_size() for i in range(len(self._doc))]  # points

    def __len__(self) -> int:
        return len(self.sizes)

    def render(self, index: int, dpi: float) -> QImage:
        page = self._doc[index]
        bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
        try:
            data = bytes(bitmap.buffer)
            image = QImage(
                data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888
            )
            return image.copy()  # own the pixels: `data` goes away
        finally:
            bitmap.close()
            page.close()

    def close(self) -> None:
        if self.sizes:
            self.sizes = []
            self._doc.close()


def print_pages(pages: PdfPages, printer: object, doc_name: str) -> None:
    """Send every page to `printer` (a QPrinter), each scaled to fit the printable area."""
    from PySide6.QtPrintSupport import QPrinter

    assert isinstance(printer, QPrinter)
    printer.setDocName(doc_name)  # the spooler shows this: form and reference, never a name
    printer.setCreator(APP_NAME)
    printer.setFullPage(False)
    dpi = min(printer.resolution(), PRINT_DPI_LIMIT)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("The printer could not be started. Check it is on and try again.")
    try:
        for index in range(len(pages)):
            if index and not printer.newPage():
                raise PrintFailed("The printer stopped part-way. Check it, then print again.")
            target = painter.viewport()
            image = pages.render(index, dpi)
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            left = target.x() + (target.width() - size.width()) // 2
            painter.drawImage(QRect(left, target.y(), size.width(), size.height()), image)
    finally:
        painter.end()


class PrintPreviewDialog(QDialog):
    """Shows `pdf`; `on_printed()` and `on_saved(path)` let the caller record each output."""

    def __init__(
        self,
        pdf: bytes,
        *,
        title: str,
        summary: str,
        warnings: Sequence[str],
        prompts: Prompts,
        suggested_path: Path,
        on_printed: Callable[[], None],
        on_saved: Callable[[Path], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PrintPreviewDialog()
        self.ui.setupUi(self)
        self._pdf = pdf
        self._title = title
        self._prompts = prompts
        self._suggested = suggested_path
        self._on_printed = on_printed
        self._on_saved = on_saved
        self._pages = PdfPages(pdf)
        self._labels: list[QLabel] = []
        self._zoom = ZOOMS.index(100)
        self._next_to_render = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._render_some)
        self.setWindowTitle(f"Print preview: {title}")  # a form and a reference, never a name
        ui = self.ui
        count = len(self._pages)
        ui.summary_label.setText(f"{summary} · {count} page" + ("" if count == 1 else "s"))
        ui.warning_label.setText("\n".join(warnings))
        ui.warning_label.setVisible(bool(warnings))
        ui.print_button.clicked.connect(self.print_document)
        ui.save_button.clicked.connect(self.save_as_pdf)
        ui.button_box.rejected.connect(self.reject)
        ui.zoom_in_button.clicked.connect(lambda: self.set_zoom(self._zoom + 1))
        ui.zoom_out_button.clicked.connect(lambda: self.set_zoom(self._zoom - 1))
        for keys, step in (
            (QKeySequence.StandardKey.ZoomIn, 1),
            (QKeySequence.StandardKey.ZoomOut, -1),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(lambda step=step: self.set_zoom(self._zoom + step))
        ui.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        for index in range(count):
            label = QLabel()
            label.setAccessibleName(f"Page {index + 1} of {count}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setStyleSheet("background: white; color: #555;")
            ui.pages_layout.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self._labels.append(label)
        ui.pages_layout.addStretch(1)
        self.set_zoom(self._zoom)

    # --- public ---------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return len(self._pages)

    def rendered_pages(self) -> int:
        """Pages drawn so far (they are drawn a few at a time, so the window never freezes)."""
        return sum(
            1
            for label in self._labels
            if label.pixmap() is not None and not label.pixmap().isNull()
        )

    def set_zoom(self, position: int) -> None:
        self._zoom = max(0, min(len(ZOOMS) - 1, position))
        percent = ZOOMS[self._zoom]
        self.ui.zoom_label.setText(f"{percent}%")
        self.ui.zoom_in_button.setEnabled(self._zoom < len(ZOOMS) - 1)
        self.ui.zoom_out_button.setEnabled(self._zoom > 0)
        for label, (width, height) in zip(self._labels, self._pages.sizes, strict=True):
            label.clear()
            label.setText("Drawing the page…")
            label.setFixedSize(self._page_size(width, height))
        self._next_to_render = 0
        self._timer.start(0)

    def print_document(self) -> None:
        """Choose a printer and print. Printing to a file is refused: use Save as PDF."""
        from PySide6.QtGui import QPageSize
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(f"Print: {self._title}")
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if printer.outputFileName():
            self._prompts.warn(
                self,
                "Not printed",
                "Printing to a file would leave an unencrypted copy on the disk without saying "
                "so. Choose a printer, or use Save as PDF…, which tells you what that means.",
            )
            return
        self.print_to(printer)

    def print_to(self, printer: object) -> bool:
        """Print every page on `printer`; then the caller records it. False if it failed."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            print_pages(self._pages, printer, f"{APP_NAME}: {self._title}")
        except PrintFailed as error:
            QApplication.restoreOverrideCursor()
            self._prompts.warn(self, "Not printed", str(error))
            return False
        QApplication.restoreOverrideCursor()
        self._on_printed()
        return True

    def save_as_pdf(self) -> Path | None:
        """After a warning that the file is not encrypted, save the PDF where the user says."""
        if not self._prompts.confirm(
            self, "Save an unencrypted PDF?", UNENCRYPTED_WARNING, yes="Save unencrypted PDF"
        ):
            return None
        path = self._prompts.save_path(self, "Save as PDF", self._suggested, "PDF files (*.pdf)")
        if path is None:
            return None
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            save_pdf(self._pdf, path)
        except TargetIsCaseFile as error:
            self._prompts.warn(self, "Not saved", str(error))
            return None
        except OSError as error:
            self._prompts.warn(
                self,
                "Not saved",
                f"The PDF could not be saved there ({error.strerror or 'the system refused'}). "
                "Nothing was written. Choose another folder and try again.",
            )
            return None
        self._on_saved(path)
        self._prompts.inform(
            self,
            "Saved as PDF",
            f"Saved to {path}.\n\nThis file is not encrypted. Delete it securely once it has "
            "been sent or printed.",
        )
        return path

    # --- drawing ---------------------------------------------------------------------------

    def _page_size(self, width: float, height: float) -> QSize:
        scale = ZOOMS[self._zoom] / 100 * SCREEN_DPI / 72
        return QSize(round(width * scale), round(height * scale))

    def _render_some(self) -> None:
        ratio = self.devicePixelRatioF()
        dpi = ZOOMS[self._zoom] / 100 * SCREEN_DPI * ratio
        stop = min(self._next_to_render + 2, len(self._labels))
        for index in range(self._next_to_render, stop):
            pixmap = QPixmap.fromImage(self._pages.render(index, dpi))
            pixmap.setDevicePixelRatio(ratio)
            self._labels[index].setPixmap(pixmap)
        self._next_to_render = stop
        if stop < len(self._labels):
            self._timer.start(0)

    def done(self, result: int) -> None:
        """Closing forgets the pages and the PDF: nothing of the record stays in the window."""
        self._timer.stop()
        for label in self._labels:
            label.clear()
        self._pages.close()
        self._pdf = b""
        super().done(result)
