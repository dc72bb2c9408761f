"""A self-contained HTML report of a database: timeline chart and event table with evidence."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import plotly.graph_objects as go
from plotly.offline import get_plotlyjs
from sqlalchemy import Connection

from eventwire.api.evidence import segments
from eventwire.records import Event
from eventwire.store import EventFilter, queries
from eventwire.terminal import actors_text
from eventwire.web.assets import STATIC
from eventwire.web.templating import QUAD_COLOURS, templates

__all__ = ["QUAD_COLOURS", "render_report", "timeline_figure", "write_report"]


def timeline_figure(events: list[Event]) -> go.Figure:
    """Dated events as points: date against type, coloured by quad class, sized by reports."""
    fig = go.Figure()
    for quad, colour in QUAD_COLOURS.items():
        dated = [ev for ev in events if ev.date and ev.quad_class == quad]
        if not dated:
            continue
        fig.add_trace(
            go.Scatter(
                x=[ev.date for ev in dated],
                y=[ev.event_type for ev in dated],
                mode="markers",
                name=quad or "unclassified",
                marker={
                    "color": colour,
                    "size": [10 + 4 * min(len(ev.reports), 6) for ev in dated],
                    "opacity": 0.8,
                },
                text=[
                    f"{actors_text(ev.actor)} → {actors_text(ev.recipient)}<br>{len(ev.reports)} report(s)"
                    for ev in dated
                ],
                hovertemplate="%{x}: %{y}<br>%{text}<extra></extra>",
            )
        )
    fig.update_layout(
        title="Event timeline",
        height=360,
        margin={"l": 90, "r": 20, "t": 50, "b": 40},
        xaxis={"type": "date"},
        legend={"orientation": "h"},
    )
    return fig


def render_report(conn: Connection) -> str:
    events = queries.find_events(conn, EventFilter())
    sides = queries.event_sides(conn, events)
    counts = queries.table_counts(conn)
    chart = timeline_figure(events).to_html(full_html=False, include_plotlyjs=False)
    rows = [
        {
            "event": ev,
            "actor": actors_text(ev.actor),
            "recipient": actors_text(ev.recipient),
            "reports": [(rep, segments(ev, rep, sides.get(rep.report_id or ""))) for rep in ev.reports],
        }
        for ev in events
    ]
    return templates.get_template("report.html").render(
        plotly_js=get_plotlyjs(),
        css=(STATIC / "style.css").read_text(encoding="utf-8"),
        chart=chart,
        rows=rows,
        counts=counts,
        by_type=Counter(ev.event_type for ev in events).most_common(),
        undated=sum(1 for ev in events if not ev.date),
    )


def write_report(conn: Connection, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(conn), encoding="utf-8")
    return path
