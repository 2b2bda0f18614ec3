"""Small static SVG charts, drawn here in Python: no chart library, nothing from a CDN.

Colours come from classes of hub.css that use Material's CSS variables, so the charts
follow the light and dark scheme (and need no style= attribute, which the CSP refuses).
Every chart has a <title> and the page shows the same numbers in a table
next to it, for screen readers and for copying. Coordinates are rounded to one
decimal, so the same numbers always give the same bytes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

PRIMARY = "hub-chart__primary"
ACCENT = "hub-chart__accent"
TEXT = "hub-chart__text"
MUTED = "hub-chart__muted"
GRID = "hub-chart__grid"


@dataclass(frozen=True)
class Bar:
    label: str
    value: float  # visits
    part: float = 0.0  # conversions, drawn inside the bar
    value_text: str = ""  # the number as shown ("1.234")


def _n(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _svg(width: int, height: int, title: str, body: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
        f'role="img" aria-label={quoteattr(title)} class="hub-chart">'
        f"<title>{escape(title)}</title>{''.join(body)}</svg>"
    )


def bar_chart(bars: Sequence[Bar], title: str, legend: tuple[str, str]) -> str:
    """Horizontal bars, one per line: label, bar (conversions inside), value."""
    label_width, bar_width, value_width, row = 130, 330, 70, 26
    top = 24
    width = label_width + bar_width + value_width
    height = top + row * len(bars) + 6
    peak = max((b.value for b in bars), default=0) or 1
    body = _legend(legend, label_width)
    for index, bar in enumerate(bars):
        y = top + index * row
        length = bar_width * bar.value / peak
        part = bar_width * min(bar.part, bar.value) / peak
        body.append(
            f'<text x="{label_width - 8}" y="{_n(y + 17)}" text-anchor="end" font-size="13" class="{TEXT}">'
            f"{escape(bar.label)}</text>"
        )
        body.append(f'<rect x="{label_width}" y="{y + 4}" width="{_n(length)}" height="18" rx="2" class="{PRIMARY}"/>')
        if part:
            body.append(f'<rect x="{label_width}" y="{y + 4}" width="{_n(part)}" height="18" rx="2" class="{ACCENT}"/>')
        body.append(
            f'<text x="{_n(label_width + length + 6)}" y="{_n(y + 17)}" font-size="12" class="{MUTED}">'
            f"{escape(bar.value_text)}</text>"
        )
    return _svg(width, height, title, body)


def column_chart(columns: Sequence[Bar], title: str, legend: tuple[str, str]) -> str:
    """Vertical columns over time (weeks): visits, with conversions inside each column."""
    left, plot_height, bottom, top = 44, 160, 24, 28
    slot = max(18, min(60, 520 // max(len(columns), 1)))
    width = left + slot * len(columns) + 10
    height = top + plot_height + bottom
    peak = max((c.value for c in columns), default=0) or 1
    body = _legend(legend, left)
    for fraction in (0, 0.5, 1):
        y = top + plot_height * (1 - fraction)
        body.append(f'<line x1="{left}" x2="{width - 6}" y1="{_n(y)}" y2="{_n(y)}" class="{GRID}"/>')
        body.append(
            f'<text x="{left - 6}" y="{_n(y + 4)}" text-anchor="end" font-size="11" class="{MUTED}">'
            f"{_n(round(peak * fraction))}</text>"
        )
    for index, column in enumerate(columns):
        x = left + index * slot + slot * 0.15
        bar = slot * 0.7
        h = plot_height * column.value / peak
        part = plot_height * min(column.part, column.value) / peak
        body.append(
            f'<rect x="{_n(x)}" y="{_n(top + plot_height - h)}" width="{_n(bar)}" height="{_n(h)}" class="{PRIMARY}">'
            f"<title>{escape(column.label)}: {escape(column.value_text)}</title></rect>"
        )
        if part:
            body.append(
                f'<rect x="{_n(x)}" y="{_n(top + plot_height - part)}" width="{_n(bar)}" height="{_n(part)}" '
                f'class="{ACCENT}"/>'
            )
        body.append(
            f'<text x="{_n(x + bar / 2)}" y="{top + plot_height + 16}" text-anchor="middle" font-size="11" '
            f'class="{MUTED}">{escape(column.label)}</text>'
        )
    return _svg(width, height, title, body)


def _legend(legend: tuple[str, str], x: int) -> list[str]:
    first, second = legend
    return [
        f'<rect x="{x}" y="4" width="12" height="12" class="{PRIMARY}"/>',
        f'<text x="{x + 16}" y="14" font-size="12" class="{TEXT}">{escape(first)}</text>',
        f'<rect x="{x + 130}" y="4" width="12" height="12" class="{ACCENT}"/>',
        f'<text x="{x + 146}" y="14" font-size="12" class="{TEXT}">{escape(second)}</text>',
    ]
