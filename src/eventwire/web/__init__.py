"""The web stage: the static HTML report and the pages `eventwire serve` renders.

Public interface:
    report.write_report(conn, path) / report.render_report(conn)   the self-contained report
    pages.router                    the server-rendered pages (mounted by `eventwire.api.create_app`)
    evidence.segments(event, report, sides)   a report's sentence cut into actor/trigger/recipient marks
    templating.templates            the Jinja2 environment (autoescaping) report and pages share
"""
