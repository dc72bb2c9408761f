"""Static assets of the served pages: our CSS and scripts, plotly's bundled JavaScript from the plotly
package, and the map outlines shipped as data. Nothing is loaded from the internet."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

STATIC = Path(str(files("eventwire.web").joinpath("static")))
TOPOJSON = Path(str(files("eventwire").joinpath("data", "web", "world_110m.json")))
CACHE = {"Cache-Control": "public, max-age=86400"}


def plotly_js_path() -> Path:
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


def mount_assets(app: FastAPI) -> None:
    @app.get("/static/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(plotly_js_path(), media_type="text/javascript", headers=CACHE)

    @app.get("/static/topojson/world_110m.json", include_in_schema=False)
    def world_outlines() -> FileResponse:
        return FileResponse(TOPOJSON, media_type="application/json", headers=CACHE)

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
