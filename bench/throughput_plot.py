"""A small self-contained SVG of ``bench/throughput.py``'s figures: articles/s and peak memory
against corpus size, eventwire and the spaCy baseline (no plotting library needed)."""

from __future__ import annotations

import math
from pathlib import Path
from xml.sax.saxutils import escape

WIDTH, HEIGHT = 440, 300  # one panel
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 40, 48
COLOURS = {"eventwire": "#1f77b4", "baseline": "#d62728", "eventwire-before": "#9ecae1"}
LABELS = {
    "eventwire": "eventwire (end to end)",
    "baseline": "spaCy small pipeline alone",
    "eventwire-before": "eventwire before (round 2 / --before-src)",
}
MEMORY_GOAL_MB = 1536


def write_svg(rows: list[dict], path: Path) -> None:
    """Two panels side by side: throughput (articles/s) and peak memory (MB) against articles."""
    panels = [
        _panel(rows, lambda r: r["articles"] / r["seconds"], "articles/s (whole run)", 0, None),
        _panel(rows, lambda r: r["tree_pss_mb"], "peak PSS of the process tree (MB)", WIDTH, MEMORY_GOAL_MB),
    ]
    svg = (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{2 * WIDTH}" height="{HEIGHT + 24}" '
        f'font-family="sans-serif" font-size="12">\n<rect width="100%" height="100%" fill="white"/>\n'
        + "".join(panels)
        + _legend()
        + "</svg>\n"
    )
    path.write_text(svg, encoding="utf-8")


def _panel(rows: list[dict], value, title: str, x0: int, goal: float | None) -> str:
    sizes = sorted({r["size"] for r in rows})
    top = max([value(r) for r in rows] + [goal or 0]) * 1.15 or 1
    x = _x_scale(sizes, x0)
    y = lambda v: TOP + (HEIGHT - TOP - BOTTOM) * (1 - v / top)  # noqa: E731
    parts = [
        f'<text x="{x0 + WIDTH / 2}" y="20" text-anchor="middle" font-weight="bold">{escape(title)}</text>'
    ]
    parts.append(_axes(x0, top, y))
    for size in sizes:
        parts.append(
            f'<text x="{x(size):.1f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle">{size:,}</text>'
        )
    parts.append(f'<text x="{x0 + WIDTH / 2}" y="{HEIGHT - 12}" text-anchor="middle">articles</text>')
    if goal:
        parts.append(
            f'<line x1="{x0 + LEFT}" x2="{x0 + WIDTH - RIGHT}" y1="{y(goal):.1f}" y2="{y(goal):.1f}" '
            f'stroke="#888" stroke-dasharray="4 3"/><text x="{x0 + WIDTH - RIGHT}" y="{y(goal) - 4:.1f}" '
            f'text-anchor="end" fill="#666">goal {goal:,} MB</text>'
        )
    for kind, colour in COLOURS.items():
        points = [
            (x(r["size"]), y(value(r)), value(r))
            for r in sorted(rows, key=lambda r: r["size"])
            if r["kind"] == kind
        ]
        path = " ".join(f"{px:.1f},{py:.1f}" for px, py, _ in points)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for px, py, v in points:
            parts.append(
                f'<circle cx="{px:.1f}" cy="{py:.1f}" r="4" fill="{colour}"/>'
                f'<text x="{px + 6:.1f}" y="{py - 6:.1f}" fill="{colour}">{_figure(v)}</text>'
            )
    return "\n".join(parts) + "\n"


def _figure(value: float) -> str:
    return f"{value:,.1f}" if value < 100 else f"{value:,.0f}"


def _x_scale(sizes: list[int], x0: int):
    """Logarithmic positions of the sizes across the panel."""
    low, high = math.log10(min(sizes)), math.log10(max(sizes))
    span = (high - low) or 1
    inner = WIDTH - LEFT - RIGHT - 40

    def x(size: int) -> float:
        return x0 + LEFT + 20 + (inner * (math.log10(size) - low) / span if high > low else inner / 2)

    return x


def _axes(x0: int, top: float, y) -> str:
    step = _nice_step(top)
    lines = [
        f'<line x1="{x0 + LEFT}" x2="{x0 + LEFT}" y1="{TOP}" y2="{HEIGHT - BOTTOM}" stroke="black"/>',
        f'<line x1="{x0 + LEFT}" x2="{x0 + WIDTH - RIGHT}" y1="{HEIGHT - BOTTOM}" y2="{HEIGHT - BOTTOM}" '
        'stroke="black"/>',
    ]
    tick = 0.0
    while tick <= top:
        lines.append(
            f'<line x1="{x0 + LEFT - 4}" x2="{x0 + WIDTH - RIGHT}" y1="{y(tick):.1f}" y2="{y(tick):.1f}" '
            f'stroke="#eee"/><text x="{x0 + LEFT - 6}" y="{y(tick) + 4:.1f}" '
            f'text-anchor="end">{tick:,.0f}</text>'
        )
        tick += step
    return "\n".join(lines)


def _nice_step(top: float) -> float:
    raw = top / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)


def _legend() -> str:
    items = []
    for n, (kind, colour) in enumerate(COLOURS.items()):
        x = LEFT + n * 270
        items.append(
            f'<rect x="{x}" y="{HEIGHT + 4}" width="12" height="12" fill="{colour}"/>'
            f'<text x="{x + 18}" y="{HEIGHT + 14}">{escape(LABELS[kind])}</text>'
        )
    return "\n".join(items) + "\n"
