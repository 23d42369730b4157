"""Bar charts drawn on the server as SVG, to view, save or paste into a report."""

from django.utils.html import escape
from django.utils.safestring import mark_safe

COLOURS = ("#0b5394", "#c98a00", "#38761d", "#990000")
BAR = 14
GAP = 10
LABEL_WIDTH = 170
PLOT_WIDTH = 380


def bar_chart(*, title: str, labels: list[str], series: list[tuple[str, list[int]]]):
    """Return a grouped horizontal bar chart as SVG markup (every text escaped)."""
    largest = max([max(values, default=0) for _name, values in series] + [1])
    group = BAR * len(series) + GAP
    height = 40 + group * len(labels) + 24
    width = LABEL_WIDTH + PLOT_WIDTH + 60
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}" '
        'font-family="DejaVu Sans, sans-serif" font-size="12">',
        '<rect width="100%" height="100%" fill="#fff"/>',
        f'<text x="0" y="16" font-size="14" font-weight="bold">{escape(title)}</text>',
    ]
    for index, label in enumerate(labels):
        top = 30 + index * group
        parts.append(
            f'<text x="0" y="{top + BAR * len(series) / 2 + 4}">{escape(label)}</text>'
        )
        for number, (_name, values) in enumerate(series):
            value = values[index]
            length = round(PLOT_WIDTH * value / largest)
            y = top + number * BAR
            colour = COLOURS[number % len(COLOURS)]
            parts.append(
                f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length}" '
                f'height="{BAR - 2}" fill="{colour}"/>'
                f'<text x="{LABEL_WIDTH + length + 4}" y="{y + BAR - 4}">{value}</text>'
            )
    legend_y = height - 8
    x = 0
    for number, (name, _values) in enumerate(series):
        colour = COLOURS[number % len(COLOURS)]
        parts.append(
            f'<rect x="{x}" y="{legend_y - 10}" width="10" height="10" '
            f'fill="{colour}"/><text x="{x + 14}" y="{legend_y}">{escape(name)}</text>'
        )
        x += 24 + 8 * len(str(name))
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every text above is escaped
