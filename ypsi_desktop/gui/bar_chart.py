"""A grouped bar chart drawn with QPainter, for the governors' report on screen.

The app ships PySide6-Essentials only (QtCharts is in the Add-ons wheel), and the chart is
simple: one group of bars per label, one bar per series, a value axis with a light grid, a
legend. It draws the same ChartSpec as the PDF (services/lifetime/governors_report.py), so a
hidden count shows as no bar and a "<5" label here too.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ypsi_desktop.services.lifetime.governors_report import ChartSpec

COLOURS = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00")


def nice_step(top: float) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 8:
            return step
    return max(1, math.ceil(top / 8))


class BarChartWidget(QWidget):
    def __init__(self, spec: ChartSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setMinimumHeight(300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        hidden = sum(1 for _, values in spec.series for v in values if v is None)
        shown = ", ".join(
            f"{name}: "
            + "; ".join(
                f"{label} {'<5' if v is None else v}"
                for label, v in zip(spec.x_labels, values, strict=True)
            )
            for name, values in spec.series
        )
        self.setAccessibleName(spec.title)
        self.setAccessibleDescription(
            shown + (f". {hidden} count(s) under 5 are hidden." if hidden else "")
        )

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(860, 320)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        text = self.palette().text().color()
        spec = self.spec
        many = len(spec.x_labels) > 12
        title_font = QFont(self.font())
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(QRectF(8, 4, self.width() - 16, 20), spec.title)
        small = QFont(self.font())
        small.setPointSizeF(max(6.5, self.font().pointSizeF() * 0.8))
        painter.setFont(small)
        legend_width = 90 if len(spec.series) > 1 else 0
        left, top = 42.0, 30.0
        bottom = 78.0 if many else 48.0
        plot = QRectF(
            left, top, self.width() - left - 12 - legend_width, self.height() - top - bottom
        )
        values = [v for _, vs in spec.series for v in vs if v is not None]
        peak = max(values, default=0)
        step = nice_step(max(5, peak * 1.15))
        ceiling = step * math.ceil(max(5, peak * 1.15) / step)
        grid = QPen(QColor("#D5DAE1"))
        grid.setWidthF(0.6)
        for tick in range(0, ceiling + 1, step):
            y = plot.bottom() - plot.height() * tick / ceiling
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(text)
            painter.drawText(QRectF(0, y - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight, str(tick))
        groups = max(1, len(spec.x_labels))
        series = max(1, len(spec.series))
        group_width = plot.width() / groups
        bar_width = group_width * 0.8 / series
        for g, label in enumerate(spec.x_labels):
            x0 = plot.left() + g * group_width + group_width * 0.1
            for s, (_name, vals) in enumerate(spec.series):
                value = vals[g]
                x = x0 + s * bar_width
                if value is None:
                    painter.setPen(QColor("#5A6270"))
                    painter.drawText(
                        QRectF(x - 6, plot.bottom() - 16, bar_width + 12, 14),
                        Qt.AlignmentFlag.AlignCenter,
                        "<5",
                    )
                    continue
                height = plot.height() * value / ceiling
                painter.fillRect(
                    QRectF(x, plot.bottom() - height, bar_width * 0.92, height),
                    QColor(COLOURS[s % len(COLOURS)]),
                )
            painter.setPen(text)
            if many:
                painter.save()
                painter.translate(plot.left() + (g + 0.5) * group_width + 4, plot.bottom() + 4)
                painter.rotate(90)
                painter.drawText(QRectF(0, 0, bottom - 8, 12), label)
                painter.restore()
            else:
                painter.drawText(
                    QRectF(
                        plot.left() + g * group_width, plot.bottom() + 3, group_width, bottom - 6
                    ),
                    Qt.AlignmentFlag.AlignHCenter | Qt.TextFlag.TextWordWrap,
                    label,
                )
        painter.setPen(text)
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        if len(spec.series) > 1:
            x = plot.right() + 14
            for s, (name, _vals) in enumerate(spec.series):
                y = top + 4 + s * 16
                painter.fillRect(QRectF(x, y, 10, 10), QColor(COLOURS[s % len(COLOURS)]))
                painter.drawText(QRectF(x + 14, y - 2, legend_width - 14, 14), name)
        painter.end()
